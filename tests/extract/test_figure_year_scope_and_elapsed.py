"""Periods by the figure's own time words, and durations that only say how long ago a thing began:
year_review_word (2025年全年 is one time word of that year), own_clause_time_after (a year later in
the figure's own clause dates it; 已… is then no standing fact of the publication year), release_day
for a reporter's source (记者X月X日从某部获悉：… dates the telling, not the data), elapsed_since_event
(开业3个月, 落地1个月) and round_the_clock (24小时开放).

Each rule has cases both ways, as data tables (input -> expected); the sentences are made up for the
rule, not taken from any document.
"""
from __future__ import annotations

import pytest

from conftest import article_of_lines
from policydata.extract.context import build_context
from policydata.extract.figures import extract_figures

NEWS = "本报南京2月3日电（记者 李华）\n"  # a dateline: a news report


def rows(text: str, date: str = "2026-02-04", dateline: str = NEWS) -> list[tuple]:
    """(table, value, unit, period or target year) of every figure, in text order."""
    art = article_of_lines(dateline + text, "")
    ctx = build_context(art, given_date=date, date=date)
    stats, targets = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    out = [(s.start, "stat", s.value, s.unit, s.period) for s in stats] + \
          [(t.start, "target", t.value, t.unit, t.target_year) for t in targets]
    return [r[1:] for r in sorted(out, key=lambda r: r[0])]


@pytest.mark.parametrize("text, expected", [
    # year_review_word: the whole of a named year, for every figure of the sentence
    ("2024年1月，某地发生一起火灾。\n据统计，2025年全年共查处案件800余起，其中重大案件35起。",
     [("stat", 800, "起", "2025"), ("stat", 35, "起", "2025")]),
    # own_clause_time_after: a year later in the clause dates the figure; 已… without one is of now
    ("检查组已完成对12个县的2025年度专项检查。", [("stat", 12, "个", "2025")]),
    ("检查组已完成对12个县的专项检查。", [("stat", 12, "个", "2026")]),
])
def test_year_of_the_figures_own_words(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # release_day: the day the reporter was told dates nothing; the year after the colon does
    ("记者2月2日从省商务厅获悉：2025年，全省外贸增长6%。分方式看，一般贸易增长8%。",
     [("stat", 6, "%", "2025"), ("stat", 8, "%", "2025")]),
])
def test_a_reporters_source_day_dates_the_telling(text, expected):
    assert rows(text, dateline=NEWS.rstrip("\n")) == expected


@pytest.mark.parametrize("text, expected", [
    # elapsed_since_event: how long ago a thing began is the story's time frame, no figure
    ("新店开业3个月，已接待顾客2万人次。", [("stat", 20000, "人次", "2026")]),
    ("新规落地实施1个月，申领人数超过5万人。", [("stat", 50000, "人", "2026")]),
    # a record of running stays a figure
    ("该电站已连续安全运行300天。", [("stat", 300, "天", "2026")]),
    # round_the_clock: 24小时开放 says how a place runs
    ("全市已有40座公园实现24小时开放。", [("stat", 40, "座", "2026")]),
])
def test_elapsed_time_and_round_the_clock(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # since_preposition: 自 + a past year + an event opens a stretch to now, no period of what follows
    ("某公司总经理介绍，公司自2015年落户本市，已完成3次增资，总投资超20亿元。",
     [("stat", 3, "次", "2026"), ("stat", 2000000000, "元", "2026")]),
    # a plain year before the event still dates its clause
    ("某公司2015年落户本市，投资2亿元。", [("stat", 200000000, "元", "2015")]),
])
def test_since_when_without_yilai(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # pair_magnitude: two neighbouring digits before 十/百/千 give an approximate count
    ("车间里有五六十台机器正在运转。", [("stat", 50, "台", "2026")]),
    ("活动吸引了两三百名村民参加。", [("stat", 200, "人", "2026")]),
])
def test_numeral_pairs_of_tens_and_hundreds(text, expected):
    assert rows(text) == expected
