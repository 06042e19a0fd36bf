#!/usr/bin/env bash
# Makes the cluster on first start (database, owner, PostGIS), then runs PostgreSQL in the
# foreground on 127.0.0.1:FIELDCLOUD_DB_PORT only. Password authentication (scram) for TCP.
#   FIELDCLOUD_DB_NAME, FIELDCLOUD_DB_USER, FIELDCLOUD_DB_PASSWORD (required on first start)
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
as_pg() { setpriv --reuid=postgres --regid=postgres --init-groups "$@"; }
mkdir -p "$PGDATA" /run/postgresql
chown postgres:postgres "$PGDATA" /run/postgresql
chmod 700 "$PGDATA"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  [ -n "${FIELDCLOUD_DB_PASSWORD:-}" ] || { echo "FIELDCLOUD_DB_PASSWORD is required to create the database" >&2; exit 2; }
  pwfile=$(mktemp); chown postgres "$pwfile"
  printf '%s\n' "$FIELDCLOUD_DB_PASSWORD" > "$pwfile"
  as_pg "$bin/initdb" -D "$PGDATA" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  # First start: socket only, to create the owner and the database.
  as_pg "$bin/pg_ctl" -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
  as_pg "$bin/psql" -v ON_ERROR_STOP=1 -q -U postgres -d postgres \
    -v user="$FIELDCLOUD_DB_USER" -v pw="$FIELDCLOUD_DB_PASSWORD" -v db="$FIELDCLOUD_DB_NAME" <<'SQL'
CREATE ROLE :"user" LOGIN PASSWORD :'pw';
CREATE DATABASE :"db" OWNER :"user";
\c :"db"
CREATE EXTENSION IF NOT EXISTS postgis;
SQL
  as_pg "$bin/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
  echo "fieldcloud-db: created database $FIELDCLOUD_DB_NAME owned by $FIELDCLOUD_DB_USER" >&2
fi

exec setpriv --reuid=postgres --regid=postgres --init-groups "$bin/postgres" -D "$PGDATA" \
  -c listen_addresses=127.0.0.1 -c port="${FIELDCLOUD_DB_PORT:-5432}" \
  -c unix_socket_directories=/run/postgresql -c log_destination=stderr
