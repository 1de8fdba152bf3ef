"""Commentary and talks that read like measures (round 11): talks held on topics (…等交换意见),
a demand read into a field (对…提出了新的更高要求), an advantage a place holds for what the clause
before names (…，某地有区位优势), and a clause followed by an aspect of it (X，关键的一点，在于…).
One table per named rule, input -> expected measure quotes.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import article, measures, quotes


def _quotes(*paragraphs: str, issuer: str = "") -> list[str]:
    art = article(*paragraphs)
    return quotes(art, measures(art, issuer=issuer))


# ------------------------------------------------------------------ rule talk_topic
def test_the_topics_of_talks_are_no_measures():
    assert _quotes("双方就落实两国领导人共识，深化务实合作、推动人文交流等交换意见。") == []


# ------------------------------------------------------------------ rule demand_raised
@pytest.mark.parametrize("text", [
    "这对加快发展现代服务业提出了新的更高要求。",
    "新形势对提升基层治理能力带来了新的挑战。",
])
def test_a_demand_read_into_a_field_is_no_measure(text):
    assert _quotes(text) == []


def test_a_modal_demand_on_firms_is_not_read_as_commentary():
    assert _quotes("要对重点企业加大帮扶力度。", issuer="湖南省人民政府") == ["要对重点企业加大帮扶力度"]


# ------------------------------------------------------------------ rule advantage_held
def test_an_advantage_held_makes_the_clause_before_a_topic():
    assert _quotes("面向周边城市发展物流产业，这座县城有交通区位优势。") == []


def test_a_measure_that_brings_advantages_is_kept():
    assert _quotes("加快建设物流园区，使园区具备区位优势。", issuer="湖南省人民政府")[:1] == ["加快建设物流园区"]


# ------------------------------------------------------------------ rule topic_aspect
@pytest.mark.parametrize("text", [
    "推进城乡融合发展，一个关键的方面，在于畅通要素流动。",
    "发展县域经济，关键在于激活产业。",
])
def test_a_clause_followed_by_an_aspect_of_it_is_the_topic(text):
    assert _quotes(text) == []


# ------------------------------------------------------------------ rule firm_person_speech
def test_a_firm_persons_words_without_quotation_marks_are_no_measures():
    text = ("某某建设有限公司副总经理吴十介绍了工期安排。"
            "“这里紧挨着居民区。”吴十说，既要保证施工进度，又要保护沿线古树。")
    assert _quotes(text) == []
