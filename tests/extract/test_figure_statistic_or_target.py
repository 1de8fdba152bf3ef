"""Statistic or target on texts that are not plans: three general rules.

- ``nominal_plan`` (lexicon ``frames.modal_clause.pattern``, ``after_figure_pattern``, cue ``计划``):
  计划 before 总投资 or 项目 (项目计划总投资, 科技计划项目) or right after a count (30个计划新建项目) or a programme noun (人才培养计划)
  is the noun plan -- a name or an attribute -- not the verb: it makes no goal, and a statistics
  release's or a news report's figure stays a fact.
- ``change_base_dated`` (lexicon ``change_base.before``, units._change_base): a short word of
  when between 由/从 and X (将由调整前36条增加至42条) leaves X the level before the change: a
  statistic of the report year, only the new level is the goal.
- ``grant_at_base`` (lexicon ``comparator_rules.grant_before``): 对…的企业，按照其…给予 + a figure is
  a grant a policy sets for a class of recipients (README targets: policy parameters), also when a
  按/按照 base stands between the recipients and 给予 (the 计划 of 科技计划项目 no longer carries it).
- ``data_caption`` (lexicon time.json ``sections.headings.data_caption``): a chart's or table's
  caption (图1 …, 表2：…) heads no part of the text, so a caption naming the report year does not
  turn the figures after it into a plan.

Each case: input -> expected table rows; the sentences are made up for the rule, not taken from
any document.
"""
from __future__ import annotations

import pytest

from policydata.pipeline import parse_text

NEWS = "本报杭州6月3日电（记者 李华）某地召开座谈会。\n"


def table(text: str, date: str = "2026-06-04") -> list[tuple]:
    """(table, value, unit, period or target_year) of every figure, statistics first."""
    r = parse_text(text, date=date)
    return [("stat", float(s["value"]), s["unit"], s["period"]) for s in r["statistics"]] + \
           [("target", float(t["value"]), t["unit"], t["target_year"]) for t in r["targets"]]


def year(v):
    return None if v in (None, "") else int(float(v))


def rows(text: str, date: str = "2026-06-04") -> list[tuple]:
    return [(t, v, u, year(y) if t == "target" else y) for t, v, u, y in table(text, date)]


NOMINAL_PLAN = [
    # 计划总投资: the planned total of projects already under way, reported as a fact
    ("1-5月份，全省新开工项目计划总投资3200亿元，同比增长4.1%。", "2026-06-15",
     [("stat", 3.2e11, "元", "2026-01/2026-05"), ("stat", 4.1, "%", "2026-01/2026-05")]),
    # 科技计划项目: a programme's projects; the share is a fact of the news report's year
    (NEWS + "该市高校牵头的市级科技计划项目占比超过60%。", "2026-06-04",
     [("stat", 60.0, "%", "2026")]),
    # the verb still plans
    (NEWS + "该市计划新建公园12个。", "2026-06-04", [("target", 12.0, "个", None)]),  # 计划 may plan for years: no year
]


@pytest.mark.parametrize("text, date, expected", NOMINAL_PLAN)
def test_nominal_plan(text, date, expected):
    assert rows(text, date) == expected


def test_nominal_plan_after_a_count_in_a_review():
    got = rows("一、2025年工作回顾\n全年列入省重点的46个计划新开工项目全部开工。", "2026-01-20")
    assert got == [("stat", 46.0, "个", "2025")]


def test_nominal_plan_after_a_programme_noun_in_a_review():
    got = rows("一、2025年工作回顾\n新入选省青年人才培养计划优秀工程师36名。", "2026-01-20")
    assert got == [("stat", 36.0, "人", "2025")]


CHANGE_BASE_DATED = [
    # the old level behind a word of when (调整前, 上年) is a fact, the new level the goal
    (NEWS + "下月起，全市公交线路将由调整前36条增加至42条。", "2026-06-04",
     [("stat", 36.0, "条", "2026"), ("target", 42.0, "条", 2026)]),
    # a change told as done keeps both levels as facts
    (NEWS + "去年，该县污水处理率由年初的85%提高到91%。", "2026-06-04",
     [("stat", 85.0, "%", "2025"), ("stat", 91.0, "%", "2025")]),
]


@pytest.mark.parametrize("text, date, expected", CHANGE_BASE_DATED)
def test_change_base_dated(text, date, expected):
    assert rows(text, date) == expected


def test_data_caption_heads_no_plan_part():
    text = ("某县2025年国民经济和社会发展统计公报\n一、综 合\n全年全县地区生产总值180.5亿元，比上年增长5.2%。\n"
            "表1 2025年末全县常住人口及其构成\n全年全县城镇新增就业4210人。\n")
    got = rows(text, "2026-03-20")
    assert ("target" not in {t for t, *_ in got}) and ("stat", 4210.0, "人", "2025") in got


def test_grant_at_base_is_a_policy_parameter():
    for project in ("省级重点项目", "省级科技计划项目"):
        got = rows(NEWS + f"对承担{project}的企业，按照其研发投入给予1∶1配套支持，最高不超过300万元。")
        assert ("target", 50.0, "%", None) in got and ("target", 3e6, "元", None) in got
