"""Constructions of work reports and policy documents that the measures stage reads (round 7, issue
10): one data table per named rule, input -> expected measure quotes (and actor where it matters).

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import article, measures, quotes, quotes_and_actors

ISSUER = "北京市人民政府"


def _found(text: str, issuer: str = ISSUER, region_id: str = "CN") -> list[tuple[str, str]]:
    return quotes_and_actors(text, issuer, region_id)


# ------------------------------------------------------------------ rule new_count (adverb 新)
# 新 before an action verb counts what was newly done (新实施…项目, 新创建一批…): the verb leads;
# 新 before a verb that makes a noun with what follows (新发展理念, 新发展格局) is no action

@pytest.mark.parametrize("text, expected", [
    ("新实施30个技改项目。", ["新实施30个技改项目"]),
    ("新创建一批绿色工厂，新培育专精特新企业50家。", ["新创建一批绿色工厂", "新培育专精特新企业50家"]),
    ("新开工重点项目120个。", ["新开工重点项目120个"]),
    ("抓实氢能装备等9个重点产业项目。", ["抓实氢能装备等9个重点产业项目"]),  # 抓实, like 抓好
    ("新发展理念深入人心。", []),
    ("新增就业岗位3万个。", []),                      # 新增 + a count: a statistic, no action verb
])
def test_new_before_an_action_verb_counts_what_was_done(text, expected):
    assert [q for q, _ in _found(text)] == expected


# ------------------------------------------------------------------ rule result_predicate
# object first, then a completion or progress predicate: a reported action with no verb opening it
# (X投入商业运行, X机制常态化运行, X产业化积极推进, X任务有效落实); a plant that started production
# (X投产) is its owner's output, no measure (rule production_start, round 20)

@pytest.mark.parametrize("text, expected", [
    ("某市核电二期投入商业运行，大型乙烯项目投产，工业投资增长6%。",
     ["某市核电二期投入商业运行"]),
    ("县区结对帮扶机制常态化运行。", ["县区结对帮扶机制常态化运行"]),
    ("农业产业化积极推进。", ["农业产业化积极推进"]),
    ("巡视整改阶段任务有效落实。", ["巡视整改阶段任务有效落实"]),
    ("企业投产后年产值可达5亿元。", []),              # 投产 inside a time clause: no predicate at the end
])
def test_an_object_then_a_completion_predicate_is_a_reported_action(text, expected):
    assert [q for q, _ in _found(text)] == expected


# ------------------------------------------------------------------ rule completed_object
# a review tells a government task object first, its completion after it: a task, project or reform
# completed, money paid out, risks handled, policies put in force, a service brought to all; what an
# indicator became (实现双增长, 实现新的突破) or a goal met (目标任务圆满完成) names no act

@pytest.mark.parametrize("text, expected", [
    ("去年，6000套安置房交付任务全面完成。", ["6000套安置房交付任务全面完成"]),
    ("去年，全年12件惠民工程如期完成。", ["12件惠民工程如期完成"]),
    ("去年，事业单位改革市级层面基本完成。", ["事业单位改革市级层面基本完成"]),
    ("去年，到期地方债券按时足额兑付。", ["到期地方债券按时足额兑付"]),
    ("去年，中小银行风险有序处置。", ["中小银行风险有序处置"]),
    ("去年，托育补贴、生育津贴等政策落地实施。", ["托育补贴、生育津贴等政策落地实施"]),
    ("去年，家庭医生签约服务实现城乡全覆盖。", ["家庭医生签约服务实现城乡全覆盖"]),
    ("去年，150个涉企事项实现跨省通办。", ["150个涉企事项实现跨省通办"]),
    ("去年，完成农村危房改造1.2万户。", ["完成农村危房改造1.2万户"]),
    ("去年，年度目标顺利完成，粮食产量实现双增长，对外开放实现新的突破。", []),
])
def test_a_task_told_object_first_then_completed_is_a_reported_action(text, expected):
    art = article(text)
    found = measures(art, issuer=ISSUER)
    assert [(q, m.status) for q, m in zip(quotes(art, found), found)] == [(q, "reported") for q in expected]


# ------------------------------------------------------------------ rule continued_in_review
# in a review section, 继续 alone tells work that went on: its measures (and the rest of the
# paragraph) are reported; the same words under the plan heading plan

def test_going_on_in_a_review_section_is_reported():
    art = article("一、2025年工作回顾", "过去一年，城市面貌持续改善。继续推进背街小巷整治，拆除违法建设3万平方米。"
                  "社区养老服务实现全覆盖。", "二、2026年工作安排", "继续推进背街小巷整治。",
                  kinds=("heading", "body", "heading", "body"))
    found = measures(art, issuer=ISSUER)
    assert [(q, m.status) for q, m in zip(quotes(art, found), found)] == [
        ("继续推进背街小巷整治", "reported"), ("拆除违法建设3万平方米", "reported"),
        ("社区养老服务实现全覆盖", "reported"), ("继续推进背街小巷整治", "planned")]


# ------------------------------------------------------------------ rules list_lead and trained_count
# a sentence that ends announcing the list after it (…，抓好如下重点任务：) sums up its items: no
# measures of its own; 培训 with a count of people is the action of training (培训补贴 is a noun)

@pytest.mark.parametrize("text, expected", [
    ("围绕产业升级，重点培养一批青年技术骨干，大力引进一批管理人才，抓好如下重点任务：", []),
    ("重点做好以下工作：", []),
    ("培养一批青年技术骨干，实施重点项目。", ["培养一批青年技术骨干", "实施重点项目"]),
    ("3年内重点培训2万名护理人员，建设一批实训基地。", ["重点培训2万名护理人员", "建设一批实训基地"]),
    ("全年轮训村干部5000人次。", ["轮训村干部5000人次"]),
    ("培训补贴按规定发放。", []),
])
def test_a_list_lead_and_training_counted(text, expected):
    assert [q for q, _ in _found(text)] == expected


# ------------------------------------------------------------------ rule preference_applies, lead verb 允许
# a tax preference put on a service (X服务依法享受税收减免政策) and a permission (允许…享受补贴) are
# measures of the issuer; a person enjoying a subsidy with no policy named is none

@pytest.mark.parametrize("text, expected", [
    ("鼓励发展家政服务，家政服务依法享受税收减免政策，允许承租人按规定享受设备补贴。",
     ["鼓励发展家政服务", "家政服务依法享受税收减免政策", "允许承租人按规定享受设备补贴"]),
    ("社区养老服务按规定享受税费减免政策。", ["社区养老服务按规定享受税费减免政策"]),
    ("农民按规定享受补贴。", []),
])
def test_a_tax_preference_and_a_permission_are_measures(text, expected):
    assert [q for q, _ in _found(text, issuer="国务院")] == expected


# ------------------------------------------------------------------ rule dash_lead, two clauses
# a dash line of the work and its effect (——抓好…任务，…持续夯实。) heads the paragraphs after it

@pytest.mark.parametrize("text, expected", [
    ("——抓好稳物价、保供应两项任务，民生底线更加牢固。", []),
    ("——城乡供水体系建设取得积极成效。新建水厂3座。", ["新建水厂3座"]),
])
def test_a_dash_line_of_two_clauses_is_a_heading(text, expected):
    assert [q for q, _ in _found(text)] == expected


# ------------------------------------------------------------------ rule adverbial (a basis), adverb 择优
# 根据…发展需要, / 按照…要求, : the basis the next action answers, no action of its own (建设 inside
# it is no verb); 择优 (on merit) stands before the verb like any adverb

@pytest.mark.parametrize("text, expected", [
    ("根据全市重点产业和社会事业领域建设发展需要，择优设立30个特聘岗位。", ["择优设立30个特聘岗位"]),
    ("按照国家统一部署要求，开展专项清理。", ["开展专项清理"]),
    ("择优遴选一批示范项目。", ["择优遴选一批示范项目"]),
])
def test_a_basis_clause_frames_the_action_after_it(text, expected):
    assert [q for q, _ in _found(text)] == expected


# ------------------------------------------------------------------ rule past_year_prefix
# 去年/前年 open a clause as a time word, like 今年 and 2025年: the action after it leads, reported

@pytest.mark.parametrize("text, expected", [
    ("去年建成城市影像云平台。", [("建成城市影像云平台", "reported")]),
    ("2024年，去年开通社区助餐服务。", [("开通社区助餐服务", "reported")]),
])
def test_last_year_opens_a_reported_action(text, expected):
    # (the status is the review frame that extract.context reads from 去年; the measures stage
    # only lets the time word open the clause)
    art = article(text)
    found = measures(art, issuer=ISSUER)
    assert [(q, m.status) for q, m in zip(quotes(art, found), found)] == expected


# ------------------------------------------------------------------ rule coordinated_subject
# bodies joined to the subject (A、B要…, A和B将…, A及有关部门应当…): the action is theirs and the
# first body, the lead, is its actor; a firm joined by 和 is no body (no subject then)

@pytest.mark.parametrize("text, quote, actor", [
    ("财政部、税务总局要加强政策宣传。", "财政部、税务总局要加强政策宣传", "财政部"),
    ("财政部和税务总局将出台配套政策。", "财政部和税务总局将出台配套政策", "财政部"),
    ("各级人民政府及有关部门应当加强监督检查。", "各级人民政府及有关部门应当加强监督检查", "各级人民政府"),
    ("县级以上地方人民政府及其他部门应当建立协调机制。", "县级以上地方人民政府及其他部门应当建立协调机制",
     "县级以上地方人民政府"),
    ("国家防总办公室、水利部组织相关单位会商研判旱情。",
     "国家防总办公室、水利部组织相关单位会商研判旱情", "国家防汛抗旱总指挥部办公室"),
])
def test_coordinated_bodies_act_through_the_first(text, quote, actor):
    assert _found(text, issuer="国务院") == [(quote, actor)]


# ------------------------------------------------------------------ rules coordinated_subject (subject
# words), duty_adverb and addressed_departments
# 各地区、各部门要…: subject words joined like bodies; 原则上/负责 stand before the action they qualify;
# departments a document directs (各 + no government: 各地商务主管部门负责…) carry out the issuer's
# measure, while a government named for the action (各省级人民政府要…) is its actor

@pytest.mark.parametrize("text, quote, actor", [
    ("各地区要加强监督管理。", "各地区要加强监督管理", "国务院办公厅"),
    ("各地区、各部门要将落实情况纳入年度目标考核。", "各地区、各部门要将落实情况纳入年度目标考核", "国务院办公厅"),
    ("负责推进政务公开工作。", "负责推进政务公开工作", "国务院办公厅"),
    ("各部门原则上应将绩效目标表向社会公开。", "各部门原则上应将绩效目标表向社会公开", "国务院办公厅"),
    ("各地农业主管部门负责组织实施农机补贴工作。", "各地农业主管部门负责组织实施农机补贴工作", "国务院办公厅"),
    ("各省级人民政府要加强统筹。", "各省级人民政府要加强统筹", "各省级人民政府"),
])
def test_addressed_bodies_and_duty_words(text, quote, actor):
    assert _found(text, issuer="国务院办公厅") == [(quote, actor)]


# ------------------------------------------------------------------ rule document_published
# a document named first, then published or put in force (…行动方案印发, 关于…的意见发布, 《…条例》正式
# 施行): a reported issuing; a body opening the clause issued it

@pytest.mark.parametrize("text, quote, actor", [
    ("近日，商务部关于促进消费的通知印发。", "商务部关于促进消费的通知印发", "商务部"),
    ("近日，关于加快建立护理保险制度的意见发布。", "关于加快建立护理保险制度的意见发布", ""),
    ("近日，《某某条例》正式施行。", "《某某条例》正式施行", ""),
])
def test_a_document_named_then_published_is_a_reported_issuing(text, quote, actor):
    art = article(text)
    found = measures(art, issuer="人民日报")
    assert [(q, m.actor or "", m.status) for q, m in zip(quotes(art, found), found)] == [(quote, actor, "reported")]


@pytest.mark.parametrize("text", ["《某某条例》施行以来，成效明显。", "相关规划实施后，交通更加便利。"])
def test_a_document_in_a_time_clause_is_no_issuing(text):
    assert _found(text, issuer="人民日报") == []


# ------------------------------------------------------------------ rule goal_sentence
# a sentence framed by its horizon (到2027年，…) with no modal of commitment states goals, no measures

@pytest.mark.parametrize("text, expected", [
    ("到2027年，建成一批示范区，全面提升服务能力。", []),
    ("（二）到2030年，形成协同发展格局，建成一体化服务体系。", []),
    ("到2027年，要建成一批示范区。", ["要建成一批示范区"]),     # a modal commits
    ("实施城市更新行动，到2027年完成改造。", ["实施城市更新行动", "到2027年完成改造"]),  # a deadline inside
])
def test_a_sentence_of_goals_holds_no_measures(text, expected):
    assert [q for q, _ in _found(text, issuer="国务院")] == expected


# ------------------------------------------------------------------ rule consolidate_campaign
# 巩固 + the results of a named campaign or reform (改革, 整治, 整改, 攻坚, 帮扶) carries it on: a
# measure; 巩固 + a state (态势, 根基) stays an outcome sought

@pytest.mark.parametrize("clause, rule", [
    ("巩固拓展脱贫攻坚成果", ""),
    ("持续巩固拓展农村改革成果", ""),
    ("将持续巩固专项整治成果", ""),
    ("巩固提升对口帮扶的力度和实效", ""),
    ("巩固壮大实体经济根基", "outcome"),
    ("巩固经济回升向好态势", "outcome"),
])
def test_consolidating_a_campaigns_results_is_a_measure(clause, rule):
    from policydata.extract.measures import non_measure_rule
    assert non_measure_rule(clause) == rule


# ------------------------------------------------------------------ rule firm_quote
# in news, a quotation a firm's or a villager's speaker says tells the firm's own work: no measure;
# a government body's speaker, or a quotation naming the body that acts, keeps its measures

NEWS = "本报北京5月9日电 （记者张三）论坛在京开幕。"


@pytest.mark.parametrize("text, expected", [
    (NEWS + "“我们加快新产品研发，建成了新车间。”某某科技公司总监王五介绍。", []),
    (NEWS + "“我们加快新产品研发。”某某科技公司总监王五介绍。“我们还建成了新车间。”王五说。", []),
    (NEWS + "“村里建成了冷库。”村民赵六说。", []),
    (NEWS + "“我们将实施稳健灵活的信贷政策。”中国人民银行行长李四表示。", ["我们将实施稳健灵活的信贷政策"]),
    (NEWS + "“杭州市商务局主动对接，协调落地厂房。”某某公司总监王五说。", ["杭州市商务局主动对接，协调落地厂房"]),
])
def test_what_a_firms_speaker_says_is_no_measure(text, expected):
    assert [q for q, _ in _found(text, issuer="人民日报")] == expected


# rule quote_then_subject (round 14): a first-person quotation closed by a sentence whose subject is a
# person or firm the text named (a firm's person, a private speaker), after a short adverbial clause,
# is that person's; a quotation closed by an official's sentence, or with no first person, is not

@pytest.mark.parametrize("text, firms, expected", [
    ("某某车间主任王五介绍了新产品。“今年我们扩建了新车间。”说起这些，王五很自豪。", (), 1),
    ("“今年我们扩建了冷库，开设了网店。”\n说起这些，赵六笑了。", ("赵六",), 1),
    ("“今年扩建了冷库。”说起这些，赵六笑了。", ("赵六",), 0),
    ("“我们扩建了服务中心。”说起这些，局长王五很自豪。", (), 0),
])
def test_a_quotation_closed_by_its_speakers_sentence_is_theirs(text, firms, expected):
    from policydata.extract.measures.quotes import firm_quotes
    assert len(firm_quotes(text, "CN", firms)) == expected


def test_a_private_speaker_named_across_a_page_line_break():
    from policydata.extract.measures.subjects import firm_names
    assert firm_names("“菜卖得好。”周某某\n说。") == ("周某某",)


# ------------------------------------------------------------------ rules work_requirements and exhortation
# 做好今年工作，要…: a work report's general requirements, no measures; 鼓励大胆创新, 支持先行先试:
# encouragement of a manner of working, no object acted on

@pytest.mark.parametrize("text, expected", [
    ("做好明年工作，要落实会议部署，坚定推进绿色发展，因地制宜培育特色产业。", []),
    ("做好2026年政府工作，必须稳中求进，扩大有效投资。", []),
    ("鼓励大胆探索，支持先行先试，建设一批算力调度设施。", ["建设一批算力调度设施"]),
    ("支持因地制宜，探索建设数据流通设施。", ["探索建设数据流通设施"]),
])
def test_requirements_and_manners_of_working_are_no_measures(text, expected):
    assert [q for q, _ in _found(text, issuer="国务院")] == expected


# ------------------------------------------------------------------ rule notice_directives, several addressees
# 通知明确，A银行、B银行要…: institutions a notice instructs, one or several: the notice's measure

def test_a_directive_to_several_institutions_is_the_notices_measure():
    text = ("本报北京5月12日电 金融监管总局日前印发通知。"
            "通知明确，2027年政策性银行、股份制商业银行要继续单列绿色信贷计划。")
    assert _found(text, issuer="人民日报")[-1] == ("政策性银行、股份制商业银行要继续单列绿色信贷计划", "国家金融监督管理总局")


# ------------------------------------------------------------------ rule notice_directives, shared heads
# an issued document directs institutions named with a shared head (甲、乙机构要…), a fund with a
# parenthetical (某基金（机构）要…) or the parties of a cooperation (合作各方要…): the issuer's measure

@pytest.mark.parametrize("text, expected", [
    ("各级公益性养老、托育机构要合理界定服务人群。", ["各级公益性养老、托育机构要合理界定服务人群"]),
    ("省级引导基金和市级创投基金（机构）要重点支持种子期科技企业。",
     ["省级引导基金和市级创投基金（机构）要重点支持种子期科技企业"]),
    ("校企合作各方要协商确定实训岗位数量。", ["校企合作各方要协商确定实训岗位数量"]),
    ("各类养老机构不得擅自调降护理服务标准。", ["各类养老机构不得擅自调降护理服务标准"]),
])
def test_a_directive_to_institutions_with_a_shared_head_is_the_issuers_measure(text, expected):
    art = article("二、重点任务", text, kinds=("heading", "body"), title="国务院办公厅关于某某工作的指导意见")
    found = measures(art, issuer="国务院办公厅")
    assert quotes(art, found) == expected and all(m.actor == "国务院办公厅" for m in found)


def test_a_regulator_that_requires_is_no_addressee():
    """要求 after an institution is its speech (监管机构要求，…), not a directive modal to it."""
    from policydata.extract.measures.rules import load_verbs
    pattern = load_verbs()["addressee_patterns"][-1]
    assert pattern.match("监管机构要求银行加强风控") is None
    assert pattern.match("对违规机构要依法处理") is None
    assert pattern.match("托育机构要完善安全制度").group() == "托育机构"


# ------------------------------------------------------------------ not_verb_before: a verb that dates a noun
# 升级后的工坊, 改造前的小区: the verb with 后的/前的 modifies the noun after it, no action

@pytest.mark.parametrize("text, expected", [
    ("升级后的工坊，产品增加到了十种。", []),
    ("改造后的小区环境明显改善。", []),
    ("完成老旧小区改造后，新建社区食堂3个。", ["新建社区食堂3个"]),
])
def test_a_verb_that_dates_a_noun_is_no_action(text, expected):
    assert [q for q, _ in _found(text)] == expected


# ------------------------------------------------------------------ rule sub_topic_line
# in an official document, a one-clause sentence of at most six characters inside a paragraph
# (稳住投资。) names the topic of what follows; a longer one (加强物业服务监管。) is a measure

@pytest.mark.parametrize("paragraph, expected", [
    ("促进消费。稳住投资。实施城市更新行动，落实专项债券政策。", ["实施城市更新行动", "落实专项债券政策"]),
    ("促进消费。实施城市更新行动。加强物业服务监管。落实专项债券政策。",
     ["实施城市更新行动", "加强物业服务监管", "落实专项债券政策"]),
])
def test_a_short_topic_line_inside_a_paragraph_is_no_measure(paragraph, expected):
    text = "一、2026年重点工作\n" + paragraph
    art = article(*text.split("\n"), kinds=("heading", "body"), title="某市政府工作报告")
    assert quotes(art, measures(art, issuer=ISSUER)) == expected


# ------------------------------------------------------------------ rules need and noun_subject_next
# 亟须/急需 state a need; the verb phrase before them (发展海洋经济，亟须…) is their subject, no action

@pytest.mark.parametrize("text", [
    "本报广州6月3日电 广东发展低空经济，亟须增强空域管理能力。",
    "本报广州4月8日电 广东建设海洋强省，急需补齐人才短板。",
    "本报成都4月1日电 布局新基建，需要强化统筹协调。",
])
def test_a_stated_need_and_its_subject_are_no_measures(text):
    assert _found(text, issuer="人民日报") == []


# ------------------------------------------------------------------ not_verb_before 区 and rule adverbial 支持在…地区
# a verb naming a zone (保护区, 开发区) is part of a noun; 支持在…地区， frames the next clause's action

@pytest.mark.parametrize("text, expected", [
    ("在自然保护区周边村落的田间，朱鹮觅食。", []),
    ("加快建设国家级经济技术开发区。", ["加快建设国家级经济技术开发区"]),
    ("支持在具备条件的地区，布局建设一批算力中心。", ["布局建设一批算力中心"]),
])
def test_zones_and_supported_places(text, expected):
    assert [q for q, _ in _found(text, issuer="国务院")] == expected


# ------------------------------------------------------------------ rule layout_is_plan
# 优化…布局 lays something out (a plan, as the corpus conventions say of 布局): a measure, while
# 优化…环境/结构 stays an outcome sought

@pytest.mark.parametrize("clause, rule", [
    ("优化冷链物流布局", ""),
    ("优化重大生产力布局", ""),
    ("优化营商环境", "outcome"),
    ("优化产业结构", "outcome"),
])
def test_laying_out_is_a_plan_not_an_outcome(clause, rule):
    from policydata.extract.measures import non_measure_rule
    assert non_measure_rule(clause) == rule
