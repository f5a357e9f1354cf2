"""The email package's policies, with a header registry that builds each header class once.

`email.headerregistry.HeaderRegistry` creates a new class (`type(...)`) on every lookup: for
every header set, every header read and every max-count check. Composing and writing out one
message made about forty of them, a third of the CPU time of composing it. The classes it
builds depend only on the registered class, so they are made once here and kept; the policies
are otherwise the standard library's own.
"""

from __future__ import annotations

import re
import secrets
import sys
from email.generator import BytesGenerator
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.policy import EmailPolicy
from typing import Any


class CachingHeaderRegistry(HeaderRegistry):
    """A HeaderRegistry whose header classes are built once per registered class.

    Keyed by the registered class, not by the header name: a message's header names are the
    sender's to choose, so a cache by name could grow without bound."""

    def __init__(self) -> None:
        super().__init__()
        self._built: dict[type, type[BaseHeader]] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        cls = self.registry.get(name.lower(), self.default_class)
        built = self._built.get(cls)
        if built is None:
            built = self._built[cls] = type("_" + cls.__name__, (cls, self.base_class), {})
        return built

    def map_to_type(self, name: str, cls: type) -> None:
        super().map_to_type(name, cls)
        self._built.clear()


# The headers mailbot sets on the mail it composes from ASCII it chose: identifiers, a date,
# fixed words, a content type without long parameters.
_OWN = frozenset({
    "date", "message-id", "in-reply-to", "references", "auto-submitted",
    "x-auto-response-suppress", "x-mailbot-kind", "x-mailbot-reference", "mime-version",
    "content-type", "content-transfer-encoding", "content-disposition",
})  # fmt: skip


# Headers whose text may come from elsewhere (a sender's subject, a route's addresses, the
# mailbox's display name): kept only in the one form that the standard path writes out, and
# reads back, character for character. Anything else is parsed as before.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"  # RFC 5322 atext: no character needs quoting
_ADDR_SPEC = rf"{_ATOM}(?:\.{_ATOM})*@{_ATOM}(?:\.{_ATOM})*"
_MAILBOX = rf"(?:{_ADDR_SPEC}|{_ATOM}(?: {_ATOM})* <{_ADDR_SPEC}>)"
_ADDRESS_LIST = re.compile(rf"{_MAILBOX}(?:, {_MAILBOX})*")
_PLAIN = {
    "from": _ADDRESS_LIST,
    "to": _ADDRESS_LIST,
    "cc": _ADDRESS_LIST,
    # printable ASCII words, single spaces between: nothing to fold, encode or normalise
    "subject": re.compile(r"[!-~]+(?: [!-~]+)*"),
}


class _Kept(str):
    """A header value set through `MailbotPolicy` and kept as the string it is."""

    __slots__ = ()


class MailbotPolicy(EmailPolicy):
    """The standard `EmailPolicy`, except for one kind of header value: in ASCII, on one line
    short enough not to be folded, and either one that mailbot sets itself (a name in `_OWN`)
    or an address list or subject already in the form the standard path writes (`_PLAIN`).
    That is kept as the string it is, instead of being parsed into a header object only to
    write the same characters out again (about half of the time of composing a reply and
    writing it out: 0.97 ms against 0.49).

    Only values set through this policy are marked (`_Kept`), so a parsed message's headers
    are read exactly as the standard policy reads them. Anything else (non-ASCII, a value that
    needs folding or encoding, a line break, another name) takes the standard path, so the
    bytes written out are the same either way."""

    def header_store_parse(self, name: str, value: Any) -> tuple[str, Any]:
        # an Address as the standard path writes it (quoted where it must be)
        text = str(value) if type(value) is Address else value
        if (
            type(text) is str
            and text.isascii()
            and len(name) + 2 + len(text) <= (self.max_line_length or sys.maxsize)
        ):
            lowered = name.lower()
            plain = _PLAIN.get(lowered)
            if (
                plain is not None
                and "=?" not in text  # an encoded word would be decoded on the way in
                and plain.fullmatch(text)
            ) or (lowered in _OWN and "\r" not in text and "\n" not in text):
                return (name, _Kept(text))
        return super().header_store_parse(name, value)

    def header_fetch_parse(self, name: str, value: Any) -> Any:
        # mailbot's own values read as the strings they are; an address list or a subject
        # reads as the standard header object (its `addresses`), built now it is asked for
        if type(value) is _Kept and name.lower() not in _PLAIN:
            return str(value)
        return super().header_fetch_parse(name, value)


_REGISTRY = CachingHeaderRegistry()

default = MailbotPolicy(header_factory=_REGISTRY)
SMTP = default.clone(linesep="\r\n")
SMTPUTF8 = SMTP.clone(utf8=True)


LINE_ENDING = re.compile(r"\r\n|\r|\n")  # what the email package takes for a line ending


class Generator(BytesGenerator):
    """The standard BytesGenerator, writing each text payload in one piece.

    The standard one writes a payload line by line, two writes a line, to put its own line
    endings in: a forwarded original of a hundred lines made two hundred writes, the most
    of writing out a notification. The same line endings go in with one substitution."""

    def _write_lines(self, lines: str) -> None:
        if lines:  # while it writes, its policy is the one it writes with
            assert self.policy is not None
            self.write(LINE_ENDING.sub(self.policy.linesep, lines))


def new_boundary() -> str:
    """A random multipart boundary.

    Left to the generator, each boundary costs a regular expression compiled for that one
    boundary (to check the text does not contain it), the slowest step of writing out a short
    reply. 128 random bits cannot be guessed by a sender, so they cannot occur in the text.

    "=_" cannot occur in quoted-printable or base64 either (RFC 2045's advice), and the boundary
    is short enough (26 characters) that the Content-Type header fits on one line, so it is
    kept as a string (`MailbotPolicy`) and never folded."""
    return f"=_{secrets.token_urlsafe(16)}=="


def set_boundaries(message: EmailMessage) -> EmailMessage:
    """Give every multipart part without a boundary a random one now (`new_boundary`)."""
    for part in message.walk():
        if part.get_content_maintype() == "multipart" and part.get_boundary() is None:
            part.set_boundary(new_boundary())
    return message
