"""The corpus README's annotation conventions as executable specs (specs/*.csv).

specs/conventions.csv holds one convention per row; specs/basics.csv the basic constructions
(subject × modal × verb, the year words, the genres: notice, article 第X条, work report, news,
quoted official) on plain short sentences, so that rules written against long documents are
held to the simplest form of each construction too.

Each row of the spec is one convention on one invented sentence, run through the public
``policydata.parse_text`` (genre, report year, actors and blocks as for any document):

- ``table``: statistics, targets, figures (either table), measures or regions;
- ``pick``: ``value=N`` (rows with that value) or a fragment of the text (rows whose quote overlaps
  it, as the corpus scorer matches; for figures, narrowed to rows whose written value is in it);
- ``expect``: ``none`` (no such row), ``rows=N``, ``field=value`` pairs joined with ``;``
  (``table=`` names the table a figure lands in, an empty value means empty), or for regions
  ``has=A|B`` and ``not=C|D`` (surface strings, matched as the scorer matches names);
- ``known``: empty when the parser follows the convention; otherwise why it does not (the row is
  an expected failure, kept so the gap stays visible and a fix is noticed).
"""
from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from policydata import parse_text

SPECS_DIR = Path(__file__).parent / "specs"
FIGURES = ("statistics", "targets")


def load_spec() -> list[dict]:
    rows = []
    for spec in sorted(SPECS_DIR.glob("*.csv")):
        with spec.open(encoding="utf-8", newline="") as f:
            rows += [r for r in csv.DictReader(f) if r["id"] and not r["id"].startswith("#")]
    return rows


def overlaps(quote: str, pick: str) -> bool:
    """The corpus scorer's overlap: one holds the other, or they share six characters."""
    if not quote or not pick:
        return False
    if quote in pick or pick in quote:
        return True
    short, long_ = sorted((quote, pick), key=len)
    return any(short[i:i + 6] in long_ for i in range(len(short) - 5))


def same_value(got, want: str) -> bool:
    if want == "":
        return got is None or (isinstance(got, float) and math.isnan(got)) or str(got) in ("", "<NA>", "nan")
    try:
        return math.isclose(float(got), float(want), rel_tol=1e-6)
    except (TypeError, ValueError):
        return str(got) == want


def picked(tables: dict, table: str, pick: str) -> list[dict]:
    names = FIGURES if table == "figures" else (table,)
    rows = [dict(r, table=name) for name in names for r in tables[name].to_dict("records")]
    if pick.startswith("value="):
        return [r for r in rows if same_value(r["value"], pick[len("value="):])]
    rows = [r for r in rows if overlaps(r["quote"], pick)]
    if table in ("figures",) + FIGURES:
        narrowed = [r for r in rows if r.get("value_raw") and r["value_raw"] in pick]
        rows = narrowed or rows
    return rows


def check(spec: dict) -> str:
    """'' when the parse follows the convention, else what differs."""
    tables = parse_text(spec["text"], date=spec["date"], publisher=spec["publisher"])
    expect = spec["expect"]
    if spec["table"] == "regions":
        names = [n for n in tables["regions"]["name_zh"].dropna() if len(n) >= 2]
        wants = dict(part.split("=", 1) for part in expect.split(";"))
        missing = [s for s in wants.get("has", "").split("|") if s and not any(s in n or n in s for n in names)]
        extra = [s for s in wants.get("not", "").split("|") if s and any(s in n or n in s for n in names)]
        return f"missing {missing} extra {extra} in {names}" if missing or extra else ""
    rows = picked(tables, spec["table"], spec["pick"])
    if expect == "none":
        return f"unexpected rows {[(r['table'], r['quote']) for r in rows]}" if rows else ""
    if not rows:
        return "no row picked"
    wrong = []
    for part in expect.split(";"):
        field, want = part.split("=", 1)
        if field == "rows":
            if len(rows) != int(want):
                wrong.append(f"rows: want {want} got {len(rows)}")
            continue
        got = [r.get(field) for r in rows]
        if not all(same_value(g, want) for g in got):
            wrong.append(f"{field}: want {want!r} got {got!r}")
    return "; ".join(wrong)


SPECS = load_spec()


@pytest.mark.parametrize("spec", [pytest.param(s, id=f"{s['id']}-{s['convention']}",
                                               marks=[pytest.mark.xfail(reason=s["known"], strict=True)]
                                               if s["known"] else [])
                                  for s in SPECS])
def test_convention(spec):
    problem = check(spec)
    assert not problem, problem


def test_spec_rows_are_well_formed():
    ids = [s["id"] for s in SPECS]
    assert len(ids) == len(set(ids))
    for s in SPECS:
        assert s["table"] in ("statistics", "targets", "figures", "measures", "regions"), s["id"]
        assert s["pick"].startswith("value=") or s["table"] == "regions" or s["pick"] in s["text"], s["id"]
