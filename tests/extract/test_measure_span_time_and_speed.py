"""Round 21: a time span (近年来, 多年来, 三年来, 此前, 当天, X期间) and an adverb of promptness
(立即, 迅即, 迅速, 随即, 紧急, 第一时间) between a body (or a clause's start) and its verb (rules span_time
and speed_adverbs in lexicons/measure_verbs.json); a titled document's release told with the title
as topic (rule released_title, extract/measures/released_titles.py).

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from policydata.extract.measures.explain import explain_rows

NEWS = "本报北京3月2日电（记者张三）"


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["quote"], r["actor"], r["status"]) for r in explain_rows(NEWS + text, date="2025-06-30")]


def _verbs(text: str) -> list[str]:
    return [r["action"] for r in explain_rows(NEWS + text, date="2025-06-30")]


# ------------------------------------------------------------------ span_time
@pytest.mark.parametrize("text, verb", [
    ("交通运输部近年来开展道路安全整治。", "开展"),
    ("生态环境部多年来组织大气污染联防联控。", "组织"),
    ("商务部五年来举办多场招商推介会。", "举办"),
    ("市场监管总局节日期间查处了多起价格违法案件。", "查处"),
    ("水利部当天启动防汛应急响应。", "启动"),
])
def test_a_time_span_between_a_body_and_its_verb(text, verb):
    assert _verbs(text) == [verb]


@pytest.mark.parametrize("text", [
    "近年来，本地经济稳定增长。",            # a span before no action: still no measure
    "活动期间，游客人数明显增加。",
])
def test_a_time_span_before_no_action_gives_no_measure(text):
    assert _verbs(text) == []


# ------------------------------------------------------------------ speed_adverbs
@pytest.mark.parametrize("text, verb", [
    ("应急管理部迅即启动应急响应。", "启动"),
    ("交通运输部立即组织抢通受损道路。", "组织"),
    ("民政部紧急启动救助响应。", "启动"),
    ("卫生健康委第一时间组织医疗救治。", "组织"),
])
def test_an_adverb_of_promptness_between_a_body_and_its_verb(text, verb):
    assert _verbs(text) == [verb]


def test_an_adverb_of_promptness_before_no_verb_gives_no_measure():
    assert _verbs("当地旅游业迅速增长。") == []


# ------------------------------------------------------------------ released_title
@pytest.mark.parametrize("text, quote, actor", [
    ("近日，《海南省促进会展业发展若干措施》发布。", "《海南省促进会展业发展若干措施》发布", None),
    ("财政部、商务部联合印发的《关于促进服务消费的实施方案》（以下简称《方案》）近日公布。",
     "财政部、商务部联合印发的《关于促进服务消费的实施方案》（以下简称《方案》）近日公布", "财政部、商务部"),
])
def test_a_titled_document_released_as_topic_is_a_measure(text, quote, actor):
    rows = _rows(text)
    assert [r[0] for r in rows] == [quote]
    assert rows[0][2] == "reported"
    if actor:
        assert rows[0][1] == actor


@pytest.mark.parametrize("text", [
    "《海南省会展业促进条例》正式实施。",        # in force, no release
    "《关于促进服务消费的实施方案》提出了二十项举措。",   # the document speaks: its content, not its release
])
def test_a_title_that_is_not_released_gives_no_release_row(text):
    assert all(not q.endswith(("发布", "公布")) for q, _, _ in _rows(text))
