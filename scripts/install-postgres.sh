#!/bin/sh
# Make sure the PostgreSQL server binaries the tests use are installed (Debian/Ubuntu).
# Idempotent: does nothing when /usr/lib/postgresql/*/bin/initdb already exists.
# The test fixtures run their own throwaway cluster; this does not start or enable a service.
set -eu

find_initdb() {
    ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1
}

existing=$(find_initdb || true)
if [ -n "$existing" ]; then
    echo "install-postgres: PostgreSQL already present ($(dirname "$existing")); nothing to do"
    exit 0
fi

. "$(dirname "$0")/apt.sh"
apt_install install-postgres postgresql

installed=$(find_initdb || true)
if [ -z "$installed" ]; then
    echo "install-postgres: apt-get finished but no initdb under /usr/lib/postgresql" >&2
    exit 1
fi
echo "install-postgres: installed PostgreSQL ($(dirname "$installed"))"
