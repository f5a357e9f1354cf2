"""Retention: expired message content is purged; the tracker row, which holds no personal
data (002 paragraph 29), always remains.

Nothing is purged for a category preserved because it concerns the care of children
(002 paragraph 33), nor while a legal hold is on the message's reference.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Engine, and_, false, or_, select, update

from mailbot.config import Settings
from mailbot.sla import normalise_reference
from mailbot.store.models import decisions, effects, messages, tracker_entries

log = logging.getLogger(__name__)

# The decision fields that say what happened and when, never to whom or about whom.
KEPT_DECISION_FIELDS = (
    "category",
    "route",
    "actions",
    "exception",
    "reference",
    "related_reference",
    "due",
    "received",
)
# Effects that may still be carried out: their payload (and the message) is still needed.
UNSETTLED_EFFECT_STATES = ("pending", "failed")
# A move's payload is a folder name and the server's key for the message, no personal data;
# it is kept because a message seen again in the inbox re-runs its move (intake._ensure_moved).
KEPT_PAYLOAD_KINDS = ("move",)
BATCH = 200


@dataclass(frozen=True)
class PurgeResult:
    purged: int = 0  # content removed
    held: int = 0  # expired, kept: a legal hold on its reference
    preserved: int = 0  # expired, kept: its category is preserved
    waiting: int = 0  # expired, kept for now: an effect still pending or failed

    def line(self, dry_run: bool = False) -> str:
        return (
            f"{'would purge' if dry_run else 'purged'} {self.purged},"
            f" kept under legal hold {self.held},"
            f" preserved {self.preserved}, waiting on effects {self.waiting}"
        )


def redacted_decision(decision_json: str) -> str:
    """The decision without anything about the people in it."""
    try:
        data = json.loads(decision_json)
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    return json.dumps({k: data.get(k) for k in KEPT_DECISION_FIELDS})


def _expired(settings: Settings, now: datetime) -> ColumnElement[bool]:
    """Messages whose category's retention period has run out at `now`."""
    m, d = messages.c, decisions.c
    days = settings.retention.days
    clauses: list[ColumnElement[bool]] = [
        and_(d.category == category, m.arrived_at < now - timedelta(days=n))
        for category, n in days.items()
    ]
    default = settings.retention.default_days
    if default is not None:
        others = d.category.not_in(list(days)) if days else d.category.is_not(None)
        clauses.append(and_(others, m.arrived_at < now - timedelta(days=default)))
    return or_(false(), *clauses)


def purge_expired(
    engine: Engine, settings: Settings, now: datetime, *, dry_run: bool = False
) -> PurgeResult:
    """Purge the content of every decided message whose retention period has run out."""
    if now.tzinfo is None:
        raise ValueError("naive datetime: give a timezone-aware time")
    m = messages.c
    with engine.connect() as conn:
        candidates = list(
            conn.execute(
                select(m.id)
                .join(decisions, decisions.c.message_pk == m.id)
                .where(m.purged_at.is_(None), _expired(settings, now))
                .order_by(m.id)
            ).scalars()
        )
    totals = {"purged": 0, "held": 0, "preserved": 0, "waiting": 0}
    for start in range(0, len(candidates), BATCH):
        batch = candidates[start : start + BATCH]
        for name, count in _purge_batch(engine, settings, now, batch, dry_run).items():
            totals[name] += count
    result = PurgeResult(**totals)
    log.info("retention: %s", result.line(dry_run))
    return result


def _purge_batch(
    engine: Engine, settings: Settings, now: datetime, ids: Sequence[int], dry_run: bool
) -> dict[str, int]:
    m, d, e, t = messages.c, decisions.c, effects.c, tracker_entries.c
    counts = {"purged": 0, "held": 0, "preserved": 0, "waiting": 0}
    preserve = set(settings.retention.preserve_categories)
    # one transaction per batch, re-reading the rows: a hold placed or a purge done by another
    # instance since the candidates were listed is honoured
    with engine.begin() as conn:
        rows = conn.execute(
            select(m.id, d.category, d.reference, d.related_reference, d.decision_json)
            .join(decisions, d.message_pk == m.id)
            .where(m.id.in_(ids), m.purged_at.is_(None))
        ).all()
        references = {r for row in rows for r in (row.reference, row.related_reference) if r}
        held = set(
            conn.execute(
                select(t.reference).where(t.reference.in_(references), t.legal_hold.is_(True))
            ).scalars()
        )
        unsettled = set(
            conn.execute(
                select(e.message_pk).where(
                    e.message_pk.in_(ids), e.state.in_(UNSETTLED_EFFECT_STATES)
                )
            ).scalars()
        )
        purge: list[tuple[int, str]] = []
        for row in rows:
            if row.category in preserve:
                counts["preserved"] += 1
            elif row.reference in held or row.related_reference in held:
                counts["held"] += 1
            elif row.id in unsettled:
                counts["waiting"] += 1
            else:
                counts["purged"] += 1
                purge.append((row.id, row.decision_json))
        if dry_run or not purge:
            return counts
        for pk, decision_json in purge:
            conn.execute(
                update(decisions)
                .where(d.message_pk == pk)
                .values(decision_json=redacted_decision(decision_json))
            )
        purged_ids = [pk for pk, _ in purge]
        conn.execute(update(messages).where(m.id.in_(purged_ids)).values(raw=b"", purged_at=now))
        conn.execute(
            update(effects)
            .where(e.message_pk.in_(purged_ids), e.kind.not_in(KEPT_PAYLOAD_KINDS))
            .values(payload="{}")
        )
    return counts


def set_legal_hold(engine: Engine, reference: str, on: bool) -> bool:
    """Place or lift a legal hold on a reference; False when the tracker does not know it."""
    t = tracker_entries.c
    reference = normalise_reference(reference)
    with engine.begin() as conn:
        result: Any = conn.execute(
            update(tracker_entries).where(t.reference == reference).values(legal_hold=on)
        )
    known = bool(result.rowcount)
    if known:
        log.info("legal hold %s reference=%s", "placed" if on else "lifted", reference)
    return known
