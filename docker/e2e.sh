#!/usr/bin/env bash
# End-to-end test of the compose stack: builds the images (only what changed), brings the stack
# up under its own project name and ports, and goes through nginx over HTTPS with the stack's
# self-signed CA the way a client does: log in, create a project, upload the delta fixture project
# (QFieldCloud's core/tests/testdata/delta), wait for process_projectfile, package it, download a
# package file through X-Accel-Redirect, push a deltafile and see it applied. Brings everything
# down again (containers, volumes, job workers), whatever happened. Prints the time of each step.
# Called by ./fieldcloud test after mvn verify; bounded in time.
#
#   docker/e2e.sh          the test
#   docker/e2e.sh clean    removes what a killed run may have left (containers, volumes, workers)
#
# Environment: FIELDCLOUD_TEST_SLOT (the stack's ports are FIELDCLOUD_E2E_PORT_BASE + 200·slot +
# 80 app, 101 HTTP, 143 HTTPS, 132 database, 190 S3, 125 SMTP, 48 Payara admin; the base defaults
# to 31000, clear of the test slots' 28000-28999 and s3proxy's 19000-19050),
# FIELDCLOUD_E2E_TIMEOUT_SECONDS (everything after the images, default 900: with the images built
# the whole run takes well under 15 minutes), FIELDCLOUD_E2E_BUILD_TIMEOUT_SECONDS (the images,
# default 2700: from nothing, debootstrap and Payara included, on a busy 2-core machine),
# FIELDCLOUD_E2E_KEEP=1 (leave the stack up after a failure, to look at it; bring it down with
# `docker/e2e.sh clean`).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
fixtures=${FIELDCLOUD_TESTDATA:-$root/../shared/testdata}/qfieldcloud/core/tests/testdata/delta
slot=${FIELDCLOUD_TEST_SLOT:-0}
timeout_seconds=${FIELDCLOUD_E2E_TIMEOUT_SECONDS:-900}
build_timeout_seconds=${FIELDCLOUD_E2E_BUILD_TIMEOUT_SECONDS:-2700}
t0=$(date +%s)
deadline=$((t0 + build_timeout_seconds + timeout_seconds))
work=$root/target/e2e

say() { printf 'e2e: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
left() { echo $((deadline - $(date +%s))); }

# The stack's settings: its own ports, secrets and project name, nothing from the caller's .env.
base=$((${FIELDCLOUD_E2E_PORT_BASE:-31000} + slot * 200))
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
# Images of this slot's own tag: another checkout's build on the same engine cannot swap them.
export FIELDCLOUD_IMAGE_TAG=e2e-$slot FIELDCLOUD_WORKER_IMAGE=fieldcloud-worker:e2e-$slot
compose() { docker-compose -f "$here/docker-compose.yml" -f "$here/docker-compose.local.yml" "$@"; }
url=https://localhost:$FIELDCLOUD_HTTPS_PORT

# Everything of this stack on the engine: its containers, volumes and networks (compose labels
# them with the project name) and the workers its app started (labelled with its node id).
leftovers() {
  docker ps -aq --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME"
  docker ps -aq --filter "label=fieldcloud.node=$FIELDCLOUD_NODE_ID"
  docker volume ls -q --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME"
  docker network ls -q --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME"
}
clean() {
  compose down -v --remove-orphans --timeout 20 >/dev/null 2>&1 || true
  docker ps -aq --filter "label=fieldcloud.node=$FIELDCLOUD_NODE_ID" | xargs -r docker rm -f >/dev/null 2>&1 || true
  docker ps -aq --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME" | xargs -r docker rm -f >/dev/null 2>&1 || true
  docker volume ls -q --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME" | xargs -r docker volume rm -f >/dev/null 2>&1 || true
  docker network ls -q --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME" | xargs -r docker network rm >/dev/null 2>&1 || true
  # The job folders belong to root (the app container): removed here, not left in target/.
  rm -rf "$work/jobs" "$work/grids" 2>/dev/null || true
  [ -z "$(leftovers)" ] || { say "left on the engine: $(leftovers | tr '\n' ' ')"; return 1; }
}
if [ "${1:-}" = clean ]; then clean; exit; fi

# Step timing: `begin NAME` ... `end`; the table is printed at the end, failed or not.
declare -a times=()
current="" current_start=0
begin() { current=$1 current_start=$(date +%s); say "--- $1"; }
end() { times+=("$(printf '%5d s  %s' $(($(date +%s) - current_start)) "$current")"); current=""; }
report_times() {
  say "time per step:"
  local line
  for line in "${times[@]}"; do printf 'e2e: %s\n' "$line" >&2; done
  say "$(printf '%5d s  total' $(($(date +%s) - t0)))"
}

# bounded SECONDS COMMAND...: runs a long command in the background and waits for it, so that a
# signal (Ctrl-C, ./fieldcloud's own bound) is handled at once and stops it too (finish).
child=""
bounded() {
  local seconds=$1 code=0
  shift
  timeout "$seconds" "$@" &
  child=$!
  wait "$child" || code=$?
  child=""
  return "$code"
}

finish() {
  local code=$?
  trap - EXIT INT TERM
  if [ -n "$child" ]; then
    kill -TERM "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  if [ -n "$current" ]; then
    times+=("$(printf '%5d s  %s (FAILED here)' $(($(date +%s) - current_start)) "$current")")
    current=""
  fi
  if [ "$code" != 0 ]; then
    say "logs of the stack (last lines) follow"
    compose logs --no-color --tail=60 >&2 2>&1 || true
  fi
  if [ "$code" != 0 ] && [ "${FIELDCLOUD_E2E_KEEP:-0}" = 1 ]; then
    say "the stack is left up (FIELDCLOUD_E2E_KEEP=1): $url, CA $work/ca.crt, admin password" \
      "$FIELDCLOUD_ADMIN_PASSWORD; bring it down with: FIELDCLOUD_TEST_SLOT=$slot $here/e2e.sh clean"
  else
    begin "stack down (containers, volumes, workers)"
    clean || code=1
    end
  fi
  report_times
  [ "$code" = 0 ] && say "passed" || say "FAILED"
  exit "$code"
}
trap finish EXIT
trap 'exit 130' INT TERM

command -v docker-compose >/dev/null || fail "docker-compose is missing (apt-get install docker-compose)"
docker info >/dev/null 2>&1 || fail "the Docker engine does not answer (docker info)"
[ -f "$fixtures/project.qgs" ] || fail "the QFieldCloud fixtures are missing: $fixtures"
# A run killed before its clean-up (SIGKILL, a lost machine) may have left the stack behind.
clean || fail "could not remove what an earlier run left"
for port in $FIELDCLOUD_APP_PORT $((base + 48)) $FIELDCLOUD_HTTP_PORT $FIELDCLOUD_HTTPS_PORT $FIELDCLOUD_DB_PORT $FIELDCLOUD_S3_PORT $FIELDCLOUD_SMTP_PORT; do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null \
    && fail "port $port is in use (FIELDCLOUD_TEST_SLOT=$slot, FIELDCLOUD_E2E_PORT_BASE)"
done
rm -rf "$work"
mkdir -p "$work/jobs" "$work/grids"

begin "images (only what changed)"
[ -f "$root/ear/target/fieldcloud.ear" ] || fail "build first: mvn -B install -DskipTests"
[ -f "$root/worker/target/worker.jar" ] || fail "build first: mvn -B install -DskipTests"
bounded "$build_timeout_seconds" "$here/images/build.sh" app db s3 nginx smtp || fail "the images (exit $?)"
# The worker image's base is the one ./fieldcloud test made before mvn verify: seconds here.
bounded "$build_timeout_seconds" "$root/docker/worker/build.sh" "$root/worker/target/worker.jar" \
  || fail "the worker image (exit $?)"
end
# From here on, the run is bounded by FIELDCLOUD_E2E_TIMEOUT_SECONDS.
deadline=$(($(date +%s) + timeout_seconds))

begin "stack up"
compose up -d >"$work/up.log" 2>&1 || { cat "$work/up.log" >&2; fail "docker-compose up"; }
# No network of its own: every container is on the host network (the engine has no bridge).
[ -z "$(docker network ls -q --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME")" ] \
  || fail "docker-compose made a network: $(docker network ls --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME")"
for c in $(compose ps -q); do
  mode=$(docker inspect -f '{{.HostConfig.NetworkMode}}' "$c")
  [ "$mode" = host ] || fail "container $(docker inspect -f '{{.Name}}' "$c") is on network $mode, not host"
done
until compose exec -T nginx test -s /etc/fieldcloud/certs/ca.crt 2>/dev/null; do
  [ "$(left)" -gt 0 ] || fail "nginx did not make its certificates"
  sleep 1
done
compose exec -T nginx cat /etc/fieldcloud/certs/ca.crt >"$work/ca.crt"
end

# api METHOD PATH [curl args...]: the body goes to $work/body, the status code to stdout.
api() {
  local method=$1 path=$2
  shift 2
  curl -sS --cacert "$work/ca.crt" -o "$work/body" -w '%{http_code}' -X "$method" \
    ${TOKEN:+-H "Authorization: Token $TOKEN"} "$@" "$url$path"
}
# json EXPR [FILE]: a Python expression over the JSON body `d`.
json() {
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); r=eval(sys.argv[2], {"d": d}); print(r if r is not None else "")' \
    "${2:-$work/body}" "$1"
}
expect() { # expect "STATUS..." what (after got=$(api ...))
  case " $1 " in *" $got "*) ;; *) fail "$2: HTTP $got, expected $1: $(head -c 400 "$work/body")" ;; esac
  say "ok: $2"
}
sha256() { sha256sum "$1" | cut -d' ' -f1; }

begin "app deployed, migrations run (GET /api/v1/status/ through nginx)"
until [ "$(api GET /api/v1/status/ 2>/dev/null)" = 200 ]; do
  [ "$(left)" -gt 0 ] || fail "the API did not answer through nginx"
  app=$(compose ps -q app)
  [ -n "$app" ] && [ "$(docker inspect -f '{{.State.Running}}' "$app")" = true ] || fail "the app container stopped"
  ! compose logs --no-color app 2>/dev/null | grep -qE 'Exception while (preparing|loading|deploying) the app' \
    || fail "fieldcloud.ear did not deploy"
  sleep 2
done
[ "$(json 'd["database"], d["storage"]')" = "('ok', 'ok')" ] || fail "status: $(head -c 300 "$work/body")"
got=200 && expect 200 "status: database and storage ok"
got=$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$FIELDCLOUD_HTTP_PORT/api/v1/status/")
expect 301 "plain HTTP redirects to HTTPS"
end

begin "log in, create a project"
got=$(api POST /api/v1/auth/login/ -H 'Content-Type: application/json' \
  --data "{\"username\":\"$FIELDCLOUD_ADMIN_USERNAME\",\"password\":\"$FIELDCLOUD_ADMIN_PASSWORD\"}")
expect 200 "log in as $FIELDCLOUD_ADMIN_USERNAME"
TOKEN=$(json 'd["token"]')
got=$(api POST /api/v1/projects/ -H 'Content-Type: application/json' \
  --data "{\"name\":\"e2e-$(date +%s)\",\"owner\":\"$FIELDCLOUD_ADMIN_USERNAME\",\"description\":\"end-to-end\",\"private\":true}")
expect 201 "create a project"
project=$(json 'd["id"]')
end

# The project's files as the API lists them (name → sha256, and the number of versions).
file_sha256() { api GET "/api/v1/files/$project/" >/dev/null && json "[f['sha256'] for f in d if f['name'] == '$1'][0]"; }
file_versions() { api GET "/api/v1/files/$project/" >/dev/null && json "[len(f['versions']) for f in d if f['name'] == '$1'][0]"; }

begin "upload the fixture project"
# The data files first, the QGIS file last: its upload queues process_projectfile.
for f in testdata.gpkg points.geojson polygons.geojson nonspatial.csv project.qgs; do
  got=$(api POST "/api/v1/files/$project/$f/" -F "file=@$fixtures/$f")
  expect "200 201" "upload $f"
  [ "$(file_sha256 "$f")" = "$(sha256 "$fixtures/$f")" ] || fail "the listed sha256 of $f is not the upload's"
done
# The plain download: also through X-Accel-Redirect (the app answers nginx with it).
got=$(api GET "/api/v1/files/$project/points.geojson/" -D "$work/headers")
expect 200 "download points.geojson"
cmp -s "$work/body" "$fixtures/points.geojson" || fail "the downloaded points.geojson differs from the upload"
end

# wait_job TYPE: waits for the project's latest job of TYPE to end; it must have finished.
wait_job() {
  local type=$1 status=""
  while :; do
    got=$(api GET "/api/v1/jobs/?project_id=$project")
    [ "$got" = 200 ] || fail "jobs of the project: HTTP $got"
    status=$(json "([j['status'] for j in d if j['type'] == '$type'] or ['none'])[-1]")
    case $status in
      finished) say "ok: $type job finished"; return 0 ;;
      failed | stopped)
        api GET "/api/v1/jobs/$(json "[j['id'] for j in d if j['type'] == '$type'][-1]")/" >/dev/null
        fail "$type job $status: $(head -c 1500 "$work/body")" ;;
    esac
    [ "$(left)" -gt 0 ] || fail "$type job still $status at the deadline"
    sleep 2
  done
}

begin "process_projectfile (worker container)"
wait_job process_projectfile
got=$(api GET "/api/v1/projects/$project/")
expect 200 "project details"
[ "$(json 'd["status"], d["the_qgis_file_name"]')" = "('ok', 'project.qgs')" ] \
  || fail "the processed project is not ok: $(head -c 400 "$work/body")"
say "ok: the project is ok, its QGIS file project.qgs"
end

begin "package (worker container)"
got=$(api POST /api/v1/jobs/ -H 'Content-Type: application/json' \
  --data "{\"project_id\":\"$project\",\"type\":\"package\",\"force\":true}")
expect "200 201" "trigger a package job"
package_job=$(json 'd["id"]')
wait_job package
got=$(api GET "/api/v1/packages/$project/latest/")
expect 200 "the latest package"
cp "$work/body" "$work/package.json"
[ "$(json 'd["package_id"], d["status"]' "$work/package.json")" = "('$package_job', 'finished')" ] \
  || fail "the latest package is not the job's: $(head -c 400 "$work/package.json")"
say "ok: package files: $(json '" ".join(sorted(f["name"] for f in d["files"]))' "$work/package.json")"
end

begin "download a package file through X-Accel-Redirect"
name=data.gpkg
listed_sha=$(json "[f['sha256'] for f in d['files'] if f['name'] == '$name'][0]" "$work/package.json")
listed_size=$(json "[f['size'] for f in d['files'] if f['name'] == '$name'][0]" "$work/package.json")
listed_md5=$(json "[f['md5sum'] for f in d['files'] if f['name'] == '$name'][0]" "$work/package.json")
[ -n "$listed_sha" ] || fail "no $name in the package"
# The app answers nginx (which sends X-Sendfile-Type: X-Accel-Redirect, as the app's download
# mode `auto` asks) with an empty body, X-Accel-Redirect to nginx's internal location and the
# presigned object URL. Asked directly on its loopback port as nginx asks:
app_url=http://127.0.0.1:$FIELDCLOUD_APP_PORT/api/v1/packages/$project/latest/files/$name/
got=$(curl -sS -o "$work/body" -D "$work/app-headers" -w '%{http_code}' -H "Authorization: Token $TOKEN" \
  -H 'X-Sendfile-Type: X-Accel-Redirect' "$app_url")
expect 200 "the app answers nginx's request for $name"
grep -qi '^x-accel-redirect: /_s3_download/' "$work/app-headers" || fail "no X-Accel-Redirect: $(cat "$work/app-headers")"
grep -qi "^x-s3-url: http://127.0.0.1:$FIELDCLOUD_S3_PORT/$FIELDCLOUD_S3_BUCKET/projects/$project/packages/$package_job/$name?" \
  "$work/app-headers" || fail "X-S3-Url is not the object's presigned URL: $(cat "$work/app-headers")"
[ ! -s "$work/body" ] || fail "the app sent the bytes itself ($(wc -c <"$work/body") bytes)"
say "ok: the app answered X-Accel-Redirect: /_s3_download/ with the object's presigned URL, no body"
# Through nginx: the bytes the listing describes, streamed by nginx's internal location from S3.
got=$(api GET "/api/v1/packages/$project/latest/files/$name/" -D "$work/headers")
expect 200 "download $name through nginx"
[ "$(sha256 "$work/body")" = "$listed_sha" ] || fail "the sha256 of $name is not the listed one"
[ "$(wc -c <"$work/body")" = "$listed_size" ] || fail "the size of $name is not the listed one"
grep -qi '^x-fieldcloud-download: nginx-from-storage' "$work/headers" \
  || fail "the download did not come through nginx's X-Accel location: $(cat "$work/headers")"
grep -qi "^etag: \"\?$listed_md5\"\?" "$work/headers" || fail "the ETag is not the object's ($listed_md5): $(cat "$work/headers")"
! grep -qi '^x-s3-url:\|^x-accel-redirect:' "$work/headers" || fail "internal redirect headers reached the client"
say "ok: $name ($listed_size bytes, sha256 as listed) came from S3 through nginx's X-Accel location"
end

begin "push a deltafile and see it applied (worker container)"
gpkg_before=$(file_sha256 testdata.gpkg)
versions_before=$(file_versions testdata.gpkg)
deltafile_id=$(python3 -c 'import uuid; print(uuid.uuid4())')
python3 - "$fixtures/deltas/singlelayer_singledelta.json" "$project" "$deltafile_id" >"$work/deltafile.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["project"], d["id"] = sys.argv[2], sys.argv[3]
print(json.dumps(d))
PY
got=$(api POST "/api/v1/deltas/$project/" -F "file=@$work/deltafile.json;type=application/json")
expect 200 "push the deltafile (one patch of points_xy in testdata.gpkg: int 1 → 666)"
while :; do
  got=$(api GET "/api/v1/deltas/$project/$deltafile_id/")
  [ "$got" = 200 ] || fail "the deltafile's deltas: HTTP $got $(head -c 300 "$work/body")"
  status=$(json "d[0]['status'] if d else 'none'")
  case $status in
    STATUS_APPLIED) break ;;
    STATUS_PENDING | STATUS_BUSY | none) ;;
    *) fail "the delta is $status: $(head -c 600 "$work/body")" ;;
  esac
  [ "$(left)" -gt 0 ] || fail "the delta is still $status at the deadline"
  sleep 2
done
say "ok: the delta is STATUS_APPLIED ($(json "d[0]['last_status']"))"
wait_job delta_apply
[ "$(file_sha256 testdata.gpkg)" != "$gpkg_before" ] || fail "testdata.gpkg did not change"
[ "$(file_versions testdata.gpkg)" = $((versions_before + 1)) ] || fail "testdata.gpkg has no new version"
say "ok: testdata.gpkg has a new version with another sha256"
got=$(api GET "/api/v1/files/$project/testdata.gpkg/")
expect 200 "download the new testdata.gpkg"
values=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT group_concat(fid || \"=\" || \"int\", \" \") FROM (SELECT * FROM points_xy ORDER BY fid)").fetchone()[0])' "$work/body")
[ "$values" = "1=666 2=2 3=3" ] || fail "points_xy of the new testdata.gpkg: $values (expected 1=666 2=2 3=3)"
say "ok: in the new testdata.gpkg, points_xy feature 1 has int 666 (the others are untouched)"
end

say "the project's jobs: $(api GET "/api/v1/jobs/?project_id=$project" >/dev/null && json '", ".join(j["type"] + " " + j["status"] for j in d)')"
