"""People named in a message: case-directory names found by gazetteer, others by cue.

The case directory's names are the gazetteer, so "SMITH, Jayden (dob 3/4/2015)" and
"Jayden Smith born 3 April 2015" give the same mention. Names outside the directory are only
taken where the writer marks them as the person the message is about (a date of birth beside
the name, or a label such as "Child:"), so that signatures and parents' names are not mistaken
for an unknown child.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from classifiers.dates import DOB_CUE_RE, DateMention, find_dates
from classifiers.rx import quick

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


def fold(text: str) -> str:
    """Case, accents and apostrophe variants ignored: 'Zoë O’Neill' -> 'zoe o'neill'."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("’", "'").casefold()


@dataclass(frozen=True, slots=True)
class NameMention:
    """A person named in the text, with the date of birth written beside the name, if any."""

    given: str  # folded
    family: str  # folded
    dob: date | None
    start: int
    end: int
    in_directory: bool  # the name (not yet the person) is a directory name
    applicant: bool = False  # introduced as the applicant of an OFSTED check

    @property
    def key(self) -> str:
        return f"{self.given} {self.family}"


@dataclass
class Gazetteer:
    """Directory names, indexed by their first folded token in both written orders."""

    # first token -> list of (token sequence, given, family)
    _index: dict[str, list[tuple[tuple[str, ...], str, str]]] = field(default_factory=dict)
    # single-token given name -> family names it is paired with in the directory
    _families: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_names(cls, names: Iterable[tuple[str, str]]) -> Gazetteer:
        gaz = cls()
        seen: set[tuple[str, str]] = set()
        for given, family in names:
            g, f = fold(given).strip(), fold(family).strip()
            if not g or not f or (g, f) in seen:
                continue
            seen.add((g, f))
            gt, ft = tuple(_words(g)), tuple(_words(f))
            for seq in (gt + ft, ft + gt):
                gaz._index.setdefault(seq[0], []).append((seq, g, f))
            if len(gt) == 1:
                gaz._families.setdefault(gt[0], set()).add(f)
        return gaz

    def families_of(self, given: str) -> set[str]:
        return self._families.get(given, set())

    def candidates(self, token: str) -> list[tuple[tuple[str, ...], str, str]]:
        return self._index.get(token, [])


def _words(text: str) -> list[str]:
    return [m.group(0) for m in _WORD_RE.finditer(text)]


# Labels that introduce the person a message is about.
_CUE_RE = quick(
    re.compile(
        r"(?:child(?:'s)?(?:\s+name)?|young\s+person|pupil|student|name\s+of\s+child|"
        r"subject|client|applicant|baby|infant|re|regarding|concerning|name)\s*[:\-]\s*",
        re.IGNORECASE,
    )
)
_CALLED_RE = quick(
    re.compile(
        r"\b(?:boy|girl|child|pupil|young\s+person|baby|son|daughter|teenager)\s+(?:called|named)\s+$",
        re.I,
    )
)
_APPLICANT_RE = re.compile(r"\bapplicant\b", re.IGNORECASE)
# a capitalised word that is not a date-of-birth label ("Frankie Delacroix-Hume, DOB ...")
_CAP_NAME = r"(?!(?i:dob|d\.o\.b|date|born|aged?)\b)(?:[A-Z][a-zA-Z'’\-]+|[A-Z][A-Z'’\-]+)"
# "Jayden SMITH", "Jayden Lee Smith", or "SMITH, Jayden"
_NAME_RE = quick(
    re.compile(
        rf"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?P<a>(?:{_CAP_NAME}))(?:\s+(?P<b>(?:{_CAP_NAME})))?\s*(?P<comma>,)?\s+(?P<c>(?:{_CAP_NAME}))"
    )
)
_NOT_NAMES = {
    "dear", "hi", "hello", "the", "and", "dob", "date", "birth", "born", "re", "fw", "fwd",
    "mr", "mrs", "ms", "miss", "dr", "mum", "dad", "young", "person", "child", "school", "report",
    "request", "information", "urgent", "please", "thank", "thanks", "kind", "regards", "name",
    "applicant", "known", "subject", "social", "care", "services", "team", "council", "police",
    "ofsted", "lado", "cass", "dcs", "nhs", "primary", "academy", "from", "to", "sent", "on",
    "about", "for", "with", "our", "your", "this", "that", "baby", "pupil", "student", "child's",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yours",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "section", "court", "hospital", "ward", "year", "class",
}  # fmt: skip


def _dob_after(text: str, end: int, dates: list[DateMention], limit: int = 60) -> date | None:
    """A date written just after a name (same line, before the next name-like break)."""
    for d in dates:
        if d.start < end:
            continue
        if d.start - end > limit:
            break
        gap = text[end : d.start]
        # a line break between name and date is a wrapped line when little else stands between
        if "\n" in gap.strip(" \t") and len(gap.strip()) > 2 and not DOB_CUE_RE.search(gap.strip()):
            break
        # a date after "on", "since", "until" is an event, not a birth date
        if re.search(r"\b(?:on|since|until|from|by|dated|at|closed|hearing)\s*$", gap, re.I):
            break
        return d.value
    return None


def _dob_before(text: str, start: int, dates: list[DateMention]) -> date | None:
    """'DOB 03/04/2015 Jayden Smith' (rare, but forms do it)."""
    for d in reversed(dates):
        if d.end > start:
            continue
        gap = text[d.end : start]
        if len(gap) <= 4 and gap.strip(" -:,") == "":
            before = text[max(0, d.start - 20) : d.start]
            if DOB_CUE_RE.search(before.rstrip()):
                return d.value
        break
    return None


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """(folded word, start, end) for every word. ASCII text is folded once, whole: lower-casing
    keeps every ASCII letter a letter, so the words and their offsets are the same."""
    if text.isascii():
        lowered = text.lower()
        return [(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(lowered)]
    return [(fold(m.group(0)), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def find_people(text: str, gazetteer: Gazetteer, pivot_year: int = 2099) -> list[NameMention]:
    """People named in the text: every directory name, and cued or dated names outside it."""
    dates = find_dates(text, pivot_year)
    tokens = _tokens(text)
    mentions: list[NameMention] = []
    covered: list[tuple[int, int]] = []
    for i, (tok, _start, _end) in enumerate(tokens):
        for seq, given, family in gazetteer.candidates(tok):
            n = len(seq)
            window = [t[0] for t in tokens[i : i + n]]
            if window == list(seq):
                last = i + n - 1
            else:
                # allow one middle name between given and family names
                window2 = [t[0] for t in tokens[i : i + n + 1]]
                if (
                    len(window2) == n + 1
                    and window2[:1] == list(seq[:1])
                    and window2[2:] == list(seq[1:])
                ):
                    last = i + n
                else:
                    continue
            start, end = tokens[i][1], tokens[last][2]
            dob = _dob_after(text, end, dates) or _dob_before(text, start, dates)
            mentions.append(
                NameMention(given, family, dob, start, end, True, _is_applicant(text, start))
            )
            covered.append((start, end))
    mentions.extend(_shared_family_name(text, tokens, dates, gazetteer, covered))
    mentions.extend(_given_name_with_dob(text, tokens, dates, gazetteer, covered, mentions))
    mentions.extend(_cued_names(text, dates, covered))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _shared_family_name(
    text: str,
    tokens: list[tuple[str, int, int]],
    dates: list[DateMention],
    gazetteer: Gazetteer,
    covered: list[tuple[int, int]],
) -> list[NameMention]:
    """ "Reggie and Tilly Ashdown": the first child shares the family name written after both."""
    found: list[NameMention] = []
    for i in range(len(tokens) - 3):
        if tokens[i + 1][0] not in ("and", "&"):
            continue  # most words: looked at before the four are unpacked
        first, _conj, second, family = (t[0] for t in tokens[i : i + 4])
        if family not in gazetteer.families_of(first):
            continue
        if family not in gazetteer.families_of(second):
            continue
        start, end = tokens[i][1], tokens[i][2]
        if any(s <= start < e for s, e in covered):
            continue
        dob = _dob_after(text, end, dates, limit=25)
        found.append(NameMention(first, family, dob, start, end, True, _is_applicant(text, start)))
        covered.append((start, end))
    return found


def _given_name_with_dob(
    text: str,
    tokens: list[tuple[str, int, int]],
    dates: list[DateMention],
    gazetteer: Gazetteer,
    covered: list[tuple[int, int]],
    found: list[NameMention],
) -> list[NameMention]:
    """ "her son Kayden (d.o.b. 4th September 2012)" in a letter about the Whitlock household:
    a directory given name with a date of birth beside it, whose directory family name is
    written somewhere in the same message."""
    present = {t[0] for t in tokens}
    named = {(m.given, m.family) for m in found}
    extra: list[NameMention] = []
    for tok, start, end in tokens:
        families = gazetteer.families_of(tok)
        if not families or any(s <= start < e for s, e in covered):
            continue
        if not text[start : start + 1].isupper():
            continue
        dob = _dob_after(text, end, dates, limit=25)
        if dob is None:
            continue
        for family in sorted(families):
            if set(_words(family)) <= present and (tok, family) not in named:
                extra.append(
                    NameMention(tok, family, dob, start, end, True, _is_applicant(text, start))
                )
    return extra


_SENTENCE_END_RE = re.compile(r"[.;:]\s+[A-Z]|\n\s*\n")


def _is_applicant(text: str, start: int) -> bool:
    """Introduced as the applicant: "Applicant: X", "the applicant, X", or "X, ... applicant"."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    # not across a sentence: "... childminder applicant. Household: daughter X"
    ends = list(_SENTENCE_END_RE.finditer(before))
    if ends:
        before = before[ends[-1].start() + 1 :]
    if _APPLICANT_RE.search(before):
        return True
    after = text[start : start + 90]
    cut = _SENTENCE_END_RE.search(after)
    return bool(_APPLICANT_RE.search(after[: cut.start() if cut else len(after)]))


def _cued_names(
    text: str, dates: list[DateMention], covered: list[tuple[int, int]]
) -> list[NameMention]:
    """Names outside the directory that the writer marks as the person concerned."""
    found: list[NameMention] = []
    for m in _NAME_RE.finditer(text):
        start, end = m.start(), m.end()
        if any(s <= start < e or s < end <= e for s, e in covered):
            continue
        parts = [p for p in (m.group("a"), m.group("b"), m.group("c")) if p]
        if any(fold(p) in _NOT_NAMES for p in parts):
            continue
        if m.group("comma"):
            if m.group("b") or not m.group("a").isupper():
                continue  # "SMITH, Jayden" only, not prose with a comma
            family, given = parts[0], parts[-1]
        else:
            given, family = parts[0], parts[-1]
        dob = _dob_after(text, end, dates, limit=40)
        line_start = text.rfind("\n", 0, start) + 1
        window = text[max(line_start, start - 30) : start]
        cued = bool(_CUE_RE.search(window) or _CALLED_RE.search(window))
        if dob is None and not cued:
            continue
        found.append(
            NameMention(
                fold(given), fold(family), dob, start, end, False, _is_applicant(text, start)
            )
        )
    return found
