"""`mailbot users`, end to end through click against a real SQLite file store."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from click.testing import CliRunner, Result
from sqlalchemy import Engine, select

from mailbot.cli import main
from mailbot.console.auth import (
    MAX_FAILURES,
    LoginFailed,
    authenticate,
    session_for,
    start_session,
    user_by_name,
)
from mailbot.store.db import make_engine, upgrade
from mailbot.store.models import users

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_CONFIG = ROOT / "config" / "mailbot.example.yaml"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def cli_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast_hashing: object
) -> Iterator[Engine]:
    """The example configuration on a migrated SQLite file, as `mailbot` finds it."""
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    monkeypatch.setenv("MAILBOT_CONFIG", str(EXAMPLE_CONFIG))
    monkeypatch.setenv("MAILBOT_DATABASE_URL", url)
    upgrade(url)
    eng = make_engine(url)
    try:
        yield eng
    finally:
        eng.dispose()


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def run(*args: str, input: str | None = None) -> str:
    result = invoke(*args, input=input)
    assert result.exit_code == 0, result.output
    return result.output


def fails(*args: str, input: str | None = None) -> str:
    """The command exits 1 with one line of error."""
    result = invoke(*args, input=input)
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("Error: ")
    return lines[-1]


def test_add_asks_for_the_password_twice_without_echo(cli_engine: Engine) -> None:
    out = run(
        "users", "add", "Alice", "--role", "team_manager", "--email", "alice@example.org",
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )  # fmt: skip
    assert "added alice (team_manager, with a password)" in out
    assert PASSWORD not in out  # hidden input is not echoed
    user = authenticate(cli_engine, "alice", PASSWORD)
    assert (user.email, user.role) == ("alice@example.org", "team_manager")


def test_add_asks_again_when_the_two_entries_differ(cli_engine: Engine) -> None:
    run(
        "users", "add", "alice", "--role", "business_support",
        input=f"{PASSWORD}\nsomething else entirely\n{PASSWORD}\n{PASSWORD}\n",
    )  # fmt: skip
    assert authenticate(cli_engine, "alice", PASSWORD).username == "alice"


def test_add_reads_the_password_from_stdin(cli_engine: Engine) -> None:
    run("users", "add", "bob", "--role", "administrator", "--password-stdin", input=f"{PASSWORD}\n")
    assert authenticate(cli_engine, "bob", PASSWORD).role == "administrator"


def test_add_sso_only_has_no_password(cli_engine: Engine) -> None:
    out = run("users", "add", "carol", "--role", "sensitive_case_team", "--sso-only")
    assert "single sign-on only" in out
    with cli_engine.connect() as conn:
        assert conn.execute(select(users.c.password_hash)).scalar_one() is None
    with pytest.raises(LoginFailed):
        authenticate(cli_engine, "carol", "")
    assert user_by_name(cli_engine, "carol") is not None


def test_errors_are_one_line_and_exit_1(cli_engine: Engine) -> None:
    run(
        "users", "add", "alice", "--role", "team_manager", "--password-stdin", input=f"{PASSWORD}\n"
    )
    assert "already exists" in fails(
        "users", "add", "alice", "--role", "team_manager", "--sso-only"
    )
    assert "unknown role 'boss'" in fails("users", "add", "bob", "--role", "boss", "--sso-only")
    assert "too short" in fails(
        "users", "add", "bob", "--role", "team_manager", "--password-stdin", input="short\n"
    )
    assert "no password on standard input" in fails(
        "users", "add", "bob", "--role", "team_manager", "--password-stdin", input=""
    )
    assert "exclude each other" in fails(
        "users", "add", "bob", "--role", "team_manager", "--password-stdin", "--sso-only"
    )
    for command in ("disable", "enable"):
        assert "unknown user 'nobody'" in fails("users", command, "nobody")
    assert "unknown user 'nobody'" in fails("users", "set-role", "nobody", "team_manager")
    assert "unknown role 'root'" in fails("users", "set-role", "alice", "root")
    assert "unknown user 'nobody'" in fails("users", "set-password", "nobody", "--password-stdin")
    assert [u for u in ("bob",) if user_by_name(cli_engine, u)] == []


def test_an_unmigrated_store_is_refused_before_any_prompt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAILBOT_CONFIG", str(EXAMPLE_CONFIG))
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    line = fails("users", "add", "alice", "--role", "team_manager")
    assert "mailbot db upgrade" in line


def test_disable_enable_set_role_and_set_password(cli_engine: Engine) -> None:
    run(
        "users",
        "add",
        "alice",
        "--role",
        "business_support",
        "--password-stdin",
        input=f"{PASSWORD}\n",
    )
    user = authenticate(cli_engine, "alice", PASSWORD)
    token, _ = start_session(cli_engine, user)

    assert "disabled alice; their sessions have ended" in run("users", "disable", "alice")
    assert session_for(cli_engine, token) is None
    with pytest.raises(LoginFailed):
        authenticate(cli_engine, "alice", PASSWORD)
    assert "enabled alice" in run("users", "enable", "ALICE")
    user = authenticate(cli_engine, "alice", PASSWORD)

    token, _ = start_session(cli_engine, user)
    assert "alice is now team_manager" in run("users", "set-role", "alice", "team_manager")
    assert session_for(cli_engine, token) is None
    assert authenticate(cli_engine, "alice", PASSWORD).role == "team_manager"

    token, _ = start_session(cli_engine, user)
    new = "a different long passphrase"
    out = run("users", "set-password", "alice", input=f"{new}\n{new}\n")
    assert "password set for alice" in out and new not in out
    assert session_for(cli_engine, token) is None
    with pytest.raises(LoginFailed):
        authenticate(cli_engine, "alice", PASSWORD)
    assert authenticate(cli_engine, "alice", new).username == "alice"
    run("users", "set-password", "alice", "--password-stdin", input=f"{PASSWORD}\n")
    assert authenticate(cli_engine, "alice", PASSWORD).username == "alice"


def test_list_shows_role_email_disabled_and_locked(cli_engine: Engine) -> None:
    assert "no accounts" in run("users", "list")
    run(
        "users",
        "add",
        "alice",
        "--role",
        "business_support",
        "--email",
        "alice@example.org",
        "--sso-only",
    )
    run("users", "add", "bob", "--role", "administrator", "--password-stdin", input=f"{PASSWORD}\n")
    run("users", "add", "carol", "--role", "team_manager", "--sso-only")
    run("users", "disable", "carol")
    now = datetime.now(UTC)
    for i in range(MAX_FAILURES):
        with pytest.raises(LoginFailed):
            authenticate(cli_engine, "bob", f"wrong password {i}", now=now)

    lines = run("users", "list").splitlines()
    assert lines[0].split() == ["USERNAME", "ROLE", "EMAIL", "DISABLED", "LOCKED"]
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    assert rows["alice"] == ["alice", "business_support", "alice@example.org", "no", "no"]
    assert rows["bob"][:4] == ["bob", "administrator", "-", "no"]
    assert rows["bob"][4] == "until" and rows["bob"][-1] == "UTC"
    assert rows["carol"] == ["carol", "team_manager", "-", "yes", "no"]
    # the columns line up
    assert len({line.index(line.split()[1]) for line in lines}) == 1


def test_the_installed_command_with_password_stdin(cli_engine: Engine) -> None:
    """The real `mailbot` entry point in a process of its own, with the real argon2 cost."""
    mailbot = Path(sys.executable).parent / "mailbot"
    done = subprocess.run(
        [str(mailbot), "users", "add", "dora", "--role", "team_manager", "--password-stdin"],
        input=f"{PASSWORD}\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "added dora" in done.stdout and PASSWORD not in done.stdout + done.stderr
    with cli_engine.connect() as conn:
        stored = conn.execute(select(users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and not PasswordHasher().check_needs_rehash(stored)
    listed = subprocess.run(
        [str(mailbot), "users", "list"], capture_output=True, text=True, timeout=60, check=False
    )
    assert listed.returncode == 0 and "dora" in listed.stdout
