"""Finding regions in text: the public entry points.

find_regions runs the name scan (scan.py) and then the rule passes that build on its mentions
(composites.py, townships.py); region_for_actor and document_region decide what a document is
about (its scope).

    >>> [m.region_id for m in find_regions("济南、青岛两个都市圈")]
    ['370100', 'jinan-metropolitan-area', '370200', 'qingdao-metropolitan-area']
    >>> [m.region_id for m in find_regions("我省将加快发展", home_region="370100")]
    ['370000']
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...document import Article, body_text

from .composites import (_abbreviation_chars, _province_abbreviations, basin_mentions, composite_mentions, compound_mentions, embedded_place_mentions,
                         locality_mentions, member_compound_mentions, province_abbreviation_mentions, zone_mentions)
from .place_context import PlaceContext, build_place_context
from .gazetteer import (LEVEL_RANK, Region, RegionMention, ancestors, get_region,
                        load_gazetteer, load_townships, recognition_rules, register_generated, rule_made)
from .matching import matches_at, name_at
from .listed_names import coordinated_mentions, home_area_list_items
from .scan import scan_names
from .townships import township_mentions
from .villages import village_mentions


def find_regions(text: str, *, home_region: str = "CN") -> list[RegionMention]:
    """Region mentions in ``text``, sorted by position; ``home_region`` resolves 我省/本市 deixis.

    Parameters
    ----------
    text : str
        Plain text, a whole document or a clause window. Empty text has no mentions.
    home_region : str
        Id of the region the document is about (from :func:`document_region`); ``"CN"`` when
        unknown. Deixis (我省, 本市, 全区) resolves against it, and its prefecture's districts and
        townships may then be named by short name.

    Returns
    -------
    list of RegionMention
        Sorted by start, end and region id; one per (span, region). A span can carry several
        regions (港澳台 → three; 济南都市圈 → the city and the metropolitan area on overlapping
        spans). Generated functional regions in the result resolve with :func:`get_region`.

    >>> [(m.text, m.region_id) for m in find_regions("加强与郑州都市圈合作")]
    [('郑州', '410100'), ('郑州都市圈', 'zhengzhou-metropolitan-area')]
    """
    if not text:
        return []
    # The home the context settles on (given, or a dominant province standing in for it) makes
    # the same context again, so the answer is kept by text and that home: the pipeline asks
    # twice per document (home unknown, then the home found) and the two often agree.
    mentions, made = _mentions_at_home(text, build_place_context(text, home_region or "CN").home)
    for region in made:  # as a fresh scan would: the process may have a fresh registry (a worker)
        register_generated(region)
    return list(mentions)


@lru_cache(maxsize=4)  # few: texts can be long
def _mentions_at_home(text: str, home: str) -> tuple[tuple[RegionMention, ...], tuple[Region, ...]]:
    """The mentions, and the rule-made regions they (or their ancestors) are."""
    mentions = tuple(_scan_all(text, build_place_context(text, home)))
    ids = dict.fromkeys(rid for m in mentions for rid in (m.region_id, *ancestors(m.region_id)))
    return mentions, tuple(r for r in map(rule_made, ids) if r is not None)


def _scan_all(text: str, ctx: PlaceContext) -> list[RegionMention]:
    """The name scan and every rule pass after it, sorted by position (see find_regions)."""
    mentions, rejected = scan_names(text, ctx)
    while True:  # 雄县、容城、安新: each accepted neighbour can vouch for the next
        added = coordinated_mentions(text, mentions, rejected)
        if not added:
            break
        mentions += added
    mentions += home_area_list_items(text, mentions, rejected, ctx)
    mentions.sort(key=lambda m: (m.start, -m.end))
    mentions += composite_mentions(text, mentions)
    mentions += compound_mentions(text, mentions)
    mentions += zone_mentions(text, mentions, ctx)
    mentions += locality_mentions(text, mentions)
    mentions += basin_mentions(text, mentions)
    mentions += embedded_place_mentions(text, mentions, ctx)
    mentions += member_compound_mentions(text, mentions)
    mentions += province_abbreviation_mentions(text, mentions)
    mentions += township_mentions(text, mentions, ctx, rejected)
    mentions += village_mentions(text, mentions, ctx)
    unique = {(m.start, m.end, m.region_id): m for m in mentions}
    return sorted(unique.values(), key=lambda m: (m.start, m.end, m.region_id))


def dateline_places(byline: str, *, home_region: str = "CN", skip_in: str = "") -> list[RegionMention]:
    """The places named by the datelines in ``byline`` (recognition.json datelines), offsets into ``byline``.

    A page's layout may keep a story's dateline (本报某地3月5日电) apart from its text, as the
    article's byline; the place it is filed from is still a place the article names. Only the
    stretch between the outlet and the date is read, never the reporters' names after it. A
    dateline that ``skip_in`` (the article text) holds word for word is left out: the text's own
    scan names it already.

    >>> [(m.text, m.region_id) for m in dateline_places("本报兰州3月5日电  （记者王某）")]
    [('兰州', '620100')]
    >>> [m.text for m in dateline_places("（记者李某）；新华社拉萨1月8日电")]
    ['拉萨']
    >>> dateline_places("本报记者  张某  摄"), dateline_places("本报讯")
    ([], [])
    """
    out: list[RegionMention] = []
    for hit in _dateline_pattern().finditer(byline or ""):
        if skip_in and hit.group() in skip_in:
            continue
        start = hit.start("place")
        out += [replace(m, start=m.start + start, end=m.end + start)
                for m in find_regions(hit.group("place"), home_region=home_region)]
    return out


@lru_cache(maxsize=1)
def _dateline_pattern() -> re.Pattern:
    """An outlet, the place (a short run of CJK), the date and 电/讯 (recognition.json datelines)."""
    rules = recognition_rules()["datelines"]
    outlets = "|".join(map(re.escape, sorted(rules["outlets"], key=len, reverse=True)))
    return re.compile(f"(?:{outlets})(?P<place>[\u4e00-\u9fff]{{1,{rules['max_place_chars']}}}?){rules['date']}")


def division_can_start(text: str, i: int) -> bool:
    """False when no mention of a division (a GB/T 2260 code) that find_regions makes can start at ``i``.

    Such a mention starts with a gazetteer name (full, short or deixis: the name scan, lists and
    embedded places), a member compound (港澳台) or a province abbreviation; the other rules
    make functional, township or village ids (composites of abbreviations, 成渝, are functional).
    At the start of a window nothing precedes the abbreviation, so it can only be glued to the
    next character (沪企, recognition.json province_abbreviations): 深化 or 大力 open no
    division. Why: callers asking about a clause opening (贵州提出…) skip the whole
    find_regions on windows that open with no such name, nine in ten of them. A test on
    ``text`` holds for any window ``text[i:j]`` too.

    >>> division_can_start("贵州提出", 0), division_can_start("提出", 0)
    (True, False)
    """
    if i < 0:
        return True  # not a position: cannot tell
    if i >= len(text):
        return False
    if text[i] in _member_compound_first_chars() or name_at(text, i):
        return True
    return text[i] in _province_abbreviations() and \
        text[i + 1:i + 2] in recognition_rules()["province_abbreviations"]["glued"]


def mention_can_start(text: str, i: int) -> bool:
    """False when no mention at all that find_regions makes can start at ``i`` (see division_can_start).

    Besides divisions: composites start with an abbreviation, basins with a river, compounds and
    zones named after a place with that place's name, townships with a township name; a zone or
    village named by a two-character local name (天竺综保区, 团结村) has its suffix two characters on,
    a village stem of two or three characters its suffix or 等 + suffix (石门坎村, 桃园等村). (An item
    joined to a village further on, 青石和柳湾村, 桃园、杏林等村 or 桃园等2个村, is not foreseen: it
    names only a village, never a division.)

    >>> mention_can_start("天竺综保区", 0), mention_can_start("提出建设", 0)
    (True, False)
    """
    if division_can_start(text, i):
        return True
    if i >= len(text):
        return False
    run_chars, abbreviations, rivers, local_suffixes, village_ends, stem_lengths = _mention_openings()
    run = text[i:i + run_chars]
    if len(run) == run_chars and abbreviations.issuperset(run):  # a composite of abbreviations (福厦泉, 成渝)
        return True
    if text[i] in rivers:
        return True
    townships = load_townships()
    lengths = townships.lengths.get(text[i])
    if lengths and any(text[i:i + n] in townships.index for n in lengths):
        return True
    if text.startswith(local_suffixes, i + 2):
        return True
    # a village stem of three characters (石门坎村), or one listed before 等村 (桃园等村)
    return any(text.startswith(village_ends, i + n) for n in stem_lengths)


@lru_cache(maxsize=1)
def _mention_openings() -> tuple[int, frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...], tuple[int, ...]]:
    """What :func:`mention_can_start` tests beyond a division, read once: the length of the shortest
    composite of abbreviations (成渝, not 成立) and their characters, the rivers'
    first characters, the zone and village suffixes after a two-character local name, the ends of
    a village or community stem (a suffix, or 等 + suffix) and the stem lengths before them.

    Why: it runs for every clause opening the measures read; looking the rules up per call cost
    more than the tests."""
    villages = recognition_rules()["villages"]
    return (recognition_rules()["composites"]["min_chars"], _abbreviation_chars(), _river_first_chars(),
            _local_name_suffixes(), tuple(villages["suffixes"]) + tuple(villages["communities"]["suffixes"]) + _shared_village_ends(),
            tuple(villages["boundary_stem_lengths"]))


def division_can_end(text: str, j: int) -> bool:
    """False when no mention of a division that find_regions makes on ``text[i:j]`` can end at ``j``.

    The mirror of division_can_start for a window ending at ``j`` (the place before 政府, 山东省
    人民政府): such a mention is a gazetteer name, a member compound or a province abbreviation
    (在沪) ending there. Why: place_before asks about every actor's opening and most have no
    place before them. A test on ``text`` holds for any window ``text[i:j]`` too.

    >>> division_can_end("支持贵州", 4), division_can_end("支持推进", 4), division_can_end("在沪", 2)
    (True, False, True)
    """
    if j > len(text) or j < 0:
        return True  # not a position: cannot tell
    if j == 0:
        return False
    if text[j - 1] in _province_abbreviations():
        return True
    index, compounds = load_gazetteer().index, _member_compounds()
    return any(j >= n and text[j - n:j] in index for n in _name_lengths_by_last_char().get(text[j - 1], ())) \
        or any(text.endswith(c, 0, j) for c in compounds)


@lru_cache(maxsize=1)
def _name_lengths_by_last_char() -> dict[str, tuple[int, ...]]:
    """last character -> lengths of the gazetteer names ending in it."""
    out: dict[str, set[int]] = {}
    for surface in load_gazetteer().index:
        if surface:
            out.setdefault(surface[-1], set()).add(len(surface))
    return {c: tuple(sorted(ns)) for c, ns in out.items()}


@lru_cache(maxsize=1)
def _member_compounds() -> tuple[str, ...]:
    return tuple(k for k in recognition_rules()["member_compounds"] if not k.startswith("_") and k)


@lru_cache(maxsize=1)
def _shared_village_ends() -> tuple[str, ...]:
    """等村, 等嘎查: the end of a list of village stems sharing the suffix."""
    return tuple("等" + s for s in recognition_rules()["villages"]["suffixes"])


@lru_cache(maxsize=1)
def _member_compound_first_chars() -> frozenset[str]:
    """First characters of the member compounds (港澳台)."""
    return frozenset(k[0] for k in _member_compounds())


@lru_cache(maxsize=1)
def _river_first_chars() -> frozenset[str]:
    return frozenset(r[0] for r in load_gazetteer().rivers if r)


@lru_cache(maxsize=1)
def _local_name_suffixes() -> tuple[str, ...]:
    """Zone and village suffixes (a two-character local name comes before them)."""
    rules = recognition_rules()
    zones = [k for k in rules["zone_suffixes"] if not k.startswith("_")]
    villages = rules["villages"]
    return tuple(s for s in zones + list(villages["suffixes"]) + list(villages["communities"]["suffixes"]) if s)


# ---------------------------------------------------------------------------------------------
# Scope


def region_for_actor(name: str) -> str:
    """The region an organ belongs to, or ''.

    >>> region_for_actor("山东省发展和改革委员会"), region_for_actor("济南市人民政府")
    ('370000', '370100')
    >>> region_for_actor("工业和信息化部"), region_for_actor("某某公司"), region_for_actor("新华社")
    ('CN', '', 'CN')
    """
    rules = recognition_rules()["actors"]
    name = (name or "").strip()
    if name.startswith(tuple(rules["national_media"])):  # 新华社 is no organ of 新华区
        return "CN"
    for prefix in rules["strip_prefixes"]:
        if name.startswith(prefix) and not name.startswith("中共中央"):
            name = name[len(prefix):]
            break
    found, i = "", 0
    while i < len(name):  # deepest chain of places at the start: 山东省济南市… → 370100
        matches = [m for m in matches_at(name, i) if any(e.how in ("full", "short") for e in m.entries)]
        if not matches:
            break
        entries = [e for e in matches[0].entries if e.how in ("full", "short")]
        under = [e for e in entries if found and found in ancestors(e.region_id)]
        entry = min(under or entries, key=lambda e: (e.how != "full", LEVEL_RANK[get_region(e.region_id).level],
                                                    e.region_id))
        found, i = entry.region_id, matches[0].end
    if found:
        return found
    if name.startswith(tuple(rules["central_prefixes"])) or \
            name.endswith(tuple(rules["central_suffixes"])):
        return "CN"
    return ""


def document_region(text: str, mentions: list[RegionMention], *, issuer: str = "", title: str = "") -> str:
    """The region a document is about: its issuer's, or the dominant mention, else CN.

    Without an issuer, a province or city counts with deixis evidence: 我省/全省 plus
    mentions of 山东 → 370000; 全市 plus 北京 → 110000. Without deixis, a division that
    dominates the text's region mentions (:func:`dominant_division`; ``title`` weighs more)
    is the document's region; so too for an article of a national medium (人民日报, 新华社),
    whose issuer says nothing about the place it reports on.

    >>> document_region("我省发布…山东…", find_regions("我省发布…山东…"))
    '370000'
    """
    # a national medium reports on places; its name is no scope (a ministry's is)
    if issuer and not issuer.startswith(tuple(recognition_rules()["actors"]["national_media"])):
        rid = region_for_actor(issuer)
        if rid:
            return rid
    deixis = {m.region_id for m in mentions if m.how == "deixis" and m.region_id != "CN"}
    if deixis:
        return sorted(deixis, key=lambda r: (LEVEL_RANK.get(get_region(r).level, 9), r))[0]
    words = recognition_rules()["deixis"]
    has_province = any(w in text for w in words["province"])
    has_city = any(w in text for w in words["city"])
    if not (has_province or has_city):
        return dominant_division(mentions, find_regions(title) if title else [])
    counts: dict[str, int] = {}
    for m in mentions:
        if m.region_id in load_gazetteer().regions:
            for code in [m.region_id, *ancestors(m.region_id)]:
                counts[code] = counts.get(code, 0) + 1
    wanted = set()
    if has_province:
        wanted.add("province")
    if has_city:
        wanted.update({"prefecture", "province"})
    best = [c for c in counts if c != "CN" and get_region(c).level in wanted]
    if has_city and not has_province:  # 全市: a city, or a municipality (北京市)
        best = [c for c in best if get_region(c).level == "prefecture" or get_region(c).name_zh.endswith("市")]
    if not best:
        return dominant_division(mentions, find_regions(title) if title else [])
    return max(best, key=lambda c: (counts[c], -LEVEL_RANK[get_region(c).level], c))


def dominant_division(mentions: list[RegionMention], title_mentions: list[RegionMention] = ()) -> str:
    """The most specific division that dominates the region mentions, else CN.

    Each mention counts for its region and the region's ancestors (恩平 counts for 江门市 and
    广东省 too); a title's mentions count ``title_weight`` more times. A division of one of the
    rule's levels is dominant when its count reaches ``min_mentions`` and ``min_share`` of all
    counted mentions (lexicons/regions/recognition.json, dominant_division); the most specific
    such division wins. A text listing many provinces gives each a small share and stays CN.

    >>> dominant_division(find_regions("恩平市召开会议。恩平市推进。恩平市建设。恩平市发展。恩平市"))
    '440785'
    >>> dominant_division(find_regions("江苏、浙江、广东、山东、河南、四川等地"))
    'CN'
    """
    rule = recognition_rules()["dominant_division"]
    levels = set(rule["levels"])
    known = load_gazetteer().regions
    counts: dict[str, float] = {}
    total = 0.0
    weighted = [(m, 1.0) for m in mentions] + [(m, float(rule["title_weight"])) for m in title_mentions]
    for m, weight in weighted:
        if m.region_id == "CN" or m.region_id not in known:
            continue
        total += weight
        for code in {m.region_id, *ancestors(m.region_id)}:
            counts[code] = counts.get(code, 0.0) + weight
    dominant = [c for c, n in counts.items() if c != "CN" and get_region(c).level in levels
                and n >= rule["min_mentions"] and n >= rule["min_share"] * total]
    if not dominant:
        return "CN"
    return max(dominant, key=lambda c: (LEVEL_RANK[get_region(c).level], counts[c], c))


def article_places(article: Article, *, issuer: str = "") -> tuple[str, list[RegionMention]]:
    """The region an article is about and the places its text mentions (offsets into
    ``article.text``), as every reader of an article needs them.

    The region is decided on the body, with the title given apart: a page article's title line
    and caption sentences in its text would otherwise count twice. The mentions are found in the
    whole text, title and captions included, with that region as home.

    >>> region, mentions = article_places(Article(1, "", "全省推进乡村振兴。山东省济南市新建学校。", []))
    >>> region, [(m.text, m.region_id) for m in mentions]
    ('370000', [('全省', '370000'), ('山东省', '370000'), ('济南市', '370100')])
    """
    body = body_text(article)
    region_id = document_region(body, find_regions(body), issuer=issuer, title=article.title)
    return region_id, find_regions(article.text, home_region=region_id)
