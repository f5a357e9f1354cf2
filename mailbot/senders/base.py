"""One interface for every sender. Transient and permanent failures are different paths:
a transient failure is retried with backoff; a permanent one sends the effect to the
exceptions queue (like Mailman's outgoing runner treats bounces)."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Protocol


class SendError(Exception):
    transient = True


class TransientSendError(SendError):
    """4xx, connection refused or dropped, timeout: try again later."""


class PermanentSendError(SendError):
    """5xx, recipient refused, message too big: a person must look."""

    transient = False


class Sender(Protocol):
    def send(self, message: EmailMessage, recipients: list[str]) -> None:
        """Deliver `message` (complete, with its Message-ID) to `recipients`, or raise SendError."""
        ...
