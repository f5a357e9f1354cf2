"""Attachment text extraction and its limits, on files built inside the tests."""

from __future__ import annotations

import base64
import io
import struct
import zipfile
from email.message import EmailMessage

import docx
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from classifiers.attachments import (
    MAX_ATTACHMENT_BYTES,
    MAX_PDF_PAGES,
    MAX_TEXT_CHARS,
    extract_attachment,
    extract_text,
)
from classifiers.mime import parse_message

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _pdf(pages: list[str]) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for text in pages:
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Referral for Jane Smith")
    document.add_paragraph("Reason for referral: neglect concerns")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Child name"
    table.cell(0, 1).text = "Jane Smith"
    table.cell(1, 0).text = "Date of birth"
    table.cell(1, 1).text = "03/04/2015"
    document.add_paragraph("End of form")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _with_attachment(data: bytes, maintype: str, subtype: str, filename: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "a@x.gov.uk"
    msg["Subject"] = "See attached"
    msg.set_content("Please see the attachment.")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(msg)


# --- PDF -------------------------------------------------------------------------------------


def test_pdf_text() -> None:
    att = extract_attachment(_pdf(["Page one text", "Page two text"]), "application/pdf", "a.pdf")
    assert att.error is None
    assert "Page one text" in att.text and "Page two text" in att.text
    assert att.text.index("Page one") < att.text.index("Page two")


def test_pdf_detected_by_magic_when_octet_stream() -> None:
    text, error = extract_text(_pdf(["Magic bytes"]), "application/octet-stream", None)
    assert error is None and "Magic bytes" in text


def test_pdf_page_limit() -> None:
    data = _pdf([f"Page {n} marker" for n in range(MAX_PDF_PAGES + 5)])
    text, error = extract_text(data, "application/pdf", "long.pdf")
    assert error is None
    assert f"Page {MAX_PDF_PAGES - 1} marker" in text
    assert f"Page {MAX_PDF_PAGES} marker" not in text


def _encrypt(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_encrypted_pdf() -> None:
    data = _encrypt(_pdf(["Secret case notes"]), "hunter2")
    text, error = extract_text(data, "application/pdf", "secret.pdf")
    assert (text, error) == ("", "encrypted")


def test_pdf_with_empty_user_password_is_read() -> None:
    data = _encrypt(_pdf(["Owner-locked but readable"]), "")
    text, error = extract_text(data, "application/pdf", "locked.pdf")
    assert error is None and "Owner-locked but readable" in text


def test_malformed_pdf() -> None:
    for data in (b"%PDF-1.4\nthis is not really a pdf\n", b"%PDF-1.7\n" + bytes(range(256)) * 4):
        assert extract_text(data, "application/pdf", "broken.pdf") == ("", "corrupt")


# --- .docx -------------------------------------------------------------------------------------


def test_docx_paragraphs_and_table_cells() -> None:
    text, error = extract_text(_docx(), DOCX_TYPE, "referral.docx")
    assert error is None
    lines = text.split("\n")
    assert lines[0] == "Referral for Jane Smith"
    assert "Reason for referral: neglect concerns" in lines
    assert "Child name | Jane Smith" in lines
    assert "Date of birth | 03/04/2015" in lines
    assert lines[-1] == "End of form"


def test_docx_detected_by_extension() -> None:
    text, error = extract_text(_docx(), "application/octet-stream", "Referral.DOCX")
    assert error is None and "Jane Smith" in text


def test_docx_zip_bomb() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
        chunk = b"\x00" * (1024 * 1024)
        with zf.open("word/media/zeros.bin", "w") as member:
            for _ in range(200):
                member.write(chunk)
    data = out.getvalue()
    assert len(data) < 1024 * 1024  # ~200 KB on disk, 200 MB declared
    assert extract_text(data, DOCX_TYPE, "bomb.docx") == ("", "zip_bomb")


def test_docx_high_ratio_under_total_limit_is_a_bomb() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b" " * (15 * 1024 * 1024))
    assert extract_text(out.getvalue(), DOCX_TYPE, "x.docx") == ("", "zip_bomb")


def test_corrupt_docx() -> None:
    assert extract_text(b"PK\x03\x04garbage", DOCX_TYPE, "x.docx") == ("", "corrupt")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("word/document.xml", "<w:document><unclosed>")
    assert extract_text(out.getvalue(), DOCX_TYPE, "x.docx") == ("", "corrupt")


# --- Size limits -------------------------------------------------------------------------------


def test_large_attachment_is_not_read_but_message_is_parsed() -> None:
    payload = b"%PDF-1.4\n" + b"\x00" * (25 * 1024 * 1024)
    raw = (
        b"From: a@x.gov.uk\r\nSubject: big one\r\n"
        b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: text/plain\r\n\r\nSee the scan.\r\n"
        b"--B\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="scan.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(payload).replace(b"\n", b"\r\n")
        + b"--B--\r\n"
    )
    msg = parse_message(raw)
    assert msg.subject == "big one"
    assert msg.body_text == "See the scan."
    (att,) = msg.attachments
    assert att.error == "too_large"
    assert att.size == len(payload) > MAX_ATTACHMENT_BYTES
    assert att.filename == "scan.pdf" and att.text == ""


def test_text_is_capped() -> None:
    text, error = extract_text(b"word " * MAX_TEXT_CHARS, "text/plain", "big.txt")
    assert error is None
    assert len(text) == MAX_TEXT_CHARS


# --- Text, HTML, other types --------------------------------------------------------------------


def test_text_and_html_attachments() -> None:
    text, error = extract_text(
        "Notes: £5".encode("cp1252"), "text/plain", "n.txt", charset="latin1"
    )
    assert (text, error) == ("Notes: £5", None)
    html, error = extract_text(b"<p>Hello<script>x()</script></p><p>World</p>", "text/html", None)
    assert error is None and html == "Hello\n\nWorld"


def test_other_types_get_no_text() -> None:
    for content_type, name in (
        ("image/png", "photo.png"),
        ("text/calendar", "invite.ics"),
        ("application/zip", "files.zip"),
    ):
        att = extract_attachment(b"BEGIN:VCALENDAR\r\n", content_type, name)
        assert (att.text, att.error) == ("", None), content_type


def test_rfc2231_filename() -> None:
    raw = (
        b"From: a@x.gov.uk\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/plain\r\n\r\nbody\r\n"
        b"--B\r\nContent-Type: application/octet-stream\r\n"
        b"Content-Disposition: attachment;\r\n"
        b" filename*0*=utf-8''R%C3%A9sum%C3%A9%20of;\r\n filename*1*=%20%C2%A3%20costs.bin\r\n\r\n"
        b"xx\r\n"
        b"--B\r\nContent-Type: application/octet-stream;\r\n"
        b' name="=?utf-8?Q?=C3=A9t=C3=A9.bin?="\r\n\r\nyy\r\n--B--\r\n'
    )
    msg = parse_message(raw)
    assert [a.filename for a in msg.attachments] == ["Résumé of £ costs.bin", "été.bin"]
    assert [a.content_type for a in msg.attachments] == ["application/octet-stream"] * 2
    assert [a.size for a in msg.attachments] == [2, 2]


def test_attachment_failure_does_not_fail_message() -> None:
    raw = _with_attachment(b"%PDF-1.4 nonsense", "application", "pdf", "bad.pdf")
    msg = parse_message(raw)
    assert msg.body_text == "Please see the attachment."
    assert msg.attachments[0].error == "corrupt"


# --- message/rfc822 -----------------------------------------------------------------------------


def _inner(subject: str, body: str) -> EmailMessage:
    inner = EmailMessage()
    inner["From"] = "Jane Smith <jane@school.org.uk>"
    inner["Date"] = "Tue, 02 Jan 2024 09:00:00 +0000"
    inner["Subject"] = subject
    inner.set_content(body)
    return inner


def test_forwarded_message_attachment() -> None:
    inner = _inner("Concern about pupil", "I am worried about the pupil in class 3.")
    inner.add_attachment(b"Attendance 62%", maintype="text", subtype="plain", filename="att.txt")
    outer = EmailMessage()
    outer["From"] = "head@school.org.uk"
    outer["Subject"] = "FW: Concern"
    outer.set_content("Forwarding as discussed.")
    outer.add_attachment(inner)
    msg = parse_message(bytes(outer))
    (att,) = msg.attachments
    assert att.content_type == "message/rfc822"
    assert att.error is None
    lines = att.text.split("\n")
    assert "From: Jane Smith <jane@school.org.uk>" in lines
    assert "Date: Tue, 02 Jan 2024 09:00:00 +0000" in lines
    assert "Subject: Concern about pupil" in lines
    assert "I am worried about the pupil in class 3." in lines
    assert "Attendance 62%" in lines
    assert "message/rfc822" in msg.part_types


def test_forwarded_messages_nesting_is_limited() -> None:
    current = _inner("level 0", "deepest body")
    for level in range(1, 8):
        outer = _inner(f"level {level}", f"body {level}")
        outer.add_attachment(current)
        current = outer
    msg = parse_message(bytes(current))
    text = msg.attachments[0].text
    assert "level 6" in text
    assert "deepest body" not in text


def test_eml_file_as_octet_stream() -> None:
    data = bytes(_inner("As a file", "Body of the saved message."))
    text, error = extract_text(data, "application/octet-stream", "saved.eml")
    assert error is None
    assert "Subject: As a file" in text and "Body of the saved message." in text


# --- TNEF (winmail.dat) --------------------------------------------------------------------------


def _tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    header = struct.pack("<BHHI", level, name, kind, len(data))
    return header + data + struct.pack("<H", sum(data) & 0xFFFF)


def _tnef(body: bytes, attachments: list[tuple[bytes, bytes]], mapi: bytes = b"") -> bytes:
    """A minimal winmail.dat in the TNEF layout ([MS-OXTNEF]): signature, key, then
    attributes of (level, id, type, length, data, checksum)."""
    out = struct.pack("<IH", 0x223E9F78, 0x0101)
    out += _tnef_object(1, 0x9006, 0x0008, struct.pack("<I", 0x10000))  # attTnefVersion
    out += _tnef_object(1, 0x9007, 0x0006, struct.pack("<II", 1252, 0))  # attOemCodepage
    if body:
        out += _tnef_object(1, 0x800C, 0x0002, body)  # attBody
    if mapi:
        out += _tnef_object(1, 0x9003, 0x0006, mapi)  # attMsgProps
    for name, data in attachments:
        out += _tnef_object(2, 0x9002, 0x0006, b"\x01\x00\xff\xff\xff\xff")  # attAttachRendData
        out += _tnef_object(2, 0x8010, 0x0001, name + b"\x00")  # attAttachTitle
        out += _tnef_object(2, 0x800F, 0x0006, data)  # attAttachData
    return out


def test_tnef_body_and_attachments() -> None:
    data = _tnef(
        "Body from Outlook – £10".encode("cp1252"),
        [(b"notes.txt", b"Notes from the visit"), (b"form.docx", _docx())],
    )
    raw = _with_attachment(data, "application", "ms-tnef", "winmail.dat")
    (att,) = parse_message(raw).attachments
    assert att.error is None
    assert "Body from Outlook – £10" in att.text
    assert "Notes from the visit" in att.text
    assert "Child name | Jane Smith" in att.text


def test_tnef_mapi_body() -> None:
    body = "Body held in MAPI properties".encode("utf-16-le") + b"\x00\x00"
    padded = body + b"\x00" * (-len(body) % 4)
    # One PT_UNICODE property, PR_BODY (0x1000), one value.
    mapi = struct.pack("<IHHII", 1, 0x001F, 0x1000, 1, len(body)) + padded
    text, error = extract_text(_tnef(b"", [], mapi=mapi), "application/ms-tnef", "winmail.dat")
    assert error is None and "Body held in MAPI properties" in text


def test_hostile_tnef_counts_are_refused() -> None:
    # A property count of four billion: tnefparse would spin through every one of them.
    mapi = struct.pack("<I", 0xFFFFFFFF) + b"\x00" * 8
    text, error = extract_text(_tnef(b"", [], mapi=mapi), "application/ms-tnef", "winmail.dat")
    assert (text, error) == ("", "corrupt")
    # A multi-valued short property claiming four billion values.
    mapi = struct.pack("<IHHI", 1, 0x1002, 0x0001, 0xFFFFFFFF)
    text, error = extract_text(_tnef(b"", [], mapi=mapi), "application/ms-tnef", "winmail.dat")
    assert (text, error) == ("", "corrupt")


def test_corrupt_tnef() -> None:
    text, error = extract_text(b"not tnef at all", "application/ms-tnef", "winmail.dat")
    assert text == "" and error == "corrupt"
