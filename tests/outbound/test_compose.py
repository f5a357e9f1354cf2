"""Composing outbound mail: every template renders, the headers, the prescribed statements
word for word, the forwarded original byte for byte, and nothing about a restricted case in
anything sent to the original sender."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import FileSystemLoader, UndefinedError

from classifiers.headers import MSG_ID_RE
from mailbot.outbound import compose as c
from routing.decision import Decision, Subject

ROOT = Path(__file__).resolve().parents[2]
PROCEDURE_002 = ROOT.parent / "shared" / "procedures" / "002_83327eddac47dc6c.txt"

# --------------------------------------------------------------------------------------------
# Samples (test_senders.py uses them too)

CASS = c.Mailbox(
    address="cass@kestrelford.gov.uk",
    display_name="Kestrelford CASS",
    message_id_domain="mailbot.kestrelford.gov.uk",
)
DCS = c.Mailbox(address="dcyp-casework@mod.gov.uk", display_name="DCS Casework")
REFERENCE = "CASS-2026-000042"
DCS_REFERENCE = "DCS-2026-000007"
SENT_AT = datetime(2026, 1, 6, 9, 30, tzinfo=UTC)
RECEIVED = date(2026, 1, 5)
SENDER = "dsl@oakvale-academy.sch.uk"
CASEWORK_LEAD = "the Assistant Head (Education)"

# Headers folded as the sender's client folded them, an 8-bit UTF-8 body, a line starting with
# "From " and one starting with ".": everything a careless forward would change.
ORIGINAL_RAW = (
    b"Return-Path: <dsl@oakvale-academy.sch.uk>\n"
    b"Received: from mx.oakvale-academy.sch.uk (mx.oakvale-academy.sch.uk [192.0.2.7])\n"
    b"\tby mx.kestrelford.gov.uk with ESMTPS id 4Tq9; Mon, 5 Jan 2026 10:02:11 +0000\n"
    b"From: Designated Safeguarding Lead <dsl@oakvale-academy.sch.uk>\n"
    b"To: cass@kestrelford.gov.uk\n"
    b"Subject: Information request about a pupil at Oakvale Academy, year 6, please advise\n"
    b"  at your earliest convenience\n"
    b"Date: Mon, 5 Jan 2026 10:02:00 +0000\n"
    b"Message-ID: <original-1@oakvale-academy.sch.uk>\n"
    b"References: <thread-0@oakvale-academy.sch.uk>\n"
    b"MIME-Version: 1.0\n"
    b"Content-Type: text/plain; charset=utf-8\n"
    b"Content-Transfer-Encoding: 8bit\n"
    b"\n"
    b"Dear CASS,\n"
    b"From the start of term we have had concerns \xe2\x80\x94 please see below.\n"
    b".A line that starts with a dot.\n"
    b"Is the child known, and who is the allocated worker? Z\xc3\xb3fia\n"
)
ORIGINAL = c.Original.from_bytes(ORIGINAL_RAW)
ORIGINAL_SUBJECT = (
    "Information request about a pupil at Oakvale Academy, year 6, please advise "
    "at your earliest convenience"
)


def acknowledgement_context(**changes: object) -> c.AcknowledgementContext:
    context = c.AcknowledgementContext(
        mailbox=CASS, original=ORIGINAL, reference=REFERENCE, to=SENDER, received=RECEIVED,
        due_acknowledge=date(2026, 1, 6), sent_at=SENT_AT,
    )  # fmt: skip
    return replace(context, **changes)  # type: ignore[arg-type]


def dcs_acknowledgement_context() -> c.AcknowledgementContext:
    return c.AcknowledgementContext(
        mailbox=DCS, original=ORIGINAL, reference=DCS_REFERENCE, to=SENDER, received=RECEIVED,
        due_acknowledge=date(2026, 1, 6), due_response=date(2026, 2, 2), dcs_casework=True,
        casework_lead=CASEWORK_LEAD, sent_at=SENT_AT,
    )  # fmt: skip


def notification_context(**changes: object) -> c.NotificationContext:
    context = c.NotificationContext(
        mailbox=CASS, original=ORIGINAL, reference=REFERENCE,
        to=("aisha.rahman@kestrelford.gov.uk", "tm.north@kestrelford.gov.uk"),
        urgent=False, route="allocated_worker", category="information_request",
        explanation=("level 2 request about an open case: to the allocated worker",),
        received=datetime(2026, 1, 5, 10, 2, tzinfo=UTC), due_acknowledge=date(2026, 1, 6),
        sent_at=SENT_AT,
    )  # fmt: skip
    return replace(context, **changes)  # type: ignore[arg-type]


def locked_notification_context() -> c.NotificationContext:
    return notification_context(
        to=("lock.owner@kestrelford.gov.uk",),
        cc=("referral.advice@kestrelford.gov.uk",),
        route="restricted",
        urgent=True,
        urgency_reason="significant_harm",
        locked=True,
    )


def sender_messages(directory: Path) -> dict[str, EmailMessage]:
    """Every kind sent to the original sender, in every variant."""
    common = {"original": ORIGINAL, "to": SENDER, "received": RECEIVED, "sent_at": SENT_AT}
    attachment = directory / "casework-form.docx"
    attachment.write_bytes(b"PK\x03\x04 a casework form")
    web_form = c.FormLink(name="information requests form", url="https://example.gov.uk/irr")
    dcs_form = c.FormLink(name="casework form", url="https://www.gov.uk/dcs", attachment=attachment)
    answers = {
        "not_known": c.Level1Answer(about=None, status="not_known"),
        "allocated": c.Level1Answer(
            about="Milo",
            status="allocated",
            worker_name="Aisha Rahman",
            worker_contact="01632 960123",
        ),
        "closed": c.Level1Answer(about="Milo", status="closed", closed_on=date(2025, 11, 3)),
    }
    messages = {
        "acknowledgement/plain": c.acknowledgement(acknowledgement_context()),
        "acknowledgement/dcs": c.acknowledgement(dcs_acknowledgement_context()),
        "request_consent": c.request_consent(
            c.RequestConsentContext(mailbox=CASS, reference=None, **common)  # type: ignore[arg-type]
        ),
        "request_consent/form": c.request_consent(
            c.RequestConsentContext(mailbox=CASS, reference=None, form=web_form, **common)  # type: ignore[arg-type]
        ),
        "request_form": c.request_form(
            c.RequestFormContext(mailbox=DCS, reference=None, form=dcs_form, **common)  # type: ignore[arg-type]
        ),
        "request_personal_address": c.request_personal_address(
            c.RequestPersonalAddressContext(
                mailbox=CASS,
                reference=REFERENCE,
                original=ORIGINAL,
                received=RECEIVED,
                to="office@oakvale-academy.sch.uk",
                sent_at=SENT_AT,
            )
        ),
        "holding_reply": c.holding_reply(
            c.HoldingReplyContext(
                mailbox=DCS,
                reference=DCS_REFERENCE,
                full_reply_by=date(2026, 3, 2),
                reason="we are waiting for records from another authority.",
                **common,  # type: ignore[arg-type]
            )
        ),
    }
    for status, answer in answers.items():
        messages[f"level1_response/{status}"] = c.level1_response(
            c.Level1ResponseContext(mailbox=CASS, reference=REFERENCE, answers=(answer,), **common)  # type: ignore[arg-type]
        )
    return messages


def sample_decision(**changes: object) -> Decision:
    decision = Decision(
        message_id="<original-1@oakvale-academy.sch.uk>", mailbox="cass",
        received=datetime(2026, 1, 5, 10, 2, tzinfo=UTC), category="information_request",
        confidence=0.93, urgent=True, urgency_reason="s47_strategy", irr_level=2,
        consent="not_required", consent_basis="s47", concern=False, sender=SENDER,
        reply_address=SENDER, address_verdict="secure_personal",
        subjects=(Subject(person_id="100234", match="id"),), case_status="open",
        closed_on=None, route="allocated_worker",
        actions=("acknowledge", "mark_urgent", "notify", "save_case_note"),
        case_notes=("100234",), reference=REFERENCE, related_reference=None,
        due_acknowledge=date(2026, 1, 6), due_response=None, exception=None,
        explanation=("urgent: a section 47 strategy discussion",),
    )  # fmt: skip
    return replace(decision, **changes)  # type: ignore[arg-type]


def body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert isinstance(part, EmailMessage)
    content = part.get_content()
    assert isinstance(content, str)
    return content


def html_text(message: EmailMessage) -> str | None:
    part = message.get_body(preferencelist=("html",))
    if part is None or part.get_content_type() != "text/html":
        return None
    content = part.get_content()
    assert isinstance(content, str)
    return content


def all_text(message: EmailMessage) -> str:
    """Headers and every text part, decoded: what a recipient could read."""
    pieces = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            pieces.append(str(part.get_content()))
    return "\n".join(pieces)


@pytest.fixture
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="mailbot-outbound-") as name:
        yield Path(name)


# --------------------------------------------------------------------------------------------
# Every template renders


def test_every_kind_has_a_plain_text_template() -> None:
    for kind in c.KINDS:
        assert (c.DEFAULT_TEMPLATE_DIR / f"{kind}.txt.j2").is_file(), kind


def test_every_sender_kind_renders_a_complete_message(workdir: Path) -> None:
    messages = sender_messages(workdir)
    assert {name.split("/")[0] for name in messages} == set(c.KINDS) - {"notification"}
    for name, message in messages.items():
        text = body_text(message)
        assert "{{" not in text and "{%" not in text, name
        assert message["To"] and message["From"] and message["Date"], name
        assert "Kestrelford CASS" in text or "DCS Casework" in text, name
        assert "received on Monday 5 January 2026" in text, name


def test_notifications_render_in_every_variant() -> None:
    for context in (
        notification_context(),
        notification_context(urgent=True, urgency_reason="prisoner_release"),
        notification_context(reference=None, route="front_door", explanation=()),
        locked_notification_context(),
    ):
        text = body_text(c.notification(context))
        assert "{{" not in text and "The original message is attached." in text


def test_an_undefined_template_variable_fails_instead_of_rendering_blank(workdir: Path) -> None:
    (workdir / "acknowledgement.txt.j2").write_text("Your reference is {{ refrence }}.\n")
    with pytest.raises(UndefinedError):
        c.acknowledgement(acknowledgement_context(), c.Templates(workdir))


def test_templates_are_read_once_and_a_missing_html_template_is_not_looked_for_again(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (workdir / "acknowledgement.txt.j2").write_text("First words {{ reference }}.\n")
    templates = c.Templates(workdir)
    looked_for: list[str] = []
    get_source = FileSystemLoader.get_source

    def spy(self, environment, name):  # type: ignore[no-untyped-def]
        looked_for.append(name)
        return get_source(self, environment, name)

    monkeypatch.setattr(FileSystemLoader, "get_source", spy)
    first = body_text(c.acknowledgement(acknowledgement_context(), templates))
    (workdir / "acknowledgement.txt.j2").write_text("Second words {{ reference }}.\n")
    again = body_text(c.acknowledgement(acknowledgement_context(), templates))
    assert first == again and first.startswith("First words")
    assert looked_for == ["acknowledgement.txt.j2", "acknowledgement.html.j2"]  # once each
    restarted = body_text(c.acknowledgement(acknowledgement_context(), c.Templates(workdir)))
    assert restarted.startswith("Second words")


def test_the_html_alternative_is_used_when_its_template_exists_and_is_escaped() -> None:
    with_html = c.acknowledgement(dcs_acknowledgement_context())
    assert with_html.get_content_type() == "multipart/alternative"
    html = html_text(with_html)
    assert html is not None and "DCS-2026-000007" in html
    tricky = replace(dcs_acknowledgement_context(), casework_lead="<script>x</script> & Co")
    escaped = html_text(c.acknowledgement(tricky))
    assert escaped is not None
    assert "&lt;script&gt;x&lt;/script&gt; &amp; Co" in escaped and "<script>" not in escaped
    # No holding_reply.html.j2: a single text/plain part.
    plain_only = c.holding_reply(
        c.HoldingReplyContext(
            mailbox=DCS,
            original=ORIGINAL,
            reference=DCS_REFERENCE,
            to=SENDER,
            received=RECEIVED,
            reason="records awaited.",
            full_reply_by=date(2026, 3, 2),
        )
    )
    assert plain_only.get_content_type() == "text/plain"


# --------------------------------------------------------------------------------------------
# Headers


def test_replies_to_the_sender_carry_rfc3834_and_threading_headers(workdir: Path) -> None:
    for name, message in sender_messages(workdir).items():
        assert message["Auto-Submitted"] == "auto-replied", name
        assert message["In-Reply-To"] == "<original-1@oakvale-academy.sch.uk>", name
        assert message["References"] == (
            "<thread-0@oakvale-academy.sch.uk> <original-1@oakvale-academy.sch.uk>"
        ), name
        assert re.fullmatch(r"<[^@<>\s]+@[^@<>\s]+>", message["Message-ID"]), name
        assert message["Date"] is not None and message.get_all("Date") == [message["Date"]]


def test_the_acknowledgement_headers_in_full() -> None:
    message = c.acknowledgement(acknowledgement_context())
    assert str(message["From"]) == "Kestrelford CASS <cass@kestrelford.gov.uk>"
    assert str(message["To"]) == SENDER
    assert str(message["Subject"]) == f"[{REFERENCE}] Re: {ORIGINAL_SUBJECT}"
    assert message["Message-ID"].endswith("@mailbot.kestrelford.gov.uk>")
    assert str(message["Date"]) == "Tue, 06 Jan 2026 09:30:00 +0000"
    assert message["X-Mailbot-Reference"] == REFERENCE


def test_message_ids_are_new_each_time_unless_an_outbox_key_is_given() -> None:
    first = c.acknowledgement(acknowledgement_context())
    second = c.acknowledgement(acknowledgement_context())
    assert first["Message-ID"] != second["Message-ID"]
    keyed = [c.acknowledgement(acknowledgement_context(key="effect-17")) for _ in range(2)]
    assert keyed[0]["Message-ID"] == keyed[1]["Message-ID"]
    assert (
        keyed[0]["Message-ID"]
        != c.acknowledgement(acknowledgement_context(key="effect-18"))["Message-ID"]
    )
    dcs = c.acknowledgement(dcs_acknowledgement_context())
    assert dcs["Message-ID"].endswith("@mod.gov.uk>")  # the mailbox's own domain by default


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Request for information", f"[{REFERENCE}] Re: Request for information"),
        ("RE: Request for information", f"[{REFERENCE}] RE: Request for information"),
        (f"Re: [{REFERENCE}] Re: Request", f"[{REFERENCE}] Re: Re: Request"),
        ("", f"[{REFERENCE}] Re: your email"),
        ("  spread\n   over lines ", f"[{REFERENCE}] Re: spread over lines"),
    ],
)
def test_the_reply_subject_carries_the_reference_once(subject: str, expected: str) -> None:
    assert c.reply_subject(REFERENCE, subject) == expected


def test_a_reply_without_a_reference_keeps_the_subject() -> None:
    assert c.reply_subject(None, "Request") == "Re: Request"


def test_notifications_are_marked_urgent_or_none_urgent_and_auto_generated() -> None:
    plain = c.notification(notification_context())
    assert str(plain["Subject"]) == f"None urgent [{REFERENCE}] Fwd: {ORIGINAL_SUBJECT}"
    assert plain["Auto-Submitted"] == "auto-generated"
    assert plain["Importance"] is None
    assert body_text(plain).startswith("None urgent.")
    urgent = c.notification(notification_context(urgent=True, urgency_reason="s47_strategy"))
    assert str(urgent["Subject"]) == f"URGENT [{REFERENCE}] Fwd: {ORIGINAL_SUBJECT}"
    assert urgent["Importance"] == "high" and urgent["X-Priority"] == "1 (Highest)"
    assert "section 47 strategy discussion" in body_text(urgent)
    assert urgent["In-Reply-To"] == "<original-1@oakvale-academy.sch.uk>"
    forwarded_reply = replace(ORIGINAL, subject=f"RE: Fwd: [{REFERENCE}] Chasing")
    chased = c.notification(notification_context(original=forwarded_reply))
    assert str(chased["Subject"]) == f"None urgent [{REFERENCE}] Fwd: Chasing"


def test_the_notification_lists_reference_due_dates_and_explanation() -> None:
    text = body_text(c.notification(notification_context(due_response=date(2026, 2, 2))))
    assert f"Reference: {REFERENCE}" in text
    assert "Acknowledge by: Tuesday 6 January 2026" in text
    assert "Respond by: Monday 2 February 2026" in text
    assert "- level 2 request about an open case: to the allocated worker" in text
    message = c.notification(notification_context())
    assert [str(a) for a in message["To"].addresses] == [
        "aisha.rahman@kestrelford.gov.uk",
        "tm.north@kestrelford.gov.uk",
    ]


# --------------------------------------------------------------------------------------------
# The statements the procedures prescribe


STATEMENT_16A = (
    "DCS is committed to providing a high quality of service and your casework submission will "
    "be treated seriously and in confidence. I/We have passed your submission to the DCS "
    "Executive Branch and you should receive an initial response with your unique reference "
    "number within 2 working days of receipt."
)
STATEMENT_17A = (
    "We have referred your casework to XXXX who will aim to provide a full response within 20 "
    "working days of receiving your complaint. If this is not possible, you will be informed "
    "of when a reply in full will be provided."
)


def _paragraph_after(text: str, marker: str) -> str:
    after = text.split(marker, 1)[1]
    return next(p.strip() for p in after.split("\n\n") if p.strip())


def test_the_statements_copied_here_are_those_of_procedure_002() -> None:
    if not PROCEDURE_002.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the procedures are missing: {PROCEDURE_002}")
        pytest.skip("the shared procedures are not beside this checkout")
    text = PROCEDURE_002.read_text(encoding="utf-8")
    assert (
        _paragraph_after(text, "standard statement (within 1 working day of receipt):")
        == STATEMENT_16A
    )
    assert _paragraph_after(text, "include the following statement:") == STATEMENT_17A


def test_the_dcs_acknowledgement_has_both_statements_word_for_word() -> None:
    message = c.acknowledgement(dcs_acknowledgement_context())
    expected_17a = STATEMENT_17A.replace("XXXX", CASEWORK_LEAD)
    paragraphs = [p.strip() for p in body_text(message).split("\n\n")]
    assert STATEMENT_16A in paragraphs
    assert expected_17a in paragraphs
    html = html_text(message)
    assert html is not None
    assert f"<p>{STATEMENT_16A}</p>" in html
    assert f"<p>{expected_17a}</p>" in html
    assert f"Your unique reference number is {DCS_REFERENCE}." in body_text(message)


def test_the_plain_acknowledgement_says_nothing_of_a_case_worker_or_team() -> None:
    message = c.acknowledgement(acknowledgement_context(due_response=date(2026, 2, 2)))
    text = all_text(message)
    for word in ("case", "worker", "team", "restrict", "lock", "sensitive", "special", "DCS"):
        assert not re.search(rf"\b{word}", text, re.IGNORECASE), word
    assert f"Your reference is {REFERENCE}." in body_text(message)
    assert "We aim to reply by Monday 2 February 2026." in body_text(message)


def test_a_dcs_acknowledgement_needs_the_casework_lead() -> None:
    with pytest.raises(ValueError, match="casework lead"):
        replace(dcs_acknowledgement_context(), casework_lead=None)


def test_the_holding_reply_gives_the_reason_and_the_date_of_the_full_reply(workdir: Path) -> None:
    text = body_text(sender_messages(workdir)["holding_reply"])
    assert "The reason for the delay: we are waiting for records from another authority." in text
    assert "We will provide a full reply by Monday 2 March 2026." in text
    assert "within 20 working days" in text


def test_the_level1_answers(workdir: Path) -> None:
    messages = sender_messages(workdir)
    not_known = body_text(messages["level1_response/not_known"])
    assert "The child or family you asked about: not known to Children's Social Care." in not_known
    allocated = body_text(messages["level1_response/allocated"])
    assert "Milo: the allocated worker is Aisha Rahman (01632 960123)." in allocated
    closed = body_text(messages["level1_response/closed"])
    assert "the case was closed on Monday 3 November 2025." in closed


def test_the_consent_request_asks_to_resubmit_everything_and_may_carry_the_form(
    workdir: Path,
) -> None:
    messages = sender_messages(workdir)
    text = body_text(messages["request_consent"])
    assert "send your request again with the consent" in text
    assert "We will not keep this request" in text
    assert not re.search(r"\bform\b", text)
    with_form = body_text(messages["request_consent/form"])
    assert "information requests form, which you can find at https://example.gov.uk/irr" in (
        with_form
    )
    assert str(messages["request_consent"]["Subject"]) == f"Re: {ORIGINAL_SUBJECT}"


def test_the_form_request_links_and_attaches_the_form(workdir: Path) -> None:
    message = sender_messages(workdir)["request_form"]
    text = body_text(message)
    assert "https://www.gov.uk/dcs" in text and "A copy of the form is attached" in text
    assert "send it to dcyp-casework@mod.gov.uk" in text
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["casework-form.docx"]
    assert attachments[0].get_content() == b"PK\x03\x04 a casework form"
    assert attachments[0].get_content_type() == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


def test_the_personal_address_request_names_the_generic_address(workdir: Path) -> None:
    text = body_text(sender_messages(workdir)["request_personal_address"])
    assert "office@oakvale-academy.sch.uk" in text
    assert "Please reply with your own work email address" in text


# --------------------------------------------------------------------------------------------
# Forwarding and locked cases


def test_the_notification_carries_the_original_as_message_rfc822_byte_for_byte() -> None:
    message = c.notification(notification_context())
    attachments = list(message.iter_attachments())
    assert [a.get_content_type() for a in attachments] == ["message/rfc822"]
    assert attachments[0]["Content-Transfer-Encoding"] == "8bit"
    serialised = message.as_bytes()
    assert ORIGINAL_RAW in serialised
    # Read back as a mail client would: the attached message is the original.
    from email import message_from_bytes
    from email.policy import default

    parsed = message_from_bytes(serialised, policy=default)
    assert isinstance(parsed, EmailMessage)
    inner = next(parsed.iter_attachments()).get_content()
    assert inner["Message-ID"] == "<original-1@oakvale-academy.sch.uk>"
    assert "Z\u00f3fia" in inner.get_content()


def test_the_locked_case_notification_goes_to_the_owner_copied_to_the_ra_team() -> None:
    message = c.notification(locked_notification_context())
    assert str(message["To"]) == "lock.owner@kestrelford.gov.uk"
    assert str(message["Cc"]) == "referral.advice@kestrelford.gov.uk"
    text = body_text(message)
    assert "The case was locked." in text
    assert "owner of the locked case, copied to the R&A team" in text
    assert str(message["Subject"]).startswith("URGENT ")
    unlocked = body_text(c.notification(notification_context()))
    assert "locked" not in unlocked


def test_a_notification_from_a_decision() -> None:
    context = c.NotificationContext.from_decision(
        sample_decision(), mailbox=CASS, raw=ORIGINAL_RAW, to=("worker@kestrelford.gov.uk",)
    )
    message = c.notification(context)
    assert str(message["Subject"]).startswith(f"URGENT [{REFERENCE}] Fwd: Information request")
    assert "- urgent: a section 47 strategy discussion" in body_text(message)


# --------------------------------------------------------------------------------------------
# Nothing from a restricted case reaches the sender

RESTRICTED_WORDS = ("locked", "lock", "restrict", "sensitive", "special", "personal interest")
RESTRICTED_PEOPLE = ("Imogen Thackeray", "Desmond Okafor")  # the lock owner, the worker


def test_nothing_sent_to_the_sender_reveals_a_restriction(workdir: Path) -> None:
    """Every kind and variant that goes to the original sender is composed as the daemon
    would for a message about a locked case; the lock owner, the worker and every word of
    restriction stay out of headers, text and HTML."""
    restricted = sample_decision(
        route="restricted", case_status="restricted", actions=("acknowledge", "notify")
    )
    assert restricted.route == "restricted"
    for name, message in sender_messages(workdir).items():
        text = all_text(message)
        for word in RESTRICTED_WORDS:
            assert not re.search(rf"\b{word}", text, re.IGNORECASE), (name, word)
        for person in RESTRICTED_PEOPLE:
            assert person not in text, (name, person)
        assert not any(
            part.get_content_type() == "message/rfc822" for part in message.iter_attachments()
        ), name
    # The internal notification of the same case does say so: the words are really checked.
    internal = all_text(c.notification(locked_notification_context()))
    assert re.search(r"\blocked", internal)


# --------------------------------------------------------------------------------------------
# Case notes


def test_a_case_note_is_the_original_and_a_json_sidecar() -> None:
    decision = sample_decision()
    note = c.case_note(
        c.CaseNoteContext.from_decision(decision, person_id="100234", raw=ORIGINAL_RAW)
    )
    assert note.raw == ORIGINAL_RAW
    assert note.message["Message-ID"] == "<original-1@oakvale-academy.sch.uk>"
    assert json.loads(json.dumps(note.sidecar)) == note.sidecar
    assert note.sidecar["person_id"] == "100234"
    assert note.sidecar["reference"] == REFERENCE
    assert note.sidecar["category"] == "information_request"
    assert note.sidecar["received"] == "2026-01-05T10:02:00+00:00"
    assert note.sidecar["message_id"] == "<original-1@oakvale-academy.sch.uk>"
    assert note.sidecar["decision"]["route"] == "allocated_worker"
    assert note.sidecar["decision"]["actions"] == [
        "acknowledge",
        "mark_urgent",
        "notify",
        "save_case_note",
    ]
    assert note.sidecar["decision"]["urgency_reason"] == "s47_strategy"
    assert len(note.sidecar["sha256"]) == 64


def test_a_request_held_for_a_person_is_acknowledged_without_a_reference() -> None:
    """Contract 4.10: nonsecure_address keeps the acknowledgement, but the route is
    exceptions, so no reference has been assigned yet."""
    message = c.acknowledgement(acknowledgement_context(reference=None))
    text = body_text(message)
    assert "A member of our team will look at your request" in text
    assert "quote" not in text and "None" not in text and "[" not in str(message["Subject"])
    with pytest.raises(ValueError, match="DCS acknowledgement carries the reference"):
        c.AcknowledgementContext(
            mailbox=DCS, original=ORIGINAL, reference=None, to=SENDER, received=RECEIVED,
            dcs_casework=True, casework_lead="the casework lead",
        )  # fmt: skip


def _standard_reading(raw: bytes) -> tuple[str, str, str]:
    """Message-ID, References and Subject as the standard policy reads them."""
    from email.parser import BytesHeaderParser
    from email.policy import default

    headers = BytesHeaderParser(policy=default).parsebytes(raw)
    return tuple(str(headers.get(n, "")) for n in ("Message-ID", "References", "Subject"))  # type: ignore[return-value]


_HEADER_CASES = [
    b"Message-ID: <a@b.example>\nSubject: plain\n\nx",
    b"Message-ID:\n  <folded@b.example>\nSubject: a subject\n folded\tover lines\n\nx",
    b"Message-ID: (a comment) <c@b.example> (another)\nReferences: <r1@x> <r2@x>\n <r3@x>\n\nx",
    b"Message-ID: <not closed@b.example\nSubject: =?utf-8?q?Zo=C3=AB?= and =?iso-8859-1?q?caf=E9?=\n\nx",
    b"Message-ID: <\xc3\xa9@b.example>\nSubject: 8-bit caf\xc3\xa9 \xe9\n\nx",
    b"Subject: control\x0bcharacters\x0c and =? not a word\nSubject: the second one\n\nx",
    b"References: =?utf-8?q?<weird@x>?=\n\nx",
    b"X-Other: only\n\nx",
]


@pytest.mark.parametrize(
    "raw",
    [*_HEADER_CASES, *(p.read_bytes() for p in sorted(ROOT.glob("tests/corpus/part-*/*/*.eml")))],
)
def test_an_originals_headers_read_as_the_standard_policy_reads_them(raw: bytes) -> None:
    message_id, references, subject = _standard_reading(raw)
    original = c.Original.from_bytes(raw)
    assert original.message_id == c._first_msgid(message_id)
    assert original.references == tuple(MSG_ID_RE.findall(references))
    assert original.subject == " ".join(subject.split())
    assert c.case_note(
        c.CaseNoteContext(person_id="P1", reference=None, category="", received=None,
                          mailbox="cass", route="", actions=(), raw=raw)
    ).sidecar["message_id"] == c._first_msgid(message_id)  # fmt: skip


@pytest.mark.parametrize("ending", ["\r\n", "\n", "\r"])
@pytest.mark.parametrize(
    "body",
    [
        "",
        "Subject: not a header, the body\n\nX-Also: body\n",
        "line one\r\rline after an empty one\n",
    ],
)
def test_an_originals_headers_are_read_from_its_header_block_alone(ending: str, body: str) -> None:
    from email.parser import BytesHeaderParser

    from mailbot.mailpolicy import default

    head = ending.join(
        [
            "Message-ID: <a@b.example>",
            "Subject: =?utf-8?q?caf=C3=A9?= re",
            "  folded on",
            "References: <r1@b.example>",
            "\t<r2@b.example>",
        ]
    )
    for raw in (
        f"{head}{ending}{ending}{body}".encode(),
        f"{head}{ending}".encode(),  # no body, no empty line
        f"{head}".encode(),
        f"{ending}{head}".encode(),  # an empty first line: no headers at all
        f"{head}\r\n\n{body}".encode(),  # a CRLF and an LF make an empty line too
    ):
        whole = BytesHeaderParser(policy=default).parsebytes(raw)
        headers = c._Headers(raw)
        assert list(headers.message.raw_items()) == list(whole.raw_items())
        for name in ("Message-ID", "Subject", "References", "X-Also"):
            assert headers.get(name) == str(whole.get(name, "")), (raw, name)


def _parsers_first_values(raw: bytes) -> dict[str, str]:
    """The first raw value of each header, by lower-case name, as the parser stores them."""
    from email.parser import BytesHeaderParser

    from classifiers.mime import header_block
    from mailbot.mailpolicy import default

    first: dict[str, str] = {}
    for name, value in BytesHeaderParser(policy=default).parsebytes(header_block(raw)).raw_items():
        first.setdefault(name.lower(), value)
    return first


_NAMES = ["Message-ID", "message-id", "Subject", "References", "X-Odd!#$%&'*+-.^_`|~", "A"]
_VALUES = ["<a@b.example>", "", "  spaced  out  ", "=?utf-8?q?caf=C3=A9?=", "caf\u00e9", "a:b:c"]
_LINES = st.one_of(
    st.builds(lambda n, s, v: f"{n}:{s}{v}", st.sampled_from(_NAMES),
              st.sampled_from(["", " ", "\t", " \t "]), st.sampled_from(_VALUES)),
    st.sampled_from([" continued", "\tcontinued", " ", "  <r@x>"]),  # continuations
    # lines the parser treats otherwise: an envelope line, no name, no colon, a space in the
    # name, a control character
    st.sampled_from(["From someone", ": no name", "no colon", "Bad Name: x", "\x0bX: y"]),
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(_LINES, st.sampled_from(["\r\n", "\n", "\r"])), max_size=8),
    st.sampled_from(["\r\n", "\n", "\r", ""]),
)
def test_a_header_block_split_by_hand_reads_as_the_parser_reads_it(
    lines: list[tuple[str, str]], end: str
) -> None:
    raw = ("".join(line + ending for line, ending in lines) + end + "body\n").encode()
    headers = c._Headers(raw)
    expected = _parsers_first_values(raw)
    assert headers.first.keys() == expected.keys()
    for name, value in expected.items():
        assert c._LINE_BREAKS.sub("", headers.first[name]) == c._LINE_BREAKS.sub("", value)
    for name in ("Message-ID", "Subject", "References", "X-Absent"):
        value = expected.get(name.lower(), "")
        if value.isascii() and "=?" not in value:
            assert headers.get(name) == c._LINE_BREAKS.sub("", value)
        else:  # the policy's own reading
            assert headers.get(name) == str(headers.message.get(name, ""))


def test_a_plain_header_block_in_ascii_is_read_without_the_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from email.parser import BytesHeaderParser

    parsed: list[bytes] = []
    parse = BytesHeaderParser.parsebytes

    def spy(self, text, headersonly=True):  # type: ignore[no-untyped-def]
        parsed.append(text)
        return parse(self, text, headersonly)

    monkeypatch.setattr(BytesHeaderParser, "parsebytes", spy)
    original = c.Original.from_bytes(ORIGINAL_RAW)
    assert original.message_id and original.subject
    assert parsed == []
    # a value in another character set still takes the parser's reading
    encoded = c.Original.from_bytes(b"Subject: =?utf-8?q?caf=C3=A9?=\r\n\r\nx")
    assert encoded.subject == "caf\u00e9" and len(parsed) == 1
