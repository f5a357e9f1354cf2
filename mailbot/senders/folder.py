"""Folder sender and case-note sink: the embedded default, no mail server needed.

Each outbound message becomes one .eml file in a Maildir-style `new/` folder, written to
`tmp/` first and renamed, so a reader never sees half a message. The file is named from the
Message-ID, so sending the same message again (a retry after a crash) finds it there and
writes nothing. The envelope recipients go in an `X-Mailbot-Recipients` header.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from email.message import EmailMessage
from functools import cache
from io import BytesIO
from pathlib import Path

from mailbot.mailpolicy import Generator
from mailbot.mailpolicy import default as default_policy
from mailbot.outbound.compose import CaseNote
from mailbot.senders.base import PermanentSendError, TransientSendError

log = logging.getLogger(__name__)

RECIPIENTS_HEADER = "X-Mailbot-Recipients"
_LINE_ENDINGS = re.compile(rb"\r\n|\r")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def write_atomically(tmp_dir: Path, final: Path, data: bytes) -> None:
    """Write `data` to `tmp_dir`, flush it to disk, then rename it to `final` in one step."""
    write_all_atomically(tmp_dir, [(final, data)])


@cache
def _flushers() -> ThreadPoolExecutor:
    # made when first needed (its threads too, as work comes): most processes never flush
    return ThreadPoolExecutor(8, thread_name_prefix="mailbot-fsync")


def _flush_together(fds: list[int]) -> None:
    """fsync every file, all at once: the file system then takes the flushes that arrive
    together into one commit of its journal, where one after the other each waits for its
    own. Waits for all of them before raising the first failure, so no file is closed while
    another thread flushes it."""
    if len(fds) == 1:
        os.fsync(fds[0])
        return
    futures = [_flushers().submit(os.fsync, fd) for fd in fds]
    wait(futures)
    for future in futures:
        future.result()


def write_all_atomically(tmp_dir: Path, files: Sequence[tuple[Path, bytes]]) -> None:
    """`write_atomically` for several files, renamed in the order given, with one flush of
    each folder for them all: a directory flush is as dear as a file's, and flushing a batch
    of files written one after the other costs the disk less than flushing each as it goes."""
    staged: list[tuple[Path, Path]] = []
    handles = []
    try:
        for final, data in files:
            tmp = tmp_dir / f"{final.name}.{os.getpid()}.{os.urandom(6).hex()}"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
            staged.append((tmp, final))
            handles.append(handle := os.fdopen(fd, "wb"))
            handle.write(data)
            handle.flush()
        _flush_together([h.fileno() for h in handles])
        while handles:
            handles.pop(0).close()
        for tmp, final in staged:
            os.rename(tmp, final)
    except BaseException:
        for handle in handles:
            handle.close()
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    # The renames themselves must survive a power cut too.
    for folder in dict.fromkeys(final.parent for _, final in staged):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _as_file_bytes(message: EmailMessage) -> bytes:
    buffer = BytesIO()
    Generator(buffer, policy=default_policy).flatten(message, linesep="\n")
    # LF throughout, as files in a Maildir have (a forwarded original may carry CRLF).
    return _LINE_ENDINGS.sub(b"\n", buffer.getvalue())


class FolderSender:
    """`Sender` into a Maildir-style folder: `root/tmp`, `root/new`, `root/cur`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        for sub in ("tmp", "new", "cur"):
            (root / sub).mkdir(parents=True, exist_ok=True)

    def path_for(self, message: EmailMessage) -> Path:
        message_id = message["Message-ID"]
        if message_id is None:
            raise PermanentSendError("message has no Message-ID")
        digest = hashlib.sha256(str(message_id).strip().encode("utf-8")).hexdigest()[:32]
        return self.root / "new" / f"{digest}.eml"

    def send(self, message: EmailMessage, recipients: list[str]) -> None:
        if not recipients:
            raise PermanentSendError("no recipients")
        final = self.path_for(message)
        if final.exists() or any((self.root / "cur").glob(f"{final.name}*")):
            log.info("folder sender: already written file=%s", final.name)
            return
        outgoing = copy.copy(message)  # header changes below rebind, never mutate the original
        del outgoing["Bcc"]
        del outgoing[RECIPIENTS_HEADER]
        outgoing[RECIPIENTS_HEADER] = ", ".join(recipients)
        try:
            write_atomically(self.root / "tmp", final, _as_file_bytes(outgoing))
        except OSError as exc:  # a full or read-only disk may be fixed; a person is told
            raise TransientSendError(f"cannot write {final.name}: {exc}") from exc
        log.info("folder sender: wrote file=%s recipients=%d", final.name, len(recipients))


class CaseNoteFolderSink:
    """Case notes as files: `<name>.eml` (the original, unchanged) and `<name>.json`.

    The sidecar is renamed into place first, so whoever picks up an .eml finds its sidecar.
    A note written again (a retry) replaces the same two files with the same content.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "tmp").mkdir(parents=True, exist_ok=True)

    def name_for(self, note: CaseNote) -> str:
        sidecar = note.sidecar
        parts = (
            str(sidecar.get("reference") or "noref"),
            str(sidecar["person_id"]),
            str(sidecar["sha256"])[:16],  # the original's SHA-256, taken once, in case_note
        )
        return "_".join(_UNSAFE.sub("-", part) for part in parts)

    def write(self, note: CaseNote) -> Path:
        return self.write_many([note])[0]

    def write_many(self, notes: Sequence[CaseNote]) -> list[Path]:
        """The notes' files, each note's sidecar renamed into place before its .eml, with one
        flush of the folder for them all (a batch of notes costs about half the disk flushes
        of writing them one by one)."""
        files: list[tuple[Path, bytes]] = []
        names = [self.name_for(note) for note in notes]
        for name, note in zip(names, notes, strict=True):
            body = json.dumps(note.sidecar, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
            files.append((self.root / f"{name}.json", body.encode("utf-8")))
            files.append((self.root / f"{name}.eml", note.raw))
        try:
            write_all_atomically(self.root / "tmp", files)
        except OSError as exc:
            raise TransientSendError(f"cannot write case notes {', '.join(names)}: {exc}") from exc
        for name in names:
            log.info("case note written file=%s", name)
        return [path for path, _ in files[1::2]]
