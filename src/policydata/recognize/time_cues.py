"""The screen of the time expressions: does a text hold anything :func:`.timeexpr.find_time_expressions`
could find? One scan (:func:`has_time_cue`) of every pattern and word of ``lexicons/time.json``
that it reads, tried only at the characters a match can start with.

Why a module of its own: the screen is a speed-up with its own job (one joined alternation of
the lexicon, its opening characters worked out from the regex parser); the finder only asks it.
Moved out of :mod:`.timeexpr` (round 18, output identical).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load as load_lexicon
from ..text.regex_starts import ANCHORED as _ANCHORED, NULLABLE as _NULLABLE, first_pieces as _first_pieces

__all__ = ["has_time_cue"]

_GROUP_NAME = re.compile(r"\(\?P<\w+>")
#: (table, field) of time.json whose words find_time_expressions finds as they are written
_TIME_WORDS = (("relative_years", ""), ("quarter_periods", ""), ("review_year_words", "words"),
               ("present_words", "words"))


@lru_cache(maxsize=1)
def _time_cue_alternatives() -> tuple[str, ...] | None:
    """Every pattern of time.json and every word find_time_expressions looks for, as the
    alternatives of one alternation (group names dropped); None when a pattern refers to a group.

    Why: most sentences hold no time expression; one scan tells so before the dozen and a half
    scans of find_time_expressions. Patterns are taken from any key naming a pattern (a new
    one is covered); the words from the lists in _TIME_WORDS, which find_time_expressions reads.
    """
    lex = load_lexicon("time.json")
    patterns: list[str] = []

    def collect(node, key: str = "") -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if not k.startswith("_"):
                    collect(v, k)
        elif isinstance(node, list):
            for v in node:
                collect(v, key)
        elif isinstance(node, str) and "pattern" in key:
            patterns.append(node)

    collect(lex)
    if any("(?P=" in p or "(?(" in p for p in patterns):
        return None  # a pattern refers to a group: no shortcut, every text is scanned
    words = [w for table, field in _TIME_WORDS for w in (lex[table][field] if field else lex[table])
             if w and not w.startswith("_")]
    alternatives = ["(?:" + _GROUP_NAME.sub("(?:", p) + ")" for p in patterns]
    return tuple(alternatives + [re.escape(w) for w in words])


@lru_cache(maxsize=1)
def _time_cue_pattern() -> re.Pattern:
    """The cue alternatives (:func:`_time_cue_alternatives`) as one pattern; the empty pattern
    (every text has a cue) when they cannot be joined."""
    alternatives = _time_cue_alternatives()
    return re.compile("" if alternatives is None else "|".join(alternatives))


def has_time_cue(text: str) -> bool:
    """``_time_cue_pattern().search(text)``, tried only where a match can start.

    Why: the cue alternation is long and the regex engine tries every alternative at every
    position; a match can only start at position 0 (the anchored alternatives) or at a
    character that can open one (:func:`_cue_openings`), found by one character-class scan.
    ``match`` at a position sees the text before it (lookbehinds) and ``^`` holds at 0 only,
    as in ``search``.
    """
    cue = _time_cue_pattern()
    openings = _cue_openings()
    if openings is None:
        return cue.search(text) is not None
    if cue.match(text):
        return True
    for hit in openings.finditer(text, 1):
        opening = hit.group()
        cue_here = _CUE_BY_OPENING[opening] if opening in _CUE_BY_OPENING else _cue_opening_with(opening)
        if cue_here is not None and cue_here.match(text, hit.start()):
            return True
    return False


#: opening character -> the cue alternatives that can start with it, joined (None: none can);
#: filled as characters are met (a few dozen). Why: most characters that open some cue (一, 上,
#: 为…) open one or two of its eighty alternatives, and the whole alternation tries them all.
_CUE_BY_OPENING: dict[str, re.Pattern | None] = {}


def _cue_opening_with(opening: str) -> re.Pattern | None:
    """The cue alternatives a match can start with at a character ``opening`` (after position 0),
    joined in their order, remembered in _CUE_BY_OPENING."""
    wanted = [alternative for first, alternative in _cue_first_characters() if first.match(opening)]
    joined = _CUE_BY_OPENING[opening] = re.compile("|".join(wanted)) if wanted else None
    return joined


_ANY_CHARACTER = re.compile("(?s:.)")


@lru_cache(maxsize=1)
def _cue_first_characters() -> tuple[tuple[re.Pattern, str], ...]:
    """(class of the characters it can start with after position 0, alternative) per cue
    alternative; only called when :func:`_cue_openings` could tell the first characters of the
    whole alternation, and so of each alternative."""
    from re import _parser  # as in _cue_openings
    out = []
    for alternative in _time_cue_alternatives() or ():
        pieces = _first_pieces(list(_parser.parse(alternative).data))
        if pieces is None or _NULLABLE in pieces:
            out.append((_ANY_CHARACTER, alternative))  # cannot be told: tried at every opening
            continue
        pieces.discard(_ANCHORED)  # matched at position 0 by the whole pattern
        if pieces:
            out.append((re.compile("[" + "".join(sorted(pieces)) + "]"), alternative))
    return tuple(out)


@lru_cache(maxsize=1)
def _cue_openings() -> re.Pattern | None:
    """A character class of every character a match of the cue pattern can start with at a
    position after 0, or None when that cannot be told (then every position is tried)."""
    try:
        from re import _parser  # the standard parser re compiles with (Python 3.11+)
        parsed = _parser.parse(_time_cue_pattern().pattern)
    except Exception:  # noqa: BLE001 - another Python or an unexpected pattern: no shortcut
        return None
    if parsed.state.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        return None
    pieces = _first_pieces(list(parsed.data))
    if pieces is None or _NULLABLE in pieces:
        return None
    pieces.discard(_ANCHORED)
    return re.compile("[" + "".join(sorted(pieces)) + "]") if pieces else re.compile("(?!)")
