"""Mailbox leases: each mailbox is worked by one daemon instance at a time.

A lease is a row in the database, renewed while its holder works; when the holder dies and
stops renewing, the lease expires and another instance takes the mailbox over.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from mailbot.store.models import effects, mailbox_leases, messages


def acquire(engine: Engine, mailbox: str, holder: str, seconds: int) -> bool:
    """Take or renew the lease; True when `holder` has it now. One atomic statement."""
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
        got = conn.execute(stmt).scalar()
    return got == holder


def take_over_claims(engine: Engine, mailbox: str, holder: str) -> int:
    """On taking a mailbox over, free the pending effects its previous holder had claimed:
    that instance stopped renewing its lease, so it is taken to be dead, and its claims would
    otherwise block the work until they expired."""
    e, m = effects.c, messages.c
    with engine.begin() as conn:
        result = conn.execute(
            update(effects)
            .where(
                e.state == "pending",
                e.claimed_by.is_not(None),
                e.claimed_by != holder,
                e.message_pk.in_(select(m.id).where(m.mailbox == mailbox)),
            )
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
