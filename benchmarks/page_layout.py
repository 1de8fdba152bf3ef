"""How page reconstruction time grows with page length, for pages with and without blank lines.

A synthetic newspaper page of N stories (headline, dateline lead, a paragraph cut at a column
end whose rest follows after the next story's head and a photo caption) is rebuilt with
``reconstruct_articles``; the page is given once with blank lines between blocks and once
without any (one paragraph a line, the ``running_blocks`` path). Prints seconds per 1,000
stories and the ratio to the smallest case: a linear reconstruction keeps the ratios near
1.0. Run on purpose, never in CI:

    PYTHONPATH=src python benchmarks/page_layout.py            # 50, 100, 200, 400 stories
    PYTHONPATH=src python benchmarks/page_layout.py --sizes 50 100
"""
from __future__ import annotations

import argparse
import time

from policydata.text.layout import reconstruct_articles

NAMES = "一二三四五六七八九十"


def page(n: int, blank_lines: bool) -> str:
    """A page of n stories whose cut paragraphs continue after the next story's head."""
    blocks = []
    for k in range(n):
        tag = NAMES[k % 10] + NAMES[k // 10 % 10] + NAMES[k // 100 % 10]
        blocks += [f"甲地{tag}号项目开工建设",
                   f"本报甲地3月{k % 28 + 1}日电  甲地{tag}号项目日前开工，总投资{k + 1}亿元，项目建成后将带动就业。",
                   f"当地有关负责人表示，{tag}号项目将推动产业链上下游协同发展，加快建设进",
                   f"工人在{tag}号项目工地作业。\n新华社记者 李{tag} 摄" if blank_lines
                   else f"工人在{tag}号项目工地作业。新华社记者 李{tag} 摄",
                   "度，力争年内建成投产，进一步提升区域产业竞争力。"]
    return ("\n\n" if blank_lines else "\n").join(blocks)


def timed(text: str, stories: int) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        arts = reconstruct_articles(text)
        best = min(best, time.perf_counter() - start)
    if len(arts) != stories:
        print(f"  note: {len(arts)} articles for {stories} stories")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200, 400])
    args = parser.parse_args()
    for blank in (True, False):
        label = "blank lines" if blank else "no blank lines"
        base = None
        for n in args.sizes:
            per_k = timed(page(n, blank), n) / n * 1000
            base = base or per_k
            print(f"{label:15} {n:5d} stories: {per_k:7.3f} s per 1,000 stories (ratio {per_k / base:.2f})")


if __name__ == "__main__":
    main()
