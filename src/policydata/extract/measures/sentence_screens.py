"""Screens the measures walk (:mod:`.walk`) applies to a whole sentence: sentences that commit no
government to an action (questions, definitions, firms' plans, guiding thought, crowd speakers), a
sentence that ends in making the document itself (rule self_reference), and 继续 in a review section
(rule continued_in_review)."""
from __future__ import annotations

from functools import lru_cache

from ...document import Span
from .clauses import _skip_prefixes, _trim, _verb_at, clauses_of, non_measure_rule
from .finding import _Draft
from .rules import load_verbs
from .status import clause_status


#: rule continued_in_review: the modal word that, alone, only says work goes on (继续推进…)
_CONTINUE_WORD = "继续"


def _continued_in_review(text: str, found: list[_Draft]) -> None:
    """Rule continued_in_review: in a review section, a sentence whose modal is only 继续
    (继续推进城市清洁工作，拆除违章建筑…) reports work that went on in the year reviewed: 继续 is
    the aspect of going on, not a commitment, so its measures lose the modal and plan nothing (nor
    does the rest of the paragraph). A clause with a modal of its own (将, 要, 继续要) still plans.

    >>> from policydata.extract.measures.finding import _Draft
    >>> t = "继续推进旧城清洁工作，拆除违章建筑500平方米。"
    >>> ds = [_Draft(0, 10, "推进", None, "", [], True, "", 4, clause_status="planned"),
    ...       _Draft(11, 24, "拆除", None, "", [], True, "", 13, clause_status="planned")]
    >>> _continued_in_review(t, ds); [(d.has_modal, d.clause_status) for d in ds]
    [(False, ''), (False, '')]
    >>> ds = [_Draft(0, 8, "推进", None, "", [], True, "", 5, clause_status="planned")]
    >>> _continued_in_review("继续要推进清洁工作", ds); ds[0].has_modal
    True
    """
    first = next((d for d in found if d.has_modal), None)
    if first is None or not _continues_only(text[first.start:first.end]):
        return
    for d in found:
        clause = text[d.start:d.end]
        if d.has_modal and (d is first or _continues_only(clause) or not _verb_at(clause, _skip_prefixes(clause, 0))[2]):
            d.has_modal = False
            d.clause_status = clause_status(clause, False)


def _continues_only(clause: str) -> bool:
    """Whether the clause's modal is 继续 and nothing else (继续推进…, not 继续要…/将继续…)."""
    pos = _skip_prefixes(clause, 0)
    if not clause.startswith(_CONTINUE_WORD, pos):
        return False
    return not _verb_at(clause, pos + len(_CONTINUE_WORD))[2]


@lru_cache(maxsize=1)
def _committing_nothing() -> list:
    """The patterns of sentences that commit no government to an action: questions, definitions,
    firms' plans, guiding thought and people in general speaking (rule crowd_speaker), in one list so that one joined scan tests them all."""
    lex = load_verbs()
    return [*lex["question_patterns"], *lex["definition_sentence_patterns"], *lex["firm_sentence_patterns"],
            *lex["guiding_sentence_patterns"], *lex["crowd_speaker_patterns"]]  # rule crowd_speaker: 与会人士表示，将…


def _makes_the_document(text: str, sentence: Span, clauses: list[Span] | None = None) -> bool:
    """The sentence ends in the document making itself (…，制定本规划。: rule self_reference), so
    the clauses before state its purpose.

    >>> t = "为把握发展机遇，推动数字经济健康发展，制定本规划。"
    >>> _makes_the_document(t, Span(0, len(t), t))
    True
    """
    clauses = clauses_of(text, sentence) if clauses is None else clauses
    if not clauses:
        return False
    s, e = _trim(text, clauses[-1].start, clauses[-1].end)
    return non_measure_rule(text[s:e]) == "self_reference"
