"""Round 14 precision rules: clauses that carry out work in general (generic_task), urge a
climate or a sense of duty (climate_urged), or report a state with a verb-initial noun phrase as
subject (state_predicate) are no measures; concrete tasks next to them stay measures.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from policydata.extract.measures import non_measure_rule
from test_measures import measure_quotes


@pytest.mark.parametrize("clause, rule", [
    # rule generic_task: the object is work or decisions in general, only scope words before it
    ("推动各项工作落实到位", "generic_task"),
    ("扎实抓好全年工作任务", "generic_task"),
    ("扎实推动中央决策部署落到实处", "generic_task"),
    ("全面落实市人民代表大会审议通过的《计划》部署", "generic_task"),
    ("加快落实“三大任务”", "generic_task"),
    ("采取有力措施", "generic_task"),
    # a content word before the head, or a quoted name: a task of its own
    ("做好秋季森林防火工作", ""),
    ("做好“放管服”工作", ""),
    ("落实惠农补贴政策", ""),
    ("加强党的建设工作", ""),
    ("推进会议确定的重点项目建设", ""),
    # rule climate_urged: a sense of duty raised, a climate formed
    ("要增强干事创业的使命感", "climate_urged"),
    ("推动形成人人参与的良好氛围", "climate_urged"),
    ("营造良好营商环境", ""),                      # a business environment improved is no climate urged
    # rule state_predicate: a noun phrase (even verb-initial) and a state predicate at the end
    ("开放水平有新提高", "state_predicate"),
    ("创新驱动成效明显", "state_predicate"),
    ("区域合作平台持续扩容升级", "state_predicate"),
    ("改革红利加速释放", "state_predicate"),
    ("推动产业转型升级", ""),                      # no adverb of continuity: a causative action
    ("推进老旧小区改造", ""),
])
def test_work_in_general_climates_and_states_commit_to_no_action(clause, rule):
    assert non_measure_rule(clause) == rule


def test_generic_task_gives_no_row_but_the_concrete_task_does():
    text = "二、抓好落实\n各区县要推动各项工作落实到位，做好秋季森林防火工作。"
    quotes = measure_quotes(text)
    assert not any("各项工作" in q for q in quotes)
    assert any("森林防火" in q for q in quotes)


def test_state_predicate_in_a_review_gives_no_row():
    text = "过去一年，我们新建改建农村公路300公里。开放水平有新提高，改革红利加速释放。"
    quotes = measure_quotes(text)
    assert any("农村公路" in q for q in quotes)
    assert not any("开放水平" in q or "改革红利" in q for q in quotes)


def test_request_frame_gives_no_row_but_the_reply_does():
    # rule request_frame: 你市请求，… states what the addressee asks for; the reply's own action stays
    text = ("你市请求，国家加大对山区公路建设的支持力度。"
            "交通运输部将把该项目列入年度计划，并给予适当补助。")
    quotes = measure_quotes(text, issuer="某某部办公厅")
    assert not any("山区公路" in q for q in quotes)
    assert any("年度计划" in q or "适当补助" in q for q in quotes)
