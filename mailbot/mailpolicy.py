"""The email package's policies, with a header registry that builds each header class once.

`email.headerregistry.HeaderRegistry` creates a new class (`type(...)`) on every lookup: for
every header set, every header read and every max-count check. Composing and writing out one
message made about forty of them, a third of the CPU time of composing it. The classes it
builds depend only on the registered class, so they are made once here and kept; the policies
are otherwise the standard library's own.
"""

from __future__ import annotations

import secrets
from email import policy as _policy
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import EmailMessage


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


_REGISTRY = CachingHeaderRegistry()

default = _policy.default.clone(header_factory=_REGISTRY)
SMTP = _policy.SMTP.clone(header_factory=_REGISTRY)
SMTPUTF8 = _policy.SMTPUTF8.clone(header_factory=_REGISTRY)


def set_boundaries(message: EmailMessage) -> EmailMessage:
    """Give every multipart part a random boundary now.

    Left to the generator, each boundary costs a regular expression compiled for that one
    boundary (to check the text does not contain it), the slowest step of writing out a short
    reply. 128 random bits cannot be guessed by a sender, so they cannot occur in the text."""
    for part in message.walk():
        if part.is_multipart() and part.get_boundary() is None:
            part.set_boundary(f"===============mailbot.{secrets.token_hex(16)}==")
    return message
