"""Statistic or target for a figure of a news report that tells what would result (rule
``conditional_yield``, lexicon ``frames.conditional_yield``): the yield of a firm, a project or a
policy under a condition its sentence sets is a projection, a target with no year; so are a
plant's projected yearly rate (rule ``rated_projection``) and a goal a team challenges itself to
(rule ``challenge_goal``)."""
from __future__ import annotations

import re

from ...document import Span
from ...text.regex_starts import lexicon_last, lexicon_match, lexicon_search
from ...text.segment import clause_bounds
from .deadlines import pledged_bound
from .findings import lexicon


def conditional_yield(sentence: Span, rel: int) -> bool:
    """Rule ``conditional_yield``: the figure follows a potential verb of its own clause (可达,
    可少支出) and an earlier clause of its sentence sets the condition: an event done first
    (调整后，), a supporting condition (在…下，), a means (通过…，) or a computation (据…测算).
    A clause that reports the past (已, 了) forecasts nothing; a capacity with no condition
    (亩产可达…) and a coverb after 可 (可以在2小时内到达) are no yield.

    >>> def rule(t, n):
    ...     return conditional_yield(Span(0, len(t), t), t.index(n))
    >>> [rule("新规实施后，每户每月可节省电费30元左右。", "30"), rule("在新品种带动下，全村年收入可达800万元。", "800"),
    ...  rule("通过发展冷链物流，果品损耗可降低15%。", "15"), rule("据行业协会估算，全年产量可增加2万吨。", "2万"),
    ...  rule("改种新品种后，亩产可达1200斤。", "1200")]
    [True, True, True, True, True]
    >>> [rule("这种水稻亩产可达1200斤。", "1200"), rule("出现故障时，工程师可以在2小时内到达。", "2"),
    ...  rule("新规实施后，已为农户节省电费30万元。", "30"), rule("新规实施后，每户每月节省电费30元。", "30")]
    [False, False, False, False]
    """
    rule = lexicon()["frames"]["conditional_yield"]
    text = sentence.text
    lo, _ = clause_bounds(text, rel)
    own = re.sub(r"\s+", "", text[lo:rel])
    if not lexicon_search(rule["potential_before"], own):
        return False
    if any(w in text[:rel] for w in lexicon()["frames"]["modal_clause"]["past_words"]):
        return False
    return bool(lo and lexicon_search(rule["condition_lead"], text[:lo]))


def rated_projection(sentence: Span, rel: int) -> bool:
    """Rule ``rated_projection`` (lexicon ``frames.rated_projection``): 预计 right before a yearly
    rate (预计年产能达…) projects what a plant will produce once running: that figure and the
    later ones of the sentence under the same 预计 are targets with no year, unless a past word
    comes between; 预计 with a time of the year (今年产值预计…) estimates that year's outcome.

    >>> def rule(t, n):
    ...     return rated_projection(Span(0, len(t), t), t.index(n))
    >>> t = "“新线已经试产，预计年产能达5000吨，需用秸秆约2万吨，年产值超过800万元。”厂长说。"
    >>> [rule(t, "5000"), rule(t, "2万"), rule(t, "800")]
    [True, True, True]
    >>> [rule("今年预计年产值超过800万元。", "800"), rule("今年销售额预计超千万元。", "千万"),
    ...  rule("预计年产能达5000吨，去年已实现产值300万元。", "300"), rule("工厂年产能5000吨。", "5000")]
    [False, False, False, False]
    """
    rule = lexicon()["frames"]["rated_projection"]
    text = sentence.text
    m = lexicon_last(rule["lead"], text[:rel])
    if m is None or not lexicon_match(rule["rate_after"], text[m.end():rel]):
        return False
    if any(w in text[:m.start()] for w in rule["year_words"]):
        return False
    past = lexicon()["frames"]["modal_clause"]["past_words"]  # the one list of past words (已, 了, 曾, 去年…)
    return not any(w in text[m.end():rel] for w in past + rule["year_words"])


def challenge_goal(sentence: Span, rel: int) -> bool:
    """Rule ``challenge_goal`` (lexicon ``frames.challenge_goal``): a clause opened by 挑战 + a
    verb right before the quantity names a goal: a target with no year.

    >>> def rule(t, n):
    ...     return challenge_goal(Span(0, len(t), t), t.index(n))
    >>> [rule("这台设备下一步将挑战掘进12千米。", "12"), rule("挑战年产百万吨，工厂加紧备料。", "百万"),
    ...  rule("企业应对三大挑战，投资30亿元。", "30"), rule("此前纪录为10千米。", "10")]
    [True, True, False, False]
    """
    text = sentence.text
    lo = max(text.rfind(c, 0, rel) for c in "，,。；;：:")
    return bool(lexicon_search(lexicon()["frames"]["challenge_goal"]["pattern"], "，" + text[lo + 1:rel]))


def projected_target(sentence: Span, rel: int, comparator: str) -> str:
    """The rule that makes a figure decided a statistic a target with no year after all, '' if
    none: ``rated_projection``, ``challenge_goal`` or ``pledged_bound`` (deadlines.py). Applied
    to the decision of every figure (figures/final_decision.py), as year_scope is to its period.

    >>> t = "2024年5月，车企公开承诺“账期不超过60天”，工厂预计年产值可达9亿元。"
    >>> [projected_target(Span(0, len(t), t), t.index(n), c) for n, c in (("60", "<="), ("9亿", "="), ("2024", "="))]
    ['pledged_bound', 'rated_projection', '']
    """
    if rated_projection(sentence, rel):
        return "rated_projection"
    if challenge_goal(sentence, rel):
        return "challenge_goal"
    return "pledged_bound" if pledged_bound(sentence, rel, comparator) else ""
