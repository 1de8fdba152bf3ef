"""Round 14 constructions whose action stands after a coverb phrase or after its object and amount, and
what a meeting did: the verb after a preposition's adverbial (verb_after_preposition, moved here from the
analyser, whose locative reading now also tries a coverb frame), rule coverb_frame (verb_after_coverb: 某部一直对…
予以倾斜, 某部与水利部共同安排…, 继续将某省作为重点), rule figure_object (figure_then_object: 一次性增加2万亿元
债务限额) and rule meeting_act (meeting_act_at: …召开…会议，讨论通过《…》，听取…汇报). The clause analyser
(:mod:`.analyser`) asks them; their words are data in measure_verbs.json (``coverb_frames``,
``meeting_act_verbs``, ``convening_patterns``)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...recognize.actors import ActorMention, find_actors
from ...text.patterns import literal_pattern
from .clauses import ClauseInfo, _verb_at, closes_yi_wei_frame
from .constructions import verb_after_object
from .rules import _any, _match_word, _skip_words, load_verbs

#: rule purpose_weile: the conjunction of purpose (为了…), which opens no prepositional adverbial
_PURPOSE_CONJUNCTION = "为了"

#: rule means_adverbial: prepositions of means or manner (以…, 按…), never of place: a clause they open
#: that ends in a locative word (…消费场景, …重点领域) still has its own verb and object
_MEANS_PREPOSITIONS = ("以", "按", "按照")


def verb_after_preposition(t: str, pos: int, planning: bool = False) -> tuple[str, int, bool]:
    """在县城和产业园区部署5G-A基站 / 从…等八个方面健全…机制: the lead verb after an adverbial
    (preposition … locative boundary word)."""
    lex = load_verbs()
    if not _match_word(t, pos, lex["preposition_intros"]) or t.startswith(_PURPOSE_CONJUNCTION, pos):
        # rule purpose_weile: 为了… opens a purpose, never a place or beneficiary phrase: no word
        # in it ends a locative adverbial (为了加强事中监管 -- the 中 of 事中 is no 在…中)
        return "", pos, False
    bare = None  # a verb after a locative word that ends the clause, object-less (…集中整治)
    for boundary in lex["locative_boundaries"]:
        for m in literal_pattern(boundary).finditer(t[pos + 1:]):
            b_end = pos + 1 + m.end()
            verb, after, modal = _verb_at(t, b_end, planning)
            if not verb:  # rule coverb_frame: 在…工程中继续将某省作为重点
                verb, after = verb_after_coverb(t, b_end, planning)
            if verb and after < len(t):
                return verb, after, modal
            bare = bare or ((verb, after, modal) if verb else None)
    prep = _match_word(t, pos, lex["object_prepositions"])
    if prep and t.endswith(tuple(lex["problem_object_ends"])) or prep == "以" and closes_yi_wei_frame(t, pos):
        # rule problem_adverbial: 针对审批时限过长问题, -- the problem addressed; rule yi_wei_frame:
        return "", pos, False  # 以…整改工作为导向, -- a frame, the verb inside X heads a noun
    if not prep or any(t.startswith(w, pos) for w in lex["not_preposition_words"]) or \
            any(t.endswith(w) for w in lex["locative_boundaries"]) and not (
                prep in _MEANS_PREPOSITIONS and verb_after_object(t, pos + len(prep), planning)[0]):
        # 在…升级过程中 / 在改善服务方面: the whole clause is the adverbial (but rule means_adverbial:
        # 以部门联动打造…消费场景 -- 以 names the means, and the verb after it has the clause's object)
        return bare or ("", pos, False)
    # rule object_before_verb: 对…企业进行集中整治 -- the 中 of 集中 is no locative word; the verb
    # with an object after the preposition's object (进行) leads, else the bare one
    found = verb_after_object(t, pos + len(prep), planning)
    return found if found[0] or bare is None else bare


@lru_cache(maxsize=None)
def _frame_words(key: str) -> tuple[str, ...]:
    """The words of ``coverb_frames[key]`` (measure_verbs.json), longest first, sorted once: the
    frame is asked for every clause a coverb may open, and :func:`.rules._match_word` keeps its
    first-character table per list."""
    return tuple(sorted(load_verbs()["coverb_frames"][key], key=len, reverse=True))


def verb_after_coverb(t: str, pos: int, planning: bool = False, objects: bool = True) -> tuple[str, int]:
    """Rule coverb_frame (round 14): (the action, position after it) when, after aspect adverbs
    (measure_verbs.json ``coverb_frames``: 一直, 正在), a coverb phrase opens ``t`` at ``pos`` and the action
    comes after it -- 对 + object + (light) verb (对山区县予以倾斜, 对《规划》进行修订), 与/会同 + a partner
    body + optional joint adverb + verb (与水利部共同安排资金), 将/把 + object + 作为/列为 + a priority word
    ending the clause (将某省作为重点, 作为重点支持地区); ('', pos) otherwise.
    ``objects`` False (a clause's start): a bare 对 is left to the preposition rules, which read it with
    their own exceptions; after an aspect adverb (一直对…予以…) this frame reads it. 对外, 在线 are words,
    no coverb.

    >>> verb_after_coverb("一直对山区县予以适当倾斜", 0), verb_after_coverb("正在对《规划》进行修订", 0)
    (('予以', 8), ('进行', 9))
    >>> verb_after_coverb("与水利部共同安排补助资金", 0), verb_after_coverb("与该部也正在研究后续政策", 0)
    (('安排', 8), ('研究', 8))
    >>> verb_after_coverb("继续将山区县作为重点", 0), verb_after_coverb("把安全作为底线", 0)
    (('作为', 8), ('', 0))
    >>> verb_after_coverb("将某产业作为重点发展方向", 0), verb_after_coverb("与企业一起梳理材料", 0)
    (('', 0), ('', 0))
    >>> verb_after_coverb("与上年相比增长较快", 0), verb_after_coverb("与群众的联系更紧密", 0)
    (('', 0), ('', 0))
    >>> verb_after_coverb("对外开放实现新的突破", 0), verb_after_coverb("对山区县予以倾斜", 0, objects=False)
    (('', 0), ('', 0))
    >>> verb_after_coverb("一直对山区县予以倾斜", 0, objects=False)
    ('予以', 8)
    """
    at = _skip_words(t, pos, _frame_words("aspect_adverbs"))
    coverb = _match_word(t, at, _frame_words("object_coverbs"))
    if coverb and not any(t.startswith(w, at) for w in load_verbs()["not_preposition_words"]):
        if not objects and at == pos:
            return "", pos
        verb, after, _ = verb_after_object(t, at + len(coverb), planning)
        return (verb, after) if verb else ("", pos)
    partner = _match_word(t, at, _frame_words("partner_coverbs"))
    if partner:
        start = at + len(partner)
        for end in range(start + 2, min(len(t), start + 16)):
            if t[end - 1] in "，,。；;：:":
                break
            body = t[start:end]
            joint = _skip_words(t, end, _frame_words("joint_adverbs"))
            is_body = body.endswith(_frame_words("partner_bodies")) or any(
                a.start == 0 and a.end == len(body) for a in find_actors(body, "CN"))
            if not is_body:
                continue
            verb_at = _skip_words(t, _skip_words(t, joint, _frame_words("aspect_adverbs")), _frame_words("joint_adverbs"))
            verb, after, _ = _verb_at(t, verb_at, planning)
            if verb and after < len(t):
                return verb, after
        return "", pos
    if t[at:at + 1] in ("将", "把"):
        for verb in _frame_words("priority_verbs"):
            i = t.find(verb, at + 3)
            if i < 0 or any(c in "，,。；;" for c in t[at:i]):
                continue
            tail = _skip_words(t, i + len(verb), _frame_words("priority_objects"))
            if tail > i + len(verb) and _skip_words(t, tail, _frame_words("priority_tails")) >= len(t.rstrip("，,。；;")):
                return verb, i + len(verb)
    return "", pos


#: rule figure_object: an amount right after the verb, then the verb's object (a noun of two characters at least)
_FIGURE_THEN_OBJECT = re.compile(r"了?\s*(?:约|近|超过|超)?\d[\d.,]*\s*(?:余|多)?[万亿千百]*(?:余|多)?"
                                 r"(?!个百分点|百分点|%|％|倍)(?:元|个|项|家|所|座|条|吨|公里|套|户|人次|名)?(?P<object>[\u4e00-\u9fff]{2,})")


def figure_then_object(t: str, after: int) -> bool:
    """Rule figure_object (round 14, FIG-MEASURE): the verb opening the clause (ending at ``after``) takes an
    amount and then its object (增加6万亿元专项债务限额, 减少3万吨燃煤消耗), and no statistic cue stands in
    the object: the clause is the action, its amount a figure of it (the figures stage still reads it).
    A change told of a subject (收入增加12亿元) has no verb opening it; a verb and an amount ending the clause
    (提高3个百分点) have no object.

    >>> figure_then_object("增加6万亿元专项债务限额", 2), figure_then_object("提高3个百分点", 2)
    (True, False)
    >>> figure_then_object("增加12亿元，同比增长5%", 2), figure_then_object("增加2亿元同比增长5%", 2)
    (False, False)
    """
    m = _FIGURE_THEN_OBJECT.match(t, after)
    return m is not None and not _any(load_verbs()["statistic_patterns"], t[m.start("object"):])


#: Rule meeting_paragraph_act (round 17): in a meeting report every later paragraph opens with what the
#: same meeting did next (会议研究推进…有关工作。 / 会议审议通过《…》。 / 会议讨论并原则通过《…（草案）》): the bare
#: 会议 is the meeting the text convened before (anywhere earlier in the text), a reported measure of its body.
_LATER_MEETING = re.compile(r"会议(?:还|并|也|同时)?")


def meeting_act_at(text: str, s: int, t: str, pos: int, home_region: str = "CN") -> ClauseInfo | None:
    """Rule meeting_act (round 14): the clause ``t`` (at ``s`` in ``text``) opens at ``pos`` with what
    a meeting did (measure_verbs.json ``meeting_act_verbs``: 讨论通过, 听取, 审议通过) and its sentence
    convened that meeting before it (``convening_patterns``: …主持召开…常务会议,): a reported measure of
    the body the convening clause names first (None: the issuer or the article's speaker); None when
    the clause is no meeting act.

    >>> text = "国务院总理张某主持召开国务院常务会议，讨论通过《某某工作方案》，听取关于防汛的汇报。"
    >>> info = meeting_act_at(text, 19, text[19:32], 0)
    >>> info.kind, info.action, info.subject.actor.name
    ('measure', '讨论通过', '国务院')
    >>> meeting_act_at("听取群众意见", 0, "听取群众意见", 0) is None
    True

    Rule meeting_paragraph_act: a later paragraph's 会议审议通过… is the convened meeting's act.

    >>> text = "国务院总理张某主持召开国务院常务会议，部署防汛工作。会议审议通过《某某条例（草案）》。"
    >>> s = text.index("会议审议")
    >>> info = meeting_act_at(text, s, text[s:text.index("。", s)], 0)
    >>> info.action, info.subject.actor.name, text[info.start:info.end]
    ('审议通过', '国务院', '会议审议通过《某某条例（草案）》')
    >>> meeting_act_at("会议审议通过《某某条例》", 0, "会议审议通过《某某条例》", 0) is None
    True
    """
    lex = load_verbs()
    later = _LATER_MEETING.match(t, pos)  # rule meeting_paragraph_act: 会议审议通过《…》 in a later paragraph
    verb = _match_word(t, later.end() if later else pos, lex["meeting_act_verbs"])
    if not verb:
        return None
    start = 0 if later else max(text.rfind(c, 0, s) for c in "。！？\n") + 1
    before = text[start:s]
    convened = next((m for p in lex["convening_patterns"] if (m := p.search(before))), None)
    if convened is None:
        return None
    body = convened_body(before, home_region)
    subject = ActorMention(0, 0, body) if body else None
    return ClauseInfo("measure", s + pos, s + len(t), action=verb, subject=subject, rule="meeting_act")


def convened_body(text: str, home_region: str = "CN"):
    """The body whose meeting ``text`` convenes (…主持召开省政府常务会议: the first body up to the end of
    the convening words, no news outlet), None when ``text`` convenes no meeting or names no body.

    Rule lead_meeting_voice (round 17, used by the walk): in a meeting report, whose lead paragraph
    convenes the meeting, a later paragraph's 会议指出/会议强调/会议要求 is that meeting speaking, so its
    instructions are the convening body's (the corpus README: the body the text names for the action).

    >>> convened_body("12月1日，省长张某主持召开省政府常务会议，研究部署工作。", "140000").name
    '山西省人民政府'
    >>> convened_body("省政府印发方案", "140000") is None
    True
    """
    convened = next((m for p in load_verbs()["convening_patterns"] if (m := p.search(text))), None)
    if convened is None:
        return None
    bodies = [a for a in find_actors(text[:convened.end()], home_region) if not a.actor.is_media]
    return bodies[0].actor if bodies else None
