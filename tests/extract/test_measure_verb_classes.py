"""Verb classes and constructions that carry a measure although no plain lead verb opens the
clause (round 11): a matching or repeated action (配套建设…, 连续举办N届…), a use committed to
(充分运用…), a norm set (明确…要求), a thing put on a list object first (X计划纳入Y名单), a rule put
in force from a date (规则将自…起施行), a tally after a subject (某区累计推出…), and the scope of a
speaker who opens a direct quotation. One table per named rule, input -> expected.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import article, measures, quotes


def _rows(*paragraphs: str, issuer: str = "") -> list[tuple[str, str, str]]:
    """(quote, actor, status) of the measures of the paragraphs read as one article."""
    art = article(*paragraphs)
    found = measures(art, issuer=issuer)
    return [(q, m.actor, m.status) for q, m in zip(quotes(art, found), found)]


def _quotes(*paragraphs: str, issuer: str = "") -> list[str]:
    return [q for q, _, _ in _rows(*paragraphs, issuer=issuer)]


# ------------------------------------------------------------------ rule matching_adverb
# 配套 before an action verb: the supporting part of a larger work is built or issued

@pytest.mark.parametrize("text, quote", [
    ("配套建设停车场和充电桩。", "配套建设停车场和充电桩"),
    ("同步配套出台实施细则。", "同步配套出台实施细则"),
])
def test_a_matching_work_is_a_measure(text, quote):
    assert _quotes(text) == [quote]


def test_matching_as_a_noun_is_no_adverb():
    assert _quotes("园区的配套设施比较完善。") == []


# ------------------------------------------------------------------ rule repeated_action
# 连续 + a count of editions, or a count of times opening the clause: done, reported

def test_an_action_repeated_n_times_is_reported():
    rows = _rows("连续举办5届国际博览会；6次牵手国际论坛。")
    assert [(q, s) for q, _, s in rows] == [("连续举办5届国际博览会", "reported"), ("牵手国际论坛", "reported")]


def test_a_modal_still_plans_a_repeated_action():
    assert [s for _, _, s in _rows("明年将连续举办三届产业博览会。")] == ["planned"]


# ------------------------------------------------------------------ rule use_verb
# 运用/使用/采用 lead behind a committing adverb; bare, they name the means of the next action

def test_a_use_committed_to_is_a_measure():
    assert _quotes("要充分运用各类金融工具，完善投融资机制。") == ["要充分运用各类金融工具", "完善投融资机制"]


def test_a_bare_use_is_the_means_of_the_next_action():
    assert _quotes("运用信息技术，创新推广方式。") == ["创新推广方式"]


# ------------------------------------------------------------------ rule norm_setting
# 明确/细化/规定 + an object ending in a norm (要求, 标准, 责任…) sets it; goals are no norm

@pytest.mark.parametrize("text, quote", [
    ("该办法对备案作出安排，还明确了资料的保存期限和查阅要求。", "明确了资料的保存期限和查阅要求"),
    ("进一步明确验收标准。", "进一步明确验收标准"),
    ("细化各方责任。", "细化各方责任"),
])
def test_setting_a_norm_is_a_measure(text, quote):
    assert _quotes(text)[-1:] == [quote]


def test_naming_goals_is_no_norm():
    assert _quotes("明确了今后三年的主要目标。") == []


# ------------------------------------------------------------------ rule object_first_inclusion
# a thing named first and then put into a list, a scope or supervision: the inclusion is the action

def test_a_thing_put_on_a_list_object_first_is_a_measure():
    assert _rows("首批12个小区计划纳入年度改造名单。") == [("首批12个小区计划纳入年度改造名单", "", "planned")]
    assert _quotes("区属国有企业纳入统一监管。", issuer="湖南省人民政府") == ["区属国有企业纳入统一监管"]


@pytest.mark.parametrize("text", ["相关收益不纳入绩效考核范围。", "东段纳入某某铁路公司管理。"])
def test_a_negated_inclusion_or_one_into_no_list_is_no_measure(text):
    assert _quotes(text) == []


def test_an_obligation_to_include_still_takes_the_next_clause():
    assert _quotes("凡使用财政资金的，应逐年纳入部门预算计划，建立长效机制。") == \
        ["应逐年纳入部门预算计划，建立长效机制"]


# ------------------------------------------------------------------ rule document_in_force
# a rule or document named as subject and put in force from a date: its issuer's measure

def test_a_rule_put_in_force_is_its_issuers_measure():
    assert _rows("新规则将自2027年1月1日起正式施行。", issuer="国家市场监督管理总局") == \
        [("新规则将自2027年1月1日起正式施行", "国家市场监督管理总局", "planned")]


def test_a_rule_in_force_since_a_time_is_no_measure():
    assert _quotes("新规则实施以来，市场秩序明显好转。") == []


# ------------------------------------------------------------------ rule tallied_after_subject
# a subject, then 累计/先后 and an action verb: the actions it has taken, no statistic

def test_a_tally_after_a_subject_reports_the_action():
    assert _rows("湖南自贸试验区累计推出80项制度创新成果，12项在全国推广。") == \
        [("湖南自贸试验区累计推出80项制度创新成果", "", "reported")]


def test_a_tally_without_an_action_stays_a_statistic():
    assert _quotes("全市累计接待游客3000万人次。") == []


# ------------------------------------------------------------------ rule quoted_speaker_scope
# a speaker who opens a direct quotation speaks for that paragraph only

def test_a_quoted_speaker_does_not_act_in_the_next_paragraph():
    rows = _rows("湖南省人民政府近日印发方案，将扩大高水平对外开放。",
                 "长沙市商务局副局长李明介绍：“我们已经为企业办好了手续。”",
                 "连续举办5届国际博览会。")
    assert rows[-1] == ("连续举办5届国际博览会", "湖南省人民政府", "reported")


# ------------------------------------------------------------------ rule destination_adverbial
# 到/赴/深入 + a grassroots place, then the action done there

@pytest.mark.parametrize("text, quote", [
    ("副镇长李明率队，到小区宣讲补贴政策。", "到小区宣讲补贴政策"),
    ("赴企业调研生产情况。", "赴企业调研生产情况"),
    ("深入田间指导春耕生产。", "深入田间指导春耕生产"),
])
def test_going_to_a_place_then_acting_is_a_measure(text, quote):
    assert _quotes(text) == [quote]


def test_a_year_after_dao_is_no_destination():
    assert _quotes("到2027年，全市建成示范社区20个。")[:1] != ["到2027年"]
