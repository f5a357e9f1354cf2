"""CSV imports: the case directory (replace, all or nothing) and the tracker (upsert)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert

from mailbot.store import (
    CsvImportError,
    import_cases,
    import_tracker,
    load_directory,
    load_sequences,
    load_tracker,
)
from mailbot.store.imports import CASE_COLUMNS
from mailbot.store.models import reference_sequences, tracker_entries
from routing.world import CaseRecord, TrackerEntry
from tests.fixtures.csvdata import WriteCsv, case_row, tracker_row, write_csv

# ---------------------------------------------------------------- case directory


def test_cases_round_trip_every_field(engine: Engine, write_cases: WriteCsv) -> None:
    rows = [
        case_row("710014"),
        case_row(
            "711003",
            given_name="Zoë",
            family_name="O'Brien-Smith, Jr",
            dob="2016-09-15",
            household_id="HH-8006",
            status="closed",
            closed_on="2026-09-04",
            allocated_worker="Wendy Arkell",
            worker_email="w.arkell@kestrelford.gov.uk",
            team='Locality "South"',
            team_manager_email="g.pell@kestrelford.gov.uk",
            area="South",
        ),
        case_row(
            "712344",
            restriction="personal_interest",
            restriction_owner_email="m.tobin@kestrelford.gov.uk",
            area="NI",
        ),
        case_row("712999", allocated_worker="", worker_email="", team="", area=""),
    ]
    assert import_cases(engine, write_cases(rows)) == 4

    directory = {record.person_id: record for record in load_directory(engine)}
    assert directory["711003"] == CaseRecord(
        person_id="711003",
        given_name="Zoë",
        family_name="O'Brien-Smith, Jr",
        dob=date(2016, 9, 15),
        household_id="HH-8006",
        status="closed",
        closed_on=date(2026, 9, 4),
        allocated_worker="Wendy Arkell",
        worker_email="w.arkell@kestrelford.gov.uk",
        team='Locality "South"',
        team_manager_email="g.pell@kestrelford.gov.uk",
        restriction=None,
        restriction_owner_email=None,
        area="South",
    )
    assert directory["710014"].closed_on is None
    assert directory["710014"].restricted is False
    assert directory["712344"].restriction == "personal_interest"
    assert directory["712344"].restriction_owner_email == "m.tobin@kestrelford.gov.uk"
    assert directory["712344"].restricted is True
    assert directory["712999"].allocated_worker == ""
    assert directory["712999"].area == ""


def test_cases_accept_a_bom(engine: Engine, write_cases: WriteCsv) -> None:
    assert import_cases(engine, write_cases([case_row("1")], bom=True)) == 1
    assert [r.person_id for r in load_directory(engine)] == ["1"]


def test_cases_reimport_replaces_and_is_idempotent(engine: Engine, write_cases: WriteCsv) -> None:
    first = write_cases([case_row("1"), case_row("2"), case_row("3")])
    assert import_cases(engine, first) == 3
    assert import_cases(engine, first) == 3
    assert [r.person_id for r in load_directory(engine)] == ["1", "2", "3"]

    second = write_cases([case_row("3", status="closed", closed_on="2026-01-31"), case_row("4")])
    assert import_cases(engine, second) == 2
    directory = load_directory(engine)
    assert [r.person_id for r in directory] == ["3", "4"]
    assert directory[0].status == "closed"
    assert directory[0].closed_on == date(2026, 1, 31)


BAD_ROWS = [
    pytest.param({"dob": "2015-13-01"}, "dob", "2015-13-01", id="bad-date"),
    pytest.param({"dob": "19/05/2015"}, "dob", "19/05/2015", id="non-iso-date"),
    pytest.param({"status": "pending"}, "status", "pending", id="bad-status"),
    pytest.param({"status": "closed"}, "closed_on", None, id="closed-without-closed_on"),
    pytest.param(
        {"status": "closed", "closed_on": "31-01-2026"}, "closed_on", "31-01-2026", id="bad-closed"
    ),
    pytest.param({"closed_on": "2026-01-31"}, "closed_on", "2026-01-31", id="open-with-closed_on"),
    pytest.param({"restriction": "secret"}, "restriction", "secret", id="bad-restriction"),
    pytest.param({"restriction": "locked"}, "restriction_owner_email", None, id="no-lock-owner"),
    pytest.param({"worker_email": "not-an-email"}, "worker_email", "not-an-email", id="bad-email"),
    pytest.param({"person_id": ""}, "person_id", None, id="empty-person_id"),
    pytest.param({"given_name": "  "}, "given_name", None, id="blank-given_name"),
]


@pytest.mark.parametrize(("override", "column", "value"), BAD_ROWS)
def test_a_bad_case_row_names_its_line_and_changes_nothing(
    engine: Engine,
    write_cases: WriteCsv,
    override: dict[str, str],
    column: str,
    value: str | None,
) -> None:
    import_cases(engine, write_cases([case_row("old-1"), case_row("old-2")]))
    before = load_directory(engine)

    bad = write_cases([case_row("1"), case_row("2"), {**case_row("3"), **override}, case_row("4")])
    with pytest.raises(CsvImportError) as caught:
        import_cases(engine, bad)

    error = caught.value
    assert error.line == 4  # header is line 1, the bad row is the third
    assert error.path == str(bad)
    assert f"column {column}" in str(error)
    if value is not None:
        assert value in str(error)
    assert load_directory(engine) == before


def test_duplicate_person_id(engine: Engine, write_cases: WriteCsv) -> None:
    path = write_cases([case_row("1"), case_row("2"), case_row("1")])
    with pytest.raises(CsvImportError) as caught:
        import_cases(engine, path)
    assert caught.value.line == 4
    assert "person_id" in str(caught.value)
    assert "line 2" in str(caught.value)
    assert load_directory(engine) == []


@pytest.mark.parametrize(
    "header",
    [
        pytest.param([*CASE_COLUMNS[:-1]], id="missing-column"),
        pytest.param([*CASE_COLUMNS, "extra"], id="extra-column"),
        pytest.param([CASE_COLUMNS[1], CASE_COLUMNS[0], *CASE_COLUMNS[2:]], id="reordered"),
        pytest.param(["PERSON_ID", *CASE_COLUMNS[1:]], id="wrong-case"),
    ],
)
def test_bad_header(
    engine: Engine, write_cases: WriteCsv, tmp_path: Path, header: list[str]
) -> None:
    import_cases(engine, write_cases([case_row("old")]))
    path = write_cases([case_row("1")], header=header)
    with pytest.raises(CsvImportError) as caught:
        import_cases(engine, path)
    assert caught.value.line == 1
    assert "header" in str(caught.value)
    assert [r.person_id for r in load_directory(engine)] == ["old"]


def test_line_numbers_are_physical_lines(engine: Engine, tmp_path: Path) -> None:
    # A quoted field spanning two lines moves every later row down one physical line.
    rows = [case_row("1", allocated_worker="Two\nLines"), case_row("2", status="nope")]
    path = write_csv(tmp_path / "multi.csv", rows, CASE_COLUMNS)
    with pytest.raises(CsvImportError) as caught:
        import_cases(engine, path)
    assert caught.value.line == 4


def test_wrong_number_of_cells(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text(",".join(CASE_COLUMNS) + "\n1,Ada,Lovelace\n", encoding="utf-8")
    with pytest.raises(CsvImportError) as caught:
        import_cases(engine, path)
    assert caught.value.line == 2
    assert "columns" in str(caught.value)


def test_blank_lines_are_skipped(engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [case_row("1")], CASE_COLUMNS)
    path.write_text(path.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    assert import_cases(engine, path) == 1


def test_empty_file(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    with pytest.raises(CsvImportError) as caught:
        import_cases(engine, path)
    assert caught.value.line == 1


def test_a_header_only_directory_is_refused(engine: Engine, write_cases: WriteCsv) -> None:
    import_cases(engine, write_cases([case_row("old")]))
    with pytest.raises(CsvImportError) as caught:
        import_cases(engine, write_cases([]))
    assert caught.value.line == 2
    assert [r.person_id for r in load_directory(engine)] == ["old"]


def test_not_utf8(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    row = case_row("1", given_name="Zoë")
    path.write_bytes(
        (",".join(CASE_COLUMNS) + "\n" + ",".join(row[c] for c in CASE_COLUMNS) + "\n").encode(
            "latin-1"
        )
    )
    with pytest.raises(CsvImportError, match="UTF-8"):
        import_cases(engine, path)


@pytest.mark.slow
def test_fifty_thousand_cases(engine: Engine, tmp_path: Path) -> None:
    rows = (
        case_row(
            str(700000 + n),
            given_name=f"Given{n}",
            family_name=f"Family{n % 997}",
            household_id=f"HH-{n // 3}",
            status="closed" if n % 4 == 0 else "open",
            closed_on="2025-03-31" if n % 4 == 0 else "",
            restriction="locked" if n % 101 == 0 else "",
            restriction_owner_email="owner@example.gov.uk" if n % 101 == 0 else "",
        )
        for n in range(50_000)
    )
    path = write_csv(tmp_path / "big.csv", rows, CASE_COLUMNS)
    assert import_cases(engine, path) == 50_000
    assert len(load_directory(engine)) == 50_000
    assert import_cases(engine, path) == 50_000  # the replace path, on a full table
    assert len(load_directory(engine)) == 50_000


# ---------------------------------------------------------------- tracker


def test_tracker_import_upserts(engine: Engine, write_tracker: WriteCsv) -> None:
    path = write_tracker(
        [tracker_row("CASS-2026-000118"), tracker_row("DCS-2026-000019", route="casework_lead")]
    )
    assert import_tracker(engine, path) == 2
    assert import_tracker(engine, path) == 2  # importing twice = once
    tracker = load_tracker(engine)
    assert set(tracker) == {"CASS-2026-000118", "DCS-2026-000019"}
    assert tracker["DCS-2026-000019"] == TrackerEntry(
        reference="DCS-2026-000019",
        received_on=date(2026, 8, 27),
        category="information_request",
        route="casework_lead",
        status="open",
    )

    updated = write_tracker([tracker_row("CASS-2026-000118", status="closed")], bom=True)
    assert import_tracker(engine, updated) == 1
    tracker = load_tracker(engine)
    assert tracker["CASS-2026-000118"].status == "closed"
    assert "DCS-2026-000019" in tracker  # not in the second file, still there


def test_tracker_import_keeps_references_mailbot_assigned(
    engine: Engine, write_tracker: WriteCsv
) -> None:
    with engine.begin() as connection:
        connection.execute(
            insert(tracker_entries).values(
                reference="CASS-2026-000200",
                received_on=date(2026, 9, 1),
                category="correspondence",
                route="front_door",
                status="open",
            )
        )
    import_tracker(engine, write_tracker([tracker_row("CASS-2026-000118")]))
    assert set(load_tracker(engine)) == {"CASS-2026-000118", "CASS-2026-000200"}


def test_tracker_empty_cells(engine: Engine, write_tracker: WriteCsv) -> None:
    path = write_tracker([tracker_row("X9-2026-000001", category="", route="", status="")])
    import_tracker(engine, path)
    entry = load_tracker(engine)["X9-2026-000001"]
    assert (entry.category, entry.route, entry.status) == ("", "", "")


def test_tracker_raises_sequences_and_never_lowers_them(
    engine: Engine, write_tracker: WriteCsv
) -> None:
    import_tracker(
        engine,
        write_tracker(
            [
                tracker_row("CASS-2026-000118"),
                tracker_row("CASS-2026-000140"),
                tracker_row("CASS-2026-000131"),
                tracker_row("CASS-2025-000990"),
                tracker_row("DCS-2026-000019"),
            ]
        ),
    )
    assert load_sequences(engine) == {("CASS", 2026): 140, ("CASS", 2025): 990, ("DCS", 2026): 19}

    with engine.begin() as connection:
        connection.execute(
            insert(reference_sequences).values(prefix="OTHER", year=2026, last_value=5)
        )
    # An older export: lower numbers leave the sequences where they are.
    import_tracker(
        engine, write_tracker([tracker_row("CASS-2026-000100"), tracker_row("DCS-2026-000025")])
    )
    assert load_sequences(engine) == {
        ("CASS", 2026): 140,
        ("CASS", 2025): 990,
        ("DCS", 2026): 25,
        ("OTHER", 2026): 5,
    }


@pytest.mark.parametrize(
    ("row", "column"),
    [
        pytest.param(tracker_row("cass-2026-000001"), "reference", id="lower-case"),
        pytest.param(tracker_row("CASS-2026-1"), "reference", id="short-number"),
        pytest.param(tracker_row("CASS-26-000001"), "reference", id="short-year"),
        pytest.param(tracker_row("1CASS-2026-000001"), "reference", id="digit-first"),
        pytest.param(tracker_row(""), "reference", id="empty"),
        pytest.param(
            tracker_row("CASS-2026-000007", received_on="27/08/2026"), "received_on", id="bad-date"
        ),
        pytest.param(tracker_row("CASS-2026-000001"), "reference", id="duplicate"),
    ],
)
def test_a_bad_tracker_row_changes_nothing(
    engine: Engine, write_tracker: WriteCsv, row: dict[str, str], column: str
) -> None:
    import_tracker(engine, write_tracker([tracker_row("CASS-2026-000050")]))
    before = (load_tracker(engine), load_sequences(engine))
    path = write_tracker([tracker_row("CASS-2026-000001"), tracker_row("CASS-2026-000900"), row])
    with pytest.raises(CsvImportError) as caught:
        import_tracker(engine, path)
    assert caught.value.line == 4
    assert f"column {column}" in str(caught.value)
    assert (load_tracker(engine), load_sequences(engine)) == before


def test_tracker_bad_header(engine: Engine, write_tracker: WriteCsv) -> None:
    path = write_tracker(
        [tracker_row("CASS-2026-000001")],
        header=["reference", "received", "category", "route", "status"],
    )
    with pytest.raises(CsvImportError) as caught:
        import_tracker(engine, path)
    assert caught.value.line == 1
    assert "received_on" in str(caught.value)
