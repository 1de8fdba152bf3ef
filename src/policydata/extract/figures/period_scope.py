"""Figures whose period is the whole year although the text around them speaks of part of it
(issue 10 item 3, PERIOD-CARRY): a streak counted in months or quarters and a rank by size
are standing facts, of the year, not of the quarter or half year a paragraph carries. Their
words are in ``lexicons/figures.json`` → ``year_scope``."""
from __future__ import annotations

import re

from .findings import lexicon
from .numbers import Num
from ...text.regex_starts import lexicon_match, lexicon_search

_SUB_YEAR = re.compile(r"((?:19|20)\d{2})(?:Q[1-4]|-\d{2})(?:/((?:19|20)\d{2})(?:Q[1-4]|-\d{2}))?")

#: The named rules that widen a carried part of a year to the year.
YEAR_SCOPE_RULES = {
    "streak_count": "the length of a streak (连续4个月, 已连续11个季度): how long a thing has held, a fact of the "
                    "reporting year (corpus README: 连续N年 facts use the reporting year), not of the quarter told",
    "status_rank": "a rank by size before its noun (第一大国, 全球第二大消费市场): a standing status, of the year; a "
                   "rank of a measured result (增速居全国第3位, 双第一 in a KPI review) keeps the result's period",
}


def year_scope(text: str, n: Num, period: str) -> str:
    """The year that replaces a carried sub-year ``period`` of number ``n`` by a rule of
    :data:`YEAR_SCOPE_RULES`, or '' when none applies.

    >>> t = "上半年出口增长8%，已连续5个季度增长，我国仍是第一大贸易国，增速居全国第3位"
    >>> [year_scope(t, Num(t.index(x), t.index(x) + len(x), x, v, u, rank=r), "2026-01/2026-06")
    ...  for x, v, u, r in (("8%", 8.0, "%", False), ("5个季度", 5.0, "个季度", False),
    ...                     ("第一", 1.0, "", True), ("第3", 3.0, "", True))]
    ['', '2026', '2026', '']
    >>> t = "作为第二大消费市场"
    >>> year_scope(t, Num(2, 5, "第二大", 2.0, "", rank=True), "2026Q2")
    '2026'
    >>> t = "一季度，产量连续3个月增长"
    >>> year_scope(t, Num(t.index("3个月"), t.index("3个月") + 4, "3个月", 3.0, "个月"), "2026Q1")
    '2026'
    >>> year_scope(t, Num(t.index("3个月"), t.index("3个月") + 4, "3个月", 3.0, "个月"), "2026")
    ''
    """
    m = _SUB_YEAR.fullmatch(period or "")
    if m is None:
        return ""
    year = m.group(2) or m.group(1)
    rule = lexicon()["year_scope"]
    if n.unit in rule["streak_units"] and lexicon_search(rule["streak_before"], text[max(0, n.start - 4):n.start]):
        return year  # streak_count
    at = n.end - 1 if n.text.endswith("大") else n.end  # 第二大 (size_rank_pattern) or 第一 + 大国
    if n.rank and lexicon_match(rule["size_rank_after"], text[at:at + 2]):
        return year  # status_rank
    return ""
