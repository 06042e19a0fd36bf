#!/usr/bin/env bash
# Image build step: unpack Payara Server and create the FieldCloud domain with the commands of
# server-config/src/main/asadmin/domain.asadmin, through server-config/bin/payara.sh (the code
# ./fieldcloud run uses). The domain is made on the placeholder port base 40000; entrypoint.sh
# moves it to FIELDCLOUD_APP_PORT at every start.
set -euo pipefail
sc=/opt/fieldcloud/server-config
# shellcheck source=/dev/null
source "$sc/bin/common.sh"
# shellcheck source=/dev/null
source "$sc/bin/payara.sh"
payara_install /opt/payara
# Started once (to apply the commands) and left stopped.
payara_domain_create /opt/payara/payara6 /opt/payara/domains fieldcloud 40000
# The admin listener cannot be closed (Payara needs it), and it has no password: give it one
# that nobody knows. Nothing in the container needs asadmin once the domain is made.
pwfile=$(mktemp)
printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$(random_secret 32)" > "$pwfile"
/opt/payara/payara6/bin/asadmin --user admin --passwordfile "$pwfile" change-admin-password \
  --domaindir /opt/payara/domains --domain_name fieldcloud >/dev/null
rm -f "$pwfile"
# The pristine configuration; entrypoint.sh derives domain.xml from it at each start.
cp /opt/payara/domains/fieldcloud/config/domain.xml /opt/payara/domains/fieldcloud/config/domain.xml.image
rm -rf /opt/payara/domains/fieldcloud/logs/* /opt/payara/domains/fieldcloud/osgi-cache \
  /opt/payara/domains/fieldcloud.*.log "$sc/target/dist/payara.zip"
