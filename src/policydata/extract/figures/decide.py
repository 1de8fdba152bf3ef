"""Statistic or target for one figure, with its period or target year (:func:`_decide`)."""
from __future__ import annotations

import re
from dataclasses import replace

from ...document import Span
from ...recognize.timeexpr import section_at
from .anchors import Anchor
from .context import Context, _led_by_past_year, _year_section_start
from .cues import _clause_sets_goal, _cue_role, _explicit_target_cue
from .findings import lexicon
from .frames import Frame, _done_action, _modal_clause, _standing_fact


def _decide(sentence: Span, pos: int, anchors: list[tuple[int, Anchor]], ctx: Context,
            present: bool = False, frame: Frame | None = None) -> Anchor:
    """Statistic or target, with year or period, for a figure at pos (article offset).

    ``present``: the figure is stated as a present fact (:func:`_present_fact`); unless a
    time word says otherwise it is a statistic of the report year, even in a plan part."""
    rel = pos - sentence.start
    time = None
    before = [a for p, a in anchors if p <= pos and not
              (a.local and re.search(r"[，,；;]", sentence.text[p - sentence.start:rel]))]
    if before:
        time = before[-1]
    else:
        time = next((a for p, a in anchors if p > pos or not a.local), None)
    if time is not None and time.event_month:
        time = _event_time(time, ctx)
    tense, section_year, strong_mode = section_at(ctx.sections, pos)
    mode = "" if tense == "neutral" else tense
    # time words decide first, then a heading that says review or plan in so many
    # words (累计/争取 in a plan section are plans), then cue words, then context
    role = time.role if time and time.role else ""
    if ctx.example_left and role != "target":
        # a worked example's amounts illustrate a rule: facts of the report year
        result = Anchor("stat")
        result.period = (time.period if time and time.role == "stat" and time.period
                         else str(ctx.report_year) if ctx.report_year else "")
        return result
    if re.search(lexicon()["achievement_pattern"], sentence.text[max(0, rel - 24):rel]):
        role = "stat"  # 完成全年目标的95.0%: progress against a goal is a past fact
    rule_name = ""
    if role != "stat" and not present:
        # the frame rules (FRAME_RULES) come before headings and review parts
        if frame is not None:
            role, rule_name = frame.role, frame.rule
        elif _modal_clause(sentence, rel):
            role, rule_name = "target", "modal_clause"
        elif mode != "plan" and not (time and time.role) and _done_action(sentence, rel):
            role, rule_name = "stat", "done_action"
    if not role and _led_by_past_year(ctx):
        role = "stat"  # 从2021年完成情况来看，…其中…: the paragraph's own past year beats the heading
    if not role and present:
        result = Anchor("stat")
        result.period = str(ctx.report_year) if ctx.report_year else ""
        if ctx.report_year and (mode == "review" or (not mode and ctx.frame == "review")):
            # 6600多万纳税人受益 in a review part: a fact of the year under review
            result.period = str(section_year if mode == "review" and section_year
                                and section_year < ctx.report_year else ctx.report_year - 1)
        return result
    if not role and strong_mode:
        role = "target" if mode == "plan" else "stat"
    if not role and mode != "plan" and "review" in (ctx.frame, ctx.doc_frame):
        # a review part or a data report: 达到/实现/突破 report facts there; only an
        # explicit cue (力争, 预期目标, 目标是) before the figure sets a goal
        role = "target" if _explicit_target_cue(sentence.text[:rel]) else "stat"
    if not role and _clause_sets_goal(sentence, rel):
        role = "target"  # 预期增长目标6%左右, 可降至16%: a goal, a rule or a forecast
    if not role:
        role = _cue_role(sentence.text, rel, "strong")
    if not role and time and time.lean:
        role = time.lean
    if not role and time and not time.role and time.year and time.year == ctx.plan_year:
        role = "target"  # a text about this year's plan: 深圳2022年…增长5% looks ahead
    if not role and ctx.paragraph.role:
        role = ctx.paragraph.role
    if not role and mode:
        role = "target" if mode == "plan" else "stat"
    if not role:
        role = _cue_role(sentence.text, rel, "weak")
    if not role:
        role = "target" if ctx.prior == "plan" else "stat"
    result = Anchor(role, rule=rule_name)
    if mode == "review" and section_year and (not ctx.report_year or section_year < ctx.report_year):
        review_year = section_year
    else:
        review_year = ctx.last_past_year or ctx.doc_year or (ctx.report_year - 1 if ctx.report_year else None)
    if role == "target":
        if time and time.role != "stat" and time.year:
            result.year = time.year
        elif frame is not None and frame.year:
            result.year = frame.year  # 到2030年，主要目标是：…: the list's lead dates every item
        elif time and time.review_word and ctx.report_year and not (mode == "plan" and section_year):
            result.year = ctx.report_year  # 确保全年粮食产量…: this year's goal
        elif ctx.paragraph.role == "target" and ctx.paragraph.year:
            result.year = ctx.paragraph.year
        elif not ctx.paragraph.role and ctx.paragraph.year and ctx.report_year \
                and ctx.paragraph.year >= ctx.report_year:
            result.year = ctx.paragraph.year  # 2024年…预期目标5%左右。这个目标高于…4.5%…
        elif ctx.plan_year and ctx.plan_year_pos > _year_section_start(ctx.sections, pos):
            # tasks after the 今年…预期目标 paragraph are this year's, whatever plan
            # period the part's heading names
            result.year = ctx.plan_year
        elif mode == "plan" and section_year:
            result.year = section_year
        elif mode == "plan" and ctx.report_year and section_year is None and time and time.year:
            result.year = time.year
        else:  # a numbered item without a year of its own under 2026年…实事
            result.year = next((s.year for s in reversed(ctx.sections)
                                if s.start <= pos and s.year and s.tense == "plan"), None)
        if result.year is None and ctx.horizon:
            result.year, result.rule = ctx.horizon, result.rule or "plan_horizon"
        return result
    own_time = any(p <= pos for p, _ in anchors)  # a time word of its own sentence before it
    if time and time.period and time.role != "target" and own_time:
        result.period = time.period
        result.items = time.items
    elif rule_name == "done_action" or _standing_fact(sentence, rel, own_time):
        # 累计服务超1500个团队, 已建成36个平台: of the reporting year, not of an earlier sentence's time
        result.rule = rule_name or "standing_fact"
        reviewing = mode == "review" or "review" in (ctx.frame, ctx.doc_frame)
        result.period = str(review_year if reviewing and review_year else ctx.report_year or "")
    elif time and time.period and time.role != "target":
        result.period = time.period
        result.items = time.items
    elif time and time.review_word:
        result.period = str(review_year) if review_year else ""
    elif ctx.paragraph.role == "stat" and ctx.paragraph.period:
        result.period = ctx.paragraph.period
        result.items = ctx.paragraph.items
    elif ctx.last_period:
        result.period = ctx.last_period
    elif mode == "review" and section_year and (not ctx.report_year or section_year < ctx.report_year):
        result.period = str(section_year)  # (a plan year of an enclosing title is not reviewed)
    elif ctx.doc_period:
        result.period = ctx.doc_period  # a data report of 1-2月: its months throughout
    elif ctx.last_past_year:
        result.period = str(ctx.last_past_year)
    elif ctx.doc_year:
        result.period = str(ctx.doc_year)
    elif ctx.report_year:
        # a review part (过去一年…) of a report looks back at the year before it
        looks_back = mode == "review" or (not mode and ctx.frame == "review")
        result.period = str(ctx.report_year - 1 if looks_back else ctx.report_year)
    return result


def _event_time(time: Anchor, ctx: Context) -> Anchor:
    """The time a day date (2月13日) gives a figure: its month when the context is a
    sub-year period that holds that month (一季度…2月13日…发现4人 -> 2022-02);
    otherwise the day dates an event of the year (12月15日…会同17个部门 -> 2021),
    and it never sets a target year.

    >>> ctx = Context(2022, "", [], paragraph=Anchor("stat", 2022, "2022Q1"))
    >>> _event_time(Anchor("", 2022, "", event_month="2022-02"), ctx).period
    '2022-02'
    >>> _event_time(Anchor("", 2022, "", event_month="2022-04"), ctx).period
    '2022'
    """
    context = ctx.sub_period or ctx.paragraph.period or ctx.last_period or ctx.doc_period
    if _month_within(time.event_month, context):
        return replace(time, role="stat", period=time.event_month)
    # in a report (not a plan) a dated day is a past event: what happened that day is a fact
    role = "" if ctx.prior == "plan" else "stat"
    return replace(time, role=role, period=str(time.year) if time.year else "", year=None)


def _month_within(month: str, period: str) -> bool:
    """'2022-02' inside '2022Q1' or '2022-01/2022-03'; a whole year does not count."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", month)
    if not m or not period:
        return False
    year, mon = int(m.group(1)), int(m.group(2))
    q = re.fullmatch(r"(\d{4})Q([1-4])", period)
    if q:
        return int(q.group(1)) == year and 3 * int(q.group(2)) - 2 <= mon <= 3 * int(q.group(2))
    r = re.fullmatch(r"(\d{4})-(\d{2})(?:/(\d{4})-(\d{2}))?", period)
    if r:
        lo = (int(r.group(1)), int(r.group(2)))
        hi = (int(r.group(3)), int(r.group(4))) if r.group(3) else lo
        return lo <= (year, mon) <= hi
    return False
