"""Figures on unseen documents (issue 10 item 3): counts of time units that are time references
(time_counts.py: frequency_interval, averaging_window, year_quarters), ranks by scope
(scope_rank), a stretch since a day (since_year_span), the year of streaks and size ranks
(period_scope.py: streak_count, status_rank) and harvest / throughput as output (output_quantity).
Each case is a sentence of our own run through the whole pipeline."""
import pytest

from policydata.pipeline import parse_text

NEWS = "本报北京7月12日电（记者 李华）"
DATE = "2026-07-12"


def stats(text):
    return parse_text(text, date=DATE)["statistics"]


@pytest.mark.parametrize("text,not_values", [
    # frequency_interval: how often, not how much
    (NEWS + "该奖项每两年评选一次，今年共有12部作品获奖。", {2.0}),
    (NEWS + "平台每3个月更新一次名录，今年已收录企业60家。", {3.0}),
    # averaging_window: the window an average is taken over
    (NEWS + "本次油价按调价前10个工作日的平均价格计算，每吨上调120元。", {10.0}),
    # year_quarters: the four quarters of one year
    (NEWS + "去年指数均值为51.2%，四个季度均值稳步回升。", {4.0}),
])
def test_time_reference_counts_are_no_figures(text, not_values):
    tables = parse_text(text, date=DATE)
    values = {float(r["value"]) for name in ("statistics", "targets") for r in tables[name]}
    assert values and not values & not_values


def test_a_streak_of_quarters_is_a_count_of_the_year():
    """streak_count: 连续N个季度 under a half-year report is of the year, unit 个季度."""
    rows = [r for r in stats(NEWS + "上半年，全省出口增长9%，已连续7个季度保持增长。") if float(r["value"]) == 7.0]
    assert [(r["unit"], r["kind"], r["period"]) for r in rows] == [("个季度", "count", "2026")]


def test_a_rank_by_size_is_of_the_year_and_a_measured_rank_keeps_its_period():
    """status_rank: 第二大 + noun is a standing status; 增速居全国第3位 ranks the half year's growth."""
    rows = stats(NEWS + "上半年，某省进出口增长12%，增速居全国第3位。作为全国第二大外贸省份，某省市场广阔。")
    ranks = {float(r["value"]): r["period"] for r in rows if r["kind"] == "rank"}
    assert ranks == {3.0: "2026-01/2026-06", 2.0: "2026"}


def test_scope_rank():
    """scope_rank: 全国第N个 / 西部第一个 are ranks with an empty unit; 第二个五年 is no figure."""
    rows = stats(NEWS + "去年，该省成为全国第五个、西部第一个生产总值过5万亿元的省份。")
    assert sorted((float(r["value"]), r["unit"] or "", r["kind"]) for r in rows if r["kind"] == "rank") == [
        (1.0, "", "rank"), (5.0, "", "rank")]
    assert [r["qualifier"] for r in rows if r["unit"] == "元"] == ["more_than"]


def test_a_stretch_since_a_day_is_a_running_total_of_now():
    """since_year_span: 自某年某月某日…以来 (an event named in full) opens a stretch to now."""
    rows = stats(NEWS + "自2015年6月18日全省跨境电商综合试验区正式设立以来，累计进出口额3200亿元。")
    assert [(float(r["value"]), r["period"]) for r in rows] == [(3.2e11, "2026")]


@pytest.mark.parametrize("text,value,want", [
    (NEWS + "去年，全县生猪屠宰加工量达到45万头。", 4.5e5, ("头", "level")),
    (NEWS + "去年，林场毛竹采伐320万根。", 3.2e6, ("根", "level")),
    (NEWS + "去年，全县生猪出栏45万头。", 4.5e5, ("头", "count")),
])
def test_harvest_and_throughput_are_output(text, value, want):
    rows = [r for r in stats(text) if float(r["value"]) == value]
    assert [(r["unit"], r["kind"]) for r in rows] == [want]
