"""Why each measure of a text is what it is: the rules that decided its fields (a debug listing).

The published measures name the clause and status rules in ``decided_by``; this shows more, per measure: the rule that made
its clause a measure (a named rule, the lead_verb default, or clause_model with its probability), the named rule
of ``instruments.json`` that chose the instrument (``instrument_rule``), the level that found the
policy area (``policy_area_rule``: clause keyword, sentence keyword, paragraph or document topic)
and the report year the document context settled on (with the rule that set it)::

    python -m policydata.extract.measures.explain FILE [--issuer 某市人民政府] [--date 2026-01-20]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ...text.layout import reconstruct_articles
from ..context import build_context
from . import clause_model
from .walk import extract_measures


def explain_rows(text: str, *, issuer: str = "", date: str = "") -> list[dict]:
    """One dict per measure of ``text``: quote, action, actor, status, instrument and its rule,
    policy area and its rule, and the document's report year and the rule that set it.

    >>> rows = explain_rows("2026年，要实施城市更新行动，严禁骗取补贴资金。", issuer="某市人民政府")
    >>> [(r["quote"], r["instrument"], r["instrument_rule"]) for r in rows]
    [('要实施城市更新行动', 'program', 'head_noun'), ('严禁骗取补贴资金', 'regulation', 'obligation')]
    """
    rows = []
    articles = reconstruct_articles(text)
    for article in articles:  # set up as pipeline.parse_article does (title, page), so rows agree
        body = article.text
        context = build_context(article, issuer=issuer, date=date or None, given_date=date or None,
                                on_page=len(articles) > 1)
        for m in extract_measures(context.article, issuer=issuer, region_id=context.region_id,
                                  region_mentions=list(context.region_mentions), context=context):
            rows.append({"article": article.index, "quote": body[m.start:m.end], "action": m.action,
                         "actor": m.actor, "status": m.status, "instrument": m.instrument,
                         "instrument_rule": m.instrument_rule, "policy_area": m.policy_area,
                         "policy_area_rule": m.policy_area_rule, "clause_rule": m.clause_rule,
                         "clause_p": m.clause_p, "frame_rule": m.frame_rule, "report_year": context.report_year,
                         "report_year_rule": context.report_year_rule})
    return rows


def _clause_column(row: dict) -> str:
    """The rule that made the clause a measure, with rule clause_model's probability when it was asked
    (a default the model kept: ``lead_verb, kept by clause_model p=…``).

    >>> _clause_column({"clause_rule": "clause_model", "clause_p": 0.8312}), _clause_column({"clause_rule": "", "clause_p": -1})
    ('clause_model p=0.83', 'rule')
    >>> _clause_column({"clause_rule": "lead_verb", "clause_p": 0.4})
    'lead_verb, kept by clause_model p=0.40'
    """
    rule, p = row["clause_rule"] or "rule", row["clause_p"]
    if p < 0:
        return rule
    return f"clause_model p={p:.2f}" if rule == "clause_model" else f"{rule}, kept by clause_model p={p:.2f}"


def main(argv: list[str] | None = None) -> int:
    """Print :func:`explain_rows` of a file, one tab-separated line per measure."""
    parser = argparse.ArgumentParser(prog="python -m policydata.extract.measures.explain",
                                     description="Show the rules that decided each measure's fields.")
    parser.add_argument("file", type=Path)
    parser.add_argument("--issuer", default="", help="the document's issuer (as sources.csv gives it)")
    parser.add_argument("--date", default="", help="the document's date, YYYY-MM-DD")
    args = parser.parse_args(argv)
    rows = explain_rows(args.file.read_text(encoding="utf-8"), issuer=args.issuer, date=args.date)
    print(clause_model.trained_on())
    if rows:
        print(f"report year {rows[0]['report_year']} ({rows[0]['report_year_rule']})")
    for r in rows:
        print("\t".join([r["quote"], r["action"], r["actor"], r["status"],
                         f"{r['instrument']} ({r['instrument_rule']})",
                         f"{r['policy_area']} ({r['policy_area_rule']})", _clause_column(r)]))
    return 0


if __name__ == "__main__":  # pragma: no cover - a debugging entry point
    sys.exit(main())
