"""Builders for routing tests: evidence and a small world, without parsing any mail."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from classifiers.evidence import Evidence
from classifiers.headers import AuthResult
from classifiers.people import NameMention
from classifiers.signals import ConsentSignal, Signal
from routing.calendar import WorkingCalendar
from routing.world import CaseRecord, Directory, OfstedCheckSeen, Policy, TrackerEntry, World

SECURE = ("gov.uk", "nhs.net", "nhs.uk", "police.uk", "cafcass.gov.uk", "mod.uk")
ROLE_WORDS = ("admin", "contact", "duty", "enquiries", "info", "mash", "office", "team", "triage")


def record(person_id: str, given: str, family: str, dob: date, **kw: Any) -> CaseRecord:
    base: dict[str, Any] = dict(
        person_id=person_id, given_name=given, family_name=family, dob=dob,
        household_id=kw.pop("household_id", f"HH-{person_id}"), status="open", closed_on=None,
        allocated_worker="A Worker", worker_email="a.worker@council.gov.uk", team="Locality",
        team_manager_email="tm@council.gov.uk", restriction=None, restriction_owner_email=None,
        area="North",
    )  # fmt: skip
    base.update(kw)
    return CaseRecord(**base)


DIRECTORY = [
    record("100001", "Ava", "Stone", date(2015, 4, 3), household_id="HH-1"),
    record("100002", "Leo", "Stone", date(2018, 1, 9), household_id="HH-1"),
    record(
        "100003", "Noah", "Quill", date(2012, 6, 1), status="closed", closed_on=date(2026, 9, 4)
    ),
    record(
        "100004",
        "Isla",
        "Penn",
        date(2014, 2, 2),
        restriction="locked",
        restriction_owner_email="owner@council.gov.uk",
    ),
    record("100005", "Sam", "Reed", date(2016, 5, 24)),
    record(
        "100006", "Sam", "Reed", date(2011, 9, 13), status="closed", closed_on=date(2025, 1, 17)
    ),
]


def world(**policy: Any) -> World:
    return World(
        directory=Directory(DIRECTORY),
        tracker={"CASS-2026-000100": TrackerEntry("CASS-2026-000100", date(2026, 8, 1),
                                                  "information_request", "irr_queue", "open")},
        ofsted_checks=[OfstedCheckSeen("pat ward", date(1980, 1, 1), "CASS-2026-000090",
                                       datetime(2026, 9, 1, 9, tzinfo=UTC))],
        policy=Policy(secure_domains=SECURE, role_words=ROLE_WORDS, **policy),
        calendar=WorkingCalendar(),
    )  # fmt: skip


def person(given: str, family: str, dob: date | None = None, *, known: bool = True,
           applicant: bool = False) -> NameMention:  # fmt: skip
    return NameMention(given.lower(), family.lower(), dob, 0, 1, known, applicant)


def evidence(**kw: Any) -> Evidence:
    base = Evidence(
        message_id="<m@x>", subject="s", from_address="j.smith@elmridge.police.uk", reply_to=(),
        received=datetime(2026, 9, 1, 9, 0, tzinfo=UTC), profile="cass", automated=None,
        auth=AuthResult("mx", "pass", "pass", "pass"), references=(),
        category="information_request", confidence=0.95, category_reason="test",
        urgency=None, consent=None, consent_basis=None, irr_level=2, irr_level_trigger="t",
        concern=None, casework_form=None, internal_review=None, person_ids=(), people=(),
        unreadable=False,
    )  # fmt: skip
    return replace(base, **kw)


def consent_provided() -> ConsentSignal:
    return ConsentSignal("provided", "mum has given consent")


def signal(value: str) -> Signal:
    return Signal(value, "test words")
