#!/usr/bin/env bash
# End-to-end test of the compose stack: builds the images (only what changed), brings the stack
# up under its own project name and ports, and goes through nginx over HTTPS with the stack's
# self-signed CA the way a client does. Brings everything down again (containers, volumes, job
# workers), whatever happened. Called by ./fieldcloud test after mvn verify; bounded in time.
#
#   docker/compose/e2e.sh
#
# Environment: FIELDCLOUD_TEST_SLOT (ports 31000 + 200·slot ...), FIELDCLOUD_E2E_TIMEOUT_SECONDS
# (whole run, default 900), FIELDCLOUD_E2E_PENDING (steps that wait for a feature, skipped and
# reported as such; the default is kept in step with main: the packages and deltas APIs),
# FIELDCLOUD_E2E_KEEP=1 (leave the stack up after a failure, to look at it; bring it down with
# the command the script prints).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fixtures=${FIELDCLOUD_TESTDATA:-$root/../shared/testdata}/qfieldcloud/core/tests/testdata/delta
slot=${FIELDCLOUD_TEST_SLOT:-0}
pending=" ${FIELDCLOUD_E2E_PENDING-package download delta} "
deadline=$(($(date +%s) + ${FIELDCLOUD_E2E_TIMEOUT_SECONDS:-900}))
work=$root/target/e2e
rm -rf "$work"
mkdir -p "$work/jobs"

say() { printf 'e2e: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
left() { echo $((deadline - $(date +%s))); }

# The stack's settings: its own ports, secrets and project name, nothing from the caller's .env.
base=$((31000 + slot * 200))
export COMPOSE_PROJECT_NAME=fieldcloud-e2e-$slot
export FIELDCLOUD_HOST=localhost
export FIELDCLOUD_APP_PORT=$((base + 80)) FIELDCLOUD_APP_UPSTREAMS=127.0.0.1:$((base + 80))
export FIELDCLOUD_HTTP_ADDRESS=127.0.0.1 FIELDCLOUD_HTTP_PORT=$((base + 101))
export FIELDCLOUD_HTTPS_ADDRESS=127.0.0.1 FIELDCLOUD_HTTPS_PORT=$((base + 143))
export FIELDCLOUD_DB_PORT=$((base + 132)) FIELDCLOUD_S3_PORT=$((base + 190)) FIELDCLOUD_SMTP_PORT=$((base + 125))
export FIELDCLOUD_DB_PASSWORD=e2e-db-$RANDOM$RANDOM FIELDCLOUD_S3_BUCKET=fieldcloud
export FIELDCLOUD_S3_ACCESS_KEY=e2e FIELDCLOUD_S3_SECRET_KEY=e2e-s3-$RANDOM$RANDOM
export FIELDCLOUD_ADMIN_USERNAME=admin FIELDCLOUD_ADMIN_EMAIL=admin@localhost
export FIELDCLOUD_ADMIN_PASSWORD=e2e-admin-$RANDOM$RANDOM
export FIELDCLOUD_WORK_DIR=$work/jobs FIELDCLOUD_GRIDS_DIR=$work/grids
export FIELDCLOUD_NODE_ID=e2e-$slot FIELDCLOUD_APP_HEAP_MB=768
export FIELDCLOUD_WORKER_IMAGE=fieldcloud-worker:latest
compose() { docker-compose -f "$here/docker-compose.yml" -f "$here/docker-compose.local.yml" "$@"; }
url=https://localhost:$FIELDCLOUD_HTTPS_PORT

for port in $FIELDCLOUD_APP_PORT $FIELDCLOUD_HTTP_PORT $FIELDCLOUD_HTTPS_PORT $FIELDCLOUD_DB_PORT $FIELDCLOUD_S3_PORT $FIELDCLOUD_SMTP_PORT; do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && fail "port $port is in use (FIELDCLOUD_TEST_SLOT=$slot)"
done

down() {
  local code=$?
  trap - EXIT INT TERM
  if [ "$code" != 0 ]; then
    say "logs of the stack (last lines) follow"
    compose logs --no-color --tail=40 >&2 2>&1 || true
    if [ "${FIELDCLOUD_E2E_KEEP:-0}" = 1 ]; then
      say "the stack is left up: FIELDCLOUD_DB_PASSWORD=x FIELDCLOUD_S3_SECRET_KEY=x COMPOSE_PROJECT_NAME=$COMPOSE_PROJECT_NAME docker-compose -f $here/docker-compose.yml -f $here/docker-compose.local.yml down -v"
      exit "$code"
    fi
  fi
  compose down -v --remove-orphans --timeout 20 >/dev/null 2>&1 || true
  # Workers the app started through the engine (labelled with its node id).
  docker ps -aq --filter "label=fieldcloud.node=$FIELDCLOUD_NODE_ID" | xargs -r docker rm -f >/dev/null 2>&1 || true
  rm -rf "$work/jobs" 2>/dev/null || true
  [ -z "$(docker ps -q --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME")" ] || say "containers left running!"
  exit "$code"
}
trap down EXIT
trap 'exit 130' INT TERM

say "images (docker/compose/build.sh, docker/worker/build.sh: only what changed)"
[ -f "$root/ear/target/fieldcloud.ear" ] || fail "build first: mvn -B install -DskipTests"
"$here/build.sh" app db s3 nginx smtp
# ./fieldcloud test has brought the worker image up to date before mvn verify; build it only when
# the script runs alone on an engine that has none.
docker image inspect "$FIELDCLOUD_WORKER_IMAGE" >/dev/null 2>&1 \
  || "$root/docker/worker/build.sh" "$root/worker/target/worker.jar"

say "starting the stack $COMPOSE_PROJECT_NAME (HTTPS on 127.0.0.1:$FIELDCLOUD_HTTPS_PORT)"
compose up -d >"$work/up.log" 2>&1 || { cat "$work/up.log" >&2; fail "docker-compose up"; }

until compose exec -T nginx test -s /etc/fieldcloud/certs/ca.crt 2>/dev/null; do
  [ "$(left)" -gt 0 ] || fail "nginx did not make its certificates"
  sleep 2
done
compose exec -T nginx cat /etc/fieldcloud/certs/ca.crt > "$work/ca.crt"

# api METHOD PATH [curl args...]: the body goes to $work/body, the status code to stdout.
api() {
  local method=$1 path=$2; shift 2
  curl -sS --cacert "$work/ca.crt" -o "$work/body" -w '%{http_code}' -X "$method" \
    ${TOKEN:+-H "Authorization: Token $TOKEN"} "$@" "$url$path"
}
json() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {"d": d}))' "$work/body" "$1"; }
expect() { # expect STATUS what (after api)
  [ "$got" = "$1" ] || fail "$2: HTTP $got, expected $1: $(head -c 400 "$work/body")"
  say "ok: $2"
}
step() { case $pending in *" $1 "*) say "PENDING (waits for a feature): $2"; return 1 ;; esac; }

say "waiting for GET /api/v1/status/ through nginx (the app deploys, runs its migrations)"
started=$(date +%s)
until [ "$(api GET /api/v1/status/ 2>/dev/null)" = 200 ]; do
  [ "$(left)" -gt 0 ] || fail "the API did not answer through nginx"
  [ -n "$(compose ps -q app)" ] && [ "$(docker inspect -f '{{.State.Running}}' "$(compose ps -q app)")" = true ] \
    || fail "the app container stopped"
  ! compose logs --no-color app 2>/dev/null | grep -qE 'Exception while (preparing|loading|deploying) the app' \
    || fail "fieldcloud.ear did not deploy"
  sleep 3
done
[ "$(json 'd["database"], d["storage"]')" = "('ok', 'ok')" ] || fail "status: $(head -c 300 "$work/body")"
got=200; expect 200 "status: database and storage ok, $(($(date +%s) - started)) s after the start"

got=$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$FIELDCLOUD_HTTP_PORT/api/v1/status/")
[ "$got" = 301 ] || fail "plain HTTP should redirect to HTTPS, got $got"
say "ok: plain HTTP redirects to HTTPS"

got=$(api POST /api/v1/auth/login/ -H 'Content-Type: application/json' \
  --data "{\"username\":\"$FIELDCLOUD_ADMIN_USERNAME\",\"password\":\"$FIELDCLOUD_ADMIN_PASSWORD\"}")
expect 200 "login"
TOKEN=$(json 'd["token"]')

got=$(api POST /api/v1/projects/ -H 'Content-Type: application/json' \
  --data '{"name":"e2e-project","description":"end-to-end","private":true}')
expect 201 "create a project"
project=$(json 'd["id"]')

# After a download: nginx streamed it from the object storage (its internal location marks the
# answer), and the app's internal redirect headers did not reach the client.
check_streamed_by_nginx() {
  grep -qi '^x-fieldcloud-download: nginx-from-storage' "$work/headers" \
    || fail "the download did not come through nginx's X-Accel location: $(cat "$work/headers")"
  grep -qi '^etag:' "$work/headers" || fail "no ETag: $(cat "$work/headers")"
  ! grep -qi '^x-s3-url:\|^x-accel-redirect:' "$work/headers" || fail "internal redirect headers leaked"
}

if step upload "upload the fixture project"; then
  for f in project.qgs points.geojson polygons.geojson nonspatial.csv testdata.gpkg; do
    got=$(api POST "/api/v1/files/$project/$f/" -F "file=@$fixtures/$f")
    [ "$got" = 200 ] || [ "$got" = 201 ] || fail "upload $f: HTTP $got $(head -c 300 "$work/body")"
  done
  say "ok: uploaded project.qgs and its data files"
  got=$(api GET "/api/v1/files/$project/points.geojson/" -D "$work/headers")
  expect 200 "download points.geojson"
  cmp -s "$work/body" "$fixtures/points.geojson" || fail "the downloaded points.geojson differs from the upload"
  check_streamed_by_nginx
  say "ok: the file came from the object storage through nginx (X-Accel-Redirect)"
fi

# wait_job TYPE: waits for the project's latest job of TYPE to finish.
wait_job() {
  local type=$1 status=""
  while :; do
    got=$(api GET "/api/v1/jobs/?project_id=$project")
    [ "$got" = 200 ] || fail "jobs of the project: HTTP $got"
    status=$(json "([j['status'] for j in d if j['type'] == '$type'] or ['none'])[-1]")
    case $status in
      finished) say "ok: $type job finished"; return 0 ;;
      failed | stopped) fail "$type job $status" ;;
    esac
    [ "$(left)" -gt 0 ] || fail "$type job still $status at the deadline"
    sleep 3
  done
}

if step process "process_projectfile runs after the upload"; then
  wait_job process_projectfile
fi

if step package "trigger a package"; then
  got=$(api POST /api/v1/jobs/ -F "project_id=$project" -F type=package)
  [ "$got" = 201 ] || [ "$got" = 200 ] || fail "package job: HTTP $got $(head -c 300 "$work/body")"
  wait_job package
  got=$(api GET "/api/v1/packages/$project/latest/")
  expect 200 "latest package"
fi

if step download "download a package file through X-Accel-Redirect"; then
  got=$(api GET "/api/v1/packages/$project/latest/files/points.geojson/" -D "$work/headers")
  expect 200 "package file points.geojson"
  grep -q 'FeatureCollection' "$work/body" || fail "the package file is not the GeoJSON: $(head -c 200 "$work/body")"
  check_streamed_by_nginx
  say "ok: the package file came from the object storage through nginx"
fi

if step delta "push a delta file and see it applied"; then
  python3 - "$fixtures/deltas/singlelayer_singledelta.json" "$project" > "$work/deltafile.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); d["project"] = sys.argv[2]; print(json.dumps(d))
PY
  got=$(api POST "/api/v1/deltas/$project/" -F "file=@$work/deltafile.json")
  expect 200 "push a delta file"
  while :; do
    got=$(api GET "/api/v1/deltas/$project/")
    status=$(json "[x['status'] for x in d][0] if d else 'none'")
    case $status in
      applied) say "ok: the delta is applied"; break ;;
      pending | started | STATUS_PENDING | STATUS_BUSY | none) ;;
      *) fail "the delta is $status: $(head -c 300 "$work/body")" ;;
    esac
    [ "$(left)" -gt 0 ] || fail "the delta is still $status at the deadline"
    sleep 3
  done
  got=$(api GET "/api/v1/files/$project/points.geojson/" -D "$work/headers")
  expect 200 "download points.geojson"
  grep -q '666' "$work/body" || fail "the delta's new value is not in points.geojson"
  say "ok: points.geojson carries the delta's change"
fi

say "passed in $(( ${FIELDCLOUD_E2E_TIMEOUT_SECONDS:-900} - $(left) )) s; pending steps:${pending% }"
