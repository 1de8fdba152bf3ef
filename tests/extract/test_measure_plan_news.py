"""Round 18 (wave 2) measure rules for news about a plan: the country acting on a plan a body issued is
that body (plan_frame_issuer; a lead body of co-issuers announces: subject_filler_patterns), 正 before a
verb is skipped like 正在, a past-dated news sentence (今年2月，…) opens no plan for its section
(dated_before_publication), and a measure acting on another named document is no content of the document
issued in the clause before (parallel_document_act).

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from policydata.extract.measures.explain import explain_rows
from test_measures import measure_quotes as _quotes, quotes_and_actors


# ------------------------------------------------------------------ rule plan_frame_issuer
@pytest.mark.parametrize("text, actor", [
    ("自然资源部等3部门近日联合印发《国土绿化2035行动计划》。根据行动计划，我国将在各地开展造林试点建设。", "自然资源部"),
    ("自然资源部近日印发《国土绿化2035行动计划》。按照《国土绿化2035行动计划》，明后两年，我国将建设20个试点区域。",
     "自然资源部"),
    ("根据行动计划，我国将在各地开展造林试点建设。", ""),              # no issuer named: the country
    ("自然资源部近日印发《国土绿化2035行动计划》。根据测算，我国将加快推进林地保护修复。", ""),  # no plan frame
])
def test_the_country_acting_on_a_plan_is_its_issuer(text, actor):
    rows = quotes_and_actors(text, "")
    assert rows and rows[-1][1] == actor


# ------------------------------------------------------------------ 正 before a verb; the sentence's own subject
@pytest.mark.parametrize("text, expected", [
    ("生态环境部正加快编制监测技术规范，以重点流域为抓手，推进监测网络建设。",
     [("生态环境部正加快编制监测技术规范", "生态环境部"), ("推进监测网络建设", "生态环境部")]),
])
def test_progressive_zheng_before_a_verb(text, expected):
    assert quotes_and_actors(text, "") == expected


@pytest.mark.parametrize("text, expected", [
    ("全市正全力推进道路改造。", ["全市正全力推进道路改造"]),
    ("我们正推进道路改造。", ["我们正推进道路改造"]),
    ("要正视问题，加强监管。", ["加强监管"]),                    # 正视 stays a word of its own
    ("网购普及之快超出预期，正推动门店经营深刻转型。", []),       # rule subject_bound_adverbs: no subject
])
def test_zheng_before_a_verb_under_a_subject_word(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule dated_before_publication (section lead)
STORY = ("成效显著\n"
         "今年1月，一艘新型渡船在某港首航。\n"
         "设施向新。建成智能泊位30个，制定《港口作业安全规范》，实施《船舶检验暂行规则》。")


def test_a_past_dated_news_sentence_opens_no_plan():
    rows = {r["quote"][:6]: r["status"] for r in explain_rows(STORY, issuer="某日报", date="2026-07-20")}
    assert rows.get("建成智能泊位") == "reported"
    assert rows.get("实施《船舶检") == "reported"  # rule parallel_document_act


def test_content_of_an_issued_document_still_plans():
    text = "近日，某市印发《促进会展业发展若干措施》，全力建设会展中心。"
    rows = {r["quote"][:4]: r["status"] for r in explain_rows(text, issuer="某日报", date="2026-07-20")}
    assert rows.get("全力建设") == "planned"
