"""Taking a reference for a decision: the number, its tracker entry and any OFSTED check, in
the caller's transaction (so the number is only used if everything else commits)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert

from mailbot.store import queries
from mailbot.store.models import tracker_entries
from routing.calendar import LONDON
from routing.decision import Decision

_INSERT_TRACKER_ENTRY = insert(tracker_entries)  # built once (see mailbot.executor)


def take_reference(
    conn: Connection, prefix: str, mailbox: str, decision: Decision, received: datetime
) -> Decision:
    year = received.astimezone(LONDON).year
    number = queries.next_reference(conn, prefix, year)
    decision = decision.with_reference(f"{prefix}-{year}-{number:06d}")
    conn.execute(
        _INSERT_TRACKER_ENTRY,
        {
            "reference": decision.reference,
            "received_on": received.astimezone(LONDON).date(),
            "category": decision.category,
            "route": decision.route,
            "status": "open",
            "mailbox": mailbox,
            "due_acknowledge": decision.due_acknowledge,
            "due_response": decision.due_response,
        },
    )
    if (
        decision.category == "ofsted_suitability"
        and decision.applicant_key
        and decision.applicant_dob
    ):
        queries.record_ofsted_check(
            conn,
            mailbox=mailbox,
            applicant_key=decision.applicant_key,
            applicant_dob=decision.applicant_dob,
            reference=decision.reference,
            received_at=received,
        )
    return decision
