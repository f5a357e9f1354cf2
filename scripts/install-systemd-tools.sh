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

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-systemd-tools: no systemd-analyze and no apt-get; install systemd by hand" >&2
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-systemd-tools: must run as root (or with sudo available)" >&2
        exit 1
    fi
fi

echo "install-systemd-tools: systemd-analyze missing; running apt-get update"
$SUDO apt-get update -q
echo "install-systemd-tools: installing the systemd package"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends systemd

if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "install-systemd-tools: apt-get finished but systemd-analyze is still missing" >&2
    exit 1
fi
echo "install-systemd-tools: installed $(systemd-analyze --version | head -n 1)"
