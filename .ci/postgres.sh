#!/usr/bin/env bash
# Sourced by .ci/run: a real PostgreSQL server for the run-history tests (never a mock).
# Installs Debian's postgresql when absent, starts its cluster, creates a role and database,
# and exports GUIDELINE_TEST_POSTGRES, the connection string the tests read.
# Without that variable the PostgreSQL tests fail under CI=true, so CI cannot skip them silently.
guideline_pg_user=guideline_test
guideline_pg_password=guideline_test
guideline_pg_db=guideline_history_test

# The client (psql) may be on a machine without the server: look for the server itself.
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "installing Debian's postgresql for the run-history tests" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2 \
    || echo "warning: postgresql could not be installed; the PostgreSQL history tests will fail" >&2
fi

if command -v pg_lsclusters >/dev/null 2>&1; then
  if [ -z "$(pg_lsclusters --no-header 2>/dev/null)" ] && command -v pg_createcluster >/dev/null 2>&1; then
    # An install that could not create its cluster (no service manager): make one.
    guideline_pg_version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    pg_createcluster "$guideline_pg_version" main >&2 || true
  fi
  guideline_pg_cluster=$(pg_lsclusters --no-header | awk 'NR==1 { print $1 " " $2 }')
  guideline_pg_port=$(pg_lsclusters --no-header | awk 'NR==1 { print $3 }')
  if [ -n "$guideline_pg_cluster" ]; then
    # shellcheck disable=SC2086
    pg_ctlcluster $guideline_pg_cluster start >&2 2>/dev/null || true
    su postgres -c "psql -p ${guideline_pg_port} -tAc \"SELECT 1 FROM pg_roles WHERE rolname='${guideline_pg_user}'\"" | grep -q 1 \
      || su postgres -c "psql -p ${guideline_pg_port} -c \"CREATE ROLE ${guideline_pg_user} LOGIN CREATEDB PASSWORD '${guideline_pg_password}'\"" >&2
    su postgres -c "psql -p ${guideline_pg_port} -tAc \"SELECT 1 FROM pg_database WHERE datname='${guideline_pg_db}'\"" | grep -q 1 \
      || su postgres -c "createdb -p ${guideline_pg_port} -O ${guideline_pg_user} ${guideline_pg_db}" >&2
    export GUIDELINE_TEST_POSTGRES="Host=127.0.0.1;Port=${guideline_pg_port};Database=${guideline_pg_db};Username=${guideline_pg_user};Password=${guideline_pg_password}"
  fi
fi
