"""The IMAP source against a real Dovecot (tests/fixtures/dovecot.py), and its OAuth pieces.

Dovecot is not set up for OAuth, so the XOAUTH2 strategy and the MSAL token provider are
tested on their own, with a fake MSAL app object (no network)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from imapclient.exceptions import LoginError

from mailbot.sources.base import AuthenticationFailed, Source, SourceUnavailable
from mailbot.sources.imap import (
    ImapSource,
    PasswordAuth,
    SecurityError,
    StaleKey,
    XOAuth2Auth,
    parse_key,
)
from mailbot.sources.oauth import OUTLOOK_SCOPE, ClientCredentialsTokens
from tests.fixtures.dovecot import DovecotAccount

# Generous: Dovecot reports new mail to IDLE 0.5 s after the APPEND; this only catches a hang.
ARRIVAL_BOUND = 10.0


def message(n: int, size: int = 0) -> bytes:
    body = f"Body of test message {n}.\r\n" + "x" * size
    return (
        f"From: sender{n}@example.org\r\n"
        f"To: triage@example.gov.uk\r\n"
        f"Subject: test {n}\r\n"
        f"Message-ID: <test-{n}@example.org>\r\n"
        f"Date: Mon, 02 Mar 2026 09:00:00 +0000\r\n"
        f"\r\n{body}\r\n"
    ).encode()


SourceFactory = Callable[..., ImapSource]


@pytest.fixture
def make_source(dovecot: DovecotAccount) -> Iterator[SourceFactory]:
    """ImapSource on the test user's mailbox (plain IMAP on loopback, fast backoff); closed after."""
    made: list[ImapSource] = []

    def make(**overrides: Any) -> ImapSource:
        options: dict[str, Any] = {
            "security": "none",
            "poll_interval": 0.2,
            "connect_timeout": 5.0,
            "read_timeout": 15.0,
            "reconnect_attempts": 3,
            "backoff_initial": 0.05,
            "backoff_max": 0.2,
            "name": "test-mailbox",
        }
        options.update(overrides)
        auth = options.pop("auth", PasswordAuth(dovecot.password))
        source = ImapSource(dovecot.host, dovecot.port, dovecot.user, auth, **options)
        made.append(source)
        return source

    yield make
    for source in made:
        source.close()


def _append_later(account: DovecotAccount, raw: bytes, delay: float) -> threading.Timer:
    timer = threading.Timer(delay, account.append, args=(raw,))
    timer.start()
    return timer


def test_is_a_source(make_source: SourceFactory) -> None:
    source: Source = make_source()  # mypy checks the protocol; this checks it runs
    source.connect()


def test_fetch_returns_messages_oldest_first_with_internaldate_and_stable_keys_unseen(
    dovecot: DovecotAccount, make_source: SourceFactory
) -> None:
    # INTERNALDATEs deliberately out of order: the order is arrival in the mailbox (UID).
    dates = [
        datetime(2026, 3, 2, 9, 15, tzinfo=timezone(timedelta(hours=1))),
        datetime(2026, 3, 1, 8, 0, tzinfo=UTC),
        datetime(2026, 3, 3, 17, 30, 5, tzinfo=UTC),
    ]
    for n, when in enumerate(dates):
        dovecot.append(message(n), when=when)
    source = make_source()

    first = source.fetch_new()
    again = source.fetch_new()

    assert [m.raw for m in first] == [message(n) for n in range(3)]
    assert [m.arrived for m in first] == dates
    assert all(m.arrived is not None and m.arrived.tzinfo is not None for m in first)
    validity = dovecot.uidvalidity()
    assert [m.key for m in first] == [f"{validity}:{uid}" for uid in (1, 2, 3)]
    assert [m.key for m in again] == [m.key for m in first]
    assert all(b"\\Seen" not in stored.flags for stored in dovecot.list())


def test_fetch_honours_the_limit_across_batches_and_skips_deleted(
    dovecot: DovecotAccount, make_source: SourceFactory
) -> None:
    for n in range(7):
        dovecot.append(message(n), flags=[b"\\Deleted"] if n == 1 else [])
    source = make_source(fetch_batch=2)

    fetched = source.fetch_new(limit=5)

    assert [m.raw for m in fetched] == [message(n) for n in (0, 2, 3, 4, 5)]


def test_messages_marked_taken_are_skipped_until_the_next_connection(
    dovecot: DovecotAccount, make_source: SourceFactory
) -> None:
    for n in range(5):
        dovecot.append(message(n), flags=[b"\\Deleted"] if n == 3 else [])
    source = make_source()
    first = source.fetch_new(limit=2)
    source.mark_taken([m.key for m in first])

    rest = source.fetch_new()
    assert [m.raw for m in rest] == [message(n) for n in (2, 4)]  # still skips \Deleted
    source.mark_taken([rest[-1].key])  # the newest: nothing above it
    assert source.fetch_new() == []  # (UID n:* would still match the newest message)

    source.mark_taken([f"{dovecot.uidvalidity() + 1}:99"])  # another UIDVALIDITY's: ignored
    dovecot.append(message(5))
    assert [m.raw for m in source.fetch_new()] == [message(5)]

    source.close()  # a new connection sees everything again: a move may have been lost
    source.connect()
    assert [m.raw for m in source.fetch_new()] == [message(n) for n in (0, 1, 2, 4, 5)]


def test_a_backlog_is_handed_over_from_one_search_while_each_batch_is_taken(
    dovecot: DovecotAccount, make_source: SourceFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(10):
        dovecot.append(message(n))
    source = make_source()
    source.connect()
    selects: list[int] = []
    real_select = source._select

    def counted(client):  # type: ignore[no-untyped-def]
        selects.append(1)
        return real_select(client)

    monkeypatch.setattr(source, "_select", counted)
    first = source.fetch_new(limit=3)
    source.mark_taken([m.key for m in first])
    second = source.fetch_new(limit=3)  # from the same SEARCH: no SELECT
    assert [m.raw for m in first + second] == [message(n) for n in range(6)]
    assert len(selects) == 1

    # the second batch was not taken (its decision failed): not skipped, but found again
    again = source.fetch_new(limit=3)
    assert [m.raw for m in again] == [message(n) for n in range(3, 6)] and len(selects) == 2
    source.mark_taken([m.key for m in again])
    third = source.fetch_new(limit=3)
    assert [m.raw for m in third] == [message(n) for n in range(6, 9)] and len(selects) == 2
    source.mark_taken([m.key for m in third])
    dovecot.append(message(10))
    # fewer than a batch left over from the SEARCH: it looks again, and sees the new message
    assert [m.raw for m in source.fetch_new(limit=3)] == [message(9), message(10)]
    assert len(selects) == 3


def test_idle_wait_returns_soon_after_an_append_from_another_connection(
    dovecot: DovecotAccount, make_source: SourceFactory, caplog: pytest.LogCaptureFixture
) -> None:
    source = make_source()
    source.connect()
    caplog.set_level(logging.DEBUG, logger="mailbot.sources.imap")
    timer = _append_later(dovecot, message(1), delay=0.3)
    try:
        started = time.monotonic()
        arrived = source.wait(timeout=60)
        elapsed = time.monotonic() - started
    finally:
        timer.join()

    assert arrived is True
    assert elapsed < ARRIVAL_BOUND
    assert any(r.getMessage().startswith("imap.idle ") for r in caplog.records)
    assert [m.raw for m in source.fetch_new()] == [message(1)]


def test_idle_wait_without_mail_returns_false_at_the_timeout(make_source: SourceFactory) -> None:
    source = make_source()
    source.connect()
    started = time.monotonic()

    assert source.wait(timeout=0.5) is False
    assert time.monotonic() - started >= 0.5
    source.fetch_new()  # the connection is usable after IDLE ends


def test_idle_is_reissued_within_the_renewal_interval(
    dovecot: DovecotAccount, make_source: SourceFactory, caplog: pytest.LogCaptureFixture
) -> None:
    source = make_source(idle_renew=0.4)
    source.connect()
    caplog.set_level(logging.DEBUG, logger="mailbot.sources.imap")
    timer = _append_later(dovecot, message(1), delay=1.5)
    try:
        arrived = source.wait(timeout=60)
    finally:
        timer.join()

    idles = [r for r in caplog.records if r.getMessage().startswith("imap.idle ")]
    assert arrived is True
    assert len(idles) >= 3  # 0.4 s sessions over the 1.5 s before the append (plus 0.5 s)


def test_polling_when_idle_is_disabled(
    dovecot: DovecotAccount, make_source: SourceFactory, caplog: pytest.LogCaptureFixture
) -> None:
    source = make_source(disabled_capabilities=frozenset({"IDLE"}), poll_interval=0.2)
    source.connect()
    caplog.set_level(logging.DEBUG, logger="mailbot.sources.imap")

    assert source.wait(timeout=0.5) is False
    timer = _append_later(dovecot, message(1), delay=0.3)
    try:
        started = time.monotonic()
        arrived = source.wait(timeout=60)
        elapsed = time.monotonic() - started
    finally:
        timer.join()

    messages = [r.getMessage() for r in caplog.records]
    assert arrived is True
    assert elapsed < ARRIVAL_BOUND
    assert any(m.startswith("imap.poll ") for m in messages)
    assert not any(m.startswith("imap.idle ") for m in messages)


@pytest.mark.parametrize(
    "disabled",
    [(), ("MOVE",), ("MOVE", "UIDPLUS")],
    ids=["uid-move", "copy-uid-expunge", "copy-expunge"],
)
def test_move_to_a_folder_that_is_created_on_first_use(
    dovecot: DovecotAccount, make_source: SourceFactory, disabled: tuple[str, ...]
) -> None:
    for n in range(3):
        dovecot.append(message(n))
    source = make_source(disabled_capabilities=frozenset(disabled))
    fetched = source.fetch_new()
    assert "Processed" not in dovecot.folders()

    source.move(fetched[0].key, "Processed")
    source.move(fetched[2].key, "Processed")

    assert [m.raw for m in dovecot.list("INBOX")] == [message(1)]
    assert [m.raw for m in dovecot.list("Processed")] == [message(0), message(2)]
    assert all(b"\\Seen" not in m.flags for m in dovecot.list("Processed"))
    assert [m.key for m in source.fetch_new()] == [fetched[1].key]


def test_move_again_after_it_succeeded_is_harmless(
    dovecot: DovecotAccount, make_source: SourceFactory
) -> None:
    # At-least-once: a worker that crashed after the MOVE repeats it on restart.
    dovecot.append(message(1))
    source = make_source()
    key = source.fetch_new()[0].key
    source.move(key, "Processed")

    source.move(key, "Processed")

    assert [m.raw for m in dovecot.list("Processed")] == [message(1)]


@pytest.mark.parametrize(("disabled", "kept"), [(("MOVE",), True), (("MOVE", "UIDPLUS"), False)])
def test_copy_fallback_expunges_only_its_message_when_uidplus_is_offered(
    dovecot: DovecotAccount, make_source: SourceFactory, disabled: tuple[str, ...], kept: bool
) -> None:
    # Someone else's \Deleted message: UID EXPUNGE leaves it; a plain EXPUNGE cannot.
    dovecot.append(message(1))
    dovecot.append(message(2), flags=[b"\\Deleted"])
    source = make_source(disabled_capabilities=frozenset(disabled))
    key = source.fetch_new()[0].key

    source.move(key, "Processed")

    assert [m.raw for m in dovecot.list("INBOX")] == ([message(2)] if kept else [])
    assert [m.raw for m in dovecot.list("Processed")] == [message(1)]


def test_a_bad_password_raises_authentication_failed_without_retrying(
    make_source: SourceFactory, caplog: pytest.LogCaptureFixture
) -> None:
    source = make_source(auth=PasswordAuth("wrong"), reconnect_attempts=5, backoff_initial=1.0)
    caplog.set_level(logging.WARNING, logger="mailbot.sources.imap")

    with pytest.raises(AuthenticationFailed) as raised:
        source.fetch_new()

    assert raised.value.transient is False
    assert not any("connect_failed" in r.getMessage() for r in caplog.records)  # no backoff
    assert "wrong" not in str(raised.value)


def test_starttls_is_required_when_configured(make_source: SourceFactory) -> None:
    # The test server offers no STARTTLS: the source must refuse rather than log in in clear.
    source = make_source(security="starttls")

    with pytest.raises(SecurityError):
        source.connect()


def test_clear_text_is_refused_for_a_remote_host() -> None:
    with pytest.raises(ValueError, match="loopback"):
        ImapSource("imap.example.org", 143, "u", PasswordAuth("p"), security="none")


def test_outcome_folders_must_name_known_outcomes() -> None:
    folders = {"processed": "Done", "exception": "Problems"}  # a typo for "exceptions"
    with pytest.raises(ValueError, match="exception"):
        ImapSource("imap.example.org", 993, "u", PasswordAuth("p"), folders=folders)


def test_the_next_fetch_reconnects_after_the_server_restarts(
    dovecot: DovecotAccount, make_source: SourceFactory, caplog: pytest.LogCaptureFixture
) -> None:
    dovecot.append(message(1))
    source = make_source()
    before = source.fetch_new()
    caplog.set_level(logging.WARNING, logger="mailbot.sources.imap")

    dovecot.stop()
    dovecot.start()
    dovecot.append(message(2))
    after = source.fetch_new()

    assert [m.raw for m in after] == [message(1), message(2)]
    assert after[0].key == before[0].key
    assert any(r.getMessage().startswith("imap.dropped ") for r in caplog.records)


def test_a_server_that_stays_down_raises_source_unavailable(
    dovecot: DovecotAccount, make_source: SourceFactory
) -> None:
    source = make_source(reconnect_attempts=2)
    source.connect()
    dovecot.stop()

    with pytest.raises(SourceUnavailable) as raised:
        source.fetch_new()

    assert raised.value.transient is True
    dovecot.start()
    assert source.fetch_new() == []  # and it recovers once the server is back


def test_a_drop_during_idle_reconnects_and_reports_possible_mail(
    dovecot: DovecotAccount, make_source: SourceFactory
) -> None:
    dovecot.append(message(1))
    source = make_source(reconnect_attempts=20, backoff_initial=0.1, backoff_max=0.5)
    source.fetch_new()

    def restart() -> None:
        dovecot.stop()
        dovecot.start()

    timer = threading.Timer(0.3, restart)
    timer.start()
    try:
        started = time.monotonic()
        arrived = source.wait(timeout=60)
        elapsed = time.monotonic() - started
    finally:
        timer.join()

    assert arrived is True
    assert elapsed < 30
    assert [m.raw for m in source.fetch_new()] == [message(1)]


def test_a_uidvalidity_change_is_noticed_and_old_keys_are_refused(
    dovecot: DovecotAccount, make_source: SourceFactory, caplog: pytest.LogCaptureFixture
) -> None:
    dovecot.append(message(1), folder="Triage")
    source = make_source(inbox="Triage")
    [old] = source.fetch_new()
    old_validity = source.uidvalidity
    caplog.set_level(logging.WARNING, logger="mailbot.sources.imap")

    dovecot.recreate("Triage")
    dovecot.append(message(1), folder="Triage")
    dovecot.append(message(2), folder="Triage")
    fetched = source.fetch_new()

    new_validity = dovecot.uidvalidity("Triage")
    assert new_validity != old_validity
    assert source.uidvalidity == new_validity
    # The folder is treated as new: everything in it, under keys of the new UIDVALIDITY.
    assert [(m.key, m.raw) for m in fetched] == [
        (f"{new_validity}:1", message(1)),
        (f"{new_validity}:2", message(2)),
    ]
    assert any("imap.uidvalidity_changed" in r.getMessage() for r in caplog.records)
    # uid 1 now names another message's slot: moving by the old key must not touch it.
    with pytest.raises(StaleKey):
        source.move(old.key, "Processed")
    assert len(dovecot.list("Triage")) == 2


def test_parse_key() -> None:
    assert parse_key("1795359905:42") == (1795359905, 42)
    for bad in ("42", "a:1", "1:", ":1", "1:2:3"):
        with pytest.raises(ValueError):
            parse_key(bad)


# -- XOAUTH2 -------------------------------------------------------------------------------


class _StaticTokens:
    def __init__(self, token: str) -> None:
        self.value = token
        self.invalidated = 0

    def token(self) -> str:
        return self.value

    def invalidate(self) -> None:
        self.invalidated += 1


class _SaslClient:
    """Records the SASL exchange the way imaplib drives it: the mechanism callable is called
    once per server challenge."""

    def __init__(self, challenges: list[bytes], refuse: bool) -> None:
        self.challenges = challenges
        self.refuse = refuse
        self.mechanism = ""
        self.responses: list[bytes] = []

    def sasl_login(self, mechanism: str, respond: Callable[[bytes], bytes]) -> None:
        self.mechanism = mechanism
        self.responses = [respond(challenge) for challenge in self.challenges]
        if self.refuse:
            raise LoginError("[AUTHENTICATIONFAILED] Authentication failed.")


def test_xoauth2_builds_the_sasl_string() -> None:
    assert XOAuth2Auth.sasl_string("triage@council.example", "tok.en-123") == (
        "user=triage@council.example\x01auth=Bearer tok.en-123\x01\x01"
    )


def test_xoauth2_sends_the_string_and_answers_an_error_challenge_with_nothing() -> None:
    tokens = _StaticTokens("abc")
    accepted = _SaslClient([b""], refuse=False)
    XOAuth2Auth(tokens).authenticate(accepted, "triage@council.example")
    assert accepted.mechanism == "XOAUTH2"
    assert accepted.responses == [b"user=triage@council.example\x01auth=Bearer abc\x01\x01"]

    refused = _SaslClient([b"", b'{"status":"401","schemes":"bearer"}'], refuse=True)
    with pytest.raises(LoginError):
        XOAuth2Auth(tokens).authenticate(refused, "triage@council.example")
    assert refused.responses[1] == b""
    assert tokens.invalidated == 1  # a refused token is not offered again


def test_xoauth2_refused_by_the_server_is_authentication_failed(
    make_source: SourceFactory,
) -> None:
    # Dovecot here offers no XOAUTH2: the login is refused, which must read as a bad secret.
    tokens = _StaticTokens("not-a-real-token")
    source = make_source(auth=XOAuth2Auth(tokens))

    with pytest.raises(AuthenticationFailed):
        source.connect()
    assert tokens.invalidated == 1


# -- the MSAL token provider ---------------------------------------------------------------


class _FakeMsal:
    """Stands in for msal.ConfidentialClientApplication: answers from a script of results."""

    def __init__(self, *results: Mapping[str, Any] | Exception) -> None:
        self.results = list(results)
        self.calls: list[list[str]] = []

    def acquire_token_for_client(self, scopes: list[str]) -> Mapping[str, Any]:
        self.calls.append(scopes)
        result = self.results.pop(0)
        if isinstance(result, Exception):
            raise result
        return result


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _ok(token: str, expires_in: int = 3599) -> dict[str, Any]:
    return {"access_token": token, "expires_in": expires_in, "token_type": "Bearer"}


def test_token_is_cached_and_refreshed_the_margin_before_expiry() -> None:
    app = _FakeMsal(_ok("first"), _ok("second"))
    clock = _Clock()
    tokens = ClientCredentialsTokens(app, refresh_margin=300, clock=clock)

    assert tokens.token() == "first"
    clock.now += 3599 - 300 - 1
    assert tokens.token() == "first"
    assert len(app.calls) == 1
    clock.now += 1
    assert tokens.token() == "second"
    assert app.calls == [[OUTLOOK_SCOPE], [OUTLOOK_SCOPE]]


def test_invalidate_forces_a_refresh() -> None:
    app = _FakeMsal(_ok("first"), _ok("second"))
    tokens = ClientCredentialsTokens(app, clock=_Clock())
    assert tokens.token() == "first"

    tokens.invalidate()

    assert tokens.token() == "second"


def test_a_token_already_inside_the_margin_is_used_for_half_its_life() -> None:
    # MSAL may hand back its cached token with little left; do not ask again on every call.
    app = _FakeMsal(_ok("short", expires_in=200), _ok("fresh"))
    clock = _Clock()
    tokens = ClientCredentialsTokens(app, refresh_margin=300, clock=clock)

    assert tokens.token() == "short"
    clock.now += 99
    assert tokens.token() == "short"
    clock.now += 1
    assert tokens.token() == "fresh"


def test_a_refused_refresh_raises_authentication_failed_with_the_reason() -> None:
    app = _FakeMsal(
        _ok("first"),
        {
            "error": "invalid_client",
            "error_description": "AADSTS7000215: Invalid client secret provided.\r\nTrace ID: x",
            "correlation_id": "c0ffee",
        },
    )
    clock = _Clock()
    tokens = ClientCredentialsTokens(app, clock=clock, name="app:1234")
    tokens.token()
    clock.now += 3600

    with pytest.raises(AuthenticationFailed) as raised:
        tokens.token()

    text = str(raised.value)
    assert raised.value.transient is False
    assert "invalid_client" in text
    assert "AADSTS7000215" in text
    assert "c0ffee" in text
    assert "Trace ID" not in text


def test_an_unreachable_token_endpoint_is_transient() -> None:
    tokens = ClientCredentialsTokens(_FakeMsal(ConnectionError("no route")), clock=_Clock())

    with pytest.raises(SourceUnavailable):
        tokens.token()


def test_the_token_never_reaches_the_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    tokens = ClientCredentialsTokens(_FakeMsal(_ok("SECRET-TOKEN-VALUE")), clock=_Clock())

    tokens.token()

    assert caplog.records
    assert all("SECRET-TOKEN-VALUE" not in r.getMessage() for r in caplog.records)
