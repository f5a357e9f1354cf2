"""Commands for service levels (issue 5): responses, the SLA report, legal holds, retention.

Everything printed is a reference, a mailbox, a category, a date or a count: never personal data.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from mailbot.cli import _Context

REPORT_DAYS = 30  # the default range: the last 30 days to today


def _engine(obj: _Context) -> Any:
    # imported when run, not at import: cli.py imports this module at its end
    from mailbot.cli import _engine as engine

    return engine(obj)


def _today() -> date:
    from routing.calendar import local_date

    return local_date(datetime.now(UTC))


def _respond(obj: _Context, reference: str) -> None:
    from mailbot.sla import normalise_reference, respond

    outcome = respond(_engine(obj), reference, source="command")
    if outcome is None:
        click.echo(f"{normalise_reference(reference)}: no such reference in the tracker", err=True)
        sys.exit(1)
    when = f"{outcome.responded_at:%Y-%m-%d %H:%M} UTC"
    if outcome.newly:
        click.echo(f"{outcome.reference}: marked responded at {when}")
    else:
        click.echo(f"{outcome.reference}: already responded at {when}; unchanged")


def _report(obj: _Context, start: date | None, end: date | None) -> None:
    from mailbot.sla import render, sla_report

    settings = obj.settings
    today = _today()
    end = end or today
    start = start or end - timedelta(days=REPORT_DAYS)
    if end < start:
        raise click.BadParameter(f"--to {end} is before --from {start}")
    calendar = settings.working_calendar()
    click.echo(render(sla_report(_engine(obj), start, end, calendar, today)))


def _hold(obj: _Context, reference: str, on: bool) -> None:
    from mailbot.retention import set_legal_hold
    from mailbot.sla import normalise_reference

    reference = normalise_reference(reference)
    if not set_legal_hold(_engine(obj), reference, on):
        click.echo(f"{reference}: no such reference in the tracker", err=True)
        sys.exit(1)
    click.echo(f"{reference}: legal hold {'placed' if on else 'lifted'}")


def _purge(obj: _Context, dry_run: bool) -> None:
    from mailbot.retention import purge_expired

    result = purge_expired(_engine(obj), obj.settings, datetime.now(UTC), dry_run=dry_run)
    click.echo(("dry run, nothing changed: " if dry_run else "") + result.line(dry_run))


def register(main: click.Group) -> None:
    """Add the service-level commands to the `mailbot` group."""
    tracker = main.commands["tracker"]
    assert isinstance(tracker, click.Group)

    @tracker.command("respond")
    @click.argument("reference")
    @click.pass_obj
    def tracker_respond(obj: _Context, reference: str) -> None:
        """Record that REFERENCE has had its response (now); the first time is kept."""
        _respond(obj, reference)

    @main.group()
    def sla() -> None:
        """Service levels."""

    @sla.command("report")
    @click.option("--from", "start", type=click.DateTime(["%Y-%m-%d"]), help="first day received")
    @click.option("--to", "end", type=click.DateTime(["%Y-%m-%d"]), help="last day received")
    @click.pass_obj
    def sla_report(obj: _Context, start: datetime | None, end: datetime | None) -> None:
        """What is due, met and overdue, by mailbox and category, for items received in a
        date range (default: the last 30 days to today, Europe/London)."""
        _report(obj, start.date() if start else None, end.date() if end else None)

    @main.group()
    def hold() -> None:
        """Legal holds: a held reference's content is never purged."""

    @hold.command("add")
    @click.argument("reference")
    @click.pass_obj
    def hold_add(obj: _Context, reference: str) -> None:
        """Place a legal hold on REFERENCE."""
        _hold(obj, reference, True)

    @hold.command("remove")
    @click.argument("reference")
    @click.pass_obj
    def hold_remove(obj: _Context, reference: str) -> None:
        """Lift the legal hold on REFERENCE."""
        _hold(obj, reference, False)

    @main.group()
    def retention() -> None:
        """Retention of message content."""

    @retention.command("purge")
    @click.option("--dry-run", is_flag=True, help="count what would be purged; change nothing")
    @click.pass_obj
    def retention_purge(obj: _Context, dry_run: bool) -> None:
        """Purge the content of messages past their category's retention period."""
        _purge(obj, dry_run)
