"""Console accounts, sign-in, sessions and CSRF, on a real SQLite file store."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import Literal

import pytest
from argon2 import PasswordHasher
from argon2.low_level import Type
from sqlalchemy import Engine, select, update

from mailbot.console import auth
from mailbot.console.auth import (
    IDLE,
    LOCKOUT,
    MAX_FAILURES,
    SESSION_HOURS,
    AccountError,
    LoginFailed,
    User,
    add_user,
    authenticate,
    csrf_ok,
    disable_user,
    enable_user,
    end_session,
    hash_password,
    list_users,
    locked_users,
    session_for,
    set_password,
    set_role,
    start_session,
    user_by_name,
)
from mailbot.store.models import audit_log, console_sessions, users

pytestmark = pytest.mark.usefixtures("fast_hashing")

PASSWORD = "correct horse battery staple"
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
MESSAGE = "Enter a correct username and password"


def refused(engine: Engine, username: str, password: str, now: datetime = T0) -> str:
    with pytest.raises(LoginFailed) as info:
        authenticate(engine, username, password, now=now)
    return str(info.value)


def alice(engine: Engine, role: str = "business_support") -> User:
    return add_user(engine, "alice", role, email="alice@example.org", password=PASSWORD)


def audit_rows(engine: Engine) -> list[dict[str, object]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(audit_log).order_by(audit_log.c.id))]


# -- hashing and accounts ---------------------------------------------------------------------


def test_hash_is_argon2id_with_a_salt_and_verifies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher())  # the real parameters, not the cheap
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first.startswith("$argon2id$") and PASSWORD not in first
    assert first != second  # salted
    assert PasswordHasher().verify(first, PASSWORD)
    assert PasswordHasher().type is Type.ID


def test_add_user_and_sign_in(engine: Engine) -> None:
    user = alice(engine)
    assert user == User(user.id, "alice", "alice@example.org", "business_support", False)
    assert authenticate(engine, "alice", PASSWORD, now=T0) == user
    assert authenticate(engine, "  Alice ", PASSWORD, now=T0) == user  # names are case-blind
    assert user_by_name(engine, "ALICE") == user
    assert user_by_name(engine, "bob") is None
    with engine.connect() as conn:
        stored = conn.execute(select(users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_account_errors_say_what_is_wrong(engine: Engine) -> None:
    alice(engine)
    with pytest.raises(AccountError, match="already exists"):
        add_user(engine, "ALICE", "team_manager", password=PASSWORD)
    with pytest.raises(AccountError, match="unknown role 'boss'"):
        add_user(engine, "bob", "boss", password=PASSWORD)
    with pytest.raises(AccountError, match="too short"):
        add_user(engine, "bob", "team_manager", password="short")
    with pytest.raises(AccountError, match="too weak"):
        add_user(engine, "bob", "team_manager", password="a" * 20)
    with pytest.raises(AccountError, match="invalid username"):
        add_user(engine, "bob smith", "team_manager", password=PASSWORD)
    with pytest.raises(AccountError, match="invalid email"):
        add_user(engine, "bob", "team_manager", email="not-an-address", password=PASSWORD)
    for change in (disable_user, enable_user):
        with pytest.raises(AccountError, match="unknown user 'carol'"):
            change(engine, "carol")
    with pytest.raises(AccountError, match="unknown user"):
        set_role(engine, "carol", "administrator")
    with pytest.raises(AccountError, match="unknown role"):
        set_role(engine, "alice", "root")
    with pytest.raises(AccountError, match="unknown user"):
        set_password(engine, "carol", PASSWORD)
    with pytest.raises(AccountError, match="too short"):
        set_password(engine, "alice", "x1")
    assert [u.username for u in list_users(engine)] == ["alice"]


def test_set_password_replaces_the_old_one(engine: Engine) -> None:
    alice(engine)
    set_password(engine, "alice", "a new and longer passphrase")
    assert refused(engine, "alice", PASSWORD) == MESSAGE
    assert authenticate(engine, "alice", "a new and longer passphrase", now=T0).username == "alice"


def test_a_changed_hasher_rehashes_on_the_next_sign_in(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice(engine)  # hashed with the cheap parameters
    stronger = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    monkeypatch.setattr(auth, "_hasher", stronger)
    authenticate(engine, "alice", PASSWORD, now=T0)
    with engine.connect() as conn:
        stored = conn.execute(select(users.c.password_hash)).scalar_one()
    assert "m=16,t=2,p=1" in stored and not stronger.check_needs_rehash(stored)
    assert authenticate(engine, "alice", PASSWORD, now=T0).username == "alice"


# -- failures and lockout ---------------------------------------------------------------------


def test_every_refusal_says_the_same(engine: Engine) -> None:
    alice(engine)
    add_user(engine, "sso", "team_manager")  # single sign-on only: no password
    add_user(engine, "gone", "team_manager", password=PASSWORD)
    disable_user(engine, "gone")
    messages = {
        refused(engine, "alice", "wrong password here"),
        refused(engine, "nobody", PASSWORD),
        refused(engine, "sso", PASSWORD),
        refused(engine, "sso", ""),
        refused(engine, "gone", PASSWORD),
    }
    assert messages == {MESSAGE}


def test_an_unknown_user_costs_a_verification_too(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Timing must not tell which usernames exist: every path verifies one argon2 hash."""
    calls: list[str] = []

    class Counting(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
            calls.append(str(hash)[:9])
            return super().verify(hash, password)

    monkeypatch.setattr(auth, "_hasher", Counting(time_cost=1, memory_cost=8, parallelism=1))
    alice(engine)
    for name in ("alice", "nobody"):
        calls.clear()
        refused(engine, name, "wrong password here")
        assert calls == ["$argon2id"]


def test_five_failures_lock_the_account_for_fifteen_minutes(engine: Engine) -> None:
    alice(engine)
    for i in range(MAX_FAILURES - 1):
        refused(engine, "alice", f"wrong password {i}")
    # a success resets the count: four more failures do not lock
    authenticate(engine, "alice", PASSWORD, now=T0)
    for i in range(MAX_FAILURES - 1):
        refused(engine, "alice", f"wrong password {i}")
    authenticate(engine, "alice", PASSWORD, now=T0)
    assert locked_users(engine, now=T0) == {}

    for i in range(MAX_FAILURES):
        refused(engine, "alice", f"wrong password {i}")
    assert locked_users(engine, now=T0) == {"alice": T0 + LOCKOUT}
    # locked: the right password is refused, with the same words as any other failure
    assert refused(engine, "alice", PASSWORD, T0 + timedelta(minutes=1)) == MESSAGE
    assert refused(engine, "alice", PASSWORD, T0 + LOCKOUT - timedelta(seconds=1)) == MESSAGE
    # attempts during the lock do not extend it
    assert locked_users(engine, now=T0) == {"alice": T0 + LOCKOUT}
    released = T0 + LOCKOUT
    assert locked_users(engine, now=released) == {}
    assert authenticate(engine, "alice", PASSWORD, now=released).username == "alice"


def test_after_a_lock_another_five_failures_lock_again(engine: Engine) -> None:
    alice(engine)
    for i in range(MAX_FAILURES):
        refused(engine, "alice", f"wrong {i} password")
    later = T0 + LOCKOUT
    for i in range(MAX_FAILURES - 1):
        refused(engine, "alice", f"wrong {i} password", later)
    assert locked_users(engine, now=later) == {}
    refused(engine, "alice", "wrong again password", later)
    assert locked_users(engine, now=later) == {"alice": later + LOCKOUT}


def test_set_password_lifts_a_lockout(engine: Engine) -> None:
    alice(engine)
    for i in range(MAX_FAILURES):
        refused(engine, "alice", f"wrong {i} password")
    set_password(engine, "alice", "a brand new passphrase")
    assert authenticate(engine, "alice", "a brand new passphrase", now=T0).username == "alice"


def test_the_audit_log_records_sign_ins_and_never_a_password(engine: Engine) -> None:
    alice(engine)
    refused(engine, "alice", "hunter2 is not it")
    typed = "x" * 100
    refused(engine, typed, "some other secret")
    for i in range(MAX_FAILURES - 1):
        refused(engine, "alice", f"guess number {i}")
    refused(engine, "alice", PASSWORD, T0 + timedelta(minutes=1))  # locked
    authenticate(engine, "alice", PASSWORD, now=T0 + LOCKOUT, remote_addr="192.0.2.7")

    rows = audit_rows(engine)
    summary = [
        (r["action"], r["username"], json.loads(str(r["detail"]))["reason"]) for r in rows[:-1]
    ]
    assert summary == [
        ("login_failed", "alice", "bad_password"),
        ("login_failed", "x" * 64, "unknown_user"),  # as typed, cut to the column
        *[("login_failed", "alice", "bad_password")] * (MAX_FAILURES - 2),
        ("login_failed", "alice", "bad_password_locked"),
        ("login_failed", "alice", "locked"),
    ]
    login = rows[-1]
    assert (login["action"], login["username"], login["role"]) == (
        "login",
        "alice",
        "business_support",
    )
    assert login["remote_addr"] == "192.0.2.7" and login["at"] == T0 + LOCKOUT
    secrets = [PASSWORD, "hunter2", "some other secret", "guess number"]
    text = json.dumps(rows, default=str)
    assert not [s for s in secrets if s in text]


def test_a_failure_records_where_it_came_from(engine: Engine) -> None:
    with pytest.raises(LoginFailed):
        authenticate(engine, "nobody", PASSWORD, now=T0, remote_addr="198.51.100.4")
    (row,) = audit_rows(engine)
    assert row["remote_addr"] == "198.51.100.4" and row["role"] is None


# -- sessions ---------------------------------------------------------------------------------


def test_a_session_keeps_only_the_hash_of_its_token(engine: Engine) -> None:
    user = alice(engine)
    token, session = start_session(engine, user, now=T0)
    assert session.user == user and session.expires_at == T0 + timedelta(hours=SESSION_HOURS)
    with engine.connect() as conn:
        stored = conn.execute(select(console_sessions)).one()
    assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in json.dumps(dict(stored._mapping), default=str)
    assert session_for(engine, token, now=T0 + timedelta(minutes=5)) == session
    assert session_for(engine, stored.token_hash, now=T0) is None  # the hash opens nothing
    for nothing in (None, "", "not-a-token", "x" * 10_000):
        assert session_for(engine, nothing, now=T0) is None


def test_two_sessions_have_different_tokens(engine: Engine) -> None:
    user = alice(engine)
    (t1, s1), (t2, s2) = start_session(engine, user, now=T0), start_session(engine, user, now=T0)
    assert t1 != t2 and s1.csrf_token != s2.csrf_token
    end_session(engine, t1)
    assert session_for(engine, t1, now=T0) is None
    assert session_for(engine, t2, now=T0) == s2


def test_a_session_ends_after_its_absolute_lifetime(engine: Engine) -> None:
    user = alice(engine)
    token, session = start_session(engine, user, now=T0)
    now = T0
    end = T0 + timedelta(hours=SESSION_HOURS)
    # busy all day: active every 20 minutes, never idle, still ends at the eighth hour
    while now + timedelta(minutes=20) < end:
        now += timedelta(minutes=20)
        assert session_for(engine, token, now=now) == session
    assert session_for(engine, token, now=end) is None
    assert session_for(engine, token, now=now) is None  # gone for good


def test_a_session_ends_when_idle_for_longer_than_thirty_minutes(engine: Engine) -> None:
    user = alice(engine)
    token, _ = start_session(engine, user, now=T0)
    assert session_for(engine, token, now=T0 + IDLE) is not None  # exactly 30 minutes: still on
    later = T0 + IDLE + IDLE  # 30 minutes after the last activity
    assert session_for(engine, token, now=later) is not None
    assert session_for(engine, token, now=later + IDLE + timedelta(seconds=1)) is None


def test_activity_is_written_at_most_once_a_minute(engine: Engine) -> None:
    user = alice(engine)
    token, _ = start_session(engine, user, now=T0)

    def last_seen() -> datetime:
        with engine.connect() as conn:
            value: datetime = conn.execute(select(console_sessions.c.last_seen_at)).scalar_one()
        return value

    session_for(engine, token, now=T0 + timedelta(seconds=30))
    assert last_seen() == T0
    session_for(engine, token, now=T0 + timedelta(seconds=61))
    assert last_seen() == T0 + timedelta(seconds=61)


def test_disabling_a_user_ends_their_sessions_and_sign_ins(engine: Engine) -> None:
    user = alice(engine)
    token, _ = start_session(engine, user, now=T0)
    disable_user(engine, "alice")
    assert session_for(engine, token, now=T0) is None
    assert refused(engine, "alice", PASSWORD) == MESSAGE
    assert user_by_name(engine, "alice") == User(user.id, "alice", user.email, user.role, True)
    with pytest.raises(LoginFailed):  # single sign-on must not open a session for them either
        start_session(engine, user, now=T0)
    enable_user(engine, "alice")
    assert authenticate(engine, "alice", PASSWORD, now=T0) == user


def test_a_session_of_a_user_disabled_in_the_database_is_refused(engine: Engine) -> None:
    """Even without disable_user (a change made straight in the database, say)."""
    user = alice(engine)
    token, _ = start_session(engine, user, now=T0)
    with engine.begin() as conn:
        conn.execute(update(users).values(disabled=True))
    assert session_for(engine, token, now=T0) is None


def test_a_new_role_ends_the_sessions_and_applies_at_the_next_sign_in(engine: Engine) -> None:
    user = alice(engine)
    token, _ = start_session(engine, user, now=T0)
    set_role(engine, "alice", "sensitive_case_team")
    assert session_for(engine, token, now=T0) is None
    again = authenticate(engine, "alice", PASSWORD, now=T0)
    assert again.role == "sensitive_case_team"
    token, session = start_session(engine, again, now=T0)
    assert session_for(engine, token, now=T0) == session
    assert session.user.role == "sensitive_case_team"


def test_start_session_takes_the_role_from_the_store(engine: Engine) -> None:
    """A User looked up before a role change does not carry the old role into a session."""
    user = alice(engine)
    set_role(engine, "alice", "team_manager")
    _, session = start_session(engine, user, now=T0)
    assert session.user.role == "team_manager"
    assert audit_rows(engine) == []  # a single sign-on is the caller's to audit


def test_expired_sessions_are_cleared_when_a_new_one_starts(engine: Engine) -> None:
    user = alice(engine)
    start_session(engine, user, now=T0)
    start_session(engine, user, now=T0 + timedelta(hours=SESSION_HOURS))
    with engine.connect() as conn:
        assert len(conn.execute(select(console_sessions)).all()) == 1


def test_naive_times_are_refused(engine: Engine) -> None:
    user = alice(engine)
    with pytest.raises(ValueError, match="timezone-aware"):
        start_session(engine, user, now=datetime(2026, 11, 23, 9, 0))


# -- CSRF -------------------------------------------------------------------------------------


def test_csrf_ok_only_for_the_sessions_own_token(engine: Engine) -> None:
    user = alice(engine)
    _, session = start_session(engine, user, now=T0)
    _, other = start_session(engine, user, now=T0)
    assert csrf_ok(session, session.csrf_token)
    for wrong in (
        None,
        "",
        other.csrf_token,
        session.csrf_token[:-1],
        session.csrf_token + "x",
        "é" * 43,
    ):
        assert not csrf_ok(session, wrong)
