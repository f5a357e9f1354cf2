#!/bin/sh
# Make sure `systemd-analyze` (Debian's `systemd` package, with libseccomp) is installed, for the
# unit's security test. Idempotent: does nothing when it is already there. Installing the
# package in a container is safe: it does not become PID 1 and starts no service, and
# `systemd-analyze security --offline=true` and `syscall-filter` need no running systemd.
set -eu

if command -v systemd-analyze >/dev/null 2>&1; then
    echo "install-systemd-tools: $(systemd-analyze --version | head -n 1) already present; nothing to do"
    exit 0
fi

. "$(dirname "$0")/apt.sh"
apt_install install-systemd-tools systemd

if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "install-systemd-tools: apt-get finished but systemd-analyze is still missing" >&2
    exit 1
fi
echo "install-systemd-tools: installed $(systemd-analyze --version | head -n 1)"
