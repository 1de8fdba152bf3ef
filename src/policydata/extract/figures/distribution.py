"""One phrase per figure after 分别/均, lists of subjects or nouns, and ranges that state two bounds."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...recognize.timeexpr import TimeExpr
from .findings import lexicon
from .numbers import Num  # noqa: F401 (used by the doctests)
from .phrases import Phrase, _clean_indicator, _remove_time_words, _subject_of, trailing_strip_words
from ...text.regex_starts import lexicon_fullmatch, lexicon_search

_DIGIT = re.compile(r"\d")  # an Arabic digit (list items are words, not numbers)


_ENUMERATION_COMMA = re.compile("、")  # the mark between the items of a list of subjects


def _split_items(s: str, separators: re.Pattern) -> list[str]:
    """List items of s, not splitting inside brackets: 丘陵山区县（市、区）… is one item."""
    items, depth, current = [], 0, ""
    for ch in s:
        depth += ch in "（(《“"
        depth -= ch in "）)》”" and depth > 0
        if depth == 0 and lexicon_fullmatch(separators, ch):
            items.append(current)
            current = ""
        else:
            current += ch
    items = [x for x in items + [current] if x]
    return items if len(items) >= 2 and all(len(x) >= 2 and not _DIGIT.search(x) for x in items) else []


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
        # 油菜播种、收获机械化率: the crop is shared too
        prefix = first_core[:len(first_core) - len(core_last)]
    out.append(prefix + last)
    for k in range(1, len(out) - 1):
        out[k] = prefix + out[k] if prefix and len(items[k]) <= 2 else out[k]
    return out


def _share_heads(nouns: list[str]) -> list[str]:
    """2.4万余家初级、…、12家标杆级智能工厂: every tier gets the head noun.

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
        resp = next((w for w in dist["respectively"] if w in p.before), "")
        turns: dict[int, str] = {}  # switched_change: list index -> the change word that starts there
        while j < len(phrases) and phrases[j].segment == p.segment:
            gap = text[group[-1].num.end:phrases[j].num.start]
            turn = _switched_change(gap) if resp else ""
            if gap.strip("、和及与 ") and not turn:
                break
            if turn:
                turns[len(group)] = turn
            group.append(phrases[j])
            j += 1
        if len(group) >= 2 and resp:
            subjects_text, verb = p.before.split(resp, 1)
            raw_start = p.num.start - len(p.before)
            # 三、四季度分别在…: the listed periods are time, not subjects
            subjects_text = _remove_time_words(text, raw_start, raw_start + len(subjects_text), times)
            subjects = _split_items(_clean_indicator(subjects_text), dist["list_separators"])
            verb = _clean_indicator(verb)
            if verb in trailing_strip_words():
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
                verb = turns.get(k, verb)  # switched_change: 和下降46.8%… -- the later values fall
                # the words before 分别 (…同比增幅分别为44%、24%) say what every value is
                out.append(replace(g, num=num, start=p.start, end=group[-1].end, before=p.before,
                                   indicator=name + verb, subject=name, item=(k, len(group))))
            i = j
            continue
        listed = _noun_list(text, phrases, i)
        if len(listed) >= 2:
            nouns = _share_heads([g.after for g in listed])
            lead = _clean_indicator(p.before)
            for g, noun in zip(listed, nouns):
                noun = noun.removeprefix("的")  # rate_after_de: 2/3的参与率、3/4的同意率
                out.append(replace(g, indicator=_clean_indicator(lead + noun) or noun))
            i += len(listed)
            continue
        if len(group) >= 2 and p.num.unit and all(g.num.unit == p.num.unit for g in group):
            # listed_values: 航空物流、邮政快递业…指数环比回升3.7、2.5和3.1个百分点 -- several values
            # listed together name one value each; the list of subjects is not shared out again.
            # listed_values_verb: the change word before the first (年均增长4.5%、3.2%、4.8%) is every
            # value's: each is a growth rate, with its direction
            out.extend([group[0]] + [replace(g, before=p.before) if not g.before.strip() else g for g in group[1:]])
        else:
            for g in group:
                out.extend(_split_subjects(g))
        i = j
    return out


_YEAR = re.compile(r"(?:19|20)\d{2}")  # a period of one whole year (2025)


def quarters_respectively(item: tuple[int, int] | None, lead: str, period: str | None) -> str:
    """Rule ``quarters_respectively``: the quarter of one value of a list of four after 分别 whose
    sentence names the four quarters before it (四个季度…分别为A、B、C和D, lexicon ``distribution``
    ``all_quarters_pattern``): the figures' year with the value's quarter ('2025Q3'); '' when the
    rule does not apply. ``item`` is the value's (index, count) in its 分别 list (Phrase.item),
    ``lead`` the sentence up to the value, ``period`` the period the figure was dated to: only a
    whole year is split into its quarters. 连续四个季度, 近4个季度 count quarters and list none.

    >>> lead = "去年四个季度，某县用电量分别为"
    >>> [quarters_respectively((i, 4), lead, "2025") for i in range(4)]
    ['2025Q1', '2025Q2', '2025Q3', '2025Q4']
    >>> rows = [((0, 4), "某县用电量连续四个季度分别为", "2025"), ((0, 3), lead, "2025"), ((0, 4), lead, "2025Q1"),
    ...         (None, lead, "2025"), ((1, 4), "去年4个季度，某县用电量分别为", "2025")]
    >>> [quarters_respectively(i, t, y) for i, t, y in rows]
    ['', '', '', '', '2025Q2']
    """
    if item and item[1] == 4 and _YEAR.fullmatch(period or "") \
            and lexicon_search(lexicon()["distribution"]["all_quarters_pattern"], lead):
        return f"{period}Q{item[0] + 1}"
    return ""


def _switched_change(gap: str) -> str:
    """Rule ``switched_change``: in a 分别 list, a change word between two values (分别增长12%、3%和下降5%、
    8%) turns the change of the values from there on; the list goes on, each value keeps its
    subject in order. The change word (lexicon ``direction`` rules), or '' when the gap is no such turn.

    >>> _switched_change("和下降"), _switched_change("，下降"), _switched_change("、"), _switched_change("，其中")
    ('下降', '下降', '', '')
    """
    m = lexicon_fullmatch(_change_turn(), gap)
    return m.group("w") if m else ""


@lru_cache(maxsize=1)
def _change_turn() -> re.Pattern:
    """List marks, then a change word of the ``direction`` rules (longest first) and 了: rule
    switched_change, compiled once."""
    words = [w for r in lexicon()["direction"]["rules"] for w in r["words"]]
    return re.compile(r"[、，,和及与 ]*(?P<w>" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                      + r")(?:了)?")


def _noun_list(text: str, phrases: list[Phrase], i: int) -> list[Phrase]:
    """Phrases from i on that list number + noun items (2.4万余家初级、6100余家中级…)."""
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
    """油菜播种、收获机械化率均达到45% and 技改投资、外商投资年均增长7% -> a row each."""
    dist = lexicon()["distribution"]
    each = lexicon_search(dist["each_pattern"], p.before) is not None
    intensive = p.num.unit in lexicon()["share_units"] + lexicon()["growth_units"]
    combined = any(w in p.before for w in dist["combined"]) or \
        any(lexicon_search(pat, p.before) for pat in dist["combined_patterns"])
    if p.after or not (each or intensive) or combined:
        return [p]
    items = _split_items(p.indicator, _ENUMERATION_COMMA)
    if not items:
        return [p]
    return [replace(p, indicator=name, subject=_subject_of(name)) for name in _share_items(items)]


def _range_bounds(text: str, phrases: list[Phrase]) -> list[Phrase]:
    """60%至300%范围内: a range that bounds what is allowed gives two figures, the lower
    bound (>=) and the upper one (<=); other ranges (增长5%-6%) stay one figure.

    >>> t = "工资的60%至300%范围内"
    >>> n = Num(3, 11, "60%至300%", 60.0, "%", value_max=300.0)
    >>> [(x.num.value, x.num.comparator) for x in _range_bounds(t, [Phrase(n, 0, 11, "工资", "", "工资", "")])]
    [(60.0, '>='), (300.0, '<=')]
    >>> t = "售价在80元到300元之间"
    >>> n = Num(3, 11, "80元到300元", 80.0, "元", value_max=300.0)
    >>> [(x.num.value, x.num.qualifier) for x in _range_bounds(t, [Phrase(n, 0, 11, "售价", "", "售价", "")])]
    [(80.0, 'exact'), (300.0, 'exact')]
    """
    words = lexicon()["range_bounds"]["after_words"]
    out = []
    for p in phrases:
        n = p.num
        if n.value_max is None or not any(text.startswith(w, n.end) for w in words):
            out.append(p)
            continue
        # range_ends_exact: the bounds are the range's own ends, no 以上/超 of the text: a fact's
        # range (售价在7999元到70万元之间) reports both ends as written (qualifier kept); the
        # comparators bound what a rule allows
        out.append(replace(p, num=replace(n, value_max=None, comparator=">=")))
        out.append(replace(p, num=replace(n, value=n.value_max, value_max=None, comparator="<=")))
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
