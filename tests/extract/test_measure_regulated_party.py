"""Round 19 (issue 10, deliverable 4): whose is an obligation a rule imposes -- rules regulated_party,
regulated_party_in_news, notice_directives outside a planned part; the adverb 准确.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from policydata.extract.measures.explain import explain_rows
from policydata.extract.measures.status import issues_named_rule

MEASURES_TEXT = ("关于规范停车收费的若干措施\n\n"
                 "一、规范收费行为。停车场经营单位、物业企业应公示收费标准，保留人工收费通道。"
                 "经营者不得捆绑收取服务费。用人单位须为驾驶员购买保险。\n"
                 "二、加强金融支持。商业银行应制定停车设施贷款计划，全面准确落实尽职免责制度。\n"
                 "三、强化监督。各地要加强对停车收费的检查。\n")


def rows_of(text: str, issuer: str) -> dict[str, tuple[str, str]]:
    return {r["quote"]: (r["actor"], r["status"]) for r in explain_rows(text, issuer=issuer)}


@pytest.mark.parametrize("quote", [
    "停车场经营单位、物业企业应公示收费标准",     # rule regulated_party: 单位/企业 + 应
    "经营者不得捆绑收取服务费",                 # 经营者 + 不得
    "用人单位须为驾驶员购买保险",               # 用人单位 + 须
    "商业银行应制定停车设施贷款计划",           # rule notice_directives, in a text with no plan sections
    "全面准确落实尽职免责制度",                 # 准确 is an adverb like 精准
])
def test_an_obligation_an_issued_text_imposes_is_the_issuers_measure(quote):
    rows = [v for q, v in rows_of(MEASURES_TEXT, "国务院办公厅").items() if q.startswith(quote)]
    assert rows == [("国务院办公厅", "planned")], rows


NEWS_RULE = ("快递新规下月起施行\n\n本报北京3月2日电 国家邮政局会同商务部制定了《快递末端服务管理规定》，"
             "自4月1日起施行。\n快递企业应保留电话联系方式，经营网点不得拒收到付件。\n")


def test_in_news_the_obligations_after_an_issued_rule_are_that_rules_content():
    rows = rows_of(NEWS_RULE, "")
    assert rows.get("快递企业应保留电话联系方式") == ("国家邮政局", "planned"), rows


def test_in_news_a_firms_own_plan_with_a_modal_is_no_obligation():
    """No rule issued in the story: 企业应… is a view, no directive (regulated_party_in_news)."""
    text = "本报记者 张三\n\n某某科技公司去年营收增长两成。业内人士认为，企业应加大研发投入。\n"
    assert not any("加大研发投入" in q for q in rows_of(text, ""))


@pytest.mark.parametrize("clause, issues", [
    ("某局会同两部门制定了《共享单车停放管理办法》", True),   # a rule (issued_title heads: regulation)
    ("某市印发《夜间经济发展方案》", True),                  # a committing genre
    ("某县认真落实《某某条例》", False),                      # carrying a rule out issues nothing
    ("某局发布《2025年全市统计公报》", False),                # data
])
def test_issues_named_rule(clause, issues):
    assert issues_named_rule(clause) is issues
