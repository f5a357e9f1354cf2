"""Worker processes: classification ahead of the intake, and effects in a process of their own.

A worker decides nothing: the same message gets the same decision whether it was classified
in a worker or in-process; a worker that dies or hangs loses no message; the daemon on a
backlog with its workers does what it does without them; SIGTERM still ends it promptly.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from classifiers.model import CategoryModel
from mailbot.effects import KINDS
from mailbot.intake import POOL_START_BATCH, Intake
from mailbot.sources.base import FetchedMessage
from mailbot.store.db import make_engine
from mailbot.store.models import decisions, effects, messages
from mailbot.workers import ClassifierPool, WorkerDied
from tests.fixtures.processes import live_group_members
from tests.fixtures.smtp import SmtpCapture
from tests.shell.mail import message

from .conftest import Rig, make_rig

ROOT = Path(__file__).resolve().parents[2]
MAILBOT = str(Path(sys.executable).parent / "mailbot")
ARRIVED = datetime(2026, 9, 1, 9, 5, tzinfo=UTC)
POISON = "poison-pill-for-the-worker"
HANG = "hang-the-worker"
LEVEL1 = (
    "Does Poppy Lindqvist (02/03/2014) have an allocated social worker? A name and number please."
)


class DyingModel:
    """The real model, except that a marked message kills (or hangs) the worker process."""

    def __init__(self) -> None:
        self.model = CategoryModel()

    def scores(self, text: str) -> dict[str, float]:
        if POISON.replace("-", " ") in text or POISON in text:
            os._exit(3)
        if HANG.replace("-", " ") in text or HANG in text:
            time.sleep(3600)
        return self.model.scores(text)


def _corpus(limit_per_mailbox: int = 12) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for mailbox in ("cass", "dcs"):
        paths = sorted(ROOT.glob(f"tests/corpus/part-*/{mailbox}/*.eml"))
        step = max(1, len(paths) // limit_per_mailbox)
        found += [(mailbox, p.read_bytes()) for p in paths[::step][:limit_per_mailbox]]
    return found


def _fetched(raw: bytes, key: str) -> FetchedMessage:
    return FetchedMessage(key=key, raw=raw, arrived=ARRIVED)


def _count(url: str, table: Any, *where: Any) -> int:
    with make_engine(url).connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def test_a_worker_classifies_exactly_as_the_intake_does(rig: Rig) -> None:
    intake = Intake(rig.settings, make_engine(rig.url), CategoryModel(), workers=1)
    pool = ClassifierPool(1, intake.classifier_settings)
    try:
        corpus = _corpus()
        futures = [pool.submit(mailbox, raw) for mailbox, raw in corpus]
        for i, ((mailbox, raw), future) in enumerate(zip(corpus, futures, strict=True)):
            fetched = _fetched(raw, f"k{i}")
            in_process = intake.decide(mailbox, fetched)
            in_worker = intake._decide_evidence(
                mailbox, fetched, intake._evidence_prepared(mailbox, fetched, future)
            )
            assert in_worker.to_json() == in_process.to_json(), i
    finally:
        pool.close()


def test_a_reply_to_our_own_mail_is_classified_again_with_its_thread(rig: Rig) -> None:
    """The worker cannot see the store: when a message answers our own mail, the intake
    looks its references up and has it classified again with them, as in-process."""
    rig.deliver(message(LEVEL1, subject="Poppy Lindqvist"))
    rig.run_once()
    ack = next(m for m in rig.sent() if m["X-Mailbot-Kind"] == "acknowledgement")
    reply = message("Thanks - one more thing, her brother may be staying there too.", subject="thanks",
                    extra={"In-Reply-To": ack["Message-ID"], "References": ack["Message-ID"]})  # fmt: skip
    intake = Intake(rig.settings, make_engine(rig.url), CategoryModel(), workers=1)
    intake.pool = ClassifierPool(1, intake.classifier_settings)
    try:
        fetched = _fetched(reply, "reply")
        future = intake.pool.submit("cass", reply)
        in_worker = intake._decide_evidence(
            "cass", fetched, intake._evidence_prepared("cass", fetched, future)
        )
        in_process = intake.decide("cass", fetched)
        assert in_worker.category == "follow_up" and in_worker.related_reference
        assert in_worker.to_json() == in_process.to_json()
    finally:
        intake.close()


def test_a_worker_that_dies_is_replaced_and_its_message_tried_once_more() -> None:
    settings = _classifier_settings()
    pool = ClassifierPool(1, settings, model_factory=DyingModel)
    try:
        before = pool.submit("cass", message(LEVEL1))
        poisoned = pool.submit("cass", message(f"{POISON} {LEVEL1}"))
        after = [pool.submit("cass", message(LEVEL1)) for _ in range(3)]
        assert before.result(timeout=60).evidence.category
        with pytest.raises(WorkerDied):
            poisoned.result(timeout=60)
        # the messages queued behind it were sent again to the new worker, not lost
        assert all(f.result(timeout=60).evidence.category for f in after)
        assert pool.deaths == 2  # the message in hand was tried twice
        assert pool.submit("cass", message(LEVEL1)).result(timeout=60)
    finally:
        pool.close()


def test_a_worker_that_hangs_is_killed() -> None:
    pool = ClassifierPool(1, _classifier_settings(), model_factory=DyingModel, task_seconds=1.0)
    try:
        hung = pool.submit("cass", message(f"{HANG} {LEVEL1}"))
        with pytest.raises(WorkerDied, match="hung"):
            hung.result(timeout=90)
        assert pool.submit("cass", message(LEVEL1)).result(timeout=60)
    finally:
        pool.close()


def test_a_message_whose_worker_dies_goes_to_the_exceptions_queue_at_decide(rig: Rig) -> None:
    intake = Intake(rig.settings, make_engine(rig.url), CategoryModel(), workers=1)
    intake.pool = ClassifierPool(1, intake.classifier_settings, model_factory=DyingModel)
    try:
        while not intake.pool.ready:
            time.sleep(0.05)
        raws = [message(LEVEL1, subject=f"request {i}") for i in range(4)]
        raws.insert(2, message(f"{POISON} {LEVEL1}", subject="poisoned"))
        batch = [_fetched(raw, f"key{i}") for i, raw in enumerate(raws)]
        prepared = intake.prepare("cass", batch)
        assert all(p.classified is not None for p in prepared)
        taken = [intake.take("cass", f, p) for f, p in zip(batch, prepared, strict=True)]
    finally:
        intake.close()
    assert [t.failed_stage for t in taken] == [None, None, "decide", None, None]
    assert all(t.decision is not None for i, t in enumerate(taken) if i != 2)
    with make_engine(rig.url).connect() as conn:
        row = conn.execute(
            select(messages.c.state, messages.c.stage, messages.c.error).where(
                messages.c.id == taken[2].message_pk
            )
        ).one()
    assert row.state == "failed" and row.stage == "decide" and "WorkerDied" in row.error
    assert _count(rig.url, decisions) == 4


def test_the_same_message_twice_in_one_batch_is_decided_once(rig: Rig) -> None:
    """The batch is looked up at once; a copy later in the same batch is still recognised."""
    intake = Intake(rig.settings, make_engine(rig.url), CategoryModel())
    raw = message(LEVEL1, subject="twice")
    batch = [_fetched(raw, "first"), _fetched(message(LEVEL1), "other"), _fetched(raw, "again")]
    taken = [intake.take("cass", f, p) for f, p in zip(batch, intake.prepare("cass", batch), strict=True)]  # fmt: skip
    assert [t.new for t in taken] == [True, True, False]
    assert taken[2].message_pk == taken[0].message_pk
    assert _count(rig.url, decisions) == 2


def _classifier_settings() -> Any:
    from mailbot.triage import classifier_settings_for
    from routing.world import Directory

    rig_settings = _settings_only()
    return classifier_settings_for(rig_settings, Directory([]))


def _settings_only() -> Any:
    import tempfile

    import yaml

    from mailbot.config import load_settings

    folder = Path(tempfile.mkdtemp(prefix="mailbot-workers-"))
    data = yaml.safe_load((ROOT / "config" / "mailbot.example.yaml").read_text())
    data["state_dir"] = str(folder)
    (folder / "mailbot.yaml").write_text(yaml.safe_dump(data))
    return load_settings(folder / "mailbot.yaml")


# --- the daemon on a backlog ----------------------------------------------------------------


def _backlog(rig: Rig, count: int) -> None:
    for i in range(count):
        body = LEVEL1 if i % 3 else "Please find attached the minutes of the strategy meeting."
        rig.deliver(message(body, subject=f"backlog {i}"))


def _outcome(rig: Rig) -> tuple[Counter[tuple[str, str]], Counter[str], int]:
    with make_engine(rig.url).connect() as conn:
        decided = Counter(
            (str(r[0]), str(r[1]))
            for r in conn.execute(
                select(messages.c.message_id, decisions.c.category).join(
                    decisions, decisions.c.message_pk == messages.c.id
                )
            )
        )
        kinds = Counter(
            str(r[0]) for r in conn.execute(select(effects.c.kind).where(effects.c.state == "done"))
        )
    pending = _count(rig.url, effects, effects.c.state == "pending")
    return decided, kinds, pending


def test_a_backlog_with_workers_ends_as_it_does_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("mailbot.daemon.FETCH_BATCH", POOL_START_BATCH + 5)  # several batches
    count = POOL_START_BATCH * 4
    results = []
    for workers in (0, 1):
        folder = tmp_path / f"workers-{workers}"
        folder.mkdir()
        rig = make_rig(folder, f"sqlite:///{folder / 'store.sqlite3'}",
                       workers={"classify": workers, "effects": bool(workers)})  # fmt: skip
        _backlog(rig, count)
        daemon = rig.daemon()
        pool = daemon.intake._pool(POOL_START_BATCH)  # started now, so that it is ready
        while pool is not None and not pool.ready:
            time.sleep(0.05)
        summary = daemon.run(once=True)
        assert summary.taken == count and summary.failed == 0
        if workers:
            assert pool is not None and pool._next_id >= count  # every message went through it
            assert daemon.effects is not None and daemon._effects_running
        assert rig.inbox_count("cass") == 0
        results.append((_outcome(rig), len(rig.sent())))
    (without, sent_without), (with_workers, sent_with) = results
    # message ids differ between the two backlogs (each rig numbers its own): compare counts
    assert sorted(Counter(c for _, c in without[0]).items()) == sorted(
        Counter(c for _, c in with_workers[0]).items()
    )
    assert without[1] == with_workers[1] and without[2] == with_workers[2] == 0
    assert sent_without == sent_with > 0


def test_a_dead_effects_process_is_replaced_and_nothing_is_lost(
    tmp_path: Path, smtp_capture: SmtpCapture
) -> None:
    smtp_capture.slow_down(0.02)  # a slow relay: the effects process holds claims for seconds
    rig = make_rig(tmp_path, f"sqlite:///{tmp_path / 'store.sqlite3'}",
                   workers={"classify": 0, "effects": True},
                   sender={"type": "smtp", "host": smtp_capture.host, "port": smtp_capture.port,
                           "security": "none"})  # fmt: skip
    total = POOL_START_BATCH * 3
    for i in range(total):  # a sender each, so no reply is held back by the per-sender limit
        body = LEVEL1 if i % 3 else "Please find attached the minutes of the strategy meeting."
        sender = f"Officer {i} <officer{i}@elmridge.police.uk>"
        rig.deliver(message(body, subject=f"backlog {i}", sender=sender))
    daemon = rig.daemon()
    assert daemon.effects is not None
    effects_process = daemon.effects
    original_poll = effects_process.poll
    killed: list[int] = []
    store = sqlite3.connect(f"file:{tmp_path / 'store.sqlite3'}?mode=ro", uri=True)

    def in_hand() -> int:  # a plain read: under WAL it never waits on the frozen process's lock
        kinds = ", ".join(f"'{k}'" for k in KINDS)  # not the moves, which the mailbox claims
        query = (
            "SELECT count(*) FROM effects WHERE state = 'pending' AND claimed_by IS NOT NULL"
            f" AND kind IN ({kinds})"
        )
        return int(store.execute(query).fetchone()[0])

    def poll_then_kill(timeout: float = 0.0) -> dict[str, int]:
        counts = original_poll(timeout)
        if not killed and effects_process.ready and effects_process.alive:
            # Frozen first, so it cannot finish its work between the look and the kill.
            pid = effects_process._process.pid
            os.kill(pid, signal.SIGSTOP)
            if in_hand():
                killed.append(pid)
                os.kill(pid, signal.SIGKILL)
            else:
                os.kill(pid, signal.SIGCONT)
        return counts

    effects_process.poll = poll_then_kill  # type: ignore[method-assign]
    try:
        summary = daemon.run(once=True)
    finally:
        store.close()
    assert killed and effects_process.restarts == 1
    assert summary.taken == total
    decided, kinds, pending = _outcome(rig)
    assert pending == 0 and len(decided) == total
    assert kinds["acknowledge"] == kinds["level1_response"] == total * 2 // 3
    # what the killed process had sent but not recorded goes again, under the same Message-ID
    sent = [c.message["Message-ID"] for c in smtp_capture.messages]
    assert len(set(sent)) == kinds["acknowledge"] + kinds["level1_response"] + kinds["notify"]
    assert len(sent) - len(set(sent)) <= 1


def test_sigterm_on_a_backlog_stops_the_daemon_and_its_workers_promptly(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, f"sqlite:///{tmp_path / 'store.sqlite3'}",
                   workers={"classify": 1, "effects": True})  # fmt: skip
    total = POOL_START_BATCH * 20
    _backlog(rig, total)
    config = tmp_path / "mailbot.yaml"
    process = subprocess.Popen(
        [MAILBOT, "--config", str(config), "run"],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the workers are found by it
    )
    working = threading.Event()

    def read_log() -> None:  # drained all along: a full pipe would block the daemon
        assert process.stderr is not None
        for line in process.stderr:
            if "effects: carried out in process" in line:
                working.set()

    threading.Thread(target=read_log, daemon=True).start()
    try:
        assert working.wait(120)
        time.sleep(0.3)
        stopped_at = time.monotonic()
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)
        assert time.monotonic() - stopped_at < 10
        left = live_group_members(process.pid)
        deadline = time.monotonic() + 5
        while left and time.monotonic() < deadline:
            time.sleep(0.1)
            left = live_group_members(process.pid)
        assert not left, f"worker processes outlived the daemon: {left}"
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
    partly = _outcome(rig)[0]
    assert 0 < len(partly) < total, "SIGTERM came in the middle of the backlog"
    # what was decided was decided once; a second run finishes the rest
    rig.run_once()
    decided, _, pending = _outcome(rig)
    assert len(decided) == total and all(n == 1 for n in decided.values()) and pending == 0
    assert rig.inbox_count("cass") == 0


def test_the_effects_process_starts_without_the_classifiers_model_or_migrations() -> None:
    # what `effects._child_main` imports: spaCy and Alembic took most of a second to load,
    # the time a restarted effects process keeps a backlog's replies waiting
    code = (
        "import sys\n"
        "import mailbot.effects\n"
        "from mailbot.store.db import make_engine\n"
        "from mailbot.wiring import build_executor, build_sender, configure_logging\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'spacy', 'thinc'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]", result.stdout
