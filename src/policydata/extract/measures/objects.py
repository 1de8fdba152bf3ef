"""What classification reads: a measure's texts (:class:`MeasureText`) and the lead verb's object
(:func:`object_of`) with its head -- the last keyword (Chinese noun phrases are head-final), the
first conjunct, a count after the head. The instrument rules (:mod:`.instrument_rules`) and the
policy-area rules (:mod:`.policy_area_rules`) both read them; ``instruments.json`` "object" says
how an object is delimited."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ... import lexicon
from .rules import _lead_verbs, load_instruments
from .topics import _present


_CONJUNCTION = re.compile(r"[和与及、]")  # the first conjunct of an object ends here


def _last_keyword(quote: str, keywords) -> tuple[str, int]:
    """The keyword that ends last in ``quote`` (a tie: the longer), and where it ends; ('', -1).

    A keyword followed by an adjective or verb suffix (战略性, 规范化, 工程化) modifies what
    follows and is no head: it is passed over -- unless the suffix's character begins a lead verb
    (rule suffix_verb: the 化 of 风险化解 begins 化解, the verb whose object the keyword is).
    """
    best, best_key = "", (-1, -1)
    suffixes, modifiers = _object_lexicon()["non_head_suffixes"], _object_lexicon()["modifier_words"]
    sectors = _object_lexicon()["sector_heads"]
    for kw in _present(quote, keywords):
        i = quote.rfind(kw)
        while i >= 0 and ((_suffixed(quote, i + len(kw)) and i + len(kw) < len(quote))
                          or quote.startswith(sectors, i + len(kw)) or _inside(quote, kw, i, modifiers)):
            i = quote.rfind(kw, 0, i + len(kw) - 1)
        if i >= 0 and (i + len(kw), len(kw)) > best_key:
            best, best_key = kw, (i + len(kw), len(kw))
    return best, best_key[0]


def _suffixed(text: str, at: int) -> bool:
    """An adjective or verb suffix (性, 化) stands at ``at`` -- not the first character of a lead
    verb there (rule suffix_verb: 风险化解 is a risk defused, no 风险化).

    >>> _suffixed("规范化管理", 2), _suffixed("金融风险化解", 4)
    (True, False)
    """
    if text[at:at + 1] not in _object_lexicon()["non_head_suffixes"]:
        return False
    return not text.startswith(tuple(v for v in _lead_verbs(False) if len(v) > 1), at)


def _inside(text: str, kw: str, i: int, words) -> bool:
    """The keyword at ``i`` lies inside one of the longer ``words`` there (标准 in 高标准)."""
    return any(kw in w and len(w) > len(kw) and
               any(text.startswith(w, j) for j in range(max(0, i - len(w) + len(kw)), i + 1)) for w in words)


@lru_cache(maxsize=1)
def _object_lexicon() -> dict:
    """instruments.json "object": how the object of the lead verb is delimited, and the words
    that make it an offence."""
    data = lexicon.load("instruments.json")["object"]
    return {"degree_nouns": tuple(sorted(data["degree_nouns"], key=len, reverse=True)),
            "modifier_words": tuple(data.get("modifier_words", ())),
            "non_head_suffixes": tuple(data["non_head_suffixes"]),
            "offence_words": tuple(data.get("offence_words", ())),
            "service_heads": tuple(data.get("service_heads", ())),
            "sector_heads": tuple(data.get("sector_heads", ())),
            "activity_heads": tuple(data.get("activity_heads", ())),
            "service_activities": tuple(data.get("service_activities", ())),
            "collective_counters": tuple(data["collective_counters"])}


def object_of(clause: str, action: str = "", verb_end: int = -1) -> str:
    """What the lead verb acts on: the text after it, or -- the verb last, the topic first
    (农业园区建设纵深推进, 新馆投入运营) -- the text before it; a trailing degree noun (加大X力度,
    提升X水平, 加快X进程) dropped, since X is what the measure is about.

    >>> object_of("加大职业培训补贴力度", "加大"), object_of("城市绿道建设纵深推进", "纵深推进")
    ('职业培训补贴', '城市绿道建设')
    >>> object_of("对重点流域沿岸的黑臭水体加强治理", "加强")
    '治理'
    >>> object_of("城南片区安置房项目完成投资2亿元", "完成投资")
    '城南片区安置房项目'
    """
    if verb_end < 0:
        at = clause.find(action) if action else -1
        verb_end = at + len(action) if at >= 0 else 0
    obj = clause[verb_end:].strip("，,。；;、 ")
    if len(obj) < 2 or action in load_instruments()["built_facility"].get("invested_verbs", ()):
        # 3个项目完成投资2亿元: the amount after an investment verb is no object, what it went into is
        obj = clause[:max(0, verb_end - len(action))].strip("，,。；;、 ")
    for noun in _object_lexicon()["degree_nouns"]:
        if obj.endswith(noun) and len(obj) > len(noun) + 1:
            obj = obj[:-len(noun)]
            break
    return obj


def _first_conjunct(obj: str, lex: dict) -> str:
    """The first of coordinated objects (A和B, A与B, A、B) when it holds a keyword of its own: the
    lead item says what kind of measure it is (加强顶层设计与动态评估 is planning). Not when the
    items share a head written after them -- a list closed by 等 (供水、排水等市政项目) or of
    modifiers (规范化、科学化管理) -- nor when the first item has no keyword.

    >>> lex = load_instruments()
    >>> _first_conjunct("顶层设计与动态评估", lex), _first_conjunct("规范化、科学化管理", lex)
    ('顶层设计', '规范化、科学化管理')

    Rule title_unit: a conjunction inside a 《title》 splits nothing (《某某试验与检验规则》 is one
    name); rule collective_head: a list closed by a numbered collective noun (A、B“三大行动”) is
    headed by that noun.

    >>> _first_conjunct("《船舶试验技术与检验规则》", lex), _first_conjunct("财政投资、消费提振“两大行动”", lex)
    ('《船舶试验技术与检验规则》', '财政投资、消费提振“两大行动”')
    """
    obj = _framed_head(obj)
    if "等" in obj or _shared_head(obj) or _collective_head().search(obj):
        return obj
    first = _CONJUNCTION.split(_TITLE.sub(_masked, obj), maxsplit=1)[0]
    first = obj[:len(first)]  # a 和/与/、 inside a 《title》 joins no objects: the title is one name
    if first == obj or first.endswith(_object_lexicon()["non_head_suffixes"]):
        return obj
    return first if _last_keyword(first, lex["keywords"])[0] else obj


#: a 《title》 (《…试验技术与检验暂行规则》): one name, whose inner conjunctions join no objects
_TITLE = re.compile(r"《[^《》]*》")


def _masked(m: re.Match) -> str:
    """A title's characters made neutral (same length), so no conjunction inside it splits."""
    return "《" + "_" * (len(m.group()) - 2) + "》"


@lru_cache(maxsize=1)
def _collective_head() -> re.Pattern:
    """rule collective_head: a list closed by a numbered collective noun (A、B、C“三大行动”, A和B两大工程,
    A、B十项举措): the items are its members and the collective noun heads them all. The counter
    words are instruments.json ``object.collective_counters``."""
    counters = "".join(map(re.escape, _object_lexicon()["collective_counters"]))
    return re.compile(rf"[、和与及][^、和与及]+“?[一二两三四五六七八九十\d]+[{counters}][\u4e00-\u9fff]{{1,4}}”?$")


#: the frame 以A为B (以企业为主体、市场为导向): A taken as B, a modifier of what follows
_FRAME = re.compile(r"^以[^，,；;。]{1,40}?为")


def _framed_head(obj: str) -> str:
    """rule frame_modifier: an object opened by the frame 以A为B (以企业为主体、市场为导向的创新体系)
    is headed by what follows the frame's 的; A names what the head is built on, B its role, and
    neither heads the object. Without a 的 the object is the frame alone (构建以A为主要供给):
    what A is taken as, B, is all that remains of a head.

    >>> _framed_head("以企业为主体、市场为导向的技术创新体系"), _framed_head("以专项补贴为主要支撑")
    ('技术创新体系', '主要支撑')
    >>> _framed_head("以旧换新补贴")  # no frame
    '以旧换新补贴'
    """
    if not _FRAME.match(obj):
        return obj
    last = obj.rfind("为")
    de = obj.find("的", last)
    return obj[de + 1:] if de >= 0 else obj[last + 1:]


def _shared_head(obj: str) -> bool:
    """rule shared_head: a coordination closed by 的 (A、B的N, 紧跟前沿、能力强的专业人才) modifies the
    noun after 的, which heads every item: the object is not split at its first conjunction.

    >>> _shared_head("技术先进、能力强的专业人才"), _shared_head("顶层设计与动态评估")
    (True, False)
    """
    m = _CONJUNCTION.search(obj)
    return bool(m) and "的" in obj[m.end():]


#: a count after the head (a measure word only after a number: the 家 of 企业家 is no count)
_HEAD_TAIL = re.compile(r"(?:\d[\d.]*(?:万|亿)?[个名家人项所座处条批]?)?(?:以上|左右)?[”）)]*$")


@lru_cache(maxsize=1)
def _head_keywords() -> tuple[str, ...]:
    """policy_areas.json "head_keywords": topic keywords that decide as the head of the object."""
    return tuple(sorted(lexicon.load("policy_areas.json").get("head_keywords", ()), key=len, reverse=True))


@dataclass(frozen=True)
class MeasureText:
    """A measure's clause and the texts around it that classification reads."""
    clause: str
    action: str = ""
    verb_end: int = -1  # offset in ``clause`` just after the lead verb; -1: find ``action``
    obligation: bool = False  # the clause's modal obliges or forbids (应当, 必须, 不得)
    sentence: str = ""
    paragraph: str = ""
    document: str = ""
    benefactive: bool = False  # the clause is 为 + beneficiaries + verb (为1万名老年人实施手术)
    #: the row's whole quote: the clause and the clauses joined to it (…加快实施，某机场建成投运), '' if
    #: the row is the clause alone
    row: str = ""

    @property
    def object(self) -> str:
        return object_of(self.clause, self.action, self.verb_end)
