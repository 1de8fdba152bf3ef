"""Villages below their township or county: found in a second pass over text no mention covers
(moved out of :mod:`.townships`, which finds the townships; output identical).

Villages (团结村) only in a county's own text or right after their township, with slug ids and level
``village`` (see recognition.json villages): anchored after a county or township in view, a named
parent's institutions, or a list sharing one suffix.
"""
from __future__ import annotations

import re

from .place_context import PlaceContext
from .gazetteer import CJK, Region, RegionMention, get_region, load_gazetteer, pinyin, recognition_rules, register_generated, slugify
from .matching import alternation_pattern, compiled, covered_chars, followed_by, preceded_by


def village_mentions(text: str, mentions: list[RegionMention], ctx: PlaceContext) -> list[RegionMention]:
    """团结村 in a county's own text, or right after its township or a zone (recognition.json villages).

    >>> from policydata.recognize.regions import find_regions
    >>> [(m.text, m.region_id) for m in find_regions("支持团结村奶牛养殖等项目建设", home_region="150702")]
    [('团结村', 'tuanjie-village-150702')]
    >>> find_regions("推进贫困村、示范村建设", home_region="150702")
    []
    >>> [m.text for m in find_regions("走进高新区水西林村、亭江镇白眉村", home_region="350100")]
    ['水西林村', '亭江镇', '白眉村']
    """
    rules = recognition_rules()["villages"]
    word_followers = set(rules["word_followers"])
    regions = load_gazetteer().regions
    home = regions.get(ctx.home)
    home_county = ctx.home if home is not None and home.level == "county" else ""
    anchors = _village_anchors(text, mentions, ctx)
    taken = covered_chars(text, mentions)  # one pass; villages mark theirs as they are found
    out = []
    communities = rules["communities"]
    for suffix in [*rules["suffixes"], *communities["suffixes"]]:
        community = suffix in communities["suffixes"]
        followers = communities["institution_followers"] if community else rules["institution_followers"]
        for hit in compiled(re.escape(suffix)).finditer(text):
            end = hit.end()
            if not community and end < len(text) and text[end] in word_followers:
                continue  # 村民, 村委, 村干部, 村容村貌: the village as an institution or a word
            # its own bodies or people after it (秀水村村民, X社区党委): a village or community by name
            named = followed_by(text, end, followers)
            openers = rules["after"] + (rules["institution_openers"] if named else [])
            # a township or zone right before fixes where the name starts (白眉村, 水西林村); else
            # the stem is the shortest of boundary_stem_lengths that starts at a boundary (石门坎村)
            start = next((hit.start() - n for n in rules["anchored_stem_lengths"] if hit.start() - n in anchors),
                         None)
            if start is None and community and not named:
                continue  # 智慧社区, 完整社区: a kind of community, unless a place or its bodies vouch
            if start is None:
                start = next((hit.start() - n for n in rules["boundary_stem_lengths"]
                              if _at_boundary(text, hit.start() - n, openers)), hit.start() - 2)
            stem = text[start:hit.start()]
            if start < 0 or not _village_stem(stem, rules) or any(taken[max(start, 0):end]) or \
                    community and (stem in communities["not_stems"] or stem[-2:] in communities["not_stems"]):
                continue
            at_boundary = _at_boundary(text, start, rules["after"])
            parent = anchors.get(start) or (home_county if at_boundary and not community else "")
            if not parent and at_boundary and not community:
                parent = _township_in_view(mentions, start)  # rule village_in_named_township
            if not parent and named and _at_boundary(text, start, openers):
                parent = _named_parent(mentions, ctx)  # 秀水村村民: a village by name, wherever the text is
            if not parent:
                continue
            out.append(_village(start, end, stem, suffix, parent, stem + suffix))
            taken[start:end] = [True] * (end - start)
            # 青石、柳湾村 / 桃园等村: the stems listed before share the suffix
            out += _shared_suffix_villages(text, start, suffix, parent, taken, rules)
    # 桃园、杏林等村 / 桃园、杏林等2个村: a list closed by 等 (and a count) before the suffix
    closing = rules["shared_suffix"]["list_end"] + "(" + "|".join(map(re.escape, rules["suffixes"])) + ")"
    for hit in compiled(closing).finditer(text):
        if hit.end() < len(text) and text[hit.end()] in word_followers or not home_county:
            continue
        out += _shared_suffix_villages(text, hit.start(), hit.group(1), home_county, taken, rules, joint="")
    return sorted(out, key=lambda m: m.start)


def _at_boundary(text: str, start: int, after: list[str]) -> bool:
    """A village name may start at ``start``: the text start, a punctuation mark or space, or a word
    of recognition.json villages after right before it; not a digit or letter (2万亩到村 is a
    quantity, no village 万亩到村)."""
    if start <= 0:
        return start == 0
    before = text[start - 1]
    return not CJK.match(before) and not before.isalnum() or preceded_by(text, start, after)


def _village_stem(stem: str, rules: dict, finals_ok: set[str] = frozenset()) -> bool:
    """X of X村 can be a village's name: CJK, not a kind of village or a verb (not_stems, also as its
    first or last two characters), no determiner or particle, no bad final character (unless in
    ``finals_ok``), and no longer stem opening with a verb of villages after."""
    return bool(stem) and all(CJK.match(c) for c in stem) and not (
        stem in rules["not_stems"] or stem[-2:] in rules["not_stems"] or stem[:2] in rules["not_stems"]
        or stem[-1] in rules["bad_final_chars"] and stem[-1] not in finals_ok or set(stem) & set(rules["bad_stem_chars"])
        or len(stem) > 2 and stem[:2] in rules["after"])  # 实施强村: a verb and its object


def _village(start: int, end: int, stem: str, suffix: str, parent: str, surface: str) -> RegionMention:
    english = pinyin(stem)
    kind = "community" if suffix in recognition_rules()["villages"]["communities"]["suffixes"] else "village"
    region = register_generated(Region(f"{slugify(english)}-{kind}-{parent}", stem + suffix,
                                       f"{english} {kind.title()}", "village", parent))
    return RegionMention(start, end, surface, region.region_id, "village")


def _shared_suffix_villages(text: str, pos: int, suffix: str, parent: str, taken: list[bool], rules: dict,
                            joint: str | None = None) -> list[RegionMention]:
    """Stems listed right before ``pos`` that share a village suffix (recognition.json villages
    shared_suffix): 青石和柳湾村 (walking back from 柳湾村 over a list joint), 桃园、杏林等村
    (walking back from 等村, the first item glued to 等: ``joint`` ""). Each item is a stem of
    boundary_stem_lengths that starts at a boundary and passes the stem tests; the walk stops
    at the first item that does not."""
    shared = rules["shared_suffix"]
    # a list closed by 等(N个)村 names villages only: its stems may end in closed_list_finals (新城、古城等村)
    finals_ok = set(shared["closed_list_finals"]) if joint == "" else set()
    out = []
    while True:
        if joint is None:
            joint = next((j for j in shared["joints"] if text[max(pos - len(j), 0):pos] == j), None)
            if joint is None:
                break
        item_end = pos - len(joint)
        # an item before a word joint (企业和柳湾村) must itself stand in a list: after punctuation or 、
        before = shared["list_marks"] if joint in shared["word_joints"] else rules["after"] + shared["list_marks"]
        joint = None
        start = next((item_end - n for n in rules["boundary_stem_lengths"]
                      if item_end - n >= 0 and _at_boundary(text, item_end - n, before)), -1)
        stem = text[max(start, 0):item_end]
        if start < 0 or any(taken[start:item_end]) or not _village_stem(stem, rules, finals_ok) \
                or stem[-1] in shared["bad_final_chars"] and stem[-1] not in finals_ok:
            break
        out.append(_village(start, item_end, stem, suffix, parent, stem))
        taken[start:item_end] = [True] * (item_end - start)
        pos = start
    return out


def _township_in_view(mentions: list[RegionMention], start: int) -> str:
    """Rule village_in_named_township: a text about one township (a news story on a town, a
    township's own report) names that town before its villages; a village at a clause boundary
    is then one of its villages, as in a county's own text. The parent is the one township the
    text names, provided it is named before ``start``; '' when the text names none or several."""
    towns = {m.region_id for m in mentions if m.how == "township"}
    if len(towns) != 1:
        return ""
    town = towns.pop()
    return town if any(m.region_id == town and m.end <= start for m in mentions) else ""


def _named_parent(mentions: list[RegionMention], ctx: PlaceContext) -> str:
    """The division a village named without a place before it lies in, as far as the text tells:
    the one township the text names, else its one county, else its one prefecture (or the home
    region when it is one of them); '' when the text names several or none (recognition.json
    villages institution_followers)."""
    levels = {m.region_id: _level(m.region_id) for m in [*mentions, RegionMention(0, 0, "", ctx.home)]}
    for level in ("township", "county", "prefecture"):
        named = {rid for rid, at in levels.items() if at == level}
        if len(named) == 1:
            return named.pop()
        if named:
            return ""
    return ""


def _level(region_id: str) -> str:
    """The level of a known region (townships too), else ''."""
    try:
        return get_region(region_id).level
    except KeyError:
        return ""


def _village_anchors(text: str, mentions: list[RegionMention], ctx: PlaceContext) -> dict[int, str]:
    """Positions where a village name may start, with the village's parent: the end of a township
    mention (its town), of a county-level division named in full (太和区孙家湾村: news gives a
    village right after its county), of a zone mention (the zone's host division), or of a bare
    zone word (recognition.json villages zone_words) in a prefecture's or county's own text (the home)."""
    regions = load_gazetteer().regions
    anchors: dict[int, str] = {}
    for m in mentions:
        if m.how == "township":
            anchors[m.end] = m.region_id
        elif m.how == "name" and m.region_id in regions and regions[m.region_id].level == "county":
            anchors.setdefault(m.end, m.region_id)
        elif m.how == "zone":
            host = get_region(m.region_id).parent_id
            if host in regions and host != "CN":
                anchors.setdefault(m.end, host)
    home = regions.get(ctx.home)
    if home is not None and home.level in ("prefecture", "county"):
        for hit in alternation_pattern(tuple(recognition_rules()["villages"]["zone_words"])).finditer(text):
            anchors.setdefault(hit.end(), ctx.home)
    return anchors
