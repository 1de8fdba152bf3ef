"""Target-year defaults per text type (figures/target_years.py), run through the figure walk.

Rule news_commitment_year: a news goal committed to in its own clause (将/还将/即将) with no
time word of its own is a goal of the year of publication; a forecast (预计, 有望, 可达) keeps no
year. The sentences are made up for the rule, not taken from any document.
"""
from __future__ import annotations

import pytest

from conftest import article_of_lines
from policydata.extract.context import build_context
from policydata.extract.figures import extract_figures

NEWS = "本报合肥6月10日电（记者 李明）\n"  # a dateline: a news report


def targets(text: str, date: str = "2026-06-12") -> list[tuple]:
    """(value, unit, target_year) of every target of a text, in text order."""
    art = article_of_lines(text)
    ctx = build_context(art, given_date=date, date=date)
    _, found = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    return [(t.value, t.unit, t.target_year) for t in sorted(found, key=lambda t: t.start)]


@pytest.mark.parametrize("sentence, expected", [
    # a commitment of the figure's own clause, no time word: the year of publication
    ("入汛以后，合作社将抢收8种早熟瓜果，保障市场供应。", [(8, "种", 2026)]),
    ("会议期间，代表们还将参观4个示范村。", [(4, "个", 2026)]),
    # a time word of its own still decides
    ("到2030年，园区将建成10个数字车间。", [(10, "个", 2030)]),
])
def test_news_commitment_year(sentence, expected):
    assert targets(NEWS + sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a forecast of a firm or a project keeps no year
    "新厂投产后，年产值有望达到6亿元。",
    "经专家估算，新园区年产值预计可达20亿元。",
])
def test_news_forecast_keeps_no_year(sentence):
    assert all(year is None for _, _, year in targets(NEWS + sentence))


@pytest.mark.parametrize("sentence, expected", [
    # rule conditional_yield: what a firm, a project or a policy would yield under the condition
    # its sentence sets is a projection, a target with no year
    ("新规实施后，每户每月可节省电费30元左右。", [(30, "元", None)]),
    ("通过发展冷链物流，全县果品损耗可降低15%。", [(15, "%", None)]),
])
def test_conditional_yield(sentence, expected):
    assert targets(NEWS + sentence) == expected


def test_capacity_without_condition_stays_a_fact():
    assert targets(NEWS + "这种水稻亩产可达1200斤。") == []
