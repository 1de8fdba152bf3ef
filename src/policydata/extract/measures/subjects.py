"""Bodies that open a clause or publish: 工信部…, 杭州市统计局…, 贵州提出， (-> 贵州省人民政府).

Who announces in a clause opening (:func:`announcing_subject`), who published the document an
article cites (:func:`_publisher`), which bodies only report on a region (statistics bureaus),
and a body acting through its head named by title and name (:func:`_after_leader`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Article
from ...recognize.actors import (Actor, ActorMention, department_actor, find_actors, is_admin_code, level_words, normalize_actor,
                                 place_before, township_government, place_government, place_surface_at, regions_in)
from ...recognize.regions import get_region, region_for_actor
from ...text.patterns import alternation
from ...text.segment import CJK_RANGE as _HAN
from .clauses import _skip_prefixes, _verb_at
from .rules import _announce_tail, _announce_verb, _match_word, load_verbs


def _body_at_start(t: str, home_region: str) -> list[tuple[Actor, int]]:
    """Candidate bodies opening ``t``: (actor, end), most specific first.

    A table body (工信部, 浙江省住房和城乡建设厅), a generic body ending in a body suffix
    (杭州市统计局), a place standing for its government (贵州 -> 贵州省人民政府).
    Only the first 40 characters are read, and the answer for them is remembered: the clause
    analysis asks about the same opening about three times.
    """
    return list(_bodies_opening(t[:40], home_region))


#: rule member_not_body: a body's name followed by a word for one of its members (全国人大代表,
#: 省政协委员, 党组成员) names a person -- a deputy, a member -- not the body: the body neither
#: acts in that person's clause nor speaks for the clauses after it (代表团, 代表大会, 委员会 are bodies)
_MEMBER_OF_BODY = re.compile(r"(?:代表(?!大会|团)|委员(?!会)|成员|党员)")


#: rule quote_attribution_scope: how far after a body's name the speech verb of a quotation's
#: attribution may stand (某县自然资源局局长张三说: title and name between)
_ATTRIBUTION_REACH = 16


def attributes_quotation(text: str, start: int, end: int) -> bool:
    """Rule quote_attribution_scope: the body named at ``text[start:end]`` only attributes the quotation
    that closes right before it (“我们要…。”某县林业局局长张三说。): it speaks for that quotation, and is
    not the most recent body that acts for a later paragraph's subjectless clauses.

    >>> t = "“我们要守住红线。”某县林业局局长张三说。全面完成红线划定。"
    >>> attributes_quotation(t, 10, 15), attributes_quotation("某县林业局组织巡查。", 0, 5)
    (True, False)
    """
    if not text[:start].rstrip().endswith(("”", "\"")):
        return False
    speech = alternation(load_verbs()["speech_verbs"])
    return bool(re.match(rf"[^，,。；;：:“”]{{0,{_ATTRIBUTION_REACH}}}?(?:{speech})", text[end:end + _ATTRIBUTION_REACH + 4]))


def names_member(text: str, end: int) -> bool:
    """Rule member_not_body: the body mention ending at ``end`` is part of a person's title.

    >>> names_member("全国人大代表李四说", 4), names_member("全国人大常委会审议", 4), names_member("市政协委员会", 3)
    (True, False, False)
    """
    return bool(_MEMBER_OF_BODY.match(text, end))


#: rule agent_you: 由 opening a clause introduces the body that does the action (由区科技局给予奖励,
#: 由市财政安排资金): the body after it opens the clause, 由 is no part of its name
_AGENT_COVERB = "由"

#: rule agent_you_adverb: an adverb of distribution or manner may stand before 由 (分别由甲部门和乙部门办理…,
#: 统一由市财政安排…, 均由区政府负责…): the body after 由 still opens the clause
_AGENT_ADVERBS = ("分别", "统一", "均", "主要", "一律", "仍", "则")


#: rule object_coverb: a coverb of the recipient or partner (对各地教育部门提出要求, 向基层单位下达任务,
#: 与有关部门会商) makes the body after it the object of the clause, never its subject
_OBJECT_COVERBS = ("对", "向", "给", "与", "跟")


@lru_cache(maxsize=256)  # the same clause is asked again within a few clauses; kept small: another document never profits
def _bodies_opening(t: str, home_region: str) -> tuple[tuple[Actor, int], ...]:
    """Rule agent_you: 由 + body opens the clause with that body.

    >>> [(a.name, end) for a, end in _bodies_opening("由市科技局给予奖励", "440100")][:1]
    [('广州市科学技术局', 5)]

    Rule agent_you_adverb: 分别由 / 统一由 + body: the adverb and 由 are no part of the name.

    >>> [(a.name, end) for a, end in _bodies_opening("统一由市科技局给予奖励", "440100")][:1]
    [('广州市科学技术局', 7)]

    Rule object_coverb: 对/向 + a body the table does not list is the clause's object, not its subject.

    >>> _bodies_opening("对各地卫生部门提出具体要求", "CN"), _bodies_opening("向基层执法单位下达任务", "CN")
    ((), ())
    """
    if t.startswith(_AGENT_COVERB) and len(t) > 2:
        return tuple((a, end + 1) for a, end in _bodies_opening(t[1:], home_region))
    adverb = next((w for w in _AGENT_ADVERBS if t.startswith(w + _AGENT_COVERB)), "")
    if adverb and len(t) > len(adverb) + 2:  # rule agent_you_adverb: 分别由…
        return tuple((a, end + len(adverb)) for a, end in _bodies_opening(t[len(adverb):], home_region))
    out: list[tuple[Actor, int]] = []
    mentions = find_actors(t[:40], home_region)
    if mentions and mentions[0].start == 0 and names_member(t, mentions[0].end):
        return ()  # rule member_not_body: 全国人大代表李四…, 市政协委员…: a person opens the clause, not the body
    if mentions and mentions[0].start == 0 and not mentions[0].actor.is_media:
        out.append((mentions[0].actor, mentions[0].end))
    place = place_surface_at(t, 0, home_region)
    suffixes = alternation(load_verbs()["body_suffixes"])
    false_endings = load_verbs()["body_false_endings"]
    if suffixes:
        for m in _generic_body(suffixes).finditer(t[:20]):
            if m.start() == 0 and not any(m.group().endswith(w) for w in false_endings) and \
                    not m.group().startswith(_OBJECT_COVERBS):
                department = department_actor(m.group(), home_region)
                if department:  # 舒兰市农业部门 -> 舒兰市农业农村局 (rule generic_department)
                    out.append((Actor(department.name, "local", department.region_id, "department"), m.end()))
                    break
                code = region_for_actor(m.group()) or (place_government(0, t, len(place), home_region).region_id
                                                              if place else "")
                out.append((Actor(official_place_name(m.group(), code), "local", code, "generic"), m.end()))
            break
    if place:
        gov = place_government(0, t, len(place), home_region)
        if gov:
            out.append((gov, len(place)))
    return tuple(out)


def official_place_name(name: str, code: str) -> str:
    """Rule official_place_name: a body the table does not list, named with the short form of its
    division (北川县应急管理局, 景宁县教育局), takes the division's official name, as actors are
    written (北川羌族自治县应急管理局); a name already official, or with no division, stays.

    >>> official_place_name("北川县应急管理局", "510726"), official_place_name("武汉市投资促进局", "420100")
    ('北川羌族自治县应急管理局', '武汉市投资促进局')
    >>> official_place_name("县应急管理局", "")
    '县应急管理局'
    """
    if not is_admin_code(code):
        return name
    try:
        full = get_region(code).name_zh
    except KeyError:
        return name
    surface = place_surface_at(name, 0, code)
    if not full or not surface or name.startswith(full) or not full.startswith(surface[:1]):
        return name
    rest = name[len(surface):]
    if rest[:1] and rest[0] in level_words() and full.endswith(rest[0]):
        rest = rest[1:]  # 北川 + 县…: the level word is the official name's own ending
    return full + rest


@lru_cache(maxsize=4)
def _generic_body(suffixes: str) -> re.Pattern:
    """Up to 12 Chinese characters ending in a body suffix (杭州市统计局), compiled once."""
    return re.compile(rf"[{_HAN}]{{1,12}}?(?:{suffixes})")


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
    if _announce_verb().search(t) is None:  # the tail cannot match: no body need be looked up
        return None
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


def joint_subject(t: str, pos: int, first: ActorMention, after: int, home_region: str = "") -> ActorMention:
    """Rule joint_subject (round 19, news): a body opening the clause at ``pos``, then a conjunction (measure_verbs.json
    ``joint_conjunctions``: 与/和/同; 、 and 及 list bodies of which the first leads, 会同 names the lead and its
    helper) and exactly one other body, up to ``after`` (where rule coordinated_subject found the action): a news
    report tells an action the two took together, and the actor is written as README writes joint issuers, joined with 、 (甲局、乙海关), as the
    corpus gold writes such news subjects; otherwise ``first`` unchanged. The analyser asks only in news: in a
    policy text the bodies named together are the units responsible, of which the first leads (rule
    coordinated_subject, as in a responsibility note).

    >>> t = "教育部与江苏省共建区域中心"
    >>> m = find_actors(t, "CN")[0]
    >>> joint_subject(t, 0, m, 6).actor.name
    '教育部、江苏省人民政府'
    >>> t = "财政部、税务总局联合发文"
    >>> joint_subject(t, 0, find_actors(t, "CN")[0], 8).actor.name
    '财政部'
    >>> t = "教育部与江苏省共建区域中心"
    >>> joint_subject(t, 0, find_actors(t, "CN")[0], 3).actor.name  # no action found after the partner
    '教育部'
    """
    at = pos + first.end
    if after <= at + 1 or t[at:at + 1] not in load_verbs()["joint_conjunctions"]:
        return first
    partners = [(a, end) for a, end in _body_at_start(t[at + 1:after], home_region) if at + 1 + end == after]
    if not partners or partners[0][0].name == first.actor.name or partners[0][0].is_media:
        return first
    lead = first.actor
    joint = Actor(f"{lead.name}、{partners[0][0].name}", lead.level, lead.region_id, lead.kind)
    return ActorMention(first.start, first.end, joint)


def _deictic_body(name: str, before: str, home_region: str) -> Actor | None:
    """市政府 after 深圳市市长覃伟中代表 -> 深圳市人民政府: a 市/省/县/区 body takes the place named before it.

    >>> _deictic_body("市政府", "深圳市市长覃伟中代表", "CN").name
    '深圳市人民政府'
    """
    if not name or name[0] not in "省市县区":
        return None
    for mention in regions_in(before, home_region):
        surface = before[mention.start:mention.end]
        if surface.endswith(name[0]):
            actor = normalize_actor(surface + name[1:], home_region)
            if actor:
                return actor
    return None


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
            place = place_before(text, m.start(), home_region)
            if place:
                gov = place_government(place[0], text, m.start(), home_region)
                if gov:
                    return gov
    return None


def firm_names(text: str, home_region: str = "") -> tuple[str, ...]:
    """Rule firm_subject, named firms: the names the text gives a firm by an executive's title
    (measure_verbs.json ``firm_executive_titles``: 某某董事长…, 某某首席执行官…) right after a
    punctuation mark or a line start, that name no government body; a clause they open later
    (某某将扎根中国市场，…) is the firm's.

    >>> firm_names("有的企业看好市场。美敦力董事长表示，……。美敦力将扎根中国。")
    ('美敦力',)
    >>> firm_names("工业和信息化部部长表示，……")
    ()

    Rule private_speaker: a person who speaks right after a closing quotation mark by name alone
    (“……”某某说) and whom the text never names after a government title (局长某某) is a private
    person (a farmer, a manager, a researcher: officials are introduced by their titles); a clause
    that person opens (某某主动返乡，…; 某某说，…) is theirs too.

    >>> firm_names("该企业董事长张建国回忆，…。张建国说，他们开设了网店。")
    ('该企业', '张建国')
    >>> firm_names("“苹果卖得好。”吴某某说。吴某某还建了冷库。")
    ('吴某某',)
    >>> firm_names("局长王某某表示，将扩大投资。“要稳就业。”王某某说。")
    ()
    >>> firm_names("“菜卖得好。”周某某" + chr(10) + "说。")
    ('周某某',)
    """
    lex = load_verbs()
    titles = alternation(lex["firm_executive_titles"])
    out = []
    for m in re.finditer(rf"(?:^|(?<=[。，,；;：:！？!?“”）)】\n\s]))([{_HAN}A-Za-z·]{{2,8}}?)(?:{titles})", text):
        name = m.group(1)
        if name not in out and not find_actors(name, home_region) and not regions_in(name, home_region or "CN"):
            out.append(name)
    # rule executive_speaker: the person an executive's title introduces (该企业董事长张某某回忆，…) is a
    # firm's speaker; the clauses that person opens later (张某某说，近几年，他们…) are the firm's
    speech = alternation([*lex["quote_speaker_verbs"], *lex["recall_verbs"]])
    for m in re.finditer(rf"(?:{titles})([{_HAN}]{{2,3}}?)(?:则|也|还)?(?:{speech})", text):
        name = m.group(1)
        if name not in out and not find_actors(name, home_region) and not regions_in(name, home_region or "CN"):
            out.append(name)
    out.extend(n for n in state_firm_names(text, home_region) if n not in out)
    # (a page's line may break around the name: ”\n某某说, ”某某\n说)
    for m in re.finditer(rf"[”\"]\n?([{_HAN}]{{2,3}}?)\n?(?:{alternation(lex['quote_speaker_verbs'])})", text):
        name = m.group(1)
        if name not in out and not any(title + name in text for title in lex["speaker_titles"]) \
                and not find_actors(name, home_region) and not regions_in(name, home_region or "CN"):
            out.append(name)
    return tuple(out)


#: Rule state_firm_name: a short name 中国 + two characters (中国某车, 中国某建: how the press names
#: the state-owned groups) that opens a sentence or clause, is no body of the actor table and no
#: place, names a firm -- state-owned enterprises are firms, their actions are no government
#: measures. It counts when the text names it twice, or when its paragraph spoke of firms before
#: it (有的企业…。中国某建依托…). Not a name when a function word follows 中国 (中国将…, 中国是…).
_STATE_FIRM_NOT_SECOND = set("将要已在的是也还正都和与对把被从向以为人式经特")


def state_firm_names(text: str, home_region: str = "") -> list[str]:
    """Rule state_firm_name: the 中国XY names of firms the text opens clauses with.

    >>> state_firm_names("有的企业选择转型。中国某建依托工程优势，研发新型建材。")
    ['中国某建']
    >>> state_firm_names("中国某车推出新车型。中国某车将继续扩大出口。")
    ['中国某车']
    >>> state_firm_names("中国将进一步扩大开放。中国人民银行下调利率。中国人民银行表示将稳定汇率。")
    []
    """
    out: list[str] = []
    for m in re.finditer(rf"(?:^|(?<=[。，,；;：:！？!?“”\n]))(中国[{_HAN}]{{2}})", text):
        name = m.group(1)
        if name in out or name[2] in _STATE_FIRM_NOT_SECOND:
            continue
        found = find_actors(text[m.start(1):m.start(1) + 16], home_region)
        if found and found[0].start == 0:
            continue  # 中国人民银行…, 中国气象局…: a body of the table
        paragraph = text[text.rfind("\n", 0, m.start(1)) + 1:m.start(1)]
        if text.count(name) >= 2 or any(w in paragraph for w in ("企业", "央企", "国企")):
            out.append(name)
    return out


def is_reporting_body(name: str) -> bool:
    """A body that reports on a region (statistics bureau, survey team), not one that acts for it.

    >>> is_reporting_body("大庆市统计局、国家统计局大庆调查队"), is_reporting_body("国家发展和改革委员会")
    (True, False)
    """
    return any(w in name for w in load_verbs()["reporting_bodies"])


def anaphoric_body(text: str, at: int, home_region: str,
                   townships: dict[int, tuple[str, str]]) -> tuple[Actor, int] | None:
    """Rule anaphoric_body: (referent, length of the anaphor) for 该镇/该县/该局/当地政府… at ``text[at:]``.

    The referent is the last fitting place or body named before ``at`` in the same paragraph or
    the sentence before; a place stands for its government. ``townships``: the article's
    townships by offset (start -> (surface, code)). None when nothing fits.

    >>> text = "宁海县西店镇召开会议。该镇将建设文化礼堂。"
    >>> anaphoric_body(text, 11, "", {3: ("西店镇", "330226111")})[0].name
    '宁海县西店镇人民政府'
    >>> anaphoric_body("梨树县位于吉林省。该县发展玉米产业", 9, "", {})[0].name
    '梨树县人民政府'
    >>> anaphoric_body("该县发展玉米产业", 0, "", {}) is None
    True
    """
    anaphors = load_verbs()["anaphors"]  # measure_verbs.json: the word -> (kind of referent, ending)
    word = next((w for w in anaphors if text.startswith(w, at)), "")
    if not word or text.startswith(tuple(load_verbs()["anaphor_not_tails"]), at + len(word)):
        return None
    kind, ending = anaphors[word]
    start = _referent_window(text, at)
    if kind == "township" or kind == "place":
        towns = [(o, v) for o, v in townships.items() if start <= o < at and v[0].endswith(ending)]
        if towns:
            offset, (surface, code) = max(towns)
            gov = township_government(code, surface)
            places = [m for m in regions_in(text[offset + len(surface):at], home_region or "CN")]
            if gov and (kind == "township" or not places):
                return gov, len(word)
        if kind == "township":
            return None
    window = text[start:at]
    if kind == "body":
        bodies = [m for m in find_actors(window, home_region)
                  if m.actor.name.endswith(ending) and not m.actor.is_media]
        return (bodies[-1].actor, len(word)) if bodies else None
    gov = _latest_place_government(window, home_region,
                                   lambda m: m.text.endswith(ending) and len(m.region_id) == 6)
    if gov:
        return gov, len(word)
    if kind == "place" and not ending:
        return _story_place_government(text, at, home_region, len(word))
    return None


#: Rule story_place: how far back 当地政府 may find the place a story is set in.
_STORY_WINDOW = 1500


def _story_place_government(text: str, at: int, home_region: str, size: int) -> tuple[Actor, int] | None:
    r"""Rule story_place: 当地政府 with no place in its paragraph or the sentence before means the
    government of the place the story has moved to: the latest city or county named before it
    (a province or the country is no 当地 of a feature's local scene); None if there is none.

    >>> t = "某报记者走进四川省绵竹市。" + "她说，培训很有用。" * 3 + "\n当地政府为他安排导师。"
    >>> _story_place_government(t, t.index("当地政府"), "CN", 4)[0].name
    '绵竹市人民政府'
    >>> _story_place_government("四川省开展培训。\n当地政府安排导师。", 9, "CN", 4) is None
    True
    """
    gov = _latest_place_government(text[max(0, at - _STORY_WINDOW):at], home_region,
                                   lambda m: len(m.region_id) == 6 and not m.region_id.endswith("0000"))
    return (gov, size) if gov else None


def _latest_place_government(window: str, home_region: str, keep) -> Actor | None:
    """The government of the latest place in ``window`` that ``keep`` accepts and that has one."""
    for m in reversed([m for m in regions_in(window, home_region or "CN") if keep(m)]):
        gov = place_government(m.start, window, m.end, home_region)
        if gov is None and window[m.end:m.end + 1] and window[m.end] in level_words():
            # rule short_form_with_level: 三江县委书记… names 三江侗族自治县 by its short form and level word
            gov = place_government(m.start, window, m.end + 1, home_region)
        if gov:
            return gov
    return None


def _referent_window(text: str, at: int) -> int:
    """Where the referent of an anaphor at ``at`` may be named: the paragraph's start, or the
    sentence before when the anaphor opens the paragraph; at most 400 characters back."""
    paragraph = text.rfind("\n", 0, at) + 1
    if text[paragraph:at].strip():
        return max(paragraph, at - 400)
    ends = [text.rfind(p, 0, max(0, paragraph - 1)) for p in "。！？\n"]
    return max(max(ends) + 1, at - 400)


def _after_leader(t: str, pos: int, planning: bool = False) -> int:
    """Rule leader_acts: after a body opening the clause, its head named by title and name
    (国务院总理某某日前签署…, 市长某某主持召开…: measure_verbs.json ``speaker_titles``, then a name of
    two or three characters, then the action after a time word): the position of the action, the
    body acting through its head; ``pos`` unchanged otherwise (a title not followed by an action).

    >>> t = "国务院总理王某日前签署国务院令"
    >>> t[_after_leader(t, 3):]
    '签署国务院令'
    >>> _after_leader("国务院总理王某表示", 3), _after_leader("国务院印发通知", 3)
    (3, 3)
    """
    title = _match_word(t, pos, load_verbs()["speaker_titles"])
    if not title:
        return pos
    for size in (2, 3):
        at = _skip_prefixes(t, pos + len(title) + size)
        if _verb_at(t, at, planning)[0]:
            return at
    return pos
