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
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
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
    # service levels (issue 5); still no personal data in this table (002, paragraph 29)
    mailbox: Mapped[str | None] = mapped_column(String(64))
    due_acknowledge: Mapped[date | None] = mapped_column(Date)
    due_response: Mapped[date | None] = mapped_column(Date)
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    holding_reply_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    legal_hold: Mapped[bool] = mapped_column(default=False, server_default="0")


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


MESSAGE_STATES = ("received", "decided", "failed")
EFFECT_STATES = ("pending", "done", "failed", "skipped")


class MessageRow(Base):
    """A message taken from a mailbox, recorded before anything is done to it on the server.

    (mailbox, source_key) and (mailbox, sha256) recognise the same message seen again after a
    crash or a server hiccup, so it is never decided twice.
    """

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mailbox: Mapped[str] = mapped_column(String(64))
    source_key: Mapped[str] = mapped_column(String(512))
    sha256: Mapped[str] = mapped_column(String(64))
    message_id: Mapped[str | None] = mapped_column(String(998))
    arrived_at: Mapped[datetime] = mapped_column(UTCDateTime())
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(16))
    stage: Mapped[str | None] = mapped_column(String(32))  # where it failed, when it did
    error: Mapped[str | None] = mapped_column(Text)  # the error, never message content
    outcome_folder: Mapped[str | None] = mapped_column(String(32))
    moved: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # content removed (retention)
    # a person settled it in the console: released, replied, marked automated or spam
    resolution: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        UniqueConstraint("mailbox", "source_key", name="uq_messages_mailbox_source_key"),
        Index("ix_messages_mailbox_sha256", "mailbox", "sha256"),
        Index("ix_messages_message_id", "message_id"),
        CheckConstraint(_in("state", MESSAGE_STATES), name="state"),
    )


class DecisionRow(Base):
    """The decision taken on a message: the contract's JSON, plus the columns queues sort by."""

    __tablename__ = "decisions"

    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), primary_key=True)
    category: Mapped[str] = mapped_column(String(64))
    route: Mapped[str] = mapped_column(String(64))
    exception: Mapped[str | None] = mapped_column(String(64))
    reference: Mapped[str | None] = mapped_column(String(64), unique=True)
    related_reference: Mapped[str | None] = mapped_column(String(64))
    due_acknowledge: Mapped[date | None] = mapped_column(Date)
    due_response: Mapped[date | None] = mapped_column(Date)
    decision_json: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_decisions_exception", "exception"),
        Index("ix_decisions_related_reference", "related_reference"),
    )


class EffectRow(Base):
    """One thing a decision requires (the outbox). Written with the decision in one
    transaction; carried out once, by key, by whichever worker claims it."""

    __tablename__ = "effects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # None for scheduled notices that concern no one message (digests, locked-case reviews)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(200), unique=True)  # idempotency key
    payload: Mapped[str] = mapped_column(Text)  # JSON: recipients and what to compose
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    outbound_message_id: Mapped[str | None] = mapped_column(String(998))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_effects_state_next_attempt_at", "state", "next_attempt_at"),
        Index("ix_effects_message_pk", "message_pk"),
        CheckConstraint(_in("state", EFFECT_STATES), name="state"),
    )


class SentMessageRow(Base):
    """Every message mailbot sent: threading (In-Reply-To to our Message-IDs) and the daily
    limit of automatic replies per sender."""

    __tablename__ = "sent_messages"

    message_id: Mapped[str] = mapped_column(String(998), primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(64))
    recipient: Mapped[str] = mapped_column(String(320))
    automatic_reply: Mapped[bool] = mapped_column(default=False)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_sent_messages_recipient_sent_at", "recipient", "sent_at"),)


class ScheduleRunRow(Base):
    """A scheduled job's run for one period (a day, a month): taken by inserting the row, so
    two instances never both run it, and a restart resumes with what is left."""

    __tablename__ = "schedule_runs"

    job: Mapped[str] = mapped_column(String(64), primary_key=True)
    period: Mapped[str] = mapped_column(String(128), primary_key=True)
    holder: Mapped[str] = mapped_column(String(128))
    ran_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MailboxLeaseRow(Base):
    """Which daemon instance works a mailbox; taken over when it is not renewed in time."""

    __tablename__ = "mailbox_leases"

    mailbox: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(128))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


PERSON_KINDS = ("subject", "candidate")
ROLES = ("business_support", "team_manager", "sensitive_case_team", "administrator")


class DecisionPersonRow(Base):
    """Which case records a decision concerns: its subjects, or the candidates of an ambiguous
    match. The console decides from these (and the directory's current restrictions) who may
    see an item, so a list, a count or a guessed id can be filtered in the database."""

    __tablename__ = "decision_people"

    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))

    __table_args__ = (
        Index("ix_decision_people_person_id", "person_id"),
        CheckConstraint(_in("kind", PERSON_KINDS), name="kind"),
    )


class DecisionRevisionRow(Base):
    """A decision replaced by a person's release from the console, kept for the history."""

    __tablename__ = "decision_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    decision_json: Mapped[str] = mapped_column(Text)
    replaced_at: Mapped[datetime] = mapped_column(UTCDateTime())
    replaced_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_decision_revisions_message_pk", "message_pk"),)


class UserRow(Base):
    """A console account. Passwords are argon2 hashes; never stored or logged otherwise."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    email: Mapped[str | None] = mapped_column(String(320))  # matches lock owners, team managers
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str | None] = mapped_column(String(256))  # None: single sign-on only
    disabled: Mapped[bool] = mapped_column(default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (CheckConstraint(_in("role", ROLES), name="role"),)


class ConsoleSessionRow(Base):
    """A signed-in console session. The cookie holds a random token; only its hash is kept."""

    __tablename__ = "console_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_console_sessions_user_id", "user_id"),)


class AuditEntryRow(Base):
    """Every view of an item and every action: who, when, what, from where. Append-only:
    the migration adds triggers that refuse UPDATE and DELETE on every backend."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    username: Mapped[str] = mapped_column(String(64))
    role: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64))
    message_pk: Mapped[int | None] = mapped_column(Integer)  # no FK: the log outlives purges
    reference: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)  # JSON; codes and ids, never content
    remote_addr: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_log_message_pk", "message_pk"),
        Index("ix_audit_log_at", "at"),
    )


# Core handles for bulk statements (imports) and reads that need no ORM objects.
case_records: Table = Base.metadata.tables["case_records"]
tracker_entries: Table = Base.metadata.tables["tracker_entries"]
reference_sequences: Table = Base.metadata.tables["reference_sequences"]
ofsted_checks: Table = Base.metadata.tables["ofsted_checks"]
messages: Table = Base.metadata.tables["messages"]
decisions: Table = Base.metadata.tables["decisions"]
effects: Table = Base.metadata.tables["effects"]
sent_messages: Table = Base.metadata.tables["sent_messages"]
mailbox_leases: Table = Base.metadata.tables["mailbox_leases"]
schedule_runs: Table = Base.metadata.tables["schedule_runs"]
decision_people: Table = Base.metadata.tables["decision_people"]
decision_revisions: Table = Base.metadata.tables["decision_revisions"]
users: Table = Base.metadata.tables["users"]
console_sessions: Table = Base.metadata.tables["console_sessions"]
audit_log: Table = Base.metadata.tables["audit_log"]
