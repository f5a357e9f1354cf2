"""The SMTP sender against a real aiosmtpd server, and the folder sender and case-note sink.

Every SMTP test reads what the server actually received."""

from __future__ import annotations

import email
import json
import os
import re
import ssl
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

import pytest

from mailbot.outbound import compose as c
from mailbot.senders.base import PermanentSendError, Sender, TransientSendError
from mailbot.senders.folder import RECIPIENTS_HEADER, CaseNoteFolderSink, FolderSender
from mailbot.senders.smtp import SmtpSender
from tests.fixtures.smtp import SmtpCapture, TlsFiles
from tests.outbound.test_compose import (
    ORIGINAL_RAW,
    ORIGINAL_SUBJECT,
    REFERENCE,
    SENDER,
    acknowledgement_context,
    body_text,
    notification_context,
    sample_decision,
)

CaptureFactory = Callable[..., SmtpCapture]


@pytest.fixture
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="mailbot-senders-") as name:
        yield Path(name)


def plain_sender(capture: SmtpCapture, **options: object) -> SmtpSender:
    return SmtpSender(
        capture.host, capture.port, security="none", local_hostname="mailbot.test",
        timeout=5.0, **options,  # type: ignore[arg-type]
    )  # fmt: skip


def acknowledgement(key: str | None = None) -> EmailMessage:
    return c.acknowledgement(acknowledgement_context(key=key))


def test_both_senders_are_senders(workdir: Path) -> None:
    senders: list[Sender] = [SmtpSender("127.0.0.1", 1), FolderSender(workdir)]
    assert len(senders) == 2


# --------------------------------------------------------------------------------------------
# SMTP: what was actually sent


def test_the_acknowledgement_arrives_as_composed(smtp_capture: SmtpCapture) -> None:
    message = acknowledgement()
    with plain_sender(smtp_capture) as sender:
        sender.send(message, [SENDER])
    [got] = smtp_capture.messages
    assert got.mail_from == "cass@kestrelford.gov.uk"
    assert got.rcpt_tos == [SENDER]
    received = got.message
    assert str(received["To"]) == SENDER
    assert str(received["From"]) == "Kestrelford CASS <cass@kestrelford.gov.uk>"
    assert str(received["Subject"]) == f"[{REFERENCE}] Re: {ORIGINAL_SUBJECT}"
    assert received["Auto-Submitted"] == "auto-replied"
    assert received["In-Reply-To"] == "<original-1@oakvale-academy.sch.uk>"
    assert received["Message-ID"] == message["Message-ID"]
    assert f"Your reference is {REFERENCE}." in body_text(received)
    assert b"\r\n" in got.raw and not re.search(rb"[^\r]\n", got.raw)  # CRLF throughout


@pytest.mark.parametrize(
    "display_name", ["Kestrelford CASS", "Kestrelford C.S. (CASS)", "Zoë's Team"]
)
def test_the_envelope_sender_is_the_from_address_however_it_is_kept(
    smtp_capture: SmtpCapture, display_name: str
) -> None:
    message = acknowledgement()
    del message["From"]
    message["From"] = Address(display_name=display_name, addr_spec="cass@kestrelford.gov.uk")
    with plain_sender(smtp_capture) as sender:
        sender.send(message, [SENDER])
    [got] = smtp_capture.messages
    assert got.mail_from == "cass@kestrelford.gov.uk"
    assert got.message["From"].addresses[0].display_name == display_name


def test_a_null_envelope_sender_can_be_configured(smtp_capture: SmtpCapture) -> None:
    with plain_sender(smtp_capture, envelope_from="") as sender:
        sender.send(acknowledgement(), [SENDER])
    [got] = smtp_capture.messages
    assert got.mail_from == "<>"
    assert str(got.message["From"]) == "Kestrelford CASS <cass@kestrelford.gov.uk>"


def test_bcc_recipients_get_the_message_but_never_see_the_header(
    smtp_capture: SmtpCapture,
) -> None:
    message = acknowledgement()
    message["Bcc"] = "audit@kestrelford.gov.uk"
    with plain_sender(smtp_capture) as sender:
        sender.send(message, [SENDER, "audit@kestrelford.gov.uk"])
    [got] = smtp_capture.messages
    assert got.rcpt_tos == [SENDER, "audit@kestrelford.gov.uk"]
    assert b"audit@" not in got.raw and b"Bcc" not in got.raw
    assert message["Bcc"] == "audit@kestrelford.gov.uk"  # the caller's message is untouched


def test_the_forwarded_original_arrives_byte_for_byte(smtp_capture: SmtpCapture) -> None:
    with plain_sender(smtp_capture) as sender:
        sender.send(c.notification(notification_context()), ["worker@kestrelford.gov.uk"])
    [got] = smtp_capture.messages
    assert "BODY=8BITMIME" in got.mail_options  # the original has 8-bit text
    boundary = got.message.get_boundary()
    assert boundary is not None
    parts = got.raw.split(b"--" + boundary.encode())
    [forwarded] = [p for p in parts if b"Content-Type: message/rfc822" in p.split(b"\r\n\r\n")[0]]
    body = forwarded.split(b"\r\n\r\n", 1)[1]
    # RFC 2046 5.1.1: the CRLF before the next boundary belongs to the boundary.
    assert body.endswith(b"\r\n")
    assert body[:-2] == ORIGINAL_RAW.replace(b"\n", b"\r\n")  # SMTP's CRLF, nothing else changed
    inner = next(got.message.iter_attachments()).get_content()
    assert inner["Message-ID"] == "<original-1@oakvale-academy.sch.uk>"
    assert "\n.A line that starts with a dot." in inner.get_content()  # dot-stuffing undone


def test_one_connection_serves_many_sends(smtp_capture: SmtpCapture) -> None:
    with plain_sender(smtp_capture) as sender:
        for _ in range(5):
            sender.send(acknowledgement(), [SENDER])
        assert sender.connections_opened == 1
    assert len(smtp_capture.messages) == 5


def test_a_dropped_connection_is_reopened(smtp_capture: SmtpCapture) -> None:
    with plain_sender(smtp_capture) as sender:
        sender.send(acknowledgement(), [SENDER])
        smtp_capture.drop_connections()
        sender.send(acknowledgement(), [SENDER])
        assert sender.connections_opened == 2
    assert len(smtp_capture.messages) == 2


def test_451_is_transient_and_the_next_send_goes(smtp_capture: SmtpCapture) -> None:
    smtp_capture.fail_next(1, 451, "4.3.0 Try again later")
    with plain_sender(smtp_capture) as sender:
        with pytest.raises(TransientSendError, match="451"):
            sender.send(acknowledgement(), [SENDER])
        assert smtp_capture.messages == []
        sender.send(acknowledgement(), [SENDER])
        assert sender.connections_opened == 1  # the transaction was reset, not the connection
    assert len(smtp_capture.messages) == 1


def test_550_is_permanent(smtp_capture: SmtpCapture) -> None:
    smtp_capture.fail_next(1, 550, "5.7.1 Message refused")
    with plain_sender(smtp_capture) as sender, pytest.raises(PermanentSendError, match="550"):
        sender.send(acknowledgement(), [SENDER])
    assert smtp_capture.messages == []


def test_a_refused_recipient_sends_nothing_to_anyone(smtp_capture: SmtpCapture) -> None:
    """All or nothing, so a retry never reaches the accepted recipients twice."""
    recipients = ["a@kestrelford.gov.uk", "b@kestrelford.gov.uk"]
    with plain_sender(smtp_capture) as sender:
        smtp_capture.fail_next(1, 550, "5.1.1 No such user", stage="RCPT")
        with pytest.raises(PermanentSendError, match="1 of 2 recipients"):
            sender.send(acknowledgement(), recipients)
        smtp_capture.fail_next(1, 450, "4.2.1 Mailbox busy", stage="RCPT")
        with pytest.raises(TransientSendError, match="450"):
            sender.send(acknowledgement(), recipients)
        sender.send(acknowledgement(), recipients)
    [got] = smtp_capture.messages
    assert got.rcpt_tos == recipients


def test_no_server_is_transient() -> None:
    sender = SmtpSender("127.0.0.1", _closed_port(), security="none", timeout=2.0)
    with pytest.raises(TransientSendError, match="cannot connect"):
        sender.send(acknowledgement(), [SENDER])


def test_a_message_without_message_id_or_recipients_is_refused() -> None:
    message = acknowledgement()
    del message["Message-ID"]
    sender = SmtpSender("127.0.0.1", 1, security="none")
    with pytest.raises(PermanentSendError, match="Message-ID"):
        sender.send(message, [SENDER])
    with pytest.raises(PermanentSendError, match="no recipients"):
        sender.send(acknowledgement(), [])


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------------------------
# SMTP: TLS and authentication


def test_starttls_with_a_password(smtp_capture_factory: CaptureFactory, smtp_tls: TlsFiles) -> None:
    capture = smtp_capture_factory(security="starttls", tls=smtp_tls, password=("cass", "s3cret"))
    sender = SmtpSender(
        capture.host, capture.port, security="starttls", username="cass", password="s3cret",
        ssl_context=smtp_tls.client_context(), local_hostname="mailbot.test", timeout=5.0,
    )  # fmt: skip
    with sender:
        sender.send(acknowledgement(), [SENDER])
    [got] = capture.messages
    assert got.login == "cass" and got.tls


def test_implicit_tls(smtp_capture_factory: CaptureFactory, smtp_tls: TlsFiles) -> None:
    capture = smtp_capture_factory(security="tls", tls=smtp_tls)
    with SmtpSender(
        capture.host, capture.port, security="tls", ssl_context=smtp_tls.client_context(),
        local_hostname="mailbot.test", timeout=5.0,
    ) as sender:  # fmt: skip
        sender.send(acknowledgement(), [SENDER])
    [got] = capture.messages
    assert got.tls and got.login is None


def test_an_untrusted_certificate_is_permanent(
    smtp_capture_factory: CaptureFactory, smtp_tls: TlsFiles
) -> None:
    capture = smtp_capture_factory(security="tls", tls=smtp_tls)
    sender = SmtpSender(
        capture.host, capture.port, security="tls", ssl_context=ssl.create_default_context(),
        local_hostname="mailbot.test", timeout=5.0,
    )  # fmt: skip
    with pytest.raises(PermanentSendError, match="not trusted"):
        sender.send(acknowledgement(), [SENDER])
    assert capture.messages == []


def test_a_wrong_password_is_permanent(smtp_capture_factory: CaptureFactory) -> None:
    capture = smtp_capture_factory(password=("cass", "s3cret"))
    sender = plain_sender(capture, username="cass", password="wrong")
    with pytest.raises(PermanentSendError, match="535"):
        sender.send(acknowledgement(), [SENDER])
    assert capture.messages == []


def test_xoauth2_uses_a_fresh_token_per_connection(smtp_capture_factory: CaptureFactory) -> None:
    capture = smtp_capture_factory(xoauth2=("cass@kestrelford.gov.uk", "token-2"))
    tokens = iter(["token-1", "token-2"])  # the first has expired by the time it is used
    sender = plain_sender(
        capture, username="cass@kestrelford.gov.uk", token_provider=lambda: next(tokens)
    )
    with pytest.raises(PermanentSendError, match="535"):
        sender.send(acknowledgement(), [SENDER])
    with sender:
        sender.send(acknowledgement(), [SENDER])
    [got] = capture.messages
    assert got.login == "cass@kestrelford.gov.uk"


# --------------------------------------------------------------------------------------------
# Folder sender


def test_the_folder_sender_writes_one_eml_into_new(workdir: Path) -> None:
    sender = FolderSender(workdir / "outbound")
    message = acknowledgement()
    message["Bcc"] = "audit@kestrelford.gov.uk"
    sender.send(message, [SENDER, "audit@kestrelford.gov.uk"])
    [path] = (workdir / "outbound" / "new").iterdir()
    assert path.suffix == ".eml"
    assert list((workdir / "outbound" / "tmp").iterdir()) == []
    written = email.message_from_bytes(path.read_bytes(), policy=default_policy)
    assert written[RECIPIENTS_HEADER] == f"{SENDER}, audit@kestrelford.gov.uk"
    assert written["Bcc"] is None
    assert written["Message-ID"] == message["Message-ID"]
    assert f"Your reference is {REFERENCE}." in body_text(written)
    assert message[RECIPIENTS_HEADER] is None  # the caller's message is untouched


def test_the_folder_sender_writes_a_message_once(workdir: Path) -> None:
    sender = FolderSender(workdir)
    message = acknowledgement(key="effect-1")
    sender.send(message, [SENDER])
    sender.send(acknowledgement(key="effect-1"), [SENDER])  # a retry after a crash
    [path] = (workdir / "new").iterdir()
    path.rename(workdir / "cur" / f"{path.name}:2,S")  # a mail client has read it
    sender.send(message, [SENDER])
    assert list((workdir / "new").iterdir()) == []
    sender.send(acknowledgement(key="effect-2"), [SENDER])
    assert len(list((workdir / "new").iterdir())) == 1


def test_the_folder_sender_keeps_the_forwarded_original(workdir: Path) -> None:
    sender = FolderSender(workdir)
    sender.send(c.notification(notification_context()), ["worker@kestrelford.gov.uk"])
    [path] = (workdir / "new").iterdir()
    assert ORIGINAL_RAW in path.read_bytes()


def test_the_folder_sender_renames_a_complete_file_from_tmp(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    renames: list[tuple[Path, Path, bytes]] = []
    real_rename = os.rename

    def watching_rename(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        renames.append((Path(src), Path(dst), Path(src).read_bytes()))
        real_rename(src, dst)

    monkeypatch.setattr(os, "rename", watching_rename)
    FolderSender(workdir).send(acknowledgement(), [SENDER])
    [(src, dst, content)] = renames
    assert src.parent == workdir / "tmp" and dst.parent == workdir / "new"
    assert content == dst.read_bytes() and content.endswith(b"==--\n")  # the closing boundary


def test_a_failed_write_leaves_nothing_behind(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(TransientSendError, match="No space left"):
        FolderSender(workdir).send(acknowledgement(), [SENDER])
    assert list((workdir / "new").iterdir()) == []
    assert list((workdir / "tmp").iterdir()) == []


def test_a_reader_never_sees_a_partial_file(workdir: Path) -> None:
    sender = FolderSender(workdir)
    messages = [acknowledgement() for _ in range(100)]
    done = threading.Event()
    seen: dict[str, int] = {}
    partial: list[str] = []

    deadline = time.monotonic() + 30

    def reader() -> None:
        while (not done.is_set() or len(seen) < len(messages)) and time.monotonic() < deadline:
            for path in (workdir / "new").iterdir():
                if path.name not in seen:
                    data = path.read_bytes()
                    seen[path.name] = len(data)
                    if not data.endswith(b"==--\n"):  # the closing boundary comes last
                        partial.append(path.name)

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    for message in messages:
        sender.send(message, [SENDER])
    done.set()
    thread.join(timeout=35)
    assert not thread.is_alive()
    assert len(seen) == 100 and partial == []


# --------------------------------------------------------------------------------------------
# Case-note sink


def test_the_case_note_sink_writes_the_original_and_its_sidecar(workdir: Path) -> None:
    sink = CaseNoteFolderSink(workdir)
    decision = sample_decision()
    note = c.case_note(
        c.CaseNoteContext.from_decision(decision, person_id="100234", raw=ORIGINAL_RAW)
    )
    eml = sink.write(note)
    assert eml.read_bytes() == ORIGINAL_RAW
    sidecar = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
    assert sidecar == note.sidecar
    assert eml.name.startswith(f"{REFERENCE}_100234_")
    assert sink.write(note) == eml  # written again: the same two files
    assert sorted(p.name for p in workdir.iterdir()) == sorted(
        ["tmp", eml.name, f"{eml.stem}.json"]
    )
    assert list((workdir / "tmp").iterdir()) == []


def test_meanwhile_runs_after_the_message_has_gone_and_before_the_answer_is_read(
    smtp_capture: SmtpCapture,
) -> None:
    """What the executor composes next overlaps the server's handling of this message."""
    smtp_capture.slow_down(0.3)  # the server holds its answer to the end of DATA
    seen: list[int] = []
    with plain_sender(smtp_capture) as sender:
        sender.send_overlapping(
            acknowledgement(), [SENDER], lambda: seen.append(len(smtp_capture.messages))
        )
        assert seen == [0]  # called once, while the server had not yet answered
        assert len(smtp_capture.messages) == 1  # and the send waited for that answer
        smtp_capture.slow_down(0)
        sender.send_overlapping(acknowledgement(), [SENDER], lambda: seen.append(-1))
    assert seen == [0, -1] and len(smtp_capture.messages) == 2


def test_meanwhile_is_not_run_when_the_message_never_goes(smtp_capture: SmtpCapture) -> None:
    called: list[bool] = []
    smtp_capture.fail_next(1, 550, "5.1.1 No such user", stage="RCPT")
    with plain_sender(smtp_capture) as sender, pytest.raises(PermanentSendError):
        sender.send_overlapping(acknowledgement(), [SENDER], lambda: called.append(True))
    assert called == [] and smtp_capture.messages == []


def test_a_refusal_at_the_end_of_data_still_reads_as_before_with_meanwhile(
    smtp_capture: SmtpCapture,
) -> None:
    called: list[bool] = []
    smtp_capture.fail_next(1, 451, "4.3.0 Try again later")
    with plain_sender(smtp_capture) as sender:
        with pytest.raises(TransientSendError, match="451"):
            sender.send_overlapping(acknowledgement(), [SENDER], lambda: called.append(True))
        assert called == [True]  # the message had gone: only the answer refused it
        sender.send(acknowledgement(), [SENDER])  # the transaction was reset; the next goes
        assert sender.connections_opened == 1
    assert len(smtp_capture.messages) == 1


# --- PIPELINING (RFC 2920) ------------------------------------------------------------------


@pytest.fixture
def pipelining_capture(smtp_capture_factory: CaptureFactory) -> SmtpCapture:
    return smtp_capture_factory(pipelining=True)


def _writes(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every write the client makes to the server, as sent."""
    import smtplib

    writes: list[bytes] = []
    send = smtplib.SMTP.send

    def recorded(self: smtplib.SMTP, s: str | bytes) -> None:
        writes.append(s.encode("ascii") if isinstance(s, str) else s)
        send(self, s)

    monkeypatch.setattr(smtplib.SMTP, "send", recorded)
    return writes


def test_with_pipelining_the_envelope_and_data_go_in_one_write(
    pipelining_capture: SmtpCapture, monkeypatch: pytest.MonkeyPatch
) -> None:
    recipients = ["a@kestrelford.gov.uk", "b@kestrelford.gov.uk"]
    message = acknowledgement()
    with plain_sender(pipelining_capture) as sender:
        sender.send(message, [SENDER])  # the EHLO that offers PIPELINING
        writes = _writes(monkeypatch)
        sender.send(message, recipients)
        assert sender.connections_opened == 1
    envelope, content, *closing = writes
    assert [w.upper() for w in closing] == [b"QUIT\r\n"]
    assert (
        envelope
        == (
            f"MAIL FROM:<{_from(message)}>\r\n"
            "RCPT TO:<a@kestrelford.gov.uk>\r\nRCPT TO:<b@kestrelford.gov.uk>\r\nDATA\r\n"
        ).encode()
    )
    assert content.endswith(b"\r\n.\r\n")
    first, second = pipelining_capture.messages
    assert second.rcpt_tos == recipients and second.mail_from == _from(message)
    assert content == second.raw + b".\r\n"  # what went after DATA is what arrived
    assert second.message["Message-ID"] == first.message["Message-ID"] == message["Message-ID"]


def test_without_pipelining_each_command_waits_for_its_answer(
    smtp_capture: SmtpCapture, monkeypatch: pytest.MonkeyPatch
) -> None:
    with plain_sender(smtp_capture) as sender:
        sender.send(acknowledgement(), [SENDER])
        writes = _writes(monkeypatch)
        sender.send(acknowledgement(), ["a@kestrelford.gov.uk", "b@kestrelford.gov.uk"])
    commands = [w.split(b":")[0].split(b"\r\n")[0].upper() for w in writes[:4]]
    assert commands == [b"MAIL FROM", b"RCPT TO", b"RCPT TO", b"DATA"]


def test_pipelined_a_refused_recipient_sends_nothing_to_anyone(
    pipelining_capture: SmtpCapture,
) -> None:
    """The server took DATA (one recipient was good) and waits for the message: the sender
    closes the connection instead of sending it, so nobody gets it, and reconnects next."""
    recipients = ["a@kestrelford.gov.uk", "b@kestrelford.gov.uk"]
    called: list[bool] = []
    with plain_sender(pipelining_capture) as sender:
        pipelining_capture.fail_next(1, 550, "5.1.1 No such user", stage="RCPT")
        with pytest.raises(PermanentSendError, match="1 of 2 recipients"):
            sender.send_overlapping(acknowledgement(), recipients, lambda: called.append(True))
        time.sleep(0.2)  # the server notices the closed connection
        assert pipelining_capture.messages == [] and called == []
        sender.send(acknowledgement(), recipients)
        assert sender.connections_opened == 2
    [got] = pipelining_capture.messages
    assert got.rcpt_tos == recipients


def test_pipelined_every_recipient_refused_resets_and_keeps_the_connection(
    pipelining_capture: SmtpCapture,
) -> None:
    recipients = ["a@kestrelford.gov.uk", "b@kestrelford.gov.uk"]
    with plain_sender(pipelining_capture) as sender:
        pipelining_capture.fail_next(2, 450, "4.2.1 Mailbox busy", stage="RCPT")
        with pytest.raises(TransientSendError, match="2 of 2 recipients"):
            sender.send(acknowledgement(), recipients)  # DATA was refused too (no recipient)
        sender.send(acknowledgement(), recipients)
        assert sender.connections_opened == 1  # the transaction was reset, not the connection
    [got] = pipelining_capture.messages
    assert got.rcpt_tos == recipients


def test_pipelined_a_refusal_at_the_end_of_data_and_a_dropped_connection(
    pipelining_capture: SmtpCapture,
) -> None:
    called: list[bool] = []
    with plain_sender(pipelining_capture) as sender:
        pipelining_capture.fail_next(1, 451, "4.3.0 Try again later")
        with pytest.raises(TransientSendError, match="451"):
            sender.send_overlapping(acknowledgement(), [SENDER], lambda: called.append(True))
        assert called == [True]  # the message had gone: only the answer refused it
        sender.send(acknowledgement(), [SENDER])
        assert sender.connections_opened == 1
        pipelining_capture.drop_connections()  # nothing has gone yet: reopened, sent once
        sender.send(acknowledgement(), [SENDER])
        assert sender.connections_opened == 2
    assert len(pipelining_capture.messages) == 2


def _from(message: EmailMessage) -> str:
    return message["From"].addresses[0].addr_spec


def _notes(*person_ids: str) -> list[c.CaseNote]:
    decision = sample_decision()
    return [
        c.case_note(c.CaseNoteContext.from_decision(decision, person_id=p, raw=ORIGINAL_RAW))
        for p in person_ids
    ]


def test_a_batch_of_case_notes_is_written_with_one_flush_of_the_folder(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stat

    sink = CaseNoteFolderSink(workdir)
    notes = _notes("100234", "100235", "100236")
    flushed: list[str] = []
    real_fsync = os.fsync

    def counted(fd: int) -> None:
        flushed.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", counted)
    emls = sink.write_many(notes)

    assert [e.name.split("_")[1] for e in emls] == ["100234", "100235", "100236"]
    for eml, note in zip(emls, notes, strict=True):
        assert eml.read_bytes() == ORIGINAL_RAW
        assert json.loads(eml.with_suffix(".json").read_text(encoding="utf-8")) == note.sidecar
    assert sorted(flushed) == ["file"] * 6 + ["folder"]  # one at a time: 6 and 6
    assert list((workdir / "tmp").iterdir()) == []


def test_a_batch_of_case_notes_that_cannot_be_written_leaves_nothing_half_done(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sink = CaseNoteFolderSink(workdir)
    notes = _notes("100234", "100235")
    real_fsync, calls = os.fsync, [0]

    def fails_third(fd: int) -> None:
        calls[0] += 1
        if calls[0] == 3:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fails_third)
    with pytest.raises(TransientSendError, match="cannot write case notes"):
        sink.write_many(notes)
    assert list((workdir / "tmp").iterdir()) == []  # no file left behind in tmp
    assert sorted(p.name for p in workdir.iterdir()) == ["tmp"]  # and none renamed in


def test_a_batchs_files_are_flushed_at_the_same_time(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stat
    import threading

    sink = CaseNoteFolderSink(workdir)
    notes = _notes("100234", "100235")  # four files
    together = threading.Barrier(4, timeout=5)  # broken unless all four flush at once
    real_fsync = os.fsync

    def flush(fd: int) -> None:
        if not stat.S_ISDIR(os.fstat(fd).st_mode):
            together.wait()
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", flush)
    emls = sink.write_many(notes)
    assert [eml.read_bytes() for eml in emls] == [ORIGINAL_RAW, ORIGINAL_RAW]


def test_a_failed_flush_is_raised_only_once_every_other_flush_has_ended(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stat
    import time

    sink = CaseNoteFolderSink(workdir)
    notes = _notes("100234", "100235")
    real_fsync, calls, errors = os.fsync, [0], []

    def flush(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            return real_fsync(fd)
        calls[0] += 1
        if calls[0] == 1:
            raise OSError(28, "No space left on device")
        time.sleep(0.2)  # still flushing when the first has failed
        try:
            real_fsync(fd)  # the file must still be open
        except OSError as exc:
            errors.append(exc)
            raise

    monkeypatch.setattr(os, "fsync", flush)
    with pytest.raises(TransientSendError, match="cannot write case notes"):
        sink.write_many(notes)
    time.sleep(0.5)  # any flush still running has ended
    assert calls[0] == 4 and errors == []
    assert list((workdir / "tmp").iterdir()) == []
    assert sorted(p.name for p in workdir.iterdir()) == ["tmp"]
