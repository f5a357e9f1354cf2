"""Dates as UK professionals write them: 3/4/2015, 03.04.15, 3rd April 2015, April 3, 2015, 2015-04-03.

Day-first always (a UK inbox); two-digit years pivot so that a date of birth is never in the
future of the message that cites it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from classifiers.rx import quick

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}  # fmt: skip

_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ORD = r"(?:st|nd|rd|th)?"

DATE_RE = quick(
    re.compile(
        r"(?<![\d/.-])(?:"
        # 2015-04-03 (ISO)
        r"(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d?)-(?P<id>\d\d?)"
        # 3/4/2015, 03.04.15, 3-4-2015, 03 04 2015 is too loose and left out
        r"|(?P<nd>\d\d?)\s?(?P<sep>[/.-])\s?(?P<nm>\d\d?)\s?(?P=sep)\s?(?P<ny>(?:19|20)?\d\d)"
        # 3rd April 2015, 3 Apr 15, 3rd of April 2015
        r"|(?P<td>\d\d?)"
        + _ORD
        + r"\s*(?:of\s+)?"
        + _MONTH.replace("mon", "tm")
        + r",?\s+(?P<ty>(?:19|20)\d\d|'?\d\d)"
        # April 3rd, 2015
        r"|"
        + _MONTH.replace("mon", "um")
        + r"\s+(?P<ud>\d\d?)"
        + _ORD
        + r",?\s+(?P<uy>(?:19|20)\d\d)"
        r")(?![\d/])",
        re.IGNORECASE,
    )
)

DOB_CUE_RE = quick(
    re.compile(
        r"\b(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|born(?:\s+on)?|birth\s*date|birthday|b\.)\s*[:\-]?\s*$",
        re.IGNORECASE,
    )
)


@dataclass(frozen=True, slots=True)
class DateMention:
    value: date
    start: int
    end: int


def _year(text: str, pivot_year: int) -> int:
    digits = text.lstrip("'")
    year = int(digits)
    if len(digits) == 2:
        # a two-digit year is in this century unless that would put it after the message
        year += 2000 if 2000 + year <= pivot_year else 1900
    return year


def find_dates(text: str, pivot_year: int = 2099) -> list[DateMention]:
    """Every valid calendar date written in the text, in order."""
    found: list[DateMention] = []
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        try:
            if g["iy"]:
                value = date(int(g["iy"]), int(g["im"]), int(g["id"]))
            elif g["nd"]:
                value = date(_year(g["ny"], pivot_year), int(g["nm"]), int(g["nd"]))
            elif g["td"]:
                value = date(
                    _year(g["ty"], pivot_year), MONTHS[g["tm"].lower().rstrip(".")], int(g["td"])
                )
            else:
                value = date(int(g["uy"]), MONTHS[g["um"].lower().rstrip(".")], int(g["ud"]))
        except (ValueError, KeyError):
            continue  # 31/02/2015 and the like are not dates
        found.append(DateMention(value, m.start(), m.end()))
    return found
