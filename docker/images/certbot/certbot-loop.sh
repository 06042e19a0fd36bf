#!/bin/sh
# First certificate, then `certbot renew` every 12 hours (it renews 30 days before expiry).
# nginx picks the new files up at its next periodic reload (FIELDCLOUD_NGINX_RELOAD_SECONDS).
set -eu
: "${FIELDCLOUD_HOST:?is required}" "${FIELDCLOUD_LETSENCRYPT_EMAIL:?is required}"
staging=""
[ "${FIELDCLOUD_LETSENCRYPT_STAGING:-0}" = 1 ] && staging=--staging
while :; do
  if [ ! -s "/etc/letsencrypt/live/$FIELDCLOUD_HOST/fullchain.pem" ]; then
    certbot certonly --non-interactive --agree-tos $staging --email "$FIELDCLOUD_LETSENCRYPT_EMAIL" \
      --webroot -w /var/www/certbot -d "$FIELDCLOUD_HOST" || echo "fieldcloud-certbot: no certificate yet; retrying in 12 h" >&2
  else
    certbot renew --non-interactive --webroot -w /var/www/certbot || true
  fi
  sleep 43200
done
