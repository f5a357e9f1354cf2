"""Fixtures for the store tests (``db_url`` comes from tests/fixtures/postgres.py)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pytest
from sqlalchemy import Engine

from mailbot.store import make_engine, upgrade
from mailbot.store.imports import CASE_COLUMNS, TRACKER_COLUMNS
from tests.fixtures.csvdata import WriteCsv, write_csv


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on a migrated, empty database (SQLite, then PostgreSQL)."""
    upgrade(db_url)
    eng = make_engine(db_url)
    try:
        yield eng
    finally:
        eng.dispose()


def _csv_writer(tmp_path: Path, stem: str, columns: Sequence[str]) -> WriteCsv:
    counter = iter(range(1_000_000))

    def write(
        rows: Iterable[dict[str, str]],
        *,
        header: Sequence[str] | None = None,
        bom: bool = False,
    ) -> Path:
        path = tmp_path / f"{stem}-{next(counter)}.csv"
        return write_csv(path, rows, columns, header=header, bom=bom)

    return write


@pytest.fixture
def write_cases(tmp_path: Path) -> WriteCsv:
    return _csv_writer(tmp_path, "cases", CASE_COLUMNS)


@pytest.fixture
def write_tracker(tmp_path: Path) -> WriteCsv:
    return _csv_writer(tmp_path, "tracker", TRACKER_COLUMNS)
