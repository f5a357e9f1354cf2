#!/bin/sh
# Make sure the Dovecot IMAP server the IMAP tests use is installed (Debian/Ubuntu).
# Idempotent: does nothing when `dovecot` is already on the PATH (or in /usr/sbin).
# The test fixture runs its own private instance (`dovecot -F -c CONFIG`); this does not
# start or enable the system service.
set -eu

find_dovecot() {
    command -v dovecot 2>/dev/null || { [ -x /usr/sbin/dovecot ] && echo /usr/sbin/dovecot; } || true
}

existing=$(find_dovecot)
if [ -n "$existing" ]; then
    echo "install-dovecot: Dovecot already present ($existing, $("$existing" --version 2>/dev/null || echo "version unknown")); nothing to do"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-dovecot: no dovecot on the PATH and no apt-get; install Dovecot (with its" \
        "IMAP server) by hand" >&2
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-dovecot: must run as root (or with sudo available)" >&2
        exit 1
    fi
fi

echo "install-dovecot: dovecot missing; running apt-get update"
$SUDO apt-get update -q
echo "install-dovecot: installing the dovecot-imapd package"
# the package may try to start its system service; the fixtures never use it
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends dovecot-imapd

installed=$(find_dovecot)
if [ -z "$installed" ]; then
    echo "install-dovecot: apt-get finished but no dovecot binary found" >&2
    exit 1
fi
echo "install-dovecot: installed Dovecot ($installed, $("$installed" --version 2>/dev/null || echo "version unknown"))"
