"""Non-figure checks of counts that describe the text's own design rather than report a fact: a
count of the list right before it (稳增长、调结构两项任务), small counts in Chinese numerals that
describe or refer (两个都市圈, 这三条线路), the text counting its own items or measures
(“A、B、C”三项职能, 提出了8项举措), and top-N groups (前五位). Rows of
:data:`.filters.NON_FIGURE_CHECKS`.
"""
from __future__ import annotations

import re

from .findings import lexicon
from .numbers import Num
from ...text.regex_starts import lexicon_match, lexicon_search
from ...text.segment import clause_bounds

_DIGIT = re.compile(r"\d")  # an Arabic digit (a count written in digits)


def _counts_own_list(text: str, n: Num, times) -> bool:
    """稳增长、调结构、惠民生三项任务: the text counting its own list; a count of named things
    (绍兴黄酒、金华火腿…3个历史经典产业入围) is a fact. The noun may carry a modifier when it
    closes the clause (rule own_list_modified_noun: 城乡和区域两个发展体系).

    >>> rows = [("稳增长、调结构两项任务", "两项"), ("做强城乡和区域两个发展体系", "两个"),
    ...         ("甲酒、乙腿等2个经典产业入围", "2个"), ("查处乱收费和乱罚款、乱检查2类问题", "2类")]
    >>> [_counts_own_list(t, Num(t.index(x), t.index(x) + len(x), x, 2.0, x[-1]), []) for t, x in rows]
    [True, True, False, True]
    """
    seg_start, seg_end = clause_bounds(text, n.start)
    if n.value not in _list_counts_before(text, seg_start, n.start) or n.unit not in lexicon()["count_units"] + ["大"]:
        return False
    words = tuple(lexicon()["non_figures"]["list_count_nouns"]["words"])
    tail = text[n.end:seg_end]
    return tail.startswith(words) or (len(tail) <= 6 and tail.endswith(words))


def _list_items_before(text: str, seg_start: int, pos: int) -> int:
    """How many list items (A、B和C) end right before pos in its segment; 0 if none."""
    before = text[seg_start:pos]
    if not before or before[-1] in "、和及与等" or _DIGIT.search(before):
        return 0
    parts = lexicon()["distribution"]["list_separators"].split(before)
    return len(parts) if len(parts) >= 2 and all(len(p) >= 2 for p in parts[1:]) else 0


def _list_counts_before(text: str, seg_start: int, pos: int) -> tuple[int, ...]:
    """Rule own_list_enumeration_comma: the ways to count the list ending at pos -- every
    separator (A、B和C: 3), or only the enumeration comma 、 when an item joins two things with 和
    (甲和乙、丙、丁三类: 3 items, the first a pair); () if none.

    >>> t = "整治乱收费和乱罚款、乱摊派、乱检查三类问题"
    >>> _list_counts_before(t, 0, t.index("三"))
    (4, 3)
    """
    every = _list_items_before(text, seg_start, pos)
    if not every:
        return ()
    commas = text[seg_start:pos].split("、")
    return (every, len(commas)) if len(commas) >= 2 and all(len(p) >= 2 for p in commas) else (every,)


def _descriptive_small_count(text: str, n: Num) -> bool:
    """两个都市圈, 三大产业: small Chinese-numeral counts describe rather than report."""
    rule = lexicon()["non_figures"]["small_chinese_count"]
    if _DIGIT.search(n.text) or n.value > 10 or n.value != int(n.value) or n.qualifier != "exact":
        return False
    if n.unit not in rule["classifiers"]:
        return False
    before = text[max(0, n.start - 4):n.start]
    return not any(w in before for w in rule["keep_after"])


def _small_chinese_count(n: Num) -> bool:
    """A whole count up to ten written in Chinese numerals with a generic classifier (两个, 三项):
    the form both descriptive_small_count and referring_count read."""
    if _DIGIT.search(n.text) or n.value > 10 or n.value != int(n.value) or n.qualifier != "exact":
        return False
    return n.unit in lexicon()["non_figures"]["small_chinese_count"]["classifiers"]


def _referring_count(text: str, n: Num) -> bool:
    """Rule referring_count (lexicon ``non_figures.referring_count``): a small count in Chinese
    numerals that refers to things instead of counting them -- named in a list right before it
    (甲村、乙村两个村), quoted right after it (两个“第一”),
    spelled out next (一是…, 一个是…), pointed back to (这三条路线), or heading its sentence as
    its topic (…推出两项新政。两项新政，一项管…: the set was told before), or describing a class
    its clause ends with (唯一拥有两个港口的城市). The text's own
    enumeration (corpus README), in any genre; news keeps other small counts (news_small_counts).

    >>> rows = [("全市交出两个“首次”的答卷", "两个"), ("我们有两个优势，一个是区位，一个是人才", "两个"),
    ...         ("这三条线路连成一张网", "三条"), ("推出新政。两项新政，一项管用地", "两项"),
    ...         ("甲村、乙村两个村都通了车", "两个"), ("是唯一拥有两个港口的城市。", "两个"),
    ...         ("他与厂家签订两项合同", "两项"), ("来自两个水厂的两路水", "两个"),
    ...         ("店里新到了两台收割机", "两台"), ("厂区有两个仓库", "两个"), ("两个村民站在门口说", "两个")]
    >>> [_referring_count(t, Num(t.index(x), t.index(x) + len(x), x, 2.0, x[-1])) for t, x in rows]
    [True, True, True, True, True, True, False, False, False, False, False]
    """
    if not _small_chinese_count(n):
        return False
    rule = lexicon()["non_figures"]["referring_count"]
    seg_start, _ = clause_bounds(text, n.start)
    if "、" in text[seg_start:n.start] and _list_items_before(text, seg_start, n.start) == n.value:
        return True  # named right before: 甲村、乙村两个村 counts the list it follows
    return text.startswith(tuple(rule["quote_after"]), n.end) \
        or lexicon_match(rule["items_next"], text[n.end:n.end + 60]) is not None \
        or lexicon_search(rule["pointing_before"], text[max(0, n.start - 2):n.start]) is not None \
        or (lexicon_search(rule["topic_before"], text[max(0, n.start - 4):n.start]) is not None
            and lexicon_match(rule["topic_after"], text[n.end:n.end + 8]) is not None) \
        or lexicon_match(rule["class_after"], text[n.end:n.end + 14]) is not None


def _item_count(text: str, n: Num) -> bool:
    """Rule item_count (lexicon ``non_figures.small_chinese_count.item_classifiers``): a small
    count in Chinese numerals with a classifier of items or kinds (总结出三条经验, 两类主体)
    describes in every genre -- the part of descriptive_small_count that news keeps
    (news_small_counts); after a verb that makes or counts things it is a figure again.

    >>> rows = [("总结出三条经验", "三条"), ("扶持两类主体", "两类"), ("新建两条道路", "两条"), ("买了两台农机", "两台")]
    >>> [_item_count(t, Num(t.index(x), t.index(x) + len(x), x, 2.0, x[-1])) for t, x in rows]
    [True, True, False, False]
    """
    rule = lexicon()["non_figures"]["small_chinese_count"]
    return n.unit in rule["item_classifiers"] and _descriptive_small_count(text, n)


def _counts_own_items(text: str, n: Num) -> bool:
    """“A、B、C”三项…, 三项金融创新职能定位: the text counting its own items.

    >>> t = "明确“引导、增信、培育”三项职能定位"
    >>> _counts_own_items(t, Num(t.index("三"), t.index("三") + 2, "三项", 3.0, "项"))
    True
    >>> t = "新建普通高中三所"
    >>> _counts_own_items(t, Num(6, 8, "三所", 3.0, "所"))
    False
    """
    rule = lexicon()["non_figures"]["own_list_count"]
    small = lexicon()["non_figures"]["small_chinese_count"]
    if _DIGIT.search(n.text) or n.value > 10 or n.value != int(n.value) or n.qualifier != "exact":
        return False
    if n.unit not in small["classifiers"]:
        return False
    if text[n.start - 1:n.start] in rule["after_closing_quote"]:
        return True
    if any(w in text[max(0, n.start - 4):n.start] for w in small["keep_after"]):
        return False
    _, seg_end = clause_bounds(text, n.end)
    tail = text[n.end:min(seg_end, n.end + rule["max_gap"])]
    return tail.endswith(tuple(rule["abstract_nouns"]))


def _rank_range(text: str, n: Num) -> bool:
    """分列前五位, 进入前十强: a top-N group, not a rank or a count.

    >>> _rank_range("分列前五位", Num(3, 5, "五位", 5.0, "位"))
    True
    >>> _rank_range("共有五位专家", Num(2, 4, "五位", 5.0, "位"))
    False
    """
    rule = lexicon()["non_figures"]["rank_range"]
    return n.unit in rule["units"] and lexicon_search(rule["before"], text[max(0, n.start - 1):n.start]) is not None


def _counts_own_measures(text: str, n: Num) -> bool:
    """明确提出了8项举措: the text enumerating the measures it reports; 出台29项政策 is a fact.

    >>> t = "贵州明确提出了8项举措"
    >>> _counts_own_measures(t, Num(7, 9, "8项", 8.0, "项"))
    True
    >>> t = "出台29项促消费政策"
    >>> _counts_own_measures(t, Num(2, 5, "29项", 29.0, "项"))
    False
    """
    rule = lexicon()["non_figures"]["own_measures_count"]
    if n.unit not in rule["units"] or n.qualifier != "exact":
        return False
    seg_start, seg_end = clause_bounds(text, n.start)
    if not any(v in text[seg_start:n.start] for v in rule["verbs"]):
        return False
    tail = text[n.end:min(seg_end, n.end + rule["max_gap"])]
    return any(tail.startswith(w) or tail.rstrip("的").endswith(w) and len(tail) <= len(w) + 2
               for w in rule["nouns"])
