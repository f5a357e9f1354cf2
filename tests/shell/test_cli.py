"""The mailbot command: db upgrade, imports and triage, against a real SQLite file."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from mailbot.cli import main
from mailbot.store.db import make_engine
from mailbot.store.queries import load_sequences

from .mail import CASES_CSV, TRACKER_CSV, message

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    monkeypatch.setenv("MAILBOT_CONFIG", str(ROOT / "config" / "mailbot.example.yaml"))
    monkeypatch.setenv("MAILBOT_DATABASE_URL", url)
    (tmp_path / "cases.csv").write_text(CASES_CSV)
    (tmp_path / "tracker.csv").write_text(TRACKER_CSV)
    return {"url": url, "dir": str(tmp_path)}


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def prepared(env: dict[str, str]) -> Path:
    run("db", "upgrade")
    assert "4 records" in run("cases", "import", f"{env['dir']}/cases.csv")
    assert "1 references" in run("tracker", "import", f"{env['dir']}/tracker.csv")
    folder = Path(env["dir"]) / "cass"
    folder.mkdir()
    return folder


def test_commands_refuse_an_unmigrated_store(env: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["cases", "import", f"{env['dir']}/cases.csv"])
    assert result.exit_code != 0 and "mailbot db upgrade" in result.output


def test_a_bad_case_row_names_its_line_and_changes_nothing(env: dict[str, str]) -> None:
    prepared(env)
    bad = Path(env["dir"]) / "bad.csv"
    bad.write_text(CASES_CSV.replace("2012-11-30", "30/11/2012"))
    result = CliRunner().invoke(main, ["cases", "import", str(bad)])
    assert result.exit_code == 1 and "line 4" in result.output and "dob" in result.output
    assert "4 records" in run("cases", "import", f"{env['dir']}/cases.csv")


def test_triage_json_lines_in_order_and_writes_nothing(env: dict[str, str]) -> None:
    folder = prepared(env)
    files = []
    ofsted = (
        "Ofsted have asked LADO for a suitability check.\n\nApplicant: Jodie MARSH, born 02/02/1990\n"
        "Child known to you: Poppy Lindqvist, born 02/03/2014\n\nOfsted hold the applicant's consent.\n"
    )
    for i, (subject, body) in enumerate(
        [
            (
                "Poppy Lindqvist 02/03/2014",
                "Does Poppy Lindqvist (02/03/2014) have an allocated social worker? A name and number please.",
            ),
            ("Ofsted suitability check - MARSH", ofsted),
            ("Ofsted suitability check - MARSH (second copy)", ofsted),
            (
                "RE: CASS-2026-000041",
                "Further to my request CASS-2026-000041, the hearing has moved to Friday.",
            ),
        ]
    ):
        path = folder / f"{i:03d}.eml"
        path.write_bytes(
            message(body, subject=subject, received=datetime(2026, 9, 1 + i, 9, tzinfo=UTC))
        )
        files.append(str(path))
    before = load_sequences(make_engine(env["url"]))
    lines = run("triage", "--json", *files).strip().splitlines()
    decisions = [json.loads(line) for line in lines]
    assert [d["file"] for d in decisions] == files
    level1, check, duplicate, follow_up = decisions
    assert (level1["route"], level1["reference"]) == ("level1_reply", "CASS-2026-000042")
    assert level1["subjects"] == [{"person_id": "900001", "match": "name_dob"}]
    assert level1["due"] == {"acknowledge": "2026-09-02", "response": None}
    assert (check["category"], check["route"], check["case_notes"]) == (
        "ofsted_suitability", "irr_queue", ["900001", "900002"])  # fmt: skip
    # the second copy sees the first one's reference, taken earlier in the same run
    assert (duplicate["route"], duplicate["related_reference"]) == ("none", check["reference"])
    assert (follow_up["route"], follow_up["related_reference"]) == (
        "reference_owner",
        "CASS-2026-000041",
    )
    # triage writes nothing: the sequences are as the tracker import left them
    assert load_sequences(make_engine(env["url"])) == before
    again = [json.loads(line) for line in run("triage", "--json", *files).strip().splitlines()]
    assert again[0]["reference"] == "CASS-2026-000042"


def test_triage_readable_output_shows_the_explanation(env: dict[str, str]) -> None:
    folder = prepared(env)
    path = folder / "locked.eml"
    path.write_bytes(
        message(
            "Tobias Fenn (05/05/2013): could you share any history you hold? Mum has given consent."
        )
    )
    out = run("triage", str(path))
    assert "route restricted" in out and "why:" in out and "restricted" in out
    assert "Tobias" not in out.split("why:")[1] and "Fenn" not in out.split("why:")[1]


def test_triage_needs_a_mailbox_when_the_folder_names_none(
    env: dict[str, str], tmp_path: Path
) -> None:
    prepared(env)
    path = tmp_path / "loose.eml"
    path.write_bytes(message("Is Maisie Crowther known to you?"))
    result = CliRunner().invoke(main, ["triage", str(path)])
    assert result.exit_code == 1 and "--mailbox" in result.output
    assert json.loads(run("triage", "--json", "--mailbox", "cass", str(path)))["mailbox"] == "cass"
