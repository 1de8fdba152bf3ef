"""Render the report page: one self-contained ``index.html`` (style, script, data and charts inline).

The page skeleton is ``assets/report.html`` (a :class:`string.Template`); the style and the
script are ``assets/report.css`` and ``assets/report.js``. This module renders the parts that
are plain HTML (the dataset card, the region tree, the table sections, the charts) and the
JSON block the script reads.
"""
from __future__ import annotations

import json
from collections import defaultdict
from html import escape
from importlib import resources
from string import Template

from ..._version import __version__
from .charts import indicator_charts, region_chart
from .collect import ReportContent

EXTRACTED = ("measures", "targets", "statistics")


def asset(name: str) -> str:
    """The text of ``assets/<name>``."""
    return (resources.files("policydata.explore.report") / "assets" / name).read_text(encoding="utf-8")


def _link(url: str, text: str) -> str:
    if url.startswith(("http://", "https://")):
        return f'<a href="{escape(url)}">{escape(text)}</a>'
    return escape(text) + (f" <code>{escape(url)}</code>" if url and url != text else "")


def card_html(content: ReportContent) -> str:
    """The dataset card: what, which version, licence, sources, rows per table, validation."""
    card = content.card
    rows = "".join(f'<tr><td><a href="#table/{t}">{t}</a></td><td>{n:,}</td></tr>'
                   for t, n in card["rows"].items())
    licences = "".join(f"<li>{_link(lic['path'], lic['title'] or lic['name'])}</li>"
                       for lic in card["licenses"]) or "<li>none declared</li>"
    sources = "".join(f"<li>{_link(s['path'], s['title'] or s['path'])}</li>"
                      for s in card["sources"]) or "<li>none declared</li>"
    status = card["validation"]
    if status is None:
        validation = '<p>not checked (report written with validation off)</p>'
    elif status["valid"]:
        validation = ('<p class="status-valid">✔ valid</p><p class="hint">frictionless (schemas, types, '
                      'primary and foreign keys) plus the invariants: every quote is the document text at '
                      'its offsets, CSV and Parquet agree, ids are unique.</p>')
    else:
        problems = "".join(f"<li>{escape(p)}</li>" for p in status["problems"])
        more = f"<li>… and {status['count'] - len(status['problems'])} more</li>" if status["count"] > len(status["problems"]) else ""
        validation = f'<p class="status-invalid">✘ invalid: {status["count"]} problems</p><ul>{problems}{more}</ul>'
    homepage = f'<p>{_link(card["homepage"], card["homepage"])}</p>' if card["homepage"] else ""
    return (f'<h2>{escape(card["title"])}</h2><p>{escape(card["description"])}</p>{homepage}'
            '<div class="card-grid">'
            f'<div><h3>Version</h3><p><b>{escape(card["version"] or "none")}</b>'
            f'{" · created " + escape(card["created"]) if card["created"] else ""}</p>'
            f'<h3>Validation</h3>{validation}</div>'
            f'<div><h3>Rows</h3><table id="row-counts">{rows}</table></div>'
            f'<div><h3>Licence</h3><ul>{licences}</ul><h3>Sources ({len(card["sources"])})</h3>'
            f'<ul class="sources">{sources}</ul></div>'
            '</div>')


def region_tree_html(content: ReportContent) -> str:
    """Nested lists of the regions by ``parent_id``; a region whose parent is not in the table
    is a root. Each node shows its code, level, mentions and rows referring to it."""
    regions = content.rows["regions"]
    ids = {r["region_id"] for r in regions}
    children: dict[str | None, list[dict]] = defaultdict(list)
    for r in regions:
        parent = r.get("parent_id")
        children[parent if parent in ids and parent != r["region_id"] else None].append(r)
    uses: dict[tuple[str, str], int] = defaultdict(int)
    for table in EXTRACTED:
        for row in content.rows[table]:
            uses[(table, row.get("region_id") or "")] += 1

    def counts(rid: str) -> str:
        return " · ".join(f'<a href="#table/{t}/{escape(rid)}">{uses[(t, rid)]} {t}</a>'
                          for t in EXTRACTED if uses[(t, rid)])

    shown: set[str] = set()

    def node(r: dict) -> str:
        rid = r["region_id"]
        shown.add(rid)
        label = (f'<b>{escape(r.get("name_zh") or rid)}</b> {escape(r.get("name_en") or "")} '
                 f'<span class="code">{escape(rid)}</span> <span class="level">{escape(r.get("level") or "")}</span> '
                 f'<span class="note">{r.get("mentions") or 0} mentions'
                 f'{" · " + counts(rid) if counts(rid) else ""}</span>')
        kids = sorted((c for c in children.get(rid, []) if c["region_id"] not in shown),
                      key=lambda c: c["region_id"])
        if not kids:
            return f"<li>{label}</li>"
        inner = "".join(node(c) for c in kids if c["region_id"] not in shown)
        return f'<li><details open><summary>{label}</summary><ul class="tree">{inner}</ul></details></li>'

    roots = sorted(children.get(None, []), key=lambda r: (r["region_id"] != "CN", r["region_id"]))
    items = [node(r) for r in roots]
    for r in sorted(regions, key=lambda r: r["region_id"]):  # parents in a cycle: shown as roots
        if r["region_id"] not in shown:
            items.append(node(r))
    if not items:
        return "<p>No regions.</p>"
    return '<ul class="tree root" id="region-tree">' + "".join(items) + "</ul>"


def table_section_html(table: str, count: int) -> str:
    """The shell of one table view; the script fills the header and the rows."""
    return (f'<section id="view-table-{table}" class="view" hidden><h2>{table}</h2>'
            f'<p><input type="search" placeholder="search {table}…" aria-label="search {table}"> '
            f'<span class="count">{count} rows</span></p>'
            '<p class="hint">Type to filter (every word must appear in the row); click a column to sort.</p>'
            '<table><thead><tr></tr></thead><tbody></tbody></table>'
            '<p class="pager"><button class="more" type="button" hidden>show more</button></p></section>')


def page_data(content: ReportContent) -> dict:
    """The JSON the script reads: rows of each table as arrays, document texts apart."""
    from ...datapackage.models import TABLES

    tables = {}
    for table, rows in content.rows.items():
        columns = [c for c in content.columns[table] if not (table == "documents" and c == "text")]
        model = TABLES.get(table)
        descriptions = {name: f.description for name, f in model.model_fields.items()} if model else {}
        tables[table] = {"key": model.primary_key if model else columns[0], "columns": columns,
                         "descriptions": {c: descriptions[c] for c in columns if c in descriptions},
                         "rows": [[r.get(c) for c in columns] for r in rows]}
    docs = content.rows["documents"]
    return {
        "tables": tables,
        "texts": {d["document_id"]: d.get("text") or "" for d in docs},
        "documents": {d["document_id"]: {k: d.get(k) for k in ("title", "date", "issuer", "source_file")}
                      for d in docs},
    }


def _script_json(obj) -> str:
    """JSON safe inside ``<script>``: no ``</script>`` or ``<!--`` can end the block early."""
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_page(content: ReportContent, descriptor_name: str = "datapackage.json") -> str:
    """The whole ``index.html``."""
    names = content.region_names()
    card = content.card
    licence = ", ".join(lic["name"] or lic["title"] for lic in card["licenses"]) or "not declared"
    values = {
        "generator": f"policydata {__version__}",
        "title": escape(card["title"]),
        "version": escape(card["version"]),
        "table_links": "".join(f'<a href="#table/{t}">{t} <span class="note">{n}</span></a>'
                               for t, n in card["rows"].items()),
        "card": card_html(content),
        "region_charts": region_chart(content.rows, names),
        "statistics_charts": "".join(indicator_charts(content.rows["statistics"], "statistics", names))
        or '<p class="hint">No statistics with a value.</p>',
        "targets_charts": "".join(indicator_charts(content.rows["targets"], "targets", names))
        or '<p class="hint">No targets with a value.</p>',
        "table_sections": "\n".join(table_section_html(t, n) for t, n in card["rows"].items()),
        "region_tree": region_tree_html(content),
        "descriptor_name": escape(descriptor_name),
        "licence": escape(licence),
        "data": _script_json(page_data(content)),
        "css": asset("report.css"),
        "js": asset("report.js"),
    }
    return Template(asset("report.html")).substitute(values)
