"""Government actions told in news: the verb compounds that hand down plans and money (下达, 转达)
are actions, not levels reached (达到); a body approving projects acts.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from policydata.extract.measures.explain import explain_rows


def _quotes(text: str) -> list[str]:
    return [r["quote"] for r in explain_rows(text, date="2025-06-30")]


# ------------------------------------------------------------------ 达 inside another verb
@pytest.mark.parametrize("text, quotes", [
    ("水利部下达2026年水利建设投资计划。", ["水利部下达2026年水利建设投资计划"]),   # a year after 下达
    ("财政部下达资金30亿元。", ["财政部下达资金30亿元"]),
    ("全省粮食产量达到300万吨。", []),                       # 达到 + a figure: a level reached
    ("全年接待游客达1200万人次。", []),
])
def test_handing_down_is_an_action_and_reaching_a_level_is_a_statistic(text, quotes):
    assert _quotes(text) == quotes


# ------------------------------------------------------------------ approving projects
@pytest.mark.parametrize("text, quote, status", [
    ("交通运输部近期批复多个港口建设项目。", "交通运输部近期批复多个港口建设项目", "reported"),
    ("浙江省发展改革委核准两个风电项目。", "浙江省发展改革委核准两个风电项目", "planned"),      # no cue of time: the default
    ("生态环境部日前下达大气污染防治资金。", "生态环境部日前下达大气污染防治资金", "reported"),
])
def test_a_body_approving_or_handing_down_acts(text, quote, status):
    rows = explain_rows(text, date="2025-06-30")
    assert [(r["quote"], r["status"]) for r in rows] == [(quote, status)]


@pytest.mark.parametrize("text", [
    "经国务院批复，同意设立新区。",          # approval as the ground of another act: no verb opens the clause
    "该项目已获省发展改革委核准。",          # a project approved: the project is the subject
])
def test_approval_named_in_passing_is_no_measure(text):
    assert _quotes(text) == []


# ------------------------------------------------------------------ rule executive_speaker
@pytest.mark.parametrize("text, quotes", [
    # a person a firm's title introduces speaks later by name: the firm's own work, no measure
    ("某某食品公司发展很快。公司总经理李明华介绍，工厂去年扩建了车间。李明华说，近年来，他们持续发力，建设冷链仓库。", []),
    ("某某服饰公司发展很快。该企业董事长王小军回忆，创业之初困难很多。王小军表示，他们开设网店并建设直播基地。", []),
    # the same name after a government title stays the body's speaker
    ("县商务局局长李明华介绍，今年全县建设冷链仓库。", ["全县建设冷链仓库"]),
])
def test_a_firm_executive_named_once_speaks_for_the_firm_later(text, quotes):
    assert _quotes(text) == quotes
