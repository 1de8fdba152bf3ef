"""Clauses of a sentence and what opens each: prefixes, the lead verb, non-measure openings.

A clause opening is read left to right: enumerators and time words skipped (一是, 下一步), an
optional modal and adverbs, then a lead verb (:func:`_verb_at`); an opening may instead name a
principle, purpose or outcome (:func:`non_measure_rule`), a beneficiary (为1万名老年人实施手术) or
a copula (X是…的).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...recognize.actors import ActorMention
from ...text.patterns import joined
from .rules import (_adverb_rule_patterns, _any, _beneficiary_patterns, _first_match, _lead_verbs, _longest_first, _match_any, _match_word,
                    _rule_patterns, _skip_words, _verb_adverb_or_modal, load_verbs)
from .modals import future_before_object
from .clause_split import _CLOSE, _OPEN, _TRAILING_PUNCT, _trim, clauses_of  # noqa: F401 (clauses_of, _trim re-exported)


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
    hosted: bool = False  # 由X主办 / 由X给予: the clause names its own actor (rule granted_by)
    policy_in_force: bool = False  # 某政策加力扩围 (rule policy_in_force): kept inside a firm's quotation
    #: the rule that decided ``kind`` where the analyser names it: a non-measure rule's name, or one of
    #: the defaults (lead_verb: a lead verb matched and nothing else decided; no_verb: plain because no
    #: verb matched) that rule clause_model (:mod:`.clause_model`) may overturn; "clause_model" when it did
    rule: str = ""
    #: rule clause_model: the model's probability that the clause is part of a measure (-1: not asked)
    model_p: float = -1.0
    #: rule added_subject: a body opening a default plain clause (no_verb) that no verb the analyser
    #: knows follows (某部近日晒出了…); it is not the clause's subject unless
    #: rule clause_model makes the clause a measure, whose actor it then is, as any measure's subject
    opening_body: ActorMention | None = None
    #: a subject word or place that opened the clause with no body looked up for it (各地, 全县, 某省):
    #: the clause names who acts all the same (rule commentary_named_subject)
    named_subject: str = ""


def opening_body(subject: ActorMention | None, actors: list[ActorMention]) -> ActorMention | None:
    """Rule added_subject: the body a default plain clause opens with (its subject, else the first
    body found at its start that is no news outlet), kept as :attr:`ClauseInfo.opening_body`.

    >>> from policydata.recognize.actors import find_actors
    >>> opening_body(None, find_actors("生态环境部公开发布了新版名录", "CN")).actor.name
    '生态环境部'
    >>> opening_body(None, find_actors("新版名录由生态环境部发布", "CN")) is None
    True
    """
    return subject or next((a for a in actors[:1] if a.start == 0 and not a.actor.is_media), None)


#: the clause analysis asks for the verb, modal or prefixes at the same offset of a clause several
#: times (the firm rule, the subject rules, the action itself); the answers for the last few
#: clauses are remembered, bounded so that another document never profits
_PER_CLAUSE = lru_cache(maxsize=256)


@_PER_CLAUSE
def _skip_prefixes(t: str, pos: int) -> int:
    """Skip enumerators (一是, （三）), time words (下一步, 2026年), levels of government (市、县两级)
    and connectives (同时, 通过).

    >>> t = "今后市、县（市、区）两级在园区引进人才"
    >>> t[_skip_prefixes(t, 0):]
    '在园区引进人才'
    """
    lex = load_verbs()
    patterns, screen = _prefix_patterns()
    changed = True
    while changed and pos < len(t):
        changed = False
        for pat in (patterns if screen is None or screen.match(t[pos:]) else ()):
            m = pat.match(t[pos:])  # the patterns open with ^, which matches at offset 0 only
            if m and m.end() > 0:
                pos, changed = pos + m.end(), True
        w = _match_word(t, pos, lex["strip_prefixes"])
        if w and len(t) > pos + len(w):
            pos, changed = pos + len(w), True
        w = _match_word(t, pos, lex["tally_prefixes"])
        if w and (_verb_at(t, pos + len(w))[0] or _completed_task_at(t, pos + len(w))[0]):
            pos, changed = pos + len(w), True  # 累计推出…, 已完成12家…: the action decides, not the tally
    return pos


def _after_condition(t: str, pos: int) -> int:
    """Rule conditional_subject: the position after a condition closed by 的 (measure_verbs.json
    ``conditional_subject_patterns``: 涉嫌违法的, 符合条件的) when a modal and a lead verb follow it
    (符合条件的应纳入…): the condition names the case the measure covers, it stays in the quote but
    is no actor; ``pos`` otherwise (面向企业的应用场景: 应用 is no modal and verb).

    >>> t = "符合条件的应纳入保障范围"
    >>> t[_after_condition(t, 0):], _after_condition("面向企业的应用场景", 0)
    ('应纳入保障范围', 0)
    """
    m = _first_match(load_verbs()["conditional_subject_patterns"], t, pos)
    if m is None:
        return pos
    verb, _, modal = _verb_at(t, m.end())
    return m.end() if verb and modal else pos


@lru_cache(maxsize=1)
def _prefix_patterns() -> tuple[list[re.Pattern], re.Pattern | None]:
    """The enumerator, time, amount and government-level prefix patterns in the order :func:`_skip_prefixes` tries
    them, and all of them joined (None if they cannot be): when the joined pattern does not match
    at a position, none of them does, and the clause opens with no such prefix (most do)."""
    lex = load_verbs()
    patterns = lex["enumerator_patterns"] + lex["time_prefix_patterns"] + lex["amount_prefix_patterns"] + \
        lex["level_subject_patterns"]
    try:
        return patterns, joined(patterns)
    except (re.error, ValueError):
        return patterns, None


@_PER_CLAUSE
def _verb_at(t: str, pos: int, planning: bool = False) -> tuple[str, int, bool]:
    """(lead verb, position after it, had modal) after optional modal and adverbs at ``pos``.

    ``planning``: the sentence plans (到2025年…), so plan-only verbs (完成) lead too; a modal
    in the clause has the same effect.

    >>> _verb_at("要完成改造", 0), _verb_at("完成改造", 0), _verb_at("完成改造", 0, planning=True)
    (('完成', 3, True), ('', 0, False), ('完成', 2, False))
    """
    openings = _verb_openings()
    if openings is not None and 0 <= pos and t[pos:pos + 1] not in openings:
        return "", pos, False  # no modal, adverb or verb opens here (most offsets the scans try)
    lex = load_verbs()
    modal = False
    w = _modal_at(t, pos)
    if w:
        modal, pos = True, pos + len(w)
    last_adverb = ""
    for _ in range(6):
        verbs = _lead_verbs(planning or modal)
        verb = _match_word(t, pos, verbs)
        adverb = _match_word(t, pos, lex["adverbs"])
        if adverb in lex["subject_bound_adverbs"] and not t[:pos].strip(" “‘"):
            adverb = ""  # rule subject_bound_adverbs: …，正推动…变革 -- no subject, no skip
        if adverb and len(adverb) >= len(verb) and (_match_word(t, pos + len(adverb), _verb_adverb_or_modal(planning or modal))
                                                    or _match_word(t, pos + len(adverb), lex["adverb_led_verbs"])):
            last_adverb, pos = adverb, pos + len(adverb)
            w = _modal_at(t, pos)
            if w:
                modal, pos = True, pos + len(w)
            continue
        if verb and not _verb_inside_noun(t, pos + len(verb)):
            return verb, pos + len(verb), modal
        led = _match_word(t, pos, lex["adverb_led_verbs"]) if last_adverb else ""
        if led:  # rule use_verb: 充分运用…工具 -- behind a committing adverb, the use is the action
            return led, pos + len(led), modal
        break
    if last_adverb in lex["verb_like_adverbs"]:
        return last_adverb, pos, modal
    return "", pos, modal


@lru_cache(maxsize=1)
def _verb_openings() -> frozenset[str] | None:
    """The characters a modal, an adverb or a lead verb (plan-only verbs too) can start with.

    Why: the firm and object rules try :func:`_verb_at` at every offset of a clause; at an offset
    whose character opens none of those words it finds nothing (no modal, no adverb, no verb, so
    no verb-like adverb either), and one set lookup says so. None when a list holds an empty
    word, which opens everywhere (no shortcut then)."""
    lex = load_verbs()
    words = [*lex["modals"], *lex["adverbs"], *_lead_verbs(True)]
    return None if "" in words else frozenset(w[0] for w in words)


def _verb_after_basis(t: str, pos: int, planning: bool = False) -> tuple[str, int]:
    """Rule basis_phrase: the action after a basis (measure_verbs.json ``basis_phrase_patterns``:
    根据…情况, 结合…实际) at ``pos`` and the offset after it; ('', pos) if none.

    >>> _verb_after_basis("某厅根据申报情况安排资金", 2), _verb_after_basis("某厅根据有关规定", 2)
    (('安排', 10), ('', 2))
    """
    basis = _first_match(load_verbs()["basis_phrase_patterns"], t, pos)
    verb, after, _ = _verb_at(t, _skip_prefixes(t, basis.end()), planning) if basis else ("", pos, False)
    return (verb, after) if verb else ("", pos)


@_PER_CLAUSE
def _modal_at(t: str, pos: int) -> str:
    """The modal at ``pos``, unless a longer lead verb starts there (应对, 会同 are verbs, not 应/会).

    >>> _modal_at("应对灾害", 0), _modal_at("应加强监管", 0), _modal_at("会同有关部门", 0), _modal_at("会展中心", 0)
    ('', '应', '', '')
    """
    lex = load_verbs()
    modal = _match_word(t, pos, lex["modals"])
    if modal and (len(_match_word(t, pos, lex["lead_verbs"])) > len(modal) or _match_word(t, pos, lex["not_modal_words"])):
        return ""  # 会议中心, 应急: a noun
    return modal


def _verb_inside_noun(t: str, after: int) -> bool:
    """The verb ending at ``after`` is part of a noun: 保障性租赁住房, 建设者, 发展中国家.

    >>> _verb_inside_noun("保障性租赁住房", 2), _verb_inside_noun("提升性能", 2), _verb_inside_noun("保障住房", 2)
    (True, False, False)
    """
    lex = load_verbs()
    return t.startswith(tuple(lex["not_verb_before"]), after) or _match_any(lex["not_verb_before_patterns"], t[after:])


@_PER_CLAUSE  # asked again for the same clause: by the analysis, the anaphor rule, the self-reference test
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
    after_adverbs = _skip_adverbs(t, pos)
    words, noun_words, patterns = _non_measure_screen()
    adverb_patterns = _adverb_rule_patterns("")
    if not (t.startswith(words, pos) or t.startswith(words) or t.startswith(words, after_adverbs)) and \
            not any(w in t for w in noun_words) and not _any(patterns, t[pos:]) and \
            not (after_adverbs > pos and _any(adverb_patterns, t[after_adverbs:])):
        return ""  # most clauses: no rule's word opens them, no noun word or pattern is in them
    for rule in lex["non_measure_rules"]:
        words = tuple(rule["words"])  # str.startswith tries a tuple of words at C speed
        if t.startswith(words, pos) or t.startswith(words) or t.startswith(words, after_adverbs):
            return rule["name"]
        for w in rule.get("noun_words", []):
            at = pos  # 更好统筹发展和安全: the noun word may itself be an adverb (统筹推进)
            while not t.startswith(w, at) and (adverb := _match_word(t, at, lex["adverbs"])):
                at += len(adverb)
            if t.startswith(w, at):
                verb, after, _ = _verb_at(t, at + len(w))
                if not verb or t[after:after + 1] in ("和", "与", "及", "、"):  # 统筹发展和安全: nouns
                    return rule["name"]
        if _any(_rule_patterns(rule["name"]), t[pos:]) or \
                (after_adverbs > pos and _any(_adverb_rule_patterns(rule["name"]), t[after_adverbs:])):
            # 持续提升创新能力: a capacity raised is an outcome behind adverbs too, like the rule's words
            return rule["name"]
    return ""


@lru_cache(maxsize=1)
def _non_measure_screen() -> tuple[tuple[str, ...], tuple[str, ...], tuple[re.Pattern, ...]]:
    """All the words, noun words and patterns of the non-measure rules, for one test that no rule
    can apply (:func:`non_measure_rule` then skips its rule by rule reading).

    Why: nine clauses in ten match no rule, and trying ten rules one by one costs ten scans.
    Each rule needs one of its words at one of three offsets, a noun word somewhere after the
    modal, or one of its patterns; the union of all three tests is what the screen asks.
    """
    rules = load_verbs()["non_measure_rules"]
    words = tuple(w for rule in rules for w in rule["words"])
    noun_words = tuple(dict.fromkeys(w for rule in rules for w in rule.get("noun_words", [])))
    patterns = tuple(p for rule in rules for p in _rule_patterns(rule["name"]))
    return words, noun_words, patterns


def _completed_task_at(t: str, pos: int) -> tuple[str, int]:
    """(plan-only verb, position after it) when it completes a task (measure_verbs.json
    ``completed_task_patterns``): a reported action even where plan-only verbs do not lead.

    >>> _completed_task_at("完成14个城中村环境综合整治", 0), _completed_task_at("完成投资1.2万亿元", 0)
    (('完成', 2), ('', 0))
    >>> _completed_task_at("基本完成道路线路改造", 0)[0]
    '基本完成'

    Rule tallied_completion: after a tally word (已, 累计, 先后: ``tally_prefixes``) 完成 and a count
    of units (``tallied_completion_patterns``) lead whatever the object; an amount does not.

    >>> _completed_task_at("已完成12家园区扩区", 1), _completed_task_at("已完成投资80亿元", 1)
    (('完成', 3), ('', 1))
    """
    lex = load_verbs()
    at = _skip_adverbs(t, pos)
    verb = _match_word(t, at, _longest_first(lex["plan_only_verbs"]))
    if not verb:
        return "", pos
    rest = t[at + len(verb):]
    if any(p.match(rest) for p in lex["completed_task_patterns"]) or (
            t.endswith(tuple(lex["tally_prefixes"]), 0, pos) and _any(lex["tallied_completion_patterns"], rest)):
        return verb, at + len(verb)
    return "", pos


#: rule subject_adverbial: the day (or days) a body acts on, written between the body and its action
#: (某局5月8日在某地举办…, 某办3月2日至5日举办…): a time word like 近日
_BODY_ACT_DAY = re.compile(r"(?:\d{1,2}月)?\d{1,2}日(?:[至到—－~～-](?:\d{1,2}月)?\d{1,2}日)?(?:[上下]午|晚)?")


#: rule early_time: 早在+a time+就 between a body and its action (某区早在2019年就出台…): how long ago
#: the body acted, a time word like 近日; the action after 就 is the body's, reported
_EARLY_TIME = re.compile(r"早在[^，,。；;：:]{1,12}?就")


def _body_act_start(t: str, pos: int) -> int:
    """Rule subject_adverbial: where the action of a body named before ``pos`` starts, after a time
    word (近日), the day it acts on (5月8日至11日) and an adverb of how it acts (measure_verbs.json
    ``body_act_adverbs``: 正式, 公开).

    >>> t = "某局5月8日至11日举办培训"
    >>> t[_body_act_start(t, 2):], "某部近日公开发布了名单"[_body_act_start("某部近日公开发布了名单", 2):]
    ('举办培训', '发布了名单')

    Rules body_manner_adverb and early_time: how pointedly or how often the body acts (某馆专门开设…,
    某所定期组织…) and how long ago (某区早在2018年就推出…) stand between it and its verb.

    >>> [u[_body_act_start(u, 2):] for u in ("某馆专门开设体验课堂", "某所定期组织义诊", "某区早在2018年就推出补贴")]
    ['开设体验课堂', '组织义诊', '推出补贴']
    """
    after = _skip_prefixes(t, pos)
    day = _BODY_ACT_DAY.match(t, after) or _EARLY_TIME.match(t, after)
    after = _skip_prefixes(t, day.end()) if day else after
    return after + len(_match_word(t, after, load_verbs()["body_act_adverbs"]))


def verb_after_subject(t: str, pos: int, w: str, place_acts: bool, planning: bool = False) -> tuple[str, bool, str]:
    """(lead verb, had modal, subject span) after the subject word or place ``w`` opening ``t`` at ``pos``.

    Rules body_manner_adverb and early_time, for a place in news (rule region_subject, ``place_acts``):
    某区首次举办…, 某县早在2019年就出台… -- the place acts as a body does (某局专门设立…), and the
    adverbial joins the subject span.

    >>> verb_after_subject("某区首次举办招聘会", 0, "某区", True), verb_after_subject("某区首次举办招聘会", 0, "某区", False)
    (('举办', False, '某区首次'), ('', False, '某区'))
    """
    verb, _, modal = _verb_at(t, pos + len(w), planning)
    if not verb and not modal and place_acts and (start := _body_act_start(t, pos + len(w))) > pos + len(w):
        verb, _, modal = _verb_at(t, start, planning)
        w = t[pos:start] if verb else w
    return verb, modal, w


#: rule commentary_named_subject: the writer's own 我们 (我们靠实干…) names no body that acts; rule
#: subject_word_adverbial leaves a speaker's 我们在…上仍有…空间 alone too
WRITER_SUBJECTS = ("我们",)


def opens_with_subject_word(t: str) -> bool:
    """Rule commentary_named_subject: the clause ``t`` opens (after prefixes) with a subject word
    (measure_verbs.json ``subjects``: 各地, 多地, 我国, 有关部门) other than the writer's 我们, whatever
    follows it -- 各地各部门把规划和落实结合起来，推动…: who acts is named for the clauses after it.

    >>> opens_with_subject_word("同时各地把规划和落实结合起来"), opens_with_subject_word("我们要靠实干")
    (True, False)
    """
    word = _match_word(t, _skip_prefixes(t, 0), load_verbs()["subjects"])
    return bool(word) and word not in WRITER_SUBJECTS


#: rule yi_wei_frame: a clause that closes a 以X为Y frame (以…为导向, 以…为鲜明导向, 以…为抓手)
_YI_WEI_FRAME = re.compile(r"为[\u4e00-\u9fff]{1,5}[，,：:；;]?$")


def closes_yi_wei_frame(t: str, pos: int) -> bool:
    """Rule yi_wei_frame: the clause from ``pos`` closes a 以X为Y frame (以群众需求为导向, / 以项目建设为
    抓手,): a frame for the clauses after it, whose X may hold a verb (整改, 建设) heading a noun.

    >>> closes_yi_wei_frame("以群众需求为鲜明导向，", 0), closes_yi_wei_frame("以数字化手段提升服务", 0)
    (True, False)
    """
    return _YI_WEI_FRAME.search(t, pos) is not None


def _disposal_verb_at(t: str, pos: int) -> tuple[str, int]:
    """Rule disposal: (verb, position after it) of 将/把 + object + a disposal verb (measure_verbs.json
    ``disposal_verbs``) at ``pos``, after an optional modal and adverbs; ('', pos) otherwise. The verb
    stands at least two characters into the object, outside quotation marks and titles, and has an
    object of its own.

    >>> _disposal_verb_at("将食品安全纳入年度考核", 0), _disposal_verb_at("要把节水列为重点任务", 0)
    (('纳入', 7), ('列为', 6))
    >>> _disposal_verb_at("将继续加大投入", 0), _disposal_verb_at("将“纳入”写进条例", 0), _disposal_verb_at("将项目纳入", 0)
    (('', 0), ('', 0), ('', 0))
    >>> _disposal_verb_at("及时将奖补资金拨付到村", 0), _disposal_verb_at("将补贴提前发放", 0)
    (('拨付', 9), ('发放', 7))

    Rule disposal_object (round 13): joining (将A与B深度融合, 将X融入Y) is a disposal too; 将 before a
    place or manner phrase or an adverb is the future (:func:`.modals.future_before_object`).

    >>> _disposal_verb_at("将农业与旅游深度融合", 0), _disposal_verb_at("将两个中心整合", 0)
    (('融合', 10), ('整合', 7))
    >>> _disposal_verb_at("将在全县推动产业融合", 0), _disposal_verb_at("将进一步促进城乡融合", 0)
    (('', 0), ('', 0))
    """
    lex = load_verbs()
    at = _skip_adverbs(t, pos)
    modal = _match_word(t, at, lex["modals"])
    if modal and t[at + len(modal):at + len(modal) + 1] in ("将", "把"):
        at = _skip_adverbs(t, at + len(modal))
    if t[at:at + 1] not in ("将", "把"):
        return "", pos
    if future_before_object(t, at):
        return "", pos
    verbs = _longest_first(lex["disposal_verbs"] + lex["disposal_final_verbs"])
    final_verbs = lex["disposal_final_verbs"]
    depth = 0
    for i in range(at + 1, len(t)):
        depth += (t[i] in _OPEN) - (t[i] in _CLOSE)
        if depth > 0 or i < at + 3:
            continue
        verb = _match_word(t, i, verbs)
        if verb and (i + len(verb) < len(t) or verb in final_verbs):
            return verb, i + len(verb)
    return "", pos


def _grant_after_recipient(t: str, pos: int) -> tuple[str, int]:
    """Rule recipient_topic: (grant verb, position after it) when the clause names its recipients
    first, without 对, and then grants (新认定的示范企业给予10万元奖补, 首次入选的项目给予资助): the
    recipients end in one of measure_verbs.json ``recipient_heads`` right before a ``grant_verbs``
    word, and hold no punctuation; ('', pos) otherwise.

    >>> _grant_after_recipient("新认定省级专精特新企业给予10万元奖补", 0)
    ('给予', 13)
    >>> _grant_after_recipient("企业给予", 0), _grant_after_recipient("今年给予补贴", 0)
    (('', 0), ('', 0))
    """
    lex = load_verbs()
    heads = tuple(lex["recipient_heads"])
    for verb in _longest_first(lex["grant_verbs"]):
        at = t.find(verb, pos + 3)
        if at > 0 and at + len(verb) < len(t) and t.endswith(heads, pos, at) and \
                not any(c in _TRAILING_PUNCT for c in t[pos:at]):
            return verb, at + len(verb)
    return "", pos


def _skip_adverbs(t: str, pos: int) -> int:
    """Position after the adverbs (measure_verbs.json ``adverbs``) opening ``t`` at ``pos``: a
    non-measure word keeps its reading behind them (积极促进消费, 坚决守住底线, 加快补齐短板).

    >>> _skip_adverbs("积极稳妥化解债务", 0), _skip_adverbs("化解债务", 0)
    (4, 0)
    """
    openings = _adverb_openings()
    if openings is not None and 0 <= pos and t[pos:pos + 1] not in openings:
        return pos  # no adverb opens here (most clause openings): no look-up
    return _skip_words(t, pos, load_verbs()["adverbs"])


@lru_cache(maxsize=1)
def _adverb_openings() -> frozenset[str] | None:
    """The characters an adverb starts with (None when the list holds an empty word): the screen
    of :func:`_skip_adverbs`, asked for every clause and again per non-measure reading."""
    adverbs = load_verbs()["adverbs"]
    return None if "" in adverbs else frozenset(w[0] for w in adverbs)


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
    at = pos + len(_match_word(t, pos, _longest_first(rule.get("adverbs", []))))
    if not t.startswith("为", at):
        return "", pos
    who = at + 1
    if t.startswith("了", who) or _verb_at(t, who, planning)[0] or non_measure_rule(t[who:]):
        return "", pos  # 为了… / 为推动… / 为确保…: a purpose
    m = _first_match(_beneficiary_patterns(), t[who:])
    if not m:
        return "", pos
    who_end = who + m.end()
    extra = _longest_first(rule.get("verbs", []))
    for i in range(who_end, min(len(t), who_end + rule.get("max_gap", 14))):
        if t[i] in "，,。；;":
            break
        verb, after, _ = _verb_at(t, i, planning)
        if not verb:
            verb = _match_word(t, i, extra)
            after = i + len(verb)
        if verb:  # 为群众筑牢…防线: what is done for them is an outcome, no action (rule benefactive_outcome)
            return ("", pos) if non_measure_rule(t[i:]) else (verb, after)
    return "", pos


def _is_copula(t: str) -> bool:
    """An evaluation/description: X是…的 (农业是县域经济的“稳定器”), not 一是/就是/特别是."""
    exclude = load_verbs()["copula_exclusion_before"]
    at = t.find("是")
    while at >= 0:
        before = t[at - 1] if at > 0 else ""
        if not (before and before in exclude):
            return True
        at = t.find("是", at + 1)
    return False


def _verb_after_done_subject(t: str, pos: int, planning: bool = False) -> tuple[str, int]:
    """(verb, position after it) when a short subject is followed by 已/已经 and an action verb
    (measure_verbs.json ``done_subject_patterns``: 武汉市已建立…, 某中心已建成36个平台, 主干道已基本完成
    改造); ('', pos) otherwise.

    >>> _verb_after_done_subject("服务中心已建成8个平台", 0), _verb_after_done_subject("增速已回升", 0)
    (('建成', 7), ('', 0))
    """
    m = _first_match(load_verbs()["done_subject_patterns"], t, pos)
    if not m:
        return "", pos
    verb, after, _ = _verb_at(t, m.end(), planning)
    if not verb:
        verb, after = _completed_task_at(t, m.end())
    return (verb, after) if verb else ("", pos)
