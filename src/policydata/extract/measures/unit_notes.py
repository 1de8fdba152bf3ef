"""Responsibility notes: the units a note lists and which of them leads (round 17).

A notice that breaks tasks down, an opinion or a set of measures closes each item with the units
responsible for it: in brackets at the item's end (（责任单位：市商务局、市财政局）, 〔牵头单位：…〕,
（某部、某委负责）, read by ``responsibility_patterns`` in measure_verbs.json and
:func:`.speakers._notes_in`) or on a line of its own after the item (责任单位：市发展改革委、市财政局).
The corpus README takes the first (lead) unit as the actor of every measure of the item. The rules:

* note_unit_split: the units are separated by 、，,；; but not inside brackets, so that a unit
  written with its own bracket (各县（市、区）政府, 某委（某办）) stays one unit;
* note_marked_lead, note_generic_tail, note_generic_lead: which unit leads (see :func:`read_units`);
* bare_level_unit: a unit written with a bare level word instead of its place (市发展改革委,
  县应急管理局, 市疫情防控指挥部办公室) is the unit of the document's own place at that level
  (许昌市发展和改革委员会), when the table does not already name it so;
* own_line_note: a note on a line of its own (with or without brackets, with or without a colon)
  names the lead of the item just before it: the paragraphs back to the one that opens with the
  item's number (or, with no number, the one paragraph before it), never a heading or an earlier
  note's item; the note line itself holds no measure.
"""
from __future__ import annotations

import re

from ...recognize.actors import Actor, home_government, is_admin_code, normalize_actor, strip_government
from ...text.item_numbers import heading_level, inline_item
from .rules import load_verbs

#: rule note_marked_lead: in a note that names a lead and its partners (X牵头，Y、Z按职责分工负责 /
#: X牵头，Y配合), the unit marked 牵头 leads, wherever the pattern's unit list starts; the corpus
#: README takes the lead unit of a 牵头/负责 note as the actor.
LEAD_MARK = re.compile(r"(?:等)?牵头(?:负责|实施|落实|推进)?$")

#: rule note_generic_tail: a note's last unit often closes on a generic remainder (人社部等有关部门和单位 /
#: 省商务厅等相关部门按职责分工 / 各省级人民政府按职责分工): the body is what stands before it, so
#: （某部等有关部门和单位负责） names 某部 as the lead unit, as （某部等负责） does.
#: rule note_generic_lead: a note that opens with departments in general (各有关部门和单位，各省级人民政府…)
#: names no lead unit: the issuer stays the actor, not the body listed after them
GENERIC_UNITS = re.compile(r"各?(?:有关|相关|其他)?(?:部门|单位|机构)(?:和|及)?(?:单位|部门|机构)?")
GENERIC_TAIL = re.compile(r"(?:等(?:有关|相关|其他)?(?:部门|单位|机构)(?:和|及)?(?:单位|部门|机构)?)?(?:按职责分工)?$")
#: a bare 等 closing a unit (市卫生健康委等): the unit is what stands before it
_BARE_DENG = re.compile(r"(?<=[\u4e00-\u9fff）)])等$")

#: rule own_line_note: a line that is only a responsibility note. The label (牵头/责任/主责/负责 +
#: 单位/部门) opens it, the colon may be missing, brackets around it may be there or not; a second
#: label after ；(配合单位：…) names partners only.
NOTE_LINE = re.compile(
    r"^[（(〔【]?(?:牵头|责任|主责|负责)(?:单位|部门)[：:]?\s*"
    r"(?P<units>(?:[^（）()〔〕【】；;。：:]|[（(][^（）()；;。：:]{1,12}[）)]){2,160}?)"
    r"(?:[；;。][^〔〕【】]{0,200})?[）)〕】]?[。；;]?$")

#: rule bare_level_unit: the level word a unit may open with, and the endings of the home place's
#: name it stands for (市 for a city, 县 for a county …)
_LEVEL_WORDS = {"省": ("省",), "市": ("市",), "县": ("县",), "区": ("区",), "州": ("州",), "旗": ("旗",),
                "盟": ("盟",)}
#: what ends a body's name (a unit written after a bare level word must be a body)
_BODY_ENDINGS = ("局", "委", "办", "厅", "室", "部", "会", "院", "中心", "委员会", "政府", "指挥部", "处", "队", "所", "站")


def split_units(units: str) -> list[str]:
    """Rule note_unit_split: a note's units, split at 、，,；; outside brackets.

    >>> split_units("市商务局、各县（市、区）政府、管委会")
    ['市商务局', '各县（市、区）政府', '管委会']
    >>> split_units("某厅，某局；某委")
    ['某厅', '某局', '某委']
    """
    out, depth, start = [], 0, 0
    for i, ch in enumerate(units):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "、，,；;":
            out.append(units[start:i])
            start = i + 1
    out.append(units[start:])
    return [u.strip() for u in out if u.strip()]


def bare_level_unit(unit: str, home_region: str) -> Actor | None:
    """Rule bare_level_unit: 市X / 县X written in a document of that city or county is the home
    place's X, when X ends like a body and the actor table does not name the unit with its place.

    >>> bare_level_unit("市防汛抗旱指挥部办公室", "411000").name
    '许昌市防汛抗旱指挥部办公室'
    >>> bare_level_unit("县防汛抗旱指挥部办公室", "411000") is None
    True
    >>> bare_level_unit("市场主体", "411000") is None
    True
    """
    if not unit or unit[0] not in _LEVEL_WORDS or not is_admin_code(home_region):
        return None
    rest = unit[1:]
    if len(rest) < 2 or not rest.endswith(_BODY_ENDINGS) or rest.startswith(("场", "民", "级")):
        return None
    gov = home_government(home_region)
    place = strip_government(gov.name) if gov else ""
    if not place.endswith(_LEVEL_WORDS[unit[0]]):
        return None
    return normalize_actor(place + rest, home_region) or Actor(place + rest, "local", home_region, "department")


def unit_actor(unit: str, home_region: str) -> Actor | None:
    """One unit of a note -> table actor (rule bare_level_unit when the table gives the bare form)."""
    actor = normalize_actor(unit, home_region)
    if actor is None or (actor.name[:1] in _LEVEL_WORDS and actor.name == re.split(r"[（(]", unit)[0]):
        actor = bare_level_unit(re.split(r"[（(]", unit)[0], home_region) or actor
    return actor


def read_units(units_text: str, home_region: str, leads: bool = True) -> tuple[Actor | None, list[str]]:
    """The lead unit and all units (table names where known) of a note's unit list.

    The first unit the table knows leads (rule note_marked_lead: the one marked 牵头 when one is;
    rule note_generic_lead: none when the list opens with departments in general); ``leads=False``
    (a note naming supervisors, （X指导）) gives no lead.

    >>> lead, names = read_units("市商务局、市财政局、各县（市、区）政府", "610600")
    >>> lead.name, names[2]
    ('延安市商务局', '各县（市、区）政府')
    >>> read_units("各有关部门和单位，某某省人民政府按职责分工", "CN")[0] is None
    True
    """
    units = split_units(units_text)
    if not units:
        return None, []
    marked = [i for i, u in enumerate(units) if LEAD_MARK.search(u)]
    units = [LEAD_MARK.sub("", u) or u for u in units]
    units = [GENERIC_TAIL.sub("", u) or u for u in units]  # rule note_generic_tail
    units = [_BARE_DENG.sub("", u) or u for u in units]
    actors = [unit_actor(u, home_region) for u in units]
    names = [a.name if a else u for a, u in zip(actors, units)]
    lead = next((a for a in actors if a), None) if leads else None
    if leads and marked and actors[marked[0]]:
        lead = actors[marked[0]]  # rule note_marked_lead
    elif leads and GENERIC_UNITS.fullmatch(units[0]):
        lead = None  # rule note_generic_lead: （各有关部门和单位，某某按职责分工负责）: no lead named
    return lead, names


def note_line(text: str) -> re.Match | None:
    """Rule own_line_note: the line is a responsibility note and nothing else.

    >>> note_line("责任单位：市发展改革委、市财政局").group("units")
    '市发展改革委、市财政局'
    >>> note_line("（牵头单位：县农业农村局；配合单位：县财政局）").group("units")
    '县农业农村局'
    >>> note_line("牵头部门 省交通运输厅").group("units")
    '省交通运输厅'
    >>> note_line("责任单位要尽快制定落实方案。") is None
    True
    """
    m = NOTE_LINE.match(text.strip())
    if m and re.search(r"要|应|将|须|必须|制定|做好", m.group("units")):
        return None  # 责任单位要…: a sentence about the units, no note
    return m


def own_line_notes(blocks, headings: list[bool], home_region: str):
    """Rule own_line_note: (notes, leads) -- the indices of blocks that are a note line, and for each
    block an own-line note covers, (lead, units) of that note.

    A note covers the body blocks before it back to the one that opens with an item number, stopping
    at a heading, a note line or the start; when none of those blocks opens with a number, only
    the block right before the note.

    >>> from policydata.document import Block
    >>> bs = [Block("body", 0, 9, "各单位要抓好落实。"), Block("body", 10, 20, "1.扩大有效投资。"),
    ...       Block("body", 21, 31, "责任单位:市发展改革委"), Block("body", 32, 42, "2.促进消费。"),
    ...       Block("body", 43, 53, "责任单位:市商务局")]
    >>> notes, leads = own_line_notes(bs, [False] * 5, "411000")
    >>> sorted(notes), {i: lead.name for i, (lead, _) in leads.items()}
    ([2, 4], {1: '许昌市发展和改革委员会', 3: '许昌市商务局'})
    >>> bs = [Block("body", 0, 9, "1.扩大有效投资。"), Block("body", 10, 40, "（责任单位：市发展改革委）2.促进消费。"),
    ...       Block("body", 41, 51, "牵头单位:市商务局")]
    >>> sorted(own_line_notes(bs, [False] * 3, "411000")[1])
    [1]
    """
    notes, leads = set(), {}
    for k, block in enumerate(blocks):
        m = note_line(block.text)
        if not m:
            continue
        notes.add(k)
        lead, units = read_units(m.group("units"), home_region)
        if lead is None:
            continue
        covered, j = [], k - 1
        while j >= 0 and j not in notes and not headings[j] and block_kind_ok(blocks[j]):
            covered.append(j)
            if opens_item(blocks[j].text) or holds_note(blocks[j].text):
                break  # the item's number, or an earlier item's note: what follows it is this item's
            j -= 1
        if covered and not opens_item(blocks[covered[-1]].text) and not holds_note(blocks[covered[-1]].text):
            covered = covered[:1]
        for j in covered:
            leads[j] = (lead, units)
    return notes, leads


def holds_note(text: str) -> bool:
    """The block holds a bracketed responsibility note (``responsibility_patterns``): an earlier item's."""
    return any(p.search(text) for p in load_verbs().get("responsibility_patterns", []))


def block_kind_ok(block) -> bool:
    """A body block (no title, caption or heading kind) an own-line note may cover."""
    return block.kind not in ("title", "caption")


def opens_item(text: str) -> bool:
    """The block opens with an item number (1. / （一） / 一、)."""
    t = text.lstrip()
    return bool(heading_level(t)) or bool(inline_item().match(t))
