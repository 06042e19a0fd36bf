#!/usr/bin/env bash
# Renders /etc/nginx/nginx.conf from the template and the FIELDCLOUD_* variables, then runs nginx
# in the foreground. Every FIELDCLOUD_NGINX_RELOAD_SECONDS it renders again and reloads, so a
# certificate renewed by certbot (production) is taken without a restart.
#   FIELDCLOUD_HOST                    the public host name (server_name, redirects)
#   FIELDCLOUD_HTTP(S)_ADDRESS/_PORT   where nginx listens (80 and 443 on every address by default)
#   FIELDCLOUD_APP_UPSTREAMS           comma-separated host:port of the application nodes
#   FIELDCLOUD_TLS_CERT / _KEY         certificate chain and key (PEM). When the files are missing,
#                                      a self-signed pair is made first (fieldcloud-certs), so nginx
#                                      can serve the ACME challenge before the first real certificate.
set -euo pipefail
render() {
  if [ ! -s "$FIELDCLOUD_TLS_CERT" ] || [ ! -s "$FIELDCLOUD_TLS_KEY" ]; then
    echo "fieldcloud-nginx: no certificate at $FIELDCLOUD_TLS_CERT yet: using a self-signed one" >&2
    /usr/local/bin/fieldcloud-certs >&2
    cert=/etc/fieldcloud/certs/server.crt key=/etc/fieldcloud/certs/server.key
  else
    cert=$FIELDCLOUD_TLS_CERT key=$FIELDCLOUD_TLS_KEY
  fi
  local servers="" up
  IFS=',' read -ra ups <<<"$FIELDCLOUD_APP_UPSTREAMS"
  for up in "${ups[@]}"; do servers+="    server ${up// /} max_fails=1 fail_timeout=5s;\n"; done
  sed -e "s|@HOST@|$FIELDCLOUD_HOST|g" \
      -e "s|@HTTP_LISTEN@|$FIELDCLOUD_HTTP_ADDRESS:$FIELDCLOUD_HTTP_PORT|g" \
      -e "s|@HTTPS_LISTEN@|$FIELDCLOUD_HTTPS_ADDRESS:$FIELDCLOUD_HTTPS_PORT|g" \
      -e "s|@HTTPS_PORT@|$FIELDCLOUD_HTTPS_PORT|g" \
      -e "s|@UPSTREAM_SERVERS@|$servers|" \
      -e "s|@CLIENT_MAX_BODY_SIZE@|$FIELDCLOUD_CLIENT_MAX_BODY_SIZE|g" \
      -e "s|@TLS_CERT@|$cert|g" -e "s|@TLS_KEY@|$key|g" \
      /etc/nginx/fieldcloud.conf.template > /etc/nginx/nginx.conf
}
render
nginx -t -q
(
  while sleep "$FIELDCLOUD_NGINX_RELOAD_SECONDS"; do
    render && nginx -t -q && nginx -s reload
  done
) &
exec nginx -g 'daemon off;'
