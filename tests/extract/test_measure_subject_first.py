"""Round 17: subject-first clauses (extract/measures/subject_first.py) -- [subject] [modal/adverbs]
[action], with the table of subject types and what each yields. Sentences are the project's own."""
from __future__ import annotations

import pytest

from policydata.extract.measures.subjects import _bodies_opening
from test_measure_actors import actor_of, found

NATIONAL = dict(issuer="国务院办公厅", region_id="CN")


@pytest.mark.parametrize("text, quote, expected", [
    # rule class_department_directive: a bare functional department in a national directive is the
    # class of those departments as written, not the ministry
    ("一、分工。自然资源部门要及时保障养老设施用地。", "自然资源部门要", "自然资源部门"),
    ("一、分工。市场监管部门要加强对社区食堂建设的监管。", "市场监管部门要", "市场监管部门"),
    # rule verb_initial_body: a body whose name opens with a verb (发展, 规划), then its modal
    ("一、分工。发展改革部门要做好养老项目的审批工作。", "发展改革部门要", "发展改革部门"),
    # rule body_coverb_action: the body, a coverb or basis phrase, then its action
    ("一、分工。民政部门按规定做好养老机构登记工作。", "民政部门按规定", "民政部门"),
    # rule body_adverbial after a modal: 要根据…， then the actions of the clauses after it
    ("一、分工。自然资源部门要根据城市规模，统筹布局养老用地，及时办理供地手续。", "及时办理供地", "自然资源部门"),
    # rule addressed_departments stays: 各地 + a department carries out the issuer's measure
    ("一、分工。各地民政部门要做好养老机构登记工作。", "各地民政部门要", "国务院办公厅"),
    # rule local_governments_plural: bare 地方政府 for the whole country is every level's government
    ("一、分工。地方政府要做好养老服务保障工作。", "地方政府要", "地方各级人民政府"),
    # rule unresolved_anaphor: 当地政府 with no place named before it is the places directed
    ("一、分工。当地政府要做好养老服务保障工作。", "当地政府要", "国务院办公厅"),
])
def test_a_general_body_named_first_is_the_actor_of_its_clause(text, quote, expected):
    assert actor_of(text, quote, **NATIONAL) == expected


def test_a_bare_department_in_a_news_story_stays_the_ministry():
    # rule national_department (news, no issuer) is not changed by rule class_department_directive
    text = "记者从有关方面获悉，税务部门推出多项便民措施，简化退税流程。"
    assert all(actor != "税务部门" for _, actor, _ in found(text, region_id="CN"))


@pytest.mark.parametrize("text, quote, expected", [
    # rule item_addressee: the paragraph's first sentence opens with its addressee; its later
    # subjectless sentences (a modal, a verb, a coverb first) are that addressee's too
    ("三、保障。地方各级人民政府要制定养老服务实施方案，明确责任分工。要加强资金保障，及时公开补贴标准。"
     "建立养老服务投诉渠道。", "建立养老服务投诉", "地方各级人民政府"),
    ("三、保障。地方各级人民政府要制定养老服务实施方案。要加强资金保障，及时公开补贴标准。", "要加强资金保障",
     "地方各级人民政府"),
    # …but not a sentence that names a subject of its own
    ("三、保障。地方各级人民政府要制定养老服务实施方案。其他有关部门要立足职责，积极推出养老服务项目。", "积极推出",
     "国务院办公厅"),
])
def test_a_paragraph_addressed_to_a_body_is_that_bodys(text, quote, expected):
    assert actor_of(text, quote, **NATIONAL) == expected


def test_a_body_named_later_in_the_first_sentence_addresses_nothing():
    text = "三、保障。按照地方各级人民政府的部署，制定养老服务实施方案。要加强资金保障，及时公开补贴标准。"
    assert actor_of(text, "要加强资金保障", **NATIONAL) == "国务院办公厅"


@pytest.mark.parametrize("text, quote, expected", [
    # rule named_effort_action: a named subject, an effort adverb, a concrete action: a row of that subject
    ("三、保障。地方各级人民政府要尽快制定养老服务实施方案。", "地方各级人民政府要尽快制定", "地方各级人民政府"),
])
def test_an_effort_adverb_after_a_named_subject_is_no_exhortation(text, quote, expected):
    assert actor_of(text, quote, **NATIONAL) == expected


def test_a_place_in_news_improving_with_effort_acts():
    # rule named_effort_action with rule region_subject (news): 某市着力优化… is that city's action
    text = "本报记者走访浙江多地。湖州着力优化营商环境，推出多项便企举措。"
    assert actor_of(text, "湖州着力优化", region_id="CN") == "湖州市人民政府"


def test_an_effort_adverb_without_a_subject_or_before_study_stays_an_exhortation():
    rows = found("三、保障。要切实增强责任意识。地方各级人民政府要切实研究养老需求。", **NATIONAL)
    assert not any(q.startswith(("要切实", "地方各级人民政府要切实研究")) for q, _, _ in rows)


def test_reference_adverb_before_the_verb():
    # rule reference_adverb (measure_verbs.json adverbs): 参照/比照 before a verb, the directive is a row
    rows = found("一、机制。省级层面成立工作专班。各地要比照设立相应工作机构。", **NATIONAL)
    assert any(q.startswith("各地要比照设立") and a == "国务院办公厅" for q, a, _ in rows)


@pytest.mark.parametrize("clause, home, body, end", [
    ("分别由市科技局给予奖励", "440100", "广州市科学技术局", 7),
    ("统一由市科技局给予奖励", "440100", "广州市科学技术局", 7),
    ("由市科技局给予奖励", "440100", "广州市科学技术局", 5),
])
def test_adverb_before_the_agent_coverb(clause, home, body, end):
    # rule agent_you_adverb: 分别由/统一由 + body: the body opens the clause, the adverb and 由 are no part of its name
    assert [(a.name, e) for a, e in _bodies_opening(clause, home)][:1] == [(body, end)]
