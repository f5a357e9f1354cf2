"""One interface for every mailbox source.

The worker loop only ever calls these methods; a source never decides anything. Intake is
at-least-once: `fetch_new` may return a message again (after a crash, a reconnect, a lost
MOVE), and the store recognises it by its key and content hash, so it is never decided twice.
Processed messages are moved out of the inbox, which is what stops them being fetched again.
A source may also offer `mark_taken(keys)` (IMAP does): it then skips those messages until its
next connection, so the daemon can leave their moves to be done hundreds at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


class SourceError(Exception):
    """Base of source errors. `transient` says whether a retry may succeed."""

    transient = True


class AuthenticationFailed(SourceError):
    """Bad password or token: retrying soon will not help; alert loudly."""

    transient = False


class SourceUnavailable(SourceError):
    """Server down, connection dropped, throttled: retry with backoff."""


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    key: str  # stable within the source: "uidvalidity:uid" (IMAP), item id (EWS/Graph), file name
    raw: bytes
    arrived: datetime | None  # IMAP INTERNALDATE, DateTimeReceived, file mtime; tz-aware
    # the server's own arrival time (IMAP, EWS, Graph) is the receipt time; a file's mtime is
    # not, so for Maildir the topmost Received: header wins and mtime is only the fallback
    authoritative_arrival: bool = True


# Folder names a processed message is moved to, by outcome (configured per mailbox).
OUTCOMES = ("processed", "exceptions", "automated")


class Source(Protocol):
    """A mailbox: connect, list what waits in the inbox, wait for more, move what is done."""

    def connect(self) -> None: ...

    def fetch_new(self, limit: int = 100) -> list[FetchedMessage]:
        """Messages now in the inbox, oldest first, at most `limit`."""
        ...

    def wait(self, timeout: float) -> bool:
        """Block until new mail may have arrived (IDLE) or `timeout` seconds pass.
        Returns True when the server said something arrived."""
        ...

    def move(self, key: str, folder: str) -> None:
        """Move a message out of the inbox to `folder` (created if missing)."""
        ...

    def close(self) -> None: ...
