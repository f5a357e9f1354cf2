"""Mailbox leases: each mailbox is worked by one daemon instance at a time.

A lease is a row in the database, renewed while its holder works; when the holder dies and
stops renewing, the lease expires and another instance takes the mailbox over.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete
from sqlalchemy.dialects import postgresql, sqlite

from mailbot.store.models import mailbox_leases


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


def release(engine: Engine, mailbox: str, holder: str) -> None:
    """Give the lease up on a clean stop, so another instance need not wait for expiry."""
    with engine.begin() as conn:
        conn.execute(
            delete(mailbox_leases).where(
                mailbox_leases.c.mailbox == mailbox, mailbox_leases.c.holder == holder
            )
        )
