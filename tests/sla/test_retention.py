"""Retention: expired content purged, the tracker row kept; preserved categories and legal
holds stop the purge (issue 5; 002 paragraphs 29 and 33)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select

from mailbot.config import Retention, Settings
from mailbot.retention import KEPT_DECISION_FIELDS, PurgeResult, purge_expired, set_legal_hold
from mailbot.store.models import decisions, effects, messages, tracker_entries

from . import CHILD, SENDER, add_entry, add_message, example_settings

NOW = datetime(2027, 4, 6, 2, 0, tzinfo=UTC)
OLD = NOW - timedelta(days=400)
RECENT = NOW - timedelta(days=10)


def settings(**retention: Any) -> Settings:
    days = retention.pop("days", {"casework_submission": 365, "correspondence": 365, "other": 30})
    return example_settings(retention=Retention(days=days, **retention))


def state(engine: Engine, pk: int) -> dict[str, Any]:
    m, d, e = messages.c, decisions.c, effects.c
    with engine.connect() as conn:
        raw, purged_at = conn.execute(select(m.raw, m.purged_at).where(m.id == pk)).one()
        decision = json.loads(
            conn.execute(select(d.decision_json).where(d.message_pk == pk)).scalar_one()
        )
        payloads = {
            str(kind): str(payload)
            for kind, payload in conn.execute(select(e.kind, e.payload).where(e.message_pk == pk))
        }
    return {"raw": raw, "purged_at": purged_at, "decision": decision, "payloads": payloads}


def purged(engine: Engine, pk: int) -> bool:
    return state(engine, pk)["purged_at"] is not None


def test_expired_content_is_purged_and_the_tracker_row_stays(engine: Engine) -> None:
    add_entry(engine, "DCS-2026-000001", date(2026, 3, 1), due_response=date(2026, 3, 27))
    pk = add_message(engine, arrived_at=OLD, reference="DCS-2026-000001")
    fresh = add_message(engine, arrived_at=RECENT, reference=None)

    assert purge_expired(engine, settings(), NOW) == PurgeResult(purged=1)

    after = state(engine, pk)
    assert after["raw"] == b"" and after["purged_at"] == NOW
    assert set(after["decision"]) == set(KEPT_DECISION_FIELDS)
    assert after["decision"]["reference"] == "DCS-2026-000001"
    assert after["decision"]["category"] == "casework_submission"
    assert after["decision"]["due"] == {"acknowledge": "2026-01-06", "response": "2026-02-02"}
    assert after["payloads"]["notify"] == "{}"
    assert json.loads(after["payloads"]["move"])["folder"] == "processed"  # no personal data
    everything = json.dumps(after, default=str)
    for personal in (CHILD, "Poppy", SENDER, "Wren Close", "900001"):
        assert personal not in everything

    t = tracker_entries.c
    with engine.connect() as conn:
        row = conn.execute(select(tracker_entries).where(t.reference == "DCS-2026-000001")).one()
    assert (row.category, row.due_response, row.mailbox) == (
        "casework_submission", date(2026, 3, 27), "dcs",
    )  # fmt: skip
    assert not purged(engine, fresh)
    assert CHILD.encode() in state(engine, fresh)["raw"]


def test_a_purge_is_idempotent(engine: Engine) -> None:
    pk = add_message(engine, arrived_at=OLD)
    held = add_message(engine, arrived_at=OLD, reference="DCS-2026-000002")
    add_entry(engine, "DCS-2026-000002", date(2026, 3, 1), legal_hold=True)
    assert purge_expired(engine, settings(), NOW) == PurgeResult(purged=1, held=1)
    first = state(engine, pk)
    assert purge_expired(engine, settings(), NOW + timedelta(days=1)) == PurgeResult(held=1)
    assert state(engine, pk) == first  # purged_at unchanged
    assert not purged(engine, held)


def test_a_preserved_category_is_never_purged(engine: Engine) -> None:
    # correspondence about a child's care is preserved by default (002 paragraph 33)
    kept = add_message(engine, arrived_at=OLD, category="correspondence")
    assert purge_expired(engine, settings(), NOW) == PurgeResult(preserved=1)
    assert CHILD.encode() in state(engine, kept)["raw"]
    # a deployment that preserves only what it must: the same kind of letter is purged
    narrower = settings(preserve_categories=["information_request", "ofsted_suitability"])
    assert purge_expired(engine, narrower, NOW) == PurgeResult(purged=1)
    assert purged(engine, kept)


def test_a_legal_hold_stops_the_purge_until_it_is_lifted(engine: Engine) -> None:
    add_entry(engine, "DCS-2026-000007", date(2026, 3, 1))
    original = add_message(engine, arrived_at=OLD, reference="DCS-2026-000007")
    follow_up = add_message(
        engine, arrived_at=OLD, category="other", related_reference="DCS-2026-000007"
    )
    assert set_legal_hold(engine, "dcs-2026-000007", True)
    assert purge_expired(engine, settings(), NOW) == PurgeResult(held=2)
    assert not purged(engine, original) and not purged(engine, follow_up)

    assert set_legal_hold(engine, "DCS-2026-000007", False)
    assert purge_expired(engine, settings(), NOW) == PurgeResult(purged=2)
    assert purged(engine, original) and purged(engine, follow_up)
    with engine.connect() as conn:
        assert conn.execute(select(tracker_entries.c.reference)).scalars().all() == [
            "DCS-2026-000007"
        ]


def test_a_hold_on_an_unknown_reference_is_refused(engine: Engine) -> None:
    assert not set_legal_hold(engine, "DCS-2026-000404", True)


def test_periods_per_category_and_by_default(engine: Engine) -> None:
    other = add_message(engine, arrived_at=NOW - timedelta(days=31), category="other")
    casework = add_message(engine, arrived_at=NOW - timedelta(days=31))
    unlisted = add_message(engine, arrived_at=NOW - timedelta(days=31), category="automated")
    # no default period: an unlisted category is kept until a person decides
    assert purge_expired(engine, settings(), NOW) == PurgeResult(purged=1)
    assert purged(engine, other) and not purged(engine, casework) and not purged(engine, unlisted)
    # a default period covers the categories not listed, not those with their own
    assert purge_expired(engine, settings(default_days=30), NOW) == PurgeResult(purged=1)
    assert purged(engine, unlisted) and not purged(engine, casework)


def test_the_period_is_counted_from_arrival(engine: Engine) -> None:
    pk = add_message(engine, arrived_at=NOW - timedelta(days=30), category="other")
    assert purge_expired(engine, settings(), NOW) == PurgeResult()
    assert purge_expired(engine, settings(), NOW + timedelta(seconds=1)) == PurgeResult(purged=1)
    assert purged(engine, pk)


def test_content_still_needed_by_an_effect_waits(engine: Engine) -> None:
    pending = add_message(
        engine, arrived_at=OLD, effect_states=[("notify", "pending"), ("move", "done")]
    )
    failed = add_message(engine, arrived_at=OLD, effect_states=[("reply", "failed")])
    assert purge_expired(engine, settings(), NOW) == PurgeResult(waiting=2)
    assert not purged(engine, pending) and not purged(engine, failed)


def test_a_dry_run_counts_and_changes_nothing(engine: Engine) -> None:
    pk = add_message(engine, arrived_at=OLD)
    before = state(engine, pk)
    assert purge_expired(engine, settings(), NOW, dry_run=True) == PurgeResult(purged=1)
    assert state(engine, pk) == before


def test_many_messages_are_purged_in_batches(engine: Engine) -> None:
    for _ in range(450):
        add_message(engine, arrived_at=OLD, category="other", effect_states=())
    assert purge_expired(engine, settings(), NOW) == PurgeResult(purged=450)
    with engine.connect() as conn:
        assert conn.execute(select(messages.c.id).where(messages.c.purged_at.is_(None))).all() == []
