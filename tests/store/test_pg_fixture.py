"""The PostgreSQL fixture's own decisions: which binaries, and skip versus fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures import postgres


def _fake_version(root: Path, name: str) -> Path:
    bindir = root / name / "bin"
    bindir.mkdir(parents=True)
    for tool in ("initdb", "pg_ctl"):
        (bindir / tool).touch()
    return bindir


def test_picks_the_highest_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(postgres, "PG_ROOT", tmp_path)
    _fake_version(tmp_path, "9.6")
    newest = _fake_version(tmp_path, "16")
    _fake_version(tmp_path, "15")
    (tmp_path / "17" / "bin").mkdir(parents=True)  # no initdb: not a server install
    assert postgres.find_pg_bin() == newest


def test_no_binaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(postgres, "PG_ROOT", tmp_path)
    assert postgres.find_pg_bin() is None


def test_missing_postgres_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        postgres.missing_postgres("no binaries")


def test_missing_postgres_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        postgres.missing_postgres("no binaries")
