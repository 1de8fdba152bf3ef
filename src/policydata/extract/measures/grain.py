"""Measure grain (round 15): which clause of a sentence is the commitment, by its syntactic role.

Constructions, not phrases (heldout 12-14: SUBJECT, PURPOSE, FIG-MEASURE recur over different texts):

* rule policy_subject: a policy named as the subject of its clause (财政政策要加大…, 货币政策适时…):
  the policy is the government's instrument, not a body; the clause is the action of whoever the
  text makes act (the issuer, the speaker), as with the subject words 各地/我们 (analyser).
* rule purpose_tail_verb: the last clause of a sentence that already holds a measure, opened by a
  verb of effect (降低/提升/保障/增强… + an abstract state: 成本, 水平, 权益, 积极性) states what the
  actions before it are for: README excludes purpose clauses.
* rule completed_verb_task: 完成 whose complement is itself an action verb (完成新建、改造N个…,
  完成N个…项目验收) completes that action: a reported measure, its count a figure of it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...text.patterns import alternation
from ...text.segment import CJK_RANGE as _HAN
from .clauses import _verb_at
from .rules import load_verbs


@lru_cache(maxsize=1)
def _words() -> dict:
    """The word lists of these rules: measure_verbs.json ``grain`` (read through the one loader)."""
    return load_verbs()["grain"]


@lru_cache(maxsize=1)
def _policy_referring() -> re.Pattern:
    """rule policy_subject: the referring words of the lexicon (``grain.policy_referring``) as one pattern."""
    return re.compile(alternation(_words()["policy_referring"]))


@lru_cache(maxsize=1)
def _effect_adverbs() -> re.Pattern:
    """rule purpose_tail_verb: any run of the lexicon's manner adverbs (``grain.effect_adverbs``)."""
    return re.compile(f"(?:{alternation(_words()['effect_adverbs'])})*")


@lru_cache(maxsize=1)
def _object_then_count() -> re.Pattern:
    """rule counted_action: a verb's object, then a count in a unit of things or land
    (``grain.counted_units``)."""
    units = alternation(_words()["counted_units"])
    return re.compile(rf"[{_HAN}“”《》、\-]{{2,30}}?(?P<count>\d[\d.]*\s*(?:万|亿)?(?:{units}))")

#: rule policy_subject: a domain noun of 2-4 characters and 政策 opening the clause (财政政策, 货币政策,
#: 就业政策); a longer opening is a verb phrase with a policy in its object (减轻以旧换新政策…)
_POLICY_SUBJECT = re.compile(rf"[{_HAN}]{{2,4}}?政策")


def policy_subject_end(t: str, pos: int) -> int:
    """Rule policy_subject: the end of a policy named as the subject of the clause at ``pos``
    (财政政策要…), 0 when the clause opens otherwise.

    >>> policy_subject_end("财政政策要加大支出强度", 0), policy_subject_end("货币政策适时下调利率", 0)
    (4, 4)
    >>> policy_subject_end("这些政策将降低企业成本", 0), policy_subject_end("财政政策的效果显现", 0)
    (0, 0)
    >>> policy_subject_end("落实好各项政策", 0)
    0
    """
    m = _POLICY_SUBJECT.match(t, pos)
    if not m or _policy_referring().search(t, pos, m.end() - 2) or _verb_at(t, pos)[0]:
        return 0
    if t.startswith(tuple(_words()["policy_not_after"]), m.end()):
        return 0
    return m.end()


def effect_verbs() -> tuple[str, ...]:
    """rule purpose_tail_verb: verbs of effect -- what a state becomes or stays, not what is done to
    bring it about (measure_verbs.json ``grain.effect_verbs``: 降低, 提升, 保障…)."""
    return tuple(_words()["effect_verbs"])


def purpose_tail_verb(clause: str, before_action: str) -> bool:
    """Rule purpose_tail_verb: ``clause``, the last of its sentence after a measure whose lead verb
    is ``before_action``, opens with a verb of effect (:func:`effect_verbs`): it says what that
    action is for (强化公共服务，降低企业用工成本 / 严厉打击违法行为，切实保障群众权益), no commitment of
    its own; the measure's row takes it in (the annotators' quote often runs over both). A
    coordination of effects (提高覆盖水平，增强接入能力) is no purpose tail: the clause before has a
    verb of effect too.

    >>> purpose_tail_verb("降低企业用工成本。", "强化"), purpose_tail_verb("切实保障群众合法权益", "打击")
    (True, True)
    >>> purpose_tail_verb("增强接入能力", "提高"), purpose_tail_verb("建设一批示范园区", "出台")
    (False, False)
    """
    verbs = effect_verbs()
    if before_action in verbs:
        return False
    at = _effect_adverbs().match(clause).end()
    return clause.startswith(verbs, at)


#: rule completed_verb_task: 完成 then, as its complement, an action verb (新建、重组…): a reported
#: action, whatever its count (an object ending in a task noun, …改造/…验收, is rule completed_task's)
_COMPLETED_VERB = re.compile(r"(?P<verb>(?:全面|基本)?完成)")
_AMOUNT = re.compile(r"\d[\d.]*\s*(?:万|亿)?元")


def completed_verb_task(t: str, pos: int, lead_verbs: tuple[str, ...]) -> tuple[str, int]:
    """Rule completed_verb_task: (完成, position after it) when 完成 at ``pos`` takes an action verb
    (a lead verb of two characters or more, ``lead_verbs``) as its complement -- 完成新建、改造20家
    社区食堂; ('', pos) otherwise, and for amounts of money (完成投资80亿元 stays a figure). An object
    ending in a verb (完成30公里管线铺设, often a firm's project in news) is left to rule completed_task.

    >>> lv = ("新建", "改造", "铺设", "建设")
    >>> completed_verb_task("完成新建、改造20家社区食堂", 0, lv), completed_verb_task("完成30公里管线铺设", 0, lv)
    (('完成', 2), ('', 0))
    >>> completed_verb_task("完成投资建设80亿元", 0, lv), completed_verb_task("完成年度目标", 0, lv)
    (('', 0), ('', 0))
    """
    m = _COMPLETED_VERB.match(t, pos)
    if not m or _AMOUNT.search(t, m.end()):
        return "", pos
    rest = t[m.end():].rstrip("，,。；;、 ")
    if any(rest.startswith(v) for v in lead_verbs if len(v) >= 2):
        return m.group("verb"), m.end()
    return "", pos




def counted_action(t: str, after: int, statistic_patterns) -> bool:
    """Rule counted_action (round 15, FIG-MEASURE): the lead verb ending at ``after`` takes an object
    and then the count of what it covers (推广节水品种500万亩、增长12%); the change that follows is said
    of that count: the clause is the action, its figures are read by the figures stage as before. A
    statistic cue before the count (推广…比上年增加…, 累计设立…) or a count told as a level reached
    (超900家) keeps the clause a statistic.

    >>> import re as _re
    >>> cues = [_re.compile(r"[增下]长\\s*\\d"), _re.compile("同比")]
    >>> counted_action("推广节水品种500万亩、增长12%", 2, cues), counted_action("完成投资80亿元、增长5%", 2, cues)
    (True, False)
    >>> counted_action("推广同比增长的品种500万亩", 2, cues), counted_action("累计设立外资企业超900家、同比增长5%", 4, cues)
    (False, False)
    """
    m = _object_then_count().match(t, after)
    if not m or t[after:m.start("count")].endswith(tuple(_words()["level_words"])):
        return False
    return not any(p.search(t, 0, m.start("count")) for p in statistic_patterns)


#: rule lead_clause: the longest sentence-opening action clause (characters, punctuation trimmed) that
#: may head the actions after it. Counts over the dev corpus, dev10 and pages10 (round 15): a sentence-opening
#: row of 10 characters or fewer followed by further actions was a verb and a field of work (全力推进大气治理,
#: 加强河湖生态保护, 持续规范…秩序) that the annotators did not keep as a row in about one case of four;
#: longer opening rows were their own commitment in 98 of 100.
LEAD_CLAUSE_MAX = 10


def lead_clause_heads(lead: str, next_has_subject: bool, later_actions: int) -> bool:
    """Rule lead_clause (round 15, SPLIT): ``lead``, the first clause of a sentence and a measure of its
    own, is followed by an action clause with no subject of its own and then ``later_actions`` more
    clauses opening with a lead verb. A short lead (at most :data:`LEAD_CLAUSE_MAX` characters, no
    figure) over a series of at least three actions names the field they serve (加快…，推进A，建设B，
    实施C): it heads the series and opens the row of its first action -- a heading and its body that state
    one commitment count once (corpus README) -- instead of a row of its own. A lead whose object is an
    instrument (measure_verbs.json ``grain.instrument_heads``: 开展某专项行动, 深化某制度改革) is a commitment of its own. Two
    coordinate actions (加强项目管理，有力开展防汛抢险) stay two rows; so do a longer lead, a lead with a
    figure or a name in quotation marks (实施“某某”专项: the programme it commits to), and a next clause
    that names its own body (…，各地要…). A heading is a bare verb phrase: a lead with a modal (要做好…,
    the walk checks it) is a directive of its own, whose series the annotators quote whole or apart.

    >>> lead_clause_heads("全力推进大气治理", False, 1), lead_clause_heads("强化产业支撑", False, 2)
    (True, True)
    >>> lead_clause_heads("加强项目管理", False, 0), lead_clause_heads("加快推进校舍抗震加固改造", False, 1)
    (False, False)
    >>> lead_clause_heads("新建公厕24座", False, 1), lead_clause_heads("加强统筹协调", True, 1)
    (False, False)
    >>> lead_clause_heads("实施“净水”专项", False, 1), lead_clause_heads("开展护河专项行动", False, 1)
    (False, False)
    >>> lead_clause_heads("完善冷链仓储设施", False, 1)
    False
    """
    return 0 < len(lead) <= LEAD_CLAUSE_MAX and later_actions >= 1 and not next_has_subject and \
        not any(c.isdigit() or c in _NAME_MARKS for c in lead) and not lead.endswith(tuple(_words()["instrument_heads"]))


#: rule lead_clause: marks around a name (“…”, 《…》): a lead that names its programme or document
#: (实施“某某”专项, 落实《某某条例》) commits to that instrument, no field of work
_NAME_MARKS = "“”《》"
