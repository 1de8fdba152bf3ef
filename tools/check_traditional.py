#!/usr/bin/env python3
"""Check of rule traditional_view: a document converted to traditional characters parses as its
simplified original does.

usage: python tools/check_traditional.py OUT_DIR SET_DIR [SET_DIR ...] [--bench]

Each SET_DIR holds docs/ and sources.csv (the layout corpus_score.py scores). Every document is
converted to traditional characters with OpenCC ``s2t`` (one character for one: a line whose
phrase conversion changes its length is converted character by character; the quotation marks
“”‘’ become the corner marks 「」『』 of traditional typesetting) and written to
OUT_DIR/<set>/docs/ (the file as written, blank lines and markup kept, in UTF-8). Both texts are parsed as the pipeline parses a file
(``parse_source`` with the set's sources.csv) and their rows compared field by field: a field
must be equal, or -- the text as written, a quote, a title -- of the same length with each of its
characters the traditional counterpart of the original's at some place of the document (so a
quote is the same piece of the text at the same offsets, in traditional characters). Prints one
line per document that differs (table, row, field, both values) and a total; exits 1 when any
differs. ``--bench`` also times the parse of every original document with the rule and without it
(``simplified_view`` replaced by the identity) and of the traditional copies.

The slow test tests/text/test_script.py::test_traditional_copies_parse_as_originals runs it on the
dev corpus.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import opencc

from policydata.pipeline import metadata_near, parse_source
from policydata.text.reading import decode_bytes, read_source
from policydata.text.script import simplified_view

_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})
_TABLES = ("documents", "measures", "targets", "statistics")
#: fields that depend on the file's bytes, not on its reading
_FILE_FIELDS = {"source_sha256"}


def to_traditional(text: str) -> str:
    """``text`` in traditional characters, one character for one (see the module's docstring)."""
    conv = opencc.OpenCC("s2t")
    out = []
    for line in text.split("\n"):
        done = conv.convert(line)
        if len(done) != len(line):
            done = "".join(c if len(c) == 1 else ch for ch in line for c in [conv.convert(ch)])
        out.append(done)
    return "\n".join(out).translate(_QUOTES)


def parse(path: Path, meta) -> dict[str, list[dict]]:
    parsed = parse_source(read_source(path), meta)
    return {name: getattr(parsed, name) for name in _TABLES}


def compare(original: dict, traditional: dict, pairs: set[tuple[str, str]],
            lost: set[tuple[str, str]] = frozenset()) -> tuple[list[str], list[str]]:
    """The differences between two parses of one document (empty: the same rows), and the
    differences OpenCC's round trip explains: a field read from the view (an indicator) whose
    characters are those the simplified -> traditional -> simplified conversion does not give back
    (``lost``: 乾崑 -> 乾崑 -> 干昆, a name OpenCC's phrases do not hold)."""
    problems, round_trip = [], []
    for table in _TABLES:
        a, b = original[table], traditional[table]
        if len(a) != len(b):
            problems.append(f"{table}: {len(a)} rows, traditional {len(b)}")
        for i, (ra, rb) in enumerate(zip(a, b)):
            for key in sorted(set(ra) | set(rb)):
                va, vb = ra.get(key), rb.get(key)
                if va == vb or key in _FILE_FIELDS:
                    continue
                if (isinstance(va, str) and isinstance(vb, str) and len(va) == len(vb)
                        and all(x == y or (x, y) in pairs for x, y in zip(va, vb))):
                    continue  # the same text in traditional characters
                if (isinstance(va, str) and isinstance(vb, str) and len(va) == len(vb)
                        and all(x == y or (x, y) in pairs or (x, y) in lost for x, y in zip(va, vb))):
                    round_trip.append(f"{table}[{i}].{key}: {va!r:.80} | traditional {vb!r:.80}")
                    continue
                problems.append(f"{table}[{i}].{key}: {va!r:.80} | traditional {vb!r:.80}")
    return problems, round_trip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--bench", action="store_true")
    args = ap.parse_args(argv)
    docs = differing = losses = 0
    times = {"original": 0.0, "traditional": 0.0, "original_without_rule": 0.0}
    for folder in args.sets:
        files = sorted(p for p in (folder / "docs").iterdir() if p.is_file())
        meta = metadata_near(files)
        out_docs = args.out / folder.name / "docs"
        out_docs.mkdir(parents=True, exist_ok=True)
        for path in files:
            raw, _ = decode_bytes(path.read_bytes(), str(path))  # the file as written (blank lines, markup)
            copy = out_docs / path.name
            copy.write_text(to_traditional(raw), encoding="utf-8")
            text, trad = read_source(path).text, read_source(copy).text
            if len(trad) != len(text):
                print(f"{folder.name}/{path.name}: conversion changed the length", flush=True)
                differing += 1
                continue
            t0 = time.perf_counter()
            original = parse(path, meta.get(path.name))
            t1 = time.perf_counter()
            traditional = parse(copy, meta.get(path.name))
            t2 = time.perf_counter()
            times["original"] += t1 - t0
            times["traditional"] += t2 - t1
            if args.bench:
                times["original_without_rule"] += _without_rule(path, meta.get(path.name))
            docs += 1
            back = simplified_view(trad)
            lost = {(x, y) for x, y in zip(text, back) if x != y}
            problems, round_trip = compare(original, traditional, set(zip(text, trad)), lost)
            losses += len(round_trip)
            for line in round_trip:
                print(f"{folder.name}/{path.name}: OpenCC round trip: {line}")
            if problems:
                differing += 1
                print(f"{folder.name}/{path.name}: {len(problems)} differences", flush=True)
                for line in problems[:12]:
                    print("   ", line)
    print(f"{docs} documents compared, {differing} differ; {losses} fields differ by OpenCC's round trip only")
    if args.bench:
        print("parse seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in times.items()))
    return 1 if differing else 0


def _without_rule(path: Path, meta) -> float:
    """Seconds to parse ``path`` with rule traditional_view switched off (the identity view)."""
    import policydata.extract.context as context_mod
    import policydata.pipeline as pipeline_mod

    saved = pipeline_mod.simplified_view, context_mod.simplified_article
    pipeline_mod.simplified_view = context_mod.simplified_article = lambda x: x
    try:
        t0 = time.perf_counter()
        parse(path, meta)
        return time.perf_counter() - t0
    finally:
        pipeline_mod.simplified_view, context_mod.simplified_article = saved


if __name__ == "__main__":
    sys.exit(main())
