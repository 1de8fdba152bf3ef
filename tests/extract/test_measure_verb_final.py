"""Round 14: measures told in constructions whose action comes last or after a coverb phrase, read as
constructions (word order, a closed class of result verbs, a coverb frame), not phrases:
verb_final_result, meeting_act, coverb_frame, figure_object, and the passive of object_first_inclusion.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import article, measures, quotes, quotes_and_actors

ISSUER = "某省人民政府"


def _found(text: str, issuer: str = ISSUER, region_id: str = "CN") -> list[tuple[str, str]]:
    return quotes_and_actors(text, issuer, region_id)


def _with_status(text: str, issuer: str = ISSUER) -> list[tuple[str, str]]:
    art = article(text)
    found = measures(art, issuer=issuer)
    return [(q, m.status) for q, m in zip(quotes(art, found), found)]


# ------------------------------------------------------------------ rule verb_final_result
# a policy object first (a platform, laboratory, zone, fund, programme, law, measure), a verb of
# establishing, enacting, launching, approving or ending last: a reported measure. A firm's outcome
# (a drug approved, a ship launched, a firm's centre opened) has no policy object as its head.

@pytest.mark.parametrize("text, expected", [
    ("去年，两家省级工程研究平台成功落地，三家重点实验室获批建设。",
     ["两家省级工程研究平台成功落地", "三家重点实验室获批建设"]),
    ("去年，海洋科学实验室启动运行，青年英才引育计划启动实施。",
     ["海洋科学实验室启动运行", "青年英才引育计划启动实施"]),
    ("去年，省级天使投资基金设立，国企改革三年行动圆满收官。",
     ["省级天使投资基金设立", "国企改革三年行动圆满收官"]),
    ("去年，湿地保护条例颁布实施，一批综合保税区、物流枢纽等获批。",
     ["湿地保护条例颁布实施", "一批综合保税区、物流枢纽等获批"]),
    ("服务业外资准入的限制措施全部取消。", ["服务业外资准入的限制措施全部取消"]),
    ("去年，两款国产新药获批上市，一艘万吨级货轮下水。", []),      # firms' outcomes: no policy object
    ("去年，某公司研发中心落地，他的想法落地。", []),
    ("去年，产业基金设立规模达到50亿元。", []),                  # a figure after the verb: a statistic
])
def test_a_policy_object_then_an_establishing_verb_is_a_reported_measure(text, expected):
    assert _with_status(text) == [(q, "reported") for q in expected]


# ------------------------------------------------------------------ rule object_first_inclusion, passive
# the passive (被纳入) and writing into a law or the constitution put a thing into a scope

@pytest.mark.parametrize("text, expected", [
    ("沿湖的湿地公园被纳入生态保护红线。", ["沿湖的湿地公园被纳入生态保护红线"]),
    ("绿色发展理念写入地方法律。", ["绿色发展理念写入地方法律"]),
    ("这笔收益不纳入考核范围。", []),
])
def test_a_thing_put_into_a_scope_in_the_passive_is_a_measure(text, expected):
    assert [q for q, _ in _found(text)] == expected


# ------------------------------------------------------------------ rule meeting_act
# a meeting report's lead: …主持召开…会议，讨论通过《A》，听取…汇报，审议通过《…（草案）》 -- each act of
# the meeting is a reported measure of the body that holds it; without a meeting convened before it,
# 听取 keeps its ordinary reading

def test_what_a_meeting_did_is_a_reported_measure_of_its_body():
    text = "国务院总理王某5日主持召开国务院常务会议，讨论通过《某领域改革工作方案》，听取关于防汛准备的汇报，" \
           "审议通过《某某管理条例（修订草案）》。"
    assert _found(text, issuer="新华社") == [
        ("讨论通过《某领域改革工作方案》", "国务院"), ("听取关于防汛准备的汇报", "国务院"),
        ("审议通过《某某管理条例（修订草案）》", "国务院")]
    assert {s for _, s in _with_status(text, issuer="国务院")} == {"reported"}


@pytest.mark.parametrize("text, expected", [
    ("市长张某主持召开市政府常务会议，研究部署秋冬季大气污染防治工作。", ["研究部署秋冬季大气污染防治工作"]),
    ("提请大会审议《某某条例（草案）》。", []),             # laying a draft before a congress: rule self_reference
])
def test_meeting_acts_and_drafts(text, expected):
    assert [q for q, _ in _found(text)] == expected


# ------------------------------------------------------------------ rule coverb_frame
# a coverb phrase between the subject and the action: 对 + object + light verb, 与/会同 + a partner
# body + joint action, 将/把 + object + 作为 a priority; 与上年相比 has no partner body

@pytest.mark.parametrize("text, quote, actor", [
    ("水利部一直对山区县予以资金倾斜。", "水利部一直对山区县予以资金倾斜", "水利部"),
    ("生态环境部正在对《某某规划》进行修订。", "生态环境部正在对《某某规划》进行修订", "生态环境部"),
    ("自然资源部与财政部共同安排补助资金。", "自然资源部与财政部共同安排补助资金", "自然资源部"),
    ("自然资源部在地灾防治工程中继续将山区县作为重点。", "自然资源部在地灾防治工程中继续将山区县作为重点", "自然资源部"),
    # the body in the clause before, then an aspect adverb and the 对 frame opening the next clause
    ("水利部在安排水利资金时，一直对山区县予以倾斜。", "一直对山区县予以倾斜", "水利部"),
])
def test_the_action_after_a_coverb_phrase_is_the_subjects_measure(text, quote, actor):
    assert _found(text, issuer="国务院办公厅") == [(quote, actor)]


@pytest.mark.parametrize("text, expected", [
    ("要细化工作安排，将各项任务落到具体举措上。", ["将各项任务落到具体举措上"]),   # rule disposal: 落到
    ("与上年相比，增长较快。", []),
    ("要把安全作为底线。", []),                                                     # 作为 without a priority word
])
def test_coverb_frames_at_the_clause_start(text, expected):
    assert [q for q, _ in _found(text)] == expected


# ------------------------------------------------------------------ rule figure_object
# the verb opens the clause and its amount stands before its object: the action, as with the amount
# after the object; a change told of a subject, or an amount ending the clause, stays a statistic

@pytest.mark.parametrize("text, expected", [
    ("今年，一次性增加2万亿元地方债务限额。", ["一次性增加2万亿元地方债务限额"]),
    ("去年，省级清理盘活各类存量资金30亿元。", ["清理盘活各类存量资金30亿元"]),   # 省级 before a money verb
    ("去年，全省财政收入增加12亿元。", []),
    ("去年，省级重点实验室数量增加5家。", []),
])
def test_a_verb_then_its_amount_then_its_object_is_an_action(text, expected):
    assert [q for q, _ in _found(text)] == expected
