"""`mailbot run`: build the daemon from the configuration and run it under systemd or alone."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import datetime
from types import FrameType

from sqlalchemy import Engine

from classifiers.model import CategoryModel
from mailbot import service
from mailbot.config import Settings
from mailbot.daemon import Daemon, Summary
from mailbot.effects import EffectsProcess
from mailbot.intake import Intake
from mailbot.leases import holder_name, instance_key
from mailbot.scheduler import Scheduler
from mailbot.senders.base import Sender
from mailbot.sources.base import Source
from mailbot.wiring import build_executor, build_sender, build_source


def _shareable_url(engine: Engine) -> str | None:
    """The engine's URL when another process can open the same database (not in-memory)."""
    url = engine.url
    if url.drivername.startswith("sqlite") and (
        not url.database
        or url.database == ":memory:"
        or url.database.startswith("file:")
        or url.query.get("mode") == "memory"
    ):
        return None
    return url.render_as_string(hide_password=False)


def build_daemon(
    settings: Settings,
    engine: Engine,
    sources: dict[str, Source] | None = None,
    sender: Sender | None = None,
    holder: str | None = None,
    clock: Callable[[], datetime] | None = None,
    schedule: bool = True,
) -> Daemon:
    """The daemon as configured. `clock` is the scheduler's time (tests move it); without
    `schedule` it takes mail in and carries effects out but keeps no clocks."""
    holder = holder or holder_name(instance_key(settings.state_dir))
    sources = (
        sources
        if sources is not None
        else {n: build_source(n, m) for n, m in settings.mailboxes.items()}
    )
    chosen: Sender = sender if sender is not None else build_sender(settings)
    appendable = {n: hasattr(s, "append") for n, s in sources.items()}
    executor = build_executor(settings, engine, holder, chosen, appendable, sources)
    # effects in a process of their own on a backlog: only with the configured sender (a
    # sender handed in, as tests do, lives in this process) and a database both can open
    url = _shareable_url(engine)
    effects = (
        EffectsProcess(settings, url, holder, appendable)
        if settings.workers.effects and sender is None and url is not None
        else None
    )
    watchdog = service.Watchdog.from_environment()

    def heartbeat(status: str) -> None:
        watchdog.ping()

    intake = Intake(
        settings, engine, CategoryModel(), workers=settings.workers.classify_processes()
    )
    daemon = Daemon(
        settings, engine, intake, executor, sources, holder=holder, heartbeat=heartbeat,
        scheduler=None if not schedule else Scheduler(settings, engine, holder, **({"clock": clock} if clock else {})),
        effects=effects,
    )  # fmt: skip
    close = getattr(chosen, "close", None)
    if callable(close):
        daemon.on_stop.append(close)
    daemon.on_stop.append(engine.dispose)
    return daemon


def run(daemon: Daemon, once: bool) -> Summary:
    """Run until SIGTERM/SIGINT (or until everything waiting is done, with `once`)."""

    def stop(signum: int, frame: FrameType | None) -> None:
        logging.getLogger("mailbot").info("signal=%d stopping after the message in hand", signum)
        service.notify_stopping()
        daemon.stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
    service.notify_ready()
    summary = daemon.run(once=once)
    service.notify_stopping()
    return summary
