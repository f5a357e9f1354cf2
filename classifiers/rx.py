"""Phrase-family patterns that skip, in one step, the places no phrase can start.

Python's regex engine has no fast scan for a pattern like `\\b(?:consent|permission|...)` with
IGNORECASE: at every word boundary it enters each alternative in turn, and the families of
mailbot's signals have up to fifty. A lookahead on the set of letters that any alternative can
start with, `(?=[cp...])`, is a single character-set test that turns most positions away
before any alternative is tried. It changes no match: the set is worked out from the parsed
pattern and contains every character a match can begin with (when that cannot be worked out,
the pattern is left as it is). On the signals' families this halves the search time.

A pattern that begins with a literal is left alone: the engine already scans for it.

Where RE2 (google-re2) can run a pattern exactly as Python's engine does, it runs it on ASCII
text, which is nearly all mail once normalised: RE2 reads the text once, as an automaton, for
a whole family of phrases, five to fifteen times faster than the lookahead above. On ASCII
text the two engines agree on \\b, \\w, \\d, letter case and the order of alternatives; they
differ on what \\s takes among the ASCII control characters (so text with those goes to
Python's engine), on non-ASCII text (so does that), and on a few constructs (lookarounds,
back-references, verbose patterns, "$" without MULTILINE, patterns that match the empty
string), which keep Python's engine.

Python's engine still need not read all of the text for those. RE2 runs a looser pattern,
with the lookarounds dropped and a back-reference standing for any text as long as its group,
which matches wherever the pattern itself can begin a match; Python's engine then searches
from there. A search's answer at a position does not depend on where the search began, so the
matches are the same; on the signals' dates, names and negated phrases this takes about a
seventh off the CPU of deciding a message.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any, cast

try:
    import re2 as _re2
except ImportError:  # pragma: no cover - not installed: Python's engine runs every pattern
    _re2 = None

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
    """The same pattern, with a first-character lookahead where that can only help, run by
    RE2 on ASCII text where RE2 runs it alike."""
    parsed = _parse(pattern)  # once, for both
    quicker = _lookahead(pattern, parsed)
    fast = _for_re2(pattern, parsed)
    if fast is not None:
        # quacks as a Pattern for everything the classifiers call on one
        quicker = cast("re.Pattern[str]", Family(quicker, fast))
    else:
        screen = _screen_for(pattern, parsed)
        if screen is not None:
            quicker = cast("re.Pattern[str]", Screened(quicker, screen))
    if quicker is not pattern:
        QUICKENED.append((pattern, quicker))
    return quicker


def _parse(pattern: re.Pattern[str]) -> Any:
    """The stdlib's parse of the pattern, or None when it cannot be had."""
    if _p is None:
        return None
    try:
        return _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # a construct the parser of this interpreter does not know
        return None


def _lookahead(pattern: re.Pattern[str], parsed: Any) -> re.Pattern[str]:
    """`pattern` with the lookahead; `parsed` is `_parse(pattern)`."""
    if parsed is None or pattern.flags & re.VERBOSE:
        return pattern
    try:
        items = parsed.data
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
        return re.compile(f"(?=[{lookahead}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # e.g. global inline flags, which must open the pattern
        return pattern


# \s in Python takes these ASCII controls too, RE2's does not
_NOT_FOR_RE2 = re.compile(r"[\x0b\x1c-\x1f]")
# lookarounds, back-references, conditionals, atomic groups, \Z \G, possessive quantifiers
_PYTHON_ONLY = re.compile(r"\(\?(?:<?[=!]|P=|\(|>)|\\[1-9ZGg]|[*+?}][+]")
_last: tuple[str, bool] = ("", True)


def _for_re2(pattern: re.Pattern[str], parsed: Any) -> Any:
    """The pattern compiled by RE2, or None where RE2 might not match it exactly alike;
    `parsed` is `_parse(pattern)`."""
    if _re2 is None or parsed is None:
        return None
    try:
        return _re2_compiled(pattern.pattern, pattern.flags, parsed.getwidth()[0])
    except Exception:  # a construct this does not follow
        return None


def _re2_compiled(written: str, flags: int, shortest: int, as_bytes: bool = False) -> Any:
    """`written` (whose shortest match is `shortest` characters) compiled by RE2 with
    `flags`, or None where RE2 might not read it as Python's engine does."""
    flags &= ~re.UNICODE
    if flags & ~(re.IGNORECASE | re.MULTILINE | re.DOTALL) or _PYTHON_ONLY.search(written):
        return None
    if "$" in written and not flags & re.MULTILINE:
        return None  # Python's "$" also matches before a final newline, RE2's does not
    if shortest == 0:
        return None  # an empty match: the engines step past it differently
    inline = "".join(f for flag, f in ((re.I, "i"), (re.M, "m"), (re.S, "s")) if flags & flag)
    source = f"(?{inline}){written}" if inline else written
    try:
        return _re2.compile(source.encode() if as_bytes else source)
    except Exception:  # syntax RE2 does not have
        return None


def _ascii(text: str) -> bool:
    """Whether RE2 may read `text`: ASCII (an O(1) test in CPython) without the controls
    that \\s reads differently. The families ask in turn about the same text, so the last
    answer is kept."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    fit = text.isascii() and not _NOT_FOR_RE2.search(text)
    _last = (text, fit)
    return fit


class _Quickened:
    """What the two kinds of quickened pattern share: Python's own compiled pattern, its
    attributes, and the calls that always go to it."""

    __slots__ = ("flags", "groupindex", "groups", "pattern", "python")

    def __init__(self, python: re.Pattern[str]) -> None:
        self.python = python
        self.pattern = python.pattern
        self.flags = python.flags
        self.groups = python.groups
        self.groupindex = python.groupindex

    def match(self, text: str, *bounds: int) -> Any:
        return self.python.match(text, *bounds)

    def fullmatch(self, text: str, *bounds: int) -> Any:
        return self.python.fullmatch(text, *bounds)

    def findall(self, text: str, *bounds: int) -> list[Any]:
        return self.python.findall(text, *bounds)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.python.sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.python.subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.python.split(*args, **kwargs)


class Family(_Quickened):
    """A pattern run by RE2 on text it reads alike, by Python's engine on any other."""

    __slots__ = ("fast",)

    def __init__(self, python: re.Pattern[str], fast: Any) -> None:
        super().__init__(python)
        self.fast = fast

    def search(self, text: str, *bounds: int) -> Any:
        if bounds or not _ascii(text):
            return self.python.search(text, *bounds)
        return self.fast.search(text)

    def match(self, text: str, *bounds: int) -> Any:
        if bounds or not _ascii(text):
            return self.python.match(text, *bounds)
        return self.fast.match(text)

    def fullmatch(self, text: str, *bounds: int) -> Any:
        if bounds or not _ascii(text):
            return self.python.fullmatch(text, *bounds)
        return self.fast.fullmatch(text)

    def finditer(self, text: str, *bounds: int) -> Iterator[Any]:
        if bounds or not _ascii(text):
            return self.python.finditer(text, *bounds)
        return cast("Iterator[Any]", self.fast.finditer(text))

    def findall(self, text: str, *bounds: int) -> list[Any]:
        if bounds or not _ascii(text):
            return self.python.findall(text, *bounds)
        return cast("list[Any]", self.fast.findall(text))


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_BACKREF = re.compile(r"\(\?P=(\w+)\)")


def _screen_for(pattern: re.Pattern[str], parsed: Any) -> Any:
    """For a pattern that only Python's engine runs exactly: RE2 compiled (for ASCII bytes)
    on a looser pattern that matches wherever the pattern can begin a match, or None.

    Looser: each lookaround is dropped (an assertion left out only lets more through) and
    each back-reference stands for any text as long as its group can be."""
    if _re2 is None or parsed is None:
        return None
    try:
        loose = _loosened(pattern.pattern, parsed)
        if loose is None:
            return None
        # the looser pattern's shortest match: 0 would let it match everywhere, no screen
        shortest = _p.parse(loose, pattern.flags).getwidth()[0]
        return _re2_compiled(loose, pattern.flags, shortest, as_bytes=True)
    except Exception:  # a construct not followed here
        return None


def _loosened(written: str, parsed: Any) -> str | None:
    """`written` made looser as `_screen_for` says, or None where that cannot be done."""
    widths = _group_widths(parsed)
    out: list[str] = []
    i = 0
    while i < len(written):
        c = written[i]
        if c == "\\":
            out.append(written[i : i + 2])
            i += 2
        elif c == "[":
            end = _class_end(written, i)
            out.append(written[i:end])
            i = end
        elif written.startswith(_LOOKAROUNDS, i):
            i = _group_end(written, i)
            if i < len(written) and written[i] in "*+?{":
                return None  # a quantified assertion: dropping it would move the quantifier
        elif ref := _BACKREF.match(written, i):
            low, high = widths[parsed.state.groupdict[ref.group(1)]]
            out.append(f"(?s:.{{{low},{'' if high >= _c.MAXREPEAT else high}}})")
            i = ref.end()
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _class_end(written: str, start: int) -> int:
    """The index just past the character class that opens at `start`."""
    i = start + 1
    if written.startswith("^", i):
        i += 1
    if written.startswith("]", i):
        i += 1  # a "]" first is a member
    while written[i] != "]":
        i += 2 if written[i] == "\\" else 1
    return i + 1


def _group_end(written: str, start: int) -> int:
    """The index just past the group that opens at `start`."""
    depth = 0
    i = start
    while True:
        c = written[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(written, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1


def _group_widths(parsed: Any) -> dict[int, tuple[int, int]]:
    """(shortest, longest) text of each numbered group."""
    widths: dict[int, tuple[int, int]] = {}

    def walk(node: Any) -> None:
        if isinstance(node, _p.SubPattern):
            for op, av in node.data:
                if op is _c.SUBPATTERN and av[0] is not None:
                    widths[av[0]] = av[3].getwidth()
                walk(av)
        elif isinstance(node, (tuple, list)):
            for item in node:
                walk(item)

    walk(parsed)
    return widths


class Screened(_Quickened):
    """A pattern that Python's engine runs, told by RE2 where on ASCII text it may begin.

    Python's engine tries a pattern at each position in turn, and the answer at a position
    does not depend on where the search began: so a search from the first place the looser
    pattern matches finds what a search from the start would."""

    __slots__ = ("screen",)

    def __init__(self, python: re.Pattern[str], screen: Any) -> None:
        super().__init__(python)
        self.screen = screen

    def search(self, text: str, *bounds: int) -> Any:
        if bounds or not _ascii(text):
            return self.python.search(text, *bounds)
        hit = self.screen.search(text.encode())
        return None if hit is None else self.python.search(text, hit.start())

    def finditer(self, text: str, *bounds: int) -> Iterator[Any]:
        if bounds or not _ascii(text):
            return self.python.finditer(text, *bounds)
        return self._finditer(text)

    def _finditer(self, text: str) -> Iterator[Any]:
        data = text.encode()
        pos = 0
        while (hit := self.screen.search(data, pos)) is not None:
            m = self.python.search(text, hit.start())
            if m is None:
                return
            yield m
            pos = m.end()  # never empty: a screened pattern cannot match the empty string
