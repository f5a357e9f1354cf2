"""Classification in worker processes.

Parsing and classifying a message (the stdlib MIME parser, the signals, the spaCy model) is
pure and the daemon's heaviest CPU work; in one interpreter it shares the GIL with committing
decisions and carrying out effects. A pool of worker processes classifies a fetched batch
ahead of the mailbox thread, which still decides (routing against the live world) and commits
one message at a time, in order, exactly as before: a worker only ever returns evidence.

Each worker is a spawned process with its own pipe, so its results come back in the order its
tasks went in and the message it had in hand when it died is known. That message is tried
once more on a fresh worker (the death may have had nothing to do with it: an OOM kill, a
stray signal) and then failed, which the intake records at stage "decide"; the messages queued
behind it are simply resent. A worker that hangs on one message is killed after TASK_SECONDS
and the message failed at once, so a pathological message ends in the exceptions queue
instead of a restart loop.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from classifiers.evidence import Evidence
from classifiers.extract import ClassifierSettings, evidence_from
from classifiers.headers import MSG_ID_RE
from classifiers.mime import parse_message

log = logging.getLogger("mailbot.workers")

# one message classifying longer than this is taken to hang: below the daemon's watchdog
# staleness (60 s), so a hang ends as one failed message, not a restart loop
TASK_SECONDS = 45.0
RESULT_SECONDS = 55.0  # how long the intake waits for an answer at most
ATTEMPTS = 2  # a message whose worker died with it in hand: tried once more, then failed
WINDOW = 8  # tasks in flight per worker: enough that it never waits for the next one
NICENESS = 5


class WorkerDied(Exception):
    """The worker process died, or was killed for hanging, with this message in hand."""


class PoolUnavailable(Exception):
    """No worker can be had (closed, or the workers cannot even start): decide in-process."""


def referenced_ids(headers: dict[str, list[str]]) -> list[str]:
    """The Message-IDs a message answers (In-Reply-To, References), in header order."""
    return [
        m
        for name in ("in-reply-to", "references")
        for v in headers.get(name, [])
        for m in MSG_ID_RE.findall(v)
    ]


@dataclass(frozen=True)
class Classified:
    """A worker's answer: the evidence, and the ids whose owners the store must look up. When
    `thread_references` is None the evidence was made without thread references, which is
    what the intake would have passed too unless one of `referenced_ids` is our own mail."""

    evidence: Evidence
    referenced_ids: tuple[str, ...]
    thread_references: tuple[str, ...] | None


def classify(
    raw: bytes,
    settings: ClassifierSettings,
    model: Any,
    thread_references: Sequence[str] | None,
) -> Classified:
    """What a worker does with one message (and a test can do in-process to compare)."""
    parsed = parse_message(raw)
    ids = referenced_ids(parsed.headers)
    refs = list(thread_references) if thread_references is not None else []
    evidence = evidence_from(parsed, settings, model, refs)
    return Classified(
        evidence, tuple(ids), tuple(thread_references) if thread_references is not None else None
    )


# --- the worker process -----------------------------------------------------------------


def _portable(exc: BaseException) -> BaseException:
    """The exception itself when it survives the pipe, else its class name and text."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {str(exc)[:200]}")


def _worker_main(conn: Connection, settings_blob: bytes, model_factory: Callable[[], Any]) -> None:
    # the parent stops its workers itself once the message in hand is done: a SIGTERM to the
    # whole service (systemd signals every process of the unit) must not kill that message
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # it only works ahead: the processes that hold the store's write lock come first for the
    # CPU (a lock holder descheduled in favour of a classifier stalls every writer)
    with contextlib.suppress(OSError):  # a unit that filters setpriority says EPERM
        os.nice(NICENESS)
    settings: dict[str, ClassifierSettings] = pickle.loads(settings_blob)
    model = model_factory()
    conn.send(("ready",))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        if task[0] == "settings":  # the case directory was reloaded
            settings = pickle.loads(task[1])
            continue
        _, task_id, mailbox, raw, refs = task
        try:
            reply: tuple[Any, ...] = (task_id, True, classify(raw, settings[mailbox], model, refs))
        except Exception as exc:  # the intake fails the message at stage "decide", as in-process
            reply = (task_id, False, _portable(exc))
        try:
            conn.send(reply)
        except OSError:
            return  # the parent is gone
        except Exception as exc:  # the answer would not pickle: say so instead
            conn.send((task_id, False, RuntimeError(f"unpicklable result: {type(exc).__name__}")))


# --- the parent's side ------------------------------------------------------------------


@dataclass
class _Task:
    id: int
    mailbox: str
    raw: bytes
    refs: tuple[str, ...] | None
    future: Future[Classified] = field(default_factory=Future)
    attempts: int = 0


@dataclass
class _Worker:
    index: int
    process: Any = None
    conn: Any = None
    ready: bool = False
    pending: deque[_Task] = field(default_factory=deque)  # sent, answered in this order
    outbox: deque[Any] = field(default_factory=deque)  # tasks and control messages to send
    head_since: float = 0.0  # when the task at the head of `pending` started, roughly


class ClassifierPool:
    """Worker processes that classify; `submit` returns a future per message.

    Per worker, one thread writes its pipe and another reads it: the worker itself reads a
    task, answers, reads the next, so it can never block its parent with full buffers."""

    def __init__(
        self,
        processes: int,
        settings: dict[str, ClassifierSettings],
        model_factory: Callable[[], Any] | None = None,
        task_seconds: float = TASK_SECONDS,
        context: str = "spawn",  # no fork: the daemon has threads (and connections) running
    ) -> None:
        if model_factory is None:
            from classifiers.model import CategoryModel

            model_factory = CategoryModel
        self._ctx: Any = multiprocessing.get_context(context)
        self._model_factory = model_factory
        self._settings_blob = pickle.dumps(settings)
        self.task_seconds = task_seconds
        self._cond = threading.Condition()  # guards everything below and the workers' queues
        self._closed = False
        self.failed = False  # a worker died before it was ready: the pool is given up
        self._next_id = 0
        self.deaths = 0
        self._workers = [_Worker(i) for i in range(max(1, processes))]
        for w in self._workers:
            self._start(w)
            for target, role in ((self._drive, "reader"), (self._feed, "writer")):
                threading.Thread(
                    target=target, args=(w,), name=f"classifier-{w.index}-{role}", daemon=True
                ).start()

    # --- for the intake ------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """True once a worker has loaded the model (until then the intake decides itself)."""
        return not self._closed and not self.failed and any(w.ready for w in self._workers)

    def submit(
        self, mailbox: str, raw: bytes, thread_references: Sequence[str] | None = None
    ) -> Future[Classified]:
        """Queue one message; the future raises WorkerDied after ATTEMPTS deaths with it in
        hand, PoolUnavailable when the pool closes or gives up first."""
        refs = tuple(thread_references) if thread_references is not None else None
        with self._cond:
            self._next_id += 1
            task = _Task(self._next_id, mailbox, raw, refs)
            if self._closed or self.failed:
                task.future.set_exception(PoolUnavailable("no classifier workers"))
                return task.future
            w = min(self._workers, key=lambda w: len(w.pending) + len(w.outbox))
            w.outbox.append(task)
            self._cond.notify_all()
        return task.future

    def update_settings(self, settings: dict[str, ClassifierSettings]) -> None:
        """New classifier settings (a reloaded directory) for the messages submitted next."""
        blob = pickle.dumps(settings)
        with self._cond:
            if blob == self._settings_blob:
                return
            self._settings_blob = blob
            for w in self._workers:
                w.outbox.append(("settings", blob))
            self._cond.notify_all()

    def close(self, grace: float = 3.0) -> None:
        """Stop the workers (each finishes the message in hand) and fail what still waits."""
        with self._cond:
            if self._closed:
                return
            self._closed = True
            for w in self._workers:
                w.outbox.clear()
                w.outbox.append(None)
            self._cond.notify_all()
        deadline = time.monotonic() + grace
        for w in self._workers:
            if w.process is not None:
                w.process.join(max(0.0, deadline - time.monotonic()))
                if w.process.is_alive():
                    w.process.kill()
                    w.process.join(1.0)
        self._fail_all(PoolUnavailable("the classifier pool is closed"))

    # --- inside --------------------------------------------------------------------------

    def _start(self, w: _Worker) -> None:
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(
            target=_worker_main,
            args=(child, self._settings_blob, self._model_factory),
            name=f"mailbot-classifier-{w.index}",
            daemon=True,
        )
        process.start()
        child.close()
        with self._cond:
            w.process, w.conn, w.ready = process, parent, False
            self._cond.notify_all()

    def _feed(self, w: _Worker) -> None:
        """The writer: sends what fits in the worker's window, in order."""
        while True:
            with self._cond:
                while not (
                    w.conn is not None
                    and w.outbox
                    and (len(w.pending) < WINDOW or not isinstance(w.outbox[0], _Task))
                ):
                    if self._closed and w.conn is None:
                        return
                    self._cond.wait()
                item = w.outbox.popleft()
                conn = w.conn
                if isinstance(item, _Task):
                    if not w.pending:
                        w.head_since = time.monotonic()
                    w.pending.append(item)
                    message: Any = ("task", item.id, item.mailbox, item.raw, item.refs)
                else:
                    message = item
            with contextlib.suppress(OSError):  # the worker died: its reader resends its tasks
                conn.send(message)
            if item is None:
                return

    def _drive(self, w: _Worker) -> None:
        """The reader: results in order; notices the worker's death or a hang; restarts it."""
        while True:
            conn, process = w.conn, w.process
            try:
                ready = wait([conn, process.sentinel], timeout=1.0)
            except OSError:
                ready = [process.sentinel]
            if conn in ready:
                try:
                    message = conn.recv()
                except (EOFError, OSError):
                    message = None
                if message is not None:
                    self._received(w, message)
                    continue
            hung = (
                w.ready and bool(w.pending) and time.monotonic() - w.head_since > self.task_seconds
            )
            if process.sentinel in ready or conn in ready or hung:
                if hung:
                    log.error("classifier worker=%d hung on one message: killed", w.index)
                    process.kill()
                process.join(5.0)
                if not self._died(w, hung):
                    return

    def _received(self, w: _Worker, message: tuple[Any, ...]) -> None:
        with self._cond:
            if message[0] == "ready":
                w.ready = True
                return
            task_id, ok, value = message
            if not w.pending or w.pending[0].id != task_id:  # cannot be: start it afresh
                log.error("classifier worker=%d answered out of turn: killed", w.index)
                w.process.kill()  # its reader resends what it had
                return
            task = w.pending.popleft()
            w.head_since = time.monotonic()
            self._cond.notify_all()
        if ok:
            task.future.set_result(value)
        else:
            task.future.set_exception(value)

    def _died(self, w: _Worker, hung: bool) -> bool:
        """Settle the dead worker's tasks and start another; False when the reader ends."""
        code = w.process.exitcode
        with self._cond:
            in_hand = w.pending.popleft() if w.pending else None
            resend = [*w.pending, *(t for t in w.outbox if isinstance(t, _Task))]
            w.pending.clear()
            w.outbox.clear()
            w.conn = None  # not closed here: the writer may be inside a send on it
            closed = self._closed
            if not w.ready and not closed:
                self.failed = True  # it cannot even load the model: restarting won't help
            w.ready = False
            self._cond.notify_all()
        if closed or self.failed:
            if not closed:
                log.error("classifier worker=%d could not start: deciding in-process", w.index)
            self._fail_all(PoolUnavailable("no classifier workers"))
            for task in [*([in_hand] if in_hand else []), *resend]:
                task.future.set_exception(PoolUnavailable("no classifier workers"))
            return False
        self.deaths += 1
        log.error("classifier worker=%d died exitcode=%s: restarting", w.index, code)
        if in_hand is not None:
            in_hand.attempts += 1
            if hung:  # another TASK_SECONDS would outlast the watchdog
                in_hand.future.set_exception(
                    WorkerDied(
                        f"the classifier worker hung on this message ({self.task_seconds:.0f} s)"
                    )
                )
            elif in_hand.attempts >= ATTEMPTS:
                in_hand.future.set_exception(
                    WorkerDied(
                        f"the classifier worker died with this message in hand, twice (exit code {code})"
                    )
                )
            else:
                resend.insert(0, in_hand)
        with self._cond:
            w.outbox.extend(resend)  # the new process starts with the current settings
        self._start(w)
        return True

    def _fail_all(self, exc: Exception) -> None:
        with self._cond:
            tasks = [
                t for w in self._workers for t in (*w.pending, *w.outbox) if isinstance(t, _Task)
            ]
            for w in self._workers:
                w.pending.clear()
                w.outbox = deque(t for t in w.outbox if not isinstance(t, _Task))
            self._cond.notify_all()
        for task in tasks:
            if not task.future.done():
                task.future.set_exception(exc)
