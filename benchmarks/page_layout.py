"""How page reconstruction time grows with page length, for pages with and without blank lines.

A synthetic newspaper page of N stories (headline, dateline lead, a paragraph cut at a column
end whose rest follows after the next story's head and a photo caption) is rebuilt with
``reconstruct_articles``; the page is given once with blank lines between blocks and once
without any (one paragraph a line, the ``running_blocks`` path). Prints seconds per 1,000
stories and the ratio to the smallest case: a linear reconstruction keeps the ratios near
1.0. Run on purpose, never in CI:

    PYTHONPATH=src python benchmarks/page_layout.py            # 50, 100, 200, 400 stories
    PYTHONPATH=src python benchmarks/page_layout.py --sizes 50 100

``--page FILE`` times a page of your own instead, repeated ``--repeat`` times (copies parted
by a blank line; default 1 10 100): a hard-wrapped page with blank lines shows the cost of rule
wrapped_despite_blanks, which reads such a page a second time without its blank lines only when
rule flat_needs_evidence lets it.
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


def repeated(path: str, copies: list[int]) -> None:
    """Seconds per copy of the page at ``path`` repeated to each length in ``copies``."""
    from policydata.text.reading import read_source
    from policydata.text.script import simplified_view

    text = simplified_view(read_source(path).text).strip("\n")
    base = None
    for k in copies:
        page_text = "\n\n".join([text] * k)
        start = time.perf_counter()
        arts = reconstruct_articles(page_text)
        per_copy = (time.perf_counter() - start) / k
        base = base or per_copy
        print(f"{k:5d} copies: {per_copy:7.3f} s per copy (ratio {per_copy / base:.2f}), {len(arts)} articles")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200, 400])
    parser.add_argument("--page", help="a page's text file to repeat instead of the synthetic page")
    parser.add_argument("--repeat", type=int, nargs="+", default=[1, 10, 100])
    args = parser.parse_args()
    if args.page:
        repeated(args.page, args.repeat)
        return
    for blank in (True, False):
        label = "blank lines" if blank else "no blank lines"
        base = None
        for n in args.sizes:
            per_k = timed(page(n, blank), n) / n * 1000
            base = base or per_k
            print(f"{label:15} {n:5d} stories: {per_k:7.3f} s per 1,000 stories (ratio {per_k / base:.2f})")


if __name__ == "__main__":
    main()
