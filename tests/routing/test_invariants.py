"""The safety invariants hold for every decision, on generated evidence (hypothesis)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifiers.headers import AuthResult
from classifiers.signals import ConsentSignal, Signal
from routing.engine import decide
from tests.invariants import check_safety_invariants

from .factories import DIRECTORY, evidence, person, world

CATEGORIES = st.sampled_from([
    "information_request", "ofsted_suitability", "casework_submission", "internal_review_request",
    "correspondence", "medical_correspondence", "follow_up", "automated", "other",
])  # fmt: skip
ADDRESSES = st.sampled_from([
    "a.b@elmridge.police.uk", "mash@saltmarsh.gov.uk", "j.doe@school.sch.uk", "info@charity.org.uk",
    "bad..address@x.gov.uk", "nodomain@", "x@hotmail.co.uk", "duty.team@nhs.net",
])  # fmt: skip
MENTIONS = st.lists(
    st.one_of(
        st.sampled_from(DIRECTORY).map(lambda r: person(r.given_name, r.family_name, r.dob)),
        st.sampled_from(DIRECTORY).map(lambda r: person(r.given_name, r.family_name)),
        st.builds(
            lambda d: person("Zed", "Unknown", d, known=False),
            st.dates(date(2005, 1, 1), date(2024, 1, 1)),
        ),
        st.builds(
            lambda d: person("Pat", "Ward", d, known=False, applicant=True),
            st.sampled_from([date(1980, 1, 1), date(1981, 2, 2)]),
        ),
    ),
    max_size=3,
)
SIGNALS = st.one_of(
    st.none(),
    st.sampled_from(
        ["s47_strategy", "court_or_cp_enquiry", "prisoner_release", "significant_harm"]
    ).map(lambda v: Signal(v, "w")),
)
BASES = st.one_of(
    st.none(),
    st.sampled_from(["s47", "court_report", "plo_or_proceedings", "significant_harm"]).map(
        lambda v: Signal(v, "w")
    ),
)
CONSENT = st.one_of(
    st.none(),
    st.just(ConsentSignal("provided", "w")),
    st.just(ConsentSignal("negated", "w")),
    st.builds(
        lambda a: ConsentSignal("provided", "w", True, a), st.one_of(st.none(), st.integers(5, 18))
    ),
)
AUTH = st.sampled_from([
    AuthResult("mx", "pass", "pass", "pass"), AuthResult("mx", "pass", "pass", "fail"),
    AuthResult("mx", "fail", "fail", "none"), AuthResult(None, None, None, None),
])  # fmt: skip

evidence_strategy = st.builds(
    evidence,
    category=CATEGORIES,
    profile=st.sampled_from(["cass", "dcs"]),
    from_address=st.one_of(st.none(), ADDRESSES),
    reply_to=st.lists(ADDRESSES, max_size=1).map(tuple),
    received=st.one_of(st.none(), st.datetimes(datetime(2025, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC))),
    automated=st.one_of(st.none(), st.just("auto_submitted")),
    auth=AUTH,
    references=st.lists(st.sampled_from(["CASS-2026-000100", "CASS-2026-000999"]), max_size=1).map(tuple),
    confidence=st.floats(0, 1),
    urgency=SIGNALS,
    consent=CONSENT,
    consent_basis=BASES,
    irr_level=st.sampled_from([1, 2]),
    concern=st.one_of(st.none(), st.just(Signal("concern", "w"))),
    casework_form=st.one_of(st.none(), st.just(Signal("casework_form", "w"))),
    person_ids=st.lists(st.sampled_from([r.person_id for r in DIRECTORY] + ["999999"]), max_size=2).map(tuple),
    people=MENTIONS.map(tuple),
    unreadable=st.booleans(),
)  # fmt: skip

RESTRICTED_WORDS = (
    "locked",
    "restrict",
    "sensitive",
    "special client",
    "personal interest",
    "owner@",
)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ev=evidence_strategy)
def test_safety_invariants(ev) -> None:  # type: ignore[no-untyped-def]
    w = world(low_confidence_threshold=0.3)
    d = decide(ev, w, "cass")

    check_safety_invariants(d, DIRECTORY)


@settings(max_examples=300, deadline=None)
@given(ev=evidence_strategy)
def test_restricted_never_revealed_in_outbound_actions(ev) -> None:  # type: ignore[no-untyped-def]
    """Only acknowledge and notify leave the building on a restricted case; notify goes inside."""
    d = decide(ev, world(low_confidence_threshold=0.0), "cass")
    if d.case_status == "restricted" and d.exception is None:
        assert d.route == "restricted"
        assert set(d.actions) <= {"acknowledge", "notify", "mark_urgent"}
