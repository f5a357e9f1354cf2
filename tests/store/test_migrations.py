"""The schema: migrations create the tables the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from mailbot.store import current_revision, head_revision, make_engine, upgrade
from mailbot.store.models import Base

TABLES = {"case_records", "tracker_entries", "reference_sequences", "ofsted_checks"}


def test_upgrade_creates_the_tables(db_url: str) -> None:
    assert current_revision(db_url) is None
    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        inspector = inspect(engine)
        assert set(inspector.get_table_names()) >= TABLES
        assert inspector.get_pk_constraint("reference_sequences")["constrained_columns"] == [
            "prefix",
            "year",
        ]
        assert inspector.get_pk_constraint("case_records")["name"] in ("pk_case_records", None)
        index_names = {ix["name"] for ix in inspector.get_indexes("ofsted_checks")}
        assert "ix_ofsted_checks_applicant_key_dob" in index_names
    finally:
        engine.dispose()
    assert current_revision(db_url) == head_revision() == "0004"


def test_upgrade_is_idempotent(db_url: str) -> None:
    upgrade(db_url)
    upgrade(db_url)
    assert current_revision(db_url) == head_revision()


def test_upgrade_works_from_any_directory(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    upgrade(db_url)
    assert current_revision(db_url) == head_revision()


# SQLite cannot reflect the lower(...) name index; the comparison skips it and says so.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection:sqlalchemy.exc.SAWarning")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified:UserWarning")
def test_migrations_match_the_models(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            diffs = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diffs == []


def test_sqlite_engine_settings(tmp_path: Path) -> None:
    db_file = tmp_path / "not" / "yet" / "there.db"
    engine = make_engine(f"sqlite:///{db_file}")
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA busy_timeout")).scalar_one() >= 1000
    finally:
        engine.dispose()
    assert db_file.exists()


def test_sqlite_transactions_roll_back_ddl(tmp_path: Path) -> None:
    # make_engine gives SQLite real transactions: DDL inside one rolls back too.
    engine = make_engine(f"sqlite:///{tmp_path / 'tx.db'}")
    try:
        with engine.connect() as connection:
            with connection.begin() as transaction:
                connection.execute(text("CREATE TABLE t (x INTEGER)"))
                transaction.rollback()
            assert "t" not in inspect(connection).get_table_names()
    finally:
        engine.dispose()


def test_plain_postgresql_url_uses_psycopg3() -> None:
    engine = make_engine("postgresql://user@localhost/db")
    try:
        assert engine.dialect.driver == "psycopg"
    finally:
        engine.dispose()


def test_the_audit_log_refuses_updates_and_deletes(db_url: str) -> None:
    """Append-only in the database itself: neither the console nor anyone with SQL can
    rewrite who did what."""
    from datetime import UTC, datetime

    from sqlalchemy import delete, insert, update
    from sqlalchemy.exc import DBAPIError

    from mailbot.store.models import audit_log

    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(
                insert(audit_log).values(at=datetime.now(UTC), username="a", action="view")
            )
        for statement in (update(audit_log).values(username="b"), delete(audit_log)):
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
                conn.execute(statement)
        with engine.connect() as conn:
            assert conn.execute(audit_log.select()).one().username == "a"
    finally:
        engine.dispose()
