"""Phrase-family patterns that skip, in one step, the places no phrase can start.

Python's regex engine has no fast scan for a pattern like `\\b(?:consent|permission|...)` with
IGNORECASE: at every word boundary it enters each alternative in turn, and the families of
mailbot's signals have up to fifty. A lookahead on the set of letters that any alternative can
start with, `(?=[cp...])`, is a single character-set test that turns most positions away
before any alternative is tried. It changes no match: the set is worked out from the parsed
pattern and contains every character a match can begin with (when that cannot be worked out,
the pattern is left as it is). On the signals' families this halves the search time.

A pattern that begins with a literal is left alone: the engine already scans for it.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_p: Any
_c: Any
try:  # the stdlib's own parser of pattern syntax (re._parser since 3.11)
    _p = importlib.import_module("re._parser")
    _c = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another interpreter: patterns stay as written
    _p = _c = None

# (as written, as used): what `quick` changed, for the test that they always match alike
QUICKENED: list[tuple[re.Pattern[str], re.Pattern[str]]] = []
_MAX_FIRST = 24  # a set as large as this turns few positions away
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s"} if _c is not None else {}


def _first_chars(items: Any) -> set[str] | None:
    """Every character that a match of this sequence can begin with, or None when that is
    not known (a class such as \\w, any character, or a sequence that can match nothing).
    A class escape (\\d, \\s) stands as itself: Unicode has more digits than 0-9. Case
    needs nothing here: the lookahead is compiled with the pattern's own flags, so under
    IGNORECASE it matches every case of what it lists, exactly as the pattern's letters do."""
    found = _first_of_sequence(items)
    if found is None or found[1]:
        return None  # unknown, or it can match the empty string anywhere
    return found[0]


def _first_of_sequence(items: Any) -> tuple[set[str], bool] | None:
    """(first characters, whether the sequence can match nothing), or None if unknown."""
    chars: set[str] = set()
    for op, av in items:
        if str(op) in _ZERO_WIDTH:
            continue  # consumes nothing: the next item begins the match
        item = _first_of_item(op, av)
        if item is None:
            return None
        chars |= item[0]
        if not item[1]:
            return chars, False
        # an optional item ("(?:noticeably\\s+)?thinner"): what follows may begin it too
    return chars, True


def _first_of_item(op: Any, av: Any) -> tuple[set[str], bool] | None:
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE:
            return None  # case rules of its own inside: not followed
        return _first_of_sequence(sub.data)
    if op is _c.BRANCH:
        chars: set[str] = set()
        empty = False
        for branch in av[1]:
            found = _first_of_sequence(branch.data)
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    if op is _c.IN:
        chars = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_FIRST:
                chars.update(chr(x) for x in range(value[0], value[1] + 1))
            elif kind is _c.CATEGORY and value in _CATEGORIES:
                chars.add(_CATEGORIES[value])  # kept as the class it is
            else:
                return None  # a negated set, \\w: almost anything may start it
        return chars, False
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _high, sub = av
        found = _first_of_sequence(sub.data)
        if found is None:
            return None
        return found[0], found[1] or low == 0
    return None  # any character, a category, a back-reference: not followed


def _starts_with_literal(items: Any) -> bool:
    for op, av in items:
        if op is _c.SUBPATTERN:
            return _starts_with_literal(av[3].data)
        return op is _c.LITERAL
    return False


def quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern, with a first-character lookahead where that can only help."""
    if _p is None or pattern.flags & re.VERBOSE:
        return pattern
    try:
        items = _p.parse(pattern.pattern, pattern.flags).data
        if _starts_with_literal(items):
            return pattern
        chars = _first_chars(items)
    except Exception:  # a construct this does not follow: leave the pattern as it is
        return pattern
    if not chars or len(chars) > _MAX_FIRST:
        return pattern
    # the user's flags stay; (?:...) keeps the groups' numbers and names as they were
    lookahead = "".join(sorted(c if c in _CATEGORIES.values() else re.escape(c) for c in chars))
    try:
        quicker = re.compile(f"(?=[{lookahead}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # e.g. global inline flags, which must open the pattern
        return pattern
    QUICKENED.append((pattern, quicker))
    return quicker
