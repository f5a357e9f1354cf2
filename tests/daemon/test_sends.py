"""The executor's run of sends over SMTP (a real aiosmtpd capture): the next message is
composed while the server takes this one, and nothing about once-only sending changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from classifiers.model import CategoryModel
from mailbot.executor import SEND_KINDS
from mailbot.intake import Intake
from mailbot.senders.smtp import SmtpSender
from mailbot.sources.maildir import MaildirSource
from mailbot.store.db import make_engine
from mailbot.store.models import effects
from mailbot.wiring import Composer, build_executor
from tests.fixtures.smtp import SmtpCapture
from tests.shell.mail import message

from .conftest import make_rig

LEVEL1 = (
    "Does Poppy Lindqvist (02/03/2014) have an allocated social worker? A name and number please."
)


def _decided(tmp_path: Path, count: int, text: str = LEVEL1):  # type: ignore[no-untyped-def]
    """A store holding `count` decided requests (level-1 ones unless `text` says otherwise),
    none of their effects carried out."""
    rig = make_rig(tmp_path, f"sqlite:///{tmp_path / 'store.sqlite3'}")
    for i in range(count):
        rig.deliver(message(f"{text} ({i})", subject=f"Poppy Lindqvist {i}"))
    engine = make_engine(rig.url)
    intake = Intake(rig.settings, engine, CategoryModel())
    for fetched in MaildirSource(rig.folder / "mail" / "cass").fetch_new():
        intake.take("cass", fetched)
    return rig, engine


def _sender(capture: SmtpCapture) -> SmtpSender:
    return SmtpSender(capture.host, capture.port, security="none", timeout=5.0)


def test_the_next_message_is_composed_while_the_server_takes_this_one(
    tmp_path: Path, smtp_capture: SmtpCapture, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig, engine = _decided(tmp_path, 2)
    in_data = [False]
    composed_during_data: list[bool] = []
    data = SmtpSender._data

    def watched_data(conn, payload, meanwhile):  # type: ignore[no-untyped-def]
        in_data[0] = True
        try:
            return data(conn, payload, meanwhile)
        finally:
            in_data[0] = False

    compose = Composer.__call__

    def watched_compose(self, job):  # type: ignore[no-untyped-def]
        composed_during_data.append(in_data[0])
        return compose(self, job)

    monkeypatch.setattr(SmtpSender, "_data", staticmethod(watched_data))
    monkeypatch.setattr(Composer, "__call__", watched_compose)
    smtp_capture.slow_down(0.05)
    with _sender(smtp_capture) as sender:
        executor = build_executor(rig.settings, engine, "test", sender, {})
        counts = executor.run(executor.claim(SEND_KINDS))
    assert counts["done"] == 4 and len(smtp_capture.messages) == 4  # ack and level 1, twice
    # the first before any send; each later one while the one before it was on the wire
    assert composed_during_data == [False, True, True, True]
    with engine.connect() as conn:
        states = set(
            conn.execute(select(effects.c.state).where(effects.c.kind.in_(SEND_KINDS))).scalars()
        )
    assert states == {"done"}


def test_a_send_that_went_is_done_even_when_composing_the_next_breaks_the_run(
    tmp_path: Path, smtp_capture: SmtpCapture, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig, engine = _decided(tmp_path, 1)

    def broken(self, job):  # type: ignore[no-untyped-def]
        raise RuntimeError("the store went away")

    with _sender(smtp_capture) as sender:
        executor = build_executor(rig.settings, engine, "test", sender, {})
        jobs = executor.claim(SEND_KINDS)
        assert len(jobs) == 2
        compose_once = executor._compose
        calls = iter([compose_once, lambda job: broken(executor, job)])
        monkeypatch.setattr(executor, "_compose", lambda job: next(calls)(job))
        with pytest.raises(RuntimeError, match="store went away"):
            executor.run(jobs)
    assert len(smtp_capture.messages) == 1
    with engine.connect() as conn:
        rows = dict(
            conn.execute(
                select(effects.c.id, effects.c.state).where(effects.c.id.in_([j.id for j in jobs]))
            ).all()
        )
    # the one that went is recorded done (never sent again); the other is still to do
    assert rows == {jobs[0].id: "done", jobs[1].id: "pending"}


class _SendOnly:
    """A sender that cannot say when its message has gone: `send` and nothing else."""

    def __init__(self, sender: SmtpSender) -> None:
        self.send = sender.send


def test_without_the_overlap_the_sends_are_the_same(
    tmp_path: Path, smtp_capture: SmtpCapture
) -> None:
    rig, engine = _decided(tmp_path, 2)
    with _sender(smtp_capture) as sender:
        executor = build_executor(rig.settings, engine, "test", _SendOnly(sender), {})  # type: ignore[arg-type]
        assert executor.send_overlapping is None
        counts = executor.run(executor.claim(SEND_KINDS))
    assert counts["done"] == 4
    ids = [str(c.message["Message-ID"]) for c in smtp_capture.messages]
    assert len(ids) == 4 == len(set(ids))
