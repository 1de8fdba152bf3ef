"""Statistic or target for a figure of a news report that tells what would result (rule
``conditional_yield``, lexicon ``frames.conditional_yield``): the yield of a firm, a project or a
policy under a condition its sentence sets is a projection, a target with no year."""
from __future__ import annotations

import re

from ...document import Span
from ...text.regex_starts import lexicon_search
from ...text.segment import clause_bounds
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
