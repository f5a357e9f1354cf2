"""The scheduler keeps the procedures' clocks: holding replies once and only once, escalations
and locked-case reminders to the right people, an overdue digest with references only."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine, func, select
from sqlalchemy.pool import NullPool

from mailbot.config import load_settings
from mailbot.runner import build_daemon
from mailbot.scheduler import Scheduler
from mailbot.store.db import make_engine
from mailbot.store.models import effects, messages, tracker_entries
from tests.daemon.conftest import Rig, make_rig
from tests.fixtures.smtp import SmtpCapture
from tests.shell.mail import message

FORM = (
    "DCS CASEWORK FORM\nOriginator Details\nName: Sgt A Person\nDetail of Submission\n"
    "My son needs a school place near the new posting.\nChain of Command (CofC) Endorsement\n"
    "This submission is endorsed."
)
RECEIVED = datetime(2026, 9, 1, 9, tzinfo=UTC)  # Tue 1 Sep 2026: response due Tue 29 Sep


def smtp_rig(folder: Path, url: str, capture: SmtpCapture, **settings: object) -> Rig:
    rig = make_rig(folder, url, **settings)
    config = folder / "mailbot.yaml"
    data = yaml.safe_load(config.read_text())
    data["sender"] = {
        "type": "smtp",
        "host": capture.host,
        "port": capture.port,
        "security": "none",
    }
    config.write_text(yaml.safe_dump(data))
    rig.settings = load_settings(config)
    return rig


def casework(rig: Rig) -> str:
    rig.deliver(message(FORM, subject="Casework form", mailbox="dcs", received=RECEIVED,
                        sender="Sgt A Person <a.person100@mod.gov.uk>"), "dcs")  # fmt: skip
    rig.daemon(schedule=False).run(once=True)  # the tests tick their own schedulers
    engine = make_engine(rig.url)
    try:
        with engine.connect() as conn:
            ref = conn.execute(
                select(tracker_entries.c.reference).where(tracker_entries.c.mailbox == "dcs")
            ).scalar_one()
    finally:
        engine.dispose()
    return str(ref)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def send_all(rig: Rig) -> None:
    rig.daemon(schedule=False).run(once=True)  # carries out what the test planned


def kinds(capture: SmtpCapture, kind: str) -> list:  # type: ignore[type-arg]
    return [c for c in capture.messages if c.message["X-Mailbot-Kind"] == kind]


def test_a_holding_reply_goes_once_with_the_new_date(
    tmp_path: Path, smtp_capture: SmtpCapture
) -> None:
    rig = smtp_rig(tmp_path, f"sqlite:///{tmp_path / 's.db'}", smtp_capture)
    reference = casework(rig)
    engine = make_engine(rig.url)
    early = Scheduler(rig.settings, engine, "a", clock=lambda: at(2026, 9, 22, 10))
    assert early.tick()["holding_replies"] == 0  # working day 15: not yet
    later = Scheduler(
        rig.settings, engine, "a", clock=lambda: at(2026, 9, 25, 10)
    )  # working day 18
    assert later.tick()["holding_replies"] == 1
    assert later.tick()["holding_replies"] == 0
    send_all(rig)
    [holding] = kinds(smtp_capture, "holding_reply")
    assert holding.rcpt_tos == ["a.person100@mod.gov.uk"] and reference in str(
        holding.message["Subject"]
    )
    body = holding.message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "Tuesday 13 October 2026" in body  # 29 Sep + 10 working days
    with engine.connect() as conn:
        due = conn.execute(
            select(tracker_entries.c.due_response).where(tracker_entries.c.reference == reference)
        ).scalar_one()
    assert due.isoformat() == "2026-10-13"


@pytest.mark.postgres
def test_two_instances_and_a_restart_send_one_holding_reply(
    tmp_path: Path, pg_url: str, smtp_capture: SmtpCapture
) -> None:
    rig = smtp_rig(tmp_path, pg_url, smtp_capture)
    casework(rig)
    clock = lambda: at(2026, 9, 25, 10)  # noqa: E731
    planned: list[int] = []
    engines = [make_engine(pg_url, poolclass=NullPool) for _ in range(5)]

    def run(holder: str, engine: Engine) -> None:
        for _ in range(5):
            planned.append(
                Scheduler(rig.settings, engine, holder, clock=clock).tick()["holding_replies"]
            )

    pairs = (("instance-a", engines[0]), ("instance-b", engines[1]))
    threads = [threading.Thread(target=run, args=pair) for pair in pairs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # instance A restarted mid-run: a new scheduler over the same database finds nothing to do
    restarted = Scheduler(rig.settings, engines[2], "instance-a", clock=clock)
    assert restarted.tick()["holding_replies"] == 0
    assert sum(planned) == 1
    with engines[2].connect() as conn:
        query = select(func.count()).select_from(effects).where(effects.c.kind == "holding_reply")
        assert conn.execute(query).scalar_one() == 1
    first = build_daemon(rig.settings, engines[3], holder="instance-a", schedule=False)
    second = build_daemon(rig.settings, engines[4], holder="instance-b", schedule=False)
    runs = [threading.Thread(target=d.run, kwargs={"once": True}) for d in (first, second)]
    for t in runs:
        t.start()
    for t in runs:
        t.join(timeout=60)
    for engine in engines:
        engine.dispose()
    assert len(kinds(smtp_capture, "holding_reply")) == 1


def test_escalation_before_the_due_date_goes_to_whoever_holds_the_work(
    tmp_path: Path, smtp_capture: SmtpCapture
) -> None:
    rig = smtp_rig(tmp_path, f"sqlite:///{tmp_path / 's.db'}", smtp_capture)
    reference = casework(rig)
    engine = make_engine(rig.url)
    assert (
        Scheduler(rig.settings, engine, "a", clock=lambda: at(2026, 9, 21, 10)).tick()[
            "escalations"
        ]
        == 0
    )
    assert (
        Scheduler(rig.settings, engine, "a", clock=lambda: at(2026, 9, 24, 10)).tick()[
            "escalations"
        ]
        == 1
    )
    send_all(rig)
    [escalation] = kinds(smtp_capture, "escalation")
    # casework has no case record: the escalation goes where the work went (the casework lead)
    assert escalation.rcpt_tos == rig.settings.routes.casework_lead and reference in str(
        escalation.message["Subject"]
    )


def test_locked_case_reviews_and_reports_reach_owner_and_manager_only(
    tmp_path: Path, smtp_capture: SmtpCapture
) -> None:
    rig = smtp_rig(tmp_path, f"sqlite:///{tmp_path / 's.db'}", smtp_capture)
    engine = make_engine(rig.url)
    planned = Scheduler(rig.settings, engine, "a", clock=lambda: at(2026, 12, 1, 10)).tick()
    assert (planned["locked_reviews"], planned["locked_reports"]) == (1, 1)
    again = Scheduler(rig.settings, engine, "b", clock=lambda: at(2026, 12, 2, 10)).tick()
    assert (again["locked_reviews"], again["locked_reports"]) == (
        0,
        0,
    )  # once a month, whoever looks
    assert (
        Scheduler(rig.settings, engine, "a", clock=lambda: at(2027, 1, 1, 10)).tick()[
            "locked_reports"
        ]
        == 0
    )  # odd month
    send_all(rig)
    reviews = kinds(smtp_capture, "locked_review")  # December's and January's
    [report] = kinds(smtp_capture, "locked_report")  # December's only: bi-monthly
    assert [r.rcpt_tos for r in reviews] == [["owner@kestrelford.gov.uk"]] * 2
    assert report.rcpt_tos == ["tm.cp@kestrelford.gov.uk"]
    review = reviews[0]
    assert "900004" in review.message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert all(
        c.rcpt_tos in (["owner@kestrelford.gov.uk"], ["tm.cp@kestrelford.gov.uk"])
        for c in smtp_capture.messages
    )


def test_the_overdue_digest_lists_references_only(
    tmp_path: Path, smtp_capture: SmtpCapture
) -> None:
    rig = smtp_rig(tmp_path, f"sqlite:///{tmp_path / 's.db'}", smtp_capture)
    reference = casework(rig)
    engine = make_engine(rig.url)
    assert (
        Scheduler(rig.settings, engine, "a", clock=lambda: at(2026, 10, 20, 6)).tick()[
            "overdue_digest"
        ]
        == 0
    )  # 07:00 BST
    assert (
        Scheduler(rig.settings, engine, "a", clock=lambda: at(2026, 10, 20, 9)).tick()[
            "overdue_digest"
        ]
        == 1
    )
    assert (
        Scheduler(rig.settings, engine, "b", clock=lambda: at(2026, 10, 20, 15)).tick()[
            "overdue_digest"
        ]
        == 0
    )
    send_all(rig)
    [digest] = kinds(smtp_capture, "overdue_digest")
    assert digest.rcpt_tos == rig.settings.routes.business_support
    body = digest.message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert reference in body and "Person" not in body and "a.person100" not in body


def test_a_reply_sent_from_the_shared_mailbox_marks_the_reference_responded(
    tmp_path: Path, smtp_capture: SmtpCapture
) -> None:
    rig = smtp_rig(tmp_path, f"sqlite:///{tmp_path / 's.db'}", smtp_capture)
    config = tmp_path / "mailbot.yaml"
    data = yaml.safe_load(config.read_text())
    data["mailboxes"]["dcs"]["sent_folder"] = "Sent"
    config.write_text(yaml.safe_dump(data))
    rig.settings = load_settings(config)
    reference = casework(rig)  # mailbot's own acknowledgement is kept in Sent: not a response
    engine = make_engine(rig.url)

    def responded() -> object:
        with engine.connect() as conn:
            query = select(tracker_entries.c.responded_at).where(
                tracker_entries.c.reference == reference
            )
            return conn.execute(query).scalar_one()

    assert responded() is None
    from mailbot.sources.maildir import MaildirSource

    staff_reply = message("Please find our full response attached.", subject=f"RE: [{reference}] Casework form",
                          sender="DCS Casework <dcyp-casework@mod.gov.uk>", mailbox="dcs")  # fmt: skip
    MaildirSource(tmp_path / "mail" / "dcs").append(staff_reply, "Sent")
    rig.daemon().run(once=True)
    assert responded() is not None
    assert (
        Scheduler(rig.settings, engine, "a", clock=lambda: at(2026, 9, 25, 10)).tick()[
            "holding_replies"
        ]
        == 0
    )


def test_retention_runs_once_a_day_and_keeps_the_tracker_row(
    tmp_path: Path, smtp_capture: SmtpCapture
) -> None:
    retention = {"days": {"casework_submission": 30}, "preserve_categories": []}
    rig = smtp_rig(tmp_path, f"sqlite:///{tmp_path / 's.db'}", smtp_capture, retention=retention)
    reference = casework(rig)
    engine = make_engine(rig.url)

    def purged(when: datetime, holder: str = "a") -> int:
        return Scheduler(rig.settings, engine, holder, clock=lambda: when).tick()["purged"]

    # retention counts from when the message reached the mailbox (here: the Maildir file's time)
    arrived = datetime.now(UTC)
    later = arrived + timedelta(days=40)
    assert purged(arrived + timedelta(days=20)) == 0
    # past the period, but the holding reply and escalation it plans are still to be sent:
    # content stays while an effect needs it
    assert purged(later) == 0
    rig.daemon().run(once=True)
    assert purged(later + timedelta(days=1)) == 1
    assert purged(later + timedelta(days=1, hours=1), "b") == 0  # once a day, whoever looks
    with engine.connect() as conn:
        raw = conn.execute(select(func.length(messages.c.raw))).scalar_one()
        row = conn.execute(
            select(tracker_entries.c.category).where(tracker_entries.c.reference == reference)
        ).scalar_one()
    assert raw == 0 and row == "casework_submission"
