"""From a decision to the effects that carry it out (the outbox rows).

Everything a decision requires is planned here, in one place, and written with the decision
in one transaction: replies to the sender, notifications to the people each route resolves to,
case notes, and the folder move. The executor then carries out each effect once, by its key.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert

from mailbot.config import Settings
from mailbot.store import models
from routing.decision import Decision
from routing.world import CaseRecord, Directory

# Replies that go back to the original sender, and what each composes.
SENDER_REPLIES = (
    "acknowledge",
    "level1_response",
    "request_consent",
    "request_form",
    "request_personal_address",
)


@dataclass(frozen=True)
class PlannedEffect:
    kind: str  # a sender reply kind, "notify", "save_case_note" or "move"
    key: str  # idempotency key: unique per message and what is done
    payload: dict[str, Any] = field(default_factory=dict)


def outcome_folder(decision: Decision) -> str:
    if decision.category == "automated":
        return "automated"
    return "exceptions" if decision.exception else "processed"


def _unique(addresses: list[str | None]) -> list[str]:
    seen: list[str] = []
    for a in addresses:
        if a and a.lower() not in seen:
            seen.append(a.lower())
    return seen


@dataclass(frozen=True)
class Recipients:
    to: list[str]
    cc: list[str] = field(default_factory=list)
    locked_statement: bool = False  # 001 Appendix 2: say that the case was locked


def route_recipients(
    decision: Decision,
    records: list[CaseRecord],
    settings: Settings,
    reference_owner: Callable[[str], list[str]],
) -> Recipients:
    """Who a route's notification goes to: fixed teams from the configuration, people from
    the case directory (workers, managers, lock owners), or whoever holds a reference."""
    routes = settings.routes
    route = decision.route
    if route == "allocated_worker":
        open_records = [r for r in records if r.status == "open"] or records
        return Recipients(
            _unique([r.worker_email for r in open_records]),
            _unique([r.team_manager_email for r in open_records]),
        )
    if route == "re_referral":
        closed = sorted(
            (r for r in records if r.status == "closed"), key=lambda r: r.closed_on or r.dob
        )
        return Recipients(_unique([closed[-1].team_manager_email] if closed else []))
    if route == "restricted":
        restricted = [r for r in records if r.restricted]
        locked = [r for r in restricted if r.restriction == "locked"]
        if locked:
            return Recipients(
                _unique([r.restriction_owner_email for r in locked]),
                list(routes.ra_team),
                locked_statement=True,
            )
        team = (
            routes.sensitive_case_team_ni
            if any(r.area == "NI" for r in restricted)
            else routes.sensitive_case_team
        )
        return Recipients(list(team), _unique([r.restriction_owner_email for r in restricted]))
    if route == "reference_owner" and decision.related_reference:
        return Recipients(reference_owner(decision.related_reference))
    fixed = {
        "irr_queue": routes.irr_queue,
        "front_door": routes.front_door,
        "cp_team": routes.cp_team,
        "casework_lead": routes.casework_lead,
        "review_team": routes.review_team,
    }
    return Recipients(list(fixed.get(route, [])))


def level1_answer(decision: Decision, records: list[CaseRecord]) -> dict[str, Any]:
    """What a level-1 response says: not known, the allocated worker, or the closure date."""
    if decision.case_status == "not_known" or not records:
        return {"answer": "not_known"}
    answers: list[dict[str, str | None]] = []
    for r in records:
        if r.status == "open":
            answers.append(
                {
                    "answer": "open",
                    "worker": r.allocated_worker,
                    "email": r.worker_email,
                    "team": r.team,
                }
            )
        else:
            answers.append(
                {"answer": "closed", "closed_on": r.closed_on.isoformat() if r.closed_on else None}
            )
    return {"answer": "known", "children": answers}


def plan(
    decision: Decision,
    message_pk: int,
    directory: Directory,
    settings: Settings,
    reference_owner: Callable[[str], list[str]],
) -> list[PlannedEffect]:
    """The effects of one decision, in the order they should run (the move last)."""
    records = [
        directory.by_id[s.person_id] for s in decision.subjects if s.person_id in directory.by_id
    ]
    own = {m.address.lower() for m in settings.mailboxes.values()} | {
        a.lower() for a in settings.outbound.own_addresses
    }
    effects: list[PlannedEffect] = []
    common = {"reference": decision.reference, "urgent": decision.urgent}
    reply_to = decision.reply_address
    for kind in SENDER_REPLIES:
        if kind not in decision.actions:
            continue
        if reply_to is None or decision.address_verdict == "invalid" or reply_to in own:
            effects.append(
                PlannedEffect(
                    kind, f"{message_pk}:{kind}", {**common, "skip": "no address to answer"}
                )
            )
            continue
        if kind == "level1_response" and not decision.address_verdict.startswith("secure"):
            # routing never asks for this; the shell refuses it all the same
            effects.append(
                PlannedEffect(
                    kind, f"{message_pk}:{kind}", {**common, "skip": "address not secure"}
                )
            )
            continue
        payload: dict[str, Any] = {**common, "to": [reply_to]}
        if kind == "level1_response":
            payload["level1"] = level1_answer(decision, records)
        effects.append(PlannedEffect(kind, f"{message_pk}:{kind}", payload))
    if "notify" in decision.actions:
        who = route_recipients(decision, records, settings, reference_owner)
        to = who.to or list(settings.routes.business_support)
        effects.append(
            PlannedEffect(
                "notify",
                f"{message_pk}:notify",
                {
                    **common,
                    "to": to,
                    "cc": [a for a in who.cc if a not in to],
                    "route": decision.route,
                    "locked_statement": who.locked_statement,
                    "mark_urgent": "mark_urgent" in decision.actions,
                },
            )
        )
    for person_id in decision.case_notes:
        effects.append(
            PlannedEffect(
                "save_case_note",
                f"{message_pk}:case_note:{person_id}",
                {**common, "person_id": person_id},
            )
        )
    effects.append(
        PlannedEffect("move", f"{message_pk}:move", {"folder": outcome_folder(decision)})
    )
    return effects


_INSERT_EFFECTS = insert(models.effects)  # built once (see mailbot.executor)


def insert_effects(
    conn: Connection, pk: int, planned: Iterable[PlannedEffect], now: datetime
) -> None:
    """The outbox rows of a plan; an effect whose payload says why it is not needed ("skip")
    is recorded as skipped, with that reason."""
    rows = [
        {
            "message_pk": pk,
            "kind": effect.kind,
            "key": effect.key,
            "payload": json.dumps(effect.payload),
            "state": "skipped" if "skip" in effect.payload else "pending",
            "attempts": 0,
            "next_attempt_at": now,
            "last_error": effect.payload.get("skip"),
        }
        for effect in planned
    ]
    if rows:  # one statement for them all
        conn.execute(_INSERT_EFFECTS, rows)
