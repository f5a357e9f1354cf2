"""Raw RFC 5322 bytes to a ParsedMessage.

``parse_message`` never raises and is bounded in time and memory on any input; whatever
was wrong with the message is reported in ``ParsedMessage.defects`` as short codes.

The stdlib parser is used with the compat32 policy: the modern ``email.policy.default``
parses every header into objects and is several times slower, and its strictness is
what we want least on hostile input. Header decoding is done here instead.
"""

from __future__ import annotations

import binascii
import re
import warnings
from datetime import UTC, datetime
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from classifiers.attachments import Budget, extract_attachment
from classifiers.message import Attachment, ParsedMessage
from classifiers.text import decode_bytes, html_to_text, normalise_whitespace, split_quoted

__all__ = [
    "MAX_BODY_CHARS",
    "MAX_DEPTH",
    "MAX_HEADERS",
    "MAX_MESSAGE_BYTES",
    "MAX_PARTS",
    "parse_message",
    "parse_nested",
]

# A message bigger than this is parsed for its headers only (defect "too_large").
MAX_MESSAGE_BYTES = 40 * 1024 * 1024
# MIME nesting deeper than this is not descended into (defect "too_deep").
MAX_DEPTH = 20
# Parts beyond this many are ignored (defect "too_many_parts").
MAX_PARTS = 500
# Headers beyond this many are ignored (defect "too_many_headers"); each value is cut.
MAX_HEADERS = 1000
MAX_HEADER_CHARS = 64 * 1024
# The header block alone, when no blank line ends it sooner.
MAX_HEADER_BLOCK_BYTES = 1024 * 1024
# The stdlib parser builds every part before we see any: a message of a million empty
# parts costs gigabytes. Past this many boundary-like lines the rest of the raw message is
# dropped before parsing (defect "too_many_parts").
MAX_BOUNDARY_LINES = 2 * MAX_PARTS
# body_text is cut at this many characters (defect "body_truncated").
MAX_BODY_CHARS = 1_000_000

_PARSER = BytesParser(policy=compat32)
# an empty line, with line endings as the parser splits them ("\r\n" is one, never two)
_HEADER_END = re.compile(rb"(?:\r\n|\r(?!\n)|\n)(?:\r\n|\r(?!\n)|\n)")


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse one raw message. Never raises; see the module constants for the limits."""
    return parse_nested(raw, nesting=0, budget=None)


def parse_nested(raw: bytes, *, nesting: int, budget: Budget | None) -> ParsedMessage:
    """parse_message for a message found inside another (message/rfc822, .eml):
    ``nesting`` is how deep it is and ``budget`` the work left for the outer message."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raw = b""
    raw = bytes(raw)
    try:
        return _parse(raw, nesting, budget if budget is not None else Budget())
    except Exception as exc:  # last line of defence (RecursionError included)
        return _empty(raw, ("parse_error", f"parse_error:{type(exc).__name__}"))


def _empty(raw: bytes, defects: tuple[str, ...]) -> ParsedMessage:
    return ParsedMessage(
        headers={},
        message_id=None,
        subject="",
        from_name=None,
        from_address=None,
        reply_to=[],
        to=[],
        cc=[],
        date=None,
        received_dates=[],
        return_path=None,
        content_type="text/plain",
        part_types=(),
        body_text="",
        latest_text="",
        body_from_html=False,
        attachments=(),
        size=len(raw),
        defects=defects,
    )


class _State:
    """What the tree walk collects."""

    def __init__(self, nesting: int, budget: Budget) -> None:
        self.nesting = nesting
        self.budget = budget
        self.defects: list[str] = []
        self.part_types: list[str] = []
        self.body: list[str] = []
        self.body_from_html = False
        self.attachments: list[Attachment] = []
        self.parts = 0

    def defect(self, code: str) -> None:
        if code not in self.defects:
            self.defects.append(code)


def _parse(raw: bytes, nesting: int, budget: Budget) -> ParsedMessage:
    state = _State(nesting, budget)
    if not raw.strip():
        return _empty(raw, ("empty",))
    headers_only = len(raw) > MAX_MESSAGE_BYTES
    if headers_only:
        state.defect("too_large")
        to_parse = header_block(raw, MAX_HEADER_BLOCK_BYTES)
    else:
        to_parse = _cut_boundaries(raw, state)
    with warnings.catch_warnings():
        # The stdlib may warn (e.g. uu is deprecated); never let a warnings filter turn
        # that into a failed parse.
        warnings.simplefilter("ignore")
        try:
            msg = _PARSER.parsebytes(to_parse)
            headers = _decode_headers(msg, state)
            if not headers_only:
                _walk(msg, 0, state)
            else:
                state.part_types.append(msg.get_content_type())
        except Exception as exc:  # e.g. RecursionError in the stdlib parser: keep headers
            state = _State(nesting, budget)
            state.defect("parse_error")
            state.defect(f"parse_error:{type(exc).__name__}")
            msg = _PARSER.parsebytes(header_block(raw, MAX_HEADER_BLOCK_BYTES), headersonly=True)
            headers = _decode_headers(msg, state)
            state.part_types.append(msg.get_content_type())

    if not headers:
        state.defect("no_headers")
    body = normalise_whitespace("\n\n".join(b for b in state.body if b.strip()))
    if len(body) > MAX_BODY_CHARS:
        body = body[:MAX_BODY_CHARS]
        state.defect("body_truncated")
    latest, _quoted = split_quoted(body)

    from_name, from_address = _from(headers, state)
    return ParsedMessage(
        headers=headers,
        message_id=_first(headers, "message-id"),
        subject=_first(headers, "subject") or "",
        from_name=from_name,
        from_address=from_address,
        reply_to=_addresses(msg, "reply-to"),
        to=_addresses(msg, "to"),
        cc=_addresses(msg, "cc"),
        date=_date(_first(headers, "date")),
        received_dates=_received_dates(headers.get("received", [])),
        return_path=_return_path(_first(headers, "return-path")),
        content_type=msg.get_content_type(),
        part_types=tuple(state.part_types),
        body_text=body,
        latest_text=latest,
        body_from_html=state.body_from_html,
        attachments=tuple(state.attachments),
        size=len(raw),
        defects=tuple(state.defects),
    )


def header_block(raw: bytes, limit: int | None = None) -> bytes:
    """The header block through its empty line, as the parser finds it (all of `raw` when it
    has none), looked for in and cut to the first `limit` bytes."""
    end = len(raw) if limit is None else limit
    match = _HEADER_END.search(raw, 0, end)
    return raw[: match.end()] if match else raw[:end]


def _cut_boundaries(raw: bytes, state: _State) -> bytes:
    """Drop the raw message after MAX_BOUNDARY_LINES lines that could be MIME boundaries."""
    if raw.count(b"\n--") <= MAX_BOUNDARY_LINES:
        return raw
    state.defect("too_many_parts")
    pos = -1
    for _ in range(MAX_BOUNDARY_LINES + 1):
        pos = raw.find(b"\n--", pos + 1)
    return raw[:pos]


# --- Headers ------------------------------------------------------------------------------

_FOLD = re.compile(r"\r?\n(?=[ \t])")
_NEWLINES = re.compile(r"[\r\n]+")
# Encoded words, leniently: broken senders put spaces and "?" in the text of Q words.
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,60})\?([bBqQ])\?(.*?)\?=")


def _unfold(value: str) -> str:
    return _NEWLINES.sub(" ", _FOLD.sub("", value)).strip()


def _raw_to_str(value: str) -> str:
    """compat32 keeps undecodable header bytes as surrogates: decode them as UTF-8 when
    they are UTF-8 (RFC 6532 mail), as windows-1252 otherwise."""
    if value.isascii():
        return value
    try:
        data = value.encode("utf-8", "surrogateescape")
    except UnicodeError:
        return value.encode("utf-8", "replace").decode("utf-8")
    text, _defect = decode_bytes(data, None)
    return text


def _decode_word(charset: str, encoding: str, payload: str) -> bytes:
    if encoding in "bB":
        # Tolerate missing padding and stray characters.
        cleaned = re.sub(r"[^A-Za-z0-9+/]", "", payload)
        cleaned += "=" * (-len(cleaned) % 4)
        try:
            return binascii.a2b_base64(cleaned)
        except (binascii.Error, ValueError):
            return payload.encode("ascii", "replace")
    data = payload.replace("_", " ").encode("ascii", "replace")
    try:
        return binascii.a2b_qp(data)
    except (binascii.Error, ValueError):
        return data


def decode_header_value(value: str, defects: list[str] | None = None) -> str:
    """RFC 2047 decoding that survives broken encoded words and unknown charsets."""
    value = _raw_to_str(_unfold(value))
    if "=?" not in value:
        return value
    out: list[str] = []
    pos = 0
    pending: bytes = b""
    pending_charset: str | None = None

    def flush() -> None:
        nonlocal pending, pending_charset
        if pending_charset is not None:
            text, defect = decode_bytes(pending, pending_charset)
            out.append(text)
            if defect and defects is not None and defect not in defects:
                defects.append(defect)
        pending, pending_charset = b"", None

    for match in _ENCODED_WORD.finditer(value):
        gap = value[pos : match.start()]
        charset = match.group(1).split("*", 1)[0].lower()
        word = _decode_word(charset, match.group(2), match.group(3))
        # Whitespace between adjacent encoded words is not part of the text (RFC 2047 6.2);
        # adjacent words in one charset are joined as bytes, as a character may be split.
        if gap and not (pending_charset is not None and gap.isspace()):
            flush()
            out.append(gap)
        if pending_charset is not None and pending_charset != charset:
            flush()
        pending_charset = charset
        pending += word
        pos = match.end()
    flush()
    out.append(value[pos:])
    return "".join(out)


def _decode_headers(msg: Message, state: _State) -> dict[str, list[str]]:
    headers: dict[str, list[str]] = {}
    for index, (name, value) in enumerate(msg.raw_items()):
        if index >= MAX_HEADERS:
            state.defect("too_many_headers")
            break
        if not isinstance(value, str):
            value = str(value)
        if len(value) > MAX_HEADER_CHARS:
            value = value[:MAX_HEADER_CHARS]
            state.defect("header_truncated")
        key = _raw_to_str(name).strip().lower()
        headers.setdefault(key, []).append(decode_header_value(value, state.defects))
    return headers


def _first(headers: dict[str, list[str]], name: str) -> str | None:
    values = headers.get(name)
    if not values:
        return None
    return values[0].strip()


def _raw_header(msg: Message, name: str) -> list[str]:
    """Unfolded raw values (encoded words still encoded), for address parsing: decoding
    first would let an encoded comma in a display name split the address list."""
    out: list[str] = []
    for index, (key, value) in enumerate(msg.raw_items()):
        if index >= MAX_HEADERS:
            break
        if key.lower() == name:
            out.append(_raw_to_str(_unfold(str(value)[:MAX_HEADER_CHARS])))
    return out


def _addresses(msg: Message, name: str) -> list[str]:
    values = _raw_header(msg, name)
    if not values:
        return []
    try:
        pairs = getaddresses(values)
    except Exception:
        return []
    return [addr.strip() for _name, addr in pairs if addr.strip()]


def _from(headers: dict[str, list[str]], state: _State) -> tuple[str | None, str | None]:
    values = headers.get("from")
    if not values:
        state.defect("no_from")
        return None, None
    return _parse_from(values[0], state)


def _parse_from(value: str, state: _State) -> tuple[str | None, str | None]:
    # The value is already RFC 2047-decoded; a decoded display name may contain commas
    # or quotes, so look for the angle-bracket address first.
    value = value.strip()
    angle = re.search(r"<([^<>]*)>\s*$", value)
    if angle:
        address = angle.group(1).strip()
        name = value[: angle.start()].strip().strip('"').strip()
        return (name or None), (address or None)
    try:
        name, address = parseaddr(value)
    except Exception:
        name, address = "", ""
    if "@" not in address:
        # A bare display name ("From: Jane") or junk: keep the words, not as an address.
        state.defect("from_unparseable")
        words = value.strip('"').strip()
        plausible = words and not any(c in words for c in "@<>:;,")
        return (words if plausible else None), None
    return (name.strip() or None), address.strip()


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return _aware(parsedate_to_datetime(value))
    except Exception:  # TypeError/ValueError/OverflowError on junk dates
        return None


def _received_dates(values: list[str]) -> list[datetime]:
    out: list[datetime] = []
    for value in values:
        if ";" not in value:
            continue
        when = _date(value.rsplit(";", 1)[1].strip())
        if when is not None:
            out.append(when)
    return out


def _return_path(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if value in ("", "<>"):
        return ""
    angle = re.search(r"<([^<>]*)>", value)
    if angle:
        return angle.group(1).strip()
    return value


# --- Body and attachments --------------------------------------------------------------------

_DEFECT_NAME = re.compile(r"(?<!^)(?=[A-Z])")


def _defect_code(defect: object) -> str:
    name = type(defect).__name__
    if name.endswith("Defect"):
        name = name[: -len("Defect")]
    return _DEFECT_NAME.sub("_", name).lower()


def _filename(part: Message) -> str | None:
    """RFC 2231 (via the stdlib) then RFC 2047 (which many clients use, wrongly)."""
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if name is None:
        try:
            raw = part.get_param("name")
        except Exception:
            raw = None
        if isinstance(raw, tuple):  # RFC 2231 triple on Content-Type
            try:
                name = str(raw[2]).encode("latin-1", "replace").decode(raw[0] or "utf-8")
            except (LookupError, UnicodeError):
                name = str(raw[2])
        elif isinstance(raw, str):
            name = raw
    if name is None:
        return None
    name = decode_header_value(name).strip()
    return name or None


def _charset(part: Message) -> str | None:
    try:
        charset = part.get_param("charset")
    except Exception:
        return None
    if isinstance(charset, tuple):
        charset = charset[2]
    return str(charset) if charset else None


def _payload(part: Message, state: _State) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        state.defect("undecodable_payload")
        return b""
    if isinstance(data, bytes):
        return data
    return b""


def _is_attachment(part: Message, content_type: str, filename: str | None, depth: int) -> bool:
    disposition = (part.get("content-disposition") or "").split(";", 1)[0].strip().lower()
    if disposition == "attachment":
        return True
    if content_type not in ("text/plain", "text/html"):
        return True
    # A named text part is a file unless the sender explicitly shows it inline.
    # The top-level part is the body even when named.
    return depth > 0 and filename is not None and disposition != "inline"


def _walk(part: Message, depth: int, state: _State) -> None:
    state.parts += 1
    if state.parts > MAX_PARTS:
        state.defect("too_many_parts")
        return
    for defect in getattr(part, "defects", []):
        state.defect(_defect_code(defect))
    content_type = part.get_content_type()
    state.part_types.append(content_type)

    if part.is_multipart():
        if depth >= MAX_DEPTH:
            state.defect("too_deep")
            return
        children = [c for c in part.get_payload() if isinstance(c, Message)]
        if content_type == "message/rfc822" or part.get_content_maintype() == "message":
            _attach_message(part, children, depth, state)
            return
        if content_type == "multipart/alternative":
            chosen = _choose_alternative(children)
            for child in children:
                if child is chosen:
                    _walk(child, depth + 1, state)
                else:
                    _record_types(child, depth + 1, state)
            return
        for child in children:
            _walk(child, depth + 1, state)
        return

    if part.get_content_maintype() == "multipart":
        # Declared multipart but the parser found no boundary: read it as text.
        state.defect("multipart_without_parts")
        _add_body(_payload(part, state), _charset(part), "text/plain", state)
        return

    filename = _filename(part)
    if _is_attachment(part, content_type, filename, depth):
        data = _payload(part, state)
        state.attachments.append(
            extract_attachment(
                data,
                content_type,
                filename,
                charset=_charset(part),
                nesting=state.nesting,
                budget=state.budget,
            )
        )
        return
    _add_body(_payload(part, state), _charset(part), content_type, state)


def _record_types(part: Message, depth: int, state: _State) -> None:
    """An alternative not chosen as body: its parts still count in part_types."""
    state.parts += 1
    if state.parts > MAX_PARTS or depth > MAX_DEPTH:
        return
    state.part_types.append(part.get_content_type())
    if part.is_multipart():
        for child in part.get_payload():
            if isinstance(child, Message):
                _record_types(child, depth + 1, state)


def _choose_alternative(children: list[Message]) -> Message | None:
    """text/plain when it has content, else HTML, else the richest remaining alternative."""
    plain = [c for c in children if c.get_content_type() == "text/plain"]
    for child in plain:
        try:
            payload = child.get_payload(decode=True)
        except Exception:
            payload = None
        if isinstance(payload, bytes) and payload.strip():
            return child
    for child in children:
        if child.get_content_type() == "text/html":
            return child
    # e.g. multipart/related (HTML with its images) as the last alternative.
    for child in reversed(children):
        if child.is_multipart():
            return child
    return children[-1] if children else None


def _add_body(data: bytes, charset: str | None, content_type: str, state: _State) -> None:
    text, defect = decode_bytes(data, charset)
    if defect:
        state.defect(defect)
    if content_type == "text/html":
        if state.budget.html_chars <= 0:
            state.defect("html_budget_exhausted")
            return
        if len(text) > state.budget.html_chars:
            state.defect("html_truncated")
        text = text[: state.budget.html_chars]
        state.budget.html_chars -= len(text)
        text = html_to_text(text)
        if text.strip():
            state.body_from_html = True
    state.body.append(text)


def _attach_message(part: Message, children: list[Message], depth: int, state: _State) -> None:
    """A message/rfc822 part: serialise the parsed inner message back to bytes and read it
    as a forwarded message."""
    for child in children:
        _record_types(child, depth + 1, state)
    filename = _filename(part)
    try:
        data = children[0].as_bytes() if children else b""
    except Exception:
        state.attachments.append(Attachment(filename, "message/rfc822", 0, "", error="corrupt"))
        return
    state.attachments.append(
        extract_attachment(
            data, "message/rfc822", filename, nesting=state.nesting, budget=state.budget
        )
    )
