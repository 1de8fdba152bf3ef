"""Thresholds that name a class of things or a condition, not a figure: 高于16%的省份,
营收超百亿元的企业, 对投资300万元以上的项目，给予…; and the amounts that stay figures although
bounded (设立规模不低于1亿元的引导资金, 总投资超400亿元的12个重点项目, 三分之二以上成员).

Each function is one named check of ``filters.NON_FIGURE_CHECKS``; its words are in
``lexicons/figures.json`` → ``non_figures``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...recognize.regions import find_regions
from ...text.segment import CJK_CHAR as _CJK, clause_bounds
from .findings import lexicon
from .numbers import Num, unit_class
from .units import person_words
from ...text.regex_starts import lexicon_match, lexicon_search


def comparison_threshold(text: str, n: Num) -> bool:
    """高于16%的省份，可降至16%: the first 16% names the provinces a rule applies to.
    Under a prohibition (禁止使用厚度低于0.01毫米的地膜) the threshold is the rule itself.

    >>> t = "高于16%的省份，可降至16%"
    >>> comparison_threshold(t, Num(0, 5, "高于16%", 16.0, "%", qualifier="more_than"))
    True
    >>> t = "禁止使用厚度低于0.01毫米的地膜"
    >>> comparison_threshold(t, Num(6, 14, "低于0.01毫米", 0.01, "毫米", qualifier="less_than"))
    False
    """
    rule = lexicon()["non_figures"]["comparison_threshold"]
    word = lexicon_match(rule["words"], n.text)
    if not word and not lexicon_search(_comparison_word_before(), text[max(0, n.start - 3):n.start]):
        return False
    after = text[n.end:n.end + 6]
    if not lexicon_match(rule["after"], after) or after[1:].startswith(tuple(rule["keep_after_nouns"])):
        return False
    window = re.split(r"[。；！？\n]", text[max(0, n.start - rule["window"]):n.start])[-1]
    return not any(w in window for w in rule["keep_if_before"])


@lru_cache(maxsize=1)
def _comparison_word_before() -> re.Pattern:
    """A comparison word (``non_figures.comparison_threshold.words``) right before the number, compiled once."""
    return re.compile(lexicon()["non_figures"]["comparison_threshold"]["words"].pattern + "$")


def share_of_members(text: str, n: Num) -> bool:
    """三分之二以上成员, 80%以上的村民: a share of people bounded from below is a figure
    (a voting or coverage threshold), not the name of a class of things.

    >>> t = "应经三分之二以上成员同意"
    >>> share_of_members(t, Num(2, 8, "三分之二以上", 66.67, "%", qualifier="at_least"))
    True
    >>> t = "亿元以上项目"
    >>> share_of_members(t, Num(0, 4, "亿元以上", 1e8, "元", qualifier="at_least"))
    False
    """
    if unit_class(n.unit) != "share":
        return False
    after = text[n.end:n.end + 8].lstrip("的")
    lex = lexicon()
    rule = lex["non_figures"]["descriptor_pattern"]
    nouns = person_words() + rule["share_of_nouns"]
    if after.startswith(tuple(nouns)):
        return True
    return share_of_population(text, n, after)


def share_of_population(text: str, n: Num, after: str) -> bool:
    """Rule ``share_of_population``: a share bounded from below before the things it is a
    share of (七成以上的企业实现盈利, 80%以上的行政村) is a figure, unless a rate or change in
    its clause before it makes it the threshold of a class (能耗降低20%以上的企业).

    >>> rows = [("全县七成以上的企业实现盈利", "七成以上"), ("80%以上的行政村通了快递", "80%以上"),
    ...         ("能耗降低20%以上的企业", "20%以上"), ("占比30%以上的行业", "30%以上")]
    >>> [share_of_population(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, "%"),
    ...                       t[t.index(x) + len(x):].lstrip("的")) for t, x in rows]
    [True, True, False, False]
    """
    lex = lexicon()
    rule = lex["non_figures"]["descriptor_pattern"]
    nouns = rule["population_nouns"] + lex["entity_count_nouns"]["words"]
    if not after.startswith(tuple(nouns)) and not _share_of_whole(text, n):
        return False
    lo, _ = clause_bounds(text, n.start)
    before = text[lo:n.start]
    return not any(w in before for w in lex["growth_words"] + lex["share_words"])


def _share_of_whole(text: str, n: Num) -> bool:
    """Rule ``share_of_whole``: a share bounded from below, then 的 and a noun, that no measure noun
    right before it makes a property (将60%以上的资金投向…, 为全国70%以上的船舶供货) is the part of a
    whole that does something, a figure like 七成以上的企业 (share_of_population); 含量60%以上的,
    纯度99%以上的 name a class by a property (lexicon ``descriptor_pattern.property_before``).

    >>> rows = [("将60%以上的资金投向研发", "60%以上"), ("为全国70%以上的船舶供货", "70%以上"),
    ...         ("含量60%以上的产品", "60%以上"), ("60%以上股份", "60%以上")]
    >>> [_share_of_whole(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, "%", qualifier="at_least")) for t, x in rows]
    [True, True, False, False]
    """
    rule = lexicon()["non_figures"]["descriptor_pattern"]
    if n.qualifier != "at_least" or not lexicon_match(rule["whole_after"], text[n.end:n.end + 2]):
        return False
    return not lexicon_search(rule["property_before"], text[max(0, n.start - 1):n.start])


def class_threshold(text: str, n: Num) -> bool:
    """吞吐量超千万人次的机场, 营收超百亿元的企业: a bounded amount of a measure noun,
    then 的 and a noun, names a class of things; the count of the class is the figure.

    >>> t = "吞吐量超千万人次的机场达到5个"
    >>> class_threshold(t, Num(3, 8, "超千万人次", 1e7, "人次", qualifier="more_than"))
    True
    >>> t = "其中超20亿元项目200个"
    >>> class_threshold(t, Num(2, 8, "超20亿元", 2e9, "元", qualifier="more_than"))
    True
    >>> t = "新增就业超过1000万人，完成目标"
    >>> class_threshold(t, Num(4, 12, "超过1000万人", 1e7, "人", qualifier="more_than"))
    False

    Rule scope_bound: a bound from above, or one written after an inclusion note, names a class too.

    >>> t = "职工人数20人(含)以下的商户免收，营收50万元以下的个体户减半，职工人数20人的商户"
    >>> [class_threshold(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, u, qualifier=q))
    ...  for x, u, q in (("20人", "人", "exact"), ("50万元以下", "元", "at_most"))]
    [True, True]
    >>> class_threshold(t, Num(t.rindex("20人"), t.rindex("20人") + 3, "20人", 20.0, "人"))
    False
    """
    rule = lexicon()["non_figures"]["class_threshold"]
    if group_total(text, n):
        return False
    if n.qualifier in ("more_than", "at_least") and unit_class(n.unit) == "level" \
            and lexicon_match(rule["counted_after"], text[n.end:n.end + 16]):
        return True  # 超20亿元项目200个: the count of the class is the figure
    # rule scope_bound: a bound written after an inclusion note (30人(含)以下的企业) or one from
    # above (50人以下的企业) delimits the class as well
    note = lexicon_match(rule["inclusive_bound_after"], text[n.end:n.end + 8])
    end = n.end + (note.end() if note else 0)
    if not (note or n.qualifier in ("more_than", "at_least", "at_most")) or not text.startswith("的", end):
        return False
    if not _CJK.match(text[end + 1:end + 2]):
        return False
    before = text[max(0, n.start - 4):n.start]
    return before.endswith(tuple(rule["subject_nouns"])) and not named_place_total(text, n)


def named_place_total(text: str, n: Num) -> bool:
    """Rule ``named_place_total``: after 的 a place name and no later count in the clause
    (总投资超500亿元的晋北某新能源基地加快建设) names one project: its total is a figure, not a class threshold.

    >>> t = "总投资超500亿元的晋北某新能源基地加快建设，总投资超亿元的项目加快建设"
    >>> named_place_total(t, Num(3, 9, "超500亿元", 5e10, "元")), named_place_total(t, Num(25, 28, "超亿元", 1e8, "元"))
    (True, False)
    """
    _, end = clause_bounds(text, n.end)
    rest = text[n.end + 1:end]
    return not re.search(r"[0-9０-９]", rest) and any(m.start == 0 for m in find_regions(rest[:12]))


def group_total(text: str, n: Num) -> bool:
    """Rule ``group_total``: a total (总投资, 总金额, 共计…) + amount + 的 + a count (总投资超400亿元的
    12个重点项目) is the sum over the counted group, a figure, not the threshold of a class.

    >>> rows = [("推进总投资超400亿元的12个重点项目", "超400亿元"), ("营收超百亿元的企业15家", "超百亿元"),
    ...         ("总投资超亿元的项目50个", "超亿元")]
    >>> [group_total(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, "元", qualifier="more_than"))
    ...  for t, x in rows]
    [True, False, False]
    """
    rule = lexicon()["non_figures"]["class_threshold"]
    before = text[max(0, n.start - 4):n.start]
    return before.endswith(tuple(rule["total_words"])) and lexicon_match(rule["group_count_after"],
                                                                     text[n.end:n.end + 8]) is not None


def condition_threshold(text: str, n: Num) -> bool:
    """A bounded threshold inside a condition clause 对…的 that the next clause's measure
    applies to (lexicon ``non_figures.condition_clause``): it delimits scope, no figure.

    >>> rows = [("对新落地投资300万元以上（含）的项目，给予奖励", "300万元以上"),
    ...         ("对当年新增设备投资800万元以上的，按投资额给予补助", "800万元以上"),
    ...         ("对全省税收贡献了超1/3的增量，创历史新高", "超1/3"),
    ...         ("对投资500万元的项目开展评估，共评估30个", "500万元"),
    ...         ("对年纳税额首次突破300万元、800万元的企业，分别给予奖励", "300万元"),
    ...         ("对年纳税额首次突破300万元、800万元的企业，分别给予奖励", "800万元")]
    >>> [condition_threshold(t, Num(t.index(x), t.index(x) + len(x), x, 0.0, "")) for t, x in rows]
    [True, True, False, False, True, True]
    """
    rule = lexicon()["non_figures"]["condition_clause"]
    lo, hi = clause_bounds(text, n.start)
    if not lexicon_match(rule["opening"], text[lo:n.end]):
        return False
    closing = lexicon_match(rule["closing"], text[n.end:hi + 1])
    if closing is None:
        return False
    bounded = n.qualifier in ("more_than", "at_least", "less_than", "at_most") or n.value_max is not None \
        or lexicon_search(rule["bounded"], n.text + closing.group()) is not None \
        or lexicon_search(rule["bound_before"], text[lo:n.start]) is not None  # 突破500万元、1000万元的
    return bounded and lexicon_match(rule["measure_after"], text[n.end + closing.end():]) is not None


def inclusive_note(text: str, n: Num) -> bool:
    """Rule ``inclusive_note``: 200—800亩（含800亩）: the number inside （含…） restates a bound.

    >>> rows = [("对新建的200—800亩（含800亩）的园区", "800亩）"), ("投资300万元以上（含300万元）的项目", "300万元）"),
    ...         ("其中（含）新建公园10个", "10个")]
    >>> [inclusive_note(t, Num(t.rindex(x), t.rindex(x) + len(x) - 1, x[:-1], 0.0, "")) for t, x in rows]
    [True, True, False]
    """
    rule = lexicon()["non_figures"]["inclusive_note"]
    return lexicon_search(rule["before"], text[max(0, n.start - 2):n.start]) is not None \
        and lexicon_match(rule["after"], text[n.end:n.end + 1]) is not None


def grant_condition(text: str, n: Num) -> bool:
    """Rule ``grant_condition``: an amount bounded from below after a measure noun, in a sentence
    that goes on to a grant, states who qualifies (lexicon ``non_figures.grant_condition``).

    >>> rows = [("年营业收入达到50万元以上，一次性给予5万元奖励。", "50万元以上", "at_least"),
    ...         ("新建项目设备投资3000万元以上、亩均投资不低于80万元，按投资额给予奖励。", "不低于80万元", "at_least"),
    ...         ("全年设备投资3000万元以上。", "3000万元以上", "at_least"),
    ...         ("新增就业10万人以上，给予补贴的企业300家。", "10万人以上", "at_least"),
    ...         ("年营业收入达到50万元，一次性给予5万元奖励。", "50万元", "exact")]
    >>> [grant_condition(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, "元", qualifier=q)) for t, x, q in rows]
    [True, True, False, False, False]
    """
    if n.qualifier not in ("at_least", "more_than") or provided_amount(text, n):
        return False
    rule = lexicon()["non_figures"]["grant_condition"]
    lo, hi = clause_bounds(text, n.start)
    head = rule["link"].sub("", text[lo:n.start])
    if not head.endswith(tuple(rule["nouns"])):
        return False
    return lexicon_match(rule["grant_after"], text[n.end:]) is not None


def provided_amount(text: str, n: Num) -> bool:
    """Rule ``provided_amount``: 设立规模不低于1亿元的引导资金, 提供1亿元以上的担保: an amount
    provided or set up is a figure, not a class threshold (lexicon ``non_figures.provided_amount``).

    >>> rows = [("设立规模不低于1亿元的引导资金", "不低于1亿元"), ("为园区企业提供2亿元以上的融资担保", "2亿元以上"),
    ...         ("营收1亿元以上的企业", "1亿元以上")]
    >>> [provided_amount(t, Num(t.index(x), t.index(x) + len(x), x, 1e8, "元")) for t, x in rows]
    [True, True, False]
    """
    lo, _ = clause_bounds(text, n.start)
    return lexicon_search(lexicon()["non_figures"]["provided_amount"]["pattern"], text[lo:n.start]) is not None

