"""Figure-bearing actions (round 17, FIG-MEASURE): when a clause that opens with a lead verb and
carries a statistic cue is still an action.

FIG-MEASURE has recurred in every held-out analysis since round 12 (heldout16: 13 lines, 4 documents,
2 sets; the dev corpus has it too): an action that carries a figure gave only the figure row. The
figure and the measure are two rows of one clause (corpus README: a measure quote may overlap a
figure's quote); the figures stage reads the figure whatever this decides.

* rule figure_object (:func:`.coverbs.figure_then_object`): 一次性增加6万亿元专项债务限额.
* rule counted_action (:func:`.grain.counted_action`): 推广…品种N万亩、增长N%.
* rule money_level_action (this module): the lead verb, its object, then a sum of money told as a
  level reached (超/超过/逾/突破/达 + amount + 元: 发放消费券超过3亿元, 减免税费逾2亿元). Money is spent,
  granted or raised by whoever does the verb: the verb is the action, the level is the size of it. Only
  when that comparator is the clause's one statistic cue: a tally (累计…, 截至…), a comparison with a
  base period (同比, 比上年) or a change (增长N%) anywhere else keeps the clause a statistic, and so does a
  count of things (设立企业超900家: how many there are, rule counted_action's level case).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .coverbs import figure_then_object
from .grain import counted_action

#: rule money_level_action: the object (no digit, no clause break), a comparator of level, a sum of money
_MONEY_LEVEL = re.compile(r"(?P<object>[^，,。；;：:\d]{1,24}?)(?:超过?|逾|突破|达到?)\s*\d[\d.,]*\s*(?:多|余)?\s*"
                          r"(?:万亿|千亿|百亿|亿|千万|百万|万|千)?\s*(?:元|美元)")


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
    m = _MONEY_LEVEL.match(t, after)
    if not m:
        return False
    cues = tuple(statistic_patterns)
    return not any(p.search(t[:m.end("object")]) or p.search(t, m.end()) for p in cues)


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
