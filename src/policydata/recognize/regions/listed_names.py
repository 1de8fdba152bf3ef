"""The passes after the name scan in which a list vouches for a weak name the scan rejected
(``scan.scan_names`` keeps them): a name listed right next to an accepted place of its province
(:func:`coordinated_mentions`), a district listed with a sibling district of the focus prefecture
(:func:`home_area_list_items`)."""
from __future__ import annotations

from .place_context import PlaceContext, in_focus
from .gazetteer import CJK, NameEntry, RegionMention, load_gazetteer, province_of, recognition_rules
from .matching import NameMatch, blocked_by_word, covered_chars, followed_by


def coordinated_mentions(text: str, mentions: list[RegionMention],
                         rejected: list[tuple[NameMatch, NameEntry]]) -> list[RegionMention]:
    """Weak names listed right next to an accepted county-level place (府谷、定边机场), or next to a
    listed zone of the same province (前海、南沙、横琴: 南沙区)."""
    rules = recognition_rules()
    regions = load_gazetteer().regions
    separators = rules["coordination"]["separators"]
    common = set(rules["common_word_names"]["words"]) | set(rules["generic_names"]["words"])
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    taken = covered_chars(text, mentions)  # one pass, not a scan of the mentions per candidate
    added = []
    for match, entry in rejected:
        if any(taken[match.start:match.end]):
            continue
        if blocked_by_word(text, match.start, match.end):
            continue
        if match.surface in common:
            if _listed_with_sibling_city(match, entry, by_start, by_end, text):
                added.append(RegionMention(match.start, match.end, match.surface, entry.region_id, "short"))
            continue
        for sep in separators:
            neighbour = by_start.get(match.end + len(sep)) if text.startswith(sep, match.end) else None
            if neighbour is None and match.start >= len(sep) and text[match.start - len(sep):match.start] == sep:
                neighbour = by_end.get(match.start - len(sep))
            if neighbour is not None and neighbour.region_id in regions and \
                    (regions[neighbour.region_id].level in ("county", "prefecture") or
                     regions[neighbour.region_id].kind in rules["coordination"]["zone_kinds"]) and \
                    province_of(neighbour.region_id) == province_of(entry.region_id):
                added.append(RegionMention(match.start, match.end, match.surface, entry.region_id, "short"))
                break
    return added


def _listed_with_sibling_city(match: NameMatch, entry: NameEntry, by_start: dict[int, RegionMention],
                              by_end: dict[int, RegionMention], text: str) -> bool:
    """A city whose name is an ordinary word (大同, 长治, 白银) listed with 、 right next to an
    accepted city of the same province (大同、朔州) names the city.

    Why only cities, 、 and a sibling city: the word readings (大同小异, 长治久安) are never
    items of a list of cities, while 和/与 join words too (合作与发展). A city glued right after
    an accepted city of its province is the second of a pair when a pair word or a boundary
    follows (朔州大同联动, recognition.json coordination pair_followers): glued, the word reading
    runs on instead (青岛日照时数, 晋城长治久安).

    >>> from policydata.recognize.regions import find_regions
    >>> [m.text for m in find_regions("推进大同、朔州协同发展")], find_regions("天下大同、长治久安")
    (['大同', '朔州'], [])
    >>> [m.text for m in find_regions("支持朔州大同联动发展")], [m.text for m in find_regions("实现晋城长治久安")]
    (['朔州', '大同'], ['晋城'])
    """
    regions = load_gazetteer().regions
    if regions[entry.region_id].level != "prefecture":
        return False
    sep = recognition_rules()["coordination"]["list_mark"]
    neighbours = (by_start.get(match.end + len(sep)) if text.startswith(sep, match.end) else None,
                  by_end.get(match.start - len(sep)) if text[max(0, match.start - len(sep)):match.start] == sep
                  else None,
                  # 朔州大同联动: glued right after a sibling city and closing the pair (pair_followers)
                  by_end.get(match.start) if _closes_city_pair(text, match.end) else None)
    return any(n is not None and n.region_id in regions and regions[n.region_id].level == "prefecture"
               and province_of(n.region_id) == province_of(entry.region_id) for n in neighbours)


def _closes_city_pair(text: str, end: int) -> bool:
    """The text after a city name closes a pair of glued city names: a boundary or a pair word."""
    after = text[end:end + 1]
    return not after or not CJK.match(after) or \
        followed_by(text, end, recognition_rules()["coordination"]["pair_followers"])


def home_area_list_items(text: str, mentions: list[RegionMention], rejected: list[tuple[NameMatch, NameEntry]],
                         ctx: PlaceContext) -> list[RegionMention]:
    """Districts of a focus prefecture listed with a sibling district (宝安燕罗、龙华九龙山).

    Also names that are ordinary words (龙华, 光明): the item must begin at a clause or list
    boundary and another district of the same prefecture must be accepted in the same clause,
    so 光明前景 or 前途光明 stay words.

    >>> from policydata.recognize.regions import find_regions
    >>> t = "推动宝安燕罗、龙岗宝龙、光明凤凰片区建设，前景光明"
    >>> [(m.text, m.region_id) for m in find_regions(t, home_region="440300") if m.how == "short"]
    [('宝安', '440306'), ('龙岗', '440307'), ('光明', '440311')]
    """
    if not ctx.focus:
        return []
    rules = recognition_rules()["home_area"]
    regions = load_gazetteer().regions
    clause_marks, item_starts = rules["clause_marks"], rules["item_starts"]
    taken = covered_chars(text, mentions)
    # one pass: the clause each position lies in, and the counties named in each clause
    clause_of, clause = [0] * (len(text) + 1), 0
    for k, char in enumerate(text):
        clause_of[k] = clause
        if char in clause_marks:
            clause += 1
    clause_of[len(text)] = clause
    counties_in: dict[int, list[str]] = {}
    for m in mentions:
        if m.region_id in regions and regions[m.region_id].level == "county" and \
                clause_of[m.start] == clause_of[max(m.start, m.end - 1)]:
            counties_in.setdefault(clause_of[m.start], []).append(m.region_id)
    added: list[RegionMention] = []
    for match, entry in rejected:
        if not in_focus(entry.region_id, ctx) or blocked_by_word(text, match.start, match.end):
            continue
        if match.start > 0 and text[match.start - 1] not in item_starts:
            continue
        if any(taken[match.start:match.end]):
            continue
        parent = regions[entry.region_id].parent_id
        if any(c != entry.region_id and regions[c].parent_id == parent
               for c in counties_in.get(clause_of[match.start], ())):
            added.append(RegionMention(match.start, match.end, match.surface, entry.region_id, "short"))
            taken[match.start:match.end] = [True] * (match.end - match.start)
    return added
