"""Text helpers for message bodies: charset decoding, HTML to text, reply-chain splitting.

Everything here is pure and never raises on odd input: mail is written by every client
ever shipped, and a helper that throws loses the whole message.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.html_engine import Inscriptis
from inscriptis.model.config import ParserConfig
from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html

__all__ = [
    "MAX_HTML_CHARS",
    "decode_bytes",
    "html_to_text",
    "normalise_whitespace",
    "split_quoted",
]

# HTML beyond this is cut before conversion: inscriptis is pure Python and a multi-MB
# newsletter would otherwise dominate the parse time.
MAX_HTML_CHARS = 1_000_000

# Labels that mean windows-1252 in practice: browsers (WHATWG Encoding Standard) decode
# them as windows-1252 because senders mislabel cp1252 text (curly quotes, £, €) as latin-1.
_CP1252_ALIASES = frozenset({"iso8859-1", "latin_1", "ascii", "cp1252"})


def _c1_fallback(err: UnicodeError) -> tuple[str, int]:
    """Map the five bytes windows-1252 leaves undefined to C1 controls, as browsers do."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return "".join(chr(b) for b in bad), err.end


codecs.register_error("mailbot_c1", _c1_fallback)


def _codec_name(charset: str) -> str | None:
    """The Python codec for a MIME charset label, None when unknown."""
    label = charset.strip().strip("\"'").lower()
    # RFC 2231 language suffix, e.g. "utf-8*en".
    label = label.split("*", 1)[0]
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    if name in _CP1252_ALIASES:
        return "cp1252"
    # Codecs that are not text encodings (e.g. "base64", "rot13") are not charsets.
    if not codecs.lookup(name)._is_text_encoding:
        return None
    return name


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Decode body or header bytes; returns (text, defect code or None).

    The declared charset wins when the bytes decode in it. Otherwise charset-normalizer's
    best guess, and finally UTF-8 with replacement characters; the defect code says which
    fallback was needed. With no declared charset, UTF-8 is tried before windows-1252
    because undeclared 8-bit mail is mostly UTF-8 nowadays.
    """
    if not data:
        return "", None
    defect: str | None = None
    if charset is not None and charset.strip():
        codec = _codec_name(charset)
        if codec is None:
            defect = "unknown_charset"
        else:
            try:
                if codec == "cp1252":
                    return data.decode("cp1252", "mailbot_c1"), None
                return data.decode(codec), None
            except (UnicodeDecodeError, LookupError, ValueError):
                defect = "charset_fallback"
    else:
        if data.isascii():
            return data.decode("ascii"), None
        try:
            return data.decode("utf-8"), None
        except UnicodeDecodeError:
            return data.decode("cp1252", "mailbot_c1"), None
    return _guess_decode(data), defect


def _guess_decode(data: bytes) -> str:
    try:
        # UTF-8 that is only broken by truncation (a cut multi-byte sequence) is still UTF-8.
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        matches = from_bytes(data)
        best = matches.best()
        if best is not None:
            # Short Western text often scores equally in cp1250 and cp1252; these are UK
            # mailboxes, so windows-1252 wins a tie (otherwise "£" comes out as "Ł").
            for match in matches:
                if match.encoding == "cp1252" and match.chaos <= best.chaos + 0.01:
                    return str(match)
            return str(best)
    except Exception:  # charset-normalizer is heuristic code: never let it sink a message
        pass
    return data.decode("utf-8", "replace")


_HTML_CONFIG = ParserConfig(css=CSS_PROFILES["relaxed"], display_links=False)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# lxml refuses strings with NUL and most C0 controls.
_BAD_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DROP_ELEMENTS = ("script", "style", "head", "title", "noscript", "template", etree.Comment)
_INLINE_TAGS = (
    "span", "font", "b", "i", "u", "s", "strong", "em", "a", "small", "big", "sup", "sub",
    "abbr", "label", "mark", "o:p", "st1:place", "st1:city", "st1:personname",
    etree.ProcessingInstruction,
)  # fmt: skip
_TAG = re.compile(r"<[^>]{0,2000}>")
_SCRIPT_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def html_to_text(html: str) -> str:
    """Readable text from HTML: block elements become line breaks, entities are decoded,
    script and style content is dropped."""
    if not html or not html.strip():
        return ""
    html = html[:MAX_HTML_CHARS]
    html = _BAD_XML_CHARS.sub("", _XML_DECL.sub("", html)).strip()
    try:
        try:
            tree = lxml_html.document_fromstring(html)
        except etree.ParserError:
            tree = lxml_html.document_fromstring("<pre>" + html + "</pre>")
        # Drop what is never text and unwrap inline elements in C before inscriptis walks
        # the tree in Python: Outlook HTML is mostly nested spans, and this halves the time.
        etree.strip_elements(tree, *_DROP_ELEMENTS, with_tail=False)
        etree.strip_tags(tree, *_INLINE_TAGS)
        text = str(Inscriptis(tree, _HTML_CONFIG).get_text())
    except Exception:  # lxml/inscriptis on hostile markup: fall back to crude stripping
        import html as html_module

        text = html_module.unescape(_TAG.sub(" ", _SCRIPT_STYLE.sub(" ", html)))
    # inscriptis indents nested blocks; the indentation carries no meaning for triage.
    return normalise_whitespace("\n".join(line.strip() for line in text.split("\n")))


_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalise_whitespace(text: str) -> str:
    """CRLF and CR to LF, non-breaking spaces to spaces, invisible and control characters
    removed, trailing spaces stripped, runs of blank lines collapsed to one; line structure
    is otherwise kept."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n")


# Reply-chain markers. Each is matched against one stripped line.
_ON_WROTE_START = re.compile(r"^(on|am|le|el|op)\s", re.IGNORECASE)
_ON_WROTE_END = re.compile(r"(wrote|schrieb|a écrit|escribió|schreef)\s*:\s*$", re.IGNORECASE)
_ORIGINAL_MESSAGE = re.compile(r"^-{2,}\s*original message\s*-{2,}$", re.IGNORECASE)
_UNDERSCORES = re.compile(r"^_{20,}$")
_HEADER_FROM = re.compile(r"^\*?from:\*?\s", re.IGNORECASE)
_HEADER_SENT = re.compile(r"^\*?(sent|date):\*?\s", re.IGNORECASE)
_HEADER_SUBJECT = re.compile(r"^\*?(subject|to):\*?\s?", re.IGNORECASE)
_FORWARD = re.compile(
    r"^(-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:|"
    r"-{2,}\s*forwarded by .{0,200}-{2,})$",
    re.IGNORECASE,
)


def _is_header_block(lines: list[str], i: int) -> bool:
    """An Outlook-style "From: / Sent: / To: / Subject:" block starts at line i."""
    if not _HEADER_FROM.match(lines[i]):
        return False
    window = lines[i + 1 : i + 8]
    return any(_HEADER_SENT.match(w) for w in window) and any(
        _HEADER_SUBJECT.match(w) for w in window
    )


def _quote_start(lines: list[str]) -> tuple[int, bool]:
    """Index of the first chain marker and whether it is a forward (content) marker;
    (len(lines), False) when there is none."""
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if _FORWARD.match(line):
            return i, True
        if _ORIGINAL_MESSAGE.match(line) or _UNDERSCORES.match(line):
            return i, False
        if _HEADER_FROM.match(line) and _is_header_block([s.strip() for s in lines[i : i + 8]], 0):
            return i, False
        if _ON_WROTE_START.match(line) and len(line) < 400:
            # Clients wrap a long attribution line over up to three lines.
            joined = line
            for j in range(i, min(i + 3, len(lines))):
                if j > i:
                    joined += " " + lines[j].strip()
                if _ON_WROTE_END.search(joined):
                    return i, False
    return len(lines), False


def split_quoted(text: str) -> tuple[str, str]:
    """Split a reply into (latest, quoted).

    The quoted chain starts at the first "On ... wrote:", "-----Original Message-----",
    Outlook header block or underscore separator; lines starting with ">" are quoted
    wherever they are. Forwarded content ("---------- Forwarded message ---------",
    "Begin forwarded message:") is the content of the message, so it stays in latest.
    """
    if not text:
        return "", ""
    lines = text.split("\n")
    start, forward = _quote_start(lines)
    if forward:
        return text.strip("\n"), ""
    latest: list[str] = []
    quoted: list[str] = []
    for line in lines[:start]:
        (quoted if line.lstrip().startswith(">") else latest).append(line)
    quoted.extend(lines[start:])
    return "\n".join(latest).strip("\n"), "\n".join(quoted).strip("\n")
