"""Alembic environment for mailbot.

The database comes only from the Config that ``mailbot.store.db.upgrade`` builds: an open
connection (``config.attributes["connection"]``), else a URL (``config.attributes["url"]`` or
the ``sqlalchemy.url`` main option). Logging is left to the host application.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from mailbot.store.db import make_engine
from mailbot.store.models import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    url = config.attributes.get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database URL: pass one in the Alembic Config")
    return str(url) if isinstance(url, str) else url.render_as_string(hide_password=False)


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode recreates the table instead.
        render_as_batch=sqlite,
        # make_engine gives SQLite real transactions, so a failed migration rolls back.
        transactional_ddl=True if sqlite else None,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=_url().startswith("sqlite"),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_url())
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
