"""Subject-first clauses whose subject is a body the actor table does not list (rule generic_subject).

A clause of the shape [subject NP] [adverbs / modal 要, 应, 将…] [action verb] [object] names who
acts before the action.  The table bodies (工信部…) and places are read in :mod:`.analyser`; this
module reads the bodies named by a general head (部门, 机关, 单位, 机构, 政府, 委员会, 中心: the
``subject_body_suffixes`` of measure_verbs.json, with the prefixes 各级, 地方各级, 有关, 县级以上…)
and what each subject type yields.  The table of rules, in the order they are tried:

=========================  ==============================================================  ==========================
rule                        subject, then                                                  yields
=========================  ==============================================================  ==========================
generic_body               a general body, then a modal or verb (城市人民政府要成立…)       row, actor = that body
addressed_departments      各 + a body that is no government (各地商务部门负责…)        row, actor = the issuer
class_departments          行业主管部门要… (a class of departments directed)               row, actor = the issuer
local_governments_plural   bare 地方政府 in a text for the whole country (地方政府不断…)   row, actor = 地方各级人民政府
unresolved_anaphor         当地政府要… with no place before it (rule anaphoric_body found   row, actor = the issuer
                           no referent): the places directed, as 各地要…
class_department_directive a bare functional department in a national directive            row, actor = the class as
                           (自然资源部门要…, 住建部门负责…), not in news                    written (自然资源部门)
verb_initial_body          a body whose name opens with a verb (发展改革部门, 规划部门),    the body, not the verb,
                           then a modal (发展改革部门要参与…)                              opens the clause
body_coverb_action         a body, then a coverb or basis phrase, then the action          row, actor = that body
                           (人事部门按规定做好…, 某某中心依据…开展…)
body_adverbial             a body, an optional modal, then only an adverbial phrase        intro: the body acts in
                           (某某部门通过…，组织…; 自然资源部门要根据…标准，统筹…)           the clauses after it
named_effort_action        a named subject (body or place), then an effort adverb and a    row, no exhortation:
                           verb (某市着力优化…, 地方政府不断强化…, 某部门要认真制定…)        the subject acts
item_addressee             a paragraph whose first sentence opens with the governments of  the later subjectless
                           a level and a modal (地方各级人民政府要…。要加强…。畅通…。)       sentences are theirs too
=========================  ==============================================================  ==========================
"""
from __future__ import annotations

from functools import lru_cache

from ...recognize.actors import Actor, ActorMention, find_actors, is_bare_department, normalize_actor
from .clauses import _body_act_start, _modal_at, _skip_adverbs, _verb_after_basis, _verb_at, non_measure_rule
from .coverbs import verb_after_coverb, verb_after_preposition
from .constructions import DIRECTIVE_MODALS
from .news_clauses import local_department
from .rules import _subject_body_suffix, load_verbs
from .subjects import _body_at_start

#: what :func:`generic_subject` answers: how the clause goes on, the subject (None: the issuer
#: acts) and the position of the action after the subject
GenericSubject = tuple[str, "ActorMention | None", int]

#: rule body_coverb_action: 在 after a body is the progressive (某部门在狠抓…), or a place phrase the
#: analyser reads itself (rule subject_adverbial): no coverb of this rule
PROGRESSIVE_ZAI = "在"

#: rule item_addressee: coverbs that may open a sentence of the addressee's paragraph before its action
#: (与某省协商…, 对发现的问题要…, 按照规定…, 根据情况…): the sentence names no subject of its own
SUBJECTLESS_COVERBS = ("与", "对", "按照", "按", "根据", "依据", "依照", "依法", "通过", "针对", "围绕", "结合")


@lru_cache(maxsize=1)
def _named_effort_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Rule named_effort_action: (adverbs of effort, verbs of study and uptake), kept with the rule
    they qualify, measure_verbs.json ``non_measure_rules`` exhortation (``named_effort_adverbs``,
    ``named_uptake_verbs``): after a named subject an adverb of effort (切实…, 着力…) only tells how
    that subject acts, but study and uptake (认真研究…, 切实贯彻…) stay exhortations."""
    rule = next(r for r in load_verbs()["non_measure_rules"] if r["name"] == "exhortation")
    return tuple(rule["named_effort_adverbs"]), tuple(rule["named_uptake_verbs"])

#: rule named_effort_action: what may follow the effort adverb of a named subject: an action (no
#: rule), or an improvement (rule outcome: 某市着力优化产业结构 -- the named subject improves it)
NAMED_ACTS = ("", "outcome")

#: rule local_governments_plural: bare 地方政府 in a text for the whole country (地方政府不断强化保障,
#: 地方政府要…) is the local governments at every level, as 地方各级政府 is (actors.csv)
LOCAL_GOVERNMENTS = "地方政府"
LOCAL_GOVERNMENTS_ALL = "地方各级人民政府"

#: rule class_department_directive: the actor of a bare functional department a directive addresses
#: (national level: the departments of that function at every level, no one ministry)
CLASS_LEVEL = "national"


def class_department(surface: str, body: Actor, home_region: str, news: bool) -> Actor:
    """Rule class_department_directive: in a national document that directs (an issuing body, no news),
    a bare functional department with no place (自然资源部门要…, 机构编制部门负责…) addresses those
    departments at every level: the actor is the class as the text writes it, not the ministry
    (rule national_department keeps the ministry for a news story about the whole country).

    >>> nat = Actor("自然资源部", "national", "CN", "department")
    >>> class_department("自然资源部门", nat, "CN", news=False).name, class_department("自然资源部门", nat, "CN", news=True).name
    ('自然资源部门', '自然资源部')
    """
    if news or home_region != "CN" or body.kind != "department" or not is_bare_department(surface):
        return body
    return Actor(surface, CLASS_LEVEL, "", "generic")


def _opens_with_verb(t: str, pos: int, body_end: int, planning: bool) -> bool:
    """Rule verb_initial_body: the clause opens with a verb (全面加强政府建设: no subject) unless the
    body read there is followed by a modal (发展改革部门要参与…, 规划部门应当…): a body whose name
    begins with a verb (发展, 规划, 建设) is still the subject before its modal.

    >>> _opens_with_verb("发展改革部门要参与规划布局", 0, 6, False), _opens_with_verb("加强政府建设", 0, 4, False)
    (False, True)
    """
    if not _verb_at(t, pos, planning)[0]:
        return False
    return not _modal_at(t, _skip_adverbs(t, body_end))


def _action_after_coverb(t: str, at: int, planning: bool) -> str:
    """Rule body_coverb_action: after a body (and a modal), a coverb or basis phrase, then the action
    (人事部门按规定做好…, 某中心依据规定开展…, 某委员会要根据情况安排…): the action verb, or ''.
    Not 在 (某某部门在狠抓…: 在 marks the progressive there, and 当前各部门 is no body's name).

    >>> _action_after_coverb("按程序做好登记工作", 0, False)
    '做好'
    """
    modal = _modal_at(t, at)
    at = _body_act_start(t, at + len(modal))
    if t.startswith(PROGRESSIVE_ZAI, at):
        return ""
    return (_verb_after_basis(t, at, planning)[0] or verb_after_coverb(t, at, planning)[0]
            or verb_after_preposition(t, at, planning)[0])


def generic_subject(an, t: str, pos: int, planning: bool) -> GenericSubject:
    """Rule generic_subject: a general body opening ``t[pos:]`` (see the module's table): ("intro",
    body, pos) when only an adverbial follows it, ("act", body or None, position after the bodies)
    when its action follows, ("", None, pos) when no such body opens the clause.

    ``an`` is the clause analyser (:class:`.analyser._Analyser`): its home region, story county,
    townships and the body-list and adverbial readers."""
    lex = load_verbs()
    rest = t[pos:]
    # no suffix within the 40 characters read: no such body, none looked up (rules._subject_body_suffix)
    generic = [] if not _subject_body_suffix().search(rest, 0, 40) else \
        [(a, end) for a, end in _body_at_start(rest, an.home_region)
         if a.kind in ("generic", "department") and end >= 3
         and any(rest[:end].endswith(w) for w in lex["subject_body_suffixes"])]
    if generic and _opens_with_verb(t, pos, pos + generic[0][1], planning):
        generic = []  # 全面加强政府建设: the clause opens with its verb, no subject
    generic = an._township_body(t, pos) or generic
    if generic and an.local_story:  # rule local_department: 住建部门 in a story set in one county
        generic = local_department(rest, generic, an.local_story)
    if not generic:
        return "", None, pos
    body, end = generic[0]
    body = class_department(rest[:end], body, an.home_region, an.news_places)
    if rest[:end] == LOCAL_GOVERNMENTS and an.home_region == "CN":  # rule local_governments_plural
        body = normalize_actor(LOCAL_GOVERNMENTS_ALL, an.home_region)
    mention = ActorMention(0, end, body)
    if an._adverbial_only(t, pos + end, planning):
        # rule body_adverbial, for a body the table does not list (某某部门通过…，推动…)
        return "intro", mention, pos
    body_end = an._after_coordinated_bodies(t, pos + end, planning)
    verb, _, modal = _verb_at(t, body_end, planning)
    coverb_verb = "" if verb else _action_after_coverb(t, body_end, planning)
    if modal and not verb and not coverb_verb and an._adverbial_only(t, body_end + len(_modal_at(t, body_end)), planning):
        return "intro", mention, pos  # rule body_adverbial after a modal: 自然资源部门要根据…标准，统筹…
    if not (verb or modal or coverb_verb):
        return "", None, pos
    # rule addressed_departments: 各地商务部门负责…, 各省级财政要… (各 + a body that is no government)
    # and rule class_departments, 行业主管部门要…: departments directed do the issuer's measure
    name = body.name
    addressed = rest.startswith("各") and not name.endswith("政府") or \
        name.endswith("主管部门") and name[0] not in "省市县区乡镇" or \
        rest[:end] in lex["anaphors"]  # rule unresolved_anaphor: 当地政府要… with no place named before it
    return "act", None if addressed else mention, body_end


#: rule item_addressee: the level of the actors.csv bodies that stand for every government of a level
#: (地方各级人民政府, 各省级人民政府): only such a class is a paragraph's addressee; one named body
#: (某市人民政府要…) governs its own sentence only
PLURAL_LEVEL = "plural"


def item_addressee(sentence: str, actor: Actor | None, base: Actor | None, home_region: str) -> Actor | None:
    """Rule item_addressee: in an issued document (the issuer's voice, ``base``, is the actor of
    subjectless clauses), a paragraph whose first sentence opens with the governments of a level as its
    subject and a directive modal (地方各级人民政府要…, 各省级人民政府应当…) is addressed to them: its later subjectless
    sentences (要加强…。畅通…。) go on with that body, to the paragraph's end. A body named inside the
    sentence (按照某部要求…) or a news report (no issuer voice) gives no addressee. Only a later sentence
    that names no subject of its own carries it (:func:`opens_subjectless`): 其他有关部门要… is
    another addressee's.

    >>> gov = Actor("地方各级人民政府", "plural", "", "government")
    >>> issuer = Actor("国务院办公厅", "national", "CN", "government")
    >>> item_addressee("地方各级人民政府要尽快制定工作方案，明确步骤。", gov, issuer, "CN").name
    '地方各级人民政府'
    >>> item_addressee("按照地方各级人民政府的要求，制定方案。", gov, issuer, "CN") is None
    True
    >>> item_addressee("地方各级人民政府出台了实施方案。", gov, issuer, "CN") is None  # no directive: its own act
    True
    >>> city = Actor("南昌市人民政府", "local", "360100", "government")
    >>> item_addressee("南昌市人民政府要加快建设。", city, issuer, "360000") is None  # one body: its sentence only
    True
    """
    if base is None or actor is None or actor == base or actor.level != PLURAL_LEVEL:
        return None
    t = sentence.lstrip()
    opening = find_actors(t[:40], home_region)
    if not opening or opening[0].start != 0 or opening[0].actor != actor:
        return None
    at = _skip_adverbs(t, opening[0].end)
    # a directive (某某要…, 应当…): the body is addressed; 国务院出台《…》 is that body's own act, one sentence
    return actor if any(t.startswith(m, at) for m in DIRECTIVE_MODALS) else None


def opens_subjectless(sentence: str, home_region: str) -> bool:
    """Rule item_addressee: the sentence opens with its modal or action verb, or with a coverb phrase
    (要加强…, 畅通…渠道, 与某省协商…, 对…要…), not with a subject of its own (其他部门要…, 某部将…).

    >>> opens_subjectless("要加强群众监督，按时公布结果。", "CN"), opens_subjectless("畅通群众反映渠道。", "CN")
    (True, True)
    >>> opens_subjectless("其他有关部门要积极配合。", "CN"), opens_subjectless("财政部要加大支持。", "CN")
    (False, False)
    """
    t = sentence.lstrip()
    opening = find_actors(t[:40], home_region)
    if opening and opening[0].start == 0:
        return False
    verb, _, modal = _verb_at(t, 0, True)
    return bool(verb or modal) or t.startswith(SUBJECTLESS_COVERBS)


def subject_non_measure(t: str, pos: int, subject: ActorMention | None, named: str) -> str:
    """:func:`.clauses.non_measure_rule` of ``t[pos:]``, with rule named_effort_action: an exhortation
    (切实…, 着力…, 认真…) whose subject the clause names (某市着力优化产业结构, 地方政府不断强化保障,
    地方各级人民政府要尽快制定方案) is no urging of the reader: that subject takes the action the verb
    after the adverb names. Without a named subject (要切实加强…) the exhortation stands.

    >>> gov = ActorMention(0, 4, Actor("地方政府", "local", "", "generic"))
    >>> t = "地方政府不断强化兜底保障"
    >>> subject_non_measure(t, 4, gov, ""), subject_non_measure(t, 4, None, "")
    ('', 'exhortation')
    >>> subject_non_measure("某市着力营造良好氛围", 2, None, "某市")  # 营造: a climate urged, no action
    'exhortation'
    >>> subject_non_measure("某市着力优化营商环境", 2, None, "某市")  # an improvement the place makes
    ''
    >>> subject_non_measure("各市政府要认真研究群众需求", 5, gov, "")  # study: rule named_effort_action's uptake verbs
    'exhortation'
    """
    rule = non_measure_rule(t[pos:])
    if rule != "exhortation" or (subject is None or subject.actor.kind == "nobody") and not named:
        return rule
    start = pos + len(_modal_at(t, pos))
    effort_adverbs, uptake_verbs = _named_effort_words()
    effort = next((w for w in effort_adverbs if t.startswith(w, start)), "")
    if not effort:
        return rule
    after = start + len(effort)
    at = max(_skip_adverbs(t, start), after)
    verb = _verb_at(t, at, True)[0] or _verb_at(t, after, True)[0]
    if not verb or verb in uptake_verbs or non_measure_rule(t[at:]) not in NAMED_ACTS:
        return rule  # 着力营造…氛围, 认真研究…: what follows the adverb is itself no action
    return ""
