"""Round 16: manner adverbs completed from general usage (rule manner_adverbs in
lexicons/measure_verbs.json: 动态, 强力, 顺势, 倾力, 合力) are skipped to find the lead verb.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import quotes_and_actors

ISSUER = "某县人民政府"


def _quotes(text: str, issuer: str = ISSUER) -> list[str]:
    return [q for q, _ in quotes_and_actors(text, issuer, "CN")]


@pytest.mark.parametrize("text, expected", [
    ("动态优化项目储备库。", ["动态优化项目储备库"]),
    ("强力推进老旧小区改造。", ["强力推进老旧小区改造"]),
    ("倾力打造特色产业集群。", ["倾力打造特色产业集群"]),
    ("坚定维护中央权威。", []),                 # 坚定 alone is no manner adverb: loyalty, no action
])
def test_manner_adverbs_before_a_lead_verb(text, expected):
    assert _quotes(text) == expected
