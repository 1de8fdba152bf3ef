"""Stage 4a: classify quantities into statistics (past figures) and targets (goals).

(First version; issue #4 deepens it.)
"""
from __future__ import annotations

from dataclasses import dataclass

from .document import Article
from .layout import split_sentences
from .quantities import find_quantities
from .regions import RegionMention


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


def extract_figures(article: Article, *, report_year: int | None, region_id: str,
                    region_mentions: list[RegionMention]) -> tuple[list[StatisticFinding], list[TargetFinding]]:
    stats: list[StatisticFinding] = []
    targets: list[TargetFinding] = []
    for sent in split_sentences(article.text):
        for q in find_quantities(sent.text):
            s, e = sent.start, sent.end
            if "到20" in sent.text or "目标" in sent.text:
                targets.append(TargetFinding(s, e, "", q.comparator, q.value, q.unit, report_year,
                                             region_id, q.text, q.value_max))
            else:
                kind = "growth" if q.unit == "%" else "count"
                stats.append(StatisticFinding(s, e, "", kind, q.value, q.unit, q.qualifier,
                                              str(report_year or ""), region_id, q.text))
    return stats, targets
