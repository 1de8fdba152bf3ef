"""What a document is about, and choosing among divisions that share a name.

The context is built in one pass before recognition: the home region (given, or a clearly
dominant province), the provinces and prefectures the text names unambiguously, and the focus
prefectures whose districts may appear by short name. A short name shared by a division and its
own child names the larger one (新乡 → 新乡市).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .gazetteer import LEVEL_RANK, NameEntry, Region, RegionMention, ancestors, get_region, load_gazetteer, recognition_rules
from .matching import blocked_by_word, matches_at, next_name_start


@dataclass
class PlaceContext:
    """The regions a document is about: home, context provinces and prefectures, mention counts."""

    home: str
    provinces: set[str]
    prefectures: set[str]
    counts: dict[str, int]
    #: prefectures the text is about: the home region's, or named min_mentions times (recognition.json home_area)
    focus: set[str] = field(default_factory=set)
    #: municipalities named at all (北京 in a dateline): their districts are in view as a named
    #: prefecture's counties are, but a municipality does not outweigh a province that shares a
    #: name with one of its districts (河北 is Hebei, not Tianjin's 河北区)
    municipalities: set[str] = field(default_factory=set)


def build_place_context(text: str, home_region: str) -> PlaceContext:
    """Provinces and prefectures the document is clearly about (home + strong mentions)."""
    regions = load_gazetteer().regions
    counts = _name_counts(text)
    # a province counts as context after 3 mentions (its counties then need no suffix)
    provinces = {c for c, n in counts.items() if n >= 3 and c in regions and regions[c].level == "province"}
    prefectures = {c for c in counts if c in regions and regions[c].level == "prefecture"}
    home = home_region if home_region in regions else "CN"
    if home != "CN":
        for code in [home, *ancestors(home)]:
            level = get_region(code).level
            if level == "province":
                provinces.add(code)
            elif level == "prefecture":
                prefectures.add(code)
    elif counts:
        # no home given: a clearly dominant province stands in for it (我省 in a Shandong article)
        ranked = sorted(provinces, key=lambda c: (-counts[c], c))
        if ranked and (len(ranked) == 1 or counts[ranked[0]] > counts[ranked[1]]):
            home = ranked[0]
    focus = _focus_prefectures(home, counts)
    municipalities = {c for c in counts if c in regions and _municipality(regions[c])}
    return PlaceContext(home, provinces, prefectures, counts, focus, municipalities)


@lru_cache(maxsize=4)  # a document's scans (home unknown, then known) count its names once
def _name_counts(text: str) -> dict[str, int]:
    """How often the text names each division unambiguously, the division's ancestors included.

    Why a function of the text alone: the count does not depend on the home region, and
    find_regions runs twice on a document (to find its home, then with it). Callers only read
    the dict (it is shared).
    """
    regions = load_gazetteer().regions
    counts: dict[str, int] = {}
    i = next_name_start(text, 0)
    while i < len(text):
        step = 1
        for match in matches_at(text, i):
            strong = [e for e in match.entries if not e.weak and e.how in ("full", "short")]
            if strong and not blocked_by_word(text, match.start, match.end):
                ranks = sorted((LEVEL_RANK[regions[e.region_id].level], e.region_id) for e in strong)
                # only unambiguous names count (宝山区 exists in Shanghai and Shuangyashan)
                if len(ranks) == 1 or ranks[0][0] < ranks[1][0]:
                    for code in [ranks[0][1], *ancestors(ranks[0][1])]:
                        counts[code] = counts.get(code, 0) + 1
                step = match.end - match.start
                break
            if any(e.how == "functional" for e in match.entries):
                step = match.end - match.start
                break
        i = next_name_start(text, i + step)
    return counts


def _municipality(region: Region) -> bool:
    """A province-level city (北京市, 重庆市): its districts hang right below it."""
    return region.level == "province" and region.name_zh.endswith("市")


def _focus_prefectures(home: str, counts: dict[str, int]) -> set[str]:
    """The home region's prefecture plus every prefecture named at least min_mentions times.

    Municipalities count as prefectures here (their districts hang on the province code).
    """
    regions = load_gazetteer().regions
    threshold = recognition_rules()["home_area"]["min_mentions"]

    def city_like(code: str) -> bool:
        region = regions.get(code)
        return region is not None and (region.level == "prefecture" or _municipality(region))

    focus = {c for c, n in counts.items() if n >= threshold and city_like(c)}
    if home != "CN":
        focus.update(c for c in [home, *ancestors(home)] if city_like(c))
    return focus


def in_focus(region_id: str, ctx: PlaceContext) -> bool:
    """A county-level division of a focus prefecture (龙华区 in a Shenzhen text)."""
    region = load_gazetteer().regions.get(region_id)
    return region is not None and region.level == "county" and region.parent_id in ctx.focus


def resolve_deixis(kind: str, ctx: PlaceContext) -> str:
    """The region a deixis word of this kind points to (我省 → the home province), or ''."""
    if kind == "country":
        return "CN"
    home = ctx.home
    if home == "CN":
        return ""
    chain = [home, *ancestors(home)]
    if kind == "province":
        return next((c for c in chain if get_region(c).level == "province"), "")
    if kind == "city":
        prefecture = next((c for c in chain if get_region(c).level == "prefecture"), "")
        if prefecture:
            return prefecture
        province = next((c for c in chain if get_region(c).level == "province"), "")
        return province if province and get_region(province).name_zh.endswith("市") else ""
    if kind == "home_district":
        return home if get_region(home).name_zh.endswith("区") else ""
    if kind == "home_county":
        return home if get_region(home).name_zh.endswith("县") else ""
    return ""


def in_context(region_id: str, ctx: PlaceContext) -> bool:
    """An ancestor of the region is a context province, prefecture or named municipality."""
    return any(c in ctx.provinces or c in ctx.prefectures or c in ctx.municipalities for c in ancestors(region_id))


def choose_entry(entries: list[NameEntry], ctx: PlaceContext, previous: RegionMention | None,
                 match_start: int = -1) -> NameEntry:
    """Disambiguate a surface naming several divisions (通州: Beijing or Nantong)."""
    entries = _prefer_enclosing(entries, ctx, previous, match_start)

    def score(entry: NameEntry) -> tuple:
        region = load_gazetteer().regions[entry.region_id]
        chain = [entry.region_id, *ancestors(entry.region_id)]
        near = 1 if previous is not None and previous.region_id in chain[1:] else 0
        home = 1 if ctx.home != "CN" and ctx.home in chain else 0
        context = sum(1 for c in chain[1:] if c in ctx.provinces or c in ctx.prefectures)
        # ancestors named elsewhere in the document (宝山区 next to 浦东新区 → Shanghai's)
        nearby = sum(ctx.counts.get(c, 0) for c in chain[1:] if c != "CN")
        return (-near, -home, -context, entry.weak, LEVEL_RANK[region.level], -nearby, entry.region_id)

    return min(entries, key=score)


def _prefer_enclosing(entries: list[NameEntry], ctx: PlaceContext, previous: RegionMention | None,
                      match_start: int = -1) -> list[NameEntry]:
    """A name shared by a division and one of its own children names the larger one.

    新乡 is 新乡市 (the prefecture), not its 新乡县; 阿坝 is the prefecture, not 阿坝县 — unless
    the county is the home region or its parent was named just before (新乡市新乡县 is matched
    by the full name anyway).

    >>> from policydata.recognize.regions import find_regions
    >>> [m.region_id for m in find_regions("加快郑州、新乡试点城市建设")]
    ['410100', '410700']
    """
    ids = {e.region_id for e in entries}
    kept = []
    for entry in entries:
        enclosing = [a for a in ancestors(entry.region_id) if a in ids]
        # the parent named right before (新乡市新乡县), not anywhere earlier (吉林省…吉林日报 is the province)
        county_context = ctx.home == entry.region_id or (previous is not None and previous.region_id in enclosing
                                                         and previous.end == match_start)
        if not enclosing or county_context:
            kept.append(entry)
    return kept or entries


def prefecture_in_context(region_id: str, ctx: PlaceContext, *, municipalities: bool = True) -> bool:
    """The region's parent is a context or focus prefecture, or (unless ``municipalities`` is
    false) a named municipality."""
    region = load_gazetteer().regions.get(region_id)
    return region is not None and (region.parent_id in ctx.prefectures or region.parent_id in ctx.focus
                                   or municipalities and region.parent_id in ctx.municipalities)
