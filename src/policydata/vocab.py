"""Every closed vocabulary of the package, once, as ``Literal`` types.

The published columns (``datapackage/models.py`` turns these into Table Schema ``enum``
constraints) and the words the stages pass between them (a block's kind, a section's tense, a
figure's role) are spelt here and nowhere else, so that a type checker and a reader see the
whole set. :func:`values` lists a vocabulary's members, for checks and tests.

>>> values(Status)
('planned', 'reported')
>>> "stat" in values(Role) and "review" in values(Frame)
True
"""
from __future__ import annotations

import typing
from typing import Literal

# --------------------------------------------------------------------------- published columns

#: measures.instrument: the policy instrument (lexicons/instruments.json decides it).
Instrument = Literal["plan", "program", "regulation", "standard", "fund", "pilot",
                     "infrastructure", "service", "other"]
#: measures.policy_area_label: Comparative Agendas Project major topics.
PolicyArea = Literal["Macroeconomics", "Civil Rights", "Health", "Agriculture", "Labor",
                     "Education", "Environment", "Energy", "Immigration", "Transportation",
                     "Law and Crime", "Social Welfare", "Housing", "Domestic Commerce",
                     "Defense", "Technology", "Foreign Trade", "International Affairs",
                     "Government Operations", "Public Lands", "Culture", "Other"]
#: targets.comparator: how a target value binds.
Comparator = Literal[">=", "<=", ">", "<", "=", "~"]
#: statistics.qualifier: how exact a reported figure is (超 / 以上 / 近 / 左右 …).
Qualifier = Literal["exact", "more_than", "at_least", "approx", "less_than", "at_most"]
#: statistics.kind: what a figure is.
StatKind = Literal["level", "growth", "share", "count", "rank", "ratio"]
#: statistics.direction, targets.direction: which way a change goes.
Direction = Literal["up", "down"]
#: measures.status: a commitment, or an action reported as done.
Status = Literal["planned", "reported"]
#: regions.level.
Level = Literal["country", "province", "prefecture", "county", "township", "village", "functional"]
#: The five tables, in the order the package lists them.
TableName = Literal["documents", "measures", "targets", "statistics", "regions"]

# --------------------------------------------------------------------------- between stages

#: What the part of a text around a figure is about: the year under review (工作回顾), the plan
#: ahead (今年工作安排), or nothing said ("").
Frame = Literal["review", "plan", ""]
#: A section's tense from its heading (recognize.sections): 工作回顾, 今年工作安排, or neither.
Tense = Literal["review", "plan", "neutral"]
#: What a figure is: a reported statistic or a target.
Role = Literal["stat", "target"]
#: Kinds of the blocks layout keeps in an article's text (document.Block.kind).
BlockKind = Literal["heading", "lead", "body"]


def values(vocabulary: object) -> tuple[str, ...]:
    """The members of a vocabulary defined here, in order."""
    return typing.get_args(vocabulary)
