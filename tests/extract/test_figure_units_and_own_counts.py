"""Figures whose unit or count the lexicons had no word for, and counts a text makes of its own
indicators (round 20): each named rule with small sentences of its own, run through the whole pipeline."""
import pytest

from policydata.pipeline import parse_text

PLAN = "某省“十五五”规划纲要\n二、主要目标\n"
NEWS = "本报北京3月10日电（记者 张明）"


def _rows(text, date="2026-03-10"):
    tables = parse_text(text, date=date)
    return [(float(r["value"]), r["unit"] or "") for name in ("statistics", "targets") for r in tables[name]]


# rule, text, (value, unit) that must be a figure
FIGURES = [
    # place_tally: N市M县 tallies the places a thing covers, after a modifier too
    ("place_tally", NEWS + "引水工程全面通水，惠及省北4市19县的群众。", (4.0, "市")),
    ("place_tally", NEWS + "引水工程全面通水，惠及省北4市19县的群众。", (19.0, "县")),
    # latin compute units (quantities.json latin_units)
    ("compute_units", NEWS + "全国智能算力规模达到900EFLOPS。", (900.0, "EFLOPS")),
    ("compute_units", NEWS + "该平台可提供超300P算力。", (300.0, "P")),
    # indicator_age / duration_keep_before: the level an indicator of years or age reaches
    ("indicator_age", PLAN + "到2030年，人均预期寿命提高到81岁。", (81.0, "岁")),
    ("indicator_years", PLAN + "到2030年，新增劳动力平均受教育年限提高到14.5年。", (14.5, "年")),
]


@pytest.mark.parametrize("rule,text,want", FIGURES, ids=[c[0] for c in FIGURES])
def test_figure_is_read(rule, text, want):
    assert want in _rows(text)


# rule, text, (value, unit) that is no figure
NOT_FIGURES = [
    # place_tally does not lift city_count: a modifier before N市 alone names a group of places
    ("city_count", NEWS + "沿江7市联合开展巡查。", (7.0, "市")),
    # counts_own_measures: the indicators a plan (or the plan a story reports on) sets out are its own enumeration
    ("own_indicators", NEWS + "纲要围绕创新驱动提出4项指标。", (4.0, "项")),
    ("own_indicators", NEWS + "某规划细化提出18项主要指标，其中约束性指标6项。", (18.0, "项")),
    # word_after: a number before 国道/省道 names a road
    ("road_number", PLAN + "推动205国道改线工程开工。", (205.0, "")),
    ("road_number", PLAN + "推动205国道改线工程开工。", (205.0, "国")),
    # bounded_latin_unit: P is a unit of computing power only before 算力; 1080P is a video resolution
    ("compute_units", NEWS + "全市新装1080P高清摄像头2000个。", (1080.0, "P")),
    ("compute_units", NEWS + "全市新装1080P高清摄像头2000个。", (1080.0, "")),
    # person_age still drops a bracket
    ("person_age", PLAN + "为65岁以上老人免费体检。", (65.0, "岁")),
]


@pytest.mark.parametrize("rule,text,unwanted", NOT_FIGURES, ids=[c[0] for c in NOT_FIGURES])
def test_no_figure(rule, text, unwanted):
    assert unwanted not in _rows(text)


# rule news_subject_own_year: in news a year standing after its sentence's subject dates that
# subject's figures only; a year opening the sentence (after a dateline or a source clause) carries on
@pytest.mark.parametrize("text, value, period", [
    (NEWS + "某镇培育特色工坊。\n甲工坊联动主播推广农产品，2025年销售额突破300万元。乙工坊在500余亩茶园发展茶旅，带动农户人均增收1万元。",
     1e4, "2026"),
    (NEWS + "某镇培育特色工坊。\n甲工坊联动主播推广农产品，2025年销售额突破300万元。乙工坊在500余亩茶园发展茶旅，带动农户人均增收1万元。",
     3e6, "2025"),
    ("本报上海2月3日电（记者 张明）据某分署统计，2025年，某区进出口9万亿元。其中，出口5万亿元。", 5e12, "2025"),
])
def test_news_year_binds_its_own_subject(text, value, period):
    tables = parse_text(text, date="2026-02-04")
    rows = [r for r in tables["statistics"] if float(r["value"]) == value]
    assert rows and {r["period"] for r in rows} == {period}
