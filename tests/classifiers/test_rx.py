"""The first-character lookahead changes no match of any signal pattern."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import classifiers.dates
import classifiers.extract
import classifiers.headers
import classifiers.people
import classifiers.signals  # noqa: F401  (the patterns are quickened as the modules load)
from classifiers.mime import parse_message
from classifiers.rx import QUICKENED, quick

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


def test_patterns_it_cannot_help_are_left_as_written() -> None:
    literal = re.compile(r"ofsted\b", re.I)  # the engine already scans for a literal
    assert quick(literal) is literal
    anything = re.compile(r"\w+\s+court", re.I)  # \w may start it: nothing to turn away
    assert quick(anything) is anything
    empty = re.compile(r"(?:child)?\s*", re.I)  # matches the empty string anywhere
    assert quick(empty) is empty


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
