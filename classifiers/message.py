"""The parsed form of one message: what MIME parsing hands to the signal extractors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Attachment:
    """One attachment and the text that could be read from it."""

    filename: str | None  # RFC 2047 / RFC 2231 decoded
    content_type: str  # lower-case, e.g. "application/pdf"
    size: int  # decoded bytes
    text: str  # extracted text, "" when none
    error: str | None = None  # why no text: "encrypted", "too_large", "zip_bomb", "corrupt", ...


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """A message reduced to what the classifiers read. Never raises on bad input: see ``defects``."""

    headers: dict[str, list[str]]  # lower-case name -> decoded values, topmost first
    message_id: str | None
    subject: str
    from_name: str | None
    from_address: str | None  # as written (not yet validated); None when absent or unparseable
    reply_to: list[str]
    to: list[str]
    cc: list[str]
    date: datetime | None  # the Date: header, timezone-aware
    received_dates: list[datetime]  # timestamps of Received: headers, topmost first, tz-aware
    return_path: str | None  # "" for a null return path <>
    content_type: str  # top-level content type, lower-case
    part_types: tuple[str, ...]  # every part's content type, depth-first, lower-case
    body_text: str  # the readable body: text/plain preferred, HTML turned into text otherwise
    latest_text: str  # body_text without the quoted reply chain (forwarded content kept)
    body_from_html: bool
    attachments: tuple[Attachment, ...]
    size: int  # bytes of the raw message
    defects: tuple[str, ...] = field(default_factory=tuple)  # what was wrong with it, short codes

    @property
    def unreadable(self) -> bool:
        """Nothing usable is left: no body text, no attachment text and no subject."""
        return not (
            self.body_text.strip()
            or self.subject.strip()
            or any(a.text.strip() for a in self.attachments)
        )

    def header(self, name: str) -> str | None:
        """The topmost value of a header, or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None
