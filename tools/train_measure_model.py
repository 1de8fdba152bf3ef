#!/usr/bin/env python3
"""Train rule clause_model (src/policydata/extract/measures/clause_model.py) on annotated sets.

usage: python tools/train_measure_model.py SET_DIR [SET_DIR ...] [--loso] [--write] [--C 1.0]
                                           [--thresholds drop_default=0.3,add_default=0.8] [--jobs 2]
                                           [--min-docs 2] [--without i:,o:]

Each SET_DIR holds docs/*.txt, gold/*.json and sources.csv (the layout corpus_score.py scores).

1. The table: every document is parsed rules-only; every clause the measures walk asks rule
   clause_model about is a row (its features, the analyser's kind and rule) labelled 1 when a gold
   measure of the document overlaps its quote the way corpus_score.py matches (one contains the
   other, or they share 6 characters). ``--table FILE`` writes it as TSV.
2. The model: logistic regression (scikit-learn, the ``train`` extra; lbfgs, L2, ``--C``) over the
   feature strings seen in at least ``--min-docs`` training documents (a string one document uses
   is that document's wording, not general); weights rounded to 4 decimals.
3. ``--loso``: leave one set out -- for each set, train on the others, parse the set with that model
   under each threshold setting of the grid and score its measures the way corpus_score.py does
   (min of recall, precision and actor accuracy); print the table set x rules-only vs model and pick
   the setting with the best mean gain that loses on no set by more than ``--tolerance`` (default 0).
   Each document is read once; only its measures walk runs again per setting. It also prints, per
   set, the setting the other sets pick and that set's score and measures F1 under it (the honest
   estimate: the threshold never sees the held-out fold).
4. ``--write``: train on every set and write src/policydata/lexicons/measure_model.json (sorted keys,
   the thresholds picked or given, a manifest of the documents with their sha256 and this command).

Deterministic: documents in sorted order, features sorted, one BLAS thread, rounded weights.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import hashlib  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import shlex  # noqa: E402
import sys  # noqa: E402
from concurrent.futures import ProcessPoolExecutor  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from policydata.extract.measures import clause_model  # noqa: E402

MODEL_PATH = ROOT / "src" / "policydata" / "lexicons" / "measure_model.json"

#: the threshold settings --loso tries: drop_default, add_default, drop_rule, add_rule (2.0: off)
GRID = {"drop_default": (0.0, 0.05, 0.1, 0.15, 0.2), "add_default": (2.0, 0.8, 0.7, 0.6, 0.5),
        "drop_rule": (0.0, 0.05), "add_rule": (2.0, 0.95)}

#: documents sharing this share of their 12-character shingles with a held-out document are the same
#: text (a second annotator's copy, a reprint): left out of that fold's training
SAME_TEXT = 0.5


# ---- matching as corpus_score.py does ----------------------------------------------------------

def overlap(a: str, b: str) -> bool:
    """corpus_score.py's overlap: one quote contains the other, or they share 6 characters."""
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return any(short[i:i + 6] in long_ for i in range(0, len(short) - 5))


def same_actor(got: str, want: str) -> bool:
    got = (got or "").strip()
    return (not want and not got) or (bool(want) and bool(got) and (want in got or got in want))


def measure_counts(rows: list[dict], gold: list[dict]) -> dict:
    """corpus_score.py's measure counts of one document: gold, gold hit, rows, true rows, actor
    right over the gold hit (judged on the first overlapping row)."""
    hit = actor = 0
    for m in gold:
        rs = [x for x in rows if overlap(x.get("quote") or "", m["quote"])]
        if rs:
            hit += 1
            actor += same_actor(rs[0].get("actor") or "", m.get("actor", ""))
    true = sum(any(overlap(x.get("quote") or "", m["quote"]) for m in gold) for x in rows)
    return {"gold": len(gold), "hit": hit, "rows": len(rows), "true": true, "actor": actor}


def measures_score(counts: list[dict]) -> float:
    """min(recall, precision, actor accuracy) over documents' counts (corpus_score.py's score)."""
    tot = {k: sum(c[k] for c in counts) for k in ("gold", "hit", "rows", "true", "actor")}
    if not tot["gold"]:
        return 0.0
    recall = tot["hit"] / tot["gold"]
    precision = tot["true"] / tot["rows"] if tot["rows"] else 0.0
    actor = tot["actor"] / tot["hit"] if tot["hit"] else 0.0
    return min(recall, precision, actor)


# ---- documents ---------------------------------------------------------------------------------

def documents(set_dir: Path) -> list[tuple[str, Path, list[dict]]]:
    """(set name, document path, gold measures) of a set's documents that have gold measures."""
    out = []
    for doc in sorted((set_dir / "docs").glob("*.txt")):
        gold = json.loads((set_dir / "gold" / (doc.stem + ".json")).read_text(encoding="utf-8"))
        if gold.get("measures"):
            out.append((set_dir.name, doc, gold["measures"]))
    return out


def _parse(job):
    """Worker: (measure rows, clause records) of one document parsed with ``model`` (None: rules only)."""
    path, model, record = job
    path = Path(path)
    from policydata.pipeline import metadata_near, parse_files
    with clause_model.use_model(model):
        if record:
            with clause_model.recording() as records:
                rows = parse_files([path], metadata_near([path]))["measures"]
            records = [dict(r) for r in records]
        else:
            rows, records = parse_files([path], metadata_near([path]))["measures"], []
    return [{"quote": r["quote"], "actor": r.get("actor") or ""} for r in rows], records


def _walks(path: Path) -> list[tuple]:
    """What the measures stage of one document is handed, per article (its text, the half-width
    view, the extractor's arguments, the document id and region), captured from one full parse:
    the reading before the measures walk (layout, context, places) does not depend on the model."""
    from policydata import pipeline
    from policydata.pipeline import metadata_near, parse_files
    captured, current = [], {}
    parse_article, extract_measures = pipeline.parse_article, pipeline.extract_measures

    def on_article(article, **kw):
        current.update(text=article.text, document_id=kw["document_id"])
        return parse_article(article, **kw)

    def on_measures(view, **kw):
        captured.append((current["text"], view, kw, current["document_id"]))
        return extract_measures(view, **kw)

    pipeline.parse_article, pipeline.extract_measures = on_article, on_measures
    try:
        with clause_model.use_model(None):
            parse_files([path], metadata_near([path]))
    finally:
        pipeline.parse_article, pipeline.extract_measures = parse_article, extract_measures
    return captured


def _measure_rows_of(walks: list[tuple]) -> list[dict]:
    """The measure rows of a document from its captured walks (:func:`_walks`), as parse_files gives
    them with the model in use (a walk that raises gives none, as the pipeline's stage)."""
    from policydata import pipeline
    rows = []
    for text, view, kw, document_id in walks:
        try:
            found = pipeline.extract_measures(view, **kw)
        except Exception:  # noqa: BLE001 -- the pipeline's _run_extractor drops the stage the same way
            continue
        rows += pipeline._valid_rows("measures", pipeline._measure_rows(found, text, document_id, kw["region_id"]), [])
    return rows


def _parse_settings(job):
    """Worker: the measure rows of one document under each threshold setting of ``model`` (None in
    the list: rules only); the document is read once, the measures walk runs once per setting."""
    path, model, setting_list = job
    walks = _walks(Path(path))
    out = []
    for setting in setting_list:
        with clause_model.use_model(None if setting is None else with_thresholds(model, setting)):
            out.append([{"quote": r["quote"], "actor": r.get("actor") or ""} for r in _measure_rows_of(walks)])
    return out


_POOL: list = []


def parse_all(docs, model, jobs: int, record: bool = False):
    """_parse of each document, in ``jobs`` processes (one pool for the run, forked after a first
    parse here has read the lexicons and gazetteers once)."""
    jobs_in = [(str(path), model, record) for _, path, _ in docs]
    return _run(_parse, jobs_in, jobs)


def _run(worker, jobs_in: list, jobs: int) -> list:
    """``worker`` over ``jobs_in``, in ``jobs`` processes (one pool for the run, forked after a first
    parse here has read the lexicons and gazetteers once)."""
    if jobs <= 1:
        return [worker(j) for j in jobs_in]
    if not _POOL:
        _parse((jobs_in[0][0], None, False))  # warm the caches before the workers fork
        _POOL.append(ProcessPoolExecutor(jobs))
    return list(_POOL[0].map(worker, jobs_in))


def table(docs, jobs: int) -> list[dict]:
    """The training rows: every clause rule clause_model is asked about, rules only, labelled."""
    rows = []
    for (set_name, path, gold), (_, records) in zip(docs, parse_all(docs, None, jobs, record=True)):
        for r in records:
            rows.append({"set": set_name, "doc": path.name, "quote": r["quote"], "kind": r["kind"],
                         "rule": r["rule"], "role": r["role"], "features": r["features"],
                         "label": int(any(overlap(r["quote"], m["quote"]) for m in gold))})
    return rows


# ---- the model ---------------------------------------------------------------------------------

#: feature prefixes left out of training (``--without``: to weigh what a feature group adds)
LEFT_OUT: tuple = ()


def train(rows: list[dict], C: float = 1.0, min_docs: int = 2) -> dict:
    """bias and weights of a logistic regression over ``rows`` (features seen in ``min_docs``
    documents or more, none with a prefix of :data:`LEFT_OUT`), rounded to 4 decimals, zero weights
    left out."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    docs_of: dict[str, set] = {}
    for r in rows:
        for f in r["features"]:
            docs_of.setdefault(f, set()).add((r["set"], r["doc"]))
    vocab = sorted(f for f, ds in docs_of.items() if len(ds) >= min_docs and not f.startswith(LEFT_OUT or "\0"))
    index = {f: i for i, f in enumerate(vocab)}
    indptr, indices = [0], []
    for r in rows:
        cols = sorted({index[f] for f in r["features"] if f in index})
        indices.extend(cols)
        indptr.append(len(indices))
    X = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))
    y = np.array([r["label"] for r in rows])
    lr = LogisticRegression(C=C, solver="lbfgs", max_iter=5000, tol=1e-8)
    lr.fit(X, y)
    weights = {f: round(float(w), 4) for f, w in zip(vocab, lr.coef_[0]) if round(float(w), 4) != 0.0}
    return {"bias": round(float(lr.intercept_[0]), 4), "weights": weights}


def with_thresholds(model: dict, thresholds: dict) -> dict:
    return {**model, "thresholds": dict(thresholds)}


def settings():
    """The threshold settings of the grid; the two overrides of specific rules go on together."""
    keys = sorted(GRID)
    out = [dict(zip(keys, values)) for values in itertools.product(*(GRID[k] for k in keys))]
    return [s for s in out if (s["drop_rule"] > 0) == (s["add_rule"] <= 1)]


def active(setting: dict) -> int:
    """How many thresholds of a setting change anything (fewer is simpler)."""
    return sum(v > 0 for k, v in setting.items() if k.startswith("drop")) + \
        sum(v <= 1 for k, v in setting.items() if k.startswith("add"))


def _shingles(path: Path, n: int = 12) -> set:
    t = "".join(path.read_text(encoding="utf-8").split())
    return {t[i:i + n] for i in range(0, max(len(t) - n + 1, 0))}


def same_texts(docs) -> dict:
    """For each document, the documents that hold the same text (SAME_TEXT of the smaller's shingles)."""
    sh = {d[1]: _shingles(d[1]) for d in docs}
    out = {d[1]: set() for d in docs}
    for (_, a, _), (_, b, _) in itertools.combinations(docs, 2):
        small = min(len(sh[a]), len(sh[b])) or 1
        if len(sh[a] & sh[b]) / small >= SAME_TEXT:
            out[a].add(b.name)
            out[b].add(a.name)
    return out


def score_set(held_docs, model, jobs: int) -> float:
    parsed = parse_all(held_docs, model, jobs)
    return measures_score([measure_counts(p[0], d[2]) for p, d in zip(parsed, held_docs)])


def nested(docs, rows, C: float, min_docs: int, jobs: int, grid: list[dict]):
    """The honest table: for each set, the thresholds are picked by a leave-one-set-out run over the
    other sets only, then the model trained on those sets parses the held-out set.
    Returns {set: (rules-only, model, setting)}."""
    sets = sorted({s for s, _, _ in docs})
    same = same_texts(docs)
    out = {}
    for held in sets:
        held_docs = [d for d in docs if d[0] == held]
        twins = set().union(*(same[d[1]] for d in held_docs))
        inner_docs = [d for d in docs if d[0] != held and d[1].name not in twins]
        inner_rows = [r for r in rows if r["set"] != held and r["doc"] not in twins]
        base, scores = loso(inner_docs, inner_rows, C, min_docs, jobs, grid=grid, quiet=True)
        key, _ = pick(base, scores)
        model = train(inner_rows, C=C, min_docs=min_docs)
        out[held] = (score_set(held_docs, None, jobs), score_set(held_docs, with_thresholds(model, json.loads(key)), jobs), key)
        print(f"  nested {held}: rules-only {out[held][0]:.3f}, model {out[held][1]:.3f} with {key}",
              file=sys.stderr, flush=True)
    return out


def measures_f1(counts: list[dict]) -> float:
    """F1 of corpus_score.py's measure recall and precision over documents' counts (actor aside)."""
    tot = {k: sum(c[k] for c in counts) for k in ("gold", "hit", "rows", "true")}
    recall = tot["hit"] / tot["gold"] if tot["gold"] else 0.0
    precision = tot["true"] / tot["rows"] if tot["rows"] else 0.0
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


#: --loso's counts of the last run: {setting key or "rules_only": {set: [document counts]}}
COUNTS: dict = {}


def loso(docs, rows, C: float, min_docs: int, jobs: int, grid: list[dict] | None = None, quiet: bool = False):
    """Per set: rules-only score and the score under each threshold setting, the model trained
    without that set (and without the held-out texts' copies in other sets). Each document is read
    once and walked once per setting. Returns ({set: rules-only}, {setting key: {set: score}});
    the document counts behind them are kept in COUNTS."""
    sets = sorted({s for s, _, _ in docs})
    same = same_texts(docs)
    grid = [g for g in (grid or settings()) if active(g)]
    keys = [json.dumps(g, sort_keys=True) for g in grid]
    jobs_in, held_of = [], []
    for held in sets:
        held_docs = [d for d in docs if d[0] == held]
        twins = set().union(*(same[d[1]] for d in held_docs))  # the held-out texts' copies in other sets
        if twins and not quiet:
            print(f"  {held}: left out of training as the same text: {sorted(twins)}", file=sys.stderr)
        model = train([r for r in rows if r["set"] != held and r["doc"] not in twins], C=C, min_docs=min_docs)
        jobs_in += [(str(path), model, [None, *grid]) for _, path, _ in held_docs]
        held_of += held_docs
    results = _run(_parse_settings, jobs_in, jobs)
    COUNTS.clear()
    for (set_name, _, gold), per_setting in zip(held_of, results):
        for key, got in zip(["rules_only", *keys], per_setting):
            COUNTS.setdefault(key, {}).setdefault(set_name, []).append(measure_counts(got, gold))
    base = {s: measures_score(COUNTS["rules_only"][s]) for s in sets}
    scores = {json.dumps(settings_off(), sort_keys=True): dict(base)}
    for key in keys:
        scores[key] = {s: measures_score(COUNTS[key][s]) for s in sets}
    if not quiet:
        for held in sets:
            print(f"  {held}: rules-only {base[held]:.3f}, best setting "
                  f"{max(s[held] for s in scores.values()):.3f}", file=sys.stderr, flush=True)
    return base, scores


def settings_off() -> dict:
    """The setting that changes nothing (every threshold off): rules only."""
    return {k: (0.0 if k.startswith("drop") else 2.0) for k in sorted(GRID)}


#: how much a threshold setting may lose on one set and still be picked (the project's standard: no
#: set may get worse)
TOLERANCE = 0.0


def pick(base: dict, scores: dict) -> tuple[str, dict]:
    """The setting with the best mean gain over rules-only that loses on no set by more than
    TOLERANCE, the simpler one of equals (rules-only itself when none gains)."""
    def gain(key):
        return sum(scores[key][s] - base[s] for s in base) / len(base)
    fine = [k for k in scores if all(scores[k][s] - base[s] >= -TOLERANCE - 1e-9 for s in base)]
    best = max(sorted(fine), key=lambda k: (round(gain(k), 6), -active(json.loads(k))))
    return best, scores[best]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv=None) -> int:
    global TOLERANCE, LEFT_OUT
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--min-docs", type=int, default=2)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--loso", action="store_true", help="leave-one-set-out table and threshold choice")
    ap.add_argument("--nested", action="store_true",
                    help="leave-one-set-out with the thresholds picked on the other sets only (no overrides of rules)")
    ap.add_argument("--tolerance", type=float, default=TOLERANCE, help="loss on one set a picked setting may have")
    ap.add_argument("--grid", default="", help='threshold values to try instead of GRID, as JSON: {"drop_default": [0, 0.05]}')
    ap.add_argument("--without", default="", help="feature prefixes left out of training, comma-separated (i:,o:)")
    ap.add_argument("--scores", type=Path, help="write the --loso scores of every setting here (JSON)")
    ap.add_argument("--thresholds", default="", help="name=value,… instead of the --loso choice")
    ap.add_argument("--write", action="store_true", help="write the model trained on every set")
    ap.add_argument("--table", type=Path, help="write the training table (TSV) here")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    TOLERANCE = args.tolerance
    LEFT_OUT = tuple(p for p in args.without.split(",") if p)
    if args.grid:
        GRID.update({"add_default": (2.0,), "drop_rule": (0.0,), "add_rule": (2.0,)})
        GRID.update({k: tuple(float(x) for x in v) for k, v in json.loads(args.grid).items()})
    sets = [Path(s) for s in args.sets]
    docs = [d for s in sets for d in documents(s)]
    rows = table(docs, args.jobs)
    print(f"{len(docs)} documents, {len(rows)} clauses, {sum(r['label'] for r in rows)} in a gold measure",
          file=sys.stderr)
    if args.table:
        with open(args.table, "w", encoding="utf-8") as fh:
            fh.write("set\tdoc\tkind\trule\trole\tlabel\tquote\n")
            for r in rows:
                fh.write(f"{r['set']}\t{r['doc']}\t{r['kind']}\t{r['rule']}\t{r['role']}\t{r['label']}\t{r['quote']}\n")
    thresholds = dict(GRID and {"drop_default": 0.0, "add_default": 2.0, "drop_rule": 0.0, "add_rule": 2.0})
    if args.loso:
        base, scores = loso(docs, rows, args.C, args.min_docs, args.jobs)
        key, chosen = pick(base, scores)
        thresholds = json.loads(key)
        print(f"chosen thresholds {key}")
        print("| set | rules only | model | change |")
        print("|---|---|---|---|")
        for s in sorted(base):
            print(f"| {s} | {base[s]:.3f} | {chosen[s]:.3f} | {chosen[s] - base[s]:+.3f} |")
        ranked = sorted(scores, key=lambda k: -sum(scores[k].values()))
        print("\nother settings (mean, worst change):")
        for k in ranked[:12]:
            ch = [scores[k][s] - base[s] for s in base]
            print(f"  {k}: mean {sum(ch) / len(ch):+.4f} worst {min(ch):+.3f} wins {sum(c > 0 for c in ch)}")
        print("\nthresholds picked without the held-out fold (on the other folds' leave-one-set-out scores):")
        print("| set | rules only | model | change | F1 rules only | F1 model | thresholds |")
        print("|---|---|---|---|---|---|---|")
        for s in sorted(base):
            k_s, _ = pick({t: base[t] for t in base if t != s},
                          {k: {t: v for t, v in scores[k].items() if t != s} for k in scores})
            f_base = measures_f1(COUNTS["rules_only"][s])
            f_model = measures_f1(COUNTS[k_s][s]) if k_s in COUNTS else f_base
            print(f"| {s} | {base[s]:.3f} | {scores[k_s][s]:.3f} | {scores[k_s][s] - base[s]:+.3f} "
                  f"| {f_base:.3f} | {f_model:.3f} | {k_s} |")
    if args.loso and args.scores:
        f1 = {k: {t: measures_f1(c) for t, c in per.items()} for k, per in COUNTS.items()}
        args.scores.write_text(json.dumps({"rules_only": base, "settings": scores, "f1": f1, "counts": COUNTS},
                                          indent=1, sort_keys=True))
    if args.nested:
        grid = [g for g in settings() if g["drop_rule"] == 0.0]
        table_ = nested(docs, rows, args.C, args.min_docs, args.jobs, grid)
        print("\nnested (thresholds picked without the held-out set):")
        print("| set | rules only | model | change | thresholds |")
        print("|---|---|---|---|---|")
        for s_, (b_, m_, k_) in sorted(table_.items()):
            print(f"| {s_} | {b_:.3f} | {m_:.3f} | {m_ - b_:+.3f} | {k_} |")
    if args.thresholds:
        thresholds.update({k: float(v) for k, v in (p.split("=") for p in args.thresholds.split(","))})
    if args.write:
        import sklearn
        model = train(rows, C=args.C, min_docs=args.min_docs)
        command = "python tools/train_measure_model.py " + shlex.join(argv if argv is not None else sys.argv[1:])
        data = {
            "_about": "Rule clause_model (extract/measures/clause_model.py): logistic-regression weights "
                      "over clause features, trained by tools/train_measure_model.py; see the README.",
            "bias": model["bias"], "weights": model["weights"], "thresholds": thresholds,
            "features": {"ngram_max": clause_model.NGRAM_MAX, "head_chars": clause_model.HEAD_CHARS,
                         "length_bounds": list(clause_model.LENGTH_BOUNDS), "min_documents": args.min_docs,
                         "C": args.C},
            "manifest": {"command": command, "scikit_learn": sklearn.__version__, "clauses": len(rows),
                         "positives": sum(r["label"] for r in rows),
                         "documents": [{"set": s, "file": p.name, "sha256": sha256(p)} for s, p, _ in docs]},
        }
        args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({len(model['weights'])} weights)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
