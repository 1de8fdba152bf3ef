"""Who speaks as the article goes on (:class:`_ActorState`): the issuer, a speaker's unit, a
clause's subject, a cited document's publisher, a paragraph's responsibility notes."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...document import Block
from ...recognize.actors import (Actor, ActorMention, find_actors, home_government, is_admin_code, normalize_actor,
                                place_before, place_government)
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
    name_then = re.compile(rf"(?:有关|相关)?(?:{titles})+(?P<name>[{_HAN}]{{2,3}}?)(?=(?:{speech})|在|[，,、。：:])")
    speakers: dict[str, ActorMention | None] = {}
    for mention in [*find_actors(text, home_region), *_party_committees(text, home_region)]:
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
                    home_region: str, closing: str = "") -> None:
    """Update the actor state from intro cues in a clause; ``closing``: the punctuation that ended
    it (a colon or an opening quotation mark introduces a direct quotation)."""
    lex = load_verbs()
    speech = alternation(lex["speech_verbs"])
    for name, mention in speakers.items():
        if mention and name in t and re.search(rf"{re.escape(name)}(?:在[^，,。]{{1,20}}?[上中时])?(?:{speech})", t):
            _scope_quotation(t + closing, speech, state)
            state.actor, state.speaker, state.framework_doc = _speaking_for(mention.actor), name, ""
            return
    reporter = _work_report_voice(t, home_region)
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


_WORK_REPORT_VOICE = re.compile(
    r"\s*(?:今年|去年|本届|本次)?(?:的)?(?P<place>[\u4e00-\u9fff]{0,8}?)(?:人民)?政府工作报告(?:中|里)?(?:还|也)?"
    r"(?:明确提出|提出|指出|明确|强调|要求|部署)")


def _work_report_voice(t: str, home_region: str) -> Actor | None:
    """Rule work_report_voice: a clause in which a government work report speaks (今年政府工作报告提出，
    “…”; 某省政府工作报告明确…): the items that follow in the paragraph are the commitments of the
    government that reported, the place's named before 政府工作报告, else the document's own place's
    (the State Council for a national text) -- not a body named earlier in a person's title (a
    deputy of the congress that heard the report).

    >>> _work_report_voice("今年政府工作报告提出", "CN").name, _work_report_voice("湖南省政府工作报告明确", "CN").name
    ('国务院', '湖南省人民政府')
    >>> _work_report_voice("代表们审议政府工作报告", "CN") is None
    True
    """
    m = _WORK_REPORT_VOICE.match(t)
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
    """[有关][title]…[在…上] speech verb after a body's name (…负责人表示), compiled once."""
    return re.compile(rf"(?:(?:有关|相关)?(?:{titles})+[{_HAN}]{{0,3}}?)?(?:在[^，,。]{{1,20}}?[上中时])?(?:{speech})")


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


#: rule firm_quote: the speaker named right after a closing quotation mark (”某某公司运行部主任张三介绍)
_QUOTE = re.compile(r"“[^“”]{4,400}”")


@lru_cache(maxsize=1)
def _firm_speaker() -> re.Pattern:
    """A speaker whose unit is a firm, a school or people (measure_verbs.json ``firm_subject_suffixes``,
    ``person_subjects``), then a title and a name, then a speech verb (group ``name``: the last two
    characters of the name, which a later bare mention ends with)."""
    lex = load_verbs()
    verbs = alternation(lex["quote_speaker_verbs"])
    # a gesture may come first (”指着…，某公司厂长张三说), but no speech of its own
    return re.compile(rf"(?:(?!{verbs})[^。；;“”]){{0,30}}?(?:{_firm_units()})[^，,。；;“”]{{0,14}}"
                      rf"(?P<name>[{_HAN}·]{{2}})(?:则|也|还)?(?:{verbs})")


def _firm_units() -> str:
    """The alternation of what makes a speaker a firm's, an association's or people's: a name ending
    in ``firm_subject_suffixes`` (某某公司, 某某协会), a word for people (``person_subjects``), or an
    executive's title that no government office has (``firm_executive_titles``: 总裁, 会长; rule
    executive_speaker: 某某网总裁张三说, whatever the firm's name looks like)."""
    lex = load_verbs()
    return alternation([*lex["firm_subject_suffixes"], "厂", *lex["person_subjects"], *lex["firm_executive_titles"]])


@lru_cache(maxsize=1)
def _firm_person() -> re.Pattern:
    """Rule firm_person: a person the text introduces by a firm's or an association's unit and a title
    (某某有限公司副总经理张三更加明晰…, 某省某某协会会长李四干劲更足了：), anywhere in a sentence; group
    ``name``: two or three characters after the title."""
    lex = load_verbs()
    titles = alternation([*lex["speaker_titles"], *lex["firm_executive_titles"]])
    # organisations only: a word for people before a title names a grassroots body (村民委员会主任)
    units = alternation([*lex["firm_subject_suffixes"], "厂", *lex["firm_executive_titles"]])
    return re.compile(rf"(?:{units})[^，,。；;“”：:]{{0,14}}?(?:{titles})(?P<name>[{_HAN}·]{{2,3}})")


def _speaker_before(text: str, quote_start: int, home_region: str) -> re.Match | None:
    """Rule speaker_before_quote: the firm's or association's person who introduces a quotation
    in the words right before it, in its own sentence, closed by ：or ，(某协会会长李四说：“我们将…”);
    None when a government body is named there."""
    start = max(text.rfind(c, 0, quote_start) for c in "。！？!?\n”") + 1
    before = text[max(start, quote_start - 60):quote_start].rstrip()
    if not before.endswith(("：", ":", "，", ",")):
        return None
    who = None
    for who in _firm_person().finditer(before):
        pass
    return who if who and not find_actors(before, home_region) else None


@lru_cache(maxsize=1)
def _government_body() -> re.Pattern:
    """A government body named inside a quotation (某市投资促进局, 县人民政府, 园区管委会); not a
    word that only ends like one (格局, 布局: the two-character 局 words of ``body_false_endings``)."""
    not_before_ju = "".join(w[0] for w in load_verbs()["body_false_endings"] if len(w) == 2 and w.endswith("局"))
    # or the bare word 政府 opening a clause (“……，政府按企业所需，搭建…”: the government acts)
    return re.compile(rf"[{_HAN}]{{2,12}}?(?:人民政府|政府|管委会|委员会|(?<![{not_before_ju}])局|厅)"
                      rf"|(?:^|(?<=[，,。；;：:“]))(?:当地|各级)?政府")

@lru_cache(maxsize=1)
def _bare_speaker() -> re.Pattern:
    """A bare name (2-4 characters) and a speech verb right after a closing quotation mark (”张三说)."""
    verbs = alternation(load_verbs()["quote_speaker_verbs"])
    return re.compile(rf"(?P<name>[{_HAN}·]{{2,4}}?)(?:则|也|还)?(?:{verbs})")


def firm_quotes(text: str, home_region: str = "", firms: tuple[str, ...] | list[str] = ()) -> list[tuple[int, int]]:
    """Rule firm_quote (news): the spans of quotations a firm's or people's speaker says (“我们建设
    算力中心…”某某公司运行部主任张三介绍; later “…”张三说 by the same name): what a firm or a villager
    tells of its own work is no government measure. Not a firm's: a speaker whose unit is a
    government body (中国人民银行行长…), nor a quotation that names the body acting (“某局主动对接，…”).

    >>> t = "“我们加快产品研发。”某某公司总监张三介绍。“我们建成了新车间。”张三说。“县里建成服务站。”县长李四说。"
    >>> [t[s:e] for s, e in firm_quotes(t)]
    ['“我们加快产品研发。”', '“我们建成了新车间。”']
    >>> firm_quotes("“我们将实施稳健灵活的信贷政策。”中国人民银行行长张三表示。"), firm_quotes("“商务部主动对接。”某公司总监张三说。")
    ([], [])
    >>> firm_quotes("“某市投资促进局主动对接，安排参观。”某公司总监张三说。")
    []
    >>> firm_quotes("“从选址到投产，政府主动上门服务，帮我们协调用地。”某公司总监张三说。")
    []

    An association's speaker (rule association_speaker), one named before the quotation
    (rule speaker_before_quote), an executive whatever the firm's name (rule executive_speaker), and
    a firm's person introduced earlier and then named alone (rule firm_person):

    >>> t = "某省家电协会会长王五信心更足了：“我们将搭建服务平台，推动品牌下乡。”"
    >>> [t[s:e] for s, e in firm_quotes(t)]
    ['“我们将搭建服务平台，推动品牌下乡。”']
    >>> len(firm_quotes("“我们将上线更多便民功能，扩大服务范围。”某某网国内业务总裁赵六说。"))
    1
    >>> t = "这让某某检测有限公司副总经理钱七看清了方向。“我们将完善检测标准体系。”钱七说。"
    >>> [t[s:e] for s, e in firm_quotes(t)]
    ['“我们将完善检测标准体系。”']
    >>> firm_quotes("某市商务局局长孙八说：“我们将搭建服务平台，推动品牌下乡。”")
    []
    >>> firm_quotes("村民委员会主任周九介绍了情况。“村里建起了光伏电站，集体经济年年增收。”周九说。")
    []

    Rule firm_person_speech: that person's words told without quotation marks after 说，/介绍，, to the
    end of the sentence:

    >>> t = "某某建设有限公司副总经理吴十介绍了工期。吴十说，既要保证进度，又要保护古树。"
    >>> [t[s:e] for s, e in firm_quotes(t)]
    ['既要保证进度，又要保护古树']

    Rule named_firm_speaker: a speaker of a firm the text named (``firms``: subjects.firm_names,
    e.g. a state firm's short name) and then any title (“……”中国某车有关负责人说):

    >>> len(firm_quotes("“我们摸索出一套新办法。”中国某车有关负责人说。", firms=("中国某车",)))
    1

    Rule quote_then_subject: a first-person quotation that the sentence after it, opened by that
    person or firm (after a short adverbial clause), closes (“……”说起明年，某某信心十足。):

    >>> len(firm_quotes("“明年我们打算扩建厂房，开拓新市场。”说起明年，赵某某信心十足。", firms=("赵某某",)))
    1
    >>> firm_quotes("“今年要扩建厂房。”说起明年，赵某某信心十足。", firms=("赵某某",))
    []
    >>> t = "某某车间主任钱某介绍了产品。“明年我们打算扩建厂房。”说起明年，钱某信心十足。"
    >>> [t[s:e] for s, e in firm_quotes(t)]
    ['“明年我们打算扩建厂房。”']
    """
    verbs = alternation(load_verbs()["quote_speaker_verbs"])
    named_firm = re.compile(rf"(?:{alternation(sorted(firms, key=len, reverse=True))})[^，,。；;“”]{{0,10}}?(?:{verbs})") \
        if firms else None
    # rule quote_then_subject: a first-person quotation, then a sentence whose subject is a person or
    # firm the text named (after at most one short adverbial clause): that subject is the speaker
    names: set[str] = set()
    for person in _firm_person().finditer(text):  # rule firm_person: 某某公司副总经理张三…；“……”张三说
        if not find_actors(text[max(0, person.start() - 12):person.end()], home_region):
            names.update((person.group("name")[:2], person.group("name")[-2:]))
    subjects = sorted({*firms, *names}, key=len, reverse=True)
    named_subject = re.compile(rf"\s*(?:[^，,。；;“”]{{1,8}}[，,])?(?:{alternation(subjects)})") if subjects else None
    spans = []
    for m in _QUOTE.finditer(text):
        after = text[m.end():m.end() + 48]
        who = _firm_speaker().match(after)
        if who and find_actors(after[:who.end()], home_region):
            who = None  # 中国人民银行行长潘功胜表示: a government body's speaker
        if find_actors(m.group(), home_region) or _government_body().search(m.group()):
            continue  # the quotation names the government body that acts (“某市投资促进局主动对接…”)
        who = who or _speaker_before(text, m.start(), home_region)  # rule speaker_before_quote
        if not who and any(p.match(after) for p in _crowd_after()):  # rule crowd_quote: “……”有关专家表示 -- no body speaks
            spans.append((m.start(), m.end()))
            continue
        if not who and named_firm and named_firm.match(after):  # rule named_firm_speaker
            spans.append((m.start(), m.end()))
            continue
        if not who and named_subject and "我" in m.group() and named_subject.match(after):
            spans.append((m.start(), m.end()))  # rule quote_then_subject: “我们准备…”展望未来，某某信心满满
            continue
        if who:
            names.add(who.group("name")[-2:])
            spans.append((m.start(), m.end()))
        elif names and (bare := _bare_speaker().match(after)) and bare.group("name")[-2:] in names:
            spans.append((m.start(), m.end()))  # the same speaker again, by name only
    if names:  # rule firm_person_speech: 张三说，既要…，又要… -- a firm's person's words without quotation marks
        said = re.compile(rf"(?:{alternation(sorted(names, key=len, reverse=True))})(?:则|也|还|又)?(?:{verbs})[，,](?!“)")
        for m in said.finditer(text):
            end = min((i for i in (text.find(c, m.end()) for c in "。！？!?\n") if i >= 0), default=len(text))
            spans.append((m.end(), end))
    return sorted(spans)


@lru_cache(maxsize=1)
def _crowd_after() -> tuple[re.Pattern, ...]:
    """Rule crowd_quote: the words right after a closing quotation mark name people in general or an
    unnamed expert as its speaker (”有关专家表示, ”业内人士认为: measure_verbs.json ``crowd_speaker_patterns``,
    after at most six characters): what they advise or expect is no government body's commitment.

    >>> [t for t in ("“企业要加快转型。”有关专家表示。", "“我们将加快转型。”某局局长张三说。") if firm_quotes(t)]
    ['“企业要加快转型。”有关专家表示。']
    """
    return tuple(re.compile(rf"[^，,。；;“”]{{0,6}}?(?:{getattr(p, 'pattern', p)})") for p in load_verbs()["crowd_speaker_patterns"])


def quoted_speakers(text: str, speakers: dict, home_region: str = "") -> list[tuple[int, int, Actor, str]]:
    """Rule quoted_speaker (news): the quotations whose speaker is named right after the closing
    mark (“我们将…”某厅副厅长张三说 / “……”张三表示, a name the text gave a body's title), as
    (start, end, the speaker's body, name): the measures inside are that body's, not those of
    the speaker quoted before. A firm's speaker is rule firm_quote's.

    >>> t = "局长甲某表示，将扩大投资。“我们将培育服务品牌。”浙江省商务厅副厅长乙某说。"
    >>> [(t[s:e], a.name, n) for s, e, a, n in quoted_speakers(t, _collect_speakers(t, "CN"), "CN")]
    [('“我们将培育服务品牌。”', '浙江省商务厅', '乙某')]
    """
    lex = load_verbs()
    titles = alternation(lex["speaker_titles"])
    speech = alternation(lex["quote_speaker_verbs"])
    out = []
    for m in _QUOTE.finditer(text):
        after = text[m.end():m.end() + 48]
        bare = _bare_speaker().match(after)
        mention = speakers.get(bare.group("name")) if bare else None
        name = bare.group("name") if mention else ""
        if mention is None:
            found = find_actors(after[:30], home_region) or _party_committees(after[:30], home_region)
            if found and found[0].start == 0 and not found[0].actor.is_media:
                who = re.match(rf"(?:{titles})+[^，,。；;“”]{{0,6}}?(?P<name>[{_HAN}·]{{2,3}}?)(?:则|也|还)?(?:{speech})",
                               after[found[0].end:])
                if who:
                    mention, name = found[0], who.group("name")
        if mention is not None:
            out.append((m.start(), m.end(), _speaking_for(mention.actor), name))
    return out
