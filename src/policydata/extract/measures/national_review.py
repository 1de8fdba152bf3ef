"""Rule national_review_lead: the country's achievements, listed under run-in leads, are no body's.

A review of what was achieved often opens with the country summing up (…时期，我国深入实施某战略，
…取得积极成效。 / 经过多年发展，我国某领域取得一系列新突破。) and then gives one paragraph per field, each
opened by a run-in lead (某设施全球领先。建成…。 / 某领域向新。制定《…》，…). The corpus convention gives
what the country did the actor ``""`` (the text names no government body), also when the document's
issuer or a quoted ministry speaks: the subjectless actions of those paragraphs are the country's.
The list ends at the first paragraph without a run-in lead, at a heading, or at a plan cue.
"""
from __future__ import annotations

from .clauses import _modal_at, _skip_adverbs
from .rules import _any, load_verbs
from .status import clause_status


def reviews_national_results(sentence: str) -> bool:
    """The sentence's subject is the country and it sums up results it reached: what stands between the
    subject and the result is not planned (:func:`plans_result`).

    >>> rows = [("多年来，我国某产业取得一系列新突破。", True),
    ...         ("十年间，中国推进某改革取得积极成效。", True),
    ...         ("我国将在某领域取得新突破。", False),
    ...         ("某省推进某工作取得积极成效。", False),
    ...         ("我国某产业规模全球领先。", False),
    ...         ("我国力争在某领域取得新突破。", False),
    ...         ("我国重要领域改革取得积极成效。", True)]
    >>> [(s, reviews_national_results(s)) for s, _ in rows] == rows
    True
    """
    lex = load_verbs()
    for word in lex["nation_subjects"]:
        at = sentence.find(word)
        if at < 0:
            continue
        rest = sentence[at + len(word):]
        for pattern in lex["national_review_patterns"]:
            m = pattern.search(rest)
            if m and not plans_result(rest[:m.start()]):
                return True
    return False


def plans_result(predicate: str) -> bool:
    """The words between the nation subject and its result plan it (我国将…, 我国要…, 我国力争…): read as
    a measure's clause is read -- the modal after the adverbs opening the predicate (measure_verbs.json
    ``modals``, :func:`.clauses._modal_at`, which passes over nouns such as 要素) and the plan cues of
    :func:`.status.clause_status` (力争, 到2030年, a future 将) -- not the substring 要 (重要, 主要).

    >>> [plans_result(t) for t in ("将在某领域", "要", "力争在某领域", "进一步要", "重要领域改革", "主要指标", "推进某改革")]
    [True, True, True, True, False, False, False]
    """
    return bool(_modal_at(predicate, _skip_adverbs(predicate, 0))) or clause_status(predicate) == "planned"


def opens_with_run_in_lead(block_text: str) -> bool:
    """The paragraph opens with a short run-in lead sentence (no comma, no figure).

    >>> [opens_with_run_in_lead(t) for t in ("某网络全球领先。建成…", "某领域向新。制定…",
    ...                                       "与此同时，我国也面临一些挑战。", "建成某设施10座。")]
    [True, True, False, False]
    """
    return _any(load_verbs()["run_in_lead_patterns"], block_text.lstrip())
