"""A message made safe to show in a browser.

HTML goes through nh3 (the maintained Rust sanitiser, ammonia) with a short allow-list: no
scripts, styles, forms, frames or images (an image is a remote fetch that tells the sender
the message was opened). Pages are also served with a Content-Security-Policy that forbids
inline script, so a sanitiser miss still cannot run anything.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage, Message

import nh3

from classifiers.mime import parse_message

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "abbr": {"title"},
}
MAX_HTML_CHARS = 2_000_000  # beyond this the text form is shown instead


@dataclass(frozen=True)
class AttachmentInfo:
    index: int  # position among the message's parts, for the download link
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class Rendered:
    subject: str
    from_: str
    to: str
    cc: str
    date: str
    html: str | None  # sanitised; None when the message has no usable HTML part
    text: str
    attachments: tuple[AttachmentInfo, ...]


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def _parse(raw: bytes) -> EmailMessage | None:
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception:  # hostile input: fall back to the classifier's parse
        return None
    return msg if isinstance(msg, EmailMessage) else None


def _content(part: Message) -> str:
    try:
        value = part.get_content() if isinstance(part, EmailMessage) else None
        if isinstance(value, str):
            return value
    except Exception:  # a wrong charset label or broken transfer encoding
        pass
    data = part.get_payload(decode=True)
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else ""


def _parts(msg: EmailMessage) -> list[Message]:
    return list(msg.walk())


def _attachment_parts(msg: EmailMessage) -> list[tuple[int, Message]]:
    out: list[tuple[int, Message]] = []
    for index, part in enumerate(_parts(msg)):
        if part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        if disposition == "attachment" or (disposition != "inline" and part.get_filename()):
            out.append((index, part))
    return out


def _header(msg: EmailMessage, name: str) -> str:
    try:
        return str(msg.get(name, ""))
    except Exception:
        return ""


def render(raw: bytes) -> Rendered:
    parsed = parse_message(raw)  # never raises; the fallback for everything below
    msg = _parse(raw)
    html: str | None = None
    text = parsed.body_text
    attachments: list[AttachmentInfo] = []
    if msg is not None:
        try:
            body = msg.get_body(preferencelist=("html",))
            if body is not None:
                content = _content(body)
                if content and len(content) <= MAX_HTML_CHARS:
                    html = sanitise(content)
            plain = msg.get_body(preferencelist=("plain",))
            if plain is not None:
                text = _content(plain) or text
        except Exception:
            html = None
        for index, part in _attachment_parts(msg):
            data = part.get_payload(decode=True)
            attachments.append(
                AttachmentInfo(
                    index,
                    part.get_filename() or f"attachment-{index}",
                    part.get_content_type(),
                    len(data) if isinstance(data, bytes) else 0,
                )
            )
        heads = {n: _header(msg, n) for n in ("From", "To", "Cc", "Date")}
    else:
        heads = {
            "From": parsed.from_address or "",
            "To": ", ".join(parsed.to),
            "Cc": ", ".join(parsed.cc),
            "Date": parsed.date.isoformat() if parsed.date else "",
        }
    return Rendered(
        subject=parsed.subject,
        from_=heads["From"],
        to=heads["To"],
        cc=heads["Cc"],
        date=heads["Date"],
        html=html,
        text=text,
        attachments=tuple(attachments),
    )


def attachment(raw: bytes, index: int) -> tuple[str, bytes] | None:
    """One attachment's filename and bytes, by the index `render` listed it under."""
    msg = _parse(raw)
    if msg is None:
        return None
    for i, part in _attachment_parts(msg):
        if i == index:
            data = part.get_payload(decode=True)
            return part.get_filename() or f"attachment-{i}", data if isinstance(
                data, bytes
            ) else b""
    return None
