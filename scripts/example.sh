#!/bin/sh
# Quick start: set up mailbot and run the daemon on the embedded default (the example
# configuration: Maildir mailboxes under var/mail, SQLite under var/, outbound mail written to
# var/outbound). The shipped example mail is delivered into the inboxes on the first run;
# the daemon decides it, writes acknowledgements and notifications, moves each message to
# its outcome folder, lists the exceptions, and keeps watching for new mail (Ctrl-C stops it).
set -eu
cd "$(dirname "$0")/.."

sh scripts/setup.sh --no-test-services
export MAILBOT_CONFIG=config/mailbot.example.yaml
mailbot=.venv/bin/mailbot
$mailbot db upgrade
$mailbot cases import config/example/cases.csv
$mailbot tracker import config/example/tracker.csv
$mailbot example deliver config/example/mail
$mailbot run --once
$mailbot exceptions
echo
echo "outbound mail: var/outbound/new  case notes: var/case-notes"
echo "watching var/mail/cass/new and var/mail/dcs/new for new mail (Ctrl-C to stop)"
if [ -n "$($mailbot users list 2>/dev/null | tail -n +2)" ]; then
    echo "exceptions console: http://127.0.0.1:8080/"
    exec $mailbot run --console
fi
echo "for the exceptions console, add an account and run again:"
echo "  MAILBOT_CONFIG=$MAILBOT_CONFIG $mailbot users add YOURNAME --role business_support"
exec $mailbot run
