"""Dates of birth in UK formats and people found with the directory as a gazetteer."""

from __future__ import annotations

from datetime import date

import pytest

from classifiers.dates import find_dates
from classifiers.people import Gazetteer, find_people, fold


@pytest.mark.parametrize(
    "text",
    ["3/4/2015", "03/04/2015", "03.04.15", "3-4-2015", "3rd April 2015", "3 Apr 2015",
     "3rd of April 2015", "April 3rd, 2015", "2015-04-03"],
)  # fmt: skip
def test_every_common_uk_format(text: str) -> None:
    assert [d.value for d in find_dates(f"DOB {text}.", pivot_year=2026)] == [date(2015, 4, 3)]


def test_impossible_dates_are_not_dates() -> None:
    assert find_dates("31/02/2015 and 2015-13-01") == []


def test_two_digit_years_never_land_after_the_message() -> None:
    assert find_dates("born 01/02/30", pivot_year=2026)[0].value == date(1930, 2, 1)


GAZ = Gazetteer.from_names([("Jayden", "Smith"), ("Zoë", "O'Neill"), ("Mary Ann", "de Souza")])


@pytest.mark.parametrize(
    "text",
    ["SMITH, Jayden (dob 3/4/2015)", "Jayden Smith born 3 April 2015", "JAYDEN SMITH - DOB: 03.04.2015",
     "Jayden Lee Smith, d.o.b 3rd April 2015"],
)  # fmt: skip
def test_the_same_record_however_written(text: str) -> None:
    [mention] = find_people(text, GAZ, 2026)
    assert (mention.given, mention.family, mention.dob) == ("jayden", "smith", date(2015, 4, 3))
    assert mention.in_directory


def test_accents_and_apostrophes_are_ignored() -> None:
    [mention] = find_people("Zoe O’Neill", GAZ, 2026)
    assert (mention.given, mention.family) == (fold("Zoë"), "o'neill")


def test_multi_word_names() -> None:
    [mention] = find_people("about Mary Ann de Souza today", GAZ, 2026)
    assert mention.key == "mary ann de souza"


def test_unknown_names_only_when_marked_as_the_subject() -> None:
    mentions = find_people("Kind regards\nPC 3307 Lena Marchetti\nChild: Bodhi Garland", GAZ, 2026)
    assert [(m.given, m.family, m.in_directory) for m in mentions] == [("bodhi", "garland", False)]
    dated = find_people("Is Bodhi Garland (12/03/2016) known to you?", GAZ, 2026)
    assert dated[0].dob == date(2016, 3, 12)


def test_applicant_is_marked() -> None:
    [applicant] = find_people("Applicant: Nicola AINSWORTH, born 21/07/1986", GAZ, 2026)
    assert applicant.applicant and applicant.dob == date(1986, 7, 21)


def test_given_name_with_dob_and_the_family_name_elsewhere() -> None:
    text = "Re: the Smith household\nher son Jayden (d.o.b. 3rd April 2015) has moved"
    assert [(m.key, m.dob) for m in find_people(text, GAZ, 2026)] == [
        ("jayden smith", date(2015, 4, 3))
    ]
