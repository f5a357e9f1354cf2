"""Console accounts, sign-in, sessions and CSRF tokens.

Passwords are argon2id hashes (argon2-cffi); a password is never stored, logged or audited.
Sign-in failures all say the same thing, take about the same time whether or not the account
exists, and five in a row lock the account for fifteen minutes. A session cookie holds a random
token of which the store keeps only the SHA-256, so a copy of the database opens no session.

Usernames are case-insensitive: kept and looked up in lower case, so "JSmith" and "jsmith" can
never be two accounts (a single sign-on header need not match the case they were added in).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import Connection, Engine, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from mailbot.console.audit import record
from mailbot.store.models import ROLES, console_sessions, users

__all__ = [
    "IDLE",
    "LOCKOUT",
    "MAX_FAILURES",
    "MIN_PASSWORD_LENGTH",
    "ROLES",
    "SESSION_HOURS",
    "AccountError",
    "LoginFailed",
    "Session",
    "User",
    "add_user",
    "authenticate",
    "csrf_ok",
    "disable_user",
    "enable_user",
    "end_session",
    "hash_password",
    "list_users",
    "locked_users",
    "session_for",
    "set_password",
    "set_role",
    "start_session",
    "user_by_name",
]

MAX_FAILURES = 5  # consecutive failed sign-ins that lock an account
LOCKOUT = timedelta(minutes=15)
SESSION_HOURS = 8  # absolute lifetime: a working day, then sign in again
IDLE = timedelta(minutes=30)
TOUCH_EVERY = timedelta(minutes=1)  # last_seen_at is written at most this often
MIN_PASSWORD_LENGTH = 12  # length over composition rules (NCSC password guidance)
MAX_PASSWORD_LENGTH = 1024  # hashing cost grows with length: no megabyte "passwords"
USERNAME = re.compile(r"[a-z0-9][a-z0-9._@+-]{0,63}")  # fits users.username, String(64)
AUDIT_NAME_LENGTH = 64  # audit_log.username is String(64)
LOGIN_FAILED_MESSAGE = "Enter a correct username and password"

_hasher = PasswordHasher()  # argon2id with argon2-cffi's RFC 9106 parameters


@dataclass(frozen=True)
class User:
    id: int
    username: str
    email: str | None
    role: str
    disabled: bool


@dataclass(frozen=True)
class Session:
    user: User
    csrf_token: str
    expires_at: datetime


class AccountError(Exception):
    """An account command that cannot be carried out; the message says why, in one line."""


class LoginFailed(Exception):
    """A sign-in refused. The message never says which part was wrong or that the account is
    locked: either would tell a guesser which usernames exist or that they are getting close."""

    def __init__(self) -> None:
        super().__init__(LOGIN_FAILED_MESSAGE)


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (salted; the parameters are in the hash)."""
    return _hasher.hash(password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def _dummy_hash() -> str:
    # made with the hasher's current parameters, so it costs what a real (rehashed) one does
    return _hasher.hash(secrets.token_urlsafe(16))


def _verify_dummy(password: str) -> None:
    """Spend the time a real verification takes, so an unknown username answers no faster."""
    _verify(_dummy_hash(), password)


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    return now


def _normalise_username(username: str) -> str:
    return username.strip().lower()


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"password too short: use at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError(f"password too long: use at most {MAX_PASSWORD_LENGTH} characters")
    if not password.strip() or len(set(password)) < 3:
        raise AccountError("password too weak: use a passphrase of several words")


def _user(row: Any) -> User:
    return User(
        id=int(row.id),
        username=str(row.username),
        email=None if row.email is None else str(row.email),
        role=str(row.role),
        disabled=bool(row.disabled),
    )


def _row(conn: Connection, username: str) -> Any:
    return conn.execute(
        select(users).where(users.c.username == _normalise_username(username))
    ).one_or_none()


def _existing(conn: Connection, username: str) -> Any:
    row = _row(conn, username)
    if row is None:
        raise AccountError(f"unknown user {_normalise_username(username)!r}")
    return row


def _end_sessions(conn: Connection, user_id: int) -> None:
    conn.execute(delete(console_sessions).where(console_sessions.c.user_id == user_id))


# -- accounts ---------------------------------------------------------------------------------


def add_user(
    engine: Engine,
    username: str,
    role: str,
    *,
    email: str | None = None,
    password: str | None = None,
) -> User:
    """Create an account; with no password it can only sign in through single sign-on."""
    name = _normalise_username(username)
    if not USERNAME.fullmatch(name):
        raise AccountError(f"invalid username {username!r}: up to 64 letters, digits and . _ @ + -")
    _check_role(role)
    if email is not None:
        try:
            email = validate_email(email, check_deliverability=False).normalized
        except EmailNotValidError as exc:
            raise AccountError(f"invalid email address {email!r}: {exc}") from exc
    password_hash = None
    if password is not None:
        _check_password(password)
        password_hash = hash_password(password)
    try:
        with engine.begin() as conn:
            if _row(conn, name) is not None:
                raise AccountError(f"user {name!r} already exists")
            user_id = conn.execute(
                insert(users)
                .values(
                    username=name,
                    email=email,
                    role=role,
                    password_hash=password_hash,
                    disabled=False,
                    failed_logins=0,
                    locked_until=None,
                    created_at=datetime.now(UTC),
                )
                .returning(users.c.id)
            ).scalar_one()
    except IntegrityError as exc:  # another process added the same name meanwhile
        raise AccountError(f"user {name!r} already exists") from exc
    return User(id=int(user_id), username=name, email=email, role=role, disabled=False)


def set_password(engine: Engine, username: str, password: str) -> None:
    """Set a new password. It also lifts a lockout and ends the user's sessions: a password is
    reset because it may be known to someone else."""
    _check_password(password)
    password_hash = hash_password(password)
    with engine.begin() as conn:
        row = _existing(conn, username)
        conn.execute(
            update(users)
            .where(users.c.id == row.id)
            .values(password_hash=password_hash, failed_logins=0, locked_until=None)
        )
        _end_sessions(conn, row.id)


def disable_user(engine: Engine, username: str) -> None:
    """Refuse the account's sign-ins, and end its sessions now."""
    with engine.begin() as conn:
        row = _existing(conn, username)
        conn.execute(update(users).where(users.c.id == row.id).values(disabled=True))
        _end_sessions(conn, row.id)


def enable_user(engine: Engine, username: str) -> None:
    with engine.begin() as conn:
        row = _existing(conn, username)
        conn.execute(update(users).where(users.c.id == row.id).values(disabled=False))


def set_role(engine: Engine, username: str, role: str) -> None:
    """Change the role, and end the user's sessions: the new rights apply from the next sign-in,
    never to a page already open with the old ones."""
    _check_role(role)
    with engine.begin() as conn:
        row = _existing(conn, username)
        conn.execute(update(users).where(users.c.id == row.id).values(role=role))
        _end_sessions(conn, row.id)


def list_users(engine: Engine) -> list[User]:
    with engine.connect() as conn:
        return [_user(r) for r in conn.execute(select(users).order_by(users.c.username))]


def locked_users(engine: Engine, *, now: datetime | None = None) -> dict[str, datetime]:
    """The accounts locked out now, by username, with when each lock ends."""
    now = _now(now)
    query = select(users.c.username, users.c.locked_until).where(users.c.locked_until > now)
    with engine.connect() as conn:
        return {str(r.username): r.locked_until for r in conn.execute(query)}


def user_by_name(engine: Engine, username: str) -> User | None:
    """The account for a name from the trusted reverse-proxy header (single sign-on), disabled
    or not: the caller refuses a disabled one (start_session does too)."""
    with engine.connect() as conn:
        row = _row(conn, username)
    return None if row is None else _user(row)


# -- sign-in ----------------------------------------------------------------------------------


def _audit_failure(
    conn: Connection, typed: str, reason: str, remote_addr: str | None, now: datetime
) -> None:
    # the name as typed, so an administrator sees what was tried; the reason is for them only
    record(
        conn,
        username=typed[:AUDIT_NAME_LENGTH],
        role=None,
        action="login_failed",
        detail={"reason": reason},
        remote_addr=remote_addr,
        at=now,
    )


def authenticate(
    engine: Engine,
    username: str,
    password: str,
    *,
    now: datetime | None = None,
    remote_addr: str | None = None,
) -> User:
    """The account for a username and password, or LoginFailed (always the same message).
    Audits either way: "login", or "login_failed" with the name as typed and a reason code.

    Every path verifies one argon2 hash, a dummy one for an unknown user or an account with no
    password, so the time taken does not tell which usernames exist. A locked or disabled
    account refuses even the right password. A success resets the failure count and rehashes
    the password when the hasher's parameters have changed since it was set.
    """
    now = _now(now)
    with engine.connect() as conn:
        row = _row(conn, username)
    if row is None or row.password_hash is None:
        _verify_dummy(password)
        with engine.begin() as conn:
            reason = "unknown_user" if row is None else "no_password"
            _audit_failure(conn, username, reason, remote_addr, now)
        raise LoginFailed()

    correct = _verify(row.password_hash, password)
    # hashed before the transaction: the write lock is not held for an argon2 run
    new_hash = (
        hash_password(password)
        if correct and _hasher.check_needs_rehash(row.password_hash)
        else None
    )
    failure: str | None = None
    with engine.begin() as conn:
        # read again in the transaction (under the write lock): concurrent failures all count
        current = conn.execute(
            select(users.c.failed_logins, users.c.locked_until, users.c.disabled)
            .where(users.c.id == row.id)
            .with_for_update()
        ).one()
        values: dict[str, Any] = {}
        if current.disabled:
            failure = "disabled"
        elif current.locked_until is not None and current.locked_until > now:
            failure = "locked"  # not counted: attempts during a lock do not extend it
        elif not correct:
            failure = "bad_password"
            values["failed_logins"] = current.failed_logins + 1
            if values["failed_logins"] >= MAX_FAILURES:
                # the count starts again when the lock ends: another five tries, then locked
                values = {"failed_logins": 0, "locked_until": now + LOCKOUT}
                failure = "bad_password_locked"
        else:
            values = {"failed_logins": 0, "locked_until": None}
            if new_hash is not None:
                values["password_hash"] = new_hash
        if values:
            conn.execute(update(users).where(users.c.id == row.id).values(**values))
        if failure is not None:
            _audit_failure(conn, username, failure, remote_addr, now)
        else:
            record(
                conn,
                username=str(row.username),
                role=str(row.role),
                action="login",
                remote_addr=remote_addr,
                at=now,
            )
    # raised after the commit: raising inside the block would roll back the count and the entry
    if failure is not None:
        raise LoginFailed()
    return _user(row)


# -- sessions ---------------------------------------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start_session(
    engine: Engine, user: User, *, now: datetime | None = None
) -> tuple[str, Session]:
    """A new session for a signed-in user: the token for the cookie, and the session.

    It refuses (LoginFailed) an account disabled or removed since it was looked up, and takes
    the role as the store has it now. Stale sessions are cleared here, so the table does not
    grow with abandoned ones. The sign-in itself is audited by authenticate ("login"); a
    single sign-on is the caller's to audit.
    """
    now = _now(now)
    token = secrets.token_urlsafe(32)
    csrf_token = secrets.token_urlsafe(32)
    expires_at = now + timedelta(hours=SESSION_HOURS)
    s = console_sessions.c
    with engine.begin() as conn:
        current = conn.execute(select(users).where(users.c.id == user.id)).one_or_none()
        if current is None or current.disabled:
            raise LoginFailed()  # nothing written yet: the rollback loses nothing
        user = _user(current)  # the role as it is now, not as it was at look-up
        stale = or_(s.expires_at <= now, s.last_seen_at < now - IDLE)  # as session_for judges
        conn.execute(delete(console_sessions).where(stale))
        conn.execute(
            insert(console_sessions).values(
                token_hash=_token_hash(token),
                user_id=user.id,
                csrf_token=csrf_token,
                created_at=now,
                expires_at=expires_at,
                last_seen_at=now,
            )
        )
    return token, Session(user=user, csrf_token=csrf_token, expires_at=expires_at)


def session_for(
    engine: Engine, token: str | None, *, now: datetime | None = None
) -> Session | None:
    """The session a cookie's token opens, or None: unknown, past its absolute lifetime, idle
    for longer than IDLE, or the user disabled. Records the activity (at most once a minute, to
    spare writes, so idleness is measured to within that minute)."""
    if not token or len(token) > 256:
        return None
    now = _now(now)
    s = console_sessions.c
    key = _token_hash(token)
    with engine.begin() as conn:
        row = conn.execute(
            select(
                s.user_id,
                s.csrf_token,
                s.expires_at,
                s.last_seen_at,
                users.c.username,
                users.c.email,
                users.c.role,
                users.c.disabled,
            )
            .join(users, users.c.id == s.user_id)
            .where(s.token_hash == key)
        ).one_or_none()
        if row is None:
            return None
        if row.expires_at <= now or now - row.last_seen_at > IDLE or row.disabled:
            conn.execute(delete(console_sessions).where(s.token_hash == key))
            return None
        if now - row.last_seen_at >= TOUCH_EVERY:
            conn.execute(
                update(console_sessions).where(s.token_hash == key).values(last_seen_at=now)
            )
    user = User(
        id=int(row.user_id),
        username=str(row.username),
        email=None if row.email is None else str(row.email),
        role=str(row.role),
        disabled=False,
    )
    return Session(user=user, csrf_token=str(row.csrf_token), expires_at=row.expires_at)


def end_session(engine: Engine, token: str) -> None:
    """Sign out: the token opens nothing from now on."""
    with engine.begin() as conn:
        key = _token_hash(token)
        conn.execute(delete(console_sessions).where(console_sessions.c.token_hash == key))


def csrf_ok(session: Session, submitted: str | None) -> bool:
    """Whether a form carried the session's CSRF token (compared in constant time)."""
    if not submitted:
        return False
    return hmac.compare_digest(session.csrf_token.encode("utf-8"), submitted.encode("utf-8"))
