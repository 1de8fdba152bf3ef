"""Surface matching: names of the gazetteer at a text position, and the word tests around them.

Every name (full, short, functional, deixis) is indexed by its first character, so finding all
names at a position costs one lookup per name length, never a scan of the table.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ...text.patterns import alternation, per_list
from .gazetteer import CJK, NameEntry, RegionMention, load_gazetteer, recognition_rules


@dataclass
class NameMatch:
    """Gazetteer names found at text[start:end]: the surface and every entry it stands for."""

    start: int
    end: int
    surface: str
    entries: list[NameEntry]


def matches_at(text: str, i: int) -> list[NameMatch]:
    """All index names starting at ``i``, longest first."""
    data = load_gazetteer()
    index = data.index
    room = len(text) - i
    found = []
    for length in data.lengths.get(text[i], ()):
        if length <= room:
            surface = text[i:i + length]
            if surface in index:
                found.append(NameMatch(i, i + length, surface, index[surface]))
    return found


def name_at(text: str, i: int) -> bool:
    """Whether some index name starts at ``i``: ``bool(matches_at(text, i))`` without making the
    matches (the clause openings the measures read ask only whether a place can start there)."""
    data = load_gazetteer()
    index = data.index
    room = len(text) - i
    for length in data.lengths.get(text[i], ()):
        if length <= room and text[i:i + length] in index:
            return True
    return False


def next_name_start(text: str, i: int) -> int:
    """The first position from ``i`` on where some index name can start, len(text) if none.

    Why: the left-to-right scans try every position, and at most positions no name starts.
    The positions whose first two characters open a name are listed once per text (one regex
    pass over the first characters, one set lookup each) and looked up by bisection.
    """
    starts = _name_starts(text)
    k = bisect_left(starts, i)
    return starts[k] if k < len(starts) else len(text)


@lru_cache(maxsize=4)  # a text's two scans (context, names) share it; few kept, texts can be long
def _name_starts(text: str) -> list[int]:
    singles, pairs = _name_openings()
    return [j for j in (hit.start() for hit in _opening_candidates().finditer(text))
            if text[j:j + 2] in pairs or text[j] in singles]


@lru_cache(maxsize=1)
def _opening_candidates() -> re.Pattern:
    """Where a gazetteer name can start (see :func:`name_opening_pattern`). Why the second
    character: nearly every common character opens some name, and checking each hit in Python
    cost more than the regex; with it, three hits in five go (a necessary condition only:
    :func:`_name_starts` still checks the pair)."""
    singles, pairs = _name_openings()
    return name_opening_pattern(singles, {p[0] for p in pairs}, {p[1] for p in pairs})


def name_opening_pattern(singles, firsts, seconds) -> re.Pattern:
    """One pattern for where a name of a list can start: a one-character name, or a first
    character of a longer name followed by a second character of one (a necessary condition).

    >>> name_opening_pattern({"京"}, {"上", "天"}, {"海", "津"}).findall("京上海天山")
    ['京', '上']
    """
    def char_class(chars) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"

    alternatives = [char_class(singles)] if singles else []
    if firsts:
        alternatives.append(char_class(firsts) + "(?=" + char_class(seconds) + ")")
    return re.compile("|".join(alternatives) or "(?!)")


@lru_cache(maxsize=1)
def _name_openings() -> tuple[frozenset[str], frozenset[str]]:
    """One-character names, and the first two characters of the longer ones."""
    index = load_gazetteer().index
    return frozenset(s for s in index if len(s) == 1), frozenset(s[:2] for s in index if len(s) >= 2)


def blocked_by_word(text: str, start: int, end: int) -> bool:
    """An ordinary word overlaps the start or the end of text[start:end] (世界首位, 和县城).

    Only the positions a blocking word can start from are tried, and at each only the words
    beginning with that character (the table is grouped once).
    """
    by_first, longest = _blocking_words()
    for p in range(max(0, start - longest + 1), end):
        for word in by_first.get(text[p:p + 1], ()):
            reach = p + len(word)
            # a word covering the first character from the left, or starting inside and running past the end
            if (reach > start if p < start else reach > end) and text.startswith(word, p):
                return True
    return False


@lru_cache(maxsize=1)
def _blocking_words() -> tuple[dict[str, tuple[str, ...]], int]:
    """recognition.json blocking words grouped by first character, and the longest length."""
    words = [w for w in recognition_rules()["blocking_words"]["words"] if w]
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word)
    return {c: tuple(ws) for c, ws in by_first.items()}, max(map(len, words), default=0)


def followed_by(text: str, end: int, words: list[str]) -> bool:
    """One of ``words`` starts at ``end`` (str.startswith tries them all at C speed)."""
    return text.startswith(_as_tuple(words), end)


_as_tuple = per_list(lambda words: words)  # a lexicon word list as a tuple, made once per list


def preceded_by(text: str, start: int, words: list[str]) -> bool:
    """One of ``words`` ends at ``start``."""
    return any(start >= len(w) and text[start - len(w):start] == w for w in words)


# Patterns built from the lexicons, compiled once. Why: find_regions runs on many short
# clause windows, and rebuilding (escaping, sorting, compiling) them per call dominated.

@lru_cache(maxsize=256)
def compiled(pattern: str) -> re.Pattern:
    """re.compile, remembered (re's own cache is small and still costs a lookup per call)."""
    return re.compile(pattern)


@lru_cache(maxsize=16)
def alternation_pattern(words: tuple[str, ...]) -> re.Pattern:
    """Literal words as one alternation, longest first: ("新区", "高新区") -> 高新区|新区."""
    return re.compile(alternation(words))


def overlaps_mention(mentions: list[RegionMention], start: int, end: int) -> bool:
    """Some mention overlaps text[start:end]."""
    return any(m.start < end and start < m.end for m in mentions)


def covered_chars(text: str, mentions: list[RegionMention]) -> list[bool]:
    """Per character: inside some mention (one pass over the mentions, not per position)."""
    taken = [False] * (len(text) + 1)
    for m in mentions:
        for k in range(m.start, m.end):
            taken[k] = True
    return taken


def _macro_name_ends(text: str, i: int) -> set[int]:
    """Ends of the macro-region names (东部, 中西部) that start at ``i``."""
    regions = load_gazetteer().regions
    return {m.end for m in (matches_at(text, i) if 0 <= i < len(text) else ())
            if any(e.how == "functional" and regions[e.region_id].kind == "macro-region" for e in m.entries)}


def in_transfer_pair(text: str, start: int, end: int) -> bool:
    """东部…向西部: text[start:end], a macro-region name, is one end of a shift between two
    macro-regions in one clause, which names both (recognition.json bare_macro_regions transfer).

    >>> from policydata.recognize.regions import find_regions
    >>> [m.region_id for m in find_regions("引导东部劳动密集型产业向西部有序转移")]
    ['eastern-region', 'western-region']
    >>> [m.region_id for m in find_regions("引导东部产业向中西部转移")]
    ['eastern-region', 'central-western-region']
    >>> find_regions("城区东部，向西部延伸的道路"), find_regions("东部战区向西部战区派出")
    ([], [])
    """
    rules = recognition_rules()["bare_macro_regions"]["transfer"]
    words, stops, gap = rules["words"], set(rules["clause_stops"]), rules["max_gap"]
    if followed_by(text, end, rules["not_before"]):
        return False  # 东部战区: a theatre command, whatever follows
    for i in range(end, min(len(text), end + gap + 1)):  # the earlier name: a later one after 向
        if text[i] in stops:
            break
        for w in words:
            after = i + len(w)
            if text.startswith(w, i) and any(not followed_by(text, e, rules["not_before"])
                                             for e in _macro_name_ends(text, after)):
                return True
    for w in (w for w in words if text.startswith(w, start - len(w))):  # the later name: one before 向
        for j in range(start - len(w) - 1, max(-1, start - len(w) - gap - 1), -1):
            if text[j] in stops:
                break
            if any(e <= start - len(w) and not followed_by(text, e, rules["not_before"])
                   for e in _macro_name_ends(text, j)):
                return True
    return False


def inside_facility_name(text: str, end: int) -> bool:
    """A facility noun (recognition.json institution_followers facilities, 机场) closes the same
    word run within item_gap characters: the name is inside a project name (某能源河曲储能电站).

    Why: a project is named after the county it stands in, with the developer before and the
    kind of plant after, so the name is glued on both sides; the run may hold no separator.

    >>> inside_facility_name("某能源河曲风光储一体化电站并网", 5), inside_facility_name("河曲，储能电站", 2)
    (True, False)
    >>> inside_facility_name("运行平顺稳定可靠的电站", 4)  # 的 is no part of a plant's name
    False
    """
    rules = recognition_rules()
    followers = rules["institution_followers"]
    nouns = (*followers["facilities"], *followers["facility_name_nouns"])
    separators = rules["out_of_area_glue"]["separators"]
    for k in range(end, min(len(text), end + followers["item_gap"] + 1)):
        if text.startswith(nouns, k):
            return True
        if not CJK.match(text[k]) or text[k] in separators or text[k] in followers["facility_name_breaks"]:
            return False
    return False
