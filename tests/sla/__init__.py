"""Helpers for the service-level tests: tracker entries and decided messages written straight
into a migrated store, as the daemon would have left them."""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert

from mailbot.config import Settings, load_settings
from mailbot.store.db import make_engine, upgrade
from mailbot.store.models import decisions, effects, messages, tracker_entries

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_CONFIG = ROOT / "config" / "mailbot.example.yaml"
# personal data that must never leave the message rows: not in reports, not after a purge
CHILD = "Poppy Lindqvist"
SENDER = "dana.reeve@elmridge.police.uk"
_KEYS = itertools.count(1)


def migrated(url: str) -> Engine:
    upgrade(url)
    return make_engine(url)


def example_settings(**updates: Any) -> Settings:
    return load_settings(EXAMPLE_CONFIG).model_copy(update=updates)


def add_entry(
    engine: Engine,
    reference: str,
    received_on: date,
    *,
    mailbox: str | None = "dcs",
    category: str | None = "casework_submission",
    due_acknowledge: date | None = None,
    due_response: date | None = None,
    responded_at: datetime | None = None,
    legal_hold: bool = False,
) -> None:
    with engine.begin() as conn:
        conn.execute(
            insert(tracker_entries).values(
                reference=reference,
                received_on=received_on,
                category=category,
                route="casework_lead",
                status="responded" if responded_at else "open",
                mailbox=mailbox,
                due_acknowledge=due_acknowledge,
                due_response=due_response,
                responded_at=responded_at,
                legal_hold=legal_hold,
            )
        )


def decision_json(category: str, reference: str | None, related: str | None) -> dict[str, Any]:
    """A decision as the contract writes it, full of the people it is about."""
    return {
        "message_id": "<1.test@elmridge.police.uk>",
        "mailbox": "dcs",
        "received": "2026-01-05T09:00:00+00:00",
        "category": category,
        "confidence": 0.93,
        "urgent": False,
        "urgency_reason": None,
        "irr_level": None,
        "consent": None,
        "consent_basis": None,
        "concern": False,
        "sender": SENDER,
        "reply_address": SENDER,
        "address_verdict": "secure_personal",
        "subjects": [{"person_id": "900001", "match": "name_dob"}],
        "case_status": "open",
        "closed_on": None,
        "route": "casework_lead",
        "actions": ["acknowledge", "notify"],
        "case_notes": ["900001"],
        "reference": reference,
        "related_reference": related,
        "due": {"acknowledge": "2026-01-06", "response": "2026-02-02"},
        "exception": None,
        "explanation": [f"the child was identified by name and date of birth: {CHILD}"],
    }


def add_message(
    engine: Engine,
    *,
    arrived_at: datetime,
    category: str = "casework_submission",
    mailbox: str = "dcs",
    reference: str | None = None,
    related_reference: str | None = None,
    effect_states: Sequence[tuple[str, str]] = (("notify", "done"), ("move", "done")),
) -> int:
    """A decided message about CHILD from SENDER, with its effects; returns its id."""
    n = next(_KEYS)
    raw = (
        f"From: Dana Reeve <{SENDER}>\r\nSubject: About {CHILD}\r\n\r\n"
        f"{CHILD} (02/03/2014) lives at 4 Wren Close.\r\n"
    ).encode()
    now = datetime.now(UTC)
    with engine.begin() as conn:
        pk = conn.execute(
            insert(messages).values(
                mailbox=mailbox,
                source_key=f"key-{n}",
                sha256=f"{n:064d}",
                message_id=f"<{n}.test@elmridge.police.uk>",
                arrived_at=arrived_at,
                raw=raw,
                state="decided",
                outcome_folder="processed",
                moved=True,
                created_at=arrived_at,
            )
        ).inserted_primary_key
        assert pk is not None
        message_pk = int(pk[0])
        conn.execute(
            insert(decisions).values(
                message_pk=message_pk,
                category=category,
                route="casework_lead",
                exception=None,
                reference=reference,
                related_reference=related_reference,
                due_acknowledge=None,
                due_response=None,
                decision_json=json.dumps(decision_json(category, reference, related_reference)),
                decided_at=arrived_at,
            )
        )
        for kind, state in effect_states:
            payload = (
                {"folder": "processed", "source_key": f"key-{n}"}
                if kind == "move"
                else {"to": [SENDER], "subject": f"About {CHILD}"}
            )
            conn.execute(
                insert(effects).values(
                    message_pk=message_pk,
                    kind=kind,
                    key=f"{message_pk}:{kind}",
                    payload=json.dumps(payload),
                    state=state,
                    attempts=1,
                    next_attempt_at=now,
                )
            )
    return message_pk
