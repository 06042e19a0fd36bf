#!/usr/bin/env bash
# Starts the FieldCloud domain in the foreground and deploys fieldcloud.ear after boot.
#   FIELDCLOUD_APP_PORT      HTTP port on 127.0.0.1 (default 8080); the other Payara ports follow
#                            it as in ./fieldcloud run: admin = port - 32, IIOP = port - 43, ...
#   FIELDCLOUD_APP_HEAP_MB   maximum heap of the server JVM (default 1024)
#   FIELDCLOUD_WORK_DIR      folder for uploads in transit and job folders; when workers run in
#                            containers (FIELDCLOUD_WORKER_RUNNER=docker) it must be bind-mounted
#                            at the same absolute path on the host, so the engine can mount job
#                            folders into workers
# Every other FIELDCLOUD_* variable reaches the application (docs/configuration.md).
set -euo pipefail
domain=/opt/payara/domains/fieldcloud
port=${FIELDCLOUD_APP_PORT:-8080}
[ "$port" -ge 1100 ] 2>/dev/null || { echo "FIELDCLOUD_APP_PORT must be a port number of 1100 or more" >&2; exit 2; }
export PORTBASE=$((port - 80)) HEAP_MB=${FIELDCLOUD_APP_HEAP_MB:-1024}
work=${FIELDCLOUD_WORK_DIR:-$domain/tmp}
mkdir -p "$work"
export WORK_DIR=$work

# The image's domain was made on port base 40000: every 400NN becomes PORTBASE+NN.
# Only the HTTP listener is needed: Payara's HTTPS listener and the JMX connector stay closed.
# (The admin listener must stay: Payara refuses to start without it. It is on 127.0.0.1 and its
# password was made at random when the image was built and not kept: configure-domain.sh.)
perl -pe 's/\b400(\d\d)\b/$ENV{PORTBASE}+$1/ge;
          s/-Xmx\d+[mMgG]/-Xmx$ENV{HEAP_MB}m/g;
          s/-Djava\.io\.tmpdir=[^<"]*/-Djava.io.tmpdir=$ENV{WORK_DIR}/g;
          s/(<network-listener )(?=[^>]*name="http-listener-2")(?![^>]*\senabled=)/$1enabled="false" /;
          s/(<jmx-connector )(?![^>]*\senabled=)/$1enabled="false" /;' \
  "$domain/config/domain.xml.image" > "$domain/config/domain.xml"

# The database and the object storage must answer before the EAR deploys (Flyway runs then).
wait_tcp() {
  local what=$1 host=$2 port=$3 i
  for i in $(seq 1 120); do
    (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null && return 0
    [ "$i" = 1 ] && echo "fieldcloud-app: waiting for $what on $host:$port" >&2
    sleep 1
  done
  echo "fieldcloud-app: $what on $host:$port does not answer" >&2
  exit 1
}
# Both at once: a first start of the stack creates the database while s3proxy starts.
waits=()
if [[ ${FIELDCLOUD_DB_URL:-} =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))? ]]; then
  wait_tcp database "${BASH_REMATCH[1]}" "${BASH_REMATCH[3]:-5432}" &
  waits+=($!)
fi
if [[ ${FIELDCLOUD_S3_ENDPOINT:-} =~ ^https?://([^:/]+)(:([0-9]+))? ]]; then
  wait_tcp "object storage" "${BASH_REMATCH[1]}" "${BASH_REMATCH[3]:-80}" &
  waits+=($!)
fi
for pid in "${waits[@]}"; do wait "$pid" || exit 1; done

postboot=$(mktemp)
echo "deploy --force=true --name fieldcloud /opt/fieldcloud/fieldcloud.ear" > "$postboot"
exec /opt/payara/payara6/bin/asadmin start-domain --verbose --postbootcommandfile "$postboot" \
  --domaindir /opt/payara/domains fieldcloud
