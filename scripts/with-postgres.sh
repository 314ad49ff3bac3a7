#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on 127.0.0.1 and a free port.
# Exports POSTGRES_URL (a superuser URL to database "postgres") for the command, and stops
# and deletes the server when the command ends, whatever its exit status.
# Installs Debian's postgresql package first when it is missing (needs root).
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
PGBIN=$(find_bin)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "with-postgres: installing Debian's postgresql package…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  PGBIN=$(find_bin)
fi

PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
DATA=$(mktemp -d /tmp/quorum-pg.XXXXXX)
chown postgres:postgres "$DATA"
chmod 700 "$DATA"
as_pg() { runuser -u postgres -- "$@"; }

stop() {
  as_pg "$PGBIN/pg_ctl" -D "$DATA/db" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DATA"
}
trap stop EXIT INT TERM

as_pg "$PGBIN/initdb" -D "$DATA/db" -U postgres -A trust --no-sync -E UTF8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$DATA/db" -l "$DATA/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$DATA/server.log" >&2; exit 1; }

export POSTGRES_URL="postgresql://postgres@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL ready at $POSTGRES_URL" >&2
set +e
"$@"
status=$?
exit $status
