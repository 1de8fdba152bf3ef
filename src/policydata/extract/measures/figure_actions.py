"""Figure-bearing actions (round 17, FIG-MEASURE): when a clause that opens with a lead verb and
carries a statistic cue is still an action.

FIG-MEASURE has recurred in every held-out analysis since round 12 (heldout16: 13 lines, 4 documents,
2 sets; the dev corpus has it too): an action that carries a figure gave only the figure row. The
figure and the measure are two rows of one clause (corpus README: a measure quote may overlap a
figure's quote); the figures stage reads the figure whatever this decides.

* rule figure_object (:func:`.coverbs.figure_then_object`): 一次性增加6万亿元专项债务限额.
* rule counted_action (:func:`.grain.counted_action`): 推广…品种N万亩、增长N%.
* rule money_level_action (this module): the lead verb, its object, then a sum of money told as a
  level reached (超/超过/逾/突破/达 + amount + 元: 发放消费券超过3亿元, 减免税费逾2亿元; the sum is the
  recognizer's quantity, the level words measure_verbs.json ``grain``). Money is spent,
  granted or raised by whoever does the verb: the verb is the action, the level is the size of it. Only
  when that comparator is the clause's one statistic cue: a tally (累计…, 截至…), a comparison with a
  base period (同比, 比上年) or a change (增长N%) anywhere else keeps the clause a statistic, and so does a
  count of things (设立企业超900家: how many there are, rule counted_action's level case).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ...lexicon import load as load_lexicon
from ...recognize.quantities import CN_NUMERAL_CHARS, find_quantities
from .coverbs import figure_then_object
from .grain import _words as grain_words
from .grain import counted_action

#: rule money_level_action: the object before the level word holds no clause break (nor a figure)
_CLAUSE_BREAKS = frozenset("，,。；;：:")
_OBJECT_MAX = 24


@lru_cache(maxsize=1)
def _money_units() -> frozenset[str]:
    """What a sum of money of rule money_level_action is counted in: quantities.json
    ``money_units`` ``level_reached`` (元, 美元), the subset of its ``currencies`` this rule counts."""
    return frozenset(load_lexicon("quantities.json")["money_units"]["level_reached"])


@lru_cache(maxsize=1)
def _money_level_words() -> tuple[str, ...]:
    """The level words of rule money_level_action, longest first: measure_verbs.json ``grain``
    ``level_words`` less ``money_level_not`` -- what is left: 超, 超过, 逾, 突破, 达, 达到."""
    lex = grain_words()
    return tuple(sorted((w for w in lex["level_words"] if w not in lex["money_level_not"]), key=len, reverse=True))


def _number_start(text: str) -> int:
    """Where the numeral of a quantity's ``text`` starts (after its qualifier words: 超过5亿元 -> 2)."""
    return next((i for i, ch in enumerate(text) if ch.isdecimal() or ch in CN_NUMERAL_CHARS), 0)


def money_level(t: str, after: int) -> tuple[int, int] | None:
    """Rule money_level_action: (end of the object, end of the sum) when the lead verb ending at
    ``after`` is followed by its object, a level word and a sum of money (the recognizer's quantity,
    :func:`policydata.recognize.quantities.find_quantities`, in 元 or 美元); None otherwise. The
    object is 1 to 24 characters with no clause break and no digit.

    >>> money_level("发放餐饮消费券超过5亿元", 2), money_level("减免税费逾 3000 万元", 2), money_level("拨付资金达到1.2万元", 2)
    ((7, 12), (4, 13), (4, 11))
    >>> money_level("发放补贴3亿元", 2), money_level("发放贷款8笔超过3亿元", 2), money_level("新设企业超过120家", 2)
    (None, None, None)
    """
    for q in find_quantities(t):
        number = q.start + _number_start(q.text)
        if number <= after or q.unit not in _money_units():
            continue
        head = t[after:number].rstrip()
        word = next((w for w in _money_level_words() if head.endswith(w)), "")
        obj = head[:len(head) - len(word)]
        if not word or not 1 <= len(obj) <= _OBJECT_MAX or any(ch in _CLAUSE_BREAKS or ch.isdecimal() for ch in obj):
            continue
        return after + len(obj), t.index(q.unit, number) + len(q.unit)
    return None


def money_level_action(t: str, after: int, statistic_patterns: Iterable[re.Pattern]) -> bool:
    """Rule money_level_action: the lead verb ending at ``after`` is followed by its object and a sum of
    money told as a level reached, and no other statistic cue is in the clause.

    >>> import re as _re
    >>> cues = [_re.compile(r"(?:超过?|逾|达到?)\\s*\\d"), _re.compile("累计"), _re.compile("同比")]
    >>> money_level_action("发放餐饮消费券超过5亿元", 2, cues), money_level_action("减免小微企业税费逾3000万元", 2, cues)
    (True, True)
    >>> money_level_action("累计发放创业贷款超过8亿元", 4, cues), money_level_action("发放贷款超过8亿元，同比增长6%", 2, cues)
    (False, False)
    >>> money_level_action("新设外资企业超过120家", 2, cues), money_level_action("发放补贴3亿元", 2, cues)
    (False, False)
    """
    level = money_level(t, after)
    if level is None:
        return False
    object_end, sum_end = level
    cues = tuple(statistic_patterns)
    return not any(p.search(t[:object_end]) or p.search(t, sum_end) for p in cues)


def figure_action(t: str, after: int, statistic_patterns: Iterable[re.Pattern]) -> bool:
    """The clause ``t``, whose lead verb ends at ``after`` and which carries a statistic cue, is an
    action all the same: rule figure_object, counted_action or money_level_action.

    >>> import re as _re
    >>> cues = [_re.compile(r"(?:超过?|逾|达到?)\\s*\\d"), _re.compile(r"[增下]长\\s*\\d")]
    >>> figure_action("发放家电消费券超过2亿元", 2, cues), figure_action("推广种植面积达50万亩、增长3%", 2, cues)
    (True, False)
    """
    cues = tuple(statistic_patterns)
    return figure_then_object(t, after) or counted_action(t, after, cues) or money_level_action(t, after, cues)
