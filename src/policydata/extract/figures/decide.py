"""Statistic or target for one figure, with its period or target year (:func:`_decide`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...document import Span
from ...recognize.sections import section_at
from ...recognize.timeexpr import find_time_expressions
from ...text.segment import clause_bounds
from .anchors import Anchor, _years_of

_YEAR = re.compile(r"\d{4}")  # a period of a whole year
from .context import Context, _led_by_past_year, _year_section_start
from .cues import _clause_sets_goal, _cue_role, _explicit_target_cue, estimate_cue
from .commitments import (_commitment_carries, _dated_event_before, news_commitment, _news_forecast,
                          _own_clause_commitment, _plan_noun_after)
from .event_time import _event_time, _worked_example_period
from .findings import lexicon, time_rules
from .frames import (Frame, _compared_goal, _condition_threshold, _document_content, _done_action, _modal_clause,
                     _modal_after_figure, _norm_bound, _plan_period_stock, _policy_cap, _policy_grant, _span_years,
                     _span_average, _standing_fact, quoted_standard)
from .parameters import _goal_frame, _parameter_year, _policy_parameter
from .stretches import (_consecutive_years_period, _from_base_year, _news_subhead_review, base_year_growth_span,
                        chain_growth_span, span_change_year, subject_period)
from .projections import conditional_yield
from .target_years import news_commitment_year
from ...text.regex_starts import lexicon_last, lexicon_search


@dataclass
class _Figure:
    """What the rules of _decide read about one figure: its sentence, its time word, the
    section around it and the context of the document."""

    sentence: Span
    pos: int  # the figure's start (article offset)
    rel: int  # the same, inside the sentence
    ctx: Context
    time: Anchor | None  # the time word that dates the figure, if any
    mode: str  # 'plan', 'review' or '' (neutral): the tense of the section heading
    section_year: int | None
    strong_mode: bool  # the heading says review or plan in so many words
    present: bool
    frame: Frame | None
    own_time: bool = False  # a time word of its own sentence comes before it
    review_year: int | None = None  # the year under review where the figure stands
    rule_name: str = ""  # the frame rule that set the role (FRAME_RULES), '' if none


def _review_part_role(f: _Figure) -> str:
    """A review part or a data report: 达到/实现/突破 report facts there; only an
    explicit cue (力争, 预期目标, 目标是) before the figure sets a goal."""
    if f.mode != "plan" and "review" in (f.ctx.frame, f.ctx.doc_frame):
        return "target" if _explicit_target_cue(f.sentence.text[:f.rel]) else "stat"
    return ""


def _modal_word(word: str) -> bool:
    """Whether a commitment word is a future modal (将, 计划, 力争: ``frames.modal_clause.pattern``)."""
    return bool(word) and bool(lexicon_search(lexicon()["frames"]["modal_clause"]["pattern"], word))


def _news_fact(f: _Figure) -> bool:
    """A news report's figure of this year (今年, or no time word) with no commitment before
    it in its sentence (FRAME_RULES ``news_fact``): a fact of the publication year."""
    if f.ctx.genre != "news" or f.mode == "plan":
        return False
    t = f.time
    if t is not None and (t.role == "target" or (t.year and f.ctx.report_year and t.year > f.ctx.report_year)):
        return False  # 到2035年, 明年: a later year looks ahead
    word = news_commitment(f.sentence, f.rel)
    # fact_after_commitment: 作为…计划的一部分，近日，20名学生开启了行程 -- the commitment stands in an
    # earlier clause; the figure's own clause reports now or done
    return not word or (f.sentence.text.rfind(word, 0, f.rel) < clause_bounds(f.sentence.text, f.rel)[0]
                        and not _commitment_carries(f.sentence, f.rel))


#: How a figure that neither a time word nor a frame rule decided gets its role: the
#: first rule that names a role wins (``present_fact`` returns a fact of the report year).
ROLE_RULES = (
    # 从2021年完成情况来看，…其中…: the paragraph's own past year beats the heading
    # (own_year_beats_paragraph: 某市2024年工业增加值增长6% in a 2024 text is dated by its own year, not the paragraph's)
    ("past_year_paragraph", lambda f: "stat" if _led_by_past_year(f.ctx) and not (
        f.time and f.time.year and f.ctx.report_year and f.time.year >= f.ctx.report_year) else ""),
    ("present_fact", lambda f: "stat" if f.present else ""),
    ("strong_heading", lambda f: ("target" if f.mode == "plan" else "stat") if f.strong_mode else ""),
    ("review_part", _review_part_role),
    # 预期增长目标6%左右, 可降至16%: a goal, a rule or a forecast
    ("goal_clause", lambda f: "target" if _clause_sets_goal(f.sentence, f.rel) else ""),
    ("strong_cue", lambda f: _cue_role(f.sentence.text, f.rel, "strong")),
    ("time_lean", lambda f: f.time.lean if f.time else ""),
    # a text about this year's plan: 深圳2022年…增长5% looks ahead
    ("this_years_plan", lambda f: "target" if f.time and not f.time.role and f.time.year
     and f.time.year == f.ctx.plan_year else ""),
    ("paragraph", lambda f: f.ctx.paragraph.role),
    # paragraph_lean: 今年，重点做好以下工作：一是…；二是…新建学校8所 -- the later items of a
    # paragraph led by 今年 look ahead as its first one does
    ("paragraph_lean", lambda f: f.ctx.paragraph.lean),
    ("heading", lambda f: ("target" if f.mode == "plan" else "stat") if f.mode else ""),
    ("weak_cue", lambda f: _cue_role(f.sentence.text, f.rel, "weak")),
    ("document_prior", lambda f: "target" if f.ctx.prior == "plan" else "stat"),
)


def _enclosing_plan_year(f: _Figure) -> int | None:
    """A numbered item without a year of its own under 2026年…实事: its plan heading's year."""
    return next((s.year for s in reversed(f.ctx.sections)
                 if s.start <= f.pos and s.year and s.tense == "plan"), None)


def _coming_years_end(f: _Figure) -> int | None:
    """未来5年…, 准备5年内…, 5年内重点引进…: a goal for the coming N years is due in the report
    year + N - 1 (rule within_years).

    >>> from policydata.document import Span
    >>> t = "集团未来5年技改投入计划超300亿元。"
    >>> _coming_years_end(_Figure(Span(0, len(t), t), 13, 13, Context(2026, "", []), None, "", None,
    ...                           False, False, None))
    2030
    """
    m = lexicon_last(lexicon()["frames"]["news_fact"]["coming_years_pattern"], f.sentence.text[:f.rel])
    if m is None or not f.ctx.report_year:
        return None
    years = _years_of(m.group("n") or m.group("m"))  # 5, 三, 十二, 三十
    return f.ctx.report_year + years - 1 if years else None


def _this_year_deadline(f: _Figure) -> int | None:
    """春节前，我们要把水位升到900米: a news goal due within the year is the report year's
    (lexicon time ``deadline_patterns.this_year_pattern``); 5年内 is the coming years' (rule coming_years).

    >>> from policydata.document import Span
    >>> def year(t, n):
    ...     return _this_year_deadline(_Figure(Span(0, len(t), t), t.index(n), t.index(n),
    ...                                        Context(2026, "", [], genre="news"), None, "", None, False, False, None))
    >>> [year("年底前，要建成公园5个。", "5个"), year("5年内建成公园5个。", "5个"), year("要建成公园5个。", "5个")]
    [2026, None, None]
    """
    if f.ctx.genre != "news" or not f.ctx.report_year:
        return None
    found = lexicon_search(time_rules()["deadline_patterns"]["this_year_pattern"], f.sentence.text[:f.rel])
    return f.ctx.report_year if found else None


#: The target year of a goal: the first rule that gives a year wins.
TARGET_YEAR_RULES = (
    ("time_word", lambda f: f.time.year if f.time and f.time.role != "stat" and f.time.year else None),
    ("coming_years", _coming_years_end),
    # 到2030年，主要目标是：…: the list's lead dates every item
    ("list_lead", lambda f: f.frame.year if f.frame is not None and f.frame.year else None),
    ("this_year_deadline", _this_year_deadline),
    # 确保全年粮食产量…: this year's goal
    ("review_word", lambda f: f.ctx.report_year if f.time and f.time.review_word and f.ctx.report_year
     and not (f.mode == "plan" and f.section_year) else None),
    ("paragraph", lambda f: f.ctx.paragraph.year if f.ctx.paragraph.role == "target"
     and f.ctx.paragraph.year else None),
    # 2024年…预期目标5%左右。这个目标高于…4.5%…
    ("paragraph_year", lambda f: f.ctx.paragraph.year if not f.ctx.paragraph.role and f.ctx.paragraph.year
     and f.ctx.report_year and f.ctx.paragraph.year >= f.ctx.report_year else None),
    # tasks after the 今年…预期目标 paragraph are this year's, whatever plan period the
    # part's heading names
    ("this_years_plan", lambda f: f.ctx.plan_year if f.ctx.plan_year
     and f.ctx.plan_year_pos > _year_section_start(f.ctx.sections, f.pos) else None),
    ("plan_section", lambda f: f.section_year if f.mode == "plan" and f.section_year else None),
    ("plan_section_time", lambda f: f.time.year if f.mode == "plan" and f.ctx.report_year
     and f.section_year is None and f.time and f.time.year else None),
    ("enclosing_plan_section", _enclosing_plan_year),
    ("news_commitment_year", news_commitment_year),  # 合作社将抢收8种: a news goal of the report year
)


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


def _preliminary_estimate(f: _Figure) -> bool:
    """Rule preliminary_estimate: in a review of a past year (not news, not a plan part, no time word of
    the report year or later), 预计 before the figure in its clause (cues.estimate_cue) is an estimate."""
    if not f.ctx.report_year or f.ctx.genre == "news" or f.mode == "plan" or (f.time and (f.time.year or 0) >= f.ctx.report_year):
        return False
    return (_reviewed_section(f) or (not f.mode and f.ctx.frame == "review" and not f.ctx.frame_year)) \
        and estimate_cue(f.sentence.text[:f.rel])


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
    # 据介绍，全年…增长5.9%；…电信业务总量同比增长9.1%: a 全年 leading the paragraph dates its list
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


def _decide(sentence: Span, pos: int, end: int, anchors: list[tuple[int, Anchor]], ctx: Context,
            present: bool = False, frame: Frame | None = None) -> Anchor:
    """:func:`_decide_time`, then rule from_base_year: the starting figure of a change told
    from 上年 (由上年729万人增加到…) is of the year before the one its change ends in."""
    result = _decide_time(sentence, pos, end, anchors, ctx, present, frame)
    base = _from_base_year(sentence, pos - sentence.start)
    if base and result.role == "stat":
        shift, year = base
        if year:
            result.period, result.year = year, int(year)
        elif re.fullmatch(r"\d{4}", result.period or ""):
            result.year = int(result.period) + shift
            result.period = str(result.year)
        else:
            return result
        result.decided_by = f"{result.decided_by} from_base_year".strip()
    elif result.role == "stat" and (year := span_change_year(sentence, pos - sentence.start, result.period)):
        # span_change: “十四五”时期…从6.2%提升到6.7% -- the start value is of the year before the
        # span, the end value of its last year; neither covers the span
        result.period, result.year = year, int(year)
        result.decided_by = f"{result.decided_by} span_change".strip()
    elif result.role == "stat" and (span := chain_growth_span(sentence, pos - sentence.start, result.period)):
        result.period = span  # chain_growth_span: 由2020年的A提升至2025年的B、增长28% covers 2021/2025
        result.decided_by = f"{result.decided_by} chain_growth_span".strip()
    elif result.role == "stat" and (span := base_year_growth_span(sentence, pos - sentence.start, result.period)):
        result.period = span  # base_year_growth_span: 相比2020年累计增长39.5% (told of 2025) covers 2021/2025
        result.decided_by = f"{result.decided_by} base_year_growth_span".strip()
    return result


def _decide_time(sentence: Span, pos: int, end: int, anchors: list[tuple[int, Anchor]], ctx: Context,
                 present: bool = False, frame: Frame | None = None) -> Anchor:
    """Statistic or target, with year or period, for a figure from pos to end (article offsets).

    ``present``: the figure is stated as a present fact (:func:`_present_fact`); unless a
    time word says otherwise it is a statistic of the report year, even in a plan part.
    The returned Anchor names in ``decided_by`` the rules that decided (ROLE_RULES,
    TARGET_YEAR_RULES, PERIOD_RULES)."""
    rel = pos - sentence.start
    time = None
    time_pos = later_pos = None
    before = [(p, a) for p, a in anchors if p <= pos and not
              (a.local and re.search(r"[，,；;]", sentence.text[p - sentence.start:rel]))]
    if before:
        time_pos, time = before[-1]
    else:
        purpose = lexicon()["frames"]["purpose_clause"]["pattern"]
        # a later time word dates the figure unless a purpose clause (，为…) comes between
        later_pos, time = next(((p, a) for p, a in anchors if (p > pos and not lexicon_search(purpose, sentence.text[rel:p - sentence.start]))
                                or (p <= pos and not a.local)), (None, None))
    if time is not None and time.event_month:
        time = _event_time(time, ctx)
    tense, section_year, strong_mode = section_at(ctx.sections, pos)
    if tense == "plan" and (not strong_mode or ctx.work_done_part) and ctx.frame == "review" and ctx.frame_year:
        tense = "neutral"  # so_far_this_year: a numbered part (一、积极落实…) of a review of the year so far
    f = _Figure(sentence, pos, rel, ctx, time, "" if tense == "neutral" else tense, section_year,
                strong_mode, present, frame)
    # time words decide first, then a heading that says review or plan in so many
    # words (累计/争取 in a plan section are plans), then cue words, then context
    role = time.role if time and time.role else ""
    role_rule = "time_word" if role else ""
    prelim = role != "target" and not present and _preliminary_estimate(f)
    if prelim:
        # preliminary_estimate: (2025年工作回顾) 预计全市生产总值突破8000亿元 -- a past year's first estimate
        role, role_rule = "stat", "preliminary_estimate"
    elif role == "stat" and not present and _dated_event_before(sentence, rel, time, time_pos, ctx):
        # clause_commitment: 5月，该镇启动建设，计划建设6家工厂: the date times the event
        # told first; the figure's own clause commits to more
        word = _modal_clause(sentence, rel) or (ctx.genre == "news" and _news_forecast(sentence, rel))
        if word:
            role, role_rule = "target", "clause_commitment"
    elif role == "stat" and not present and (time_pos is None or time.rule == "since_year_span") \
            and (_modal_clause(sentence, rel) or (ctx.genre == "news" and time_pos is None
                                                  and _own_clause_commitment(sentence, rel))):
        # since_year_span: 自2020年以来，…累计建成50个，下一步将新建30个 -- the stretch looks back,
        # the modal of the figure's own clause looks ahead
        # later_time_word: 我们计划建设8家工厂，目前…已投产: a time word after the figure dates a
        # later clause; the modal of the figure's own clause makes it a goal
        role, role_rule, time = "target", "clause_commitment", None
        f.time = None
    modal_after = not present and not prelim and role != "target" and bool(_modal_after_figure(sentence, rel))
    if modal_after:
        # modal_after_figure: 目前已建成30座，剩余8座将于年底前投用 -- the things counted are planned;
        # the time word that dated the clause dates the goal (目前 -> the report year)
        role, role_rule = "target", "modal_after_figure"
        time = f.time = Anchor("target", time.year) if time is not None and time.year else None
    if ctx.example_left and role != "target":
        # a worked example's amounts illustrate a rule: facts of the report year
        result = Anchor("stat", decided_by="worked_example")
        result.period = _worked_example_period(time, ctx)
        return result
    if _compared_goal(sentence, rel):
        # 增长5.2%，高于5%的预期目标: the goal the year's fact is measured against
        return _compared_goal_anchor(f, anchors)
    if quoted_standard(sentence.text, rel):  # “1次申报、2天办结”: a standard a body sets, no year
        return Anchor("target", None, rule="quoted_standard", decided_by="quoted_standard")
    if _condition_threshold(sentence, rel):
        # 达到80%的签约率，即可视同完成: the threshold of a status a rule sets (README targets)
        return Anchor("target", None, rule="condition_threshold", decided_by="condition_threshold")
    if cap := _policy_cap(sentence, rel, end - sentence.start):
        # 最高2000万元补贴 (policy_cap), 应在5个工作日内完成 (time_limit): a parameter a policy sets, no year
        return Anchor("target", None, rule=cap, decided_by=cap)
    if name := _policy_parameter(sentence, rel, ctx.genre == "official",
                                 review=f.mode == "review" or "review" in (ctx.frame, ctx.doc_frame)):
        # 可返还其上年度缴纳费用的50%, 每吨下调200元, 每人每年5000元额度: a parameter a rule sets
        # (README targets); only a later window of the sentence gives it a year (rule parameter_year)
        return Anchor("target", _parameter_year(f), rule="policy_parameter", decided_by=f"policy_parameter {name}")
    if _policy_grant(sentence, rel) and f.mode != "review" and "review" not in (ctx.frame, ctx.doc_frame) \
            and not (time and time.role == "stat"):
        # 对首次上规模的企业，再给予30万元奖励: a grant a policy sets, with no year (README targets)
        return Anchor("target", None, rule="policy_grant", decided_by="policy_grant")
    if lexicon_search(lexicon()["achievement_pattern"], sentence.text[max(0, rel - 24):rel]):
        role, role_rule = "stat", "achievement"  # 完成全年目标的95.0%: progress against a goal is a past fact
    if role != "stat" and not present and not modal_after:
        # the frame rules (FRAME_RULES) come before headings and review parts
        if frame is not None:
            role, f.rule_name = frame.role, frame.rule
        elif f.mode != "review" and "review" not in (ctx.frame, ctx.doc_frame) \
                and (bound := _norm_bound(sentence, rel, news=ctx.genre == "news")):
            # 采购占比原则上不低于30%: a bound a rule sets, a parameter (README targets)
            role, f.rule_name = "target", bound
        elif f.ctx.genre == "news" and f.mode != "plan" and _document_content(sentence, rel):
            role, f.rule_name = "target", "document_content"  # 指南…提出12个一级指标: what a new rule sets
        elif f.ctx.genre == "news" and f.mode != "plan" and conditional_yield(sentence, rel):
            role, f.rule_name = "target", "conditional_yield"  # 新规实施后，…可节省30元: what would result
        elif f.ctx.genre == "news" and lexicon_search(lexicon()["frames"]["news_fact"]["estimate_lead"], sentence.text[:rel]):
            role, f.rule_name = "stat", "estimate_lead"  # 根据测算，…将超过15年: a computed estimate
        elif f.ctx.genre == "news" and f.mode != "plan" and _news_forecast(sentence, rel):
            role, f.rule_name = "target", "news_forecast"
        elif _goal_frame(f):
            role, f.rule_name = "target", "goal_frame"  # 到2027年，…。推出1000个…: the lead's goal year
        elif _news_fact(f):
            role, f.rule_name = "stat", "news_fact"
        elif ctx.caption and not _modal_clause(sentence, rel) and not _modal_word(news_commitment(sentence, rel)):
            role, f.rule_name = "stat", "caption_fact"  # 图为…准备展出的2600多种蔬菜: the picture's moment
        elif f.ctx.genre == "news" and _plan_noun_after(sentence, rel):
            role, f.rule_name = "target", "news_plan"
        elif _modal_clause(sentence, rel):
            role, f.rule_name = "target", "modal_clause"
        elif f.ctx.genre == "news" and f.mode != "plan" and _commitment_carries(sentence, rel):
            # 项目规划建设4台机组，总装机容量超过480万千瓦: a commitment earlier in a news
            # sentence (规划, 确保, 目标, 将…) makes its later figures goals too
            role, f.rule_name = "target", "news_commitment"
        elif f.mode != "plan" and not (time and time.role) and _done_action(sentence, rel):
            role, f.rule_name = "stat", "done_action"
        role_rule = f.rule_name or role_rule
    if not role:
        role_rule, role = _first_rule(ROLE_RULES, f)
    if role_rule == "present_fact":
        result = Anchor("stat", decided_by="present_fact")
        result.period = str(ctx.report_year) if ctx.report_year else ""
        if ctx.report_year and (f.mode == "review" or (not f.mode and ctx.frame == "review")):
            # 6600多万纳税人受益 in a review part: a fact of the year under review
            result.period = str(section_year if f.mode == "review" and section_year
                                and section_year < ctx.report_year
                                else ctx.frame_year if ctx.frame == "review" and ctx.frame_year else ctx.report_year - 1)
        return result
    result = Anchor(role, rule=f.rule_name)
    _set_review_year(f)
    if role == "target":
        year_rule, result.year = _first_rule(TARGET_YEAR_RULES, f)
        if result.year is None and ctx.horizon:
            year_rule = "plan_horizon"
            result.year, result.rule = ctx.horizon, result.rule or "plan_horizon"
        result.decided_by = f"{role_rule} {year_rule}".strip()
        return result
    # a time word of its own sentence before it, or (rule own_clause_time_after) one later in its own
    # clause: 完成对31个省份的2025年度考核 -- the clause is dated, no standing fact of the report year
    f.own_time = any(p <= pos for p, _ in anchors) or (
        later_pos is not None and later_pos > pos and time is not None and bool(time.period)
        and later_pos - sentence.start < clause_bounds(sentence.text, rel)[1])
    period_rule, found = _first_rule(PERIOD_RULES, f)
    if found is not None:
        result.period, result.items = found
        if period_rule in ("standing_fact", "paragraph_standing"):
            result.rule = f.rule_name or "standing_fact"
    result.decided_by = f"{role_rule} {period_rule}".strip()
    return result


def _set_review_year(f: _Figure) -> None:
    """The year under review where the figure stands: its review heading's year, else the
    latest past year named, the data report's year, a review frame's year or the year before."""
    ctx = f.ctx
    if _reviewed_section(f):
        f.review_year = f.section_year
    else:
        f.review_year = ctx.last_past_year or ctx.subject_year() or (ctx.frame_year if ctx.frame == "review" else None) \
            or (ctx.report_year if _news_subhead_review(f) else ctx.report_year - 1 if ctx.report_year else None)


def _compared_goal_anchor(f: _Figure, anchors: list[tuple[int, Anchor]]) -> Anchor:
    """Rule ``compared_goal``: the goal a reported fact is measured against (低于5.5%的控制目标)
    is a target of the period the fact reports on: the year of the period a statistic at its
    place would have (PERIOD_RULES).

    >>> t = "2024年，城镇调查失业率为4.5%，低于5.5%的控制目标。"
    >>> a = _compared_goal_anchor(_Figure(Span(0, len(t), t), t.index("5.5"), t.index("5.5"), Context(2025, "", []),
    ...                                   Anchor("stat", 2024, "2024"), "", None, False, False, None), [(0, Anchor())])
    >>> (a.role, a.year, a.rule)
    ('target', 2024, 'compared_goal')
    """
    _set_review_year(f)
    f.own_time = any(p <= f.pos for p, _ in anchors)
    period_rule, found = _first_rule(PERIOD_RULES, f)
    year = int(found[0][:4]) if found and _YEAR.match(found[0]) else None
    return Anchor("target", year, rule="compared_goal", decided_by=f"compared_goal {period_rule}".strip())
