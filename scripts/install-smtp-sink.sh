#!/bin/sh
# Make sure Postfix's smtp-sink, the SMTP server benchmarks/bench_daemon.py sends to, is at
# var/tools/postfix (Debian/Ubuntu). Only the package's files are unpacked there: installing
# postfix itself would configure and start a system MTA, which nothing here wants. The
# test suite does not use it (its SMTP server is aiosmtpd). Idempotent.
set -eu
cd "$(dirname "$0")/.."
dest=var/tools/postfix
if [ -x "$dest/usr/sbin/smtp-sink" ]; then
    echo "install-smtp-sink: already at $dest/usr/sbin/smtp-sink; nothing to do"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-smtp-sink: no apt-get here; run the benchmark with --capture aiosmtpd" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# `apt-get download` needs the package lists; a fresh machine has none
(cd "$work" && apt-get download -q postfix >/dev/null 2>&1) || {
    . "$(pwd)/scripts/apt.sh"
    apt_update install-smtp-sink >/dev/null
    (cd "$work" && apt-get download -q postfix)
}
mkdir -p "$dest"
dpkg -x "$work"/postfix_*.deb "$dest"
LD_LIBRARY_PATH="$dest/usr/lib/postfix" "$dest/usr/sbin/smtp-sink" 2>&1 | grep -q usage || {
    echo "install-smtp-sink: $dest/usr/sbin/smtp-sink does not run" >&2
    exit 1
}
echo "install-smtp-sink: unpacked $(basename "$work"/postfix_*.deb) at $dest"
