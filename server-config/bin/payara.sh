# Payara Server domains for FieldCloud: install, create, configure, start, deploy, stop. Sourced.
# Every domain gets the commands of server-config/src/main/asadmin/*.asadmin, once, at creation.
# shellcheck shell=bash

SERVER_CONFIG_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# payara_install DIR: unpacks the Payara Server distribution (laid out by the build in
# server-config/target/dist) into DIR/payara6 unless that version is already there.
payara_install() {
  local dir=$1 zip="$SERVER_CONFIG_DIR/target/dist/payara.zip"
  [ -f "$zip" ] || die "Payara Server distribution missing ($zip): build first (mvn install)"
  if [ ! -x "$dir/payara6/bin/asadmin" ] || [ "$zip" -nt "$dir/payara6/.installed" ]; then
    rm -rf "$dir/payara6"
    mkdir -p "$dir"
    (cd "$dir" && unzip -q "$zip") || die "could not unpack $zip"
    touch "$dir/payara6/.installed"
  fi
}

asadmin_cmd() { "$PAYARA_HOME/bin/asadmin" "$@"; }

# payara_domain_up HOME DOMAINS NAME PORTBASE: creates (first time) and starts the domain NAME
# under DOMAINS with ports PORTBASE+80 (HTTP) and PORTBASE+48 (admin). The server process takes
# the FIELDCLOUD_* variables of this environment.
payara_domain_up() {
  payara_domain_create "$@"
  payara_start "$2" "$3"
}

# payara_domain_create HOME DOMAINS NAME PORTBASE: creates and configures the domain unless it was
# made from the same command file; leaves it stopped (the app image is made this way at build time).
payara_domain_create() {
  PAYARA_HOME=$1
  local domains=$2 name=$3 portbase=$4
  local admin_port=$((portbase + 48)) config="$SERVER_CONFIG_DIR/src/main/asadmin/domain.asadmin" digest
  digest=$(sha256sum "$config" | cut -d' ' -f1)
  mkdir -p "$domains"
  # A domain holds configuration only (no data), so a changed command file means a new domain.
  [ "$(cat "$domains/$name/.configured" 2>/dev/null)" != "$digest" ] || return 0
  rm -rf "${domains:?}/$name"
  asadmin_cmd create-domain --nopassword=true --portbase "$portbase" --domaindir "$domains" "$name" \
    >"$domains/$name.create.log" 2>&1 || die "could not create the Payara domain, see $domains/$name.create.log"
  cp "$SERVER_CONFIG_DIR"/target/lib/postgresql-*.jar "$domains/$name/lib/"
  mkdir -p "$domains/$name/tmp"
  payara_start "$domains" "$name"
  asadmin_cmd --port "$admin_port" multimode --file "$config" \
    >"$domains/$name/configure.log" 2>&1 || die "could not configure the Payara domain, see $domains/$name/configure.log"
  asadmin_cmd stop-domain --domaindir "$domains" "$name" >/dev/null 2>&1
  echo "$digest" > "$domains/$name/.configured"
}

payara_start() {
  local domains=$1 name=$2
  asadmin_cmd start-domain --domaindir "$domains" "$name" >"$domains/$name.start.log" 2>&1 \
    || die "Payara Server did not start, see $domains/$name.start.log and $domains/$name/logs/server.log"
}

# payara_deploy ADMIN_PORT EAR: deploys (or redeploys) the application as 'fieldcloud'.
payara_deploy() {
  local admin_port=$1 ear=$2 out
  if ! out=$(asadmin_cmd --port "$admin_port" deploy --force=true --name fieldcloud "$ear" 2>&1); then
    say "deployment of $ear failed:"
    printf '%s\n' "$out" | grep -vE '^\s*$' | head -n 5 >&2
    return 1
  fi
}

# payara_domain_down DOMAINS NAME: stops the domain and makes sure its JVM is gone.
payara_domain_down() {
  local domains=$1 name=$2 pidfile pid
  pidfile="$domains/$name/config/pid"
  [ -n "${PAYARA_HOME:-}" ] && asadmin_cmd stop-domain --domaindir "$domains" "$name" >/dev/null 2>&1
  if [ -f "$pidfile" ]; then
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null
      wait_for "! kill -0 $pid" 30 || kill -9 "$pid" 2>/dev/null
    fi
  fi
}
