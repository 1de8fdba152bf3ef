"""A figure's unit, kind, direction of change, comparator, region and base year."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...document import Span
from ...recognize.quantities import negated_comparators
from ...recognize.regions import RegionMention
from ...text.patterns import literal_pattern
from ...lexicon import load as load_lexicon
from .findings import lexicon, parameter_noun_after
from .numbers import Num
from .phrases import Phrase
from ...text.regex_starts import lexicon_fullmatch, lexicon_match, lexicon_search

_COMPARED_YEAR = re.compile(r"(?:比|较|与|同)((?:19|20)\d{2})年")  # a comparison word and the year compared with
_SENTENCE_END = re.compile(r"[。；！？\n]")  # a sentence end: the window before a number stays in its sentence
# linking words and signs between a comparator and its number (约, but not the 约 of 节约)
_LINK_WORDS_END = re.compile(r"(?:了|为|达|达到|(?<![节制])约|近|超过|超|[-－−–]|负)+$")
_BIG_UNIT = re.compile(r"[万亿]")  # 万 or 亿 in a number
# Rule year_named_program: a bare year before a noun (煤炭2030国家科技重大专项, 2035城市规划) names a
# program or plan by its year; it counts no places
_YEAR_NAME = re.compile(r"(?:19|20)\d{2}")


_QUALIFIER_TO_COMPARATOR = {"more_than": ">", "at_least": ">=", "approx": "~",
                            "less_than": "<", "at_most": "<=", "exact": "="}
_COMPARATOR_TO_QUALIFIER = {v: k for k, v in _QUALIFIER_TO_COMPARATOR.items()}
_NEVER = re.compile("(?!)")  # a pattern that matches nothing (a word without a compound rule)


def _unit(text: str, p: Phrase, genre: str = "") -> str | None:
    """The figure's unit; None when a bare number cannot be given one (not a figure); in news a
    bare number the story reads out gets '' (rule news_reading, :func:`_news_reading`)."""
    lex = lexicon()
    n = p.num
    if n.rank:
        return ""
    if n.unit == "家" and text[n.end:n.end + 1] == "庭":
        return "户"
    if n.unit == "个" and lexicon_match(lex["person_nouns"]["ge_ren"], text[n.end:n.end + 2]):
        return "人"  # 雇用20个人: the people counted, not 个
    if n.unit:
        return "人" if _person_measure_word(text, n) else n.unit
    if _unitless_kind(text, n):
        return ""  # 收入比值2.62, 比上年同期缩小0.05: a ratio or its change has no unit
    after = text[n.end:n.end + 6]
    if after.startswith(tuple(lex["household_nouns"]["words"])):
        return "户"
    if after.startswith(tuple(person_words())) or _modified_people(text, n):
        return "人"
    if after.startswith(tuple(lex["entity_count_nouns"]["words"])) and n.value == int(n.value) \
            and not re.search(r"[.．]", n.text) and not _YEAR_NAME.fullmatch(n.text):
        return lex["entity_count_nouns"]["unit"]  # 有17省份: 17个省份
    if after.startswith(tuple(lex["entity_count_nouns"]["as_written"])) and re.search(r"[0-9０-９]", n.text) \
            and n.value == int(n.value) and not lexicon_match(lex["entity_count_nouns"]["as_written_not_compound"].get(after[0], _NEVER), after) \
            and not _YEAR_NAME.fullmatch(n.text) and _counted_as_written(text, n, after[0]):
        return after[0]  # 120多国: the noun counts as its own measure word
    if (named := _indicator_unit(p)) and n.value == int(n.value):
        return named  # indicator_unit: 观看人次超4000万 -- the unit is written before the number
    if n.value >= 1e4 and any(w in p.indicator for w in lex["person_nouns"]["indicator_words"]):
        return "人"
    if _implied_money(p):
        return lex["implied_money"]["unit"]
    if after.startswith(tuple(lex["implied_money"]["charge_words"])) and re.search(r"[0-9０-９]", n.text):
        return lex["implied_money"]["unit"]  # charge_noun: 0费用 -- a charge is counted in 元
    if genre == "news" and _news_reading(text, n):
        return _named_unit(text, n)
    return None


def _indicator_unit(p: Phrase) -> str:
    """Rule indicator_unit (figures.json ``indicator_units``): the unit a measure's name ends in.

    >>> def u(ind): return _indicator_unit(Phrase(Num(0, 1, "5", 5.0, ""), 0, 1, "", "", ind, "", (0, 1)))
    >>> u("累计观看人次"), u("全年出动次数"), u("活跃用户数")
    ('人次', '次', '')
    """
    suffixes = lexicon()["indicator_units"]["suffixes"]
    indicator = p.indicator.rstrip()
    return next((unit for end, unit in sorted(suffixes.items(), key=lambda kv: -len(kv[0]))
                 if indicator.endswith(end)), "")


def _named_unit(text: str, n: Num) -> str:
    """The level unit a reading names before it in its clause (分贝数值…55 -> 分贝), else ''.

    >>> t = "现场噪声分贝数值维持在40左右，湿度读数显示是21"
    >>> _named_unit(t, Num(t.index("40"), t.index("40") + 4, "40左右", 40.0, "")), _named_unit(t, Num(len(t) - 2, len(t), "21", 21.0, ""))
    ('分贝', '')
    """
    clause = re.split(r"[，,。；;！!？?\n]", text[max(0, n.start - 30):n.start])[-1]
    m = _named_unit_pattern().search(clause)
    return m.group(1) if m else ""


@lru_cache(maxsize=1)
def _named_unit_pattern() -> re.Pattern:
    """A level unit, then the lexicon's ``news_reading.named_unit`` cue; compiled once.

    A one-character unit there ends a word instead (湿度读数, 长度值): only units of two or more.
    """
    cue = lexicon()["unitless_figures"]["news_reading"]["named_unit"]  # compiled by the loader
    units = sorted((u for u in lexicon()["level_units"] if len(u) >= 2), key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, units)) + ")" + cue.pattern)


def _news_reading(text: str, n: Num) -> bool:
    """Rule news_reading (lexicon ``unitless_figures.news_reading``): a bare Arabic number that
    closes its clause right after a verb of reading or reaching -- a value the story reads out
    with no measure word (the news genre gives it unit '').

    >>> rows = [("屏上的读数是36，", "36"), ("月访问量突破80万。", "突破80万"), ("世界500强企业", "500"),
    ...         ("编号为2024，", "2024"), ("产线需要7×24小时运转", "7")]
    >>> [_news_reading(t, Num(t.index(x), t.index(x) + len(x), x, 1.0, "")) for t, x in rows]
    [True, True, False, False, False]
    """
    digit = re.search(r"[0-9０-９]", n.text)
    if n.unit or digit is None or _YEAR_NAME.fullmatch(n.text[digit.start():]):
        return False  # 编号为2024: a year-like code, no reading
    rule = lexicon()["unitless_figures"]["news_reading"]
    # the verb may be read into the quantity as its qualifier (突破80万): look before the digits
    head = text[max(0, n.start - 2):n.start] + n.text[:digit.start()]
    return lexicon_search(rule["before"], head) is not None and lexicon_match(rule["after"], text[n.end:n.end + 3]) is not None


def _counted_as_written(text: str, n: Num, noun: str) -> bool:
    """Rule city_count: a noun counted as written (12市) only where the lexicon's
    ``as_written_before`` allows it (the subject of its clause, not 沿江9市, a group's name).

    >>> t = "全省12市共安排，服务沿江9市"
    >>> _counted_as_written(t, Num(2, 4, "12", 12.0, ""), "市"), _counted_as_written(t, Num(12, 13, "9", 9.0, ""), "市")
    (True, False)

    Rule place_tally: N市M县 tallies places, after a modifier too (皖北6市28县: both count).

    >>> t = "覆盖皖北6市28县，服务沿江9市"
    >>> [_counted_as_written(t, Num(t.index(x), t.index(x) + len(x), x, float(x), ""), u) for x, u in (("6", "市"), ("28", "县"), ("9", "市"))]
    [True, True, False]
    """
    rule = lexicon()["entity_count_nouns"]
    if (tally := rule["as_written_tally_after"].get(noun)) and lexicon_match(tally, text[n.end:n.end + 8]):
        return True
    before = rule["as_written_before"].get(noun)
    return before is None or lexicon_search(before, text[max(0, n.start - 4):n.start]) is not None


def person_words() -> list[str]:
    """Words after a number that make it a count of people: the nouns for people of
    ``quantities.json`` (the one list both stages read) and the measure words for people.

    >>> "学生" in person_words() and "名" in person_words()
    True
    """
    return list(load_lexicon("quantities.json")["person_nouns"]) + lexicon()["person_nouns"]["measure_words"]


def _person_measure_word(text: str, n: Num) -> bool:
    """Whether n's unit is a measure word for people (2万多名农民, 13位副秘书长 -> 人), not
    a rank (前10名, 第3位) nor a count of digits (6位数).

    >>> t = "带动2万多名农民，进入前10名，邀请300位专家，编6位数代码，住着3万多名居民，得分排第2位居首"
    >>> [_person_measure_word(t, Num(t.index(x), t.index(x) + len(x), x, 0.0, x[-1])) for x in
    ...  ("2万多名", "10名", "300位", "6位", "3万多名", "2位")]
    [True, False, True, False, True, False]
    """
    rule = lexicon()["person_nouns"]
    return n.unit in rule["measure_words"] and n.unit != "人" \
        and not lexicon_search(rule["measure_word_not_before"], text[max(0, n.start - 1):n.start]) \
        and not lexicon_match(rule["measure_word_not_after"], text[n.end:n.end + 2])


def _modified_people(text: str, n: Num) -> bool:
    """超210万困难群众: a 万/亿 number, a short modifier, and a noun for people that ends
    the phrase count people.

    >>> t = "累计惠及超210万困难群众，覆盖2亿多城乡家庭"
    >>> _modified_people(t, Num(4, 8, "超210万", 2.1e6, "")), _modified_people(t, Num(17, 20, "2亿多", 2e8, ""))
    (True, False)
    """
    if not _BIG_UNIT.search(n.text):
        return False
    k = lexicon()["person_nouns"]["modifier_max_chars"]
    after = text[n.end:n.end + k + 8]
    nouns = tuple(load_lexicon("quantities.json")["person_nouns"])
    return bool(nouns) and _modified_people_pattern(k, nouns).match(after) is not None


@lru_cache(maxsize=4)
def _modified_people_pattern(k: int, nouns: tuple[str, ...]) -> re.Pattern:
    """Up to ``k`` characters of modifier, then one of the nouns ending the phrase: one
    pattern for every noun (a match of it is a match of one noun's pattern), compiled once."""
    alternatives = "|".join(re.escape(w) for w in nouns)
    return re.compile(f"[\u4e00-\u9fff]{{1,{k}}}?(?:{alternatives})(?![\u4e00-\u9fff])")


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
    if n.unit or n.rank or not rule or not lexicon_search(rule["scale_pattern"], n.text) \
            or n.value < rule["min_value"]:
        return False
    indicator = p.indicator.strip()
    return indicator.endswith(tuple(rule["indicator_words"]))


def _unitless_kind(text: str, n: Num) -> str:
    """'ratio' or 'growth' for a bare number right after a ratio noun or a change verb
    (城乡居民人均收入比值2.62 -> ratio; 比上年同期缩小0.05 -> growth), else ''.

    >>> t = "城乡收入比值2.62，比上年缩小0.05"
    >>> _unitless_kind(t, Num(6, 10, "2.62", 2.62, "")), _unitless_kind(t, Num(16, 20, "0.05", 0.05, ""))
    ('ratio', 'growth')
    >>> t = "城乡收入比缩小至2.3"
    >>> _unitless_kind(t, Num(8, 11, "2.3", 2.3, ""))
    'ratio'
    """
    if n.unit or n.rank or n.value >= 1e4 or _BIG_UNIT.search(n.text):
        return ""
    rule = lexicon()["unitless_figures"]
    before = text[max(0, n.start - 6):n.start]
    before = re.sub(r"(?:为|是|达到|达|约|了)$", "", before)
    if before.endswith(tuple(rule["ratio"])) or lexicon_fullmatch(rule["ratio_pair_pattern"], n.text):
        return "ratio"  # ratio_pair: 收入比为2.5：1 (numbers._ratio_pairs found the ratio noun)
    if rule["ratio_change_to"].sub("", text[max(0, n.start - 8):n.start]).endswith(tuple(rule["ratio"])):
        return "ratio"  # ratio_change_to: 收入比缩小至2.3
    if before.endswith(tuple(rule["growth"])) and n.value < rule["max_growth_value"] \
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
    >>> [_kind(Phrase(Num(len(b), len(b) + 4, "58万辆", 5.8e5, "辆"), 0, len(b) + 4, b, "", b, ""), "辆")
    ...  for b in ("累计淘汰老旧车辆", "新能源汽车年产量", "汽车保有量达", "全年销售汽车")]
    ['count', 'level', 'level', 'count']

    Rule per_base_ratio: a count per thousand of a population is a ratio (share); 年产 is an output.

    >>> [_kind(Phrase(Num(len(b), len(b) + 4, "3.5人", 3.5, "人"), 0, len(b) + 4, b, "", b, ""), "人")
    ...  for b in ("每千名老人拥有护理员", "每万人口拥有执业医师", "全县新招护理员")]
    ['share', 'share', 'count']
    >>> _kind(Phrase(Num(4, 9, "1200台", 1200.0, "台"), 0, 9, "可实现年产", "", "年产", ""), "台")
    'level'
    >>> n = Num(8, 14, "102.2%", 102.2, "%")
    >>> _kind(Phrase(n, 0, 14, "居民消费价格指数", "", "居民消费价格指数", ""), "%")
    'level'
    """
    for _, rule in KIND_RULES:
        kind = rule(p, unit, after)
        if kind:
            return kind
    return "level"  # not reached: the last rule always gives a kind


def _share_unit_kind(p: Phrase) -> str:
    """growth, level or share for a figure in a share unit (%, ‰): the later of the last
    change word (增长, 下降) and the last share word (率, 占比) decides: 对经济增长的贡献
    is a share, 平均压减时间 a change."""
    lex = lexicon()
    words = p.before + p.indicator
    if _rises_to(p.before):
        # rise_to_level: 大幅提升至2025年的52.1% -- the value is the level reached (a share); an
        # indicator cut from the same words (大幅提升) says no change again
        words = p.before
    # negated_bound: 比例不低于…的15% bounds a share, 不 + 低于/高于 compares nothing
    last_growth = max((m.start() for w in lex["growth_words"] for m in literal_pattern(w).finditer(words)
                       if words[m.end():m.end() + 1] not in lex["level_after_growth"]["words"]
                       and words[m.start() - 1:m.start()] != "不"), default=-1)
    last_share = max((m.start() for w in lex["share_words"] for m in literal_pattern(w).finditer(words)),
                     default=-1)
    last_rate = max((m.end() - 1 for w in lex["growth_rate_words"] for m in literal_pattern(w).finditer(words)),
                    default=-1)
    if last_rate >= last_share >= 0 or (last_rate >= 0 and last_share < 0):
        return "growth"  # 自然增长率为3.71‰: a rate of change is a growth figure
    if last_growth < 0 and any(p.indicator.endswith(w) or p.before.rstrip("为是达").endswith(w)
                               for w in lex["index_words"]):
        # diffusion_index: 景气指数为50.2% is a share of respondents; 居民消费价格指数102.2% an index level
        diffusion = any(w in p.indicator[-8:] for w in lex["index_points"]["diffusion_words"])
        return "share" if diffusion else "level"
    return "growth" if last_growth > last_share else "share"


def _rises_to(before: str) -> bool:
    """Rule ``rise_to_level``: the last change word before a figure leads to it (提升至…, 下降到…):
    the figure is the level reached, not the change (figures.json ``level_after_growth``).

    >>> [_rises_to(b) for b in ("比重由30%大幅提升至2025年的", "比重提升", "提升至40%，增长", "")]
    [True, False, False, False]
    """
    lex = lexicon()
    found = [(m.start(), before[m.end():m.end() + 1] in lex["level_after_growth"]["words"])
             for w in lex["growth_words"] for m in literal_pattern(w).finditer(before)]
    return bool(found) and max(found)[1]


def _unitless_phrase_kind(p: Phrase) -> str:
    """share, growth or level for a bare number, read from the words before it.

    Rule unitless_ratio_share: a ratio without a unit (收入比值2.62, 人口性别比为98.5, PUE值1.2) is a
    share (corpus README: share covers proportions, rates and ratios); a multiple in 倍 keeps the
    kind ``ratio``.

    >>> n = Num(6, 10, "98.5", 98.5, "")
    >>> _unitless_phrase_kind(Phrase(n, 0, 10, "人口性别比为", "", "人口性别比", ""))
    'share'
    """
    kind = _unitless_kind(p.before + p.num.text, replace(p.num, start=len(p.before),
                                                         end=len(p.before) + len(p.num.text))) or "level"
    return "share" if kind == "ratio" else kind


def _duration_kind(p: Phrase, unit: str) -> str:
    """'level' for a span of time (作业4天, 仅需36秒), 'count' when the words before it
    name a number of days (优良天数300天), '' for other units (``duration_kind``).

    >>> def k(before, text, unit):
    ...     n = Num(len(before), len(before) + len(text), text, float(text[:-len(unit)]), unit)
    ...     return _duration_kind(Phrase(n, 0, n.end, before, "", before, ""), unit)
    >>> [k("插秧作业", "4天", "天"), k("完成一次检测仅需", "36秒", "秒"), k("全年空气优良天数", "300天", "天"),
    ...  k("连续", "9年", "年"), k("新建", "3个", "个"), k("比计划提前", "2个月", "个月")]
    ['level', 'level', 'count', '', '', 'level']
    """
    rule = lexicon()["duration_kind"]
    if unit in lexicon()["duration_units"] and p.before.endswith(tuple(rule["shift_words"])):
        return "level"  # shifted_duration: 提前6个月完成 -- how far a schedule moved, a length of time
    if unit not in rule["units"]:
        return ""
    words = p.before + p.indicator
    return "count" if any(w in words for w in rule["count_words"]) else "level"


def _unit_in(key: str, kind: str):
    """A rule giving ``kind`` to a figure whose unit is in the lexicon list ``key``."""
    return lambda p, unit, after: kind if unit in lexicon()[key] else ""


#: The kind of a figure: (rule name, rule) pairs checked in order, the first kind a rule
#: gives wins; a rule reads the phrase, the unit and the text right after the number.
def _words_in_number(written: str) -> str:
    """The words a quantity's text holds before its digits (至少高了1倍 -> 至少高了).

    >>> _words_in_number("至少高了1倍"), _words_in_number("五六倍"), _words_in_number("1.5倍")
    ('至少高了', '', '')
    """
    return re.sub(r"[0-9.．一二两三四五六七八九十百千万亿].*$", "", written)


KIND_RULES = (
    ("rank", lambda p, unit, after: "rank" if p.num.rank else ""),
    # 在上年同期18.0%的高增速基础上, 继续实现38.6%的增长
    ("growth_after_number", lambda p, unit, after: "growth" if unit in lexicon()["share_units"]
     and lexicon_match(lexicon()["growth_after_number"], after) else ""),
    ("unitless", lambda p, unit, after: _unitless_phrase_kind(p) if unit == "" else ""),
    ("growth_unit", _unit_in("growth_units", "growth")),
    # 效率提升五六倍, 收入高了1倍: a multiple after a change verb is a change
    ("multiple_change", lambda p, unit, after: "growth" if unit in lexicon()["ratio_units"]
     and lexicon_search(lexicon()["absolute_change"]["multiple_change_before"], p.before + _words_in_number(p.num.text))
     else ""),
    ("ratio_unit", _unit_in("ratio_units", "ratio")),
    ("share_unit", lambda p, unit, after: _share_unit_kind(p) if unit in lexicon()["share_units"] else ""),
    # 作业4天, 仅需36秒: a duration is a level; 优良天数300天 a count
    ("duration_unit", lambda p, unit, after: _duration_kind(p, unit)),
    # streak_years: 粮食产量连续8年保持稳定 -- a streak counts years (corpus README: 连续N年 facts), even
    # under an output word that makes other numbers of the clause amounts
    ("streak_years", lambda p, unit, after: "count" if unit == "年" and lexicon_search(
        lexicon()["year_scope"]["streak_before"], p.before[-4:]) else ""),
    # history_years: 已有20年的种植历史 -- the age of a practice is a span of time, a level
    ("history_years", lambda p, unit, after: "level" if unit == "年" and lexicon_match(
        lexicon()["non_figures"]["duration_keep_before"]["history_after"], after) else ""),
    # lasting_years: 历时10余年研发, 延续了300多年 -- how long a thing has lasted is a span of time, a level
    ("lasting_years", lambda p, unit, after: "level" if unit == "年" and any(
        w in p.before[-4:] for w in lexicon()["non_figures"]["duration_keep_before"]["lasting_words"]) else ""),
    # 年产量近70万辆, 保有量超130万辆: a number of things produced or held is an amount
    # counted_people: 人员流动量232亿人次 -- people stay counts under an output or traffic word
    ("output_quantity", lambda p, unit, after: "level" if unit in lexicon()["count_units"]
     and unit not in lexicon()["output_quantity"]["people_units"]
     and any(w in p.indicator for w in lexicon()["output_quantity"]["words"]) else ""),
    # per_base_ratio: 每千名儿童拥有儿科医师1.39人 -- a count per thousand of a population is a ratio
    ("per_base_ratio", lambda p, unit, after: "share" if unit in lexicon()["count_units"]
     and lexicon_search(lexicon()["output_quantity"]["per_base_pattern"], p.before + p.indicator) else ""),
    ("count_unit", _unit_in("count_units", "count")),
    ("level", lambda p, unit, after: "level"),
)


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
    bare = _LINK_WORDS_END.sub("", window)
    best = (-1, 0, "", "")
    for r in rule["rules"]:
        for w in r["words"]:
            if w not in bare:  # most change words are absent: no regex scan for them
                continue
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
            words = tuple(r["words"])  # (?:的|之)?word at the start of ``after``
            if after.startswith(words) or (after[:1] in ("的", "之") and after[1:].startswith(words)):
                found = (r["direction"], r["name"] + "_after")
                break
    if not found[0]:
        found = (rule["default"], "default")
    if lexicon_search(rule["negative_before_number"], window) or \
            lexicon_match(rule["negative_number_start"], n.text):
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
        lexicon_search(lex["absolute_change"]["pattern"], p.before) is not None


@lru_cache(maxsize=1)
def _comparator_words() -> tuple[dict[str, str], tuple[str, ...]]:
    """Comparison words before a quantity -> comparator (不少于 -> >=), and the words longest first."""
    words = {k: v for k, v in lexicon()["comparator_words_before"].items() if not k.startswith("_")}
    words.update({w: q[1] for w, q in negated_comparators().items() if len(w) >= 3})
    return words, tuple(sorted(words, key=len, reverse=True))


def _comparator(text: str, p: Phrase) -> tuple[str, str]:
    """(comparator, qualifier) from the quantity, or from 至少/不少于… bound across a verb."""
    n = p.num
    comparator = n.comparator or _QUALIFIER_TO_COMPARATOR.get(n.qualifier, "=")
    qualifier = n.qualifier or "exact"
    if comparator == "=" and qualifier == "exact":
        seg_text = text[p.segment[0]:n.start]
        words, longest_first = _comparator_words()
        for w in longest_first:
            if w in seg_text[-12:]:
                comparator = words[w]
                qualifier = _COMPARATOR_TO_QUALIFIER.get(comparator, "exact")
                break
    rules = lexicon()["comparator_rules"]
    if comparator == "=" and qualifier == "exact":
        if lexicon_match(rules["shared_approx_after"], text[n.end:p.segment[1] if p.segment[1] > n.end else n.end + 30]):
            comparator, qualifier = "~", "approx"  # 分别增长7%和8%左右: 左右 binds the whole list
        elif lexicon_search(rules["approx_before"], text[max(p.segment[0], n.start - 12):n.start]):
            comparator, qualifier = "~", "approx"  # 成本约为每天220元
        elif lexicon_search(lexicon()["frames"]["norm_floor"]["pattern"], text[p.segment[0]:n.start]):
            comparator, qualifier = ">=", "at_least"  # norm_floor: 比例不低于年度采购总额的15%
        elif lexicon_search(lexicon()["frames"]["norm_floor"]["ceiling_pattern"], text[p.segment[0]:n.start]):
            comparator, qualifier = "<=", "at_most"  # norm_ceiling: 比例不超过年度预算总额的10%
        elif lexicon_search(rules["cap_before"], text[p.segment[0]:n.start]):
            comparator, qualifier = "<=", "at_most"  # 最高2000万元补贴: a cap
        elif lexicon_search(rules["limit_before"], text[max(p.segment[0], n.start - 5):n.start]):
            comparator, qualifier = "<=", "at_most"  # 只开设一个账号: a limit
        elif n.unit in rules["permission_cap_units"] and \
                lexicon_search(rules["permission_cap"], text[p.segment[0]:n.start]):
            comparator, qualifier = "<=", "at_most"  # 每类产品可补贴1件: what a rule allows
        elif lexicon_match(parameter_noun_after(ceiling=True), text[n.end:n.end + 12]):
            comparator, qualifier = "<=", "at_most"  # cap_noun: 每人每年8000元额度, 30天账期 -- a ceiling
    if comparator not in _QUALIFIER_TO_COMPARATOR.values():
        comparator = "="
    flipped = _prohibited_side(text, p, comparator)
    if flipped:
        comparator, qualifier = flipped, _COMPARATOR_TO_QUALIFIER.get(flipped, qualifier)
    return comparator, qualifier


def _statistic_qualifier(qualifier: str) -> str:
    """The qualifier a statistic keeps (``comparator_rules.statistic_qualifiers``, corpus
    README): lower bounds and approximations; an upper bound on a fact reads exact.

    >>> [_statistic_qualifier(q) for q in ("more_than", "at_least", "approx", "at_most", "less_than", "exact")]
    ['more_than', 'at_least', 'approx', 'exact', 'exact', 'exact']
    """
    return qualifier if qualifier in lexicon()["comparator_rules"]["statistic_qualifiers"] else "exact"


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
    window = _SENTENCE_END.split(text[max(0, n.start - rule["window"]):n.start])[-1]
    return rule["flip"][comparator] if any(w in window for w in rule["words"]) else ""


def _region(p: Phrase, mentions: list[RegionMention], default: str) -> str:
    ids = {m.region_id for m in mentions if p.start <= m.start and m.end <= p.end and m.region_id}
    return ids.pop() if len(ids) == 1 else default


def _base_year(text: str, sent: Span, pos: int) -> int | None:
    m = None
    for m in _COMPARED_YEAR.finditer(text[sent.start:pos]):
        pass
    return int(m.group(1)) if m else None


def _change_base(text: str, n: Num) -> bool:
    """Whether n is the starting level X of 由X提高到Y / 从X降至Y.

    >>> t = "比例上限由7%提高到15%"
    >>> _change_base(t, Num(5, 7, "7%", 7.0, "%")), _change_base(t, Num(10, 13, "15%", 15.0, "%"))
    (True, False)
    >>> t = "每天的班次将由调整前120班增加至150班"
    >>> _change_base(t, Num(t.index("120"), t.index("120") + 4, "120班", 120.0, "班"))
    True
    """
    rule = lexicon()["change_base"]
    # change_base_dated: 由调整前120班增加至150班 -- a word of when may come between 由 and X
    return bool(lexicon_search(rule["before"], text[max(0, n.start - 9):n.start])
                and lexicon_match(rule["after"], text[n.end:n.end + 8]))
