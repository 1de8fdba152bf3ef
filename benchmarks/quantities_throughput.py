"""Throughput of policydata.find_quantities in characters per second (one core).

Run on purpose only (not part of the test suite)::

    python benchmarks/quantities_throughput.py [--repeat N] [--rounds R]

Text: the seed document plus the development corpus documents (../shared/corpus/docs, when
present beside the repository), concatenated and repeated N times. The issue's goal is at
least 2,000,000 characters per second.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from policydata.quantities import find_quantities

ROOT = Path(__file__).resolve().parents[1]
GOAL = 2_000_000


def sample_text() -> str:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus" / "docs"
    if corpus.is_dir():
        paths += sorted(corpus.glob("*.txt"))
    return "\n".join(p.read_text(encoding="utf-8") for p in paths)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20, help="copies of the sample text")
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds; the best is reported")
    args = ap.parse_args()

    base = sample_text()
    text = base * args.repeat
    find_quantities(base)  # warm up caches (regex compile, numeral cache)
    best = float("inf")
    found = 0
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        found = len(find_quantities(text))
        best = min(best, time.perf_counter() - t0)
    rate = len(text) / best
    print(f"find_quantities: {len(text):,} chars, {found:,} quantities, "
          f"{best * 1000:.1f} ms, {rate:,.0f} chars/s "
          f"({'meets' if rate >= GOAL else 'below'} the {GOAL:,} chars/s goal)")

    # Per-sentence calls are how figures.py uses it: measure that too.
    lines = [ln for ln in base.split("\n") if ln.strip()] * args.repeat
    t0 = time.perf_counter()
    for ln in lines:
        find_quantities(ln)
    dt = time.perf_counter() - t0
    print(f"find_quantities per line: {sum(map(len, lines)):,} chars in {len(lines):,} calls, "
          f"{sum(map(len, lines)) / dt:,.0f} chars/s")


if __name__ == "__main__":
    main()
