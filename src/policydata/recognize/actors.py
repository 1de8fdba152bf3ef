"""Actors: the government bodies a text names, normalized to their full names.

The lexicon is ``actors.csv``: central bodies with aliases (工信部 -> 工业和信息化部), provincial
governments with their place names, and ``{place}`` templates for local departments (山东省发改委 ->
山东省发展和改革委员会). The place before a template comes from the table (山东/山东省), then
:mod:`policydata.recognize.regions`, then deixis (我省/本市 -> the home region).

    >>> [m.actor.name for m in find_actors("工信部和山东省发改委")]
    ['工业和信息化部', '山东省发展和改革委员会']
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from .. import lexicon
from ..text.patterns import alternation
from . import regions as regions_mod
from .regions import RegionMention
from .regions.find import division_can_end, division_can_start


@dataclass(frozen=True)
class Actor:
    """A body from actors.csv (or built from a ``{place}`` template)."""

    name: str
    level: str
    region_id: str
    kind: str

    @property
    def is_media(self) -> bool:
        return self.kind == "media"


@dataclass
class ActorTable:
    """Surface forms -> actors, plus ``{place}`` templates and provincial place names."""

    literal: dict[str, Actor] = field(default_factory=dict)
    #: template suffix surface ("发改委") -> (full-name template "{place}发展和改革委员会", kind)
    templates: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: place surface ("山东", "山东省") -> (full place name "山东省", region code "370000")
    places: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: region code -> provincial government actor
    by_region: dict[str, Actor] = field(default_factory=dict)


@lru_cache(maxsize=1)
def load_actors() -> ActorTable:
    """Read lexicons/actors.csv (comment lines start with #)."""
    table = ActorTable()
    for row in lexicon.csv_rows("actors.csv"):
        name = row["name"].strip()
        surfaces = [name] + [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
        if "{place}" in name:
            for surface in surfaces:
                table.templates[surface.replace("{place}", "")] = (name, row["kind"])
            continue
        actor = Actor(name, row["level"], row.get("region_id", "").strip(), row["kind"])
        for surface in surfaces:
            table.literal.setdefault(surface, actor)
        for place in (row.get("place") or "").split("|"):
            if place.strip():
                table.places[place.strip()] = ((row["place"].split("|")[0]).strip(), actor.region_id)
        if actor.level == "province" and actor.region_id:
            table.by_region[actor.region_id] = actor
    return table


@lru_cache(maxsize=1)
def _actor_regex() -> re.Pattern:
    """Every surface of the table at every position (a lookahead, so matches may overlap): rule
    overlapping_surfaces -- a body's name that starts inside another's (湖南省人民政府办公厅: the literal
    湖南省人民政府, then the template 人民政府办公厅 after the place) is found, and the longest wins."""
    table = load_actors()
    return re.compile(f"(?=({alternation(list(table.literal) + list(table.templates))}))")


# --------------------------------------------------------------------------- places

def _region_name(region_id: str) -> str:
    """Chinese name of a region code, '' if the code is unknown."""
    if not region_id:
        return ""
    try:
        return regions_mod.get_region(region_id).name_zh
    except KeyError:
        return ""


def regions_in(text: str, home_region: str) -> list[RegionMention]:
    """Region mentions in a short window of text (a clause opening), remembered per window."""
    return list(_regions_in_window(text, home_region or "CN"))


@lru_cache(maxsize=4096)
def _regions_in_window(text: str, home_region: str) -> tuple[RegionMention, ...]:
    """find_regions on a short window, remembered.

    Why: the clause analysis asks about the same 12-character clause openings again and
    again (subject, announcing body, place), about four times per distinct window, and the
    answer depends only on the window and the home region (RegionMention is frozen).
    """
    return tuple(regions_mod.find_regions(text, home_region=home_region))


@lru_cache(maxsize=1)
def _places_longest_first() -> tuple[str, ...]:
    """Place surfaces of actors.csv, longest first (so 内蒙古自治区 wins over 内蒙古)."""
    return tuple(sorted(load_actors().places, key=len, reverse=True))


@lru_cache(maxsize=1)
def _places_by_first_char() -> dict[str, tuple[str, ...]]:
    """The same surfaces grouped by their first character, each group still longest first."""
    groups: dict[str, list[str]] = {}
    for surface in _places_longest_first():
        groups.setdefault(surface[:1], []).append(surface)
    return {first: tuple(surfaces) for first, surfaces in groups.items()}


def actor_place_at(t: str, pos: int) -> str:
    """The longest actors.csv place surface starting at ``pos``, '' if none.

    >>> actor_place_at("内蒙古自治区要", 0)
    '内蒙古自治区'

    Why the grouping: this runs for every clause opening; only surfaces sharing the first
    character can match, so there is no need to try the whole list.
    """
    if pos < 0:  # slice semantics of str.startswith: keep the plain scan for this odd case
        return next((s for s in _places_longest_first() if t.startswith(s, pos)), "")
    for surface in _places_by_first_char().get(t[pos:pos + 1], ()):
        if t.startswith(surface, pos):
            return surface
    return ""


def place_surface_at(t: str, pos: int, home_region: str) -> str:
    """A place name starting at ``pos`` (贵州, 内蒙古, 杭州市), '' if none."""
    surface = actor_place_at(t, pos)
    if surface:
        return surface
    if pos >= 0 and not division_can_start(t, pos):  # most clause openings: no place, no scan
        return ""
    for m in regions_in(t[pos:pos + 12], home_region):
        if m.start == 0 and m.end > 0 and is_admin_code(m.region_id):
            return t[pos:pos + m.end]
    return ""


def _region_for_actor_name(name: str) -> str:
    return regions_mod.region_for_actor(name) or ""


def is_admin_code(region_id: str) -> bool:
    """A GB/T 2260 county-or-above code (370000, 370100), not CN or a name.

    >>> is_admin_code("370100"), is_admin_code("CN")
    (True, False)
    """
    return bool(re.fullmatch(r"[1-9]\d{5}", region_id or ""))


# --------------------------------------------------------------------------- actors

@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    actor: Actor


def place_before(text: str, pos: int, home_region: str) -> tuple[int, str, str] | None:
    """The place name ending at ``pos``: (start, full place name, region code), or None.

    Tries provincial names from actors.csv (山东/山东省), then policydata.recognize.regions, then deixis
    (省/市/我省/本市 -> the home region).
    """
    table = load_actors()
    for surface in _places_longest_first():
        if text.endswith(surface, 0, pos):
            full, code = table.places[surface]
            return pos - len(surface), full, code
    window_start = max(0, pos - 12)
    for m in regions_in(text[window_start:pos], home_region) if division_can_end(text, pos) else ():
        if window_start + m.end == pos and is_admin_code(m.region_id):
            name = _region_name(m.region_id) or m.text
            return window_start + m.start, name, m.region_id
    short = _short_form_with_level(text, pos, home_region)
    if short:
        return short
    deixis = _level_deixis(text, pos)
    if deixis and home_region and home_region != "CN":
        home = home_division_of_level(home_region, deixis.group(1))
        if home:
            return pos - len(deixis.group(0)), home[0], home[1]
    return None


def _level_deixis(text: str, pos: int) -> re.Match | None:
    """A level word (with 我/本/全) ending at ``pos``: 省, 我市, 全县, 自治区; None if none."""
    return re.search(f"(?:我|本|全)?(自治区|[{level_words()}])$", text[max(0, pos - 4):pos])


def home_division_of_level(home_region: str, level_word: str) -> tuple[str, str] | None:
    """Rule home_division_of_level: a body named by its level word alone (省发展改革委, 市商务局,
    县财政局, 我区) belongs to the division of that level the text's home region lies in: the home
    region itself or its nearest ancestor whose name ends in the level word -> (name, code).

    >>> home_division_of_level("370102", "市"), home_division_of_level("370102", "省")
    (('济南市', '370100'), ('山东省', '370000'))
    >>> home_division_of_level("370000", "县") is None
    True
    """
    code, seen = home_region, 0
    while is_admin_code(code) and seen < 4:
        name = _region_name(code) or _province_place_name(code)
        if name and name.endswith(level_word):
            return name, code
        try:
            code = regions_mod.get_region(code).parent_id
        except KeyError:
            return None
        seen += 1
    return None




def _short_form_with_level(text: str, pos: int, home_region: str) -> tuple[int, str, str] | None:
    """Rule short_form_with_level (round 16): a division written by its short form and its level word
    (三江县 for 三江侗族自治县, 北川县 for 北川羌族自治县), ending at ``pos``: (start, full name, code)
    when the short form is the division's and the full name ends in that level word; else None.

    >>> _short_form_with_level("北川县应急管理局", 3, "CN")
    (0, '北川羌族自治县', '510726')
    >>> _short_form_with_level("推进县", 3, "CN") is None
    True
    """
    if pos < 3 or pos > len(text) or text[pos - 1] not in level_words():
        return None
    window_start = max(0, pos - 12)
    for m in regions_in(text[window_start:pos], home_region):
        if window_start + m.end == pos - 1 and is_admin_code(m.region_id):
            name = _region_name(m.region_id)
            if name and name.endswith(text[pos - 1]) and name != m.text:
                return window_start + m.start, name, m.region_id
    return None


def _province_place_name(region_id: str) -> str:
    actor = load_actors().by_region.get(region_id)
    if not actor:
        return ""
    for surface, (full, code) in load_actors().places.items():
        if code == region_id:
            return full
    return ""


def find_actors(text: str, home_region: str = "") -> list[ActorMention]:
    """Actor mentions in ``text``, longest match first, normalized to full names.

    >>> [(m.actor.name) for m in find_actors("工信部和山东省发改委")]
    ['工业和信息化部', '山东省发展和改革委员会']
    """
    if len(text) > _REMEMBERED_TEXT_MAX:  # a whole article: asked once, not worth keeping
        return list(_actors_in.__wrapped__(text, home_region))
    return list(_actors_in(text, home_region))


#: texts up to this length (clauses, openings) have their actors remembered
_REMEMBERED_TEXT_MAX = 300


@lru_cache(maxsize=256)  # the same clause is asked again within a few clauses; kept small: another document never profits
def _actors_in(text: str, home_region: str) -> tuple[ActorMention, ...]:
    """find_actors, remembered for short texts: the clause analysis asks about the same clause
    several times; the cache holds clauses only, so memory stays flat however many documents."""
    table = load_actors()
    candidates: list[ActorMention] = []
    for m in _actor_regex().finditer(text):
        surface, m_start, m_end = m.group(1), m.start(1), m.end(1)
        # 教育部门 / 科技部门 are generic "departments", not the ministry; 交通部署 / 人事部署 are
        # 部署 ("arrange"), not a ministry
        following = text[m_end:m_end + 1]
        if following == "门" or (following == "署" and surface.endswith("部")):
            continue
        template = table.templates.get(surface)
        if template:
            place = place_before(text, m_start, home_region)
            if place:
                start, place_name, code = place
                name = template[0].replace("{place}", place_name)
                known = table.literal.get(name)
                actor = known or Actor(name, "local", code, template[1])
                if surface in _noun_words("as_written_suffix"):  # rule place_named_central_office
                    actor = Actor(text[start:m_end], "central", code, template[1])
                candidates.append(ActorMention(start, m_end, actor))
                continue
            unplaced = surface in table.literal and _local_body_unplaced(text, m_start, table.literal[surface])
            if unplaced:  # rule level_word_local_body: 省发展改革委 in a text whose home says no province
                name = template[0].replace("{place}", unplaced.group(1))
                candidates.append(ActorMention(m_start - len(unplaced.group(0)), m_end,
                                               Actor(name, "local", "", template[1])))
                continue
        if surface in table.literal:
            if _local_body_unplaced(text, m_start, table.literal[surface]):
                continue
            candidates.append(_general_office(text, m_start, m_end, table.literal[surface]))
    # Overlapping surfaces: also try every start position so that a longer match hidden by
    # the regex's left-to-right scan (国务院 vs 国务院新闻办公室) is not lost.
    candidates.sort(key=lambda c: (c.start, -(c.end - c.start)))
    return _longest_disjoint(candidates)


def _local_body_unplaced(text: str, start: int, actor: Actor) -> re.Match | None:
    """Rule level_word_local_body: a central body's short name right after a level word (省发展改革委,
    市医保局, 县气象局) names that level's local body, never the national one; when the home region
    does not tell which division (a national story, a county text naming 市), a ``{place}`` template
    names it by its level word (省发展和改革委员会, as the text does), else it stays unnamed.

    >>> central = Actor("国家发展和改革委员会", "central", "CN", "commission")
    >>> _local_body_unplaced("省发展改革委", 1, central).group(0), _local_body_unplaced("由发展改革委", 1, central)
    ('省', None)
    """
    return _level_deixis(text, start) if actor.level == "central" else None


def _general_office(text: str, start: int, end: int, actor: Actor) -> ActorMention:
    """The mention of ``actor`` at ``start:end``, widened to its general office when one follows
    (rule general_office_mention; central bodies only, a name that is no office already).

    >>> m = _general_office("水利部办公厅近日印发通知", 0, 3, Actor("水利部", "central", "CN", "ministry"))
    >>> m.end, m.actor.name
    (6, '水利部办公厅')
    >>> _general_office("水利部近日印发通知", 0, 3, Actor("水利部", "central", "CN", "ministry")).actor.name
    '水利部'
    """
    offices = _noun_words("general_office")
    office = next((o for o in offices if text.startswith(o, end)), "")
    if office and actor.level == "central" and not actor.name.endswith(offices):
        return ActorMention(start, end + len(office),
                            Actor(actor.name + office, actor.level, actor.region_id, actor.kind))
    return ActorMention(start, end, actor)


def _longest_disjoint(candidates: list[ActorMention]) -> tuple[ActorMention, ...]:
    """The mentions kept of ``candidates`` (sorted by start, longer first): longest first (ties in
    the given order), each kept unless it overlaps one kept before; by start.

    Why bisect: the kept mentions are disjoint, so sorted by start they are sorted by end too and
    only the neighbours of a candidate's start can overlap it; checking every kept mention made
    a whole article's look-up (hundreds of mentions) quadratic.

    >>> a = Actor("甲", "local", "", "x")
    >>> [(m.start, m.end) for m in _longest_disjoint([ActorMention(0, 3, a), ActorMention(2, 7, a), ActorMention(7, 9, a)])]
    [(2, 7), (7, 9)]
    """
    if any(c.end <= c.start for c in candidates):  # an empty mention: the plain pairwise check
        chosen: list[ActorMention] = []
        for c in sorted(candidates, key=lambda c: -(c.end - c.start)):
            if all(c.end <= o.start or c.start >= o.end for o in chosen):
                chosen.append(c)
        return tuple(sorted(chosen, key=lambda c: c.start))
    starts: list[int] = []
    kept: list[ActorMention] = []
    for c in sorted(candidates, key=lambda c: -(c.end - c.start)):
        i = bisect_right(starts, c.start)
        if (i and kept[i - 1].end > c.start) or (i < len(kept) and kept[i].start < c.end):
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    return tuple(kept)


# --------------------------------------------------------------------------- generic nouns

@lru_cache(maxsize=1)
def _actor_nouns() -> dict[str, list[dict[str, str]]]:
    """actor_nouns.csv rows by rule (media_suffix, department), longest surface first."""
    rules: dict[str, list[dict[str, str]]] = {}
    for row in lexicon.csv_rows("actor_nouns.csv"):
        rules.setdefault(row["rule"], []).append(row)
    for rows in rules.values():
        rows.sort(key=lambda r: -len(r["surface"]))
    return rules


@lru_cache(maxsize=None)
def _noun_words(rule: str) -> tuple[str, ...]:
    """The surfaces of one rule of actor_nouns.csv in file order: ``general_office`` (rule
    general_office_mention: 教育部办公厅 is the ministry's general office, a body of its own),
    ``as_written_suffix`` (rule place_named_central_office: 海口海关 keeps its name as written),
    ``prefecture_office_suffix`` (rule prefecture_office: 锡林郭勒盟, 喀什地区 are governed by a
    行政公署), ``government_suffix`` (人民政府, 行政公署), ``level_word`` (:func:`level_words`).

    >>> _noun_words("general_office"), _noun_words("government_suffix")
    (('办公厅', '办公室'), ('人民政府', '行政公署'))
    """
    return tuple(row["surface"] for row in lexicon.csv_rows("actor_nouns.csv") if row["rule"] == rule)


@lru_cache(maxsize=1)
def level_words() -> str:
    """Rules short_form_with_level and official_place_name: the level words a division's short form
    keeps before a body (三江县委, 北川县应急局: 北川 + 县 names 北川羌族自治县), actor_nouns.csv
    ``level_word``; the one list the actor finder and the clause subjects read.

    >>> level_words()
    '省市县区州盟旗'
    """
    return "".join(_noun_words("level_word"))


def is_media_name(name: str) -> bool:
    """Rule ``media_publisher``: a publisher named as a news outlet (a website, a paper, a
    station) reports; it is never the body that acts, whatever place or department it names.

    >>> [is_media_name(n) for n in ("某省农业农村厅网站", "某某日报", "某县融媒体中心", "某市财政局")]
    [True, True, True, False]
    """
    head = re.split(r"[（(；;，,]", name or "")[0].strip()
    if not head or head in load_actors().literal:
        return bool(head) and load_actors().literal[head].is_media
    return any(head.endswith(r["surface"]) for r in _actor_nouns().get("media_suffix", ()))


def department_actor(name: str, home_region: str = "") -> Actor | None:
    """Rule ``generic_department``: a department named by what it does (舒兰市农业部门, 县财政部门,
    省教育部门) is its place's bureau (actor_nouns.csv ``department``), the department of a
    province for a province. Rule ``national_department``: with no place before the noun, in a
    story about the whole country (home region CN), it is the national ministry or administration
    (the ``national`` column); elsewhere None without a place.

    >>> department_actor("梨树县农业部门").name, department_actor("省财政部门", "220000").name
    ('梨树县农业农村局', '吉林省财政厅')
    >>> department_actor("有关部门") is None
    True
    >>> [getattr(department_actor(n, "CN"), "name", None) for n in ("税务部门", "市场监管部门", "有关部门")]
    ['国家税务总局', '国家市场监督管理总局', None]
    >>> department_actor("税务部门", "220000") is None, department_actor("税务部门") is None
    (True, True)
    """
    for row in _actor_nouns().get("department", ()):
        if not name.endswith(row["surface"]):
            continue
        place = place_before(name, len(name) - len(row["surface"]), home_region)
        if not place and name == row["surface"]:
            return _story_level_department(row, home_region)
        if not place or place[0] != 0:
            return None
        _, full, code = place
        bureau = row["province"] if code.endswith("0000") else row["local"]
        return normalize_actor(full + bureau, home_region)
    return None


def is_bare_department(surface: str) -> bool:
    """A generic department noun with no place (住建部门, 税务部门): rule national_department reads it.

    >>> is_bare_department("住建部门"), is_bare_department("南京市住建部门"), is_bare_department("住建局")
    (True, False, False)
    """
    return any(row["surface"] == surface for row in _actor_nouns().get("department", ()))


def _story_level_department(row: dict[str, str], home_region: str) -> Actor | None:
    """Rule ``national_department``: a generic department noun with no place before it is the
    national ministry or administration in a story about the whole country (CN). In a local
    story it stays unnamed (None): the text may mean any level's department there.

    >>> row = {"local": "财政局", "province": "财政厅", "national": "财政部"}
    >>> _story_level_department(row, "CN").name, _story_level_department(row, "350500")
    ('财政部', None)
    """
    if home_region == "CN" and row.get("national"):
        return normalize_actor(row["national"], home_region)
    return None


def normalize_actor(name: str, home_region: str = "") -> Actor | None:
    """A body's name as written (issuer column, cited unit) -> table actor, or None.

    >>> normalize_actor("国务院（国务院总理李强）").name
    '国务院'
    >>> normalize_actor("发展改革委").name
    '国家发展和改革委员会'
    >>> normalize_actor("商务部办公厅、市场监管总局办公厅").name
    '商务部办公厅、国家市场监督管理总局办公厅'
    """
    if not name:
        return None
    head = re.split(r"[（(；;，,]", name)[0].strip()
    if not head:
        return None
    if "、" in head:  # joint issuers: each normalized, joined with 、 (the first leads)
        parts = [normalize_actor(p, home_region) for p in head.split("、")]
        if all(parts):
            return Actor("、".join(p.name for p in parts), parts[0].level, parts[0].region_id,
                         parts[0].kind)
        return None
    for office in _noun_words("general_office"):  # 商务部办公厅: the general office of a known body
        if head.endswith(office) and len(head) > len(office) + 1 and head not in load_actors().literal:
            body = normalize_actor(head[:-len(office)], home_region)
            if body and not body.name.endswith(office):
                return Actor(body.name + office, body.level, body.region_id, body.kind)
    table = load_actors()
    if head in table.literal:
        return table.literal[head]
    if is_media_name(head):  # 某省农业农村厅网站: an outlet, not the department it names
        return Actor(head, "media", "", "media")
    mentions = find_actors(head, home_region)
    if mentions and mentions[0].start == 0 and mentions[0].end == len(head):
        return mentions[0].actor
    department = department_actor(head, home_region)
    if department:
        return department
    code = _region_for_actor_name(head)
    if code:
        return Actor(head, "local", code, "government")
    return None


def government_title(full: str, code: str) -> str:
    """The name of the government of the division ``full`` (gazetteer code ``code``).

    >>> government_title("锡林郭勒盟", "152500"), government_title("喀什地区", "653100")
    ('锡林郭勒盟行政公署', '喀什地区行政公署')
    >>> government_title("阿坝藏族羌族自治州", "513200"), government_title("正蓝旗", "152530")
    ('阿坝藏族羌族自治州人民政府', '正蓝旗人民政府')
    """
    prefecture = len(code) == 6 and code.endswith("00") and not code.endswith("0000")
    if prefecture and full.endswith(_noun_words("prefecture_office_suffix")):
        return f"{full}行政公署"
    return f"{full}人民政府"


def strip_government(name: str) -> str:
    """A government's name without its 人民政府/行政公署 (喀什地区行政公署 -> 喀什地区)."""
    for suffix in _noun_words("government_suffix"):
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return name


def place_government(place_start: int, text: str, end: int, home_region: str) -> Actor | None:
    """The government of the place written in text[place_start:end] (山东 -> 山东省人民政府)."""
    place = place_before(text, end, home_region)
    if not place or place[0] != place_start:
        return None
    _, full, code = place
    return load_actors().by_region.get(code) or Actor(government_title(full, code), "local", code, "government")


def home_government(region_id: str) -> Actor | None:
    """The government of a region code (370000 -> 山东省人民政府), None for CN or unknown."""
    if not is_admin_code(region_id):
        return None
    table = load_actors()
    if region_id in table.by_region:
        return table.by_region[region_id]
    name = _region_name(region_id)
    return Actor(government_title(name, region_id), "local", region_id, "government") if name else None


def township_government(region_id: str, surface: str) -> Actor | None:
    """The government of a township (a 9-digit code, as regions finds it): its county's name, a
    district's with its city's (区 names repeat across cities), then the township's, then
    人民政府 (a 街道's 办事处). None when the county is unknown.

    >>> township_government("331123104", "金竹镇").name, township_government("330502104", "埭溪镇").name
    ('遂昌县金竹镇人民政府', '湖州市吴兴区埭溪镇人民政府')
    """
    county = home_government(region_id[:6]) if len(region_id) == 9 else None
    if not county:
        return None
    prefix = strip_government(county.name)
    if prefix.endswith("区"):
        city = home_government(region_id[:4] + "00")
        prefix = (strip_government(city.name) if city else "") + prefix
    office = "办事处" if surface.endswith("街道") else "人民政府"
    return Actor(prefix + surface + office, "local", region_id[:6], "government")

