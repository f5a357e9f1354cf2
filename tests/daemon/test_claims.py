"""Claiming due effects: the earliest due first, read from the index in that order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from mailbot.executor import _DUE, _DUE_IN_MAILBOXES, SEND_KINDS
from mailbot.senders.folder import FolderSender
from mailbot.store.models import effects
from mailbot.wiring import build_executor

from .test_sends import _decided


def test_effects_are_claimed_earliest_due_first_then_in_the_order_they_were_planned(
    tmp_path: Path,
) -> None:
    rig, engine = _decided(tmp_path, 3)
    e = effects.c
    with engine.begin() as conn:
        planned = list(
            conn.execute(select(e.id).where(e.kind.in_(SEND_KINDS)).order_by(e.id)).scalars()
        )
        # the first two effects were retried: due again a minute ago, after the others
        now = datetime.now(UTC)
        conn.execute(
            update(effects)
            .where(e.id.in_(planned[:2]))
            .values(next_attempt_at=now - timedelta(minutes=1))
        )
        conn.execute(
            update(effects)
            .where(e.id.in_(planned[2:]))
            .values(next_attempt_at=now - timedelta(minutes=5))
        )
    executor = build_executor(rig.settings, engine, "test", FolderSender(tmp_path / "out"), {})
    claimed = [job.id for job in executor.claim(SEND_KINDS, limit=len(planned))]
    assert claimed == [*planned[2:], *planned[:2]]
    # a limit takes the earliest due: the retried ones are left for the next claim
    with engine.begin() as conn:
        conn.execute(update(effects).values(claimed_by=None, claimed_until=None))
    assert [job.id for job in executor.claim(SEND_KINDS, limit=2)] == planned[2:4]


def test_a_claim_only_takes_the_effects_of_the_mailboxes_named(tmp_path: Path) -> None:
    rig, engine = _decided(tmp_path, 2)
    executor = build_executor(rig.settings, engine, "test", FolderSender(tmp_path / "out"), {})
    assert executor.claim(("move",), mailboxes=["dcs"], with_original=False) == []
    moves = executor.claim(("move",), mailboxes=["cass"], with_original=False)
    assert len(moves) == 2 and {job.mailbox for job in moves} == {"cass"}


def test_sqlite_reads_due_effects_in_claim_order_from_the_index_without_sorting(
    tmp_path: Path,
) -> None:
    # sorting every due effect for each claim of fifty made claiming cost more with each
    # effect waiting: on a backlog it was a twentieth of the effects process's time
    _, engine = _decided(tmp_path, 1)
    now = datetime.now(UTC)
    params = {
        "state_1": "pending", "b_now": now.isoformat(" "), "b_kinds": "notify",
        "b_holder": "test", "b_mailboxes": "cass", "b_limit": 50, "param_1": 0,
    }  # fmt: skip
    for statement in (_DUE, _DUE_IN_MAILBOXES):
        compiled = statement.compile(engine)
        sql = str(compiled).replace("__[POSTCOMPILE_b_kinds]", "?")
        sql = sql.replace("__[POSTCOMPILE_b_mailboxes]", "?")
        order = [params[name] for name in compiled.positiontup or ()]
        with engine.connect() as conn:
            plan = [
                row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", tuple(order))
            ]
        assert any("ix_effects_state_next_attempt_at" in step for step in plan), plan
        assert not any("TEMP B-TREE" in step for step in plan), plan
