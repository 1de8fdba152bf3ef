"""Throughput of policydata.find_quantities in characters per second (one core).

Run on purpose only (not part of the test suite)::

    python benchmarks/quantities_throughput.py [--repeat N] [--rounds R]

Text: the seed document plus the development corpus documents (../shared/corpus/docs, when
present beside the repository), concatenated and repeated N times. Goal (issue 12): at
least 3,000,000 characters per second with the full number grammar.

Worst cases (issue 12: linear time on any input) are reported too: 1 MB of digits (goal:
under a second), 1 MB of 一二三, full-width digits, spaced numerals (一 百 一 百), numbers
between spaces, 一又一又 and a random mix of digits, numerals, units and punctuation, each
with its time, characters per second and the time ratio to a quarter of the input (x4: about
4 for a linear scan).
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from policydata.recognize.quantities import find_quantities

ROOT = Path(__file__).resolve().parents[1]
GOAL = 3_000_000
WORST_CASE_SECONDS = 1.0  # for 1 MB of digits


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
    ap.add_argument("--size", type=int, default=1_000_000, help="characters of each worst-case input")
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

    worst_cases(args.size)


def worst_cases(size: int) -> None:
    """Time find_quantities on long, repetitive or random inputs of ``size`` characters, and on
    a quarter of each: 'x4' is the time ratio, about 4 when the scan is linear (far above 4
    means a quadratic corner)."""
    mix = "0123456789.,%-—至到万亿千百十一二三四五六七八九零两点分之成折半多余超近约个元吨年月日号 ，。又兆e"

    def repeat(unit: str, n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    cases = {
        "digits": lambda n: "1" * n,
        "一二三": lambda n: repeat("一二三", n),
        "full-width digits": lambda n: "５" * n,
        "digits with separators": lambda n: repeat("1,234.", n),
        "spaced numerals": lambda n: repeat("一 百 ", n),
        "numbers and spaces": lambda n: repeat("1 ", n),
        "mixed fractions": lambda n: repeat("一又", n),
        "random mix": lambda n: "".join(random.Random(12).choices(mix, k=n)),
    }
    for name, make in cases.items():
        times = []
        for n in (size // 4, size):
            text = make(n)
            t0 = time.perf_counter()
            found = len(find_quantities(text))
            times.append(time.perf_counter() - t0)
        dt = times[-1]
        note = ""
        if name == "digits":
            note = f" ({'meets' if dt < WORST_CASE_SECONDS else 'above'} the {WORST_CASE_SECONDS:.0f} s goal)"
        print(f"worst case {name}: {size:,} chars, {found:,} quantities, {dt:.2f} s, "
              f"{size / dt:,.0f} chars/s, x4 {dt / max(times[0], 1e-9):.1f}{note}")


if __name__ == "__main__":
    main()
