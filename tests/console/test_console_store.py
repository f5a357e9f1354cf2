"""The console's reads and actions on both stores: SQLite and PostgreSQL (the visibility rule
is one SQL condition, so it must hold in each dialect)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mailbot.console import items
from mailbot.console.actions import ActionRefused, Actions
from mailbot.console.items import NotFound, Viewer
from mailbot.store.models import decision_revisions, effects
from routing.calendar import WorkingCalendar
from routing.engine import Corrections
from tests.console.rig import ConsoleRig, make_console_rig

BS = Viewer("bs", "business_support", "bs.one@kestrelford.gov.uk")
SCT = Viewer("sct", "sensitive_case_team", "sct@kestrelford.gov.uk")
OWNER = Viewer("owner", "team_manager", "lock.owner@kestrelford.gov.uk")
OTHER_TM = Viewer("tm2", "team_manager", "tm.nowhere@kestrelford.gov.uk")


@pytest.fixture
def store(db_url: str, tmp_path: Path) -> Iterator[ConsoleRig]:
    crig = make_console_rig(tmp_path, db_url)
    yield crig
    crig.engine.dispose()


def test_who_sees_which_item(store: ConsoleRig) -> None:
    cal = WorkingCalendar("england-and-wales", [])
    restricted = store.items["restricted"]
    seen = {v.username: {r.pk for r in items.queue(store.engine, v, cal).rows}
            for v in (BS, SCT, OWNER, OTHER_TM)}  # fmt: skip
    assert restricted not in seen["bs"] and len(seen["bs"]) == 2
    assert restricted in seen["sct"] and len(seen["sct"]) == 3
    assert seen["owner"] == {restricted}
    assert seen["tm2"] == set()
    with pytest.raises(NotFound):
        items.item(store.engine, BS, restricted)
    assert items.item(store.engine, OWNER, restricted).restricted
    assert items.overview(store.engine, BS, cal).waiting == 2


def test_release_replaces_the_decision_once(store: ConsoleRig) -> None:
    actions = Actions(store.settings, store.engine)
    pk = store.items["ambiguous"]
    decision = actions.release(BS, pk, Corrections(person_ids=("700001",)))
    assert decision.route == "allocated_worker" and decision.reference
    with pytest.raises(ActionRefused):
        actions.release(BS, pk, Corrections(person_ids=("700002",)))
    with store.engine.connect() as conn:
        assert len(conn.execute(select(decision_revisions).where(
            decision_revisions.c.message_pk == pk)).all()) == 1  # fmt: skip
        kinds = sorted(
            conn.execute(
                select(effects.c.kind).where(
                    effects.c.message_pk == pk, effects.c.state == "pending"
                )
            ).scalars()
        )
    assert kinds == ["acknowledge", "notify", "save_case_note"]
    # the lock owner's restricted item cannot be released as another case by someone else
    with pytest.raises(NotFound):
        actions.release(BS, store.items["restricted"], Corrections(person_ids=("700004",)))
