"""Round 19 (issue 10, deliverable 4): what is a measure -- slogans, aim frames, news-portal publishers.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from policydata.extract.measures import non_measure_rule
from policydata.recognize.actors import is_media_name
from test_measures import measure_quotes, quotes_and_actors

# --------------------------------------------------------------------------- rule slogan

@pytest.mark.parametrize("clause, rule", [
    ("牢牢把握改革开放这个关键一招", "slogan"),           # 把握…: the line to hold
    ("要把握好稳和进的节奏", "slogan"),
    ("必须把创新这个首要任务抓紧抓实", "slogan"),          # X这个首要任务: an appositive ranking a goal
    ("统筹推进稳就业、保供应、控风险三项任务", "slogan"),   # 统筹推进 + a list of broad goals
    ("统筹做好防汛抗旱和城乡建设工作", "slogan"),
    ("统筹推进老旧管网、易涝片区等隐患有序整治", ""),       # a list with 等 and a head after it: a task
    ("统筹推进乡镇污水设施建设", ""),                      # one object: 统筹 is an adverb
    ("统筹推进“乡村振兴示范行动”", ""),                    # a named campaign
    ("持续扩大内需、优化供给", "slogan"),                  # the macro aims of a whole economy
    ("进一步扩大内需", "slogan"),
    ("扩大内需规模", ""),                                 # an object of its own after 内需
    ("扩大有效投资", ""),
    ("因地制宜发展新质生产力", "slogan"),
    ("培育新质生产力示范企业", ""),                        # a concrete object after the slogan noun
])
def test_slogan_rule(clause, rule):
    assert non_measure_rule(clause) == rule


def test_slogan_clause_is_no_measure_but_the_action_after_it_is():
    found = measure_quotes("2026年，要牢牢把握发展这个首要任务，统筹推进稳就业、保供应两项任务，新建城市公园12个。")
    assert found == ["新建城市公园12个"]


# --------------------------------------------------------------------------- rule aim_frame

@pytest.mark.parametrize("text, expected", [
    # 着眼 + a goal is a frame: the action after it is the measure, the goal is none
    ("2026年，着眼增强县域发展活力，完善乡镇财政管理制度。", ["完善乡镇财政管理制度"]),
    ("2026年，某区着眼长远谋划，新建两所寄宿制学校。", ["新建两所寄宿制学校"]),
    # 紧扣 is the same frame (it no longer leads a measure of its own)
    ("2026年，紧扣主导产业定位，引进一批链主企业。", ["引进一批链主企业"]),
    # 着眼 + a goal + 提出多项任务: the document's own agenda, no measure
    ("2026年，该方案着眼长远发展提出多项任务举措。", []),
])
def test_aim_frame_passes_to_the_next_clause(text, expected):
    assert measure_quotes(text) == expected


def test_aim_frame_keeps_the_issuer_as_actor():
    pairs = quotes_and_actors("2026年，着眼减轻群众负担，全面推行医疗费用一站式结算。", "国务院")
    assert pairs == [("全面推行医疗费用一站式结算", "国务院")]


# --------------------------------------------------------------------------- media_suffix 信息港

@pytest.mark.parametrize("name, media", [
    ("某城信息港", True),          # a city news portal: an outlet, never the actor
    ("某某新闻网", True),
    ("某市信息中心", False),
])
def test_news_portal_is_media(name, media):
    assert is_media_name(name) is media
