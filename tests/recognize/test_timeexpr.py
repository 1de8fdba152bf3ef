"""Tests for policydata.recognize.timeexpr: years, periods, deadlines, plan periods, report year."""
from __future__ import annotations

import pytest

from policydata.recognize.timeexpr import find_time_expressions, infer_report_year, plan_years, small_number


def kinds(text, report_year=2026):
    return [(t.kind, t.year, t.period) for t in find_time_expressions(text, report_year)]


@pytest.mark.parametrize("text, expected", [
    ("到2035年每个乡镇和村", ("deadline", 2035)),
    ("2030年前实现碳达峰", ("deadline", 2030)),
    ("力争在2025年底前完成", ("deadline", 2025)),
    ("到2020年，林产品加工业", ("deadline", 2020)),
])
def test_deadlines(text, expected):
    assert kinds(text)[0][:2] == expected


@pytest.mark.parametrize("text, year, period", [
    ("“十五五”时期", 2030, "2026/2030"),
    ("“十四五”期间", 2025, "2021/2025"),
    ("十五五", 2030, "2026/2030"),
    ("第十五个五年规划", 2030, "2026/2030"),
    ("“十三五”末", 2020, "2016/2020"),
])
def test_plan_periods(text, year, period):
    assert kinds(text) == [("plan_period", year, period)]


def test_plan_years_formula():
    assert plan_years(14) == (2021, 2025)
    assert plan_years(15) == (2026, 2030)
    assert plan_years(13) == (2016, 2020)


@pytest.mark.parametrize("text, period", [
    ("前三季度", "2021-01/2021-09"),
    ("2021年前三季度", "2021-01/2021-09"),
    ("三季度", "2021Q3"),
    ("上半年", "2021-01/2021-06"),
    ("1-9月", "2021-01/2021-09"),
    ("1—9月", "2021-01/2021-09"),
    ("1至9月", "2021-01/2021-09"),
    ("2021年9月", "2021-09"),
    ("前10个月", "2021-01/2021-10"),
    ("截至9月末", "2021-09"),
    ("截至2020年底", "2020"),
])
def test_periods(text, period):
    assert [t.period for t in find_time_expressions(text, 2021)] == [period]


def test_year_before_a_period_belongs_to_it():
    found = find_time_expressions("2020年前三季度，全国", 2021)
    assert [(t.text, t.period) for t in found] == [("2020年前三季度", "2020-01/2020-09")]


@pytest.mark.parametrize("text, kind, year", [
    ("今年", "relative", 2024),
    ("上年", "relative", 2023),
    ("去年", "relative", 2023),
    ("明年", "relative", 2025),
    ("截至目前", "present", 2024),
    ("全年", "review", None),
    ("过去一年", "review", None),
])
def test_relative_words(text, kind, year):
    assert [(t.kind, t.year) for t in find_time_expressions(text, 2024)] == [(kind, year)]


def test_relative_words_without_report_year_have_no_year():
    assert [t.year for t in find_time_expressions("今年", None)] == [None]


def test_plain_year_and_offsets():
    text = "2025年，规上服务业小微企业营业收入同比增长7.3%"
    [t] = find_time_expressions(text, 2026)
    assert (t.kind, t.year, text[t.start:t.end]) == ("year", 2025, "2025年")


def test_not_time():
    assert kinds("三五成群") == []
    assert kinds("十九大") == []
    assert kinds("2049万平方米") == []
    assert kinds("连续16年") == []


def test_odd_input_never_raises():
    for text in ["", "年", "到年", "十五", "\n\n", "月月月", "前个月", "9-1月"]:
        find_time_expressions(text, None)
        find_time_expressions(text, 2020)


def test_infer_report_year_from_date():
    assert infer_report_year("2035年", "2024-03-05") == 2024


def test_infer_report_year_ignores_deadlines():
    assert infer_report_year("2026年工信部将…到2035年建成") == 2026


def test_infer_report_year_after_a_reviewed_year():
    assert infer_report_year("市商务局有关负责人通报2025年全市商贸流通发展成效") == 2026
    assert infer_report_year("一、2023年工作回顾") == 2024


def test_infer_report_year_unknown():
    assert infer_report_year("没有年份") is None
    assert infer_report_year("") is None
    assert infer_report_year("“十五五”时期") == 2026


def test_small_number():
    assert small_number("十五") == 15
    assert small_number("二十") == 20
    assert small_number("14") == 14
    assert small_number("abc") is None


# --------------------------------------------------------- month/quarter lists, start years


@pytest.mark.parametrize("text, period, items", [
    ("4、5、6三个月", "2021-04/2021-06", ("2021-04", "2021-05", "2021-06")),
    ("10、11、12月份", "2021-10/2021-12", ("2021-10", "2021-11", "2021-12")),
    ("一、二季度", "2021-01/2021-06", ("2021Q1", "2021Q2")),
])
def test_listed_months_and_quarters_give_one_period_each(text, period, items):
    found = find_time_expressions(text, 2021)
    assert [(t.text, t.period, t.items) for t in found] == [(text, period, items)]


@pytest.mark.parametrize("text, period", [
    ("6月份", "2021-06"),
    ("11月", "2021-11"),
    ("下半年", "2021-07/2021-12"),
    ("二季度", "2021Q2"),
])
def test_month_without_year_is_in_the_report_year(text, period):
    assert [t.period for t in find_time_expressions(text, 2021)] == [period]


def test_dates_are_not_months():
    # a day date is an event (kind event_day), not a monthly period; figures decides
    # whether its month is the period of a figure (only inside a sub-year period)
    assert [(t.kind, t.period) for t in find_time_expressions("10月18日发布", 2021)] == [
        ("event_day", "2021-10")]
    assert [t.kind for t in find_time_expressions("2026年1月21日", 2026)] == ["year"]


@pytest.mark.parametrize("text", ["自2020年开始", "从2020年起", "2020年起"])
def test_start_years(text):
    assert kinds(text, 2020) == [("start", 2020, "2020")]


# ---------------------------------------------------------------------------- sections


def _article(*lines):
    from policydata.document import Article, Block
    text = "\n".join(lines)
    blocks, pos = [], 0
    for line in lines:
        blocks.append(Block("body", pos, pos + len(line), line))
        pos += len(line) + 1
    return Article(1, "", text, blocks)


def test_find_sections_review_then_plan():
    from policydata.recognize.sections import find_sections, section_at
    art = _article("一、2025年工作回顾", "新建基站3万个。", "二、2026年重点工作", "（一）加快发展新兴产业", "新建基站2万个。")
    secs = find_sections(art, 2026)
    assert [(s.tense, s.year, s.level) for s in secs] == [
        ("review", 2025, 1), ("plan", 2026, 1), ("plan", None, 2)]
    assert secs[0].end == secs[1].start and secs[1].end == len(art.text) and secs[2].end == len(art.text)
    assert not secs[2].strong  # the tense comes only from the opening verb
    assert section_at(secs, art.text.index("新建基站3"))[:2] == ("review", 2025)
    assert section_at(secs, art.text.index("新建基站2"))[:2] == ("plan", 2026)


def test_news_heading_reporting_an_achievement_is_review():
    from policydata.recognize.sections import heading_tense
    assert heading_tense("焦点三：新增就业人数完成全年目标任务88.5%", 4, 2022)[0] == "review"
    assert heading_tense("亮点一：上半年工业增加值同比增长6.7%", 4, 2022)[0] == "review"
    assert heading_tense("二、2026年主要目标任务", 1, 2026)[0] == "plan"
    assert heading_tense("力争全年经济增长5%左右", 4, 2026)[0] == "plan"


def test_numbered_sentence_with_a_figure_is_no_tense_heading():
    """Rule heading_item_sentence: 1.…增长6%左右。 is a list item; the part it stands in keeps its tense."""
    from policydata.recognize.sections import find_sections, section_at
    art = _article("二、2026年主要目标", "1.全镇财政收入增长6%左右。", "2.新建村级公园4个。", "（三）推进乡村建设")
    secs = find_sections(art, 2026)
    assert [(s.tense, s.year, s.level) for s in secs][:3] == [("plan", 2026, 1), ("neutral", None, 3), ("neutral", None, 3)]
    assert section_at(secs, art.text.index("财政收入"))[:2] == ("plan", 2026)


@pytest.mark.parametrize("text", ["", "\n\n", "一、", "（一）\n1.", "一、2025年工作回顾", "十五五"])
def test_find_sections_reads_odd_articles_without_raising(text):
    """Odd but valid articles give sections or none; a wrong type raises (the pipeline decides)."""
    from policydata.recognize.sections import find_sections
    assert isinstance(find_sections(_article(text)), list)


@pytest.mark.parametrize("text", ["三个月来", "五年来", "近两年来"])
def test_spans_up_to_now(text):
    assert [(t.text, t.kind, t.year) for t in find_time_expressions(text, 2024)] == [(text, "span", None)]


def test_first_two_months_with_liang():
    assert [t.period for t in find_time_expressions("前两个月", 2024)] == ["2024-01/2024-02"]


# ---------------------------------------------- list markers are not plans (issue 4, round 3)


@pytest.mark.parametrize("text", ["（十五）加强监管", "(十五)降低费率", "十五、强化考核", "九五成群"])
def test_list_markers_are_not_plan_periods(text):
    assert [t for t in find_time_expressions(text, 2019) if t.kind == "plan_period"] == []


@pytest.mark.parametrize("text, period", [("“十五五”时期", "2026/2030"), ("十五五时期", "2026/2030"),
                                          ("“十五”计划", "2001/2005"), ("十四五规划", "2021/2025")])
def test_plan_periods_still_read(text, period):
    assert [t.period for t in find_time_expressions(text, 2026) if t.kind == "plan_period"] == [period]


def test_communique_is_reported_the_year_after():
    assert infer_report_year("2023年某县国民经济和社会发展统计公报\n全年实现生产总值80亿元。") == 2024


def test_period_without_a_known_year_is_still_a_period():
    found = find_time_expressions("今年前三季度，原煤产量7.33亿吨", None)
    assert [(t.text, t.kind, t.year, t.period) for t in found if t.kind == "period"] == \
        [("前三季度", "period", None, "")]
    with_year = find_time_expressions("前三季度，原煤产量7.33亿吨", 2021)
    assert [t.period for t in with_year] == ["2021-01/2021-09"]


def test_report_year_of_a_text_without_any_year_is_unknown():
    # 3月5日…政府工作报告 names no year: nothing in the text can give it
    assert infer_report_year("3月5日下午，国务院新闻办公室举行吹风会，解读《政府工作报告》。") is None


def test_enclosing_sections_outermost_first():
    from policydata.recognize.sections import Section, enclosing_sections
    secs = [Section(0, 60, "review", 2025, 1), Section(10, 30, "plan", None, 2),
            Section(30, 60, "plan", None, 2), Section(40, 60, "neutral", None, 3)]
    assert [s.start for s in enclosing_sections(secs, 45)] == [0, 30, 40]
    assert [s.start for s in enclosing_sections(secs, 20)] == [0, 10]
    assert enclosing_sections([], 5) == []


@pytest.mark.parametrize("text,kind,year,period", [
    ("“十四五”收官之年", "year", 2025, "2025"),
    ("“十五五”开局之年", "year", 2026, "2026"),
    ("“十四五”规划收官之年", "year", 2025, "2025"),
    ("“十四五”时期", "plan_period", 2025, "2021/2025"),
    ("“十四五”以来", "plan_period", 2025, "2021/2025"),
])
def test_a_plan_year_name_is_one_year(text, kind, year, period):
    t = find_time_expressions(text, 2026)[0]
    assert (t.kind, t.year, t.period) == (kind, year, period)


@pytest.mark.parametrize("text,period", [("今年5月，培训班开班", "2026-05"), ("去年12月，方案印发", "2025-12")])
def test_a_month_of_a_relative_year(text, period):
    t = find_time_expressions(text, 2026)[0]
    assert (t.kind, t.period) == ("period", period)


@pytest.mark.parametrize("text,period", [
    ("去年四季度增长5%", "2025Q4"),
    ("今年前三季度", "2026-01/2026-09"),
    ("上年1-9月", "2025-01/2025-09"),
])
def test_a_period_of_a_relative_year(text, period):
    t = find_time_expressions(text, 2026)[0]
    assert (t.kind, t.period) == ("period", period)


@pytest.mark.parametrize("text, expected", [
    # years_ago: N年前 counts back from the report year
    ("三年前，他回到家乡", [("relative", 2023, "2023")]),
    ("就在一年多以前，路灯还经常损坏", [("relative", 2025, "2025")]),
    ("两年之前的冬天", [("relative", 2024, "2024")]),
    # a written year before 前 is a deadline, and 前三季度 keeps its own reading
    ("2035年前建成", [("deadline", 2035, "2035")]),
    # 3年前后 is about three years, no year
    ("力争用3年前后时间完成", []),
])
def test_years_ago(text, expected):
    assert kinds(text) == expected


def test_years_ago_number_is_no_figure():
    from policydata.pipeline import parse_text
    rows = parse_text("本报南京5月8日电（记者 王明）就在两年多以前，村里的6座桥还是危桥。", date="2026-05-09")
    assert [(float(r["value"]), r["unit"], r["period"]) for r in rows["statistics"]] == [(6.0, "座", "2024")]


@pytest.mark.parametrize("text,years", [
    # rule event_edition_year: a year without 年 right before 第N届 is the year of that edition
    ("2024第三届茶叶博览会吸引客商5万人次", [2024]),
    ("第三届茶叶博览会吸引客商5万人次", []),
    ("共有2024家企业参展", []),
])
def test_event_edition_year(text, years):
    assert [t.year for t in find_time_expressions(text, 2026) if t.kind == "year"] == years


# ---- spaced_date (r17): dates a PDF converter spaced out ----------------------------------------

@pytest.mark.parametrize("text, want", [
    ("截至 2024 年 6 月底，累计发放贷款", [("截至 2024 年 6 月底", "cutoff", "2024-06")]),
    ("2023 年 1—9 月，全省", [("2023 年 1—9 月", "period", "2023-01/2023-09")]),
    ("2023 年，全县", [("2023 年", "year", "2023")]),
])
def test_spaced_dates_are_read_as_written_unspaced(text, want):
    assert [(t.text, t.kind, t.period) for t in find_time_expressions(text, 2024)] == want
