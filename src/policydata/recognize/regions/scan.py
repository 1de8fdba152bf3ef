"""The name scan: a left-to-right longest match over the gazetteer, with the rules that accept a name.

A match is accepted when it is *strong* (a name of 3+ characters, a province or prefecture
short name) or when a *weak* one (county short names, two-character full names such as 乾县,
names that are also ordinary words such as 合作) has evidence (see recognition.json):

    >>> from policydata.recognize.regions import find_regions
    >>> [m.region_id for m in find_regions("济南、青岛两个都市圈")]
    ['370100', 'jinan-metropolitan-area', '370200', 'qingdao-metropolitan-area']
    >>> find_regions("纺织业产值连续12年稳居行业首位")
    []

County-level names followed by institution or product nouns are not places (西湖大学).
Rejected weak names are kept: a neighbour in a list can vouch for them afterwards
(``listed_names``: coordinated_mentions, home_area_list_items; and the township pass).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .place_context import (PlaceContext, choose_entry, in_context, in_focus, prefecture_in_context,
                      resolve_deixis)
from .gazetteer import (CJK, NameEntry, Region, RegionMention, ancestors, get_region, load_gazetteer,
                        province_of, recognition_rules)
from .matching import (NameMatch, blocked_by_word, followed_by, in_transfer_pair, inside_facility_name,
                       matches_at, next_name_start, preceded_by)


def _has_evidence(text: str, match: NameMatch, entry: NameEntry, ctx: PlaceContext,
                  previous: RegionMention | None) -> bool:
    """Evidence that a weak name is a place here (see recognition.json)."""
    rules = recognition_rules()
    surface = match.surface
    chain = ancestors(entry.region_id)
    after_parent = previous is not None and previous.end == match.start and previous.region_id in chain
    if surface in rules["generic_names"]["words"]:
        return after_parent
    if entry.how == "short" and not _admin_suffix_agrees(text, match.end, entry.region_id) and \
            not _former_county_name(text, match.end, entry.region_id, ctx):
        return False  # 振兴县中: 振兴区 is a district, so this 振兴 is no division
    if _in_road_segment(text, match.start, match.end):
        return True  # 潮南高速三明段: a segment of a road is named after the place
    if after_parent and (surface not in rules["common_word_names"]["words"]
                         or previous.region_id == get_region(entry.region_id).parent_id):
        return True  # common words need their direct parent: 山西大同, but not 甘肃合作发展
    common = surface in rules["common_word_names"]["words"]
    if entry.how == "short" and in_focus(entry.region_id, ctx) and \
            (_place_suffix_follows(text, match.end) or followed_by(text, match.end, rules["home_area"]["followers"])):
        return True  # 光明科学城, 龙华片区 in a Shenzhen text
    if entry.how == "short" and _place_suffix_follows(text, match.end) and \
            (not common or followed_by(text, match.end, rules["common_word_names"]["suffixes"])) and \
            (in_context(entry.region_id, ctx) or not ctx.provinces or
             not followed_by(text, match.end, rules["place_suffixes"]["in_context_only"])):
        return True
    if entry.how == "short" and _development_zone_follows(text, match.end) and \
            (in_context(entry.region_id, ctx) or not ctx.provinces and not common):
        # 大同经开区, 长治高新区: a state development zone is named after its city; a name that
        # is a word needs its area in view (南山高新区 with no place named: Shenzhen's or Hegang's?)
        return True
    if entry.region_id == ctx.home and _home_slogan(text, match.start, match.end):
        return True  # 建设美丽江北 in the district's own text: its name in a slogan
    if common:
        return False
    if in_context(entry.region_id, ctx):
        # only the province is in context: a two-character name glued into running text on
        # both sides is part of other words (超高清新型 is no 清新区)
        # a municipality named once is a weaker context: its district still needs a free side
        # (重庆…山清水秀山川 is no 秀山县, 以及怀柔、 is 怀柔区); three characters are no such
        # fragment (鞍钢鲅鱼圈二期: the district inside a plant's name)
        return prefecture_in_context(entry.region_id, ctx, municipalities=False) or previous is not None and \
            previous.end == match.start or len(match.surface) >= 3 or \
            not _glued_both_sides(text, match.start, match.end) or inside_facility_name(text, match.end)
    return preceded_by(text, match.start, rules["place_prefixes"]["words"]) and _place_suffix_follows(text, match.end)


def _development_zone_follows(text: str, end: int) -> bool:
    """A state development zone type follows: the zone suffixes that may follow a bare local
    name (recognition.json zone_suffixes, 4th value: 经开区, 高新区, 综保区 and their full forms).

    Why also for names that are ordinary words (大同, 长治): these zone types are always named
    after a place, and no ordinary word runs into them (长治久安, 世界大同 have no such suffix).

    >>> _development_zone_follows("大同经开区", 2), _development_zone_follows("长治高新技术产业开发区", 2)
    (True, True)
    >>> _development_zone_follows("大同小异", 2), _development_zone_follows("合作园区", 2)
    (False, False)
    """
    return followed_by(text, end, _development_zone_suffixes())


@lru_cache(maxsize=1)
def _development_zone_suffixes() -> tuple[str, ...]:
    zones = recognition_rules()["zone_suffixes"]
    return tuple(k for k, v in zones.items() if not k.startswith("_") and len(v) > 3 and v[3])


def _home_slogan(text: str, start: int, end: int) -> bool:
    """The home region's name closes a slogan (合力共建美丽江北。, 平安朝阳建设): a slogan adjective
    right before it and a clause end or a slogan noun right after (recognition.json home_area).

    >>> _home_slogan("合力共建美丽江北。", 6, 8), _home_slogan("美丽江北岸", 2, 4), _home_slogan("健康长寿", 2, 4)
    (True, False, False)
    """
    rules = recognition_rules()["home_area"]
    if not preceded_by(text, start, rules["slogan_prefixes"]):
        return False
    return end >= len(text) or not CJK.match(text[end]) or followed_by(text, end, rules["slogan_followers"])


def _facility_evidence(text: str, match: NameMatch, entry: NameEntry, ctx: PlaceContext,
                       previous: RegionMention | None) -> bool:
    """A weak name before an institution or facility noun names the place (丹巴水电站, 怀柔实验室)
    when its area is in view: its prefecture or municipality is named in the document, or its
    province or prefecture earlier in the same list item (recognition.json institution_followers).

    >>> from policydata.recognize.regions import find_regions
    >>> [m.text for m in find_regions("四川大渡河丹巴水电站")]
    ['四川', '丹巴']
    >>> [m.text for m in find_regions("四川、大渡河丹巴水电站")]  # 四川 is another item
    ['四川']
    """
    rules = recognition_rules()
    if match.surface in rules["common_word_names"]["words"] or match.surface in rules["generic_names"]["words"]:
        return False
    if prefecture_in_context(entry.region_id, ctx) or in_focus(entry.region_id, ctx):
        return True
    if previous is None or previous.region_id not in ancestors(entry.region_id):
        return False
    gap = text[previous.end:match.start]  # 大渡河: words of the same item, no punctuation
    separators = rules["out_of_area_glue"]["separators"]
    return len(gap) <= rules["institution_followers"]["item_gap"] and \
        all(CJK.match(c) and c not in separators for c in gap)


def _glued_both_sides(text: str, start: int, end: int) -> bool:
    """text[start:end] sits inside running text: word characters on both sides.

    A side is free when it is the text edge, a non-CJK character, a separator, a linking word
    before (在, 和 …) or a place suffix after.

    >>> _glued_both_sides("超高清新型显示", 2, 4), _glued_both_sides("在清新发展", 1, 3)
    (True, False)
    >>> _glued_both_sides("建成偏关黄河大桥", 2, 4)  # a river after it: the county's stretch
    False
    """
    rules = recognition_rules()
    separators = rules["out_of_area_glue"]["separators"]
    if start == 0 or end >= len(text):
        return False
    before, after = text[start - 1], text[end]
    if not CJK.match(before) or before in separators or preceded_by(text, start, rules["county_glue"]["words"]):
        return False
    if not CJK.match(after) or after in separators or _place_suffix_follows(text, end):
        return False
    if followed_by(text, end, _river_names()):
        return False  # 推进偏关黄河大桥: the stretch of a river by the county is named after it
    return True


@lru_cache(maxsize=1)
def _river_names() -> tuple[str, ...]:
    return tuple(load_gazetteer().rivers)


def _admin_suffix_agrees(text: str, end: int, region_id: str) -> bool:
    """No administrative suffix follows, or it agrees with the division's full name.

    >>> _admin_suffix_agrees("振兴县中", 2, "210603"), _admin_suffix_agrees("恩施州", 2, "422800")
    (False, True)
    >>> _admin_suffix_agrees("凤凰村", 2, "433123"), _admin_suffix_agrees("凤凰村镇银行", 2, "433123")
    (False, True)
    """
    rules = recognition_rules()
    table = {k: v for k, v in rules["admin_suffix_consistency"].items() if not k.startswith("_")}
    suffix = text[end:end + 1]
    if suffix not in table:
        return True
    if suffix in rules["villages"]["suffixes"] and text[end + 1:end + 2] in set(rules["villages"]["word_followers"]):
        return True  # 凤凰村镇银行, 凤凰村落: 村 starts a word (the county's bank, its villages), no village's name
    return any(load_gazetteer().regions[region_id].name_zh.endswith(e) for e in table[suffix])


def _former_county_name(text: str, end: int, region_id: str, ctx: PlaceContext) -> bool:
    """章丘市, 溧水县 in older texts: a district that was a county or county-level city before it
    became a district keeps its old suffix (recognition.json
    former_district_names), when its own prefecture is in view and the old name is no other division.

    >>> from policydata.recognize.regions import find_regions
    >>> [m.region_id for m in find_regions("南京市所辖溧水县、高淳县")]
    ['320100', '320117', '320118']
    >>> [m.region_id for m in find_regions("振兴县中")]
    []
    """
    region = load_gazetteer().regions[region_id]
    suffix = text[end:end + 1]
    return region.level == "county" and region.name_zh.endswith("区") and \
        suffix in recognition_rules()["former_district_names"]["suffixes"] and \
        prefecture_in_context(region_id, ctx, municipalities=False)


def _in_road_segment(text: str, start: int, end: int) -> bool:
    """text[start:end] names a place inside a road or railway segment name (recognition.json).

    >>> _in_road_segment("开工建设潮南高速三明段", 8, 10), _in_road_segment("福州至三明段", 3, 5)
    (True, True)
    >>> _in_road_segment("三明至莆田高速", 0, 2), _in_road_segment("三明段", 0, 2)
    (True, False)
    >>> _in_road_segment("三明至莆田高速", 3, 5), _in_road_segment("直至莆田高速", 2, 4)  # the far end
    (True, False)
    """
    rules = recognition_rules()["road_segments"]
    suffixes, roads, connectors = rules["segment_suffixes"], rules["road_words"], rules["connectors"]
    if followed_by(text, end, suffixes) and \
            (preceded_by(text, start, roads) or preceded_by(text, start, connectors)):
        return True
    for connector in connectors:  # 三明至莆田段 / 三明至莆田高速: the next place closes the segment
        if not text.startswith(connector, end):
            continue
        after = end + len(connector)
        for other in matches_at(text, after) if after < len(text) else ():
            if any(e.how in ("full", "short") for e in other.entries) and \
                    (followed_by(text, other.end, suffixes) or followed_by(text, other.end, roads)):
                return True
    if followed_by(text, end, roads):  # 三明至莆田高速: the far end, after another place and a connector
        for connector in connectors:
            before = start - len(connector)
            if before > 0 and text.startswith(connector, before) and any(
                    m.end == before and any(e.how in ("full", "short") for e in m.entries)
                    for k in range(2, min(before, 4) + 1) for m in matches_at(text, before - k)):
                return True
    return False


def _nickname_not_region(text: str, match: NameMatch, region: Region) -> bool:
    """A traditional province name used as a programme or brand name, or as part of a river.

    >>> from policydata.recognize.regions import find_regions
    >>> ids = lambda t: [m.region_id for m in find_regions(t)]
    >>> ids("实施“八闽英才”培养计划"), ids("八闽大地"), ids("三秦百姓")
    ([], ['bamin'], ['sanqin'])
    >>> ids("九龙江流域综合治理")
    []
    """
    if region.kind != "traditional-name":
        return False
    rules = recognition_rules()["nickname_brands"]
    if followed_by(text, match.end, rules["river_words"]):
        return True
    return preceded_by(text, match.start, rules["open_quotes"]) and \
        followed_by(text, match.end, rules["brand_nouns"])


def _glued_out_of_context(text: str, match: NameMatch, entry: NameEntry, ctx: PlaceContext,
                          previous: RegionMention | None) -> bool:
    """A county full name from elsewhere stuck to the word before it (罗浮山县镇村 is no 浮山县).

    Names of three or more characters are read so only when their stem ends in a landform
    character (浮山, 天山: the word before may begin a longer mountain or lake name, 罗浮山 +
    县镇村, 南天山 + 区); 推动镇平县发展 is 镇平县 (recognition.json county_glue landform_finals).

    >>> from policydata.recognize.regions import find_regions
    >>> find_regions("推进南昆山—罗浮山县镇村高质量发展", home_region="440000")
    []
    >>> [m.text for m in find_regions("推动镇平县发展")]
    ['镇平县']
    """
    region = load_gazetteer().regions[entry.region_id]
    if region.level != "county" or match.start == 0 or not CJK.match(text[match.start - 1]):
        return False
    province = province_of(entry.region_id)
    named_apart = ctx.counts.get(province, 0) > ctx.counts.get(entry.region_id, 0)  # not only by this name
    if province in ctx.provinces or named_apart or (previous is not None and previous.end == match.start):
        return False  # its province is the document's or named in it (江苏…田园乡村海州区)
    if _in_road_segment(text, match.start, match.end):
        return False  # 京昆高速乾县段
    rules = recognition_rules()["county_glue"]
    stem = region.short_names[0] if region.short_names else match.surface[:-1]
    if len(match.surface) >= 3 and match.surface.startswith(stem) and stem[-1] not in rules["landform_finals"]:
        return False  # 推动镇平县: a verb before a county, no longer name it could be cut from
    return not preceded_by(text, match.start, rules["words"])


def _place_suffix_follows(text: str, end: int) -> bool:
    """A place suffix follows, and is not the start of an ordinary word (新兴市场 is no 新兴市).

    >>> _place_suffix_follows("府谷机场", 2), _place_suffix_follows("新兴市场", 2)
    (True, False)
    """
    rules = recognition_rules()
    suffixes = [w for w in rules["place_suffixes"]["words"] if text.startswith(w, end)]
    if not suffixes:
        return False
    longest = max(map(len, suffixes))
    return not any(len(w) > longest and text.startswith(w, end) for w in rules["blocking_words"]["words"])


def _starts_place(text: str, i: int) -> bool:
    """A strong name starts at ``i``."""
    return i < len(text) and any(not e.weak for m in matches_at(text, i) for e in m.entries)


#: Marker from _accept: the name is glued into another word; try no shorter name at this position.
_GLUED = NameEntry("", "glued")


def _direction_without_evidence(text: str, match: NameMatch, entry: NameEntry, region: Region,
                                previous: RegionMention | None) -> bool:
    """东部盟市, 东北亚, 东部战区: a direction, not the macro-region."""
    return entry.weak and not _macro_evidence(text, match, previous)


def _programme_or_river(text: str, match: NameMatch, entry: NameEntry, region: Region,
                        previous: RegionMention | None) -> bool:
    """“八闽英才”: a programme; 九龙江流域: a river."""
    return _nickname_not_region(text, match, region)


def _inside_direction_pair(text: str, match: NameMatch, entry: NameEntry, region: Region,
                           previous: RegionMention | None) -> bool:
    """浙川东西部协作: 川东 is part of 东西部."""
    return region.kind == "directional" and \
        followed_by(text, match.end, recognition_rules()["directional_regions"]["reject_followers"])


def _bare_direction_glued(text: str, match: NameMatch, entry: NameEntry, region: Region,
                          previous: RegionMention | None) -> bool:
    """富民兴陇中: 'in', not Central Gansu (a bare 陇中 glued to the word before)."""
    rules = recognition_rules()
    return region.kind == "directional" and match.surface == region.name_zh and \
        match.surface[1:] in rules["directional_regions"]["bare_needs_boundary"] and \
        match.start > 0 and CJK.match(text[match.start - 1]) is not None and \
        not (previous is not None and previous.end == match.start) and \
        not preceded_by(text, match.start, rules["county_glue"]["words"])


def _river_bank(text: str, match: NameMatch, entry: NameEntry, region: Region,
                previous: RegionMention | None) -> bool:
    """嘉陵江南岸: the south bank of a river, not 江南 (recognition.json blocking_words river_bank)."""
    rules = recognition_rules()["blocking_words"]["river_bank"]
    return match.surface[0] in rules["river_chars"] and match.start > 0 and \
        CJK.match(text[match.start - 1]) is not None and followed_by(text, match.end, rules["bank_words"])


#: Why a functional region's name is no mention here, checked in order.
_FUNCTIONAL_REJECTIONS = (
    ("direction word without evidence", _direction_without_evidence),
    ("programme or river name", _programme_or_river),
    ("part of a direction pair", _inside_direction_pair),
    ("bare direction glued to a word", _bare_direction_glued),
    ("a river's bank", _river_bank),
)


def _functional_rejection(text: str, match: NameMatch, entry: NameEntry, region: Region,
                          previous: RegionMention | None) -> str:
    """The name of the first rule rejecting this functional-region name, or ''.

    >>> from policydata.recognize.regions import find_regions
    >>> [m.region_id for m in find_regions("浙川东西部协作")]
    ['eastern-western-regions']
    """
    return next((name for name, rejects in _FUNCTIONAL_REJECTIONS
                 if rejects(text, match, entry, region, previous)), "")


def _accept(text: str, match: NameMatch, ctx: PlaceContext,
            previous: RegionMention | None) -> tuple[RegionMention | None, NameEntry | None]:
    """The mention for this match, or None when rules reject it."""
    entries = match.entries
    rules = recognition_rules()
    deixis = [e for e in entries if e.how == "deixis"]
    if deixis:
        rid = resolve_deixis(deixis[0].region_id, ctx)
        return (RegionMention(match.start, match.end, match.surface, rid, "deixis") if rid else None), None
    if len(match.surface) <= 3 and blocked_by_word(text, match.start, match.end):
        return None, None
    if followed_by(text, match.end, rules["media_followers"]["words"]):
        return None, _GLUED  # 大湾区频道: a channel's name; no shorter name here either
    functional = [e for e in entries if e.how == "functional"]
    places = [e for e in entries if e.how in ("full", "short")]
    if functional and not any(not e.weak and e.how == "full" for e in places):
        region = load_gazetteer().regions[functional[0].region_id]
        if _functional_rejection(text, match, functional[0], region, previous):
            return None, None
        return RegionMention(match.start, match.end, match.surface, functional[0].region_id, "functional"), None
    entry = choose_entry(places, ctx, previous, match.start)
    if entry.how == "full" and _glued_out_of_context(text, match, entry, ctx, previous):
        return None, _GLUED  # and no shorter name here either (罗浮山县: not 浮山 + 县)
    followers = rules["institution_followers"]
    if entry.weak and followed_by(text, match.end, followers["words"]):
        return None, None  # 西湖龙井茶, 安吉白茶: part of a product or company name
    if entry.weak and followed_by(text, match.end, followers["facilities"]):
        if not _facility_evidence(text, match, entry, ctx, previous):
            return None, None  # 西湖大学 with only 浙江 in view: no evidence the name is the district
        return RegionMention(match.start, match.end, match.surface, entry.region_id,
                             "name" if entry.how == "full" else "short"), None
    if entry.how == "short" and followed_by(text, match.end, rules["reject_followers"]["words"]) \
            and not _starts_place(text, match.end):
        return None, entry
    # a municipality named once vouches for its districts, but not against a province of the
    # same name (北京、天津、河北三地: Hebei, not Tianjin's 河北区)
    evidence_ctx = replace(ctx, municipalities=set()) if entry.weak and any(not e.weak for e in places) else ctx
    if entry.weak and not _has_evidence(text, match, entry, evidence_ctx, previous):
        if match.surface in rules["generic_names"]["words"] and len(match.surface) > 2:
            return None, _GLUED  # 老城区改造: a common noun; and no 老城 + 区 either
        strong = [e for e in places if not e.weak]
        if not strong or followed_by(text, match.end, followers["words"]):
            return None, entry
        entry = choose_entry(strong, ctx, previous, match.start)  # 天津、河北三地: Hebei, not Tianjin's 河北区
    how = "name" if entry.how == "full" else "short"
    return RegionMention(match.start, match.end, match.surface, entry.region_id, how), None


def _macro_evidence(text: str, match: NameMatch, previous: RegionMention | None) -> bool:
    """A bare direction word (东部, 西部, 东北) names the macro-region here (recognition.json).

    >>> from policydata.recognize.regions import find_regions
    >>> [m.region_id for m in find_regions("东部、中部、西部地区分别给予补助")]
    ['eastern-region', 'central-region', 'western-region']
    >>> find_regions("自治区支持东部盟市加快发展，建设东北亚物流枢纽")
    []
    >>> [m.region_id for m in find_regions("敦煌开通西北首条低空观光航线")]
    ['northwest-china']
    >>> [m.region_id for m in find_regions("湖南西部山区")]
    ['430000']
    >>> [m.text for m in find_regions("我国北方冬季寒冷，西部、北部地区风能充足")]
    ['我国', '北方', '西部', '北部']
    >>> find_regions("城区北部地区"), find_regions("城区北部、南部地区")
    ([], [])
    """
    rules = recognition_rules()["bare_macro_regions"]
    if previous is not None and previous.end == match.start and previous.region_id.isdigit():
        return False  # 湖南西部山区, 四川东北部: a part of the division just named
    if preceded_by(text, match.start, rules["country_before"]):
        return True  # 我国北方: the country's own north
    separators = recognition_rules()["coordination"]["separators"]
    regions = load_gazetteer().regions
    if previous is not None and text[previous.end:match.start] in separators and \
            previous.region_id in regions and regions[previous.region_id].kind == "macro-region":
        return True
    if match.surface in rules["list_only_words"]:
        return False  # 全市北部地区: a part of a place unless listed after a macro-region (西部、北部地区)
    if followed_by(text, match.end, rules["followers"]) or preceded_by(text, match.start, rules["prefixes"]):
        return True
    if followed_by(text, match.end, rules["ranking_followers"]):
        # 西北首条 ranks within the country's macro-region; 城区东部第一排 is a direction inside a place
        inside_place = previous is not None and previous.end == match.start and previous.region_id != "CN"
        return not inside_place and not (match.start > 0 and text[match.start - 1] in rules["inner_direction_after"])
    for sep in separators:
        after = match.end + len(sep)
        if text.startswith(sep, match.end) and after < len(text) and any(
                e.how == "functional" and regions[e.region_id].kind == "macro-region" and (
                    m.surface not in rules["list_only_words"] or followed_by(text, m.end, rules["followers"]))
                for m in matches_at(text, after) for e in m.entries):
            return True
    return in_transfer_pair(text, match.start, match.end)


def scan_names(text: str, ctx: PlaceContext
               ) -> tuple[list[RegionMention], list[tuple[NameMatch, NameEntry]]]:
    """Left-to-right longest match; returns accepted mentions and rejected weak candidates."""
    mentions: list[RegionMention] = []
    rejected: list[tuple[NameMatch, NameEntry]] = []
    i = next_name_start(text, 0)
    while i < len(text):
        step = 1
        previous = mentions[-1] if mentions else None
        for match in matches_at(text, i):
            mention, weak_entry = _accept(text, match, ctx, previous)
            if mention is not None:
                mentions.append(mention)
                step = match.end - match.start
                break
            if weak_entry is _GLUED:
                break
            if weak_entry is not None:
                rejected.append((match, weak_entry))
        i = next_name_start(text, i + step)
    return mentions, rejected
