#!/usr/bin/env bash
# Install (from Debian's packages) and start a local PostgreSQL for the test suite; idempotent.
# Prints the admin URL the tests use to create one database per test.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters --no-header | awk '{print $1" "$2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432 >&2
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='basewatch'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE basewatch LOGIN CREATEDB PASSWORD 'basewatch'\"" >&2
# Each test drops its database WITH (FORCE); an autovacuum worker that has just connected to it runs as
# no role, and only a member of pg_signal_backend may end it (else the drop fails, now and then, under load).
su postgres -c "psql -qc \"GRANT pg_signal_backend TO basewatch\"" >&2
echo "postgresql+psycopg://basewatch:basewatch@127.0.0.1:5432/postgres"
