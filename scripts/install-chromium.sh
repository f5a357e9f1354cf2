#!/bin/sh
# Make sure Debian's Chromium is installed for the console's browser tests (Playwright drives it
# by its executable path). Idempotent: does nothing when /usr/bin/chromium is already there.
# Never `playwright install`: it downloads a browser build of its own, which this network refuses.
set -eu

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
    echo "install-chromium: Chromium already present ($("$CHROMIUM" --version 2>/dev/null || echo "version unknown")); nothing to do"
    exit 0
fi

. "$(dirname "$0")/apt.sh"
# fonts-liberation: Chromium's headless pages need at least one font to lay out text
apt_install install-chromium chromium fonts-liberation

if [ ! -x "$CHROMIUM" ]; then
    echo "install-chromium: apt-get finished but $CHROMIUM is missing" >&2
    exit 1
fi
echo "install-chromium: installed Chromium ($("$CHROMIUM" --version 2>/dev/null || echo "version unknown"))"
