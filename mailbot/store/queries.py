"""What the triage engine reads from the store, and the two writes the daemon needs.

Reads return the plain dataclasses ``routing`` decides against, so routing never sees a
session or a row object.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from mailbot.store.models import case_records, ofsted_checks, reference_sequences, tracker_entries
from routing.world import CaseRecord, CaseStatusValue, TrackerEntry


@dataclass(frozen=True, slots=True)
class OfstedCheck:
    """An OFSTED suitability check already seen (contract 4.5, the duplicate window)."""

    mailbox: str
    applicant_key: str
    applicant_dob: date
    reference: str | None
    received_at: datetime  # timezone-aware, UTC


def load_directory(engine: Engine) -> list[CaseRecord]:
    """The whole case directory, ordered by person_id."""
    c = case_records.c
    with engine.connect() as connection:
        rows = connection.execute(select(case_records).order_by(c.person_id)).mappings()
        return [
            CaseRecord(
                person_id=row["person_id"],
                given_name=row["given_name"],
                family_name=row["family_name"],
                dob=row["dob"],
                household_id=row["household_id"],
                status=cast(CaseStatusValue, row["status"]),
                closed_on=row["closed_on"],
                # Empty cells are stored as NULL; CaseRecord types these as plain strings.
                allocated_worker=row["allocated_worker"] or "",
                worker_email=row["worker_email"] or "",
                team=row["team"] or "",
                team_manager_email=row["team_manager_email"] or "",
                restriction=row["restriction"],
                restriction_owner_email=row["restriction_owner_email"],
                area=row["area"] or "",
            )
            for row in rows
        ]


def load_tracker(engine: Engine) -> dict[str, TrackerEntry]:
    """Every known reference, keyed by the reference string."""
    with engine.connect() as connection:
        rows = connection.execute(
            select(tracker_entries).order_by(tracker_entries.c.reference)
        ).mappings()
        return {
            row["reference"]: TrackerEntry(
                reference=row["reference"],
                received_on=row["received_on"],
                category=row["category"] or "",
                route=row["route"] or "",
                status=row["status"] or "",
            )
            for row in rows
        }


def load_sequences(engine: Engine) -> dict[tuple[str, int], int]:
    """The last number handed out for each (prefix, year)."""
    seq = reference_sequences.c
    with engine.connect() as connection:
        rows = connection.execute(select(seq.prefix, seq.year, seq.last_value))
        return {(prefix, year): last_value for prefix, year, last_value in rows}


def load_ofsted_checks(engine: Engine) -> list[OfstedCheck]:
    """Every OFSTED check recorded, oldest first."""
    c = ofsted_checks.c
    with engine.connect() as connection:
        rows = connection.execute(
            select(
                c.mailbox, c.applicant_key, c.applicant_dob, c.reference, c.received_at
            ).order_by(c.received_at, c.id)
        ).mappings()
        return [OfstedCheck(**row) for row in rows]


@functools.cache
def _next_reference_statement(dialect: str) -> Any:
    """Built once per dialect, the values bound at each call (the hot path of every
    decision that takes a reference)."""
    seq = reference_sequences
    module: Any = postgresql if dialect == "postgresql" else sqlite
    stmt = module.insert(seq)
    return stmt.on_conflict_do_update(
        index_elements=[seq.c.prefix, seq.c.year],
        set_={"last_value": seq.c.last_value + 1},
    ).returning(seq.c.last_value)


def next_reference(connection: Connection | Session, prefix: str, year: int) -> int:
    """Take the next sequence number for ``prefix`` and ``year`` and return it (1 if new).

    Runs in the caller's transaction and does not commit: the number is only taken if the
    caller commits, and on PostgreSQL the row stays locked until then, so two workers can never
    take the same number. A single ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` does the
    insert-at-1 or the increment atomically on both SQLite and PostgreSQL; unlike a
    ``SELECT ... FOR UPDATE`` it also cannot race when the row does not exist yet.
    """
    seq = reference_sequences
    dialect = _dialect(connection)
    if dialect in ("postgresql", "sqlite"):
        stmt = _next_reference_statement(dialect)
        params = {"prefix": prefix, "year": year, "last_value": 1}
        return int(connection.execute(stmt, params).scalar_one())

    # Other backends: lock the row, then increment or create it.
    key = (seq.c.prefix == prefix) & (seq.c.year == year)
    current = connection.execute(
        select(seq.c.last_value).where(key).with_for_update()
    ).scalar_one_or_none()
    if current is None:
        connection.execute(insert(seq).values(prefix=prefix, year=year, last_value=1))
        return 1
    connection.execute(update(seq).where(key).values(last_value=current + 1))
    return int(current) + 1


def record_ofsted_check(
    connection: Connection | Session,
    *,
    mailbox: str,
    applicant_key: str,
    applicant_dob: date,
    reference: str | None,
    received_at: datetime,
) -> OfstedCheck:
    """Record an OFSTED check in the caller's transaction; ``received_at`` must be aware."""
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        raise ValueError("received_at must be timezone-aware")
    received_at = received_at.astimezone(UTC)
    check = OfstedCheck(
        mailbox=mailbox,
        applicant_key=applicant_key,
        applicant_dob=applicant_dob,
        reference=reference,
        received_at=received_at,
    )
    connection.execute(
        insert(ofsted_checks).values(
            mailbox=mailbox,
            applicant_key=applicant_key,
            applicant_dob=applicant_dob,
            reference=reference,
            received_at=received_at,
        )
    )
    return check


def _dialect(connection: Connection | Session) -> str:
    if isinstance(connection, Session):
        return connection.get_bind().dialect.name
    return connection.dialect.name
