"""Outbound mail: one function per kind, each returning a complete `EmailMessage`.

The words live in Jinja2 templates under `config/templates/<kind>.txt.j2` (plain text, always)
and `<kind>.html.j2` (an HTML alternative, when the file exists). The daemon fills a small
frozen context per kind; nothing here looks anything up or decides anything. What a context
does not carry cannot leak: the contexts of the kinds sent to the original sender have no
field for a worker, a lock owner or a restriction, except the level-1 answer, which the
triage contract never produces for a restricted case.
"""

from __future__ import annotations

import binascii
import hashlib
import mimetypes
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from email import quoprimime
from email.generator import Generator
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesHeaderParser, BytesParser
from email.utils import format_datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, TemplateNotFound

from classifiers.headers import MSG_ID_RE
from classifiers.mime import header_block
from mailbot.mailpolicy import LINE_ENDING, new_boundary
from mailbot.mailpolicy import default as default_policy
from routing.decision import Decision

DEFAULT_TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "config" / "templates"

KINDS = (
    "acknowledgement", "level1_response", "request_consent", "request_form",
    "request_personal_address", "holding_reply", "notification",
)  # fmt: skip

_MAX_LINE = default_policy.max_line_length or 78
# Keeps References bounded (RFC 5322 3.6.4 allows trimming the middle of a long thread).
_MAX_REFERENCES = 30
_LINE_BREAKS = re.compile(r"[\r\n]")
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|vs|sv|fwd?|fw)\s*:\s*)+", re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# What every context shares


@dataclass(frozen=True, kw_only=True)
class Mailbox:
    """The shared mailbox that sends: From address, display name, Message-ID domain."""

    address: str
    display_name: str
    message_id_domain: str | None = None  # default: the domain of `address`

    @property
    def domain(self) -> str:
        return self.message_id_domain or self.address.rpartition("@")[2]


@dataclass(frozen=True, kw_only=True)
class Original:
    """The message being answered or forwarded. `raw` is needed only to forward it."""

    message_id: str | None
    references: tuple[str, ...] = ()
    subject: str = ""
    raw: bytes = b""

    @classmethod
    def from_bytes(cls, raw: bytes) -> Original:
        headers = _Headers(raw)
        message_id = _first_msgid(headers.get("Message-ID"))
        references = tuple(MSG_ID_RE.findall(headers.get("References")))
        subject = " ".join(headers.get("Subject").split())
        return cls(message_id=message_id, references=references, subject=subject, raw=raw)


# A header block that the parser reads as nothing but fields: each line a field name (printable
# ASCII but ":") and a colon, or a continuation (space or tab) of the field before it. The
# parser's other cases (an envelope "From " line, a first line that is a continuation, a line
# that ends the headers without an empty line) are left to the parser itself.
_FIELD = re.compile(r"([\041-\071\073-\176]+):[ \t]*")


def _fields(block: str) -> dict[str, str] | None:
    """The first raw value of each field of a plain header block, line breaks taken out, by
    lower-case name, as the parser stores them; None when the block needs the parser."""
    first: dict[str, str] = {}
    name: str | None = None
    value: list[str] = []
    for line in LINE_ENDING.split(block):  # as the parser splits lines
        if not line:  # the empty line that ends the block, or the end of the text
            break
        if line[0] in " \t":
            if name is None:
                return None
            value.append(line)
            continue
        found = _FIELD.match(line)
        if found is None:
            return None
        if name is not None:
            first.setdefault(name, "".join(value))
        name, value = found.group(1).lower(), [line[found.end() :]]
    if name is not None:
        first.setdefault(name, "".join(value))
    return first


class _Headers:
    """The first value of each header of a message, as the standard policy reads it.

    A value in plain ASCII with no encoded word reads as its own characters (line breaks
    aside), so it is taken as it is; only the others are parsed into the policy's header
    objects. Parsing every Message-ID and References header that way was most of the time
    of reading an original's headers. A plain header block (`_fields`) is split into its
    fields here, and the parser is run only for a value that needs it: the parser also
    parses every Content-Type it meets, which cost more than all the rest."""

    def __init__(self, raw: bytes) -> None:
        # the header block alone: the parser reads every line of the body even for headers
        self._block = header_block(raw)
        self._message: EmailMessage | None = None
        first = _fields(self._block.decode("ascii", "surrogateescape"))
        if first is None:
            first = {}
            for name, value in self.message.raw_items():
                first.setdefault(name.lower(), value)
        self.first = first

    @property
    def message(self) -> EmailMessage:
        """The header block parsed by the standard policy's parser, when first asked for."""
        if self._message is None:
            parsed = BytesHeaderParser(policy=default_policy).parsebytes(self._block)
            assert isinstance(parsed, EmailMessage)
            self._message = parsed
        return self._message

    def get(self, name: str) -> str:
        value = self.first.get(name.lower())
        if value is None:
            return ""
        if value.isascii() and "=?" not in value:
            return _LINE_BREAKS.sub("", value)  # as the policy unfolds (not str.splitlines)
        return str(self.message.get(name, ""))


@dataclass(frozen=True, kw_only=True)
class FormLink:
    """The casework / information-request form: a link, a file to attach, or both."""

    name: str
    url: str | None = None
    attachment: Path | None = None

    def __post_init__(self) -> None:
        if self.url is None and self.attachment is None:
            raise ValueError("a form needs a url or an attachment")


@dataclass(frozen=True, kw_only=True)
class _Outgoing:
    mailbox: Mailbox
    original: Original
    reference: str | None
    key: str | None = None  # the outbox effect key: the same key gives the same Message-ID
    sent_at: datetime | None = None  # the Date header; now when None


@dataclass(frozen=True, kw_only=True)
class _ToSender(_Outgoing):
    to: str  # the reply address the daemon chose (the secure-address check is the daemon's)
    received: date


# --------------------------------------------------------------------------------------------
# The contexts, one per kind


@dataclass(frozen=True, kw_only=True)
class AcknowledgementContext(_ToSender):
    """`dcs_casework`: the DCS statements of 002 paragraphs 16a and 17a, naming the lead."""

    due_acknowledge: date | None = None
    due_response: date | None = None
    dcs_casework: bool = False
    casework_lead: str | None = None

    def __post_init__(self) -> None:
        # a request held for a person (nonsecure_address) is acknowledged before it has a
        # reference (contract 4.10); DCS casework is only ever acknowledged with one (002, 16b)
        if self.reference is None and self.dcs_casework:
            raise ValueError("a DCS acknowledgement carries the reference")
        if self.dcs_casework and not self.casework_lead:
            raise ValueError("the DCS acknowledgement names the casework lead (002, 17a)")


@dataclass(frozen=True, kw_only=True)
class Level1Answer:
    """One child or family asked about (004): not known, the allocated worker, or closed."""

    about: str | None  # how the sender named them; None: "the child or family you asked about"
    status: Literal["not_known", "allocated", "closed"]
    worker_name: str | None = None
    worker_contact: str | None = None
    closed_on: date | None = None

    def __post_init__(self) -> None:
        if self.status == "allocated" and not self.worker_name:
            raise ValueError("an allocated answer names the worker")
        if self.status == "closed" and self.closed_on is None:
            raise ValueError("a closed answer gives the closure date")


@dataclass(frozen=True, kw_only=True)
class Level1ResponseContext(_ToSender):
    answers: tuple[Level1Answer, ...]

    def __post_init__(self) -> None:
        if not self.answers:
            raise ValueError("a level-1 response answers at least one question")


@dataclass(frozen=True, kw_only=True)
class RequestConsentContext(_ToSender):
    form: FormLink | None = None  # 004: the form and guidance go too when it was not used


@dataclass(frozen=True, kw_only=True)
class RequestFormContext(_ToSender):
    form: FormLink


@dataclass(frozen=True, kw_only=True)
class RequestPersonalAddressContext(_ToSender):
    pass


@dataclass(frozen=True, kw_only=True)
class HoldingReplyContext(_ToSender):
    """002 paragraph 19: the reason for the delay and when a full reply will be given."""

    reason: str
    full_reply_by: date
    working_days: int = 20


@dataclass(frozen=True, kw_only=True)
class NotificationContext(_Outgoing):
    """Internal: to the route's recipients, the original attached. `locked`: 001 Appendix 2
    (to the lock owner, Cc the R&A team, stating that the case was locked)."""

    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    urgent: bool
    urgency_reason: str | None = None
    route: str
    category: str
    explanation: tuple[str, ...] = ()
    received: datetime | None = None
    due_acknowledge: date | None = None
    due_response: date | None = None
    locked: bool = False

    def __post_init__(self) -> None:
        if not self.to:
            raise ValueError("a notification needs at least one recipient")
        if not self.original.raw:
            raise ValueError("a notification forwards the original: Original.raw is empty")

    @classmethod
    def from_decision(
        cls,
        decision: Decision,
        *,
        mailbox: Mailbox,
        raw: bytes,
        to: tuple[str, ...],
        cc: tuple[str, ...] = (),
        locked: bool = False,
        key: str | None = None,
    ) -> NotificationContext:
        return cls(
            mailbox=mailbox, original=Original.from_bytes(raw), reference=decision.reference,
            to=to, cc=cc, urgent=decision.urgent, urgency_reason=decision.urgency_reason,
            route=decision.route, category=decision.category, explanation=decision.explanation,
            received=decision.received, due_acknowledge=decision.due_acknowledge,
            due_response=decision.due_response, locked=locked, key=key,
        )  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class CaseNoteContext:
    person_id: str
    reference: str | None
    category: str
    received: datetime | None
    mailbox: str  # the configured mailbox name
    route: str
    actions: tuple[str, ...]
    urgent: bool = False
    urgency_reason: str | None = None
    consent: str | None = None
    consent_basis: str | None = None
    irr_level: int | None = None
    raw: bytes

    @classmethod
    def from_decision(cls, decision: Decision, *, person_id: str, raw: bytes) -> CaseNoteContext:
        return cls(
            person_id=person_id, reference=decision.reference, category=decision.category,
            received=decision.received, mailbox=decision.mailbox, route=decision.route,
            actions=decision.actions, urgent=decision.urgent,
            urgency_reason=decision.urgency_reason, consent=decision.consent,
            consent_basis=decision.consent_basis, irr_level=decision.irr_level, raw=raw,
        )  # fmt: skip


@dataclass(frozen=True)
class CaseNote:
    """A record for the case-note sink: the original's bytes and a sidecar."""

    raw: bytes
    sidecar: dict[str, Any]

    @property
    def message(self) -> EmailMessage:
        """The original parsed, for a sink that mails it on. Parsed when asked: the folder sink
        writes the bytes as they are, and parsing every note cost more than writing it."""
        message = BytesParser(policy=default_policy).parsebytes(self.raw)
        assert isinstance(message, EmailMessage)
        return message


# --------------------------------------------------------------------------------------------
# Templates


def long_date(value: date | datetime) -> str:
    """'Tuesday 6 January 2026', the form UK correspondence uses."""
    return f"{value:%A} {value.day} {value:%B %Y}"


class Templates:
    """The Jinja2 templates of one directory; plain text with an optional HTML alternative."""

    def __init__(self, directory: Path = DEFAULT_TEMPLATE_DIR) -> None:
        self.directory = directory
        self._env = Environment(
            loader=FileSystemLoader(str(directory)),
            undefined=StrictUndefined,
            autoescape=lambda name: bool(name and name.endswith(".html.j2")),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self._env.filters["long_date"] = long_date
        # Each kind's templates, loaded once: Jinja2 looks at the file's time on every use,
        # and for a kind without an HTML template it looks for the file every time (a missing
        # template is not cached). A changed template is read when the daemon restarts.
        self._loaded: dict[str, tuple[Template, Template | None]] = {}

    def _templates(self, kind: str) -> tuple[Template, Template | None]:
        loaded = self._loaded.get(kind)
        if loaded is None:
            text = self._env.get_template(f"{kind}.txt.j2")
            try:
                html: Template | None = self._env.get_template(f"{kind}.html.j2")
            except TemplateNotFound:
                html = None
            loaded = self._loaded[kind] = (text, html)
        return loaded

    def render(self, kind: str, values: Mapping[str, Any]) -> tuple[str, str | None]:
        text, html = self._templates(kind)
        return text.render(values), None if html is None else html.render(values)


@cache
def default_templates() -> Templates:
    return Templates()


# --------------------------------------------------------------------------------------------
# Headers


def reply_subject(reference: str | None, subject: str) -> str:
    """'[CASS-2026-000042] Re: original subject', without doubling the tag or the Re:."""
    base = " ".join(subject.split())
    if reference:
        base = " ".join(base.replace(f"[{reference}]", " ").split())
    if not base:
        base = "Re: your email"
    elif not re.match(r"re\s*:", base, re.IGNORECASE):
        base = f"Re: {base}"
    return f"[{reference}] {base}" if reference else base


def notification_subject(reference: str | None, subject: str, urgent: bool) -> str:
    """'URGENT [REF] Fwd: subject' or 'None urgent [REF] Fwd: subject' (004)."""
    base = _REPLY_PREFIX.sub("", " ".join(subject.split()))
    if reference:
        base = " ".join(base.replace(f"[{reference}]", " ").split())
    marker = "URGENT" if urgent else "None urgent"
    tag = f" [{reference}]" if reference else ""
    return f"{marker}{tag} Fwd: {base or '(no subject)'}"


def message_id_for(domain: str, key: str | None) -> str:
    """A stable Message-ID for an outbox key (a retry re-sends the same one), else a new one.
    96 bits either way, short enough that the header stays on one line for most domains."""
    if key is None:
        return f"<mailbot.{secrets.token_hex(12)}@{domain}>"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return f"<mailbot.{digest}@{domain}>"


def _first_msgid(value: str) -> str | None:
    found = MSG_ID_RE.search(value)
    return found.group(0) if found else None


def _references(original: Original) -> tuple[str, ...]:
    chain = list(original.references)
    if original.message_id and original.message_id not in chain:
        chain.append(original.message_id)
    if len(chain) > _MAX_REFERENCES:
        chain = [chain[0], *chain[-(_MAX_REFERENCES - 1) :]]
    return tuple(chain)


def _values(context: object) -> dict[str, Any]:
    # Field by field (not asdict) so nested dataclasses stay objects for the templates.
    return {f.name: getattr(context, f.name) for f in fields(context)}  # type: ignore[arg-type]


@cache
def _from_address(display_name: str, address: str) -> Address:
    # built once per mailbox: an Address parses its addr_spec, a tenth of composing a reply
    return Address(display_name=display_name, addr_spec=address)


def _encoded_text(text: str) -> tuple[str, str]:
    """The Content-Transfer-Encoding and payload that `set_content(text)` chooses for UTF-8
    text under mailbot's policy (lines of up to 78 bytes, 8-bit allowed): 7bit or 8bit
    when every line fits, else quoted-printable or base64, whichever the first ten lines
    say is shorter. Tested to give what the email package gives."""
    lines = text.encode("utf-8").splitlines()
    body = b"\n".join(lines) + b"\n"
    if max((len(line) for line in lines), default=0) <= _MAX_LINE:
        return ("7bit", body.decode("ascii")) if body.isascii() else (
            "8bit", body.decode("ascii", "surrogateescape")
        )  # fmt: skip
    sniff = b"\n".join(lines[:10]) + b"\n"
    if len(quoprimime.body_encode(sniff.decode("latin-1"), _MAX_LINE)) > len(
        binascii.b2a_base64(sniff)
    ):
        step = _MAX_LINE // 4 * 3  # bytes a line of base64 holds
        return "base64", "".join(
            binascii.b2a_base64(body[i : i + step]).decode("ascii")
            for i in range(0, len(body), step)
        )
    return "quoted-printable", quoprimime.body_encode(body.decode("latin-1"), _MAX_LINE)


def _set_text(part: EmailMessage, text: str, subtype: str, mime_version: bool = True) -> None:
    """`part.set_content(text, subtype=subtype)`, in the same headers in the same order,
    without the policy parsing each header it writes only to read it back. Without
    `mime_version`: the part as `add_alternative` leaves the first of two, without one."""
    cte, payload = _encoded_text(text)
    part["Content-Type"] = f'text/{subtype}; charset="utf-8"'
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    if mime_version and "MIME-Version" not in part:
        part["MIME-Version"] = "1.0"


def _set_body(message: EmailMessage, text: str, html: str | None) -> None:
    """`message.set_content(text)`, then `add_alternative(html, subtype="html")` when there
    is HTML: the same parts and headers, built directly."""
    if html is None:
        _set_text(message, text, "plain")
        return
    plain = EmailMessage(policy=default_policy)
    _set_text(plain, text, "plain", mime_version=False)
    alternative = EmailMessage(policy=default_policy)
    _set_text(alternative, html, "html")
    message["MIME-Version"] = "1.0"
    message["Content-Type"] = f'multipart/alternative; boundary="{new_boundary()}"'
    message.set_payload([plain, alternative])


def _new_message(
    kind: str,
    out: _Outgoing,
    subject: str,
    to: tuple[str, ...],
    cc: tuple[str, ...],
    auto_submitted: str,
    templates: Templates,
    values: Mapping[str, Any],
) -> EmailMessage:
    message = EmailMessage(policy=default_policy)
    message["From"] = _from_address(out.mailbox.display_name, out.mailbox.address)
    message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    message["Subject"] = subject
    message["Date"] = format_datetime(out.sent_at or datetime.now(UTC))
    message["Message-ID"] = message_id_for(out.mailbox.domain, out.key)
    references = _references(out.original)
    if out.original.message_id:
        message["In-Reply-To"] = out.original.message_id
    if references:
        message["References"] = " ".join(references)
    message["Auto-Submitted"] = auto_submitted  # RFC 3834
    message["X-Auto-Response-Suppress"] = "All"  # Exchange: no out-of-office replies to us
    message["X-Mailbot-Kind"] = kind
    if out.reference:
        message["X-Mailbot-Reference"] = out.reference
    text, html = templates.render(kind, values)
    _set_body(message, text, html)
    return message


def _to_sender(kind: str, context: _ToSender, templates: Templates | None) -> EmailMessage:
    subject = reply_subject(context.reference, context.original.subject)
    values = {**_values(context), "subject": subject}
    return _new_message(
        kind, context, subject, (context.to,), (), "auto-replied",
        templates or default_templates(), values,
    )  # fmt: skip


def _attach_form(message: EmailMessage, form: FormLink | None) -> None:
    if form is None or form.attachment is None:
        return
    data = form.attachment.read_bytes()
    mime, _ = mimetypes.guess_type(form.attachment.name)
    maintype, _, subtype = (mime or "application/octet-stream").partition("/")
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=form.attachment.name)


# --------------------------------------------------------------------------------------------
# One function per kind


def acknowledgement(
    context: AcknowledgementContext, templates: Templates | None = None
) -> EmailMessage:
    return _to_sender("acknowledgement", context, templates)


def level1_response(
    context: Level1ResponseContext, templates: Templates | None = None
) -> EmailMessage:
    return _to_sender("level1_response", context, templates)


def request_consent(
    context: RequestConsentContext, templates: Templates | None = None
) -> EmailMessage:
    message = _to_sender("request_consent", context, templates)
    _attach_form(message, context.form)
    return message


def request_form(context: RequestFormContext, templates: Templates | None = None) -> EmailMessage:
    message = _to_sender("request_form", context, templates)
    _attach_form(message, context.form)
    return message


def request_personal_address(
    context: RequestPersonalAddressContext, templates: Templates | None = None
) -> EmailMessage:
    return _to_sender("request_personal_address", context, templates)


def holding_reply(context: HoldingReplyContext, templates: Templates | None = None) -> EmailMessage:
    return _to_sender("holding_reply", context, templates)


def notification(context: NotificationContext, templates: Templates | None = None) -> EmailMessage:
    subject = notification_subject(context.reference, context.original.subject, context.urgent)
    values = {**_values(context), "subject": subject}
    message = _new_message(
        "notification", context, subject, context.to, context.cc, "auto-generated",
        templates or default_templates(), values,
    )  # fmt: skip
    if context.urgent:
        # 001 Appendix 2: child-protection contacts are "marked urgent"; what mail clients show.
        message["Importance"] = "high"
        message["X-Priority"] = "1 (Highest)"
        message["Priority"] = "urgent"
    message.make_mixed()  # attach the part as it is: add_attachment would wrap it again
    message.attach(forwarded_original(context.original.raw))
    return message


class RawMessage(EmailMessage):
    """A message that the generator writes out exactly as received.

    The email package would re-fold the headers of a parsed message and re-encode its body;
    this one has no parsed headers and reports a content type that the generator writes as
    plain lines, so its bytes go out unchanged (line endings aside: the generator's own, CRLF
    on the wire). It relies on the generator's documented hook, a message's own
    `_write_headers`.
    """

    def __init__(self, raw: bytes) -> None:
        super().__init__(policy=default_policy)
        self.raw = raw
        self.set_payload(raw.decode("ascii", "surrogateescape"))

    def get_content_type(self) -> str:
        return "application/x-mailbot-raw"

    def get_content_maintype(self) -> str:
        return "application"

    def get_content_subtype(self) -> str:
        return "x-mailbot-raw"

    def _write_headers(self, generator: Generator) -> None:
        pass  # the headers are in the payload, as received


def forwarded_original(raw: bytes) -> EmailMessage:
    """A message/rfc822 part holding the original's bytes, unchanged."""
    part = EmailMessage(policy=default_policy)
    part["Content-Type"] = "message/rfc822"
    part["Content-Disposition"] = 'attachment; filename="original.eml"'
    # RFC 2046 5.2.1: no base64 for message/rfc822; 8bit needs the server's 8BITMIME.
    part["Content-Transfer-Encoding"] = "7bit" if raw.isascii() else "8bit"
    part.set_payload([RawMessage(raw)])
    return part


def case_note(context: CaseNoteContext) -> CaseNote:
    """Not mail to send: the original and a JSON-able sidecar for the case-note sink."""
    headers = _Headers(context.raw)
    sidecar: dict[str, Any] = {
        "person_id": context.person_id,
        "reference": context.reference,
        "category": context.category,
        "received": context.received.isoformat() if context.received else None,
        "mailbox": context.mailbox,
        "message_id": _first_msgid(headers.get("Message-ID")),
        "sha256": hashlib.sha256(context.raw).hexdigest(),
        "decision": {
            "route": context.route,
            "actions": list(context.actions),
            "urgent": context.urgent,
            "urgency_reason": context.urgency_reason,
            "consent": context.consent,
            "consent_basis": context.consent_basis,
            "irr_level": context.irr_level,
        },
    }
    return CaseNote(raw=context.raw, sidecar=sidecar)
