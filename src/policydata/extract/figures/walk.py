"""The walk over an article's blocks and sentences that turns its figures into rows (:func:`extract_figures`)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..context import READ_APART, data_report_frame, names_work_done, opens_so_far_this_year, read_apart, standalone_context
from ...document import CAPTION_BLOCK, TITLE_BLOCK, Article, Span
from ...recognize.regions import RegionMention
from ...recognize.sections import section_at
from ...recognize.timeexpr import TimeExpr, find_time_expressions, time_lexicon
from .anchors import Anchor, _anchor_of, _is_comparison_year, _object_year, _shift_period, _starts_stretch
from ...text.segment import inside_brackets, split_sentences
from .context import (Context, _dateline_end, _document_period, _document_prior, _plan_period_subject,
                      _ends_example, _opens_example, _opens_this_years_plan, _paragraph_frame, _plan_lead,
                      _sentence_anchors, _update_paragraph)
from .cues import _present_fact
from .decide import _decide
from .stretches import from_to_chain
from .distribution import _distribute, _range_bounds, _target_range_bounds, quarters_respectively
from .filters import is_figure
from .findings import StatisticFinding, TargetFinding, lexicon
from .final_decision import final_decision
from .frames import _frame_at, _list_frames, _plan_horizon
from .news_days import _bare_days, _dateline_day, _iso_day, _next_year, _outside_dateline
from .news_years import carry_released, cited_report_year, first_sentence_start, released_year, subject_year_ends
from .numbers import _multi_ranks, _numbers, _rank_changes, _ranks
from .phrases import Phrase, _phrases
from .restated_amounts import _UNDATED_IN_HEADLINE, _restated_amounts, _restated_figures
from .tables import TextTable, find_text_tables
from .units import (_absolute_change, _base_year, _comparator, _kind, _region,
                    _statistic_qualifier, _unit, direction)
from ...text.regex_starts import lexicon_fullmatch, lexicon_match, lexicon_search

_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")  # a period of one month (2026-02)
_YEAR_ONLY = re.compile(r"\d{4}")  # a period of a whole year (2026)
_YEAR_SPAN = re.compile(r"\d{4}/\d{4}")  # a period of several whole years (2021/2025)

#: The frame a part that the section roles read as a plan (extract.roles: plan_section_ends_review,
#: numbering_restart, recommendations_end_review) sets for its paragraphs: no review frame. The
#: figures' frame (:attr:`.context.Context.frame`) is 'review' or '' (not reviewing), so a plan part
#: ends the review frame of the parts before it, and its first sentence may open this year's plan as
#: a paragraph with no frame does (``_opens_this_years_plan(..., frame == "")``).
PLAN_ROLE_FRAME = ""


def extract_figures(article: Article, *, report_year: int | None = None, region_id: str,
                    region_mentions: list[RegionMention],
                    context=None) -> tuple[list[StatisticFinding], list[TargetFinding]]:
    """Statistics and targets of one article, each with a quote span into ``article.text``.

    Parameters
    ----------
    article : Article
        The article to read: its text and its layout blocks (headings, paragraphs).
    report_year : int or None
        The year the document was issued (今年 resolves to it); None when unknown.
    region_id : str
        The default region of every row.
    region_mentions : list of RegionMention
        The places named in the article: a figure whose quote names exactly one of
        them gets that region instead of ``region_id``.
    context : DocumentContext or None
        The pipeline's per-document facts, the one reading every extractor shares; when
        given, its ``article`` (the half-width view) is what is read, its ``report_year``
        replaces the argument (one report year for every stage) and its ``date`` tells which
        months are still to come.

    Returns
    -------
    (statistics, targets) : tuple of list of StatisticFinding and list of TargetFinding
        The figures in text order, each exactly one of the two.
    """
    article = article if context is None or context.article is None else context.article
    text = article.text or ""
    # each statistic with the PERIOD_RULES name that dated it (rule restated_amount reads both)
    stats: list[tuple[StatisticFinding, str]] = []
    targets: list[TargetFinding] = []
    if not text.strip():
        return [], targets
    # the pipeline's DocumentContext: one report year, one set of blocks and sections for every stage
    context = context if context is not None else standalone_context(article, report_year)
    report_year = context.report_year
    sections = list(context.sections)
    # rule subject_year: the year under review throughout (rule reviewed_year) is read once, in the
    # document context; in news a lead or a cited report may set it later (see Context.subject_period)
    ctx = Context(report_year, _document_prior(article, report_year), sections,
                  doc_frame=data_report_frame(article), doc_period=_document_period(article, report_year, context.genre, context.date or ""),
                  subject_period=str(context.reviewed_year or "") or _plan_period_subject(article, report_year, context.genre)
                  or str(context.news_subject_year or ""),  # news_headline_year: the headline's past year
                  communique_year=context.reviewed_year if context.communique else None,
                  horizon=_plan_horizon(text, report_year, article.title or ""),
                  today=context.date or "", genre=context.genre)
    level1_starts = {s.start for s in sections if s.level == 1}
    section_starts = {s.start for s in sections}
    plan_starts = {s.start for s in sections if s.tense == "plan" and s.strong}
    if report_year and context.reviews_year_so_far:
        ctx.frame, ctx.frame_year = "review", report_year  # progress_report: a review of the year so far
    blocks = list(context.blocks)
    frames = _list_frames(text, blocks, report_year)
    tables = find_text_tables(text)  # rule text_table
    tables_read: set[int] = set()
    lead_read = False  # news_subject_year: whether the first body paragraph (the lead) has been read
    for block, ctx in read_apart(blocks, ctx):  # a page's title and captions: news of its date
        if block.kind in READ_APART:
            # read_apart: no heading of the body frames a caption printed after it (its copy of
            # the state has no sections; a plan sub-headline made a photo's facts goals)
            ctx.sections = []
            ctx.caption = block.kind == CAPTION_BLOCK  # caption_fact: its copy of the state knows it reads a caption
            # (its copy holds the subject year of the document's own title, never one a news lead set)
        ctx.paragraph, ctx.sub_period = Anchor(), ""
        ctx.example_left = max(0, ctx.example_left - 1) if block.kind != "heading" else 0
        if block.start in level1_starts:
            ctx.last_past_year = None  # a new part of the document
            ctx.plan_year, ctx.plan_year_pos = None, -1
        elif ctx.genre == "news" and block.kind != "heading":
            # in news a past year dates its paragraph and the next few (2021年，…。\n双方…200多名
            # 工程师进驻), then the story tells of now unless it names a time again
            ctx.past_year_left -= 1
            news = lexicon()["frames"]["news_fact"]
            if ctx.past_year_left < 0 or not (ctx.past_year_scene
                                              or lexicon_match(news["continuation_pattern"], block.text.lstrip())):
                # news_paragraph_continues: a year that dated figures of its own (2025年，工坊开展
                # 研学活动26场次) dates no later paragraph unless it continues (其中…, 同年…); a year
                # that sets a scene (2021年，车企…面临转型压力。) dates the next paragraph's story
                ctx.last_past_year = None
            if ctx.period_scene and lexicon_match(news["run_in_heading_pattern"], block.text.lstrip()):
                # news_run_in_heading: 基建向智。建成… opens a new topic as a sub-headline does; the
                # month that set the scene of an anecdote above (今年2月，…一艘巨轮…) does not date
                # it (a period that dated figures of its own, 3月份，物价上涨0.7%, still does)
                ctx.last_period = ""
            if _YEAR_SPAN.fullmatch(ctx.last_period) and not lexicon_match(news["continuation_pattern"], block.text.lstrip()):
                # news_span_paragraph: a span of years leading a news paragraph (“十四五”以来，自给率
                # 保持在80%以上) covers that paragraph; the next ones tell of now unless they continue it
                ctx.last_period = ""
        if block.start in section_starts or (ctx.doc_period and not ctx.doc_frame):
            # headline_period: under a headline that names the months (3月份…指数为50.2%), a
            # period another paragraph names (今年1—3月…) holds for that paragraph only
            ctx.last_period = ""
        if block.start in plan_starts:
            # a plan heading ends a review part; under a review of the year so far, one that
            # names work done (一、积极落实重点工作: rule work_done_heading) does not
            ctx.work_done_part = bool(ctx.frame_year) and names_work_done(block.text)
            if not ctx.work_done_part:
                ctx.frame, ctx.frame_year = "", None
        paragraph_led = False
        is_lead = ctx.genre == "news" and not lead_read and block.kind not in READ_APART \
            and block.kind != "heading" and bool(block.text.strip())
        lead_read = lead_read or is_lead
        # a layout heading gives context, not figures (a sub-headline repeats its body);
        # numbered lines (1. 全省生产总值增长5%。) may be both heading and figure
        # rule heading_item_sentence: a numbered line that is a whole sentence with a figure
        # (2.粮食产量稳定在50万吨以上。) is a list item, not a heading
        block_text = text[block.start:block.end]
        is_heading = block.kind == "heading" and not (lexicon_search(lexicon()["heading_body"], block_text)
                                                      or lexicon_search(lexicon()["heading_item_sentence"], block_text))
        first_sentence = True
        for sent in _join_number_headlines(text, split_sentences(text, block.start, block.end)):
            times = _outside_dateline(sent, [_shift(t, sent.start) for t in find_time_expressions(sent.text, report_year)])
            if ctx.genre == "news" and report_year:
                ctx.story_day = _dateline_day(sent.text, report_year) or ctx.story_day
                times = sorted(times + _bare_days(sent, ctx.story_day or _iso_day(ctx.today), times),
                               key=lambda t: t.start)
            times = _next_year(sent, times, ctx.last_past_year)
            anchors = _sentence_anchors(text, sent, times, ctx)
            asides = _review_subperiods(times, ctx, sent.start)
            if asides:
                anchors = [(p, _as_aside(a, asides[p]) if p in asides else a) for p, a in anchors]
            for t in times:
                if t.kind == "period" and t.period and not _YEAR_ONLY.fullmatch(t.period) and t.start not in asides:
                    ctx.sub_period = t.period  # 今年一季度，…: the part of the year the paragraph is about
            if first_sentence and not is_heading:
                first_sentence = False
                frame = _paragraph_frame(sent.text, anchors, sent.start, report_year)
                if report_year and opens_so_far_this_year(sent.text):
                    # so_far_this_year: 今年以来，… reviews the report year until a plan cue
                    frame, ctx.frame_year = "review", report_year
                elif ctx.frame_year and names_work_done(sent.text):
                    frame = "review"  # work_done_heading: 一、积极落实重点工作。… reports that work
                elif frame is not None:
                    ctx.frame_year = None
                if frame is None and (role := context.role_at(block.start)[0]):
                    frame = "review" if role == "review" else PLAN_ROLE_FRAME  # the context's section role (extract.roles)
                if frame is not None:
                    ctx.frame = frame
                if frame != "review" and _opens_this_years_plan(sent.text, report_year, frame == ""):
                    ctx.plan_year, ctx.plan_year_pos = report_year, block.start
                if _opens_example(sent.text):
                    ctx.example_left = lexicon()["example_frame"]["max_paragraphs"]
                elif ctx.example_left and _ends_example(sent.text):
                    ctx.example_left = 0
                if not ctx.example_left and _plan_lead(sent.text):
                    ctx.paragraph = Anchor("target")
            figures = [] if is_heading else _sentence_figures(text, sent, times, ctx.genre)
            cited = cited_report_year(sent.text, report_year) if ctx.genre == "news" and figures else None
            if cited is not None:
                # news_cited_report: 《…年度报告（2025）》显示：… -- the report's year dates its figures
                # here and next, and is the subject year of the article's later undated figures
                carry_released(ctx, cited, str(cited))
                ctx.subject_period = ctx.subject_period or str(cited)
            if tables:
                # text_table: a table's numbers are read by column (tables.py), not as sentences
                figures = [p for p in figures if not any(t.start <= p.num.start < t.end for t in tables)]
                for t in tables:
                    if t.start < sent.end and sent.start < t.end and id(t) not in tables_read:
                        tables_read.add(id(t))
                        _table_rows(text, t, ctx, frames, region_id, region_mentions, stats, targets)
            if figures:
                for p in figures:
                    decision = _decide(sent, p.num.start, p.num.end, anchors, ctx, _present_fact(text, sent, p),
                                       _frame_at(frames, p.num.start))
                    if p.item and len(decision.items) == p.item[1]:
                        # 7、8、9月份…分别为A、B和C: each value has its own month
                        decision = replace(decision, period=decision.items[p.item[0]])
                    elif quarter := quarters_respectively(p.item, text[sent.start:p.num.start], decision.period):
                        decision = replace(decision, period=quarter)  # 四个季度…分别为A、B、C和D
                    final = final_decision(text, sent, p, decision, figures, ctx.genre, report_year, context)
                    if final is None:
                        continue  # change_base: the old level of a parameter is no fact
                    decision, p = final
                    for part in (_target_range_bounds(p) if decision.role == "target" else [p]):
                        row = _finding(text, sent, part, decision, region_id, region_mentions, ctx.genre)
                        if isinstance(row, TargetFinding):
                            targets.append(row)
                        elif row is not None:
                            rule = decision.decided_by.split()[-1] if decision.decided_by else ""
                            # rounded_headline: an undated headline figure may round a dated body figure
                            stats.append((row, "headline" if block.kind == TITLE_BLOCK and rule in _UNDATED_IN_HEADLINE
                                          else rule))
            # only a time that leads the sentence or its figures carries on to the
            # next sentences: 第二是2019年下行周期性力量 inside a remark does not
            first = min((p.num.start for p in figures), default=None)
            leading = _chain_ends(text, [(a_pos, a) for a_pos, a in anchors if a.carry and _leads(text, sent, a_pos, first)],
                                  anchors)
            if leading and not paragraph_led:
                # the period leading a paragraph (前三季度，…) holds for the next
                # paragraphs of the section until another paragraph or a year leads
                paragraph_led = True
                a = leading[0][1]
                if ctx.genre == "news" and _YEAR_MONTH.fullmatch(a.period or "") and a.year \
                        and report_year and a.year < report_year:
                    # news_dated_month: a month of a past year (2025年8月，…正式上市) dates an
                    # event, not the later paragraphs; its year carries as a past year does
                    ctx.last_past_year = a.year
                    ctx.past_year_left = lexicon()["frames"]["news_fact"]["year_carry_paragraphs"]
                    ctx.past_year_scene = not figures
                elif a.role == "stat" and a.period and not a.items and not a.review_word:
                    ctx.last_period = a.period if not _YEAR_ONLY.fullmatch(a.period) else ""
                    ctx.period_scene = not figures
            if ctx.genre == "news" and report_year and any(a.role == "stat" and a.period == str(report_year)
                                                           for _, a in leading):
                ctx.last_past_year = None  # news_now: 如今，…; 经过多年发展，…: the story has come to now
            if ctx.genre == "news" and ctx.subject_period and subject_year_ends(text, sent, block, leading, report_year):
                ctx.subject_period = ""
            # news_subject_own_year: in news a year standing after its sentence's subject (某工坊…，2024年
            # 销售额突破400万元) dates that subject's figures only, not the next sentence's (another subject)
            _update_paragraph(ctx, sent, leading if ctx.genre != "news" else
                              [(p, a) for p, a in leading if _opens_sentence(sent, p)], bool(figures))
            if ctx.genre == "news" and sent.start == first_sentence_start(text, block):
                dated = _dated_paragraph(text, sent, anchors, report_year)
                if dated is not None:
                    ctx.paragraph = dated
            if not figures and any(w in sent.text for w in lexicon()["start_event_words"]):
                # 2018年初…；同年12月…试点工作正式启动: the year the work started does not
                # date the results reported later (…11个城市历时2年多的探索 is a fact of now):
                # results since a start are cumulative, of the report year (README)
                ctx.last_past_year, ctx.last_period = report_year, ""
                continue
            released = released_year(sent.text, report_year) if ctx.genre == "news" and (is_lead or not figures) else None
            if released is not None and is_lead:
                # news_subject_year: a lead presenting a past year's data makes the article a report of it
                ctx.subject_period, ctx.released_year = released[1], released[0]
            if released is not None and not figures:
                # news_released_year: 某部门公布2025年成绩单。 dates the figures told next
                carry_released(ctx, *released)
            for t in times:
                if t.kind == "year" and (chain := from_to_chain(text, t.start - 1)) is not None:
                    # from_to_chain: 从2024年的A增长到2029年的B goes on from the end year
                    t = TimeExpr(t.start, t.end, t.text, "year", int(chain[1]), chain[1])
                if t.kind == "year" and (not report_year or t.year < report_year) and \
                        not _is_comparison_year(text, t) and not _object_year(text, t) and \
                        not _starts_stretch(text, t) and \
                        not text.startswith("以来", t.end) and _leads(text, sent, t.start, first) and \
                        (ctx.genre != "news" or _opens_sentence(sent, t.start)):  # news_subject_own_year
                    ctx.last_past_year, ctx.last_period = t.year, ""
                    ctx.past_year_left = lexicon()["frames"]["news_fact"]["year_carry_paragraphs"]
                    ctx.past_year_scene = not figures
    return _restated_figures(text, _restated_amounts(stats)), targets


def _chain_ends(text: str, leading: list[tuple[int, Anchor]],
                anchors: list[tuple[int, Anchor]]) -> list[tuple[int, Anchor]]:
    """Rule from_to_chain: a leading start year of a change told from one year to another
    (全省生产总值从2024年的300亿元增长到2029年的420亿元) hands the carry to the end year: the next
    sentences of the paragraph (公路里程达到900公里) go on from where the change arrives.

    >>> t = "产值从2019年的3万亿元增长到2024年的4万亿元。"
    >>> a, b = Anchor("stat", 2019, "2019"), Anchor("stat", 2024, "2024")
    >>> [x.period for _, x in _chain_ends(t, [(3, a)], [(3, a), (16, b)])]
    ['2024']
    """
    out = []
    for pos, a in leading:
        chain = from_to_chain(text, pos - 1) if pos > 0 else None
        end = next((e for e in anchors if chain and chain[2] - 1 <= e[0] <= chain[2]), None)  # 2024年 or 到2024年
        out.append(end if end is not None else (pos, a))
    return out


def _annual_review_year(ctx: Context, pos: int) -> int | None:
    """The past year an annual review looks back on at ``pos`` (rule review_subperiod): the year of
    the review heading around it (2025年工作回顾), else the year before the report's in a part
    opened by 过去一年; None in news, data releases and communiqués (whose months are the text's
    own subject, corpus README periods), in plan parts and in reviews of the year so far. In a
    news report of a past year's data (rule news_subject_year) it is that year: 自二季度开始，… in
    a report of 2025 tells of 2025's second quarter."""
    if ctx.genre == "news" and ctx.subject_period:
        return int(ctx.subject_period[:4])
    if not ctx.report_year or ctx.genre == "news" or ctx.doc_frame or ctx.doc_period or ctx.communique_year:
        return None
    tense, year, _ = section_at(ctx.sections, pos)
    if tense == "review" and year and year < ctx.report_year:
        return year
    if tense != "plan" and ctx.frame == "review" and not ctx.frame_year:
        return ctx.report_year - 1
    return None


def _review_subperiods(times: list[TimeExpr], ctx: Context, pos: int) -> dict[int, int]:
    """Rule review_subperiod: {start: year} of the sub-year periods written without a year
    (前三季度, 上半年, 1—10月) in a sentence of an annual review. A work report reviewing 2025
    that says 前三季度，…全市第一 tells of 2025's first three quarters (not the report year's), and
    the phrase is an aside of that sentence: the next sentences and paragraphs report the whole
    reviewed year again (the period does not carry). A period with its own year (2025年上半年,
    今年前三季度) keeps it.

    Rule ``review_subperiod_own_year``: a sub-year period that names the reviewed year itself (去年
    一季度, 2025年上半年 in the review of 2025) is an aside of its sentence all the same: 去年一季度
    开局平稳，… tells of one quarter, and the year's measures and figures after it are the
    whole year's.

    >>> from policydata.recognize.sections import Section
    >>> ctx = Context(2026, "", [Section(0, 100, "review", 2025, 1)])
    >>> t = "去年一季度开局平稳，上半年增长5%，2026年一季度增长6%。"
    >>> sorted(_review_subperiods(_shift_all(find_time_expressions(t, 2026), 10), ctx, 10).values())
    [2025, 2025]
    """
    if not any(t.kind == "period" for t in times):
        return {}
    year = _annual_review_year(ctx, pos)
    if year is None:
        return {}
    year_words = [w for w in time_lexicon()["relative_years"] if not w.startswith("_")]  # 今年, 上年…
    return {t.start: year for t in times
            if t.kind == "period" and t.period and not _YEAR_ONLY.fullmatch(t.period)
            and ((t.year == ctx.report_year and not re.search(r"(?:19|20)\d{2}", t.text)
                  and not any(w in t.text for w in year_words))
                 # review_subperiod_own_year: 去年一季度 in the review of 去年; in news a month with
                 # its own year (公布了2025年12月…情况。当月，…) is the period the story tells of
                 or (t.year == year and ctx.genre != "news"))}


def _shift_all(times: list[TimeExpr], offset: int) -> list[TimeExpr]:
    """``times`` moved by ``offset`` (:func:`_shift` of each)."""
    return [_shift(t, offset) for t in times]


def _as_aside(a: Anchor, year: int) -> Anchor:
    """The anchor of a review_subperiod: its months in the reviewed year, for its own sentence only."""
    return replace(a, year=year, period=_shift_period(a.period, year),
                   items=tuple(_shift_period(i, year) for i in a.items), carry=False, aside=True)


def _dated_paragraph(text: str, sent: Span, anchors: list[tuple[int, Anchor]],
                     report_year: int | None) -> Anchor | None:
    """Rule ``news_dated_paragraph``: in news, a day that opens a paragraph (3月26日，某博览会
    举行。…展位超过1500个) dates the event the paragraph tells: its month is the period of the
    paragraph's later figures (corpus README: a dated fact uses its date). A release day (4月2日，
    …发布) dates the release, not the data; a day of a later year dates nothing here.

    >>> def dated(t):
    ...     s = Span(0, t.index("。") + 1, t[:t.index("。") + 1])
    ...     anchors = [(x.start, _anchor_of(x, t, 2026)) for x in find_time_expressions(s.text, 2026)]
    ...     found = _dated_paragraph(t, s, [(p, a) for p, a in anchors if a is not None], 2026)
    ...     return found.period if found else None
    >>> [dated(t) for t in ("3月26日，某博览会举行。展位超过1500个。", "某地于3月26日举行博览会。展位1500个。",
    ...                      "4月2日，某协会发布数据显示，指数为50.2%。", "2025年9月16日，某车企宣布交付80万台。",
    ...                      "4月2日，记者从某局获悉：全省新增企业3万家。")]
    ['2026-03', None, None, '2025-09', None]

    After a dateline (商报济南消息 3月5日，…; 本报讯（记者 张明）3月5日，…) the day still opens
    the paragraph (rule ``source_dateline``).

    >>> [dated(t) for t in ("本报讯（记者 张明）3月5日，某市举办招聘会。岗位2000个。", "晚报杭州消息 3月5日，某市举办招聘会。")]
    ['2026-03', '2026-03']
    """
    lead = sent.start + _dateline_end(sent.text)
    body = Span(lead, sent.end, text[lead:sent.end])
    clock = _local_time().match(body.text) if _local_time() else None
    opening = lead + (clock.end() if clock else 0)  # local_time_day: 当地时间3月10日，…
    first_clause = re.search(r"[，,；;。！？]", body.text)
    for pos, a in anchors:
        if not a.event_month or a.release_day:
            continue
        # dateline_lead_day: under a dateline the day may stand anywhere in the lead's first
        # clause (…书展10日在伦敦开幕，吸引…): it tells when the reported event happened
        in_lead = lead > sent.start and first_clause is not None and 0 <= pos - lead < first_clause.start()
        if not in_lead and (not _leads(text, body, pos, None) or pos - opening > 1):
            continue
        year = int(a.event_month[:4])
        if report_year and year > report_year:
            return None
        return Anchor("stat", year, a.event_month)
    return None


def _join_number_headlines(text: str, sentences: list[Span]) -> list[Span]:
    """4.9%！三季度GDP同比增速放缓: a sentence that is only a number is the headline
    form that names its indicator after it; join it to the next sentence.

    >>> t = "4.9%！三季度GDP同比增速放缓，结构优化"
    >>> [s.text for s in _join_number_headlines(t, [Span(0, 5, "4.9%！"), Span(5, len(t), t[5:])])]
    ['4.9%！三季度GDP同比增速放缓，结构优化']
    """
    out: list[Span] = []
    i = 0
    while i < len(sentences):
        s = sentences[i]
        if i + 1 < len(sentences) and lexicon_fullmatch(lexicon()["number_headline"], s.text.strip()):
            nxt = sentences[i + 1]
            out.append(Span(s.start, nxt.end, text[s.start:nxt.end]))
            i += 2
            continue
        out.append(s)
        i += 1
    return out


def _opens_sentence(sent: Span, pos: int) -> bool:
    """Whether a time word at ``pos`` opens its sentence (2025年，…; 同年3月，…): at most
    ``lead_time_max_offset`` characters before it, as :func:`_leads` reads an opening.

    A lead that ends in a dash or a colon (某委公布成绩单——规模增大，“十四五”时期…) opens a sentence of its own.

    >>> t = "某工坊联动主播推广农产品，2024年销售额突破400万元。"
    >>> _opens_sentence(Span(0, len(t), t), t.index("2024")), _opens_sentence(Span(0, 9, "2024年，产值增长5%。"), 0)
    (False, True)
    >>> t = "某委公布2025年成绩单——规模增大，2025年资产总额增长5%。"
    >>> _opens_sentence(Span(0, len(t), t), t.rindex("2025"))
    True

    After a dateline and a clause naming the source of the data (据某署统计，; 记者从某局获悉，) too.

    >>> t = "本报上海2月3日电（记者 张明）据某分署统计，2025年，某区进出口9万亿元。"
    >>> _opens_sentence(Span(0, len(t), t), t.index("2025"))
    True
    """
    opening = re.split(r"——|[：:]", sent.text[_dateline_end(sent.text):pos - sent.start])[-1].strip(" ，,、：:（(")
    while m := lexicon_match(lexicon()["frames"]["news_fact"]["source_lead_pattern"], opening):
        opening = opening[m.end():].strip(" ，,、：:（(")  # 据海关统计，…: a source, no subject of its own
    return len(opening) <= lexicon()["lead_time_max_offset"]


def _leads(text: str, sent: Span, pos: int, first_figure: int | None) -> bool:
    """Whether a time word at pos sets the time of what follows: it opens the sentence
    (2025年，全市…) or comes before the sentence's first figure, and is not inside a
    quoted remark (“…”).

    >>> t = "他认为一是基数提高，二是2019年下行周期性力量的回归。"
    >>> _leads(t, Span(0, len(t), t), t.index("2019"), None)
    False
    >>> t = "2025年，全市地区生产总值增长5%。"
    >>> _leads(t, Span(0, len(t), t), 0, 16)
    True
    """
    rel = pos - sent.start
    if inside_brackets(text, pos, pos + 1, "“", "”", 200):
        return False
    opening = sent.text[:rel].strip(" ，,、：:（(")
    if len(opening) <= lexicon()["lead_time_max_offset"]:
        return True
    return first_figure is not None and pos < first_figure


@lru_cache(maxsize=1)
def _local_time() -> re.Pattern | None:
    """当地时间 and the other words of time.json ``local_time_words`` (rule local_time_day), compiled once."""
    words = time_lexicon()["local_time_words"]
    return re.compile("|".join(map(re.escape, words))) if words else None


def _shift(t: TimeExpr, offset: int) -> TimeExpr:
    """``t`` moved by ``offset`` (dataclasses.replace, written out: it is called per expression)."""
    return TimeExpr(t.start + offset, t.end + offset, t.text, t.kind, t.year, t.period, t.first_year, t.items)


def _sentence_figures(text: str, sent: Span, times: list[TimeExpr], genre: str = "") -> list[Phrase]:
    # rank_change: 再进两位 in a ranking is a rank moved, not two people; multi_rank: 双第一
    moves = _rank_changes(text, sent) + _multi_ranks(text, sent)
    nums = [n for n in _numbers(text, sent) if is_figure(text, n, times, genre)
            and not any(m.start < n.end and n.start < m.end for m in moves)]
    ranks = [r for r in _ranks(text, sent) + moves if not any(r.start < n.end and n.start < r.end for n in nums)]
    nums = sorted(nums + ranks, key=lambda n: (n.start, n.end))
    return _range_bounds(text, _distribute(text, _phrases(text, sent, nums, times), times))


def _table_rows(text: str, table: TextTable, ctx: Context, frames, region_id: str,
                mentions: list[RegionMention], stats: list, targets: list) -> None:
    """Rule ``text_table``: each numeric cell of a text table is a figure quoted by its row's line;
    statistic or target and its period are decided as for a figure of a sentence with no time word
    of its own (the paragraph, section and document decide: a communiqué's table is of its year)."""
    for c in table.cells:
        row = Span(c.row_start, c.row_end, text[c.row_start:c.row_end])
        decision = _decide(row, c.start, c.end, [], ctx, False, _frame_at(frames, c.start))
        ids = {m.region_id for m in mentions if c.row_start <= m.start and m.end <= c.row_end and m.region_id}
        region = ids.pop() if len(ids) == 1 else region_id
        why = " ".join(w for w in ("text_table", f"frame:{decision.rule}" if decision.rule else "") if w)
        if decision.role == "target":
            targets.append(TargetFinding(c.row_start, c.row_end, c.indicator, "=", c.value, c.unit, decision.year,
                                         region, c.raw, None, "", None, direction=c.direction, why=why,
                                         decided_by=f"text_table {decision.decided_by}".strip()))
        else:
            rule = decision.decided_by.split()[-1] if decision.decided_by else ""
            stats.append((StatisticFinding(c.row_start, c.row_end, c.indicator, c.kind, c.value, c.unit, "exact",
                                           decision.period, region, c.raw, direction=c.direction, why=why,
                                           decided_by=f"text_table {decision.decided_by}".strip()), rule))


def _term_years(text: str, n, unit: str) -> bool:
    """Rule ``term_years``: 给予五年奖励, 再延长三十年: how long a rule runs, no target year.

    >>> from policydata.extract.figures.numbers import Num
    >>> t = "到期后再延长三十年，2027年建成公园3年"
    >>> [_term_years(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, "年"), "年") for x in ("三十年", "3年")]
    [True, False]
    """
    return unit == "年" and lexicon_search(lexicon()["frames"]["term_years"]["before"],
                                      text[max(0, n.start - 4):n.start]) is not None


def _finding(text: str, sent: Span, p: Phrase, decision: Anchor, region_id: str,
             mentions: list[RegionMention], genre: str = ""):
    unit = _unit(text, p, genre)
    if unit is None:
        return None
    n = p.num
    start, end = p.start, max(p.end, p.start + 1)
    region = _region(p, mentions, region_id)
    comparator, qualifier = _comparator(text, p)
    if decision.rule == "compared_goal":
        # 低于5.5%的控制目标: the comparison word relates the fact to the goal, not the goal to its value
        comparator = "~" if "左右" in n.text or text.startswith("左右", n.end) else "="
    kind = _kind(p, unit, text[n.end:n.end + 8])
    way, way_rule = direction(text, p) if kind == "growth" or _absolute_change(p, unit) else ("", "")
    if decision.role == "target" and not way and direction(text, p)[1] == "down_word":
        # declining_target: 贫困人口减少10万人, 浓度下降到30微克 -- a goal on a declining indicator (README)
        way, way_rule = "down", "declining_target"
    why = " ".join(w for w in (f"frame:{decision.rule}" if decision.rule else "",
                               f"direction:{way_rule}" if way_rule else "") if w)
    if decision.role == "target":
        year = None if _term_years(text, n, unit) else decision.year
        return TargetFinding(start, end, p.indicator, comparator, n.value, unit, year,
                             region, n.text, n.value_max, p.scope, _base_year(text, sent, n.start),
                             direction=way, why=why, decided_by=decision.decided_by)
    return StatisticFinding(start, end, p.indicator, kind, n.value, unit, _statistic_qualifier(qualifier),
                            decision.period, region, n.text, direction=way, why=why, decided_by=decision.decided_by)
