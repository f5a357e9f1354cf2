"""Carrying out effects in a process of their own, for a backlog.

Sending is a string of round trips (SMTP, commits, fsyncs) between bits of CPU work (composing,
serialising). In the daemon's process the executor thread must win the GIL back after every
round trip while a mailbox thread is deciding, which can take the whole switch interval each
time: on a backlog that waiting cost more than the work. In its own process the executor has
an interpreter to itself, and the daemon's process keeps its core for deciding.

There is exactly one such process per daemon instance and it claims under the instance's own
holder (a claim is per holder, so a second claimer under the same holder could take the same
effect). It dies with the daemon (PR_SET_PDEATHSIG, and the end of its pipe), so an instance
killed mid-backlog never leaves a sender behind to race whoever takes its mailboxes over. On
SIGTERM it finishes the effect in hand, gives back the claims it has not started, and exits.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import threading
import time
from typing import Any

from mailbot.config import Settings
from mailbot.executor import SEND_KINDS

log = logging.getLogger("mailbot.effects")

KINDS = (*SEND_KINDS, "save_case_note")
IDLE_SECONDS = 0.2  # the pause when nothing is due, as in the daemon's own loop
CLAIM_BATCH = 50  # the longer a batch's run of sends, the fewer commits (Executor._send_many)
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """SIGKILL this process when the daemon dies, however it dies."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            log.warning("effects: no PR_SET_PDEATHSIG errno=%d", ctypes.get_errno())
    except (OSError, AttributeError):  # not Linux: the pipe's end still stops the loop
        log.warning("effects: no PR_SET_PDEATHSIG on this system")
    if os.getppid() != parent:  # the daemon died before the line above
        os._exit(1)


def _child_main(
    conn: Any,
    parent: int,
    settings: Settings,
    url: str,
    holder: str,
    appendable: dict[str, bool],
    log_level: int,
) -> None:
    _die_with_parent(parent)
    stopping = threading.Event()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the daemon says when (Ctrl-C reaches all)
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())  # systemd signals every process
    # (not mailbot.runner: the classifiers and the rest of the daemon are not needed here)
    from mailbot.store.db import make_engine
    from mailbot.wiring import build_executor, build_sender, configure_logging

    configure_logging(log_level)
    engine = make_engine(url)
    sender = build_sender(settings)
    executor = build_executor(settings, engine, holder, sender, appendable)

    def told_to_stop(wait: float = 0.0) -> bool:
        try:
            while conn.poll(wait):
                wait = 0.0
                if conn.recv() == "stop":
                    stopping.set()
        except (EOFError, OSError):  # the daemon is gone
            stopping.set()
        return stopping.is_set()

    conn.send(("ready", {}))
    try:
        while not told_to_stop():
            jobs = executor.claim(KINDS, limit=CLAIM_BATCH)
            # between two effects: on "stop" the rest are given back, unstarted
            counts = executor.run(jobs, stop=told_to_stop)
            conn.send(("counts", counts))  # also the sign of life the watchdog looks for
            if not jobs:
                told_to_stop(IDLE_SECONDS)  # the pause, cut short by "stop"
    except OSError:
        return  # the pipe broke: the daemon is gone
    finally:
        with contextlib.suppress(Exception):
            close = getattr(sender, "close", None)
            if callable(close):
                close()
        engine.dispose()


class EffectsProcess:
    """The daemon's side: start, collect counts, notice death, stop."""

    def __init__(
        self, settings: Settings, url: str, holder: str, appendable: dict[str, bool]
    ) -> None:
        self.settings = settings
        self.url = url
        self.holder = holder
        self.appendable = appendable
        self._ctx: Any = multiprocessing.get_context("spawn")  # no fork: threads are running
        self._process: Any = None
        self._conn: Any = None
        self.last_seen = time.monotonic()
        self.restarts = 0
        self.ready = False  # it has said something: it started, so a death is worth a restart

    def start(self) -> None:
        parent, child = self._ctx.Pipe(duplex=True)
        self._process = self._ctx.Process(
            target=_child_main,
            args=(child, os.getpid(), self.settings, self.url, self.holder, self.appendable,
                  logging.getLogger().getEffectiveLevel()),
            name="mailbot-effects",
            daemon=True,
        )  # fmt: skip
        self._process.start()
        child.close()
        self._conn = parent
        self.last_seen = time.monotonic()
        log.info("effects: carried out in process pid=%s", self._process.pid)

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def poll(self, timeout: float = 0.0) -> dict[str, int]:
        """The counts reported since the last poll (waiting up to `timeout` for the first)."""
        counts = {"done": 0, "retry": 0, "failed": 0, "skipped": 0}
        if self._conn is None:
            return counts
        try:
            while self._conn.poll(timeout):
                timeout = 0.0
                _, reported = self._conn.recv()
                for k, v in reported.items():
                    counts[k] += v
                self.last_seen = time.monotonic()
                self.ready = True
        except (EOFError, OSError):
            pass  # died: `alive` says so and the daemon restarts it
        return counts

    def restart(self) -> None:
        code = self._process.exitcode if self._process is not None else None
        log.error("effects: process died exitcode=%s: restarting", code)
        self.restarts += 1
        if self._process is not None:
            self._process.join(1.0)
        self.start()

    def stop(self, timeout: float = 4.0) -> dict[str, int]:
        """Let it finish the effect in hand and exit; what it reported on the way out."""
        if self._process is None:
            return self.poll()
        with contextlib.suppress(OSError):
            self._conn.send("stop")
        deadline = time.monotonic() + timeout
        counts = {"done": 0, "retry": 0, "failed": 0, "skipped": 0}
        while self._process.is_alive() and time.monotonic() < deadline:
            for k, v in self.poll(0.1).items():
                counts[k] += v
        for k, v in self.poll().items():
            counts[k] += v
        if self._process.is_alive():
            log.error("effects: process did not stop in %.0fs: killed", timeout)
            self._process.kill()
        self._process.join(1.0)
        self._process = None
        return counts
