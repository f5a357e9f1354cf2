"""The exceptions queue: every message waiting for a person, with the reason in the
contract's words. The console (issue 4) shows the same list."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, select

from mailbot.store.models import decisions, effects, messages


@dataclass(frozen=True)
class QueueItem:
    message_pk: int
    mailbox: str
    received: datetime
    reason: str  # an exception code, "failed:<stage>" or "effect_failed:<kind>"
    category: str | None
    due: date | None


def _received(decision_json: str | None) -> datetime | None:
    """The decision's receipt time (the topmost Received: header), when it has one: for a
    Maildir the file's time is only when it was put there."""
    if not decision_json:
        return None
    value = json.loads(decision_json).get("received")
    return datetime.fromisoformat(value) if value else None


def exception_items(engine: Engine) -> list[QueueItem]:
    m, d, e = messages.c, decisions.c, effects.c
    items: dict[int, QueueItem] = {}
    with engine.connect() as conn:
        for row in conn.execute(
            select(
                m.id,
                m.mailbox,
                m.arrived_at,
                m.state,
                m.stage,
                d.exception,
                d.category,
                d.due_acknowledge,
                d.decision_json,
            )
            .outerjoin(decisions, d.message_pk == m.id)
            .where((d.exception.is_not(None)) | (m.state == "failed"))
            .where(m.resolution.is_(None))  # settled in the console
        ):
            reason = row.exception or f"failed:{row.stage}"
            received = _received(row.decision_json) or row.arrived_at
            items[row.id] = QueueItem(
                row.id, row.mailbox, received, reason, row.category, row.due_acknowledge
            )
        for failed in conn.execute(
            select(m.id, m.mailbox, m.arrived_at, e.kind, d.category, d.due_acknowledge)
            .join(effects, e.message_pk == m.id)
            .outerjoin(decisions, d.message_pk == m.id)
            .where(e.state == "failed", m.resolution.is_(None))
        ):
            reason = f"effect_failed:{failed.kind}"
            items.setdefault(
                failed.id,
                QueueItem(
                    failed.id,
                    failed.mailbox,
                    failed.arrived_at,
                    reason,
                    failed.category,
                    failed.due_acknowledge,
                ),
            )
    return sorted(items.values(), key=lambda i: (i.due or date.max, i.received), reverse=False)
