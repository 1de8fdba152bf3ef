"""Money named as the means of a measure (rule money_channel of ``instruments.json``): 国债支持X,
专项资金用于X, 金融机构支持X, 对X的信贷投放. :mod:`.classify` reads it twice: a published policy or
list of money support is a fund (instrument), and X, what the money is for, gives the policy area.
"""
from __future__ import annotations

import re

from .rules import load_instruments


def money_channel(text: str, lex: dict | None = None, *, lenders: bool = False) -> tuple[str, str] | None:
    """(what the money supports, the head after it) when ``text`` names money as the means of a
    support (国债支持X, 专项资金用于X), the head being '' when none of the rule's heads (政策,
    名单) closes X; None when no money channel is named. See rule money_channel of instruments.json.
    With ``lenders`` (the policy area), a lender supporting X (金融机构支持X) and money aimed at X
    (对X的信贷投放) name X too.

    >>> money_channel("省级专项资金支持老旧管网改造的名单")
    ('老旧管网改造', '名单')
    >>> money_channel("做好特别国债支持设备更新的需求测算")
    ('设备更新的需求测算', '')
    >>> money_channel("加大对茶园改造的信贷投放", lenders=True), money_channel("加大对茶园改造的信贷投放")
    (('茶园改造', ''), None)
    """
    rule = (lex or load_instruments()).get("money_channel") or {}
    if not rule:
        return None
    channel, lent, aimed_at = _channel_patterns(rule)
    m = (lent if lenders else channel).search(text)
    if not m and lenders:  # 对X的信贷投放: X is what the money is aimed at
        aimed = aimed_at.search(text)
        return (aimed.group(1), "") if aimed else None
    if not m:
        return None
    supported = m.group(1)
    head = next((h for h in rule["heads"] if supported.endswith(h)), "")
    supported = supported[:len(supported) - len(head)] if head else supported
    return supported.removesuffix("的"), head


def channel_in(clause: str, action: str, obj: str, lex: dict, lenders: bool = False) -> tuple[str, str] | None:
    """The money channel (see :func:`money_channel`) of the text before the lead verb (the topic a
    verb-last clause publishes: …的名单公布) or else of the verb's object."""
    at = clause.find(action) if action else -1
    return ((money_channel(clause[:at], lex, lenders=lenders) if at > 0 else None)
            or money_channel(obj, lex, lenders=lenders))


#: id of a money_channel rule -> (the rule, its patterns): see :func:`_channel_patterns`
_PATTERNS: dict[int, tuple[dict, tuple[re.Pattern, re.Pattern, re.Pattern]]] = {}


def _channel_patterns(rule: dict) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The patterns of rule money_channel, compiled once per rule (the lexicon's, read once):
    money then a verb (国债支持X), the same with the lenders (金融机构支持X), and 对X的 + money.

    Why: :func:`money_channel` runs for every measure, twice; building the alternations and
    looking the pattern text up in re's cache on each call cost more than the search."""
    cached = _PATTERNS.get(id(rule))
    if cached is not None and cached[0] is rule:
        return cached[1]
    money = "|".join(sorted(rule["money"], key=len, reverse=True))
    verbs = "|".join(rule["verbs"])
    lenders = money + "|" + "|".join(rule.get("institutions", ()))
    patterns = (re.compile(rf"(?:{money})(?:{verbs})([^，,。；;：:]+)"),
                re.compile(rf"(?:{lenders})(?:{verbs})([^，,。；;：:]+)"),
                re.compile(rf"对([^，,。；;：:的]+)的(?:{money})"))
    _PATTERNS[id(rule)] = (rule, patterns)
    return patterns
