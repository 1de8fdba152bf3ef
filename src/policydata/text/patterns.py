"""Regex building blocks shared by the stages that apply word lists from the lexicons.

Lexicon words are searched in every sentence, so patterns are built once and cached.

>>> literal_pattern("个百分点").findall("提高0.4个百分点")
['个百分点']
>>> alternation(["个", "个百分点", "%"])
'个百分点|%|个'
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable


@lru_cache(maxsize=2048)
def literal_pattern(word: str) -> re.Pattern:
    """A compiled pattern matching ``word`` literally, built once per word."""
    return re.compile(re.escape(word))


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first (so 个百分点 beats 个).

    Ties are broken alphabetically, so the pattern text does not depend on input order.
    """
    if type(words) is list:  # a lexicon list, asked for again per clause: remembered by the list object
        return _alternation_of_list(words)
    return _alternation_of(tuple(words))


@lru_cache(maxsize=1024)
def _alternation_of(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def search_any(patterns, text: str) -> bool:
    """Whether any of the compiled ``patterns`` (a list or tuple) is found in ``text``.

    The patterns are searched as one joined alternation, one scan of ``text`` instead of one
    per pattern, when joining cannot change what each matches; else one by one.

    >>> search_any([re.compile("十四五"), re.compile(r"\\d+年")], "到2035年")
    True
    """
    joined = _joined_of(patterns)
    if joined is not None:
        return joined.search(text) is not None
    return any(p.search(text) for p in patterns)


def per_list(derive):
    """Decorator: ``derive(items)`` remembered per list object (a lexicon list, read once).

    Why: hot lookups take a lexicon list of hundreds of words or patterns and derive a table
    from it (grouped by first character, joined into one pattern); keying a cache by the
    list's contents (a tuple of it) costs a copy of the list per call, keying by the object
    costs nothing. The list is kept with the result so that its id cannot be reused, and a
    list whose length changed is derived again (lexicon lists are not edited in place).
    """
    cache: dict[int, tuple[object, int, object]] = {}
    by_contents = lru_cache(maxsize=256)(derive)  # a list made afresh per call: keyed by its words

    def lookup(items):
        cached = cache.get(id(items))
        if cached is None or cached[0] is not items or cached[1] != len(items):
            if len(cache) > 4096:  # mostly lexicon lists that live for the process
                cache.clear()
            cached = cache[id(items)] = (items, len(items), by_contents(tuple(items)))
        return cached[2]

    lookup.__doc__ = derive.__doc__
    return lookup


@per_list
def _alternation_of_list(words: tuple[str, ...]) -> str:
    return _alternation_of(words)


@per_list
def compiled_all(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """A lexicon list of regex strings, compiled once (for :func:`search_any`)."""
    return tuple(re.compile(p) for p in patterns)


_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


@per_list
def _joined_of(patterns: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """``(?:p1)|(?:p2)|…`` compiled, or None when joining could change a pattern's meaning
    (different or verbose flags, group references, a group name used twice, inline global flags)."""
    if len(patterns) < 2 or len({p.flags for p in patterns}) != 1 or patterns[0].flags & re.VERBOSE or \
            any(not isinstance(p.pattern, str) or _GROUP_REFERENCE.search(p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        return None

