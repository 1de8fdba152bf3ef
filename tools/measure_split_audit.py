#!/usr/bin/env python3
"""Audit of measure segmentation over annotated sets: parsed rows that overlap two or more gold
measures (the row joins measures: the scorer judges all of them by that one row) and gold measures
that two or more rows overlap (the parser split one measure). Overlap is corpus_score.py's
(train_measure_model.overlap).

usage: python tools/measure_split_audit.py SET_DIR [SET_DIR ...] [--joins-only] [--splits-only]

Each SET_DIR holds docs/*.txt and gold/*.json (the layout corpus_score.py scores). Prints one block per
finding (set, document, the row's quote and the gold quotes it overlaps, or the gold quote and the rows
that overlap it) and the counts per set.

Three kinds of finding, by where the quotes stand in the text (``--lexical`` adds the scorer's bare
six-character overlaps, which mostly pair quotes far apart that share a phrase such as 家电以旧换新):

- PJOIN: a row whose span covers two or more gold spans (the parser joined measures);
- PSPLIT: a gold span that two or more rows cover (the parser split one measure);
- STEAL: a gold measure that the scorer, taking the FIRST row that overlaps it, pairs with an earlier
  row that only shares six characters with it, while a row at the gold's own place exists; the fields
  in brackets are those that row gets wrong, then those the row at its place gets wrong.

Round 18, at c2d2fb0, over the corpus, blind31-33 and stress18: 16 PJOIN, 12 PSPLIT, 98 STEAL. The
joins are few and the gold is split both ways on the same shape (V1 O1，V2 O2 joined by rule
lead_clause: gold splits 积极推进…更新，加快淘汰… but keeps 加快推进…创新，研发… whole; turning
lead_clause off loses corpus precision .931 -> .923). The steals are most of the damage: judging
each gold measure by the row at its own place instead would raise corpus instrument .765 -> .805,
actor .957 -> .980 (of matched), status .971 -> .982; rows stay in text order, so this is the
scorer's pairing, not the parser's segmentation (corpus 26's heading row 做好家电以旧换新…协同联动
is paired with six later measures only through the phrase 家电以旧换新).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import train_measure_model as tmm  # noqa: E402  (overlap, documents)


def measure_rows(path: Path) -> list[dict]:
    from policydata.pipeline import metadata_near, parse_files
    return parse_files([path], metadata_near([path]))["measures"]


def gold_spans(text: str, gold: list[dict]) -> list[tuple[int, int] | None]:
    """Where each gold quote stands in the text (its first occurrence), None if it is not there."""
    out = []
    for m in gold:
        i = text.find(m["quote"])
        out.append((i, i + len(m["quote"])) if i >= 0 else None)
    return out


def fields_of(row: dict, m: dict) -> str:
    """The fields the scorer would find wrong if it judged gold ``m`` by ``row``."""
    bad = []
    if not tmm.same_actor(row.get("actor") or "", m.get("actor", "")):
        bad.append("actor")
    if (row.get("status") or "") != m.get("status"):
        bad.append("status")
    if "instrument" in m and (row.get("instrument") or "") != m["instrument"]:
        bad.append("instrument")
    if "policy_area" in m and str(row.get("policy_area")) != str(m["policy_area"]):
        bad.append("area")
    return ",".join(bad)


def audit(set_dir: Path, joins: bool, splits: bool, lexical: bool = False) -> tuple[int, int]:
    """Joins and splits by position (a row's span covers two gold spans; two rows' spans cover one
    gold span), and STEAL: a gold measure the scorer pairs with an earlier row that only shares six
    characters with it, while a row at its own place exists."""
    n_join = n_split = 0
    for _, path, gold in tmm.documents(set_dir):
        text = path.read_text(encoding="utf-8")
        rows = measure_rows(path)
        quotes = [r.get("quote") or "" for r in rows]
        spans = gold_spans(text, gold)
        where = {}
        for k, r in enumerate(rows):  # offsets may count another normalisation: find the quote near them
            q = quotes[k]
            i = text.find(q, max(0, (r.get("char_start") or 0) - 400))
            i = i if i >= 0 else text.find(q)
            where[id(r)] = (i, i + len(q)) if i >= 0 else None

        def at(r, s):
            w = where[id(r)]
            return bool(s and w and w[0] < s[1] and s[0] < w[1])
        for m, s in zip(gold, spans):
            first = next((r for r in rows if tmm.overlap(r.get("quote") or "", m["quote"])), None)
            own = next((r for r in rows if at(r, s) and tmm.overlap(r.get("quote") or "", m["quote"])), None)
            if first is not None and own is not None and first is not own:
                print(f"STEAL {set_dir.name}/{path.stem} gold: {m['quote']}\n     by: {first['quote']}"
                      f" [{fields_of(first, m)}] own row [{fields_of(own, m)}]")
        if joins:
            for r in rows:
                hit = [m for m, s in zip(gold, spans) if at(r, s)]
                if len(hit) >= 2:
                    n_join += 1
                    print(f"PJOIN {set_dir.name}/{path.stem} row: {r['quote']}")
                    for m in hit:
                        print(f"     gold: {m['quote']} [{fields_of(r, m)}]")
        if splits:
            for m, s in zip(gold, spans):
                hit = [r["quote"] for r in rows if at(r, s)]
                if len(hit) >= 2:
                    print(f"PSPLIT {set_dir.name}/{path.stem} gold: {m['quote']}")
                    for h in hit:
                        print(f"     row: {h}")
        if joins and lexical:
            for r, q in zip(rows, quotes):
                hit = [m["quote"] for m in gold if tmm.overlap(q, m["quote"])]
                if len(hit) >= 2:
                    n_join += 1
                    print(f"JOIN {set_dir.name}/{path.stem} rule={r.get('rule') or r.get('decided_by') or ''}"
                          f" row[{len(q)}]: {q}")
                    for h in hit:
                        print(f"     gold: {h}")
        if splits and lexical:
            for m in gold:
                hit = [q for q in quotes if tmm.overlap(q, m["quote"])]
                if len(hit) >= 2:
                    n_split += 1
                    print(f"SPLIT {set_dir.name}/{path.stem} gold: {m['quote']}")
                    for h in hit:
                        print(f"     row: {h}")
    return n_join, n_split


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--joins-only", action="store_true")
    ap.add_argument("--splits-only", action="store_true")
    ap.add_argument("--lexical", action="store_true", help="also the scorer's six-character overlaps")
    a = ap.parse_args()
    totals = []
    for s in a.sets:
        totals.append((s.name, *audit(s, not a.splits_only, not a.joins_only, a.lexical)))
    for name, j, sp in totals:
        print(f"{name}: rows joining >=2 gold {j}, gold split over >=2 rows {sp}")


if __name__ == "__main__":
    main()
