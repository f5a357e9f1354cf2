"""SMTP sender (smtplib): implicit TLS, STARTTLS or plain; password or XOAUTH2.

One connection is kept and reused across sends. A send is all or nothing: every recipient is
offered (RCPT) before the message (DATA) goes, and if any is refused the transaction is reset
and nothing is sent, so a retry never reaches the accepted recipients twice. Where the server
offers PIPELINING (RFC 2920, as Postfix and Exchange do), MAIL, every RCPT and DATA go in one
write and their replies are read after: two round trips a message instead of three plus one
per recipient, which is what bounds a serial sender on a network. A connection
found dropped before DATA is reopened and the send tried again at once (nothing has gone
yet); a drop during DATA is reported transient, because whether the server kept the message
is unknown and the outbox decides whether to retry.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import getaddresses
from io import BytesIO
from types import TracebackType
from typing import Literal

from mailbot.mailpolicy import SMTP, SMTPUTF8, Generator
from mailbot.senders.base import PermanentSendError, SendError, TransientSendError

log = logging.getLogger(__name__)

Security = Literal["tls", "starttls", "none"]
TokenProvider = Callable[[], str]  # returns a current OAuth2 access token

_LINE_ENDINGS = re.compile(rb"\r\n|\r|\n")
_LEADING_DOT = re.compile(rb"^\.", re.MULTILINE)


def _classify(code: int, what: str) -> SendError:
    """4xx: try again later; 5xx: a person must look; anything else: transient."""
    if 500 <= code < 600:
        return PermanentSendError(f"{what}: SMTP {code}")
    return TransientSendError(f"{what}: SMTP {code}")


def _recipients_refused(refused: list[int], recipients: list[str]) -> SendError:
    """A permanent refusal of any recipient wins: a retry would not reach them."""
    worst = max(refused) if any(c >= 500 for c in refused) else min(refused)
    return _classify(worst, f"{len(refused)} of {len(recipients)} recipients refused")


class SmtpSender:
    """`Sender` over SMTP. Not thread-safe: one per worker thread."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        security: Security = "starttls",
        username: str | None = None,
        password: str | None = None,
        token_provider: TokenProvider | None = None,
        envelope_from: str | None = None,
        timeout: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
    ) -> None:
        if password is not None and token_provider is not None:
            raise ValueError("give a password or a token provider, not both")
        if (password is not None or token_provider is not None) and not username:
            raise ValueError("authentication needs a username")
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self._password = password
        self._token_provider = token_provider
        # None: the From address of each message; "": the null reverse-path (MAIL FROM:<>),
        # which RFC 3834 suggests for automatic replies so that bounces cannot loop.
        self.envelope_from = envelope_from
        self.timeout = timeout
        self._ssl_context = ssl_context or ssl.create_default_context()
        # No getfqdn(): it can wait on DNS; the host name is enough for EHLO on submission.
        self.local_hostname = local_hostname or socket.gethostname()
        self._conn: smtplib.SMTP | None = None
        self.connections_opened = 0  # for tests and the status line

    # -- connection ------------------------------------------------------------------------

    def _open(self) -> smtplib.SMTP:
        conn: smtplib.SMTP
        try:
            if self.security == "tls":
                conn = smtplib.SMTP_SSL(
                    self.host, self.port, local_hostname=self.local_hostname,
                    timeout=self.timeout, context=self._ssl_context,
                )  # fmt: skip
            else:
                conn = smtplib.SMTP(
                    self.host, self.port, local_hostname=self.local_hostname, timeout=self.timeout
                )
            try:
                conn.ehlo()
                if self.security == "starttls":
                    conn.starttls(context=self._ssl_context)
                    conn.ehlo()
                self._authenticate(conn)
            except BaseException:
                conn.close()
                raise
        except ssl.SSLCertVerificationError as exc:
            raise PermanentSendError(f"TLS certificate of {self.host} not trusted: {exc}") from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise PermanentSendError(f"{self.host} does not offer {exc}") from exc
        except smtplib.SMTPAuthenticationError as exc:
            raise _classify(exc.smtp_code, f"login to {self.host}") from exc
        except smtplib.SMTPResponseException as exc:
            raise _classify(exc.smtp_code, f"connecting to {self.host}") from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise TransientSendError(f"cannot connect to {self.host}:{self.port}: {exc}") from exc
        self.connections_opened += 1
        log.info("smtp connected host=%s port=%d security=%s", self.host, self.port, self.security)
        return conn

    def _authenticate(self, conn: smtplib.SMTP) -> None:
        if self.username is None:
            return
        if self._token_provider is not None:
            token = self._token_provider()
            initial = f"user={self.username}\x01auth=Bearer {token}\x01\x01"
            responses = iter((initial,))

            # After a failed XOAUTH2 the server sends a 334 with a JSON error; the client
            # answers with an empty line and the server then replies 5xx (RFC 7628-style).
            def xoauth2(challenge: bytes | None = None) -> str:
                return next(responses, "")

            conn.auth("XOAUTH2", xoauth2)
        elif self._password is not None:
            conn.login(self.username, self._password)

    def _connection(self) -> smtplib.SMTP:
        if self._conn is None:
            self._conn = self._open()
        return self._conn

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(OSError):  # already gone
                conn.close()

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.quit()
        except (smtplib.SMTPException, OSError):
            conn.close()

    def __enter__(self) -> SmtpSender:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- sending ---------------------------------------------------------------------------

    def send(self, message: EmailMessage, recipients: list[str]) -> None:
        self.send_overlapping(message, recipients, None)

    def send_overlapping(
        self,
        message: EmailMessage,
        recipients: list[str],
        meanwhile: Callable[[], None] | None,
    ) -> None:
        """`send`, calling `meanwhile` once the message has gone and before the server's
        answer is read: the caller's next piece of work (composing the next message) then
        overlaps the server's handling of this one. `meanwhile` must not raise; it is not
        called when the send fails before the message goes."""
        if not recipients:
            raise PermanentSendError("no recipients")
        if message["Message-ID"] is None:
            raise PermanentSendError("message has no Message-ID")
        mail_from = (
            self.envelope_from if self.envelope_from is not None else self._from_address(message)
        )
        international = not all(a.isascii() for a in [mail_from, *recipients])
        data = self.serialise(message, international)

        for attempt in (1, 2):
            conn = self._connection()
            try:
                data_accepted = self._envelope(conn, mail_from, recipients, data, international)
                break
            except (smtplib.SMTPServerDisconnected, OSError) as exc:
                # Nothing was sent yet: a connection dropped while idle is simply reopened.
                self._drop()
                if attempt == 2:
                    raise TransientSendError(f"connection to {self.host} lost: {exc}") from exc
                log.info("smtp connection dropped, reopening host=%s", self.host)

        try:
            if data_accepted:  # pipelined: DATA went with the envelope and was answered 354
                code = self._content(conn, data, meanwhile)
            else:
                code = self._data(conn, data, meanwhile)
        except smtplib.SMTPDataError as exc:
            self._reset(conn, exc.smtp_code)
            raise _classify(exc.smtp_code, "message refused") from exc
        except smtplib.SMTPResponseException as exc:
            self._drop()
            raise _classify(exc.smtp_code, "message refused") from exc
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._drop()
            raise TransientSendError(f"connection to {self.host} lost during DATA: {exc}") from exc
        if code != 250:  # the reply to the end of DATA: 4xx or 5xx for the whole message
            self._reset(conn, code)
            raise _classify(code, "message refused")

    @staticmethod
    def _data(conn: smtplib.SMTP, data: bytes, meanwhile: Callable[[], None] | None) -> int:
        """smtplib's `data`, with `meanwhile` between sending the message and reading the
        reply to it. `data` has CRLF line endings (`serialise`)."""
        conn.putcmd("data")
        code, reply = conn.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        return SmtpSender._content(conn, data, meanwhile)

    @staticmethod
    def _content(conn: smtplib.SMTP, data: bytes, meanwhile: Callable[[], None] | None) -> int:
        """The message after DATA's 354, then `meanwhile`, then the reply to the message."""
        stuffed = data
        if data.startswith(b".") or b"\n." in data:  # (looked for first: seldom there)
            stuffed = _LEADING_DOT.sub(b"..", data)  # RFC 5321 4.5.2
        if not stuffed.endswith(b"\r\n"):
            stuffed += b"\r\n"
        conn.send(stuffed + b".\r\n")
        if meanwhile is not None:
            meanwhile()
        code, _ = conn.getreply()
        return code

    def _envelope(
        self,
        conn: smtplib.SMTP,
        mail_from: str,
        recipients: list[str],
        data: bytes,
        international: bool,
    ) -> bool:
        """MAIL and every RCPT; on any refusal RSET and raise, so nothing is half sent.
        Returns True when DATA went too (pipelined) and the server is waiting for the
        message."""
        conn.ehlo_or_helo_if_needed()
        options: list[str] = []
        if international:
            if not conn.has_extn("smtputf8"):
                raise PermanentSendError(f"{self.host} lacks SMTPUTF8 for a non-ASCII address")
            options.append("SMTPUTF8")
        if not data.isascii():
            if not conn.has_extn("8bitmime"):
                raise PermanentSendError(f"{self.host} lacks 8BITMIME for an 8-bit message")
            options.append("BODY=8BITMIME")
        if conn.has_extn("pipelining") and not international:
            self._pipelined_envelope(conn, mail_from, options, recipients)
            return True
        code, _ = conn.mail(mail_from, options)
        if code != 250:
            self._reset(conn, code)
            raise _classify(code, "sender refused")
        refused: list[int] = []
        for rcpt in recipients:
            code, _ = conn.rcpt(rcpt)
            if code not in (250, 251):
                refused.append(code)
        if refused:
            self._reset(conn, max(refused))
            raise _recipients_refused(refused, recipients)
        return False

    def _pipelined_envelope(
        self, conn: smtplib.SMTP, mail_from: str, options: list[str], recipients: list[str]
    ) -> None:
        """MAIL, every RCPT and DATA in one write (RFC 2920), then their replies in order.
        Returns with the server waiting for the message; raises, with nothing sent, when
        any of them is refused."""
        commands = [f"MAIL FROM:{smtplib.quoteaddr(mail_from)}{''.join(' ' + o for o in options)}"]
        commands.extend(f"RCPT TO:{smtplib.quoteaddr(r)}" for r in recipients)
        commands.append("DATA")
        conn.send("".join(f"{command}\r\n" for command in commands))
        mail_code = conn.getreply()[0]
        refused = [
            code for code in (conn.getreply()[0] for _ in recipients) if code not in (250, 251)
        ]
        data_code = conn.getreply()[0]
        if mail_code == 250 and not refused and data_code == 354:
            return
        if data_code == 354 or 421 in (mail_code, *refused, data_code):
            # a server that took DATA waits for a message that must not go (some recipient
            # was refused): only closing the connection ends the transaction with nothing
            # delivered. The next send opens a new one.
            self._drop()
        else:
            self._reset(conn)
        if mail_code != 250:
            raise _classify(mail_code, "sender refused")
        if refused:
            raise _recipients_refused(refused, recipients)
        raise _classify(data_code, "message refused")

    def _reset(self, conn: smtplib.SMTP, code: int | None = None) -> None:
        if code == 421:  # the server is closing the connection
            self._drop()
            return
        try:
            conn.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()

    @staticmethod
    def _from_address(message: EmailMessage) -> str:
        # the stored value as it is: `message["From"]` would build a header object to read
        # a From that mailbot composed and keeps as a string (mailpolicy)
        value = next((str(v) for k, v in message.raw_items() if k.lower() == "from"), "")
        addresses = getaddresses([value])
        if not addresses or not addresses[0][1]:
            raise PermanentSendError("message has no From address")
        return addresses[0][1]

    @staticmethod
    def serialise(message: EmailMessage, international: bool = False) -> bytes:
        """The bytes on the wire: without Bcc, with CRLF line endings throughout."""
        outgoing = copy.copy(message)  # header deletion below rebinds, never mutates the list
        del outgoing["Bcc"]
        del outgoing["Resent-Bcc"]
        buffer = BytesIO()
        # (the policies end lines with CRLF: a linesep here would clone the policy each time)
        Generator(buffer, policy=SMTPUTF8 if international else SMTP).flatten(outgoing)
        data = buffer.getvalue()
        # CRLF throughout already, as the generator writes; a bare CR or LF is put right
        # (counting them costs a third of substituting every line ending)
        if not data.count(b"\r\n") == data.count(b"\n") == data.count(b"\r"):
            data = _LINE_ENDINGS.sub(b"\r\n", data)
        return data
