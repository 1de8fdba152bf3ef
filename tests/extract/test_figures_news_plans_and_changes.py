"""Figures of news reports that name a plan or a change (issue 10 / issue 17 Deliver 3):

- ``plan_span_verb`` (lexicon ``frames.modal_clause.pattern``): 计划 right before a span of years
  (计划3年内投资…, 计划5年新建…) is the verb of a plan, so the figure is a target due in the
  report year + N - 1 (``coming_years``); 计划 as a noun (超年度计划28%) stays no cue.
- ``counted_plan_period`` (lexicon ``frames.plan_total.counted_lead``): a plan-period name led by a
  count (据不完全统计，“十四五”时期，…) reports facts over the plan's span, even on a page whose
  date is unknown; without the lead such a name with no report year still looks ahead.
- ``quoted_standard`` (lexicon ``frames.quoted_standard``) with ``charge_noun``
  (``implied_money.charge_words``): quotes around two or more quantified terms joined by 、
  (“2次申报、1天办结、0费用”) state a service standard a body sets -- targets without a year, 0费用
  counted in 元 -- while a quoted name with one number (“3个一批”) holds no figure.
- ``fact_after_commitment`` (decide._news_fact): a commitment in an earlier clause (作为3年资助500名
  学生计划的一部分) does not govern a figure told as now (近日，20名学生开启了行程): a fact.
- ``routine_need`` (lexicon ``frames.modal_clause.routine_before``): 要 after a word of routine
  (一天下来要检测10多次) tells how work goes: no goal.
- ``change_base`` (lexicon ``change_base``): in a goal 从X提高到Y / 由X降至Y, Y is the target and
  X the level the plan starts from: a statistic of the report year (none without a report year).

Each case: input -> expected table rows; the sentences are made up for the rule, not taken from
any document.
"""
from __future__ import annotations

import pytest

from policydata.pipeline import parse_text

NEWS = "本报南京5月8日电（记者 王明）某地召开推进会。\n"


def table(text: str, date: str = "2026-05-09") -> list[tuple]:
    """(table, value, unit, period or target_year) of every figure, statistics first."""
    r = parse_text(text, date=date)
    return [("stat", float(s["value"]), s["unit"], s["period"]) for s in r["statistics"]] + \
           [("target", float(t["value"]), t["unit"], t["target_year"]) for t in r["targets"]]


def year(v):
    return None if v in (None, "") else int(float(v))


PLAN_SPAN = [
    (NEWS + "某公司计划3年内投资50亿元建设新工厂。", [("target", 5e9, "元", 2028)]),
    (NEWS + "该集团负责人介绍，集团计划5年内新建门店200家。", [("target", 200.0, "家", 2030)]),
    # 计划 as a noun before a number is no plan verb: the figure stays a fact
    (NEWS + "今年一季度，该厂超年度计划28%完成生产任务。", [("stat", 28.0, "%", "2026Q1")]),
    # a past plan told as done stays a fact
    (NEWS + "去年，该公司已完成投资30亿元。", [("stat", 3e9, "元", "2025")]),
]


@pytest.mark.parametrize("text, expected", PLAN_SPAN)
def test_plan_span_verb(text, expected):
    got = [(t, v, u, year(y) if t == "target" else y) for t, v, u, y in table(text)]
    assert got == expected


CHANGE_BASE = [
    # a goal of a change: the new level is the target, the old one a fact of the report year
    # (将把: the future 将 before the disposal 把; a bare 将 before the object marks the object and
    # plans nothing by itself, rule jiang_disposal); undated in news, the goal is of the year of
    # publication (rule news_commitment_year)
    (NEWS + "该市将把城市绿化率从30%提高到45%。", "2026-05-09",
     [("stat", 30.0, "%", "2026"), ("target", 45.0, "%", 2026)]),
    ("到2028年，全省森林覆盖率由60%提高到62%。", "2026-03-01",
     [("stat", 60.0, "%", "2026"), ("target", 62.0, "%", 2028)]),
    # a change told as done: both levels are facts (no goal to start from)
    (NEWS + "去年，该县农村自来水普及率从80%提高到92%。", "2026-05-09",
     [("stat", 80.0, "%", "2025"), ("stat", 92.0, "%", "2025")]),
]


@pytest.mark.parametrize("text, date, expected", CHANGE_BASE)
def test_change_base(text, date, expected):
    got = [(t, v, u, year(y) if t == "target" else y) for t, v, u, y in table(text, date)]
    assert got == expected


def test_change_base_without_report_year_keeps_only_the_goal():
    got = table("到2028年，全省森林覆盖率由60%提高到62%。", date="")
    assert [(t, v) for t, v, *_ in got] == [("target", 62.0)]


COUNTED = [
    ("据不完全统计，“十四五”时期，全省12个试点县带动社会投资超80亿元。", "",
     [("stat", 12.0, "个", "2021/2025"), ("stat", 8e9, "元", "2021/2025")]),
    ("数据显示，“十四五”时期，该市新建公园35个。", "",
     [("stat", 35.0, "个", "2021/2025")]),
    # no count lead and no report year: the plan period still reads as a goal
    ("“十四五”时期，该市新建公园35个。", "", [("target", 35.0, "个", 2025)]),
]


@pytest.mark.parametrize("text, date, expected", COUNTED)
def test_counted_plan_period(text, date, expected):
    got = [(t, v, u, year(y) if t == "target" else y) for t, v, u, y in table(text, date)]
    assert got == expected


STANDARDS = [
    # every figure of the standard quotes the whole standard (see test_quoted_standard_quote)
    (NEWS + "该区推行项目审批“2次申报、1天办结、0费用”服务模式。",
     [("target", 2.0, "次", None), ("target", 1.0, "天", None), ("target", 0.0, "元", None)]),
    ("一、2025年工作回顾\n全面推行不动产登记“1次申请、3天办结、0收费”。", [("target", 1.0, "次", None), ("target", 3.0, "天", None), ("target", 0.0, "元", None)]),
    # a quoted name with one number: no figure
    (NEWS + "该县实施“3个一批”工程，效果明显。", []),
    # a charge counted in money after a verb: unchanged, a fact
    (NEWS + "去年，该市为企业减免费用10万元。", [("stat", 1e5, "元", "2025")]),
]


@pytest.mark.parametrize("text, expected", STANDARDS)
def test_quoted_standard(text, expected):
    got = [(t, v, u, year(y) if t == "target" else y) for t, v, u, y in table(text)]
    assert got == expected


def test_change_base_of_a_parameter_is_dropped():
    # the old level of a parameter a policy sets (上限, 标准) is a superseded rule, not a fact
    got = table("将补贴标准从500元提高到800元，比例上限由8%提高到12%。", date="2026-03-01")
    assert [(t, v) for t, v, *_ in got] == [("target", 800.0), ("target", 12.0)]


REPORTED_NOW = [
    (NEWS + "作为3年资助500名学生计划的一部分，近日，20名学生开启了行程。",
     [("stat", 20.0, "人", "2026"), ("target", 500.0, "人", None)]),
    # the commitment governs a later clause that reports nothing done
    (NEWS + "该项目规划建设4台机组，总投资达300亿元。", [("target", 4.0, "台", None), ("target", 3e10, "元", None)]),
    (NEWS + "质检员一天下来要检测20多次。", [("stat", 20.0, "次", "2026")]),
    (NEWS + "今年，该县要新建道路30公里。", [("target", 30.0, "公里", 2026)]),
    # item_commitment: 将 inside item one of 一是…；二是… does not govern item two
    (NEWS + "“一是新馆将全面开放；二是60米高的观光塔，这座塔将完成验收。”", [("stat", 60.0, "米", "2026")]),
    (NEWS + "他说：“今年将做好两件事，一是新建公园10个；二是改造道路20公里。”",
     [("target", 10.0, "个", 2026), ("target", 20.0, "公里", 2026)]),
]


@pytest.mark.parametrize("text, expected", REPORTED_NOW)
def test_fact_after_commitment_and_routine_need(text, expected):
    got = [(t, v, u, year(y) if t == "target" else y) for t, v, u, y in table(text)]
    assert got == expected


def test_quoted_standard_quote():
    r = parse_text(NEWS + "该区推行项目审批“2次申报、1天办结、0费用”服务模式。", date="2026-05-09")
    assert [t["quote"] for t in r["targets"]] == ["“2次申报、1天办结、0费用”"] * 3


# ------------------------------------------------------------------ modal_after_figure

@pytest.mark.parametrize("sentence, expected", [
    # the modal follows the counted things: they are planned, dated by the clause's time word
    ("目前，全镇已建成充电站30座，剩余8座将于年底前投用。", [("stat", 30.0, "座", "2026"), ("target", 8.0, "座", 2026)]),
    ("去年，首批20个村计划列入2025年试点名单。", [("target", 20.0, "个", 2025)]),
    # 将 marking an object is no modal
    ("去年，全县5个乡镇将结余资金纳入预算。", [("stat", 5.0, "个", "2025")]),
])
def test_modal_after_figure(sentence, expected):
    assert [(t, v, u, year(y) if t == "target" else y) for t, v, u, y in table(NEWS + sentence)] == expected


# ------------------------------------------------------------------ condition_threshold, rate_after_de

def test_condition_threshold_is_a_parameter_with_its_rate_named_after_it():
    """condition_threshold: a share a deeming clause follows is a threshold a rule sets (target, no
    year); rate_after_de: the rate noun after 的 is the indicator and the quote takes it."""
    text = NEWS + "按规定，业主签字率达到4/5、缴费率达到60%的比例，即可视同完成筹备。"
    r = parse_text(text, date="2026-05-09")
    assert r["statistics"] == []
    assert [(float(t["value"]), t["unit"], t["target_year"] in (None, "")) for t in r["targets"]] == [
        (80.0, "%", True), (60.0, "%", True)]
    assert r["targets"][1]["quote"].endswith("60%的比例")


def test_rate_after_de_in_a_fact():
    rows = parse_text(NEWS + "去年，全县农村自来水实现了98%的普及率。", date="2026-05-09")["statistics"]
    assert [(float(s["value"]), s["quote"]) for s in rows] == [(98.0, "全县农村自来水实现了98%的普及率")]


@pytest.mark.parametrize("sentence, expected", [
    # guaranteed_minimum: 确保/保障…至少 is a floor a body commits to, a target with no year
    ("施工期间，确保每个小区至少有2个出入口通行。", [("target", 2.0, "个", None)]),
    ("去年，每个小区至少有2个出入口。", [("stat", 2.0, "个", "2025")]),
])
def test_guaranteed_minimum(sentence, expected):
    assert [(t, v, u, year(y) if t == "target" else y) for t, v, u, y in table(NEWS + sentence)] == expected
