"""The first-character lookahead, and RE2 where it runs a pattern, change no match of any
signal pattern."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import classifiers.dates
import classifiers.extract
import classifiers.headers
import classifiers.people
import classifiers.signals  # noqa: F401  (the patterns are quickened as the modules load)
from classifiers.extract import _id_pattern
from classifiers.mime import parse_message
from classifiers.rx import QUICKENED, Family, Screened, _lookahead, _parse, quick
from mailbot.config import DEFAULT_PERSON_ID_PATTERNS

# the configured person-ID patterns are quickened when settings name them: these are too
for _written in DEFAULT_PERSON_ID_PATTERNS:
    _id_pattern(_written)

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _matches(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_the_signal_families_are_quickened() -> None:
    assert len(QUICKENED) >= 30  # every phrase family, and the standalone cue patterns


def test_every_quickened_pattern_matches_as_written_on_the_whole_corpus() -> None:
    texts = []
    for path in sorted(CORPUS.glob("part-*/*/*.eml")):
        parsed = parse_message(path.read_bytes())
        texts.append(
            "\n".join(
                [parsed.subject, parsed.body_text, *(a.text for a in parsed.attachments if a.text)]
            )
        )
    assert len(texts) > 400
    for written, used in QUICKENED:
        for text in texts:
            assert _matches(used, text) == _matches(written, text), written.pattern[:60]


# letters that IGNORECASE folds in unexpected ways (long s, Kelvin sign, dotted and dotless
# i), and a digit that \\d matches beyond 0-9
_ALPHABET = "abcdeghiklmnoprstuwyACDEHIKNOPRSTW ’'?-&£\n.,:;/0123456789٣ſKİı"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=120))
def test_every_quickened_pattern_matches_as_written_on_generated_text(text: str) -> None:
    for written, used in QUICKENED:
        assert _matches(used, text) == _matches(written, text), written.pattern[:60]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "consent",
                "permission",
                "no",
                "not",
                "happy for us",
                "PLO",
                "section 47",
                "known to you",
                "?",
                "ſection 47",
                "KNOWN TO",
                "court",
                " ",
                "\n",
                ".",
            ]
        ),
        max_size=20,
    )
)
def test_phrases_glued_together_match_alike(parts: list[str]) -> None:
    text = " ".join(parts)
    for written, used in QUICKENED:
        assert _matches(used, text) == _matches(written, text), written.pattern[:60]


def test_patterns_the_lookahead_cannot_help_are_left_as_written() -> None:
    literal = re.compile(r"ofsted\b", re.I)  # the engine already scans for a literal
    assert _lookahead(literal, _parse(literal)) is literal
    anything = re.compile(r"\w+\s+court", re.I)  # \w may start it: nothing to turn away
    assert _lookahead(anything, _parse(anything)) is anything
    empty = re.compile(r"(?:child)?\s*", re.I)  # matches the empty string anywhere
    assert _lookahead(empty, _parse(empty)) is empty
    assert quick(empty) is empty  # and RE2 would step past its empty matches differently


@pytest.mark.parametrize(
    "written",
    [
        r"(?<!no\s)injur",  # a lookbehind
        r"\bcourt(?!\s+order)",  # a lookahead
        r"(\w)\1",  # a back-reference
        r"urgent$",  # "$" before a final newline, in Python only
        r"(?x) urgent \s+ request",  # verbose
    ],
)
def test_what_re2_might_read_differently_stays_with_pythons_engine(written: str) -> None:
    assert not isinstance(quick(re.compile(written, re.I)), Family)


@pytest.mark.parametrize(
    ("written", "screen"),
    [
        (r"(?<!no\s)injur", "injur"),  # a lookbehind, dropped
        (r"\bcourt(?!\s+order)", r"\bcourt"),  # a lookahead, dropped
        # a back-reference: any text as long as its group
        (r"(?P<sep>[/.-])\d\d(?P=sep)", r"(?P<sep>[/.-])\d\d(?s:.{1,1})"),
        (r"(?P<q>ab|cd)\s(?P=q)", r"(?P<q>ab|cd)\s(?s:.{2,2})"),
        (r"(?<=[(\[])x(?=[)\]])", "x"),  # brackets inside the dropped classes
    ],
)
def test_a_pattern_only_pythons_engine_runs_is_screened_by_a_looser_one(
    written: str, screen: str
) -> None:
    used = quick(re.compile(written, re.I))
    assert isinstance(used, Screened)
    assert used.screen.pattern == f"(?i){screen}".encode()


@pytest.mark.parametrize(
    "written",
    [
        r"(\w)\1",  # a numbered back-reference
        r"urgent$",  # "$" before a final newline
        r"(?x) urgent (?!x)",  # verbose
        r"a(?=b){2}c",  # a quantified assertion: dropping it would quantify the "a"
        r"(?<!x)(?:child)?",  # the looser pattern would match the empty string everywhere
    ],
)
def test_what_a_looser_pattern_cannot_stand_for_is_not_screened(written: str) -> None:
    assert not isinstance(quick(re.compile(written, re.I)), (Family, Screened))


@pytest.mark.parametrize(
    "text",
    [
        "12/03/2015 and 1/2/3/2016 and 112/03/2015 and 03/04/15/",  # turned away mid-candidate
        "ab abab ab abc",
        "no injury, an injury, injured",
        "",
        "nothing here at all",
        "café 12/03/2015",  # not ASCII: Python's engine alone
    ],
)
def test_a_screened_pattern_finds_what_pythons_engine_finds(text: str) -> None:
    for written in (
        re.compile(r"(?<![\d/])(?P<d>\d\d?)(?P<sep>[/.])\d\d(?P=sep)\d\d(?:\d\d)?(?![\d/])"),
        re.compile(r"\bab(?!c)", re.I),
        re.compile(r"\binjur(?:y|ies|ed)\b(?<!no\s\binjury)", re.I),
    ):
        used = quick(written)
        assert isinstance(used, Screened)
        assert _matches(used, text) == _matches(written, text)
        found, expected = used.search(text), written.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_pythons_engine_reads_only_from_where_the_screen_matched() -> None:
    written = re.compile(r"\bcourt(?!\s+order)", re.I)
    used = quick(written)
    assert isinstance(used, Screened)
    starts: list[int] = []

    class Spy:
        def search(self, text: str, pos: int = 0) -> object:
            starts.append(pos)
            return written.search(text, pos)

        def finditer(self, text: str) -> object:
            starts.append(-1)
            return written.finditer(text)

    used.python = Spy()  # type: ignore[assignment]
    long_text = "x " * 500
    assert _matches(used, long_text) == []
    assert used.search(long_text) is None
    assert starts == []  # RE2 found no place a match could begin: Python's engine never ran
    text = long_text + "court order, the Court; " + long_text + "court."
    assert _matches(used, text) == _matches(written, text)
    # from the first candidate (which the lookahead turns away: the engine goes on to the
    # next match), then from the candidate after that match, never from the start
    assert starts == [1000, text.rindex("court")]
    assert _matches(used, "café court") == _matches(written, "café court")
    assert starts[-1] == -1  # not ASCII: Python's engine reads it all


def test_a_family_reads_ascii_text_with_re2_and_any_other_with_pythons_engine() -> None:
    written = re.compile(r"\b(?:urgent|known\s+to)\b", re.I)
    used = quick(written)
    assert isinstance(used, Family)
    calls: list[str] = []

    class Spy:
        def __init__(self, name: str, pattern: object) -> None:
            self.name, self.pattern = name, pattern

        def finditer(self, text: str) -> object:
            calls.append(self.name)
            return self.pattern.finditer(text)  # type: ignore[attr-defined]

    used.fast, used.python = Spy("re2", used.fast), Spy("python", used.python)
    for text in ("URGENT: known to you", "café urgent", "known\x0bto", "known\x1cto"):
        assert _matches(used, text) == _matches(written, text)  # type: ignore[arg-type]
    assert calls == ["re2", "python", "python", "python"]


def test_an_optional_start_lets_what_follows_begin_a_match() -> None:
    written = re.compile(r"\b(?:(?:noticeably\s+)?thinner|(?:child)?\s*name)", re.I)
    used = quick(written)
    assert used is not written
    for text in ("noticeably thinner", "Thinner", "childname", " name", "NAME", "a thin child"):
        assert _matches(used, text) == _matches(written, text)


def test_a_quickened_family_keeps_its_groups() -> None:
    written = re.compile(r"\b(?:(?P<word>consent)|(permission))\b", re.I)
    used = quick(written)
    assert used is not written and used.groupindex == written.groupindex
    assert _matches(used, "PERMISSION and Consent") == [
        ((0, 10), (None, "PERMISSION")),
        ((15, 22), ("Consent", None)),
    ]
