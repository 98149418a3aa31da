#!/usr/bin/env bash
# Start Debian's PostgreSQL cluster and create a throwaway test database (CI and local use).
set -euo pipefail
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
[ -n "$cluster" ] || { echo "no PostgreSQL cluster" >&2; exit 1; }
# shellcheck disable=SC2086
pg_ctlcluster $cluster start 2>/dev/null || pg_ctlcluster $cluster status >/dev/null
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='warscope'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE warscope LOGIN PASSWORD 'warscope'\""
su postgres -c "psql -qc 'DROP DATABASE IF EXISTS warscope_test'"
su postgres -c "psql -qc 'CREATE DATABASE warscope_test OWNER warscope'"
