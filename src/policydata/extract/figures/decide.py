"""Statistic or target for one figure, with its period or target year (:func:`_decide`)."""
from __future__ import annotations

import re

from ...document import Span
from ...recognize.sections import section_at
from ...text.segment import clause_bounds
from .anchors import Anchor, _years_of
from .context import Context, _led_by_past_year, _year_section_start
from .cues import _clause_sets_goal, _cue_role, _explicit_target_cue, estimate_cue
from .commitments import (_commitment_carries, _dated_event_before, news_commitment, _news_forecast,
                          _own_clause_commitment, _plan_noun_after)
from .event_time import _event_time, _worked_example_period
from .figure_record import _Figure
from .findings import lexicon, time_rules
from .frames import (Frame, _compared_goal, _condition_threshold, _document_content, _done_action, _modal_clause,
                     _modal_after_figure, _norm_bound, _policy_cap, _policy_grant, quoted_standard)
from .parameters import _goal_frame, _parameter_year, _policy_parameter
from .stretches import _from_base_year, _news_subhead_review, base_year_growth_span, chain_growth_span, span_change_year
from .period_rules import _YEAR, PERIOD_RULES, _first_rule, _reviewed_section
from .projections import conditional_yield
from .target_years import news_commitment_year
from ...text.regex_starts import lexicon_last, lexicon_search

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
    """春节前，我们要把水位升到900米: a goal due within the year is the report year's
    (lexicon time ``deadline_patterns.this_year_pattern``); 5年内 is the coming years' (rule coming_years).
    Any genre: 年内将新增充电桩1万个 in a notice is this year's goal as it is in a news report (every
    year's deadline, 每年年底前, is none).

    >>> from policydata.document import Span
    >>> def year(t, n):
    ...     return _this_year_deadline(_Figure(Span(0, len(t), t), t.index(n), t.index(n),
    ...                                        Context(2026, "", [], genre="news"), None, "", None, False, False, None))
    >>> [year("年底前，要建成公园5个。", "5个"), year("5年内建成公园5个。", "5个"), year("要建成公园5个。", "5个")]
    [2026, None, None]
    """
    if not f.ctx.report_year:
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

def _preliminary_estimate(f: _Figure) -> bool:
    """Rule preliminary_estimate: in a review of a past year (not news, not a plan part, no time word of
    the report year or later), 预计 before the figure in its clause (cues.estimate_cue) is an estimate."""
    if not f.ctx.report_year or f.ctx.genre == "news" or f.mode == "plan" or (f.time and (f.time.year or 0) >= f.ctx.report_year):
        return False
    return (_reviewed_section(f) or (not f.mode and f.ctx.frame == "review" and not f.ctx.frame_year)) \
        and estimate_cue(f.sentence.text[:f.rel])


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
        elif _YEAR.fullmatch(result.period or ""):
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
