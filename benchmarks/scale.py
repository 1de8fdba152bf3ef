"""How parse time grows with document length and with the number of documents.

Prints seconds per MB (UTF-8) for single documents of 0.5, 1, 2, 4 and 8 MB and for corpora of
100, 1,000 and 10,000 documents, and the ratio of each to the smallest case: a linear parser
keeps the ratios near 1.0. Each case runs in its own process with a time cap, so a super-linear
stage shows up as a rising ratio (or a capped case) instead of a hung run. Run on purpose, never
in CI:

    python benchmarks/scale.py                 # every case, 300 s cap per case
    python benchmarks/scale.py --quick         # 0.5-2 MB and 100-1,000 documents
    python benchmarks/scale.py --cap 60

The text is made of the seed documents and, where present, the development corpus
(../shared/corpus/docs), repeated until the size is reached and cut at a line end.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SINGLE_MB = (0.5, 1, 2, 4, 8)
CORPUS_DOCS = (100, 1_000, 10_000)


def source_texts() -> list[str]:
    """The texts the synthetic documents are made of: seeds, then the development corpus."""
    files = sorted((ROOT / "seeds").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus" / "docs"
    if corpus.is_dir():
        files += sorted(corpus.glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def document_of_size(megabytes: float) -> str:
    """One document of about `megabytes` MB (UTF-8), cut at a line end."""
    want = int(megabytes * 1_000_000)
    parts, size = [], 0
    texts = source_texts()
    while size < want:
        for text in texts:
            parts.append(text.rstrip("\n") + "\n")
            size += len(parts[-1].encode("utf-8"))
            if size >= want:
                break
    return "".join(parts)


# The child process: parse and report seconds, so that each case has a fresh interpreter.
CHILD = """
import json, sys, time
from policydata import parse_text
docs = json.load(sys.stdin)
parse_text("全年粮食产量1.39万亿斤。", date="2026-01-01")  # warm up lexicons and patterns
start = time.perf_counter()
for i, text in enumerate(docs):
    parse_text(text, name=f"doc{i}.txt", date="2026-01-01")
print(time.perf_counter() - start)
"""


def time_case(docs: list[str], cap: float) -> float | None:
    """Seconds to parse `docs` in a fresh process, or None when the cap was reached."""
    try:
        done = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(docs),
                              capture_output=True, text=True, timeout=cap, check=True)
    except subprocess.TimeoutExpired:
        return None
    return float(done.stdout.strip().splitlines()[-1])


def report(label: str, cases: list[tuple[str, list[str]]], cap: float) -> None:
    print(f"\n{label}")
    print(f"{'case':>14} {'MB':>8} {'seconds':>9} {'s/MB':>8} {'ratio':>7}")
    base = None
    for name, docs in cases:
        mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        seconds = time_case(docs, cap)
        if seconds is None:
            print(f"{name:>14} {mb:8.2f} {'>' + str(int(cap)):>9} {'-':>8} {'-':>7}")
            continue
        per_mb = seconds / mb
        base = base or per_mb
        print(f"{name:>14} {mb:8.2f} {seconds:9.2f} {per_mb:8.2f} {per_mb / base:7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only the smaller cases")
    parser.add_argument("--cap", type=float, default=300, help="seconds allowed per case")
    args = parser.parse_args()
    sizes = SINGLE_MB[:3] if args.quick else SINGLE_MB
    counts = CORPUS_DOCS[:2] if args.quick else CORPUS_DOCS
    report("single documents", [(f"{mb} MB", [document_of_size(mb)]) for mb in sizes], args.cap)
    texts = [t for t in source_texts() if t.strip()]
    report("corpora of documents",
           [(f"{n:,} docs", [texts[i % len(texts)] for i in range(n)]) for n in counts], args.cap)


if __name__ == "__main__":
    main()
