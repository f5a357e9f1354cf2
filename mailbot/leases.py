"""Mailbox leases: each mailbox is worked by one daemon instance at a time.

A lease is a row in the database, renewed while its holder works; when the holder dies and
stops renewing, the lease expires and another instance takes the mailbox over.

A holder is named host:pid:nonce:instance, where the instance is an id kept in the state
directory. A daemon restarted after a crash (systemd's Restart=) has the same host and
instance as the holder it replaces; when that holder's process is gone, the lease is its own
predecessor's and is taken at once instead of waiting for it to expire.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from mailbot.store.models import effects, mailbox_leases, messages

log = logging.getLogger("mailbot.leases")


def acquire(engine: Engine, mailbox: str, holder: str, seconds: int) -> tuple[bool, str | None]:
    """Take or renew the lease, in one atomic statement. Returns whether `holder` has it now,
    and the holder whose expired lease it took over, if it was another's."""
    now = datetime.now(UTC)
    table = mailbox_leases
    module: Any = postgresql if engine.dialect.name == "postgresql" else sqlite
    stmt = module.insert(table).values(
        mailbox=mailbox, holder=holder, expires_at=now + timedelta(seconds=seconds)
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.mailbox],
        set_={"holder": stmt.excluded.holder, "expires_at": stmt.excluded.expires_at},
        where=(table.c.holder == holder) | (table.c.expires_at < now),
    ).returning(table.c.holder)
    with engine.begin() as conn:
        # read first: the upsert returns only the new row. Another instance's takeover in
        # between would hold an unexpired lease, so the upsert would then not take it.
        before = conn.execute(select(table.c.holder).where(table.c.mailbox == mailbox)).scalar()
        got = conn.execute(stmt).scalar()
    held = got == holder
    return held, (str(before) if held and before is not None and before != holder else None)


def instance_key(state_dir: Path) -> str:
    """This installation's id, made once and kept in the state directory."""
    path = state_dir / "instance-id"
    try:
        key = path.read_text().strip()
    except FileNotFoundError:
        key = ""
    except OSError as exc:
        key = ""
        log.warning("instance id unreadable error=%s", type(exc).__name__)
    if not key:
        key = uuid.uuid4().hex[:12]
        try:
            state_dir.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_text(key + "\n")
            os.replace(temporary, path)
        except OSError as exc:  # still runs; a restart then waits out its predecessor's lease
            log.warning("instance id not kept in the state directory error=%s", type(exc).__name__)
    return key


def holder_name(instance: str) -> str:
    """This process as a lease holder (new at each start: a restart is a new holder)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}:{instance}"


def dead_predecessor(holder: str, mine: str) -> bool:
    """Whether `holder` is an earlier process of this same installation on this machine that
    no longer runs. Anything else (another machine, another installation, a process still
    running, or a name not in this form) is not ours to judge: its lease is left to expire."""
    theirs, ours = holder.split(":"), mine.split(":")
    if len(theirs) != 4 or len(ours) != 4 or holder == mine:
        return False
    if theirs[0] != ours[0] or theirs[3] != ours[3]:
        return False
    try:
        os.kill(int(theirs[1]), 0)  # our own pid is alive too: never taken from ourselves
    except ProcessLookupError:
        return True
    except (ValueError, OSError):  # not a pid, or a process we may not signal: it runs
        return False
    return False  # a running process of that pid (it, or a reuse of the number): wait


def take_from_predecessor(engine: Engine, mailbox: str, holder: str, seconds: int) -> bool:
    """Take the lease now if its holder is our own dead predecessor (`dead_predecessor`).
    A compare-and-set on the holder's name, so a takeover by another instance in between
    wins. Every claim the dead process held is freed with it, the scheduler's notices too
    (they belong to no mailbox, so `take_over_claims` does not reach them)."""
    table = mailbox_leases
    with engine.begin() as conn:
        current = conn.execute(select(table.c.holder).where(table.c.mailbox == mailbox)).scalar()
        if current is None or not dead_predecessor(str(current), holder):
            return False
        taken = conn.execute(
            update(table)
            .where(table.c.mailbox == mailbox, table.c.holder == current)
            .values(holder=holder, expires_at=datetime.now(UTC) + timedelta(seconds=seconds))
        )
        if taken.rowcount:
            _free_claims(conn, effects.c.claimed_by == current)
    return bool(taken.rowcount)


def take_over_claims(engine: Engine, mailbox: str, holder: str, previous: str | None = None) -> int:
    """On taking a mailbox over, free the pending effects its previous holder had claimed:
    that instance stopped renewing its lease, so it is taken to be dead, and its claims would
    otherwise block the work until they expired.

    With `previous` (the holder whose expired lease was taken), that holder's claims on the
    scheduler's notices are freed too: they belong to no mailbox, and would otherwise wait out
    their claim. Not while `previous` still renews a lease on another mailbox: it is alive
    then, and may be sending one of them."""
    e, m = effects.c, messages.c
    now = datetime.now(UTC)
    with engine.begin() as conn:
        freed = _free_claims(
            conn,
            e.claimed_by.is_not(None),
            e.claimed_by != holder,
            e.message_pk.in_(select(m.id).where(m.mailbox == mailbox)),
        )
        if previous is not None and previous != holder:
            alive = (
                select(mailbox_leases.c.mailbox)
                .where(mailbox_leases.c.holder == previous, mailbox_leases.c.expires_at >= now)
                .exists()
            )
            freed += _free_claims(conn, e.message_pk.is_(None), e.claimed_by == previous, ~alive)
    return freed


def _free_claims(conn: Connection, *which: ColumnElement[bool]) -> int:
    """Free the claims on pending effects that `which` selects; how many were freed."""
    result = conn.execute(
        update(effects)
        .where(effects.c.state == "pending", *which)
        .values(claimed_by=None, claimed_until=None)
    )
    return int(result.rowcount or 0)


def release(engine: Engine, mailbox: str, holder: str) -> None:
    """Give the lease up on a clean stop, so another instance need not wait for expiry."""
    with engine.begin() as conn:
        conn.execute(
            delete(mailbox_leases).where(
                mailbox_leases.c.mailbox == mailbox, mailbox_leases.c.holder == holder
            )
        )
