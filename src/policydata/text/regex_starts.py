r"""What a regex's matches must start with or hold, read from its parsed form: the characters a
match can start with, the characters every match holds, and a finditer that tries the pattern
only where a match can start.

Why: the lexicons' patterns are searched in every sentence and in whole documents; most of
their matches start with a few characters (年, 1, 2) and hold others (年, 月), and a scan for
those is far cheaper than the pattern tried at every position. Every shortcut here gives the
plain answer (``tests/recognize/test_speedups.py``); where a pattern's shape cannot be told,
the answer says so (None, an empty tuple) and callers take the plain way.

>>> required_chars(r"(?<![\d.])(?P<year>(?:19|20)\d{2})年(?!代)")
('年',)
>>> opening_class(r"(?<![\d.])(?:19|20)\d{2}年").pattern
'[12]'
"""
from __future__ import annotations

import re
from functools import lru_cache


NULLABLE, ANCHORED = "<empty>", "<anchored>"  # markers among the character-class pieces


def first_pieces(items: list) -> set[str] | None:
    """Character-class pieces (an escaped character, a range, a category) for the characters
    the item sequence can start with; NULLABLE when it can match the empty string, ANCHORED
    when it can only match at the text's start; None when unknown (any character, negated
    classes, group references…)."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "AT":
            if str(av) in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
                out.add(ANCHORED)
                return out
            continue  # \b, $: zero width
        if name in ("ASSERT", "ASSERT_NOT"):
            continue  # a lookaround consumes nothing
        if name == "LITERAL":
            out.add(re.escape(chr(av)))
            return out
        if name == "IN":
            for kind, value in av:
                kind = str(kind)
                if kind == "LITERAL":
                    out.add(re.escape(chr(value)))
                elif kind == "RANGE":
                    out.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif kind == "CATEGORY" and str(value) in _CATEGORY_CLASS:
                    out.add(_CATEGORY_CLASS[str(value)])
                else:
                    return None  # a negated class or an unknown category
            return out
        if name == "SUBPATTERN":
            if av[1] & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
                return None  # (?i:…), (?m:…): the characters above do not tell
            inner = first_pieces(list(av[-1]))
        elif name == "BRANCH":
            inner = set()
            for branch in av[1]:
                first = first_pieces(list(branch))
                if first is None:
                    return None
                inner |= first
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            inner = first_pieces(list(av[2]))
            if inner is not None and av[0] == 0:
                inner.add(NULLABLE)
        else:
            return None  # any character, a group reference, a conditional…
        if inner is None:
            return None
        nullable = NULLABLE in inner
        out |= inner - {NULLABLE}
        if not nullable:
            return out
    out.add(NULLABLE)
    return out


_CATEGORY_CLASS = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


def matches_from_openings(rx: re.Pattern, opener: re.Pattern, text: str):
    """``rx.finditer(text)``, with ``rx`` tried only where ``opener`` finds a character a match
    can start with. A match is never empty and never anchored (:func:`opening_class`), so after
    a match the search goes on at its end and after a failure one character on: finditer's order."""
    search, match = opener.search, rx.match
    pos = 0
    while (hit := search(text, pos)) is not None:
        m = match(text, hit.start())
        if m is None:
            pos = hit.start() + 1
        else:
            yield m
            pos = m.end()


@lru_cache(maxsize=256)
def opening_class(pattern: str) -> re.Pattern | None:
    """The characters a match of ``pattern`` can start with, as a class, when the regex engine
    cannot find them itself; else None (plain finditer).

    Why: a pattern opening with an optional part ((?:2025年)?7月), a repeat or a lookbehind
    (?<![\\d.]) gives the engine no first character to skip to, so it tries the whole pattern at
    every position of a long text; one character-class scan finds the few places to try. Not for
    a pattern that can match the empty string or only at the start (^), where the order would differ.
    """
    try:
        from re import _parser  # the standard parser re compiles with (Python 3.11+)
        items = list(_parser.parse(pattern).data)
    except Exception:  # noqa: BLE001 - another Python or an unexpected pattern: no shortcut
        return None
    first = items
    while first and str(first[0][0]) == "SUBPATTERN" and not first[0][1][1]:
        first = list(first[0][1][-1])  # a group without flags: the engine looks inside it too
    if not first or str(first[0][0]) not in ("MAX_REPEAT", "MIN_REPEAT", "ASSERT", "ASSERT_NOT"):
        return None  # a literal, class or alternatives first: the engine skips to them itself
    pieces = first_pieces(items)
    if pieces is None or NULLABLE in pieces or ANCHORED in pieces:
        return None
    return re.compile("[" + "".join(sorted(pieces)) + "]")


@lru_cache(maxsize=256)
def required_chars(pattern: str) -> tuple[str, ...]:
    """The characters every match of ``pattern`` holds (年 of the year pattern; 来 of
    (?:来|以来); 、 of a repeat (…、)+ that runs at least once); () when that cannot be told.

    >>> required_chars("(?:近|过去)?[一二三]{1,3}(?:个月|年)(?:来|以来)")
    ('来',)
    """
    try:
        from re import _parser  # the standard parser re compiles with (Python 3.11+)
        parsed = _parser.parse(pattern)
    except Exception:  # noqa: BLE001 - another Python or an unexpected pattern: no shortcut
        return ()
    if parsed.state.flags & re.IGNORECASE:
        return ()
    return tuple(_required_in(list(parsed.data)))


def _required_in(items: list) -> dict[str, None]:
    """The characters every match of a parsed item sequence holds, in order of appearance:
    literals, and those of groups, of repeats that run at least once and of every alternative;
    lookarounds, classes and case-blind groups add none."""
    out: dict[str, None] = {}
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out[chr(av)] = None
        elif name == "SUBPATTERN" and not av[1] & re.IGNORECASE:
            out.update(_required_in(list(av[-1])))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            out.update(_required_in(list(av[2])))
        elif name == "BRANCH":
            branches = [_required_in(list(branch)) for branch in av[1]]
            out.update(dict.fromkeys(c for c in branches[0] if all(c in b for b in branches[1:])))
    return out


@lru_cache(maxsize=None)  # keyed by the compiled pattern: the lexicon loader's, made once
def _needed(rx: re.Pattern) -> tuple[str, ...]:
    """The characters every match of a lexicon pattern holds (:func:`required_chars`)."""
    return required_chars(rx.pattern)


def lexicon_rx(rx: re.Pattern, text: str) -> re.Pattern | None:
    """A lexicon's compiled pattern, or None when ``text`` lacks a character every match holds
    (:func:`required_chars`): then no search, match or finditer in ``text`` (or in any stretch of
    it) finds anything.

    Why: the figures stage applies lexicon patterns several times per sentence and per number, and
    most calls scan a sentence lacking the pattern's own characters (比, 连, 每, :). The pattern
    comes compiled from the lexicon loader (:func:`policydata.lexicon.compiled`), never as a string:
    a lexicon pattern is compiled there, once, and nowhere else.

    >>> rx = re.compile("(?P<n>\\\\d+)连增")
    >>> lexicon_rx(rx, "出口实现12连增") is rx, lexicon_rx(rx, "增长12%")
    (True, None)
    """
    # keyed by the pattern's id, not the pattern (hashing a compiled pattern hashes its whole
    # program: a lexicon alternation of hundreds of words, on every call); the pattern is kept
    # with its characters so that its id cannot be reused
    cached = _NEEDED_BY_ID.get(id(rx))
    if cached is None or cached[0] is not rx:
        if not isinstance(rx, re.Pattern):
            raise TypeError(f"a lexicon pattern comes compiled (policydata.lexicon.compiled), not as {type(rx).__name__}")
        cached = _NEEDED_BY_ID[id(rx)] = (rx, _needed(rx))
    for char in cached[1]:
        if char not in text:
            return None
    return rx


#: :func:`_needed` by the pattern's id, with the pattern (lexicon patterns live for the process)
_NEEDED_BY_ID: dict[int, tuple[re.Pattern, tuple[str, ...]]] = {}


def lexicon_search(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """``pattern.search(text)`` for a lexicon pattern (see :func:`lexicon_rx`)."""
    rx = lexicon_rx(pattern, text)
    return None if rx is None else rx.search(text, pos) if endpos is None else rx.search(text, pos, endpos)


def lexicon_match(pattern: re.Pattern, text: str) -> re.Match | None:
    """``pattern.match(text)`` for a lexicon pattern (see :func:`lexicon_rx`)."""
    rx = lexicon_rx(pattern, text)
    return None if rx is None else rx.match(text)


def lexicon_fullmatch(pattern: re.Pattern, text: str) -> re.Match | None:
    """``pattern.fullmatch(text)`` for a lexicon pattern (see :func:`lexicon_rx`)."""
    rx = lexicon_rx(pattern, text)
    return None if rx is None else rx.fullmatch(text)


def lexicon_finditer(pattern: re.Pattern, text: str):
    """``pattern.finditer(text)`` for a lexicon pattern (see :func:`lexicon_rx`)."""
    rx = lexicon_rx(pattern, text)
    return () if rx is None else rx.finditer(text)


def lexicon_last(pattern: re.Pattern, text: str) -> re.Match | None:
    """The last match of ``pattern`` in ``text`` as :func:`lexicon_finditer` walks it (matches do
    not overlap, left to right), None when there is none: the nearest lead word before a position.

    >>> [m.start() for m in (lexicon_last(re.compile("要求|鼓励"), "要求甲，鼓励乙，办好丙"),)]
    [4]
    >>> lexicon_last(re.compile("要求"), "办好丙") is None
    True
    """
    m = None
    for m in lexicon_finditer(pattern, text):
        pass
    return m
