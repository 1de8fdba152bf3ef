#!/usr/bin/env python3
"""Leave-one-set-out estimate of a statistical fallback for the measure's instrument (not shipped).

usage: python tools/instrument_model_loso.py SET_DIR [SET_DIR ...] [--C 0.3]

Where the instrument rules of instruments.json decided only by default (rule ``verb_default`` or
``none``), would a multinomial logistic regression over the measure's features (character 1-3-grams
and first characters of its quote, its action verb, the rule that decided and the instrument it
gave) choose better? Each document is parsed once with the shipped parser; for every gold measure
with an instrument, its first overlapping row (the row corpus_score.py judges) is a training pair.
For each set: train on the other sets (without copies of the held-out texts), replace the
instrument of the held-out set's default-decided rows where the model's top probability reaches a
threshold, and compare instrument accuracy over matched gold with rules only. The threshold is
picked on the other sets (nested), so the table is an estimate for unseen documents.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_measure_model as tm  # noqa: E402
from policydata.extract.measures import clause_model  # noqa: E402

#: the instrument rules that are defaults, not a specific rule's decision
DEFAULTS = ("verb_default", "none")
THRESHOLDS = (2.0, 0.4, 0.5, 0.6, 0.7, 0.8)


def _rows_with_rules(path: str):
    """Measure rows of one document with the instrument rule that decided each."""
    from policydata import pipeline
    orig = pipeline._measure_rows
    rules = {}

    def with_rule(found, text, document_id, region_id):
        rows = orig(found, text, document_id, region_id)
        for row, m in zip(rows, sorted(found, key=lambda m: (m.start, m.end))):
            rules[row["measure_id"]] = m.instrument_rule
        return rows
    pipeline._measure_rows = with_rule
    try:
        p = Path(path)
        rows = pipeline.parse_files([p], pipeline.metadata_near([p]))["measures"]
    finally:
        pipeline._measure_rows = orig
    return [{**r, "_instrument_rule": rules.get(r["measure_id"], "")} for r in rows]


def pairs(docs) -> list[dict]:
    """(features, rule's instrument, gold instrument) of each gold measure's judged row."""
    out = []
    for set_name, path, gold in docs:
        rows = _rows_with_rules(str(path))
        for m in gold:
            if "instrument" not in m:
                continue
            rs = [x for x in rows if tm.overlap(x["quote"] or "", m["quote"])]
            if not rs:
                continue
            r = rs[0]
            q = r["quote"]
            feats = [f for f in clause_model.features(q, q, kind="measure", rule=r["_instrument_rule"], genre="",
                                                      frame="", subject="", modal=False, planning=False)
                     if f.startswith(("c:", "h", "t", "r:", "len:"))]
            feats += [f"v:{(r.get('action') or '')[:4]}", f"ri:{r['instrument']}"]
            out.append({"set": set_name, "doc": path.name, "row": (path.name, r["char_start"], r["measure_id"]),
                        "features": sorted(set(feats)), "rule": r["_instrument_rule"], "got": r["instrument"],
                        "gold": m["instrument"]})
    return out


def train(rows, C):
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    docs_of = {}
    for r in rows:
        for f in r["features"]:
            docs_of.setdefault(f, set()).add(r["doc"])
    vocab = sorted(f for f, ds in docs_of.items() if len(ds) >= 2)
    index = {f: i for i, f in enumerate(vocab)}
    return index, LogisticRegression(C=C, max_iter=5000).fit(_matrix(rows, index), [r["gold"] for r in rows])


def _matrix(rows, index):
    import numpy as np
    from scipy.sparse import csr_matrix
    indptr, indices = [0], []
    for r in rows:
        indices.extend(sorted({index[f] for f in r["features"] if f in index}))
        indptr.append(len(indices))
    return csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(index)))


def accuracy(rows, predicted, threshold):
    """Instrument accuracy over ``rows`` with the model's answer where the rule was a default."""
    ok = 0
    for r, (label, p) in zip(rows, predicted):
        got = label if r["rule"] in DEFAULTS and p >= threshold else r["got"]
        ok += got == r["gold"]
    return ok / len(rows) if rows else 0.0


def fold_scores(train_rows, test_rows, C):
    if not test_rows:
        return {t: 0.0 for t in THRESHOLDS}
    index, lr = train(train_rows, C)
    probs = lr.predict_proba(_matrix(test_rows, index))
    predicted = [(lr.classes_[p.argmax()], p.max()) for p in probs]
    return {t: accuracy(test_rows, predicted, t) for t in THRESHOLDS}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--C", type=float, default=0.3)
    args = ap.parse_args(argv)
    docs = [d for s in args.sets for d in tm.documents(s)]
    rows = pairs(docs)
    same = tm.same_texts(docs)
    sets = sorted({r["set"] for r in rows})
    print(f"{len(rows)} judged rows, {sum(r['rule'] in DEFAULTS for r in rows)} decided by a default", file=sys.stderr)
    flat = {}
    print("| held-out set | judged rows (default) | rules only | model, threshold picked on the other sets | threshold |")
    print("|---|---|---|---|---|")
    for held in sets:
        twins = set().union(*(same[d[1]] for d in docs if d[0] == held))
        others = [r for r in rows if r["set"] != held and r["doc"] not in twins]
        # nested: the threshold with the best mean accuracy over the other sets, each left out in turn
        inner = {}
        for s in sorted({r["set"] for r in others}):
            inner_twins = set().union(*(same[d[1]] for d in docs if d[0] == s))
            sc = fold_scores([r for r in others if r["set"] != s and r["doc"] not in inner_twins],
                             [r for r in others if r["set"] == s], args.C)
            for t, v in sc.items():
                inner.setdefault(t, []).append(v - sc[2.0])
        fine = [t for t in THRESHOLDS if min(inner[t]) >= 0]
        best = max(fine, key=lambda t: (round(sum(inner[t]), 6), -t if t <= 1 else 0))
        test = [r for r in rows if r["set"] == held]
        sc = fold_scores(others, test, args.C)
        print(f"| {held} | {len(test)} ({sum(r['rule'] in DEFAULTS for r in test)}) | {sc[2.0]:.3f} | {sc[best]:.3f} | "
              f"{'off' if best > 1 else best} |", flush=True)
        flat[held] = sc
    print("\nper threshold (model trained without the set; change against rules only):")
    for t in THRESHOLDS[1:]:
        print(f"  {t}: " + ", ".join(f"{h} {flat[h][t] - flat[h][2.0]:+.3f}" for h in sets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
