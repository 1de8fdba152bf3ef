"""Parse N copies of the seed page and the development corpus in one process.

Prints characters per second (wall clock and CPU time) and peak memory, and, when jieba is installed (it is not a
dependency of policydata: ``pip install jieba``), the speed of ``jieba.lcut`` on the same text
in the same process and the ratio between the two. Run on purpose, not in CI:

    python benchmarks/parse_throughput.py [N]
"""
from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

from policydata.pipeline import combine, parse_source
from policydata.text.reading import read_source

ROOT = Path(__file__).resolve().parents[1]


def jieba_speed(texts: list[str], copies: int) -> tuple[float, float] | None:
    """Characters per wall-clock and per CPU second of ``jieba.lcut`` over the same texts, or
    None without jieba."""
    try:
        import jieba
    except ImportError:
        return None
    jieba.setLogLevel(60)
    jieba.lcut(texts[0])  # load the dictionary before timing
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(copies):
        for text in texts:
            jieba.lcut(text)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    chars = sum(len(t) for t in texts) * copies
    return chars / elapsed, chars / cpu


def main(copies: int = 20) -> None:
    files = sorted((ROOT / "seeds").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus" / "docs"
    if corpus.is_dir():
        files += sorted(corpus.glob("*.txt"))
    sources = [read_source(f) for f in files]
    chars = sum(len(s.text) for s in sources) * copies
    # Warm up on one copy of every document: lexicons and patterns a text needs are loaded on
    # first use, as jieba's dictionary is loaded before its timing. The caches keyed by a text
    # (a clause, a line) are small LRUs that a whole copy cycles through, so the timed copies do
    # not profit from having seen the same text (measured: with caches of 8,192 clauses they
    # ran ~25 % faster than a first reading of the same documents).
    combine(parse_source(s) for s in sources)
    start, cpu = time.perf_counter(), time.process_time()
    combine(parse_source(s) for _ in range(copies) for s in sources)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    speed = chars / elapsed
    jieba = jieba_speed([s.text for s in sources], copies)
    # Memory in a second, shorter pass: tracing allocations slows Python down several times.
    tracemalloc.start()
    combine(parse_source(s) for s in sources)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"{len(sources)} documents x {copies} copies, {chars:,} characters")
    print(f"{speed:,.0f} characters/second ({elapsed:.2f} s, one core); "
          f"{chars / cpu:,.0f} per CPU second (steadier on a shared machine)")
    if jieba is None:
        print("jieba.lcut: not measured (jieba is not installed; pip install jieba to compare)")
    else:
        print(f"jieba.lcut on the same text: {jieba[0]:,.0f} characters/second, {jieba[1]:,.0f} per CPU "
              f"second; policydata / jieba = {speed / jieba[0]:.2f} (CPU: {chars / cpu / jieba[1]:.2f})")
    print(f"peak memory: {rss:.0f} MiB resident; {peak / 2**20:.1f} MiB traced while parsing one copy")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
