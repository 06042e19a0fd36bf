# A private PostgreSQL cluster whose data lives under a folder of ours. Sourced.
# PostgreSQL refuses to run as root, so as root the cluster runs as the 'postgres' user
# (or 'nobody' when PostgreSQL's user does not exist).
# shellcheck shell=bash

pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ]; then
    apt_ensure postgresql
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -x "$dir/initdb" ] || die "no PostgreSQL server binaries found (install the Debian package postgresql)"
  echo "$dir"
}

pg_os_user() {
  if ! is_root; then id -un; elif id postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
}

pg_as_owner() {
  if is_root; then runuser -u "$(pg_os_user)" -- "$@"; else "$@"; fi
}

# pg_start DIR PORT PASSWORD: creates the cluster in DIR on first use, starts it on 127.0.0.1:PORT
# and makes sure the role and database 'fieldcloud' exist.
pg_start() {
  local dir=$1 port=$2 password=$3 bin
  bin=$(pg_bindir)
  mkdir -p "$dir"
  if is_root; then chown "$(pg_os_user)" "$dir"; fi
  chmod 700 "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    local pwfile="$dir/.pw"
    printf '%s\n' "$password" > "$pwfile"
    if is_root; then chown "$(pg_os_user)" "$pwfile"; fi
    pg_as_owner "$bin/initdb" -D "$dir/data" -U fieldcloud --pwfile="$pwfile" \
      --auth-host=scram-sha-256 --auth-local=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { rm -f "$pwfile"; die "initdb failed, see $dir/initdb.log"; }
    rm -f "$pwfile"
  fi
  mkdir -p "$dir/run"
  if is_root; then chown "$(pg_os_user)" "$dir/run"; fi
  pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
    -o "-c port=$port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir/run" start >/dev/null \
    || die "PostgreSQL did not start, see $dir/postgres.log"
  if ! PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$port" -U fieldcloud -d postgres -Atqc \
    "SELECT 1 FROM pg_database WHERE datname = 'fieldcloud'" | grep -q 1; then
    PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$port" -U fieldcloud -d postgres -qc 'CREATE DATABASE fieldcloud' >/dev/null
  fi
}

pg_stop() {
  local dir=$1 bin
  bin=$(pg_bindir)
  [ -f "$dir/data/postmaster.pid" ] || return 0
  pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}
