#!/usr/bin/env python3
"""Audit of the instrument and policy-area rules over annotated sets: which named rule decided each
gold measure's class, how often each rule is right, and whether a learned fallback for the weak rules
would beat them leave-one-set-out.

usage: python tools/class_audit.py SET_DIR [SET_DIR ...] [--table FILE] [--loso] [--weak RULE,RULE]
                                   [--target instrument|policy_area] [--examples RULE]

Each SET_DIR holds docs/*.txt, gold/*.json and sources.csv (the layout corpus_score.py scores).

1. The table: every document is parsed as the CLI parses it; each classification the parser makes is
   recorded (the clause, its lead verb and object, the answer and the deciding rule of
   classify.classify_measure); every gold measure with a class is matched, as corpus_score.py matches
   it, to the first measure row whose quote overlaps its own (train_measure_model.overlap), and that
   row's record is the row's deciding rule. ``--table FILE`` keeps the table (JSON) for a second run.
2. The counts: per deciding rule, rows, wrong rows, accuracy and the number of sets it is wrong in;
   the most frequent confusions (got -> wanted); ``--examples RULE`` lists that rule's rows.
3. ``--loso``: a multinomial logistic regression (scikit-learn, the ``train`` extra) over general
   features (the rule and its answer, the lead verb, the head keyword, the object's last characters,
   its character 1-3-grams; features seen in at least 3 training documents) decides the rows whose
   rule is one of ``--weak`` when its probability reaches a threshold; trained without the held-out
   set and without any row whose document or quote the held-out set shares. Prints per set the
   rules' accuracy and the fallback's, for a small grid (C x threshold). A fallback is worth shipping
   only when it gains on average and loses no set by more than 0.02.

Round 15, at ca098d1, on the corpus, dev10, pages10 and blind10-21 (1295 gold measures with an
instrument; the stress sets repeat their documents): the fallback never gained in rows -- instrument,
weak rules as the default ``--weak``, C 0.3, threshold 0.5: mean +0.007 a set from one or two rows of
the smallest sets, 7 rows fewer in all (corpus -0.013, dev10 -0.011); policy area (weak:
document_topic, paragraph_topic, clause_keyword, sentence_keyword): mean +0.000, a set -0.07 -- as
round 12's class_model experiment found. No-rule rows are `other` in gold more often than any class,
in official texts and in news alike (none rows: official 87 of 144, news 27 of 71).
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import collections  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import train_measure_model as tmm  # noqa: E402  (overlap, documents: shared with clause_model)
from policydata.extract.measures import finding  # noqa: E402
from policydata.extract.measures.objects import _first_conjunct, _last_keyword  # noqa: E402
from policydata.extract.measures.rules import load_instruments  # noqa: E402

#: per target: the gold key, the table's answer key, the record's answer and rule keys
TARGETS = {"instrument": ("instrument", "instrument", "irule"), "policy_area": ("policy_area", "topic", "trule")}


def _recorded(path: Path) -> tuple[list[dict], list[dict]]:
    """The measure rows of one document and the record of each row's classification (None if none)."""
    from policydata.pipeline import metadata_near, parse_files
    records, original = [], finding.classify_measure

    def recording(m):
        c = original(m)
        records.append({"clause": m.clause, "action": m.action, "object": m.object, "obligation": m.obligation,
                        "instrument": c.instrument, "irule": c.instrument_rule,
                        "topic": str(c.topic[0]), "trule": c.topic_rule})
        return c

    finding.classify_measure = recording
    try:
        rows = parse_files([path], metadata_near([path]))["measures"]
    finally:
        finding.classify_measure = original
    used, out = set(), []
    for row in rows:  # a record's clause begins its row's quote (the core before any targets)
        i = next((i for i, r in enumerate(records) if i not in used and row["quote"].startswith(r["clause"])), None)
        if i is not None:
            used.add(i)
        out.append(records[i] if i is not None else None)
    return rows, out


def table(set_dirs: list[Path]) -> list[dict]:
    """One row per gold measure with a class that a parsed row matches (corpus_score.py's matching)."""
    out = []
    for set_dir in set_dirs:
        for set_name, path, gold in tmm.documents(set_dir):
            rows, records = _recorded(path)
            for m in gold:
                if "instrument" not in m and "policy_area" not in m:
                    continue
                k = next((k for k, r in enumerate(rows) if tmm.overlap(r["quote"], m["quote"])), None)
                if k is None or records[k] is None:
                    continue
                out.append({"set": str(set_dir), "doc": path.name, "quote": m["quote"], "record": records[k],
                            "got": {"instrument": rows[k].get("instrument") or "",
                                    "policy_area": str(rows[k].get("policy_area"))},
                            "gold": {"instrument": m.get("instrument"),
                                     "policy_area": str(m["policy_area"]) if "policy_area" in m else None}})
            print(set_dir.name, path.name, len(out), file=sys.stderr, flush=True)
    return out


def counts(rows: list[dict], target: str, examples: str = "") -> None:
    """Per deciding rule: rows, wrong, accuracy, sets wrong; then the top confusions."""
    _, _, rule_key = TARGETS[target]
    rows = [r for r in rows if r["gold"][target] is not None]
    n, wrong, sets = collections.Counter(), collections.Counter(), collections.defaultdict(set)
    confusions = collections.Counter()
    for r in rows:
        rule = r["record"][rule_key]
        n[rule] += 1
        if r["got"][target] != r["gold"][target]:
            wrong[rule] += 1
            sets[rule].add(r["set"])
            confusions[(r["got"][target], r["gold"][target])] += 1
    total = sum(n.values())
    print(f"{target}: {total} rows, accuracy {1 - sum(wrong.values()) / max(total, 1):.3f}")
    for rule, k in n.most_common():
        print(f"  {rule:24s} n={k:4d} wrong={wrong[rule]:4d} acc={1 - wrong[rule] / k:.2f} "
              f"sets_wrong={len(sets[rule])}")
    print("  confusions (got -> gold):", ", ".join(f"{a}->{b} {k}" for (a, b), k in confusions.most_common(10)))
    for r in rows:
        if r["record"][rule_key] == examples:
            mark = "ok " if r["got"][target] == r["gold"][target] else "BAD"
            print(f"    {mark} gold {r['gold'][target]:14s} {Path(r['set']).name:12s} {r['record']['action']} | "
                  f"{r['record']['clause'][:50]}")


def _grams(text: str, prefix: str) -> set[str]:
    return {prefix + text[i:i + n] for n in (1, 2, 3) for i in range(len(text) - n + 1)
            if re.fullmatch(r"[\u4e00-\u9fff]+", text[i:i + n])}


def features(record: dict, target: str) -> set[str]:
    """General features of a classified clause: rule and answer, lead verb, head keyword and its class,
    the object's last characters and its character n-grams (the clause's too for the policy area)."""
    lex = load_instruments()
    _, answer, rule = TARGETS[target]
    obj = record["object"]
    kw, _ = _last_keyword(_first_conjunct(obj, lex), lex["keywords"])
    out = {"rule=" + record[rule], "answer=" + record[answer], f"rule_answer={record[rule]}/{record[answer]}",
           "verb=" + record["action"], "kw=" + kw,
           "kw_class=" + str(lex["keywords"].get(kw)), "last1=" + obj[-1:], "last2=" + obj[-2:]}
    out |= _grams(obj, "g=")
    if target == "policy_area":
        out |= _grams(record["clause"], "c=")
    return out | ({"obligation"} if record["obligation"] else set())


def loso(rows: list[dict], target: str, weak: set[str]) -> None:
    """Leave one set out: the rules against the fallback on weak rows, per setting of a small grid."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    _, _, rule_key = TARGETS[target]
    rows = [r for r in rows if r["gold"][target] is not None]
    feats = [features(r["record"], target) for r in rows]

    def matrix(idx, vocab):
        indices, indptr = [], [0]
        for i in idx:
            indices.extend(sorted({vocab[f] for f in feats[i] if f in vocab}))
            indptr.append(len(indices))
        return csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(idx), len(vocab)))

    for C in (0.3, 1.0):
        for threshold in (0.5, 0.7):
            gains, lines = [], []
            for s in sorted({r["set"] for r in rows}):
                test = [i for i, r in enumerate(rows) if r["set"] == s]
                shared = {rows[i]["doc"] for i in test} | {rows[i]["quote"] for i in test}
                train = [i for i, r in enumerate(rows) if r["set"] != s and r["doc"] not in shared
                         and r["quote"] not in shared]
                docs = collections.defaultdict(set)
                for i in train:
                    for f in feats[i]:
                        docs[f].add(rows[i]["doc"])
                vocab = {f: j for j, f in enumerate(sorted(f for f, d in docs.items() if len(d) >= 3))}
                model = LogisticRegression(C=C, max_iter=3000).fit(matrix(train, vocab),
                                                                     [rows[i]["gold"][target] for i in train])
                base = ok = 0
                for i, p in zip(test, model.predict_proba(matrix(test, vocab))):
                    r = rows[i]
                    got = r["got"][target]
                    if r["record"][rule_key] in weak and p.max() >= threshold:
                        got = model.classes_[p.argmax()]
                    base += r["got"][target] == r["gold"][target]
                    ok += got == r["gold"][target]
                gains.append((ok - base) / len(test))
                lines.append(f"{Path(s).name}:{base / len(test):.3f}->{ok / len(test):.3f}")
            print(f"{target} C={C} threshold={threshold}: mean gain {np.mean(gains):+.4f}, worst {min(gains):+.4f}")
            print("   " + " ".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--table", type=Path, help="JSON file keeping the table (read if it exists)")
    parser.add_argument("--target", choices=sorted(TARGETS), default="instrument")
    parser.add_argument("--examples", default="", help="list the rows this rule decided")
    parser.add_argument("--loso", action="store_true")
    parser.add_argument("--weak", default="none,policy_package,trial_verb,construction_campaign,verb_default,plan_verb")
    args = parser.parse_args(argv)
    if args.table and args.table.exists():
        rows = json.loads(args.table.read_text(encoding="utf-8"))
    else:
        rows = table(args.sets)
        if args.table:
            args.table.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    counts(rows, args.target, args.examples)
    if args.loso:
        loso(rows, args.target, set(args.weak.split(",")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
