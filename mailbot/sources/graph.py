"""A Microsoft 365 mailbox through Microsoft Graph: delta query on the inbox, MIME by
`$value`, move by `/move`. Client-credentials OAuth tokens come from an injected provider
(`mailbot.sources.oauth.ClientCredentialsTokens` with the Graph scope in production).

The HTTP client is httpx, not the Graph SDK: the SDK (msgraph-sdk with kiota) is async-only,
pulls in a dozen packages, and its request builders add nothing for the five raw calls used
here (a MIME download, a MIME upload for sendMail); httpx can point at a local fake by base URL.

Throttling: Graph allows 4 concurrent requests per mailbox; `GraphClient` holds a semaphore
of 4 around every request and honours `Retry-After` on 429, 503 and 504 through an injected
`sleep`, a bounded number of times, then reports SourceUnavailable. Ids are requested as
immutable ids (`Prefer: IdType="ImmutableId"`), so a message keeps its key across moves.

Delta state: the deltaLink of the last round whose messages were all handed out by
`fetch_new` is exposed as `delta_state`, for the daemon to persist once it has recorded
them; a restart resumes from it (`GraphSource(..., delta_state=...)`). Without a state the
first round lists everything in the inbox. A delta round also reports changed messages (read
flag, categories); those come back as messages again, which the store recognises by key.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import quote

import httpx

from mailbot.sources.base import AuthenticationFailed, FetchedMessage, SourceUnavailable

log = logging.getLogger(__name__)

GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0"
GRAPH_SCOPE = "https://graph.microsoft.com/.default"
MAX_CONCURRENT_PER_MAILBOX = 4  # Graph's documented limit for Outlook resources
RETRY_STATUSES = frozenset({429, 503, 504})
DEFAULT_RETRY_WAIT = 5.0  # when a throttled answer names no Retry-After
MAX_RETRY_WAIT = 300.0  # longer requests go back to the daemon's own backoff


class TokenProvider(Protocol):
    """Hands out a valid bearer token; `invalidate` after the server refused one."""

    def token(self) -> str: ...

    def invalidate(self) -> None: ...


class GraphError(Exception):
    """An answer Graph gave that is neither success nor throttling."""

    def __init__(self, status: int, code: str, what: str) -> None:
        super().__init__(f"graph {what}: HTTP {status} {code}")
        self.status = status
        self.code = code


class GraphClient:
    """HTTP to Graph for one mailbox: token, concurrency limit, throttling, errors.

    Share one client between the mailbox's source and sender so the limit of 4 concurrent
    requests holds for both. Thread-safe."""

    def __init__(
        self,
        mailbox: str,
        tokens: TokenProvider,
        *,
        base_url: str = GRAPH_BASE_URL,
        http: httpx.Client | None = None,
        max_concurrent: int = MAX_CONCURRENT_PER_MAILBOX,
        max_retries: int = 4,
        timeout: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.mailbox = mailbox
        self.base_url = base_url.rstrip("/")
        self._tokens = tokens
        self._own_http = http is None
        self._http = http or httpx.Client(timeout=timeout)
        self._slots = threading.BoundedSemaphore(max_concurrent)
        self.max_retries = max_retries
        self._sleep = sleep

    @property
    def user_url(self) -> str:
        return f"{self.base_url}/users/{quote(self.mailbox, safe='@')}"

    def request(
        self,
        method: str,
        url: str,
        *,
        what: str,
        json: Mapping[str, Any] | None = None,
        content: bytes | None = None,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """One call, retried on 429/503/504 after the server's Retry-After; a refused token
        is dropped and the call tried once more with a fresh one. Raises AuthenticationFailed,
        SourceUnavailable, or GraphError for other 4xx/5xx answers."""
        if not url.startswith("http"):
            url = self.user_url + url
        throttled = 0
        token_retried = False
        while True:
            request_headers = {
                "Authorization": f"Bearer {self._tokens.token()}",
                "Prefer": 'IdType="ImmutableId"',
                **(headers or {}),
            }
            try:
                with self._slots:
                    response = self._http.request(
                        method,
                        url,
                        json=json,
                        content=content,
                        params=params,
                        headers=request_headers,
                    )
            except httpx.HTTPError as exc:
                raise SourceUnavailable(f"graph {what}: {type(exc).__name__}") from exc
            if response.status_code < 400:
                return response
            if response.status_code == 401 and not token_retried:
                token_retried = True
                self._tokens.invalidate()
                continue
            if response.status_code in (401, 403):
                raise AuthenticationFailed(
                    f"graph {what}: HTTP {response.status_code} {_error_code(response)}; check "
                    "the app registration's Mail.ReadWrite/Mail.Send permissions and consent"
                )
            if response.status_code in RETRY_STATUSES:
                wait = _retry_after(response)
                if throttled >= self.max_retries or wait > MAX_RETRY_WAIT:
                    raise SourceUnavailable(
                        f"graph {what}: HTTP {response.status_code} throttled (retry after {wait:g}s)"
                    )
                throttled += 1
                log.warning(
                    "graph.throttled what=%s status=%d wait=%.1f", what, response.status_code, wait
                )
                self._sleep(wait)
                continue
            if response.status_code >= 500:
                raise SourceUnavailable(f"graph {what}: HTTP {response.status_code}")
            raise GraphError(response.status_code, _error_code(response), what)

    def close(self) -> None:
        if self._own_http:
            self._http.close()


def _retry_after(response: httpx.Response) -> float:
    try:
        value = float(response.headers.get("Retry-After", ""))
    except ValueError:
        return DEFAULT_RETRY_WAIT
    return max(value, 0.0)


def _error_code(response: httpx.Response) -> str:
    try:
        return str(response.json()["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return ""


@dataclass(frozen=True, slots=True)
class _Listed:
    id: str
    received: datetime | None


class GraphSource:
    """The inbox of one Microsoft 365 mailbox; processed messages move to folders under the
    mailbox's top level (`folder_parent="root"`) or under the inbox, created if missing."""

    def __init__(
        self,
        client: GraphClient,
        *,
        delta_state: str | None = None,
        folder_parent: str = "root",
        page_size: int = 50,
        parallel: int = MAX_CONCURRENT_PER_MAILBOX,
        poll_seconds: float = 30.0,
        close_client: bool = True,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if folder_parent not in ("root", "inbox"):
            raise ValueError("folder_parent must be 'root' or 'inbox'")
        self.client = client
        self.folder_parent = folder_parent
        self.page_size = page_size
        self.parallel = parallel
        self.poll_seconds = poll_seconds
        self._close_client = close_client  # False when a sender shares the client
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()
        self._committed_state = delta_state  # all messages up to here were handed out
        self._round_state: str | None = None  # the deltaLink of the round in `_pending`
        self._pending: list[_Listed] = []
        self._folders: dict[str, str] = {}

    @property
    def delta_state(self) -> str | None:
        """The deltaLink to resume from: everything before it has been returned by fetch_new."""
        return self._committed_state

    def connect(self) -> None:
        # Nothing to open: each call is a request. Check the token and the mailbox now so a
        # bad secret or a wrong address is reported at start-up.
        self.client.request("GET", "/mailFolders/inbox?$select=id", what="connect")

    def _delta_round(self) -> tuple[list[_Listed], str]:
        url = self._committed_state or (
            f"{self.client.user_url}/mailFolders/inbox/messages/delta?$select=id,receivedDateTime"
        )
        listed: dict[str, _Listed] = {}
        while True:
            page = self.client.request(
                "GET",
                url,
                what="delta",
                headers={"Prefer": f'odata.maxpagesize={self.page_size}, IdType="ImmutableId"'},
            ).json()
            for entry in page.get("value", []):
                if "@removed" in entry:
                    listed.pop(entry["id"], None)  # moved or deleted
                else:
                    listed[entry["id"]] = _Listed(
                        entry["id"], _parse_time(entry.get("receivedDateTime"))
                    )
            if "@odata.nextLink" in page:
                url = page["@odata.nextLink"]
            elif "@odata.deltaLink" in page:
                order = sorted(listed.values(), key=lambda m: (m.received or _EPOCH, m.id))
                return order, str(page["@odata.deltaLink"])
            else:
                raise SourceUnavailable("graph delta: a page with neither nextLink nor deltaLink")

    def fetch_new(self, limit: int = 100) -> list[FetchedMessage]:
        with self._lock:
            if not self._pending:
                self._pending, self._round_state = self._delta_round()
                if not self._pending:
                    self._committed_state = self._round_state
                    return []
            batch = self._pending[:limit]
        with ThreadPoolExecutor(max_workers=max(1, self.parallel)) as pool:
            bodies = list(pool.map(self._mime, batch))
        messages = [
            FetchedMessage(listed.id, raw, listed.received)
            for listed, raw in zip(batch, bodies, strict=True)
            if raw is not None
        ]
        with self._lock:
            del self._pending[: len(batch)]
            if not self._pending:
                self._committed_state = self._round_state
        return messages

    def _mime(self, listed: _Listed) -> bytes | None:
        try:
            response = self.client.request(
                "GET", f"/messages/{quote(listed.id, safe='')}/$value", what="get MIME"
            )
        except GraphError as exc:
            if exc.status == 404:
                return None  # moved or deleted since the delta round
            raise SourceUnavailable(str(exc)) from exc
        return response.content

    def wait(self, timeout: float) -> bool:
        """Poll the delta query every `poll_seconds` until it has something."""
        deadline = self._clock() + timeout
        while True:
            with self._lock:
                if not self._pending:
                    self._pending, self._round_state = self._delta_round()
                    if not self._pending:
                        self._committed_state = self._round_state
                if self._pending:
                    return True
            remaining = deadline - self._clock()
            if remaining <= 0:
                return False
            self._sleep(min(self.poll_seconds, remaining))

    def _folder_id(self, name: str) -> str:
        cached = self._folders.get(name.casefold())
        if cached is not None:
            return cached
        base = "/mailFolders" if self.folder_parent == "root" else "/mailFolders/inbox/childFolders"
        escaped = name.replace("'", "''")  # OData string literal
        found = self.client.request(
            "GET",
            base,
            params={"$filter": f"displayName eq '{escaped}'", "$select": "id,displayName"},
            what="find folder",
        ).json()
        matches = [
            f["id"]
            for f in found.get("value", [])
            if str(f.get("displayName", "")).casefold() == name.casefold()
        ]
        if matches:
            folder_id = str(matches[0])
        else:
            try:
                created = self.client.request(
                    "POST", base, json={"displayName": name}, what="create folder"
                )
            except GraphError as exc:
                raise SourceUnavailable(str(exc)) from exc
            folder_id = str(created.json()["id"])
        self._folders[name.casefold()] = folder_id
        return folder_id

    def move(self, key: str, folder: str) -> None:
        try:
            destination = self._folder_id(folder)
            self.client.request(
                "POST",
                f"/messages/{quote(key, safe='')}/move",
                json={"destinationId": destination},
                what="move",
            )
        except GraphError as exc:
            if exc.status == 404:
                log.info("graph move: message no longer in the mailbox; nothing to do")
                return
            raise SourceUnavailable(str(exc)) from exc

    def close(self) -> None:
        if self._close_client:
            self.client.close()


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
