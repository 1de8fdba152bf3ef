"""Round 16: manner adverbs completed from general usage (rule manner_adverbs in
lexicons/measure_verbs.json: 动态, 强力, 顺势, 倾力, 合力) are skipped to find the lead verb.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import measure_quotes

ISSUER = "某县人民政府"


def _quotes(text: str, issuer: str = ISSUER) -> list[str]:
    return measure_quotes(text, issuer)


@pytest.mark.parametrize("text, expected", [
    ("动态优化项目储备库。", ["动态优化项目储备库"]),
    ("强力推进老旧小区改造。", ["强力推进老旧小区改造"]),
    ("倾力打造特色产业集群。", ["倾力打造特色产业集群"]),
    ("坚定维护中央权威。", []),                 # 坚定 alone is no manner adverb: loyalty, no action
])
def test_manner_adverbs_before_a_lead_verb(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("县政府依法平等保护各类经营主体。", ["县政府依法平等保护各类经营主体"]),   # 依法 + 平等 + verb
    ("依法公正处理群众信访事项。", ["依法公正处理群众信访事项"]),
    ("促进公平竞争和平等就业。", []),            # 平等 before no lead verb stays a noun's modifier
    ("将家电补贴政策实施期限延长至明年年底。", ["将家电补贴政策实施期限延长至明年年底"]),  # disposal 延长至
])
def test_manner_adverbs_and_disposal_extension(text, expected):
    assert _quotes(text) == expected
