"""Sending through an on-premises Exchange Server (EWS) as complete MIME.

CreateItem with the message's MimeContent and MessageDisposition SendAndSaveCopy (a copy in
Sent Items) or SendOnly, so the headers mailbot sets (Message-ID, In-Reply-To, References,
Auto-Submitted) survive; building the message from EWS properties would drop them. Exchange
takes the recipients from the MIME headers (see `mime_for_recipients`).

EWS has no idempotency key: a connection lost after Exchange accepted the message looks
transient, and the executor's retry sends a second copy with the same Message-ID.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any

from exchangelib import Account, Message, Version
from exchangelib.errors import (
    ErrorConnectionFailed,
    ErrorInternalServerError,
    ErrorInternalServerTransientError,
    ErrorMailboxMoveInProgress,
    ErrorMailboxStoreUnavailable,
    ErrorServerBusy,
    ErrorTimeoutExpired,
    ErrorTooManyObjectsOpened,
    ResponseMessageError,
)

from mailbot.senders.base import PermanentSendError, TransientSendError
from mailbot.senders.graph import mime_for_recipients
from mailbot.sources.base import AuthenticationFailed, SourceUnavailable
from mailbot.sources.exchange import AuthType, call_with_backoff, make_account, release_account

# Answers about the server's state, not about this message: worth another try later.
_TRANSIENT_ANSWERS = (
    ErrorServerBusy,
    ErrorInternalServerTransientError,
    ErrorInternalServerError,
    ErrorTimeoutExpired,
    ErrorTooManyObjectsOpened,
    ErrorMailboxStoreUnavailable,
    ErrorMailboxMoveInProgress,
    ErrorConnectionFailed,
)


class ExchangeSender:
    def __init__(
        self,
        *,
        endpoint: str,
        username: str,
        password: str,
        primary_smtp_address: str,
        auth_type: AuthType = "NTLM",
        version: Version | None = None,
        save_copy: bool = True,
        busy_retries: int = 3,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._account_args: dict[str, Any] = {
            "endpoint": endpoint,
            "username": username,
            "password": password,
            "primary_smtp_address": primary_smtp_address,
            "auth_type": auth_type,
            "version": version,
        }
        self.save_copy = save_copy
        self.busy_retries = busy_retries
        self._sleep = sleep
        self._account: Account | None = None
        self._lock = threading.Lock()

    def send(self, message: EmailMessage, recipients: list[str]) -> None:
        raw = mime_for_recipients(message, recipients)
        with self._lock:
            try:
                call_with_backoff(
                    lambda: self._send(raw),
                    what="send",
                    sleep=self._sleep,
                    busy_retries=self.busy_retries,
                )
            except AuthenticationFailed as exc:
                raise PermanentSendError(str(exc)) from exc
            except SourceUnavailable as exc:
                cause = exc.__cause__
                if isinstance(cause, ResponseMessageError) and not isinstance(
                    cause, _TRANSIENT_ANSWERS
                ):
                    # e.g. ErrorInvalidRecipients, ErrorMessageSizeExceeded, ErrorMimeContentInvalid
                    raise PermanentSendError(str(exc)) from exc
                raise TransientSendError(str(exc)) from exc

    def _send(self, raw: bytes) -> None:
        if self._account is None:
            self._account = make_account(**self._account_args)
        account = self._account
        if self.save_copy:
            Message(account=account, folder=account.sent, mime_content=raw).send_and_save()
        else:
            Message(account=account, mime_content=raw).send(save_copy=False)

    def close(self) -> None:
        with self._lock:
            if self._account is not None:
                release_account(self._account)
                self._account = None
