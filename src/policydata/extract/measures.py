"""Stage 4b: measures -- who commits to do what, with which instrument, in which area.

A *measure* is one action clause that an actor commits to: 制定“十五五”促进中小企业发展规划,
实施“宽带升级”专项, 支持老旧住房自主更新、原拆原建. The rules are data in ``lexicons/``:

* ``measure_verbs.json`` -- lead verbs, modals, adverbs, intro/enumerator/time prefixes, and the
  cues of non-measures (statistics, evaluations 是…的, questions, captions, bylines);
* ``actors.csv`` -- central bodies with aliases (工信部 -> 工业和信息化部), provincial
  governments, and ``{place}`` templates for local departments (山东省发改委 ->
  山东省发展和改革委员会);
* ``instruments.json`` -- named, ordered instrument rules: verb class (布局 -> plan, 探索 -> pilot,
  严禁 -> regulation), built facility, head noun (the keyword that ends last), container head
  (建设, 政策, 机制), verb default, none; each finding keeps the deciding rule (``instrument_rule``);
* ``policy_areas.json`` -- Comparative Agendas Project topics with Chinese keywords; broad
  modifiers (企业, 数字) decide last; the finding keeps the level that decided (``policy_area_rule``:
  clause keyword, sentence keyword, paragraph topic, document topic, none).

Not measures (``measure_verbs.json`` ``non_measure_rules``, each named): principles and slogans
(坚持…, 统筹A和B), purposes (确保…), outcomes (实现…, 促进…, 提升…能力), exhortations (切实…, 着力…),
stated needs (需要进一步…) and agenda lines (做好以下N个方面工作); sections of guiding thought and
principles (指导思想, 基本原则) and a paragraph's summary sentence (二是…，…。). Reported actions in
object-first form (X建成通车, X建设有力推进) are measures (``result_predicate_patterns``).

How a text becomes measures (see :func:`extract_measures`)::

    blocks (not headings) -> sentences (layout.split_sentences)
      -> clauses (layout.split_clauses, re-merged at 、 and inside “”《》（）)
      -> each clause classified: intro | measure | continuation | target | statistic | evaluation
      -> one measure per action clause; continuations and target clauses extend it.

The actor is tracked through the document (:class:`_ActorState`): a speaker's unit
(工业和信息化部副部长张云明表示 ... 张云明表示), the subject of a modal clause (工信部将…),
a cited document (《实施意见》提出 -> the government that published it), a paragraph's
responsibility note (（农业农村部、发展改革委等负责） -> the first, leading unit), 我代表X.
Fallbacks: the issuer argument (when it is a government body, not a news outlet), then the
most recent actor mentioned in the article. When the issuer is a government body it speaks the
whole text: a subject another sentence names (某市人民政府要…) governs that sentence only, and a
place that puts out something other than a document (某市推出…线路) is no actor at all.

Example::

    >>> from policydata.document import Article, Block
    >>> text = "工信部将实施“宽带升级”专项，在城市地区部署5G-A网络。"
    >>> art = Article(1, "", text, [Block("body", 0, len(text), text)])
    >>> [(text[m.start:m.end], m.actor, m.action) for m in
    ...  extract_measures(art, issuer="", region_id="CN", region_mentions=[])]
    [('工信部将实施“宽带升级”专项', '工业和信息化部', '实施'), ('在城市地区部署5G-A网络', '工业和信息化部', '部署')]
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..recognize import regions as regions_mod
from ..recognize import timeexpr as timeexpr_mod
from .context import opening_frame
from .. import lexicon
from ..document import Article, Block, Span
from ..text.layout import split_clauses, split_sentences
from ..text.patterns import alternation, literal_pattern
from ..recognize.regions import RegionMention

log = logging.getLogger("policydata")


#: Block kinds that never hold measures (layout keeps headings in the text for context).
NON_MEASURE_BLOCK_KINDS = {"heading", "headline", "subheadline", "title", "caption", "byline",
                           "attribution", "source"}
_TRAILING_PUNCT = "，,。；;、：:！!？? \t\n"
_FIVE_YEAR = re.compile(r"十[一二三四五六七八九]五")
_HAN = r"\u4e00-\u9fff"


@dataclass
class MeasureFinding:
    start: int  # quote span in article text
    end: int
    actor: str
    action: str
    instrument: str
    policy_area: str  # CAP major topic code, as text ("15")
    policy_area_label: str  # CAP major topic label ("Domestic Commerce")
    region_id: str
    named_policy: str = ""
    framework: str = ""
    speaker: str = ""  # person quoted, when the measure is announced by a named official
    co_actors: str = ""  # other responsible units, "、"-joined (from （…等负责） notes)
    #: "planned" (a commitment: 将/要/力争, plan sections, opinions) or "reported" (the text reports
    #: it as done or under way: 过去一年…, 2025年工作回顾, 已, 累计, 出台了)
    status: str = "planned"
    #: name of the instruments.json rule that decided ``instrument`` (debug: why this class)
    instrument_rule: str = ""
    #: which rule of :func:`decide_policy_area` decided ``policy_area``
    policy_area_rule: str = ""


# --------------------------------------------------------------------------- lexicons

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


#: the actor of a measure whose text names no government body (我国深入实施…): actor ""
NOBODY = Actor("", "national", "", "nobody")


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
def load_verbs() -> dict:
    """measure_verbs.json with the *_patterns entries compiled and word lists sorted longest first."""
    data = lexicon.load("measure_verbs.json")
    out: dict = {}
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if key.endswith("_patterns"):
            out[key] = [re.compile(p) for p in value]
        elif key.endswith("_rules"):
            out[key] = value
        elif isinstance(value, list):
            out[key] = sorted(set(value), key=len, reverse=True)
        else:
            out[key] = value
    return out


@lru_cache(maxsize=1)
def load_instruments() -> dict:
    """instruments.json: the named decision rules of :func:`decide_instrument`."""
    data = lexicon.load("instruments.json")
    keyword_to_instrument = {}
    for rule in data["rules"]:
        for kw in rule["keywords"]:
            keyword_to_instrument.setdefault(kw, rule["instrument"])
    containers = {}
    for rule in data.get("container_heads", []):
        for kw in rule["keywords"]:
            containers.setdefault(kw, (rule["instrument"], rule["name"]))
    verb_classes = {}
    for rule in data.get("verb_classes", []):
        for v in rule["verbs"]:
            verb_classes.setdefault(v, (rule["instrument"], rule["name"]))
    return {"keywords": keyword_to_instrument, "verb_defaults": data.get("verb_defaults", {}),
            "containers": containers, "verb_classes": verb_classes,
            "built_facility": data.get("built_facility", {})}


@lru_cache(maxsize=1)
def load_policy_areas() -> dict:
    """policy_areas.json: keyword -> (code, label, order) and the fallback topic."""
    data = lexicon.load("policy_areas.json")
    keywords = {}
    for order, topic in enumerate(data["topics"]):
        for kw in topic["keywords"]:
            keywords.setdefault(kw, (topic["code"], topic["label"], order))
    fb = data.get("fallback", {"code": 0, "label": "Other"})
    return {"keywords": keywords, "fallback": (fb["code"], fb["label"]),
            "broad": frozenset(data.get("broad_keywords", []))}


@lru_cache(maxsize=1)
def _actor_regex() -> re.Pattern:
    table = load_actors()
    return re.compile(f"(?:{alternation(list(table.literal) + list(table.templates))})")


# --------------------------------------------------------------------------- regions

def _region_name(region_id: str) -> str:
    """Chinese name of a region code, '' if the code is unknown."""
    if not region_id:
        return ""
    try:
        return regions_mod.get_region(region_id).name_zh
    except KeyError:
        return ""


def _regions_in(text: str, home_region: str) -> list[RegionMention]:
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


def _actor_place_at(t: str, pos: int) -> str:
    """The longest actors.csv place surface starting at ``pos``, '' if none.

    >>> _actor_place_at("内蒙古自治区要", 0)
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


def _region_for_actor_name(name: str) -> str:
    return regions_mod.region_for_actor(name) or ""


def _is_admin_code(region_id: str) -> bool:
    return bool(re.fullmatch(r"[1-9]\d{5}", region_id or ""))


def _within(child: str, parent: str) -> bool:
    """GB/T 2260 containment by code prefix: 370100 is within 370000; everything is within CN."""
    if not _is_admin_code(child) or child == parent:
        return False
    if parent == "CN":
        return True
    if not _is_admin_code(parent):
        return False
    if parent.endswith("0000"):
        return child[:2] == parent[:2]
    if parent.endswith("00"):
        return child[:4] == parent[:4]
    return False


# --------------------------------------------------------------------------- actors

@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    actor: Actor


def _place_before(text: str, pos: int, home_region: str) -> tuple[int, str, str] | None:
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
    for m in _regions_in(text[window_start:pos], home_region):
        if window_start + m.end == pos and _is_admin_code(m.region_id):
            name = _region_name(m.region_id) or m.text
            return window_start + m.start, name, m.region_id
    deixis = re.search(r"(?:我|本|全)?(自治区|[省市区县])$", text[max(0, pos - 4):pos])
    if deixis and home_region and home_region != "CN":
        home_name = _region_name(home_region) or _province_place_name(home_region)
        if home_name and home_name.endswith(deixis.group(1)):
            return pos - len(deixis.group(0)), home_name, home_region
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
    table = load_actors()
    candidates: list[ActorMention] = []
    for m in _actor_regex().finditer(text):
        surface = m.group()
        # 教育部门 / 科技部门 are generic "departments", not the ministry
        if text[m.end():m.end() + 1] == "门":
            continue
        template = table.templates.get(surface)
        if template:
            place = _place_before(text, m.start(), home_region)
            if place:
                start, place_name, code = place
                name = template[0].replace("{place}", place_name)
                known = table.literal.get(name)
                actor = known or Actor(name, "local", code, template[1])
                candidates.append(ActorMention(start, m.end(), actor))
                continue
        if surface in table.literal:
            candidates.append(ActorMention(m.start(), m.end(), table.literal[surface]))
    # Overlapping surfaces: also try every start position so that a longer match hidden by
    # the regex's left-to-right scan (国务院 vs 国务院新闻办公室) is not lost.
    candidates.sort(key=lambda c: (c.start, -(c.end - c.start)))
    chosen: list[ActorMention] = []
    for c in sorted(candidates, key=lambda c: -(c.end - c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


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
    for office in ("办公厅", "办公室"):  # 商务部办公厅: the general office of a known body
        if head.endswith(office) and len(head) > len(office) + 1 and head not in load_actors().literal:
            body = normalize_actor(head[:-len(office)], home_region)
            if body and not body.name.endswith(office):
                return Actor(body.name + office, body.level, body.region_id, body.kind)
    table = load_actors()
    if head in table.literal:
        return table.literal[head]
    mentions = find_actors(head, home_region)
    if mentions and mentions[0].start == 0 and mentions[0].end == len(head):
        return mentions[0].actor
    code = _region_for_actor_name(head)
    if code:
        return Actor(head, "local", code, "government")
    return None


def _place_government(place_start: int, text: str, end: int, home_region: str) -> Actor | None:
    """The government of the place written in text[place_start:end] (山东 -> 山东省人民政府)."""
    place = _place_before(text, end, home_region)
    if not place or place[0] != place_start:
        return None
    _, full, code = place
    return load_actors().by_region.get(code) or Actor(f"{full}人民政府", "local", code, "government")


def _home_government(region_id: str) -> Actor | None:
    """The government of a region code (370000 -> 山东省人民政府), None for CN or unknown."""
    if not _is_admin_code(region_id):
        return None
    table = load_actors()
    if region_id in table.by_region:
        return table.by_region[region_id]
    name = _region_name(region_id)
    return Actor(f"{name}人民政府", "local", region_id, "government") if name else None


# --------------------------------------------------------------------------- clauses

_OPEN, _CLOSE = "“《（(「『‘", "”》）)」』’"


def _depth_change(s: str) -> int:
    return sum(s.count(c) for c in _OPEN) - sum(s.count(c) for c in _CLOSE)


def clauses_of(text: str, sentence: Span) -> list[Span]:
    """Clauses of a sentence for measure detection.

    ``layout.split_clauses`` splits on ，、：; an enumeration comma 、 never starts a new
    action (加快修订中小企业划型标准、…), and no split may fall inside “…”, 《…》 or （…）, so
    such pieces are merged back.

    >>> t = "围绕“建、用、研”三个方面，实施城中村、危旧房改造。"
    >>> [c.text for c in clauses_of(t, Span(0, len(t), t))]
    ['围绕“建、用、研”三个方面，', '实施城中村、危旧房改造。']
    """
    pieces = [p for p in split_clauses(text, sentence) if p.end > p.start]
    merged: list[Span] = []
    depth = 0
    for piece in pieces:
        if merged and (depth > 0 or merged[-1].text.rstrip().endswith("、")):
            last = merged[-1]
            merged[-1] = Span(last.start, piece.end, text[last.start:piece.end])
        else:
            merged.append(piece)
        depth = max(0, _depth_change(merged[-1].text))
    return merged


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n":
        start += 1
    while end > start and text[end - 1] in _TRAILING_PUNCT:
        end -= 1
    return start, end


# --------------------------------------------------------------------------- clause analysis

@dataclass
class ClauseInfo:
    """What one clause is. ``kind``: intro, measure, plain, target, statistic, evaluation,
    not_measure (a principle, purpose, outcome or exhortation: :func:`non_measure_rule`)."""

    kind: str
    start: int = 0  # where a measure quote would start (after intro/enumerator prefixes)
    end: int = 0
    action: str = ""
    has_modal: bool = False
    subject: ActorMention | None = None
    obligation: bool = False  # 应/应当/必须/不得: a rule (instrument regulation)
    benefactive: bool = False  # 为+beneficiary+verb (为1万名老年人实施手术)


def _match_word(t: str, pos: int, words: list[str]) -> str:
    """The first of ``words`` (sorted longest first) starting at ``pos``, '' if none.

    >>> _match_word("要完成改造", 1, ["完成", "完"])
    '完成'
    """
    groups = _words_by_first_char(tuple(words))
    if groups is None or pos < 0:  # an empty word or slice-style position: plain scan
        return next((w for w in words if t.startswith(w, pos)), "")
    for w in groups.get(t[pos:pos + 1], ()):
        if t.startswith(w, pos):
            return w
    return ""


@lru_cache(maxsize=64)
def _words_by_first_char(words: tuple[str, ...]) -> dict[str, tuple[str, ...]] | None:
    """Words grouped by first character, list order kept; None if a word is empty.

    Why: _match_word runs several times per clause position over lexicon lists of hundreds
    of words; only the words sharing the first character can match.
    """
    if "" in words:
        return None
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w)
    return {first: tuple(ws) for first, ws in groups.items()}


def _skip_prefixes(t: str, pos: int) -> int:
    """Skip enumerators (一是, （三）), time words (下一步, 2026年) and connectives (同时, 通过)."""
    lex = load_verbs()
    changed = True
    while changed and pos < len(t):
        changed = False
        for pat in lex["enumerator_patterns"] + lex["time_prefix_patterns"]:
            m = pat.match(t, pos)
            if m and m.end() > pos:
                pos, changed = m.end(), True
        w = _match_word(t, pos, lex["strip_prefixes"])
        if w and len(t) > pos + len(w):
            pos, changed = pos + len(w), True
    return pos


def _verb_at(t: str, pos: int, planning: bool = False) -> tuple[str, int, bool]:
    """(lead verb, position after it, had modal) after optional modal and adverbs at ``pos``.

    ``planning``: the sentence plans (到2025年…), so plan-only verbs (完成) lead too; a modal
    in the clause has the same effect.

    >>> _verb_at("要完成改造", 0), _verb_at("完成改造", 0), _verb_at("完成改造", 0, planning=True)
    (('完成', 3, True), ('', 0, False), ('完成', 2, False))
    """
    lex = load_verbs()
    modal = False
    w = _match_word(t, pos, lex["modals"])
    if w:
        modal, pos = True, pos + len(w)
    last_adverb = ""
    for _ in range(6):
        verbs = _lead_verbs(planning or modal)
        verb = _match_word(t, pos, verbs)
        adverb = _match_word(t, pos, lex["adverbs"])
        if adverb and len(adverb) >= len(verb) and _match_word(t, pos + len(adverb), verbs + lex["adverbs"] + lex["modals"]):
            last_adverb, pos = adverb, pos + len(adverb)
            w = _match_word(t, pos, lex["modals"])
            if w:
                modal, pos = True, pos + len(w)
            continue
        if verb and not _verb_inside_noun(t, pos + len(verb)):
            return verb, pos + len(verb), modal
        break
    if last_adverb in lex["verb_like_adverbs"]:
        return last_adverb, pos, modal
    return "", pos, modal


@lru_cache(maxsize=2)
def _lead_verbs(planning: bool) -> list[str]:
    """Lead verbs, longest first; with the plan-only verbs (完成) when the context plans."""
    lex = load_verbs()
    words = lex["lead_verbs"] + (lex.get("plan_only_verbs", []) if planning else [])
    return sorted(set(words), key=len, reverse=True)


def _verb_inside_noun(t: str, after: int) -> bool:
    """The verb ending at ``after`` is part of a noun: 保障性租赁住房, 建设者, 发展中国家.

    >>> _verb_inside_noun("保障性租赁住房", 2), _verb_inside_noun("提升性能", 2), _verb_inside_noun("保障住房", 2)
    (True, False, False)
    """
    lex = load_verbs()
    return any(t.startswith(w, after) for w in lex["not_verb_before"]) or \
        any(p.match(t[after:]) for p in lex.get("not_verb_before_patterns", []))


def non_measure_rule(t: str) -> str:
    """Name of the rule (measure_verbs.json ``non_measure_rules``) that makes a clause opening with
    ``t`` a principle, purpose, outcome, exhortation or need rather than a measure; '' if none.
    An optional modal before the word is skipped (要坚持…).

    >>> non_measure_rule("坚持稳中求进工作总基调"), non_measure_rule("要确保粮食安全"), non_measure_rule("实施专项行动")
    ('principle', 'purpose', '')
    >>> non_measure_rule("统筹质量和效率"), non_measure_rule("统筹推进城乡建设")
    ('principle', '')
    >>> non_measure_rule("提升应急处置能力"), non_measure_rule("要重点做好以下六个方面工作")
    ('outcome', 'agenda')
    """
    lex = load_verbs()
    pos = len(_match_word(t, 0, lex["modals"]))
    for rule in lex.get("non_measure_rules", []):
        if any(t.startswith(w, pos) or t.startswith(w) for w in rule["words"]):
            return rule["name"]
        for w in rule.get("noun_words", []):
            if t.startswith(w, pos):
                verb, after, _ = _verb_at(t, pos + len(w))
                if not verb or t[after:after + 1] in ("和", "与", "及", "、"):  # 统筹发展和安全: nouns
                    return rule["name"]
        if any(p.search(t[pos:]) for p in _rule_patterns(rule["name"])):
            return rule["name"]
    return ""


@lru_cache(maxsize=None)
def _rule_patterns(name: str) -> tuple[re.Pattern, ...]:
    rule = next(r for r in load_verbs().get("non_measure_rules", []) if r["name"] == name)
    return tuple(re.compile(p) for p in rule.get("patterns", []))


@lru_cache(maxsize=1)
def _beneficiary_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in load_verbs().get("benefactive", {}).get("beneficiary_patterns", []))


def _verb_after_beneficiary(t: str, pos: int, planning: bool = False) -> tuple[str, int]:
    """(action verb, position after it) of a benefactive clause (measure_verbs.json ``benefactive``):
    [adverb] 为 + a quantity or a noun phrase of beneficiaries + an action verb; ('', pos) otherwise.
    为 + verb (为推动…, 为了…, 为确保…) is a purpose clause, never benefactive.

    >>> _verb_after_beneficiary("为3200名困难家庭学生发放资助金", 0)
    ('发放', 14)
    >>> _verb_after_beneficiary("免费为1万名老年人实施手术", 0)[0], _verb_after_beneficiary("为推动企业发展", 0)
    ('实施', ('', 0))
    """
    rule = load_verbs().get("benefactive")
    if not rule:
        return "", pos
    at = pos + len(_match_word(t, pos, sorted(rule.get("adverbs", []), key=len, reverse=True)))
    if not t.startswith("为", at):
        return "", pos
    who = at + 1
    if t.startswith("了", who) or _verb_at(t, who, planning)[0] or non_measure_rule(t[who:]):
        return "", pos  # 为了… / 为推动… / 为确保…: a purpose
    m = next((m for p in _beneficiary_patterns() if (m := p.match(t[who:]))), None)
    if not m:
        return "", pos
    who_end = who + m.end()
    extra = sorted(rule.get("verbs", []), key=len, reverse=True)
    for i in range(who_end, min(len(t), who_end + rule.get("max_gap", 14))):
        if t[i] in "，,。；;":
            break
        verb, after, _ = _verb_at(t, i, planning)
        if not verb:
            verb = _match_word(t, i, extra)
            after = i + len(verb)
        if verb:
            return verb, after
    return "", pos


def _is_copula(t: str) -> bool:
    """An evaluation/description: X是…的 (工业是国民经济的“压舱石”), not 一是/就是/特别是."""
    exclude = load_verbs()["copula_exclusion_before"]
    for m in re.finditer("是", t):
        before = t[m.start() - 1] if m.start() > 0 else ""
        if before and before in exclude:
            continue
        return True
    return False


def _any(patterns, t: str) -> bool:
    return any(p.search(t) for p in patterns)


class _Analyser:
    """Classifies clauses; knows the article's speakers for intro detection."""

    def __init__(self, speakers: dict[str, ActorMention | None], home_region: str):
        self.speakers = speakers
        self.home_region = home_region
        lex = load_verbs()
        speech = alternation(lex["speech_verbs"])
        titles = alternation(lex["speaker_titles"])
        names = alternation(speakers) if speakers else "(?!)"
        # 张云明表示 / 工业和信息化部副部长张云明表示 / 《实施意见》提出 / 据介绍
        self.intro_prefix = re.compile(
            rf"^(?:据(?:介绍|了解|悉)|(?:[^，,。；;]{{0,30}}?(?:{titles})[{_HAN}]{{0,3}}|{names})"
            rf"(?:在[^，,。；;]{{1,20}}?[上中时])?(?:{speech})|《[^》]+》(?:{alternation(lex['document_speech_verbs'])}))[，,:：]?")

    def analyse(self, text: str, span: Span, planning: bool = False) -> ClauseInfo:
        """Classify one clause; ``planning``: the sentence/paragraph plans (plan-only verbs lead)."""
        lex = load_verbs()
        s, e = _trim(text, span.start, span.end)
        t = text[s:e]
        if not t:
            return ClauseInfo("plain", s, e)
        pos = 0
        m = self.intro_prefix.match(t)
        announced = announcing_subject(t, self.home_region)
        if m:
            pos = m.end()
        elif announced and not any(t.endswith(v, 0, announced[1]) for v in lex["lead_verbs"]):
            # 贵州提出， / 山东明确称，要… / 国务院常务会议指出 (国务院印发《…》 stays an action)
            pos = announced[1]
            while pos < len(t) and t[pos] in "，,:：":
                pos += 1
        if pos >= len(t):
            return ClauseInfo("intro", s, e)
        pos = _skip_prefixes(t, pos)
        if pos >= len(t):
            return ClauseInfo("intro", s, e)
        quote_start = pos
        pos = self._skip_document_subject(t, pos, planning)
        rest = t[pos:]
        has_stat_cue = _any(lex["statistic_patterns"], rest)
        has_figure = _any(lex["figure_patterns"], rest)
        has_target_cue = _any(lex["target_patterns"], rest)
        # subject before a modal/verb: 工信部将…, 我们要…, 各省级人民政府要…
        subject = None
        actors = find_actors(rest, self.home_region)
        if actors and actors[0].start == 0:
            verb, _, modal = _verb_at(t, pos + actors[0].end, planning)
            if verb or modal:
                subject, pos = actors[0], pos + actors[0].end
        else:
            generic = [(a, end) for a, end in _body_at_start(rest, self.home_region)
                       if a.kind == "generic" and end >= 3
                       and any(a.name.endswith(w) for w in lex.get("subject_body_suffixes", []))]
            if generic and _verb_at(t, pos, planning)[0]:
                generic = []  # 全面加强政府建设: the clause opens with its verb, no subject
            if generic:  # 城市人民政府要成立… / 领导小组要建立…: a body the table does not list
                verb, _, modal = _verb_at(t, pos + generic[0][1], planning)
                if verb or modal:
                    subject = ActorMention(0, generic[0][1], generic[0][0])
                    pos += generic[0][1]
            word = "" if subject else _match_word(t, pos, lex["subjects"])
            place = "" if subject or word else self._place_at(t, pos)
            w = word or place
            if w:
                verb, _, modal = _verb_at(t, pos + len(w), planning)
                if not verb and not modal and word:  # 我们为5万名农民工追回欠薪
                    verb = _verb_after_beneficiary(t, pos + len(w), planning)[0]
                if (verb or modal) and word in lex.get("nation_subjects", ()):
                    # 我国深入实施…: the country acts, the text names no government body
                    subject = ActorMention(0, len(word), NOBODY)
                if verb or modal:
                    if place and modal:
                        # 深圳要加大…: the place's government commits (but 支持…青岛建设…, no modal,
                        # is the plan issuer's measure about that place)
                        gov = _place_government(pos, t, pos + len(place), self.home_region)
                        subject = ActorMention(0, len(place), gov) if gov else None
                    pos += len(w)
        if non_measure_rule(t[pos:]):
            return ClauseInfo("not_measure", s + pos, e,
                              has_modal=bool(_match_word(t, pos, lex["modals"])))
        benefactive = False
        ob = next((m for p in lex.get("obligation_patterns", []) if (m := p.match(t[pos:]))), None)
        obligation = ob.group("word") if ob else ""
        verb, after, modal = _verb_at(t, pos, planning)
        if not verb:
            verb, after, modal2 = self._verb_after_preposition(t, pos, planning)
            if not verb and obligation:  # 应按照…原则: the adverbial follows the modal
                verb, after, modal2 = self._verb_after_preposition(t, pos + ob.end(), planning)
            modal = modal or modal2
            if not verb and obligation and not has_stat_cue:
                # 应按照职住平衡原则，主要安排在…: an obligation; the next verb clause joins it
                return ClauseInfo("obligation", s + quote_start, e, action=obligation, has_modal=True,
                                  subject=subject, obligation=True)
            if not verb:  # 为3200名困难家庭学生发放资助金: a beneficiary, then the action
                verb, after = _verb_after_beneficiary(t, pos, planning)
                if verb:  # 为1万名…: the count of beneficiaries is no 为+figure statistic
                    has_stat_cue = _any(lex["statistic_patterns"], t[after:])
                    benefactive = subject is None
            if not verb and _match_word(t, pos, lex["preposition_intros"]):
                return ClauseInfo("intro", s, e, has_modal=modal)
        if (_is_copula(rest) or _any(lex["problem_patterns"], rest)) and not modal:
            return ClauseInfo("evaluation", s, e)
        if has_stat_cue or (has_figure and not verb):
            kind = "target" if has_target_cue else "statistic"
            return ClauseInfo(kind, s + quote_start, e, has_modal=modal)
        if not verb:
            done = next((m for p in lex.get("result_predicate_patterns", []) if (m := p.search(rest))), None)
            if done and not has_figure and not modal:
                # 东六环入地改造工程建成通车 / 数字城管平台搭建完成: a reported action, object first
                return ClauseInfo("measure", s + quote_start, e, action=done.group("verb"))
            kind = "target" if has_target_cue and has_figure else "plain"
            return ClauseInfo(kind, s + quote_start, e, has_modal=modal)
        if after >= len(t) or _any(lex["nominal_tail_patterns"], t) or \
                _any(lex["description_tail_patterns"], t[after:]) or \
                _any(lex.get("modifier_clause_patterns", []), t[after:]) or \
                _any(lex.get("noun_subject_patterns", []), t[after:]):
            # a bare verb (升级,就是…), a noun phrase (…的关键时期), a subject-predicate
            # description (高质量发展扎实推进), a verb that only modifies a reported noun
            # (落实…的浙江方案出来了) or a verb phrase used as subject (重点发展城市原则上…)
            # is not an action clause
            return ClauseInfo("plain", s + quote_start, e, has_modal=modal)
        return ClauseInfo("measure", s + quote_start, e, action=verb, has_modal=modal, subject=subject,
                          obligation=bool(obligation), benefactive=benefactive)

    def _place_at(self, t: str, pos: int) -> str:
        """A place name opening the clause as its subject: 青岛建设现代化国际大都市."""
        surface = _actor_place_at(t, pos)
        if surface:
            return surface
        for m in _regions_in(t[pos:pos + 12], self.home_region):
            if m.start == 0 and m.end > 0:
                return t[pos:pos + m.end]
        return ""

    def _skip_document_subject(self, t: str, pos: int, planning: bool) -> int:
        """《方案》从…方面健全… / 《意见》还提出…: a cited document as subject is skipped.

        >>> _Analyser({}, "CN")._skip_document_subject("《方案》从八个方面健全机制", 0, False)
        4
        """
        doc = re.match(r"《[^》]{1,60}》", t[pos:])
        if not doc:
            return pos
        lex = load_verbs()
        after = _skip_prefixes(t, pos + doc.end())
        if after < len(t) and (_verb_at(t, after, planning)[0] or _match_word(t, after, lex["modals"])
                               or _match_word(t, after, lex["preposition_intros"])):
            return after
        return pos

    def _verb_after_preposition(self, t: str, pos: int, planning: bool = False) -> tuple[str, int, bool]:
        """在城市地区和重点场景部署5G-A网络 / 从…等八个方面健全…机制: the lead verb after an adverbial
        (preposition … locative boundary word)."""
        lex = load_verbs()
        if not _match_word(t, pos, lex["preposition_intros"]):
            return "", pos, False
        for boundary in lex["locative_boundaries"]:
            for m in literal_pattern(boundary).finditer(t[pos + 1:]):
                b_end = pos + 1 + m.end()
                verb, after, modal = _verb_at(t, b_end, planning)
                if verb:
                    return verb, after, modal
        return "", pos, False


# --------------------------------------------------------------------------- classification

def _last_keyword(quote: str, keywords) -> tuple[str, int]:
    """The keyword that ends last in ``quote`` (a tie: the longer), and where it ends; ('', -1)."""
    best, best_key = "", (-1, -1)
    for kw in keywords:
        i = quote.rfind(kw)
        if i >= 0 and (i + len(kw), len(kw)) > best_key:
            best, best_key = kw, (i + len(kw), len(kw))
    return best, best_key[0]


def decide_instrument(quote: str, action: str = "") -> tuple[str, str]:
    """(instrument, name of the rule that decided it) by the ordered rules of instruments.json:
    verb class, built facility, head noun, container head, verb default, none.

    >>> decide_instrument("前瞻布局6G网络技术储备", "布局")
    ('plan', 'plan_verb')
    >>> decide_instrument("建设1个世界技能大赛综合训练中心", "建设")
    ('infrastructure', 'built_facility')
    >>> decide_instrument("实施社区嵌入式服务设施建设工程", "实施")
    ('program', 'head_noun')
    >>> decide_instrument("出台支持汽车消费政策", "出台")
    ('other', 'policy_package')
    """
    lex = load_instruments()
    if action in lex["verb_classes"]:
        return lex["verb_classes"][action]
    built = lex["built_facility"]
    kw, kw_end = _last_keyword(quote, lex["keywords"])
    if built:
        noun, end = _last_keyword(quote, built["nouns"])
        tail = quote[end:].rstrip("）)”")
        specific = kw_end == end and len(kw) > len(noun)  # 公共服务平台: the longer head decides
        if noun and not specific and ((action in built.get("verbs", ()) and _tail_is_count(tail))
                                      or tail in ("建设", "项目建设")):
            return built["instrument"], built["name"]
    if kw:
        return lex["keywords"][kw], "head_noun"
    kw, end = _last_keyword(quote, lex["containers"])
    if kw and _tail_is_count(quote[end:].rstrip("）)”")):  # a container decides only as the head
        return lex["containers"][kw]
    if action in lex["verb_defaults"]:
        return lex["verb_defaults"][action], "verb_default"
    return "other", "none"


_COUNT_TAIL = re.compile(r"^[\d.]*[个座所家处条项]?(?:左右|以上)?$")


def _tail_is_count(tail: str) -> bool:
    """Nothing, or only a count, follows the facility noun (建设一批实训基地, 新建…中心3个)."""
    return bool(_COUNT_TAIL.match(tail))


def classify_instrument(quote: str, action: str = "") -> str:
    """Instrument of a measure clause (see :func:`decide_instrument`).

    >>> classify_instrument("实施社区嵌入式服务设施建设工程")
    'program'
    >>> classify_instrument("加快修订中小企业划型标准", "修订")
    'standard'
    >>> classify_instrument("落实结构性减税降费政策"), classify_instrument("出台支持汽车消费政策")
    ('fund', 'other')
    """
    return decide_instrument(quote, action)[0]


def topic_of(text: str) -> tuple[int, str] | None:
    """CAP topic of the most specific keyword (a broad modifier such as 企业 only when nothing else
    matches; then longest; ties: earliest, then lexicon order).

    >>> topic_of("支持老旧住房自主更新、原拆原建")
    (14, 'Housing')
    """
    best, best_key = None, None
    broad = load_policy_areas()["broad"]
    for kw, (code, label, order) in load_policy_areas()["keywords"].items():
        i = text.find(kw)
        if i >= 0:
            key = (kw in broad, -len(kw), i, order)
            if best_key is None or key < best_key:
                best, best_key = (code, label), key
    return best


def decide_policy_area(steps) -> tuple[tuple[int, str], str]:
    """(topic, rule name): the first of the named ``steps`` (name, thunk) that finds a topic --
    the clause's most specific keyword, the sentence's, the paragraph's dominant topic, the
    document's -- else the lexicon's fallback (rule ``none``).

    >>> decide_policy_area([("clause_keyword", lambda: None), ("sentence_keyword", lambda: (4, "Agriculture"))])
    ((4, 'Agriculture'), 'sentence_keyword')
    """
    for name, find in steps:
        topic = find()
        if topic:
            return topic, name
    return load_policy_areas()["fallback"], "none"


def dominant_topic(text: str) -> tuple[int, str] | None:
    """The topic with most keyword occurrences in a longer text (paragraph/article context)."""
    counts: dict[tuple[int, str], int] = {}
    for kw, (code, label, _order) in load_policy_areas()["keywords"].items():
        n = text.count(kw)
        if n:
            counts[(code, label)] = counts.get((code, label), 0) + n * len(kw)
    if not counts:
        return None
    return max(sorted(counts), key=lambda k: counts[k])


_PROGRAM_SUFFIXES = ["专项行动", "行动计划", "三年行动", "工程", "行动", "计划", "战略", "规划", "纲要",
                     "条例", "方案", "专项", "办法", "品牌", "工作", "政策"]
_NAMED_QUOTED = re.compile(rf"“[^”]{{2,30}}”[{_HAN}·]{{0,4}}?(?:{alternation(_PROGRAM_SUFFIXES)})")
_GENERIC_OBJECT = re.compile(r"^(?:一批|一系列|各类|相关|有关|更多|多种|这些|各项|重点|重大)")


def named_policy_of(quote: str, verb_end: int = -1, action: str = "") -> str:
    """Named policy in a measure clause.

    >>> named_policy_of("全面落实《保障中小企业款项支付条例》")
    '《保障中小企业款项支付条例》'
    >>> named_policy_of("实施“宽带升级”专项")
    '“宽带升级”专项'
    >>> named_policy_of("深入实施智能制造工程", 4, "实施")
    '智能制造工程'
    >>> named_policy_of("持续开展创新任务“揭榜挂帅”")
    '“揭榜挂帅”'
    >>> named_policy_of("推动“双千兆”向“双万兆”升级")
    ''
    >>> named_policy_of("用好国家“两重”“两新”政策资金")
    '“两重”“两新”政策'
    """
    m = re.search(r"《[^》]+》", quote)
    if m:
        return m.group()
    m = _NAMED_QUOTED.search(quote)
    if m and not _FIVE_YEAR.fullmatch(m.group()[1:m.group().index("”")]):
        start = m.start()
        # a list of quoted names sharing the head: “两重”“两新”政策, “21条”“18条”等政策
        while (prev := re.search(r"“[^”“]{1,30}”[、和及与]?$", quote[:start])) and \
                not _FIVE_YEAR.fullmatch(prev.group().strip("、和及与“”")):
            start = prev.start()
        return quote[start:m.end()]
    if verb_end >= 0 and action in load_verbs()["program_verbs"]:
        # the unquoted object of 实施/开展/制定… when it ends in a program word: 智能制造工程
        obj = quote[verb_end:]
        m = re.match(rf"[^，,。；;、]*?(?:{alternation(_PROGRAM_SUFFIXES)})(?=$|[、，,。；;和及与])", obj)
        if m and len(m.group()) >= 4 and not _GENERIC_OBJECT.match(m.group()) \
                and m.group() not in _PROGRAM_SUFFIXES and not _is_generic_policy_name(m.group()):
            return m.group()
    for m in re.finditer(r"“([^”]{2,20})”", quote):
        if not _FIVE_YEAR.fullmatch(m.group(1)) and _is_named_quote(quote, m.start(), m.end()):
            return m.group()
    return ""


def _is_generic_policy_name(obj: str) -> bool:
    """印发实施方案 / 配套政策: a kind of document, not a named policy (leading program verbs dropped).

    >>> _is_generic_policy_name("印发实施方案"), _is_generic_policy_name("智能制造工程")
    (True, False)
    """
    lex = load_verbs()
    while (verb := _match_word(obj, 0, lex["program_verbs"])) and len(obj) > len(verb):
        obj = obj[len(verb):]
    return obj in lex.get("generic_policy_names", [])


_QUOTE_HOLDERS = ["任务", "活动", "行动", "工程", "计划", "品牌", "专项", "政策", "平台", "项目", "模式", "机制"]


def _is_named_quote(quote: str, start: int, end: int) -> bool:
    """A quoted term names a program only as a whole object, not as a slogan modifier.

    Named: 开展“揭榜挂帅” (right after a program verb), 创新任务“揭榜挂帅” (after a program noun),
    “两重”“两新”等 (in a list). Slogans: 推动“双千兆”向“双万兆”升级, “双千兆”网络.
    """
    tail = quote[end:end + 1]
    if tail and tail not in "，,。；;、“等和及与）)":
        return False
    before = quote[:start]
    verbs = load_verbs()["program_verbs"]
    return any(before.endswith(w) for w in verbs + _QUOTE_HOLDERS) or \
        bool(re.search(r"”[、和及与]?$", before))


def framework_of(text: str) -> str:
    """十五五 / 十四五 ... written in text, '' if none."""
    m = _FIVE_YEAR.search(text)
    return m.group() if m else ""


# --------------------------------------------------------------------------- status (planned / reported)

def clause_status(clause: str, has_modal: bool = False) -> str:
    """'planned' / 'reported' from cues inside one clause, '' when it says neither.

    A modal (将/要) or a goal word (力争/确保/到2030年) plans; 已/累计/相继/出台了 report.

    >>> clause_status("出台了稳增长政策"), clause_status("力争建成5G基站"), clause_status("建设基站")
    ('reported', 'planned', '')
    """
    lex = load_verbs()
    if has_modal or _any(lex["planned_clause_patterns"], clause):
        return "planned"
    if _any(lex["reported_clause_patterns"], clause):
        return "reported"
    return ""


def lead_status(sentence: str, report_year: int | None = None) -> str:
    """The tense a sentence's opening sets for what follows in its section, '' if none: the
    frame of :func:`policydata.extract.context.opening_frame` (the one rule for both tables).

    >>> lead_status("过去一年，我们扎实推动高质量发展。"), lead_status("今年要抓好以下工作。")
    ('reported', 'planned')
    >>> lead_status("2025年，全省建成基站。", 2026), lead_status("2026年，要突出抓好。", 2026)
    ('reported', 'planned')
    """
    t = sentence.strip()[_enumerator_end(sentence.strip()):]
    return {"review": "reported", "plan": "planned"}.get(opening_frame(t, report_year), "")


def _enumerator_end(t: str) -> int:
    """Length of a leading enumerator (一是, （三）) so that cues after it are seen."""
    for pat in load_verbs()["enumerator_patterns"]:
        m = pat.match(t)
        if m:
            return m.end()
    return 0


def heading_status(heading: str) -> str:
    """Fallback when timeexpr has no sections: review/plan words in a heading.

    >>> heading_status("一、2025年工作回顾"), heading_status("三、2026年重点工作"), heading_status("综述")
    ('reported', 'planned', '')
    """
    lex = load_verbs()
    if any(w in heading for w in lex["review_heading_words"]):
        return "reported"
    if any(w in heading for w in lex["plan_heading_words"]):
        return "planned"
    return ""


def _report_year(article: Article) -> int | None:
    return timeexpr_mod.infer_report_year(article.text, article.date)


def _section_status_at(article: Article, report_year: int | None):
    """A function pos -> 'planned' / 'reported' / '' from timeexpr's sections (review -> reported)."""
    sections = timeexpr_mod.find_sections(article, report_year)
    at = timeexpr_mod.section_at
    if not sections:
        return None

    def status_at(pos: int) -> str:
        return {"review": "reported", "plan": "planned"}.get(at(sections, pos)[0], "")
    return status_at


def _final_status(d: "_Draft", section_status, default: str = "planned") -> str:
    """Clause cue, then the sentence-opening cue of the section, then the section tense (timeexpr),
    then review/plan words of the latest heading block (headings timeexpr does not number), else
    ``default`` (planned; reported for a statistics communique)."""
    by_section = section_status(d.start) if section_status else ""
    return d.clause_status or d.lead_status or by_section or d.heading_status or default


# --------------------------------------------------------------------------- announcing subjects

@lru_cache(maxsize=1)
def _announce_tail() -> re.Pattern:
    """[meeting word] [fillers] announce-verb, not followed by 的 (贵州提出的目标 is a noun phrase)."""
    lex = load_verbs()
    fillers = "|".join([alternation(lex.get("subject_fillers", []))] +
                       [p.pattern for p in lex.get("subject_filler_patterns", [])])
    return re.compile(rf"(?P<meeting>{alternation(lex.get('meeting_words', ['会议']))})?"
                      rf"(?:{fillers}){{0,3}}(?:{alternation(lex.get('announce_verbs', lex['speech_verbs']))})(?!的)")


def _place_surface_at(t: str, pos: int, home_region: str) -> str:
    """A place name starting at ``pos`` (贵州, 内蒙古, 杭州市), '' if none."""
    surface = _actor_place_at(t, pos)
    if surface:
        return surface
    for m in _regions_in(t[pos:pos + 12], home_region):
        if m.start == 0 and m.end > 0 and _is_admin_code(m.region_id):
            return t[pos:pos + m.end]
    return ""


def _body_at_start(t: str, home_region: str) -> list[tuple[Actor, int]]:
    """Candidate bodies opening ``t``: (actor, end), most specific first.

    A table body (工信部, 浙江省住房和城乡建设厅), a generic body ending in a body suffix
    (杭州市统计局), a place standing for its government (贵州 -> 贵州省人民政府).
    """
    out: list[tuple[Actor, int]] = []
    mentions = find_actors(t[:40], home_region)
    if mentions and mentions[0].start == 0 and not mentions[0].actor.is_media:
        out.append((mentions[0].actor, mentions[0].end))
    place = _place_surface_at(t, 0, home_region)
    suffixes = alternation(load_verbs().get("body_suffixes", []))
    false_endings = load_verbs().get("body_false_endings", [])
    if suffixes:
        for m in re.finditer(rf"[{_HAN}]{{1,12}}?(?:{suffixes})", t[:20]):
            if m.start() == 0 and not any(m.group().endswith(w) for w in false_endings):
                code = _region_for_actor_name(m.group()) or (_place_government(0, t, len(place), home_region).region_id
                                                              if place else "")
                out.append((Actor(m.group(), "local", code, "generic"), m.end()))
            break
    if place:
        gov = _place_government(0, t, len(place), home_region)
        if gov:
            out.append((gov, len(place)))
    return out


def announcing_subject(t: str, home_region: str = "", meeting: Actor | None = None
                       ) -> tuple[Actor, int, bool] | None:
    """The body announcing in a clause opening: (actor, end of the announcement, named a meeting).

    >>> a = announcing_subject("内蒙古也表示，要全力做好保供工作")
    >>> a[0].name, a[0].region_id, a[1]
    ('内蒙古自治区人民政府', '150000', 6)
    >>> announcing_subject("国务院常务会议指出，要稳就业")[0].name
    '国务院'
    >>> announcing_subject("贵州提出的目标") is None
    True
    """
    tail = _announce_tail()
    t = t.lstrip()
    for actor, end in _body_at_start(t, home_region):
        m = tail.match(t, end)
        if m:
            return actor, m.end(), bool(m.group("meeting"))
    m = tail.match(t)
    if m and m.group("meeting") and meeting is not None:  # 会议要求 -> the meeting named earlier
        return meeting, m.end(), True
    return None


# --------------------------------------------------------------------------- document context

@dataclass
class _ActorState:
    """The actor currently speaking/committing, tracked through the article."""

    actor: Actor | None = None
    speaker: str = ""
    framework_doc: str = ""  # cited document (实施意见) when the actor comes from it
    #: the report's own voice (我代表省人民政府…): another subject (国务院出台…) holds for one sentence only
    base: Actor | None = None
    #: the body whose meeting the paragraph named (国务院常务会议指出…) for a later 会议要求
    meeting: Actor | None = None
    #: a paragraph-scoped subject (贵州提出，…) is active: the state to restore at paragraph end
    scoped_from: tuple | None = None
    #: cited document title (or its 简称) -> the body that published it in this article
    doc_issuers: dict = field(default_factory=dict)

    def end_paragraph(self) -> None:
        """贵州提出，… speaks for its paragraph only; the article's actor comes back after it."""
        if self.scoped_from is not None:
            self.actor, self.speaker, self.framework_doc = self.scoped_from
            self.scoped_from = None

    def back_to_base(self) -> None:
        if self.base is not None:
            self.actor, self.speaker, self.framework_doc = self.base, "", ""


def _collect_speakers(text: str, home_region: str) -> dict[str, ActorMention | None]:
    """Person name -> unit, from 工业和信息化部副部长张云明 / 山东省发展和改革委员会二级巡视员封立树."""
    lex = load_verbs()
    titles = alternation(lex["speaker_titles"])
    speech = alternation(lex["speech_verbs"])
    name_then = re.compile(rf"(?:有关|相关)?(?:{titles})+(?P<name>[{_HAN}]{{2,3}}?)(?=(?:{speech})|在|[，,、。：:])")
    speakers: dict[str, ActorMention | None] = {}
    for mention in find_actors(text, home_region):
        m = name_then.match(text, mention.end)
        if m and not mention.actor.is_media:
            speakers.setdefault(m.group("name"), mention)
    return speakers


def _notes_in(text: str, block: Block, home_region: str) -> list[tuple[int, int, Actor | None, list[str]]]:
    """Responsibility notes of a paragraph, in order: (start, end, lead unit, all units).

    （农业农村部、发展改革委等负责） / （生态环境部牵头，…参与）: the first unit leads.
    （生态环境部、农业农村部指导）: supervisors only, lead None (the issuer stays the actor).
    """
    lex = load_verbs()
    found: list[tuple[int, int, Actor | None, list[str]]] = []
    for key, leads in (("responsibility_patterns", True), ("guidance_patterns", False)):
        for pat in lex.get(key, []):
            for m in pat.finditer(text, block.start, block.end):
                if any(s < m.end() and m.start() < e for s, e, _, _ in found):
                    continue  # one note, two patterns
                units = [u for u in re.split(r"[、，,]", m.group("units")) if u]
                actors = [normalize_actor(u, home_region) for u in units]
                names = [a.name if a else u for a, u in zip(actors, units)]
                lead = next((a for a in actors if a), None) if leads else None
                found.append((m.start(), m.end(), lead, names))
    return sorted(found, key=lambda n: n[0])


def _note_segments(text: str, block: Block, home_region: str) -> list[tuple[int, int, Actor | None, list[str]]]:
    """The paragraph cut at its notes: (start, end, lead unit, units); a note applies to the text
    before it, text after the last note has none. Notes themselves are in no segment.

    >>> b = Block("body", 0, 23, "推行绿色生产。（农业农村部指导）探索建立制度。")
    >>> [(s, e, units) for s, e, _, units in _note_segments(b.text, b, "CN")]
    [(0, 7, ['农业农村部']), (16, 23, [])]
    """
    segments, pos = [], block.start
    for start, end, lead, units in _notes_in(text, block, home_region):
        if start > pos:
            segments.append((pos, start, lead, units))
        pos = end
    if text[pos:block.end].strip():
        segments.append((pos, block.end, None, []))
    return segments


def _publisher(article: Article, home_region: str) -> Actor | None:
    """The body that published the article's cited document: 山东发布… -> 山东省人民政府."""
    verbs = alternation(load_verbs()["publisher_verbs"])
    for text in (article.title, article.text):
        for m in re.finditer(rf"(?:[省市]委)?(?:省政府|市政府|人民政府|政府|办公厅)?(?:近日|日前|正式|联合)?(?:{verbs})", text):
            if m.start() == 0:
                continue
            actors = [a for a in find_actors(text[max(0, m.start() - 20):m.start()], home_region)
                      if a.end == m.start() - max(0, m.start() - 20)]
            if actors and not actors[-1].actor.is_media:
                return actors[-1].actor
            place = _place_before(text, m.start(), home_region)
            if place:
                gov = _place_government(place[0], text, m.start(), home_region)
                if gov:
                    return gov
    return None


def is_reporting_body(name: str) -> bool:
    """A body that reports on a region (statistics bureau, survey team), not one that acts for it.

    >>> is_reporting_body("大庆市统计局、国家统计局大庆调查队"), is_reporting_body("国家发展和改革委员会")
    (True, False)
    """
    return any(w in name for w in load_verbs().get("reporting_bodies", []))


def _body_blocks(article: Article) -> list[Block]:
    if article.blocks:
        return list(article.blocks)
    return [Block("body", 0, len(article.text), article.text)]


def _looks_like_heading(block: Block, lex: dict) -> bool:
    """A layout heading, or defensively a short line without terminal punctuation, or a caption/byline."""
    t = block.text.strip()
    if block.kind in NON_MEASURE_BLOCK_KINDS:
        return True
    if _any(lex["caption_patterns"], t) or _any(lex["byline_patterns"], t):
        return True
    return len(t) <= 30 and not re.search(r"[。！？!?；;，,：:）)”]$", t)


def _is_principle_heading(heading: str, lex: dict) -> bool:
    """三、基本原则 / （一）指导思想。: a section of principles, not of measures.

    >>> _is_principle_heading("三、基本原则", load_verbs()), _is_principle_heading("四、主要任务", load_verbs())
    (True, False)
    """
    t = re.sub(r"^\W*[（(]?[一二三四五六七八九十\d]+[）)、.．]?", "", heading.strip())
    return any(t.startswith(w) for w in lex.get("principle_headings", []))


def _is_inline_heading(sentence: Span, block: Block, lex: dict) -> bool:
    """（三）完善农机装备创新体系。 at the head of a paragraph: a section label, not a measure."""
    t = sentence.text.strip()
    if not (sentence.start <= block.start + 1 and sentence.end < block.end - 1):
        return False
    if len(t) <= 30 and _any(lex["inline_heading_patterns"], t) and not re.search(r"[，,]", t):
        return True
    # 二是依靠创新引领产业升级，增强城乡区域发展新动能。 + the paragraph's own measures: a summary
    return len(t) <= 40 and _any(lex.get("summary_heading_patterns", []), t)


# --------------------------------------------------------------------------- main

@dataclass
class _Draft:
    start: int
    end: int
    action: str
    actor: Actor | None
    speaker: str
    co_actors: list[str]
    has_modal: bool
    framework_doc: str
    verb_end: int  # offset (in article text) just after the lead verb
    core_end: int = -1  # end of the action clause itself, before attached target clauses
    clause_status: str = ""  # status cue inside the clause (将 / 已 …)
    lead_status: str = ""  # status set by the latest sentence opening (过去一年，…) in the section
    heading_status: str = ""  # fallback: status words in the latest heading
    obligation: bool = False  # 应/必须/不得: instrument regulation unless a keyword says otherwise
    awaiting_verb: bool = False  # an obligation clause without its verb (应按照…，) takes the next one
    benefactive: bool = False  # the measure's clause is 为+beneficiary+verb


def extract_measures(article: Article, *, issuer: str, region_id: str,
                     region_mentions: list[RegionMention], context=None) -> list[MeasureFinding]:
    """Measures of one article, sorted by start offset (the pipeline numbers them).

    ``issuer``: the document's publisher (may be empty or a news outlet, then ignored);
    ``region_id``: the document's region (default scope, and 我省/本市 deixis);
    ``region_mentions``: region mentions in ``article.text`` (narrow a measure to a city it names).
    """
    try:
        return _extract(article, issuer=issuer, region_id=region_id or "CN",
                        region_mentions=region_mentions or [], context=context)
    except Exception as exc:  # one odd article must not stop a build; say so instead of hiding it
        log.warning("measures skipped for an article (%s: %s): %r",
                    type(exc).__name__, exc, article.title[:40])
        return []


def _extract(article: Article, *, issuer: str, region_id: str,
             region_mentions: list[RegionMention], context=None) -> list[MeasureFinding]:
    text = article.text
    lex = load_verbs()
    issuer_actor = normalize_actor(issuer, region_id)
    reporter = is_reporting_body(issuer or "")
    if issuer_actor and (issuer_actor.is_media or reporter):
        if reporter and issuer_actor and _is_admin_code(issuer_actor.region_id):
            region_id = region_id if _is_admin_code(region_id) else issuer_actor.region_id
        issuer_actor = None
    home_region = region_id
    if issuer_actor and _is_admin_code(issuer_actor.region_id):
        home_region = issuer_actor.region_id
    home_gov = _home_government(home_region)
    publisher = _publisher(article, home_region)
    if publisher and is_reporting_body(publisher.name):
        publisher = None  # 广东省统计局发布…数据: a data release, the region's government acts
    publisher = publisher or home_gov or issuer_actor
    if reporter and home_gov:
        issuer_actor = home_gov
    speakers = _collect_speakers(article.title + "\n" + text, home_region)
    analyser = _Analyser(speakers, home_region)
    mentions = find_actors(text, home_region)

    state = _ActorState()
    if issuer_actor is not None and not reporter:
        # the issuer speaks the whole text: a subject another sentence names (工信部将…, 某市推出…)
        # governs its own sentence only, then the issuer is the actor again
        state.actor = state.base = issuer_actor
    drafts: list[_Draft] = []
    heading_framework = ""
    # the pipeline's DocumentContext gives the one report year of the document
    report_year = context.report_year if context is not None else _report_year(article)
    section_status = _section_status_at(article, report_year)
    current_lead, current_heading = "", ""
    principle_section = False  # under 指导思想/基本原则 until the next heading block
    for block in _body_blocks(article):
        if _looks_like_heading(block, lex):
            heading_framework = framework_of(block.text) or heading_framework
            current_lead, current_heading = "", heading_status(block.text) or current_heading
            principle_section = _is_principle_heading(block.text, lex)
            continue
        state.meeting = None  # 会议要求 refers to a meeting named in the same paragraph
        block_lead = ""
        principle_block = False
        for sentence, lead_unit, units in _segment_sentences(text, block, home_region):
            _observe_representation(sentence.text, state, home_region)
            if _is_inline_heading(sentence, block, lex):
                current_lead, current_heading = "", heading_status(sentence.text) or current_heading
                principle_block = _is_principle_heading(sentence.text, lex)
                continue
            if principle_section or principle_block:
                continue  # guiding thought and principles state no measures (坚持…, 以…为指导)
            current_lead = lead_status(sentence.text, report_year) or current_lead
            if _any(lex["question_patterns"], sentence.text) or \
                    _any(lex.get("definition_sentence_patterns", []), sentence.text) or \
                    _any(lex.get("firm_sentence_patterns", []), sentence.text):
                continue  # questions, definitions (X是指…的模式) and firms' plans commit no government
            planning = "planned" in (block_lead, current_lead) or \
                _any(lex["planned_clause_patterns"], sentence.text) or \
                bool(section_status and section_status(sentence.start) == "planned")
            found = _sentence_measures(text, sentence, analyser, state, speakers, publisher,
                                       lead_unit, units, home_region, planning=planning)
            for d in found:
                d.lead_status, d.heading_status = block_lead or current_lead, current_heading
            if any(d.has_modal for d in found):
                # 付凌晖表示，要继续做好…。落实好就业优先政策…: the rest of the paragraph goes on planning
                block_lead = "planned"
            drafts.extend(found)
            state.back_to_base()
        state.end_paragraph()
    out = []
    for d in drafts:
        finding = _finish(text, d, article, drafts, issuer_actor, mentions, region_id, region_mentions,
                          heading_framework, home_gov=home_gov)
        # a statistics communique reports the past year: reported unless a cue says otherwise
        finding.status = _final_status(d, section_status, default="reported" if reporter else "planned")
        out.append(finding)
    return out


def _deictic_body(name: str, before: str, home_region: str) -> Actor | None:
    """市政府 after 深圳市市长覃伟中代表 -> 深圳市人民政府: a 市/省/县/区 body takes the place named before it.

    >>> _deictic_body("市政府", "深圳市市长覃伟中代表", "CN").name
    '深圳市人民政府'
    """
    if not name or name[0] not in "省市县区":
        return None
    for mention in _regions_in(before, home_region):
        surface = before[mention.start:mention.end]
        if surface.endswith(name[0]):
            actor = normalize_actor(surface + name[1:], home_region)
            if actor:
                return actor
    return None


def _segment_sentences(text: str, block: Block, home_region: str):
    """The paragraph's sentences with the lead unit and units of the note that follows them."""
    for start, end, lead_unit, units in _note_segments(text, block, home_region):
        for sentence in split_sentences(text, start, end):
            yield sentence, lead_unit, units


def _observe_representation(sentence: str, state: _ActorState, home_region: str) -> None:
    """我代表国务院，向大会报告政府工作 -> the report's 我们 is 国务院."""
    for pat in load_verbs()["representation_patterns"]:
        m = pat.search(sentence)
        if m:
            actor = normalize_actor(m.group("actor"), home_region) or \
                _deictic_body(m.group("actor"), sentence[:m.start("actor")], home_region)
            if actor:
                state.actor, state.speaker, state.framework_doc = actor, "", ""
                state.base = actor


def _observe_clause(t: str, state: _ActorState, speakers: dict, publisher: Actor | None,
                    home_region: str) -> None:
    """Update the actor state from intro cues in a clause."""
    lex = load_verbs()
    speech = alternation(lex["speech_verbs"])
    for name, mention in speakers.items():
        if mention and re.search(rf"{re.escape(name)}(?:在[^，,。]{{1,20}}?[上中时])?(?:{speech})", t):
            state.actor, state.speaker, state.framework_doc = mention.actor, name, ""
            return
    announced = announcing_subject(t, home_region, state.meeting)
    if announced:  # 贵州提出 / 浙江省住房和城乡建设厅网站公布 / 国务院常务会议指出 / 会议要求
        actor, end, is_meeting = announced
        publishes = any(t.endswith(v, 0, end) for v in lex["publisher_verbs"])
        if publishes and not _releases_document(t[end:]):
            # 某市推出首条低空旅游线路: an action of its own sentence, not the release of a document
            # whose content follows; the place speaks for no later sentence or paragraph
            return
        if publishes:
            # X发布《…》: the document's content follows in later paragraphs, the actor persists
            _register_documents(t[end:], actor, state)
            state.scoped_from = None
        elif state.scoped_from is None:
            state.scoped_from = (state.actor, state.speaker, state.framework_doc)
        state.actor, state.speaker, state.framework_doc = actor, "", ""
        if is_meeting:
            state.meeting = actor
        return
    titles = alternation(lex["speaker_titles"])
    for mention in find_actors(t, home_region):
        if mention.actor.is_media:
            continue
        if re.match(rf"(?:(?:有关|相关)?(?:{titles})+[{_HAN}]{{0,3}}?)?(?:在[^，,。]{{1,20}}?[上中时])?(?:{speech})",
                    t[mention.end:]):
            state.actor, state.speaker, state.framework_doc = mention.actor, "", ""
            return
    doc = re.match(r"\s*《([^》]+)》", t)
    if doc and _is_policy_document(doc.group(1), t[doc.end():]):
        title = doc.group(1)
        in_title = find_actors(title, home_region)
        actor = in_title[0].actor if in_title and in_title[0].start == 0 else None
        if not actor:
            place = _place_before(title, 3, home_region) or _place_before(title, 2, home_region)
            if place and place[0] == 0:
                actor = _place_government(0, title, len(place[1]) if title.startswith(place[1]) else 2, home_region)
        short_title = re.sub(r"[（(].*?[）)]", "", title)
        actor = actor or state.doc_issuers.get(title) or state.doc_issuers.get(short_title)
        state.actor = actor or publisher or state.actor
        state.speaker = ""
        short = re.sub(r"[（(].*?[）)]", "", title)
        state.framework_doc = short if len(short) <= 12 else ""


def _releases_document(after: str) -> bool:
    """What a publisher verb (印发, 推出, 出台…) puts out is a document: 《…》 or an object ending in a
    document word (实施方案, 若干措施, 政策), not a product or a facility (首条低空旅游线路).

    >>> _releases_document("《关于加快发展的意见》"), _releases_document("了若干措施，")
    (True, True)
    >>> _releases_document("首条低空旅游线路")
    False
    """
    obj = re.split(r"[，,。；;：:]", after, maxsplit=1)[0].strip()
    if "《" in obj:
        return True
    obj = re.sub(r"[（(][^）)]*[）)]$", "", obj).rstrip("”\"")
    return any(obj.endswith(w) for w in load_verbs()["document_title_suffixes"])


def _register_documents(t: str, actor: Actor, state: _ActorState) -> None:
    """X印发《关于…的指导意见（征求意见稿）》（下称“指导意见”）: titles and 简称 -> X.

    >>> st = _ActorState(); _register_documents("《甲方案（试行）》（以下简称《方案》）", Actor("A", "", "", ""), st)
    >>> sorted(st.doc_issuers)
    ['方案', '甲方案', '甲方案（试行）']
    """
    for m in re.finditer(r"《([^》]{1,80})》", t):
        state.doc_issuers.setdefault(m.group(1), actor)
        state.doc_issuers.setdefault(re.sub(r"[（(].*?[）)]", "", m.group(1)), actor)
    for m in re.finditer(r"(?:以下简称|以下称|下称|简称)[《“\"]([^》”\"]{1,20})[》”\"]", t):
        state.doc_issuers.setdefault(m.group(1), actor)


def _is_policy_document(title: str, after: str) -> bool:
    """《关于…的实施意见》 or 《…》提出: a cited policy document (not a film or book title).

    >>> _is_policy_document("实施意见", ""), _is_policy_document("哪吒2", "创造多项纪录")
    (True, False)
    """
    lex = load_verbs()
    short = re.sub(r"[（(][^）)]*[）)]", "", title).strip()
    return any(short.endswith(w) for w in lex["document_title_suffixes"]) or \
        any(after.startswith(w) for w in lex["document_speech_verbs"])


def _sentence_measures(text: str, sentence: Span, analyser: _Analyser, state: _ActorState,
                       speakers: dict, publisher: Actor | None, lead_unit: Actor | None,
                       units: list[str], home_region: str, planning: bool = False) -> list[_Draft]:
    """Measures in one sentence: one per action clause; continuation/target clauses extend it.

    A modal scopes over the verb clauses after it (我们要统筹…，做好常态化疫情防控: both commit).
    """
    out: list[_Draft] = []
    current: _Draft | None = None
    evaluative = False
    modal_seen = False
    sentence_actor: Actor | None = None
    clauses = clauses_of(text, sentence)
    for i, clause in enumerate(clauses):
        s, e = _trim(text, clause.start, clause.end)
        _observe_clause(text[s:e], state, speakers, publisher, home_region)
        info = analyser.analyse(text, clause, planning=planning or modal_seen)
        if info.kind == "measure" and i + 1 < len(clauses) and _is_subject_phrase(text, info, clauses[i + 1]):
            current = None
            continue
        if info.kind == "measure" and modal_seen:
            info.has_modal = True
        modal_seen = modal_seen or info.has_modal
        if info.subject and info.subject.actor.kind in ("generic", "nobody"):
            # 城市人民政府要成立…: a body outside the table is the subject of its sentence only
            sentence_actor = info.subject.actor
        elif info.subject and not info.subject.actor.is_media:
            state.actor, state.speaker, state.framework_doc = info.subject.actor, "", ""
        if info.kind == "evaluation":
            # 培育领航级智能工厂,是我国…的战略举措: the whole sentence evaluates, unless a clause commits (将…)
            evaluative = True
            out = [d for d in out if d.has_modal]
            current = None
            continue
        if evaluative and not info.has_modal:
            continue
        evaluative = False
        if info.kind == "measure" and info.benefactive and current is not None and \
                info.action in load_verbs()["benefactive"].get("continuation_verbs", ()) and \
                not current.benefactive and current.end == _prev_end(clauses, i, text):
            # 建设一批服务中心，为周边农户提供…服务: what the thing just committed to does for people
            current.end = info.end
            continue
        if info.kind == "measure" and current is not None and current.awaiting_verb:
            # 应按照职住平衡原则，主要安排在…: the verb clause completes the obligation
            verb_pos = text.find(info.action, info.start, info.end)
            current.action, current.end, current.core_end = info.action, info.end, info.end
            current.verb_end = verb_pos + len(info.action) if verb_pos >= 0 else -1
            current.awaiting_verb = False
        elif info.kind in ("measure", "obligation"):
            verb_pos = text.find(info.action, info.start, info.end)
            current = _Draft(info.start, info.end, info.action, lead_unit or sentence_actor or state.actor,
                             "" if sentence_actor else state.speaker,
                             units[1:] if lead_unit else units, info.has_modal, state.framework_doc,
                             verb_pos + len(info.action) if verb_pos >= 0 else -1, info.end,
                             clause_status=clause_status(text[s:e], info.has_modal),
                             obligation=info.obligation, awaiting_verb=info.kind == "obligation")
            current.benefactive = info.benefactive
            out.append(current)
        elif info.kind in ("plain", "target") and current is not None:
            current.end = info.end
        else:
            current = None
    return out


def _prev_end(clauses: list[Span], i: int, text: str) -> int:
    """Where the clause before clause ``i`` ends, trailing punctuation trimmed (-1 for the first)."""
    if i == 0:
        return -1
    return _trim(text, clauses[i - 1].start, clauses[i - 1].end)[1]


def _is_subject_phrase(text: str, info: ClauseInfo, next_clause: Span) -> bool:
    """重点发展城市，可以利用…: verb + short object, then a modal clause -> a subject, not an action.

    >>> t = "重点发展城市，可以利用存量土地。"
    >>> _is_subject_phrase(t, ClauseInfo("measure", 0, 6, action="发展"), Span(7, 16, t[7:16]))
    True
    """
    verb_pos = text.find(info.action, info.start, info.end)
    if verb_pos < 0 or info.end - (verb_pos + len(info.action)) > 4:
        return False
    nxt = text[next_clause.start:next_clause.end].lstrip()
    return _any(load_verbs().get("noun_subject_next_patterns", []), nxt)


def _finish(text: str, d: _Draft, article: Article, drafts: list[_Draft], issuer_actor: Actor | None,
            mentions: list[ActorMention], region_id: str, region_mentions: list[RegionMention],
            heading_framework: str, home_gov: Actor | None = None) -> MeasureFinding:
    quote = text[d.start:d.end]
    core = text[d.start:d.core_end] if d.core_end > d.start else quote
    actor = d.actor or issuer_actor
    if actor is None:  # the most recent actor mentioned before the measure
        before = [m for m in mentions if m.end <= d.start and not m.actor.is_media]
        actor = _list_head(text, before).actor if before else home_gov  # nobody named: the government
    actor_region = ""
    if actor:
        actor_region = actor.region_id or _region_for_actor_name(actor.name)
    region = _measure_region(d, actor_region or region_id, region_mentions)
    topic, topic_rule = decide_policy_area([
        ("clause_keyword", lambda: topic_of(core)),
        ("sentence_keyword", lambda: topic_of(_sentence_around(text, d.start, d.end))),
        ("paragraph_topic", lambda: dominant_topic(_block_around(article, d.start))),
        ("document_topic", lambda: dominant_topic(text))])
    sentence = _sentence_around(text, d.start, d.end)
    framework = framework_of(quote) or framework_of(sentence) or d.framework_doc or \
        _block_framework(article, d.start) or heading_framework
    verb_end = d.verb_end - d.start if d.verb_end >= 0 else -1
    instrument, instrument_rule = _instrument(core, d)
    return MeasureFinding(
        start=d.start, end=d.end, actor=actor.name if actor else "", action=d.action,
        instrument=instrument, instrument_rule=instrument_rule, policy_area=str(topic[0]),
        policy_area_rule=topic_rule,
        policy_area_label=topic[1], region_id=region,
        named_policy=named_policy_of(core, verb_end, d.action),
        framework=framework, speaker=d.speaker, co_actors="、".join(d.co_actors))


def _list_head(text: str, mentions: list[ActorMention]) -> ActorMention:
    """The first body of the list the last mention closes: 人社部、财政部、国家医保局等四部门 -> 人社部.

    >>> ms = find_actors("人社部、财政部、国家医保局等四部门负责人", "CN")
    >>> _list_head("人社部、财政部、国家医保局等四部门负责人", ms).actor.name
    '人力资源和社会保障部'
    """
    i = len(mentions) - 1
    while i > 0 and mentions[i - 1].end + 1 == mentions[i].start and \
            text[mentions[i - 1].end] in "、和及与":
        i -= 1
    return mentions[i]


def _instrument(core: str, d: _Draft) -> tuple[str, str]:
    """(instrument, rule) of a measure; an obligation (应按照…/必须/不得) is a rule: regulation."""
    if d.obligation:
        return "regulation", "obligation"
    return decide_instrument(core, d.action)


def _measure_region(d: _Draft, scope: str, region_mentions: list[RegionMention]) -> str:
    """A city the measure names, when it lies in the actor's region (支持济南打造… -> 370100)."""
    inside = {m.region_id for m in region_mentions
              if m.start >= d.start and m.end <= d.end and _within(m.region_id, scope)}
    if len(inside) == 1:
        return inside.pop()
    return scope


def _sentence_around(text: str, start: int, end: int) -> str:
    s = max(text.rfind(c, 0, start) for c in "。！？；\n!?;") + 1
    ends = [i for i in (text.find(c, end) for c in "。！？；\n!?;") if i >= 0]
    return text[s:min(ends) + 1 if ends else len(text)]


def _block_around(article: Article, pos: int) -> str:
    for b in _body_blocks(article):
        if b.start <= pos < b.end:
            return b.text
    return ""


def _block_framework(article: Article, pos: int) -> str:
    """A five-year-plan term set in an earlier sentence of the paragraph (面向“十五五”,…)."""
    for b in _body_blocks(article):
        if b.start <= pos < b.end:
            return framework_of(article.text[b.start:pos])
    return ""
