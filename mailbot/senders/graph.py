"""Sending through Microsoft Graph as raw MIME, so the headers mailbot sets (Message-ID,
In-Reply-To, References, Auto-Submitted) reach the recipient as written.

`POST /users/{mailbox}/sendMail` with the base64 MIME as a `text/plain` body; Graph saves a
copy in Sent Items. Graph has no idempotency key: a connection lost after Graph accepted the
message and before its 202 arrived looks transient, and the retry sends a second copy with
the same Message-ID. That window is small and the duplicate is recognisable; it cannot be
closed from this side.
"""

from __future__ import annotations

import base64
import copy
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import getaddresses

from mailbot.senders.base import PermanentSendError, TransientSendError
from mailbot.sources.base import AuthenticationFailed, SourceUnavailable
from mailbot.sources.graph import GraphClient, GraphError


def mime_for_recipients(message: EmailMessage, recipients: Sequence[str]) -> bytes:
    """The message as CRLF bytes for a service that takes recipients from the headers
    (EWS CreateItem and Graph sendMail with MIME): a recipient missing from To/Cc/Bcc is
    added as Bcc; an address in those headers but not in `recipients` is refused, because
    the service would deliver to it."""
    if not recipients:
        raise PermanentSendError("no recipients")
    headed = {
        address.casefold()
        for _, address in getaddresses(
            [str(v) for name in ("To", "Cc", "Bcc") for v in message.get_all(name, [])]
        )
        if address
    }
    wanted = {r.casefold() for r in recipients}
    unasked = headed - wanted
    if unasked:
        raise PermanentSendError(
            f"{len(unasked)} address(es) in To/Cc/Bcc are not among the recipients; this "
            "service delivers to the headers, so the message would reach them"
        )
    extra = [r for r in dict.fromkeys(recipients) if r.casefold() not in headed]
    if extra:
        message = copy.deepcopy(message)
        bcc = [str(v) for v in message.get_all("Bcc", [])]
        del message["Bcc"]
        message["Bcc"] = ", ".join([*bcc, *extra])
    return message.as_bytes(policy=message.policy.clone(linesep="\r\n"))


class GraphSender:
    """Sends as the client's mailbox. Share the GraphClient with the mailbox's source so the
    4-concurrent-requests limit covers both."""

    def __init__(self, client: GraphClient) -> None:
        self.client = client

    def send(self, message: EmailMessage, recipients: list[str]) -> None:
        raw = mime_for_recipients(message, recipients)
        try:
            self.client.request(
                "POST",
                "/sendMail",
                content=base64.b64encode(raw),
                headers={"Content-Type": "text/plain"},
                what="sendMail",
            )
        except AuthenticationFailed as exc:
            raise PermanentSendError(str(exc)) from exc
        except SourceUnavailable as exc:
            raise TransientSendError(str(exc)) from exc
        except GraphError as exc:
            # 400 (bad MIME, bad recipient), 413 (too big), 404 (no such mailbox)
            raise PermanentSendError(str(exc)) from exc
