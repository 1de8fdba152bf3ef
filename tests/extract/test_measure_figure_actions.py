"""Round 17 (FIG-MEASURE, STATE-M, enumerated duties): rules that keep an action that carries a figure
or is told object first, and the numbered duties of a speech (extract/measures/figure_actions.py and
measure_verbs.json): money_level_action, disbursement verbs, new_facility (government debt), 增加值 as a noun,
frequency_time, result_predicate (lines opened), ordinal_modal.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import measure_quotes

ISSUER = "某市人民政府"


def _quotes(text: str, issuer: str = ISSUER) -> list[str]:
    return measure_quotes(text, issuer)


# ------------------------------------------------------------------ rule money_level_action
# a lead verb, its object, then a sum of money told as a level reached (超过/逾/突破/达): the action
# with its size; a tally, a base-period comparison or a change elsewhere keeps it a statistic, and so
# does a count of things reached (firms set up)

@pytest.mark.parametrize("text, expected", [
    ("发放餐饮消费券超过5亿元。", ["发放餐饮消费券超过5亿元"]),
    ("减免小微企业税费逾3000万元。", ["减免小微企业税费逾3000万元"]),
    ("累计发放创业担保贷款超过9亿元。", []),
    ("发放普惠贷款超过8亿元，同比增长6%。", []),
    ("新设外资企业超过120家。", []),
])
def test_money_level_action(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ disbursement verbs (lead_verbs)
# paying out, releasing, issuing more and signing are actions of the body that does them

@pytest.mark.parametrize("text, expected", [
    ("拨付防汛救灾资金2亿元。", ["拨付防汛救灾资金2亿元"]),
    ("有序投放新能源出租车号牌。", ["有序投放新能源出租车号牌"]),
    ("按时兑付企业奖补资金。", ["按时兑付企业奖补资金"]),
    ("增发一批文旅消费券。", ["增发一批文旅消费券"]),
])
def test_disbursement_verbs_lead(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule new_facility: government debt
# 新增 + bonds or a debt quota is the fiscal act; 新增贷款 (banks lending) stays a figure

@pytest.mark.parametrize("text, expected", [
    ("新增地方政府专项债券6亿元。", ["新增地方政府专项债券6亿元"]),
    ("新增政府债务限额1.5亿元。", ["新增政府债务限额1.5亿元"]),
    ("新增人民币贷款300亿元。", []),
])
def test_new_government_debt(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule frequency_time
# 每年/每季度/每月 + an action: how often the action recurs, the action leads (the quote opens at it)

@pytest.mark.parametrize("text, expected", [
    ("每季度投放400个便民摊位。", ["投放400个便民摊位"]),
    ("每年安排2000万元专项资金。", ["安排2000万元专项资金"]),
])
def test_frequency_time_opens_the_action(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule result_predicate: lines opened
# a road or a line named first, then opened to traffic: a reported action

@pytest.mark.parametrize("text, expected", [
    ("城北快速路二期通车运行。", ["城北快速路二期通车运行"]),
    ("市域铁路东线开通首发。", ["市域铁路东线开通首发"]),
])
def test_lines_opened_object_first(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule ordinal_modal
# 一要…，二要…: the numeral numbers the duties, 要 stays the modal; 六要素 is a noun

@pytest.mark.parametrize("text, expected", [
    ("一要加快城乡供水一体化，二要健全基层医疗服务网络。", ["要加快城乡供水一体化", "要健全基层医疗服务网络"]),
    ("三要强化校园食品安全监管。", ["要强化校园食品安全监管"]),
])
def test_ordinal_modal_numbers_duties(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ not_verb_before: 增加值
# 增加 + 值 is the indicator value added, no verb: its level reached stays a statistic

@pytest.mark.parametrize("text, expected", [
    ("全市数字产业增加值首次突破900亿元。", []),
])
def test_value_added_is_no_verb(text, expected):
    assert _quotes(text) == expected
