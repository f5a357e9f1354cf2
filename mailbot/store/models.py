"""The store's tables, as SQLAlchemy 2 typed declarative models.

The migrations in ``mailbot/migrations`` create exactly these tables; a test compares the two.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# Deterministic constraint names, so later migrations can drop or alter them by name on every
# backend (SQLite batch mode needs names to recreate tables).
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CASE_STATUSES = ("open", "closed")
RESTRICTIONS = ("locked", "special_client", "personal_interest")


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend.

    SQLite has no timezone type and hands back naive values; storing UTC and re-attaching
    the zone on the way out gives the same aware values PostgreSQL returns.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime: the store needs timezone-aware datetimes")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class CaseRecordRow(Base):
    """One row of the case directory (triage contract, section 5)."""

    __tablename__ = "case_records"

    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    dob: Mapped[date] = mapped_column(Date)
    household_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    closed_on: Mapped[date | None] = mapped_column(Date)
    allocated_worker: Mapped[str | None] = mapped_column(String(200))
    worker_email: Mapped[str | None] = mapped_column(String(320))
    team: Mapped[str | None] = mapped_column(String(200))
    team_manager_email: Mapped[str | None] = mapped_column(String(320))
    restriction: Mapped[str | None] = mapped_column(String(32))
    restriction_owner_email: Mapped[str | None] = mapped_column(String(320))
    area: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        CheckConstraint(_in("status", CASE_STATUSES), name="status"),
        CheckConstraint(_in("restriction", RESTRICTIONS), name="restriction"),
        # Name matching compares case-insensitively; these serve WHERE lower(...) = ...
        Index("ix_case_records_lower_names", func.lower(family_name), func.lower(given_name)),
        Index("ix_case_records_household_id", household_id),
    )


class TrackerEntryRow(Base):
    """A reference the organisation holds: imported, or assigned by mailbot itself."""

    __tablename__ = "tracker_entries"

    reference: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_on: Mapped[date] = mapped_column(Date)
    category: Mapped[str | None] = mapped_column(String(64))
    route: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str | None] = mapped_column(String(64))


class ReferenceSequenceRow(Base):
    """The last sequence number handed out for one reference prefix and year."""

    __tablename__ = "reference_sequences"

    prefix: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_value: Mapped[int] = mapped_column(Integer)


class OfstedCheckRow(Base):
    """An OFSTED suitability check seen, kept to recognise repeats (contract 4.5)."""

    __tablename__ = "ofsted_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mailbox: Mapped[str] = mapped_column(String(64))
    applicant_key: Mapped[str] = mapped_column(String(400))
    applicant_dob: Mapped[date] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_ofsted_checks_applicant_key_dob", applicant_key, applicant_dob),)


# Core handles for bulk statements (imports) and reads that need no ORM objects.
case_records: Table = Base.metadata.tables["case_records"]
tracker_entries: Table = Base.metadata.tables["tracker_entries"]
reference_sequences: Table = Base.metadata.tables["reference_sequences"]
ofsted_checks: Table = Base.metadata.tables["ofsted_checks"]
