"""Region recognition cost: find_regions throughput and how it grows with the text.

Issue 11 item 5: matching stays linear in the text (no scan of the whole gazetteer per
sentence). Three inputs, each at 1x, 4x and 16x its length: the development corpus and seed
(policy reports, news), a county text dense with towns and villages (the township and village
passes: the home county's township names, short names vouching for each other), and a text of
province abbreviations and direction words (the passes that look at every character). A ratio
of seconds per character near 1 between sizes means linear. Run on purpose, not in CI:

    python benchmarks/regions_scaling.py
"""
from __future__ import annotations

import time
from pathlib import Path

from policydata.recognize.regions import find_regions

ROOT = Path(__file__).resolve().parents[1]

COUNTY = ("推进金泽、练塘片区和朱家角镇建设，走进高新区水西林村、亭江镇白眉村，徐泾南部学校投入使用，"
          "加重固体废物处置，支持白鹤镇发展。")
DENSE = "在沪设立总部，来京参加会议，东部、中部、西部地区，西北首条线路，城区东部第一排，港澳台青年，京剧，沪深300。"


def corpus_text() -> str:
    files = sorted((ROOT / "seeds").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus" / "docs"
    if corpus.is_dir():
        files += sorted(corpus.glob("*.txt"))
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def seconds(text: str, home: str) -> float:
    start = time.perf_counter()
    find_regions(text, home_region=home)
    return time.perf_counter() - start


def main() -> None:
    find_regions("山东省济南市", home_region="CN")  # warm up: gazetteer, townships, patterns
    cases = [("corpus and seed", corpus_text(), "CN"), ("county text (青浦区)", COUNTY * 50, "310118"),
             ("abbreviations and directions", DENSE * 50, "CN")]
    for name, text, home in cases:
        rows = []
        for factor in (1, 4, 16):
            body = text * factor
            rows.append((len(body), seconds(body, home)))
        base = rows[0][1] / rows[0][0]
        line = ", ".join(f"{n:,} chars {t:.2f} s ({n / t:,.0f} chars/s, ratio {t / n / base:.2f})" for n, t in rows)
        print(f"{name}: {line}")


if __name__ == "__main__":
    main()
