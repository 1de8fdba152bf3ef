"""Two instrument rules of :data:`.instrument_rules.INSTRUMENT_RULES` that read who acts and what
heads the object before the head-noun rule does (round 17; the vocabulary is ``instruments.json``):

* rule encouraged_party: 鼓励/引导/支持 + a party outside the government + the party's own verb
  (鼓励商户开展…): the party acts, the government only encourages -> other;
* rule mechanism_head: an object headed by 机制 whose keyword before it names money, works, a
  programme or a service (…补偿调整机制) is the rules by which that is done -> regulation.

Why here: the head-noun rule read the keyword inside the object (开展…活动 -> program, …奖励机制 ->
fund) although it is neither the government's act nor the head. Measured on every readable set
(round 17): both rules gain rows on sets of different years and text types and lose none.
"""
from __future__ import annotations

from .objects import _HEAD_TAIL, _first_conjunct, _last_keyword


def by_encouraged_party(c, lex: dict) -> tuple[str, str] | None:
    """rule encouraged_party: a pivot verb whose object is a party (企业, 银行, 居民 …) followed,
    after at most a manner adverb, by one of the party's own verbs.

    >>> from .instrument_rules import decide_instrument
    >>> decide_instrument("鼓励物流企业积极开展夜间配送活动", "鼓励")
    ('other', 'encouraged_party')
    >>> decide_instrument("支持村集体发展特色种植", "支持")[1] != 'encouraged_party'  # no party noun
    True
    """
    rule = lex.get("encouraged_party") or {}
    if not rule or c.action not in rule["pivot_verbs"]:
        return None
    obj = c.object
    adverbs = tuple(sorted(rule["manner_adverbs"], key=len, reverse=True))
    for party in rule["parties"]:
        at = obj.find(party)
        while at >= 0:
            rest = obj[at + len(party):]
            for adverb in adverbs:
                if rest.startswith(adverb):
                    rest = rest[len(adverb):]
                    break
            if rest.startswith(tuple(rule["party_verbs"])):
                return rule["instrument"], rule["name"]
            at = obj.find(party, at + 1)
    return None


def by_mechanism_head(c, lex: dict) -> tuple[str, str] | None:
    """rule mechanism_head: the object ends in a mechanism head (机制) and the keyword that ends last
    before it has a class other than the kept ones (regulation, standard, other) -> regulation. In a
    coordination the first item decides, as for the head-noun rule (建立评价标准和评选机制: a standard).

    >>> from .instrument_rules import decide_instrument
    >>> decide_instrument("完善生态补偿资金分配机制", "完善"), decide_instrument("健全职业标准修订机制", "健全")
    (('regulation', 'mechanism_head'), ('standard', 'head_noun'))
    >>> decide_instrument("建立部门沟通机制", "建立")[1]
    'policy_package'
    """
    rule = lex.get("mechanism_head") or {}
    obj = _HEAD_TAIL.sub("", _first_conjunct(c.object, lex))  # the head of the lead item, as head_noun reads it
    head = next((h for h in rule.get("heads", ()) if obj.endswith(h)), "")
    if not head:
        return None
    kw, _ = _last_keyword(obj[:-len(head)], lex["keywords"])
    if not kw:
        return _bare_mechanism(obj, rule)
    if lex["keywords"][kw] in rule["kept_classes"]:
        return None
    return rule["instrument"], rule["name"]


def _bare_mechanism(obj: str, rule: dict) -> tuple[str, str] | None:
    """rule bare_mechanism (round 21): a mechanism with no keyword before it is still rules by which
    something is done -> regulation; a mechanism of coordination among bodies (协调, 协同, 沟通: an
    arrangement, no rule) is left to the container rule (policy_package: other).

    >>> from .instrument_rules import decide_instrument
    >>> decide_instrument("实行“三单合一”机制", "实行"), decide_instrument("深化要素配置体制机制", "深化")
    (('regulation', 'bare_mechanism'), ('regulation', 'bare_mechanism'))
    >>> decide_instrument("建立部门协同推进机制", "建立")
    ('other', 'policy_package')
    """
    if not obj.endswith(tuple(rule.get("bare_heads", ()))):
        return None
    if any(word in obj for word in rule.get("coordination_words", ())):
        return None
    return rule["instrument"], "bare_mechanism"


def _verb_rule_object(c, lex: dict, key: str) -> tuple[dict, str]:
    """The lexicon rule ``key`` and the clause's object without its tail words, when the clause's
    verb ends in one of the rule's ``verbs`` (the opening every verb-and-head rule shares); ({}, "")
    otherwise or when the rule is absent."""
    rule = lex.get(key) or {}
    if not rule or not c.action.endswith(tuple(rule["verbs"])):
        return {}, ""
    return rule, _HEAD_TAIL.sub("", c.object)


def by_policy_in_force(c, lex: dict) -> tuple[str, str] | None:
    """rule policy_in_force (round 21): a verb that carries out or amends policies in force (落实,
    实施, 完善) whose object is headed by a bare policy word (政策, 措施: nothing but a count or 等
    after it) applies or reforms rules -> regulation. Tried after the head-noun rule, so money
    named in the object decides first (落实贷款贴息政策: fund); issuing new policies (出台…政策) is
    left to the container rule (policy_package: other).

    >>> from .instrument_rules import decide_instrument
    >>> decide_instrument("落实促进民间消费若干措施", "落实"), decide_instrument("出台促进民间消费政策", "出台")
    (('regulation', 'policy_in_force'), ('other', 'policy_package'))
    >>> decide_instrument("落实贷款贴息政策", "落实")
    ('fund', 'head_noun')
    """
    rule, obj = _verb_rule_object(c, lex, "policy_in_force")
    if not rule:
        return None
    obj = obj.removesuffix("等")
    if not obj.endswith(tuple(rule["heads"])):
        return None
    return rule["instrument"], rule["name"]


def by_goal_title(c, lex: dict) -> tuple[str, str] | None:
    """rule goal_title (round 20): a building verb whose object ends in a city as a development
    title (建设…中心城市, 建设…标杆城市) builds the city up by programmes -> program; a longer keyword
    ending there (示范城市, a pilot title) decides instead, by the head-noun rule.

    >>> from .instrument_rules import decide_instrument
    >>> decide_instrument("加快建设区域物流中心城市", "建设"), decide_instrument("加快建设数字经济标杆城市", "建设")
    (('program', 'goal_title'), ('program', 'goal_title'))
    >>> decide_instrument("建设国家示范城市", "建设")[1] != 'goal_title'
    True
    """
    rule, obj = _verb_rule_object(c, lex, "goal_title")
    if not rule:
        return None
    head = next((h for h in rule["heads"] if obj.endswith(h) and len(obj) > len(h)), "")
    if not head:
        return None
    kw, end = _last_keyword(obj, lex["keywords"])
    if kw and end == len(obj) and len(kw) > len(head):  # 示范城市: the longer keyword is the head
        return None
    return rule["instrument"], rule["name"]


def by_process_head(c, lex: dict) -> tuple[str, str] | None:
    """rule process_head (round 20): nothing else decided and a verb of advancing (推进, 加快) takes an
    object that ends in a -化 process noun (农业农村现代化, 新型城镇化) -> program: a long process
    driven by programmes. Tried last, so a keyword or a verb class decides first (推进标准化 -> standard).

    >>> from .instrument_rules import decide_instrument
    >>> decide_instrument("加快城乡一体化", "加快"), decide_instrument("深入推进新型工业化", "深入推进")
    (('program', 'process_head'), ('program', 'process_head'))
    >>> decide_instrument("推动高质量发展", "推动")
    ('other', 'none')
    """
    rule, obj = _verb_rule_object(c, lex, "process_head")
    if not rule:
        return None
    if len(obj) < rule["min_object"] or not obj.endswith(rule["suffix"]):
        return None
    return rule["instrument"], rule["name"]
