"""What the console shows, and to whom.

Items on restricted cases (locked, special client record, personal interest) exist only for
the sensitive-case team and the case's lock owner. The rule is one SQL expression
(`visible_to`) applied to every list, count and lookup, so a restricted item cannot leak
through a count or a guessed id: for everyone else it is the same "not found" as an id
that does not exist.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    and_,
    exists,
    false,
    func,
    not_,
    or_,
    select,
    true,
)

from mailbot.console.audit import AuditEntry, entries
from mailbot.queue import due_of, reason_of, received_of, waiting, waiting_query
from mailbot.store.models import (
    case_records,
    decision_people,
    decision_revisions,
    decisions,
    effects,
    messages,
    tracker_entries,
)
from routing.calendar import LONDON, WorkingCalendar, local_date

# The reasons an item waits, in plain words (triage contract 4.0 and the daemon's stages).
REASONS: dict[str, str] = {
    "unreadable": "Nothing in the message could be read",
    "sender_not_authenticated": "The sender's address failed authentication checks",
    "reply_to_mismatch": "The reply address is at a different organisation from the sender",
    "unknown_reference": "The message quotes a reference we do not hold",
    "low_confidence": "mailbot could not tell what kind of message this is",
    "ambiguous_match": "More than one child in the case directory matches",
    "no_subject_identified": "The message does not say which child it is about",
    "unclassified": "Not a kind of message the procedures cover",
    "nonsecure_address": "The reply address is not secure enough for the answer",
}
STAGES = {
    "decide": "mailbot failed while deciding this message",
    "record_decision": "mailbot failed while saving its decision",
}
EFFECT_WORDS = {
    "acknowledge": "acknowledgement",
    "level1_response": "level-1 response",
    "request_consent": "request for consent",
    "request_form": "request for the form",
    "request_personal_address": "request for a personal address",
    "notify": "notification",
    "save_case_note": "case note",
    "move": "folder move",
}


def reason_words(code: str) -> str:
    if code.startswith("failed:"):
        stage = code.split(":", 1)[1]
        return STAGES.get(stage, f"mailbot failed at the {stage} stage")
    if code.startswith("effect_failed:"):
        kind = code.split(":", 1)[1]
        return f"The {EFFECT_WORDS.get(kind, kind)} could not be carried out"
    return REASONS.get(code, code.replace("_", " "))


@dataclass(frozen=True)
class Viewer:
    username: str
    role: str
    email: str | None = None

    @property
    def sensitive(self) -> bool:
        return self.role == "sensitive_case_team"


class NotFound(Exception):
    """No such item, or one this viewer may not know of: the same answer for both."""


# --- who may see what -----------------------------------------------------------------------


def _people_with(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    dp, cr = decision_people.c, case_records.c
    return exists(
        select(dp.message_pk)
        .join(case_records, cr.person_id == dp.person_id)
        .where(dp.message_pk == messages.c.id, condition)
        .correlate_except(decision_people, case_records)
    )


def restricted() -> ColumnElement[bool]:
    """The message concerns a restricted case: a subject or a candidate record restricted now,
    or a decision routed as restricted (the record may since have left the directory)."""
    d = decisions.c
    return or_(
        _people_with(case_records.c.restriction.is_not(None)),
        exists(
            select(d.message_pk)
            .where(d.message_pk == messages.c.id, d.route == "restricted")
            .correlate_except(decisions)
        ),
    )


def visible_to(viewer: Viewer) -> ColumnElement[bool]:
    if viewer.sensitive:
        return true()
    cr = case_records.c
    email = (viewer.email or "").lower()
    owned: ColumnElement[bool] = (
        _people_with(
            and_(cr.restriction.is_not(None), func.lower(cr.restriction_owner_email) == email)
        )
        if email
        else false()
    )
    if viewer.role in ("business_support", "administrator"):
        return or_(not_(restricted()), owned)
    if viewer.role == "team_manager" and email:
        mine = _people_with(
            or_(func.lower(cr.team_manager_email) == email, func.lower(cr.worker_email) == email)
        )
        return or_(and_(not_(restricted()), mine), owned)
    return owned


# --- the queue ------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueRow:
    pk: int
    mailbox: str
    received: datetime
    reason: str
    category: str | None
    reference: str | None
    due: date
    overdue: bool
    due_today: bool
    restricted: bool

    @property
    def reason_words(self) -> str:
        return reason_words(self.reason)


@dataclass(frozen=True)
class Queue:
    rows: list[QueueRow]
    total: int  # waiting and visible, before filters
    overdue: int
    due_today: int
    by_reason: dict[str, int]
    mailboxes: list[str]
    shown: int = 0


def queue(
    engine: Engine,
    viewer: Viewer,
    calendar: WorkingCalendar,
    *,
    today: date | None = None,
    mailbox: str | None = None,
    reason: str | None = None,
    due: str | None = None,  # "overdue", "today" or "later"
    limit: int = 500,
) -> Queue:
    """Every visible item waiting for a person; the soonest due first (overdue at the top)."""
    today = today or local_date(datetime.now(UTC))
    query = waiting_query(restricted().label("restricted"), where=visible_to(viewer))
    rows: list[QueueRow] = []
    with engine.connect() as conn:
        for r in conn.execute(query):
            code = reason_of(r)
            received = received_of(r.decision_json, r.arrived_at)
            when = due_of(r, received, calendar)
            rows.append(
                QueueRow(
                    r.id,
                    r.mailbox,
                    received,
                    code,
                    r.category,
                    r.reference,
                    when,
                    when < today,
                    when == today,
                    bool(r.restricted),
                )
            )
    rows.sort(key=lambda row: (row.due, row.received))
    counts = Counter(row.reason for row in rows)
    chosen = [
        row
        for row in rows
        if (mailbox is None or row.mailbox == mailbox)
        and (reason is None or row.reason == reason)
        and (
            due is None
            or (due == "overdue" and row.overdue)
            or (due == "today" and row.due_today)
            or (due == "later" and row.due > today)
        )
    ]
    return Queue(
        rows=chosen[:limit],
        total=len(rows),
        overdue=sum(row.overdue for row in rows),
        due_today=sum(row.due_today for row in rows),
        by_reason=dict(sorted(counts.items())),
        mailboxes=sorted({row.mailbox for row in rows}),
        shown=len(chosen),
    )


# --- one item -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    person_id: str
    given_name: str
    family_name: str
    dob: date
    status: str
    team: str | None
    kind: str  # "subject" or "candidate"


@dataclass(frozen=True)
class Event:
    at: datetime
    what: str
    who: str | None = None
    detail: str | None = None


@dataclass
class Item:
    pk: int
    mailbox: str
    received: datetime
    state: str
    stage: str | None
    error: str | None
    raw: bytes | None  # None when this viewer may not read the content, or it was purged
    decision: dict[str, Any] | None
    reference: str | None
    exception: str | None
    resolution: str | None
    restricted: bool
    waiting: bool
    reason: str | None
    people: list[Candidate] = field(default_factory=list)
    history: list[Event] = field(default_factory=list)
    failed_effects: list[str] = field(default_factory=list)

    @property
    def reason_words(self) -> str | None:
        return reason_words(self.reason) if self.reason else None


def _history(engine: Engine, pk: int, created: datetime) -> list[Event]:
    m, d, e, r = messages.c, decisions.c, effects.c, decision_revisions.c
    events = [Event(created, "Taken from the mailbox and recorded")]
    with engine.connect() as conn:
        decided = conn.execute(
            select(d.decided_at, d.category, d.route, d.exception).where(d.message_pk == pk)
        ).first()
        for rev in conn.execute(
            select(r.replaced_at, r.replaced_by, r.decision_json).where(r.message_pk == pk)
        ):
            old = json.loads(rev.decision_json)
            events.append(
                Event(
                    rev.replaced_at,
                    "Decision replaced",
                    rev.replaced_by,
                    f"was {old.get('category')} / {old.get('route')}"
                    + (f", held: {old['exception']}" if old.get("exception") else ""),
                )
            )
        for eff in conn.execute(
            select(e.kind, e.state, e.done_at, e.next_attempt_at, e.attempts, e.last_error)
            .where(e.message_pk == pk)
            .order_by(e.id)
        ):
            words = EFFECT_WORDS.get(eff.kind, eff.kind)
            detail = {
                "done": "done",
                "pending": "waiting to be carried out",
                "failed": f"failed after {eff.attempts} attempts",
                "skipped": f"not needed ({eff.last_error})" if eff.last_error else "not needed",
            }
            events.append(
                Event(
                    eff.done_at or eff.next_attempt_at,
                    words.capitalize(),
                    None,
                    detail.get(eff.state, eff.state),
                )
            )
        state = conn.execute(
            select(m.resolution, m.resolved_at, m.resolved_by).where(m.id == pk)
        ).one()
    if decided is not None:
        events.append(
            Event(
                decided.decided_at,
                "Decided",
                None,
                f"{decided.category} / {decided.route}"
                + (f", held: {decided.exception}" if decided.exception else ""),
            )
        )
    if state.resolution:
        events.append(Event(state.resolved_at, "Settled", state.resolved_by, state.resolution))
    for a in entries(engine, message_pk=pk, limit=1000):
        events.append(_audit_event(a))
    return sorted(events, key=lambda ev: ev.at)


def _audit_event(a: AuditEntry) -> Event:
    detail = ", ".join(f"{k}: {v}" for k, v in sorted(a.detail.items()) if v not in (None, ""))
    return Event(a.at, a.action.replace("_", " ").capitalize(), a.username, detail or None)


def item(engine: Engine, viewer: Viewer, pk: int) -> Item:
    m, d, e, dp, cr = messages.c, decisions.c, effects.c, decision_people.c, case_records.c
    with engine.connect() as conn:
        row = conn.execute(
            select(
                m.id,
                m.mailbox,
                m.arrived_at,
                m.created_at,
                m.state,
                m.stage,
                m.error,
                m.raw,
                m.purged_at,
                m.resolution,
                d.decision_json,
                d.reference,
                d.exception,
                restricted().label("restricted"),
                waiting().label("waiting"),
            )
            .outerjoin(decisions, d.message_pk == m.id)
            .where(m.id == pk, visible_to(viewer))
        ).first()
        if row is None:
            raise NotFound(pk)
        people = [
            Candidate(p.person_id, p.given_name, p.family_name, p.dob, p.status, p.team, p.kind)
            for p in conn.execute(
                select(
                    dp.person_id, dp.kind, cr.given_name, cr.family_name, cr.dob, cr.status, cr.team
                )
                .join(case_records, cr.person_id == dp.person_id)
                .where(dp.message_pk == pk)
                .order_by(dp.kind.desc(), dp.person_id)
            )
        ]
        failed_effects = list(
            conn.execute(
                select(e.kind).where(e.message_pk == pk, e.state == "failed").order_by(e.id)
            ).scalars()
        )
    decision = json.loads(row.decision_json) if row.decision_json else None
    # Before a decision nothing says whom the message concerns: its content is shown only
    # to the sensitive-case team, who may see everything.
    readable = decision is not None or viewer.sensitive
    reason = row.exception or (
        f"failed:{row.stage}"
        if row.state == "failed"
        else (f"effect_failed:{failed_effects[0]}" if failed_effects else None)
    )
    return Item(
        pk=row.id,
        mailbox=row.mailbox,
        received=received_of(row.decision_json, row.arrived_at),
        state=row.state,
        stage=row.stage,
        error=row.error,
        raw=row.raw if readable and row.purged_at is None else None,
        decision=decision,
        reference=row.reference,
        exception=row.exception,
        resolution=row.resolution,
        restricted=bool(row.restricted),
        waiting=bool(row.waiting),
        reason=reason if row.waiting else None,
        people=people,
        history=_history(engine, pk, row.created_at),
        failed_effects=failed_effects,
    )


# --- overview -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Day:
    day: date
    intake: int
    acknowledged: int


@dataclass(frozen=True)
class Overview:
    today: date
    by_category: dict[str, int]
    by_route: dict[str, int]
    intake_today: int
    acknowledged_today: int
    waiting: int
    overdue: int
    due_today: int
    days: list[Day]


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), LONDON).astimezone(UTC)


def overview(
    engine: Engine, viewer: Viewer, calendar: WorkingCalendar, *, today: date | None = None
) -> Overview:
    today = today or local_date(datetime.now(UTC))
    start = today - timedelta(days=29)
    m, d, e = messages.c, decisions.c, effects.c
    seen = visible_to(viewer)
    intake: Counter[date] = Counter()
    acknowledged: Counter[date] = Counter()
    by_category: Counter[str] = Counter()
    by_route: Counter[str] = Counter()
    with engine.connect() as conn:
        for r in conn.execute(
            select(m.arrived_at, d.category, d.route)
            .outerjoin(decisions, d.message_pk == m.id)
            .where(m.arrived_at >= _day_start(start), seen)
        ):
            day = local_date(r.arrived_at)
            intake[day] += 1
            if day == today:
                by_category[r.category or "not decided"] += 1
                by_route[r.route or "not decided"] += 1
        for r in conn.execute(
            select(e.done_at)
            .join(messages, m.id == e.message_pk)
            .where(
                e.kind == "acknowledge",
                e.state == "done",
                e.done_at >= _day_start(start),
                seen,
            )
        ):
            acknowledged[local_date(r.done_at)] += 1
    waiting_now = queue(engine, viewer, calendar, today=today)
    return Overview(
        today=today,
        by_category=dict(by_category.most_common()),
        by_route=dict(by_route.most_common()),
        intake_today=intake[today],
        acknowledged_today=acknowledged[today],
        waiting=waiting_now.total,
        overdue=waiting_now.overdue,
        due_today=waiting_now.due_today,
        days=[
            Day(
                start + timedelta(days=i),
                intake[start + timedelta(days=i)],
                acknowledged[start + timedelta(days=i)],
            )
            for i in range(30)
        ],
    )


# --- the tracker view (no personal data: 002 paragraph 29) -----------------------------------


@dataclass(frozen=True)
class TrackerView:
    reference: str
    received_on: date
    category: str | None
    route: str | None
    status: str | None
    mailbox: str | None
    due_acknowledge: date | None
    due_response: date | None
    responded_at: datetime | None
    escalated_at: datetime | None
    holding_reply_at: datetime | None
    legal_hold: bool
    message_pk: int | None  # for a link to the item, when the viewer may see it
    history: list[Event]


def tracker(engine: Engine, viewer: Viewer, reference: str) -> TrackerView:
    t, d, m, e = tracker_entries.c, decisions.c, messages.c, effects.c
    reference = reference.strip().upper()
    with engine.connect() as conn:
        entry = conn.execute(select(tracker_entries).where(t.reference == reference)).first()
        if entry is None:
            raise NotFound(reference)
        owner = conn.execute(select(d.message_pk).where(d.reference == reference)).first()
        pk = int(owner[0]) if owner else None
        if pk is not None:
            if conn.execute(select(m.id).where(m.id == pk, visible_to(viewer))).first() is None:
                raise NotFound(reference)
        elif entry.route == "restricted" and not viewer.sensitive:
            raise NotFound(reference)
        history = [Event(_day_start(entry.received_on), "Received")]
        if pk is not None:
            for eff in conn.execute(
                select(e.kind, e.state, e.done_at).where(e.message_pk == pk).order_by(e.id)
            ):
                if eff.state == "done" and eff.done_at and eff.kind != "move":
                    history.append(
                        Event(
                            eff.done_at,
                            EFFECT_WORDS.get(eff.kind, eff.kind).capitalize() + " sent"
                            if eff.kind != "save_case_note"
                            else "Case note saved",
                        )
                    )
    for stamp, words in (
        (entry.escalated_at, "Escalated to the team manager"),
        (entry.holding_reply_at, "Holding reply sent"),
        (entry.responded_at, "Responded"),
    ):
        if stamp:
            history.append(Event(stamp, words))
    for a in entries(engine, message_pk=pk, limit=1000) if pk is not None else []:
        # actions only, by code: the tracker view names no one and shows no content
        history.append(Event(a.at, a.action.replace("_", " ").capitalize()))
    return TrackerView(
        reference=entry.reference,
        received_on=entry.received_on,
        category=entry.category,
        route=entry.route,
        status=entry.status,
        mailbox=entry.mailbox,
        due_acknowledge=entry.due_acknowledge,
        due_response=entry.due_response,
        responded_at=entry.responded_at,
        escalated_at=entry.escalated_at,
        holding_reply_at=entry.holding_reply_at,
        legal_hold=bool(entry.legal_hold),
        message_pk=pk,
        history=sorted(history, key=lambda ev: ev.at),
    )
