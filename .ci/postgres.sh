#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages (if missing), starts it, and creates the test database.
# Prints the environment the PostgreSQL profile test reads; source its output: eval "$(.ci/postgres.sh)".
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 || true
for i in $(seq 1 30); do
  if su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done
password="pan-ci-$(date +%s)"
su postgres -c "psql -qtAc \"drop database if exists pan_test\"" >&2
su postgres -c "psql -qtAc \"drop role if exists pan_test\"" >&2
su postgres -c "psql -qtAc \"create role pan_test login password '$password'\"" >&2
su postgres -c "psql -qtAc \"create database pan_test owner pan_test\"" >&2
echo "export PAN_TEST_PG_URL=jdbc:postgresql://localhost:5432/pan_test"
echo "export PAN_TEST_PG_USER=pan_test"
echo "export PAN_TEST_PG_PASSWORD=$password"
