"""A local Maildir folder as a mailbox: the embedded default, so `mailbot run` works on a
fresh machine with no mail server. Outcome folders are Maildir++ subfolders (".Processed")."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from pathlib import Path

from mailbot.mailpolicy import default as default_policy
from mailbot.sources.base import FetchedMessage, SourceUnavailable

_POLL_STEP = 0.5


def _maildir(path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)


class MaildirSource:
    """Messages in `root/new` and `root/cur`; moving one renames its file into a subfolder,
    which is atomic, so a message is never both in the inbox and moved."""

    def __init__(self, root: Path, poll_seconds: float = 2.0) -> None:
        self.root = Path(root)
        self.poll_seconds = poll_seconds

    def connect(self) -> None:
        try:
            _maildir(self.root)
        except OSError as exc:
            raise SourceUnavailable(f"maildir {self.root}: {exc.strerror}") from exc

    def _files(self) -> list[tuple[float, str, Path]]:
        found: list[tuple[float, str, Path]] = []
        for sub in ("new", "cur"):
            directory = self.root / sub
            try:
                with os.scandir(directory) as it:
                    entries = list(it)
            except FileNotFoundError:
                continue
            for entry in entries:
                if entry.is_file() and not entry.name.startswith("."):
                    key = entry.name.split(":", 1)[0]
                    found.append((entry.stat().st_mtime, key, Path(entry.path)))
        found.sort()
        return found

    def fetch_new(self, limit: int = 100) -> list[FetchedMessage]:
        messages: list[FetchedMessage] = []
        for mtime, key, path in self._files()[:limit]:
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                continue  # moved by another process since the listing
            arrived = datetime.fromtimestamp(mtime, UTC)
            messages.append(FetchedMessage(key, raw, arrived, authoritative_arrival=False))
        return messages

    def wait(self, timeout: float) -> bool:
        """Poll `new/` until something is there or the time is up."""
        deadline = time.monotonic() + timeout
        while True:
            if any((self.root / "new").iterdir()):
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(_POLL_STEP, remaining))

    def move(self, key: str, folder: str) -> None:
        target = self.root / f".{folder}"
        _maildir(target)
        (target / "maildirfolder").touch()
        for sub in ("new", "cur"):
            with os.scandir(self.root / sub) as entries:
                found = next((e for e in entries if e.name.split(":", 1)[0] == key), None)
            if found is not None:
                name = found.name if ":" in found.name else found.name + ":2,"
                os.rename(found.path, target / "cur" / name)
                return
        # not in the inbox any more: already moved (a retry after a crash); nothing to do

    def append(self, raw: bytes, folder: str) -> None:
        """Keep a copy of a message we sent (seen, in a subfolder)."""
        target = self.root / f".{folder}"
        _maildir(target)
        (target / "maildirfolder").touch()
        key = f"{time.time_ns()}.{os.getpid()}.mailbot"
        tmp = target / "tmp" / key
        tmp.write_bytes(raw)
        os.rename(tmp, target / "cur" / f"{key}:2,S")

    def recent_subjects(self, folder: str, days: int) -> list[tuple[str, datetime, bool]]:
        """(subject, file time, sent by mailbot) for the messages of the last `days` days."""
        cutoff = time.time() - days * 86400
        found: list[tuple[str, datetime, bool]] = []
        for sub in ("cur", "new"):
            directory = self.root / f".{folder}" / sub
            if not directory.exists():
                continue
            for path in directory.iterdir():
                mtime = path.stat().st_mtime
                if mtime < cutoff:
                    continue
                with path.open("rb") as f:
                    head = BytesHeaderParser(policy=default_policy).parse(f, headersonly=True)
                found.append((str(head.get("Subject", "")), datetime.fromtimestamp(mtime, UTC),
                              head.get("X-Mailbot-Kind") is not None))  # fmt: skip
        return found

    def close(self) -> None:
        pass


def deliver(root: Path, raw: bytes) -> str:
    """Put a message into a Maildir the way a delivery agent does (tmp, then rename to new)."""
    _maildir(root)
    key = f"{time.time_ns()}.{os.getpid()}.mailbot"
    tmp = root / "tmp" / key
    tmp.write_bytes(raw)
    os.rename(tmp, root / "new" / key)
    return key
