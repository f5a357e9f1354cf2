"""SQLite: a writer waits for the write lock in short steps of its own (SQLite's busy handler
oversleeps), for up to the busy timeout, and leaves the connection's busy timeout as it was."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, exc, text

from mailbot.store import db
from mailbot.store.db import make_engine


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    eng = make_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    with eng.begin() as conn:
        conn.execute(text("CREATE TABLE events (what TEXT)"))
    return eng


def _busy_timeout(conn) -> int:  # type: ignore[no-untyped-def]
    return int(conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one())


def test_a_writer_waits_for_the_other_in_short_steps_and_then_goes_ahead(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    started = threading.Event()
    steps: list[float] = []
    real_sleep = db._sleep

    def sleep(seconds: float) -> None:
        steps.append(seconds)
        real_sleep(seconds)

    monkeypatch.setattr(db, "_sleep", sleep)

    def second() -> None:
        started.set()
        with engine.begin() as conn:  # blocks until the first commits
            order.append("second has the lock")
            conn.execute(text("INSERT INTO events VALUES ('second')"))
            assert _busy_timeout(conn) == db.SQLITE_BUSY_TIMEOUT_S * 1000

    with engine.begin() as conn:
        conn.execute(text("INSERT INTO events VALUES ('first')"))
        waiter = threading.Thread(target=second)
        waiter.start()
        started.wait()
        waiter.join(timeout=0.3)  # it cannot finish while this transaction holds the lock
        assert waiter.is_alive() and order == []
        order.append("first commits")
    waiter.join(timeout=10)
    assert order == ["first commits", "second has the lock"]
    # 0.2, 0.4, 0.8 ms, then 1 ms at a time: never SQLite's own 5, 10, 15, 20 ... ms
    assert steps[:4] == [0.0002, 0.0004, 0.0008, 0.001] and max(steps) == 0.001
    with engine.connect() as conn:
        assert [r[0] for r in conn.execute(text("SELECT what FROM events"))] == ["first", "second"]


def test_a_lock_never_freed_is_the_usual_error_after_the_busy_timeout(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_S", 0.3)
    other = make_engine(str(engine.url))
    locked = pytest.raises(exc.OperationalError, match="database is locked")
    with engine.begin(), locked, other.begin():
        pass
    with other.connect() as conn:  # the connection is fine, and its busy timeout restored
        assert _busy_timeout(conn) == 300
        conn.execute(text("INSERT INTO events VALUES ('later')"))
        conn.commit()
    other.dispose()
