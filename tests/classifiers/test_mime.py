"""parse_message: headers, bodies, charsets, reply splitting and hostile input."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifiers.message import ParsedMessage
from classifiers.mime import MAX_DEPTH, parse_message
from classifiers.text import html_to_text, normalise_whitespace, split_quoted


def _message(**headers: str) -> EmailMessage:
    msg = EmailMessage()
    defaults = {
        "From": "Jane Smith <jane.smith@example.gov.uk>",
        "To": "referrals@council.gov.uk",
        "Subject": "Information request",
        "Date": "Mon, 01 Jan 2024 10:00:00 +0000",
        "Message-ID": "<abc.123@example.gov.uk>",
    }
    defaults.update({k.replace("_", "-"): v for k, v in headers.items()})
    for name, value in defaults.items():
        msg[name] = value
    return msg


def _raw(headers: str, body: bytes) -> bytes:
    return headers.strip().replace("\n", "\r\n").encode() + b"\r\n\r\n" + body


# --- Headers -----------------------------------------------------------------------------


def test_basic_headers_are_decoded_and_addresses_split() -> None:
    raw = _raw(
        """
Return-Path: <bounces@example.gov.uk>
Received: from mx1 by mx2; Mon, 01 Jan 2024 10:00:05 +0000
Received: from a by mx1;
 Mon, 01 Jan 2024 09:59:59 -0100 (GMT-1)
Received: from junk by x; not a date
From: "Smith, Jane" <jane.smith@example.gov.uk>
Reply-To: replies@example.gov.uk
To: A <a@council.gov.uk>, b@council.gov.uk
Cc: "Doe, J" <j.doe@police.uk>
Subject: Child in need
 (folded)
Date: Mon, 01 Jan 2024 10:00:00 +0100
Message-ID:   <abc.123@example.gov.uk>
Content-Type: text/plain; charset=utf-8
""",
        b"Hello",
    )
    msg = parse_message(raw)
    assert msg.from_name == "Smith, Jane"
    assert msg.from_address == "jane.smith@example.gov.uk"
    assert msg.reply_to == ["replies@example.gov.uk"]
    assert msg.to == ["a@council.gov.uk", "b@council.gov.uk"]
    assert msg.cc == ["j.doe@police.uk"]
    assert msg.subject == "Child in need (folded)"
    assert msg.message_id == "<abc.123@example.gov.uk>"
    assert msg.return_path == "bounces@example.gov.uk"
    assert msg.date == datetime(2024, 1, 1, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert msg.received_dates == [
        datetime(2024, 1, 1, 10, 0, 5, tzinfo=UTC),
        datetime(2024, 1, 1, 9, 59, 59, tzinfo=timezone(timedelta(hours=-1))),
    ]
    assert len(msg.headers["received"]) == 3
    assert msg.header("Subject") == "Child in need (folded)"
    assert msg.body_text == "Hello"


def test_null_return_path_and_missing_return_path() -> None:
    assert parse_message(_raw("From: a@b.uk\nReturn-Path: <>", b"x")).return_path == ""
    assert parse_message(_raw("From: a@b.uk", b"x")).return_path is None


def test_rfc2047_subject_and_display_name() -> None:
    raw = _raw(
        """
From: =?utf-8?Q?J=C3=B6rg_M=C3=BCller?= <jorg@example.de>
To: =?iso-8859-1?q?Sm=EDth=2C_A?= <a@x.uk>
Subject: =?utf-8?B?UmU6IMKjNTAwIGZvciB0aGUg?= =?utf-8?B?Y2hpbGQ=?=
 =?UTF-8?Q?_=E2=80=93_urgent?=
""",
        b"body",
    )
    msg = parse_message(raw)
    assert msg.subject == "Re: £500 for the child – urgent"
    assert msg.from_name == "Jörg Müller"
    assert msg.from_address == "jorg@example.de"
    # An encoded comma in a display name must not split the address list.
    assert msg.to == ["a@x.uk"]


def test_broken_encoded_words_do_not_fail() -> None:
    raw = _raw(
        """
From: =?utf-8?B?SmFuZQ?= <jane@x.uk>
Subject: =?x-no-such-charset?Q?caf=C3=A9?= and =?utf-8?Q?broken word?= =?utf-8?B?!!?=
""",
        b"body",
    )
    msg = parse_message(raw)
    assert msg.from_name == "Jane"  # missing base64 padding tolerated
    assert msg.subject.startswith("café and broken word")
    assert "unknown_charset" in msg.defects


def test_raw_utf8_and_8bit_headers() -> None:
    raw = "From: Zoë <zoe@x.uk>\r\nSubject: Café £5\r\n\r\nbody".encode()
    msg = parse_message(raw)
    assert msg.subject == "Café £5"
    assert msg.from_name == "Zoë"
    latin = b"From: a@x.uk\r\nSubject: Caf\xe9 \xa35\r\n\r\nbody"
    assert parse_message(latin).subject == "Café £5"


# --- Bodies --------------------------------------------------------------------------------


def test_html_only_body_becomes_readable_text() -> None:
    msg = _message()
    msg.set_content(
        "<html><head><style>p {color: red}</style><script>alert('x')</script></head>"
        "<body><p>Dear team,</p><p>Please see the child&#39;s &amp; family&nbsp;details"
        " &pound;5.</p><div>Line <b>two</b></div><ul><li>first</li><li>second</li></ul>"
        "</body></html>",
        subtype="html",
    )
    parsed = parse_message(bytes(msg))
    assert parsed.body_from_html is True
    text = parsed.body_text
    assert "Dear team," in text
    assert "Please see the child's & family details £5." in text
    assert "<" not in text and "color: red" not in text and "alert" not in text
    lines = text.split("\n")
    assert "Line two" in lines
    assert lines.index("Line two") > lines.index("Dear team,")
    assert any(line.endswith("first") for line in lines)


def test_alternative_prefers_plain_part() -> None:
    msg = _message()
    msg.set_content("Plain version of the request.")
    msg.add_alternative("<p>HTML version of the request.</p>", subtype="html")
    parsed = parse_message(bytes(msg))
    assert parsed.body_text == "Plain version of the request."
    assert parsed.body_from_html is False
    assert parsed.part_types == ("multipart/alternative", "text/plain", "text/html")


def test_alternative_with_empty_plain_uses_html() -> None:
    msg = _message()
    msg.set_content(" \n")
    msg.add_alternative("<p>Only the HTML says something.</p>", subtype="html")
    parsed = parse_message(bytes(msg))
    assert parsed.body_text == "Only the HTML says something."
    assert parsed.body_from_html


def test_quoted_printable_body() -> None:
    body = b"Caf=C3=A9 soft=\r\nbreak and =C2=A3100 for the family.\r\n"
    raw = _raw(
        "From: a@x.uk\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable",
        body,
    )
    assert parse_message(raw).body_text == "Café softbreak and £100 for the family."


def test_base64_body() -> None:
    body = base64.encodebytes("Child’s school: St Mary’s – Year 3\n".encode())
    raw = _raw(
        "From: a@x.uk\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
        body,
    )
    assert parse_message(raw).body_text == "Child’s school: St Mary’s – Year 3"


def test_mixed_inline_text_parts_are_joined() -> None:
    msg = _message()
    msg.set_content("First part.")
    msg.add_attachment("Second part.", disposition="inline")
    msg.add_attachment("Third part, an HTML one", subtype="html", disposition="inline")
    parsed = parse_message(bytes(msg))
    assert parsed.body_text == "First part.\n\nSecond part.\n\nThird part, an HTML one"


def test_windows_1252_labelled_iso_8859_1() -> None:
    text = "“Quoted” costs £25 – ok"
    raw = _raw(
        'From: a@x.uk\nContent-Type: text/plain; charset="iso-8859-1"\n'
        "Content-Transfer-Encoding: 8bit",
        text.encode("cp1252"),
    )
    parsed = parse_message(raw)
    assert parsed.body_text == text
    assert parsed.defects == ()


def test_utf8_label_with_windows_1252_bytes() -> None:
    text = "Dear Sir, the meeting is on Tuesday – please confirm “yes” or “no”. Cost £25."
    raw = _raw(
        "From: a@x.uk\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit",
        text.encode("cp1252"),
    )
    parsed = parse_message(raw)
    assert parsed.body_text == text
    assert "charset_fallback" in parsed.defects


def test_unknown_charset_name() -> None:
    raw = _raw(
        "From: a@x.uk\nContent-Type: text/plain; charset=x-klingon-7\n"
        "Content-Transfer-Encoding: 8bit",
        "Résumé attached for the café".encode(),
    )
    parsed = parse_message(raw)
    assert parsed.body_text == "Résumé attached for the café"
    assert "unknown_charset" in parsed.defects


def test_crlf_and_blank_runs_normalised() -> None:
    raw = _raw("From: a@x.uk", b"line one  \r\n\r\n\r\n\r\n\r\nline two\r\nline three")
    assert parse_message(raw).body_text == "line one\n\nline two\nline three"


def test_latest_text_drops_quoted_chain() -> None:
    msg = _message()
    msg.set_content(
        "Thanks, that is helpful.\n\nOn Mon, 1 Jan 2024 at 10:00, Bob <b@x.uk> wrote:\n"
        "> Here is the old request\n"
    )
    parsed = parse_message(bytes(msg))
    assert parsed.latest_text == "Thanks, that is helpful."
    assert "old request" in parsed.body_text


# --- split_quoted / html_to_text / normalise_whitespace -------------------------------------


def test_split_quoted_gmail() -> None:
    text = (
        "Yes, please go ahead.\n\n"
        "On Tue, 2 Jan 2024 at 09:15, Jane Smith <\njane.smith@example.gov.uk> wrote:\n\n"
        "> Can we share the file?\n> Thanks"
    )
    latest, quoted = split_quoted(text)
    assert latest == "Yes, please go ahead."
    assert quoted.startswith("On Tue, 2 Jan 2024") and "share the file" in quoted


def test_split_quoted_outlook_header_block() -> None:
    text = (
        "Please find attached.\n\nKind regards\nSam\n\n"
        "________________________________\n"
        "From: Jane Smith <jane@x.gov.uk>\nSent: 02 January 2024 09:15\n"
        "To: Sam <sam@y.gov.uk>\nSubject: RE: referral\n\nOlder text"
    )
    assert split_quoted(text) == (
        "Please find attached.\n\nKind regards\nSam",
        text[text.index("____") :],
    )
    no_separator = "New text\n\nFrom: Jane\nSent: Tuesday\nTo: Sam\nSubject: RE: x\n\nOld"
    assert split_quoted(no_separator)[0] == "New text"
    original = "New text\n\n-----Original Message-----\nFrom: Jane\nOld"
    assert split_quoted(original) == ("New text", "-----Original Message-----\nFrom: Jane\nOld")


def test_split_quoted_angle_brackets() -> None:
    text = "> Is the child known to you?\nYes, since 2019.\n> Who is the worker?\nA. Jones."
    assert split_quoted(text) == (
        "Yes, since 2019.\nA. Jones.",
        "> Is the child known to you?\n> Who is the worker?",
    )


def test_split_quoted_keeps_forwarded_content() -> None:
    for marker in (
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "-----Forwarded Message-----",
    ):
        text = (
            f"FYI, see below.\n\n{marker}\nFrom: Jane <jane@x.gov.uk>\n"
            "Date: Mon, 1 Jan 2024\nSubject: Concern about a child\nTo: Sam\n\n"
            "I am worried about the child at number 4."
        )
        latest, quoted = split_quoted(text)
        assert "worried about the child" in latest, marker
        assert quoted == "", marker


def test_split_quoted_without_chain() -> None:
    assert split_quoted("Just one line.") == ("Just one line.", "")
    assert split_quoted("") == ("", "")


def test_html_to_text_entities_and_empty_input() -> None:
    assert html_to_text("") == ""
    assert html_to_text("<p>Tom &amp; Jerry &lt;3</p>") == "Tom & Jerry <3"
    assert "\x00" not in html_to_text("<p>a\x00b</p>")


def test_normalise_whitespace() -> None:
    assert normalise_whitespace("a\r\nb\rc\u00a0d \n\n\n\n e\u200b") == "a\nb\nc d\n\n e"


# --- Bad input -------------------------------------------------------------------------------


def _assert_parsed(msg: ParsedMessage) -> None:
    assert isinstance(msg, ParsedMessage)
    assert isinstance(msg.body_text, str)
    assert isinstance(msg.defects, tuple)


def test_empty_bytes() -> None:
    msg = parse_message(b"")
    _assert_parsed(msg)
    assert msg.defects == ("empty",)
    assert msg.unreadable
    assert msg.from_address is None


def test_no_headers() -> None:
    msg = parse_message(b"\r\n\r\nJust a body with no headers at all.")
    _assert_parsed(msg)
    assert "no_headers" in msg.defects
    assert msg.body_text == "Just a body with no headers at all."


def test_no_from() -> None:
    msg = parse_message(_raw("To: a@x.uk\nSubject: anonymous", b"Who sent this?"))
    assert msg.from_address is None and msg.from_name is None
    assert "no_from" in msg.defects
    assert msg.subject == "anonymous"


def test_unparseable_from() -> None:
    for value, name in (("<<>>,,@@", None), ('"Jane"', "Jane"), ("undisclosed-recipients:;", None)):
        msg = parse_message(_raw(f"From: {value}", b"x"))
        assert msg.from_address is None, value
        assert msg.from_name == name, value
        assert "from_unparseable" in msg.defects, value


def test_invalid_date_is_none() -> None:
    msg = parse_message(_raw("From: a@x.uk\nDate: the day after tomorrow", b"x"))
    assert msg.date is None


def test_truncated_mime() -> None:
    raw = _raw(
        'From: a@x.uk\nContent-Type: multipart/mixed; boundary="BOUND"',
        b"--BOUND\r\nContent-Type: text/plain\r\n\r\nThe visible body.\r\n"
        b"--BOUND\r\nContent-Type: application/pdf; name=report.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        b"JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PC9UeXBl\r\nL0Nh",
    )
    msg = parse_message(raw)
    _assert_parsed(msg)
    assert msg.body_text == "The visible body."
    assert [a.filename for a in msg.attachments] == ["report.pdf"]
    assert msg.attachments[0].error is not None
    assert msg.defects  # the missing close boundary is reported


def test_multipart_without_boundary() -> None:
    raw = _raw("From: a@x.uk\nContent-Type: multipart/mixed", b"Text with no parts.")
    msg = parse_message(raw)
    assert msg.body_text == "Text with no parts."
    assert msg.defects


def _nested(depth: int) -> bytes:
    head = b"From: a@x.uk\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"
    opening = b"".join(
        b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1)
        for i in range(depth - 1)
    )
    inner = b"--b%d\r\nContent-Type: text/plain\r\n\r\ndeep text\r\n--b%d--\r\n" % (
        depth - 1,
        depth - 1,
    )
    closing = b"".join(b"--b%d--\r\n" % i for i in reversed(range(depth - 1)))
    return head + opening + inner + closing


def test_hundred_deep_nesting_is_capped() -> None:
    msg = parse_message(_nested(100))
    _assert_parsed(msg)
    assert "too_deep" in msg.defects
    assert len(msg.part_types) <= MAX_DEPTH + 1


def test_parser_failure_on_extreme_nesting_keeps_headers() -> None:
    # Deep enough to exhaust the stdlib parser's recursion: headers must survive.
    msg = parse_message(_nested(5000))
    _assert_parsed(msg)
    assert msg.from_address == "a@x.uk"
    assert msg.defects


def test_millions_of_parts_are_cut_before_parsing() -> None:
    raw = _raw(
        "From: a@x.uk\nContent-Type: multipart/mixed; boundary=b",
        b"--b\r\n\r\nx\r\n" * 1_000_000,
    )
    msg = parse_message(raw)
    assert "too_many_parts" in msg.defects
    assert len(msg.part_types) <= 1 + 500


def test_moderate_nesting_is_read() -> None:
    msg = parse_message(_nested(10))
    assert msg.body_text == "deep text"
    assert "too_deep" not in msg.defects


def test_garbage_and_binary() -> None:
    for raw in (
        b"\x00\xff" * 500,
        b":::\r\n\r\n",
        b"From:\r\n",
        b"-- \r\n" * 100,
        bytes(range(256)),
    ):
        _assert_parsed(parse_message(raw))


def test_oversized_message_keeps_headers_only() -> None:
    big = b"A" * 76 + b"\r\n"
    raw = _raw("From: a@x.uk\nSubject: huge", big * (41 * 1024 * 1024 // len(big)))
    msg = parse_message(raw)
    assert msg.subject == "huge"
    assert msg.from_address == "a@x.uk"
    assert "too_large" in msg.defects
    assert msg.body_text == ""


# --- Property tests -------------------------------------------------------------------------

_VALID = _raw(
    """
From: "Smith, Jane" <jane@x.gov.uk>
To: b@y.gov.uk
Subject: =?utf-8?Q?Re:_caf=C3=A9?=
Date: Mon, 01 Jan 2024 10:00:00 +0000
Content-Type: multipart/mixed; boundary="XX"
""",
    b"--XX\r\nContent-Type: multipart/alternative; boundary=YY\r\n\r\n"
    b"--YY\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
    b"quoted-printable\r\n\r\nHello =C2=A3\r\n> quoted\r\n"
    b"--YY\r\nContent-Type: text/html\r\n\r\n<p>Hello</p>\r\n--YY--\r\n"
    b"--XX\r\nContent-Type: text/plain; name*=utf-8''n%C3%B6te.txt\r\n"
    b"Content-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    b"aGVsbG8=\r\n--XX\r\nContent-Type: message/rfc822\r\n\r\n"
    b"From: c@z.uk\r\nSubject: inner\r\n\r\ninner body\r\n--XX--\r\n",
)


@settings(max_examples=300, deadline=None, database=None)
@given(st.binary(max_size=4000))
def test_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    _assert_parsed(parse_message(raw))


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(_VALID)
    for _ in range(draw(st.integers(1, 8))):
        pos = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["replace", "insert", "delete", "truncate"]))
        chunk = draw(st.binary(min_size=1, max_size=12))
        if action == "replace":
            data[pos : pos + len(chunk)] = chunk
        elif action == "insert":
            data[pos:pos] = chunk
        elif action == "delete":
            del data[pos : pos + len(chunk)]
        else:
            del data[pos:]
    return bytes(data)


@settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(_mutated())
def test_never_raises_on_mutated_messages(raw: bytes) -> None:
    _assert_parsed(parse_message(raw))


def test_valid_fixture_of_property_tests_parses() -> None:
    msg = parse_message(_VALID)
    assert msg.subject == "Re: café"
    assert msg.body_text.startswith("Hello £")
    assert msg.latest_text == "Hello £"
    assert [a.filename for a in msg.attachments] == ["nöte.txt", None]
    assert msg.attachments[0].text == "hello"
    assert "inner body" in msg.attachments[1].text
