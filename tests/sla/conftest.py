"""The store the service-level and retention tests share: migrated, on SQLite and
PostgreSQL (`db_url`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from . import migrated


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = migrated(db_url)
    try:
        yield eng
    finally:
        eng.dispose()
