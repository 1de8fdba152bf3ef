"""Regions named by rule from other names: composites, compounds, zones, localities, basins.

Each pass runs after the name scan over the mentions found so far, and registers the
functional regions it makes (slug ids) so that get_region resolves them:

* composites of abbreviations (福厦泉, 苏锡常, 沪苏浙) and dash composites (西宁—海东);
* compounds ``X都市圈``/``X城市群``/``X经济圈`` for a city X: two mentions, the generated functional
  region (``jinan-metropolitan-area``) and the city itself (370100), so the core city is always
  resolvable from the regions table; listed functional regions whose name begins with a place
  (山东半岛城市群) likewise also mention that place;
* zones named after a place (郑州航空港区 → ``zhengzhou-airport-economy-zone``, parent 410100;
  suffixes are data) and 新城/组团 of the home city (东山新城);
* localities listed after a county (昌平南口、马池口等), river basins (黄河、淮河流域);
* compounds that stand for their members (港澳台) and one-character province abbreviations in
  place context (在沪, 来京; not 京剧, 沪深300).

All passes are linear in the text: candidates come from suffix characters and place mentions,
never from a scan of the table per position.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .place_context import PlaceContext, choose_entry
from .gazetteer import (CJK, Region, RegionMention, base_english, city_abbreviations, compound_region, get_region,
                        load_gazetteer, pinyin, province_of, recognition_rules, register_generated, slugify)
from .matching import alternation_pattern, compiled, covered_chars, followed_by, matches_at, preceded_by


def _composite_members(chars: str) -> list[tuple[str, str]] | None:
    """(code, pinyin) for each abbreviation character when the run reads as one composite.

    City reading: every city in one province (municipalities join any); a repeated character
    takes the next city of its row list (武鄂黄黄 = 武汉 鄂州 黄冈 黄石). Province reading:
    distinct provinces (沪苏浙). Otherwise None.

    >>> [c for c, _ in _composite_members("福厦泉")], [c for c, _ in _composite_members("沪宁")]
    (['350100', '350200', '350500'], ['310000', '320100'])
    >>> [c for c, _ in _composite_members("沪苏浙")], _composite_members("白酒"), _composite_members("成长")
    (['310000', '320000', '330000'], None, None)
    """
    table = city_abbreviations()
    options = [table.get(c, []) for c in chars]
    if not all(options):
        return None
    cities = [[o for o in opts if o[1] == "city"] for opts in options]
    if all(cities):
        def municipal(code: str) -> bool:
            return get_region(code).level == "province"
        provinces = list(dict.fromkeys(province_of(o[0]) for opts in cities for o in opts if not municipal(o[0])))
        for province in provinces or [""]:
            picked: list[tuple[str, str]] = []
            for opts in cities:
                fits = [o for o in opts if (municipal(o[0]) or province_of(o[0]) == province)
                        and o[0] not in {p[0] for p in picked}]
                if not fits:
                    break
                picked.append((fits[0][0], fits[0][2]))
            if len(picked) == len(chars):
                return picked
    provinces_only = [[o for o in opts if o[1] == "province"] for opts in options]
    if all(provinces_only):
        picked = [(opts[0][0], opts[0][2]) for opts in provinces_only]
        if len({p[0] for p in picked}) == len(picked):
            return picked
    return None


def _composite_region(surface: str, members: list[str], slug_parts: list[str]) -> Region:
    """The functional region named by a composite (福厦泉 → fu-xia-quan, Fuzhou-Xiamen-Quanzhou)."""
    english = "-".join(base_english(get_region(code)) for code in members)
    provinces = {province_of(code) for code in members}
    parent = provinces.pop() if len(provinces) == 1 and len(members) > 1 and \
        all(get_region(c).level != "province" for c in members) else "CN"
    return register_generated(Region("-".join(slug_parts), surface, english, "functional", parent, (), "composite",
                            tuple(members)))


def _listed_region(surface: str) -> Region | None:
    """The listed functional region a composite stands for (成渝 → 成渝地区), if any."""
    for suffix in recognition_rules()["composites"]["listed_suffixes"]:
        for entry in load_gazetteer().index.get(surface + suffix, ()):
            if entry.how == "functional":
                return load_gazetteer().regions[entry.region_id]
    return None


def composite_mentions(text: str, mentions: list[RegionMention]) -> list[RegionMention]:
    """福厦泉, 苏锡常, 沪宁, 成德眉资, 沪苏浙, 西宁—海东: composite names of functional regions.

    A run of abbreviation characters (city_abbreviations.csv) counts when a region word follows
    (福厦泉国家自主创新示范区, 广佛同城化), when it fills a quotation (“襄十随神”城市群), or when it
    is listed before such a run (苏锡常、宁镇扬等融合发展); see recognition.json "composites".
    It never starts or ends inside another place name (北京地区 is not 北 + 京) and is never
    itself a gazetteer name (福泉, 六合). Route names have no region word (京雄高速).

    >>> from policydata.recognize.regions import find_regions
    >>> [(m.text, m.region_id) for m in find_regions("提高福厦泉国家自主创新示范区创新能力")]
    [('福厦泉', 'fu-xia-quan')]
    >>> [m.text for m in find_regions("推动苏锡常、宁镇扬等融合发展")]
    ['苏锡常', '宁镇扬']
    >>> find_regions("京雄高速、厦漳泉R1线建成")
    []
    """
    rules = recognition_rules()["composites"]
    table = city_abbreviations()
    lo, hi = rules["min_chars"], rules["max_chars"]
    data = load_gazetteer()
    covered = {}
    for m in mentions:
        for k in range(m.start, m.end):
            covered[k] = m

    def followed_by_region_word(end: int) -> bool:
        while any(text.startswith(w, end) for w in rules["skip_before_follower"]):
            end += next(len(w) for w in rules["skip_before_follower"] if text.startswith(w, end))
        return followed_by(text, end, rules["followers"])

    def quoted(start: int, end: int) -> bool:
        return preceded_by(text, start, rules["open_quotes"]) and followed_by(text, end, rules["close_quotes"])

    def clean(start: int, end: int) -> bool:
        """Not cut out of another mention and not a gazetteer name itself."""
        for k in (start, end - 1):
            m = covered.get(k)
            if m is not None and (m.start < start or m.end > end):
                return False
        return text[start:end] not in data.index

    def bare(members: list[tuple[str, str]]) -> bool:
        """Enough abbreviations to need no region word: provinces, or cities outside 京津沪渝."""
        levels = [get_region(code).level for code, _ in members]
        if len(members) < rules["bare_min_chars"]:
            return False
        all_provinces = all(level == "province" for level in levels) and \
            not all(get_region(code).name_zh.endswith("市") for code, _ in members)
        return all_provinces or sum(level != "province" for level in levels) >= rules["bare_min_chars"]

    def in_route(end: int) -> bool:
        """盐泰锡常宜高铁, 厦漳泉R1线: the run is part of a route name."""
        k = end
        while k < n and (text[k] in table or text[k].isascii() and text[k].isalnum()):
            k += 1
        return followed_by(text, k, rules["route_words"])

    # candidate runs, longest first at each start: (start, end, members)
    candidates: dict[int, list[tuple[int, list[tuple[str, str]]]]] = {}
    n = len(text)
    for run in _chars_run_pattern(_abbreviation_chars()).finditer(text):
        i, j = run.span()  # a maximal run of abbreviation characters
        for start in range(i, j - lo + 1):
            for end in range(min(j, start + hi), start + lo - 1, -1):
                members = _composite_members(text[start:end])
                if members is not None and clean(start, end):
                    candidates.setdefault(start, []).append((end, members))

    accepted: dict[int, tuple[int, list[tuple[str, str]]]] = {}
    for start in sorted(candidates, reverse=True):  # right to left, so a list can lean on its last item
        for end, members in candidates[start]:
            listed = any(text.startswith(sep, end) and (end + len(sep)) in accepted
                         for sep in rules["list_separators"])
            if in_route(end):
                continue
            if bare(members) or followed_by_region_word(end) or quoted(start, end) or listed:
                accepted[start] = (end, members)
                break
    out = []
    last_end = -1
    for start in sorted(accepted):
        end, members = accepted[start]
        if start < last_end:
            continue
        last_end = end
        region = _listed_region(text[start:end]) or \
            _composite_region(text[start:end], [c for c, _ in members], [p for _, p in members])
        out.append(RegionMention(start, end, text[start:end], region.region_id, "composite"))
    return out + _dash_composites(text, mentions, followed_by_region_word)


def _dash_composites(text: str, mentions: list[RegionMention], region_word_follows) -> list[RegionMention]:
    """西宁—海东都市圈, 银川-石嘴山城市群: cities joined by a dash before a region word.

    >>> from policydata.recognize.regions import find_regions
    >>> [(m.text, m.region_id) for m in find_regions("银川—石嘴山一体化发展") if m.how == "composite"]
    [('银川—石嘴山', 'yinchuan-shizuishan')]
    """
    dashes = recognition_rules()["composites"]["dashes"]
    by_start = {m.start: m for m in mentions if m.how in ("name", "short")}
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.how not in ("name", "short") or m.region_id not in load_gazetteer().regions:
            continue
        chain = [m]
        while True:
            dash = next((d for d in sorted(dashes, key=len, reverse=True) if text.startswith(d, chain[-1].end)), "")
            nxt = by_start.get(chain[-1].end + len(dash)) if dash else None
            if nxt is None and dash:  # 西宁—海东: a weak name of the same province joins the chain
                nxt = _same_province_name(text, chain[-1].end + len(dash), chain[-1].region_id)
            if nxt is None or nxt.region_id not in load_gazetteer().regions:
                break
            chain.append(nxt)
        if len(chain) < 2 or not region_word_follows(chain[-1].end):
            continue
        if any(load_gazetteer().regions[c.region_id].level not in ("prefecture", "province") for c in chain):
            continue
        members = [c.region_id for c in chain]
        slug = [slugify(base_english(get_region(code))) for code in members]
        surface = text[m.start:chain[-1].end]
        region = _composite_region(surface, members, slug)
        out.append(RegionMention(m.start, chain[-1].end, surface, region.region_id, "composite"))
    return out


def _same_province_name(text: str, start: int, neighbour: str) -> RegionMention | None:
    """A prefecture name at ``start`` in the province of ``neighbour`` (for dash composites)."""
    if start >= len(text):
        return None
    for match in matches_at(text, start):
        for entry in match.entries:
            if entry.how in ("full", "short") and get_region(entry.region_id).level == "prefecture" and \
                    province_of(entry.region_id) == province_of(neighbour):
                return RegionMention(match.start, match.end, match.surface, entry.region_id, entry.how)
    return None


@lru_cache(maxsize=16)
def _locality_list_pattern(list_end: tuple[str, ...]) -> re.Pattern:
    """南口、马池口等: two-to-three-character names joined by 、 and closed by a list end."""
    ends = "|".join(map(re.escape, list_end))
    item = r"[\u4e00-\u9fff]{2,3}?"
    return re.compile(rf"({item})((?:、{item})*)(?:{ends})")


@lru_cache(maxsize=16)
def _basin_patterns(rivers: tuple[str, ...], separators: tuple[str, ...], suffix: str
                    ) -> tuple[re.Pattern, re.Pattern]:
    """(黄河、淮河流域 as a whole, one river name) patterns."""
    river = "|".join(sorted(map(re.escape, rivers), key=len, reverse=True))
    seps = "|".join(map(re.escape, separators))
    whole = re.compile(rf"(?:{river})(?:(?:{seps})(?:{river}))*(?:等)?(?:各)?{re.escape(suffix)}")
    return whole, re.compile(river)


def compound_mentions(text: str, mentions: list[RegionMention]) -> list[RegionMention]:
    """济南都市圈 → jinan-metropolitan-area; 济南、青岛两个都市圈 → both."""
    rules = recognition_rules()
    suffixes = {k: v for k, v in rules["compound_suffixes"].items() if not k.startswith("_")}
    separators = rules["coordination"]["separators"]
    counter = compiled(rules["coordination"]["counter_pattern"])
    by_end = {m.end: m for m in mentions if m.how in ("name", "short")}
    composites = [m for m in mentions if m.how == "composite"]
    out = []
    for suffix in suffixes:
        for hit in compiled(re.escape(suffix)).finditer(text):
            pos = hit.start()
            head = by_end.get(pos)
            if head is None:  # 济南、青岛两个都市圈: skip the counter
                for c in counter.finditer(text, max(0, pos - 4), pos):
                    if c.end() == pos and c.start() in by_end:
                        head = by_end[c.start()]
            if head is not None and any(c.start < head.start < c.end for c in composites):
                continue  # 银川-石嘴山都市圈: the composite names it, not 石嘴山 alone
            chain = []
            while head is not None and load_gazetteer().regions[head.region_id].level in ("prefecture", "province"):
                chain.append(head)
                previous = None
                for sep in separators:
                    if text[max(0, head.start - len(sep)):head.start] == sep:
                        previous = by_end.get(head.start - len(sep))
                        break
                head = previous
            for k, place in enumerate(reversed(chain)):
                region = load_gazetteer().regions[place.region_id]
                if region.level == "province" and not region.name_zh.endswith("市"):
                    continue  # 都市圈 of a city; provinces only for municipalities
                generated = compound_region(region, suffix)
                last = k == len(chain) - 1
                end = hit.end() if last else place.end
                out.append(RegionMention(place.start, end, text[place.start:end], generated.region_id, "compound"))
    return out


def zone_mentions(text: str, mentions: list[RegionMention],
                  ctx: PlaceContext | None = None) -> list[RegionMention]:
    """X高新区, X综保区, X航空港区, X新区 …: a zone named after a place (a functional region).

    The place is a recognized mention ending right before the suffix (郑州航空港区 → parent
    410100), or, for suffixes that allow it, a local name of two (天竺综保区) or, where two would
    start inside a word, three characters (紫金港科技城) standing at a clause start. Long and short suffix forms give the same zone (see recognition.json).

    >>> from policydata.recognize.regions import find_regions
    >>> [(m.text, m.region_id) for m in find_regions("郑州航空港区") if m.how == "zone"]
    [('郑州航空港区', 'zhengzhou-airport-economy-zone')]
    >>> get_region("zhengzhou-airport-economy-zone").parent_id
    '410100'
    """
    rules = recognition_rules()
    suffixes = {k: v for k, v in rules["zone_suffixes"].items() if not k.startswith("_")}
    bad = set(rules["localities"]["non_toponym_chars"])
    by_end = {m.end: m for m in mentions if m.how != "deixis"}
    pattern = alternation_pattern(tuple(suffixes))
    out = []
    for hit in pattern.finditer(text):
        canonical, slug_suffix, en_suffix, *options = suffixes[hit.group()]
        local_names = bool(options and options[0])
        home_local = len(options) > 1 and bool(options[1]) and ctx is not None and \
            get_region(ctx.home).level in ("prefecture", "county")
        pos = hit.start()
        place = by_end.get(pos)
        if home_local and followed_by(text, hit.end(), rules["zone_home_local"]["not_before"]):
            continue  # 组团参展: the verb 'to form a group'
        if place is not None:
            start = place.start
            region = get_region(place.region_id)
            base, english, parent = _zone_base(region, place.text, place.region_id)
        else:
            # a two-character local name: after a place (成都平原经济区) or, where the suffix
            # allows it, at a clause start (天竺综保区)
            local = text[max(0, pos - 2):pos]
            before = text[pos - 3] if pos >= 3 else ""
            outer = by_end.get(pos - 2)
            outer = outer if outer is not None and outer.region_id in load_gazetteer().regions else None
            at_clause_start = local_names and (not before or not CJK.match(before))
            if local_names and outer is None and not at_clause_start and _clause_start(text, pos - 3):
                local, at_clause_start = text[pos - 3:pos], True  # ，紫金港科技城: a three-character name
            if len(local) < 2 or not all(CJK.match(c) for c in local) or set(local) & bad or \
                    not (outer or at_clause_start or home_local):
                continue
            if outer is None and home_local:
                # 东山新城 in a Hailar text: a part of the home city, named after a local place
                base, english, start, parent = local, pinyin(local), pos - len(local), ctx.home
                generated = register_generated(Region(f"{slugify(english)}-{slug_suffix}-{parent}", base + canonical,
                                             f"{english} {en_suffix}", "functional", parent, (), "zone"))
                out.append(RegionMention(start, hit.end(), text[start:hit.end()], generated.region_id, "zone"))
                continue
            if outer is not None:
                outer_base, outer_english, _ = _zone_base(get_region(outer.region_id), outer.text, outer.region_id)
                base, english, start = outer_base + local, f"{outer_english} {pinyin(local)}", outer.start
                parent = outer.region_id
            else:
                base, english, start, parent = local, pinyin(local), pos - len(local), "CN"
        full_name = base + canonical
        aliases = tuple(base + k for k, v in suffixes.items() if v[0] == canonical and k != canonical)
        generated = register_generated(Region(f"{slugify(english)}-{slug_suffix}", full_name, f"{english} {en_suffix}",
                                     "functional", parent, aliases, "zone"))
        out.append(RegionMention(start, hit.end(), text[start:hit.end()], generated.region_id, "zone"))
    return out


def _clause_start(text: str, i: int) -> bool:
    """A name may start at ``i``: the text start or a character that is no CJK character."""
    return i == 0 or i > 0 and not CJK.match(text[i - 1])


def _zone_base(region: Region, surface: str, region_id: str) -> tuple[str, str, str]:
    """(Chinese base, English base, parent id) of a zone named after ``region``.

    Divisions use their short name (郑州市 → 郑州, Zhengzhou; parent the division itself);
    generated and listed functional regions keep their name and English (川南 → Southern
    Sichuan) and hang on the functional region's parent.
    """
    if region.level != "functional":
        base = region.short_names[0] if region.short_names else region.name_zh
        return base, base_english(region), region_id
    if region.kind == "directional":
        return region.name_zh, region.name_en, region.parent_id
    return surface, pinyin(surface), region.parent_id


def locality_mentions(text: str, mentions: list[RegionMention]) -> list[RegionMention]:
    """昌平南口、马池口等 → towns 南口 and 马池口 under 昌平区."""
    rules = recognition_rules()["localities"]
    regions = load_gazetteer().regions
    finals, bad = set(rules["toponym_final_chars"]), set(rules["non_toponym_chars"])
    pattern = _locality_list_pattern(tuple(rules["list_end"]))
    out = []
    for county in mentions:
        if county.region_id not in regions or regions[county.region_id].level != "county":
            continue
        hit = pattern.match(text, county.end)
        if hit is None:
            continue
        names = [hit.group(1)] + [n for n in hit.group(2).split("、") if n]
        if len(names) < 2 or any(n[-1] not in finals or set(n) & bad for n in names):
            continue
        pos = county.end
        for name in names:
            start = text.index(name, pos)
            pos = start + len(name)
            english = pinyin(name)
            generated = register_generated(Region(f"{slugify(english)}-{county.region_id}", name, english, "functional",
                                         county.region_id, (), "locality"))
            out.append(RegionMention(start, pos, name, generated.region_id, "locality"))
    return out


def basin_mentions(text: str, mentions: list[RegionMention]) -> list[RegionMention]:
    """海河等流域, 黄河、淮河流域 → the rivers' basins."""
    rivers = load_gazetteer().rivers
    if not rivers:
        return []
    pattern, single = _basin_patterns(tuple(rivers), tuple(recognition_rules()["coordination"]["separators"]),
                                      recognition_rules()["river_basin"]["suffix"])
    taken = {(m.start, m.region_id) for m in mentions}
    out = []
    for hit in pattern.finditer(text):
        for r in single.finditer(hit.group()):
            start = hit.start() + r.start()
            basin = rivers[r.group()]
            if any(m.region_id == basin and m.start <= start < m.end for m in mentions):
                continue
            if (start, basin) not in taken:
                out.append(RegionMention(start, start + len(r.group()), r.group(), basin, "basin"))
    return out


def embedded_place_mentions(text: str, mentions: list[RegionMention],
                            ctx: PlaceContext) -> list[RegionMention]:
    """山东半岛城市群 also mentions 山东: a listed functional name that begins with a place."""
    skip_kinds = set(recognition_rules()["embedded_places"]["skip_kinds"])
    out = []
    for m in mentions:
        if m.how != "functional" or get_region(m.region_id).kind in skip_kinds:
            continue
        for match in matches_at(text, m.start):
            if match.end >= m.end:
                continue
            places = [e for e in match.entries if e.how in ("full", "short") and not e.weak]
            if places:
                entry = choose_entry(places, ctx, None)
                out.append(RegionMention(match.start, match.end, match.surface, entry.region_id, "short"))
                break
    return out


def member_compound_mentions(text: str, mentions: list[RegionMention]) -> list[RegionMention]:
    """港澳台 → 香港, 澳门, 台湾 (one mention each over the same span).

    >>> from policydata.recognize.regions import find_regions
    >>> [m.region_id for m in find_regions("吸引港澳台青年来内地创业")]
    ['710000', '810000', '820000']
    """
    table = {k: v for k, v in recognition_rules()["member_compounds"].items() if not k.startswith("_")}
    out = []
    taken = covered_chars(text, mentions)  # one pass, not a scan of the mentions per hit
    for hit in alternation_pattern(tuple(table)).finditer(text):
        if any(taken[hit.start():hit.end()]):
            continue
        out += [RegionMention(hit.start(), hit.end(), hit.group(), code, "compound") for code in table[hit.group()]]
    return out


def province_abbreviation_mentions(text: str, mentions: list[RegionMention]) -> list[RegionMention]:
    """在沪, 来京, 赴粤, 沪企: a one-character province abbreviation in place context.

    >>> from policydata.recognize.regions import find_regions
    >>> [(m.text, m.region_id) for m in find_regions("多家外企在沪设立总部，来京参加会议")]
    [('沪', '310000'), ('京', '110000')]
    >>> find_regions("观看京剧，沪深300指数上涨")
    []
    >>> [(m.text, m.region_id) for m in find_regions("鼓励青年来蓉创业，稻穗饱满")]
    [('蓉', '510100')]
    """
    rules = recognition_rules()["province_abbreviations"]
    provinces = _province_abbreviations()
    out = []
    taken = covered_chars(text, mentions)
    for hit in _chars_pattern(frozenset(provinces)).finditer(text):  # only the abbreviation characters
        i, char = hit.start(), hit.group()
        if taken[i]:
            continue
        placed = preceded_by(text, i, rules["after"]) and (
            i + 1 == len(text) or not CJK.match(text[i + 1]) or followed_by(text, i + 1, rules["before"]))
        glued = text[i + 1:i + 2] in rules["glued"] and (i == 0 or not CJK.match(text[i - 1])
                                                         or text[i - 1] in "，。、；：（“的")
        if placed or glued:
            out.append(RegionMention(i, i + 1, char, provinces[char], "abbreviation"))
    return out


@lru_cache(maxsize=1)
def _province_abbreviations() -> dict[str, str]:
    """One-character abbreviation standing alone for its place -> code: a province's (the first
    province row of the char), or a city's of province_abbreviations cities (穗 440100)."""
    table = city_abbreviations()
    cities = {c: next(r[0] for r in table[c] if r[1] == "city")
              for c in recognition_rules()["province_abbreviations"]["cities"]}
    provinces = {c: rows[0][0] for c, rows in ((c, [r for r in rs if r[1] == "province"]) for c, rs in table.items())
                 if rows}
    return {**cities, **provinces}


@lru_cache(maxsize=1)
def _abbreviation_chars() -> frozenset[str]:
    return frozenset(c for c in city_abbreviations() if len(c) == 1)


@lru_cache(maxsize=8)
def _chars_pattern(chars: frozenset[str]) -> re.Pattern:
    """One of these characters (a regex character class; never matches when there are none)."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]" if chars else "(?!)")


@lru_cache(maxsize=8)
def _chars_run_pattern(chars: frozenset[str]) -> re.Pattern:
    """A maximal run of these characters."""
    return re.compile(_chars_pattern(chars).pattern + "+" if chars else "(?!)")

