"""Text extraction from attachments: PDF, .docx, TNEF (winmail.dat), text, HTML and
forwarded messages (message/rfc822).

Every extractor is bounded (see the limits below) and every failure is reported as the
attachment's ``error`` instead of an exception: one bad attachment must not cost the rest
of the message.
"""

from __future__ import annotations

import io
import struct
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree

from classifiers.message import Attachment
from classifiers.text import MAX_HTML_CHARS, decode_bytes, html_to_text, normalise_whitespace

__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "MAX_NESTING",
    "MAX_PDF_PAGES",
    "MAX_TEXT_CHARS",
    "MAX_ZIP_RATIO",
    "MAX_ZIP_TOTAL_BYTES",
    "Budget",
    "extract_attachment",
    "extract_text",
]

# --- Limits -----------------------------------------------------------------------------
# An attachment bigger than this (decoded) is recorded but not read: error "too_large".
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
# Extracted text is cut at this many characters per attachment.
MAX_TEXT_CHARS = 200_000
# At most this many pages of one PDF are read.
MAX_PDF_PAGES = 50
# A .docx (a zip) whose members declare more than this in total, uncompressed, is refused.
MAX_ZIP_TOTAL_BYTES = 20 * 1024 * 1024
# ... and so is one whose uncompressed/compressed ratio is above this (zip bombs).
MAX_ZIP_RATIO = 100
# Members smaller than this are exempt from the ratio test: tiny XML parts compress well
# and cannot do harm.
_ZIP_RATIO_MIN_BYTES = 1024 * 1024
# Forwarded messages inside forwarded messages are read this many levels deep.
MAX_NESTING = 3
# Whole-message work budgets shared by all attachments of one message (including nested
# ones), so that fifty 10 MB PDFs cannot add up to minutes of work.
MAX_PDF_PAGES_PER_MESSAGE = 100
MAX_HTML_CHARS_PER_MESSAGE = 2 * MAX_HTML_CHARS
MAX_ATTACHMENTS_READ = 50


@dataclass(slots=True)
class Budget:
    """Work left for one message; shared by the message and the messages nested in it."""

    pdf_pages: int = MAX_PDF_PAGES_PER_MESSAGE
    html_chars: int = MAX_HTML_CHARS_PER_MESSAGE
    attachments: int = MAX_ATTACHMENTS_READ


class _ExtractError(Exception):
    """Extraction failed for a known reason; ``code`` becomes Attachment.error."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


# --- Type detection -----------------------------------------------------------------------

_PDF_TYPES = frozenset({"application/pdf", "application/x-pdf", "application/acrobat"})
_DOCX_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-word.document.macroenabled.12",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
    }
)
_TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})
_TNEF_MAGIC = b"\x78\x9f\x3e\x22"
_GENERIC_TYPES = frozenset({"application/octet-stream", "application/x-download", ""})


def _kind(data: bytes, content_type: str, filename: str | None) -> str | None:
    """Which extractor applies: by content type, then file extension, then magic bytes."""
    ct = content_type.lower()
    name = (filename or "").lower().strip()
    ext = name.rsplit(".", 1)[-1] if "." in name else ""
    if ct in _PDF_TYPES or ext == "pdf":
        return "pdf"
    if ct in _DOCX_TYPES or ext in ("docx", "docm", "dotx"):
        return "docx"
    if ct in _TNEF_TYPES or name == "winmail.dat" or data.startswith(_TNEF_MAGIC):
        return "tnef"
    if ct == "message/rfc822" or ext == "eml":
        return "rfc822"
    if ct in ("text/html", "application/xhtml+xml") or ext in ("htm", "html"):
        return "html"
    if ct == "text/plain" or ext == "txt":
        return "text"
    if ct in _GENERIC_TYPES and data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    return None


# --- Entry points ---------------------------------------------------------------------------


def extract_attachment(
    data: bytes,
    content_type: str,
    filename: str | None,
    *,
    charset: str | None = None,
    nesting: int = 0,
    budget: Budget | None = None,
) -> Attachment:
    """An Attachment record with whatever text could be read from ``data``."""
    text, error = extract_text(
        data, content_type, filename, charset=charset, nesting=nesting, budget=budget
    )
    return Attachment(
        filename=filename,
        content_type=content_type.lower(),
        size=len(data),
        text=text,
        error=error,
    )


def extract_text(
    data: bytes,
    content_type: str,
    filename: str | None,
    *,
    charset: str | None = None,
    nesting: int = 0,
    budget: Budget | None = None,
) -> tuple[str, str | None]:
    """(text, error) for one attachment. Never raises."""
    if budget is None:
        budget = Budget()
    try:
        if len(data) > MAX_ATTACHMENT_BYTES:
            return "", "too_large"
        kind = _kind(data, content_type, filename)
        if kind is None:
            return "", None
        if budget.attachments <= 0:
            return "", "budget_exhausted"
        budget.attachments -= 1
        # Library warnings (pypdf's PdfReadWarning...) are noise here, and under a
        # warnings-as-errors configuration they would turn a readable file into a failure.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            text = _EXTRACTORS[kind](data, charset, nesting, budget)
        return _cap(normalise_whitespace(text)), None
    except _ExtractError as exc:
        return "", exc.code
    except RecursionError:
        return "", "too_deep"
    except MemoryError:
        return "", "too_large"
    except Exception as exc:  # any library failure is this attachment's problem only
        # The class name only: exception messages can quote document content.
        return "", f"failed:{type(exc).__name__}"


def _cap(text: str) -> str:
    return text[:MAX_TEXT_CHARS]


# --- Plain text and HTML ---------------------------------------------------------------------


def _text(data: bytes, charset: str | None, nesting: int, budget: Budget) -> str:
    text, _defect = decode_bytes(data[: MAX_TEXT_CHARS * 4], charset)
    return text


def _html(data: bytes, charset: str | None, nesting: int, budget: Budget) -> str:
    html, _defect = decode_bytes(data, charset)
    return _html_with_budget(html, budget)


def _html_with_budget(html: str, budget: Budget) -> str:
    if budget.html_chars <= 0:
        raise _ExtractError("budget_exhausted")
    html = html[: min(MAX_HTML_CHARS, budget.html_chars)]
    budget.html_chars -= len(html)
    return html_to_text(html)


# --- PDF ----------------------------------------------------------------------------------------


def _pdf(data: bytes, charset: str | None, nesting: int, budget: Budget) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, struct.error) as exc:
        raise _ExtractError("corrupt") from exc
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except Exception as exc:  # unsupported algorithm or broken encryption dictionary
            raise _ExtractError("encrypted") from exc
        if not opened:
            raise _ExtractError("encrypted")
    try:
        page_count = len(reader.pages)
    except Exception as exc:
        raise _ExtractError("corrupt") from exc
    if page_count == 0:
        raise _ExtractError("corrupt")
    parts: list[str] = []
    total = 0
    failed = 0
    for index in range(min(page_count, MAX_PDF_PAGES)):
        if budget.pdf_pages <= 0 or total >= MAX_TEXT_CHARS:
            break
        budget.pdf_pages -= 1
        try:
            page_text = reader.pages[index].extract_text() or ""
        except Exception:  # one broken page: keep the others
            failed += 1
            continue
        parts.append(page_text)
        total += len(page_text)
    if failed and not any(p.strip() for p in parts):
        raise _ExtractError("corrupt")
    return "\n\n".join(parts)


# --- .docx ----------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_zip(zf: zipfile.ZipFile) -> None:
    """Refuse zip bombs using the sizes the archive declares, before decompressing."""
    infos = zf.infolist()
    total = sum(i.file_size for i in infos)
    compressed = sum(i.compress_size for i in infos)
    if total > MAX_ZIP_TOTAL_BYTES:
        raise _ExtractError("zip_bomb")
    if total >= _ZIP_RATIO_MIN_BYTES and total > MAX_ZIP_RATIO * max(compressed, 1):
        raise _ExtractError("zip_bomb")
    for info in infos:
        if info.file_size >= _ZIP_RATIO_MIN_BYTES and info.file_size > MAX_ZIP_RATIO * max(
            info.compress_size, 1
        ):
            raise _ExtractError("zip_bomb")


def _docx_document_name(zf: zipfile.ZipFile) -> str:
    names = zf.namelist()
    if "word/document.xml" in names:
        return "word/document.xml"
    for name in names:
        if name.startswith("word/") and name.endswith(".xml") and "document" in name:
            return name
    raise _ExtractError("corrupt")


def _docx(data: bytes, charset: str | None, nesting: int, budget: Budget) -> str:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise _ExtractError("corrupt") from exc
    with zf:
        _check_zip(zf)
        name = _docx_document_name(zf)
        try:
            with zf.open(name) as fp:
                return "\n".join(_docx_lines(fp))
        except (ElementTree.ParseError, zipfile.BadZipFile, OSError, EOFError) as exc:
            # zipfile reports decompression failures as zlib.error (an OSError subclass)
            # or BadZipFile (CRC mismatch).
            raise _ExtractError("corrupt") from exc


def _docx_lines(fp: Any) -> Iterator[str]:
    """Lines of document.xml in reading order: one per paragraph, one per table row with
    its cells separated by " | " (casework forms are mostly tables)."""
    line: list[str] = []  # runs of the paragraph being read
    cells: list[list[str]] = []  # stack: paragraphs of the innermost open table cell(s)
    rows: list[list[str]] = []  # stack: cell texts of the innermost open table row(s)
    chars = 0
    for event, elem in ElementTree.iterparse(fp, events=("start", "end")):
        tag = elem.tag
        if event == "start":
            if tag == _W + "tc":
                cells.append([])
            elif tag == _W + "tr":
                rows.append([])
            continue
        if tag == _W + "t":
            line.append(elem.text or "")
        elif tag == _W + "tab":
            line.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            line.append("\n")
        elif tag == _W + "p":
            text = "".join(line)
            line = []
            if cells:
                cells[-1].append(text)
            else:
                chars += len(text) + 1
                yield text
        elif tag == _W + "tc":
            cell = " ".join(p.strip() for p in cells.pop() if p.strip())
            if rows:
                rows[-1].append(cell)
        elif tag == _W + "tr":
            row = " | ".join(rows.pop())
            if cells:  # a table nested in a cell
                cells[-1].append(row)
            else:
                chars += len(row) + 1
                yield row
        if event == "end" and tag in (_W + "p", _W + "tbl", _W + "body"):
            elem.clear()  # keep memory flat on large documents
        if chars > MAX_TEXT_CHARS:
            return


# --- TNEF (winmail.dat) -------------------------------------------------------------------------

_TNEF_SIGNATURE = 0x223E9F78
_IMESSAGE_SIG = b"\x07\x03\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46"
_MAX_TNEF_DEPTH = 3
_MAX_TNEF_OBJECTS = 5_000
_MAX_TNEF_VALUES = 100_000
# tnefparse copies the rest of the buffer for every object it reads; bound the copying.
_MAX_TNEF_COPY_BYTES = 512 * 1024 * 1024
_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
_FIXED_SIZES = {0x2: 2, 0xB: 2, 0x3: 4, 0x4: 4, 0xA: 4, 0x5: 8, 0x7: 8, 0x6: 8, 0x14: 8, 0x40: 8}
_FIXED_SIZES[0x48] = 16
_VARIABLE_TYPES = frozenset({0x1E, 0x1F, 0x0D, 0x102, 0x0})


class _Stop(Exception):
    """tnefparse would stop reading here (it catches the error itself): harmless."""


class _TnefBudget:
    def __init__(self) -> None:
        self.values = 0
        self.copies = 0


def _tnef_sane(data: bytes, depth: int, tb: _TnefBudget) -> None:
    """Walk the TNEF structure the way tnefparse does and refuse input on which tnefparse
    would loop billions of times or allocate without bound (it trusts every count field).
    Raises _ExtractError("corrupt") for such input."""
    if depth > _MAX_TNEF_DEPTH:
        raise _ExtractError("too_deep")
    if len(data) < 6 or _U32.unpack_from(data, 0)[0] != _TNEF_SIGNATURE:
        return  # tnefparse raises ValueError itself
    offset = 6
    objects = 0
    while offset + 12 < len(data):
        objects += 1
        tb.copies += len(data) - offset
        if objects > _MAX_TNEF_OBJECTS or tb.copies > _MAX_TNEF_COPY_BYTES:
            raise _ExtractError("corrupt")
        level = data[offset]
        name = _U16.unpack_from(data, offset + 1)[0]
        length = min(len(data) - offset, _U32.unpack_from(data, offset + 5)[0] + 11)
        payload = data[offset + 9 : offset + length - 2]
        offset += length
        # attAttachment (attachment level) and attMAPIProps (message level): MAPI props.
        if (level == 2 and name == 0x9005) or (level != 2 and name == 0x9003):
            _mapi_sane(payload, 0, depth, tb)
        elif level != 2 and name == 0x9004:  # attRecipTable
            if len(payload) < 4:
                return
            rows = _U32.unpack_from(payload, 0)[0]
            if rows > 10_000:
                raise _ExtractError("corrupt")
            at = 4
            for _ in range(rows):
                if at + 4 > len(payload):
                    return  # tnefparse raises struct.error here: it stops, so do we
                at = _mapi_sane(payload, at, depth, tb)


def _mapi_sane(data: bytes, offset: int, depth: int, tb: _TnefBudget) -> int:
    """Mirror tnefparse.mapi.decode_mapi; returns the offset where it would stop."""
    if offset + 4 > len(data):
        return offset
    count = _U32.unpack_from(data, offset)[0]
    offset += 4
    try:
        for index in range(count):
            if offset >= len(data):
                # tnefparse would spin (and log) through every remaining property.
                if count - index > 64:
                    raise _ExtractError("corrupt")
                break
            offset = _mapi_property_sane(data, offset, depth, tb)
    except (_Stop, struct.error, UnicodeDecodeError):
        pass
    return offset


def _mapi_property_sane(data: bytes, offset: int, depth: int, tb: _TnefBudget) -> int:
    attr_type = _U16.unpack_from(data, offset)[0]
    attr_name = _U16.unpack_from(data, offset + 2)[0]
    offset += 4
    if attr_name >= 0x8000:
        offset += 16
        kind = _U32.unpack_from(data, offset)[0]
        offset += 4
        if kind == 0:
            offset += 4
        else:
            iid_len = _U32.unpack_from(data, offset)[0]
            offset += 4
            iid_len += (4 - iid_len % 4) % 4
            data[offset : offset + iid_len].decode("utf-16")
            offset += iid_len
    multi: int | None = None
    if attr_type & 0x1000:
        attr_type ^= 0x1000
        multi = _U32.unpack_from(data, offset)[0]
        offset += 4
    repeat = multi or 1
    if attr_type in _FIXED_SIZES:
        size = _FIXED_SIZES[attr_type]
        # tnefparse slices past the end without complaint, once per declared value.
        if repeat * size > len(data) - offset + size:
            raise _ExtractError("corrupt")
        tb.values += repeat
        offset += repeat * size
        if repeat % 2 and attr_type in (0x2, 0xB):
            offset += 2
    elif attr_type in _VARIABLE_TYPES:
        for _ in range(repeat):
            if multi:
                vals = 1
            else:
                vals = _U32.unpack_from(data, offset)[0]
                offset += 4
            for _ in range(vals):
                tb.values += 1
                if tb.values > _MAX_TNEF_VALUES:
                    raise _ExtractError("corrupt")
                size = _U32.unpack_from(data, offset)[0]
                offset += 4
                size += (4 - size % 4) % 4
                item = data[offset : offset + size]
                if item.startswith(_IMESSAGE_SIG):  # an embedded message: TNEF again
                    _tnef_sane(item[len(_IMESSAGE_SIG) :], depth + 1, tb)
                offset += size
    elif attr_type == 0x1:  # MAPI null: tnefparse raises ValueError inside its own try
        raise _Stop
    else:
        raise _Stop
    if tb.values > _MAX_TNEF_VALUES:
        raise _ExtractError("corrupt")
    return offset


def _tnef(data: bytes, charset: str | None, nesting: int, budget: Budget) -> str:
    from tnefparse import TNEF

    _tnef_sane(data, 0, _TnefBudget())
    try:
        tnef = TNEF(data, do_checksum=False)
    except Exception as exc:
        raise _ExtractError("corrupt") from exc
    return _tnef_text(tnef, nesting, budget, 0)


def _tnef_str(value: Any, codepage: str | None) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):  # MAPI string properties are lists of values
        return "\n".join(_tnef_str(v, codepage) for v in value)
    if isinstance(value, bytes | bytearray):
        text, _defect = decode_bytes(bytes(value).rstrip(b"\x00"), codepage or "cp1252")
        return text
    return ""


def _tnef_text(tnef: Any, nesting: int, budget: Budget, depth: int) -> str:
    parts: list[str] = []
    codepage = getattr(tnef, "codepage", None)
    body = _tnef_str(getattr(tnef, "body", None), codepage)
    if body.strip():
        parts.append(body)
    else:
        html = _tnef_str(getattr(tnef, "htmlbody", None), codepage)
        if html.strip():
            parts.append(_html_with_budget(html, budget))
    for att in getattr(tnef, "attachments", []):
        embedded = getattr(att, "embed", None)
        if embedded is not None and depth < _MAX_TNEF_DEPTH:
            parts.append(_tnef_text(embedded, nesting, budget, depth + 1))
            continue
        try:
            name = att.long_filename()
        except Exception:
            name = None
        name = name if isinstance(name, str) else None
        payload = att.data if isinstance(att.data, bytes) else b""
        text, _error = extract_text(
            payload, "application/octet-stream", name, nesting=nesting + 1, budget=budget
        )
        if text.strip():
            parts.append(f"[Attachment: {name or 'unnamed'}]\n{text}")
    return "\n\n".join(parts)


# --- message/rfc822 --------------------------------------------------------------------------


def _rfc822(data: bytes, charset: str | None, nesting: int, budget: Budget) -> str:
    if nesting >= MAX_NESTING:
        raise _ExtractError("too_deep")
    # mime imports this module: import at call time to keep the cycle harmless.
    from classifiers.mime import parse_nested

    inner = parse_nested(data, nesting=nesting + 1, budget=budget)
    sender = inner.from_address or ""
    if inner.from_name:
        sender = f"{inner.from_name} <{sender}>" if sender else inner.from_name
    lines = [
        f"From: {sender}",
        f"Date: {inner.header('date') or ''}",
        f"Subject: {inner.subject}",
        "",
        inner.body_text,
    ]
    for att in inner.attachments:
        if att.text.strip():
            lines += ["", f"[Attachment: {att.filename or 'unnamed'}]", att.text]
    return "\n".join(lines)


_EXTRACTORS = {
    "text": _text,
    "html": _html,
    "pdf": _pdf,
    "docx": _docx,
    "tnef": _tnef,
    "rfc822": _rfc822,
}
