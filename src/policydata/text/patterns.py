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
    return _alternation_of(tuple(words))


@lru_cache(maxsize=1024)
def _alternation_of(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
