"""What a measure is: its instrument and its policy area (CAP topic); its named policy and
framework are read in :mod:`.named` (re-exported here).

One entry point, :func:`classify_measure`, decides the instrument and the policy area of a measure
clause, each by a table of named rules tried in order (the first that decides wins, and its name
is kept on the row for debugging):

* :data:`INSTRUMENT_RULES` (:mod:`.instrument_rules`) -- obligation, by law, issued title (印发《…计划》:
  the title's head), verb class, money channel (国债支持X的政策: a
  fund, see :mod:`.money`), built facility, offence, participation, encouraged party and mechanism head
  (:mod:`.instrument_heads`), head noun, container head, benefactive
  service, verb default, counted object, outcome subject (X实现全覆盖: X's head), none; the nouns are read in
  the lead verb's object (:func:`object_of`, :mod:`.objects`), whose head is its last keyword (Chinese noun phrases
  are head-final);
* :data:`POLICY_AREA_RULES` (:mod:`.policy_area_rules`) -- the object's head (人才), a grant's lead line, what
  money named as the means is for (money channel: 国债支持X -> X's topic), the subject of an outcome verb
  (outcome_subject: X实现全覆盖 -> X's topic), what is done in a list of fields closed by 等领域
  (field_list_scope), the topic both sentence and paragraph are mostly about when the object names it
  among keywords of several topics (paragraph_prior), the most specific topic keyword of the object, of
  the clause, of the clauses joined to its row (row_keyword), of the sentence, then the dominant topic of
  the paragraph and of the document.

The vocabulary is data: ``instruments.json`` and ``policy_areas.json``; the topic keywords of a
text are looked up in :mod:`.topics`. The names of the modules above are re-exported here.
"""
from __future__ import annotations

from dataclasses import dataclass

from .instrument_rules import INSTRUMENT_RULES, classify_instrument, decide_instrument  # noqa: F401  (re-exported)
from .money import money_channel  # noqa: F401  (money_channel: re-exported)
from .named import framework_of, issued_title_head, named_policy_of  # noqa: F401  (re-exported: finding, walk)
from .objects import MeasureText, object_of  # noqa: F401  (re-exported)
from .policy_area_rules import (POLICY_AREA_RULES, channel_topic_of, decide_policy_area,  # noqa: F401  (re-exported)
                                grant_topic_of, head_topic_of, lead_line_of, paragraph_prior_of)
from .topics import dominant_topic, topic_of  # noqa: F401  (dominant_topic, topic_of: re-exported)


@dataclass(frozen=True)
class Classification:
    instrument: str
    instrument_rule: str  # the rule of INSTRUMENT_RULES (or its lexicon group) that decided
    topic: tuple[int, str]  # CAP major topic (code, label)
    topic_rule: str  # the rule of POLICY_AREA_RULES that decided, or none


def classify_measure(m: MeasureText) -> Classification:
    """Instrument and policy area of a measure, each with the named rule that decided it.

    >>> c = classify_measure(MeasureText("市县政府要推动财力下沉", "推动"))
    >>> (c.instrument, c.instrument_rule, c.topic, c.topic_rule)
    ('fund', 'head_noun', (1, 'Macroeconomics'), 'object_keyword')
    """
    instrument, instrument_rule = decide_instrument(m.clause, m.action, verb_end=m.verb_end,
                                                    obligation=m.obligation, benefactive=m.benefactive)
    topic, topic_rule = decide_policy_area([(name, lambda rule=rule: rule(m)) for name, rule in POLICY_AREA_RULES])
    return Classification(instrument, instrument_rule, topic, topic_rule)
