"""The numbers of a sentence (quantities and ranks) at article offsets, and the class of a unit."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...document import Span
from ...recognize.quantities import find_quantities, unit_head
from ...recognize.timeexpr import small_number
from .findings import lexicon


@dataclass(frozen=True)
class Num:
    """A quantity with offsets into the article text (find_quantities works per sentence)."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    value_max: float | None = None
    qualifier: str = "exact"
    comparator: str = "="
    rank: bool = False
    unit_raw: str = ""  # the noun as written when the unit is normalized (纳税人 -> 人)


def _numbers(text: str, sent: Span) -> list[Num]:
    """Quantities of one sentence (ordinals aside), shifted to article offsets."""
    out = []
    for q in find_quantities(sent.text):
        if q.ordinal or getattr(q, "unitless", False) or getattr(q, "vague", False) \
                or getattr(q, "word_like", False):  # 一只, 这是五: numerals by form only
            continue
        out.append(Num(sent.start + q.start, sent.start + q.end, q.text, float(q.value),
                       q.unit.strip(), q.value_max, q.qualifier or "exact", q.comparator or "=",
                       False, q.unit_raw or ""))
    return out


def _ranks(text: str, sent: Span) -> list[Num]:
    """Ranks with a numeral (位列第一 -> 1, 第二大经济体 -> 2); ranks without one (首位)
    are not figures, nor enumerators (第一，…).

    >>> [(r.text, r.value) for r in _ranks("第一大贸易伙伴", Span(0, 7, "第一大贸易伙伴"))]
    [('第一大', 1.0)]
    """
    lex = lexicon()
    out: list[Num] = []
    for pattern in (lex["rank_pattern"], lex["size_rank_pattern"]):
        for m in re.finditer(pattern, sent.text):
            n = small_number(m.group("n"))
            after = sent.text[m.end():m.end() + 1]
            if n is None or after in lex["rank_exclude_after"]:
                continue
            start = sent.start + m.start("n") - 1  # include 第
            if any(start < r.end and r.start < sent.start + m.end() for r in out):
                continue  # 位居世界第二大经济体: already found by the lead-word pattern
            out.append(Num(start, sent.start + m.end(), text[start:sent.start + m.end()], float(n), "",
                           rank=True))
    return sorted(out, key=lambda r: r.start)


def unit_class(unit: str) -> str | None:
    """count, level, share, growth, ratio or "" (bare number) for a unit; None if unknown.

    A compound or rate unit takes its head's class (吨标准煤 -> 吨 -> level; 元/人 -> level).

    >>> unit_class("家"), unit_class("吨标准煤"), unit_class("万元/人"), unit_class("大")
    ('count', 'level', 'level', None)
    """
    lex = lexicon()
    if unit == "":
        return ""
    for cls in ("count", "level", "share", "growth", "ratio"):
        if unit in lex[f"{cls}_units"]:
            return cls
    if unit in lex["index_points"]["units"]:
        return "level"
    head = unit_head(unit).lstrip("万亿千百十")
    if head != unit:
        for cls in ("level", "count"):
            if head in lex[f"{cls}_units"]:
                return "level"  # a rate or compound amount (元/人, 吨标准煤) is a level
    return None
