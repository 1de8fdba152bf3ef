"""Constructions of policy prose that carry a measure without a lead verb at the clause opening
(round 5, issue 10): one data table per named rule, input -> expected measure quotes and actor.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import article, measures, quotes, quotes_and_actors

ISSUER = "某市人民政府"


def _found(text: str, issuer: str = ISSUER, region_id: str = "CN") -> list[tuple[str, str]]:
    return quotes_and_actors(text, issuer, region_id)


# ------------------------------------------------------------------ rule duration_prefix
# a duration that times the commitment (三年内, 5年内, 2020年起5年内) is skipped like a year: the
# quote starts at the action, as after 2026年 or 下一步

@pytest.mark.parametrize("text, quote", [
    ("5年内重点引进30名高层次人才。", "重点引进30名高层次人才"),
    ("三年内新建社区食堂20个。", "新建社区食堂20个"),
    ("今后两年间建设10个养老服务中心。", "建设10个养老服务中心"),
])
def test_a_duration_before_the_verb_is_skipped(text, quote):
    assert [q for q, _ in _found(text)] == [quote]


# ------------------------------------------------------------------ rule subject_adverbial
# a body, then a time word or a place adverbial (在…内/上/中), then its action: the body acts

@pytest.mark.parametrize("text, quote, actor", [
    ("国家发展改革委近日印发通知。", "国家发展改革委近日印发通知", "国家发展和改革委员会"),
    ("财政部日前下达补助资金。", "财政部日前下达补助资金", "财政部"),
    ("农业农村部在全国范围内部署开展春季农资打假行动。", "农业农村部在全国范围内部署开展春季农资打假行动", "农业农村部"),
    # round 13 (subject-first news reports): the day it acts on, and 公开
    ("商务部6月3日至5日在杭州举办投资促进活动。", "商务部6月3日至5日在杭州举办投资促进活动", "商务部"),
    ("财政部、税务总局公开发布了新的征管规定。", "财政部、税务总局公开发布了新的征管规定", "财政部"),
    ("全国人大常委会办公厅4月2日在杭州举办培训班。", "全国人大常委会办公厅4月2日在杭州举办培训班",
     "全国人民代表大会常务委员会办公厅"),
])
def test_a_body_with_a_time_word_or_place_adverbial_acts(text, quote, actor):
    assert _found(text, issuer="") == [(quote, actor)]


# ------------------------------------------------------------------ rules body_manner_adverb, early_time
# round 13 (wave 2): how pointedly or how often a body acts (专门, 首次, 定期, 再次, 多次, 特别) and how
# long ago (早在…就) stand between the body and its verb, as 正式 does; so after a place in news

@pytest.mark.parametrize("text, quote, actor", [
    ("民政部专门设立老年人服务热线。", "民政部专门设立老年人服务热线", "民政部"),
    ("教育部定期组织乡村教师到城区学校跟岗学习。", "教育部定期组织乡村教师到城区学校跟岗学习", "教育部"),
    ("商务部首次举办跨境电商对接会。", "商务部首次举办跨境电商对接会", "商务部"),
    ("科技部早在2018年就出台了科研助理岗位办法。", "科技部早在2018年就出台了科研助理岗位办法", "科学技术部"),
    # 发起 (an initiative, a campaign) leads as 启动 does
    ("商务部发起老字号品牌焕新行动。", "商务部发起老字号品牌焕新行动", "商务部"),
])
def test_a_body_with_a_manner_adverb_or_an_early_time_acts(text, quote, actor):
    assert _found(text, issuer="") == [(quote, actor)]


def test_a_manner_adverb_without_a_body_is_no_subject():
    # 首次 with no body before it: nothing acts (a first time reported of a figure)
    assert _found("全市客运量首次突破一亿人次。", issuer="") == []


def test_a_body_with_a_basis_phrase_is_no_subject_of_a_verb_inside_it():
    # 按照…标准 is no place adverbial: the 服务 inside its object is no action of the body
    assert _found("某某局按照项目审批码有关规范。", issuer="") == []


# ------------------------------------------------------------------ rule disposal
# 将/把 + object + 纳入/列入/列为/转为/打造成 … : the verb after the object is the action

@pytest.mark.parametrize("text, quotes_", [
    ("将食品安全纳入年度考核。", ["将食品安全纳入年度考核"]),
    ("要把老旧管网改造列入年度重点任务。", ["要把老旧管网改造列入年度重点任务"]),
    ("将闲置厂房打造成创业孵化基地。", ["将闲置厂房打造成创业孵化基地"]),
    ("将继续加大财政投入。", ["将继续加大财政投入"]),                 # 将 the modal: 加大 leads
    ("把这项工作摆在首位。", []),                                      # a principle in the same form
    ("把本市建成区域中心城市的工作思路。", []),                         # a noun phrase: 的工作思路
])
def test_a_disposal_verb_after_the_object_is_the_action(text, quotes_):
    assert [q for q, _ in _found(text)] == quotes_


# ------------------------------------------------------------------ rule disposal_object (round 13)
# 将 as the object marker: things joined (将A与B融合, 将X融入Y, 将X整合) -- the verb after the object acts,
# and 将 plans nothing; 将 + a preposition or a pace adverb is the future

@pytest.mark.parametrize("text, quotes_", [
    ("将农耕文化与乡村旅游深度融合。", ["将农耕文化与乡村旅游深度融合"]),
    ("将养老服务融入社区治理。", ["将养老服务融入社区治理"]),
    ("将两个服务中心整合。", ["将两个服务中心整合"]),
    ("将在全县推广这一做法。", ["将在全县推广这一做法"]),           # the future: 推广 leads
    ("将进一步推进城乡融合。", ["将进一步推进城乡融合"]),           # the future: 推进 leads
])
def test_jiang_marking_the_object_of_a_joining_or_issuing_verb(text, quotes_):
    assert [q for q, _ in _found(text)][:len(quotes_)] == quotes_


def test_jiang_as_the_object_marker_plans_nothing_in_a_report():
    from policydata.document import Article
    from policydata.extract.measures import extract_measures
    text = "去年，杭州将体育赛事与商业街区深度融合，带动消费增长。"
    found = extract_measures(Article(1, "", text, []), issuer="", region_id="CN", region_mentions=[])
    rows = [(text[m.start:m.end], m.status) for m in found]
    assert ("杭州将体育赛事与商业街区深度融合", "reported") in rows, rows


# ------------------------------------------------------------------ rule yi_wei_frame (round 13)
# 以X为Y (以…为导向, 以…为抓手) frames the clauses after it: a verb inside X (整改, 建设) is no action

@pytest.mark.parametrize("text, first", [
    ("以群众需求为鲜明导向，完善长效机制。", "完善长效机制"),
    ("以园区建设为抓手，培育特色产业集群。", "培育特色产业集群"),
])
def test_a_yi_wei_frame_is_no_measure_of_its_own(text, first):
    assert [q for q, _ in _found(text)][:1] == [first]


# ------------------------------------------------------------------ round 13: verbs of the same class
# finding out and assessing (摸清, 排查, 评估), applying (申报) and correcting (纠治, 整改) lead a measure

@pytest.mark.parametrize("text, quote", [
    ("全面摸清耕地资源底数。", "全面摸清耕地资源底数"),
    ("科学评估灾害风险等级。", "科学评估灾害风险等级"),
    ("积极申报国家级试点项目。", "积极申报国家级试点项目"),
    ("重点纠治形式主义突出问题。", "重点纠治形式主义突出问题"),
    ("全面排查燃气管道安全隐患。", "全面排查燃气管道安全隐患"),
])
def test_verbs_of_finding_out_applying_and_correcting_lead_a_measure(text, quote):
    assert [q for q, _ in _found(text)] == [quote]


# ------------------------------------------------------------------ benefactive quantities
# 为 + a quantity (不少于N名, N万 + people, N栋 buildings) + beneficiaries + an action

@pytest.mark.parametrize("text, quote", [
    ("为不少于3万名困难群众免费提供体检服务。", "为不少于3万名困难群众免费提供体检服务"),
    ("为20万老年人免费开展健康筛查。", "为20万老年人免费开展健康筛查"),
    ("为500栋老旧住宅安装电梯。", "为500栋老旧住宅安装电梯"),
])
def test_a_counted_beneficiary_then_an_action_is_a_measure(text, quote):
    assert [q for q, _ in _found(text)] == [quote]


def test_what_is_done_for_people_as_an_outcome_is_no_measure():
    # rule benefactive_outcome: 为群众筑牢…防线 names a state sought, no action
    assert _found("为群众筑牢安全生产防线。") == []


# ------------------------------------------------------------------ adverbs and verbs of reports

@pytest.mark.parametrize("text, quote", [
    ("成功创建国家森林城市。", "成功创建国家森林城市"),
    ("接续推进乡村医生培养工程。", "接续推进乡村医生培养工程"),
    ("迭代升级政务服务平台。", "迭代升级政务服务平台"),
    ("修复受损湿地300亩。", "修复受损湿地300亩"),
    ("发放创业担保贷款5亿元。", "发放创业担保贷款5亿元"),
    ("评选表彰100名优秀乡村教师。", "评选表彰100名优秀乡村教师"),
    ("提速建设城乡供水管网。", "提速建设城乡供水管网"),
    ("上线企业服务综合平台。", "上线企业服务综合平台"),
    ("坚决防止并纠正重复收费行为。", "坚决防止并纠正重复收费行为"),
])
def test_report_adverbs_and_action_verbs_lead(text, quote):
    assert [q for q, _ in _found(text)] == [quote]


# ------------------------------------------------------------------ responsibility notes
# （牵头单位：X，配合单位：Y）: the lead unit acts, the note is cut from the quote, also with a comma

def test_a_lead_unit_note_with_a_comma_names_the_actor():
    found = _found("建设一批青年创业孵化园区。（牵头单位：市商务局，配合单位：市财政局）",
                   issuer="杭州市人民政府", region_id="330100")
    assert found == [("建设一批青年创业孵化园区", "杭州市商务局")]


# ------------------------------------------------------------------ rule recipient_topic
# the recipients first, without 对, then the grant: 新认定示范企业给予…奖补

@pytest.mark.parametrize("text, quotes_", [
    ("新认定市级标杆企业给予15万元一次性奖励。", ["新认定市级标杆企业给予15万元一次性奖励"]),
    ("首次入选的国家级项目给予50万元资助。", ["首次入选的国家级项目给予50万元资助"]),
    ("今年给予奖补的企业达到120家。", []),                   # no recipient before the grant: a figure
])
def test_recipients_then_a_grant_is_a_measure(text, quotes_):
    assert [q for q, _ in _found(text)] == quotes_


# ------------------------------------------------------------------ result predicates, object first
# an action noun (更新, 行动, 整改, 试点建设…) + a progress adverb + 推进/开展/铺开/实施 reports the
# action done; a development (高质量发展扎实推进) stays a description

@pytest.mark.parametrize("text, quotes_", [
    ("老旧街区更新有序开展。", ["老旧街区更新有序开展"]),
    ("50个社区养老试点建设全面铺开。", ["50个社区养老试点建设全面铺开"]),
    ("食品安全专项整治行动深入开展。", ["食品安全专项整治行动深入开展"]),
    ("高质量发展扎实推进。", []),
])
def test_an_action_noun_with_a_progress_predicate_is_a_reported_measure(text, quotes_):
    assert [q for q, _ in _found(text)] == quotes_


# ------------------------------------------------------------------ rule lead_line
# in an official document, a paragraph opening with a short one-clause sentence and going on
# with more sentences states its topic there, as a heading does

def test_a_short_opening_sentence_of_an_official_paragraph_is_its_topic():
    from policydata.extract.measures.headings import _is_lead_line
    assert _is_lead_line("扩大有效投资。", "新开工重点项目300个，加快推进水库建设。")
    assert not _is_lead_line("扩大有效投资。", "")                              # alone: a measure
    assert not _is_lead_line("今年要扩大有效投资。", "新开工重点项目300个。")     # a time word, a modal
    assert not _is_lead_line("实施城市更新行动，改造老旧小区。", "推进管网改造。")  # two clauses


def test_news_keeps_its_short_opening_sentences():
    art = article("持续改善园区营商服务。制定扶持个体工商户发展的专项规划。")
    assert quotes(art, measures(art)) == ["持续改善园区营商服务", "制定扶持个体工商户发展的专项规划"]


# ------------------------------------------------------------------ levels of government as subject
# 市、县两级 / 省市县三级: the document's own governments act; the words are skipped like a time word

@pytest.mark.parametrize("text, quote", [
    ("市、县两级重点扶持50个创业项目。", "重点扶持50个创业项目"),
    ("省市县三级财政安排专项资金。", "安排专项资金"),
    ("三年内市、区两级在重点产业领域引进高层次人才。", "在重点产业领域引进高层次人才"),
    ("跟踪培养200名青年骨干人才。", "跟踪培养200名青年骨干人才"),
])
def test_levels_of_government_opening_a_clause_are_skipped(text, quote):
    assert [q for q, _ in _found(text)] == [quote]


def test_a_second_lead_verb_starts_a_second_measure():
    # rows that span two commitments cost twice: 完善…，提速建设… are two measures
    assert [q for q, _ in _found("进一步完善城乡供水，提速建设智慧社区。")] == ["进一步完善城乡供水", "提速建设智慧社区"]


# ------------------------------------------------------------------ rule list_intro
# a clause followed by a bare list announcement (…，包括：) names the list; its items are the measures

def test_a_clause_announcing_a_list_is_no_measure_of_its_own():
    found = [q for q, _ in _found("我们将办好10件民生实事，包括：新建养老中心20个，改造老旧小区50个。")]
    assert found == ["新建养老中心20个", "改造老旧小区50个"]


def test_laying_a_foundation_is_an_outcome():
    assert _found("筑牢粮食安全基础。") == []
    assert [q for q, _ in _found("强化农业基础设施建设。")] == ["强化农业基础设施建设"]
