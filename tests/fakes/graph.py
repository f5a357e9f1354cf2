"""A fake of the Microsoft Graph mail endpoints mailbot uses, for one or more mailboxes.

GET  /v1.0/users/{mb}/mailFolders/inbox                      the inbox (a start-up check)
GET  /v1.0/users/{mb}/mailFolders/inbox/messages/delta       delta query: pages by
     `Prefer: odata.maxpagesize`, @odata.nextLink then @odata.deltaLink; later rounds report
     only what changed, moved-out messages as "@removed"
GET  /v1.0/users/{mb}/messages/{id}/$value                   the MIME
POST /v1.0/users/{mb}/messages/{id}/move                     {"destinationId"}; the id stays
     only when the client asked for immutable ids, as in Graph
GET/POST /v1.0/users/{mb}/mailFolders[/inbox/childFolders]   find ($filter on displayName),
     create
POST /v1.0/users/{mb}/sendMail                               base64 MIME, text/plain; recorded

The bearer token must equal `token` (the client's token provider is injected). `throttle`
makes the next requests answer 429 (or 503) with Retry-After. `delay` holds each `$value`
answer, and `peak_in_flight` records the most requests served at once.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.fakes import FakeHandler, LocalHttpServer


@dataclass
class GraphMessage:
    id: str
    mime: bytes
    received: datetime
    folder: str = "inbox"


@dataclass
class _Mailbox:
    messages: dict[str, GraphMessage] = field(default_factory=dict)
    # (sequence, message id) each time a message enters or leaves the inbox
    changes: list[tuple[int, str]] = field(default_factory=list)
    folders: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, parent)
    sent: list[bytes] = field(default_factory=list)


@dataclass
class _Throttle:
    status: int
    retry_after: int | None
    path_contains: str | None


class FakeGraph(LocalHttpServer):
    def __init__(self, token: str = "test-token", default_page_size: int = 10) -> None:
        super().__init__()
        self.handler = _GraphHandler
        self.token = token
        self.default_page_size = default_page_size
        self.lock = threading.Lock()
        self.mailboxes: dict[str, _Mailbox] = {}
        self.requests: list[tuple[str, str]] = []  # (method, path), in arrival order
        self.throttles: deque[_Throttle] = deque()
        self.delay = 0.0
        self._seq = 0

    @property
    def api_url(self) -> str:
        return self.base_url + "/v1.0"

    def mailbox(self, address: str) -> _Mailbox:
        return self.mailboxes.setdefault(address.casefold(), _Mailbox())

    def add_message(self, address: str, mime: bytes, received: datetime) -> str:
        with self.lock:
            box = self.mailbox(address)
            message = GraphMessage(f"AAkAL{uuid.uuid4().hex}", mime, received.astimezone(UTC))
            box.messages[message.id] = message
            self._seq += 1
            box.changes.append((self._seq, message.id))
            return message.id

    def in_folder(self, address: str, folder_name: str) -> list[GraphMessage]:
        with self.lock:
            box = self.mailbox(address)
            ids = {fid for fid, (name, _) in box.folders.items() if name == folder_name}
            if folder_name == "inbox":
                ids.add("inbox")
            return [m for m in box.messages.values() if m.folder in ids]

    def sent(self, address: str) -> list[bytes]:
        with self.lock:
            return list(self.mailbox(address).sent)

    def throttle(
        self,
        count: int = 1,
        *,
        retry_after: int | None = 7,
        status: int = 429,
        path_contains: str | None = None,
    ) -> None:
        for _ in range(count):
            self.throttles.append(_Throttle(status, retry_after, path_contains))

    def _take_throttle(self, path: str) -> _Throttle | None:
        with self.lock:
            for throttle in self.throttles:
                if throttle.path_contains is None or throttle.path_contains in path:
                    self.throttles.remove(throttle)
                    return throttle
        return None

    # -- delta ---------------------------------------------------------------------------

    def delta_entries(self, box: _Mailbox, since: int | None, upto: int) -> list[dict[str, Any]]:
        """What a delta round from `since` (None: the initial round) to `upto` reports."""
        touched: dict[str, None] = {}
        for seq, message_id in box.changes:
            if (since is None or seq > since) and seq <= upto:
                touched[message_id] = None
        entries: list[dict[str, Any]] = []
        for message_id in touched:
            message = box.messages.get(message_id)
            if message is not None and message.folder == "inbox":
                entries.append(
                    {
                        "id": message.id,
                        "receivedDateTime": message.received.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    }
                )
            elif since is not None:
                entries.append({"id": message_id, "@removed": {"reason": "deleted"}})
        return entries


_USER = re.compile(r"^/v1\.0/users/(?P<mailbox>[^/]+)(?P<rest>/.*)$")


class _GraphHandler(FakeHandler):
    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _json(
        self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        self.reply(status, json.dumps(payload).encode(), "application/json", headers)

    def _error(self, status: int, code: str, headers: dict[str, str] | None = None) -> None:
        self._json(status, {"error": {"code": code, "message": code}}, headers)

    def _dispatch(self, method: str) -> None:
        fake: FakeGraph = self.server.owner  # type: ignore[assignment]
        body = self.read_body()
        url = urlsplit(self.path)
        path = unquote(url.path)
        with fake.lock:
            fake.requests.append((method, path))
        if self.headers.get("Authorization") != f"Bearer {fake.token}":
            self._error(401, "InvalidAuthenticationToken")
            return
        with self.track():
            throttle = fake._take_throttle(path)
            if throttle is not None:
                headers = {"Retry-After": str(throttle.retry_after)} if throttle.retry_after else {}
                self._error(
                    throttle.status,
                    "TooManyRequests" if throttle.status == 429 else "ServiceUnavailable",
                    headers,
                )
                return
            match = _USER.match(path)
            if match is None:
                self._error(404, "ResourceNotFound")
                return
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            self._route(fake, method, match["mailbox"], match["rest"], query, body)

    def _route(
        self,
        fake: FakeGraph,
        method: str,
        address: str,
        rest: str,
        query: dict[str, str],
        body: bytes,
    ) -> None:
        immutable = 'IdType="ImmutableId"' in (self.headers.get("Prefer") or "")
        if method == "GET" and rest == "/mailFolders/inbox":
            self._json(200, {"id": "inbox", "displayName": "Inbox"})
            return
        if method == "GET" and rest == "/mailFolders/inbox/messages/delta":
            self._delta(fake, address, query)
            return
        value = re.fullmatch(r"/messages/([^/]+)/\$value", rest)
        if method == "GET" and value:
            if fake.delay:
                time.sleep(fake.delay)  # hold the request so overlapping ones show
            with fake.lock:
                message = fake.mailbox(address).messages.get(value[1])
            if message is None:
                self._error(404, "ErrorItemNotFound")
            else:
                self.reply(200, message.mime, "message/rfc822")
            return
        move = re.fullmatch(r"/messages/([^/]+)/move", rest)
        if method == "POST" and move:
            destination = json.loads(body or b"{}").get("destinationId")
            with fake.lock:
                box = fake.mailbox(address)
                message = box.messages.get(move[1])
                if message is None:
                    self._error(404, "ErrorItemNotFound")
                    return
                if destination not in box.folders and destination != "inbox":
                    self._error(400, "ErrorInvalidIdMalformed")
                    return
                was_in_inbox = message.folder == "inbox"
                message.folder = str(destination)
                if not immutable:  # Graph's default ids change on a move
                    del box.messages[message.id]
                    message.id = f"AAkAL{uuid.uuid4().hex}"
                    box.messages[message.id] = message
                if was_in_inbox:
                    fake._seq += 1
                    box.changes.append((fake._seq, move[1]))
                answer = {"id": message.id, "parentFolderId": message.folder}
            self._json(201, answer)
            return
        folders = re.fullmatch(r"/mailFolders(/inbox/childFolders)?", rest)
        if folders:
            parent = "inbox" if folders[1] else "msgfolderroot"
            self._folders(fake, method, address, parent, query, body)
            return
        if method == "POST" and rest == "/sendMail":
            if self.headers.get("Content-Type", "").split(";")[0] != "text/plain":
                self._error(400, "ErrorMimeContentInvalid")
                return
            try:
                mime = base64.b64decode(body, validate=True)
            except binascii.Error:
                self._error(400, "ErrorMimeContentInvalidBase64String")
                return
            with fake.lock:
                fake.mailbox(address).sent.append(mime)
            self.reply(202)
            return
        self._error(404, "ResourceNotFound")

    def _delta(self, fake: FakeGraph, address: str, query: dict[str, str]) -> None:
        prefer = self.headers.get("Prefer") or ""
        size_match = re.search(r"odata\.maxpagesize=(\d+)", prefer)
        size = int(size_match[1]) if size_match else fake.default_page_size
        base = f"{fake.api_url}/users/{address}/mailFolders/inbox/messages/delta"
        with fake.lock:
            box = fake.mailbox(address)
            if "$skiptoken" in query:
                since_s, upto_s, offset_s = query["$skiptoken"].split(".")
                since = None if since_s == "initial" else int(since_s)
                upto, offset = int(upto_s), int(offset_s)
            else:
                since = int(query["$deltatoken"]) if "$deltatoken" in query else None
                upto, offset = fake._seq, 0
            entries = fake.delta_entries(box, since, upto)
        page = entries[offset : offset + size]
        payload: dict[str, Any] = {"value": page}
        if offset + size < len(entries):
            token = f"{'initial' if since is None else since}.{upto}.{offset + size}"
            payload["@odata.nextLink"] = f"{base}?$skiptoken={token}"
        else:
            payload["@odata.deltaLink"] = f"{base}?$deltatoken={upto}"
        self._json(200, payload)

    def _folders(
        self,
        fake: FakeGraph,
        method: str,
        address: str,
        parent: str,
        query: dict[str, str],
        body: bytes,
    ) -> None:
        with fake.lock:
            box = fake.mailbox(address)
            if method == "GET":
                wanted = None
                filter_match = re.fullmatch(r"displayName eq '(.*)'", query.get("$filter", ""))
                if filter_match:
                    wanted = filter_match[1].replace("''", "'")
                found = [
                    {"id": fid, "displayName": name}
                    for fid, (name, fparent) in box.folders.items()
                    if fparent == parent
                    and (wanted is None or name.casefold() == wanted.casefold())
                ]
                self._json(200, {"value": found})
                return
            name = str(json.loads(body or b"{}").get("displayName", ""))
            if any(
                n.casefold() == name.casefold() and p == parent for n, p in box.folders.values()
            ):
                self._error(409, "ErrorFolderExists")
                return
            folder_id = f"AAfolder{uuid.uuid4().hex}"
            box.folders[folder_id] = (name, parent)
        self._json(201, {"id": folder_id, "displayName": name})
