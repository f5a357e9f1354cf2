"""The header registry that builds each header class once, the values mailbot sets kept as
strings (and written out as the standard policies write them), and boundaries set at
composition."""

from __future__ import annotations

import email
import email.errors
import itertools
import secrets
from email import policy as stdlib_policy
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mailbot import mailpolicy
from mailbot.mailpolicy import CachingHeaderRegistry, set_boundaries
from mailbot.outbound import compose as c
from mailbot.senders import folder, smtp
from mailbot.senders.folder import _as_file_bytes as folder_bytes
from mailbot.senders.smtp import SmtpSender
from tests.outbound.test_compose import (
    acknowledgement_context,
    locked_notification_context,
    notification_context,
    sender_messages,
)


def test_each_header_class_is_built_once_and_names_sent_by_strangers_do_not_grow_the_cache() -> (
    None
):
    registry = CachingHeaderRegistry()
    assert registry["To"] is registry["to"] is registry["Cc"]  # both address lists
    assert registry["Subject"] is not registry["To"]
    before = len(registry._built)
    for i in range(1000):
        registry[f"X-Made-Up-{i}"]
    assert len(registry._built) <= before + 1  # every unknown name shares the default class


def test_a_class_registered_later_is_used() -> None:
    registry = CachingHeaderRegistry()
    registry["X-Thing"]
    registry.map_to_type("X-Thing", registry["To"].__mro__[1])
    assert hasattr(registry("X-Thing", "a@example.org"), "addresses")


def test_headers_read_the_same_as_with_the_standard_policies() -> None:
    raw = (
        b"From: =?utf-8?q?Zo=C3=AB_Example?= <zoe@example.org>\r\n"
        b'To: a@example.org, "B, Person" <b@example.org>\r\n'
        b"Subject: =?utf-8?b?UmU6IGNhc2Ugbm90ZSDigJMgw6k=?=\r\n"
        b"Date: Fri, 20 Nov 2026 10:00:00 +0000\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nbody\r\n"
    )
    ours = email.message_from_bytes(raw, policy=mailpolicy.default)
    theirs = email.message_from_bytes(raw, policy=stdlib_policy.default)
    for name in ("From", "To", "Subject", "Date", "Content-Type"):
        assert str(ours[name]) == str(theirs[name])
    assert [a.addr_spec for a in ours["To"].addresses] == ["a@example.org", "b@example.org"]
    assert ours.as_bytes(policy=mailpolicy.SMTP) == theirs.as_bytes(policy=stdlib_policy.SMTP)


def test_set_boundaries_gives_every_multipart_a_random_boundary_and_the_message_reads_back() -> (
    None
):
    message = EmailMessage(policy=mailpolicy.default)
    message["Subject"] = "x"
    message.set_content("plain text")
    message.add_alternative("<p>html</p>", subtype="html")
    message.make_mixed()
    message.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="a.pdf")
    set_boundaries(message)
    boundaries = [p.get_boundary() for p in message.walk() if p.is_multipart()]
    assert len(boundaries) == 2 and len(set(boundaries)) == 2 and None not in boundaries
    for part in message.walk():  # on one line, so kept as a string, never folded
        if part.is_multipart():
            assert b"\n " not in part.as_bytes().partition(b"\n\n")[0]
            assert type(dict(part._headers)["Content-Type"]).__name__ == "_Kept"
    again = email.message_from_bytes(message.as_bytes(), policy=stdlib_policy.default)
    assert [p.get_content_type() for p in again.walk()] == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html", "application/pdf",
    ]  # fmt: skip
    other = EmailMessage(policy=mailpolicy.default)
    other.set_content("a")
    other.add_alternative("<p>b</p>", subtype="html")
    assert set_boundaries(other).get_boundary() not in boundaries


def _composed(directory: Path) -> dict[str, EmailMessage]:
    """Every kind, in every variant, and one whose headers take the standard path: a
    non-ASCII subject and a thread too long for one References line."""
    messages = sender_messages(directory)
    messages["notification"] = c.notification(notification_context())
    messages["notification/locked"] = c.notification(locked_notification_context())
    long_thread = c.Original(
        message_id="<latest@oakvale-academy.sch.uk>",
        references=tuple(f"<earlier-{i}@oakvale-academy.sch.uk>" for i in range(40)),
        subject="Anfrage zu Zoë – dringend",
    )
    messages["acknowledgement/long"] = c.acknowledgement(
        acknowledgement_context(original=long_thread)
    )
    return messages


def _written(directory: Path) -> dict[str, tuple[bytes, bytes, bytes]]:
    """Each message as sent over SMTP (ASCII and SMTPUTF8) and as a file, with the random
    parts (Message-IDs without an outbox key, boundaries) made the same on every run."""
    counter = itertools.count()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(secrets, "token_hex", lambda n=16: f"{next(counter):0{2 * n}x}")
        patch.setattr(secrets, "token_urlsafe", lambda n=16: f"{next(counter):022x}")
        composed = {k: set_boundaries(m) for k, m in _composed(directory).items()}
    return {
        kind: (
            SmtpSender.serialise(message),
            SmtpSender.serialise(message, international=True),
            folder_bytes(message),
        )
        for kind, message in composed.items()
    }


def test_mail_composed_and_written_out_is_the_same_bytes_as_with_the_standard_policies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = _written(tmp_path)
    assert any(b"=?utf-8?" in sent for sent, _, _ in ours.values())  # the standard path ran
    # the same, built and written with the standard library's own policies
    monkeypatch.setattr(c, "default_policy", stdlib_policy.default)
    monkeypatch.setattr(smtp, "SMTP", stdlib_policy.SMTP)
    monkeypatch.setattr(smtp, "SMTPUTF8", stdlib_policy.SMTPUTF8)
    monkeypatch.setattr(folder, "default_policy", stdlib_policy.default)
    theirs = _written(tmp_path)
    assert ours.keys() == theirs.keys() and len(ours) >= 12
    for kind in ours:
        assert ours[kind] == theirs[kind], kind


def _set_body_with_set_content(message: EmailMessage, text: str, html: str | None) -> None:
    """What `compose._set_body` stands for: the email package's own content manager."""
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
        message.set_boundary(mailpolicy.new_boundary())  # as _set_body draws one, in order


def test_bodies_built_directly_are_the_bytes_that_set_content_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = _written(tmp_path)
    monkeypatch.setattr(c, "_set_body", _set_body_with_set_content)
    theirs = _written(tmp_path)
    assert ours.keys() == theirs.keys() and len(ours) >= 12
    assert any(b"text/html" in sent for sent, _, _ in ours.values())
    for kind in ours:
        assert ours[kind] == theirs[kind], kind


# lines around the 78-character limit, in one-, two- and three-byte characters
_line = st.builds(
    lambda piece, n: (piece * n)[:n], st.sampled_from(["a", "a=", "\u00e9", "\u20ac", " "]),
    st.integers(0, 100),
)  # fmt: skip
_body_text = st.one_of(
    st.text(max_size=300),
    st.builds("\n".join, st.lists(_line, min_size=1, max_size=14)),
    st.text(alphabet="ab \n\r\t.=", max_size=400),
    st.builds(
        "\n".join,
        st.lists(
            st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x17F), max_size=120),
            max_size=14,
        ),
    ),
)


@settings(max_examples=400, deadline=None)
@given(_body_text, st.sampled_from(["plain", "html"]))
@example("a" * 78, "plain")  # the longest line that is sent as it is
@example("a" * 79, "plain")
@example("\u00e9" * 39, "plain")  # 78 bytes
@example("\u00e9" * 40 + "\n" + "\u00e9" * 100, "plain")  # base64, over more than a line
def test_a_text_part_is_encoded_as_set_content_encodes_it(text: str, subtype: str) -> None:
    ours, theirs = (EmailMessage(policy=mailpolicy.default) for _ in range(2))
    try:
        theirs.set_content(text, subtype=subtype)
    except (UnicodeEncodeError, ValueError) as refused:  # a lone surrogate, say
        with pytest.raises(type(refused)):
            c._set_text(ours, text, subtype)
        return
    c._set_text(ours, text, subtype)
    assert ours._headers == theirs._headers
    assert ours.get_payload() == theirs.get_payload()
    assert ours.as_bytes() == theirs.as_bytes()


def test_the_generator_writes_what_the_standard_one_writes_and_sends_crlf_throughout(
    tmp_path: Path,
) -> None:
    from email.generator import BytesGenerator
    from io import BytesIO

    messages = list(_composed(tmp_path).values())
    raw = b"Subject: mixed\r\nX-A: 1\n\nbare LF\nlone CR\rCRLF\r\n.dot\n"
    mixed = c.notification(notification_context(original=c.Original.from_bytes(raw)))
    mixed.get_payload()[0].set_payload("text with a lone CR\rand a bare LF\nend\r\n")
    messages.append(mixed)
    for message in messages:
        for policy, linesep in ((mailpolicy.SMTP, None), (mailpolicy.default, "\n")):
            ours, theirs = BytesIO(), BytesIO()
            mailpolicy.Generator(ours, policy=policy).flatten(message, linesep=linesep)
            BytesGenerator(theirs, policy=policy).flatten(message, linesep=linesep)
            assert ours.getvalue() == theirs.getvalue()
        sent = SmtpSender.serialise(message)
        assert sent.count(b"\r\n") == sent.count(b"\n") == sent.count(b"\r") > 0
        assert sent == smtp._LINE_ENDINGS.sub(b"\r\n", sent)


def _kinds(message: EmailMessage) -> dict[str, str]:
    return {name: type(value).__name__ for name, value in message._headers}


def test_own_values_and_plain_addresses_and_subjects_are_kept_as_strings() -> None:
    message = EmailMessage(policy=mailpolicy.default)
    message["Message-ID"] = "<a@example.org>"
    message["From"] = Address(display_name="Kestrelford CASS", addr_spec="cass@example.org")
    message["To"] = "a@example.org, Team North <tm.north@example.org>"
    message["Subject"] = "Re: [CASS-2026-000042] plain ASCII"
    message["References"] = " ".join(f"<r{i}@example.org>" for i in range(10))  # too long
    kinds = _kinds(message)
    assert {kinds[n] for n in ("Message-ID", "From", "To", "Subject")} == {"_Kept"}
    assert kinds["References"] != "_Kept"
    assert message["Message-ID"] == "<a@example.org>"
    # an address list or subject still reads as the standard header object
    assert [a.addr_spec for a in message["To"].addresses] == [
        "a@example.org",
        "tm.north@example.org",
    ]
    assert message["From"].addresses[0].display_name == "Kestrelford CASS"
    assert str(message["From"]) == "Kestrelford CASS <cass@example.org>"
    parsed = email.message_from_bytes(
        b"Message-ID: <b@example.org>\r\n\r\n", policy=mailpolicy.default
    )
    assert hasattr(parsed["Message-ID"], "name")  # a parsed header reads as the standard one


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("Subject", "Re:  two spaces"),
        ("Subject", " leading space"),
        ("Subject", "=?utf-8?q?encoded?="),
        ("Subject", "tab\there"),
        ("Subject", "Zoë"),
        ("Subject", "word " * 20),  # would be folded
        ("To", '"North, Team" <tm@example.org>'),  # quoted: parsed
        ("To", "a@example.org,b@example.org"),  # not in the written form
        ("To", "Team (North) <tm@example.org>"),  # a comment
        ("To", "a@[127.0.0.1]"),  # a domain literal
        ("From", Address(display_name="Kestrelford C.C.", addr_spec="cass@example.org")),
    ],
)
def test_anything_not_already_in_the_written_form_is_parsed_as_before(
    name: str, value: object
) -> None:
    message = EmailMessage(policy=mailpolicy.default)
    message[name] = value
    assert _kinds(message)[name] != "_Kept"


_ATEXT = "abcXYZ019!#$%&'*+/=?^_`{|}~-"
_atoms = st.text(alphabet=_ATEXT, min_size=1, max_size=8)
_addr = st.builds(lambda local, domain: f"{local}@{domain}", _atoms, _atoms)
_mailbox = st.one_of(
    _addr,
    st.builds(
        lambda words, a: f"{' '.join(words)} <{a}>", st.lists(_atoms, min_size=1, max_size=3), _addr
    ),
    # near misses: specials, quoting, spacing, comments, groups
    st.builds(lambda n, a: f'"{n}" <{a}>', _atoms, _addr),
    st.builds(lambda n, a: f"{n}. <{a}>", _atoms, _addr),
    st.builds(lambda n, a: f"{n}  <{a}>", _atoms, _addr),
    st.builds(lambda n, a: f"{a} ({n})", _atoms, _addr),
    st.builds(lambda n, a: f"{n}: {a};", _atoms, _addr),
)
_address_list = st.builds(
    lambda items, sep: sep.join(items),
    st.lists(_mailbox, min_size=1, max_size=3),
    st.sampled_from([", ", ",", " , "]),
)
_subject = st.text(
    alphabet=st.characters(min_codepoint=0, max_codepoint=0x7F), max_size=90
) | st.builds(
    " ".join,
    st.lists(
        st.text(
            alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=12
        ),
        max_size=8,
    ),
)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.tuples(st.sampled_from(["To", "Cc", "From"]), _address_list),
        st.tuples(st.just("Subject"), _subject),
    )
)
def test_a_header_is_written_and_read_as_the_standard_policies_do(header: tuple[str, str]) -> None:
    name, value = header
    ours, theirs = (
        EmailMessage(policy=mailpolicy.default),
        EmailMessage(policy=stdlib_policy.default),
    )
    try:
        theirs[name] = value
    except (ValueError, IndexError, email.errors.HeaderParseError) as refused:
        with pytest.raises(type(refused)):  # a line break, say: refused alike
            ours[name] = value
        return
    ours[name] = value
    for mine, standard in (
        (mailpolicy.SMTP, stdlib_policy.SMTP),
        (mailpolicy.SMTPUTF8, stdlib_policy.SMTPUTF8),
        (mailpolicy.default, stdlib_policy.default),
    ):
        assert ours.as_bytes(policy=mine) == theirs.as_bytes(policy=standard)
    assert str(ours[name]) == str(theirs[name])
    if name != "Subject":
        assert ours[name].addresses == theirs[name].addresses


def test_a_bare_line_ending_the_generator_left_is_put_right_before_it_is_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a generator that writes payloads as they are, bare LFs and lone CRs included
    monkeypatch.setattr(mailpolicy.Generator, "_write_lines", lambda self, lines: self.write(lines))
    message = EmailMessage(policy=mailpolicy.default)
    message["Subject"] = "x"
    message.set_content("a\nb")
    message.set_payload("bare LF\nlone CR\rCRLF\r\n")
    sent = SmtpSender.serialise(message)
    assert sent.endswith(b"\r\n\r\nbare LF\r\nlone CR\r\nCRLF\r\n")
    assert sent.count(b"\r\n") == sent.count(b"\n") == sent.count(b"\r")
