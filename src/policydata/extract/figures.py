"""Stage 4a: classify quantities into statistics (past figures) and targets (goals).

A *figure* is a number that measures something: 全年规模以上工业增加值同比增长5.9%
is a statistic (a fact about 2025), 到2035年…人均有效避难面积不小于2.5平方米 is a
target (a goal for 2035). Every figure is exactly one of the two.

How a figure is found, in order (each step is a small function below):

1. ``find_quantities`` gives the numbers; :func:`is_figure` drops names, ordinals,
   sessions, anniversaries, years, document numbers, the text's own enumerations
   (三个方面), vague quantifiers (一批) and numbers inside 《》 or short “” names.
2. :func:`_phrases` cuts the sentence into one phrase per figure (the quote):
   indicator + verb + number (国内生产总值超过126万亿元); a phrase without its own
   subject borrows the previous one's (…，增长5.2% -> 国内生产总值增长).
3. :func:`_distribute` turns 分别/均 and lists of subjects into one row per figure
   (装备制造业、高技术制造业增加值同比分别增长9.2%、9.4% -> two rows).
4. :func:`_decide` reads time words and cue words in the sentence, then the
   paragraph, then the section heading (``timeexpr.find_sections``: 一、2023年工作回顾 /
   二、…主要目标; a news sub-headline that reports a figure is a review), then the
   document as a whole, to say statistic or target, with its period or target year.
   Only a time word that leads its sentence or its figures carries on (a year inside a
   quoted remark does not); a paragraph's leading period (前三季度，…) carries to the
   next paragraphs of its section; 7、8、9月份…分别为A、B和C gives each value its month.

All word lists are data: ``lexicons/figures.json`` and ``lexicons/time.json``.

>>> from policydata.document import Article, Block
>>> text = "到2035年每个街道和社区分别至少设置1处。"
>>> art = Article(1, "", text, [Block("body", 0, len(text), text)])
>>> stats, targets = extract_figures(art, report_year=2026, region_id="CN", region_mentions=[])
>>> [(t.value, t.unit, t.comparator, t.target_year, t.scope) for t in targets]
[(1.0, '处', '>=', 2035, '每个街道和社区')]
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..lexicon import load as load_lexicon
from ..document import Article, Block, Span
from ..text.layout import split_sentences
from ..recognize.quantities import find_quantities, negated_comparators, unit_head
from ..recognize.regions import RegionMention
from ..text.patterns import literal_pattern
from ..recognize.timeexpr import (Section, TimeExpr, enclosing_sections, find_sections, find_time_expressions,
                       section_at, small_number)


log = logging.getLogger("policydata")

_CJK = re.compile(r"[\u4e00-\u9fff]")
_SEGMENT_BREAK = "，,；;：:。！？!?\n"
_QUALIFIER_TO_COMPARATOR = {"more_than": ">", "at_least": ">=", "approx": "~",
                            "less_than": "<", "at_most": "<=", "exact": "="}
_COMPARATOR_TO_QUALIFIER = {v: k for k, v in _QUALIFIER_TO_COMPARATOR.items()}


@dataclass
class StatisticFinding:
    start: int  # quote span in article text
    end: int
    indicator: str
    kind: str  # level, growth, share, count, rank, ratio
    value: float
    unit: str
    qualifier: str
    period: str
    region_id: str
    value_raw: str
    direction: str = ""  # up / down for a change (kind growth), else ''
    why: str = ""  # the rules that decided role, period and direction (debug output)


@dataclass
class TargetFinding:
    start: int
    end: int
    indicator: str
    comparator: str
    value: float | None
    unit: str
    target_year: int | None
    region_id: str
    value_raw: str
    value_max: float | None = None
    scope: str = ""
    base_year: int | None = None
    direction: str = ""  # up / down for a goal of change (增长5%, 降低13.5%), else ''
    why: str = ""


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The rule tables of ``lexicons/figures.json``."""
    return load_lexicon("figures.json")


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True)
class Num:
    """A quantity with offsets into the article text (find_quantities works per sentence)."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    value_max: float | None = None
    qualifier: str = "exact"
    comparator: str = "="
    rank: bool = False
    unit_raw: str = ""  # the noun as written when the unit is normalized (纳税人 -> 人)


def _numbers(text: str, sent: Span) -> list[Num]:
    """Quantities of one sentence (ordinals aside), shifted to article offsets."""
    out = []
    for q in find_quantities(sent.text):
        if q.ordinal or getattr(q, "unitless", False) or getattr(q, "vague", False):
            continue
        out.append(Num(sent.start + q.start, sent.start + q.end, q.text, float(q.value),
                       q.unit.strip(), q.value_max, q.qualifier or "exact", q.comparator or "=",
                       False, q.unit_raw or ""))
    return out


def _ranks(text: str, sent: Span) -> list[Num]:
    """Ranks with a numeral (位列第一 -> 1, 第二大经济体 -> 2); ranks without one (首位)
    are not figures, nor enumerators (第一，…).

    >>> [(r.text, r.value) for r in _ranks("第一大贸易伙伴", Span(0, 7, "第一大贸易伙伴"))]
    [('第一大', 1.0)]
    """
    lex = lexicon()
    out: list[Num] = []
    for pattern in (lex["rank_pattern"], lex["size_rank_pattern"]):
        for m in re.finditer(pattern, sent.text):
            n = small_number(m.group("n"))
            after = sent.text[m.end():m.end() + 1]
            if n is None or after in lex["rank_exclude_after"]:
                continue
            start = sent.start + m.start("n") - 1  # include 第
            if any(start < r.end and r.start < sent.start + m.end() for r in out):
                continue  # 位居世界第二大经济体: already found by the lead-word pattern
            out.append(Num(start, sent.start + m.end(), text[start:sent.start + m.end()], float(n), "",
                           rank=True))
    return sorted(out, key=lambda r: r.start)


# ---------------------------------------------------------------------- non-figures


def _inside_brackets(text: str, start: int, end: int, open_: str, close: str, max_chars: int) -> bool:
    """Whether text[start:end] sits inside open_…close with at most max_chars between them."""
    lo = text.rfind(open_, max(0, start - max_chars), start)
    if lo < 0 or text.find(close, lo, start) >= 0:
        return False
    hi = text.find(close, end, lo + max_chars + 2)
    return hi >= 0


def _quoted_figure(text: str, n: Num) -> bool:
    """“5.5%左右”, “3%”: quotes that hold nothing but the figure quote a number, not a name.

    >>> t = "经济增长“5.5%左右”的预期目标"
    >>> _quoted_figure(t, Num(5, 11, "5.5%左右", 5.5, "%"))
    True
    >>> t = "“3个一批”工程"
    >>> _quoted_figure(t, Num(1, 3, "3个", 3.0, "个"))
    False
    """
    return n.start > 0 and text[n.start - 1] in "“\"‘「" and text[n.end:n.end + 1] in ("”", "\"", "’", "」")


def _segment_bounds(text: str, pos: int) -> tuple[int, int]:
    """The stretch between the clause breaks (，；。：…) around pos."""
    pos = max(0, min(pos, len(text)))  # callers may ask just past the end (n.end + 1)
    lo = pos
    while lo > 0 and text[lo - 1] not in _SEGMENT_BREAK:
        lo -= 1
    hi = pos
    while hi < len(text) and text[hi] not in _SEGMENT_BREAK:
        hi += 1
    return lo, hi


def _list_items_before(text: str, seg_start: int, pos: int) -> int:
    """How many list items (A、B和C) end right before pos in its segment; 0 if none."""
    before = text[seg_start:pos]
    if not before or before[-1] in "、和及与等" or re.search(r"\d", before):
        return 0
    parts = re.split(lexicon()["distribution"]["list_separators"], before)
    return len(parts) if len(parts) >= 2 and all(len(p) >= 2 for p in parts[1:]) else 0


def is_figure(text: str, n: Num, times: list[TimeExpr] = ()) -> bool:
    """Whether a quantity is a figure, not a name, ordinal, date, enumeration or vague word.

    >>> t = "要重点把握三个方面"
    >>> is_figure(t, Num(6, 8, "三个", 3.0, "个"))
    False
    >>> t = "城镇新增就业1244万人"
    >>> is_figure(t, Num(6, 12, "1244万人", 12440000.0, "人"))
    True
    """
    if n.rank:
        return True
    lex, nf = lexicon(), lexicon()["non_figures"]
    if _index_points(text, n):
        pass  # 综合指数849.8点: 点 is the unit of an index, not a name-making measure word
    elif unit_class(n.unit) is None or n.unit in lex["measure_words_to_drop"]["units"]:
        return False  # 三大产业, 两院: unknown or name-making measure words
    if any(t.start < n.end and n.start < t.end for t in times):
        return False  # 2025年, 十五五, 前三季度 are time, not figures
    around = text[max(0, n.start - 2):n.end + 2]
    if any(v in around and _overlaps_word(text, n, v) for v in nf["vague_text"]):
        return False
    before, after = text[max(0, n.start - 3):n.start], text[n.end:n.end + 8]
    if any(re.search(p, before) for p in nf["before_patterns"]) and not _acronym_glued(text, n):
        return False
    if _names_issuing_bodies(text, n) or _comparison_threshold(text, n):
        return False
    if any(re.search(p, after) for p in nf["after_patterns"]):
        return False
    if _inside_brackets(text, n.start, n.end, "《", "》", 60):
        return False
    if _inside_brackets(text, n.start, n.end, "“", "”", nf["max_quoted_name_chars"]) \
            and not _quoted_figure(text, n):
        return False
    desc = nf["descriptor_pattern"]
    if re.search(desc["pattern"], n.text) and re.match(desc["next"], text[n.end:n.end + 1]) \
            and unit_class(n.unit) not in ("count",) and not re.match(desc["keep_next"], text[n.end:n.end + 6]) \
            and not _share_of_members(text, n):
        # 亿元以上重大产业项目: an amount threshold names a class of things; a count
        # with 以上 before its noun (实施1000个以上省重点项目) is still a count
        return False
    if _digit_count(text, n):
        return False
    if n.unit == "年" and not _streak(text, n):
        return False
    if _class_threshold(text, n):
        return False
    if any(after.startswith(w) for w in nf["structure_nouns"]["words"]):
        return False
    if _names_program(text, n):
        return False
    if _in_focus_frame(text, n):
        return False
    if _indefinite_one(text, n):
        return False
    if _descriptive_small_count(text, n):
        return False
    if _counts_own_items(text, n) or _counts_own_measures(text, n) or _rank_range(text, n):
        return False
    seg_start, _ = _segment_bounds(text, n.start)
    if _list_items_before(text, seg_start, n.start) == n.value and n.unit in lex["count_units"] + ["大"] \
            and any(after.startswith(w) for w in nf["list_count_nouns"]["words"]):
        # 稳增长、调结构、惠民生三项任务: the text counting its own list; a count of
        # named things (绍兴黄酒、金华火腿…3个历史经典产业入围) is a fact
        return False
    return True


def _digit_count(text: str, n: Num) -> bool:
    """两位数增长, 超两位数: N位数 is the number of digits, a vague magnitude.

    >>> _digit_count("实现两位数增长", Num(2, 4, "两位", 2.0, "位"))
    True
    >>> _digit_count("两位院士", Num(0, 2, "两位", 2.0, "位"))
    False
    """
    rule = lexicon()["non_figures"]["digit_count"]
    return n.unit in rule["units"] and text.startswith(tuple(rule["next"]), n.end)


def _index_points(text: str, n: Num) -> bool:
    """综合指数达到849.8点, 同比下降38.6点: 点 after an Arabic decimal, or after any
    Arabic number in a sentence about an index, counts index points.

    >>> _index_points("综合指数达到849.8点", Num(6, 12, "849.8点", 849.8, "点"))
    True
    >>> _index_points("提出两点建议", Num(2, 4, "两点", 2.0, "点"))
    False
    """
    rule = lexicon()["index_points"]
    if n.unit not in rule["units"] or not re.match(r"[0-9０-９]", n.text.lstrip("约近超逾")):
        return False
    if re.search(r"[.．]", n.text):
        return True
    window = text[max(0, n.start - rule["window"]):n.start]
    window = re.split(r"[。；！？\n]", window)[-1]
    return any(w in window for w in lexicon()["index_words"])


def _acronym_glued(text: str, n: Num) -> bool:
    """全国GDP5.5%的增长目标, CPI2%: a percent glued to an uppercase acronym is a figure.

    >>> t = "全国GDP5.5%的增长目标"
    >>> _acronym_glued(t, Num(5, 9, "5.5%", 5.5, "%")), _acronym_glued("C919", Num(1, 4, "919", 919.0, ""))
    (True, False)
    """
    rule = lexicon()["non_figures"]["acronym_glued"]
    return n.unit in rule["units"] and re.search(rule["before"], text[max(0, n.start - 8):n.start]) is not None


def _names_issuing_bodies(text: str, n: Num) -> bool:
    """人社部等四部门, 十部委联合印发: the number of issuing bodies describes the text.

    >>> _names_issuing_bodies("四部门同时透露", Num(0, 2, "四部", 4.0, "部"))
    True
    >>> _names_issuing_bodies("出台4部法规", Num(2, 4, "4部", 4.0, "部"))
    False
    """
    words = lexicon()["non_figures"]["body_count_nouns"]["words"]
    tail = text[n.end - len(n.unit):n.end + 6] if n.unit and n.text.endswith(n.unit) else text[n.end:n.end + 6]
    return any(tail.startswith(w) for w in words)


def _comparison_threshold(text: str, n: Num) -> bool:
    """高于16%的省份，可降至16%: the first 16% names the provinces a rule applies to.
    Under a prohibition (禁止使用厚度低于0.01毫米的地膜) the threshold is the rule itself.

    >>> t = "高于16%的省份，可降至16%"
    >>> _comparison_threshold(t, Num(0, 5, "高于16%", 16.0, "%", qualifier="more_than"))
    True
    >>> t = "禁止使用厚度低于0.01毫米的地膜"
    >>> _comparison_threshold(t, Num(6, 14, "低于0.01毫米", 0.01, "毫米", qualifier="less_than"))
    False
    """
    rule = lexicon()["non_figures"]["comparison_threshold"]
    word = re.match(rule["words"], n.text)
    if not word and not re.search(rule["words"] + "$", text[max(0, n.start - 3):n.start]):
        return False
    after = text[n.end:n.end + 6]
    if not re.match(rule["after"], after) or any(after[1:].startswith(w) for w in rule["keep_after_nouns"]):
        return False
    window = re.split(r"[。；！？\n]", text[max(0, n.start - rule["window"]):n.start])[-1]
    return not any(w in window for w in rule["keep_if_before"])


def unit_class(unit: str) -> str | None:
    """count, level, share, growth, ratio or "" (bare number) for a unit; None if unknown.

    A compound or rate unit takes its head's class (吨标准煤 -> 吨 -> level; 元/人 -> level).

    >>> unit_class("家"), unit_class("吨标准煤"), unit_class("万元/人"), unit_class("大")
    ('count', 'level', 'level', None)
    """
    lex = lexicon()
    if unit == "":
        return ""
    for cls in ("count", "level", "share", "growth", "ratio"):
        if unit in lex[f"{cls}_units"]:
            return cls
    if unit in lex["index_points"]["units"]:
        return "level"
    head = unit_head(unit).lstrip("万亿千百十")
    if head != unit:
        for cls in ("level", "count"):
            if head in lex[f"{cls}_units"]:
                return "level"  # a rate or compound amount (元/人, 吨标准煤) is a level
    return None


def _overlaps_word(text: str, n: Num, word: str) -> bool:
    lo = max(0, n.start - len(word))
    for m in literal_pattern(word).finditer(text[lo:n.end + len(word)]):
        s, e = lo + m.start(), lo + m.end()
        if s < n.end and n.start < e:
            return True
    return False


def _share_of_members(text: str, n: Num) -> bool:
    """三分之二以上成员, 80%以上的村民: a share of people bounded from below is a figure
    (a voting or coverage threshold), not the name of a class of things.

    >>> t = "应经三分之二以上成员同意"
    >>> _share_of_members(t, Num(2, 8, "三分之二以上", 66.67, "%", qualifier="at_least"))
    True
    >>> t = "亿元以上项目"
    >>> _share_of_members(t, Num(0, 4, "亿元以上", 1e8, "元", qualifier="at_least"))
    False
    """
    if unit_class(n.unit) != "share":
        return False
    after = text[n.end:n.end + 8].lstrip("的")
    lex = lexicon()
    nouns = lex["person_nouns"]["words"] + lex["non_figures"]["descriptor_pattern"]["share_of_nouns"]
    return any(after.startswith(w) for w in nouns)


def _class_threshold(text: str, n: Num) -> bool:
    """吞吐量超千万人次的机场, 营收超百亿元的企业: a bounded amount of a measure noun,
    then 的 and a noun, names a class of things; the count of the class is the figure.

    >>> t = "吞吐量超千万人次的机场达到5个"
    >>> _class_threshold(t, Num(3, 8, "超千万人次", 1e7, "人次", qualifier="more_than"))
    True
    >>> t = "其中超20亿元项目200个"
    >>> _class_threshold(t, Num(2, 8, "超20亿元", 2e9, "元", qualifier="more_than"))
    True
    >>> t = "新增就业超过1000万人，完成目标"
    >>> _class_threshold(t, Num(4, 12, "超过1000万人", 1e7, "人", qualifier="more_than"))
    False
    """
    rule = lexicon()["non_figures"]["class_threshold"]
    if n.qualifier in ("more_than", "at_least") and unit_class(n.unit) == "level" \
            and re.match(rule["counted_after"], text[n.end:n.end + 16]):
        return True  # 超20亿元项目200个: the count of the class is the figure
    if n.qualifier not in ("more_than", "at_least") or not text.startswith("的", n.end):
        return False
    if not _CJK.match(text[n.end + 1:n.end + 2]):
        return False
    before = text[max(0, n.start - 4):n.start]
    return any(before.endswith(w) for w in rule["subject_nouns"])


def _streak(text: str, n: Num) -> bool:
    """A number of years that is a figure: a streak (连续16年), a bounded duration
    (3年以上工作经历, 不超过2年), a cycle (每5年修订1次, 5年一周期); 三年行动,
    2025年, 今后五年 are not.

    >>> _streak("具有3年以上企业工作经历", Num(2, 7, "3年以上", 3.0, "年", qualifier="at_least"))
    True
    >>> _streak("今后五年", Num(2, 4, "五年", 5.0, "年"))
    False
    >>> _streak("确保1年内完成", Num(2, 6, "1年内", 1.0, "年", qualifier="at_most"))
    True
    >>> _streak("争取三年内实现", Num(2, 6, "三年内", 3.0, "年", qualifier="at_most"))
    False
    """
    if 1900 <= n.value <= 2100:
        return False
    rule = lexicon()["non_figures"]["duration_keep_before"]
    before = text[max(0, n.start - 4):n.start]
    if any(w in before for w in rule["words"]):
        return True
    after = text[n.end:n.end + 6]
    if any(after.startswith(w) for w in rule["span_after_words"]) or n.value_max is not None:
        return False  # 用5—10年左右时间: how long something takes, not a figure
    if n.text.endswith("内") and any(before.endswith(w) for w in rule.get("deadline_before_words", ())):
        return False  # 争取三年内实现全覆盖: the time frame of an aspiration, a deadline
    if n.qualifier != "exact" and re.search(r"(?:以上|以内|以下|内|多|余)$", n.text):
        return True  # the bound is written after the number: 3年以上, 2年以内, 1年内, 2年多
    return any(after.startswith(w) for w in rule["after_words"])


def _names_program(text: str, n: Num) -> bool:
    """千亿斤粮食产能提升行动, 0.1微克攻坚行动: a physical amount naming a program."""
    lex = lexicon()
    if unit_class(n.unit) != "level" or n.unit == "元":
        return False
    rule = lex["non_figures"]["program_suffixes"]
    _, seg_end = _segment_bounds(text, n.end)
    after = text[n.end:min(seg_end, n.end + rule["max_gap"])]
    if not after or not _CJK.match(after[0]) or after[0] in "的以左多余":
        return False
    return any(after.endswith(w) or after.endswith("等" + w) for w in rule["words"])


def _in_focus_frame(text: str, n: Num) -> bool:
    """以68个城镇化潜力提升县为重点: the number picks a set to work on."""
    seg_start, _ = _segment_bounds(text, n.start)
    if "以" not in text[seg_start:n.start][:4]:
        return False
    rest = text[n.end:n.end + 40].replace("\n", "")
    return re.match(lexicon()["non_figures"]["focus_frames"]["pattern"], rest) is not None


def _indefinite_one(text: str, n: Num) -> bool:
    """一批, 一支队伍, 一条道路: 一 + measure word is an article."""
    if n.value != 1 or re.search(r"\d", n.text) or n.qualifier != "exact":
        return False
    before = text[max(0, n.start - 3):n.start]
    return not any(w in before for w in lexicon()["non_figures"]["indefinite_one"]["keep_after"])


def _descriptive_small_count(text: str, n: Num) -> bool:
    """两个都市圈, 三大产业: small Chinese-numeral counts describe rather than report."""
    rule = lexicon()["non_figures"]["small_chinese_count"]
    if re.search(r"\d", n.text) or n.value > 10 or n.value != int(n.value) or n.qualifier != "exact":
        return False
    if n.unit not in rule["classifiers"]:
        return False
    before = text[max(0, n.start - 4):n.start]
    return not any(w in before for w in rule["keep_after"])


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
    if re.search(r"\d", n.text) or n.value > 10 or n.value != int(n.value) or n.qualifier != "exact":
        return False
    if n.unit not in small["classifiers"]:
        return False
    if text[n.start - 1:n.start] in rule["after_closing_quote"]:
        return True
    if any(w in text[max(0, n.start - 4):n.start] for w in small["keep_after"]):
        return False
    _, seg_end = _segment_bounds(text, n.end)
    tail = text[n.end:min(seg_end, n.end + rule["max_gap"])]
    return any(tail.endswith(w) for w in rule["abstract_nouns"])


def _rank_range(text: str, n: Num) -> bool:
    """分列前五位, 进入前十强: a top-N group, not a rank or a count.

    >>> _rank_range("分列前五位", Num(3, 5, "五位", 5.0, "位"))
    True
    >>> _rank_range("共有五位专家", Num(2, 4, "五位", 5.0, "位"))
    False
    """
    rule = lexicon()["non_figures"]["rank_range"]
    return n.unit in rule["units"] and re.search(rule["before"], text[max(0, n.start - 1):n.start]) is not None


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
    seg_start, seg_end = _segment_bounds(text, n.start)
    if not any(v in text[seg_start:n.start] for v in rule["verbs"]):
        return False
    tail = text[n.end:min(seg_end, n.end + rule["max_gap"])]
    return any(tail.startswith(w) or tail.rstrip("的").endswith(w) and len(tail) <= len(w) + 2
               for w in rule["nouns"])


# --------------------------------------------------------------------------- phrases


@dataclass
class Phrase:
    """One figure in a sentence: its quote span, indicator and the words around it."""

    num: Num
    start: int  # quote start in article text
    end: int  # quote end
    before: str  # text between the phrase start and the number
    after: str  # noun after the number (3家国家实验室… -> 国家实验室永久园区启用)
    indicator: str
    subject: str  # indicator without its growth verb, lent to a following 增长…
    segment: tuple[int, int] = (0, 0)
    scope: str = ""
    item: tuple[int, int] | None = None  # (index, count) inside a 分别 list of values


def _strip_words(s: str, words: list[str], leading: bool) -> str:
    """Remove listed words from one end of s until none is left."""
    words = sorted(words, key=len, reverse=True)
    changed = True
    while changed and s:
        changed = False
        for w in words:
            if leading and s.startswith(w) and len(s) > len(w):
                s, changed = s[len(w):], True
                break
            if not leading and s.endswith(w) and len(s) > len(w):
                s, changed = s[:-len(w)], True
                break
    return s


def _remove_time_words(text: str, start: int, end: int, times: list[TimeExpr]) -> str:
    """text[start:end] with time expressions cut out (到2030年全社会… -> 全社会…)."""
    out, pos = [], start
    for t in times:
        if t.end <= start or t.start >= end or re.search(r"[比较同]$", text[max(0, t.start - 1):t.start]):
            continue
        out.append(text[pos:max(pos, t.start)])
        pos = max(pos, t.end)
    out.append(text[pos:end])
    return "".join(out)


def _clean_indicator(s: str) -> str:
    lex = lexicon()
    s = re.sub(r"\s+", "", s)
    s = s.strip("，、：；,;:（(")
    s = _strip_words(s, lex["indicator_leading_strip"]["words"], leading=True)
    s = _strip_words(s, lex["indicator_trailing_strip"]["words"], leading=False)
    return s.strip("，、：；,;:")


def _subject_of(indicator: str) -> str:
    """国内生产总值增长 -> 国内生产总值."""
    words = sorted(lexicon()["growth_words"] + ["实际", "名义", "年均"], key=len, reverse=True)
    subject = _strip_words(indicator, words, leading=False)
    return re.sub(lexicon()["subject_trailing_comparison"], "", subject) or subject


def _starts_predicate(s: str) -> bool:
    return not s or any(s.startswith(w) for w in lexicon()["predicate_starts"]["words"])


def _is_bare_item(core: str) -> bool:
    """材料 in …时间58%、材料52%: a short noun with no verb of its own."""
    lex = lexicon()
    words = lex["growth_words"] + lex["share_words"] + lex["predicate_starts"]["words"]
    return 0 < len(core) <= 4 and not any(w in core for w in words)


def _verb_part(indicator: str) -> str:
    """平均压减时间 -> 平均压减: the indicator up to and including its last growth word."""
    ends = [m.end() for w in lexicon()["growth_words"] for m in literal_pattern(w).finditer(indicator)]
    return indicator[:max(ends)] if ends else ""


def _noun_after(text: str, n: Num, limit: int) -> str:
    """The noun a number counts when it comes first (3家国家实验室永久园区启用)."""
    after = text[n.end:limit]
    stop = re.search(r"[、，,；;：:。！？\n]", after)
    after = after[:stop.start()] if stop else after
    if re.match(r"的[\u4e00-\u9fff]", after) and n.unit in lexicon()["duration_units"]:
        return after  # 历时2年多的探索: a duration measures the noun after its 的
    if not after or not (_CJK.match(after[0]) or after[0] in "“《") or after[0] in "的以左多余之上等":
        return ""
    verbs = "|".join(map(re.escape, lexicon()["growth_words"] + ["跃升"]))
    if re.match(f"(?:{verbs})(?:到|至)", after):
        return ""  # 从15家跃升到38家: the number is the start of a change, not a count of a noun
    return after


def _borrow_subject(text: str, sent: Span, seg_start: int, core: str, n: Num,
                    previous: Phrase | None) -> tuple[str, int] | None:
    """(indicator, quote start) for a phrase without a subject of its own, else None.

    …超过126万亿元，增长5.2% -> 国内生产总值增长; 从4.7万家增加到6.1万家 -> 规上工业企业;
    平均压减时间58%、材料52% -> 平均压减材料 (a bare item repeats the previous verb).
    """
    if _starts_predicate(core) and previous is not None and previous.subject:
        return previous.subject + ("" if core.endswith(("到", "至")) else core), previous.start
    if _starts_predicate(core) and previous is None and seg_start > sent.start:
        # a predicate opening a clause: its subject ends the clause before
        lo = max(_segment_bounds(text, seg_start - 2)[0], sent.start)
        subject = _subject_of(_clean_indicator(text[lo:seg_start - 1]))
        if subject and len(subject) <= 20 and subject not in lexicon()["indicator_leading_strip"]["words"]:
            return subject + core, lo
        return None
    if previous is not None and previous.segment[0] == seg_start and previous.num.unit == n.unit \
            and _is_bare_item(core):
        return _verb_part(previous.indicator) + core, previous.start
    return None


def _phrases(text: str, sent: Span, nums: list[Num], times: list[TimeExpr]) -> list[Phrase]:
    """One phrase per number: quote span, indicator and subject (see module doc)."""
    lex = lexicon()
    out: list[Phrase] = []
    previous: Phrase | None = None
    for i, n in enumerate(nums):
        seg_start, seg_end = _segment_bounds(text, n.start)
        seg_start, seg_end = max(seg_start, sent.start), min(seg_end, sent.end)
        start = seg_start
        if previous is not None and previous.segment[0] == seg_start:
            start = previous.num.end
            while start < n.start and text[start] in "、和及与，, ":
                start += 1
            if previous.after:
                # 8支市级…基金带动社会投资超千亿元: the noun after one number is the
                # subject of the next; in a list (…家基础级、8200余家先进级) it is not
                gap_start = previous.num.end + len(previous.after)
                sep = re.search(r"[、和及与]", text[gap_start:n.start])
                start = gap_start + sep.end() if sep else previous.num.end
        next_start = nums[i + 1].start if i + 1 < len(nums) else seg_end
        after = _noun_after(text, n, min(seg_end, next_start))
        core = _clean_indicator(_remove_time_words(text, start, n.start, times))
        noun = n.unit_raw if len(n.unit_raw) > 1 and n.unit_raw != n.unit else ""
        # 惠及1100多万学生, 3家国家实验室永久园区启用: the counted noun comes after
        indicator = core + noun + after.strip("，、")
        quote_start, quote_end = start, n.end + len(after)
        if not indicator and text[n.end:n.end + 1] in "！!：:":
            # 4.9%！三季度GDP同比增速放缓: a number-first headline names its indicator after it
            _, clause_end = _segment_bounds(text, n.end + 1)
            clause_end = min(clause_end, sent.end)
            indicator = _clean_indicator(_remove_time_words(text, n.end + 1, clause_end, times))
            quote_end = clause_end
        borrowed = None if after else _borrow_subject(text, sent, seg_start, core, n, previous)
        if borrowed:
            indicator, quote_start = borrowed
        while quote_start < quote_end and text[quote_start] in " ，、,":
            quote_start += 1
        scope = ""
        m = re.search(lex["scope_pattern"], text[seg_start:n.end])
        if m:
            scope = m.group()
            if indicator == scope:  # 每个街道和社区分别至少设置1处: the verb says what is counted
                verb = re.match(r"\D*", n.text).group()
                indicator = scope + _strip_words(verb, list(lex["comparator_words_before"]), leading=True)
        phrase = Phrase(n, quote_start, quote_end, text[start:n.start], after, indicator or core,
                        _subject_of(indicator or core), (seg_start, seg_end), scope)
        out.append(phrase)
        previous = phrase
    return out


# ---------------------------------------------------------------------- distribution


def _split_items(s: str, separators: str) -> list[str]:
    """List items of s, not splitting inside brackets: 丘陵山区县（市、区）… is one item."""
    items, depth, current = [], 0, ""
    for ch in s:
        depth += ch in "（(《“"
        depth -= ch in "）)》”" and depth > 0
        if depth == 0 and re.fullmatch(separators, ch):
            items.append(current)
            current = ""
        else:
            current += ch
    items = [x for x in items + [current] if x]
    return items if len(items) >= 2 and all(len(x) >= 2 and not re.search(r"\d", x) for x in items) else []


def _share_items(items: list[str]) -> list[str]:
    """Give every list item the head and prefix it shares with the others.

    >>> _share_items(["花生种植", "收获机械化率"])
    ['花生种植机械化率', '花生收获机械化率']
    >>> _share_items(["工业投资", "民间投资年均增长"])
    ['工业投资年均增长', '民间投资年均增长']
    >>> _share_items(["高新技术", "科技型中小企业数量增长"])
    ['高新技术企业数量增长', '科技型中小企业数量增长']
    """
    heads = lexicon()["distribution"]["head_words"]
    last = items[-1]
    cut = None
    for i in range(1, len(last)):
        if any(last.startswith(h, i) for h in heads):
            cut = i
            break
    if len(items[0]) <= 2 and all(len(x) == len(items[0]) for x in items[:-1]) and len(last) > len(items[0]) + 2:
        cut = len(items[0])  # 城镇和农村居民人均可支配收入: parallel two-character modifiers
    if cut is None:
        return items
    core_last, tail = last[:cut], last[cut:]
    out = []
    for item in items[:-1]:
        head = next((h for h in sorted(heads, key=len, reverse=True) if tail.startswith(h)), "")
        if head and item.endswith(head):
            out.append(item + tail[len(head):])
        else:
            out.append(item + tail)
    prefix = ""
    first = items[0]
    first_head = next((h for h in sorted(heads, key=len, reverse=True) if first.endswith(h)), "")
    first_core = first[:len(first) - len(first_head)] if first_head and tail.startswith(first_head) else first
    if len(core_last) <= 2 and len(first_core) > len(core_last) + 1:
        # 马铃薯种植、收获机械化率: the crop is shared too
        prefix = first_core[:len(first_core) - len(core_last)]
    out.append(prefix + last)
    for k in range(1, len(out) - 1):
        out[k] = prefix + out[k] if prefix and len(items[k]) <= 2 else out[k]
    return out


def _share_heads(nouns: list[str]) -> list[str]:
    """3.5万余家基础级、…、15家领航级智能工厂: every tier gets the head noun.

    >>> _share_heads(["基础级", "先进级", "领航级智能工厂"])
    ['基础级智能工厂', '先进级智能工厂', '领航级智能工厂']
    """
    last = nouns[-1]
    suffixes = lexicon()["distribution"]["modifier_suffixes"]
    out = []
    for noun in nouns[:-1]:
        if noun and noun[-1] in suffixes and len(noun) <= 5:
            pos = last.find(noun[-1])
            out.append(noun + last[pos + 1:] if 0 < pos < len(last) - 1 else noun)
        else:
            out.append(noun)
    return out + [last]


def _distribute(text: str, phrases: list[Phrase], times: list[TimeExpr] = ()) -> list[Phrase]:
    """One phrase per figure after 分别 / 均 / lists of subjects (see module doc)."""
    dist = lexicon()["distribution"]
    out: list[Phrase] = []
    i = 0
    while i < len(phrases):
        p = phrases[i]
        group = [p]
        j = i + 1
        while j < len(phrases) and phrases[j].segment == p.segment and \
                not text[group[-1].num.end:phrases[j].num.start].strip("、和及与 "):
            group.append(phrases[j])
            j += 1
        resp = next((w for w in dist["respectively"] if w in p.before), "")
        if len(group) >= 2 and resp:
            subjects_text, verb = p.before.split(resp, 1)
            raw_start = p.num.start - len(p.before)
            # 三、四季度分别在…: the listed periods are time, not subjects
            subjects_text = _remove_time_words(text, raw_start, raw_start + len(subjects_text), times)
            subjects = _split_items(_clean_indicator(subjects_text), dist["list_separators"])
            verb = _clean_indicator(verb)
            if verb in lexicon()["indicator_trailing_strip"]["words"]:
                verb = ""
            unit = group[-1].num.unit
            if len(subjects) == len(group):
                names = _share_items(subjects)
            else:
                # 7、8、9三个月，失业率分别为5.1%、5.1%和4.9%: one subject, several
                # values (periods or places listed elsewhere): every value gets the head
                head = _clean_indicator(subjects_text) or p.indicator
                names = [head] * len(group)
            for k, (g, name) in enumerate(zip(group, names)):
                # 分别达1409万、1305万人次: the unit is written once, after the last value
                num = g.num if g.num.unit else replace(g.num, unit=unit)
                out.append(replace(g, num=num, start=p.start, end=group[-1].end,
                                   indicator=name + verb, subject=name, item=(k, len(group))))
            i = j
            continue
        listed = _noun_list(text, phrases, i)
        if len(listed) >= 2:
            nouns = _share_heads([g.after for g in listed])
            lead = _clean_indicator(p.before)
            for g, noun in zip(listed, nouns):
                out.append(replace(g, indicator=_clean_indicator(lead + noun) or noun))
            i += len(listed)
            continue
        for g in group:
            out.extend(_split_subjects(g))
        i = j
    return out


def _noun_list(text: str, phrases: list[Phrase], i: int) -> list[Phrase]:
    """Phrases from i on that list number + noun items (3.5万余家基础级、8200余家先进级…)."""
    out = [phrases[i]]
    while out[-1].after:
        k = i + len(out)
        if k >= len(phrases) or phrases[k].segment != phrases[i].segment or not phrases[k].after:
            break
        gap = text[out[-1].num.end + len(out[-1].after):phrases[k].num.start]
        if gap not in ("、", "和", "及", "，"):
            break
        out.append(phrases[k])
    return out if len(out) >= 2 else []


def _split_subjects(p: Phrase) -> list[Phrase]:
    """马铃薯种植、收获机械化率均达到45% and 工业投资、民间投资年均增长6% -> a row each."""
    dist = lexicon()["distribution"]
    each = re.search(dist["each_pattern"], p.before) is not None
    intensive = p.num.unit in lexicon()["share_units"] + lexicon()["growth_units"]
    combined = any(w in p.before for w in dist["combined"]) or \
        any(re.search(pat, p.before) for pat in dist["combined_patterns"])
    if p.after or not (each or intensive) or combined:
        return [p]
    items = _split_items(p.indicator, "、")
    if not items:
        return [p]
    return [replace(p, indicator=name, subject=_subject_of(name)) for name in _share_items(items)]


# -------------------------------------------------------------------------- context


def _blocks(article: Article) -> list[Block]:
    if article.blocks:
        return sorted(article.blocks, key=lambda b: b.start)
    out, pos = [], 0
    for line in article.text.split("\n"):
        if line.strip():
            out.append(Block("body", pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _document_prior(article: Article, report_year: int | None) -> str:
    """'plan' or 'review': what a figure with no cue at all most likely is here."""
    lex = lexicon()
    text = article.text
    if any(w in (article.title or "") for w in lex["plan_title_words"]):
        return "plan"
    plan = sum(text.count(w) for w in lex["target_cues"]["strong"])
    review = sum(text.count(w) for w in lex["review_cues"]["strong"])
    for t in find_time_expressions(text, report_year):
        if t.kind == "deadline" and (not report_year or t.year >= report_year):
            plan += 2
        elif t.kind == "year" and report_year and t.year < report_year:
            review += 1
        elif t.kind == "period" and not (report_year and t.year and t.year > report_year):
            review += 1  # 前三季度, 1-9月: sub-year periods are what data reports report on
    return "plan" if plan > review else "review"


@dataclass
class Anchor:
    """What a sentence (or paragraph) says about time: role and year/period."""

    role: str = ""  # target, stat or "" (undecided)
    year: int | None = None
    period: str = ""
    review_word: bool = False  # 全年 / 过去一年: the year under review
    lean: str = ""  # role when no cue word decides (今年 without 已/累计… looks ahead)
    items: tuple[str, ...] = ()  # one period per listed month/quarter (7、8、9月份)
    carry: bool = True  # False: holds for its own sentence only (自2019年开始…)
    local: bool = False  # True: holds for its own clause only (上年同期18.0%…，继续实现38.6%)
    event_month: str = ""  # a day date (2月13日 -> '2022-02'): its month, used only inside a sub-year period
    rule: str = ""  # the named frame rule that decided the role (FRAME_RULES), for debug output


def _shift_period(period: str, year: int) -> str:
    """The same months in another year: ('2021-01/2021-02', 2020) -> '2020-01/2020-02'."""
    return re.sub(r"(?:19|20)\d{2}", str(year), period) if period else str(year)


def _is_comparison_year(text: str, t: TimeExpr) -> bool:
    """比2019年同期, 由上年, 恢复到2019年水平, 2020年以来: a base, not the figure's period.

    >>> t = "比2019年同期增长11.1%"
    >>> _is_comparison_year(t, TimeExpr(1, 6, "2019年", "year", 2019))
    True
    """
    rule = lexicon()["comparison_year"]
    if t.kind not in ("year", "relative"):
        return False
    return bool(re.search(rule["before"], text[max(0, t.start - 3):t.start])
                or re.match(rule["after"], text[t.end:t.end + 4])
                or (t.kind == "year" and re.search(r"\d[-—–~～至到]$", text[max(0, t.start - 2):t.start])))


def _object_year(text: str, t: TimeExpr) -> bool:
    """Whether a year names the object of an issuing verb (下达2027年第一批重点项目清单,
    印发2027年工作要点), not the time of the figures (lexicon ``object_year``).

    >>> t = "组织下达2027年第一批重点项目清单和专项资金计划，共计约860亿元"
    >>> _object_year(t, TimeExpr(4, 9, "2027年", "year", 2027))
    True
    >>> t = "2026年，将新建5G基站1500个"
    >>> _object_year(t, TimeExpr(0, 5, "2026年", "year", 2026))
    False
    """
    rule = lexicon()["object_year"]
    if t.kind not in ("year", "relative"):
        return False
    return bool(re.search(rule["verbs_before"], text[max(0, t.start - 4):t.start])
                and re.match(rule["noun_after"], text[t.end:t.end + 40]))


def _anchor_of(t: TimeExpr, text: str, report_year: int | None, prior: str = "",
               doc_period: str = "", today: str = "") -> Anchor | None:
    before = text[max(0, t.start - 2):t.start]
    if t.year and t.kind in ("year", "relative") and \
            re.match(lexicon()["comparison_year"]["same_period_after"], text[t.end:t.end + 2]) and \
            not re.search(lexicon()["comparison_year"]["before"], text[max(0, t.start - 3):t.start]):
        # 2020年同期…下降23.2%: the reporting months of that year, for this clause only
        span = re.search(r"((?:19|20)\d{2})[-—–~～至到]$", text[max(0, t.start - 5):t.start])
        period = f"{span.group(1)}/{t.year}" if span else _shift_period(doc_period, t.year)
        return Anchor("stat", t.year, period, carry=False, local=True)
    if re.search(r"[比较与同由]$|相比$", before) or _is_comparison_year(text, t):
        return None  # a base of comparison (比2020年), not the time of the figure
    if _object_year(text, t):
        # 下达2026年…投资计划: the year names what was issued; it sets no role and no
        # period, only the year of a goal that other words make (…，力争完成投资500亿元)
        return Anchor("", t.year, "", carry=False)
    after = text[t.end:t.end + 2]
    if t.kind == "deadline":
        if report_year and t.year < report_year:
            return Anchor("stat", t.year, str(t.year))
        return Anchor("target", t.year)
    if t.kind == "start":
        # 自2019年开始…: in a plan it dates the start of the work (a target for that
        # year); in a review (从2019年起累计…) it opens a past period
        if prior == "plan" or (report_year and t.year >= report_year):
            return Anchor("target", t.year, carry=False)
        # 自2015年起已6次降低…: a cumulative fact up to now; its period is the year
        # under review (README), left for _decide to fill in like an un-dated fact
        return Anchor("stat", t.year, "", carry=False)
    if t.kind == "cutoff":
        if report_year and t.year > report_year:
            return Anchor("target", t.year)
        return Anchor("stat", t.year, t.period)
    if t.kind == "plan_period":
        if "以来" in after or "收官" in t.text or (report_year and t.year < report_year):
            return Anchor("stat", t.year, t.period)
        near = text[t.end:t.end + 4]
        if "收官" in near:
            return Anchor("stat", t.year, t.period)
        year = t.first_year if "开局" in t.text or "开局" in near else t.year
        return Anchor("target", year)
    if t.kind == "period":
        if today and re.match(r"\d{4}-\d{2}", t.period) and t.period[:7] > today[:7]:
            return Anchor("target", t.year)  # 今年12月 in a text dated June: still to come
        return Anchor("stat", t.year, t.period, items=t.items)
    if t.kind == "event_day":
        return Anchor("", t.year, "", carry=False, event_month=t.period)
    if t.kind == "present":
        return Anchor("stat", report_year, str(report_year) if report_year else "")
    if t.kind == "review":
        if re.search(lexicon()["comparison_year"]["before"].rstrip("$") + r"(?:上年|去年|上一年|前年)$",
                     text[max(0, t.start - 6):t.start]):
            return None  # 比上年全年加快: the base of a comparison, not the period
        if re.match(r"(?:的)?(?:目标|计划|任务|预期)", after + text[t.end + 2:t.end + 3]):
            return None  # 完成全年目标的86%: 全年 qualifies the goal, it is not the period
        return Anchor("" if t.text == "全年" else "stat", None, "", review_word=True)
    if t.kind == "relative":
        if t.year is None:
            return None
        if after.startswith("以来"):
            return Anchor("stat", t.year, str(t.year))
        if report_year and t.year < report_year:
            return Anchor("stat", t.year, str(t.year))
        if report_year and t.year > report_year:
            return Anchor("target", t.year)
        return Anchor("", t.year, str(t.year), lean="target")
    if t.kind == "year":
        if re.match(lexicon()["base_year_after"], text[t.end:t.end + 10]):
            return None  # 出口额是2020年的1.5倍: the base of a multiple, not the period
        if after.startswith("以来"):
            return None  # 创2006年以来新高: a reference point, not the period of the figure
        if report_year and t.year < report_year:
            return Anchor("stat", t.year, str(t.year))
        if report_year and t.year > report_year:
            return Anchor("target", t.year)
        return Anchor("", t.year, str(t.year))
    return None


def _event_time(time: Anchor, ctx: Context) -> Anchor:
    """The time a day date (2月13日) gives a figure: its month when the context is a
    sub-year period that holds that month (一季度…2月13日…发现4人 -> 2022-02);
    otherwise the day dates an event of the year (12月15日…会同17个部门 -> 2021),
    and it never sets a target year.

    >>> ctx = Context(2022, "", [], paragraph=Anchor("stat", 2022, "2022Q1"))
    >>> _event_time(Anchor("", 2022, "", event_month="2022-02"), ctx).period
    '2022-02'
    >>> _event_time(Anchor("", 2022, "", event_month="2022-04"), ctx).period
    '2022'
    """
    context = ctx.sub_period or ctx.paragraph.period or ctx.last_period or ctx.doc_period
    if _month_within(time.event_month, context):
        return replace(time, role="stat", period=time.event_month)
    # in a report (not a plan) a dated day is a past event: what happened that day is a fact
    role = "" if ctx.prior == "plan" else "stat"
    return replace(time, role=role, period=str(time.year) if time.year else "", year=None)


def _month_within(month: str, period: str) -> bool:
    """'2022-02' inside '2022Q1' or '2022-01/2022-03'; a whole year does not count."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", month)
    if not m or not period:
        return False
    year, mon = int(m.group(1)), int(m.group(2))
    q = re.fullmatch(r"(\d{4})Q([1-4])", period)
    if q:
        return int(q.group(1)) == year and 3 * int(q.group(2)) - 2 <= mon <= 3 * int(q.group(2))
    r = re.fullmatch(r"(\d{4})-(\d{2})(?:/(\d{4})-(\d{2}))?", period)
    if r:
        lo = (int(r.group(1)), int(r.group(2)))
        hi = (int(r.group(3)), int(r.group(4))) if r.group(3) else lo
        return lo <= (year, mon) <= hi
    return False


def _cue_role(sentence: str, pos: int, strength: str) -> str:
    """target / stat from the cue word nearest before pos (else anywhere in the sentence)."""
    lex = lexicon()
    speech = tuple(lex["review_cues"].get("speech_verbs", ()))
    guards = lex["target_cues"].get("word_guards", {})
    bases = lex["target_cues"].get("word_bases", {})
    hits = []
    for role, key in (("target", "target_cues"), ("stat", "review_cues")):
        for w in lex[key][strength]:
            for m in literal_pattern(w).finditer(sentence):
                if role == "stat" and speech and sentence.startswith(speech, m.end()):
                    continue  # 《方案》已提出将推动…: the past act is the proposing, not the figure
                if role == "target" and w in guards and m.start() < pos \
                        and not re.match(guards[w], sentence[m.start():]):
                    continue  # 下达投资计划，共计…: 计划 the noun before the figure sets no goal
                    # (after it, 投资21亿元的计划 names the figure a plan)
                if role == "target" and w in bases and re.match(bases[w], sentence[m.start():]):
                    continue  # 超年度计划28%: the base of a comparison
                hits.append((m.start(), role))
    if not hits:
        return ""
    before = [h for h in hits if h[0] < pos]
    if before:
        return max(before)[1]
    if strength == "weak":
        # 总投资超过300亿元，将进一步提升…: a modal after the figure belongs to its own
        # clause (an outcome), not to the figure's
        _, clause_end = _segment_bounds(sentence, pos)
        hits = [h for h in hits if h[0] < clause_end]
        if not hits:
            return ""
    return min(hits)[1]


@dataclass
class Context:
    """Everything _decide needs besides the sentence itself."""

    report_year: int | None
    prior: str
    sections: list[Section]
    paragraph: Anchor = field(default_factory=Anchor)
    last_past_year: int | None = None  # latest explicit past year seen so far
    last_period: str = ""  # latest leading sub-year period of the section (前三季度)
    doc_frame: str = ""  # 'review' for a communique / data release / news report of data
    frame: str = ""  # 'review' inside a part opened by 过去一年/一年来…, else ''
    plan_year: int | None = None  # this year's plan: set by a 今年/预期目标 paragraph
    plan_year_pos: int = -1  # where that paragraph starts
    doc_period: str = ""  # reporting months named in the title or lead (1-2月 -> 2021-01/2021-02)
    doc_year: int | None = None  # the year a data report covers (2019年…统计公报 -> 2019)
    example_left: int = 0  # paragraphs left in a worked example (举个例子：某企业…), 0 outside one
    sub_period: str = ""  # latest quarter/month period named in the paragraph so far (一季度 -> 2022Q1)
    horizon: int | None = None  # last year of the plan period the document is made for (_plan_horizon)
    today: str = ""  # the document's ISO date (DocumentContext.date): months after it are still to come


@dataclass(frozen=True)
class Frame:
    """A stretch of text whose figures share a role set by a named rule (a list's lead)."""

    start: int
    end: int
    role: str
    year: int | None
    rule: str
    cue: str  # the lead words that set it


#: The named rules that set a figure's frame ahead of section headings and review parts
#: (their word lists: ``lexicons/figures.json`` → ``frames``).
FRAME_RULES = {
    "plan_horizon": "a document made for a plan period: goals with no year are due at its end",
    "standing_fact": "累计/已/连续N年 with no time word of its own: the reporting year",
    "list_frame": "an enumerated list introduced by a colon after a goal word: every item is a target",
    "modal_clause": "a future modal (将/要/计划/力争…) before the figure in its clause: a target",
    "done_action": "共计/总投资 + amount after 下达/批复/核准… in its sentence, no future word before it: a statistic",
}


def _plan_horizon(text: str, report_year: int | None) -> int | None:
    """The last year of the plan period a policy document is made for, named in its
    opening (在“十四五”期间…组织实施…，特制定本方案 -> 2025); None otherwise.

    >>> _plan_horizon("在“十四五”期间，人力资源社会保障部将组织实施“技能中国行动”，特制定本实施方案。", 2021)
    2025
    >>> _plan_horizon("“十四五”时期，全市经济实现稳定增长。", 2026)
    """
    rule = lexicon()["frames"]["plan_horizon"]
    opening = text[:rule["opening_chars"]]
    for sent in re.split(r"[。！？\n]", opening):
        if not any(w in sent for w in rule["making_words"]):
            continue
        for t in find_time_expressions(sent, report_year):
            if t.kind == "plan_period" and any(t.text.endswith(w) or sent.startswith(w, t.end)
                                               for w in rule["period_words"]) \
                    and (not report_year or t.year >= report_year):
                return t.year
    return None


def _list_frames(text: str, blocks: list[Block], report_year: int | None) -> list[Frame]:
    """Target frames of lists introduced by a colon whose lead names goals.

    >>> t = "一、2025年工作回顾\\n主要预期目标为：地区生产总值增长5.5%左右；收入增长3%。其后。"
    >>> blocks = [Block("heading", 0, 10, t[:10]), Block("body", 11, len(t), t[11:])]
    >>> [(t[f.start:f.end], f.year, f.rule) for f in _list_frames(t, blocks, 2026)]
    [('地区生产总值增长5.5%左右；收入增长3%。', 2026, 'list_frame')]
    >>> t = "到2030年，主要目标是：\\n（一）森林覆盖率达到45%。\\n（二）新建公园10个。\\n其他工作。"
    >>> blocks, pos = [], 0
    >>> for line in t.split("\\n"):
    ...     blocks.append(Block("body", pos, pos + len(line), line)); pos += len(line) + 1
    >>> f = _list_frames(t, blocks, 2026)[0]
    >>> (t[f.start:f.end], f.year)
    ('\\n（一）森林覆盖率达到45%。\\n（二）新建公园10个。', 2030)
    """
    rule = lexicon()["frames"]["list_frame"]
    annual = lexicon()["target_cues"]["annual"]["words"]
    frames: list[Frame] = []
    blocks = [b for b in blocks if b.end > b.start]
    for i, block in enumerate(blocks):
        body = text[block.start:block.end]
        for m in re.finditer(f"[{re.escape(rule['colon_chars'])}]", body):
            colon = block.start + m.start()
            lead_start = max(block.start, colon - rule["lead_max_chars"])
            lead = re.split(r"[。！？!?\n]", text[lead_start:colon])[-1]
            cue = next((w for w in rule["lead_words"] if w in lead), "")
            if not cue or any(w in lead for w in rule["lead_past_words"]):
                continue
            stop = text.find("。", colon, block.end)
            end = stop + 1 if stop >= 0 else block.end
            if not text[colon + 1:block.end].strip():
                # the colon ends its paragraph: the items are the paragraphs that follow
                for nxt in blocks[i + 1:]:
                    if not re.match(rule["item_pattern"], text[nxt.start:nxt.end]):
                        break
                    end = nxt.end
            if end <= colon + 1:
                continue
            years = [t for t in find_time_expressions(lead, report_year)
                     if t.kind in ("deadline", "year", "relative", "plan_period") and t.year]
            year = years[-1].year if years else None
            if year is None and report_year and any(w in lead for w in annual + ["今年"]):
                year = report_year
            frames.append(Frame(colon + 1, end, "target", year, "list_frame", lead.strip()))
    return frames


def _frame_at(frames: list[Frame], pos: int) -> Frame | None:
    return next((f for f in frames if f.start <= pos < f.end), None)


def _standing_fact(sentence: Span, rel: int, own_time: bool) -> str:
    """The cue that states a figure as a standing fact (累计, 已, 连续), '' if none or when
    the sentence dates the figure itself (2025年累计…) or names a past year word (去年…).

    >>> t = "江苏区域中心已建成36个公共转化平台。"
    >>> _standing_fact(Span(0, len(t), t), t.index("36"), False)
    '已'
    >>> _standing_fact(Span(0, len(t), t), t.index("36"), True)
    ''
    """
    if own_time:
        return ""
    rule = lexicon()["frames"]["standing_fact"]
    lo, _ = _segment_bounds(sentence.text, rel)
    clause = sentence.text[lo:rel]
    if any(w in sentence.text[:rel] for w in rule["past_words"]):
        return ""
    return next((w for w in rule["words"] if w in clause), "")


def _modal_clause(sentence: Span, rel: int) -> str:
    """The future modal before the figure in its own clause ('' if none, or if the
    clause reports the past: 已将…, 去年…了).

    >>> t = "2026年，将新建5G基站1500个。"
    >>> _modal_clause(Span(0, len(t), t), t.index("1500"))
    '将'
    >>> t = "主要农作物耕种收综合机械化率达到67%。"
    >>> _modal_clause(Span(0, len(t), t), t.index("67"))
    ''
    >>> t = "去年已将补贴标准提高到500元。"
    >>> _modal_clause(Span(0, len(t), t), t.index("500"))
    ''
    """
    rule = lexicon()["frames"]["modal_clause"]
    lo, _ = _segment_bounds(sentence.text, rel)
    clause = sentence.text[lo:rel]
    m = None
    for m in re.finditer(rule["pattern"], clause):
        pass
    if m is None or any(w in clause for w in rule["past_words"]):
        return ""
    if m.group() == "将" and any(w in clause[m.end():] for w in rule["ba_verbs"]):
        return ""  # 将…作为/纳入: 将 marks the object, not the future
    return m.group()


def _done_action(sentence: Span, rel: int) -> str:
    """The action verb when a figure is the total of an action reported as done (下达…，
    共计约860亿元), '' otherwise (lexicon ``frames.done_action``).

    >>> t = "近日，省财政厅组织下达2027年第一批重点项目清单和专项资金计划，共计约860亿元，加快拨付。"
    >>> _done_action(Span(0, len(t), t), t.index("约860"))
    '下达'
    >>> t = "明年将下达中央预算内投资计划，共计约3000亿元。"
    >>> _done_action(Span(0, len(t), t), t.index("约3000"))
    ''
    """
    rule = lexicon()["frames"]["done_action"]
    before = sentence.text[:rel]
    if not re.search(rule["total_before"], before) or re.search(rule["future_before"], before):
        return ""
    return next((w for w in rule["verbs"] if w in before), "")


def _decide(sentence: Span, pos: int, anchors: list[tuple[int, Anchor]], ctx: Context,
            present: bool = False, frame: Frame | None = None) -> Anchor:
    """Statistic or target, with year or period, for a figure at pos (article offset).

    ``present``: the figure is stated as a present fact (:func:`_present_fact`); unless a
    time word says otherwise it is a statistic of the report year, even in a plan part."""
    rel = pos - sentence.start
    time = None
    before = [a for p, a in anchors if p <= pos and not
              (a.local and re.search(r"[，,；;]", sentence.text[p - sentence.start:rel]))]
    if before:
        time = before[-1]
    else:
        time = next((a for p, a in anchors if p > pos or not a.local), None)
    if time is not None and time.event_month:
        time = _event_time(time, ctx)
    tense, section_year, strong_mode = section_at(ctx.sections, pos)
    mode = "" if tense == "neutral" else tense
    # time words decide first, then a heading that says review or plan in so many
    # words (累计/争取 in a plan section are plans), then cue words, then context
    role = time.role if time and time.role else ""
    if ctx.example_left and role != "target":
        # a worked example's amounts illustrate a rule: facts of the report year
        result = Anchor("stat")
        result.period = (time.period if time and time.role == "stat" and time.period
                         else str(ctx.report_year) if ctx.report_year else "")
        return result
    if re.search(lexicon()["achievement_pattern"], sentence.text[max(0, rel - 24):rel]):
        role = "stat"  # 完成全年目标的95.0%: progress against a goal is a past fact
    rule_name = ""
    if role != "stat" and not present:
        # the frame rules (FRAME_RULES) come before headings and review parts
        if frame is not None:
            role, rule_name = frame.role, frame.rule
        elif _modal_clause(sentence, rel):
            role, rule_name = "target", "modal_clause"
        elif mode != "plan" and not (time and time.role) and _done_action(sentence, rel):
            role, rule_name = "stat", "done_action"
    if not role and _led_by_past_year(ctx):
        role = "stat"  # 从2021年完成情况来看，…其中…: the paragraph's own past year beats the heading
    if not role and present:
        result = Anchor("stat")
        result.period = str(ctx.report_year) if ctx.report_year else ""
        if ctx.report_year and (mode == "review" or (not mode and ctx.frame == "review")):
            # 6600多万纳税人受益 in a review part: a fact of the year under review
            result.period = str(section_year if mode == "review" and section_year
                                and section_year < ctx.report_year else ctx.report_year - 1)
        return result
    if not role and strong_mode:
        role = "target" if mode == "plan" else "stat"
    if not role and mode != "plan" and "review" in (ctx.frame, ctx.doc_frame):
        # a review part or a data report: 达到/实现/突破 report facts there; only an
        # explicit cue (力争, 预期目标, 目标是) before the figure sets a goal
        role = "target" if _explicit_target_cue(sentence.text[:rel]) else "stat"
    if not role and _clause_sets_goal(sentence, rel):
        role = "target"  # 预期增长目标6%左右, 可降至16%: a goal, a rule or a forecast
    if not role:
        role = _cue_role(sentence.text, rel, "strong")
    if not role and time and time.lean:
        role = time.lean
    if not role and time and not time.role and time.year and time.year == ctx.plan_year:
        role = "target"  # a text about this year's plan: 深圳2022年…增长5% looks ahead
    if not role and ctx.paragraph.role:
        role = ctx.paragraph.role
    if not role and mode:
        role = "target" if mode == "plan" else "stat"
    if not role:
        role = _cue_role(sentence.text, rel, "weak")
    if not role:
        role = "target" if ctx.prior == "plan" else "stat"
    result = Anchor(role, rule=rule_name)
    if mode == "review" and section_year and (not ctx.report_year or section_year < ctx.report_year):
        review_year = section_year
    else:
        review_year = ctx.last_past_year or ctx.doc_year or (ctx.report_year - 1 if ctx.report_year else None)
    if role == "target":
        if time and time.role != "stat" and time.year:
            result.year = time.year
        elif frame is not None and frame.year:
            result.year = frame.year  # 到2030年，主要目标是：…: the list's lead dates every item
        elif time and time.review_word and ctx.report_year and not (mode == "plan" and section_year):
            result.year = ctx.report_year  # 确保全年粮食产量…: this year's goal
        elif ctx.paragraph.role == "target" and ctx.paragraph.year:
            result.year = ctx.paragraph.year
        elif not ctx.paragraph.role and ctx.paragraph.year and ctx.report_year \
                and ctx.paragraph.year >= ctx.report_year:
            result.year = ctx.paragraph.year  # 2024年…预期目标5%左右。这个目标高于…4.5%…
        elif ctx.plan_year and ctx.plan_year_pos > _year_section_start(ctx.sections, pos):
            # tasks after the 今年…预期目标 paragraph are this year's, whatever plan
            # period the part's heading names
            result.year = ctx.plan_year
        elif mode == "plan" and section_year:
            result.year = section_year
        elif mode == "plan" and ctx.report_year and section_year is None and time and time.year:
            result.year = time.year
        else:  # a numbered item without a year of its own under 2026年…实事
            result.year = next((s.year for s in reversed(ctx.sections)
                                if s.start <= pos and s.year and s.tense == "plan"), None)
        if result.year is None and ctx.horizon:
            result.year, result.rule = ctx.horizon, result.rule or "plan_horizon"
        return result
    own_time = any(p <= pos for p, _ in anchors)  # a time word of its own sentence before it
    if time and time.period and time.role != "target" and own_time:
        result.period = time.period
        result.items = time.items
    elif rule_name == "done_action" or _standing_fact(sentence, rel, own_time):
        # 累计服务超1500个团队, 已建成36个平台: of the reporting year, not of an earlier sentence's time
        result.rule = rule_name or "standing_fact"
        reviewing = mode == "review" or "review" in (ctx.frame, ctx.doc_frame)
        result.period = str(review_year if reviewing and review_year else ctx.report_year or "")
    elif time and time.period and time.role != "target":
        result.period = time.period
        result.items = time.items
    elif time and time.review_word:
        result.period = str(review_year) if review_year else ""
    elif ctx.paragraph.role == "stat" and ctx.paragraph.period:
        result.period = ctx.paragraph.period
        result.items = ctx.paragraph.items
    elif ctx.last_period:
        result.period = ctx.last_period
    elif mode == "review" and section_year and (not ctx.report_year or section_year < ctx.report_year):
        result.period = str(section_year)  # (a plan year of an enclosing title is not reviewed)
    elif ctx.doc_period:
        result.period = ctx.doc_period  # a data report of 1-2月: its months throughout
    elif ctx.last_past_year:
        result.period = str(ctx.last_past_year)
    elif ctx.doc_year:
        result.period = str(ctx.doc_year)
    elif ctx.report_year:
        # a review part (过去一年…) of a report looks back at the year before it
        looks_back = mode == "review" or (not mode and ctx.frame == "review")
        result.period = str(ctx.report_year - 1 if looks_back else ctx.report_year)
    return result


def _present_fact(text: str, sent: Span, p: Phrase) -> bool:
    """Whether a figure is stated as a present fact, not a goal: 现有/我国有… before it, or a
    stock of people or households bounded from below (市场主体超过1.5亿户, 14亿多人民) with
    no target cue and no flow verb (新增, 引进…) before it in its sentence.

    >>> t = "我国市场主体超过1.5亿户，一定能够完成主要目标任务。"
    >>> n = Num(6, 13, "超过1.5亿户", 1.5e8, "户", qualifier="more_than", comparator=">")
    >>> _present_fact(t, Span(0, len(t), t), Phrase(n, 0, 13, "我国市场主体", "", "市场主体", "市场主体"))
    True
    >>> t = "力争城镇新增就业超过1200万人。"
    >>> n = Num(8, 16, "超过1200万人", 1.2e7, "人", qualifier="more_than", comparator=">")
    >>> _present_fact(t, Span(0, len(t), t), Phrase(n, 0, 16, "力争城镇新增就业", "", "城镇新增就业", ""))
    False
    """
    rule = lexicon()["present_facts"]
    n = p.num
    before = text[sent.start:n.start]
    seg_start, _ = _segment_bounds(text, n.start)
    clause = text[max(seg_start, sent.start):n.start]
    lex = lexicon()
    cues = lex["target_cues"]["strong"] + lex["target_cues"]["weak"] + rule["flow_words"]
    if any(w in clause for w in cues) or any(w in before for w in lex["target_cues"]["strong"]):
        return False
    if any(clause.endswith(w) or clause.endswith(w + "了") for w in rule["before_words"]):
        return True  # 现有/拥有/我国有 + number
    return n.unit in rule["stock_units"] and n.qualifier in rule["stock_qualifiers"]


def _change_base(text: str, n: Num) -> bool:
    """Whether n is the starting level X of 由X提高到Y / 从X降至Y.

    >>> t = "比例上限由7%提高到15%"
    >>> _change_base(t, Num(5, 7, "7%", 7.0, "%")), _change_base(t, Num(10, 13, "15%", 15.0, "%"))
    (True, False)
    """
    rule = lexicon()["change_base"]
    return bool(re.search(rule["before"], text[max(0, n.start - 1):n.start])
                and re.match(rule["after"], text[n.end:n.end + 8]))


def _explicit_target_cue(before: str) -> bool:
    """Whether the words before a figure set a goal even in a review (力争, 目标是).

    >>> _explicit_target_cue("力争粮食产量"), _explicit_target_cue("技术合同成交额达到")
    (True, False)
    """
    return any(w in before for w in lexicon()["review_frame"]["explicit_target_cues"])


def _led_by_past_year(ctx: Context) -> bool:
    """Whether the paragraph so far is led by an explicit past year (从2021年完成情况来看):
    its un-dated figures report that year even under a plan heading."""
    p = ctx.paragraph
    return p.role == "stat" and p.year is not None and ctx.report_year is not None and p.year < ctx.report_year


def _clause_sets_goal(sentence: Span, rel: int) -> bool:
    """Whether the figure's own clause names a goal (目标, 预期) or, before the figure,
    a rule's allowance or a forecast (可降至, 最多可降低, 全年可减轻).

    >>> t = "2022年地区生产总值预期增长目标6%左右。"
    >>> _clause_sets_goal(Span(0, len(t), t), t.index("6%"))
    True
    >>> t = "高于16%的省份，可降至16%。"
    >>> _clause_sets_goal(Span(0, len(t), t), t.rindex("16%"))
    True
    >>> t = "全年地区生产总值增长5.2%，超预期。"
    >>> _clause_sets_goal(Span(0, len(t), t), t.index("5.2"))
    False
    """
    rule = lexicon()["plan_news"]
    lo, hi = _segment_bounds(sentence.text, rel)
    if re.search(rule["clause_goal_pattern"], sentence.text[lo:hi]):
        return True
    return re.search(rule["rule_modal_pattern"], sentence.text[lo:rel]) is not None


def _plan_lead(first_sentence: str) -> bool:
    """Whether a paragraph's first sentence opens with a future modal (深圳还将全力推动…,
    同时，着力提升…): its figures with no cue of their own are tasks.

    >>> _plan_lead("深圳还将全力推动重大工业项目落地。"), _plan_lead("去年已将补贴提高到500元。")
    (True, False)
    """
    rule = lexicon()["plan_news"]
    if not re.match(rule["lead_pattern"], first_sentence):
        return False
    return not any(w in first_sentence for w in rule["lead_past_words"])


def _opens_example(first_sentence: str) -> bool:
    """Whether a paragraph opens a worked example (举个例子：某地…, 比如，按上例…).

    >>> _opens_example("举个例子：某地平均工资6000元。"), _opens_example("比重达到35%，例如制造业。")
    (True, False)
    """
    rule = lexicon()["example_frame"]
    return any(w in first_sentence[:rule["lead_chars"]] for w in rule["openers"])


def _ends_example(first_sentence: str) -> bool:
    """Whether a paragraph turns to a new point (此外，…), ending a worked example."""
    return any(first_sentence.startswith(w) for w in lexicon()["example_frame"]["enders"])


def _year_section_start(sections: list[Section], pos: int) -> int:
    """Start of the innermost section around pos whose heading names a year; -1 if none."""
    return next((s.start for s in reversed(enclosing_sections(sections, pos)) if s.year), -1)


def _document_frame(article: Article) -> str:
    """'review' for a statistical communique, a data release or a news report of data
    (the title or first line says so), else ''.

    >>> from policydata.document import Article
    >>> _document_frame(Article(1, "2019年某县国民经济和社会发展统计公报", "全年实现生产总值28亿元。", []))
    'review'
    >>> _document_frame(Article(1, "关于加快发展的意见", "到2025年，产值达到10亿元。", []))
    ''
    """
    head = (article.title or "") + "\n" + (article.text or "")[:80].split("\n", 1)[0]
    words = lexicon()["review_frame"]["document_words"]
    return "review" if any(w in head for w in words) else ""


def _document_period(article: Article, report_year: int | None) -> str:
    """The sub-year period a data report covers, from its title or first sentence
    (1-2月广东经济数据… -> '2021-01/2021-02'); '' for other documents.

    >>> from policydata.document import Article
    >>> _document_period(Article(1, "1-2月经济数据出炉", "规模以上工业增加值增长5%。", []), 2021)
    '2021-01/2021-02'
    """
    if not _document_frame(article):
        return ""
    first = re.split(r"[。！？\n]", article.text or "", maxsplit=1)[0]
    for part in (article.title or "", first):
        periods = [t for t in find_time_expressions(part, report_year) if t.kind == "period" and not t.items]
        if periods:
            return periods[0].period
    return ""


def _document_year(article: Article, report_year: int | None) -> int | None:
    """The year a data report covers, named in its title or first line
    (2019年某县国民经济和社会发展统计公报 -> 2019); None for other documents.

    >>> from policydata.document import Article
    >>> _document_year(Article(1, "2019年某县国民经济和社会发展统计公报", "全年实现生产总值28亿元。", []), 2020)
    2019
    """
    if not _document_frame(article):
        return None
    head = (article.title or "") + "\n" + (article.text or "")[:80].split("\n", 1)[0]
    years = [t.year for t in find_time_expressions(head, report_year)
             if t.kind == "year" and t.year and (not report_year or t.year <= report_year)]
    return years[0] if years else None


def _paragraph_frame(first_sentence: str, anchors: list[tuple[int, "Anchor"]], sent_start: int,
                     report_year: int | None) -> str | None:
    """How a paragraph's first sentence changes the review frame: 'review' when it opens
    a review (刚刚过去的2025年, 一年来), '' when it opens plans (今年, 预期目标, 到2030年),
    None when it says neither.

    >>> _paragraph_frame("过去一年，我们顶压前行。", [], 0, 2026)
    'review'
    >>> _paragraph_frame("今年经济社会发展的主要预期目标是：增长5%左右。", [], 0, 2026)
    ''
    """
    rule = lexicon()["review_frame"]
    lead = first_sentence[:24]
    if any(w in lead for w in rule["plan_openers"]):
        return ""
    if any(a.role == "target" and p - sent_start <= 12 for p, a in anchors):
        return ""
    if any(w in first_sentence for w in rule["opening_words"]):
        return "review"
    return None


def _opens_this_years_plan(first_sentence: str, report_year: int | None, opener: bool = True) -> bool:
    """Whether a paragraph opens this year's plan (今年经济社会发展的主要预期目标是…).

    >>> _opens_this_years_plan("今年主要预期目标是：增长5%左右。", 2026)
    True
    >>> _opens_this_years_plan("从2026年起，每年培训教师。", 2026)
    False
    >>> _opens_this_years_plan("3月5日，市长作报告，提出今年的主要预期目标。", 2026, opener=False)
    True

    ``opener``: the sentence opens plans (今年…); without it only a phrase naming this
    year's plan (主要预期目标, 2026年重点工作) anywhere in the sentence counts.
    """
    if not report_year:
        return False
    lead = first_sentence[:30]
    words = [w.replace("{report_year}", str(report_year))
             for w in lexicon()["review_frame"]["this_year_openers"]]
    phrases = [w.replace("{report_year}", str(report_year))
               for w in lexicon()["plan_news"]["this_year_plan_phrases"]]
    return (opener and any(w in lead for w in words)) or any(w in first_sentence for w in phrases)


def _sentence_anchors(text: str, sent: Span, times: list[TimeExpr], ctx: Context) -> list[tuple[int, Anchor]]:
    """(position, Anchor) for the time words of a sentence, in order; a yearly-plan
    word (预期目标) with no time word before it stands for the report year."""
    out = []
    for t in times:
        a = _anchor_of(t, text, ctx.report_year, ctx.prior, ctx.doc_period, ctx.today)
        if a is not None:
            out.append((t.start, a))
    if ctx.report_year:
        for w in lexicon()["target_cues"]["annual"]["words"]:
            pos = sent.text.find(w)
            if pos >= 0 and not any(p < sent.start + pos for p, _ in out):
                out.append((sent.start + pos, Anchor("target", ctx.report_year)))
                out.sort(key=lambda x: x[0])
                break
    return out


def _update_paragraph(ctx: Context, sent: Span, anchors: list[tuple[int, Anchor]],
                      had_figures: bool) -> None:
    """Carry the sentence's time/cue evidence to the next sentences of the paragraph.

    A cue word carries only from a sentence that gave figures itself (主要预期目标是：
    …5%左右；…): elsewhere 计划/确保 are nouns or about something else."""
    role = _cue_role(sent.text, len(sent.text), "strong") if had_figures else ""
    anchors = [(p, a) for p, a in anchors if not a.event_month]  # a day dates its own sentence
    if anchors:
        a = anchors[-1][1]
        ctx.paragraph = Anchor(a.role or role or ctx.paragraph.role, a.year, a.period, a.review_word,
                               items=a.items)
    elif role:
        keep = ctx.paragraph
        ctx.paragraph = Anchor(role, keep.year if keep.role in ("", role) else None,
                               keep.period if keep.role in ("", role) else "")


# --------------------------------------------------------------------------- units, kinds


def _unit(text: str, p: Phrase) -> str | None:
    """The figure's unit; None when a bare number cannot be given one (not a figure)."""
    lex = lexicon()
    n = p.num
    if n.rank:
        return ""
    if n.unit == "家" and text[n.end:n.end + 1] == "庭":
        return "户"
    if n.unit:
        return n.unit
    if _unitless_kind(text, n):
        return ""  # 收入比值2.62, 比上年同期缩小0.05: a ratio or its change has no unit
    after = text[n.end:n.end + 6]
    if any(after.startswith(w) for w in lex["household_nouns"]["words"]):
        return "户"
    if any(after.startswith(w) for w in lex["person_nouns"]["words"]):
        return "人"
    if any(after.startswith(w) for w in lex["entity_count_nouns"]["words"]) and n.value == int(n.value) \
            and not re.search(r"[.．]", n.text):
        return lex["entity_count_nouns"]["unit"]  # 有17省份: 17个省份
    if n.value >= 1e4 and any(w in p.indicator for w in lex["person_nouns"]["indicator_words"]):
        return "人"
    if _implied_money(p):
        return lex["implied_money"]["unit"]
    return None


def _implied_money(p: Phrase) -> bool:
    """A round 万/亿/万亿 amount with no unit after an indicator that is a money amount
    (工业总产值突破万亿, 营收超百亿) is in 元: the unit is implied by the indicator.

    >>> n = Num(7, 11, "突破万亿", 1e12, "", qualifier="more_than", comparator=">")
    >>> _implied_money(Phrase(n, 0, 11, "规模以上工业总产值", "", "规模以上工业总产值", ""))
    True
    >>> _implied_money(Phrase(replace(n, text="突破万", value=1e4), 0, 10, "常住人口", "", "常住人口", ""))
    False
    """
    rule = lexicon().get("implied_money") or {}
    n = p.num
    if n.unit or n.rank or not rule or not re.search(rule["scale_pattern"], n.text) \
            or n.value < rule["min_value"]:
        return False
    indicator = p.indicator.strip()
    return any(indicator.endswith(w) for w in rule["indicator_words"])


def _unitless_kind(text: str, n: Num) -> str:
    """'ratio' or 'growth' for a bare number right after a ratio noun or a change verb
    (城乡居民人均收入比值2.62 -> ratio; 比上年同期缩小0.05 -> growth), else ''.

    >>> t = "城乡收入比值2.62，比上年缩小0.05"
    >>> _unitless_kind(t, Num(6, 10, "2.62", 2.62, "")), _unitless_kind(t, Num(16, 20, "0.05", 0.05, ""))
    ('ratio', 'growth')
    """
    if n.unit or n.rank or n.value >= 1e4 or re.search(r"[万亿]", n.text):
        return ""
    rule = lexicon()["unitless_figures"]
    before = text[max(0, n.start - 6):n.start]
    before = re.sub(r"(?:为|是|达到|达|约|了)$", "", before)
    if any(before.endswith(w) for w in rule["ratio"]):
        return "ratio"
    if any(before.endswith(w) for w in rule["growth"]) and n.value < rule["max_growth_value"] \
            and re.search(r"[.．]", n.text):
        return "growth"
    return ""


def _kind(p: Phrase, unit: str, after: str = "") -> str:
    """level, growth, share, count, rank or ratio (README conventions); ``after`` is the
    text right after the number (保持20%以上增长 -> growth).

    >>> n = Num(6, 11, "1229亩", 1229.0, "亩")
    >>> _kind(Phrase(n, 0, 11, "比上年增加", "", "比上年增加", ""), "亩")
    'level'
    >>> n = Num(6, 9, "4万人", 40000.0, "人")
    >>> _kind(Phrase(n, 0, 9, "比上年末增加", "", "比上年末增加", ""), "人")
    'count'
    >>> n = Num(8, 14, "102.2%", 102.2, "%")
    >>> _kind(Phrase(n, 0, 14, "居民消费价格指数", "", "居民消费价格指数", ""), "%")
    'level'
    """
    lex = lexicon()
    if p.num.rank:
        return "rank"
    if unit in lex["share_units"] and re.match(lex["growth_after_number"], after):
        return "growth"  # 在上年同期18.0%的高增速基础上, 继续实现38.6%的增长
    if unit == "":
        return _unitless_kind(p.before + p.num.text, replace(p.num, start=len(p.before),
                                                           end=len(p.before) + len(p.num.text))) or "level"
    if unit in lex["growth_units"]:
        return "growth"
    if unit in lex["ratio_units"]:
        return "ratio"
    if unit in lex["share_units"]:
        words = p.before + p.indicator
        # the later of the last change word (增长, 下降) and the last share word (率, 占比)
        # decides: 对经济增长的贡献 is a share, 平均压减时间 a change
        last_growth = max((m.start() for w in lex["growth_words"] for m in literal_pattern(w).finditer(words)
                           if words[m.end():m.end() + 1] not in lex["level_after_growth"]["words"]),
                          default=-1)
        last_share = max((m.start() for w in lex["share_words"] for m in literal_pattern(w).finditer(words)),
                         default=-1)
        last_rate = max((m.end() - 1 for w in lex["growth_rate_words"] for m in literal_pattern(w).finditer(words)),
                        default=-1)
        if last_rate >= last_share >= 0 or (last_rate >= 0 and last_share < 0):
            return "growth"  # 自然增长率为3.71‰: a rate of change is a growth figure
        if last_growth < 0 and any(p.indicator.endswith(w) or p.before.rstrip("为是达").endswith(w)
                                   for w in lex["index_words"]):
            return "level"  # 居民消费价格指数102.2%: an index level, not a share
        return "growth" if last_growth > last_share else "share"
    if unit in lex["count_units"]:
        return "count"
    return "level"


def direction(text: str, p: Phrase) -> tuple[str, str]:
    """(direction, rule name) of a change figure: the last change word before the number
    in its clause decides, a minus sign right before the number turns it round
    (``lexicons/figures.json`` → ``direction``). Only called for changes (kind growth).

    >>> def d(t, num):
    ...     i = t.index(num)
    ...     n = Num(i, i + len(num), num, 0.0, "%")
    ...     return direction(t, Phrase(n, 0, len(t), t[:i], "", "", "", (0, len(t))))
    >>> d("全年粮食减产0.4%", "0.4%"), d("增速回落0.1个百分点", "0.1个百分点"), d("利润增长-2.1%", "2.1%")
    (('down', 'down_word'), ('down', 'down_word'), ('down', 'negative_number'))
    >>> d("增长5%", "5%"), d("同比减3.2%", "3.2%"), d("实现38.6%的增长", "38.6%")
    (('up', 'up_word'), ('down', 'verb_before_number'), ('up', 'up_word_after'))
    """
    rule = lexicon()["direction"]
    n = p.num
    window = text[max(p.segment[0], p.start, 0) if p.segment != (0, 0) else p.start:n.start]
    flip = {"up": "down", "down": "up"}
    found = ("", "")
    verbs = rule["verb_before_number"]
    bare = re.sub(r"(?:了|为|达|达到|约|近|超过|超|[-－−–]|负)+$", "", window)
    best = (-1, 0, "", "")
    for r in rule["rules"]:
        for w in r["words"]:
            for m in literal_pattern(w).finditer(bare):
                best = max(best, (m.end(), len(w), r["direction"], r["name"]))
    if best[2]:
        found = (best[2], best[3])
    if best[0] < len(bare):  # 同比降0.3%: a one-character verb right before the number
        for d in ("down", "up"):
            if bare.endswith(tuple(verbs[d])):
                found = (d, "verb_before_number")
    if not found[0]:
        after = text[n.end:n.end + 6]
        for r in rule["rules"]:
            if any(re.match(r"(?:的|之)?" + re.escape(w), after) for w in r["words"]):
                found = (r["direction"], r["name"] + "_after")
                break
    if not found[0]:
        found = (rule["default"], "default")
    if re.search(rule["negative_before_number"], window) or \
            re.match(rule["negative_number_start"], n.text):
        # the minus sign before the number, or inside it where the number parser keeps it (-2.1%)
        found = (flip[found[0]], "negative_number")
    return found


def _absolute_change(p: Phrase, unit: str) -> bool:
    """比上年增加1229亩, 比上年末增加4万人: an amount changed, not a rate. Its kind is the
    kind of the quantity it changes (README: level, count), its direction that of the change.

    >>> _absolute_change(Phrase(Num(6, 9, "4万人", 4e4, "人"), 0, 9, "比上年末增加", "", "", ""), "人")
    True
    """
    lex = lexicon()
    return bool(unit) and unit not in lex["share_units"] + lex["growth_units"] + lex["ratio_units"] and \
        re.search(lex["absolute_change"]["pattern"], p.before) is not None


def _comparator(text: str, p: Phrase) -> tuple[str, str]:
    """(comparator, qualifier) from the quantity, or from 至少/不少于… bound across a verb."""
    n = p.num
    comparator = n.comparator or _QUALIFIER_TO_COMPARATOR.get(n.qualifier, "=")
    qualifier = n.qualifier or "exact"
    if comparator == "=" and qualifier == "exact":
        seg_text = text[p.segment[0]:n.start]
        words = {k: v for k, v in lexicon()["comparator_words_before"].items() if not k.startswith("_")}
        words.update({w: q[1] for w, q in negated_comparators().items() if len(w) >= 3})
        for w in sorted(words, key=len, reverse=True):
            if w in seg_text[-12:]:
                comparator = words[w]
                qualifier = _COMPARATOR_TO_QUALIFIER.get(comparator, "exact")
                break
    rules = lexicon()["comparator_rules"]
    if comparator == "=" and qualifier == "exact":
        if re.match(rules["shared_approx_after"], text[n.end:p.segment[1] if p.segment[1] > n.end else n.end + 30]):
            comparator, qualifier = "~", "approx"  # 分别增长7%和8%左右: 左右 binds the whole list
        elif n.unit in rules["permission_cap_units"] and \
                re.search(rules["permission_cap"], text[p.segment[0]:n.start]):
            comparator, qualifier = "<=", "at_most"  # 每类产品可补贴1件: what a rule allows
    if comparator not in _QUALIFIER_TO_COMPARATOR.values():
        comparator = "="
    flipped = _prohibited_side(text, p, comparator)
    if flipped:
        comparator, qualifier = flipped, _COMPARATOR_TO_QUALIFIER.get(flipped, qualifier)
    return comparator, qualifier


def _prohibited_side(text: str, p: Phrase, comparator: str) -> str:
    """The allowed comparator when a prohibition forbids the side a figure states
    (禁止使用厚度低于0.01毫米的地膜 -> >=), else ''. A negation inside the quantity
    itself (不得低于80%) is already applied by find_quantities.

    >>> t = "禁止生产和使用厚度低于0.01毫米的地膜"
    >>> n = Num(9, 17, "低于0.01毫米", 0.01, "毫米", qualifier="less_than", comparator="<")
    >>> _prohibited_side(t, Phrase(n, 0, 17, "", "", "", ""), "<")
    '>='
    """
    rule = lexicon()["prohibition"]
    if comparator not in rule["flip"]:
        return ""
    n = p.num
    window = re.split(r"[。；！？\n]", text[max(0, n.start - rule["window"]):n.start])[-1]
    return rule["flip"][comparator] if any(w in window for w in rule["words"]) else ""


def _region(p: Phrase, mentions: list[RegionMention], default: str) -> str:
    ids = {m.region_id for m in mentions if p.start <= m.start and m.end <= p.end and m.region_id}
    return ids.pop() if len(ids) == 1 else default


def _base_year(text: str, sent: Span, pos: int) -> int | None:
    m = None
    for m in re.finditer(r"(?:比|较|与|同)((?:19|20)\d{2})年", text[sent.start:pos]):
        pass
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------------------- main


def extract_figures(article: Article, *, report_year: int | None = None, region_id: str,
                    region_mentions: list[RegionMention],
                    context=None) -> tuple[list[StatisticFinding], list[TargetFinding]]:
    """Statistics and targets of one article, each with a quote span into ``article.text``.

    ``report_year`` is the year the document was issued (今年 resolves to it);
    ``region_id`` is the default region of every row; a figure whose quote names
    exactly one region in ``region_mentions`` gets that region instead.
    """
    if context is not None:  # the pipeline's DocumentContext: one report year for every stage
        report_year = context.report_year
    text = article.text or ""
    stats: list[StatisticFinding] = []
    targets: list[TargetFinding] = []
    if not text.strip():
        return stats, targets
    sections = find_sections(article, report_year)
    ctx = Context(report_year, _document_prior(article, report_year), sections,
                  doc_frame=_document_frame(article), doc_period=_document_period(article, report_year),
                  doc_year=_document_year(article, report_year), horizon=_plan_horizon(text, report_year),
                  today=(context.date or "") if context is not None else "")
    level1_starts = {s.start for s in sections if s.level == 1}
    section_starts = {s.start for s in sections}
    plan_starts = {s.start for s in sections if s.tense == "plan" and s.strong}
    blocks = _blocks(article)
    frames = _list_frames(text, blocks, report_year)
    for block in blocks:
        ctx.paragraph, ctx.sub_period = Anchor(), ""
        ctx.example_left = max(0, ctx.example_left - 1) if block.kind != "heading" else 0
        if block.start in level1_starts:
            ctx.last_past_year = None  # a new part of the document
            ctx.plan_year, ctx.plan_year_pos = None, -1
        if block.start in section_starts:
            ctx.last_period = ""
        if block.start in plan_starts:
            ctx.frame = ""  # a plan heading ends a review part
        paragraph_led = False
        # a layout heading gives context, not figures (a sub-headline repeats its body);
        # numbered lines (1. 全省生产总值增长5%。) may be both heading and figure
        is_heading = block.kind == "heading"
        first_sentence = True
        for sent in _join_number_headlines(text, split_sentences(text, block.start, block.end)):
            times = [_shift(t, sent.start) for t in find_time_expressions(sent.text, report_year)]
            anchors = _sentence_anchors(text, sent, times, ctx)
            for t in times:
                if t.kind == "period" and t.period and not re.fullmatch(r"\d{4}", t.period):
                    ctx.sub_period = t.period  # 今年一季度，…: the part of the year the paragraph is about
            if first_sentence and not is_heading:
                first_sentence = False
                frame = _paragraph_frame(sent.text, anchors, sent.start, report_year)
                if frame is not None:
                    ctx.frame = frame
                if frame != "review" and _opens_this_years_plan(sent.text, report_year, frame == ""):
                    ctx.plan_year, ctx.plan_year_pos = report_year, block.start
                if _opens_example(sent.text):
                    ctx.example_left = lexicon()["example_frame"]["max_paragraphs"]
                elif ctx.example_left and _ends_example(sent.text):
                    ctx.example_left = 0
                if not ctx.example_left and _plan_lead(sent.text):
                    ctx.paragraph = Anchor("target")
            figures = [] if is_heading else _sentence_figures(text, sent, times)
            if figures:
                for p in figures:
                    decision = _decide(sent, p.num.start, anchors, ctx, _present_fact(text, sent, p),
                                       _frame_at(frames, p.num.start))
                    if p.item and len(decision.items) == p.item[1]:
                        # 7、8、9月份…分别为A、B和C: each value has its own month
                        decision = replace(decision, period=decision.items[p.item[0]])
                    if decision.role == "target" and _change_base(text, p.num):
                        continue  # 比例上限由7%提高到15%: only the new level is the goal
                    for part in (_target_range_bounds(p) if decision.role == "target" else [p]):
                        row = _finding(text, sent, part, decision, region_id, region_mentions)
                        if isinstance(row, TargetFinding):
                            targets.append(row)
                        elif row is not None:
                            stats.append(row)
            # only a time that leads the sentence or its figures carries on to the
            # next sentences: 第二是2019年下行周期性力量 inside a remark does not
            first = min((p.num.start for p in figures), default=None)
            leading = [(a_pos, a) for a_pos, a in anchors if a.carry and _leads(text, sent, a_pos, first)]
            if leading and not paragraph_led:
                # the period leading a paragraph (前三季度，…) holds for the next
                # paragraphs of the section until another paragraph or a year leads
                paragraph_led = True
                a = leading[0][1]
                if a.role == "stat" and a.period and not a.items and not a.review_word:
                    ctx.last_period = a.period if not re.fullmatch(r"\d{4}", a.period) else ""
            _update_paragraph(ctx, sent, leading, bool(figures))
            if not figures and any(w in sent.text for w in lexicon()["start_event_words"]):
                # 2018年初…；同年12月…试点工作正式启动: the year the work started does not
                # date the results reported later (…11个城市历时2年多的探索 is a fact of now):
                # results since a start are cumulative, of the report year (README)
                ctx.last_past_year, ctx.last_period = report_year, ""
                continue
            for t in times:
                if t.kind == "year" and (not report_year or t.year < report_year) and \
                        not _is_comparison_year(text, t) and not _object_year(text, t) and \
                        not text.startswith("以来", t.end) and _leads(text, sent, t.start, first):
                    ctx.last_past_year, ctx.last_period = t.year, ""
    return stats, targets


def _join_number_headlines(text: str, sentences: list[Span]) -> list[Span]:
    """4.9%！三季度GDP同比增速放缓: a sentence that is only a number is the headline
    form that names its indicator after it; join it to the next sentence.

    >>> t = "4.9%！三季度GDP同比增速放缓，结构优化"
    >>> [s.text for s in _join_number_headlines(t, [Span(0, 5, "4.9%！"), Span(5, len(t), t[5:])])]
    ['4.9%！三季度GDP同比增速放缓，结构优化']
    """
    out: list[Span] = []
    i = 0
    while i < len(sentences):
        s = sentences[i]
        if i + 1 < len(sentences) and re.fullmatch(lexicon()["number_headline"], s.text.strip()):
            nxt = sentences[i + 1]
            out.append(Span(s.start, nxt.end, text[s.start:nxt.end]))
            i += 2
            continue
        out.append(s)
        i += 1
    return out


def _leads(text: str, sent: Span, pos: int, first_figure: int | None) -> bool:
    """Whether a time word at pos sets the time of what follows: it opens the sentence
    (2025年，全市…) or comes before the sentence's first figure, and is not inside a
    quoted remark (“…”).

    >>> t = "他认为一是基数提高，二是2019年下行周期性力量的回归。"
    >>> _leads(t, Span(0, len(t), t), t.index("2019"), None)
    False
    >>> t = "2025年，全市地区生产总值增长5%。"
    >>> _leads(t, Span(0, len(t), t), 0, 16)
    True
    """
    rel = pos - sent.start
    if _inside_brackets(text, pos, pos + 1, "“", "”", 200):
        return False
    opening = sent.text[:rel].strip(" ，,、：:（(")
    if len(opening) <= lexicon()["lead_time_max_offset"]:
        return True
    return first_figure is not None and pos < first_figure


def _shift(t: TimeExpr, offset: int) -> TimeExpr:
    return replace(t, start=t.start + offset, end=t.end + offset)


def _sentence_figures(text: str, sent: Span, times: list[TimeExpr]) -> list[Phrase]:
    nums = [n for n in _numbers(text, sent) if is_figure(text, n, times)]
    ranks = [r for r in _ranks(text, sent) if not any(r.start < n.end and n.start < r.end for n in nums)]
    nums = sorted(nums + ranks, key=lambda n: (n.start, n.end))
    return _range_bounds(text, _distribute(text, _phrases(text, sent, nums, times), times))


def _range_bounds(text: str, phrases: list[Phrase]) -> list[Phrase]:
    """60%至300%范围内: a range that bounds what is allowed gives two figures, the lower
    bound (>=) and the upper one (<=); other ranges (增长5%-6%) stay one figure.

    >>> t = "工资的60%至300%范围内"
    >>> n = Num(3, 11, "60%至300%", 60.0, "%", value_max=300.0)
    >>> [(x.num.value, x.num.comparator) for x in _range_bounds(t, [Phrase(n, 0, 11, "工资", "", "工资", "")])]
    [(60.0, '>='), (300.0, '<=')]
    """
    words = lexicon()["range_bounds"]["after_words"]
    out = []
    for p in phrases:
        n = p.num
        if n.value_max is None or not any(text.startswith(w, n.end) for w in words):
            out.append(p)
            continue
        out.append(replace(p, num=replace(n, value_max=None, qualifier="at_least", comparator=">=")))
        out.append(replace(p, num=replace(n, value=n.value_max, value_max=None, qualifier="at_most", comparator="<=")))
    return out


def _target_range_bounds(p: Phrase) -> list[Phrase]:
    """A goal written as a plain range (按用量的60%—70%估算, 增长4.5%—5%): by the corpus
    README one target, value the lower end, value_max the upper, comparator ``=``
    (``~`` when 左右 follows). With ``range_bounds.split_plain_target_ranges`` set, it
    would set two bounds instead: the lower one (>=) and the upper one (<=).

    >>> n = Num(0, 7, "60%—70%", 60.0, "%", value_max=70.0)
    >>> [(x.num.value, x.num.value_max, x.num.comparator) for x in _target_range_bounds(Phrase(n, 0, 7, "用量", "", "用量", ""))]
    [(60.0, 70.0, '=')]
    """
    n = p.num
    if n.value_max is None or not lexicon()["range_bounds"].get("split_plain_target_ranges", True) \
            or (n.qualifier or "exact") != "exact":
        return [p]
    # 年均增长5%-6%: a growth band is split the same way (both numbers are figures), but
    # its lower row keeps value_max so the band stays readable from one row
    band = n.value_max if p.indicator.endswith(tuple(lexicon()["growth_words"])) else None
    return [replace(p, num=replace(n, value_max=band, qualifier="at_least", comparator=">=")),
            replace(p, num=replace(n, value=n.value_max, value_max=None, qualifier="at_most", comparator="<="))]


def _finding(text: str, sent: Span, p: Phrase, decision: Anchor, region_id: str,
             mentions: list[RegionMention]):
    unit = _unit(text, p)
    if unit is None:
        return None
    n = p.num
    start, end = p.start, max(p.end, p.start + 1)
    region = _region(p, mentions, region_id)
    comparator, qualifier = _comparator(text, p)
    kind = _kind(p, unit, text[n.end:n.end + 8])
    way, way_rule = direction(text, p) if kind == "growth" or _absolute_change(p, unit) else ("", "")
    why = " ".join(w for w in (f"frame:{decision.rule}" if decision.rule else "",
                               f"direction:{way_rule}" if way_rule else "") if w)
    if decision.role == "target":
        return TargetFinding(start, end, p.indicator, comparator, n.value, unit, decision.year,
                             region, n.text, n.value_max, p.scope, _base_year(text, sent, n.start),
                             direction=way, why=why)
    return StatisticFinding(start, end, p.indicator, kind, n.value, unit, qualifier,
                            decision.period, region, n.text, direction=way, why=why)
