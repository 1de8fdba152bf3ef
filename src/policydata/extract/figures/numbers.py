"""The numbers of a sentence (quantities and ranks) at article offsets, and the class of a unit."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...document import Span
from ...recognize.quantities import find_quantities, unit_head
from ...recognize.timeexpr import small_number
from .findings import lexicon
from ...text.regex_starts import lexicon_finditer, lexicon_fullmatch, lexicon_match, lexicon_search


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
    structure: tuple[int, int] | None = None  # rule structure_split: the span of the whole A:B:C


def _numbers(text: str, sent: Span) -> list[Num]:
    """Quantities of one sentence (ordinals aside), shifted to article offsets."""
    out = []
    for q in find_quantities(sent.text):
        if getattr(q, "vague", False) and _digit_pair_range(q):
            # 提升五六倍: a range, 5-6 倍; two neighbouring digits are a rough number (概数), so a
            # statistic's qualifier is approx; a target keeps comparator = (README ranges)
            q = replace(q, qualifier="approx", comparator="=")
        elif getattr(q, "word_like", False) and _bound_one(sent.text, q):
            pass  # bound_one: 只开设一个账号 -- a count a rule sets
        elif q.ordinal or getattr(q, "unitless", False) or getattr(q, "vague", False) \
                or getattr(q, "word_like", False):  # 一只, 这是五: numerals by form only
            continue
        out.append(Num(sent.start + q.start, sent.start + q.end, q.text, float(q.value),
                       q.unit.strip(), q.value_max, q.qualifier or "exact", q.comparator or "=",
                       False, q.unit_raw or ""))
    splits = _cost_splits(sent) + _structure_splits(sent) + _streak_counts(sent)
    splits += [r for r in _ratio_pairs(sent) + _every_n_shares(sent)
               if not any(r.start < s.end and s.start < r.end for s in splits)]
    out = [n for n in out if not any(n.start < s.end and s.start < n.end for s in splits)]
    return _shared_list_unit(text, sorted(out + splits, key=lambda n: (n.start, n.end)))


def _bound_one(text: str, q) -> bool:
    """Rule ``bound_one``: 一 + measure word bounded by 只/仅/至少/最多 (只开设一个账号) is a count
    (lexicon ``non_figures.indefinite_one.bound_before``); 一个单位, 建设一个平台 are articles.

    >>> from policydata.recognize.quantities import find_quantities
    >>> [_bound_one(t, find_quantities(t)[0]) for t in ("每单位只开设一个账号", "一个单位", "每人最多申报一项")]
    [True, False, True]
    """
    return q.value == 1 and bool(q.unit.strip()) and lexicon_search(
        lexicon()["non_figures"]["indefinite_one"]["bound_before"], text[max(0, q.start - 4):q.start]) is not None


def _cost_splits(sent: Span) -> list[Num]:
    """Rule ``cost_split``: A:B next to a word of sharing is the first party's share in %
    (lexicon ``unitless_figures.split_pattern``, ``split_context``).

    >>> t = "奖补资金按照总体8:2的原则实行省市共担，会议9:30开始"
    >>> [(n.text, n.value, n.unit) for n in _cost_splits(Span(0, len(t), t))]
    [('8:2', 80.0, '%')]
    >>> t = "补助资金市县按1：1比例承担"
    >>> [(n.text, n.value) for n in _cost_splits(Span(0, len(t), t))]
    [('1：1', 50.0)]
    """
    rule = lexicon()["unitless_figures"]
    out = []
    for m in lexicon_finditer(rule["split_pattern"], sent.text):
        a, b = int(m.group("a")), int(m.group("b"))
        before = re.split(r"[，,；;。：]", sent.text[max(0, m.start() - 8):m.start()])[-1]
        near = before + re.split(r"[，,；;。]", sent.text[m.end():m.end() + 8])[0]  # its own clause
        if a + b == 0 or not lexicon_search(rule["split_context"], near):
            continue
        out.append(Num(sent.start + m.start(), sent.start + m.end(), m.group(), round(100 * a / (a + b), 2), "%"))
    return out


def _ratio_pairs(sent: Span) -> list[Num]:
    """Rule ``ratio_pair``: A:B after a ratio noun in its clause (收入比收窄至2.3：1以内) is one
    ratio, A/B, without a unit; 以内/以下 after it bounds it from above (lexicon
    ``unitless_figures.ratio_pair_pattern``, ``ratio``).

    >>> t = "城乡居民收入比缩小至2.5：1以内，会议9:30开始，男女性别比为104:100"
    >>> [(n.text, n.value, n.unit, n.comparator) for n in _ratio_pairs(Span(0, len(t), t))]
    [('2.5：1以内', 2.5, '', '<='), ('104:100', 1.04, '', '=')]
    """
    rule = lexicon()["unitless_figures"]
    out = []
    for m in lexicon_finditer(rule["ratio_pair_pattern"], sent.text):
        b = float(m.group("b"))
        before = re.split(r"[，,；;。：]", sent.text[max(0, m.start() - rule["ratio_pair_window"]):m.start()])[-1]
        if not b or not any(w in before for w in rule["ratio"]):
            continue
        bounded = bool(m.group("bound"))
        out.append(Num(sent.start + m.start(), sent.start + m.end(), m.group(), round(float(m.group("a")) / b, 4), "",
                       qualifier="at_most" if bounded else "exact", comparator="<=" if bounded else "="))
    return out


def _every_n_shares(sent: Span) -> list[Num]:
    """Rule ``every_n_share``: 每N<unit>…就有M<unit> (每用5度电，就有2度是绿电; 每10个游客中有3个来自外省)
    states the share M/N of a whole, in %: one figure, not two counts; 多 after M bounds it from
    below (lexicon ``unitless_figures.every_n_share_pattern``).

    >>> t = "全市每用5度电，就有2度多是绿电；每10个游客中有3个来自外省"
    >>> [(n.text, n.value, n.unit, n.qualifier) for n in _every_n_shares(Span(0, len(t), t))]
    [('5度电，就有2度多', 40.0, '%', 'more_than'), ('10个游客中有3个', 30.0, '%', 'exact')]
    """
    out = []
    for m in lexicon_finditer(lexicon()["unitless_figures"]["every_n_share_pattern"], sent.text):
        a, b = small_number(m.group("a")), small_number(m.group("b"))
        if not a or b is None or b >= a:
            continue
        more = m.group("more")
        out.append(Num(sent.start + m.start("a"), sent.start + m.end(), sent.text[m.start("a"):m.end()],
                       round(100 * b / a, 2), "%", qualifier="more_than" if more else "exact",
                       comparator=">" if more else "="))
    return out


def _streak_counts(sent: Span) -> list[Num]:
    """Rule ``streak_count``: N连丰, N连增 is a streak of N years (lexicon ``unitless_figures.streak_pattern``).

    >>> t = "粮食生产“十九连丰”，出口实现12连增，增加值连增长"
    >>> [(n.text, n.value, n.unit) for n in _streak_counts(Span(0, len(t), t))]
    [('十九连丰', 19.0, '年'), ('12连增', 12.0, '年')]
    """
    out = []
    for m in lexicon_finditer(lexicon()["unitless_figures"]["streak_pattern"], sent.text):
        count = m.group("n")
        value = float(count) if count.isdigit() else small_number(count)
        if value:
            out.append(Num(sent.start + m.start(), sent.start + m.end(), m.group(), float(value), "年"))
    return out


def _structure_splits(sent: Span) -> list[Num]:
    """Rule ``structure_split``: A:B:C after a word of structure, its parts adding up to 100
    (三次产业结构为8.1:39.4:52.5), is one share in % per part (lexicon ``unitless_figures``
    ``structure_pattern``, ``structure_context``, ``structure_total``).

    >>> t = "全年三次产业结构为 10.5:38.2:51.3，会议9:30开始，比分3:1:2"
    >>> [(n.text, n.value, n.unit) for n in _structure_splits(Span(0, len(t), t))]
    [('10.5', 10.5, '%'), ('38.2', 38.2, '%'), ('51.3', 51.3, '%')]

    Rule structure_clause: the word of structure may stand anywhere before in the clause
    (up to ``structure_window`` characters), so a structure that changes into another names
    it once for both (产业结构由8:30:62调整为7.5:29.5:63).

    >>> t = "全县产业结构由8:30:62调整为7.5:29.5:63。"
    >>> [(n.text, n.structure) for n in _structure_splits(Span(0, len(t), t))][2:4]
    [('62', (7, 14)), ('7.5', (17, 28))]

    Blanks around a colon (a layout's spacing: 结构为12.5 :40 :47.5) do not break the structure.

    >>> t = "某县产业结构为12.5 :40 :47.5 。"
    >>> [(n.text, n.value) for n in _structure_splits(Span(0, len(t), t))]
    [('12.5', 12.5), ('40', 40.0), ('47.5', 47.5)]
    """
    rule = lexicon()["unitless_figures"]
    low, high = rule["structure_total"]
    out = []
    for m in lexicon_finditer(rule["structure_pattern"], sent.text):
        before = re.split(r"[，,；;。]", sent.text[max(0, m.start() - rule["structure_window"]):m.start()])[-1]
        parts = list(re.finditer(r"\d+(?:\.\d+)?", m.group()))
        if not lexicon_search(rule["structure_context"], before) or not low <= sum(float(p.group()) for p in parts) <= high:
            continue
        span = (sent.start + m.start(), sent.start + m.end())
        out += [Num(sent.start + m.start() + p.start(), sent.start + m.start() + p.end(), p.group(), float(p.group()), "%",
                    structure=span) for p in parts]
    return out


def _digit_pair_range(q) -> bool:
    """Rule ``digit_pair_range``: two neighbouring Chinese digits before a unit of ratio or
    amount (提升五六倍, 七八米深) are a range read as 5-6, a figure like 5-6倍; before a
    count's measure word (两三个, 三五家) they stay a vague quantity.

    >>> from policydata.recognize.quantities import find_quantities
    >>> [_digit_pair_range(q) for t in ("效率提升五六倍", "水深七八米", "建了两三个", "三五家企业", "五六十台机器")
    ...  for q in find_quantities(t)]
    [True, True, False, False, True]
    """
    rule = lexicon()["range_bounds"]["digit_pair"]
    if q.value_max is None:
        return False
    if lexicon_fullmatch(rule["magnitude_pattern"], q.raw_number or "") is not None:
        return True  # pair_magnitude: 五六十台 is a rough number of tens
    return lexicon_fullmatch(rule["pattern"], q.raw_number or "") is not None \
        and unit_class(q.unit.strip()) in rule["unit_classes"]


def _shared_list_unit(text: str, nums: list[Num]) -> list[Num]:
    """Rule ``shared_list_unit``: in a list whose last item writes the whole unit
    (分别快于全国2.1个、0.8个百分点) an earlier item written with only its first measure word
    (2.1个) takes that unit: the unit is distributed back over the list.

    >>> t = "分别快于全国2.1个、0.8个百分点，新建3个、5个园区"
    >>> nums = [Num(6, 10, "2.1个", 2.1, "个"), Num(11, 17, "0.8个百分点", 0.8, "个百分点"),
    ...         Num(20, 22, "3个", 3.0, "个"), Num(23, 25, "5个", 5.0, "个")]
    >>> [n.unit for n in _shared_list_unit(t, nums)]
    ['个百分点', '个百分点', '个', '个']
    >>> t = "分别回升3.7、2.5和3.1个百分点，第1、2号线"
    >>> nums = [Num(4, 7, "3.7", 3.7, ""), Num(8, 11, "2.5", 2.5, ""), Num(12, 20, "3.1个百分点", 3.1, "个百分点"),
    ...         Num(22, 23, "1", 1.0, ""), Num(24, 25, "2", 2.0, "")]
    >>> [n.unit for n in _shared_list_unit(t, nums)]
    ['个百分点', '个百分点', '个百分点', '', '']
    """
    lex = lexicon()
    seps = lex["distribution"]["shared_unit_separators"]
    rates = lex["share_units"] + lex["growth_units"]
    shared = set()  # the items that took the unit of the item after them
    for i in range(len(nums) - 1, 0, -1):
        a, b = nums[i - 1], nums[i]
        written = b.text.endswith(b.unit) or i in shared
        if a.unit and b.unit != a.unit and b.unit.startswith(a.unit) and text[a.end:b.start] in seps \
                and b.text.endswith(b.unit):
            nums[i - 1] = replace(a, unit=b.unit, unit_raw=b.unit_raw)
        elif not a.unit and b.unit in rates and text[a.end:b.start] in seps and text[a.end:b.start] not in "，," \
                and _BARE_DECIMAL.fullmatch(a.text) and written:
            shared.add(i - 1)
            # shared_list_unit: 环比回升3.7、2.5和3.1个百分点 -- a rate written once after the last
            # value of a list of bare numbers is the unit of every value
            nums[i - 1] = replace(a, unit=b.unit, unit_raw=b.unit_raw)
    return nums


_BARE_DECIMAL = re.compile(r"\d+(?:\.\d+)?")  # a number written without unit or words (3.7)


def _ranks(text: str, sent: Span) -> list[Num]:
    """Ranks with a numeral (位列第一 -> 1, 第二大经济体 -> 2); ranks without one (首位)
    are not figures, nor enumerators (第一，…).

    >>> [(r.text, r.value) for r in _ranks("第一大贸易伙伴", Span(0, 7, "第一大贸易伙伴"))]
    [('第一大', 1.0)]

    Rule rank_list: the ranks listed after one lead word are one each.

    >>> t = "三个县分别位居全省第三、第五和第十二，第一批试点"
    >>> [(r.text, r.value) for r in _ranks(t, Span(0, len(t), t))]
    [('第三', 3.0), ('第五', 5.0), ('第十二', 12.0)]

    Rule rank_list_field: a list that names the field of each rank gives one rank each;
    a 第N that does not end its item is none.

    >>> t = "该市位居全省营商环境第2、创新能力第4和开放水平第六，人口第一批"
    >>> [(r.text, r.value) for r in _ranks(t, Span(0, len(t), t))]
    [('第2', 2.0), ('第4', 4.0), ('第六', 6.0)]
    >>> t = "该区排名全市第3、获评第一批示范区"
    >>> [(r.text, r.value) for r in _ranks(t, Span(0, len(t), t))]
    [('第3', 3.0)]

    Rule scope_rank: 第N个 right after its scope (全国, 北方, a province) is a rank; an
    ordinal with no scope (第二个五年) is none.

    >>> t = "该省成为全国第五个、西部第一个建成该网络的省份，迎来第二个五年"
    >>> [(r.text, r.value) for r in _ranks(t, Span(0, len(t), t))]
    [('第五个', 5.0), ('第一个', 1.0)]

    Rule closing_scope_rank: scope + 第N closing its clause is a rank without a lead verb;
    an edition (全国第十五届) is none.

    >>> t = "今年新建厂房面积全县第一，获全省第十二届设计奖"
    >>> [(r.text, r.value) for r in _ranks(t, Span(0, len(t), t))]
    [('第一', 1.0)]
    """
    lex = lexicon()
    out: list[Num] = []
    for pattern in (lex["rank_pattern"], lex["size_rank_pattern"], lex["scope_rank_pattern"],
                    lex["closing_scope_rank_pattern"]):
        for m in lexicon_finditer(pattern, sent.text):
            n = small_number(m.group("n"))
            after = sent.text[m.end():m.end() + 1]
            if n is None or after in lex["rank_exclude_after"]:
                continue
            start = sent.start + m.start("n") - 1  # include 第
            if any(start < r.end and r.start < sent.start + m.end() for r in out):
                continue  # 位居世界第二大经济体: already found by the lead-word pattern
            out.append(Num(start, sent.start + m.end(), text[start:sent.start + m.end()], float(n), "",
                           rank=True))
            end = m.end()
            while pattern == lex["rank_pattern"] and (nxt := lexicon_match(lex["rank_list_next"], sent.text[end:])
                                                       or lexicon_match(lex["rank_list_field_next"], sent.text[end:])):
                # rank_list: 分别居全国第三、第五 -- each listed rank is one; rank_list_field:
                # 位居全省营商环境第2、创新能力第4 -- each field's rank too
                value = small_number(nxt.group("n"))
                first = sent.start + end + nxt.start("n") - 1
                if value is None or sent.text[end + nxt.end():end + nxt.end() + 1] in lex["rank_exclude_after"]:
                    break
                out.append(Num(first, sent.start + end + nxt.end(), text[first:sent.start + end + nxt.end()],
                               float(value), "", rank=True))
                end += nxt.end()
    return sorted(out, key=lambda r: r.start)


def _multi_ranks(text: str, sent: Span) -> list[Num]:
    """Rule multi_rank (figures.json ``multi_rank_pattern``): 双第一 names two rank-1 results,
    one rank each (corpus README: each mention separately).

    >>> t = "两项指标均获全省“双第一”，另有三个第一"
    >>> [(r.text, r.value) for r in _multi_ranks(t, Span(0, len(t), t))]
    [('双第一', 1.0), ('双第一', 1.0), ('三个第一', 1.0), ('三个第一', 1.0), ('三个第一', 1.0)]
    """
    out: list[Num] = []
    for m in lexicon_finditer(lexicon()["multi_rank_pattern"], sent.text):
        times = small_number(m.group()[:m.start("n") - m.start() - 1].replace("双", "两").replace("个", ""))
        start, end = sent.start + m.start(), sent.start + m.end()
        out += [Num(start, end, text[start:end], float(small_number(m.group("n"))), "", rank=True)] * int(times or 0)
    return out


def _rank_changes(text: str, sent: Span) -> list[Num]:
    """Rule rank_change (figures.json ``rank_change_pattern``): the places a ranking moved
    (较上年再进两位, 排名上升3位) are a change of a rank, measure rank with an empty unit, in a
    sentence that speaks of a ranking; elsewhere 位/名 count people (引进两位专家).

    >>> t = "排名全国第8位，较上年再进两位，引进两位专家"
    >>> [(r.text, r.value, r.unit) for r in _rank_changes(t, Span(0, len(t), t))]
    [('两位', 2.0, '')]
    >>> t = "今年又引进两位专家"
    >>> _rank_changes(t, Span(0, len(t), t))
    []
    """
    lex = lexicon()
    if not lexicon_search(lex["rank_change_context"], sent.text):
        return []
    out: list[Num] = []
    for m in lexicon_finditer(lex["rank_change_pattern"], sent.text):
        n = small_number(m.group("n"))
        if n is None:
            continue
        start, end = sent.start + m.start("n"), sent.start + m.end()
        out.append(Num(start, end, text[start:end], float(n), "", rank=True))
    return out


def acted_share(text: str, n: Num) -> str:
    """Rule acted_share (figures.json ``acted_share``): the whole (的 + noun) that a share right
    after a verb acting on part of it reaches (降低30%以上的噪声 -> '的噪声'), else ''.

    >>> t = "设备能降低30%以上的噪声，能耗降低30%以上的企业"
    >>> [acted_share(t, Num(i, i + 5, "30%以上", 30.0, "%", qualifier="at_least"))
    ...  for i in (t.index("30%"), t.rindex("30%"))]
    ['的噪声', '']
    """
    rule = lexicon()["acted_share"]
    before = text[max(0, n.start - 8):n.start]
    verb = next((v for v in rule["verbs"] if before.endswith(v)), "")
    if unit_class(n.unit) != "share" or not verb or not lexicon_search(rule["verb_lead"], before[:-len(verb)]):
        return ""
    m = lexicon_match(rule["whole_after"], text[n.end:n.end + 10])
    if not m:
        return ""
    return m.group()[:re.search(r"[，。；、]|$", m.group()).start()]


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
