"""The exceptions queue: every message waiting for a person, with the reason in the
contract's words. `mailbot exceptions` lists it; the console (mailbot/console/items.py) shows
the same items through the same query, filtered by who may see them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, and_, exists, or_, select, true

from mailbot.store.models import decisions, effects, messages
from routing.calendar import WorkingCalendar


@dataclass(frozen=True)
class QueueItem:
    message_pk: int
    mailbox: str
    received: datetime
    reason: str  # an exception code, "failed:<stage>" or "effect_failed:<kind>"
    category: str | None
    due: date


def received_of(decision_json: str | None, fallback: datetime) -> datetime:
    """The decision's receipt time (the topmost Received: header), when it has one: for a
    Maildir the file's time is only when it was put there."""
    if decision_json:
        value = json.loads(decision_json).get("received")
        if value:
            return datetime.fromisoformat(value)
    return fallback


def due_of(row: Any, received: datetime, calendar: WorkingCalendar) -> date:
    """When a person should act on a waiting item: the decision's acknowledgement date, else
    its response date, else one working day after receipt (the console and the CLI agree)."""
    return row.due_acknowledge or row.due_response or calendar.due_after(received, 1)


def waiting() -> ColumnElement[bool]:
    """Waiting for a person: held by a rule, failed at a stage, or an effect that failed, and
    not settled in the console."""
    m, d, e = messages.c, decisions.c, effects.c
    return and_(
        m.resolution.is_(None),
        or_(
            m.state == "failed",
            exists(
                select(d.message_pk)
                .where(d.message_pk == m.id, d.exception.is_not(None))
                .correlate_except(decisions)
            ),
            exists(
                select(e.id)
                .where(e.message_pk == m.id, e.state == "failed")
                .correlate_except(effects)
            ),
        ),
    )


def waiting_query(
    *extra: ColumnElement[Any], where: ColumnElement[bool] | None = None
) -> Select[Any]:
    """The waiting messages with what the queue shows of each (and `extra` columns)."""
    m, d, e = messages.c, decisions.c, effects.c
    failed_effect = (
        select(e.kind)
        .where(e.message_pk == m.id, e.state == "failed")
        .order_by(e.id)
        .limit(1)
        .scalar_subquery()
    )
    return (
        select(
            m.id,
            m.mailbox,
            m.arrived_at,
            m.state,
            m.stage,
            d.exception,
            d.category,
            d.reference,
            d.due_acknowledge,
            d.due_response,
            d.decision_json,
            failed_effect.label("failed_effect"),
            *extra,
        )
        .outerjoin(decisions, d.message_pk == m.id)
        .where(waiting(), true() if where is None else where)
    )


def reason_of(row: Any) -> str:
    """A waiting row's reason: the rule's exception, the stage that failed, or the effect."""
    if row.exception:
        return str(row.exception)
    return f"failed:{row.stage}" if row.state == "failed" else f"effect_failed:{row.failed_effect}"


def exception_items(engine: Engine, calendar: WorkingCalendar) -> list[QueueItem]:
    """Every waiting item, the soonest due first (overdue at the top), as the console orders
    its queue."""
    items = []
    with engine.connect() as conn:
        for r in conn.execute(waiting_query()):
            received = received_of(r.decision_json, r.arrived_at)
            items.append(
                QueueItem(
                    r.id,
                    r.mailbox,
                    received,
                    reason_of(r),
                    r.category,
                    due_of(r, received, calendar),
                )
            )
    return sorted(items, key=lambda i: (i.due, i.received))
