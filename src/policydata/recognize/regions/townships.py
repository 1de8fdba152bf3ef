"""Below the county: townships (villages: :mod:`.villages`), found in a second pass over text no mention covers.

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
from .gazetteer import CJK, NameEntry, RegionMention, load_gazetteer, load_townships, province_of, recognition_rules
from .matching import NameMatch, compiled, covered_chars, followed_by, name_opening_pattern, preceded_by
from .scan import _in_road_segment, _place_suffix_follows


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
    >>> [(m.text, m.region_id) for m in find_regions("推进奋斗镇冷链仓储建设", home_region="150702")]
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
            if i + length <= len(text) and text[i:i + length] in data.index:  # not cut short by the text end
                candidates.add((i, length))
    local = _local_names(frozenset(counties), frozenset(prefectures))
    if local:
        candidates.update(_leftmost_longest(text, local))
    home_province = province_of(ctx.home) if ctx.home in regions else ""
    candidates.update(_leftmost_longest(text, _unique_province_short_names(home_province)))

    out: list[RegionMention] = []
    short_in_county: list[tuple[int, int, str]] = []  # 白鹤, 赵屯: too short to count alone
    end = 0
    for i, length in sorted(candidates, key=lambda c: (c[0], -c[1])):
        if i < end or any(taken[i:i + length]):
            continue
        surface = text[i:i + length]
        entries = [(c, data.rows[c][0] == surface) for c in data.index[surface]]
        if not any(is_full for _, is_full in entries) and surface in _word_short_names():
            continue  # 广州市人民政府, 把广州建设成为: the word, not 人民街道 or 建设街道
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
        elif not full and len(in_county) == 1:
            short_in_county.append((i, length, in_county[0]))
        elif not full and len(entries) == 1 and not in_county and home_province and \
                province_of(data.county(entries[0][0])) == home_province:
            # 博鳌潭门片区 in a Hainan text: the one township of that name in the country, in the
            # home province; like a context county's short name it never counts alone
            short_in_county.append((i, length, entries[0][0]))
        if code:
            out.append(RegionMention(i, i + length, surface, code, "township"))
            end = i + length
            counties.add(data.county(code))  # a town found puts its county in view (水集街道…望城街道)
    out += _shared_suffix_items(text, out, taken)
    return out + _short_town_names(text, short_in_county, out)


@lru_cache(maxsize=1)
def _word_short_names() -> frozenset[str]:
    """Short township names that are ordinary words (recognition.json townships word_short_names
    and common_word_names): never a town without their suffix.

    >>> from policydata.recognize.regions import find_regions
    >>> [m.text for m in find_regions("省政府支持某市建设，西安市人民政府负责", home_region="610100")]
    ['西安市']
    >>> [m.text for m in find_regions("苏州工业园区、南京禄口", home_region="320100")][-2:]
    ['南京', '禄口']
    """
    rules = recognition_rules()
    return frozenset(rules["townships"]["word_short_names"]["words"]) | frozenset(rules["common_word_names"]["words"])


def _shared_suffix_items(text: str, towns: list[RegionMention], taken: list[bool]) -> list[RegionMention]:
    """胜浦、娄葑、唯亭街道: short names listed before a town share its suffix.

    Walking back from a township found by its full name over items joined by 、, each item
    that is the short name of exactly one township with the same suffix in the same
    prefecture is that township; the walk stops at the first item that is not.

    >>> from policydata.recognize.regions import find_regions
    >>> [m.text for m in find_regions("分别赶赴胜浦、娄葑、斜塘街道开展活动")]
    ['胜浦', '娄葑', '斜塘街道']
    >>> [m.text for m in find_regions("分别赶赴胜利、斜塘街道开展活动")]
    ['斜塘街道']
    """
    data = load_townships()
    regions = load_gazetteer().regions
    separator = recognition_rules()["townships"]["shared_suffix_separator"]

    def prefecture(code: str) -> str:
        county = regions.get(data.county(code))
        return county.parent_id if county is not None else ""

    out = []
    for town in towns:
        name, short, _ = data.rows.get(town.region_id, ("", "", ""))
        if not short or town.text != name or not name.startswith(short):
            continue
        suffix, home = name[len(short):], prefecture(town.region_id)
        pos = town.start
        while pos > len(separator) and text[pos - len(separator):pos] == separator:
            item_end = pos - len(separator)
            found = ""
            for length in range(min(data.full_lengths[0], item_end), 1, -1):
                item = text[item_end - length:item_end]
                codes = [c for c in data.index.get(item, ()) if data.rows[c][1] == item
                         and data.rows[c][0] == item + suffix and prefecture(c) == home]
                if len(codes) == 1 and not any(taken[item_end - length:item_end]):
                    found = codes[0]
                    break
            if not found:
                break
            out.append(RegionMention(item_end - length, item_end, item, found, "township"))
            pos = item_end - length
    return out


def _short_town_names(text: str, pending: list[tuple[int, int, str]],
                      towns: list[RegionMention]) -> list[RegionMention]:
    """金泽、练塘片区, 徐泾南部: a short township name of a context county, too short to count alone,
    counts next to another township of the same county (glued or across one separator) or
    before a locality word (recognition.json townships short_name_followers). Repeated until
    no name is added, so a list of short names vouches for itself once one of them is found.

    >>> from policydata.recognize.regions import find_regions
    >>> [m.text for m in find_regions("打造金泽、练塘片区，推进徐泾南部学校建设", home_region="310118")]
    ['金泽', '练塘', '徐泾']
    >>> find_regions("加重固体废物处置", home_region="310118")
    []
    """
    rules = recognition_rules()
    followers = rules["townships"]["short_name_followers"]
    separators = rules["coordination"]["separators"]
    data = load_townships()
    pending_at = {(i, i + length): code for i, length, code in pending}
    starts: dict[int, list[tuple[int, int]]] = {}
    ends: dict[int, list[tuple[int, int]]] = {}
    for span in pending_at:
        starts.setdefault(span[0], []).append(span)
        ends.setdefault(span[1], []).append(span)
    taken = covered_chars(text, towns)
    added: list[RegionMention] = []

    name_suffixes = tuple(rules["townships"]["short_name_not_before"])

    def accept(span: tuple[int, int]) -> RegionMention | None:
        if span not in pending_at or any(taken[span[0]:span[1]]) or text.startswith(name_suffixes, span[1]):
            return None  # 太白镇太白村: before a settlement suffix the short name is another place's stem
        code = pending_at.pop(span)
        for k in range(*span):
            taken[k] = True
        mention = RegionMention(span[0], span[1], text[span[0]:span[1]], code, "township")
        added.append(mention)
        return mention

    def neighbours(m: RegionMention) -> list[tuple[int, int]]:
        """Pending names glued to ``m`` or one separator away from it (linear: position lookups)."""
        found = starts.get(m.end, []) + ends.get(m.start, [])
        for sep in separators:
            if text.startswith(sep, m.end):
                found += starts.get(m.end + len(sep), [])
            if m.start >= len(sep) and text[m.start - len(sep):m.start] == sep:
                found += ends.get(m.start - len(sep), [])
        return found

    # seeds: names before a locality word or with place evidence, pairs of one prefecture
    # listed side by side, and names beside a town already found
    queue = [m for m in towns if m.how == "township"]
    for span in sorted(pending_at):  # a snapshot: accept() pops from pending_at
        if span in pending_at and (any(text.startswith(w, span[1]) for w in followers)
                                   or _place_evidence(text, *span)):
            mention = accept(span)
            if mention is not None:
                queue.append(mention)
    for span in sorted(pending_at):  # 陆家嘴、徐家汇: two towns of one prefecture vouch for each other
        if span not in pending_at:
            continue
        probe = RegionMention(span[0], span[1], text[span[0]:span[1]], pending_at[span], "township")
        pair = [other for other in neighbours(probe) if other in pending_at and other != span and
                _prefecture_of_town(pending_at[other]) == _prefecture_of_town(pending_at[span])]
        if pair:
            for one in (span, pair[0]):
                mention = accept(one)
                if mention is not None:
                    queue.append(mention)
    while queue:  # each found town vouches for its neighbours of the same county
        town = queue.pop()
        for span in neighbours(town):
            if span in pending_at and data.county(pending_at[span]) == data.county(town.region_id):
                mention = accept(span)
                if mention is not None:
                    queue.append(mention)
    return sorted(added, key=lambda m: m.start)


def _place_evidence(text: str, start: int, end: int) -> bool:
    """Rule township_short_name_place_evidence: the text reads a pending short name as a place, by
    the same evidence that vouches for a weak county name (recognition.json place_prefixes,
    place_suffixes, road_segments, institution_followers facilities) or before a facility named
    after its place (townships facility_heads: 香日德水库, 某某水利枢纽). A place prefix (至, 在)
    vouches only for a name of min_short_chars or more; a two-character name needs a connector
    after another word (甲地至某堡; not_connector_after: 截至, 直至, 乃至 are no connectors) or a suffix.

    >>> from policydata.recognize.regions import find_regions
    >>> [m.text for m in find_regions("甲站至淖毛湖公路", home_region="650000")]
    ['淖毛湖']
    >>> find_regions("淖毛湖", home_region="650000")
    []
    """
    rules = recognition_rules()
    if end - start >= rules["townships"]["min_short_chars"] and \
            preceded_by(text, start, rules["place_prefixes"]["words"]):
        return True
    connector = next((c for c in rules["road_segments"]["connectors"] if text.endswith(c, 0, start)), "")
    before = start - len(connector) - 1
    if connector and before >= 0 and CJK.match(text[before]) and \
            text[before] not in rules["townships"]["not_connector_after"]:
        return True  # 扁都口至峨堡: a place before the connector (not 截至, 直至, 乃至 …)
    return _place_suffix_follows(text, end) or _in_road_segment(text, start, end) or \
        followed_by(text, end, rules["institution_followers"]["facilities"]) or \
        followed_by(text, end, rules["townships"]["facility_heads"])


def _prefecture_of_town(code: str) -> str:
    county = load_gazetteer().regions.get(load_townships().county(code))
    return county.parent_id if county is not None else ""


def _unique_province_short_names(province: str) -> tuple[str, ...]:
    """Short names (without suffix) of the townships of ``province`` that no other township in
    the country bears and that are no ordinary word: candidates that still need a neighbour
    town or a locality word (see _short_town_names)."""
    return _unique_short_names_by_province().get(province, ()) if province else ()


@lru_cache(maxsize=1)
def _unique_short_names_by_province() -> dict[str, tuple[str, ...]]:
    """province code -> its unique township short names, made in one pass over the index."""
    data = load_townships()
    words = _word_short_names()
    province_of_county: dict[str, str] = {}
    out: dict[str, list[str]] = {}
    for short, codes in data.index.items():
        if len(codes) != 1 or short in words:
            continue
        name, row_short, county = data.rows[codes[0]]
        if row_short != short or name == short:
            continue
        if county not in province_of_county:
            province_of_county[county] = province_of(county)
        out.setdefault(province_of_county[county], []).append(short)
    return {p: tuple(sorted(names)) for p, names in out.items()}


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
    scan = _name_scan(tuple(names))
    wanted, lengths = scan.wanted, scan.lengths
    out = []
    i = scan.next_start(text, 0)
    while i >= 0:
        length = next((n for n in lengths if i + n <= len(text) and text[i:i + n] in wanted), 0)
        if length:
            out.append((i, length))
        i = scan.next_start(text, i + (length or 1))
    return out


# Texts up to this long are walked character by character instead of by the compiled pattern of
# name starts. Why: clause windows (12 characters) each bring a context of their own, and
# compiling that context's pattern (character classes of thousands of characters) cost about a
# hundred times a walk over a window; whole articles still use the pattern.
_WALK_UP_TO = 64


class _NameScan:
    """The names as a set, their lengths longest first, and where one can start: a one-character
    name, or a first character followed by a second character of a name (a necessary condition
    that spares most of the lookups; the names are still looked up)."""

    def __init__(self, names: tuple[str, ...]):
        self.wanted = frozenset(names)
        self.lengths = tuple(sorted({len(n) for n in self.wanted}, reverse=True))
        self.singles = frozenset(n for n in self.wanted if len(n) == 1)
        longer = [n for n in self.wanted if len(n) > 1]
        self.firsts = frozenset(n[0] for n in longer)
        self.seconds = frozenset(n[1] for n in longer)
        self._pattern: re.Pattern | None = None

    def next_start(self, text: str, pos: int) -> int:
        """The first position from ``pos`` on where a name can start, -1 if none."""
        if len(text) <= _WALK_UP_TO:
            for i in range(pos, len(text)):
                ch = text[i]
                if ch in self.singles or (ch in self.firsts and i + 1 < len(text) and text[i + 1] in self.seconds):
                    return i
            return -1
        hit = self.pattern().search(text, pos)
        return hit.start() if hit else -1

    def pattern(self) -> re.Pattern:
        """The same test as one compiled pattern, made on first use by a long text."""
        if self._pattern is None:
            self._pattern = name_opening_pattern(self.singles, self.firsts, self.seconds)
        return self._pattern


@lru_cache(maxsize=64)
def _name_scan(names: tuple[str, ...]) -> _NameScan:
    """The name scan of one context's names, made once per context."""
    return _NameScan(names)


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
