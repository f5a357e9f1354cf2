"""The daemon against real servers: a private Dovecot for the mailbox, aiosmtpd capturing
what is sent. Tests read what actually reached the SMTP server and what is left in IMAP."""

from __future__ import annotations

import threading
import time
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from mailbot.config import load_settings
from mailbot.runner import build_daemon
from mailbot.store.db import make_engine
from tests.fixtures.dovecot import DovecotAccount
from tests.fixtures.smtp import SmtpCapture
from tests.shell.mail import message

from .conftest import make_rig, write_config

LEVEL1 = (
    "Does Poppy Lindqvist (02/03/2014) have an allocated social worker? A name and number please."
)


@pytest.fixture
def imap_rig(
    tmp_path: Path,
    dovecot: DovecotAccount,
    smtp_capture: SmtpCapture,
    monkeypatch: pytest.MonkeyPatch,
):  # type: ignore[no-untyped-def]
    rig = make_rig(tmp_path, f"sqlite:///{tmp_path / 'store.sqlite3'}")
    monkeypatch.setenv("MAILBOT_TEST_IMAP_PASSWORD", dovecot.password)
    config = write_config(
        tmp_path,
        rig.url,
        sender={
            "type": "smtp",
            "host": smtp_capture.host,
            "port": smtp_capture.port,
            "security": "none",
        },
    )
    import yaml

    data = yaml.safe_load(config.read_text())
    data["mailboxes"]["cass"]["source"] = {
        "type": "imap", "host": dovecot.host, "port": dovecot.port, "security": "none",
        "username": dovecot.user, "password": {"env": "MAILBOT_TEST_IMAP_PASSWORD"}, "poll_seconds": 5,
    }  # fmt: skip
    del data["mailboxes"]["dcs"]
    config.write_text(yaml.safe_dump(data))
    rig.settings = load_settings(config)
    return rig


def test_mail_from_imap_is_answered_over_smtp_and_moved(
    imap_rig, dovecot: DovecotAccount, smtp_capture: SmtpCapture
) -> None:  # type: ignore[no-untyped-def]
    dovecot.append(message(LEVEL1, subject="Poppy Lindqvist"))
    dovecot.append(message("Clearance sale: office chairs 49 GBP, this week only.", subject="Office chairs",
                           sender="Deals <deals@chairs.biz>"))  # fmt: skip
    summary = build_daemon(imap_rig.settings, make_engine(imap_rig.url), schedule=False).run(
        once=True
    )
    assert summary.taken == 2
    sent = smtp_capture.messages
    to_sender = sorted((c for c in sent if c.rcpt_tos == ["dana.reeve@elmridge.police.uk"]),
                       key=lambda c: str(c.message["X-Mailbot-Kind"]))  # fmt: skip
    assert [str(c.message["X-Mailbot-Kind"]) for c in to_sender] == [
        "acknowledgement",
        "level1_response",
    ]
    for captured in to_sender:
        assert captured.message["Auto-Submitted"] == "auto-replied"
        assert captured.message["In-Reply-To"] and "[CASS-2026-" in str(captured.message["Subject"])
    assert not [c for c in sent if "deals@chairs.biz" in c.rcpt_tos]  # spam waits, unanswered
    assert dovecot.list("INBOX") == []
    assert len(dovecot.list("Processed")) == 1 and len(dovecot.list("Exceptions")) == 1


def test_with_idle_new_mail_is_acknowledged_within_seconds(
    imap_rig, dovecot: DovecotAccount, smtp_capture: SmtpCapture
) -> None:  # type: ignore[no-untyped-def]
    daemon = build_daemon(imap_rig.settings, make_engine(imap_rig.url), schedule=False)
    thread = threading.Thread(target=daemon.run)
    thread.start()
    try:
        time.sleep(1.0)  # connected and idling
        started = time.monotonic()
        dovecot.append(message(LEVEL1, subject="Poppy Lindqvist"))
        while time.monotonic() - started < 15 and len(smtp_capture.messages) < 2:
            time.sleep(0.05)
        assert (
            len(smtp_capture.messages) == 2
        )  # a generous bound: latency is benchmarked, not tested
    finally:
        daemon.stop.set()
        thread.join(timeout=15)
    assert not thread.is_alive()


def test_a_transient_smtp_failure_is_retried_and_nothing_is_sent_twice(
    imap_rig, dovecot: DovecotAccount, smtp_capture: SmtpCapture, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import mailbot.executor as executor

    monkeypatch.setattr(executor, "backoff", lambda attempts: __import__("datetime").timedelta(0))
    smtp_capture.fail_next(4, 451, "try later")  # more than the quick retries of one attempt
    dovecot.append(message(LEVEL1, subject="Poppy Lindqvist"))
    build_daemon(imap_rig.settings, make_engine(imap_rig.url), schedule=False).run(once=True)
    build_daemon(imap_rig.settings, make_engine(imap_rig.url), schedule=False).run(once=True)
    ids = [str(c.message["Message-ID"]) for c in smtp_capture.messages]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_a_permanent_smtp_failure_waits_in_the_exceptions_queue(
    imap_rig, dovecot: DovecotAccount, smtp_capture: SmtpCapture
) -> None:  # type: ignore[no-untyped-def]
    from mailbot.queue import exception_items
    from routing.calendar import WorkingCalendar

    smtp_capture.fail_next(1, 550, "no such user", stage="RCPT")
    dovecot.append(message(LEVEL1, subject="Poppy Lindqvist"))
    build_daemon(imap_rig.settings, make_engine(imap_rig.url), schedule=False).run(once=True)
    reasons = {i.reason for i in exception_items(make_engine(imap_rig.url), WorkingCalendar())}
    assert reasons & {"effect_failed:acknowledge", "effect_failed:level1_response"}


def test_the_imap_server_going_away_does_not_stop_the_daemon(
    imap_rig, dovecot: DovecotAccount, smtp_capture: SmtpCapture
) -> None:  # type: ignore[no-untyped-def]
    daemon = build_daemon(imap_rig.settings, make_engine(imap_rig.url), schedule=False)
    thread = threading.Thread(target=daemon.run)
    thread.start()
    try:
        time.sleep(1.0)
        dovecot.stop()
        time.sleep(2.0)
        dovecot.start()
        dovecot.append(message(LEVEL1, subject="Poppy Lindqvist"))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(smtp_capture.messages) < 2:
            time.sleep(0.2)
        # the source reconnected by itself (with backoff) and the daemon carried on
        assert len(smtp_capture.messages) == 2 and thread.is_alive()
    finally:
        daemon.stop.set()
        thread.join(timeout=15)


def test_replies_are_kept_in_the_configured_sent_folder(
    imap_rig, dovecot: DovecotAccount, smtp_capture: SmtpCapture, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import yaml

    config = tmp_path / "mailbot.yaml"
    data = yaml.safe_load(config.read_text())
    data["mailboxes"]["cass"]["sent_folder"] = "Sent"
    config.write_text(yaml.safe_dump(data))
    settings = load_settings(config)
    dovecot.append(message(LEVEL1, subject="Poppy Lindqvist"))
    build_daemon(settings, make_engine(imap_rig.url), schedule=False).run(once=True)
    sent_ids = {
        str(c.message["Message-ID"])
        for c in smtp_capture.messages
        if c.rcpt_tos == ["dana.reeve@elmridge.police.uk"]
    }
    kept = dovecot.list("Sent")
    assert len(sent_ids) == 2 and len(kept) == 2
    kept_ids = {str(message_from_bytes(m.raw, policy=policy.default)["Message-ID"]) for m in kept}
    assert kept_ids == sent_ids and all(b"\\Seen" in m.flags for m in kept)


def test_a_backlog_is_moved_many_at_a_time_and_never_fetched_twice(
    imap_rig, dovecot: DovecotAccount, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import mailbot.daemon as daemon_module
    from mailbot.sources.imap import ImapSource

    monkeypatch.setattr(daemon_module, "FETCH_BATCH", 10)
    monkeypatch.setattr(daemon_module, "MOVE_BATCH", 25)
    moves: list[int] = []
    real_move_many = ImapSource.move_many

    def counted(self: ImapSource, keys: list[str], folder: str) -> list[str]:
        moves.append(len(keys))
        return real_move_many(self, keys, folder)

    monkeypatch.setattr(ImapSource, "move_many", counted)
    for n in range(60):
        dovecot.append(message(LEVEL1, subject=f"Poppy Lindqvist {n}"))

    summary = build_daemon(imap_rig.settings, make_engine(imap_rig.url), schedule=False).run(
        once=True
    )
    assert summary.taken == 60 and summary.seen_again == 0  # none fetched again meanwhile
    assert moves == [30, 30]  # after 25 or more taken, and not after each fetch of 10
    assert dovecot.list("INBOX") == [] and len(dovecot.list("Processed")) == 60


def test_on_stop_the_moves_that_waited_are_done_before_the_daemon_exits(
    imap_rig, dovecot: DovecotAccount, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import mailbot.daemon as daemon_module

    monkeypatch.setattr(daemon_module, "FETCH_BATCH", 10)
    monkeypatch.setattr(daemon_module, "MOVE_BATCH", 1000)  # never reached here
    monkeypatch.setattr(daemon_module, "MOVE_SECONDS", 3600.0)
    for n in range(40):
        dovecot.append(message(LEVEL1, subject=f"Poppy Lindqvist {n}"))
    daemon = build_daemon(imap_rig.settings, make_engine(imap_rig.url), schedule=False)
    real_take_many = daemon.intake.take_many
    batches = [0]

    def stop_after_two(*args, **kwargs):  # type: ignore[no-untyped-def]
        taken = real_take_many(*args, **kwargs)
        batches[0] += 1
        if batches[0] == 2:
            daemon.stop.set()  # as SIGTERM does
        return taken

    monkeypatch.setattr(daemon.intake, "take_many", stop_after_two)
    summary = daemon.run()

    assert summary.taken == 20
    assert len(dovecot.list("Processed")) == 20  # moved before it exited
    assert len(dovecot.list("INBOX")) == 20  # the rest untouched, for the next start
