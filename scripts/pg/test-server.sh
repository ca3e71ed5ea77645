#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster in a temporary folder, for the store's contract suite, the
# two-instance test and the benchmarks. Prints the export line for TEST_DATABASE_URL on stdout.
#   scripts/pg/test-server.sh [port]        start one (default port 55432)
#   scripts/pg/test-server.sh stop <dir>    stop it and remove its folder (PG_TEST_DIR)
# initdb refuses to run as root, so as root the cluster belongs to the 'postgres' user that Debian's
# postgresql package creates. Trust authentication on loopback only: this is a test server.
set -euo pipefail
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bindir" ]; then
  echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
as_owner=()
[ "$(id -u)" = "0" ] && as_owner=(runuser -u postgres --)
if [ "${1:-}" = "stop" ]; then
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$2/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$2"
  exit 0
fi
port="${1:-55432}"
dir="$(mktemp -d /tmp/werkbrug-pg.XXXXXX)"
[ "$(id -u)" = "0" ] && chown postgres: "$dir"
"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 200
shared_buffers = 256MB
fsync = on
CONF
"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
"$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -qc 'CREATE DATABASE werkbrug_test' >/dev/null
echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/werkbrug_test PG_TEST_DIR=$dir"
