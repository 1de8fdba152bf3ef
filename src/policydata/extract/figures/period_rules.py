"""The period of a statistic (:data:`PERIOD_RULES`, a table of named rules ``decide._decide`` reads
with :func:`_first_rule`), and the rules only they use."""
from __future__ import annotations

import re

from ...document import Span  # noqa: F401 (used by the doctests)
from ...recognize.timeexpr import find_time_expressions
from .anchors import Anchor  # noqa: F401 (used by the doctests)
from .context import Context, _led_by_past_year  # noqa: F401 (Context: doctests)
from .findings import lexicon
from .figure_record import _Figure
from .frames import _plan_period_stock, _span_average, _span_years, _standing_fact
from .stretches import _consecutive_years_period, _news_subhead_review, subject_period
from ...text.regex_starts import lexicon_last, lexicon_search

_YEAR = re.compile(r"\d{4}")  # a period of a whole year


def _standing_fact_period(f: _Figure) -> tuple[str, tuple[str, ...]] | None:
    """累计服务超1500个团队, 已建成36个平台: of the reporting year, not of an earlier
    sentence's time (also the total of an action reported as done); under a paragraph led by a
    past year or by months, of those (rule ``paragraph_standing``, tried first).

    >>> def period(t, n):
    ...     f = _Figure(Span(0, len(t), t), t.index(n), t.index(n), Context(2026, "", []),
    ...                 None, "", None, False, False, None)
    ...     return _standing_fact_period(f)
    >>> [period("全县累计建成基站300个。", "300"), period("全县建成基站300个。", "300")]
    [('2026', ()), None]
    """
    cue = _standing_fact(f.sentence, f.rel, f.own_time)
    if f.rule_name != "done_action" and not cue:
        return None
    if f.ctx.genre == "news" and f.ctx.subject_period \
            and cue in lexicon()["frames"]["standing_fact"]["reporting_year_words"]:
        # news_subject_year: 累计发布35个… in a report of 2025's data is 2025's total (README: cumulative
        # counts use the reporting year); 已…/目前 facts stay of the publication year (README)
        # (a month's report counts to that year; under a span, “十四五”时期, 累计… covers the span)
        return subject_period(f) if "/" in f.ctx.subject_period else (str(f.ctx.subject_year()), ())
    return _reporting_year(f), ()


def _reporting_year(f: _Figure) -> str:
    """The reporting year of a standing fact: the year under review in a review part, else the report's year
    (in news with a subject year, only a total or a run takes it: :func:`_standing_fact_period`)."""
    reviewing = f.mode == "review" or "review" in (f.ctx.frame, f.ctx.doc_frame)
    return str(f.review_year if reviewing and f.review_year else f.ctx.report_year or "")


def _age_total_period(f: _Figure) -> tuple[str, tuple[str, ...]] | None:
    """Rule ``age_total``: a running total after the age of the thing itself (经过13年发展，园区累计实现
    产值…，创造岗位…) is a total since it began, of the reporting year (README: cumulative counts),
    not a total over N years under review (span_total: 五年累计…).

    >>> def period(t, n):
    ...     return _age_total_period(_Figure(Span(0, len(t), t), t.index(n), t.index(n), Context(2026, "", []),
    ...                                      None, "", None, False, False, None))
    >>> t = "经过12年发展，该园累计实现产值800亿元，带动就业3000人。"
    >>> [period(t, "800"), period(t, "3000"), period("五年来，全省累计新增就业320万人。", "320")]
    [('2026', ()), ('2026', ()), None]
    """
    if f.own_time or not lexicon_search(lexicon()["frames"]["span_total"]["age_pattern"], f.sentence.text[:f.rel]):
        return None
    year = _reporting_year(f)
    return (year, ()) if year else None


def _paragraph_standing_period(f: _Figure) -> tuple[str, tuple[str, ...]] | None:
    """Rule ``paragraph_standing``: a standing fact (:func:`_standing_fact_period`) under a paragraph
    led by a past year or by months takes that time: the paragraph's time word dates it, as its
    own would (so a headline that rounds it takes the same period, rule rounded_headline).

    >>> def period(t, n, paragraph=Anchor()):
    ...     f = _Figure(Span(0, len(t), t), t.index(n), t.index(n), Context(2026, "", [], paragraph=paragraph),
    ...                 None, "", None, False, False, None)
    ...     return _paragraph_standing_period(f)
    >>> t = "全县累计建成基站300个。"
    >>> [period(t, "300"), period(t, "300", Anchor("stat", 2025, "2025")),
    ...  period(t, "300", Anchor("stat", 2026, "2026-01/2026-02")), period(t, "300", Anchor("stat", 2026, "2026")),
    ...  period("全县建成基站300个。", "300", Anchor("stat", 2025, "2025")),
    ...  period("长期以来，此类案件约占六成。", "六成", Anchor("stat", 2025, "2025-01/2025-11"))]
    [None, ('2025', ()), ('2026-01/2026-02', ()), None, None, None]
    """
    cue = _standing_fact(f.sentence, f.rel, f.own_time)
    if f.rule_name != "done_action" and not cue:
        return None
    if cue in lexicon()["frames"]["standing_fact"]["openers"]:
        return None  # standing_opener: a lasting state (长期以来…) is no total over the paragraph's months
    led = f.ctx.paragraph
    if _led_by_past_year(f.ctx):
        # 2025年我国造船完工量…。连续16年保持世界第一: the year the paragraph reports on is the
        # reporting year of its standing facts
        return str(led.year), ()
    if led.role == "stat" and led.period and not led.review_word and not _YEAR.fullmatch(led.period):
        # 自2025年5月至2026年1月，…整治…。…累计退费约3.01亿元: a running total told under the months
        # a paragraph reports on is over those months (README: cumulative January–September is
        # "2025-01/2025-09")
        return led.period, ()
    return None


def _report_year_period(f: _Figure) -> tuple[str, tuple[str, ...]] | None:
    """A review part (过去一年…) of a report looks back at the year before it (not a news
    report's subhead: rule news_subhead_review)."""
    if not f.ctx.report_year:
        return None
    looks_back = (f.mode == "review" and not _news_subhead_review(f)) or (not f.mode and f.ctx.frame == "review")
    if looks_back and f.ctx.frame == "review" and f.ctx.frame_year and not f.section_year:
        return str(f.ctx.frame_year), ()  # so_far_this_year: 今年以来… reviews the report year
    return str(f.ctx.report_year - 1 if looks_back else f.ctx.report_year), ()


def _reviewed_section(f: _Figure) -> bool:
    """The figure stands under a review heading of a past year (a plan year of an
    enclosing title is not reviewed)."""
    return f.mode == "review" and bool(f.section_year) and \
        (not f.ctx.report_year or f.section_year < f.ctx.report_year)


def _since_year_span(f: _Figure) -> tuple[str, tuple[str, ...]] | None:
    """Rule ``since_year_span``: 2018年至今，投资达600亿元 and 2022年以来，…公开率均为100% cover
    the span from the start year to the report year (2019年至今累计… too, as 五年累计 does); a
    running total since the thing itself began (自2021年启动以来，已相继推出13类活动) is of the
    reporting year (README: cumulative counts), as a standing fact. Another time word between
    the start and the figure dates it instead.

    >>> def span(t, n, year=2026):
    ...     return _since_year_span(_Figure(Span(0, len(t), t), t.index(n), t.index(n), Context(year, "", []),
    ...                                     None, "", None, False, False, None))
    >>> rows = [("特别是2018年至今，投资达600亿元。", "600"), ("2018年，投资达600亿元。", "600"),
    ...         ("投资达600亿元，2018年至今未变。", "600"), ("2026年至今，新增企业300家。", "300"),
    ...         ("2020年以来，全县学校入学率均为100%。", "100"), ("自2019年项目启动以来，已建成站点80个、驿站5个。", "5个"),
    ...         ("自2019年项目启动以来，截至去年底建成站点80个。", "80"), ("自2019年以来，累计培训人员3万人次。", "3万"),
    ...         ("自2015年建厂以来，该厂产值年均增长12%。", "12")]
    >>> [span(t, n) for t, n in rows]
    [('2018/2026', ()), None, None, None, ('2020/2026', ()), ('2026', ()), None, ('2019/2026', ()), ('2015/2025', ())]
    """
    rule = lexicon()["frames"]["standing_fact"]
    m = lexicon_last(rule["since_year_pattern"], f.sentence.text[:f.rel])
    if m is None or not f.ctx.report_year or int(m.group("year")) >= f.ctx.report_year:
        return None
    stretch = f.sentence.text[m.end():f.rel]
    if find_time_expressions(stretch, f.ctx.report_year):
        return None  # 自2016年…以来，…截至去年底已覆盖…: the later time word dates the figure
    if m.group("event") and any(w in stretch for w in rule["cumulative_words"]):
        reviewing = f.mode == "review" or "review" in (f.ctx.frame, f.ctx.doc_frame)
        # news_cited_report: under a release of a past year's data, that year is the reporting year
        released = f.ctx.released_year if f.ctx.released_year and f.ctx.released_year == f.ctx.last_past_year else None
        return str(f.review_year if reviewing and f.review_year else released or f.ctx.report_year), ()
    end = f.ctx.report_year
    if any(w in stretch for w in rule["whole_year_words"]) and end - 1 > int(m.group("year")):
        end -= 1  # yearly_average_span: 自2012年…以来，…年均增长30% averages whole years, to the last one ended
    return f"{m.group('year')}/{end}", ()


def _quoted_now(f: _Figure) -> bool:
    """Rule ``quoted_now``: in news, a figure inside a quoted remark (“周边有9个村，…一天能挣150元。”
    他说) is said at the time of the report: a past year of an earlier sentence does not date it
    (its own time words still do, by the rules before).

    >>> def now(t, n, genre="news"):
    ...     return _quoted_now(_Figure(Span(0, len(t), t), t.index(n), t.index(n), Context(2026, "", [], genre=genre),
    ...                                None, "", None, False, False, None))
    >>> [now("“村里有9个合作社，一天能挣150元。”他说。", "150"), now("他说，村里有9个合作社。", "9"),
    ...  now("“村里有9个合作社。”他说，去年产值300万元。", "300"), now("“村里有9个合作社。”", "9", "")]
    [True, False, False, False]
    """
    if f.ctx.genre != "news":
        return False
    lo = f.sentence.text.rfind("“", 0, f.rel)
    return lo >= 0 and "”" not in f.sentence.text[lo:f.rel]


#: The period of a statistic, with one period per listed value when there is a list
#: (7、8、9月份): the first rule that applies wins; none leaves the period empty.
PERIOD_RULES = (
    # span_average: 2021年…两年平均增长6% covers the N years ending in the year the other rules give
    ("span_average", lambda f: _span_average(f.sentence, f.rel, lambda: _first_rule(PERIOD_RULES[1:], f)[1])),
    # consecutive_years_fact: “十四五”以来，…连续4年保持… -- of the reporting year, not of the span
    ("consecutive_years_fact", _consecutive_years_period),
    ("since_year_span", _since_year_span),
    # plan_period_stock: “十四五”时期，…已建成…2984个 -- a stock reached by the end of the span
    ("plan_period_stock", lambda f: (end, ()) if f.time and f.time.role == "stat" and f.own_time
     and (end := _plan_period_stock(f.sentence, f.rel, f.time.period)) else None),
    ("own_time_word", lambda f: (f.time.period, f.time.items) if f.time and f.time.period
     and f.time.role != "target" and f.own_time else None),
    ("age_total", _age_total_period),
    # span_total: 五年累计完成投资… covers the N years up to the year under review
    ("span_total", lambda f: (f"{end - n + 1}/{end}", ()) if not f.own_time and (n := _span_years(f.sentence, f.rel))
     and (end := f.review_year or (f.ctx.report_year - 1 if f.ctx.report_year else None)) else None),
    ("paragraph_standing", _paragraph_standing_period),
    ("standing_fact", _standing_fact_period),
    ("time_word", lambda f: (f.time.period, f.time.items) if f.time and f.time.period
     and f.time.role != "target" else None),
    ("review_word", lambda f: (str(f.review_year) if f.review_year else "", ())
     if f.time and f.time.review_word else None),
    ("paragraph", lambda f: (f.ctx.paragraph.period, f.ctx.paragraph.items)
     if f.ctx.paragraph.role == "stat" and f.ctx.paragraph.period else None),
    # 据介绍，全年…增长6%；…某业务量同比增长8%: a 全年 leading the paragraph dates its list
    ("paragraph_review_word", lambda f: (str(f.review_year), ()) if f.ctx.paragraph.review_word
     and f.review_year else None),
    ("section_period", lambda f: (f.ctx.last_period, ()) if f.ctx.last_period else None),
    ("review_section", lambda f: (str(f.section_year), ()) if _reviewed_section(f) else None),
    # a data report of 1-2月: its months throughout
    ("document_period", lambda f: (f.ctx.doc_period, ()) if f.ctx.doc_period else None),
    ("last_past_year", lambda f: (str(f.ctx.last_past_year), ()) if f.ctx.last_past_year
     and not _quoted_now(f) else None),
    # subject_year: the past year (or month) the text reports on throughout (Context.subject_period):
    # set by a data report's or review's title or first line (2019年某县…统计公报; rule reviewed_year),
    # a news lead presenting a past year's data (某副部长介绍2025年全年…情况; news_subject_year) or a
    # news sentence citing a report of a past year (《…年度报告（2025）》显示; news_cited_report); in
    # news it ends at a paragraph opening on the year of publication or ahead (展望2026年，…; 今年，…)
    # news_plan_period_subject (“十四五”时期 in a headline): a span; a level in it is of its end (subject_span_level)
    ("subject_year", subject_period),
    ("report_year", _report_year_period),
)


def _first_rule(rules, f: _Figure):
    """(name, value) of the first rule in ``rules`` that gives a value for f, else ('', None)."""
    for name, rule in rules:
        value = rule(f)
        if value:
            return name, value
    return "", None
