"""The audit log: every view of an item and every action, who, when, what, from where.

Rows are only ever inserted (the database refuses UPDATE and DELETE). Details are codes and
ids, never message content or personal names.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from mailbot.store.models import audit_log


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    username: str
    role: str | None
    action: str
    message_pk: int | None
    reference: str | None
    detail: dict[str, Any]
    remote_addr: str | None


def record(
    conn: Connection | Engine,
    *,
    username: str,
    role: str | None,
    action: str,
    message_pk: int | None = None,
    reference: str | None = None,
    detail: dict[str, Any] | None = None,
    remote_addr: str | None = None,
    at: datetime | None = None,
) -> None:
    """Append one entry; inside the caller's transaction when given a connection, so an
    action and its audit entry are committed together or not at all."""
    values = {
        "at": at or datetime.now(UTC),
        "username": username,
        "role": role,
        "action": action,
        "message_pk": message_pk,
        "reference": reference,
        "detail": json.dumps(detail, sort_keys=True) if detail else None,
        "remote_addr": remote_addr,
    }
    if isinstance(conn, Engine):
        with conn.begin() as c:
            c.execute(insert(audit_log).values(**values))
    else:
        conn.execute(insert(audit_log).values(**values))


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        row.id,
        row.at,
        row.username,
        row.role,
        row.action,
        row.message_pk,
        row.reference,
        json.loads(row.detail) if row.detail else {},
        row.remote_addr,
    )


def entries(
    engine: Engine,
    *,
    message_pk: int | None = None,
    username: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[AuditEntry]:
    """Newest first."""
    a = audit_log.c
    query = select(audit_log).order_by(a.id.desc()).limit(limit).offset(offset)
    if message_pk is not None:
        query = query.where(a.message_pk == message_pk)
    if username is not None:
        query = query.where(a.username == username)
    with engine.connect() as conn:
        return [_entry(r) for r in conn.execute(query)]


def export_csv(engine: Engine) -> Iterator[str]:
    """The whole log, oldest first, as CSV lines (streamed: the log grows for years)."""
    header = [
        "id",
        "at",
        "username",
        "role",
        "action",
        "message_pk",
        "reference",
        "detail",
        "remote_addr",
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    yield buffer.getvalue()
    a = audit_log.c
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=1000).execute(select(audit_log).order_by(a.id))
        for row in result:
            buffer.seek(0)
            buffer.truncate()
            writer.writerow(
                [
                    row.id,
                    row.at.isoformat(),
                    row.username,
                    row.role or "",
                    row.action,
                    row.message_pk or "",
                    row.reference or "",
                    row.detail or "",
                    row.remote_addr or "",
                ]
            )
            yield buffer.getvalue()
