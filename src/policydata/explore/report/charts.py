"""Inline SVG bar charts, drawn in Python: no chart library, nothing to load, works offline.

:func:`bar_chart` draws one horizontal bar chart; :func:`indicator_charts` makes one chart per
indicator (and unit) of the targets or statistics table, one bar per region and period, each
bar linking to the quote it came from; :func:`region_chart` counts rows per region.

>>> svg = bar_chart([Bar("山东省 2025", 5.9, "5.9%", "#doc/d/1/2")])
>>> svg.startswith('<svg') and 'class="bar"' in svg and 'href="#doc/d/1/2"' in svg
True
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from html import escape

WIDTH = 520
LABEL_WIDTH = 170
VALUE_WIDTH = 110
ROW_HEIGHT = 22
BAR_HEIGHT = 14
FONT_SIZE = 12
#: At most this many bars per chart and charts per table; the tables hold every row.
MAX_BARS = 24
MAX_CHARTS = 60


@dataclass
class Bar:
    """One bar: its label, length (``value``), the text shown at its end, and where it links."""

    label: str
    value: float
    value_label: str
    href: str = ""


def _text_width(text: str) -> float:
    """Approximate width in pixels: wide (CJK) characters count one em, others about half."""
    return sum(FONT_SIZE if unicodedata.east_asian_width(c) in "WF" else FONT_SIZE * 0.6 for c in text)


def _fit(text: str, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` pixels."""
    if _text_width(text) <= width:
        return text
    while text and _text_width(text + "…") > width:
        text = text[:-1]
    return text + "…"


def bar_chart(bars: list[Bar], title: str = "") -> str:
    """A horizontal bar chart as an ``<svg>`` element (bars scaled to the largest value)."""
    bars = bars[:MAX_BARS]
    height = ROW_HEIGHT * len(bars) + 8
    track = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    top = max((b.value for b in bars), default=0) or 1
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
             f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title)}">']
    for i, b in enumerate(bars):
        y = 4 + i * ROW_HEIGHT
        length = max(1.0, track * b.value / top) if b.value > 0 else 0.0
        mid = y + ROW_HEIGHT / 2 + FONT_SIZE / 3
        item = (f'<text class="label" x="{LABEL_WIDTH - 6}" y="{mid:.1f}" text-anchor="end">'
                f'<title>{escape(b.label)}</title>{escape(_fit(b.label, LABEL_WIDTH - 10))}</text>'
                f'<rect class="bar" x="{LABEL_WIDTH}" y="{y + (ROW_HEIGHT - BAR_HEIGHT) / 2:.1f}" '
                f'width="{length:.1f}" height="{BAR_HEIGHT}"><title>{escape(b.label)}: '
                f'{escape(b.value_label)}</title></rect>'
                f'<text class="value" x="{LABEL_WIDTH + length + 4:.1f}" y="{mid:.1f}">'
                f'{escape(_fit(b.value_label, VALUE_WIDTH - 6))}</text>')
        parts.append(f'<a href="{escape(b.href)}">{item}</a>' if b.href else item)
    parts.append("</svg>")
    return "".join(parts)


def quote_href(row: dict) -> str:
    """Link to a row's quote highlighted in its document (the page's ``#doc/`` route)."""
    return f"#doc/{row['document_id']}/{row['char_start']}/{row['char_end']}"


def _figure(title: str, note: str, svg: str, search: str) -> str:
    return (f'<figure class="chart-card" data-search="{escape(search.lower())}">'
            f'<figcaption><b>{escape(title)}</b> <span class="note">{escape(note)}</span></figcaption>'
            f'{svg}</figure>')


def indicator_charts(rows: list[dict], table: str, region_names: dict[str, str]) -> list[str]:
    """One ``<figure>`` per (indicator, unit) of ``table`` (targets or statistics).

    Bars are the rows with a value, labelled region and period (statistics) or target year
    (targets), ordered by region then time; indicators with the most rows come first.
    """
    when = "period" if table == "statistics" else "target_year"
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        if r.get("value") is not None and r.get("indicator"):
            groups[(r["indicator"], r.get("unit") or "")].append(r)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    figures = []
    for (indicator, unit), members in ordered[:MAX_CHARTS]:
        members = sorted(members, key=lambda r: (str(r.get("region_id")), str(r.get(when) or ""), r["char_start"]))
        bars = []
        for r in members:
            region = region_names.get(r.get("region_id") or "", r.get("region_id") or "")
            time = r.get(when)
            label = f"{region} {'' if time is None else ('by ' if when == 'target_year' else '') + str(time)}"
            bars.append(Bar(label.strip(), float(r["value"]), r.get("value_raw") or f"{r['value']:g}{unit}",
                            quote_href(r)))
        note = f"{unit or 'no unit'} · {len(members)} row{'s' if len(members) != 1 else ''}"
        if len(members) > MAX_BARS:
            note += f" (first {MAX_BARS} shown)"
        figures.append(_figure(indicator, note, bar_chart(bars, indicator), f"{indicator} {unit} {table}"))
    return figures


def region_chart(tables: dict[str, list[dict]], region_names: dict[str, str]) -> str:
    """One ``<figure>`` per extracted table: rows per region, each bar linking to the table
    filtered by that region."""
    figures = []
    for table in ("statistics", "targets", "measures"):
        counts: dict[str, int] = defaultdict(int)
        for r in tables.get(table, []):
            counts[r.get("region_id") or ""] += 1
        if not counts:
            continue
        bars = [Bar(f"{region_names.get(rid, rid)} ({rid})", n, str(n), f"#table/{table}/{rid}")
                for rid, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        note = f"rows per region · {len(counts)} regions"
        figures.append(_figure(f"{table} by region", note, bar_chart(bars, f"{table} by region"),
                               f"{table} region"))
    return "".join(figures)
