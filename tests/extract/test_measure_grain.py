"""Round 15: measure grain -- which clause of a sentence is the commitment, by its role in the clause
and the sentence (extract/measures/grain.py and the analyser's subject reading): juxtaposed_subjects,
policy_subject, purpose_tail_verb, completed_verb_task, counted_action, crowd_quote.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import measure_quotes

ISSUER = "某省人民政府"


def _quotes(text: str, issuer: str = ISSUER) -> list[str]:
    return measure_quotes(text, issuer)


# ------------------------------------------------------------------ rule juxtaposed_subjects
# subject words side by side with no conjunction (各地各有关部门, 全省各地) are one subject: the
# directive that follows is the issuer's measure, as with 各地区、各部门要…

@pytest.mark.parametrize("text, expected", [
    ("各地各有关部门要加强宣传解读。", ["各地各有关部门要加强宣传解读"]),
    ("全省各地要建立工作台账。", ["全省各地要建立工作台账"]),
    ("各地各部门要健全督查机制。", ["各地各部门要健全督查机制"]),
])
def test_juxtaposed_subject_words_lead_a_directive(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule policy_subject
# a policy named as the subject (财政政策要…, 货币政策适时…) is the government's instrument, no body:
# the clause is a measure; a policy referred back to (这些政策将…) or inside an object is no subject

@pytest.mark.parametrize("text, expected", [
    ("财政政策要加大支出强度。", ["财政政策要加大支出强度"]),
    ("货币政策适时下调存款准备金率。", ["货币政策适时下调存款准备金率"]),
    ("这些政策将降低企业负担。", []),
    ("在严格审核的基础上加快拨付进度，减轻补贴政策受益企业资金压力。",
     ["在严格审核的基础上加快拨付进度，减轻补贴政策受益企业资金压力"]),
])
def test_a_policy_as_subject_acts_for_the_government(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule purpose_tail_verb
# the last clause, opened by a verb of effect (降低/保障/增强…), says what the action before it is
# for: the measure's row takes it in; a coordination of effects stays as it was

@pytest.mark.parametrize("text, expected", [
    ("强化园区公共服务，降低企业用工成本。", ["强化园区公共服务，降低企业用工成本"]),
    ("加大执法检查力度，保障群众合法权益。", ["加大执法检查力度，保障群众合法权益"]),
    ("严厉打击违法经营行为，切实保障群众合法权益。", ["严厉打击违法经营行为"]),  # 切实…: an exhortation
    ("建设区域冷链物流配送中心，完善配送网络。", ["建设区域冷链物流配送中心", "完善配送网络"]),
])
def test_an_effect_clause_closing_the_sentence_is_the_purpose_of_the_measure(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rules completed_verb_task, counted_action
# an action that carries a count is a measure; its figures stay figures

@pytest.mark.parametrize("text, expected", [
    ("去年，完成新建、改造20家社区食堂。", ["完成新建、改造20家社区食堂"]),
    ("去年，完成30个智能工厂项目验收。", ["完成30个智能工厂项目验收"]),
    ("去年，推广节水灌溉品种500万亩、增长12%。", ["推广节水灌溉品种500万亩、增长12%"]),
    ("去年，完成投资80亿元、增长5%。", []),
])
def test_an_action_with_a_count_is_a_measure(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule crowd_quote
# a quotation whose speaker, named right after it, is people in general or an unnamed expert is
# advice, no body's commitment; an unnamed expert speaking without quotation marks likewise

def test_an_unnamed_experts_advice_is_no_measure():
    text = ("本报北京3月1日电 工业和信息化部日前印发通知，部署推进中小企业数字化转型。“要推广设备联网，强化数据安全管理。”"
            "有关专家表示。业内专家认为，生产环节要推广视觉质检技术。")
    assert _quotes(text, issuer="人民日报") == ["工业和信息化部日前印发通知", "部署推进中小企业数字化转型"]


# ------------------------------------------------------------------ rule lead_clause
# a short sentence-opening action clause (a verb and a field of work, 10 characters at most) over a series
# of actions heads the series: one row from the lead to the first action's end; the actions after it keep
# their own rows. Two coordinate actions, a longer lead, or a figure in the lead stay apart.

@pytest.mark.parametrize("text, expected", [
    ("全力推进大气治理，完成城区燃煤小锅炉淘汰，对散煤散烧进行集中整治。",
     ["全力推进大气治理，完成城区燃煤小锅炉淘汰", "对散煤散烧进行集中整治"]),
    ("强化产业支撑，帮扶困难企业渡过难关，推动重点项目建设。",
     ["强化产业支撑，帮扶困难企业渡过难关", "推动重点项目建设"]),
    ("加强城乡环境整治，拆除沿街违章棚架，清理背街小巷杂物。",
     ["加强城乡环境整治，拆除沿街违章棚架", "清理背街小巷杂物"]),
    # a lead that names an instrument (a campaign, a reform, a policy) is a commitment of its own
    ("开展夜间消费专项行动，继续发放家电购物补贴，出台节日促消费政策。",
     ["开展夜间消费专项行动", "继续发放家电购物补贴", "出台节日促消费政策"]),
    # two coordinate actions, each with its own object: two rows
    ("加强河道日常管护，清理沿岸垃圾堆放点。", ["加强河道日常管护", "清理沿岸垃圾堆放点"]),
    # a lead over 10 characters is a commitment with its object spelled out: its own row
    ("加快推进城乡供水管网改造，新建一批村级污水处理站，完善应急供水预案。",
     ["加快推进城乡供水管网改造", "新建一批村级污水处理站", "完善应急供水预案"]),
])
def test_a_short_opening_clause_heads_a_series_of_actions(text, expected):
    assert _quotes(text) == expected


def test_a_lead_with_a_modal_is_a_directive_of_its_own():
    # 要做好…: a directive, not a heading -- its row stays apart from the actions after it
    assert _quotes("要做好汛前检查，加强堤防巡查，完善值守制度。") == ["要做好汛前检查", "加强堤防巡查", "完善值守制度"]
    # without the modal, the same lead heads the series
    assert _quotes("做好汛前检查，加强堤防巡查，完善值守制度。") == ["做好汛前检查，加强堤防巡查", "完善值守制度"]
