"""Who speaks as the article goes on (:class:`_ActorState`): the issuer, a speaker's unit, a
clause's subject, a cited document's publisher, a paragraph's responsibility notes."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...document import Block
from ... import lexicon
from ...recognize.actors import (Actor, ActorMention, find_actors, home_government, is_admin_code, normalize_actor,
                                place_before, place_government, regions_in)
from ...text.item_numbers import inline_item
from ...text.segment import split_sentences
from ...text.patterns import alternation
from ...text.segment import CJK_RANGE as _HAN
from .rules import load_verbs
from .analyser import NOBODY
from .subjects import _deictic_body, announcing_subject, is_reporting_body
from .unit_notes import read_units

_OPENING_TITLE = re.compile(r"\s*《([^》]+)》")  # a document title 《…》 a clause opens with


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
    #: rule firm_subject: a firm or people opened a clause of the sentence, whose subjectless
    #: clauses are theirs, over sentences joined by ；, until a full stop
    firm_acts: bool = False
    #: rule commentary_named_subject: a clause of the paragraph so far named a body or place that acts
    named_subject: bool = False
    #: rule news_paragraph_actor: the body whose document release (X印发《…》) the article reports, whose
    #: voice (通知要求，…) may go on in later paragraphs
    released_by: Actor | None = None

    def end_paragraph(self) -> None:
        """贵州提出，… speaks for its paragraph only; the article's actor comes back after it."""
        self.firm_acts = False
        if self.scoped_from is not None:
            self.actor, self.speaker, self.framework_doc = self.scoped_from
            self.scoped_from = None

    def end_news_paragraph(self, voice: str = "") -> None:
        """Rule news_paragraph_actor: in a news report nobody speaks the whole text, so a body that a
        paragraph names as subject or speaker (某市推出…, 某部副部长表示，将…) acts in that paragraph only;
        the next paragraph's subjectless actions are not its (已建成…: no body named, actor "", or the body
        whose document release the report is about: 某部印发《通知》。…张三表示，…。通知提出，…), unless the
        paragraph still speaks in the voice of a document the body released (某部印发《通知》。通知要求，…;
        《实施意见》提出，…: ``framework_doc``),
        or the body is the article's one ``voice``: every official the report quotes speaks for it (an
        interview of one ministry: 张三表示，… 下一步，将…), while a report of several bodies' officials
        (a press conference of four ministries) gives each its own paragraphs only."""
        if self.base is None and self.actor is not None and self.actor != self.released_by and \
                not self.framework_doc and not (voice and self.actor.name == voice):
            self.actor, self.speaker, self.framework_doc = self.released_by, "", ""

    def back_to_base(self) -> None:
        if self.base is not None:
            self.actor, self.speaker, self.framework_doc = self.base, "", ""


def _speaking_for(actor: Actor) -> Actor:
    """The actor of what a speaker of ``actor`` describes: a reporting body (国家统计局新闻发言人…表示，
    要实施更加有力的财政政策) reports measures, it takes none, so they are its region's
    government's, or, for a national one, the country's (actor "": the text names no body).

    >>> _speaking_for(normalize_actor("国家统计局")).name, _speaking_for(normalize_actor("工业和信息化部")).name
    ('', '工业和信息化部')
    """
    if not is_reporting_body(actor.name):
        return actor
    region = actor.region_id
    if is_admin_code(region) and region != "CN":
        return home_government(region) or actor
    return NOBODY


def _collect_speakers(text: str, home_region: str) -> dict[str, ActorMention | None]:
    """Person name -> unit, from 工业和信息化部副部长王立群 / 山东省发展和改革委员会一级巡视员韩明哲.

    >>> sorted(_collect_speakers("工业和信息化部有关负责人表示，将加强监管。", "CN"))
    []
    """
    lex = load_verbs()
    titles = alternation(lex["speaker_titles"])
    speech = alternation(lex["speech_verbs"])
    name_then = re.compile(rf"{unit_prefix()}(?:有关|相关)?(?:{titles})+(?P<name>[{_HAN}]{{2,3}}?)(?=(?:{speech})|在|[，,、。：:])")
    speakers: dict[str, ActorMention | None] = {}
    for mention in [*find_actors(text, home_region), *named_committees(text, home_region)]:
        m = name_then.match(text, mention.end)
        # rule speaker_name_not_verb: 某部有关负责人表示，… names no person: 表示 is the speech verb
        if m and not mention.actor.is_media and not re.fullmatch(speech, m.group("name")):
            speakers.setdefault(m.group("name"), mention)
    return speakers


#: rule party_committee: a place's Party committee named by place + 省委/市委/县委… (not 市委办公室: 委 ends it)
_PARTY_COMMITTEE = re.compile(r"(?:省|市|县|区|州|旗|盟)(委)(?![办会员])")


def _party_committees(text: str, home_region: str) -> list[ActorMention]:
    """Rule party_committee: 某某市委书记张三 / 某某县委副书记 -- the Party committee of the place
    written before 委, as 中共 + that place's name + 委 (中共德清县委), the form the corpus uses; a
    speaker of it speaks for it.

    >>> [(m.start, m.end, m.actor.name) for m in _party_committees("会上，浙江省德清县委书记张三表示", "CN")]
    [(3, 10, '中共德清县委')]
    >>> _party_committees("区委办公室发布通知", "CN"), _party_committees("县委书记表示", "CN")
    ([], [])
    """
    out = []
    for m in _PARTY_COMMITTEE.finditer(text):
        place = place_before(text, m.start(1), home_region)
        if place and place[1].endswith(text[m.start()]):
            start = place[0]
            while start > 0 and place_before(text, start, home_region):
                start = place_before(text, start, home_region)[0]  # 湖南省靖州县委: the province names where
            out.append(ActorMention(start, m.end(), Actor(f"中共{place[1]}委", "local", place[2], "government")))
    return out


def named_committees(text: str, home_region: str) -> list[ActorMention]:
    """The bodies named by a pattern rather than listed in actors.csv: a place's Party committee
    (rule party_committee) and a zone's management committee (rule zone_committee)."""
    return sorted([*_party_committees(text, home_region), *_zone_committees(text, home_region)], key=lambda m: m.start)


@lru_cache(maxsize=1)
def _zone_committee() -> re.Pattern:
    """Rule zone_committee: [name of 2-12 characters ending in a zone head (actor_nouns.csv zone_head:
    开发区, 科技城…)] + 管委会/管理委员会. The name starts after punctuation, a line break or the
    start of the text and holds no particle, preposition or copula (了的在对向到将是为从被把): a name
    that runs on into a sentence (记者走访了某开发区管委会) is not cut out of it by guess."""
    heads = alternation([r["surface"] for r in lexicon.csv_rows("actor_nouns.csv") if r["rule"] == "zone_head"])
    name = rf"(?:(?![了的在对向到将是为从被把])[{_HAN}])"
    return re.compile(rf"(?<![{_HAN}])(?P<zone>{name}{{0,10}}(?:{heads}))(?:管委会|管理委员会)")


def _zone_committees(text: str, home_region: str) -> list[ActorMention]:
    """Rule zone_committee: a development zone's (or park's, new town's) management committee is a
    body of its own, named in full as zone + 管理委员会; its officers speak for it, not for the
    city government or a department named before.

    >>> [(m.start, m.end, m.actor.name) for m in _zone_committees("”某某湖旅游开发区管委会副主任张三说", "CN")]
    [(1, 12, '某某湖旅游开发区管理委员会')]
    >>> _zone_committees("记者走访了某某开发区管委会", "CN")
    []
    """
    out = []
    for m in _zone_committee().finditer(text):
        zone = m.group("zone")
        codes = [r.region_id for r in regions_in(zone, home_region) if is_admin_code(r.region_id)]
        region = codes[-1] if codes else (home_region if is_admin_code(home_region) else "")
        out.append(ActorMention(m.start(), m.end(), Actor(f"{zone}管理委员会", "local", region, "government")))
    return out


def _notes_in(text: str, block: Block, home_region: str) -> list[tuple[int, int, Actor | None, list[str]]]:
    """Responsibility notes of a paragraph, in order: (start, end, lead unit, all units).

    （民政部、文化和旅游部等负责） / （生态环境部牵头，…参与）: the first unit leads.
    （生态环境部、农业农村部指导）: supervisors only, lead None (the issuer stays the actor).
    Rule note_marked_lead: （X牵头，Y、Z按职责分工负责）: X, marked 牵头, leads, not Y.

    >>> t = "1.扩大有效投资。（省财政厅牵头，省商务厅、教育厅按职责分工负责）"
    >>> [(lead.name if lead else None) for _, _, lead, _ in _notes_in(t, Block("body", 0, len(t), t), "410000")]
    ['河南省财政厅']
    >>> t = "做好稳岗工作。(人力资源社会保障部牵头,财政部、民政部配合)"
    >>> [(lead.name if lead else None) for _, _, lead, _ in _notes_in(t, Block("body", 0, len(t), t), "CN")]
    ['人力资源和社会保障部']

    Rule note_generic_tail: （某部等有关部门和单位负责）: the unit before the generic remainder leads.

    >>> t = "开展岗位见习。（人力资源社会保障部等有关部门和单位负责）"
    >>> [(lead.name if lead else None) for _, _, lead, _ in _notes_in(t, Block("body", 0, len(t), t), "CN")]
    ['人力资源和社会保障部']
    >>> t = "扩大对外贸易。（省商务厅等相关部门按职责分工负责）"
    >>> [(lead.name if lead else None) for _, _, lead, _ in _notes_in(t, Block("body", 0, len(t), t), "410000")]
    ['河南省商务厅']

    Rule bare_lead_note (measure_verbs.json): a lead unit named without 由, as a heading's note often is.

    >>> t = "二、扩大开放(市商务局牵头)"
    >>> [(lead.name if lead else None) for _, _, lead, _ in _notes_in(t, Block("heading", 0, len(t), t), "330182")]
    ['建德市商务局']

    Rule note_generic_lead: a note that opens with departments in general names no lead unit.

    >>> t = "做好政策宣传。（各有关部门和单位，各省级人民政府按职责分工负责）"
    >>> [(lead.name if lead else None) for _, _, lead, _ in _notes_in(t, Block("body", 0, len(t), t), "CN")]
    [None]
    """
    lex = load_verbs()
    found: list[tuple[int, int, Actor | None, list[str]]] = []
    for key, leads in (("responsibility_patterns", True), ("guidance_patterns", False)):
        for pat in lex.get(key, []):
            for m in pat.finditer(text, block.start, block.end):
                if any(s < m.end() and m.start() < e for s, e, _, _ in found):
                    continue  # one note, two patterns
                # rules note_unit_split, note_marked_lead, note_generic_tail/lead, bare_level_unit
                lead, names = read_units(m.group("units"), home_region, leads)
                found.append((m.start(), m.end(), lead, names))
    return sorted(found, key=lambda n: n[0])


def _note_segments(text: str, block: Block, home_region: str) -> list[tuple[int, int, Actor | None, list[str]]]:
    """The paragraph cut at its notes: (start, end, lead unit, units); a note applies to the text
    before it, back to the number of its item (rule note_item_scope), text after the last note has
    none. Notes themselves are in no segment.

    >>> b = Block("body", 0, 23, "推行绿色生产。（农业农村部指导）探索建立制度。")
    >>> [(s, e, units) for s, e, _, units in _note_segments(b.text, b, "CN")]
    [(0, 7, ['农业农村部']), (16, 23, [])]
    """
    segments, pos = [], block.start
    for start, end, lead, units in _notes_in(text, block, home_region):
        if start > pos:
            opens = _item_start(text, pos, start)
            if opens > pos:  # rule note_item_scope: the text before the note's item is no part of it
                segments.append((pos, opens, None, []))
            segments.append((opens, start, lead, units))
        pos = end
    if text[pos:block.end].strip():
        segments.append((pos, block.end, None, []))
    return segments


def _item_start(text: str, pos: int, note_start: int) -> int:
    """Rule note_item_scope: where the numbered item a note closes opens, between ``pos`` (the end of
    the note before) and ``note_start``; ``pos`` when no item number stands there. A notice's
    preamble (某厅要…跟踪督办) or a section heading before item 1 is not the item's: its note's unit
    does not act there.

    >>> t = "各单位要抓好落实。 一、稳增长 1.扩大投资。（省发展改革委负责）"
    >>> t[_item_start(t, 0, t.index("（")):]
    '1.扩大投资。（省发展改革委负责）'
    >>> _item_start("扩大投资。（省发展改革委负责）", 0, 5)
    0
    """
    last = pos
    for m in inline_item().finditer(text, pos, note_start):
        last = m.start()
    return last


def _segment_sentences(text: str, block: Block, home_region: str):
    """The paragraph's sentences with the lead unit and units of the note that follows them."""
    for start, end, lead_unit, units in _note_segments(text, block, home_region):
        for sentence in split_sentences(text, start, end):
            yield sentence, lead_unit, units


def _observe_representation(sentence: str, state: _ActorState, home_region: str) -> None:
    """我代表国务院，向大会作工作报告 -> the report's 我们 is 国务院."""
    for pat in load_verbs()["representation_patterns"]:
        m = pat.search(sentence)
        if m:
            actor = normalize_actor(m.group("actor"), home_region) or \
                _deictic_body(m.group("actor"), sentence[:m.start("actor")], home_region)
            if actor:
                state.actor, state.speaker, state.framework_doc = actor, "", ""
                state.base = actor


def _observe_clause(t: str, state: _ActorState, speakers: dict, publisher: Actor | None,
                    home_region: str, closing: str = "", report_region: str = "") -> None:
    """Update the actor state from intro cues in a clause; ``closing``: the punctuation that ended
    it (a colon or an opening quotation mark introduces a direct quotation); ``report_region``: the
    publisher's level, whose government an unnamed 政府工作报告 is ('' : ``home_region``)."""
    lex = load_verbs()
    speech = alternation(lex["speech_verbs"])
    for name, mention in speakers.items():
        if mention and name in t and re.search(rf"{re.escape(name)}(?:在[^，,。]{{1,20}}?[上中时])?(?:{speech})", t):
            _scope_quotation(t + closing, speech, state)
            state.actor, state.speaker, state.framework_doc = _speaking_for(mention.actor), name, ""
            return
    reporter = _work_report_voice(t, report_region or home_region)
    if reporter:  # rule work_report_voice: 今年政府工作报告提出，… -> the government that reported
        if state.scoped_from is None:
            state.scoped_from = (state.actor, state.speaker, state.framework_doc)
        state.actor, state.speaker, state.framework_doc = reporter, "", ""
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
            # (a body the table does not list, 某部等七部门, is left to the mention its name opens with)
            state.released_by = actor if actor.kind not in ("generic", "nobody") else None
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
        if _speech_after_body(titles, speech).match(t[mention.end:]):
            _scope_quotation(t + closing, speech, state)
            state.actor, state.speaker, state.framework_doc = _speaking_for(mention.actor), "", ""
            return
    doc = _OPENING_TITLE.match(t)
    if doc and _is_policy_document(doc.group(1), t[doc.end():]):
        title = doc.group(1)
        in_title = find_actors(title, home_region)
        actor = in_title[0].actor if in_title and in_title[0].start == 0 else None
        if not actor:
            place = place_before(title, 3, home_region) or place_before(title, 2, home_region)
            if place and place[0] == 0:
                actor = place_government(0, title, len(place[1]) if title.startswith(place[1]) else 2, home_region)
        short_title = re.sub(r"[（(].*?[）)]", "", title)
        actor = actor or state.doc_issuers.get(title) or state.doc_issuers.get(short_title)
        state.actor = actor or publisher or state.actor
        state.speaker = ""
        short = re.sub(r"[（(].*?[）)]", "", title)
        state.framework_doc = short if len(short) <= 12 else ""


@lru_cache(maxsize=1)
def _work_report_voice_pattern() -> re.Pattern:
    """A government work report's name, then one of the verbs a document speaks with
    (lexicon ``document_speech_verbs``: 提出, 明确, 要求…, the one list of them)."""
    return re.compile(
        r"\s*(?:今年|去年|本届|本次)?(?:的)?《?(?P<place>[\u4e00-\u9fff]{0,8}?)(?:人民)?政府工作报告》?(?:中|里)?(?:还|也)?"
        rf"(?:{alternation(load_verbs()['document_speech_verbs'])})")


def _work_report_voice(t: str, home_region: str) -> Actor | None:
    """Rule work_report_voice: a clause in which a government work report speaks (今年政府工作报告提出，
    “…”; 某省政府工作报告明确…): the items that follow in the paragraph are the commitments of the
    government that reported, the place's named before 政府工作报告, else the document's own place's
    (the State Council for a national text) -- not a body named earlier in a person's title (a
    deputy of the congress that heard the report). The document's own place is its publisher's
    level, not the place its story is about: in a national paper (人民日报, 新华社) or a central
    body's text the unnamed report is the State Council's even in a story on 杭州
    (``report_region``, derived by the walk from the issuer).

    >>> _work_report_voice("今年政府工作报告提出", "CN").name, _work_report_voice("湖南省政府工作报告明确", "CN").name
    ('国务院', '湖南省人民政府')
    >>> _work_report_voice("代表们审议政府工作报告", "CN") is None
    True

    The report's name may stand in title marks (今年的《政府工作报告》提出，…; round 20).

    >>> _work_report_voice("今年的《政府工作报告》提出", "CN").name, _work_report_voice("《湖南省政府工作报告》明确", "CN").name
    ('国务院', '湖南省人民政府')
    """
    m = _work_report_voice_pattern().match(t)
    if not m:
        return None
    place = m.group("place")
    if not place:
        return home_government(home_region) or normalize_actor("国务院", "CN")
    found = place_before(place, 3, home_region) or place_before(place, 2, home_region)
    if not found or found[0] != 0:
        return None
    return place_government(0, place, len(found[1]) if place.startswith(found[1]) else 2, home_region)


def _scope_quotation(t: str, speech: str, state: _ActorState) -> None:
    """Rule quoted_speaker_scope: a speaker who opens a direct quotation (某局副局长张三介绍：“…”,
    …说：) speaks for that paragraph only: the state before the speaker comes back at the paragraph's
    end (:meth:`_ActorState.end_paragraph`), so a later paragraph's subjectless actions (连续举办…)
    are not the quoted speaker's body's. A speaker's reported words (…表示，要…) keep the actor.

    >>> st = _ActorState(actor=Actor("甲省人民政府", "province", "", "government"))
    >>> _scope_quotation("某局副局长张三介绍：", "介绍", st); st.scoped_from[0].name
    '甲省人民政府'
    >>> st = _ActorState(); _scope_quotation("张三表示，", "表示", st); st.scoped_from is None
    True

    The same for a speaker named after the words (“我们要…。”某局局长张三说。): the attribution
    ends its sentence, the quotation it closes was the speaker's, later paragraphs are not.

    >>> st = _ActorState(); _scope_quotation("”某县林业局局长张三说。", "说", st); st.scoped_from is None
    False
    """
    if state.scoped_from is None and re.search(rf"(?:{speech})(?:[：:]|“|[。！!]?$)", t):
        state.scoped_from = (state.actor, state.speaker, state.framework_doc)


@lru_cache(maxsize=4)
def _speech_after_body(titles: str, speech: str) -> re.Pattern:
    """[division][有关][title]…[在…上] speech verb after a body's name (…负责人表示, …外资处负责人表示),
    compiled once."""
    return re.compile(rf"(?:{unit_prefix()}(?:有关|相关)?(?:{titles})+[{_HAN}]{{0,3}}?)?(?:在[^，,。]{{1,20}}?[上中时])?(?:{speech})")


@lru_cache(maxsize=1)
def unit_prefix() -> str:
    """Rule unit_officer_speaker: an optional division of a body (1-6 characters ending in one of
    measure_verbs.json ``speaker_unit_heads``: 外资处, 地方海事局) between the body's name and an
    official's title: 某厅外资处有关负责人 speaks for 某厅, as 某厅有关负责人 does. A conjunction or 的
    is no part of a division's name (某部与某局局长张三: 张三 is the other body's)."""
    return rf"(?:(?:(?![与和及同的])[{_HAN}]){{1,6}}?(?:{alternation(load_verbs()['speaker_unit_heads'])}))?"


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
    obj = re.sub(r"(?:还|并|中)?(?:明确|要求|提出|指出|强调|规定|部署)$", "", obj)  # 发布通知明确，…
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
