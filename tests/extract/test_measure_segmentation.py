"""Where a measure row ends (issue 10): one commitment per row, its quote the commitment's own
words. One data table per named rule, input -> expected measure quotes.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import measure_quotes as _quotes


# ------------------------------------------------------------------ rule outcome_tail
# a clause with no lead verb that ends in an outcome (a change described, a result, who benefits)
# reports what the action brought about: the measure's quote stops before it

@pytest.mark.parametrize("text, expected", [
    ("推进城区污水管网改造，河道水质进一步改善。", ["推进城区污水管网改造"]),
    ("出台支持家电消费的政策，家电销售稳步回升。", ["出台支持家电消费的政策"]),
    ("实施小微企业贷款贴息，企业利润由降转升。", ["实施小微企业贷款贴息"]),
    ("全面推行林长制，森林防火成效显著。", ["全面推行林长制"]),
    ("提高困难群众救助标准，3万多名群众受益。", ["提高困难群众救助标准"]),
    ("加快老旧小区改造，惠及两万户家庭。", ["加快老旧小区改造"]),
    ("设立助学基金，学生上学难问题得到有效解决。", ["设立助学基金"]),
    ("精心组织赛事保障，各项比赛平稳有序。", ["精心组织赛事保障"]),
    ("实施家电以旧换新，政策效应继续显现。", ["实施家电以旧换新"]),
    ("完善困难群众帮扶措施，做到应帮尽帮。", ["完善困难群众帮扶措施"]),
    ("简化补贴申领流程，让群众少跑腿。", ["简化补贴申领流程"]),
    ("设立技术转移中心，使科研成果尽快转化。", ["设立技术转移中心"]),
    # a completion named after its facility is a reported action of its own, not an outcome
    ("推动新型基础设施建设，城区千兆光纤网络率先建成。", ["推动新型基础设施建设", "城区千兆光纤网络率先建成"]),
    # not an outcome: a verb opens the clause (the outcome sought stays with its action) ...
    ("加强社区服务建设，推动养老服务水平明显提高。",
     ["加强社区服务建设，推动养老服务水平明显提高"]),
    # ... or the clause continues the action (its object or its manner)
    ("实施农村道路提升工程，覆盖全部行政村。", ["实施农村道路提升工程，覆盖全部行政村"]),
])
def test_an_outcome_clause_ends_the_measure(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule conditional_subject
# a condition closed by 的, then a modal and a verb: a commitment of its own (the case it covers),
# its quote keeping the condition; 的 + a noun that merely starts like a modal (应用) is no condition

@pytest.mark.parametrize("text, expected", [
    ("各地要严肃处理违规发放补贴行为，涉嫌违法的要移送有关部门处理。",
     ["各地要严肃处理违规发放补贴行为", "涉嫌违法的要移送有关部门处理"]),
    ("符合条件的应纳入临时救助范围。", ["符合条件的应纳入临时救助范围"]),
    ("推广面向中小企业的应用场景。", ["推广面向中小企业的应用场景"]),
])
def test_a_condition_before_a_modal_opens_its_own_measure(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule completed_task (tasks and
# action plans): completing a task or an action plan is a reported action, a row of its own;
# completing a goal (目标任务) stays an outcome

@pytest.mark.parametrize("text, expected", [
    ("强化政务服务保障，高标准完成老城保护三年行动计划。",
     ["强化政务服务保障", "高标准完成老城保护三年行动计划"]),
    ("深化营商环境改革，基本完成服务业开放试点任务。", ["深化营商环境改革", "基本完成服务业开放试点任务"]),
    ("加快专项债券发行使用，全面完成年度目标任务。", ["加快专项债券发行使用"]),
])
def test_a_task_completed_is_its_own_measure(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule own_action_clause
# a clause the walk would join to the measure before it (no lead verb where the verb is looked
# for) that carries an action of its own is a row of its own: a manner adverbial closed by 地
# before its verb, or a subject and a result predicate (the step taken with a second
# facility, body or task); an outcome (实现稳步增长) and a noun ending in 地 stay joined

@pytest.mark.parametrize("text, expected", [
    ("推进稳岗扩岗行动，更大力度地支持青年就业。", ["推进稳岗扩岗行动", "更大力度地支持青年就业"]),
    ("落实减税降费政策，有针对性地加大对小微企业的信贷投放。",
     ["落实减税降费政策", "有针对性地加大对小微企业的信贷投放"]),
    ("加快城东水厂扩建，新区供水管网实现互联互通。", ["加快城东水厂扩建", "新区供水管网实现互联互通"]),
    ("开展散乱污企业整治，城郊小作坊动态清零。", ["开展散乱污企业整治", "城郊小作坊动态清零"]),
    ("深化国有资产管理改革，经营性国有资产纳入统一监管。", ["深化国有资产管理改革", "经营性国有资产纳入统一监管"]),
    ("建成滨河公园，环城绿道网络基本形成。", ["建成滨河公园", "环城绿道网络基本形成"]),
    # an outcome is no row of its own (rule outcome_tail ends the measure before it)
    ("实施稳岗政策，全市就业实现稳步增长。", ["实施稳岗政策"]),
    ("推进农村公路建设，群众出行条件实现明显改善。", ["推进农村公路建设"]),
    # a noun ending in 地 is no manner adverbial
    ("建设蔬菜种植基地，基地带动周边农户种植。", ["建设蔬菜种植基地，基地带动周边农户种植"]),
])
def test_a_clause_with_its_own_action_is_its_own_row(text, expected):
    assert _quotes(text) == expected


# rule own_action_clause (completed_facility): a facility reported built or opened after another
# measure (某机场三期建成投运, 某工程整体投入运行, 某铁路改造全面完成) is a step of its own; a state
# (就业形势总体稳定) is no completion and stays joined

@pytest.mark.parametrize("text, expected", [
    ("重点项目加快实施，南郊机场三期建成投运，北线铁路扩能改造全面完成。",
     ["重点项目加快实施", "南郊机场三期建成投运", "北线铁路扩能改造全面完成"]),
    ("推进城区道路改造，东湖隧道整体投入运行。", ["推进城区道路改造", "东湖隧道整体投入运行"]),
    ("加快东山引水工程建设，西河大桥正式通车。", ["加快东山引水工程建设", "西河大桥正式通车"]),
    ("实施稳岗政策，全市就业形势总体稳定。", ["实施稳岗政策，全市就业形势总体稳定"]),
])
def test_a_facility_reported_built_after_a_measure_is_its_own_row(text, expected):
    assert _quotes(text) == expected


# rule production_start (round 20): a plant reported starting production (某产业园一期竣工投产) is its
# owner's output, an outcome: no row, and it ends the measure before it; a facility put into
# service (建成投运, 通车) stays a reported action

@pytest.mark.parametrize("text, expected", [
    ("重点项目加快实施，城南纺织产业园一期竣工投产，南郊机场三期建成投运。", ["重点项目加快实施", "南郊机场三期建成投运"]),
    ("西山光伏电站建成投产。", []),
    ("推进园区配套道路建设，北区电子材料工厂投产。", ["推进园区配套道路建设"]),
])
def test_a_plant_starting_production_is_no_measure(text, expected):
    assert _quotes(text) == expected


# rule own_action_clause (adverb): a joined clause that opens with a manner adverb which only ever
# qualifies a verb (主动, 充分, 进一步 ...) opens a commitment of its own even when the lexicon does
# not list its verb; an adverb of frequency (定期) tells how the mechanism before it runs, one of
# resolve (全力) the aim the effort serves, and an adjective before a noun (积极的…) is no adverb:
# those clauses stay joined

@pytest.mark.parametrize("text, expected", [
    ("举办招商推介会，主动走访本地重点企业。", ["举办招商推介会", "主动走访本地重点企业"]),
    ("开展河道清淤整治，进一步疏通城区排水管网。", ["开展河道清淤整治", "进一步疏通城区排水管网"]),
    ("建立家庭医生签约服务制度，定期上门回访签约居民。", ["建立家庭医生签约服务制度，定期上门回访签约居民"]),
    ("完善应急预案，全力守护群众生命财产安全。", ["完善应急预案，全力守护群众生命财产安全"]),
    ("落实更加积极的就业政策，积极的财政政策。", ["落实更加积极的就业政策，积极的财政政策"]),
])
def test_a_clause_led_by_a_manner_adverb_is_its_own_row(text, expected):
    assert _quotes(text) == expected


# rule own_action_clause (timing, round 21): a joined clause that opens with an adverb of timing or
# frequency (及时, 定期, 同时, 立即; 并 before it) and a verb with its object is the next step of the chain:
# a row of its own. After a measure that sets up a mechanism (…制度, …机制, …平台) the adverb tells how
# the mechanism runs, and the clause stays in that row

@pytest.mark.parametrize("text, expected", [
    ("组织干部入户走访，及时解决困难群众实际问题。", ["组织干部入户走访", "及时解决困难群众实际问题"]),
    ("梳理本地项目进度，定期报送省级主管部门。", ["梳理本地项目进度", "定期报送省级主管部门"]),
    ("落实校车安全配备要求，同时明确属地监管责任。", ["落实校车安全配备要求", "明确属地监管责任"]),
    ("排查城区危旧房屋，并及时通报住户和物业。", ["排查城区危旧房屋", "及时通报住户和物业"]),
    ("建立企业诉求直通机制，及时回应企业关切。", ["建立企业诉求直通机制，及时回应企业关切"]),
    ("完善河湖巡查制度，定期公开巡查结果。", ["完善河湖巡查制度，定期公开巡查结果"]),
])
def test_a_clause_led_by_a_timing_adverb_is_its_own_row(text, expected):
    assert _quotes(text) == expected


# rule own_action_clause (manner_word, round 20): a joined clause that opens with a word of two or
# three characters the lexicon knows as no verb, then a lead verb and its object, is the next
# commitment of a verb-object series (滚动推出…, 试点建设…): a row of its own whose quote ends at its own
# clause, as the measure's before it. A subject with a predicate after its verb (某产业发展迈上新台阶,
# 某项目建设进度加快), a verb of effect (显著降低…) and the actions of a party the measure before it
# encourages (支持企业…，自主确定…) stay joined

@pytest.mark.parametrize("text, expected", [
    ("编制年度重点项目计划，滚动推出面向社会资本的项目清单。", ["编制年度重点项目计划", "滚动推出面向社会资本的项目清单"]),
    ("推进南郊机场前期工作，试点建设城区低空起降设施。", ["推进南郊机场前期工作", "试点建设城区低空起降设施"]),
    ("扩大惠民券发放规模，分批次投放餐饮券和文旅券。", ["扩大惠民券发放规模", "分批次投放餐饮券和文旅券"]),
    ("实施科技园区提升行动，园区产业发展迈上新台阶。", ["实施科技园区提升行动，园区产业发展迈上新台阶"]),
    ("推进智慧交通建设，显著降低市民通勤时间。", ["推进智慧交通建设，显著降低市民通勤时间"]),
    ("支持企业结合自身实际需要，自主设置岗位等级，自主开展人才评价。",
     ["支持企业结合自身实际需要，自主设置岗位等级，自主开展人才评价"]),
])
def test_a_clause_led_by_a_manner_word_is_its_own_row(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule conjunction_after_enumeration_comma
# 、 then a conjunction of predicates (并, 同时) ends a clause: what follows is the next commitment,
# no further item of a list; 并 opening a word of its own (并购) keeps the list

@pytest.mark.parametrize("text, expected", [
    ("完善空气质量监测网络、并逐步扩大覆盖范围。", ["完善空气质量监测网络", "逐步扩大覆盖范围"]),
    ("加强水源地保护、同时推进管网改造。", ["加强水源地保护", "推进管网改造"]),
    ("推进企业兼并、并购重组。", ["推进企业兼并、并购重组"]),
])
def test_a_conjunction_after_an_enumeration_comma_opens_a_clause(text, expected):
    assert _quotes(text) == expected


# a clause split off by rule own_action_clause whose own words decide no instrument is a step of
# the measure it was split from: it takes that measure's instrument

@pytest.mark.parametrize("text, expected", [
    ("新建滨河公园，环城绿道实现贯通。", [("新建滨河公园", "infrastructure"), ("环城绿道实现贯通", "infrastructure")]),
])
def test_a_split_clause_without_instrument_takes_the_one_before(text, expected):
    from policydata.extract.measures.explain import explain_rows
    assert [(r["quote"], r["instrument"]) for r in explain_rows(text, issuer="某某市人民政府")] == expected
