"""Engines and schema migrations.

``make_engine`` is the one place engines are made, so every connection gets the same
settings; ``upgrade`` runs the Alembic migrations shipped inside the package.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported where migrations run, not here: it added about a tenth of a second to
# the start-up of every process that only opens the store (the effects process, the
# console, the CLI's commands).

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
SQLITE_BUSY_TIMEOUT_S = 30
# SQLite's own busy handler sleeps 1, 2, 5, 10, 15, 20, 25 ... ms between tries, so a writer
# waiting on a transaction of a few ms oversleeps it by as much again. The write lock is
# waited for here instead, in steps from 0.2 ms up to 1 ms (a failed try costs microseconds).
_FIRST_WAIT_S = 0.0002
_LONGEST_WAIT_S = 0.001
_sleep = time.sleep  # a name of its own, for the test that reads the steps


def _begin_immediate(connection: Any) -> None:
    """BEGIN IMMEDIATE, waiting for another writer in short steps for up to the busy timeout.
    Anything but "busy" (and the last try) goes through SQLAlchemy, so errors look as ever."""
    raw = connection.connection.driver_connection
    raw.execute("PRAGMA busy_timeout=0")
    try:
        wait, deadline = _FIRST_WAIT_S, time.monotonic() + SQLITE_BUSY_TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:  # BUSY_RECOVERY too
                    break
            _sleep(wait)
            wait = min(wait * 2, _LONGEST_WAIT_S)
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        raw.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")


def _normalise_url(url: str | URL) -> URL:
    parsed = make_url(url)
    # psycopg 3 is the driver we ship; plain postgresql:// would mean psycopg2.
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _sqlite_file(parsed: URL) -> Path | None:
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    if parsed.query.get("mode") == "memory":
        return None
    return Path(database)


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """Create an engine for ``url`` with the settings the store relies on.

    SQLite: foreign keys on, WAL journal (readers never block the writer), a busy timeout, and
    real transactions (pysqlite's own transaction handling skips BEGIN before DDL and SELECT,
    which would break atomic imports and migrations).
    """
    parsed = _normalise_url(url)
    if not parsed.drivername.startswith("sqlite"):
        return create_engine(parsed, **kwargs)

    path = _sqlite_file(parsed)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    connect_args = dict(kwargs.pop("connect_args", {}))
    connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT_S)
    engine = create_engine(parsed, connect_args=connect_args, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below emit BEGIN instead of pysqlite.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
            if path is not None:
                cursor.execute("PRAGMA journal_mode=WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # IMMEDIATE: take the write lock at the start. A deferred transaction that reads and
        # then writes cannot wait for another writer (SQLite answers "database is locked" at
        # once instead of honouring the busy timeout), which several daemon threads would hit.
        if path is None:  # in memory: one connection, nothing to wait for
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            _begin_immediate(connection)

    return engine


def _alembic_config(url: str | URL) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    # Passed as an attribute, not a main option: ConfigParser would choke on a '%' in a
    # password, and env.py must never fall back to a global URL.
    config.attributes["url"] = _normalise_url(url)
    return config


def upgrade(url: str | URL, revision: str = "head") -> None:
    """Create or migrate the schema at ``url`` to ``revision`` (the latest by default)."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            from alembic import command

            config = _alembic_config(url)
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            connection.commit()
    finally:
        engine.dispose()


def current_revision(url: str | URL) -> str | None:
    """The schema revision at ``url``, or None for a database never migrated."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            from alembic.runtime.migration import MigrationContext

            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def head_revision() -> str | None:
    """The latest revision the package ships."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config("sqlite://")).get_current_head()
