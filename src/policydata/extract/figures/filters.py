"""Whether a number is a figure: a table of named checks (``NON_FIGURE_CHECKS``) that drop
names, ordinals, dates, thresholds, the text's own enumerations and vague words; their words are
in ``lexicons/figures.json`` → ``non_figures``. The first check that fires names the reason
(:func:`non_figure_rule`), so a dropped number can say why.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ...recognize.quantities import CN_NUMERAL_CHARS
from ...recognize.timeexpr import TimeExpr
from ...text.patterns import literal_pattern, search_any
from ...text.segment import CJK_CHAR as _CJK, clause_bounds, inside_brackets
from .findings import lexicon
from .frames import quoted_standard
from .numbers import Num, acted_share, unit_class
from .own_counts import (_DIGIT, _counts_own_items, _counts_own_list, _counts_own_measures, _descriptive_small_count,
                         _item_count, _rank_range, _referring_count)
from .time_counts import averaging_window, frequency_interval, year_quarters
from .thresholds import (class_threshold, comparison_threshold, condition_threshold, grant_condition,
                         inclusive_note, provided_amount, share_of_members)
from ...text.regex_starts import lexicon_fullmatch, lexicon_match, lexicon_search


def is_figure(text: str, n: Num, times: list[TimeExpr] = (), genre: str = "") -> bool:
    """Whether a quantity is a figure, not a name, ordinal, date, enumeration or vague word
    (``genre``: the document's genre, :data:`GENRE_KEEPS`).

    >>> t = "要重点把握三个方面"
    >>> is_figure(t, Num(6, 8, "三个", 3.0, "个"))
    False
    >>> t = "城镇新增就业1318万人"
    >>> is_figure(t, Num(6, 12, "1318万人", 13180000.0, "人"))
    True
    """
    return non_figure_rule(text, n, times, genre) is None


def non_figure_rule(text: str, n: Num, times: list[TimeExpr] = (), genre: str = "") -> str | None:
    """The name of the first check of ``NON_FIGURE_CHECKS`` that rules the number out, or None
    for a figure (a rank, 第一, is always one). A check that :data:`GENRE_KEEPS` lifts for the
    document's ``genre`` is not tried.

    >>> rows = [("要重点把握三个方面", "三个", 3.0, "个"), ("建设一批项目", "一批", 1.0, "批"),
    ...         ("城镇新增就业1318万人", "1318万人", 13180000.0, "人")]
    >>> [non_figure_rule(t, Num(t.index(x), t.index(x) + len(x), x, v, u)) for t, x, v, u in rows]
    ['structure_noun', 'name_making_unit', None]
    """
    if n.rank:
        return None
    lifted = GENRE_KEEPS.get(genre, frozenset())
    for name, check in NON_FIGURE_CHECKS:
        if name not in lifted and (name not in NEWS_ONLY or genre == "news") and check(text, n, times):
            return name
    return None


def _name_making_unit(text: str, n: Num, times) -> bool:
    """三大产业, 两院: an unknown or name-making measure word; 综合指数849.8点 counts index points."""
    if _index_points(text, n):
        return False
    return unit_class(n.unit) is None or n.unit in lexicon()["measure_words_to_drop"]["units"]


def _age_bracket(text: str, n: Num) -> bool:
    """Rule person_age (figures.json ``non_figures.person_age``): an age is a figure only as a
    person's age before the person (28岁的王某); brackets and bounds (60岁以上乘客, 3—6岁儿童,
    年满18岁) delimit a class.

    >>> _age_bracket("人均预期寿命提高到80岁", Num(9, 12, "80岁", 80.0, "岁"))
    False
    >>> t = "32岁的村医王某，为60岁以上老人和3—6岁儿童体检"
    >>> [_age_bracket(t, Num(t.index(a), t.index(a) + len(a), a, v, "岁", value_max=m))
    ...  for a, v, m in (("32岁", 32.0, None), ("60岁", 60.0, None), ("3—6岁", 3.0, 6.0))]
    [False, True, True]
    """
    rule = lexicon()["non_figures"]["person_age"]
    if n.unit not in rule["units"]:
        return False
    if lexicon_search(rule["level_before"], text[max(0, n.start - 3):n.start]):
        return False  # indicator_age: 人均预期寿命提高到80岁 is the level an indicator reaches
    return n.value_max is not None or n.qualifier != "exact" or not lexicon_match(rule["after"], text[n.end:n.end + 2])


def _is_time(text: str, n: Num, times) -> bool:
    """2025年, 十五五, 前三季度 are time, not figures."""
    return any(t.start < n.end and n.start < t.end for t in times)


def _word_before(text: str, n: Num, times) -> bool:
    """A word before the number that makes it a name or an ordinal (``non_figures.before_patterns``)."""
    before = text[max(0, n.start - 3):n.start]
    return search_any(lexicon()["non_figures"]["before_patterns"], before) and not _acronym_glued(text, n)


def _word_after(text: str, n: Num, times) -> bool:
    """A word after the number that makes it a name (``non_figures.after_patterns``)."""
    return search_any(lexicon()["non_figures"]["after_patterns"], text[n.end:n.end + 8])


def _pairing(text: str, n: Num, times) -> bool:
    """一对一帮扶: a pairing, not a count."""
    rule = lexicon()["non_figures"]["pairing"]
    return n.unit in rule["units"] and lexicon_match(rule["after"], text[n.end:n.end + 8]) is not None


def _class_label(text: str, n: Num, times) -> bool:
    """2条时速120公里的班列: a number that labels a class of things (``non_figures.class_labels``)."""
    return any(lexicon_search(r["before"], text[max(0, n.start - 6):n.start]) and lexicon_match(r["after"], text[n.end:n.end + 12])
               for r in lexicon()["non_figures"]["class_labels"]["rules"])


def _in_title(text: str, n: Num, times) -> bool:
    """《“十四五”规划》, 《2030年前碳达峰行动方案》: a number inside a title names it."""
    return inside_brackets(text, n.start, n.end, "《", "》", 60)


def _quoted_name(text: str, n: Num, times) -> bool:
    """实施“3个一批”工程: a number inside short quotes names something, unless the quotes hold
    only the figure, a clause said by someone, a quoted standard or a bound on the number
    (rule quoted_bound: 承诺“账期不超过60天” states a limit, no name says 不超过)."""
    nf = lexicon()["non_figures"]
    return inside_brackets(text, n.start, n.end, "“", "”", nf["max_quoted_name_chars"]) \
        and not _quoted_figure(text, n) and not _quoted_speech(text, n) and not quoted_standard(text, n.start) \
        and not n.text.startswith(tuple(nf["quoted_bound_words"]))


def _quoted_package(text: str, n: Num, times) -> bool:
    """向好“30条”: a quoted count of articles names a policy package."""
    return _quoted_figure(text, n) and n.unit in lexicon()["non_figures"]["quoted_package_units"]


def _own_list_intro(text: str, n: Num, times) -> bool:
    """办好15件民生实事，包括：…: the text spells out its own items."""
    return unit_class(n.unit) == "count" and lexicon_match(lexicon()["non_figures"]["own_list_intro"],
                                                      text[n.end:n.end + 30]) is not None


def _class_descriptor(text: str, n: Num, times) -> bool:
    """亿元以上重大产业项目: an amount threshold before its noun names a class of things; a count
    with 以上 before its noun (实施1000个以上省重点项目) is still a count, a share of people or an
    amount provided stays a figure, and so does a share bound not followed by 的 (share_bound)."""
    desc = lexicon()["non_figures"]["descriptor_pattern"]
    return lexicon_search(desc["pattern"], n.text) is not None and lexicon_match(desc["next"], text[n.end:n.end + 1]) is not None \
        and unit_class(n.unit) not in ("count",) and not lexicon_match(desc["keep_next"], text[n.end:n.end + 6]) \
        and not share_of_members(text, n) and not provided_amount(text, n) and not acted_share(text, n) \
        and not (unit_class(n.unit) == "share" and not text.startswith("的", n.end))


def _years_not_streak(text: str, n: Num, times) -> bool:
    """三年行动, 今后五年: a number of years is a figure only as a streak, bound or cycle."""
    return n.unit == "年" and not _streak(text, n)


def _threshold_of_class(text: str, n: Num, times) -> bool:
    """营收超百亿元的企业: a bounded amount naming a class (unless provided: 设立不低于1亿元的基金)."""
    return class_threshold(text, n) and not provided_amount(text, n)


def _structure_noun(text: str, n: Num, times) -> bool:
    """A number before a structure noun (``non_figures.structure_nouns``) describes a layout;
    a span of time is never such a count (两个小时必须休息: 必须 is the verb of the clause).

    >>> rows = [("坚持两个必须", "两个", "个"), ("干两个小时必须歇一歇", "两个小时", "小时")]
    >>> [_structure_noun(t, Num(t.index(x), t.index(x) + len(x), x, 2.0, u), []) for t, x, u in rows]
    [True, False]
    """
    if n.unit in lexicon()["non_figures"]["task_timing"]["units"]:
        return False
    return text[n.end:n.end + 8].startswith(tuple(lexicon()["non_figures"]["structure_nouns"]["words"]))


def _check(rule: Callable[[str, Num], bool]) -> Callable[[str, Num, list], bool]:
    """A two-argument check (text, number) as a row of the table."""
    return lambda text, n, times: rule(text, n)


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
        if v.startswith("多") and n.start < i < n.end and re.match(f"[0-9０-９{CN_NUMERAL_CHARS}]",
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
    return lexicon_search(nf["quoted_speech_breaks"], text[lo + 1:hi]) is not None


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
    return n.unit in rule["units"] and lexicon_search(rule["before"], text[max(0, n.start - 8):n.start]) is not None


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


def _overlaps_word(text: str, n: Num, word: str) -> bool:
    lo = max(0, n.start - len(word))
    for m in literal_pattern(word).finditer(text[lo:n.end + len(word)]):
        s, e = lo + m.start(), lo + m.end()
        if s < n.end and n.start < e:
            return True
    return False


_NUMERAL_START = frozenset("0123456789" + CN_NUMERAL_CHARS)  # a number written bare, no bound word before it


def _task_timing(text: str, n: Num) -> bool:
    """时隔一年多, 用时两天，…, 为期两周的培训 (rule event_length): a duration that only times
    something (lexicon ``non_figures.task_timing``); 连续16年, 全市晴好天数达到310天 are figures.

    >>> rows = [("时隔一年多，首台机组该体检了", "一年多", "年"), ("他说，用时两天，江水已抽干", "两天", "天"),
    ...         ("全市晴好天数达到310天", "310天", "天"), ("仅用时8小时完成插秧作业面积80亩", "8小时", "小时"),
    ...         ("实现24小时全时段监测", "24小时", "小时"), ("产线需要7×24小时运转", "24小时", "小时"),
    ...         ("车程缩短到24小时以内", "24小时", "小时"), ("农技站举办为期两周的培训班", "两周", "周"),
    ...         ("这届茶博会为期4天，吸引游客8万人次", "4天", "天"), ("新店开业3个月已接待顾客2万人次", "3个月", "个月"),
    ...         ("新规落地实施1个月，申领人数持续增长", "1个月", "个月"), ("该站连续运行300天", "300天", "天"),
    ...         ("以建成运营不少于2年的基地为对象", "不少于2年", "年")]
    >>> [_task_timing(t, Num(t.index(x), t.index(x) + len(x), x, 24.0 if x == "24小时" else 0.0, u))
    ...  for t, x, u in rows]
    [True, True, False, False, True, True, False, True, True, True, True, False, False]
    """
    rule = lexicon()["non_figures"]["task_timing"]
    if n.unit not in rule["units"]:
        return False
    if n.unit == "小时" and n.value == 24 and (lexicon_search(rule["round_the_clock_before"], text[max(0, n.start - 3):n.start])
                                             or lexicon_match(rule["round_the_clock_after"], text[n.end:n.end + 4])):
        return True  # round_the_clock: 24小时全时段监测, 7×24小时连续运转
    before = text[max(0, n.start - 4):n.start]
    if lexicon_search(rule["interval_before"], before):
        return True
    if lexicon_search(rule["event_length_before"], before):
        return True  # event_length: 为期两周的培训 -- how long an event runs
    if n.unit != "小时" and n.text[:1] in _NUMERAL_START and lexicon_search(rule["elapsed_before"], text[max(0, n.start - 5):n.start]) \
            and lexicon_match(rule["elapsed_after"], text[n.end:n.end + 2]):
        return True  # elapsed_since_event: 门店开业3个月 -- how long ago a thing started; 运营不少于3年 is a bound
    return bool(lexicon_search(rule["timing_before"], before) and lexicon_match(rule["timing_after"], text[n.end:n.end + 3]))


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
    if lexicon_match(nf["when_clause"]["opening"], text[lo:n.start].lstrip()):
        return True
    listed = text[max(0, n.start - 1):n.start] == "、" or text.startswith("、", n.end)
    return listed and lexicon_match(nf["open_sequence"]["after"], text[n.end:n.end + 60]) is not None


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
    >>> rows = [("这项手艺传承了2000多年", "2000多年"), ("小城有1500多年的建城史", "1500多年"), ("在2000年建成", "2000年"), ("可满足未来5年需求", "5年"), ("工作满5年的", "5年")]
    >>> [_streak(t, Num(t.index(x), t.index(x) + len(x), x, float(x[:-1].rstrip('多')), "年")) for t, x in rows]
    [True, True, False, False, True]
    """
    if 1900 <= n.value <= 2100 and not re.search(r"\d[多余]", n.text):
        return False  # 2025年 is a year; 2000多年 (a bound after the digits) is a span of years
    if lexicon_fullmatch(lexicon()["unitless_figures"]["streak_pattern"], n.text):
        return True  # streak_count: 十五连丰 is a streak of 15 years
    rule = lexicon()["non_figures"]["duration_keep_before"]
    before = text[max(0, n.start - 4):n.start]
    if any((before.endswith(w) if len(w) == 1 else w in before) or n.text.startswith(w)
           for w in (*rule["words"], *lexicon()["non_figures"]["level_verbs"])):
        # 连续16年, 期限3年, 不超过2年 (the bound read into the quantity); a one-character word
        # (每, 满) only right before the number: 满足未来5年… is no 满5年; indicator_years: the
        # level a number of years reaches (受教育年限提高到14.5年, non_figures level_verbs)
        return True
    after = text[n.end:n.end + 6]
    if lexicon_match(rule["history_after"], text[n.end:n.end + 12]):
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


def _names_policy(text: str, n: Num) -> bool:
    """Rule policy_name_span (figures.json ``non_figures.policy_name_span``): a span of time
    right before a policy noun names the policy (144小时过境免签政策); 办理时限压缩到3天 stays.

    >>> rows = [("推进72小时过境免签政策实施", "72小时"), ("办理时限压缩到3天，政策更优", "3天")]
    >>> [_names_policy(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, x.lstrip("0123456789"))) for t, x in rows]
    [True, False]
    """
    rule = lexicon()["non_figures"]["policy_name_span"]
    if n.unit not in rule["units"]:
        return False
    return _policy_noun_after().match(text[n.end:n.end + rule["max_gap"] + 2]) is not None


@lru_cache(maxsize=1)
def _policy_noun_after() -> re.Pattern:
    """Up to ``max_gap`` characters, then a policy noun (``non_figures.policy_name_span``), compiled once."""
    rule = lexicon()["non_figures"]["policy_name_span"]
    nouns = "|".join(map(re.escape, rule["nouns"]))
    return re.compile(f"[\u4e00-\u9fff]{{0,{rule['max_gap']}}}?(?:{nouns})")


def _in_focus_frame(text: str, n: Num) -> bool:
    """以45个县域商业示范镇为重点: the number picks a set to work on."""
    seg_start, _ = clause_bounds(text, n.start)
    if "以" not in text[seg_start:n.start][:4]:
        return False
    rest = text[n.end:n.end + 40].replace("\n", "")
    return lexicon_match(lexicon()["non_figures"]["focus_frames"]["pattern"], rest) is not None


def _indefinite_one(text: str, n: Num) -> bool:
    """一批, 一支队伍, 一条道路: 一 + measure word is an article."""
    if n.value != 1 or _DIGIT.search(n.text) or n.qualifier != "exact":
        return False
    before = text[max(0, n.start - 3):n.start]
    return not any(w in before for w in lexicon()["non_figures"]["indefinite_one"]["keep_after"])


def _ordinal_prefix(text: str, n: Num) -> bool:
    """Rule ordinal_prefix: 二次 written with 二 (a count says 两次) and glued to the word after it
    (二次创业, 二次供水, 实现二次增长) is the prefix 'second, re-', no count (lexicon
    ``non_figures.ordinal_prefix``).

    >>> rows = [("推动企业二次创业", "二次"), ("全年开展检查两次", "两次"), ("召开会议二次，", "二次")]
    >>> [_ordinal_prefix(t, Num(t.index(x), t.index(x) + len(x), x, 2.0, "次")) for t, x in rows]
    [True, False, False]
    """
    rule = lexicon()["non_figures"]["ordinal_prefix"]
    return n.text in rule["words"] and _CJK.match(text[n.end:n.end + 1] or " ") is not None


def _category_scope(text: str, n: Num) -> bool:
    """Rule category_scope: N类 that opens the indicator of another figure of its clause
    (11类商品零售额8000亿元, 5大类产品出口额增长6%) delimits what that figure covers, a category
    label (corpus README: grade or category labels that delimit scope), no count of its own
    (lexicon ``non_figures.category_scope``).

    >>> rows = [("全省9类商品零售额3000亿元", "9类"), ("6大类产品出口额同比增长5%", "6大类"), ("新增3类服务项目", "3类")]
    >>> [_category_scope(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, x[-2:] if "大" in x else "类")) for t, x in rows]
    [True, True, False]
    """
    rule = lexicon()["non_figures"]["category_scope"]
    return n.unit in rule["units"] and lexicon_match(rule["after"], text[n.end:n.end + 40]) is not None


#: The checks, in the order they are tried; the first that fires names why a number is no figure.
NON_FIGURE_CHECKS: tuple[tuple[str, Callable[[str, Num, list], bool]], ...] = (
    ("name_making_unit", _name_making_unit),
    ("age_bracket", _check(_age_bracket)),
    ("time_expression", _is_time),
    ("vague_word", _check(_vague_word)),
    ("word_before", _word_before),
    ("issuing_bodies", _check(_names_issuing_bodies)),
    ("comparison_threshold", _check(comparison_threshold)),
    ("word_after", _word_after),
    ("pairing", _pairing),
    ("class_label", _class_label),
    ("in_title", _in_title),
    ("quoted_name", _quoted_name),
    ("quoted_package", _quoted_package),
    ("own_list_intro", _own_list_intro),
    ("class_descriptor", _class_descriptor),
    ("digit_count", _check(_digit_count)),
    ("task_timing", _check(_task_timing)),
    ("frequency_interval", _check(frequency_interval)),
    ("averaging_window", _check(averaging_window)),
    ("year_quarters", _check(year_quarters)),
    ("stated_condition", _check(_stated_condition)),
    ("years_not_streak", _years_not_streak),
    ("class_threshold", _threshold_of_class),
    ("condition_threshold", _check(condition_threshold)),
    ("inclusive_note", _check(inclusive_note)),
    ("grant_condition", _check(grant_condition)),
    ("structure_noun", _structure_noun),
    ("names_program", _check(_names_program)),
    ("names_policy", _check(_names_policy)),
    ("focus_frame", _check(_in_focus_frame)),
    ("indefinite_one", _check(_indefinite_one)),
    ("ordinal_prefix", _check(_ordinal_prefix)),
    ("category_scope", _check(_category_scope)),
    ("referring_count", _check(_referring_count)),
    ("item_count", _check(_item_count)),
    ("descriptive_small_count", _check(_descriptive_small_count)),
    ("counts_own_items", _check(_counts_own_items)),
    ("counts_own_measures", _check(_counts_own_measures)),
    ("rank_range", _check(_rank_range)),
    ("counts_own_list", _counts_own_list),
)


#: Rule ``news_small_counts`` (a default of the news genre): the checks a genre does not apply.
#: A policy text uses a small count in Chinese numerals to describe its own design (两个都市圈,
#: 三项改革: descriptive_small_count); a news story tells what a reporter saw or was told, and
#: there the same form counts things (气膜顶上有两个风机, 签下两项专利许可): a fact, as
#: every numeric fact is annotated (corpus README). Its own enumerations (三个方面, “A、B”两项
#: 任务) stay out through the checks that read them (structure_noun, counts_own_items).
#: frequency_interval reads a news report's description of how a thing recurs (该奖每两年评选一次);
#: in a policy text 每3年开展1次评估 is a cycle the policy sets, a parameter (a target).
NEWS_ONLY = frozenset({"frequency_interval"})
GENRE_KEEPS: dict[str, frozenset[str]] = {
    "news": frozenset({"descriptive_small_count"}),
}
