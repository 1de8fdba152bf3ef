"""The rows figure extraction returns (statistics, targets) and its rule tables (``lexicons/figures.json``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import compiled


@dataclass
class StatisticFinding:
    start: int  # quote span in article text
    end: int
    indicator: str
    kind: str  # level, growth, share, count, rank, ratio
    value: float
    unit: str
    qualifier: str
    period: str
    region_id: str
    value_raw: str
    direction: str = ""  # up / down for a change (kind growth), else ''
    why: str = ""  # the rules that decided role, period and direction (debug output)
    #: the named rules that made the figure a statistic and gave its period, space-separated
    #: (published as statistics.decided_by): the role rule, the period rule, any rule that moved it
    decided_by: str = ""


@dataclass
class TargetFinding:
    start: int
    end: int
    indicator: str
    comparator: str
    value: float | None
    unit: str
    target_year: int | None
    region_id: str
    value_raw: str
    value_max: float | None = None
    scope: str = ""
    base_year: int | None = None
    direction: str = ""  # up / down for a goal of change (增长5%, 降低13.5%), else ''
    why: str = ""
    #: the named rules that made the figure a target and gave its year (published as targets.decided_by)
    decided_by: str = ""


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The rule tables of ``lexicons/figures.json``, their patterns compiled once by the loader
    (:func:`policydata.lexicon.compiled`): a rule of this stage compiles no lexicon string itself."""
    return compiled("figures.json")


@lru_cache(maxsize=1)
def time_rules() -> dict:
    """``lexicons/time.json`` with its patterns compiled by the loader, for the rules of this stage
    that match them (word lists read the same as ``timeexpr.time_lexicon``)."""
    return compiled("time.json")


@lru_cache(maxsize=None)
def parameter_noun_after(ceiling: bool = False) -> re.Pattern:
    """The one list of parameter nouns (figures.json ``frames.policy_parameter.parameter_nouns``)
    after a figure, compiled once: rule policy_parameter's parameter_noun (the lead ``noun_lead``,
    then any parameter noun) or, with ``ceiling``, rule cap_noun (``comparator_rules.cap_noun_lead``,
    then a noun naming a ceiling). A noun that a listed character follows is another word
    (``parameter_noun_not_before``: 标准化).

    >>> [bool(parameter_noun_after().match(t)) for t in ("元的标准发放", "元标准化", "个月期限", "万元")]
    [True, False, True, False]
    >>> [bool(parameter_noun_after(ceiling=True).match(t)) for t in ("元额度", "天账期", "个月期限", "元的标准")]
    [True, True, False, False]
    """
    rule = lexicon()["frames"]["policy_parameter"]
    lead = lexicon()["comparator_rules"]["cap_noun_lead"] if ceiling else rule["noun_lead"]
    words = [w for w, sets in rule["parameter_nouns"].items() if not ceiling or sets == "ceiling"]
    not_before = rule["parameter_noun_not_before"]
    nouns = "|".join(re.escape(w) + (f"(?![{''.join(not_before[w])}])" if w in not_before else "") for w in words)
    return re.compile(f"{lead.pattern}(?:{nouns})")
