"""Measures against statements that only sound like them: topic lines set apart, stated needs,
challenges weathered, effects told with 了; and actions named in a department's own voice.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from policydata.extract.measures import non_measure_rule
from policydata.extract.measures.explain import explain_rows
from policydata.extract.measures.headings import is_topic_paragraph
from policydata.document import Block
from test_measures import quotes_and_actors


# ------------------------------------------------------------------ non-measure rules
@pytest.mark.parametrize("clause, rule", [
    ("需要强化服务创新、深化技术应用", "need"),     # what is needed, said by no one who commits
    ("需要加快人才培养", "need"),
    ("有力应对外部冲击等困难挑战", "outcome"),        # challenges weathered: a state reached
    ("有效应对流域特大洪涝灾害", ""),                 # a disaster met: a response, a measure
    ("有效带动了沿线产业发展", "outcome"),            # rule effect_told: what something brought about
    ("促进了跨境贸易增长", "outcome"),
    ("推动区域经济合作", ""),                          # no 了: an action
    ("巩固拓展社区治理积分制", ""),                   # rule consolidate_system: a system carried on
    ("巩固完善河长制", ""),
    ("巩固经济回升向好态势", "outcome"),              # a state held stays an outcome
    ("结合本地产业发展现状", "adverbial"),            # the manner of the next action
    ("结合企业实际情况", "adverbial"),
    ("提升基层治理效能", "outcome"),                  # an efficacy raised: the state sought
    ("提高补贴发放的精准性、规范性", "outcome"),      # rule property_raised: a property, rate, degree
    ("提升农产品检测覆盖率", "outcome"),
    ("提升游客出行体验", "outcome"),
    ("提高创业担保贷款额度", ""),                      # an amount raised: a measure
    ("降低了企业物流成本", "outcome"),                # rule effect_told: savings told with 了
    ("降低企业物流成本", ""),
])
def test_statements_that_commit_to_no_action(clause, rule):
    assert non_measure_rule(clause) == rule


# ------------------------------------------------------------------ rule topic_paragraph
def test_a_short_line_of_its_own_heads_the_paragraph_after_it():
    body = Block("body", 8, 30, "推进老旧小区改造。加快城中村治理。")
    assert is_topic_paragraph(Block("body", 0, 7, "建设宜居城市。"), body)
    assert not is_topic_paragraph(Block("body", 0, 7, "建设宜居城市。"), None)          # nothing follows
    assert not is_topic_paragraph(Block("body", 0, 12, "推进改造。加快治理。"), body)     # two sentences
    assert not is_topic_paragraph(Block("body", 0, 7, "建设宜居城市。"),
                                  Block("body", 8, 17, "推进老旧小区改造。"))             # a list of one-line items


def test_topic_lines_are_no_measures_and_their_paragraphs_keep_their_first_sentence():
    text = ("今年我们将抓好以下工作。\n建设宜居城市。\n推进老旧小区改造。加快城中村治理，新建停车位500个。\n"
            "发展现代农业。\n推进高标准农田建设全覆盖。有序开展土地整治。\n增加农民收入。\n")
    assert [r["quote"] for r in explain_rows(text, issuer="某某省人民政府")] == [
        "推进老旧小区改造", "加快城中村治理", "新建停车位500个",
        "推进高标准农田建设全覆盖", "有序开展土地整治", "增加农民收入"]


# ------------------------------------------------------------------ a department's own voice
@pytest.mark.parametrize("text, quote", [
    ("下一步，我局将进一步发挥工作专班作用。", "我局将进一步发挥工作专班作用"),   # rule first_person_body
    ("我委将加强重点项目调度。", "我委将加强重点项目调度"),
])
def test_a_department_speaking_of_itself_acts_as_the_issuer(text, quote):
    assert quotes_and_actors(text, "宝鸡市发展和改革委员会") == [(quote, "宝鸡市发展和改革委员会")]


def test_a_body_that_formally_issues_a_document_acts():
    # rule subject_adverbial: 正式 after the body is how it acts, its verb leads
    found = quotes_and_actors("近日，商务部正式印发《促进服务消费实施方案》。", "")
    assert found == [("商务部正式印发《促进服务消费实施方案》", "商务部")]


# ------------------------------------------------------------------ directives of a policy document
@pytest.mark.parametrize("text, quote", [
    # rule disposal, disposal_final_verbs: money handed out, the verb after its object ends the clause
    ("各级各单位将年度福利以购物券形式提前发放。", "各级各单位将年度福利以购物券形式提前发放"),
    ("及时将奖补资金拨付到所在乡镇。", "及时将奖补资金拨付到所在乡镇"),
])
def test_directives_that_hand_out_money_are_measures(text, quote):
    assert [q for q, _ in quotes_and_actors(text, "宝鸡市人民政府")] == [quote]


def test_the_first_unit_of_a_responsibility_note_leads_also_when_it_is_a_trade_union():
    # a city's trade union (总工会) is a body of the actors table: the note's first unit leads
    text = "推动超市设立助农产品专区。(责任单位:市总工会、市财政局)"
    assert quotes_and_actors(text, "宝鸡市人民政府") == [("推动超市设立助农产品专区", "宝鸡市总工会")]


# ------------------------------------------------------------------ rule news_progress
NEWS = "本报北京3月1日电（记者张三）"


@pytest.mark.parametrize("sentence, quotes_", [
    ("全国物联网基础设施建设稳步推进。", []),                   # how a sector's work stands
    ("全国智慧码头建设取得积极进展。", []),
    ("城市快速路全线通车。", ["城市快速路全线通车"]),            # a completion stays a measure
])
def test_progress_of_a_sector_in_news_is_no_measure(sentence, quotes_):
    rows = explain_rows(NEWS + sentence)
    assert [r["quote"] for r in rows] == quotes_


def test_progress_in_a_governments_own_review_stays_a_measure():
    rows = explain_rows("过去一年，国资国企改革有力推进。", issuer="宝鸡市人民政府")
    assert [r["quote"] for r in rows] == ["国资国企改革有力推进"]


# ------------------------------------------------------------------ rule purpose_tail
@pytest.mark.parametrize("text, quotes_", [
    ("完善租赁供给体系，创新服务模式，满足各类群体就医需求。", ["完善租赁供给体系", "创新服务模式"]),
    ("在社区改造中，充分满足残疾人的出行需要，建设无障碍通道。",      # inside the sentence: it acts
     ["充分满足残疾人的出行需要", "建设无障碍通道"]),
    ("满足新市民住房需求。", ["满足新市民住房需求"]),              # alone: the commitment itself
    # rule role_tail: any role or effect named last is what the measures before it are for
    ("加强非遗传承基地建设，发挥传帮带作用。", ["加强非遗传承基地建设"]),
    ("扩大检测机构覆盖，充分发挥质量检测的把关作用。", ["扩大检测机构覆盖"]),
    ("推进园区道路改造，发挥重点项目的投资拉动效应。", ["推进园区道路改造"]),
    ("充分发挥行业组织的协调作用，引导企业自律。",                  # first, not last: it acts
     ["充分发挥行业组织的协调作用", "引导企业自律"]),
])
def test_needs_met_at_the_end_of_a_sentence_are_its_purpose(text, quotes_):
    assert [r["quote"] for r in explain_rows(text, issuer="宝鸡市人民政府")] == quotes_


# ------------------------------------------------------------------ a document issued and what it lays down
def test_a_ministry_issues_a_document_and_assigns_its_procedure():
    # 某部正式印发《…》 (body_act_adverbs) and 明确由…: the document lays down who does what (a lead verb)
    rows = explain_rows(NEWS + "近日，商务部正式印发《服务评价办法》。在评价程序上，明确由企业自主申报、行业协会审核的评价程序。")
    assert [(r["quote"], r["actor"]) for r in rows] == [
        ("商务部正式印发《服务评价办法》", "商务部"), ("明确由企业自主申报、行业协会审核的评价程序", "商务部")]


# ------------------------------------------------------------------ rules project_schedule, completion_time
@pytest.mark.parametrize("sentence, quotes_", [
    ("某风电项目计划于2028年全面投产，建成后每年可发电3亿千瓦时。", []),   # a builder's timetable; 建成后 tells when
    ("三期工程即将启动建设。", []),
    ("城市轨道交通3号线全线通车。", ["城市轨道交通3号线全线通车"]),         # a completion stays a measure
])
def test_a_projects_timetable_in_news_is_no_measure(sentence, quotes_):
    assert [r["quote"] for r in explain_rows(NEWS + sentence)] == quotes_


def test_a_projects_timetable_in_a_governments_own_plan_stays_a_measure():
    rows = explain_rows("某风电项目计划于2028年全面投产，建成后每年可发电3亿千瓦时。", issuer="某市人民政府")
    assert [r["quote"] for r in rows] == ["某风电项目计划于2028年全面投产"]


def test_a_completion_with_hou_is_a_time_adverbial():
    assert [r["quote"] for r in explain_rows("建成后，将新增停车位500个。", issuer="某市人民政府")] == []


# ------------------------------------------------------------------ rule before_after_time
@pytest.mark.parametrize("sentence, quotes_", [
    ("动工前，组织住户协商议事，完善设计方案。", ["组织住户协商议事", "完善设计方案"]),   # 动工前 tells when
    ("汛期前，全面开展隐患排查。", ["全面开展隐患排查"]),
    ("推进背街小巷整治，整治后，街巷环境明显改善。", ["推进背街小巷整治"]),               # 整治后 no action
])
def test_a_verb_with_qian_or_hou_is_a_time_adverbial(sentence, quotes_):
    assert [r["quote"] for r in explain_rows(sentence, issuer="宝鸡市人民政府")] == quotes_


# ------------------------------------------------------------------ rule goal_section_action
def test_a_goal_section_keeps_its_line_of_work_and_drops_its_goals():
    text = ("一、总体目标\n围绕稳岗扩岗，以数字化改革为牵引，进一步健全培训机制，完善落实创业扶持政策。"
            "到2027年，新增就业岗位500个，农村供水体系基本建成。\n二、主要任务\n开展订单式培训。")
    assert [r["quote"] for r in explain_rows(text, issuer="宝鸡市人民政府")] == [
        "进一步健全培训机制", "完善落实创业扶持政策", "开展订单式培训"]


def test_a_goal_section_of_goals_only_holds_no_measure():
    text = ("（一）主要目标\n在供水方面，建成覆盖城乡的供水设施，形成高效供水体系。\n"
            "（二）重点任务\n开展供水设施改造。")
    assert [r["quote"] for r in explain_rows(text, issuer="宝鸡市人民政府")] == ["开展供水设施改造"]
