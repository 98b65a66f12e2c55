#!/usr/bin/env bash
# Make the PostgreSQL server binaries available for the test suite (tests/pg_fixture.py starts a
# throwaway server from them). Idempotent: a no-op when initdb is already installed.
set -euo pipefail

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "setup-postgres: PostgreSQL is not installed and we are not root; install the 'postgresql' package" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-postgres: no apt-get here; install PostgreSQL server binaries (initdb, pg_ctl) by hand" >&2
  exit 1
fi
echo "setup-postgres: installing PostgreSQL from Debian packages…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends postgresql >/dev/null
ls /usr/lib/postgresql/*/bin/initdb >/dev/null
