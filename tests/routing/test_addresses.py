"""Reply-address verdicts and registrable domains (contract 4.1, 4.4)."""

from __future__ import annotations

import pytest

from routing.addresses import check_address, registrable_domain, verdict

from .factories import ROLE_WORDS, SECURE


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("Lena.Marchetti@Elmridge.Police.UK", "secure_personal"),
        ("mash@saltmarsh.gov.uk", "secure_generic"),
        ("duty.team2@nhs.net", "secure_generic"),
        ("triage+cases@council.gov.uk", "secure_generic"),
        ("j.smith@millbrook.kestrelford.sch.uk", "personal_nonsecure"),
        ("contact@willowbanktrust.org.uk", "generic_nonsecure"),
        ("info-desk@swimschool.co.uk", "generic_nonsecure"),
        ("someone@notgov.uk", "personal_nonsecure"),  # ends with gov.uk but not ".gov.uk"
        ("j..smith@council.gov.uk", "invalid"),
        ("no-at-sign.gov.uk", "invalid"),
    ],
)
def test_verdicts(address: str, expected: str) -> None:
    assert verdict(check_address(address), SECURE, ROLE_WORDS, ()) == expected


def test_generic_list_makes_a_whole_address_generic() -> None:
    checked = check_address("amanda@charity.org.uk")
    assert verdict(checked, SECURE, ROLE_WORDS, ("amanda@charity.org.uk",)) == "generic_nonsecure"


def test_addresses_are_normalised_lower_case() -> None:
    assert check_address(" <J.Doe@Example.GOV.UK> ").address == "j.doe@example.gov.uk"


def test_two_police_forces_are_different_registrable_domains() -> None:
    assert registrable_domain("mail.elmridge.police.uk") == "elmridge.police.uk"
    assert registrable_domain("northshire.police.uk") != registrable_domain("elmridge.police.uk")
    assert registrable_domain("a.b.kestrelford.gov.uk") == "kestrelford.gov.uk"
