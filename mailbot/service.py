"""Telling systemd how the daemon is doing: the sd_notify protocol, with no dependencies.

Under `Type=notify` systemd passes a datagram socket in `$NOTIFY_SOCKET` and waits for
`READY=1`; with `WatchdogSec=` it also sets `$WATCHDOG_USEC` and kills the service when no
`WATCHDOG=1` arrives within that interval. Outside systemd every function here is a no-op, so
the worker loop calls them unconditionally.

Status texts are shown by `systemctl status` and kept in the journal: they carry counts and
codes only, never names, addresses or subjects (`status_text` builds them from integers).
"""

from __future__ import annotations

import logging
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Mapping

log = logging.getLogger(__name__)

_CODE = re.compile(r"^[a-z][a-z0-9_.-]*$")


def _socket_address(value: str) -> str | None:
    """The address to send to: a path, or an abstract socket written with a leading '@'."""
    if value.startswith("@"):
        return "\0" + value[1:]  # Linux abstract namespace: the name starts with a NUL byte
    if value.startswith("/"):
        return value
    # systemd 254+ may also pass "vsock:CID:PORT"; this daemon runs on the host, not in a VM
    return None


def notify(state: str) -> bool:
    """Send one sd_notify message (newline-separated assignments). True when it was sent;
    False when not under systemd or the socket refused it (the daemon carries on either way)."""
    value = os.environ.get("NOTIFY_SOCKET")
    if not value:
        return False
    address = _socket_address(value)
    if address is None:
        log.warning("sd_notify: unsupported NOTIFY_SOCKET kind; notifications are off")
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.sendto(state.encode("utf-8"), address)
    except OSError as exc:
        # not fatal: a missed READY or WATCHDOG is systemd's to act on, not ours
        log.warning("sd_notify: send failed (errno %s)", exc.errno)
        return False
    return True


def notify_ready() -> bool:
    """Start-up is complete: configuration loaded, store migrated, sources connected."""
    return notify("READY=1")


def notify_stopping() -> bool:
    """SIGTERM received: finishing the message in hand, then exiting."""
    return notify("STOPPING=1")


def notify_watchdog() -> bool:
    """The worker loop is alive."""
    return notify("WATCHDOG=1")


def notify_status(text: str) -> bool:
    """A one-line status for `systemctl status`. Line breaks are removed, because each line of
    a notify message is a separate assignment (a status must never smuggle in READY=1)."""
    line = " ".join(text.split())
    return notify(f"STATUS={line}")


def status_text(phase: str, counts: Mapping[str, int] | None = None) -> str:
    """A status from a phase code and counts only, e.g. "working processed=12 exceptions=1",
    so no personal data can reach the journal through it."""
    if not _CODE.match(phase):
        raise ValueError(f"status phase must be a lower-case code, not {phase!r}")
    parts = [phase]
    for key, number in (counts or {}).items():
        if not _CODE.match(key):
            raise ValueError(f"status count names must be lower-case codes, not {key!r}")
        if not isinstance(number, int) or isinstance(number, bool):
            raise TypeError(f"status count {key} must be an int")
        parts.append(f"{key}={number}")
    return " ".join(parts)


def watchdog_interval() -> float | None:
    """How often to ping, in seconds: half of `$WATCHDOG_USEC`, as systemd advises. None when
    the watchdog is off, the value is malformed, or `$WATCHDOG_PID` names another process
    (the variables were inherited, and the watchdog is not ours to feed)."""
    usec = os.environ.get("WATCHDOG_USEC")
    if not usec:
        return None
    pid = os.environ.get("WATCHDOG_PID")
    if pid:
        try:
            if int(pid) != os.getpid():
                return None
        except ValueError:
            return None
    try:
        micros = int(usec)
    except ValueError:
        return None
    if micros <= 0:
        return None
    return micros / 2 / 1_000_000


class Watchdog:
    """Feeds systemd's watchdog from the worker loop: call `ping()` on every iteration; it sends
    WATCHDOG=1 only when half the interval has passed since the last one. Bound blocking waits
    (IMAP IDLE, polling sleeps) by `wait_timeout()` so a quiet mailbox never starves it.
    Safe to share between threads; but a ping says only that its caller is alive, so with one
    thread per mailbox let the supervising thread ping once every worker has shown progress."""

    def __init__(
        self,
        interval: float | None,
        *,
        clock: Callable[[], float] = time.monotonic,
        send: Callable[[], bool] = notify_watchdog,
    ) -> None:
        self.interval = interval
        self._clock = clock
        self._send = send
        self._last: float | None = None
        self._lock = threading.Lock()
        self.pings = 0

    @classmethod
    def from_environment(cls) -> Watchdog:
        return cls(watchdog_interval())

    @property
    def enabled(self) -> bool:
        return self.interval is not None

    def ping(self) -> bool:
        """Send WATCHDOG=1 if it is due. True when one was sent."""
        if self.interval is None:
            return False
        with self._lock:
            now = self._clock()
            if self._last is not None and now - self._last < self.interval:
                return False
            self._last = now
            self.pings += 1
        self._send()
        return True

    def wait_timeout(self, wanted: float) -> float:
        """`wanted`, cut short to when the next ping falls due (never negative)."""
        if self.interval is None:
            return wanted
        if self._last is None:
            return 0.0
        due_in = self._last + self.interval - self._clock()
        return max(0.0, min(wanted, due_in))
