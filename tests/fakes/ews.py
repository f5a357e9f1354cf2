"""A fake Exchange Web Services endpoint: the SOAP operations mailbot uses, answered from
an in-memory mailbox, so the real exchangelib can be driven against it.

Operations: ConvertId (exchangelib's version probe), GetFolder, FindFolder, CreateFolder,
FindItem (indexed paging, sort on DateTimeReceived), GetItem (MimeContent, DateTimeReceived),
MoveItem (the item gets a new id, as in Exchange), CreateItem (MimeContent with a
MessageDisposition; the MIME is recorded). Auth is Basic or NTLM (pyspnego as the acceptor);
a wrong password gets 401. `fail_next` makes the next requests fail: HTTP 500, ErrorServerBusy
with a BackOffMilliseconds, 503 with Retry-After, or a dropped connection.
"""

from __future__ import annotations

import base64
import binascii
import tempfile
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

import spnego
import spnego.exceptions

from tests.fakes import FakeHandler, LocalHttpServer

S = "http://schemas.xmlsoap.org/soap/envelope/"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
E = "http://schemas.microsoft.com/exchange/services/2006/errors"

PATH = "/EWS/Exchange.asmx"

Failure = Literal["http500", "busy", "503", "drop"]


@dataclass
class FakeFolder:
    id: str
    name: str
    parent_id: str | None
    distinguished: str | None = None


@dataclass
class FakeItem:
    id: str
    folder_id: str
    mime: bytes
    received: datetime
    changekey: str = field(default_factory=lambda: uuid.uuid4().hex[:8])


@dataclass(frozen=True)
class SentRecord:
    disposition: str
    mime: bytes
    saved_folder: str | None


@dataclass
class _Fail:
    kind: Failure
    operation: str | None
    back_off_ms: int
    retry_after: int | None


def _new_id() -> str:
    return "AAMkAD" + base64.b64encode(uuid.uuid4().bytes).decode().rstrip("=")


class FakeEws(LocalHttpServer):
    """One mailbox behind an EWS endpoint at `url`. Use as a context manager."""

    def __init__(
        self,
        *,
        username: str = "CORP\\svc-mailbot",
        password: str = "correct horse",
        auth: Literal["basic", "NTLM"] = "basic",
    ) -> None:
        super().__init__()
        self.handler = _EwsHandler
        self.username = username
        self.password = password
        self.auth = auth
        self.state_lock = threading.Lock()
        self.folders: dict[str, FakeFolder] = {}
        self.items: dict[str, FakeItem] = {}
        self.sent: list[SentRecord] = []
        self.calls: list[str] = []  # operation names in order, as the server saw them
        self.failures: deque[_Fail] = deque()
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.ntlm_user_file: Path | None = None
        root = self._folder("root", None, "root")
        top = self._folder("Top of Information Store", root.id, "msgfolderroot")
        for name, distinguished in (
            ("Inbox", "inbox"),
            ("Sent Items", "sentitems"),
            ("Drafts", "drafts"),
            ("Deleted Items", "deleteditems"),
        ):
            self._folder(name, top.id, distinguished)

    # -- set-up and inspection, for tests ------------------------------------------------

    @property
    def url(self) -> str:
        return self.base_url + PATH

    def start(self) -> FakeEws:
        if self.auth == "NTLM":
            # pyspnego's NTLM acceptor reads credentials from the file NTLM_USER_FILE names;
            # the test sets that variable (monkeypatch) to this file.
            self._tmp = tempfile.TemporaryDirectory(prefix="fake-ews-")
            domain, _, user = self.username.rpartition("\\")
            self.ntlm_user_file = Path(self._tmp.name) / "ntlm-users"
            self.ntlm_user_file.write_text(f"{domain}:{user}:{self.password}\n", encoding="utf-8")
        super().start()
        return self

    def stop(self) -> None:
        super().stop()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def _folder(
        self, name: str, parent_id: str | None, distinguished: str | None = None
    ) -> FakeFolder:
        folder = FakeFolder(_new_id(), name, parent_id, distinguished)
        self.folders[folder.id] = folder
        return folder

    def folder_named(self, name: str) -> FakeFolder | None:
        """A folder by distinguished id ("inbox") or display name."""
        with self.state_lock:
            for folder in self.folders.values():
                if folder.distinguished == name or folder.name == name:
                    return folder
        return None

    def add_message(self, mime: bytes, received: datetime, folder: str = "inbox") -> str:
        target = self.folder_named(folder)
        assert target is not None, folder
        item = FakeItem(_new_id(), target.id, mime, received.astimezone(UTC))
        with self.state_lock:
            self.items[item.id] = item
        return item.id

    def messages_in(self, folder: str) -> list[FakeItem]:
        target = self.folder_named(folder)
        if target is None:
            return []
        with self.state_lock:
            return [i for i in self.items.values() if i.folder_id == target.id]

    def fail_next(
        self,
        kind: Failure,
        *,
        count: int = 1,
        operation: str | None = None,
        back_off_ms: int = 5000,
        retry_after: int | None = None,
    ) -> None:
        """The next `count` requests (of `operation`, if given) fail this way."""
        for _ in range(count):
            self.failures.append(_Fail(kind, operation, back_off_ms, retry_after))

    def take_failure(self, operation: str) -> _Fail | None:
        with self.state_lock:
            for failure in self.failures:
                if failure.operation in (None, operation):
                    self.failures.remove(failure)
                    return failure
        return None

    # -- the operations ------------------------------------------------------------------

    def resolve_folder(self, parent: ET.Element) -> FakeFolder | None:
        """The folder a FolderId/DistinguishedFolderId child of `parent` names."""
        for child in parent:
            if child.tag == f"{{{T}}}DistinguishedFolderId":
                wanted = child.get("Id")
                return next((f for f in self.folders.values() if f.distinguished == wanted), None)
            if child.tag == f"{{{T}}}FolderId":
                return self.folders.get(child.get("Id") or "")
        return None

    def op_GetFolder(self, request: ET.Element) -> str:
        ids = request.find(f"{{{M}}}FolderIds")
        assert ids is not None
        out = []
        for element in ids:
            holder = ET.Element("x")
            holder.append(element)
            folder = self.resolve_folder(holder)
            if folder is None:
                out.append(_error("GetFolder", "ErrorFolderNotFound", "The folder does not exist."))
            else:
                out.append(_ok("GetFolder", f"<m:Folders>{self._folder_xml(folder)}</m:Folders>"))
        return _response("GetFolder", "".join(out))

    def op_FindFolder(self, request: ET.Element) -> str:
        parents = request.find(f"{{{M}}}ParentFolderIds")
        assert parents is not None
        parent = self.resolve_folder(parents)
        if parent is None:
            return _response(
                "FindFolder", _error("FindFolder", "ErrorFolderNotFound", "No such folder.")
            )
        children = [f for f in self.folders.values() if f.parent_id == parent.id]
        folders = "".join(self._folder_xml(f) for f in children)
        body = (
            f'<m:RootFolder IndexedPagingOffset="{len(children)}" TotalItemsInView="{len(children)}" '
            f'IncludesLastItemInRange="true"><t:Folders>{folders}</t:Folders></m:RootFolder>'
        )
        return _response("FindFolder", _ok("FindFolder", body))

    def op_CreateFolder(self, request: ET.Element) -> str:
        parent_holder = request.find(f"{{{M}}}ParentFolderId")
        assert parent_holder is not None
        parent = self.resolve_folder(parent_holder)
        names = [e.text or "" for e in request.iter(f"{{{T}}}DisplayName")]
        out = []
        for name in names:
            if parent is None:
                out.append(_error("CreateFolder", "ErrorParentFolderNotFound", "No parent."))
            elif any(
                f.parent_id == parent.id and f.name.casefold() == name.casefold()
                for f in self.folders.values()
            ):
                out.append(
                    _error(
                        "CreateFolder",
                        "ErrorFolderExists",
                        "A folder with the specified name already exists.",
                    )
                )
            else:
                folder = self._folder(name, parent.id)
                out.append(
                    _ok(
                        "CreateFolder",
                        f'<m:Folders><t:Folder><t:FolderId Id="{folder.id}" ChangeKey="AQAA"/></t:Folder></m:Folders>',
                    )
                )
        return _response("CreateFolder", "".join(out))

    def op_FindItem(self, request: ET.Element) -> str:
        parents = request.find(f"{{{M}}}ParentFolderIds")
        assert parents is not None
        folder = self.resolve_folder(parents)
        if folder is None:
            return _response(
                "FindItem", _error("FindItem", "ErrorFolderNotFound", "No such folder.")
            )
        items = [i for i in self.items.values() if i.folder_id == folder.id]
        descending = any(o.get("Order") == "Descending" for o in request.iter(f"{{{T}}}FieldOrder"))
        items.sort(key=lambda i: i.received, reverse=descending)
        view = request.find(f"{{{M}}}IndexedPageItemView")
        offset, limit = 0, len(items)
        if view is not None:
            offset = int(view.get("Offset") or 0)
            limit = int(view.get("MaxEntriesReturned") or len(items))
        page = items[offset : offset + limit]
        wanted = {f.get("FieldURI") for f in request.iter(f"{{{T}}}FieldURI")}
        rows = []
        for item in page:
            received = (
                f"<t:DateTimeReceived>{_when(item.received)}</t:DateTimeReceived>"
                if "item:DateTimeReceived" in wanted
                else ""
            )
            rows.append(
                f'<t:Message><t:ItemId Id="{item.id}" ChangeKey="{item.changekey}"/>{received}</t:Message>'
            )
        end = offset + len(page)
        body = (
            f'<m:RootFolder IndexedPagingOffset="{end}" TotalItemsInView="{len(items)}" '
            f'IncludesLastItemInRange="{str(end >= len(items)).lower()}">'
            f"<t:Items>{''.join(rows)}</t:Items></m:RootFolder>"
        )
        return _response("FindItem", _ok("FindItem", body))

    def op_GetItem(self, request: ET.Element) -> str:
        wanted = {f.get("FieldURI") for f in request.iter(f"{{{T}}}FieldURI")}
        out = []
        for element in request.iter(f"{{{T}}}ItemId"):
            item = self.items.get(element.get("Id") or "")
            if item is None:
                out.append(
                    _error(
                        "GetItem",
                        "ErrorItemNotFound",
                        "The specified object was not found in the store.",
                        "<m:Items/>",
                    )
                )
                continue
            parts = []
            if "item:MimeContent" in wanted:
                parts.append(
                    f'<t:MimeContent CharacterSet="UTF-8">{base64.b64encode(item.mime).decode()}</t:MimeContent>'
                )
            parts.append(f'<t:ItemId Id="{item.id}" ChangeKey="{item.changekey}"/>')
            if "item:DateTimeReceived" in wanted:
                parts.append(f"<t:DateTimeReceived>{_when(item.received)}</t:DateTimeReceived>")
            out.append(
                _ok("GetItem", f"<m:Items><t:Message>{''.join(parts)}</t:Message></m:Items>")
            )
        return _response("GetItem", "".join(out))

    def op_MoveItem(self, request: ET.Element) -> str:
        holder = request.find(f"{{{M}}}ToFolderId")
        assert holder is not None
        target = self.resolve_folder(holder)
        out = []
        for element in request.iter(f"{{{T}}}ItemId"):
            item = self.items.get(element.get("Id") or "")
            if target is None:
                out.append(
                    _error("MoveItem", "ErrorFolderNotFound", "No such folder.", "<m:Items/>")
                )
            elif item is None:
                out.append(
                    _error(
                        "MoveItem",
                        "ErrorItemNotFound",
                        "The specified object was not found in the store.",
                        "<m:Items/>",
                    )
                )
            else:
                # Exchange gives a moved item a new id
                del self.items[item.id]
                item.id, item.folder_id = _new_id(), target.id
                self.items[item.id] = item
                out.append(
                    _ok(
                        "MoveItem",
                        f'<m:Items><t:Message><t:ItemId Id="{item.id}" ChangeKey="{item.changekey}"/></t:Message></m:Items>',
                    )
                )
        return _response("MoveItem", "".join(out))

    def op_CreateItem(self, request: ET.Element) -> str:
        disposition = request.get("MessageDisposition") or "SaveOnly"
        saved_holder = request.find(f"{{{M}}}SavedItemFolderId")
        saved = self.resolve_folder(saved_holder) if saved_holder is not None else None
        out = []
        for element in request.iter(f"{{{T}}}MimeContent"):
            try:
                mime = base64.b64decode(element.text or "", validate=True)
            except binascii.Error:
                out.append(
                    _error("CreateItem", "ErrorMimeContentInvalid", "Bad MIME.", "<m:Items/>")
                )
                continue
            self.sent.append(
                SentRecord(disposition, mime, saved.distinguished or saved.name if saved else None)
            )
            if disposition == "SendAndSaveCopy":
                copy_to = saved or next(
                    f for f in self.folders.values() if f.distinguished == "sentitems"
                )
                item = FakeItem(_new_id(), copy_to.id, mime, datetime.now(UTC))
                self.items[item.id] = item
            out.append(_ok("CreateItem", "<m:Items/>"))
        return _response("CreateItem", "".join(out))

    def op_ConvertId(self, request: ET.Element) -> str:
        # exchangelib's version probe: any answer with ServerVersionInfo in the header will do
        return _response(
            "ConvertId", _error("ConvertId", "ErrorInvalidIdMalformed", "Id is malformed.")
        )

    def _folder_xml(self, folder: FakeFolder) -> str:
        parent = (
            f'<t:ParentFolderId Id="{folder.parent_id}" ChangeKey="AQAA"/>'
            if folder.parent_id
            else ""
        )
        total = sum(1 for i in self.items.values() if i.folder_id == folder.id)
        children = sum(1 for f in self.folders.values() if f.parent_id == folder.id)
        return (
            f'<t:Folder><t:FolderId Id="{folder.id}" ChangeKey="AQAA"/>{parent}'
            f"<t:FolderClass>IPF.Note</t:FolderClass><t:DisplayName>{escape(folder.name)}</t:DisplayName>"
            f"<t:TotalCount>{total}</t:TotalCount><t:ChildFolderCount>{children}</t:ChildFolderCount>"
            f"<t:UnreadCount>0</t:UnreadCount></t:Folder>"
        )


def _when(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _ok(operation: str, inner: str) -> str:
    return (
        f'<m:{operation}ResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode>'
        f"{inner}</m:{operation}ResponseMessage>"
    )


def _error(operation: str, code: str, text: str, inner: str = "") -> str:
    return (
        f'<m:{operation}ResponseMessage ResponseClass="Error"><m:MessageText>{escape(text)}</m:MessageText>'
        f"<m:ResponseCode>{code}</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>"
        f"{inner}</m:{operation}ResponseMessage>"
    )


def _response(operation: str, messages: str) -> str:
    return (
        f'<m:{operation}Response xmlns:m="{M}" xmlns:t="{T}">'
        f"<m:ResponseMessages>{messages}</m:ResponseMessages></m:{operation}Response>"
    )


def _envelope(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<s:Envelope xmlns:s="{S}"><s:Header>'
        f'<h:ServerVersionInfo xmlns:h="{T}" MajorVersion="15" MinorVersion="1" '
        'MajorBuildNumber="2507" MinorBuildNumber="6" Version="Exchange2016"/>'
        f"</s:Header><s:Body>{body}</s:Body></s:Envelope>"
    ).encode()


def _busy_fault(back_off_ms: int) -> bytes:
    text = "The server cannot service this request right now. Try again later."
    return _envelope(
        "<s:Fault>"
        f'<faultcode xmlns:a="{T}">a:ErrorServerBusy</faultcode>'
        f'<faultstring xml:lang="en-US">{text}</faultstring>'
        f'<detail><e:ResponseCode xmlns:e="{E}">ErrorServerBusy</e:ResponseCode>'
        f'<e:Message xmlns:e="{E}">{text}</e:Message>'
        f'<t:MessageXml xmlns:t="{T}"><t:Value Name="BackOffMilliseconds">{back_off_ms}</t:Value>'
        "</t:MessageXml></detail></s:Fault>"
    )


class _EwsHandler(FakeHandler):
    owner: FakeEws
    _ntlm: spnego.ContextProxy | None = None
    _authenticated = False  # NTLM authenticates the connection, as IIS does

    def setup(self) -> None:
        super().setup()
        self.owner = self.server.owner  # type: ignore[assignment]

    def do_POST(self) -> None:
        body = self.read_body()
        if self.path != PATH:
            self.reply(404, b"not found", "text/plain")
            return
        if not self._authorised():
            return
        with self.track():
            self._serve(body)

    def _authorised(self) -> bool:
        header = self.headers.get("Authorization", "")
        if self.owner.auth == "basic":
            expected = base64.b64encode(
                f"{self.owner.username}:{self.owner.password}".encode()
            ).decode()
            if header == f"Basic {expected}":
                return True
            self.reply(401, b"", "text/html", {"WWW-Authenticate": 'Basic realm="127.0.0.1"'})
            return False
        if self._authenticated and not header:
            return True
        scheme, _, token = header.partition(" ")
        if scheme != "NTLM" or not token:
            self._authenticated = False
            self.reply(401, b"", "text/html", {"WWW-Authenticate": "NTLM"})
            return False
        raw = base64.b64decode(token)
        if raw[8:12] == b"\x01\x00\x00\x00":  # NEGOTIATE: start a context on this connection
            self._ntlm = spnego.server(protocol="ntlm")
        if self._ntlm is None:
            self.reply(401, b"", "text/html", {"WWW-Authenticate": "NTLM"})
            return False
        try:
            answer = self._ntlm.step(raw)
        except spnego.exceptions.SpnegoError:
            self._ntlm = None
            self.reply(401, b"", "text/html", {"WWW-Authenticate": "NTLM"})
            return False
        if not self._ntlm.complete:
            assert answer is not None
            challenge = base64.b64encode(answer).decode()
            self.reply(401, b"", "text/html", {"WWW-Authenticate": f"NTLM {challenge}"})
            return False
        self._ntlm = None
        self._authenticated = True
        return True

    def _serve(self, body: bytes) -> None:
        envelope = ET.fromstring(body)
        soap_body = envelope.find(f"{{{S}}}Body")
        assert soap_body is not None and len(soap_body) == 1
        request = soap_body[0]
        operation = request.tag.rpartition("}")[2]
        with self.owner.state_lock:
            self.owner.calls.append(operation)
        failure = self.owner.take_failure(operation)
        if failure is not None:
            self._fail(failure)
            return
        handler = getattr(self.owner, f"op_{operation}", None)
        if handler is None:
            answer = _envelope(
                "<s:Fault><faultcode>s:Client</faultcode>"
                f"<faultstring>{escape(operation)} is not implemented by the fake</faultstring></s:Fault>"
            )
            self.reply(500, answer, "text/xml; charset=utf-8")
            return
        with self.owner.state_lock:
            answer = _envelope(handler(request))
        self.reply(200, answer, "text/xml; charset=utf-8")

    def _fail(self, failure: _Fail) -> None:
        if failure.kind == "drop":
            self.drop()
        elif failure.kind == "busy":
            self.reply(500, _busy_fault(failure.back_off_ms), "text/xml; charset=utf-8")
        elif failure.kind == "503":
            headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after else {}
            self.reply(503, b"Service Unavailable", "text/html", headers)
        else:
            page = b"<html><body><h1>Server Error in '/' Application.</h1></body></html>"
            self.reply(500, page, "text/html")
