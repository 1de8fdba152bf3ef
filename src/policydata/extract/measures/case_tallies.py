"""Rule case_tally_breakdown: an enforcement tally and its breakdowns are one measure.

A report of enforcement counts the cases handled (全国共查处某类问题N起), then breaks the same work
down: the month's and the year's totals, by type (查处问题N起，占…), by level (查处省级干部问题N起…).
The first tally is the measure (work done, like 化解债务N亿元 in a review); a later clause of the
article that tallies cases (``case_count_patterns``) under the same action verb restates it: no
measure of its own. Tallies of other verbs (受理 after 查处) are other actions.
"""
from __future__ import annotations

from .rules import _any, load_verbs


def counts_cases(quote: str) -> bool:
    """The clause counts cases handled (N起, N件, N宗).

    >>> [counts_cases(q) for q in ("共查处某类问题120起", "受理投诉3.5万件", "查处某类问题", "建成基站120个")]
    [True, True, False, False]
    """
    return _any(load_verbs()["case_count_patterns"], quote)


def drop_case_breakdowns(found: list, text: str, tallied: set[str]) -> list:
    """``found`` without the drafts that tally cases under an action ``tallied`` already holds (the
    actions of earlier case tallies of the article, updated here).

    >>> class D:
    ...     def __init__(self, s, e, a): self.start, self.end, self.action = s, e, a
    >>> t = "全国共查处某类问题120起。其中查处某类问题80起，受理投诉30件。"
    >>> seen = set()
    >>> [t[d.start:d.end] for d in drop_case_breakdowns([D(0, 13, "查处")], t, seen)]
    ['全国共查处某类问题120起']
    >>> [t[d.start:d.end] for d in drop_case_breakdowns([D(16, 25, "查处"), D(26, 33, "受理")], t, seen)]
    ['受理投诉30件']
    """
    kept = []
    for d in found:
        if d.action and counts_cases(text[d.start:d.end]):
            if d.action in tallied:
                continue
            tallied.add(d.action)
        kept.append(d)
    return kept
