"""Rules ``restated_amount``, ``rounded_headline`` and ``restated_figure``: a figure with no time
of its own that repeats (or, in a headline, rounds) an amount the article dates elsewhere takes
that period; a bare percentage that repeats a growth rate reported before takes that figure's
kind, direction and period.

Read once over an article's statistics, after the walk (:mod:`.walk`), each statistic with the
name of the period rule that dated it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .findings import StatisticFinding, lexicon


#: since_year_span: 自2019年设立以来，共受理案件24602件 is dated by its start year (and the reporting year)
_DATED_BY_TIME_WORD = frozenset({"own_time_word", "time_word", "plan_period_stock", "paragraph_standing",
                                 "since_year_span"})
_UNDATED = frozenset({"report_year", "worked_example", "headline"})
#: a headline's running total (累计受理案件2.4万余件) has no time of its own either: it rounds the body's
_UNDATED_IN_HEADLINE = _UNDATED | {"standing_fact"}
#: Rule ``rounded_headline``: how far above a headline's 超/近/约 amount a body figure it rounds may lie
_ROUNDED_BY = {"more_than": (1.0, 1.2), "at_least": (1.0, 1.2), "approx": (0.9, 1.1)}
_DISTINCTIVE = re.compile(r"[万亿千]|[.．]\d|\d{3,}")  # 5亿, 2.35, 2984: not a small round number


def _restated_amounts(stats: list[tuple[StatisticFinding, str]]) -> list[StatisticFinding]:
    """Rule ``restated_amount``: a figure with no time of its own that repeats an amount the article
    dates elsewhere (2025年，我国航空人口超5亿。…长远看，超5亿航空人口只是起点; a headline's 超120万次
    over its body's 截至2025年12月底…120多万次) is that figure again: it takes its period. Only a
    distinctive amount (with 万/亿, a decimal or three digits) dated one way counts.

    >>> def row(raw, value, period):
    ...     return StatisticFinding(0, 1, "", "count", value, "人", "more_than", period, "CN", raw)
    >>> rows = [row("超5亿", 5e8, "2025"), row("超5亿", 5e8, "2026"), row("3", 3, "2024"), row("3", 3, "2026")]
    >>> [r.period for r in _restated_amounts(list(zip(rows, ["time_word", "worked_example", "time_word", "report_year"])))]
    ['2025', '2025', '2024', '2026']

    A body total since the thing began (自2016年成立以来共办结3150件, rule since_year_span) is dated
    too: a headline's 累计办结3000余件 rounds it.

    >>> rows = [row("3000余", 3e3, "2026"), row("3150", 3150, "2025")]
    >>> [r.period for r in _restated_amounts(list(zip(rows, ["headline", "since_year_span"])))]
    ['2025', '2025']
    """
    dated: dict[tuple[float, str], set[str]] = {}
    for r, rule in stats:
        if rule in _DATED_BY_TIME_WORD and r.period and _DISTINCTIVE.search(r.value_raw):
            dated.setdefault((r.value, r.unit), set()).add(r.period)
    out = []
    for r, rule in stats:
        periods = dated.get((r.value, r.unit), set())
        if not periods and rule == "headline":
            periods = _rounded_in_body(r, stats)
        if rule in _UNDATED and len(periods) == 1 and r.period not in periods:
            r = replace(r, period=next(iter(periods)), why=(r.why + " restated_amount").strip(),
                        decided_by=(r.decided_by + " restated_amount").strip())
        out.append(r)
    return out


def _rounded_in_body(headline: StatisticFinding, stats: list[tuple[StatisticFinding, str]]) -> set[str]:
    """Rule ``rounded_headline``: the periods of the dated figures a headline's bounded amount rounds
    (headline 退费超过3亿元 over the body's 截至1月底…累计退费约3.01亿元): same unit, the body value
    at or a little above the headline's 超/以上 bound, or near its 约/近 value.

    >>> def row(value, qualifier, period):
    ...     return StatisticFinding(0, 1, "", "level", value, "元", qualifier, period, "CN", "亿")
    >>> body = [(row(3.01e8, "approx", "2025-05/2026-01"), "time_word"), (row(9e8, "exact", "2025"), "time_word")]
    >>> sorted(_rounded_in_body(row(3e8, "more_than", "2026"), body))
    ['2025-05/2026-01']
    >>> _rounded_in_body(row(3e8, "exact", "2026"), body)
    set()
    """
    bounds = _ROUNDED_BY.get(headline.qualifier)
    if bounds is None or not headline.value:
        return set()
    low, high = bounds
    return {r.period for r, rule in stats
            if rule in _DATED_BY_TIME_WORD and r.period and r.unit == headline.unit
            and low * headline.value <= r.value < high * headline.value and _DISTINCTIVE.search(r.value_raw)}


def _restated_figures(text: str, stats: list[StatisticFinding]) -> list[StatisticFinding]:
    """A bare percentage that repeats, as written, a growth rate the article reported before
    (一季度GDP增长5.0%。…5.0%开局，稳的是大盘) restates it: it takes that figure's kind,
    direction and period (rule ``restated_figure``). Bare: no change word and no share word
    in its indicator nor right after it (占比5.0%, 5.0%的比重 are figures of their own).

    >>> t = "一季度GDP增长5.0%。评论：5.0%开局，稳住大盘。占比5.0%。"
    >>> def row(quote, ind, kind, period, way=""):
    ...     i = t.index(quote)
    ...     return StatisticFinding(i, i + len(quote), ind, kind, 5.0, "%", "exact", period, "CN", "5.0%", way)
    >>> rows = [row("GDP增长5.0%", "GDP增长", "growth", "2026Q1", "up"), row("5.0%开局", "开局", "share", "2026"),
    ...         row("占比5.0%", "占比", "share", "2026")]
    >>> [(r.kind, r.direction, r.period) for r in _restated_figures(t, rows)]
    [('growth', 'up', '2026Q1'), ('growth', 'up', '2026Q1'), ('share', '', '2026')]
    """
    lex = lexicon()
    words = lex["growth_words"] + lex["share_words"]
    growth: dict[tuple[str, str], StatisticFinding] = {}
    out = list(stats)
    for i in sorted(range(len(stats)), key=lambda i: stats[i].start):
        r = stats[i]
        key = (r.value_raw, r.unit)
        first = growth.get(key)
        after = text[r.end:r.end + 4]
        if first is not None and r.kind == "share" and r.unit in lex["share_units"] \
                and not any(w in r.indicator or w in after for w in words):
            r = replace(r, kind=first.kind, direction=first.direction, period=first.period,
                        why=(r.why + " restated_figure").strip(),
                        decided_by=(r.decided_by + " restated_figure").strip())
        if r.kind == "growth" and r.unit in lex["share_units"]:
            growth.setdefault(key, r)
        out[i] = r
    return out
