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

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-postgres: no PostgreSQL under /usr/lib/postgresql and no apt-get;" \
        "install PostgreSQL by hand or set MAILBOT_TEST_POSTGRES_URL" >&2
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-postgres: must run as root (or with sudo available)" >&2
        exit 1
    fi
fi

echo "install-postgres: PostgreSQL binaries missing; running apt-get update"
$SUDO apt-get update -q
echo "install-postgres: installing the postgresql package"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends postgresql

installed=$(find_initdb || true)
if [ -z "$installed" ]; then
    echo "install-postgres: apt-get finished but no initdb under /usr/lib/postgresql" >&2
    exit 1
fi
echo "install-postgres: installed PostgreSQL ($(dirname "$installed"))"
