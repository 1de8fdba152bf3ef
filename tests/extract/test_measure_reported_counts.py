"""Constructions of the measures stage (issue 10): reported actions that carry a count,
responsibility notes in 〔〕, a body acting through its head, and clauses that look like actions
but are none. One data table per named rule, input -> expected measure quotes (and actors).

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import measure_quotes as _quotes, quotes_and_actors


# ------------------------------------------------------------------ rule new_facility
# 新增 + facilities, institutions or designated zones and their count: an action of adding them;
# 新增 + people, jobs or firms stays a figure

@pytest.mark.parametrize("text, expected", [
    ("新增公办幼儿园12所。", ["新增公办幼儿园12所"]),
    ("新增城市绿道300公里，新增就业5万人。", ["新增城市绿道300公里"]),
    ("新增省级农业示范区和现代农业产业园3个。", ["新增省级农业示范区和现代农业产业园3个"]),
    ("新增步道45公里。", ["新增步道45公里"]),                     # the head noun right after 新增
    ("新增幼儿园3所，新增学位2000个。", ["新增幼儿园3所"]),
    ("新增就业岗位3万个。", []),
    ("新增市场主体2.1万户。", []),
])
def test_new_facilities_counted_are_an_action(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ verbs of reported delivery
# 筹集 (raising housing or funds) is a lead verb, also after 新; 获批 (rule approved_action) before
# an action verb reports the approval won: the verb after it leads

@pytest.mark.parametrize("text, expected", [
    ("新筹集公租房房源1200套。", ["新筹集公租房房源1200套"]),
    ("筹集专项资金5亿元，支持旧城改造。", ["筹集专项资金5亿元", "支持旧城改造"]),
    ("获批建设2个国家级物流枢纽。", ["获批建设2个国家级物流枢纽"]),
    ("获批设立省级高新区。", ["获批设立省级高新区"]),
    ("获批国家级荣誉称号。", []),                 # 获批 + a noun: no action verb follows
])
def test_raising_and_approved_actions_lead(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule completed_task (pilots)
# and rule tallied_completion: 完成 a pilot task; after 已/累计 完成 + a count of units leads
# whatever the object, while an amount (已完成投资…) stays a figure

@pytest.mark.parametrize("text, expected", [
    ("完成3个乡镇综合改革试点任务。", ["完成3个乡镇综合改革试点任务"]),
    ("目前已完成12家园区扩区调区。", ["完成12家园区扩区调区"]),  # the quote opens at the action
    ("累计完成300户农房风貌提升。", ["完成300户农房风貌提升"]),
    ("已完成投资80亿元。", []),
    ("完成全年目标任务。", []),                   # no task noun, no tally: an outcome
])
def test_completed_pilots_and_tallied_completions_are_actions(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ result_predicate: 开诊, 开馆

@pytest.mark.parametrize("text, expected", [
    ("市第一医院东院区、市妇幼保健院新院区等开诊。", ["市第一医院东院区、市妇幼保健院新院区等开诊"]),
    ("市图书馆新馆开馆。", ["市图书馆新馆开馆"]),
    ("医院开诊后日均接诊500人次。", []),          # 开诊 inside a time clause, not its end
])
def test_opening_of_a_hospital_or_a_library_is_a_reported_action(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule counted_divisions
# a count of the divisions that acted (12市共…, 全省8个县均已…) opens the clause like a level of
# government: the action after it decides

@pytest.mark.parametrize("text, expected", [
    ("12市共发放文旅消费券3亿元。", ["发放文旅消费券3亿元"]),
    ("全省8个县均已出台实施细则。", ["出台实施细则"]),
    ("12市消费券使用率达到80%。", []),             # no tally word: no acting divisions
])
def test_a_count_of_divisions_then_the_action(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule bracket_note
# a responsibility note in 〔〕 (official documents' notes, with parentheses of their own inside)
# names the lead unit: the first unit is the actor of the measures before it

@pytest.mark.parametrize("text, expected", [
    ("（一）优化准入环境。推行证照分离改革。〔责任单位：省市场监管局、省商务厅按职责分工负责。涉及市(州)人民政府的，下同。〕",
     [("推行证照分离改革", "四川省市场监督管理局")]),
    ("（二）完善流通网络。建设区域物流枢纽。〔责任单位：省发展改革委〕", [("建设区域物流枢纽", "四川省发展和改革委员会")]),
    ("（三）强化执法。开展反垄断专项执法。〔牵头单位：省市场监管局；配合单位：省发展改革委〕",
     [("开展反垄断专项执法", "四川省市场监督管理局")]),
    ("（四）加强协调。建立联席会议制度。", [("建立联席会议制度", "四川省人民政府")]),  # no note: the issuer
])
def test_a_note_in_tortoise_shell_brackets_names_the_lead_unit(text, expected):
    assert quotes_and_actors(text, "四川省人民政府", "510000") == expected


# ------------------------------------------------------------------ rule leader_acts
# a body, then its head by title and name, then the action (after a time word): the body acts

@pytest.mark.parametrize("text, expected", [
    ("国务院总理王某日前签署国务院令，公布修订后的某某条例。",
     [("国务院总理王某日前签署国务院令，公布修订后的某某条例", "国务院")]),
    ("国务院总理王某表示，要稳定就业。", [("要稳定就业", "国务院")]),  # a speaker, no action of the head
])
def test_a_body_acts_through_its_head(text, expected):
    assert quotes_and_actors(text, "", "CN") == expected


# ------------------------------------------------------------------ not measures
# rule problem_adverbial: 针对…问题, is the adverbial of the next action (its verbs are no action);
# outcomes described (…成果加快涌现) and noun phrases (…的重要领域) are no action

@pytest.mark.parametrize("text, expected", [
    ("二是针对审批时限过长问题，增加限时办结的规定。", ["增加限时办结的规定"]),
    ("针对企业融资难点，设立应急转贷资金。", ["设立应急转贷资金"]),
    ("针对重点行业开展专项检查。", ["针对重点行业开展专项检查"]),  # the action in the same clause
    ("产业集群不断壮大，创新成果竞相涌现。", []),
    ("数字经济，培育新动能的重要领域。", []),
    ("培育新动能，拓展数字经济应用领域。", ["培育新动能", "拓展数字经济应用领域"]),
])
def test_problems_outcomes_and_noun_phrases_are_no_measures(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ adverbs 加速, 致力于; verb 推开
# 加速 reads like 加快 (an outcome behind it stays an outcome); 致力于 before an action verb is the
# effort put into it; 全面推开 (a pilot or a plan rolled out everywhere) is an action

@pytest.mark.parametrize("text, expected", [
    ("加速推进城市更新。", ["加速推进城市更新"]),
    ("加速提升园区平台能级。", []),                # 提升…能级: an outcome (rule outcome)
    ("致力于建设近零碳社区。", ["致力于建设近零碳社区"]),
    ("全面推开城乡居民医保市级统筹。", ["全面推开城乡居民医保市级统筹"]),
])
def test_adverbs_of_speed_and_effort_and_rolling_out(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ slogans (rules outcome, principle)
# 稳住…基本盘: the base held steady is the state sought; 建设…强国/强省: the slogan of becoming strong
# in a field

@pytest.mark.parametrize("text, expected", [
    ("坚决稳住农业基本盘。", []),
    ("加快建设体育强国。", []),
    ("加快建设文化强省，建设3个文化产业园区。", ["建设3个文化产业园区"]),
    ("建设强国防科技工业基地。", ["建设强国防科技工业基地"]),  # 强 inside a name, not at the end
])
def test_slogans_of_steadiness_and_strength_are_no_measures(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule class_departments
# a class of departments named by its duty (行业主管部门要…, 业务主管部门应当…) is directed by the
# document: the issuer is the actor; a level (市主管部门) keeps the body it names

@pytest.mark.parametrize("text, expected", [
    ("行业主管部门要强化对所属领域企业的监督。", [("行业主管部门要强化对所属领域企业的监督", "国务院办公厅")]),
    ("业务主管部门应当履行监督职责。", [("业务主管部门应当履行监督职责", "国务院办公厅")]),
    ("市主管部门要开展专项检查。", [("市主管部门要开展专项检查", "市主管部门")]),
])
def test_a_class_of_departments_carries_out_the_issuers_measure(text, expected):
    assert quotes_and_actors(text, "国务院办公厅", "CN") == expected


# ------------------------------------------------------------------ verbs 查处 and 收储, rule tallied_subject
# 查处 (enforcement) and 收储 (buying into reserves) are actions; a subject word, a tally, then the verb

@pytest.mark.parametrize("text, expected", [
    ("完成投资2.6亿元。", []),                      # an amount: a figure
    ("依法查处虚假宣传等违法行为。", ["依法查处虚假宣传等违法行为"]),
    ("收储闲置工业用地300亩。", ["收储闲置工业用地300亩"]),
    ("全国共查处食品安全案件2万件。", ["全国共查处食品安全案件2万件"]),
    ("全国共有小微企业5000万户。", []),              # 共有: no action after the tally
])
def test_enforcement_reserves_and_tallied_subjects(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule outcome: goals met, states brought about
# 完成国家下达的…目标 / 完成全年目标任务 is a result; a goal with its amount stays a measure;
# 推动X暖起来 names the state sought

@pytest.mark.parametrize("text, expected", [
    ("完成省里下达的单位工业增加值用水下降目标。", []),
    ("圆满完成全年目标任务。", []),
    ("要完成国家下达的节能目标任务。", []),       # behind a modal too
    ("要完成年度5亿元政府债务化解目标。", ["要完成年度5亿元政府债务化解目标"]),
    ("推动消费暖起来、市场活起来。", []),
    ("推动消费品以旧换新，让市场活起来。", ["推动消费品以旧换新"]),
])
def test_goals_met_and_states_brought_about_are_no_measures(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule topic_clause
# a sentence opening with a short clause of a verb and a broad aggregate (稳住商品消费，) and going on
# with the measures: that first clause is their topic, no measure of its own

@pytest.mark.parametrize("text, expected", [
    ("稳住商品消费，落实家电以旧换新政策，开展汽车促消费活动。", ["落实家电以旧换新政策", "开展汽车促消费活动"]),
    ("一是扩大制造业投资，实施技术改造专项。", ["实施技术改造专项"]),
    ("扩大制造业投资。", ["扩大制造业投资"]),          # a sentence of its own: no topic of others
    ("落实家电以旧换新政策，扩大汽车消费。", ["落实家电以旧换新政策", "扩大汽车消费"]),  # not first
])
def test_a_short_topic_clause_opening_a_sentence_is_no_measure(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule project_investment
# projects or works named first, then 完成投资 + an amount: the investment made in them, a reported
# action; 完成投资 + an amount with no project named before it stays a figure

@pytest.mark.parametrize("text, expected", [
    ("城东片区3条配套道路完成投资4200万元。", ["城东片区3条配套道路完成投资4200万元"]),
    ("两个安置房项目完成投资1.5亿元。", ["两个安置房项目完成投资1.5亿元"]),
    ("污水管网改造工程完成固定资产投资8000万元。", ["污水管网改造工程完成固定资产投资8000万元"]),
    ("全年完成投资12亿元。", []),
    ("固定资产投资完成320亿元。", []),
])
def test_investment_completed_in_named_works_is_an_action(text, expected):
    assert _quotes(text) == expected
