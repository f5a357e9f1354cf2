"""The header registry that builds each header class once, and boundaries set at composition."""

from __future__ import annotations

import email
from email import policy as stdlib_policy
from email.message import EmailMessage

from mailbot import mailpolicy
from mailbot.mailpolicy import CachingHeaderRegistry, set_boundaries


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
    again = email.message_from_bytes(message.as_bytes(), policy=stdlib_policy.default)
    assert [p.get_content_type() for p in again.walk()] == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html", "application/pdf",
    ]  # fmt: skip
    other = EmailMessage(policy=mailpolicy.default)
    other.set_content("a")
    other.add_alternative("<p>b</p>", subtype="html")
    assert set_boundaries(other).get_boundary() not in boundaries
