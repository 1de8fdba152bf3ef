"""The rows figure extraction returns (statistics, targets) and its rule tables (``lexicons/figures.json``)."""
from __future__ import annotations

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
