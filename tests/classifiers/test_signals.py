"""Content signals of procedures 004, 003 and 002, with their negations."""

from __future__ import annotations

import pytest

from classifiers import signals


@pytest.mark.parametrize(
    "text",
    [
        "Mum has given consent for us to contact you.",
        "Lacey's mother has signed our information-sharing consent form, attached.",
        "Consent to share has been obtained from both parents.",
        "Signed consent attached.",
        "Dad, who has PR, gave verbal consent this morning and has agreed to the sharing.",
        "Ofsted hold the applicant's signed consent to the checks.",
        "Please find attached the parental consent form.",
    ],
)
def test_consent_provided(text: str) -> None:
    found = signals.consent(text)
    assert found is not None and found.value == "provided" and not found.from_child


@pytest.mark.parametrize(
    "text",
    [
        "We have not been able to obtain consent from the family.",
        "Consent was refused by mum when I asked on Tuesday.",
        "The parents declined to give consent.",
        "I haven't asked for consent yet as I didn't want to alarm them.",
        "We do not have consent at this stage.",
        "No consent has been sought.",
        "Consent is still outstanding.",
    ],
)
def test_negated_consent_is_not_consent(text: str) -> None:
    found = signals.consent(text)
    assert found is not None and found.value == "negated"


def test_consent_from_the_young_person_carries_their_age() -> None:
    found = signals.consent("The young person (aged 15) has given his consent to the referral.")
    assert found is not None and found.from_child and found.child_age == 15


def test_no_statement_of_consent() -> None:
    assert signals.consent("Could you tell me who the social worker is?") is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "We are holding a Section 47 strategy discussion at 2pm and need your chronology.",
            "s47_strategy",
        ),
        ("URGENT: the final hearing is tomorrow and the court needs this.", "court_or_cp_enquiry"),
        (
            "He is being released from HMP Elmridge on Friday to an address with two children.",
            "prisoner_release",
        ),
        (
            "Please treat as urgent: we believe the children are at immediate risk tonight.",
            "significant_harm",
        ),
    ],
)
def test_urgency_reasons(text: str, reason: str) -> None:
    found = signals.urgency(text)
    assert found is not None and found.value == reason


@pytest.mark.parametrize(
    "text",
    ["URGENT - could you let me know who the social worker is?", "Please reply ASAP, thanks."],
)
def test_the_word_urgent_alone_is_not_urgent(text: str) -> None:
    assert signals.urgency(text) is None


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("This is part of our Section 47 enquiry.", "s47"),
        ("I am writing a section 7 report for the family court.", "court_report"),
        ("The s.37 direction was made last week.", "court_report"),
        ("The family are in PLO.", "plo_or_proceedings"),
        ("Care proceedings were issued on Monday.", "plo_or_proceedings"),
        ("We believe the child is at risk of significant harm.", "significant_harm"),
    ],
)
def test_consent_bases(text: str, basis: str) -> None:
    found = signals.consent_basis(text)
    assert found is not None and found.value == basis


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Does Rohan have a social worker with you? A name and number would be great.", 1),
        ("Is this child known to you?", 1),
        ("Could you tell me when the case was closed?", 1),
        ("Could you summarise when and why you were involved and what support was offered?", 2),
        ("Please share any relevant information you hold about the family.", 2),
        (
            "A family applying for housing lists him in the household. Which social worker holds his case?",
            1,
        ),
    ],
)
def test_irr_level(text: str, level: int) -> None:
    assert signals.irr_level(text)[0] == level


@pytest.mark.parametrize(
    "text",
    [
        "She had bruising to her upper arm when she arrived.",
        "We are worried about his weight and the state of his clothes.",
        "Mum disclosed domestic abuse at home.",
        "His mother's boyfriend locked him in the garden shed overnight.",
    ],
)
def test_concern(text: str) -> None:
    assert signals.concern(text) is not None


@pytest.mark.parametrize(
    "text", ["No safeguarding concerns were noted.", "Please find the end of term report."]
)
def test_no_concern(text: str) -> None:
    assert signals.concern(text) is None


def test_casework_form_needs_two_annex_a_sections() -> None:
    assert (
        signals.casework_form("Originator Details\nName: X\nDetail of Submission\n...") is not None
    )
    assert signals.casework_form("Please could you look at my daughter's school place?") is None
    non_endorsed = "DCS CASEWORK FORM\nThis submission is not endorsed for the following reasons"
    assert signals.casework_form(non_endorsed + "\nChain of Command (CofC) Endorsement") is not None
