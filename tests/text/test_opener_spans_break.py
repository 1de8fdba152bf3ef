"""Rule opener_spans_break (``column_breaks.fit``): a speaker opener (某某说，) under a cut whose last
character reads a word the page writes with the opener's first (联合创 | 始人某某说，: 创始) starts
inside that word; an opener anchored on a word of its own (今年， 同时，) still opens a paragraph."""
from __future__ import annotations

import pytest

from policydata.text.layout.column_breaks import fit


@pytest.mark.parametrize("before,after,pairs,rule", [
    # the title 创始人 cut after its first character: the opener reads the same with 创 before it
    ("乙科技公司联合创", "始人王明说，“我们把订单排到了年底。”", {"创始": 1}, "opener_inside_word"),
    ("甲县农业农村局副局", "长李华介绍，今年全县新建高标准农田五万亩。", {"局长": 1}, "opener_inside_word"),
    # no word read across the break: the speaker opens a paragraph
    ("乙科技公司的新产品很受欢迎", "王明说，“我们把订单排到了年底。”", {}, "paragraph_opener"),
])
def test_speaker_opener_under_a_split_word(before, after, pairs, rule):
    rules = [d.rule for d in fit(before, after, pairs)[1]]
    assert rule in rules


def test_opener_inside_word_weighs_less_than_a_paragraph_opener():
    inside = fit("乙科技公司联合创", "始人王明说，“我们把订单排到了年底。”", {"创始": 1})[0]
    apart = fit("乙科技公司的新产品很受欢迎", "王明说，“我们把订单排到了年底。”", {})[0]
    assert inside > apart
