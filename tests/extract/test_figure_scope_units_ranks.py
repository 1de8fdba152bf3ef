"""Figure meaning on unseen texts: period scope, units, ranks, table rows (corpus README: periods,
units, ranks). One table per named rule (input -> expected); every sentence is written for the
construction, not taken from a document:

- review_subperiod: in an annual review a sub-year phrase without a year (前三季度, 上半年) dates
  its own sentence only, in the year reviewed; a data release and a news report keep their months;
- from_base_year: 由上年的X变化为/优化为Y -- X is the year before's (two-character change verbs);
- ahead_duration / shifted_duration: 提前6个月 is how far a schedule moved (a level), not the
  first six months of the year;
- preliminary_estimate: 预计 in a review of a past year gives that year's first estimate;
- units: 个千分点 (like 个百分点, a growth), measure words 朵, 枚, 颗, 粒, 首;
- multi_rank / rank_change: 双第一 is two rank-1 results; 再进三位 in a ranking is a rank moved;
- table_title_indicator: a table of 生产总值 whose columns name no measure lists its parts' 增加值.
"""
from __future__ import annotations

import pytest

from conftest import article_of_lines
from policydata.extract.context import build_context
from policydata.extract.figures import extract_figures
from policydata.extract.figures.tables import find_text_tables

REPORT = "政府工作报告（摘要）\n（2026年1月12日在甲区人民代表大会上）\n一、2025年主要工作回顾\n"


def rows(text: str, date: str, title: str = "") -> list[tuple]:
    """(table, value, unit, kind, period or target year, quote) of every figure of a text."""
    art = article_of_lines(text, title)
    ctx = build_context(art, given_date=date, date=date, on_page=False)
    stats, targets = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    out = [("stat", s.value, s.unit, s.kind, s.period, art.text[s.start:s.end]) for s in stats]
    return out + [("target", t.value, t.unit, "", t.target_year, art.text[t.start:t.end]) for t in targets]


def by_value(text: str, date: str, title: str = "") -> dict:
    return {r[1]: r for r in rows(text, date, title)}


# ---- review_subperiod --------------------------------------------------------------------------

@pytest.mark.parametrize("text, date, want", [
    # the months are those of the year reviewed, and only the sentence that names them
    (REPORT + "过去一年，全区生产总值增长5.1%。前三季度，两项考核得分位列全市第一。全区新增企业300家。\n"
     "——开放扩大。引进外资项目40个。", "2026-01-12",
     {5.1: "2025", 1.0: "2025-01/2025-09", 300.0: "2025", 40.0: "2025"}),
    (REPORT + "上半年，全区税收增长8%；全年新增市场主体2万户。", "2026-01-12", {8.0: "2025-01/2025-06", 20000.0: "2025"}),
    # a period that names its year keeps it
    (REPORT + "今年1—2月，全区进出口增长3%。", "2026-03-12", {3.0: "2026-01/2026-02"}),
    # a news report of data: the months lead the paragraph and its later sentences
    ("本报北京10月14日电  前三季度，全省进出口总额达1200亿元。其中，出口增长5%。", "2026-10-14",
     {1.2e11: "2026-01/2026-09", 5.0: "2026-01/2026-09"}),
    # a data release of the months: they hold throughout
    ("甲市2025年前三季度经济运行情况\n前三季度，全市生产总值增长5.3%。\n规上工业产值增长6%。", "2025-10-20",
     {5.3: "2025-01/2025-09", 6.0: "2025-01/2025-09"}),
])
def test_review_subperiod(text, date, want):
    got = by_value(text, date)
    assert {v: got[v][4] for v in want} == want


# ---- from_base_year with a two-character change verb -------------------------------------------

@pytest.mark.parametrize("verb", ["变化为", "优化为", "调整为"])
def test_from_base_year_two_character_verbs(verb):
    text = f"全年地区生产总值120亿元。全县产业结构由上年的20.1:30.2:49.7{verb}19.5:31.0:49.5，其中工业占比18.8%。"
    got = by_value(text, "2022-03-20", title="2021年甲县统计公报")
    assert [got[v][4] for v in (20.1, 30.2, 49.7)] == ["2020"] * 3
    assert [got[v][4] for v in (19.5, 31.0, 49.5)] == ["2021"] * 3


# ---- ahead_duration / shifted_duration ---------------------------------------------------------

def test_ahead_of_schedule_is_no_time_frame():
    text = "本报北京1月14日电  “十四五”时期，全省提前6个月完成了规划提出的5000亿美元引资目标。"
    got = by_value(text, "2026-01-14")
    assert got[6.0][1:5] == (6.0, "个月", "level", "2021/2025")
    assert got[5e11][0] == "stat" and got[5e11][4] == "2021/2025"


@pytest.mark.parametrize("text, date, value, kind, period", [
    (REPORT + "地铁2号线提前45天建成通车。", "2026-01-12", 45.0, "level", "2025"),
    (REPORT + "新医院工期缩短3个月。", "2026-01-12", 3.0, "level", "2025"),
    # the first months of the year are still a period
    ("本报北京7月14日电  今年前6个月，全省进出口总额达1200亿元。", "2026-07-14", 1.2e11, "level", "2026-01/2026-06"),
])
def test_shifted_duration(text, date, value, kind, period):
    got = by_value(text, date)[value]
    assert (got[3], got[4]) == (kind, period)


# ---- preliminary_estimate ----------------------------------------------------------------------

@pytest.mark.parametrize("text, value, want", [
    (REPORT + "2025年，各项工作取得新进展。根据初步核算结果，预计全区生产总值突破800亿元，同口径增长5.5%。",
     8e10, ("stat", "2025")),
    (REPORT + "过去一年，预计全年地区生产总值突破800亿元。", 8e10, ("stat", "2025")),
    # in a plan part 预计 still looks ahead
    ("政府工作报告\n二、2026年主要目标\n预计全年地区生产总值突破900亿元。", 9e10, ("target", 2026)),
])
def test_preliminary_estimate(text, value, want):
    got = by_value(text, "2026-01-12")[value]
    assert (got[0], got[4]) == want


# ---- units -------------------------------------------------------------------------------------

def test_per_mille_points_are_growth():
    text = "全年人口出生率为8.1‰，比上年减少1.2个千分点；死亡率为6.0‰，增加0.3千分点。"
    got = by_value(text, "2022-03-20", title="2021年甲县统计公报")
    assert got[1.2][2:4] == ("个千分点", "growth")
    assert got[0.3][2:4] == ("个千分点", "growth")
    assert got[8.1][2:4] == ("‰", "share")


@pytest.mark.parametrize("sentence, value, unit", [
    ("园中新开了3朵月季。", 3.0, "朵"),
    ("代表队共获得金牌25枚。", 25.0, "枚"),
    ("全年成功发射卫星4颗。", 4.0, "颗"),
    ("每户发放良种300粒。", 300.0, "粒"),
    ("创作原创歌曲20首。", 20.0, "首"),
    # r17: the measure-word table completed (起, 届, 把, 尾, 幅, 门, 顶 ...)
    ("全年处置各类险情26起。", 26.0, "起"),
    ("该赛事已连续举办7届。", 7.0, "届"),
    ("向水库投放鱼苗12万尾。", 120000.0, "尾"),
    ("美术馆展出书画作品150幅。", 150.0, "幅"),
])
def test_general_measure_words(sentence, value, unit):
    got = by_value(REPORT + sentence, "2026-01-12")[value]
    assert (got[2], got[3]) == (unit, "count")


def test_measure_word_idioms_are_no_figures():
    assert rows(REPORT + "一首一尾，一朵朵鲜花开满山坡。", "2026-01-12") == []


# ---- multi_rank / rank_change ------------------------------------------------------------------

def test_ranks_double_first_and_places_moved():
    text = REPORT + "两项考核指标获得全省“双第一”。全区排名全国百强区第15位，较上年再进三位。全区又引进两位院士。"
    got = rows(text, "2026-01-12")
    ranks = [(r[1], r[2], r[3]) for r in got if r[3] == "rank"]
    assert ranks == [(1.0, "", "rank"), (1.0, "", "rank"), (15.0, "", "rank"), (3.0, "", "rank")]
    assert [(r[1], r[2]) for r in got if r[3] == "count"] == [(2.0, "人")]


# ---- table_title_indicator ---------------------------------------------------------------------

def test_table_title_names_the_rows_measure():
    text = ("2025年全县生产总值及增长速度\n指标\n绝对数(亿元)\n比上年增长(%)\n生产总值\n80.5\n5.1\n"
            "其中:第二产业\n30.2\n6.0\n服务业\n41.0\n4.8\n全年经济平稳。")
    assert [c.indicator for c in find_text_tables(text)[0].cells] == [
        "生产总值", "生产总值增长", "第二产业增加值", "第二产业增加值增长", "服务业增加值", "服务业增加值增长"]
    plain = text.replace("2025年全县生产总值及增长速度", "全县主要指标")
    assert [c.indicator for c in find_text_tables(plain)[0].cells][2] == "第二产业"


# ---- closing_scope_rank (r17) --------------------------------------------------------------------

def test_scope_rank_closing_its_clause_without_a_lead_verb():
    text = REPORT + "新落地项目数量全县第一。甲镇获评全省第二批示范镇。"
    got = rows(text, "2026-01-12")
    ranks = [(r[1], r[2]) for r in got if r[1] in (1.0, 2.0)]
    assert ranks == [(1.0, "")]


# ---- indicator_unit (r17) ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit", [
    ("线上展览累计浏览人次超300万。", 3000000.0, "人次"),
    ("景区全年接待游客人次突破80万。", 800000.0, "人次"),
    ("消防队全年出动次数达420。", 420.0, "次"),
])
def test_unit_written_before_the_number(sentence, value, unit):
    got = by_value(REPORT + sentence, "2026-01-12")[value]
    assert (got[2], got[3]) == (unit, "count")


def test_users_are_no_households():
    got = by_value(REPORT + "平台活跃用户数达到350万。", "2026-01-12")
    assert got[3500000.0][2] == "人"


# rise_to_level: the value a change word leads to (提升至…的40%) is the share reached, not a change
@pytest.mark.parametrize("text, want", [
    ("去年，全市研发人员占比由2020年的12.5%大幅提升至2025年的18.3%。", ["share", "share"]),
    ("去年，全市绿色建筑比例提高到76%，节能率提高5个百分点。", ["share", "growth"]),
])
def test_rise_to_level(text, want):
    assert [r[3] for r in rows(text, "2026-02-10") if r[0] == "stat"] == want
