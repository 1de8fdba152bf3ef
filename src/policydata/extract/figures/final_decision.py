"""The last readings of one figure's decision, after :func:`.decide._decide` and the sentence's
own items: rules that turn an undated statistic into a target or give it a scope, the old level
of a change, a quoted standard's whole span, and the part's section role.

Called once per figure by the walk (:mod:`.walk`), in this order:

- ``rated_projection``, ``challenge_goal``, ``pledged_bound`` (:mod:`.projections`): a statistic
  that projects or pledges a figure is a target with no year;
- ``streak_count``, ``status_rank``, ``standing_attribute`` (:func:`.period_scope.year_scope`);
- ``since_scope`` (:func:`.period_scope.since_scope`): in news, 自去年…以来 read after a dateline;
- ``change_base``: 覆盖率从70%提高到85% -- only the new level is the goal; the level the plan
  starts from is a fact of the report year;
- ``quoted_standard``: “1次申报、2天办结” -- the quote is the whole standard;
- the section role (:mod:`..roles`): a decision no rule named says which rule set its part's role.
"""
from __future__ import annotations

from dataclasses import replace

from .anchors import Anchor
from .context import _dateline_end
from .findings import lexicon
from .frames import quoted_standard_span
from .period_scope import since_scope, year_scope
from .phrases import Phrase
from .projections import projected_target
from .units import _change_base
from ...document import Span
from ...text.regex_starts import lexicon_search


def final_decision(text: str, sent: Span, p: Phrase, decision: Anchor, figures: list[Phrase], genre: str,
                   report_year: int | None, context) -> tuple[Anchor, Phrase] | None:
    """The figure's decision and phrase after the last rules (module docstring), or None when the
    figure is no row (change_base: the old level of a parameter, or no report year to date it).

    ``figures``: the sentence's figures (change_base's quote runs on to the new level);
    ``context``: the article's DocumentContext (its section roles).
    """
    if decision.role == "stat" and (name := projected_target(sent, p.num.start - sent.start, p.num.comparator)):
        # rated_projection, challenge_goal, pledged_bound: targets with no year
        decision = Anchor("target", None, rule=name, decided_by=name)
    if decision.role == "stat" and (year := year_scope(text, p.num, decision.period)):
        decision = replace(decision, period=year)  # streak_count, status_rank, standing_attribute
    lead = _dateline_end(sent.text)  # since_scope: 自去年…以来, read after a dateline
    if decision.role == "stat" and genre == "news" and (span := since_scope(
            sent.text[lead:], p.num.start - sent.start - lead, p.num.unit, report_year)):
        decision = replace(decision, period=span)
    if decision.role == "target" and _change_base(text, p.num):
        # change_base: 覆盖率从70%提高到85% -- only the new level is the goal; the
        # level the plan starts from is a fact of the report year (none without one)
        if not report_year or lexicon_search(lexicon()["change_base"]["parameter_before"],
                                        text[max(0, p.num.start - 4):p.num.start]):
            return None  # 比例上限由8%提高到12%: the old level of a parameter is no fact
        decision = Anchor("stat", report_year, str(report_year), rule="change_base",
                          decided_by="change_base")
        new_level = next((q for q in figures if q.num.start >= p.num.end), None)
        if new_level is not None:  # the quote reads the change: 从70%提高到85%
            p = replace(p, end=max(p.end, new_level.num.end))
    if decision.rule == "quoted_standard" and (span := quoted_standard_span(text, p.num.start)):
        p = replace(p, start=span[0], end=span[1])  # “1次申报、2天办结”: the whole standard
    if not decision.rule and (role_rule := context.role_at(p.num.start)[1]):
        decision = replace(decision, rule=role_rule)  # the row says which rule set its part's role
    return decision, p
