"""How the measures stage matches its lexicon lists: the joined and screened forms must answer
exactly as the plain loops over the patterns and rules do (the speed work keeps output identical).

Each table row: patterns, text -> what the plain loop answers; the helper must agree.
"""
from __future__ import annotations

import re

import pytest

from policydata.extract.measures import non_measure_rule
from policydata.document import Block
from policydata.extract.measures import clauses
from policydata.extract.measures.finding import _block_at, _mentions_from
from policydata.recognize.regions import RegionMention
from policydata.extract.measures.rules import _any, _match_any, _match_word
from policydata.text.patterns import anchored_at_start

PATTERN_LISTS = [
    ["^坚定不移", "不动摇$", "命运共同体$"],            # anchored and end-anchored mixed
    ["^a|b", "^c"],                                     # a top-level alternation is not anchored
    [r"(?<![比较同])去年(?!同期)", "^累计"],            # lookbehind at the start of the text
    [r"(a)\1", "^b"],                                   # a group reference: never joined
    ["(?P<word>应当|必须)", "^(?P<word>不得)"],          # a group name used twice: tried one by one
    ["^了?(?:我们|你们|大家)", "^性(?!能)", "^者", "性能"],
]
TEXTS = ["坚定不移推进改革", "推进改革不动摇", "改革坚定不移", "ab", "xb", "ca", "xc", "比去年增长", "去年同期",
         "今年去年", "累计完成", "aa", "b", "应当加强", "不得擅自", "加强不得", "我们", "了大家", "性能", "提升性能", ""]


@pytest.mark.parametrize("patterns", PATTERN_LISTS)
def test_any_answers_as_searching_each_pattern(patterns):
    compiled = [re.compile(p) for p in patterns]
    for text in TEXTS:
        assert _any(compiled, text) == any(p.search(text) for p in compiled), text


@pytest.mark.parametrize("patterns", PATTERN_LISTS)
def test_match_any_answers_as_matching_each_pattern(patterns):
    compiled = [re.compile(p) for p in patterns]
    for text in TEXTS:
        assert _match_any(compiled, text) == any(p.match(text) for p in compiled), text


@pytest.mark.parametrize("pattern, anchored", [
    ("^坚定不移", True), (r"\A坚持", True), ("^(a|b)c", True),
    ("^a|b", False), ("(?:^a|b)", False), ("不动摇$", False), ("a^", False),
])
def test_patterns_anchored_at_the_start(pattern, anchored):
    assert anchored_at_start(re.compile(pattern)) is anchored


@pytest.mark.parametrize("text, pos, words, expected", [
    ("要完成改造", 1, ["完成", "完"], "完成"),
    ("要完成改造", 1, ["完", "完成"], "完"),      # list order decides, as in a plain scan
    ("要完成改造", 0, ["完成"], ""),
    ("要完成改造", -4, ["完成"], "完成"),          # a slice-style position: plain scan
    ("要完成改造", 1, ["", "完成"], ""),           # an empty word matches first
])
def test_match_word_is_the_first_word_in_list_order(text, pos, words, expected):
    assert _match_word(text, pos, words) == expected


@pytest.mark.parametrize("clause", [
    "坚持稳中求进", "要确保粮食安全", "实施专项行动", "统筹推进城乡建设", "统筹发展和安全", "提升应急处置能力",
    "要重点做好以下六个方面工作", "积极稳妥化解债务", "加快建设现代化产业体系", "结合本地实际", "制定本规划",
    "推进改革不动摇", "力争粮食产量稳定增长", "",
])
def test_the_non_measure_screen_changes_no_answer(clause, monkeypatch):
    screened = non_measure_rule(clause)
    # a screen that lets every clause through: the rule-by-rule reading alone
    monkeypatch.setattr(clauses, "_non_measure_screen", lambda: (("",), (), ()))
    assert non_measure_rule(clause) == screened


@pytest.mark.parametrize("spans", [
    [(0, 5), (6, 10), (10, 12)],          # in order and apart: bisected
    [(0, 5), (3, 10)],                    # overlapping: read one by one, the first holding wins
    [(6, 10), (0, 5)],                    # out of order: read one by one
    [(0, 0), (0, 4), (8, 8)],             # empty blocks
])
def test_the_block_at_a_position_is_the_first_holding_it(spans):
    blocks = tuple(Block("body", s, e, "x" * (e - s)) for s, e in spans)
    for pos in range(-1, 14):
        first = next((b for b in blocks if b.start <= pos < b.end), None)
        assert _block_at(blocks, pos) is first, pos


@pytest.mark.parametrize("spans", [[(0, 2), (3, 5), (3, 4), (9, 12)], [(9, 12), (0, 2)]])
def test_the_region_mentions_of_a_measure_are_all_that_lie_inside_it(spans):
    mentions = [RegionMention(s, e, "x" * (e - s), "110000") for s, e in spans]
    for start in range(0, 12):
        for end in range(start, 13):
            inside = [m for m in _mentions_from(mentions, start, end) if m.start >= start and m.end <= end]
            assert inside == [m for m in mentions if m.start >= start and m.end <= end], (start, end)
