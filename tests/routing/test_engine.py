"""Contract section 4.5, rule by rule, on hand-built evidence."""

from __future__ import annotations

from datetime import UTC, date, datetime

from classifiers.headers import AuthResult
from classifiers.signals import ConsentSignal, Signal
from routing.engine import RULES, decide

from .factories import consent_provided, evidence, person, signal, world

AVA = person("Ava", "Stone", date(2015, 4, 3))
NOAH = person("Noah", "Quill", date(2012, 6, 1))
ISLA = person("Isla", "Penn")
SAM = person("Sam", "Reed")


def test_rule_names_are_unique_and_the_chain_fits_on_a_screen() -> None:
    names = [n for n, _ in RULES]
    assert len(names) == len(set(names)) and len(names) < 30


def test_level1_open_secure_gets_a_level1_reply() -> None:
    d = decide(evidence(irr_level=1, people=(AVA,)), world(), "cass")
    assert (d.route, d.actions, d.case_status) == (
        "level1_reply",
        ("acknowledge", "level1_response"),
        "open",
    )
    assert d.needs_reference and d.due_acknowledge == date(2026, 9, 2)
    assert [(s.person_id, s.match) for s in d.subjects] == [("100001", "name_dob")]


def test_not_known_any_level_gets_a_level1_reply() -> None:
    unknown = person("Zed", "Unknown", date(2016, 1, 1), known=False)
    d = decide(evidence(irr_level=2, people=(unknown,)), world(), "cass")
    assert (d.case_status, d.route) == ("not_known", "level1_reply")


def test_restricted_gets_plain_acknowledgement_and_notify_only() -> None:
    d = decide(
        evidence(irr_level=1, people=(ISLA,), urgency=signal("significant_harm")), world(), "cass"
    )
    assert d.route == "restricted" and d.case_status == "restricted"
    assert d.actions == ("acknowledge", "mark_urgent", "notify") and d.case_notes == ()
    assert all("isla" not in e.lower() and "penn" not in e.lower() for e in d.explanation)


def test_level2_open_goes_to_the_allocated_worker_with_a_case_note() -> None:
    d = decide(evidence(people=(AVA,), from_address="info@charity.org.uk"), world(), "cass")
    assert d.route == "allocated_worker"
    assert d.actions == ("acknowledge", "notify", "request_personal_address", "save_case_note")
    assert d.case_notes == ("100001",)


def test_level2_closed_with_consent_goes_to_the_irr_queue() -> None:
    d = decide(evidence(people=(NOAH,), consent=consent_provided()), world(), "cass")
    assert (d.route, d.actions, d.consent) == ("irr_queue", ("acknowledge", "notify"), "provided")


def test_level2_closed_with_a_basis_needs_no_consent() -> None:
    d = decide(evidence(people=(NOAH,), consent_basis=signal("s47")), world(), "cass")
    assert (d.consent, d.consent_basis, d.route) == ("not_required", "s47", "irr_queue")


def test_level2_closed_without_consent_asks_for_it_and_takes_no_reference() -> None:
    negated = ConsentSignal("negated", "we have not been able to obtain consent")
    d = decide(evidence(people=(NOAH,), consent=negated), world(), "cass")
    assert (d.route, d.actions, d.case_notes) == (
        "none",
        ("request_consent", "save_case_note"),
        ("100003",),
    )
    assert d.consent == "missing" and not d.needs_reference and d.due_acknowledge is None


def test_consent_from_a_child_under_16_does_not_count() -> None:
    child = ConsentSignal("provided", "he has consented", from_child=True, child_age=None)
    d = decide(evidence(people=(NOAH,), consent=child), world(), "cass")
    assert d.consent == "missing"  # Noah is 14 on 1 September 2026
    older = ConsentSignal("provided", "she consented", from_child=True, child_age=17)
    assert decide(evidence(people=(NOAH,), consent=older), world(), "cass").consent == "provided"


def test_level1_to_a_personal_nonsecure_address_waits_but_is_acknowledged() -> None:
    d = decide(
        evidence(irr_level=1, people=(AVA,), from_address="trudy@hotmail.co.uk"), world(), "cass"
    )
    assert (d.route, d.exception, d.actions) == (
        "exceptions",
        "nonsecure_address",
        ("acknowledge",),
    )
    assert not d.needs_reference and d.due_acknowledge is not None


def test_level1_to_a_generic_nonsecure_address_asks_for_a_personal_one() -> None:
    d = decide(
        evidence(irr_level=1, people=(AVA,), from_address="office@school.sch.uk"), world(), "cass"
    )
    assert d.actions == ("acknowledge", "request_personal_address") and d.route == "level1_reply"


def test_same_name_without_date_of_birth_is_ambiguous() -> None:
    d = decide(evidence(people=(SAM,)), world(), "cass")
    assert (d.case_status, d.exception, d.subjects, d.actions) == (
        "ambiguous",
        "ambiguous_match",
        (),
        (),
    )


def test_date_of_birth_tells_same_names_apart() -> None:
    d = decide(evidence(people=(person("Sam", "Reed", date(2011, 9, 13)),)), world(), "cass")
    assert d.case_status == "closed" and [s.person_id for s in d.subjects] == ["100006"]


def test_person_id_wins_over_names() -> None:
    d = decide(evidence(people=(SAM,), person_ids=("100005",)), world(), "cass")
    assert [(s.person_id, s.match) for s in d.subjects] == [
        ("100005", "id")
    ] and d.exception is None


def test_no_child_named_is_an_exception() -> None:
    d = decide(evidence(), world(), "cass")
    assert (d.exception, d.case_status, d.route) == ("no_subject_identified", None, "exceptions")


def test_failed_authentication_sends_nothing() -> None:
    d = decide(
        evidence(irr_level=1, people=(AVA,), auth=AuthResult("mx", "pass", "pass", "fail")),
        world(),
        "cass",
    )
    assert (d.exception, d.actions, d.route) == ("sender_not_authenticated", (), "exceptions")
    assert d.case_status == "open"  # still worked out from the content (4.0)


def test_reply_to_on_another_domain_is_held_and_replies_to_from() -> None:
    d = decide(evidence(people=(AVA,), reply_to=("x@yahoo.co.uk",)), world(), "cass")
    assert (d.exception, d.reply_address) == ("reply_to_mismatch", "j.smith@elmridge.police.uk")


def test_reply_to_on_the_same_domain_is_the_reply_address() -> None:
    d = decide(evidence(people=(AVA,), reply_to=("Duty.Team@elmridge.police.uk",)), world(), "cass")
    assert (d.reply_address, d.address_verdict) == (
        "duty.team@elmridge.police.uk",
        "secure_generic",
    )


def test_low_confidence_waits_for_a_person() -> None:
    d = decide(evidence(people=(AVA,), confidence=0.2), world(low_confidence_threshold=0.5), "cass")
    assert d.exception == "low_confidence"


def test_ofsted_check_saves_on_every_child_of_the_household() -> None:
    applicant = person("Kim", "Lowe", date(1990, 5, 5), known=False, applicant=True)
    d = decide(
        evidence(category="ofsted_suitability", people=(applicant, person("Leo", "Stone"))),
        world(),
        "cass",
    )
    assert (d.route, d.actions, d.case_notes) == (
        "irr_queue",
        ("notify", "save_case_note"),
        ("100001", "100002"),
    )
    assert [s.person_id for s in d.subjects] == ["100002"] and d.applicant_key == "kim lowe"


def test_ofsted_duplicate_within_the_window_is_not_taken_again() -> None:
    applicant = person("Pat", "Ward", date(1980, 1, 1), known=False, applicant=True)
    ev = evidence(
        category="ofsted_suitability",
        people=(applicant, AVA),
        received=datetime(2026, 10, 1, tzinfo=UTC),
    )
    d = decide(ev, world(), "cass")
    assert (d.route, d.actions, d.related_reference) == ("none", (), "CASS-2026-000090")
    late = decide(evidence(category="ofsted_suitability", people=(applicant, AVA),
                           received=datetime(2026, 12, 15, tzinfo=UTC)), world(), "cass")  # fmt: skip
    assert late.route == "irr_queue"


def test_ofsted_check_with_no_one_known() -> None:
    applicant = person("Kim", "Lowe", date(1990, 5, 5), known=False, applicant=True)
    d = decide(evidence(category="ofsted_suitability", people=(applicant,)), world(), "cass")
    assert (d.case_status, d.route, d.actions, d.case_notes) == (
        "not_known",
        "irr_queue",
        ("notify",),
        (),
    )


def test_correspondence_on_an_open_case() -> None:
    d = decide(evidence(category="correspondence", people=(AVA,)), world(), "cass")
    assert (d.route, d.actions, d.case_notes) == (
        "allocated_worker",
        ("notify", "save_case_note"),
        ("100001",),
    )
    assert d.due_acknowledge is None and d.needs_reference


def test_correspondence_within_a_month_of_closure_with_a_concern_is_a_re_referral() -> None:
    # Noah's case closed on 4 September 2026: within a month runs to 4 October
    on_time = evidence(category="correspondence", people=(NOAH,), concern=signal("concern"),
                       received=datetime(2026, 10, 4, 20, tzinfo=UTC))  # fmt: skip
    assert decide(on_time, world(), "cass").route == "re_referral"
    late = evidence(
        category="correspondence",
        people=(NOAH,),
        concern=signal("concern"),
        received=datetime(2026, 10, 4, 23, 30, tzinfo=UTC),
    )  # 00:30 on 5 Oct in London
    assert decide(late, world(), "cass").route == "front_door"
    calm = evidence(
        category="correspondence", people=(NOAH,), received=datetime(2026, 9, 10, tzinfo=UTC)
    )
    assert decide(calm, world(), "cass").route == "front_door"


def test_medical_correspondence_goes_to_the_cp_team() -> None:
    d = decide(evidence(category="medical_correspondence", people=(AVA,)), world(), "cass")
    assert (d.route, d.actions, d.case_notes) == (
        "cp_team",
        ("notify", "save_case_note"),
        ("100001",),
    )


def test_restricted_correspondence_with_a_concern_is_urgent() -> None:
    d = decide(
        evidence(category="correspondence", people=(ISLA,), concern=signal("concern")),
        world(),
        "cass",
    )
    assert (d.route, d.actions, d.urgent, d.urgency_reason) == (
        "restricted",
        ("mark_urgent", "notify"),
        True,
        "significant_harm",
    )


def test_follow_up_on_a_known_reference_and_an_unknown_one() -> None:
    d = decide(evidence(category="follow_up", references=("CASS-2026-000100",)), world(), "cass")
    assert (d.route, d.actions, d.related_reference, d.case_status) == (
        "reference_owner",
        ("notify",),
        "CASS-2026-000100",
        None,
    )
    assert not d.needs_reference
    u = decide(evidence(category="follow_up", references=("CASS-2026-000999",)), world(), "cass")
    assert (u.exception, u.related_reference) == ("unknown_reference", "CASS-2026-000999")


def test_casework_on_and_off_the_form() -> None:
    on = decide(
        evidence(category="casework_submission", profile="dcs", casework_form=signal("f")),
        world(),
        "dcs",
    )
    assert (on.route, on.actions, on.case_status) == (
        "casework_lead",
        ("acknowledge", "notify"),
        None,
    )
    assert on.due_response == date(2026, 9, 29)  # 20 working days from 1 September 2026
    off = decide(evidence(category="casework_submission", profile="dcs"), world(), "dcs")
    assert (off.route, off.actions, off.due_response) == ("none", ("request_form",), None)


def test_automated_mail_gets_nothing_even_when_unauthenticated() -> None:
    d = decide(evidence(category="automated", automated="auto_submitted",
                        auth=AuthResult("mx", "fail", "fail", "fail")), world(), "cass")  # fmt: skip
    assert (d.route, d.actions, d.exception) == ("none", (), None)


def test_other_is_unclassified() -> None:
    d = decide(evidence(category="other"), world(), "cass")
    assert (d.route, d.exception, d.case_status) == ("exceptions", "unclassified", None)


def test_unreadable_message() -> None:
    d = decide(evidence(unreadable=True, people=(AVA,)), world(), "cass")
    assert d.exception == "unreadable" and d.actions == ()


def test_explanation_lists_the_rules_that_fired_in_order() -> None:
    d = decide(evidence(irr_level=1, people=(AVA,)), world(), "cass")
    assert d.explanation[0].startswith("category information_request")
    assert any("level-1 reply" in e for e in d.explanation)
    _ = Signal
