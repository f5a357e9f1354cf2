"""Reads for the triage engine, reference numbering and the OFSTED check record."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from mailbot.store import (
    OfstedCheck,
    import_tracker,
    load_ofsted_checks,
    load_sequences,
    load_tracker,
    make_engine,
    next_reference,
    record_ofsted_check,
    upgrade,
)
from tests.fixtures.csvdata import WriteCsv


def test_empty_store_reads(engine: Engine) -> None:
    assert load_tracker(engine) == {}
    assert load_sequences(engine) == {}
    assert load_ofsted_checks(engine) == []


def test_next_reference_counts_from_one(engine: Engine) -> None:
    with engine.begin() as connection:
        assert [next_reference(connection, "CASS", 2026) for _ in range(3)] == [1, 2, 3]
        assert next_reference(connection, "CASS", 2027) == 1
        assert next_reference(connection, "DCS", 2026) == 1
    with engine.begin() as connection:
        assert next_reference(connection, "CASS", 2026) == 4
    assert load_sequences(engine) == {("CASS", 2026): 4, ("CASS", 2027): 1, ("DCS", 2026): 1}


def test_next_reference_with_a_session(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        assert next_reference(session, "CASS", 2026) == 1
        assert next_reference(session, "CASS", 2026) == 2
    assert load_sequences(engine) == {("CASS", 2026): 2}


def test_a_rolled_back_number_is_not_taken(engine: Engine) -> None:
    with engine.connect() as connection:
        assert next_reference(connection, "CASS", 2026) == 1
        connection.commit()
        assert next_reference(connection, "CASS", 2026) == 2
        connection.rollback()
    with engine.begin() as connection:
        assert next_reference(connection, "CASS", 2026) == 2


def test_next_reference_continues_after_imported_references(
    engine: Engine, write_tracker: WriteCsv
) -> None:
    path = write_tracker(
        [
            {
                "reference": "CASS-2026-000140",
                "received_on": "2026-08-31",
                "category": "correspondence",
                "route": "allocated_worker",
                "status": "open",
            }
        ]
    )
    import_tracker(engine, path)
    with engine.begin() as connection:
        assert next_reference(connection, "CASS", 2026) == 141
        assert next_reference(connection, "CASS", 2026) == 142
    # Re-importing the same tracker never winds the sequence back.
    import_tracker(engine, path)
    with engine.begin() as connection:
        assert next_reference(connection, "CASS", 2026) == 143


def _take_concurrently(url: str, threads: int, each: int) -> list[int]:
    """Several workers, each with its own engine and one transaction per number."""
    taken: list[int] = []
    lock = threading.Lock()
    errors: list[BaseException] = []
    start = threading.Barrier(threads)

    def worker() -> None:
        engine = make_engine(url)
        try:
            start.wait()
            for _ in range(each):
                with engine.begin() as connection:
                    number = next_reference(connection, "CASS", 2026)
                with lock:
                    taken.append(number)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            engine.dispose()

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(timeout=120)
    assert not errors, errors
    return taken


@pytest.mark.postgres
def test_two_workers_never_share_a_number_on_postgresql(pg_url: str) -> None:
    upgrade(pg_url)
    taken = _take_concurrently(pg_url, threads=2, each=50)
    assert len(taken) == 100
    assert sorted(taken) == list(range(1, 101))  # distinct, and no gaps


def test_concurrent_workers_never_share_a_number(db_url: str) -> None:
    # The same on both backends; on SQLite the busy timeout serialises the writers.
    upgrade(db_url)
    taken = _take_concurrently(db_url, threads=4, each=25)
    assert sorted(taken) == list(range(1, 101))


def test_ofsted_checks_round_trip(engine: Engine) -> None:
    london_summer = timezone(timedelta(hours=1))
    with engine.begin() as connection:
        record_ofsted_check(
            connection,
            mailbox="cass",
            applicant_key="jane smith",
            applicant_dob=date(1990, 4, 1),
            reference="CASS-2026-000150",
            received_at=datetime(2026, 9, 14, 10, 30, tzinfo=london_summer),
        )
    with Session(engine) as session, session.begin():
        returned = record_ofsted_check(
            session,
            mailbox="cass",
            applicant_key="john doe",
            applicant_dob=date(1985, 12, 31),
            reference=None,
            received_at=datetime(2026, 9, 13, 8, 0, tzinfo=UTC),
        )
    assert returned.received_at.tzinfo is UTC

    checks = load_ofsted_checks(engine)
    assert checks == [
        OfstedCheck(
            mailbox="cass",
            applicant_key="john doe",
            applicant_dob=date(1985, 12, 31),
            reference=None,
            received_at=datetime(2026, 9, 13, 8, 0, tzinfo=UTC),
        ),
        OfstedCheck(
            mailbox="cass",
            applicant_key="jane smith",
            applicant_dob=date(1990, 4, 1),
            reference="CASS-2026-000150",
            received_at=datetime(2026, 9, 14, 9, 30, tzinfo=UTC),
        ),
    ]
    for check in checks:
        assert check.received_at.utcoffset() == timedelta(0)


def test_ofsted_check_needs_an_aware_time(engine: Engine) -> None:
    with engine.begin() as connection, pytest.raises(ValueError, match="timezone-aware"):
        record_ofsted_check(
            connection,
            mailbox="cass",
            applicant_key="jane smith",
            applicant_dob=date(1990, 4, 1),
            reference=None,
            received_at=datetime(2026, 9, 14, 10, 30),
        )
