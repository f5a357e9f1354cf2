"""An IMAP mailbox (imapclient): fetch, IDLE or poll, move; reconnects after any drop.

- Keys are ``"{uidvalidity}:{uid}"``. When the inbox's UIDVALIDITY changes the old keys mean
  nothing: it is logged, the folder is treated as new (its messages come back under new keys
  and the store recognises them by content hash), and a move by a stale key is refused.
- Reading never sets \\Seen (``BODY.PEEK[]``): a person looking at the mailbox still sees
  what is unread.
- Optional server features sit behind one guard, `capability_or`: IDLE (else polling), MOVE
  (else COPY + \\Deleted + expunge), UIDPLUS (else a plain EXPUNGE).
- Authentication is a strategy (`PasswordAuth`, `XOAuth2Auth`); the connection loop is
  written once for both.
- Every operation runs through `_run`: a dropped connection is reconnected (with backoff,
  tenacity) and the operation retried once, then `SourceUnavailable`. A refused login is
  `AuthenticationFailed`. Nothing here exits the process or touches global socket state.

One `ImapSource` belongs to one thread. Logs carry the mailbox's configured name, keys and
counts, never addresses, subjects or bodies.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import ssl
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from typing import Any, Concatenate, Literal, ParamSpec, Protocol, TypeVar

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from mailbot.mailpolicy import default as default_policy
from mailbot.sources.base import (
    OUTCOMES,
    AuthenticationFailed,
    FetchedMessage,
    SourceError,
    SourceUnavailable,
)
from mailbot.sources.oauth import TokenProvider, xoauth2_string

log = logging.getLogger(__name__)

Security = Literal["tls", "starttls", "none"]

# RFC 2177: a server may end an IDLE after 30 minutes; re-issue it well inside that.
IDLE_LIMIT = 29 * 60.0
DEFAULT_IDLE_RENEW = 25 * 60.0

# What a dropped or broken connection looks like from imapclient/imaplib/socket.
_DROPPED: tuple[type[BaseException], ...] = (OSError, IMAPClientAbortError, EOFError)

P = ParamSpec("P")
R = TypeVar("R")


class SecurityError(SourceError):
    """TLS could not be set up as configured (no STARTTLS, bad certificate): a person must act."""

    transient = False


class StaleKey(SourceError):
    """A key from before a UIDVALIDITY change: it may name another message now, so it is not
    used; the message comes back from `fetch_new` under a new key."""

    transient = False


class CommandFailed(SourceError):
    """The server answered NO or BAD to a command (quota, permissions, a server fault)."""


# -- authentication strategies ---------------------------------------------------------------


class Authenticator(Protocol):
    """Logs a connected client in, or raises imapclient's `LoginError`."""

    mechanism: str

    def authenticate(self, client: Any, username: str) -> None: ...


class PasswordAuth:
    """IMAP LOGIN with a password."""

    mechanism = "LOGIN"

    def __init__(self, password: str) -> None:
        self._password = password

    def __repr__(self) -> str:
        return "PasswordAuth(***)"

    def authenticate(self, client: Any, username: str) -> None:
        client.login(username, self._password)


class _XOAuth2Exchange:
    """The SASL exchange: the token first; to an error challenge (a JSON status) an empty
    response, as the mechanism requires, so the server ends with a tagged NO."""

    def __init__(self, initial: str) -> None:
        self._initial: str | None = initial
        self.error_challenge: bytes | None = None

    def __call__(self, challenge: bytes) -> bytes:
        if self._initial is not None:
            initial, self._initial = self._initial, None
            return initial.encode()
        self.error_challenge = challenge
        return b""


class XOAuth2Auth:
    """SASL XOAUTH2 with a bearer token from a `TokenProvider` (Microsoft 365, Google)."""

    mechanism = "XOAUTH2"

    def __init__(self, tokens: TokenProvider) -> None:
        self._tokens = tokens

    @staticmethod
    def sasl_string(username: str, token: str) -> str:
        return xoauth2_string(username, token)

    def authenticate(self, client: Any, username: str) -> None:
        exchange = _XOAuth2Exchange(self.sasl_string(username, self._tokens.token()))
        try:
            client.sasl_login(self.mechanism, exchange)
        except LoginError:
            # The token may have been revoked early: fetch a fresh one next time.
            self._tokens.invalidate()
            raise


# -- the capability guard --------------------------------------------------------------------


def capability_or(
    capability: str,
    fallback: Callable[Concatenate[ImapSource, Any, P], R],
) -> Callable[
    [Callable[Concatenate[ImapSource, Any, P], R]],
    Callable[Concatenate[ImapSource, Any, P], R],
]:
    """Run the method when the server offers `capability` (and it is not disabled in the
    configuration), else `fallback` with the same arguments: imapclient's
    `require_capability`, with a second path instead of an error."""

    def decorate(
        method: Callable[Concatenate[ImapSource, Any, P], R],
    ) -> Callable[Concatenate[ImapSource, Any, P], R]:
        @functools.wraps(method)
        def guarded(source: ImapSource, client: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
            if source.has_capability(client, capability):
                return method(source, client, *args, **kwargs)
            return fallback(source, client, *args, **kwargs)

        return guarded

    return decorate


def _arrived(responses: list[Any]) -> bool:
    """Whether untagged responses report new mail: ``(n, b'EXISTS')`` or ``(n>0, b'RECENT')``."""
    for response in responses:
        if isinstance(response, tuple) and len(response) >= 2:
            count, kind = response[0], response[1]
            if kind == b"EXISTS" or (kind == b"RECENT" and isinstance(count, int) and count > 0):
                return True
    return False


def _said_bye(responses: list[Any]) -> bool:
    return any(isinstance(r, tuple) and r and r[0] == b"BYE" for r in responses)


def parse_key(key: str) -> tuple[int, int]:
    """``"uidvalidity:uid"`` to its two numbers; ValueError for anything else."""
    validity, sep, uid = key.partition(":")
    if not sep or not validity.isdigit() or not uid.isdigit():
        raise ValueError(f"not an IMAP key (uidvalidity:uid): {key!r}")
    return int(validity), int(uid)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ImapSource:
    """One IMAP mailbox, implementing `mailbot.sources.base.Source`."""

    def __init__(
        self,
        host: str,
        port: int,
        username: str,
        auth: Authenticator,
        *,
        security: Security = "tls",
        inbox: str = "INBOX",
        folders: dict[str, str] | None = None,
        poll_interval: float = 60.0,
        idle_renew: float = DEFAULT_IDLE_RENEW,
        connect_timeout: float = 30.0,
        read_timeout: float = 120.0,
        fetch_batch: int = 50,
        reconnect_attempts: int = 5,
        backoff_initial: float = 1.0,
        backoff_max: float = 60.0,
        disabled_capabilities: frozenset[str] = frozenset(),
        ssl_context: ssl.SSLContext | None = None,
        name: str | None = None,
    ) -> None:
        if security not in ("tls", "starttls", "none"):
            raise ValueError(f"security must be tls, starttls or none, not {security!r}")
        if security == "none" and not _is_loopback(host):
            # A password or token in clear text over a network: never.
            raise ValueError(f"security 'none' is for loopback test servers only, not {host!r}")
        if not 0 < idle_renew <= IDLE_LIMIT:
            raise ValueError(f"idle_renew must be between 0 and {IDLE_LIMIT:.0f} seconds")
        unknown = set(folders or {}) - set(OUTCOMES)
        if unknown:
            raise ValueError(f"unknown outcomes {sorted(unknown)}; expected some of {OUTCOMES}")
        if poll_interval <= 0 or fetch_batch <= 0 or reconnect_attempts <= 0:
            raise ValueError("poll_interval, fetch_batch and reconnect_attempts must be positive")
        self.host = host
        self.port = port
        self.username = username
        self.auth = auth
        self.security = security
        self.inbox = inbox
        # Outcome ("processed", "exceptions", "automated") to folder name, for the worker.
        self.folders = dict(folders or {})
        self.poll_interval = poll_interval
        self.idle_renew = idle_renew
        self.fetch_batch = fetch_batch
        self.disabled_capabilities = frozenset(c.upper() for c in disabled_capabilities)
        self.name = name or f"{host}:{port}"
        self._timeout = SocketTimeout(connect=connect_timeout, read=read_timeout)
        self._ssl_context = ssl_context
        self._reconnect_attempts = reconnect_attempts
        self._backoff_initial = backoff_initial
        self._backoff_max = backoff_max
        self._client: Any = None
        self._uidvalidity: int | None = None
        self._known_folders: set[str] = set()
        # (UIDVALIDITY, UID): on this connection, every message up to UID was taken (recorded
        # in the store), so a fetch starts above it; a new connection starts from the bottom
        self._taken: tuple[int, int] | None = None
        # UIDs the last SEARCH found beyond what it handed over, and the UID the mark must
        # have reached for them to be handed over next without a SELECT and SEARCH
        self._queued: list[int] = []
        self._queued_after = 0

    def __repr__(self) -> str:
        return f"ImapSource(name={self.name!r}, security={self.security!r})"

    # -- the Source interface ----------------------------------------------------------------

    def connect(self) -> None:
        self._ensure_client()

    def fetch_new(self, limit: int = 100) -> list[FetchedMessage]:
        """Messages in the inbox not flagged \\Deleted, oldest (lowest UID) first, above the
        ones `mark_taken` was told of on this connection."""
        return self._run("fetch", lambda client: self._fetch(client, limit))

    def mark_taken(self, keys: list[str]) -> None:
        """These messages are recorded in the store: later fetches on this connection skip
        them, so their moves can wait and be done many at once (a MOVE rewrites the folder's
        index, whatever its size) without their being fetched again meanwhile. A message
        whose move is lost is fetched again on the next connection."""
        uids = [uid for validity, uid in map(parse_key, keys) if validity == self._uidvalidity]
        if uids and self._uidvalidity is not None:
            self._taken = (self._uidvalidity, max(self._taken_above(self._uidvalidity), *uids))

    def wait(self, timeout: float) -> bool:
        # A drop while waiting: mail may have arrived meanwhile, so say so after reconnecting.
        return self._run(
            "wait", lambda client: self._wait(client, timeout), after_reconnect=lambda _: True
        )

    def move(self, key: str, folder: str) -> None:
        validity, uid = parse_key(key)
        self._run("move", lambda client: self._move_checked(client, validity, uid, folder))

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            try:
                client.shutdown()
            except Exception as exc:
                log.debug("imap.close_unclean mailbox=%s error=%s", self.name, type(exc).__name__)

    def has_capability(self, client: Any, capability: str) -> bool:
        """The guard's test: offered by the server and not disabled in the configuration."""
        return capability.upper() not in self.disabled_capabilities and bool(
            client.has_capability(capability)
        )

    @property
    def uidvalidity(self) -> int | None:
        """The inbox's UIDVALIDITY as last selected (None before the first connection)."""
        return self._uidvalidity

    # -- connection --------------------------------------------------------------------------

    def _run(
        self,
        operation: str,
        call: Callable[[Any], R],
        after_reconnect: Callable[[Any], R] | None = None,
    ) -> R:
        """`call` on a live connection; after a drop, reconnect and retry once."""
        client = self._ensure_client()
        try:
            return self._checked(call, client)
        except _DROPPED as exc:
            self._discard()
            log.warning(
                "imap.dropped mailbox=%s operation=%s error=%s; reconnecting",
                self.name,
                operation,
                type(exc).__name__,
            )
        client = self._ensure_client()
        try:
            return self._checked(after_reconnect or call, client)
        except _DROPPED as exc:
            self._discard()
            raise SourceUnavailable(
                f"{self.name}: connection dropped again during {operation} after reconnecting "
                f"({type(exc).__name__})"
            ) from exc

    @staticmethod
    def _checked(call: Callable[[Any], R], client: Any) -> R:
        try:
            return call(client)
        except _DROPPED:
            raise
        except IMAPClientError as exc:
            raise CommandFailed(f"server refused a command: {exc}") from exc

    def _ensure_client(self) -> Any:
        if self._client is None:
            retrying = Retrying(
                retry=retry_if_exception_type(SourceUnavailable),
                wait=wait_exponential(
                    multiplier=self._backoff_initial,
                    min=self._backoff_initial,
                    max=self._backoff_max,
                ),
                stop=stop_after_attempt(self._reconnect_attempts),
                before_sleep=self._log_backoff,
                reraise=True,
            )
            self._client = retrying(self._open)
        return self._client

    def _log_backoff(self, state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        log.warning(
            "imap.connect_failed mailbox=%s attempt=%d retry_in=%.1fs error=%s",
            self.name,
            state.attempt_number,
            state.upcoming_sleep,
            error,
        )

    def _open(self) -> Any:
        """Connect, secure, log in, select the inbox; errors mapped to the source errors."""
        started = time.monotonic()
        try:
            client = IMAPClient(
                self.host,
                self.port,
                ssl=self.security == "tls",
                ssl_context=self._ssl_context,
                timeout=self._timeout,
            )
        except ssl.SSLCertVerificationError as exc:
            raise SecurityError(f"{self.name}: TLS certificate not trusted: {exc}") from exc
        except (*_DROPPED, IMAPClientError) as exc:
            raise SourceUnavailable(f"{self.name}: cannot connect: {exc}") from exc
        try:
            self._secure_and_login(client)
            client.normalise_times = False  # INTERNALDATE with its zone, not naive local time
            self._taken = None  # see the whole inbox again: a move may have been lost
            self._queued = []
            self._select(client)
        except BaseException:
            try:
                client.shutdown()
            except Exception as exc:
                log.debug("imap.shutdown_failed mailbox=%s error=%s", self.name, exc)
            raise
        log.info(
            "imap.connected mailbox=%s auth=%s idle=%s move=%s uidplus=%s in=%.0fms",
            self.name,
            self.auth.mechanism,
            self.has_capability(client, "IDLE"),
            self.has_capability(client, "MOVE"),
            self.has_capability(client, "UIDPLUS"),
            (time.monotonic() - started) * 1000,
        )
        return client

    def _secure_and_login(self, client: Any) -> None:
        if self.security == "starttls":
            if not client.has_capability("STARTTLS"):
                raise SecurityError(
                    f"{self.name}: the server does not offer STARTTLS; refusing to log in "
                    "over clear text"
                )
            try:
                client.starttls(self._ssl_context)
            except ssl.SSLCertVerificationError as exc:
                raise SecurityError(f"{self.name}: TLS certificate not trusted: {exc}") from exc
            except (*_DROPPED, IMAPClientError) as exc:
                raise SourceUnavailable(f"{self.name}: STARTTLS failed: {exc}") from exc
        try:
            self.auth.authenticate(client, self.username)
        except LoginError as exc:
            text = str(exc)
            # [UNAVAILABLE]: the server's auth backend is down, not a wrong secret (RFC 5530).
            if "[UNAVAILABLE]" in text.upper():
                raise SourceUnavailable(f"{self.name}: login temporarily failed: {text}") from exc
            log.error("imap.login_refused mailbox=%s auth=%s", self.name, self.auth.mechanism)
            raise AuthenticationFailed(
                f"{self.name}: the server refused the {self.auth.mechanism} login: {text}"
            ) from exc
        except SourceError:
            raise  # e.g. a token provider that could not refresh
        except (*_DROPPED, IMAPClientError) as exc:
            raise SourceUnavailable(f"{self.name}: dropped during login: {exc}") from exc

    def _discard(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                client.shutdown()
            except Exception as exc:
                log.debug("imap.shutdown_failed mailbox=%s error=%s", self.name, exc)

    def _select(self, client: Any) -> int:
        """SELECT the inbox and notice a UIDVALIDITY change."""
        info = client.select_folder(self.inbox)
        validity = int(info[b"UIDVALIDITY"])
        if self._uidvalidity is not None and validity != self._uidvalidity:
            log.warning(
                "imap.uidvalidity_changed mailbox=%s old=%d new=%d; treating the folder as new",
                self.name,
                self._uidvalidity,
                validity,
            )
        self._uidvalidity = validity
        return validity

    # -- fetching ----------------------------------------------------------------------------

    def _taken_above(self, validity: int | None) -> int:
        return self._taken[1] if self._taken and self._taken[0] == validity else 0

    def _fetch(self, client: Any, limit: int) -> list[FetchedMessage]:
        limit = max(limit, 0)
        if len(self._queued) >= limit > 0 and self._taken_above(self._uidvalidity) == (
            self._queued_after
        ):
            # A backlog: the next of what the last SEARCH found, everything handed over
            # before them having been taken. On a large inbox a SELECT and SEARCH cost the
            # server as much as fetching the batch. Less than a full batch left: look again.
            validity = self._uidvalidity
            uids, self._queued = self._queued[:limit], self._queued[limit:]
        else:
            # Re-SELECT: it is where a new UIDVALIDITY shows.
            validity = self._select(client)
            above = self._taken_above(validity)
            # (a UID range n:* always matches the newest message, even one below n)
            criteria = ["UNDELETED"] if not above else ["UID", f"{above + 1}:*", "UNDELETED"]
            found = sorted(u for u in map(int, client.search(criteria)) if u > above)
            uids, self._queued = found[:limit], found[limit:]
        self._queued_after = uids[-1] if uids else 0
        messages: list[FetchedMessage] = []
        for start in range(0, len(uids), self.fetch_batch):
            batch = uids[start : start + self.fetch_batch]
            fetched = client.fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"])
            for uid in batch:
                data = fetched.get(uid)
                if data is None or b"BODY[]" not in data:
                    continue  # moved or expunged by someone else since the SEARCH
                arrived = data.get(b"INTERNALDATE")
                messages.append(
                    FetchedMessage(
                        key=f"{validity}:{uid}",
                        raw=bytes(data[b"BODY[]"]),
                        arrived=_as_utc(arrived),
                    )
                )
        return messages

    # -- waiting -----------------------------------------------------------------------------

    def _wait_polling(self, client: Any, timeout: float) -> bool:
        """No IDLE: NOOP every `poll_interval` until something arrives or time is up."""
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            time.sleep(max(0.0, min(self.poll_interval, deadline - time.monotonic())))
            log.debug("imap.poll mailbox=%s", self.name)
            _text, responses = client.noop()
            if _arrived(responses):
                return True
            if time.monotonic() >= deadline:
                return False

    @capability_or("IDLE", _wait_polling)
    def _wait(self, client: Any, timeout: float) -> bool:
        """IDLE until the server reports EXISTS/RECENT, re-issued every `idle_renew`."""
        deadline = time.monotonic() + max(timeout, 0.0)
        while (remaining := deadline - time.monotonic()) > 0:
            session_end = time.monotonic() + min(remaining, self.idle_renew)
            log.debug("imap.idle mailbox=%s for=%.0fs", self.name, session_end - time.monotonic())
            client.idle()
            arrived = False
            while (left := session_end - time.monotonic()) > 0:
                responses = client.idle_check(timeout=left)
                if _said_bye(responses):
                    raise ConnectionAbortedError("server said BYE during IDLE")
                if _arrived(responses):
                    arrived = True
                    break
                if not responses and session_end - time.monotonic() > 0.1:
                    # Woken with nothing to read: often a closed socket. DONE finds out.
                    break
            _text, responses = client.idle_done()
            if arrived or _arrived(responses):
                return True
        return False

    # -- moving ------------------------------------------------------------------------------

    def _move_checked(self, client: Any, validity: int, uid: int, folder: str) -> None:
        if validity != self._uidvalidity:
            raise StaleKey(
                f"{self.name}: key from UIDVALIDITY {validity}, the inbox is now "
                f"{self._uidvalidity}; the message will be fetched again under a new key"
            )
        self._ensure_folder(client, folder)
        try:
            self._move(client, [uid], folder)
        except IMAPClientError as exc:
            if "TRYCREATE" not in str(exc).upper() or isinstance(exc, IMAPClientAbortError):
                raise
            # Deleted since we created it: create again and retry once.
            self._known_folders.discard(folder)
            self._ensure_folder(client, folder)
            self._move(client, [uid], folder)
        log.info("imap.moved mailbox=%s key=%d:%d folder=%s", self.name, validity, uid, folder)

    def _ensure_folder(self, client: Any, folder: str) -> None:
        if folder in self._known_folders:
            return
        if not client.folder_exists(folder):
            try:
                client.create_folder(folder)
            except IMAPClientError:
                if not client.folder_exists(folder):  # not a race with another client
                    raise
            else:
                log.info("imap.folder_created mailbox=%s folder=%s", self.name, folder)
                try:
                    client.subscribe_folder(folder)  # so people see it in their mail client
                except IMAPClientError as exc:
                    log.debug("imap.subscribe_failed mailbox=%s error=%s", self.name, exc)
        self._known_folders.add(folder)

    def _expunge_all(self, client: Any, uids: list[int]) -> None:
        # Without UIDPLUS, EXPUNGE removes every \Deleted message in the inbox, not just ours.
        client.expunge()

    @capability_or("UIDPLUS", _expunge_all)
    def _expunge(self, client: Any, uids: list[int]) -> None:
        client.uid_expunge(uids)

    def _copy_and_expunge(self, client: Any, uids: list[int], folder: str) -> None:
        client.copy(uids, folder)
        client.add_flags(uids, [b"\\Deleted"], silent=True)
        self._expunge(client, uids)

    @capability_or("MOVE", _copy_and_expunge)
    def _move(self, client: Any, uids: list[int], folder: str) -> None:
        client.move(uids, folder)

    def append(self, raw: bytes, folder: str) -> None:
        """Keep a copy of a message we sent in `folder` (created if missing), marked seen."""

        def run(client: Any) -> None:
            self._ensure_folder(client, folder)
            client.append(folder, raw, flags=[b"\\Seen"])

        self._run("append", run)

    def recent_subjects(self, folder: str, days: int) -> list[tuple[str, datetime, bool]]:
        """(subject, arrival, sent by mailbot) for the messages of the last `days` days in
        `folder`: how the daemon sees replies that staff sent from the shared mailbox."""
        since = (datetime.now(UTC) - timedelta(days=days)).date()

        def run(client: Any) -> list[tuple[str, datetime, bool]]:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            try:
                uids = client.search(["SINCE", since])
                found: list[tuple[str, datetime, bool]] = []
                for i in range(0, len(uids), 200):
                    fetched = client.fetch(
                        uids[i : i + 200],
                        ["BODY.PEEK[HEADER.FIELDS (SUBJECT X-MAILBOT-KIND)]", "INTERNALDATE"],
                    )
                    for data in fetched.values():
                        head = next((v for k, v in data.items() if k.startswith(b"BODY")), b"")
                        parsed = BytesHeaderParser(policy=default_policy).parsebytes(head)
                        found.append((str(parsed.get("Subject", "")), _as_utc(data.get(b"INTERNALDATE")) or datetime.now(UTC),
                                      parsed.get("X-Mailbot-Kind") is not None))  # fmt: skip
                return found
            finally:
                client.select_folder(self.inbox)  # back to the inbox the other calls expect

        return self._run("recent_subjects", run)

    def move_many(self, keys: list[str], folder: str) -> list[str]:
        """Move many messages in one command (UID MOVE takes a set): far cheaper than one
        command each on a backlog. Returns the keys it could not move (stale UIDVALIDITY)."""
        parsed = [(key, *parse_key(key)) for key in keys]

        def run(client: Any) -> list[str]:
            stale = [key for key, validity, _ in parsed if validity != self._uidvalidity]
            uids = [uid for _, validity, uid in parsed if validity == self._uidvalidity]
            if uids:
                self._ensure_folder(client, folder)
                try:
                    self._move(client, uids, folder)
                except IMAPClientError as exc:
                    if "TRYCREATE" not in str(exc).upper() or isinstance(exc, IMAPClientAbortError):
                        raise
                    self._known_folders.discard(folder)
                    self._ensure_folder(client, folder)
                    self._move(client, uids, folder)
                log.info("imap.moved mailbox=%s count=%d folder=%s", self.name, len(uids), folder)
            return stale

        return self._run("move", run)


def _as_utc(value: object) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:  # INTERNALDATE always has a zone; be safe anyway
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)
