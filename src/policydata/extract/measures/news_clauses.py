"""News constructions of measures that name no body or a body the text keeps vague: a policy told in
force (policy_in_force), a cause word before the body that acts (cause_subject), a department with no
place in a story set in one county (local_department), a body that publishes data (data_release) and
what a document being drafted is for (document_purpose), the country acting on a plan a body issued
(plan_frame_issuer)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import compiled
from ...recognize.actors import (Actor, actor_place_at, find_actors, home_government, is_admin_code, is_bare_department,
                                 normalize_actor)
from ...recognize.regions import RegionMention
from .rules import _first_match, _first_search, _match_word, load_verbs


def cause_subject_end(t: str, pos: int, home_region: str) -> int:
    """Rule cause_subject: after a cause word (measure_verbs.json ``cause_prefixes``: 源于, 得益于) that a
    body of the table or a place follows (…，源于浙江大力推进…工作), the position of that body: the clause
    is its action; ``pos`` otherwise.

    >>> cause_subject_end("源于浙江大力推进渔船更新", 0, "CN"), cause_subject_end("源于政策支持", 0, "CN")
    (2, 0)
    """
    cause = _match_word(t, pos, load_verbs()["cause_prefixes"])
    if not cause:
        return pos
    at = pos + len(cause)
    found = find_actors(t[at:at + 20], home_region)
    return at if found and found[0].start == 0 or actor_place_at(t, at) else pos


def policy_in_force_at(t: str, pos: int) -> tuple[int, str] | None:
    """Rule policy_in_force: (where the quote starts, the predicate) when the clause from ``pos`` names a
    policy, a set of measures or a campaign and tells it carried out or widened (``policy_in_force_patterns``:
    X政策加力扩围, 得益于X专项行动深入实施); a quotation mark opening the clause is left out.

    >>> policy_in_force_at("“汽车置换补贴政策加力扩围", 0), policy_in_force_at("政策效应持续显现", 0)
    ((1, '加力扩围'), None)
    """
    opened = pos + len(t[pos:]) - len(t[pos:].lstrip("“‘"))
    policy = _first_search(load_verbs()["policy_in_force_patterns"], t[opened:])
    return (opened, policy.group("verb")) if policy else None


def local_department(rest: str, generic: list[tuple[Actor, int]], story: str) -> list[tuple[Actor, int]]:
    """Rule local_department: in a story set in one county (``story``: its code), a department noun with no
    place (住建部门) may be any level's department (省、市、县各级住建部门): kept as written, not the
    national ministry; ``generic`` (the candidate bodies opening ``rest``) otherwise.

    >>> local_department("住建部门联合…", [(Actor("住房和城乡建设部", "local", "CN", "department"), 4)], "320113")[0][0].name
    '住建部门'
    """
    surface = rest[:generic[0][1]]
    return [(Actor(surface, "local", story, "generic"), generic[0][1])] if is_bare_department(surface) else generic


def local_story_region(region_mentions: list[RegionMention]) -> str:
    """Rule local_department: the county (or district) a news story is set in -- the first county or
    township it names, when at least two thirds of the divisions it names contain it or lie inside
    it (江苏省南京市栖霞区某街道…栖霞区…); "" when the story is about divisions elsewhere or no county.

    >>> from policydata.recognize.regions import RegionMention as R
    >>> local_story_region([R(0, 3, "江苏省", "320000"), R(3, 6, "南京市", "320100"), R(6, 9, "栖霞区", "320113")])
    '320113'
    >>> local_story_region([R(0, 3, "栖霞区", "320113"), R(5, 8, "杭州市", "330100")])
    ''
    """
    codes = [m.region_id for m in region_mentions if is_admin_code(m.region_id[:6]) and m.region_id[:6] != "CN"]
    county = next((c[:6] for c in codes if not c[:6].endswith("00")), "")
    if not county:
        return ""

    def related(code: str) -> bool:
        c = code[:6]
        if c.endswith("0000"):
            return county.startswith(c[:2])
        if c.endswith("00"):
            return county.startswith(c[:4])
        return c == county
    # most of the story there (a stray name that only looks like a division elsewhere is allowed)
    return county if sum(related(c) for c in codes) * 3 >= len(codes) * 2 else ""


def data_region_actor(body: Actor) -> Actor | None:
    """Rule data_release: the actor of what a body's published data show -- its region's government
    (某市统计局 -> 某市人民政府), None (the country: walk puts no body) for a national one.

    >>> data_region_actor(normalize_actor("国家能源局")), data_region_actor(normalize_actor("浙江省统计局")).name
    (None, '浙江省人民政府')
    """
    return home_government(body.region_id)


def reports_policy_in_force(text: str, sentence) -> bool:
    """A clause of ``sentence`` tells a policy in force (rule policy_in_force: 某政策加力扩围).

    >>> from policydata.text.segment import split_sentences
    >>> t = "“得益于某专项行动深入实施，销量平稳。”"
    >>> [reports_policy_in_force(t, s) for s in split_sentences(t)]
    [True]
    """
    patterns = load_verbs()["policy_in_force_patterns"]
    pieces = re.split(r"[，,；;。！？!?“”\"]", text[sentence.start:sentence.end])
    return any(_first_search(patterns, piece.strip()) for piece in pieces)


#: rule document_purpose: a clause right after one that drafts or issues a document (…起草…的工作文件，),
#: led by a verb of guidance (引导, 指导), tells what the document is to do: part of that measure
_DRAFTING_VERBS = ("起草", "制定", "编制", "出台", "印发", "发布", "修订")
_DOCUMENT_HEADS = ("文件", "意见", "方案", "规划", "办法", "通知", "政策", "措施")
_GUIDANCE_VERBS = ("引导", "指导")


def is_document_purpose(text: str, current, info) -> bool:
    """The measure clause ``info`` follows, in its sentence, a measure that drafts or issues a
    document, and guides (引导…实现…): it says what the document is for.

    >>> t = "某委正在起草关于发展新兴产业的指导意见，引导企业实现布局优化。"
    >>> from policydata.extract.measures.finding import _Draft
    >>> d = _Draft(0, 19, "起草", None, "", [], False, "", 6)
    >>> from policydata.extract.measures.clauses import ClauseInfo
    >>> is_document_purpose(t, d, ClauseInfo("measure", 20, 31, action="引导"))
    True
    """
    head = text[current.start:current.end].rstrip("，,")
    return info.action in _GUIDANCE_VERBS and text.startswith(_GUIDANCE_VERBS, info.start) and \
        head.endswith(_DOCUMENT_HEADS) and any(v in head for v in _DRAFTING_VERBS) and \
        not any(c in text[current.end:info.start] for c in "。；;")


def names_a_firm(text: str, clause) -> bool:
    """Rule firm_topic_clause: the clause is a noun phrase naming a firm, a school or a team
    (measure_verbs.json ``firm_subject_suffixes``, not ``firm_subject_false_endings``) and nothing else.

    >>> from policydata.document import Span
    >>> t = "这座由两家企业联合打造的工厂，将新技术融入生产。"
    >>> names_a_firm(t, Span(0, 15, t[:15])), names_a_firm(t, Span(15, 24, t[15:24]))
    (True, False)
    """
    lex = load_verbs()
    phrase = text[clause.start:clause.end].strip().rstrip("，,。；;：: ")
    return phrase.endswith(tuple(lex["firm_subject_suffixes"])) and \
        not phrase.endswith(tuple(lex["firm_subject_false_endings"]))


@lru_cache(maxsize=1)
def _speech_quote() -> re.Pattern:
    """Rule quoted_body_not_fallback: a quotation that is speech (long enough and with a clause break
    inside), not a quoted term (“扫码入企”, “外资十条”): the figures' one definition of quoted speech
    (figures.json ``non_figures.quoted_speech_breaks``, ``quoted_speech_min_chars``), compiled once."""
    rule = compiled("figures.json")["non_figures"]
    return re.compile(rf"“[^“”]{{{rule['quoted_speech_min_chars']},}}?{rule['quoted_speech_breaks'].pattern}[^“”]*”")


def speech_spans(text: str, official: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Rule quoted_body_not_fallback (round 16): the spans of quoted speech in a news text, except the
    quotations an official speaks for a body (``official``, rule quoted_speaker). A body a speaker names in
    such a quotation (“刚到这里，某市商务局就上门服务。”经理说) is what the speaker met;
    the report does not show it acting, so it is no fallback actor of the clauses after the quotation.

    >>> t = "“刚到这里，某市商务局就上门服务。”经理说。建立常态化沟通机制。“以竹代塑”成为方向。"
    >>> [t[a:b] for a, b in speech_spans(t)]
    ['“刚到这里，某市商务局就上门服务。”']
    >>> speech_spans(t, [(0, 17)])
    []
    """
    out = []
    for m in _speech_quote().finditer(text):
        if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in official):
            out.append((m.start(), m.end()))
    return out


def plan_frame_issuer(before: str, doc_issuers: dict) -> Actor | None:
    """Rule plan_frame_issuer: the country acting on a plan (根据行动计划，我国将…; 按照《某规划》，中国将…) carries out
    that plan's commitments: when the article has named the body that issued it (某部等4部委印发《某行动计划》:
    ``doc_issuers``, title or 简称 -> body), that body is the actor, not the country (actor "").
    ``before``: the sentence up to the clause. A short name (行动计划) stands for the one issued title it
    ends (某某2030行动计划), the latest named.

    >>> a = Actor("某部", "national", "CN", "department")
    >>> plan_frame_issuer("根据行动计划，", {"甲乙2030行动计划": a}).name
    '某部'
    >>> plan_frame_issuer("按照《甲乙2030行动计划》，今明两年，", {"甲乙2030行动计划": a}).name
    '某部'
    >>> plan_frame_issuer("根据测算，", {"甲乙2030行动计划": a}), plan_frame_issuer("根据行动计划，", {})
    (None, None)
    """
    # the clause of basis (根据/按照/依据 + a document): measure_verbs.json ``plan_frame_patterns``
    frame = _first_match(load_verbs()["plan_frame_patterns"], before.lstrip())
    if not frame or not doc_issuers:
        return None
    doc = frame.group("doc")
    if doc in doc_issuers:
        return doc_issuers[doc]
    if not doc.endswith(tuple(load_verbs()["document_title_suffixes"])):
        return None
    named = [actor for title, actor in doc_issuers.items() if title.endswith(doc)]
    return named[-1] if named else None


@lru_cache(maxsize=1)
def _person_speech() -> re.Pattern:
    """A person's speech verb closing its clause: measure_verbs.json ``speech_verbs`` that are not a
    document's (``document_speech_verbs``: 提出, 明确, 要求…, which a plan or meeting speaks too)."""
    lex = load_verbs()
    verbs = [v for v in lex["speech_verbs"] if v not in lex["document_speech_verbs"]]
    alternatives = "|".join(sorted(verbs, key=len, reverse=True))
    return re.compile(rf"(?<!来)(?:{alternatives})[，,：:]")


def spoken_by_person(before: str) -> bool:
    """Rule speaker_plan_paragraph: the words from a sentence's start up to a measure are a person's
    speech -- a speech verb of a person closes a clause before it (某某表示，下阶段，要…; 局长某某说，下一步
    将…) or a quotation opened before it is still open (“我们将…”) -- and not the report's own voice nor
    a document's (根据行动计划，我国将…; 意见提出，要…).

    >>> rows = [("张三表示，下阶段，", True), ("某局局长李四说，下一步", True), ("“我们", True),
    ...         ("根据行动计划，我国", False), ("意见提出，", False), ("对企业来说，", False), ("“双碳”目标下，", False)]
    >>> [(b, spoken_by_person(b)) for b, _ in rows] == rows
    True
    """
    return bool(_person_speech().search(before)) or before.count("“") > before.count("”")


def cites_plan(before: str) -> bool:
    """Rule reporter_plan_paragraph: the words from a sentence's start up to a planned measure name
    the plan the report tells from (measure_verbs.json ``plan_citation_patterns``: 根据行动计划，…将;
    《某规划》明确，…要): that plan goes on past the paragraph; the report's own 将/要 without one
    plans its paragraph only, and the next paragraph tells again what was done.

    >>> rows = [("根据行动计划，我国", True), ("按照部署，", True), ("《某某规划》明确，", True),
    ...         ("", False), ("对于尚未发放的申请，", False), ("某部有关负责人表示，", False)]
    >>> [(b, cites_plan(b)) for b, _ in rows] == rows
    True
    """
    return any(re.search(p, before) for p in load_verbs()["plan_citation_patterns"])


@lru_cache(maxsize=1)
def _modal_pattern() -> re.Pattern:
    """The lexicon's modals as one pattern, longest first (built once, not per paragraph)."""
    return re.compile("|".join(map(re.escape, sorted(load_verbs()["modals"], key=len, reverse=True))))


def forecasts_only(clause_texts: list[str]) -> bool:
    """Rule reporter_plan_paragraph: the modals of these planned clauses (sentence start up to each
    clause's end) all forecast (将, 拟: one step to come); none directs (measure_verbs.json
    ``directive_modals``: 要, 须 -- a meeting's or leader's list of requirements runs on past its paragraph).

    >>> forecasts_only(["对已受理的申请，将督促有关部门加快办理"]), forecasts_only(["各级机关要以更大力度推动整改"])
    (True, False)
    >>> forecasts_only(["会议强调要提高认识，继续推进专项整治"])  # 要 governs the series
    False
    """
    directive = set(load_verbs()["directive_modals"])
    for t in clause_texts:
        found = [m.group(0) for m in _modal_pattern().finditer(t)]
        if not found or any(m in directive for m in found):
            return False
    return True


def opens_official_speech(sentence: str) -> bool:
    """Rule official_voice_span: ``sentence`` has a person's (or body's) own speech verb closing a
    clause (某部副部长张三表示，…; 李四说：…) -- not a report's 据介绍 / 对企业来说 -- so the words after it,
    and the report's unattributed paragraphs after it, are that official's statement.

    >>> [opens_official_speech(s) for s in ("某部副部长张三表示，新的一年，将推进改革。", "李四说：要抓好落实。",
    ...                                      "据介绍，全年增长5%。", "对企业来说，成本下降。", "某市推进改革。")]
    [True, True, False, False, False]
    """
    return any(not sentence[:m.start()].endswith("据") for m in _person_speech().finditer(sentence))
