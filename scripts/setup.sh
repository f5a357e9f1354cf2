#!/bin/sh
# Set up mailbot on a fresh machine: system packages the tests need, then a virtualenv with
# mailbot and its development tools. Idempotent; safe to run again.
set -eu
cd "$(dirname "$0")/.."

# the PostgreSQL server is only for the test suite's store tests
if [ "${1:-}" != "--no-test-services" ]; then
    sh scripts/install-postgres.sh
    sh scripts/install-dovecot.sh
    sh scripts/install-systemd-tools.sh
    sh scripts/install-chromium.sh
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv with $($PYTHON --version)"
    "$PYTHON" -m venv .venv
fi
# quiet, but a failure still prints pip's error
.venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -m pip install -q -e ".[dev]" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import mailbot, classifiers, routing, spacy, sqlalchemy" \
    || { echo "setup: the install did not complete" >&2; exit 1; }
echo "setup: ready (.venv/bin/mailbot)"
