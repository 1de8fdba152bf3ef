"""Constructions of technical and approval documents and of work reports that look like measures
but are not, or are measures that the usual subject-verb reading misses: a field label
(field_label), a tally of named projects (project_tally), a place's share of capital
(place_funding), a request to another body (request_body); and the verb after a preposition's
object (verb_after_object), which the clause analyser asks for; and the words and name patterns of
rule firm_subject (firm_name, facility_after, GOVERNMENT_WORDS, DIRECTIVE_MODALS); the phrase of means
that rule means_phrase reads as adverbial only (means_phrase)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...recognize.actors import find_actors
from ...text.marks import CLOSING_PAIR_MARKS, OPENING_MARKS
from ...text.patterns import alternation
from ...text.segment import CJK_RANGE as _HAN
from .clauses import _verb_at
from .rules import load_verbs

#: Rule field_label: a short clause right before a colon and a number (设计速度：350公里/小时,
#: 占地面积：12公顷) labels a field of a technical list; its verb-like first word (设计, 占地) is
#: part of the field's name, no action.
_FIELD_LABEL = re.compile(r"\s*[：:]\s*\d")
_FIELD_LABEL_MAX = 6

#: Rule place_funding: a province, city or county, then 出资/注资 and an amount (某省出资12亿元, 某市
#: 财政出资3亿元): the place's government puts in its share of a project's capital, a measure though
#: the clause also states a figure.
_PLACE_FUNDING = re.compile(r"(?:财政)?(?P<verb>出资|注资)(?=\d)")

#: Rule project_tally: a list of named projects closed by 等 and a count of projects (甲化工、乙电站等
#: 300多个项目) as the subject of a result verb (开工, 投产) tallies projects, mostly firms' own.
_PROJECT_TALLY = re.compile(r"、[^，,；;。]*等\d[\d.]*(?:多|余)?个[\u4e00-\u9fff]{0,6}项目")

#: Rule request_body: how far after 请 the body asked must be found.
_REQUEST_REACH = 40


def is_field_label(text: str, end: int, clause: str) -> bool:
    """Rule field_label: ``clause`` (ending at ``end`` of ``text``) is a short label before a colon
    and a number.

    >>> t = "设计时速：120公里。要建设车站：2座"
    >>> is_field_label(t, 4, "设计时速"), is_field_label(t, 16, "要建设车站")
    (True, True)
    >>> is_field_label("加快建设：一是", 4, "加快建设")
    False
    """
    return len(clause) <= _FIELD_LABEL_MAX and bool(_FIELD_LABEL.match(text, end))


def is_project_tally(subject: str) -> bool:
    """Rule project_tally: the subject before a result verb lists named projects and counts them.

    >>> is_project_tally("甲化工新材料、乙公司储能电站等300多个新"), is_project_tally("检测、认证等公共服务平台")
    (False, False)
    >>> is_project_tally("甲化工新材料、乙公司储能电站等300多个新项目")
    True
    """
    return bool(_PROJECT_TALLY.search(subject))


def funding_verb(t: str, at: int) -> str:
    """Rule place_funding: 出资/注资 (optionally after 财政) and an amount at ``t[at:]``, '' if not.

    >>> funding_verb("某省出资12亿元", 2), funding_verb("某省财政注资3亿元", 2), funding_verb("某省出资建设", 2)
    ('出资', '注资', '')
    """
    m = _PLACE_FUNDING.match(t, at)
    return m.group("verb") if m else ""


def asks_a_body(t: str, pos: int, home_region: str) -> int:
    """Rule request_body: 1 when 请 at ``pos`` asks a body named right after it (请某部在…方面给予
    支持): that body does the measure, so the reading starts at it; 0 otherwise (请示, 请你委…).

    >>> asks_a_body("请工业和信息化部给予支持", 0, "CN"), asks_a_body("请示上级", 0, "CN")
    (1, 0)
    """
    if not t.startswith("请", pos):
        return 0
    asked = find_actors(t[pos + 1:pos + 1 + _REQUEST_REACH], home_region)
    return 1 if asked and asked[0].start == 0 else 0


#: a verb right before one of these has no object of its own: it ends the adverbial (以…建设为引擎)
#: or modifies a noun (…建设的)
_NOT_AFTER_VERB = "的为作，,、和与及"
_COORDINATORS = "和与及、"


def verb_after_object(t: str, pos: int, planning: bool = False) -> tuple[str, int, bool]:
    """The lead verb after a preposition's object with no locative word to end it (对重点产品实施…,
    以更大力度推动…, 在南京、苏州布局…): the first verb after the object's last 的 (对涉及安全的产品实施:
    a verb before 的 modifies the object), at least two characters into the object and with an
    object of its own after it (围绕…高标准建设, ending in its verb, is an adverbial only).

    >>> verb_after_object("对特种设备实施分级安全管理", 1)
    ('实施', 7, False)
    >>> verb_after_object("对涉及饮水安全的设备依法实施强制性检验检测", 1)[0]
    '实施'
    >>> verb_after_object("围绕皖北物流枢纽高标准建设", 2)
    ('', 2, False)
    """
    candidates = []
    depth = 0
    for i in range(pos, len(t) - 2):
        depth += (t[i] in OPENING_MARKS) - (t[i] in CLOSING_PAIR_MARKS)
        if i < pos + 2 or depth > 0 or t[i - 1] in _COORDINATORS:
            continue  # inside 《》“”, or a noun coordinated with the object (商品和服务供给)
        verb, after, modal = _verb_at(t, i, planning)
        if verb and after < len(t) - 1 and t[after] not in _NOT_AFTER_VERB:
            candidates.append((i, verb, after, modal))
    if not candidates:
        return "", pos, False
    last_de = t.rfind("的", pos)
    after_de = [c for c in candidates if c[0] > last_de]
    _, verb, after, modal = (after_de or candidates)[0]
    return verb, after, modal


#: rule government_before_firm: words for the government that may open a clause whose object is a firm
GOVERNMENT_WORDS = ("政府部门", "政府", "当地政府", "有关部门", "相关部门")

#: modals that direct or bind an institution rather than tell its own plan (银行要…, 学校应…, 企业不得…)
DIRECTIVE_MODALS = ["要", "应", "应当", "须", "必须", "需要", "还要", "也要", "不得", "严禁", "禁止", "务必"]


@lru_cache(maxsize=1)
def facility_after() -> re.Pattern:
    """After a word for people, a facility or body named for them (市民服务中心, 村民委员会, 游客之家)."""
    ends = alternation([*load_verbs()["body_suffixes"], *load_verbs()["township_unit_suffixes"], "馆", "之家"])
    return re.compile(rf"[{_HAN}]{{0,4}}?(?:{ends})")


@lru_cache(maxsize=1)
def firm_name() -> re.Pattern:
    """A name of up to 20 characters ending in a firm_subject_suffixes word (某某科技有限公司)."""
    suffixes = alternation(load_verbs()["firm_subject_suffixes"])
    return re.compile(rf"[{_HAN}A-Za-z0-9·“”]{{0,20}}?(?:{suffixes})(?:机构|单位)?")  # 银行机构: one noun


@lru_cache(maxsize=1)
def means_phrase() -> re.Pattern:
    """Rule means_phrase: the object of a preposition of means running to the clause's end and closed by a
    means noun (measure_verbs.json ``means_heads``): 织密服务网络、完善托育体系等措施，

    >>> bool(means_phrase().fullmatch("织密服务网络、完善托育体系等措施，")), bool(means_phrase().fullmatch("织密服务网络，"))
    (True, False)
    """
    heads = alternation(load_verbs()["means_heads"])
    return re.compile(rf"[^，,；;。：:]{{2,60}}?(?:{heads})[，,；;]?\s*")
