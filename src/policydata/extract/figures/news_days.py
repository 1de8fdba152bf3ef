"""The days and years a news story's sentences add to their time words, before the figures are
dated: the dateline's own date (rule ``dateline_date``: it dates no figure), the dateline's day
(rule ``news_bare_day``: 10日 is a day of the story's month) and 次年 after the past year the
story last named (rule ``narrative_next_year``). Called per sentence by the walk (:mod:`.walk`).
"""
from __future__ import annotations

import re

from .context import _dateline_end
from .findings import lexicon, time_rules
from ...document import Span
from ...recognize.timeexpr import TimeExpr, find_time_expressions  # noqa: F401 (doctests)
from ...text.regex_starts import lexicon_finditer, lexicon_match


def _next_year(sent: Span, times: list[TimeExpr], last_past_year: int | None) -> list[TimeExpr]:
    """Rule ``narrative_next_year``: 次年，… (翌年, 第二年) opening a sentence names the year after
    the past year the story last named; it is added to the sentence's time words as that year.

    >>> t = "次年，她在200亩坡地上种起了茶树。"
    >>> [(x.text, x.year) for x in _next_year(Span(10, 10 + len(t), t), [], 2012)]
    [('次年', 2013)]
    >>> [(x.text, x.start) for x in _next_year(Span(0, 9, "“第二年，他返乡。"), [], 2012)]
    [('第二年', 1)]
    >>> _next_year(Span(0, len(t), t), [], None), _next_year(Span(0, 6, "他次年返乡。"), [], 2012)
    ([], [])
    """
    m = lexicon_match(lexicon()["frames"]["news_fact"]["next_year_pattern"], sent.text)
    if m is None or last_past_year is None:
        return times
    year = last_past_year + 1
    word = m.group().lstrip("“\"")  # 次年, 翌年 or 第二年, after an opening quote
    start = sent.start + m.end() - len(word)
    return [TimeExpr(start, start + len(word), word, "year", year, str(year))] + times


def _dateline_day(sentence: str, report_year: int) -> tuple[int, int, int] | None:
    """(year, month, day) of the dateline opening ``sentence`` (本报伦敦3月11日电 -> (2026, 3, 11)),
    None without a dated dateline (rule ``news_bare_day``).

    >>> _dateline_day("本报伦敦3月11日电  （记者王五）书展10日开幕。", 2026), _dateline_day("本报讯 书展开幕。", 2026)
    ((2026, 3, 11), None)
    """
    m = lexicon_match(time_rules()["genres"]["dateline_pattern"], sentence)
    d = re.search(r"(\d{1,2})月(\d{1,2})日", m.group()) if m else None
    return (report_year, int(d.group(1)), int(d.group(2))) if d else None


def _iso_day(date: str) -> tuple[int, int, int] | None:
    """(year, month, day) of an ISO date ('2026-03-12'), None if it is not one."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", date or "")
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _bare_days(sent: Span, story_day: tuple[int, int, int] | None, times: list[TimeExpr]) -> list[TimeExpr]:
    """Rule ``news_bare_day``: a day without its month in news (书展10日在伦敦开幕) is an event day
    of the month of ``story_day`` (the dateline's date, else the publication date), of the month
    before when it is later than that day; a day inside another time word is left alone
    (lexicon time.json ``bare_day_pattern``).

    >>> t = "本报伦敦3月11日电  书展10日在伦敦开幕，30日内办结，28日起施行。"
    >>> [(x.text, x.period) for x in _bare_days(Span(0, len(t), t), (2026, 3, 11), [])]
    [('10日', '2026-03'), ('28日', '2026-02')]
    """
    if story_day is None:
        return []
    found = []
    start = _dateline_end(sent.text)
    for m in lexicon_finditer(time_rules()["bare_day_pattern"], sent.text):
        if m.start() < start or any(t.start <= sent.start + m.start() < t.end for t in times):
            continue
        year, month, day = story_day
        if int(m.group("d")) > day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        found.append(TimeExpr(sent.start + m.start(), sent.start + m.end(), m.group(), "event_day", year,
                              f"{year}-{month:02d}"))
    return found


def _outside_dateline(sent: Span, times: list[TimeExpr]) -> list[TimeExpr]:
    """Rule ``dateline_date``: the date of a news dateline (本报合肥6月10日电) tells when the
    report was filed, not when the facts of the sentence it opens happened nor that they are
    past: it dates no figure (the publication date already gives the report year).

    >>> t = "本报合肥6月10日电（记者 李明）该镇计划建设6家车间。"
    >>> [x.text for x in _outside_dateline(Span(0, len(t), t), find_time_expressions(t, 2026))]
    []
    >>> t = "6月10日，该镇建成6家车间。"
    >>> [x.text for x in _outside_dateline(Span(0, len(t), t), find_time_expressions(t, 2026))]
    ['6月10日']
    """
    m = lexicon_match(time_rules()["genres"]["dateline_pattern"], sent.text)
    if m is None:
        return times
    return [t for t in times if t.start >= sent.start + m.end()]
