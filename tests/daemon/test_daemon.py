"""The daemon end to end on the embedded default: mail in, decisions carried out, each once."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime

from sqlalchemy import func, select

from classifiers.model import CategoryModel
from mailbot.intake import Intake
from mailbot.sources.maildir import MaildirSource
from mailbot.store.db import make_engine
from mailbot.store.models import decisions, effects, messages
from tests.shell.mail import message

from .conftest import Rig

LEVEL1 = (
    "Does Poppy Lindqvist (02/03/2014) have an allocated social worker? A name and number please."
)
LEVEL2_LOCKED = (
    "Tobias Fenn (05/05/2013): could you share any history you hold? Mum has given consent."
)


def _count(rig: Rig, table, *where) -> int:  # type: ignore[no-untyped-def]
    with make_engine(rig.url).connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def test_mail_is_decided_answered_and_moved(rig: Rig) -> None:
    rig.deliver(message(LEVEL1, subject="Poppy Lindqvist"))
    rig.deliver(message(LEVEL2_LOCKED, subject="background please"))
    rig.deliver(message("I am out of the office until Monday. For urgent matters please contact the duty desk.",
                        subject="Automatic reply: your email", extra={"Auto-Submitted": "auto-replied"}))  # fmt: skip
    summary = rig.run_once()
    assert summary.taken == 3 and summary.failed == 0
    sent = rig.sent()
    to_sender = [m for m in sent if m["To"] == "dana.reeve@elmridge.police.uk"]
    kinds = sorted(m["X-Mailbot-Kind"] for m in to_sender)
    # level 1: acknowledgement and level-1 response; locked case: the plain acknowledgement;
    # the auto-reply: nothing at all
    assert kinds == ["acknowledgement", "acknowledgement", "level1_response"]
    for m in to_sender:
        assert m["Auto-Submitted"] == "auto-replied" and m["In-Reply-To"]
        assert "[CASS-2026-" in m["Subject"]
        body = m.get_body(preferencelist=("plain",)).get_content().lower()  # type: ignore[union-attr]
        assert "locked" not in body and "owner@" not in body
    level1 = next(m for m in to_sender if m["X-Mailbot-Kind"] == "level1_response")
    assert "Ann Worker" in level1.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    # the locked case goes to its owner, copied to the R&A team, saying it was locked
    locked = [m for m in sent if m["To"] == "owner@kestrelford.gov.uk"]
    assert len(locked) == 1 and "referral.advice@kestrelford.gov.uk" in str(locked[0]["Cc"])
    assert rig.inbox_count("cass") == 0
    assert rig.folder_count("cass", "Processed") == 2 and rig.folder_count("cass", "Automated") == 1


def test_the_same_message_seen_again_is_never_decided_twice(rig: Rig) -> None:
    raw = message(LEVEL1, subject="Poppy Lindqvist")
    rig.deliver(raw)
    rig.run_once()
    first = len(rig.sent())
    rig.deliver(raw)  # the server hands it over again (a crash, a lost MOVE)
    summary = rig.run_once()
    assert summary.seen_again == 1 and summary.taken == 0
    assert len(rig.sent()) == first
    assert _count(rig, decisions) == 1 and rig.inbox_count("cass") == 0


def test_a_message_seen_again_before_its_move_ran_gets_no_second_move(rig: Rig) -> None:
    raw = message(LEVEL1, subject="Poppy Lindqvist")
    key = rig.deliver(raw)
    intake = Intake(rig.settings, make_engine(rig.url), CategoryModel())
    [fetched] = MaildirSource(rig.folder / "mail" / "cass").fetch_new()
    pk = intake.take("cass", fetched).message_pk  # decided; the process dies before the move runs
    assert not intake.take("cass", fetched).new  # fetched again after the restart
    moves = (effects.c.message_pk == pk) & (effects.c.kind == "move")
    assert _count(rig, effects, moves, effects.c.state == "pending") == 1
    # under a key of its own (a second copy in the inbox) it needs a move of its own
    again = rig.deliver(raw)
    copy = next(
        f for f in MaildirSource(rig.folder / "mail" / "cass").fetch_new() if f.key == again
    )
    assert key != again
    assert not intake.take("cass", copy).new
    assert _count(rig, effects, moves, effects.c.state == "pending") == 2
    summary = rig.run_once()
    assert summary.taken == 0 and rig.inbox_count("cass") == 0
    assert _count(rig, effects, moves, effects.c.state != "done") == 0


def test_a_crash_between_recording_and_deciding_loses_nothing(rig: Rig) -> None:
    key = rig.deliver(message(LEVEL1, subject="Poppy Lindqvist"))
    intake = Intake(rig.settings, make_engine(rig.url), CategoryModel())
    fetched = MaildirSource(rig.folder / "mail" / "cass").fetch_new()
    assert fetched[0].key == key
    intake.record("cass", fetched[0])  # ... and the process dies here
    summary = rig.run_once()
    assert summary.taken == 1
    assert _count(rig, decisions) == 1 and len(rig.sent()) == 2


def test_a_crash_after_deciding_sends_each_effect_once(rig: Rig) -> None:
    rig.deliver(message(LEVEL1, subject="Poppy Lindqvist"))
    intake = Intake(rig.settings, make_engine(rig.url), CategoryModel())
    for fetched in MaildirSource(rig.folder / "mail" / "cass").fetch_new():
        intake.take("cass", fetched)  # decided and planned; no effect has run yet
    assert _count(rig, effects, effects.c.state == "pending") == 3  # ack, level-1, move
    rig.run_once()
    rig.run_once()
    assert len(rig.sent()) == 2
    assert _count(rig, effects, effects.c.state == "pending") == 0


def test_replies_to_our_own_mail_follow_the_thread(rig: Rig) -> None:
    rig.deliver(message(LEVEL1, subject="Poppy Lindqvist"))
    rig.run_once()
    ack = next(m for m in rig.sent() if m["X-Mailbot-Kind"] == "acknowledgement")
    reference = ack["Subject"].split("]")[0].strip("[")
    reply = message("Thanks - one more thing, her brother may be staying there too.", subject="thanks",
                    extra={"In-Reply-To": ack["Message-ID"], "References": ack["Message-ID"]})  # fmt: skip
    rig.deliver(reply)
    rig.run_once()
    with make_engine(rig.url).connect() as conn:
        row = conn.execute(select(decisions.c.category, decisions.c.related_reference, decisions.c.route)
                           .order_by(decisions.c.message_pk.desc())).first()  # fmt: skip
    assert row is not None and tuple(row) == ("follow_up", reference, "reference_owner")


def test_a_sender_over_the_daily_limit_is_noted_not_answered(rig: Rig) -> None:
    for i in range(7):
        rig.deliver(message(f"{LEVEL1} ({i})", subject=f"Poppy Lindqvist {i}"))
    rig.run_once()
    acks = [m for m in rig.sent() if m["X-Mailbot-Kind"] in ("acknowledgement", "level1_response")]
    assert len(acks) == 5  # the configured limit per sender per day
    assert _count(rig, effects, effects.c.state == "skipped") == 14 - 5


def test_our_own_addresses_are_never_answered(rig: Rig) -> None:
    rig.deliver(message(LEVEL1, sender="Business Support <cass.business.support@kestrelford.gov.uk>",
                        subject="Poppy Lindqvist"))  # fmt: skip
    rig.run_once()
    assert not [m for m in rig.sent() if m["To"] == "cass.business.support@kestrelford.gov.uk"]


def test_a_message_that_breaks_deciding_goes_to_exceptions_and_the_worker_carries_on(
    rig: Rig, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import mailbot.intake as intake_module

    real = intake_module.decide
    calls = {"n": 0}

    def flaky(ev, world, mailbox):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("rule crashed")
        return real(ev, world, mailbox)

    monkeypatch.setattr(intake_module, "decide", flaky)
    rig.deliver(message(LEVEL1, subject="first"))
    time.sleep(0.01)
    rig.deliver(message(LEVEL1.replace("Poppy", "Poppy"), subject="second"))
    summary = rig.run_once()
    assert summary.failed == 1 and summary.taken == 1
    with make_engine(rig.url).connect() as conn:
        failed = conn.execute(
            select(messages.c.stage, messages.c.error).where(messages.c.state == "failed")
        ).one()
    assert failed.stage == "decide" and "rule crashed" in failed.error
    assert (
        rig.folder_count("cass", "Exceptions") == 1 and rig.folder_count("cass", "Processed") == 1
    )


def test_sigterm_finishes_the_message_in_hand_and_exits_quickly(rig: Rig) -> None:
    daemon = rig.daemon()
    thread = threading.Thread(target=daemon.run)
    thread.start()
    rig.deliver(message(LEVEL1, subject="Poppy Lindqvist"))
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and len(rig.sent()) < 2:
        time.sleep(0.1)
    assert len(rig.sent()) == 2  # it keeps watching and takes new mail as it arrives
    stopped = time.monotonic()
    daemon.stop.set()
    thread.join(timeout=15)
    assert not thread.is_alive() and time.monotonic() - stopped < 10


def test_decisions_are_stored_as_the_contract_json(rig: Rig) -> None:
    rig.deliver(
        message(LEVEL1, subject="Poppy Lindqvist", received=datetime(2026, 9, 1, 9, tzinfo=UTC))
    )
    rig.run_once()
    with make_engine(rig.url).connect() as conn:
        stored = json.loads(conn.execute(select(decisions.c.decision_json)).scalar_one())
    assert stored["route"] == "level1_reply" and stored["due"]["acknowledge"] == "2026-09-02"


def test_the_exceptions_queue_says_why_each_item_waits(rig: Rig) -> None:
    from mailbot.queue import exception_items
    from routing.calendar import WorkingCalendar

    rig.deliver(message("Clearance sale: office chairs 49 GBP, this week only.", subject="Chairs",
                        sender="Deals <deals@chairs.biz>", received=datetime(2026, 9, 3, 9, tzinfo=UTC)))  # fmt: skip
    rig.deliver(message(LEVEL1, subject="Poppy Lindqvist"))
    rig.run_once()
    [item] = exception_items(make_engine(rig.url), WorkingCalendar())
    assert (item.mailbox, item.reason, item.category) == ("cass", "unclassified", "other")
    assert item.received == datetime(2026, 9, 3, 9, tzinfo=UTC)  # the message's own receipt time
