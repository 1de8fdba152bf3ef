"""search_any (one joined scan) answers as searching each pattern in turn; per_list follows its list."""
from __future__ import annotations

import random
import re

import pytest

from policydata.text.patterns import compiled_all, per_list, search_any


@pytest.mark.parametrize("patterns, text, found", [
    ([r"\d+年", "十四五"], "到2035年", True),
    ([r"\d+年", "十四五"], "推进改革", False),
    ([r"(?P<year>\d{4})年", r"(?P<year>\d{2})月"], "12月", True),   # a group name used twice: not joined
    ([r"(\d)\1", "甲"], "11", True),                                # a group reference: not joined
    ([r"^要", r"的$"], "主要的", True),
    ([], "任何", False),
    # screened: a pattern ending in $ is searched only when the text ends with a character it can end with
    ([r"(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}\s*摄$", r"^图为"], "记者 张三 摄", True),
    ([r"(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}\s*摄$", r"^图为"], "记者 张三 摄\n", True),   # $ before a final newline
    ([r"(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}\s*摄$", r"^图为"], "记者张三摄影", False),
    ([r"(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}\s*摄$", r"^图为"], "下图为新建的学校", False),   # ^ only at the start
])
def test_search_any_examples(patterns, text, found):
    compiled = [re.compile(p) for p in patterns]
    assert search_any(compiled, text) is found
    assert any(p.search(text) for p in compiled) is found


def test_search_any_same_as_each_pattern():
    rng = random.Random(3)
    pieces = ["甲", "乙", "丙", r"\d", "[甲乙]", "(?:乙丙)?", "^", "$", "丁+", "(?<!甲)乙", "(?=丙)"]
    for _ in range(2000):
        patterns = [re.compile("".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))))
                    for _ in range(rng.randint(1, 4))]
        text = "".join(rng.choice("甲乙丙丁1") for _ in range(rng.randint(0, 8)))
        assert search_any(patterns, text) == any(p.search(text) for p in patterns), (patterns, text)


def test_per_list_follows_a_list_that_grows():
    calls = []

    @per_list
    def longest(words):
        calls.append(words)
        return max(words, key=len)

    words = ["甲", "乙丙"]
    assert longest(words) == "乙丙" and longest(words) == "乙丙"
    assert len(calls) == 1  # remembered for the same list
    words.append("丁戊己")
    assert longest(words) == "丁戊己"
    assert longest(["甲", "乙丙"]) == "乙丙"  # a new list with the same words: no new derivation
    assert len(calls) == 2


def test_compiled_all_compiles_once():
    patterns = [r"\d+", "年"]
    assert compiled_all(patterns) is compiled_all(patterns)
    assert [p.pattern for p in compiled_all(patterns)] == patterns


def test_alternation_as_a_trie_matches_as_the_words_longest_first():
    """Rule word_trie: a list of eight words or more is written as a trie; embedded in any pattern
    it finds what the plain alternation of the words, longest first, finds (same spans, same
    retries when what follows fails)."""
    from policydata.text.patterns import alternation

    words = ["老旧小区", "老旧", "小区", "小区改造", "改造", "改造提升", "提升", "电梯", "加装电梯", "小"]
    assert "(?:" in alternation(words)  # written as a trie
    flat = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    rng = random.Random(7)
    alphabet = "老旧小区改造提升电梯加装的"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        for frame in ("(?:{})", "(?:{})区", "(?:{})+的", "(?:{})(?=改)", "^(?:{})$"):
            assert [m.span() for m in re.finditer(frame.format(alternation(words)), text)] == \
                [m.span() for m in re.finditer(frame.format(flat), text)], (frame, text)


@pytest.mark.parametrize("words, plain", [
    (["改造", "提升", "电梯"], "提升|改造|电梯"),                       # few words: as they are (longest, then by code)
    (["km", "kW", "m", "t", "kg", "ha", "亩", "吨"], None),              # cased letters: no trie (IGNORECASE)
    (["", "甲", "乙", "丙", "丁", "戊", "己", "庚"], None),              # an empty word: no trie
])
def test_alternation_stays_plain_where_a_trie_could_differ(words, plain):
    from policydata.text.patterns import alternation

    expected = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    assert alternation(words) == expected and (plain is None or expected == plain)
