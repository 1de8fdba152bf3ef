"""Rule national_review_lead: the country's achievements, listed under run-in leads, are no body's.

A review of what was achieved often opens with the country summing up (…时期，我国深入实施某战略，
…取得积极成效。 / 经过多年发展，我国某领域取得一系列新突破。) and then gives one paragraph per field, each
opened by a run-in lead (某设施全球领先。建成…。 / 某领域向新。制定《…》，…). The corpus convention gives
what the country did the actor ``""`` (the text names no government body), also when the document's
issuer or a quoted ministry speaks: the subjectless actions of those paragraphs are the country's.
The list ends at the first paragraph without a run-in lead, at a heading, or at a plan cue.
"""
from __future__ import annotations

from .rules import _any, load_verbs


def reviews_national_results(sentence: str) -> bool:
    """The sentence's subject is the country and it sums up results it reached (no plan word between:
    measure_verbs.json ``national_review_plan_words``).

    >>> rows = [("多年来，我国某产业取得一系列新突破。", True),
    ...         ("十年间，中国推进某改革取得积极成效。", True),
    ...         ("我国将在某领域取得新突破。", False),
    ...         ("某省推进某工作取得积极成效。", False),
    ...         ("我国某产业规模全球领先。", False)]
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
            if m and not any(w in rest[:m.start()] for w in lex["national_review_plan_words"]):
                return True
    return False


def opens_with_run_in_lead(block_text: str) -> bool:
    """The paragraph opens with a short run-in lead sentence (no comma, no figure).

    >>> [opens_with_run_in_lead(t) for t in ("某网络全球领先。建成…", "某领域向新。制定…",
    ...                                       "与此同时，我国也面临一些挑战。", "建成某设施10座。")]
    [True, True, False, False]
    """
    return _any(load_verbs()["run_in_lead_patterns"], block_text.lstrip())
