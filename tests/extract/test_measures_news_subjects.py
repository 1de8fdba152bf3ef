"""Measures in news reports: who acts. A scholar's opinion, a research team's or staff's work is
no government measure (rules scholar_speaker, firm_subject for research teams); a government body
acting on researchers stays a measure. Invented sentences, one table per construction, both ways."""
from __future__ import annotations

import pytest

from policydata.extract.measures.explain import explain_rows

HEADLINE = "某地推进科技创新\n"
DATELINE = "本报石家庄3月1日电  （记者张三）"


def quotes_of(*paragraphs: str) -> list[str]:
    """The measure quotes of a news report: headline, a dateline, then the paragraphs."""
    text = HEADLINE + DATELINE + "\n".join(paragraphs)
    return [r["quote"] for r in explain_rows(text, date="2026-03-01")]


# rule scholar_speaker: a title of research (教授, 研究员, 学者, 分析师, 经济学家), a name, a
# speech verb: what follows in the sentence is an opinion
SCHOLAR_OPINIONS = [
    "某某大学教授张三表示，加大财政公开力度，有助于凝聚改革共识。",
    "某研究所研究员李四认为，应加快建设全国统一的算力网络。",
    "某证券首席经济学家王五分析，推进产业链协同，可以降低企业成本。",
    "经济学者赵六指出，要进一步扩大服务消费，培育新的增长点。",
]


@pytest.mark.parametrize("sentence", SCHOLAR_OPINIONS)
def test_a_scholars_opinion_is_no_measure(sentence):
    assert quotes_of(sentence) == []


# an official speaking is not a scholar: the body's commitment stays a measure
OFFICIALS_SPEAKING = [
    ("某市工业和信息化局局长王五表示，将加快建设算力网络。", "加快建设算力网络"),
    ("某省科技厅负责人介绍，今年将组织实施10个重大科技专项。", "组织实施10个重大科技专项"),
]


@pytest.mark.parametrize("sentence, quote_part", OFFICIALS_SPEAKING)
def test_an_official_speaking_keeps_the_measure(sentence, quote_part):
    assert any(quote_part in q for q in quotes_of(sentence))


# rule firm_subject, research teams and staff: a team whose name opens with a research verb, or
# a research organisation acting through research work (攻关, 研制, 历时…), and the subjectless
# clauses after it in the sentence
RESEARCH_WORK = [
    "研发团队尽全力攻关，针对低气压问题，设计了增压方案。",
    "研究团队在高原反复试验，开发出新型冷却系统。",
    "科研人员深入田间，开展土壤采样分析。",
    "某某课题组历时三年，研制出新型芯片，填补国内空白。",
    "某某团队全力攻关，建成一条中试生产线。",
]


@pytest.mark.parametrize("sentence", RESEARCH_WORK)
def test_research_teams_work_is_no_measure(sentence):
    assert quotes_of(sentence) == []


# a government body acting on or for researchers: the team is its object, the measure stays
GOVERNMENT_FOR_RESEARCH = [
    ("石家庄市科技局支持研发团队开展关键技术攻关。", "支持研发团队开展关键技术攻关"),
    ("石家庄市组建20个科研团队，开展技术服务。", "组建20个科研团队"),
    ("保定市加大投入，支持科研人员开展技术攻关。", "支持科研人员开展技术攻关"),
]


@pytest.mark.parametrize("sentence, quote_part", GOVERNMENT_FOR_RESEARCH)
def test_a_government_acting_for_research_stays_a_measure(sentence, quote_part):
    assert any(quote_part in q for q in quotes_of(sentence))


# rule private_speaker: a person who speaks by name alone after a quotation (”某某说) and is
# never named after a government title: what that person opens or says is theirs
PRIVATE_PERSONS = [
    ["“今年的苹果卖得好。”吴某某说。", "次年，吴某某主动返乡，在荒山上成立了合作社。"],
    ["“订单翻了一番。”李某某介绍。", "李某某说，厂里还建成了冷库，开展技术培训。"],
    ["“机器干活又快又好。”赵某某告诉记者。", "赵某某和村里的农技员一起，推广测土配方施肥。"],
]


@pytest.mark.parametrize("paragraphs", PRIVATE_PERSONS)
def test_a_private_persons_actions_are_no_measure(paragraphs):
    assert quotes_of(*paragraphs) == []


# an official named by title first and by name alone later, and a body acting beside a private
# person, keep their measures
NAMED_OFFICIALS = [
    (["石家庄市商务局局长王某某表示，将发放消费券。", "“要让群众得实惠。”王某某说。", "王某某表示，今年将新建5个便民市场。"],
     "新建5个便民市场"),
    (["“苹果卖得好。”吴某某说。", "吴某某的果园里，遂昌县农业农村局开展了技术培训。"], "开展了技术培训"),
]


@pytest.mark.parametrize("paragraphs, quote_part", NAMED_OFFICIALS)
def test_an_officials_or_a_bodys_measure_stays(paragraphs, quote_part):
    assert any(quote_part in q for q in quotes_of(*paragraphs))


# evaluation clauses (measure_verbs.json evaluation_clause_patterns): the effect a project or a
# policy is said to have (有助于…, 将对…发挥重要作用) judges; no measure in that sentence
EVALUATIONS = [
    "某某大桥工程建成后，将对优化区域路网布局、缓解跨河通行压力起到重要作用。",
    "扩大预算公开的范围，有助于凝聚改革共识。",
    "这条铁路通车后，可为沿线旅游开发起到带动作用。",
]


@pytest.mark.parametrize("sentence", EVALUATIONS)
def test_an_evaluation_of_effects_is_no_measure(sentence):
    assert quotes_of(sentence) == []


# a body's action followed by its own further action is no evaluation
NOT_EVALUATIONS = [
    ("石家庄市建成10个社区食堂，为老年人提供助餐服务。", "建成10个社区食堂"),
    ("保定市设立专项资金，帮助企业发挥创新主体作用。", "设立专项资金"),
]


@pytest.mark.parametrize("sentence, quote_part", NOT_EVALUATIONS)
def test_an_action_stays_a_measure_beside_a_purpose(sentence, quote_part):
    assert any(quote_part in q for q in quotes_of(sentence))
