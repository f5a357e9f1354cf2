#!/bin/sh
# Quick start: set up mailbot and triage the shipped example mail against the example
# configuration (Maildir mailboxes and SQLite under ./var). Prints one decision per message.
set -eu
cd "$(dirname "$0")/.."

sh scripts/setup.sh --no-test-services
export MAILBOT_CONFIG=config/mailbot.example.yaml
mailbot=.venv/bin/mailbot
$mailbot db upgrade
$mailbot cases import config/example/cases.csv
$mailbot tracker import config/example/tracker.csv
echo
echo "== the cass mailbox"
$mailbot triage config/example/mail/cass/*.eml
echo "== the dcs mailbox"
$mailbot triage config/example/mail/dcs/*.eml
