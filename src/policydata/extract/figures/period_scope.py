"""Figures whose period is the whole year although the text around them speaks of part of it
(issue 10 item 3, PERIOD-CARRY): a streak counted in months or quarters and a rank by size
are standing facts, of the year, not of the quarter or half year a paragraph carries. Their
words are in ``lexicons/figures.json`` → ``year_scope``."""
from __future__ import annotations

import re
from functools import lru_cache

from .findings import lexicon
from .numbers import Num, unit_class
from ...recognize.timeexpr import find_time_expressions
from ...text.regex_starts import lexicon_fullmatch, lexicon_last, lexicon_match, lexicon_search

_SUB_YEAR = re.compile(r"((?:19|20)\d{2})(?:Q[1-4]|-\d{2})(?:/((?:19|20)\d{2})(?:Q[1-4]|-\d{2}))?")

#: The named rules that widen a carried part of a year to the year.
YEAR_SCOPE_RULES = {
    "streak_count": "the length of a streak (连续4个月, 已连续11个季度): how long a thing has held, a fact of the "
                    "reporting year (corpus README: 连续N年 facts use the reporting year), not of the quarter told",
    "status_rank": "a rank by size before its noun (第一大国, 全球第二大消费市场): a standing status, of the year; a "
                   "rank of a measured result (增速居全国第3位, 双第一 in a KPI review) keeps the result's period",
    "standing_attribute": "what a thing or a person is, not what happened in the month a dateline or a paragraph "
                          "carries: an age (35岁), a specification named before the number (线路全长80公里, 设计时速"
                          "250公里), a record the figure sets (…12千米的全国纪录): of the year (DATELINE-PERIOD, "
                          "rounds 14-15: ages, line specs and records given the dateline month)",
}


def _standing_attribute(text: str, n: Num) -> bool:
    """Rule ``standing_attribute`` (:data:`YEAR_SCOPE_RULES`); a specification after a verb of
    building in its clause (新建道路总长50公里) is the work of the period, not an attribute.

    >>> def rule(t, x, unit=""):
    ...     return _standing_attribute(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, unit))
    >>> [rule("厂长今年52岁，从业30年", "52岁", "岁"), rule("这条线路全长80公里，设计时速250公里", "80公里", "公里"),
    ...  rule("这条线路全长80公里，设计时速250公里", "250公里", "公里"), rule("创下掘进12千米的全国纪录", "12千米", "千米")]
    [True, True, True, True]
    >>> [rule("来自30多个国家的代表参会", "30多个", "个"), rule("本月新建道路总长50公里", "50公里", "公里"),
    ...  rule("5月客运量增长8%", "8%", "%"),
    ...  rule("全长约有一半完工，投资30亿元", "30亿元", "元"), rule("招收学员300人，年龄不限", "300人", "人")]
    [False, False, False, False, False]
    """
    rule = lexicon()["year_scope"]
    if n.unit in rule["age_units"]:
        return True
    lo = max(text.rfind(c, 0, n.start) for c in "。！？；;，,")
    clause = text[lo + 1:n.start]
    before = re.sub(r"\s+", "", clause)
    if lexicon_search(rule["spec_before"], before) and not any(w in before for w in rule["spec_built_words"]):
        return True
    return bool(lexicon_match(rule["record_after"], text[n.end:n.end + 16]))


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
    >>> t = "新华社某地6月2日电 大桥今天合龙，大桥全长1.2千米。"
    >>> year_scope(t, Num(t.index("1.2"), t.index("1.2") + 5, "1.2千米", 1.2, "千米"), "2026-06")
    '2026'
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
    if _standing_attribute(text, n):
        return year  # standing_attribute
    return ""


def since_scope(sentence: str, rel: int, unit: str, report_year: int | None) -> str:
    """Rule ``since_scope`` (news only, by the caller; lexicon ``year_scope``): the period of a
    figure under a stretch that runs to now, '' to leave it to the other rules. A count under a
    stretch from an event (…试点启动以来, …专项行动以来) is of the reporting year (cumulative
    counts: corpus README), under a bare calendar stretch (自2020年以来) it stays a span; a rate
    or share under 去年以来 covers last year to this one. A month, quarter or 今年 opener and a time word between the stretch and the
    figure decide nothing here.

    >>> def scope(t, n, unit):
    ...     return since_scope(t, t.index(n), unit, 2026)
    >>> [scope("自2023年试点启动以来，全省推动建设15个示范区。", "15", "个"),
    ...  scope("自去年整治行动以来，投诉总量同比下降21%。", "21", "%"),
    ...  scope("整治行动以来，各地出台措施120多项。", "120", "项"),
    ...  scope("自2023年试点启动以来，投诉量下降21%。", "21", "%")]
    ['2026', '2025/2026', '2026', '']
    >>> [scope("自2020年以来，全省新建基站150个。", "150", "个"), scope("3月以来，全省新建基站150个。", "150", "个"), scope("自去年以来，今年4月新建基站150个。", "150", "个"),
    ...  scope("创下2006年以来新高，达150个。", "150", "个"), scope("全省新建基站150个。", "150", "个")]
    ['', '', '', '', '']
    """
    if not report_year:
        return ""
    rule = lexicon()["year_scope"]
    m = lexicon_last(rule["since_pattern"], sentence[:rel])
    if m is None or lexicon_search(rule["since_part_year"], m.group()):
        return ""
    if find_time_expressions(sentence[m.end():rel], report_year):
        return ""  # 自去年…以来，今年4月…: the later time word dates the figure
    if unit_class(unit) == "count" and not lexicon_fullmatch(_since_bare(), m.group()):
        return str(report_year)  # a bare 自2020年以来 is a calendar span (rule since_year_span)
    if unit in rule["since_rate_units"] and lexicon_search(rule["since_rate_start"], m.group()):
        return f"{report_year - 1}/{report_year}"
    return ""


@lru_cache(maxsize=1)
def _since_bare() -> re.Pattern:
    """Rule since_scope's bare calendar stretch (自2020年以来, 去年以来: a span, rule since_year_span):
    the words that open a stretch (figures.json ``frames.standing_fact.since_opening``, the list
    since_year_span reads) then ``year_scope.since_bare_stretch``, compiled once.

    >>> [bool(_since_bare().fullmatch(t)) for t in ("自2020年以来", "特别是去年以来", "整治行动以来")]
    [True, True, False]
    """
    lex = lexicon()
    return re.compile("^" + lex["frames"]["standing_fact"]["since_opening"].pattern
                      + lex["year_scope"]["since_bare_stretch"].pattern)
