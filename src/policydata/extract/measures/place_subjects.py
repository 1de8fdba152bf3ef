"""The places and hosts that act as a clause's subject, the part of the clause analyser
(:class:`.analyser._Analyser`) that reads them: a place opening a clause and followed by its
action acts through its government (rules region_subject, government_with_firm), a township's own
unit, an event 由 a body 主办 (host verbs) and rule granted_by (由市财政给予…).

:class:`PlaceSubjects` is a base of ``_Analyser``: its methods read the analyser's
``home_region``, ``townships``, ``_clause_start`` and ``places_act``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...recognize.actors import (Actor, ActorMention, actor_place_at, department_actor, find_actors, is_admin_code,
                                 place_government, regions_in, township_government)
from ...recognize.regions.find import mention_can_start
from ...text.patterns import alternation
from ...text.segment import CJK_RANGE as _HAN
from .clauses import _skip_prefixes, _verb_at
from .coverbs import verb_after_preposition
from .rules import _any, _match_word, load_verbs



@lru_cache(maxsize=1)
def _township_unit() -> re.Pattern:
    """A township's own unit after its name (农业服务中心: measure_verbs.json ``township_unit_suffixes``),
    compiled once."""
    return re.compile(rf"[{_HAN}]{{1,8}}?(?:{alternation(load_verbs()['township_unit_suffixes'])})")

#: the ending of a place's government name (北京市人民政府 -> 北京市 + 各区 + 人民政府)
_GOVERNMENT_ENDING = "人民政府"


def plural_divisions(gov: Actor, t: str, end: int) -> tuple[Actor, int]:
    """Rule plural_divisions: in news, a place followed by a word for all its divisions (measure_verbs.json
    ``plural_divisions``: 北京市各区深入社区…, 某省各市县组织…) acts through the governments of those
    divisions, written as README writes a plural body (各省级人民政府): the place, the word, 人民政府; the
    place alone (北京市将…) stays its own government. Only in news: a policy text's directive to its
    divisions (各区要…) is its issuer's measure (README: directives to 各地).

    The answer is (actor, end of the subject): the word is part of the subject.

    >>> gov = Actor("甲市人民政府", "local", "", "government")
    >>> [(a.name, end) for a, end in (plural_divisions(gov, "甲市各区县组织开展活动", 2), plural_divisions(gov, "甲市将开展活动", 2))]
    [('甲市各区县人民政府', 5), ('甲市人民政府', 2)]
    >>> plural_divisions(gov, "甲市人民政府各区组织", 6)[0].name  # the government named in full: no place of divisions
    '甲市人民政府'
    """
    word = divisions_word(t, end)
    if not word or not gov.name.endswith(_GOVERNMENT_ENDING) or t.endswith("政府", 0, end):
        return gov, end
    name = gov.name[:-len(_GOVERNMENT_ENDING)] + word + _GOVERNMENT_ENDING
    return Actor(name, gov.level, gov.region_id, gov.kind), end + len(word)


def divisions_word(t: str, end: int) -> str:
    """Rule plural_divisions: the word for all the divisions of the place ending at ``end`` (measure_verbs.json
    ``plural_divisions``: 各区, 各市县), '' if none: part of the subject, read here only (:func:`plural_divisions`
    names the government of those divisions).

    >>> divisions_word("甲市各区县组织开展活动", 2), divisions_word("甲市将开展活动", 2)
    ('各区县', '')
    """
    return _match_word(t, end, load_verbs()["plural_divisions"])


def zone_administration(t: str, pos: int, place: str, home_region: str) -> Actor | None:
    """Rule zone_administration: the administrative committee of a development zone or new area
    that is no administrative division (its gazetteer id is no GB/T 2260 code) and whose type has
    one (measure_verbs.json ``zone_administration_suffixes``): 甲乙新区 -> 甲乙新区管理委员会. None for
    anything else (a division, 某某片区, a zone the gazetteer does not know).

    >>> zone_administration("两江新区推动改革", 0, "两江新区", "CN").name
    '两江新区管理委员会'
    >>> zone_administration("浦东新区推动改革", 0, "浦东新区", "CN") is None
    True
    """
    if not place.endswith(tuple(load_verbs()["zone_administration_suffixes"])):
        return None
    zone = next((m for m in regions_in(t[pos:pos + len(place)], home_region)
                 if m.start == 0 and m.end == len(place)), None)
    if zone is None or is_admin_code(zone.region_id):
        return None
    return Actor(place + "管理委员会", "local", zone.region_id, "government")


class PlaceSubjects:
    """Methods of the clause analyser that find a place, a township body or a host as the subject."""

    home_region: str
    townships: dict[int, tuple[str, str]]
    _clause_start: int

    def _place_acting(self, t: str, pos: int, place: str, planning: bool,
                      subject: ActorMention | None) -> tuple[int, ActorMention | None]:
        """保定市在老城区推行… / 余姚市一方面鼓励…: a place, then an adverbial (prefix words, a
        preposition phrase), then its action: the place's government acts. Returns (position after
        the place, its government) or the unchanged (pos, subject) when no action follows.

        >>> from policydata.extract.measures.analyser import _Analyser
        >>> a = _Analyser({}, "CN")
        >>> a._place_acting("保定市在老城区推行托管模式", 0, "保定市", False, None)[1].actor.name
        '保定市人民政府'
        >>> a._place_acting("保定市的老城区", 0, "保定市", False, None)
        (0, None)
        >>> a._place_acting("保定市与某某集团率先上线服务平台", 0, "保定市", False, None)[0]
        8
        """
        after = _skip_prefixes(t, pos + len(place))
        verb = _verb_at(t, after, planning)[0] or verb_after_preposition(t, after, planning)[0]
        if not verb and after == pos + len(place) and t[after:after + 1] in ("与", "同"):
            # rule government_with_firm: 某街道与某集团率先上线… -- the place acts with a partner
            after = next((i for i in range(after + 3, min(len(t) - 1, after + 16))
                          if t[i - 1] not in "，,、" and _verb_at(t, i, planning)[0]), after)
            if after > pos + len(place):
                gov = self._government_of(t, pos, place)
                return (after, ActorMention(0, len(place), gov)) if gov else (pos, subject)
        if not verb or after == pos + len(place) and not _match_word(t, after, load_verbs()["preposition_intros"]):
            return pos, subject
        gov = self._government_of(t, pos, place)
        return (after, ActorMention(0, len(place), gov)) if gov else (pos, subject)

    def _place_leading(self, t: str, pos: int, place: str, planning: bool) -> ActorMention | None:
        """广东向海图强，加快建设…: a place opening a short clause without an action of its own (nor
        的, nor a figure) is the subject of the clauses after it (rule region_subject); None
        otherwise (广东的企业…, 广东经济总量…).

        >>> from policydata.extract.measures.analyser import _Analyser
        >>> a = _Analyser({}, "CN"); a.places_act = True
        >>> a._place_leading("广东向海图强", 0, "广东", False).actor.name
        '广东省人民政府'
        >>> a._place_leading("广东的企业", 0, "广东", False) is None
        True
        """
        rest = t[pos + len(place):]
        if not rest or len(rest) > 8 or rest[0] in "的之等和与及、" or re.search(r"\d", rest) or \
                _any(load_verbs()["statistic_patterns"], rest) or _verb_at(t, pos + len(place), planning)[0]:
            return None
        gov = self._government_of(t, pos, place, zones=False)
        return ActorMention(0, len(place), gov) if gov else None

    def _township_body(self, t: str, pos: int) -> list[tuple[Actor, int]]:
        """[(body, end)] for a township's own unit opening the clause (某镇农业服务中心统一提供…,
        measure_verbs.json ``township_unit_suffixes``): a township body, named after the
        township's full name (遂昌县金竹镇农事服务中心); [] otherwise."""
        town = self._township_at(pos)
        if not town or not t.startswith(town[0], pos):
            return []
        after = pos + len(town[0])
        m = _township_unit().match(t, after)
        gov = township_government(town[1], town[0])
        if not m or not gov or not _verb_at(t, _skip_prefixes(t, m.end()))[0]:
            return []
        prefix = gov.name[:gov.name.rindex(town[0])]
        return [(Actor(prefix + t[pos:m.end()], "local", gov.region_id, "generic"), m.end() - pos)]

    def _township_at(self, pos: int) -> tuple[str, str] | None:
        """(surface, code) of the township the article names at clause offset ``pos``."""
        return self.townships.get(self._clause_start + pos)

    def _government_of(self, t: str, pos: int, place: str, zones: bool = True) -> Actor | None:
        """The government of the place opening ``t`` at ``pos``: a township's or a division's; a
        zone's administrative committee (rule zone_administration) only when ``zones``: a zone acts
        with its own verb, it does not lead a sentence as a place does (某新区行政区挂牌成立)."""
        town = self._township_at(pos)
        if town and town[0] == place:
            return township_government(town[1], town[0])
        gov = place_government(pos, t, pos + len(place), self.home_region)
        inner = actor_place_at(t, pos)
        if gov is None and inner and len(inner) < len(place):  # 浙江省象山县 -> 象山县人民政府
            gov = place_government(pos + len(inner), t, pos + len(place), self.home_region)
        if gov is None:
            return zone_administration(t, pos, place, self.home_region) if zones else None
        return plural_divisions(gov, t, pos + len(place))[0] if self.places_act else gov

    def _hosted_by(self, t: str, pos: int) -> tuple[ActorMention, str] | None:
        """(the body, its verb) of 【event】由【body】主办/承办/牵头 (measure_verbs.json
        ``host_verbs``) at ``pos``: the clause is that body's action; None otherwise.

        >>> from policydata.extract.measures.analyser import _Analyser
        >>> a = _Analyser({}, "CN")
        >>> m, verb = a._hosted_by("展会由商务部主办", 0)
        >>> m.actor.name, verb
        ('商务部', '主办')
        >>> a._hosted_by("由于天气原因推迟举办", 0) is None, a._hosted_by("展会由企业自发组织", 0) is None
        (True, True)
        """
        at = t.find("由", pos, pos + 16)
        if at < 0 or t.startswith("由于", at):
            return None
        lex = load_verbs()
        actors = find_actors(t[at + 1:at + 41], self.home_region)
        if not actors or actors[0].start != 0 or actors[0].actor.is_media:
            return self._granted_by(t, at)
        end = at + 1 + actors[0].end
        end += len(_match_word(t, end, ("联合", "共同")))
        verb = _match_word(t, end, lex["host_verbs"]) or _match_word(t, end, lex["grant_verbs"])
        return (ActorMention(0, actors[0].end, actors[0].actor), verb) if verb else None

    def _granted_by(self, t: str, at: int) -> tuple[ActorMention, str] | None:
        """Rule granted_by: 由 + a department named by its field (市财政, 县人社部门: actor_nouns.csv
        ``department``) + a grant verb (给予, 资助: ``grant_verbs``): that department pays, it is the
        actor (由市财政给予定额奖励); None when no such department stands between 由 and the verb.

        >>> from policydata.extract.measures.analyser import _Analyser
        >>> a = _Analyser({}, "440100")
        >>> m, verb = a._granted_by("由市财政给予定额奖励", 0)
        >>> m.actor.name, verb
        ('广州市财政局', '给予')
        >>> a._granted_by("由企业给予配套资金", 0) is None
        True
        """
        lex = load_verbs()
        for end in range(at + 3, min(len(t), at + 14)):
            verb = _match_word(t, end, lex["grant_verbs"])
            if verb:
                body = department_actor(t[at + 1:end], self.home_region)
                return (ActorMention(0, end - at - 1, body), verb) if body else None
        return None

    def _place_at(self, t: str, pos: int) -> str:
        """A place name opening the clause as its subject: 青岛打造现代化国际港口城市."""
        surface = actor_place_at(t, pos)
        if surface:
            # 浙江省象山县通过…: the province names where the county lies, the county acts
            inner = [m for m in regions_in(t[pos + len(surface):pos + len(surface) + 12], self.home_region)
                     if m.start == 0 and m.end > 0 and is_admin_code(m.region_id)]
            return surface + t[pos + len(surface):pos + len(surface) + inner[0].end] if inner else surface
        town = self._township_at(pos)
        if town and t.startswith(town[0], pos):
            return town[0]
        if not mention_can_start(t, pos):  # most clause openings: no window scan
            return ""
        for m in regions_in(t[pos:pos + 12], self.home_region):
            if m.start == 0 and m.end > 0:
                return t[pos:pos + m.end]
        return ""
