"""The daemon: every configured mailbox in, decisions carried out, nothing lost or sent twice.

One thread per mailbox takes mail in (fetch, record, decide, plan) and moves what is done;
one executor thread carries out the other effects. On a backlog, worker processes classify
ahead of the mailbox threads (which still decide and commit one message at a time, in order)
and the effects move to a process of their own (mailbot.workers, mailbot.effects): one
interpreter's GIL is no longer shared by all of it. Mailboxes are leased in the database, so
several instances can share one PostgreSQL store: each mailbox is worked by one instance at
a time and taken over when its holder dies. SIGTERM lets each thread finish the message in
hand; the process exits within seconds.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine

from mailbot.config import Settings
from mailbot.effects import EffectsProcess
from mailbot.executor import SEND_KINDS, Executor, pending_count
from mailbot.intake import POOL_START_BATCH, Intake
from mailbot.leases import acquire, release, take_from_predecessor, take_over_claims
from mailbot.scheduler import Scheduler
from mailbot.sla import responses_in_sent
from mailbot.sources.base import AuthenticationFailed, Source, SourceError

log = logging.getLogger("mailbot.daemon")
FETCH_BATCH = 100
# With a source that skips what it handed over (`mark_taken`), a backlog's moves wait until
# this many messages were taken, or MOVE_SECONDS passed: a MOVE costs the server about as
# much for one message as for hundreds, since it rewrites the folder's index.
MOVE_BATCH = 500
MOVE_SECONDS = 10.0
WAIT_SLICE = 5.0  # seconds a wait may block before the stop flag is looked at again
STALE_AFTER = 60.0  # a mailbox thread silent this long is taken to be hung
SENT_SCAN_SECONDS = 300.0  # how often the Sent folder is read for staff replies
SENT_SCAN_DAYS = 45  # how far back (a response is due within 20 working days)


@dataclass
class Summary:
    taken: int = 0
    seen_again: int = 0
    failed: int = 0
    effects: dict[str, int] = field(
        default_factory=lambda: {"done": 0, "retry": 0, "failed": 0, "skipped": 0}
    )
    source_errors: int = 0

    def line(self) -> str:
        e = self.effects
        return (
            f"messages taken={self.taken} seen_again={self.seen_again} failed={self.failed}; "
            f"effects done={e['done']} retry={e['retry']} failed={e['failed']} skipped={e['skipped']}; "
            f"source_errors={self.source_errors}"
        )


class Daemon:
    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        intake: Intake,
        executor: Executor,
        sources: dict[str, Source],
        holder: str | None = None,
        heartbeat: Callable[[str], None] | None = None,
        scheduler: Scheduler | None = None,
        effects: EffectsProcess | None = None,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.intake = intake
        self.executor = executor
        self.sources = sources
        self.holder = holder or executor.holder
        self.stop = threading.Event()
        self.summary = Summary()
        self._lock = threading.Lock()
        self._held: set[str] = set()
        self.heartbeat = heartbeat or (lambda status: None)
        self._drained: dict[str, bool] = dict.fromkeys(sources, False)
        # each mailbox thread's last sign of life: the watchdog is fed only while all are alive,
        # so one hung thread restarts the service instead of being hidden by the others
        self._beats: dict[str, float] = dict.fromkeys(sources, time.monotonic())
        self.on_stop: list[Callable[[], None]] = []  # e.g. close the sender's connection
        self.scheduler = scheduler
        # the effects' own process, started when a backlog shows up; until then (and without
        # one) the executor runs on this process's main thread
        self.effects = effects
        self._backlog = threading.Event()
        self._effects_running = False

    # --- the loops -------------------------------------------------------------------------

    def run(self, once: bool = False) -> Summary:
        """Run until SIGTERM (or, with `once`, until everything waiting is done)."""
        threads = [
            threading.Thread(
                target=self._mailbox_loop, args=(name, once), name=f"mailbox-{name}", daemon=True
            )
            for name in self.sources
        ]
        for t in threads:
            t.start()
        last_reload = time.monotonic()
        last_schedule = 0.0
        try:
            while not self.stop.is_set():
                if (
                    self.scheduler
                    and time.monotonic() - last_schedule
                    >= self.settings.service_levels.scheduler_seconds
                ):
                    last_schedule = time.monotonic()
                    try:
                        planned = self.scheduler.tick()
                        if any(planned.values()):
                            log.info(
                                "scheduler %s", " ".join(f"{k}={v}" for k, v in planned.items())
                            )
                    except Exception as exc:  # the clocks must not stop the intake
                        log.error("scheduler error=%s", type(exc).__name__)
                counts = self._carry_out()
                self._count(counts)
                now = time.monotonic()
                effects_fresh = (
                    self.effects is None
                    or not self._effects_running
                    or now - self.effects.last_seen < STALE_AFTER
                )
                if effects_fresh and all(now - b < STALE_AFTER for b in self._beats.values()):
                    self.heartbeat(self.summary.line())
                if time.monotonic() - last_reload > self.settings.directory_reload_seconds:
                    self.intake.reload_directory()
                    last_reload = time.monotonic()
                finished = (
                    once and all(self._drained.values()) and not any(t.is_alive() for t in threads)
                )
                if finished and pending_count(self.engine, (*SEND_KINDS, "save_case_note")) == 0:
                    break
                if sum(counts.values()) == 0:
                    self.stop.wait(0.2)
        finally:
            self.stop.set()
            for t in threads:
                t.join(timeout=8)
            if self.effects is not None and self._effects_running:
                self._count(self.effects.stop())  # it finishes the effect in hand
            self.intake.close()  # the worker processes, once no thread waits on them
            for name in list(self._held):
                release(self.engine, name, self.holder)
            for close in self.on_stop:
                with contextlib.suppress(Exception):
                    close()
        return self.summary

    def _carry_out(self) -> dict[str, int]:
        """Sends and case notes: here, or (on a backlog) in the effects process."""
        if self.effects is None or not (self._effects_running or self._backlog.is_set()):
            return self.executor.run(self.executor.claim((*SEND_KINDS, "save_case_note")))
        if not self._effects_running:
            self.effects.start()  # between two runs here, so the two never claim at once
            self._effects_running = True
        counts = self.effects.poll()
        if not self.effects.alive:
            if self.effects.ready:
                self.effects.restart()  # its claims are this holder's: the new one takes them
            else:  # it cannot even start: carry on here (it claimed nothing)
                log.error("effects process could not start: effects carried out in-process")
                self.effects.stop()
                self.effects, self._effects_running = None, False
        return counts

    def _mailbox_loop(self, name: str, once: bool) -> None:
        try:
            self._work_mailbox(name, once)
        finally:
            with contextlib.suppress(Exception):  # closing a broken connection may fail too
                self.sources[name].close()

    def _work_mailbox(self, name: str, once: bool) -> None:
        source = self.sources[name]
        connected = False
        failures = 0
        lease_renewed = 0.0
        sent_scanned = 0.0
        mark_taken: Callable[[list[str]], None] | None = getattr(source, "mark_taken", None)
        unmoved = 0  # messages taken since their moves last ran
        moved_at = time.monotonic()
        while not self.stop.is_set():
            self._beats[name] = time.monotonic()
            try:
                if time.monotonic() - lease_renewed > self.settings.lease_seconds / 4:
                    seconds = self.settings.lease_seconds
                    held, taken_from = acquire(self.engine, name, self.holder, seconds)
                    if not held and not (
                        take_from_predecessor(self.engine, name, self.holder, seconds)
                    ):
                        self._held.discard(name)
                        if once:
                            self._drained[name] = True
                            return
                        self._sleep(name, self.settings.lease_seconds / 4)
                        continue
                    if name not in self._held:
                        freed = take_over_claims(self.engine, name, self.holder, taken_from)
                        log.info(
                            "mailbox=%s lease taken holder=%s freed_claims=%d",
                            name,
                            self.holder,
                            freed,
                        )
                    self._held.add(name)
                    lease_renewed = time.monotonic()
                if not connected:
                    source.connect()
                    connected = True
                if unmoved == 0 or mark_taken is None:
                    self._run_moves(name)  # retries and moves planned meanwhile
                    moved_at = time.monotonic()
                if time.monotonic() - sent_scanned > SENT_SCAN_SECONDS:
                    sent_scanned = time.monotonic()
                    self._scan_sent(name)
                batch = source.fetch_new(FETCH_BATCH)
                failures = 0
                if len(batch) >= POOL_START_BATCH:
                    self._backlog.set()
                # looked up at once and classified ahead in the worker processes, if any;
                # decided here in order, and committed together before any of them moves
                prepared = self.intake.prepare(name, batch)
                taken_now = self.intake.take_many(name, batch, prepared, self.stop.is_set)
                for taken in taken_now:
                    with self._lock:
                        if not taken.new:
                            self.summary.seen_again += 1
                        elif taken.failed_stage:
                            self.summary.failed += 1
                        else:
                            self.summary.taken += 1
                unmoved += len(taken_now)
                if mark_taken is not None:  # all recorded: not to be fetched again
                    mark_taken([fetched.key for fetched in batch[: len(taken_now)]])
                if (
                    mark_taken is None
                    or len(batch) < FETCH_BATCH
                    or unmoved >= MOVE_BATCH
                    or time.monotonic() - moved_at >= MOVE_SECONDS
                    or self.stop.is_set()  # leave the inbox tidy (a move of 500 takes ~0.1 s)
                ):
                    # the moves at once: one UID MOVE per folder
                    self._run_moves(name)
                    unmoved, moved_at = 0, time.monotonic()
                if batch and len(batch) >= FETCH_BATCH:
                    log.info("backlog mailbox=%s %s", name, self.summary.line())
                    continue
                if not batch:  # (its moves ran above: a short batch always runs them)
                    if once:
                        # sends still due may leave copies for this thread to keep (sent_copy)
                        if pending_count(
                            self.engine, (*SEND_KINDS, "move", "sent_copy"), mailbox=name
                        ):
                            self.stop.wait(0.1)
                            continue
                        self._drained[name] = True
                        return
                    source.wait(WAIT_SLICE)
            except AuthenticationFailed as exc:
                self._source_failed(name, exc, failures := failures + 1, loud=True)
                connected = False
            except SourceError as exc:
                self._source_failed(name, exc, failures := failures + 1)
                connected = False
            except Exception as exc:  # one mailbox failing must not stop the others
                self._source_failed(name, exc, failures := failures + 1)
                connected = False
            if once and failures >= 3:
                self._drained[name] = True
                return

    def _scan_sent(self, name: str) -> None:
        """Replies staff sent from the shared mailbox quoting a reference mark it responded."""
        folder = self.settings.mailboxes[name].sent_folder
        recent = getattr(self.sources[name], "recent_subjects", None)
        if not folder or recent is None:
            return
        prefixes = [m.reference_prefix for m in self.settings.mailboxes.values()]
        marked = responses_in_sent(self.engine, recent(folder, SENT_SCAN_DAYS), prefixes)
        if marked:
            log.info("mailbox=%s responses seen in the sent folder=%d", name, marked)

    def _run_moves(self, name: str) -> None:
        jobs = self.executor.claim(
            ("move", "sent_copy"), mailboxes=[name], limit=2 * MOVE_BATCH, with_original=False
        )
        if jobs:
            move_many = getattr(self.sources[name], "move_many", None)
            self._count(self.executor.run_moves([j for j in jobs if j.kind == "move"], move_many))
            self._count(self.executor.run([j for j in jobs if j.kind == "sent_copy"]))

    def _count(self, counts: dict[str, int]) -> None:
        with self._lock:
            for k, v in counts.items():
                self.summary.effects[k] += v

    def _source_failed(self, name: str, exc: Exception, failures: int, loud: bool = False) -> None:
        with self._lock:
            self.summary.source_errors += 1
        delay = min(300.0, 2.0**failures)
        level = logging.ERROR if loud else logging.WARNING
        log.log(level, "mailbox=%s source error=%s retry_in=%.0fs%s", name, type(exc).__name__, delay,
                " AUTHENTICATION FAILED: check the credentials" if loud else "")  # fmt: skip
        self._sleep(name, delay)

    def _sleep(self, name: str, seconds: float) -> None:
        """Wait, still showing signs of life (a mailbox waiting for its server is not hung)."""
        deadline = time.monotonic() + seconds
        while not self.stop.is_set() and time.monotonic() < deadline:
            self._beats[name] = time.monotonic()
            self.stop.wait(min(WAIT_SLICE, deadline - time.monotonic()))
