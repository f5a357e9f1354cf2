#!/bin/sh
# The whole test suite, from a fresh machine: install what it needs, lint, type-check, test.
# `.ci/run` calls exactly this.
set -eu
cd "$(dirname "$0")/.."

sh scripts/setup.sh
echo "== ruff"
.venv/bin/ruff check .
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
.venv/bin/pytest "$@"
