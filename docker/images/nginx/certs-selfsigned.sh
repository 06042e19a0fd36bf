#!/usr/bin/env bash
# Makes a local certificate authority and a server certificate signed by it, once, in
# /etc/fieldcloud/certs (a volume): ca.crt (give it to clients: curl --cacert, QField's custom CA),
# ca.key, server.crt (chain), server.key. Names: FIELDCLOUD_HOST, localhost, 127.0.0.1.
set -euo pipefail
dir=${FIELDCLOUD_CERTS_DIR:-/etc/fieldcloud/certs}
host=${FIELDCLOUD_HOST:-localhost}
mkdir -p "$dir"
cd "$dir"
if [ -s server.crt ] && [ -s server.key ] && [ -s ca.crt ]; then exit 0; fi
umask 077
openssl req -x509 -newkey rsa:3072 -nodes -sha256 -days 3650 -subj "/CN=FieldCloud local CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -keyout ca.key -out ca.crt 2>/dev/null
openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=$host" -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=DNS:%s,DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$host" > server.ext
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 -sha256 \
  -extfile server.ext -out server.crt 2>/dev/null
rm -f server.csr server.ext ca.srl
chmod 644 ca.crt server.crt
echo "fieldcloud-certs: made a local CA ($dir/ca.crt) and a certificate for $host" >&2
