"""The periods of changes and stretches: where a change told from one state to another starts
(rules from_base_year, from_to_chain, from_span_start) and what a fact held N years running is of
(rule consecutive_years_fact), and which year a news report's results subhead reviews (rule
news_subhead_review)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...document import Span
from ...recognize.timeexpr import small_number, time_lexicon
from ...text.regex_starts import lexicon_finditer, lexicon_last, lexicon_match, lexicon_search
from ...text.segment import clause_bounds
from .findings import lexicon

if TYPE_CHECKING:
    from .figure_record import _Figure


def from_to_chain(text: str, at: int | None = None) -> tuple[str, str, int] | None:
    """Rule from_to_chain (figures.json ``from_base_year.chain_pattern``): (start year, end year,
    offset of the end year) of the change told from one written year to another -- the one that
    starts at ``at`` (the 从/由 before the start year), or the last one in ``text`` when ``at`` is
    None; None without one.

    >>> t = "产值从2019年的3万亿元增长到2024年的4万亿元，收入从30亿元增长到40亿元"
    >>> from_to_chain(t), from_to_chain(t, t.index("从")), from_to_chain(t, t.index("从3"))
    (('2019', '2024', 16), ('2019', '2024', 16), None)
    """
    pattern = lexicon()["from_base_year"]["chain_pattern"]
    if at is not None:
        m = lexicon_match(pattern, text[at:])
        return (m.group("start"), m.group("end"), at + m.start("end")) if m else None
    found = None
    for i, c in enumerate(text):
        if c in "从由" and (m := lexicon_match(pattern, text[i:])):
            found = (m.group("start"), m.group("end"), i + m.start("end"))
    return found


def _from_base_year(sentence: Span, rel: int) -> tuple[int, str] | None:
    """Rule from_base_year (figures.json ``from_base_year``): the figure at rel is the starting
    state of a change told from a year to another (由上年729万人增加到732万人): (-1, '') for a
    base word a year before (上年), (0, '2019') for a written year, None otherwise.

    >>> s = "常住人口由上年520万人增加到526万人，城镇化率由2019年的60%提高到65%。"
    >>> [_from_base_year(Span(0, len(s), s), s.index(n)) for n in ("520", "526", "60%", "65")]
    [(-1, ''), None, (0, '2019'), None]
    >>> s = "产值比上年增长8%，由上年的负增长转为正增长。"
    >>> _from_base_year(Span(0, len(s), s), s.index("8"))

    Rule from_to_chain: after 从2019年的A增长到2024年的B, a change told without years (，收入从C增长到D)
    runs over the same years: C is of 2019 (D is dated by the sentence's later year, as B is).

    >>> s = "产值从2019年的3万亿元增长到2024年的4万亿元，收入从30亿元增长到40亿元。"
    >>> [_from_base_year(Span(0, len(s), s), s.index(n)) for n in ("3万", "30亿", "40亿")]
    [(0, '2019'), (0, '2019'), None]
    >>> s = "收入从30亿元增长到40亿元。"
    >>> _from_base_year(Span(0, len(s), s), s.index("30"))

    Rule from_span_start: under N年来 the start value is N years before the end value's year.

    >>> s = "近10年来，某湖达标水质占比从61%提升到94%。"
    >>> [_from_base_year(Span(0, len(s), s), s.index(n)) for n in ("61", "94")]
    [(-10, ''), None]
    """
    rule = lexicon()["from_base_year"]
    m = lexicon_search(rule["before"], sentence.text[:rel])
    if not m and lexicon_search(rule["bare_before"], sentence.text[:rel]) and lexicon_match(rule["to"], sentence.text[rel:]):
        chain = from_to_chain(sentence.text[:rel - 1])
        if chain:
            return 0, chain[0]  # from_to_chain: ，收入从25亿元增长到… after 从2024年的…到2029年的…
        span = None
        for span in lexicon_finditer(rule["span_lead"], sentence.text[:rel]):
            pass
        n = small_number(span.group("n")) if span else None
        return (-n, "") if n else None  # from_span_start: 10年来，…从67%提升到96.5%
    if not m or not lexicon_match(rule["to"], sentence.text[rel:]):
        return None
    word = m.group("year")
    if word.endswith("年") and word[:4].isdigit():
        return 0, word[:4]
    return time_lexicon()["relative_years"].get(word, -1), ""


def span_change_year(sentence: Span, rel: int, period: str) -> str:
    """Rule span_change (figures.json ``from_base_year.span_start_before``/``span_end_before``): a
    change told under a span of years ``period`` (2021/2025) with no year of its own runs from the
    year before the span to its last year: the start value is of the year before, the end value of
    the last year ('' for any other figure or period).

    >>> s = "五年间，某省人均产值从每年每人5.2万元增长到7.5万元，年均增长8%；比重从31%提高到36%。"
    >>> [span_change_year(Span(0, len(s), s), s.index(n), "2016/2020") for n in ("5.2", "7.5", "8%", "31", "36")]
    ['2015', '2020', '', '2015', '2020']
    >>> span_change_year(Span(0, len(s), s), s.index("31"), "2020")
    ''
    """
    years = re.fullmatch(r"((?:19|20)\d{2})/((?:19|20)\d{2})", period or "")
    if not years or years.group(1) >= years.group(2):
        return ""
    rule, before = lexicon()["from_base_year"], sentence.text[:rel]
    if lexicon_search(rule["span_start_before"], before) and lexicon_match(rule["to"], sentence.text[rel:]):
        return str(int(years.group(1)) - 1)
    if lexicon_search(rule["span_end_before"], before):
        return years.group(2)
    return ""


def _consecutive_years_period(f: "_Figure") -> tuple[str, tuple[str, ...]] | None:
    """Rule ``consecutive_years_fact`` (corpus README: 连续N年 facts use the reporting year): a figure
    whose clause says it has held N years running (…连续4年保持Ⅱ类, …连续两年高于93%) is of the
    reporting year -- the year under review in a review part, else the year of publication -- when
    the time word dating it is a span (“十四五”以来, 2020年以来): the span says how long, not when.
    A single year of its own (2025年，…连续3年…) dates it as before.

    >>> from policydata.extract.figures.anchors import Anchor
    >>> from policydata.extract.figures.context import Context
    >>> from policydata.extract.figures.decide import _Figure
    >>> def period(t, n, time=None):
    ...     f = _Figure(Span(0, len(t), t), t.index(n), t.index(n), Context(2026, "", []),
    ...                 time, "", None, False, False, None)
    ...     return _consecutive_years_period(f)
    >>> span, year = Anchor("stat", 2025, "2021/2025"), Anchor("stat", 2025, "2025")
    >>> t = "“十四五”以来，某河干流连续4年保持Ⅱ类，达标水体占比连续两年高于92%。"
    >>> [period(t, "4年", span), period(t, "92", span), period(t, "92", year), period("“十四五”以来，比例超过92%。", "92", span)]
    [('2026', ()), ('2026', ()), None, None]
    """
    if not (f.time and f.time.period and "/" in f.time.period and f.ctx.report_year):
        return None
    lo, hi = clause_bounds(f.sentence.text, f.rel)
    if not lexicon_search(lexicon()["frames"]["standing_fact"]["consecutive_years_pattern"],
                          f.sentence.text[lo:min(hi, f.rel + 6)]):
        return None
    reviewing = f.mode == "review" or "review" in (f.ctx.frame, f.ctx.doc_frame)
    return str(f.review_year if reviewing and f.review_year else f.ctx.report_year), ()


def _news_subhead_review(f: "_Figure") -> bool:
    """Rule ``news_subhead_review``: in a news report, a subhead that sums up results (34个行业实现
    增长, 出口增势良好) and names no year reviews what the report tells of, the time of its
    publication, not the year before it (the look-back of a report's 一、过去一年工作回顾). Only a
    year of its own, a review frame (过去一年…) or a past year of the text dates an earlier year.

    >>> from policydata.document import Span
    >>> from policydata.extract.figures.context import Context
    >>> from policydata.extract.figures.decide import _Figure
    >>> t = "全县新建基站300个。"
    >>> def rule(genre, section_year=None):
    ...     return _news_subhead_review(_Figure(Span(0, len(t), t), 4, 4, Context(2026, "", [], genre=genre),
    ...                                         None, "review", section_year, True, False, None))
    >>> rule("news"), rule("official"), rule("news", 2025)
    (True, False, False)
    """
    return f.ctx.genre == "news" and f.mode == "review" and not f.section_year and f.ctx.frame != "review"


_SPAN = re.compile(r"(?:19|20)\d{2}/(?P<end>(?:19|20)\d{2})")  # a span of whole years (2021/2025)


def subject_period(f: "_Figure") -> tuple[str, tuple[str, ...]] | None:
    """PERIOD_RULES row ``subject_year``: the period the text reports on throughout
    (Context.subject_period), for a figure no time word or paragraph dated. Under a span (a news
    review of “十四五”时期: rule news_plan_period_subject) only a flow or a change over it covers the
    span (figures.json ``frames.news_fact.span_flow_pattern``: 年均增长4.7%, 增长27.9%); a level is
    of its last year (rule ``subject_span_level``: 网上零售额达1558亿元 -> 2025); a change from one
    value to another keeps the span for rule span_change (由5.34万元提升至7.05万元 -> 2020, 2025).

    >>> from policydata.extract.figures.context import Context
    >>> from policydata.extract.figures.decide import _Figure
    >>> def period(t, n, subject="2021/2025"):
    ...     f = _Figure(Span(0, len(t), t), t.index(n), t.index(n), Context(2026, "", [], subject_period=subject),
    ...                 None, "", None, False, False, None)
    ...     return subject_period(f)[0]
    >>> t = "人均产值由5.2万元提升至7.1万元，年均增长5%，网上零售额达1500亿元，比重为30%。"
    >>> [period(t, n) for n in ("5.2", "7.1", "5%", "1500", "30")], period(t, "1500", "2025")
    (['2021/2025', '2021/2025', '2021/2025', '2025', '2025'], '2025')
    """
    period = f.ctx.subject_period
    if not period:
        return None
    span = _SPAN.fullmatch(period)
    if span is None or span_change_year(f.sentence, f.rel, period):
        return period, ()
    lo, _ = clause_bounds(f.sentence.text, f.rel)
    if lexicon_search(lexicon()["frames"]["news_fact"]["span_flow_pattern"], f.sentence.text[lo:f.rel]):
        return period, ()
    return span.group("end"), ()


def chain_growth_span(sentence: Span, rel: int, period: str) -> str:
    """Rule ``chain_growth_span``: the span a growth rate covers when it follows a change told from one
    written year to another (from_to_chain: 由2020年的9000亿元提升至2025年的12000亿元、增长33%，
    年均增长5.9%), with a growth word between the end year and it (figures.json
    ``frames.news_fact.chain_growth_pattern``) and no other year: the start year's next to the end
    year, when ``period`` is the end year; '' otherwise (the end value itself is of the end year).

    >>> s = "总额由2020年的9000亿元提升至2025年的12000亿元、增长33%，年均增长5.9%；2024年增长6%。"
    >>> [chain_growth_span(Span(0, len(s), s), s.index(n), p) for n, p in (("12000", "2025"), ("33", "2025"),
    ...                                                                    ("5.9", "2025"), ("6%", "2024"))]
    ['', '2021/2025', '2021/2025', '']
    >>> s = "产值从2020年的300亿元增长到2025年的420亿元，收入从25亿元增长到31亿元。"  # a new change: its own values
    >>> [chain_growth_span(Span(0, len(s), s), s.index(n), "2025") for n in ("25亿", "31亿")]
    ['', '']
    """
    chain = from_to_chain(sentence.text[:rel])
    if chain is None or chain[1] != period or int(chain[0]) >= int(chain[1]):
        return ""
    after = sentence.text[chain[2] + 4:rel]
    if re.search(r"(?<!\d)(?:19|20)\d{2}年", after) or re.search(r"[。；;！？从由]", after) \
            or not lexicon_search(lexicon()["frames"]["news_fact"]["chain_growth_pattern"], after):
        return ""
    return f"{int(chain[0]) + 1}/{chain[1]}"


def base_year_growth_span(sentence: Span, rel: int, period: str) -> str:
    """Rule ``base_year_growth_span``: the span a cumulative change over a written base year covers
    (figures.json ``frames.news_fact.base_growth_pattern``: 相比“十三五”末期（2020年）累计增长39.5%
    in a text of 2025 -> 2021/2025), from the year after the base to ``period``, the year the figure
    is of; '' for other figures, or when another year stands between the base and the figure.

    >>> s = "到2025年，相比“十三五”末期（2020年）分别累计增长约39.5%、48.4%，比上年增长6%。"
    >>> [base_year_growth_span(Span(0, len(s), s), s.index(n), "2025") for n in ("39.5", "48.4", "6%")]
    ['2021/2025', '2021/2025', '']
    >>> base_year_growth_span(Span(0, len(s), s), s.index("39.5"), "2021")
    ''
    """
    if not re.fullmatch(r"\d{4}", period or ""):
        return ""
    lo, _ = clause_bounds(sentence.text, rel)
    m = lexicon_last(lexicon()["frames"]["news_fact"]["base_growth_pattern"], sentence.text[lo:rel])
    if m is None or re.search(r"(?<!\d)(?:19|20)\d{2}年", sentence.text[lo + m.end():rel]):
        return ""
    start = int(m.group("year")) + 1
    return f"{start}/{period}" if start < int(period) else ""
