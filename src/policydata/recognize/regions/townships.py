"""Below the county: townships and villages, found in a second pass over text no mention covers.

Townships in county context (奋斗镇 in a Hailar text, 遂昌县金竹镇, 南京禄口) get their 9-digit
code, level ``township`` and the county as parent; villages (团结村) only in a county's own text
or right after their township, with slug ids and level ``village`` (see recognition.json
townships and villages). Candidates come from suffix characters, place mentions and the
context counties, never from a scan of the table per position.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .place_context import PlaceContext
from .gazetteer import (CJK, NameEntry, Region, RegionMention, load_gazetteer, load_townships, pinyin,
                        recognition_rules, register_generated, slugify)
from .matching import NameMatch, compiled, covered_chars, overlaps_mention, preceded_by


def _context_codes(mentions: list[RegionMention], ctx: PlaceContext) -> tuple[set[str], set[str]]:
    """(counties, prefectures) the text is about: mentioned, home, focus."""
    counties, prefectures = set(), set(ctx.prefectures) | set(ctx.focus)
    for rid in [ctx.home, *(m.region_id for m in mentions)]:
        region = load_gazetteer().regions.get(rid)
        if region is None:
            continue
        if region.level == "county":
            counties.add(rid)
            prefectures.add(region.parent_id)
        elif region.level == "prefecture" or region.level == "province" and region.name_zh.endswith("市"):
            prefectures.add(rid)
    return counties, prefectures


def township_mentions(text: str, mentions: list[RegionMention], ctx: PlaceContext,
                      rejected: list[tuple[NameMatch, NameEntry]] = ()) -> list[RegionMention]:
    """奋斗镇, 遂昌县金竹镇, 南京禄口: townships in county context (recognition.json townships).

    >>> from policydata.recognize.regions import find_regions
    >>> [(m.text, m.region_id) for m in find_regions("加快奋斗镇田园综合体建设", home_region="150702")]
    [('奋斗镇', '150702101')]
    >>> [(m.text, m.region_id) for m in find_regions("浙江省遂昌县金竹镇")][-1]
    ('金竹镇', '331123104')
    >>> find_regions("加快奋斗镇建设")  # two towns of that name, no county context
    []
    """
    rules = recognition_rules()["townships"]
    data = load_townships()
    counties, prefectures = _context_codes(mentions, ctx)
    regions = load_gazetteer().regions
    by_end = {m.end: m for m in mentions if m.region_id in regions}
    taken = covered_chars(text, mentions)
    # weak county names the scan left out (桐乡乌镇): a township of their own right after vouches for them
    vouched: dict[int, RegionMention] = {}
    for match, entry in rejected:
        region = regions.get(entry.region_id)
        if region is not None and region.level == "county" and match.end not in by_end and \
                not any(taken[match.start:match.end]):
            vouched.setdefault(match.end, RegionMention(match.start, match.end, match.surface, entry.region_id, "short"))

    def prefecture(code: str) -> str:
        county = regions.get(data.county(code))
        return county.parent_id if county is not None else ""

    # candidate spans, found without a scan of the whole table per position: full names end in
    # a township suffix character; short names follow a place mention or belong to a context county
    candidates: set[tuple[int, int]] = set()
    for hit in compiled(f"[{re.escape(data.finals)}]").finditer(text):
        for length in data.full_lengths:
            start = hit.end() - length
            if start >= 0 and text[start:hit.end()] in data.index:
                candidates.add((start, length))
    for i in [*by_end, *vouched]:
        for length in data.lengths.get(text[i], ()) if i < len(text) else ():
            if text[i:i + length] in data.index:
                candidates.add((i, length))
    local = _local_names(frozenset(counties), frozenset(prefectures))
    if local:
        candidates.update(_leftmost_longest(text, local))

    out: list[RegionMention] = []
    end = 0
    for i, length in sorted(candidates, key=lambda c: (c[0], -c[1])):
        if i < end or any(taken[i:i + length]):
            continue
        surface = text[i:i + length]
        entries = [(c, data.rows[c][0] == surface) for c in data.index[surface]]
        before = by_end.get(i)
        right_after = [c for c, _ in entries if before is not None and
                       before.region_id in (data.county(c), prefecture(c))]
        county_vouched = vouched.get(i)
        if not right_after and county_vouched is not None:
            right_after = [c for c, _ in entries if data.county(c) == county_vouched.region_id]
            if len(right_after) == 1:
                out.append(county_vouched)
        in_county = [c for c, _ in entries if data.county(c) in counties]
        in_prefecture = [c for c, _ in entries if prefecture(c) in prefectures]
        full = all(is_full for _, is_full in entries)
        code = ""
        if len(right_after) == 1:
            code = right_after[0]
        elif full and len(in_county) == 1:
            code = in_county[0]
        elif full and not in_county and len(in_prefecture) == 1:
            code = in_prefecture[0]
        elif full and len(entries) == 1 and length >= rules["min_unique_chars"]:
            code = entries[0][0]
        elif not full and not in_county and length >= rules["min_short_chars_prefecture"] and \
                len(in_prefecture) == 1:
            code = in_prefecture[0]
        elif not full and len(in_county) == 1 and (length >= rules["min_short_chars"] or any(
                is_full for _, is_full in entries)):
            code = in_county[0]  # 乌镇 in a Tongxiang text: 乌镇镇 (乌镇 is a township name itself)
        if code:
            out.append(RegionMention(i, i + length, surface, code, "township"))
            end = i + length
    return out


@lru_cache(maxsize=64)
def _local_names(counties: frozenset[str], prefectures: frozenset[str]) -> tuple[str, ...]:
    """The township names of the context counties (and of every county of the context
    prefectures) that the index holds, short names included; made once per context."""
    data = load_townships()
    return tuple(sorted({data.rows[c][1] for county in _context_counties(counties, prefectures)
                         for c in data.by_county.get(county, ()) if data.rows[c][1] in data.index}))


def _leftmost_longest(text: str, names) -> list[tuple[int, int]]:
    """(start, length) of the non-overlapping names found left to right, the longest at each start.

    The same hits as a regex alternation of ``names`` (longest first) would give, without
    compiling one: a context holds a different set of thousands of names per document, and
    compiling them cost more than the scan. Only positions whose character begins a name are tried.
    """
    if not names:
        return []
    wanted, lengths, starts = _name_scan(tuple(names))
    out = []
    hit = starts.search(text)
    while hit:
        i = hit.start()
        length = next((n for n in lengths if i + n <= len(text) and text[i:i + n] in wanted), 0)
        if length:
            out.append((i, length))
        hit = starts.search(text, i + (length or 1))
    return out


@lru_cache(maxsize=64)
def _name_scan(names: tuple[str, ...]) -> tuple[frozenset[str], tuple[int, ...], re.Pattern]:
    """The names as a set, their lengths longest first, and a pattern of their first characters."""
    wanted = frozenset(names)
    first = "".join(re.escape(c) for c in sorted({n[0] for n in wanted}))
    return wanted, tuple(sorted({len(n) for n in wanted}, reverse=True)), re.compile(f"[{first}]")


def _context_counties(counties: set[str], prefectures: set[str]) -> set[str]:
    """The context counties plus every county of a context prefecture."""
    by_prefecture = _counties_by_prefecture()
    return set(counties).union(*(by_prefecture.get(p, ()) for p in prefectures))


@lru_cache(maxsize=1)
def _counties_by_prefecture() -> dict[str, frozenset[str]]:
    """prefecture code -> its counties, built once instead of scanning the gazetteer per text."""
    out: dict[str, set[str]] = {}
    for region in load_gazetteer().regions.values():
        if region.level == "county" and region.parent_id:
            out.setdefault(region.parent_id, set()).add(region.region_id)
    return {p: frozenset(c) for p, c in out.items()}


def village_mentions(text: str, mentions: list[RegionMention], ctx: PlaceContext) -> list[RegionMention]:
    """团结村 in a county's own text, or right after its township (recognition.json villages).

    >>> from policydata.recognize.regions import find_regions
    >>> [(m.text, m.region_id) for m in find_regions("推进团结村肉牛养殖等项目建设", home_region="150702")]
    [('团结村', 'tuanjie-village-150702')]
    >>> find_regions("推进贫困村、示范村建设", home_region="150702")
    []
    """
    rules = recognition_rules()["villages"]
    not_stems, bad_final = set(rules["not_stems"]), set(rules["bad_final_chars"])
    home = load_gazetteer().regions.get(ctx.home)
    home_county = ctx.home if home is not None and home.level == "county" else ""
    towns = {m.end: m for m in mentions if m.how == "township"}
    out = []
    for suffix in rules["suffixes"]:
        for hit in compiled(re.escape(suffix)).finditer(text):
            start, end = hit.start() - 2, hit.end()
            stem = text[start:hit.start()]
            if start < 0 or len(stem) != 2 or not all(CJK.match(c) for c in stem) or stem in not_stems \
                    or stem[-1] in bad_final or overlaps_mention(mentions + out, start, end):
                continue
            if end < len(text) and text[end] in "民委干镇级":
                continue  # 村民, 村委, 村干部: the village as an institution or a word
            town = towns.get(start)
            boundary = start == 0 or not CJK.match(text[start - 1]) or preceded_by(text, start, rules["after"])
            parent = town.region_id if town is not None else home_county if boundary else ""
            if not parent:
                continue
            english = pinyin(stem)
            region = register_generated(Region(f"{slugify(english)}-village-{parent}", stem + suffix,
                                               f"{english} Village", "village", parent))
            out.append(RegionMention(start, end, stem + suffix, region.region_id, "village"))
    return out
