"""The service-level commands, through click against a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from sqlalchemy import Engine, select

from mailbot.cli import main
from mailbot.store.models import messages, tracker_entries
from routing.calendar import WorkingCalendar, local_date

from . import CHILD, EXAMPLE_CONFIG, SENDER, add_entry, add_message, migrated


@pytest.fixture
def engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    """The example configuration with a retention period for casework, on a SQLite file."""
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    data = yaml.safe_load(EXAMPLE_CONFIG.read_text())
    data["state_dir"] = str(tmp_path / "state")
    data["retention"] = {"days": {"casework_submission": 365, "correspondence": 365}}
    config = tmp_path / "mailbot.yaml"
    config.write_text(yaml.safe_dump(data))
    monkeypatch.setenv("MAILBOT_CONFIG", str(config))
    monkeypatch.setenv("MAILBOT_DATABASE_URL", url)
    eng = migrated(url)
    try:
        yield eng
    finally:
        eng.dispose()


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def run(*args: str) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result.output


def test_tracker_respond(engine: Engine) -> None:
    add_entry(engine, "DCS-2026-000042", date(2026, 11, 2))
    out = run("tracker", "respond", "dcs-2026-000042")
    assert out.startswith("DCS-2026-000042: marked responded at ")
    with engine.connect() as conn:
        row = conn.execute(select(tracker_entries).where(tracker_entries.c.reference == "DCS-2026-000042")).one()  # fmt: skip
    assert row.status == "responded" and row.responded_at is not None
    again = run("tracker", "respond", "DCS-2026-000042")
    assert "already responded" in again and f"{row.responded_at:%Y-%m-%d %H:%M}" in again


def test_tracker_respond_to_an_unknown_reference_exits_1(engine: Engine) -> None:
    result = invoke("tracker", "respond", "DCS-2026-000404")
    assert result.exit_code == 1
    assert "DCS-2026-000404: no such reference" in result.output


def test_sla_report_defaults_to_the_last_30_days(engine: Engine) -> None:
    today = local_date(datetime.now(UTC))
    calendar = WorkingCalendar()
    received = today - timedelta(days=28)
    due = calendar.add_working_days(received, 5)  # passed by today
    add_entry(engine, "DCS-2026-000001", received, due_response=due)
    answered = datetime.combine(received + timedelta(days=1), time(12), UTC)
    add_entry(engine, "DCS-2026-000002", received, due_response=due, responded_at=answered)
    add_entry(engine, "DCS-2026-000003", today - timedelta(days=45), due_response=due)
    add_message(
        engine, arrived_at=datetime.now(UTC) - timedelta(days=28), reference="DCS-2026-000001"
    )
    out = run("sla", "report")
    assert f"received {today - timedelta(days=30)} to {today}" in out
    assert "DCS-2026-000001" in out  # overdue
    assert "DCS-2026-000003" not in out  # received before the range
    line = next(x for x in out.splitlines() if "casework_submission" in x)
    assert line.split()[2:] == ["2", "2", "1", "0", "1", "0", "0"]
    assert CHILD not in out and SENDER not in out


def test_sla_report_for_a_given_range(engine: Engine) -> None:
    add_entry(engine, "DCS-2027-000002", date(2027, 2, 26), due_response=date(2027, 3, 30))
    add_entry(engine, "CASS-2027-000001", date(2027, 3, 20), mailbox="cass", category="information_request")  # fmt: skip
    out = run("sla", "report", "--from", "2027-02-01", "--to", "2027-03-31")
    assert "received 2027-02-01 to 2027-03-31" in out
    assert "cass" in out and "information_request" in out
    assert "dcs" in out and "casework_submission" in out


def test_sla_report_refuses_a_range_that_ends_before_it_starts(engine: Engine) -> None:
    result = invoke("sla", "report", "--from", "2027-03-01", "--to", "2027-02-01")
    assert result.exit_code == 2 and "before" in result.output


def test_hold_add_and_remove(engine: Engine) -> None:
    add_entry(engine, "DCS-2026-000007", date(2026, 3, 1))
    assert run("hold", "add", "DCS-2026-000007") == "DCS-2026-000007: legal hold placed\n"
    with engine.connect() as conn:
        held = conn.execute(select(tracker_entries.c.legal_hold)).scalar_one()
    assert held is True
    assert run("hold", "remove", "dcs-2026-000007") == "DCS-2026-000007: legal hold lifted\n"
    with engine.connect() as conn:
        assert conn.execute(select(tracker_entries.c.legal_hold)).scalar_one() is False
    result = invoke("hold", "add", "DCS-2026-000404")
    assert result.exit_code == 1 and "no such reference" in result.output


def test_retention_purge_with_a_dry_run_first(engine: Engine) -> None:
    old = datetime.now(UTC) - timedelta(days=400)
    add_entry(engine, "DCS-2025-000007", date(2025, 3, 1), legal_hold=True)
    purgeable = add_message(engine, arrived_at=old)
    add_message(engine, arrived_at=old, reference="DCS-2025-000007")
    add_message(engine, arrived_at=old, category="correspondence")

    dry = run("retention", "purge", "--dry-run")
    assert dry.startswith("dry run, nothing changed: would purge 1,")
    assert "legal hold 1" in dry and "preserved 1" in dry
    with engine.connect() as conn:
        assert conn.execute(select(messages.c.purged_at).where(messages.c.purged_at.is_not(None))).all() == []  # fmt: skip

    out = run("retention", "purge")
    assert out.startswith("purged 1, kept under legal hold 1, preserved 1")
    with engine.connect() as conn:
        raw = conn.execute(select(messages.c.raw).where(messages.c.id == purgeable)).scalar_one()
    assert raw == b""
    assert run("retention", "purge").startswith("purged 0,")
