#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on loopback for the PostgreSQL half of `npm test`.
# Idempotent: does nothing when one already answers at CRM_PG_URL (default below); otherwise
# installs the Debian package `postgresql` if needed, starts its cluster (listening on localhost
# only, Debian's default), and gives the postgres role a password for TCP logins.
# Prints the URL to use on its last line.
set -euo pipefail
url="${CRM_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"

reachable() {
  CRM_PG_URL="$1" node -e '
    const pg = require("pg");
    const c = new pg.Client({ connectionString: process.env.CRM_PG_URL, connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.query("select 1")).then(() => c.end()).then(() => process.exit(0), () => process.exit(1));'
}

if reachable "$url"; then echo "$url"; exit 0; fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
  echo "installing PostgreSQL (Debian package postgresql)…" >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version="$(ls /etc/postgresql | sort -V | tail -1)"
if ! as_root pg_lsclusters -h | grep -q "^$version main"; then as_root pg_createcluster "$version" main >&2; fi
as_root pg_ctlcluster "$version" main start >&2 || true   # "already running" is fine
for _ in $(seq 1 30); do as_root su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break; sleep 1; done
as_root su postgres -c "psql -qc \"ALTER ROLE postgres PASSWORD 'postgres'\"" >&2
url="postgresql://postgres:postgres@127.0.0.1:5432/postgres"
if ! reachable "$url"; then echo "PostgreSQL did not come up at $url" >&2; exit 1; fi
echo "$url"
