"""One phrase per figure: its quote span, its indicator (the cleaned words before it, or
the noun it counts) and a subject borrowed by the figures after it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...document import Span
from ...recognize.timeexpr import TimeExpr
from ...text.item_numbers import item_start
from ...text.patterns import literal_pattern
from ...text.segment import CJK_CHAR as _CJK, clause_bounds
from .findings import lexicon
from .numbers import Num, acted_share
from ...text.regex_starts import lexicon_match, lexicon_search

_SPACES = re.compile(r"\s+")  # white space, dropped from indicators
_PHRASE_STOP = re.compile(r"[、，,；;：:。！？\n]")  # the noun after a number ends at a clause or sentence mark
_DE_THEN_HAN = re.compile(r"的[\u4e00-\u9fff]")  # 的 followed by a Han character
_COMPARISON_MARK_END = re.compile(r"[比较同]$")  # a comparison mark (比, 较, 同) right before
_LIST_SEPARATOR = re.compile(r"[、和及与]")  # a list mark between two numbers
_FRACTION = re.compile(r"\d\s*/\s*\d|分之")  # a share written as a fraction (1/4, 四分之一)


@dataclass
class Phrase:
    """One figure in a sentence: its quote span, indicator and the words around it."""

    num: Num
    start: int  # quote start in article text
    end: int  # quote end
    before: str  # text between the phrase start and the number
    after: str  # noun after the number (3家省级研发中心… -> 省级研发中心新址启用)
    indicator: str
    subject: str  # indicator without its growth verb, lent to a following 增长…
    segment: tuple[int, int] = (0, 0)
    scope: str = ""
    item: tuple[int, int] | None = None  # (index, count) inside a 分别 list of values


def _strip_words(s: str, words: list[str], leading: bool, keep: tuple[str, ...] = ()) -> str:
    """Remove listed words from one end of s until none is left (the longest first); a word
    that is the end of one of ``keep`` there stays (节约: its 约 is no qualifier).

    >>> _strip_words("能耗约", ["约"], False), _strip_words("成本节约", ["约"], False, keep=("节约",))
    ('能耗', '成本节约')
    """
    by_end = _words_by_end_char(tuple(words), leading)
    while s:
        if keep and not leading and s.endswith(keep):
            return s
        # only the words that start (end) with s's first (last) character can match
        for w in by_end.get(s[0] if leading else s[-1], ()):
            if len(s) > len(w) and (s.startswith(w) if leading else s.endswith(w)):
                s = s[len(w):] if leading else s[:-len(w)]
                break
        else:
            return s
    return s


@lru_cache(maxsize=64)
def _words_by_end_char(words: tuple[str, ...], leading: bool) -> dict[str, tuple[str, ...]]:
    """The words grouped by their first (``leading``) or last character, longest first (a
    stable sort: words of one length keep their list order), grouped once per list."""
    grouped: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        if w:
            grouped.setdefault(w[0] if leading else w[-1], []).append(w)
    return {c: tuple(ws) for c, ws in grouped.items()}


def _remove_time_words(text: str, start: int, end: int, times: list[TimeExpr]) -> str:
    """text[start:end] with time expressions cut out (到2030年全社会… -> 全社会…)."""
    out, pos = [], start
    for t in times:
        if t.end <= start or t.start >= end or _COMPARISON_MARK_END.search(text[max(0, t.start - 1):t.start]):
            continue
        out.append(text[pos:max(pos, t.start)])
        pos = max(pos, t.end)
    out.append(text[pos:end])
    return "".join(out)


def _clean_indicator(s: str) -> str:
    """An indicator without spaces, a list item's number, and cue words at either end.

    >>> _clean_indicator("1.城镇新增就业"), _clean_indicator("（二）粮食产量"), _clean_indicator("5G基站")
    ('城镇新增就业', '粮食产量', '5G基站')
    """
    lex = lexicon()
    s = _SPACES.sub("", s)
    s = item_start().sub("", s)  # rule item_number_strip (text.item_numbers): 1.城镇新增就业 -> 城镇新增就业
    s = s.strip("，、：；,;:（(")
    s = _strip_words(s, lex["indicator_leading_strip"]["words"], leading=True)
    s = _strip_words(s, trailing_strip_words(), leading=False, keep=_growth_words())
    return s.strip("，、：；,;:")


@lru_cache(maxsize=1)
def _change_to() -> re.Pattern:
    """A growth word (``growth_words``: 跃升 is one of them) and 到/至, compiled once."""
    verbs = "|".join(map(re.escape, lexicon()["growth_words"]))
    return re.compile(f"(?:{verbs})(?:到|至)")


@lru_cache(maxsize=1)
def trailing_strip_words() -> list[str]:
    """The words removed from an indicator's end (``indicator_trailing_strip``): its qualifier
    words and its level verbs (``level_verbs``, the list ``comparator_rules.cap_before`` reads too)."""
    strip = lexicon()["indicator_trailing_strip"]
    return strip["words"] + strip["level_verbs"]


@lru_cache(maxsize=1)
def _growth_words() -> tuple[str, ...]:
    """The change words (growth_words): an indicator keeps them whole (节约 is not 节 + 约)."""
    return tuple(lexicon()["growth_words"])


def _subject_of(indicator: str) -> str:
    """国内生产总值增长 -> 国内生产总值."""
    words = sorted(lexicon()["growth_words"] + lexicon()["growth_qualifiers"], key=len, reverse=True)
    subject = _strip_words(indicator, words, leading=False)
    return lexicon()["subject_trailing_comparison"].sub("", subject) or subject


def _starts_predicate(s: str) -> bool:
    return not s or s.startswith(tuple(lexicon()["predicate_starts"]["words"]))


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
    """The noun a number counts when it comes first (3家省级研发中心新址启用)."""
    after = text[n.end:limit]
    stop = _PHRASE_STOP.search(after)
    after = after[:stop.start()] if stop else after
    if _DE_THEN_HAN.match(after) and n.unit in lexicon()["duration_units"]:
        return after  # 历时2年多的探索: a duration measures the noun after its 的
    rate = lexicon_match(lexicon()["rate_after_de"]["pattern"], after) if n.unit in lexicon()["share_units"] else None
    if rate:
        return rate.group()  # rate_after_de: 达到95%的覆盖率 -- the rate noun after 的 is the indicator
    whole = acted_share(text, n)
    if whole and len(whole) <= len(after):
        return whole  # acted_share: 降低30%以上的噪声 -- the whole the share is of
    if _FRACTION.search(n.text) and _DE_THEN_HAN.match(after) and n.unit in lexicon()["share_units"]:
        # fraction_of_whole: a share written as a fraction is a share of the noun after its 的
        # (贡献了全省1/5的税收、1/4的就业): that noun, without a list mark closing it, is the whole
        return after.rstrip("和及与并")
    return _counted_noun(n, after)


def _counted_noun(n: Num, after: str) -> str:
    """The noun a number counts when it comes first, from the words after it (up to the next
    clause mark or number): none when they do not open with a noun."""
    if not after or not (_CJK.match(after[0]) or after[0] in "“《") or after[0] in "的以左多余之上":
        return ""
    if after[0] == "等" and not lexicon_match(lexicon()["predicate_starts"]["noun_after_deng"], after):
        return ""  # 3家等: 等 closes a list; 1条等离子切割线: 等 starts the noun (noun_after_deng)
    if _change_to().match(after):
        return ""  # 从15家跃升到38家: the number is the start of a change, not a count of a noun
    people = lexicon()["person_nouns"]
    if n.unit in people["measure_words"]:
        # 1.53万名备案服务人员为照护质量“托底”: the people counted end where their predicate starts
        end = lexicon_search(people["counted_noun_end"], after)
        after = after[:end.start()] if end else after
    return after


def _borrow_subject(text: str, sent: Span, seg_start: int, core: str, n: Num,
                    previous: Phrase | None) -> tuple[str, int] | None:
    """(indicator, quote start) for a phrase without a subject of its own, else None.

    …超过3.8万亿元，增长5.6% -> 地区生产总值增长; 从4.7万家增加到6.1万家 -> 规上工业企业;
    平均压减环节46%、费用37% -> 平均压减费用 (a bare item repeats the previous verb).
    """
    if _starts_predicate(core) and previous is not None and previous.subject:
        return previous.subject + ("" if core.endswith(("到", "至")) else core), previous.start
    if _starts_predicate(core) and previous is None and seg_start > sent.start:
        # a predicate opening a clause: its subject ends the clause before
        lo = max(clause_bounds(text, seg_start - 2)[0], sent.start)
        subject = _subject_of(_clean_indicator(text[lo:seg_start - 1]))
        if subject and len(subject) <= 20 and subject not in lexicon()["indicator_leading_strip"]["words"]:
            return subject + core, lo
        return None
    if previous is not None and previous.segment[0] == seg_start and previous.num.unit == n.unit \
            and not n.rank and _is_bare_item(core):
        # a rank names its own field (…营商环境第3、创新能力第5): nothing to repeat (rank_list_field)
        return _verb_part(previous.indicator) + core, previous.start
    return None


def _phrases(text: str, sent: Span, nums: list[Num], times: list[TimeExpr]) -> list[Phrase]:
    """One phrase per number: quote span, indicator and subject (see module doc)."""
    lex = lexicon()
    out: list[Phrase] = []
    previous: Phrase | None = None
    for i, n in enumerate(nums):
        seg_start, seg_end = clause_bounds(text, n.start)
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
                sep = _LIST_SEPARATOR.search(text[gap_start:n.start])
                start = gap_start + sep.end() if sep else previous.num.end
        next_start = nums[i + 1].start if i + 1 < len(nums) else seg_end
        after = _noun_after(text, n, min(seg_end, next_start))
        core = _clean_indicator(_remove_time_words(text, start, n.start, times))
        noun = n.unit_raw if len(n.unit_raw) > 1 and n.unit_raw != n.unit else ""
        # 惠及1100多万学生, 3家省级研发中心新址启用: the counted noun comes after
        indicator = core + noun + after.strip("，、").removeprefix("的")
        quote_start, quote_end = start, n.end + len(after)
        if not indicator and text[n.end:n.end + 1] in "！!：:":
            # 4.9%！三季度GDP同比增速放缓: a number-first headline names its indicator after it
            _, clause_end = clause_bounds(text, n.end + 1)
            clause_end = min(clause_end, sent.end)
            indicator = _clean_indicator(_remove_time_words(text, n.end + 1, clause_end, times))
            quote_end = clause_end
        borrowed = None if after else _borrow_subject(text, sent, seg_start, core, n, previous)
        if borrowed:
            indicator, quote_start = borrowed
        if n.structure:
            # structure_quote: each part of A:B:C is quoted with the whole structure and the
            # words that lead to its first part (产业结构为8:30:62), so every part reads whole
            first = next((p for p in reversed(out) if p.num.structure == n.structure
                          and p.num.start == n.structure[0]), None)
            if first is not None:
                quote_start, indicator = first.start, first.indicator
            else:  # a structure that another one changes into starts after that one
                quote_start = max([quote_start] + [p.num.structure[1] for p in out if p.num.structure
                                                   and quote_start <= p.num.structure[1] <= n.start])
            quote_end = max(quote_end, n.structure[1]) if n.start == n.structure[0] else n.structure[1]
        while quote_start < quote_end and text[quote_start] in " ，、,":
            quote_start += 1
        scope = ""
        m = lexicon_search(lex["scope_pattern"], text[seg_start:n.end])
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
