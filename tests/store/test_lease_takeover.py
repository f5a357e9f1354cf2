"""Taking over an expired lease from an instance on another machine: its claims are freed,
the scheduler's notices (which belong to no mailbox) too, unless it still renews a lease on
another mailbox and so is alive. Run on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, insert, select

from mailbot.leases import acquire, take_over_claims
from mailbot.store.models import effects, mailbox_leases, messages

MINE = "here:100:aaaaaa:mine"
GONE = "elsewhere:200:bbbbbb:gone"  # another machine: not ours to judge by pid
OTHER = "third:300:cccccc:other"


def _setup(engine: Engine, leases: dict[str, tuple[str, timedelta]]) -> None:
    now = datetime.now(UTC)
    later = now + timedelta(minutes=5)
    with engine.begin() as conn:
        conn.execute(insert(mailbox_leases), [
            {"mailbox": box, "holder": holder, "expires_at": now + offset}
            for box, (holder, offset) in leases.items()
        ])  # fmt: skip
        conn.execute(
            insert(messages).values(
                id=1, mailbox="cass", source_key="k1", sha256="0" * 64,
                message_id="<1@test.invalid>", arrived_at=now, raw=b"", state="decided",
                created_at=now,
            )
        )  # fmt: skip
        rows = [("notice-gone", None, GONE), ("notice-other", None, OTHER),
                ("cass-gone", 1, GONE)]  # fmt: skip
        conn.execute(insert(effects), [
            {"message_pk": pk, "kind": "escalation" if pk is None else "acknowledge",
             "key": key, "payload": "{}", "state": "pending", "attempts": 0,
             "next_attempt_at": now, "claimed_by": holder, "claimed_until": later}
            for key, pk, holder in rows
        ])  # fmt: skip


def _claims(engine: Engine) -> dict[str, str | None]:
    with engine.connect() as conn:
        return {k: v for k, v in conn.execute(select(effects.c.key, effects.c.claimed_by))}


def test_a_dead_holders_notices_are_freed_with_its_mailbox(engine: Engine) -> None:
    _setup(engine, {"cass": (GONE, timedelta(seconds=-1)), "dcs": (OTHER, timedelta(minutes=1))})

    assert acquire(engine, "dcs", MINE, 30) == (False, None)  # a live lease is not taken
    held, taken_from = acquire(engine, "cass", MINE, 30)
    assert (held, taken_from) == (True, GONE)
    assert take_over_claims(engine, "cass", MINE, taken_from) == 2

    assert _claims(engine) == {"notice-gone": None, "notice-other": OTHER, "cass-gone": None}
    assert acquire(engine, "cass", MINE, 30) == (True, None)  # a renewal takes from no one


def test_notices_stay_claimed_while_their_holder_renews_another_lease(engine: Engine) -> None:
    # its cass lease ran out, but it still renews dcs: alive, perhaps sending a notice now
    _setup(engine, {"cass": (GONE, timedelta(seconds=-1)), "dcs": (GONE, timedelta(minutes=1))})

    held, taken_from = acquire(engine, "cass", MINE, 30)
    assert (held, taken_from) == (True, GONE)
    assert take_over_claims(engine, "cass", MINE, taken_from) == 1

    assert _claims(engine) == {"notice-gone": GONE, "notice-other": OTHER, "cass-gone": None}
