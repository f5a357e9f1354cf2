"""The email package's policies, with a header registry that builds each header class once.

`email.headerregistry.HeaderRegistry` creates a new class (`type(...)`) on every lookup: for
every header set, every header read and every max-count check. Composing and writing out one
message made about forty of them, a third of the CPU time of composing it. The classes it
builds depend only on the registered class, so they are made once here and kept; the policies
are otherwise the standard library's own.
"""

from __future__ import annotations

import secrets
import sys
from email.headerregistry import BaseHeader, HeaderRegistry
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
    "content-type", "content-transfer-encoding",
})  # fmt: skip


class _Kept(str):
    """A header value set by mailbot and kept as the string it is (see `MailbotPolicy`)."""

    __slots__ = ()


class MailbotPolicy(EmailPolicy):
    """The standard `EmailPolicy`, except for one kind of header value: one that mailbot sets
    itself (a name in `_OWN`), in ASCII, on one line short enough not to be folded. That is
    kept as the string it is, instead of being parsed into a header object only to write the
    same characters out again (about a quarter of the time of composing a reply and writing
    it out).

    Only values set through this policy are marked (`_Kept`), so a parsed message's headers
    are read exactly as the standard policy reads them. Anything else (non-ASCII, a value that
    needs folding or encoding, a line break, another name) takes the standard path, so the
    bytes written out are the same either way."""

    def header_store_parse(self, name: str, value: Any) -> tuple[str, Any]:
        if (
            type(value) is str
            and name.lower() in _OWN
            and value.isascii()
            and len(name) + 2 + len(value) <= (self.max_line_length or sys.maxsize)
            and "\r" not in value
            and "\n" not in value
        ):
            return (name, _Kept(value))
        return super().header_store_parse(name, value)

    def header_fetch_parse(self, name: str, value: Any) -> Any:
        if type(value) is _Kept:
            return str(value)
        return super().header_fetch_parse(name, value)


_REGISTRY = CachingHeaderRegistry()

default = MailbotPolicy(header_factory=_REGISTRY)
SMTP = default.clone(linesep="\r\n")
SMTPUTF8 = SMTP.clone(utf8=True)


def set_boundaries(message: EmailMessage) -> EmailMessage:
    """Give every multipart part a random boundary now.

    Left to the generator, each boundary costs a regular expression compiled for that one
    boundary (to check the text does not contain it), the slowest step of writing out a short
    reply. 128 random bits cannot be guessed by a sender, so they cannot occur in the text.

    "=_" cannot occur in quoted-printable or base64 either (RFC 2045's advice), and the boundary
    is short enough (26 characters) that the Content-Type header fits on one line, so it is
    kept as a string (`MailbotPolicy`) and never folded."""
    for part in message.walk():
        if part.is_multipart() and part.get_boundary() is None:
            part.set_boundary(f"=_{secrets.token_urlsafe(16)}==")
    return message
