"""The exceptions queue's order: `mailbot exceptions` and the console agree on when each item
is due (the decision's acknowledgement date, else its response date, else one working day
after receipt) and list the soonest first."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Connection, Engine, insert

from mailbot.cli import main
from mailbot.console.items import Viewer, queue
from mailbot.queue import exception_items
from mailbot.store.models import decisions, messages
from routing.calendar import WorkingCalendar

ROOT = Path(__file__).resolve().parents[2]


def _waiting(
    conn: Connection, pk: int, received: datetime, ack: date | None, response: date | None
) -> None:
    conn.execute(
        insert(messages).values(
            id=pk, mailbox="cass", source_key=f"k{pk}", sha256=f"{pk:064d}",
            message_id=f"<{pk}@test.invalid>", arrived_at=received, raw=b"",
            state="decided", created_at=received,
        )
    )  # fmt: skip
    conn.execute(
        insert(decisions).values(
            message_pk=pk, category="other", route="exceptions", exception="unclassified",
            due_acknowledge=ack, due_response=response,
            decision_json=json.dumps({"received": received.isoformat()}), decided_at=received,
        )
    )  # fmt: skip


def test_cli_and_console_list_the_same_due_dates_in_the_same_order(engine: Engine) -> None:
    calendar = WorkingCalendar("england-and-wales")
    with engine.begin() as conn:
        # received on a Friday, no dates of its own: due the next working day, Monday 7 Sept
        _waiting(conn, 1, datetime(2026, 9, 4, 10, tzinfo=UTC), None, None)
        # an acknowledgement date wins over the response date
        _waiting(conn, 2, datetime(2026, 9, 1, 10, tzinfo=UTC), date(2026, 9, 8), date(2026, 9, 2))
        # only a response date: due then, the soonest of the three
        _waiting(conn, 3, datetime(2026, 9, 2, 10, tzinfo=UTC), None, date(2026, 9, 3))
    listed = [(i.message_pk, i.due) for i in exception_items(engine, calendar)]
    assert listed == [(3, date(2026, 9, 3)), (1, date(2026, 9, 7)), (2, date(2026, 9, 8))]
    shown = queue(engine, Viewer("admin", "administrator"), calendar, today=date(2026, 9, 7))
    assert [(r.pk, r.due) for r in shown.rows] == listed


def test_mailbot_exceptions_prints_them_soonest_due_first(
    engine: Engine, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAILBOT_CONFIG", str(ROOT / "config" / "mailbot.example.yaml"))
    monkeypatch.setenv("MAILBOT_DATABASE_URL", db_url)
    with engine.begin() as conn:
        _waiting(conn, 7, datetime(2026, 9, 4, 10, tzinfo=UTC), None, None)
        _waiting(conn, 8, datetime(2026, 9, 2, 10, tzinfo=UTC), None, date(2026, 9, 3))
    result = CliRunner().invoke(main, ["exceptions"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split()[3] for line in lines] == ["#8", "#7"]
    assert lines[0].endswith("due 2026-09-03") and lines[1].endswith("due 2026-09-07")
