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
