"""Bad input never crashes triage: every message gets a decision, in bounded time."""

from __future__ import annotations

import io
import time
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfWriter

from mailbot.config import load_settings
from mailbot.triage import Snapshot, Triage
from routing.world import Directory

from .mail import message

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def triage() -> Triage:
    settings = load_settings(ROOT / "config" / "mailbot.example.yaml")
    return Triage(settings, Snapshot(Directory([]), {}, []))


def _with_attachment(
    data: bytes, filename: str, maintype: str, subtype: str, body: str = "See attached."
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "a.person@elmridge.police.uk"
    msg["To"] = "cass@kestrelford.gov.uk"
    msg["Subject"] = "Attached"
    msg["Date"] = "Tue, 01 Sep 2026 09:00:00 +0000"
    msg.set_content(body)
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def _zip_bomb_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (200 * 1024 * 1024))
    return buf.getvalue()


def _encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


GOOD = message("Is Maisie Crowther (30/11/2012) known to you? A name and number is all I need.")
CASES = {
    "empty": b"",
    "garbage": bytes(range(256)) * 40,
    "no headers": b"just some words with no header at all",
    "truncated mime": GOOD.replace(
        b"Content-Type: text/plain", b'Content-Type: multipart/mixed; boundary="x"'
    )[:-40],
    "undecodable bytes": GOOD.replace(b"known to you", b"known \xff\xfe\xfa to you"),
    "no from": b"\n".join(line for line in GOOD.split(b"\n") if not line.startswith(b"From:")),
    "no body no subject": b"From: a@b.gov.uk\nTo: cass@kestrelford.gov.uk\n\n",
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_messages_get_a_decision(triage: Triage, name: str) -> None:
    started = time.perf_counter()
    decision = triage.decide(CASES[name], "cass")
    assert time.perf_counter() - started < 10
    if name in ("undecodable bytes", "truncated mime"):
        # a few bad bytes or a lost ending do not spoil the rest: the request is still decided
        assert decision.category == "information_request" and decision.route == "level1_reply"
    else:
        assert decision.route in ("exceptions", "none")  # nothing is answered on bad input
    if name in ("empty", "no body no subject"):
        assert decision.exception == "unreadable"


def test_a_message_with_no_from_has_an_invalid_reply_address(triage: Triage) -> None:
    decision = triage.decide(CASES["no from"], "cass")
    assert decision.sender is None and decision.address_verdict == "invalid"


@pytest.mark.parametrize(
    ("name", "make", "filename", "mime"),
    [
        (
            "zip bomb",
            _zip_bomb_docx,
            "form.docx",
            ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ),
        ("encrypted pdf", _encrypted_pdf, "form.pdf", ("application", "pdf")),
        (
            "malformed pdf",
            lambda: b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer garbage",
            "form.pdf",
            ("application", "pdf"),
        ),
        ("25 MB attachment", lambda: b"A" * (25 * 1024 * 1024), "scan.pdf", ("application", "pdf")),
    ],
)
def test_unreadable_attachments_make_the_message_unreadable(
    triage: Triage, name: str, make, filename: str, mime: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    raw = _with_attachment(make(), filename, *mime)
    started = time.perf_counter()
    decision = triage.decide(raw, "dcs")
    assert time.perf_counter() - started < 15
    assert decision.exception == "unreadable" and decision.actions == ()


def test_a_readable_body_is_not_held_for_a_broken_logo(triage: Triage) -> None:
    body = "Is Maisie Crowther (30/11/2012) known to you? " * 20
    raw = _with_attachment(b"not really a pdf", "logo.pdf", "application", "pdf", body=body)
    assert triage.decide(raw, "cass").exception != "unreadable"
