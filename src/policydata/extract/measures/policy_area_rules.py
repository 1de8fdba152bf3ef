"""The policy area (CAP major topic) of a measure: :data:`POLICY_AREA_RULES`, named rules tried in
order by :func:`decide_policy_area` (the first that finds a topic wins, its name is kept as
``topic_rule``). The vocabulary is ``policy_areas.json``; the topic keywords of a text are looked
up in :mod:`.topics`. :mod:`.classify` is the entry point."""
from __future__ import annotations

import re

from .headings import _HEADING_NUMBER, _is_lead_line
from .money import channel_in as _channel_in
from .objects import _CONJUNCTION, _HEAD_TAIL, MeasureText, _head_keywords, _last_keyword, _shared_head
from .rules import load_instruments, load_policy_areas
from .topics import dominant_topic, paragraph_prior, topic_of, topics_in


def head_topic_of(obj: str) -> tuple[int, str] | None:
    """CAP topic of the object's head noun when it is one of the head keywords (the people a
    measure trains or recruits): the keyword ends the object, or its first conjunct, a count after
    it allowed; it decides over the sector words that modify it.

    >>> head_topic_of("300名金融骨干人才"), head_topic_of("金融人才服务平台")
    ((5, 'Labor'), None)
    """
    first = obj if "等" in obj or _shared_head(obj) else _CONJUNCTION.split(obj, maxsplit=1)[0]
    text = _HEAD_TAIL.sub("", first)
    head = next((kw for kw in _head_keywords() if text.endswith(kw)), "")
    return load_policy_areas()["keywords"][head][:2] if head else None


_FIRST_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]")  # a paragraph's opening sentence, with its mark


def lead_line_of(paragraph: str) -> str:
    """The paragraph's lead line without its number: a short opening sentence of one clause that
    states the topic of the sentences after it (（六）科技创新奖励。对…给予…。), '' if none (see
    :func:`.headings._is_lead_line`).

    >>> lead_line_of("（六）科技创新奖励。对新认定的企业给予奖励。"), lead_line_of("对新认定的企业给予奖励。")
    ('科技创新奖励', '')
    """
    text = paragraph.strip()
    m = _FIRST_SENTENCE.match(text)
    if not m or not _is_lead_line(m.group(), text[m.end():]):
        return ""
    return _HEADING_NUMBER.sub("", m.group()).rstrip("。！？!?")


def grant_topic_of(m: MeasureText) -> tuple[int, str] | None:
    """CAP topic of what a grant rewards: when the object's head is money (奖励, 补贴, 资金: an
    instrument keyword of 'fund', ending the object: 纳统奖励政策 is a policy, no grant) and the object names no field besides broad modifiers (企业), the
    paragraph's lead line, which in a policy document's numbered items names what is rewarded
    (（六）科技创新奖励。…给予企业20万元奖励。 -> technology).

    >>> grant_topic_of(MeasureText("给予企业20万元奖励", "给予", paragraph="（六）科技创新奖励。对新认定的企业给予企业20万元奖励。"))
    (17, 'Technology')
    """
    instruments = load_instruments()["keywords"]
    obj = _HEAD_TAIL.sub("", m.object)
    head, end = _last_keyword(obj, instruments)
    if not head or instruments[head] != "fund" or end != len(obj):
        return None  # round 21: money inside the object (…奖励政策, …资本合作机制) is no head: the grant is not what it names
    if topic_of(m.object, with_broad=False):
        return None  # the object names its field itself (给予农业保险保费补贴)
    return topic_of(lead_line_of(m.paragraph), with_broad=False)


def channel_topic_of(m: MeasureText) -> tuple[int, str] | None:
    """rule money_channel (policy area): money named as the means (国债支持X, 资金用于X) leaves the
    topic to X, what the money is for -- a lift renewed with bond money is housing, not
    macroeconomics -- unless the lead verb acts on the money itself (增发国债支持…: issuing the
    bonds is the measure, a money verb of instruments.json).

    >>> channel_topic_of(MeasureText("专项资金支持棚户区住房改造的政策出台", "出台"))
    (14, 'Housing')
    >>> channel_topic_of(MeasureText("增发国债支持灾后重建", "增发")) is None
    True
    """
    lex = load_instruments()
    if lex["verb_classes"].get(m.action, ("", ""))[1] == "money_verb":
        return None
    found = _channel_in(m.clause, m.action, m.object, lex, lenders=True)
    return topic_of(found[0]) if found else None


def outcome_subject_topic_of(m: MeasureText) -> tuple[int, str] | None:
    """rule outcome_subject (policy area): after an outcome verb (实现, 达到: instruments.json
    "outcome_subject", the verbs the instrument rule of that name reads) the object is what was
    achieved (…全覆盖, …闭合), the subject before the verb what the measure is about -- the same
    reading the instrument makes of such a clause.

    >>> outcome_subject_topic_of(MeasureText("农村公路养护实现全覆盖", "实现"))
    (10, 'Transportation')
    >>> outcome_subject_topic_of(MeasureText("实现养老服务全覆盖", "实现")) is None  # no subject
    True
    """
    verbs = load_instruments()["outcome_subject"].get("verbs", ())
    at = m.clause.find(m.action) if m.action in verbs else -1
    return topic_of(m.clause[:at].strip("，,、 ")) if at > 0 else None


def field_list_scope_of(m: MeasureText) -> tuple[int, str] | None:
    """rule field_list_scope (policy area): a list of fields of several topics closed by 等领域 /
    等方面 / 等行业 (policy_areas.json "scope_nouns") says where a measure applies, and the words after
    it what is done there (能源、交通、水利等领域基础设施数字化改造 is digitisation): the topic of those
    words, when they name one. A list of one topic is left to the other rules (its topic is the
    measure's).

    >>> field_list_scope_of(MeasureText("推进能源、交通运输、水利等领域基础设施数字化改造", "推进"))
    (17, 'Technology')
    >>> field_list_scope_of(MeasureText("深化财税、农业等领域改革", "深化")) is None  # the rest names no topic
    True
    """
    nouns = "|".join(map(re.escape, load_policy_areas()["scope_nouns"]))
    for text in (m.object, m.clause):
        found = re.search(rf"([^，,。；;]*、[^，,。；;]*?)等(?:{nouns})的?(.+)$", text)
        if found and len(topics_in(found.group(1))) >= 2:
            return topic_of(found.group(2), with_broad=False)
    return None


def paragraph_prior_of(m: MeasureText) -> tuple[int, str] | None:
    """rule paragraph_prior (see :func:`.topics.paragraph_prior`) on the lead verb's object -- the
    head of what the measure acts on, before the words around it (the actor, a means: 以科技为支撑)
    -- or on the whole clause when the object names no topic."""
    text = m.object if topics_in(m.object) else m.clause
    return paragraph_prior(text, m.sentence, m.paragraph)


def decide_policy_area(steps) -> tuple[tuple[int, str], str]:
    """(topic, rule name): the first of the named ``steps`` (name, thunk) that finds a topic, else
    the lexicon's fallback (rule ``none``). :func:`classify_measure` passes the steps of
    :data:`POLICY_AREA_RULES`.

    >>> decide_policy_area([("clause_keyword", lambda: None), ("sentence_keyword", lambda: (4, "Agriculture"))])
    ((4, 'Agriculture'), 'sentence_keyword')
    """
    for name, find in steps:
        topic = find()
        if topic:
            return topic, name
    return load_policy_areas()["fallback"], "none"


#: The policy-area rules in the order they are tried, each reading one text of the measure: the
#: head of the object when it names the people the measure is for (人才: labour, whatever their
#: sector), the lead line of the paragraph when the object is a grant that names no field (what a
#: numbered item rewards, see :func:`grant_topic_of`), what money named as the means is for, the
#: subject of an outcome verb (X实现全覆盖), what is done in a list of fields closed by 等领域, the
#: topic both the sentence and the paragraph are mostly about when the object (or clause) names it
#: among keywords of several topics (:func:`paragraph_prior_of`), the object of the lead verb (what the measure acts on, not who acts: 市县政府要推动财力下沉 is about
#: fiscal means), the whole clause, the row's quote (rule row_keyword: the clauses the row joins to
#: the clause -- 某项目加快实施，某机场建成投运 -- say what the row reports before its sentence's other
#: clauses do), the sentence, then the dominant topic of the paragraph and of
#: the document. The first that finds a topic decides; else the fallback (0 Other, rule none).
POLICY_AREA_RULES = (
    ("object_head", lambda m: head_topic_of(m.object)),
    ("grant_lead_line", grant_topic_of),
    ("money_channel", channel_topic_of),  # 国债支持X: X's topic, what the money is for
    ("outcome_subject", outcome_subject_topic_of),  # X实现全覆盖: X's topic, not the outcome's
    ("field_list_scope", field_list_scope_of),  # A、B、C等领域的Y: Y's topic, the list is a scope
    ("paragraph_prior", paragraph_prior_of),  # several topics: the one sentence and paragraph are about
    ("object_keyword", lambda m: topic_of(m.object)),
    ("clause_keyword", lambda m: topic_of(m.clause)),
    # the clauses joined to the measure's row; a broad modifier there (产业) is no topic of their own
    ("row_keyword", lambda m: topic_of(m.row, with_broad=False) if m.row else None),
    ("sentence_keyword", lambda m: topic_of(m.sentence)),
    ("paragraph_topic", lambda m: dominant_topic(m.paragraph)),
    ("document_topic", lambda m: dominant_topic(m.document)),
)
