"""The period a day date or a worked example gives a figure: the day's month inside the sub-year
period of its context (rules ``release_day``, ``news_dated_fact``), else its year; an example's
own time, else the period leading its paragraph, else the report year. Read by :mod:`.decide`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .anchors import Anchor
from .context import Context


def _worked_example_period(time: Anchor | None, ctx: Context) -> str:
    """The period of a figure in an example (举个例子：某地…, 比如外贸韧性。一季度…): its own
    time word, else the sub-year period leading its paragraph (一季度，…。其中…
    增长14.2%), else the report year.

    >>> ctx = Context(2026, "", [], paragraph=Anchor("stat", 2026, "2026Q1"))
    >>> _worked_example_period(None, ctx), _worked_example_period(None, Context(2020, "", []))
    ('2026Q1', '2020')
    >>> _worked_example_period(Anchor("stat", 2025, "2025-03"), ctx)
    '2025-03'
    """
    if time is not None and time.role == "stat" and time.period:
        return time.period
    if ctx.paragraph.role == "stat" and ctx.paragraph.period:
        return ctx.paragraph.period
    return str(ctx.report_year) if ctx.report_year else ""


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
    >>> _event_time(Anchor("", 2026, "", event_month="2026-04", release_day=True), Context(2026, "", [],
    ...             doc_period="2026-03")).period
    '2026-03'
    >>> news = Context(2026, "", [], genre="news")
    >>> _event_time(Anchor("", 2025, "", event_month="2025-10"), news).period
    '2025-10'
    """
    context = ctx.sub_period or ctx.paragraph.period or ctx.last_period or ctx.doc_period
    if _month_within(time.event_month, context):
        return replace(time, role="stat", period=time.event_month)
    if time.release_day and context and not re.fullmatch(r"\d{4}", context):
        # release_day: 4月2日，中物联发布…景气指数为50.2% reports the months of its headline (3月份)
        return replace(time, role="stat", period=context, year=None)
    if ctx.genre == "news" and time.year and (not ctx.report_year or time.year <= ctx.report_year):
        # news_dated_fact: in a news report a dated fact uses its date (2025年10月28日，…
        # 累计交付量突破100万台 -> 2025-10; corpus README, periods)
        return replace(time, role="stat", period=time.event_month, year=None)
    # in a report (not a plan) a dated day is a past event: what happened that day is a fact
    role = time.role or ("" if ctx.prior == "plan" else "stat")  # a past year's date stays a fact
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
