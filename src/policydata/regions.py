"""Stage 3c: region mentions coded to GB/T 2260, functional regions, scope.

(First version; issue #6 adds the gazetteer and recognition rules.)
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    region_id: str
    name_zh: str
    name_en: str
    level: str  # country, province, prefecture, county, functional
    parent_id: str = ""


@dataclass(frozen=True)
class RegionMention:
    start: int
    end: int
    text: str
    region_id: str


COUNTRY = Region("CN", "中国", "China", "country", "")


def find_regions(text: str, *, home_region: str = "CN") -> list[RegionMention]:
    """Region mentions in ``text``; ``home_region`` resolves 我省/本市 style deixis."""
    return []


def get_region(region_id: str) -> Region:
    if region_id == "CN":
        return COUNTRY
    raise KeyError(region_id)


def document_region(text: str, mentions: list[RegionMention], *, issuer: str = "") -> str:
    """The region a document is about: its issuer's, or the dominant mention, else CN."""
    return "CN"
