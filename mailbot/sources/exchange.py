"""An on-premises Exchange Server mailbox over EWS, with exchangelib.

Only for Exchange Server: Microsoft is switching EWS off in Exchange Online (blocked by default
from October 2026, gone in April 2027); Microsoft 365 mailboxes use the Graph source or IMAP.

Keys are EWS item ids without the change key: the change key changes whenever the item is
touched (read flag, categories), the id does not while the item stays in the inbox, and
MoveItem does not need the change key. `wait` polls: EWS streaming and pull notifications are
out of scope for now (a poll every `poll_seconds` is one cheap FindItem).

exchangelib runs with a fail-fast retry policy, so it never sleeps on its own; throttling
(ErrorServerBusy, with the server's BackOffMilliseconds, or 503 with Retry-After) is retried
here through an injectable `sleep`, a bounded number of times, then reported as
SourceUnavailable for the daemon's own backoff.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar

import requests
from exchangelib import (
    BASIC,
    DELEGATE,
    NTLM,
    SHALLOW,
    Account,
    Configuration,
    Credentials,
    FailFast,
    Folder,
    FolderCollection,
    Version,
)
from exchangelib.errors import (
    CASError,
    ErrorAccessDenied,
    ErrorFolderExists,
    ErrorItemNotFound,
    ErrorServerBusy,
    EWSError,
    UnauthorizedError,
)
from exchangelib.folders import Inbox, MsgFolderRoot
from exchangelib.protocol import Protocol
from exchangelib.services import CreateFolder

from mailbot.sources.base import AuthenticationFailed, FetchedMessage, SourceUnavailable

log = logging.getLogger(__name__)

AuthType = Literal["NTLM", "basic"]
FolderParent = Literal["root", "inbox"]

_T = TypeVar("_T")

# Seconds to wait when the server is busy but names no back-off.
DEFAULT_BUSY_WAIT = 10.0
# A server asking for longer than this is reported at once rather than slept on in here.
MAX_BUSY_WAIT = 300.0


class _FailFastWithRetryAfter(FailFast):  # type: ignore[misc]
    """Fail fast (never sleep inside exchangelib), but keep a 503's Retry-After as the
    back-off of the ErrorServerBusy it raises, as exchangelib's FaultTolerance does."""

    def raise_response_errors(self, response: requests.Response) -> None:
        try:
            super().raise_response_errors(response)
        except ErrorServerBusy:
            raise
        except EWSError as exc:
            retry_after = _retry_after(response)
            if response.status_code == 503 or retry_after is not None:
                raise ErrorServerBusy(str(exc), back_off=retry_after) from exc
            raise


def _retry_after(response: requests.Response) -> float | None:
    try:
        value = float(response.headers.get("Retry-After", ""))
    except ValueError:
        return None
    return value if value > 0 else None


def make_account(
    *,
    endpoint: str,
    username: str,
    password: str,
    primary_smtp_address: str,
    auth_type: AuthType = "NTLM",
    version: Version | None = None,
) -> Account:
    """An exchangelib Account with autodiscover off. Without `version` the first request is
    exchangelib's version probe; with it there is no probe."""
    config = Configuration(
        service_endpoint=endpoint,
        credentials=Credentials(username=username, password=password),
        auth_type={"NTLM": NTLM, "basic": BASIC}[auth_type],
        version=version,
        retry_policy=_FailFastWithRetryAfter(),
        max_connections=1,
    )
    # exchangelib caches protocols by (endpoint, credentials) and ignores the rest of the
    # configuration; drop any cached one so this account uses the policy above.
    with suppress(KeyError):
        del Protocol[config]
    return Account(
        primary_smtp_address=primary_smtp_address,
        config=config,
        autodiscover=False,
        access_type=DELEGATE,
    )


def release_account(account: Account) -> None:
    """Close the account's connections and forget its cached protocol."""
    with suppress(Exception):  # closing must never fail the caller
        account.protocol.close()
    with suppress(KeyError):
        del Protocol[account.protocol.config]


@contextmanager
def ews_errors(what: str) -> Iterator[None]:
    """Translate exchangelib's and requests' errors into the source's two kinds."""
    try:
        yield
    except (UnauthorizedError, ErrorAccessDenied, CASError) as exc:
        raise AuthenticationFailed(f"exchange {what}: {type(exc).__name__}") from exc
    except ErrorServerBusy as exc:
        raise SourceUnavailable(
            f"exchange {what}: server busy (back off {exc.back_off or DEFAULT_BUSY_WAIT:g}s)"
        ) from exc
    except (EWSError, requests.RequestException, OSError) as exc:
        raise SourceUnavailable(f"exchange {what}: {type(exc).__name__}: {exc}") from exc


def call_with_backoff(
    fn: Callable[[], _T],
    *,
    what: str,
    sleep: Callable[[float], None],
    busy_retries: int,
) -> _T:
    """Run `fn`, sleeping for the server's requested back-off on ErrorServerBusy and trying
    again up to `busy_retries` times; errors are translated by `ews_errors`."""
    attempt = 0
    while True:
        with ews_errors(what):
            try:
                return fn()
            except ErrorServerBusy as exc:
                wait = exc.back_off or DEFAULT_BUSY_WAIT
                if attempt >= busy_retries or wait > MAX_BUSY_WAIT:
                    raise
                attempt += 1
                log.warning("exchange %s: server busy, backing off %.1fs", what, wait)
        sleep(wait)


class ExchangeSource:
    """The inbox of one mailbox on an Exchange Server; processed items move to folders
    under the mailbox's top folder (`folder_parent="root"`) or under the inbox."""

    def __init__(
        self,
        *,
        endpoint: str,
        username: str,
        password: str,
        primary_smtp_address: str,
        auth_type: AuthType = "NTLM",
        folders: Sequence[str] = (),
        folder_parent: FolderParent = "root",
        version: Version | None = None,
        poll_seconds: float = 30.0,
        busy_retries: int = 3,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._account_args: dict[str, Any] = {
            "endpoint": endpoint,
            "username": username,
            "password": password,
            "primary_smtp_address": primary_smtp_address,
            "auth_type": auth_type,
            "version": version,
        }
        self.folders = tuple(folders)  # made sure of at connect, so a missing right shows early
        self.folder_parent = folder_parent
        self.poll_seconds = poll_seconds
        self.busy_retries = busy_retries
        self._sleep = sleep
        self._clock = clock
        self._account: Account | None = None
        self._inbox: Folder | None = None
        self._parent: Folder | None = None
        self._targets: dict[str, Folder] = {}
        self._last_fetched: set[str] = set()
        self._lock = threading.Lock()  # one request at a time per mailbox

    def _call(self, what: str, fn: Callable[[], _T]) -> _T:
        return call_with_backoff(fn, what=what, sleep=self._sleep, busy_retries=self.busy_retries)

    def connect(self) -> None:
        with self._lock:
            self._close_locked()
            account = self._call("connect", lambda: make_account(**self._account_args))
            self._account = account
            self._inbox = self._call(
                "get inbox", lambda: Inbox.get_distinguished(root=account.root)
            )
            if self.folder_parent == "inbox":
                self._parent = self._inbox
            else:
                self._parent = self._call(
                    "get top folder", lambda: MsgFolderRoot.get_distinguished(root=account.root)
                )
        for name in self.folders:
            self._target(name)

    def _connected(self) -> tuple[Account, Folder]:
        if self._account is None or self._inbox is None:
            raise SourceUnavailable("exchange: not connected")
        return self._account, self._inbox

    def fetch_new(self, limit: int = 100) -> list[FetchedMessage]:
        with self._lock:
            account, inbox = self._connected()
            listed: list[tuple[str, datetime | None]] = self._call(
                "list inbox",
                lambda: [
                    (item.id, item.datetime_received)
                    for item in inbox.all()
                    .order_by("datetime_received")
                    .only("id", "datetime_received")[:limit]
                ],
            )
            if not listed:
                self._last_fetched = set()
                return []
            fetched = self._call(
                "get items",
                lambda: list(
                    account.fetch(
                        ids=[(key, None) for key, _ in listed],
                        only_fields=["mime_content", "datetime_received"],
                    )
                ),
            )
        messages: list[FetchedMessage] = []
        for (key, listed_arrival), item in zip(listed, fetched, strict=True):
            if isinstance(item, ErrorItemNotFound):
                continue  # moved or deleted since the listing
            if isinstance(item, Exception):
                raise SourceUnavailable(f"exchange get item: {type(item).__name__}") from item
            if not item.mime_content:
                raise SourceUnavailable("exchange get item: no MIME content returned")
            arrived = item.datetime_received or listed_arrival
            messages.append(FetchedMessage(key, bytes(item.mime_content), _aware(arrived)))
        self._last_fetched = {m.key for m in messages}
        return messages

    def wait(self, timeout: float) -> bool:
        """Poll every `poll_seconds` for an item not handed out by the last fetch."""
        deadline = self._clock() + timeout
        while True:
            if self._has_unseen():
                return True
            remaining = deadline - self._clock()
            if remaining <= 0:
                return False
            self._sleep(min(self.poll_seconds, remaining))

    def _has_unseen(self) -> bool:
        with self._lock:
            _, inbox = self._connected()
            newest: list[str] = self._call(
                "poll inbox",
                lambda: [
                    item.id for item in inbox.all().order_by("-datetime_received").only("id")[:10]
                ],
            )
        return any(key not in self._last_fetched for key in newest)

    def _target(self, name: str) -> Folder:
        """The folder `name` under the configured parent, created if missing."""
        with self._lock:
            account, _ = self._connected()
            parent = self._parent
            assert parent is not None
            folder = self._targets.get(name.casefold())
            if folder is not None:
                return folder

            def find() -> Folder | None:
                for child in FolderCollection(account=account, folders=[parent]).find_folders(
                    depth=SHALLOW
                ):
                    if (
                        isinstance(child, Folder)
                        and (child.name or "").casefold() == name.casefold()
                    ):
                        return child
                return None

            folder = self._call("find folder", find)
            if folder is None:
                try:
                    folder = self._call("create folder", lambda: _create_folder(parent, name))
                except SourceUnavailable as exc:
                    if not isinstance(exc.__cause__, ErrorFolderExists):
                        raise
                    folder = self._call("find folder", find)  # created by someone else meanwhile
                    if folder is None:
                        raise
            self._targets[name.casefold()] = folder
            return folder

    def move(self, key: str, folder: str) -> None:
        target = self._target(folder)
        with self._lock:
            account, _ = self._connected()
            results = self._call(
                "move", lambda: account.bulk_move(ids=[(key, None)], to_folder=target)
            )
        for result in results:
            if isinstance(result, ErrorItemNotFound):
                # Already gone from the inbox: a MOVE that succeeded before a crash.
                log.info("exchange move: item no longer in the inbox; nothing to do")
            elif isinstance(result, Exception):
                raise SourceUnavailable(f"exchange move: {type(result).__name__}") from result
        self._last_fetched.discard(key)

    def close(self) -> None:
        with self._lock:
            self._close_locked()

    def _close_locked(self) -> None:
        if self._account is not None:
            release_account(self._account)
        self._account = self._inbox = self._parent = None
        self._targets.clear()


def _create_folder(parent: Folder, name: str) -> Folder:
    # CreateFolder directly: Folder.save() first maps the mailbox's whole folder tree.
    created = CreateFolder(account=parent.account).get(
        parent_folder=parent, folders=[Folder(root=parent.root, name=name)]
    )
    return Folder(root=parent.root, id=created.id, changekey=created.changekey, name=name)


def _aware(value: datetime | None) -> datetime | None:
    """A plain tz-aware datetime (exchangelib hands out its EWSDateTime subclass)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return datetime.fromtimestamp(value.timestamp(), tz=UTC)
