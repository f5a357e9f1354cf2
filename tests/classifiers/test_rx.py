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
from classifiers.mime import parse_message
from classifiers.rx import QUICKENED, Family, _lookahead, _parse, quick

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
