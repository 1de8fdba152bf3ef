"""Whether a number is a figure: the named checks that drop names, ordinals, dates,
the text's own enumerations and vague words (``lexicons/figures.json`` → ``non_figures``)."""
from __future__ import annotations

import re

from ...recognize.regions import find_regions
from ...recognize.timeexpr import TimeExpr
from ...text.patterns import compiled_all, literal_pattern, search_any
from ...text.segment import CJK_CHAR as _CJK, clause_bounds, inside_brackets
from .findings import lexicon
from .frames import quoted_standard
from .numbers import Num, unit_class
from .units import person_words

_DIGIT = re.compile(r"\d")  # an Arabic digit (a count written in digits)


def is_figure(text: str, n: Num, times: list[TimeExpr] = ()) -> bool:
    """Whether a quantity is a figure, not a name, ordinal, date, enumeration or vague word.

    >>> t = "要重点把握三个方面"
    >>> is_figure(t, Num(6, 8, "三个", 3.0, "个"))
    False
    >>> t = "城镇新增就业1318万人"
    >>> is_figure(t, Num(6, 12, "1318万人", 13180000.0, "人"))
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
    if _vague_word(text, n):
        return False
    before, after = text[max(0, n.start - 3):n.start], text[n.end:n.end + 8]
    if search_any(compiled_all(nf["before_patterns"]), before) and not _acronym_glued(text, n):
        return False
    if _names_issuing_bodies(text, n) or _comparison_threshold(text, n):
        return False
    if search_any(compiled_all(nf["after_patterns"]), after):
        return False
    if (n.unit in nf["pairing"]["units"] and re.match(nf["pairing"]["after"], after)) or any(
            re.search(r["before"], text[max(0, n.start - 6):n.start]) and re.match(r["after"], text[n.end:n.end + 12])
            for r in nf["class_labels"]["rules"]):  # pairing: 一对一帮扶; class_label: 2条时速120公里的班列
        return False
    if inside_brackets(text, n.start, n.end, "《", "》", 60):
        return False
    if inside_brackets(text, n.start, n.end, "“", "”", nf["max_quoted_name_chars"]) \
            and not _quoted_figure(text, n) and not _quoted_speech(text, n) and not quoted_standard(text, n.start):
        return False
    if _quoted_figure(text, n) and n.unit in nf["quoted_package_units"]:
        return False  # quoted_package: 向好“30条” names a policy package
    if unit_class(n.unit) == "count" and re.match(nf["own_list_intro"], text[n.end:n.end + 30]):
        return False  # own_list_intro: 办好15件民生实事，包括：… -- the text spells out its own items
    desc = nf["descriptor_pattern"]
    if re.search(desc["pattern"], n.text) and re.match(desc["next"], text[n.end:n.end + 1]) \
            and unit_class(n.unit) not in ("count",) and not re.match(desc["keep_next"], text[n.end:n.end + 6]) \
            and not _share_of_members(text, n) and not _provided_amount(text, n) \
            and not (unit_class(n.unit) == "share" and not text.startswith("的", n.end)):  # share_bound
        # 亿元以上重大产业项目: an amount threshold names a class of things; a count
        # with 以上 before its noun (实施1000个以上省重点项目) is still a count
        return False
    if _digit_count(text, n) or _task_timing(text, n) or _stated_condition(text, n):
        return False
    if n.unit == "年" and not _streak(text, n):
        return False
    if (_class_threshold(text, n) and not _provided_amount(text, n)) or _condition_threshold(text, n):
        return False
    if _inclusive_note(text, n) or _grant_condition(text, n):
        return False
    if after.startswith(tuple(nf["structure_nouns"]["words"])):
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
    seg_start, _ = clause_bounds(text, n.start)
    if _list_items_before(text, seg_start, n.start) == n.value and n.unit in lex["count_units"] + ["大"] \
            and after.startswith(tuple(nf["list_count_nouns"]["words"])):
        # 稳增长、调结构、惠民生三项任务: the text counting its own list; a count of
        # named things (绍兴黄酒、金华火腿…3个历史经典产业入围) is a fact
        return False
    return True


def _vague_word(text: str, n: Num) -> bool:
    """Whether the number is part of a vague word (一批, 多个, 多国): no figure. 多 after a
    numeral of the number itself (10多个村, 120多国, 20多次) is its qualifier (more_than),
    not the vague 多个.

    >>> [_vague_word(t, Num(t.index(x), t.index(x) + len(x), x, v, u)) for t, x, v, u in
    ...  [("建设一批项目", "一批", 1.0, "批"), ("全县10多个村", "10多个", 10.0, "个"),
    ...   ("与多个国家合作", "多个", 2.0, "个")]]
    [True, False, True]
    """
    around = text[max(0, n.start - 2):n.end + 2]
    for v in lexicon()["non_figures"]["vague_text"]:
        if v not in around or not _overlaps_word(text, n, v):
            continue
        i = text.find(v, max(0, n.start - len(v)))
        if v.startswith("多") and n.start < i < n.end and re.match(r"[0-9０-９零〇一二两三四五六七八九十百千万亿]",
                                                                  text[i - 1]):
            continue  # 10多个: 多 is the number's qualifier
        return True
    return False


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


def _quoted_speech(text: str, n: Num) -> bool:
    """Rule ``quoted_speech``: quotes around a clause (“我们计划建设6家共享工厂，”厂长说) hold
    what someone said, not a name: a clause or sentence break inside them keeps the figure.

    >>> t = "“我们计划建设6家共享工厂，”厂长说。"
    >>> _quoted_speech(t, Num(7, 9, "6家", 6.0, "家"))
    True
    >>> t = "实施“3个一批”工程"
    >>> _quoted_speech(t, Num(3, 5, "3个", 3.0, "个"))
    False
    """
    nf = lexicon()["non_figures"]
    lo = text.rfind("“", max(0, n.start - nf["max_quoted_name_chars"]), n.start)
    hi = text.find("”", n.end, n.end + nf["max_quoted_name_chars"] + 2)
    if lo < 0 or hi < 0:
        return False
    return re.search(nf["quoted_speech_breaks"], text[lo + 1:hi]) is not None


def _list_items_before(text: str, seg_start: int, pos: int) -> int:
    """How many list items (A、B和C) end right before pos in its segment; 0 if none."""
    before = text[seg_start:pos]
    if not before or before[-1] in "、和及与等" or _DIGIT.search(before):
        return 0
    parts = re.split(lexicon()["distribution"]["list_separators"], before)
    return len(parts) if len(parts) >= 2 and all(len(p) >= 2 for p in parts[1:]) else 0


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
    return tail.startswith(tuple(words))


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
    if not re.match(rule["after"], after) or after[1:].startswith(tuple(rule["keep_after_nouns"])):
        return False
    window = re.split(r"[。；！？\n]", text[max(0, n.start - rule["window"]):n.start])[-1]
    return not any(w in window for w in rule["keep_if_before"])


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
    rule = lex["non_figures"]["descriptor_pattern"]
    nouns = person_words() + rule["share_of_nouns"]
    if after.startswith(tuple(nouns)):
        return True
    return _share_of_population(text, n, after)


def _share_of_population(text: str, n: Num, after: str) -> bool:
    """Rule ``share_of_population``: a share bounded from below before the things it is a
    share of (七成以上的企业实现盈利, 80%以上的行政村) is a figure, unless a rate or change in
    its clause before it makes it the threshold of a class (能耗降低20%以上的企业).

    >>> rows = [("全县七成以上的企业实现盈利", "七成以上"), ("80%以上的行政村通了快递", "80%以上"),
    ...         ("能耗降低20%以上的企业", "20%以上"), ("占比30%以上的行业", "30%以上")]
    >>> [_share_of_population(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, "%"),
    ...                       t[t.index(x) + len(x):].lstrip("的")) for t, x in rows]
    [True, True, False, False]
    """
    lex = lexicon()
    nouns = lex["non_figures"]["descriptor_pattern"]["population_nouns"] + lex["entity_count_nouns"]["words"]
    if not after.startswith(tuple(nouns)):
        return False
    lo, _ = clause_bounds(text, n.start)
    before = text[lo:n.start]
    return not any(w in before for w in lex["growth_words"] + lex["share_words"])


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
    if _group_total(text, n):
        return False
    if n.qualifier in ("more_than", "at_least") and unit_class(n.unit) == "level" \
            and re.match(rule["counted_after"], text[n.end:n.end + 16]):
        return True  # 超20亿元项目200个: the count of the class is the figure
    if n.qualifier not in ("more_than", "at_least") or not text.startswith("的", n.end):
        return False
    if not _CJK.match(text[n.end + 1:n.end + 2]):
        return False
    before = text[max(0, n.start - 4):n.start]
    return before.endswith(tuple(rule["subject_nouns"])) and not _named_place_total(text, n)


def _named_place_total(text: str, n: Num) -> bool:
    """Rule ``named_place_total``: after 的 a place name and no later count in the clause
    (总投资超500亿元的晋北某新能源基地加快建设) names one project: its total is a figure, not a class threshold.

    >>> t = "总投资超500亿元的晋北某新能源基地加快建设，总投资超亿元的项目加快建设"
    >>> _named_place_total(t, Num(3, 9, "超500亿元", 5e10, "元")), _named_place_total(t, Num(25, 28, "超亿元", 1e8, "元"))
    (True, False)
    """
    _, end = clause_bounds(text, n.end)
    rest = text[n.end + 1:end]
    return not re.search(r"[0-9０-９]", rest) and any(m.start == 0 for m in find_regions(rest[:12]))


def _group_total(text: str, n: Num) -> bool:
    """Rule ``group_total``: a total (总投资, 总金额, 共计…) + amount + 的 + a count (总投资超400亿元的
    12个重点项目) is the sum over the counted group, a figure, not the threshold of a class.

    >>> rows = [("推进总投资超400亿元的12个重点项目", "超400亿元"), ("营收超百亿元的企业15家", "超百亿元"),
    ...         ("总投资超亿元的项目50个", "超亿元")]
    >>> [_group_total(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, "元", qualifier="more_than"))
    ...  for t, x in rows]
    [True, False, False]
    """
    rule = lexicon()["non_figures"]["class_threshold"]
    before = text[max(0, n.start - 4):n.start]
    return before.endswith(tuple(rule["total_words"])) and re.match(rule["group_count_after"],
                                                                     text[n.end:n.end + 8]) is not None


def _condition_threshold(text: str, n: Num) -> bool:
    """A bounded threshold inside a condition clause 对…的 that the next clause's measure
    applies to (lexicon ``non_figures.condition_clause``): it delimits scope, no figure.

    >>> rows = [("对新落地投资300万元以上（含）的项目，给予奖励", "300万元以上"),
    ...         ("对当年新增设备投资800万元以上的，按投资额给予补助", "800万元以上"),
    ...         ("对全省税收贡献了超1/3的增量，创历史新高", "超1/3"),
    ...         ("对投资500万元的项目开展评估，共评估30个", "500万元"),
    ...         ("对年纳税额首次突破300万元、800万元的企业，分别给予奖励", "300万元"),
    ...         ("对年纳税额首次突破300万元、800万元的企业，分别给予奖励", "800万元")]
    >>> [_condition_threshold(t, Num(t.index(x), t.index(x) + len(x), x, 0.0, "")) for t, x in rows]
    [True, True, False, False, True, True]
    """
    rule = lexicon()["non_figures"]["condition_clause"]
    lo, hi = clause_bounds(text, n.start)
    if not re.match(rule["opening"], text[lo:n.end]):
        return False
    closing = re.match(rule["closing"], text[n.end:hi + 1])
    if closing is None:
        return False
    bounded = n.qualifier in ("more_than", "at_least", "less_than", "at_most") or n.value_max is not None \
        or re.search(rule["bounded"], n.text + closing.group()) is not None \
        or re.search(rule["bound_before"], text[lo:n.start]) is not None  # 突破500万元、1000万元的
    return bounded and re.match(rule["measure_after"], text[n.end + closing.end():]) is not None


def _inclusive_note(text: str, n: Num) -> bool:
    """Rule ``inclusive_note``: 200—800亩（含800亩）: the number inside （含…） restates a bound.

    >>> rows = [("对新建的200—800亩（含800亩）的园区", "800亩）"), ("投资300万元以上（含300万元）的项目", "300万元）"),
    ...         ("其中（含）新建公园10个", "10个")]
    >>> [_inclusive_note(t, Num(t.rindex(x), t.rindex(x) + len(x) - 1, x[:-1], 0.0, "")) for t, x in rows]
    [True, True, False]
    """
    rule = lexicon()["non_figures"]["inclusive_note"]
    return re.search(rule["before"], text[max(0, n.start - 2):n.start]) is not None \
        and re.match(rule["after"], text[n.end:n.end + 1]) is not None


def _grant_condition(text: str, n: Num) -> bool:
    """Rule ``grant_condition``: an amount bounded from below after a measure noun, in a sentence
    that goes on to a grant, states who qualifies (lexicon ``non_figures.grant_condition``).

    >>> rows = [("年营业收入达到50万元以上，一次性给予5万元奖励。", "50万元以上", "at_least"),
    ...         ("新建项目设备投资3000万元以上、亩均投资不低于80万元，按投资额给予奖励。", "不低于80万元", "at_least"),
    ...         ("全年设备投资3000万元以上。", "3000万元以上", "at_least"),
    ...         ("新增就业10万人以上，给予补贴的企业300家。", "10万人以上", "at_least"),
    ...         ("年营业收入达到50万元，一次性给予5万元奖励。", "50万元", "exact")]
    >>> [_grant_condition(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, "元", qualifier=q)) for t, x, q in rows]
    [True, True, False, False, False]
    """
    if n.qualifier not in ("at_least", "more_than") or _provided_amount(text, n):
        return False
    rule = lexicon()["non_figures"]["grant_condition"]
    lo, hi = clause_bounds(text, n.start)
    head = re.sub(rule["link"], "", text[lo:n.start])
    if not head.endswith(tuple(rule["nouns"])):
        return False
    return re.match(rule["grant_after"], text[n.end:]) is not None


def _provided_amount(text: str, n: Num) -> bool:
    """Rule ``provided_amount``: 设立规模不低于1亿元的引导资金, 提供1亿元以上的担保: an amount
    provided or set up is a figure, not a class threshold (lexicon ``non_figures.provided_amount``).

    >>> rows = [("设立规模不低于1亿元的引导资金", "不低于1亿元"), ("为园区企业提供2亿元以上的融资担保", "2亿元以上"),
    ...         ("营收1亿元以上的企业", "1亿元以上")]
    >>> [_provided_amount(t, Num(t.index(x), t.index(x) + len(x), x, 1e8, "元")) for t, x in rows]
    [True, True, False]
    """
    lo, _ = clause_bounds(text, n.start)
    return re.search(lexicon()["non_figures"]["provided_amount"]["pattern"], text[lo:n.start]) is not None


def _task_timing(text: str, n: Num) -> bool:
    """时隔一年多, 用时两天，…: a duration that only times something (lexicon
    ``non_figures.task_timing``); 连续16年, 全市晴好天数达到310天 are figures.

    >>> rows = [("时隔一年多，首台机组该体检了", "一年多", "年"), ("他说，用时两天，江水已抽干", "两天", "天"),
    ...         ("全市晴好天数达到310天", "310天", "天"), ("仅用时8小时完成插秧作业面积80亩", "8小时", "小时"),
    ...         ("实现24小时全时段监测", "24小时", "小时"), ("产线需要7×24小时运转", "24小时", "小时"),
    ...         ("车程缩短到24小时以内", "24小时", "小时")]
    >>> [_task_timing(t, Num(t.index(x), t.index(x) + len(x), x, 24.0 if x == "24小时" else 0.0, u))
    ...  for t, x, u in rows]
    [True, True, False, False, True, True, False]
    """
    rule = lexicon()["non_figures"]["task_timing"]
    if n.unit not in rule["units"]:
        return False
    if n.unit == "小时" and n.value == 24 and (re.search(rule["round_the_clock_before"], text[max(0, n.start - 3):n.start])
                                             or re.match(rule["round_the_clock_after"], text[n.end:n.end + 4])):
        return True  # round_the_clock: 24小时全时段监测, 7×24小时连续运转
    before = text[max(0, n.start - 4):n.start]
    if re.search(rule["interval_before"], before):
        return True
    return bool(re.search(rule["timing_before"], before) and re.match(rule["timing_after"], text[n.end:n.end + 3]))


def _stated_condition(text: str, n: Num) -> bool:
    """A number in a clause that states a condition (当…) or in a list of settings left
    open (0.2倍、0.5倍、1倍……): no fact (lexicon ``non_figures.when_clause``, ``open_sequence``).

    >>> rows = [("当转速升到额定转速的1.5倍，设备显示稳定读数", "1.5倍"), ("0.2倍、0.5倍、1倍、2倍……转速不断加快", "1倍"),
    ...         ("当年新增就业12万人", "12万人"), ("出口额是2020年的1.5倍", "1.5倍")]
    >>> [_stated_condition(t, Num(t.index(x), t.index(x) + len(x), x, 0.0, "")) for t, x in rows]
    [True, True, False, False]
    """
    nf = lexicon()["non_figures"]
    lo, _ = clause_bounds(text, n.start)
    if re.match(nf["when_clause"]["opening"], text[lo:n.start].lstrip()):
        return True
    listed = text[max(0, n.start - 1):n.start] == "、" or text.startswith("、", n.end)
    return listed and re.match(nf["open_sequence"]["after"], text[n.end:n.end + 60]) is not None


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
    >>> _streak("5年内重点引进", Num(0, 4, "5年内", 5.0, "年", qualifier="at_most"))
    False
    """
    if 1900 <= n.value <= 2100:
        return False
    if re.fullmatch(lexicon()["unitless_figures"]["streak_pattern"], n.text):
        return True  # streak_count: 十五连丰 is a streak of 15 years
    rule = lexicon()["non_figures"]["duration_keep_before"]
    before = text[max(0, n.start - 4):n.start]
    if any(w in before or n.text.startswith(w) for w in rule["words"]):
        return True  # 连续16年, 期限3年, 不超过2年 (the bound read into the quantity)
    after = text[n.end:n.end + 6]
    if re.match(rule["history_after"], text[n.end:n.end + 12]):
        return True  # history_years: 已有20年的茶叶种植历史
    if after.startswith(tuple(rule["span_after_words"])) or n.value_max is not None:
        return False  # 用5—10年左右时间: how long something takes, not a figure
    if n.text.endswith("内") and not before.endswith(tuple(rule["obligation_before_words"])):
        return False  # within_years: 5年内重点引进…, 争取三年内实现全覆盖: the time frame of goals, a deadline
    if n.qualifier != "exact" and re.search(r"(?:以上|以内|以下|内|多|余)$", n.text):
        return True  # the bound is written after the number: 3年以上, 2年以内, 1年内, 2年多
    return after.startswith(tuple(rule["after_words"]))


def _names_program(text: str, n: Num) -> bool:
    """千亿斤粮食产能提升行动, 0.1微克攻坚行动: a physical amount naming a program; an area
    before a place that has one (3200亩茶叶种植示范基地) is its size (rule ``sized_place``).

    >>> rows = [("实施千亿斤粮食产能提升行动", "千亿斤", "斤"), ("建成3200亩茶叶种植示范基地", "3200亩", "亩")]
    >>> [_names_program(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, u)) for t, x, u in rows]
    [True, False]
    """
    lex = lexicon()
    if unit_class(n.unit) != "level" or n.unit == "元":
        return False
    rule = lex["non_figures"]["program_suffixes"]
    _, seg_end = clause_bounds(text, n.end)
    after = text[n.end:min(seg_end, n.end + rule["max_gap"])]
    if not after or not _CJK.match(after[0]) or after[0] in "的以左多余":
        return False
    suffix = next((w for w in rule["words"] if after.endswith(w) or after.endswith("等" + w)), "")
    # sized_place: 3200亩茶叶种植示范基地 -- the area of a place, a figure
    return bool(suffix) and not (suffix in rule["sized_places"] and n.unit.lstrip("万千百") in rule["area_units"])


def _in_focus_frame(text: str, n: Num) -> bool:
    """以45个县域商业示范镇为重点: the number picks a set to work on."""
    seg_start, _ = clause_bounds(text, n.start)
    if "以" not in text[seg_start:n.start][:4]:
        return False
    rest = text[n.end:n.end + 40].replace("\n", "")
    return re.match(lexicon()["non_figures"]["focus_frames"]["pattern"], rest) is not None


def _indefinite_one(text: str, n: Num) -> bool:
    """一批, 一支队伍, 一条道路: 一 + measure word is an article."""
    if n.value != 1 or _DIGIT.search(n.text) or n.qualifier != "exact":
        return False
    before = text[max(0, n.start - 3):n.start]
    return not any(w in before for w in lexicon()["non_figures"]["indefinite_one"]["keep_after"])


def _descriptive_small_count(text: str, n: Num) -> bool:
    """两个都市圈, 三大产业: small Chinese-numeral counts describe rather than report."""
    rule = lexicon()["non_figures"]["small_chinese_count"]
    if _DIGIT.search(n.text) or n.value > 10 or n.value != int(n.value) or n.qualifier != "exact":
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
    seg_start, seg_end = clause_bounds(text, n.start)
    if not any(v in text[seg_start:n.start] for v in rule["verbs"]):
        return False
    tail = text[n.end:min(seg_end, n.end + rule["max_gap"])]
    return any(tail.startswith(w) or tail.rstrip("的").endswith(w) and len(tail) <= len(w) + 2
               for w in rule["nouns"])
