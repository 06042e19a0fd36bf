#!/bin/sh
# Prints every message it receives; binds loopback only (host network).
exec python3 -W ignore::DeprecationWarning -m smtpd -n -c DebuggingServer "127.0.0.1:${FIELDCLOUD_SMTP_PORT:-1025}"
