"""CSV imports: the case directory (contract section 5) and the existing tracker references.

Every row is validated before anything is written, and each import is one transaction, so a
bad row names its line and changes nothing.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, case, delete, insert
from sqlalchemy.dialects import postgresql, sqlite

from mailbot.store.models import (
    CASE_STATUSES,
    RESTRICTIONS,
    case_records,
    reference_sequences,
    tracker_entries,
)

CASE_COLUMNS = (
    "person_id",
    "given_name",
    "family_name",
    "dob",
    "household_id",
    "status",
    "closed_on",
    "allocated_worker",
    "worker_email",
    "team",
    "team_manager_email",
    "restriction",
    "restriction_owner_email",
    "area",
)
CASE_REQUIRED = ("person_id", "given_name", "family_name", "dob", "household_id", "status")
CASE_EMAILS = ("worker_email", "team_manager_email", "restriction_owner_email")
TRACKER_COLUMNS = ("reference", "received_on", "category", "route", "status")

REFERENCE_RE = re.compile(r"^([A-Z][A-Z0-9]*)-(\d{4})-(\d{6})$")
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Syntax only, on purpose: one address, no spaces, a dot in the domain. email-validator is
# for messages; a directory row only needs to be plausibly an address.
_EMAIL_RE = re.compile(r"^[^@\s,;<>()\[\]\"]+@[^@\s,;<>()\[\]\"]+\.[^@\s,;<>()\[\]\".]+$")
_CHUNK = 5000


class CsvImportError(Exception):
    """A CSV that cannot be imported: ``line`` is the 1-based physical line (header = 1)."""

    def __init__(self, path: str | Path, line: int, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(f"{self.path}, line {line}: {message}")


def _show(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:57] + "...")


@dataclass
class _Reader:
    """Rows of a CSV with the physical line each one starts on."""

    path: Path
    columns: Sequence[str]

    def rows(self) -> Iterator[tuple[int, dict[str, str | None]]]:
        # An unreadable file raises OSError as usual: it has no line to point at.
        with self.path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            next_line = 1
            try:
                for record in reader:
                    line, next_line = next_line, reader.line_num + 1
                    if line == 1:
                        self._check_header(record)
                        continue
                    if not any(cell.strip() for cell in record):
                        continue  # blank line, e.g. at the end of the file
                    if len(record) != len(self.columns):
                        raise CsvImportError(
                            self.path,
                            line,
                            f"expected {len(self.columns)} columns, found {len(record)}",
                        )
                    yield (
                        line,
                        {
                            name: (cell.strip() or None)
                            for name, cell in zip(self.columns, record, strict=True)
                        },
                    )
            except csv.Error as exc:
                raise CsvImportError(self.path, next_line, f"malformed CSV: {exc}") from exc
            except UnicodeDecodeError as exc:
                raise CsvImportError(self.path, next_line, "not UTF-8 text") from exc
            if next_line == 1:
                raise CsvImportError(self.path, 1, "empty file: no header row")

    def _check_header(self, record: list[str]) -> None:
        header = [name.strip() for name in record]
        if header != list(self.columns):
            missing = [c for c in self.columns if c not in header]
            unexpected = [c for c in header if c not in self.columns]
            detail = []
            if missing:
                detail.append(f"missing {', '.join(missing)}")
            if unexpected:
                detail.append(f"unexpected {', '.join(_show(c) for c in unexpected)}")
            if not detail:
                detail.append("columns out of order")
            raise CsvImportError(
                self.path,
                1,
                f"bad header ({'; '.join(detail)}); expected: {','.join(self.columns)}",
            )


def _date(path: Path, line: int, column: str, value: str) -> date:
    if _ISO_DATE_RE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise CsvImportError(path, line, f"column {column}: {_show(value)} is not a date (YYYY-MM-DD)")


def _case_row(path: Path, line: int, row: dict[str, str | None]) -> dict[str, Any]:
    for column in CASE_REQUIRED:
        if row[column] is None:
            raise CsvImportError(path, line, f"column {column}: empty, a value is required")
    status = row["status"]
    if status not in CASE_STATUSES:
        raise CsvImportError(
            path, line, f"column status: {_show(str(status))} is not open or closed"
        )
    restriction = row["restriction"]
    if restriction is not None and restriction not in RESTRICTIONS:
        raise CsvImportError(
            path,
            line,
            f"column restriction: {_show(restriction)} is not empty, "
            + ", ".join(RESTRICTIONS[:-1])
            + f" or {RESTRICTIONS[-1]}",
        )
    if restriction is not None and row["restriction_owner_email"] is None:
        raise CsvImportError(
            path, line, f"column restriction_owner_email: empty, required with {restriction}"
        )
    for column in CASE_EMAILS:
        email = row[column]
        if email is not None and not _EMAIL_RE.match(email):
            raise CsvImportError(path, line, f"column {column}: {_show(email)} is not an email")
    out: dict[str, Any] = dict(row)
    out["dob"] = _date(path, line, "dob", str(row["dob"]))
    closed_on = row["closed_on"]
    if status == "closed":
        if closed_on is None:
            raise CsvImportError(path, line, "column closed_on: empty, required when closed")
        out["closed_on"] = _date(path, line, "closed_on", closed_on)
    elif closed_on is not None:
        raise CsvImportError(
            path, line, f"column closed_on: {_show(closed_on)} given but status is open"
        )
    return out


def read_cases(path: str | Path) -> list[dict[str, Any]]:
    """Parse and validate a case-directory CSV; raises CsvImportError on the first bad row."""
    source = Path(path)
    seen: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    for line, raw in _Reader(source, CASE_COLUMNS).rows():
        row = _case_row(source, line, raw)
        person_id = row["person_id"]
        if person_id in seen:
            raise CsvImportError(
                source,
                line,
                f"column person_id: {_show(person_id)} duplicates line {seen[person_id]}",
            )
        seen[person_id] = line
        rows.append(row)
    if not rows:
        # Replacing the directory with nothing would make every child "not known".
        raise CsvImportError(source, 2, "no case records after the header")
    return rows


def _insert_chunks(connection: Connection, statement: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), _CHUNK):
        connection.execute(statement, rows[start : start + _CHUNK])


def import_cases(engine: Engine, path: str | Path) -> int:
    """Replace the case directory with the CSV at ``path``; returns the number of records.

    All or nothing: validation happens before the transaction, and the delete and the insert
    share one, so readers see the old directory or the new one, never a mix.
    """
    rows = read_cases(path)
    with engine.begin() as connection:
        connection.execute(delete(case_records))
        _insert_chunks(connection, insert(case_records), rows)
    return len(rows)


def read_tracker(path: str | Path) -> list[dict[str, Any]]:
    """Parse and validate a tracker CSV; raises CsvImportError on the first bad row."""
    source = Path(path)
    seen: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    for line, raw in _Reader(source, TRACKER_COLUMNS).rows():
        reference = raw["reference"]
        if reference is None:
            raise CsvImportError(source, line, "column reference: empty, a value is required")
        if not REFERENCE_RE.match(reference):
            raise CsvImportError(
                source,
                line,
                f"column reference: {_show(reference)} is not of the form PREFIX-YYYY-NNNNNN",
            )
        if reference in seen:
            raise CsvImportError(
                source,
                line,
                f"column reference: {_show(reference)} duplicates line {seen[reference]}",
            )
        seen[reference] = line
        received_on = raw["received_on"]
        if received_on is None:
            raise CsvImportError(source, line, "column received_on: empty, a value is required")
        row: dict[str, Any] = dict(raw)
        row["received_on"] = _date(source, line, "received_on", received_on)
        rows.append(row)
    return rows


def _upsert(connection: Connection, table: Any) -> Any:
    """The dialect's INSERT ... ON CONFLICT construct (both SQLite and PostgreSQL have one)."""
    name = connection.dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"upsert is not implemented for {name}")


def import_tracker(engine: Engine, path: str | Path) -> int:
    """Upsert the references in the CSV at ``path`` and raise the sequences past them.

    Never deletes: references mailbot assigned itself stay. A sequence is only ever raised, so
    a stale tracker export cannot make mailbot hand out a number twice.
    """
    rows = read_tracker(path)
    highest: dict[tuple[str, int], int] = {}
    for row in rows:
        match = REFERENCE_RE.match(row["reference"])
        assert match is not None  # validated above
        key = (match.group(1), int(match.group(2)))
        highest[key] = max(highest.get(key, 0), int(match.group(3)))

    with engine.begin() as connection:
        if rows:
            stmt = _upsert(connection, tracker_entries)
            stmt = stmt.on_conflict_do_update(
                index_elements=[tracker_entries.c.reference],
                set_={c: stmt.excluded[c] for c in TRACKER_COLUMNS if c != "reference"},
            )
            _insert_chunks(connection, stmt, rows)
        if highest:
            seq = reference_sequences
            stmt = _upsert(connection, seq)
            stmt = stmt.on_conflict_do_update(
                index_elements=[seq.c.prefix, seq.c.year],
                set_={
                    "last_value": case(
                        (stmt.excluded.last_value > seq.c.last_value, stmt.excluded.last_value),
                        else_=seq.c.last_value,
                    )
                },
            )
            connection.execute(
                stmt,
                [
                    {"prefix": prefix, "year": year, "last_value": value}
                    for (prefix, year), value in sorted(highest.items())
                ],
            )
    return len(rows)
