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

. "$(dirname "$0")/apt.sh"
apt_install install-dovecot dovecot-imapd

installed=$(find_dovecot)
if [ -z "$installed" ]; then
    echo "install-dovecot: apt-get finished but no dovecot binary found" >&2
    exit 1
fi
echo "install-dovecot: installed Dovecot ($installed, $("$installed" --version 2>/dev/null || echo "version unknown"))"
