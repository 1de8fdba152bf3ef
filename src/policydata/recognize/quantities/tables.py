"""The tables of ``lexicons/quantities.json``, read once: qualifiers, multipliers, units, nouns."""
from __future__ import annotations

import re

from ...lexicon import load as load_lexicon
from ...text.patterns import alternation

_LEX = load_lexicon("quantities.json")

_EXACT = ("exact", "=")


def _qual_table(entries: dict) -> dict[str, dict]:
    """Normalize a qualifier table: every entry becomes {'q': (qualifier, comparator), ...}."""
    out = {}
    for word, spec in entries.items():
        if isinstance(spec, list):
            spec = {"q": spec}
        out[word] = {**spec, "q": tuple(spec["q"])}
    return out


def negated_comparators() -> dict[str, tuple[str, str]]:
    """Negator + comparison word -> (qualifier, comparator), from the lexicon.

    >>> negated_comparators()["不得低于"], negated_comparators()["不得超过"]
    (('at_least', '>='), ('at_most', '<='))
    """
    spec = _LEX.get("negated_comparators") or {}
    return {neg + base: tuple(q) for neg in spec.get("negators", ())
            for base, q in (spec.get("bases") or {}).items()}


_PREFIX = _qual_table({**_LEX["qualifiers"]["prefix"],
                       **{w: list(q) for w, q in negated_comparators().items()
                          if w not in _LEX["qualifiers"]["prefix"]}})
_INFIX = _qual_table(_LEX["qualifiers"]["infix"])
_SUFFIX = _qual_table(_LEX["qualifiers"]["suffix"])
_MULT = {ch: int(v) for ch, v in _LEX["multipliers"].items()}
_UNIT_ALIAS = dict(_LEX["unit_aliases"])
_PERSON = set(_LEX["person_nouns"])
_HOUSEHOLD = set(_LEX["household_nouns"])
_HALVES = dict(_LEX["halves"])
_CONNECTORS = set(_LEX["range_connectors"])
_ARTICLE_ONE = bool(_LEX.get("article_one", True))


#: The value of each Chinese digit (两 = 2, 〇 = 零 = 0): the one table every reader of a Chinese
#: numeral takes its digits from (a quantity's value here, a small count or ordinal in recognize.timeexpr).
CN_DIGIT_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                   "八": 8, "九": 9}
_CN_DIGITS = "".join(CN_DIGIT_VALUES)
#: The characters a Chinese numeral is written with (digits, 两, 〇, the magnitudes): the one
#: definition every stage's numeral class is built from (a quantity's numeral, a gap with none).
CN_NUMERAL_CHARS = _CN_DIGITS + "十百千万亿"


def _detached_pattern(spec: dict) -> tuple[re.Pattern | None, int]:
    """(regex matching '至少设置' at the end of a window, window length) from the lexicon."""
    words, gap = spec.get("words") or [], int(spec.get("max_gap", 0))
    if not words or gap <= 0:
        return None, 0
    # the gap: word characters that are neither digits nor Chinese numerals, no punctuation
    gap_char = rf"[^\s\W\d{CN_NUMERAL_CHARS}]"
    return re.compile(f"(?:{alternation(words)}){gap_char}{{1,{gap}}}$"), max(map(len, words)) + gap


_DETACHED, _DETACHED_WINDOW = _detached_pattern(_LEX["detached_prefixes"])
_LONE_WORDS = set(_LEX["lone_words"])
_BARE_MAGNITUDE_NEEDS_QUALIFIER = bool(_LEX.get("bare_magnitude_needs_qualifier", True))
_INVESTED = _LEX.get("invested_bare_magnitude") or {}
_INVEST_VERB = re.compile(f"(?:{alternation(_INVESTED['verbs'])})$") if _INVESTED.get("verbs") else None
_INVEST_VERB_MAX = max(map(len, _INVESTED.get("verbs") or [""]))
_INVEST_UNITS = frozenset(_LEX["money_units"]["currencies"])
_INVEST_NOT_BEFORE = frozenset(_INVESTED.get("not_before", ""))
_LATIN_MULT = {k: int(v) for k, v in (_LEX.get("latin_multipliers") or {}).items()}
_SIGNS = _LEX.get("signs") or {}
_DISCOUNT = _LEX.get("discount") or {}
_UNIT_HALF = _LEX.get("unit_half") or {}
_DOUBLING = _LEX.get("doubling") or {}
_VAGUE = _LEX.get("vague_numbers") or {}
_UNITLESS_MIN = int((_LEX.get("unitless") or {}).get("min_chars", 0) or 0)
_ALONE_BETWEEN = frozenset((_LEX.get("unitless") or {}).get("alone_between", ""))
_LONE_BEFORE = frozenset((_LEX.get("unitless") or {}).get("lone_numeral_before", ""))
_LONE_AFTER = frozenset((_LEX.get("unitless") or {}).get("lone_numeral_after", ""))
_SLASH = _LEX.get("slash_fractions") or {}

_COMPOUND_HEADS = {h + s: h for h in (_LEX.get("unit_compounds") or {}).get("heads", ())
                   for s in (_LEX.get("unit_compounds") or {}).get("suffixes", ())}


def unit_head(unit: str) -> str:
    """The unit a compound or rate unit is built on, for classifying it.

    >>> unit_head("吨标准煤"), unit_head("元/人"), unit_head("个")
    ('吨', '元', '个')
    """
    if not unit:
        return ""
    if unit in _COMPOUND_HEADS:
        return _COMPOUND_HEADS[unit]
    return unit.split("/", 1)[0] if "/" in unit else unit
