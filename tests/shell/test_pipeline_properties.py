"""The safety invariants on whole messages: generated mail goes through parsing, the
classifiers and the rules, and every decision keeps them."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.config import load_settings
from mailbot.triage import Snapshot, Triage
from routing.world import Directory
from tests.invariants import check_safety_invariants
from tests.routing.factories import DIRECTORY

from .mail import ROOT_CONFIG, message

NAMES = [f"{r.given_name} {r.family_name}" for r in DIRECTORY] + ["Zed Unknown", "Pat Ward"]
DOBS = ["03/04/2015", "9 January 2018", "2012-06-01", "02.02.2014", "13/09/2011", "1/1/2000"]
FRAGMENTS = [
    "Could you tell me who the allocated social worker is?", "Please share any history you hold.",
    "Mum has given consent for us to contact you.", "We have not been able to obtain consent.",
    "This is part of a Section 47 enquiry.", "URGENT - the hearing is tomorrow.",
    "He is being released from HMP Elmridge to an address with children.",
    "Please find attached the school report for your records.", "She had bruising on her arm.",
    "Ofsted have asked LADO for a suitability check. Applicant:", "Discharge summary from the ward.",
    "RE: CASS-2026-000100", "Out of office: I am on leave until Monday, please contact the duty team.",
    "Clearance sale, ergonomic chairs 49 GBP this week only", "Originator Details / Detail of Submission",
]  # fmt: skip
SENDERS = [
    "PC Dana Reeve <dana.reeve@elmridge.police.uk>", "MASH <mash@saltmarsh.gov.uk>",
    "Teacher <j.doe@school.sch.uk>", "Office <office@club.co.uk>", "Someone <bad..addr@x.gov.uk>",
]  # fmt: skip

TRIAGE = Triage(load_settings(ROOT_CONFIG), Snapshot(Directory(DIRECTORY), {}, []))


@st.composite
def mail(draw: st.DrawFn) -> tuple[bytes, str]:
    parts = draw(st.lists(st.sampled_from(FRAGMENTS), min_size=0, max_size=4))
    people = draw(
        st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from([*DOBS, ""])), max_size=2)
    )
    body = " ".join(parts + [f"{n} {('DOB ' + d) if d else ''}".strip() for n, d in people])
    body += draw(st.text(max_size=40))
    subject = draw(
        st.sampled_from(["", "Information request", "RE: CASS-2026-000999", "FW: report"])
    )
    mailbox = draw(st.sampled_from(["cass", "dcs"]))
    raw = message(
        body,
        subject=subject,
        sender=draw(st.sampled_from(SENDERS)),
        mailbox=mailbox,
        received=draw(
            st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC))
        ),
        dmarc=draw(st.sampled_from(["pass", "pass", "fail"])),
        reply_to=draw(st.sampled_from([None, None, "x@yahoo.co.uk", "duty@elmridge.police.uk"])),
    )
    return raw, mailbox


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(item=mail())
def test_generated_mail_keeps_the_safety_invariants(item: tuple[bytes, str]) -> None:
    raw, mailbox = item
    check_safety_invariants(TRIAGE.decide(raw, mailbox), DIRECTORY)
