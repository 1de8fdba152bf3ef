"""Read a package into what the report shows: the dataset card and the rows of each table.

Everything here is plain data (dicts, lists, str, numbers), deterministic for a given
package, so the same package always gives the same report bytes.

>>> from policydata.explore.descriptor import resolve_descriptor
>>> content = collect(resolve_descriptor(None), validate=False)
>>> content.card["version"] == content.descriptor["version"]
True
>>> sorted(content.rows)
['documents', 'measures', 'regions', 'statistics', 'targets']
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..._version import __version__
from ..descriptor import json_ready, read_descriptor, table_paths


@dataclass
class ReportContent:
    """The package as the report sees it."""

    descriptor: dict
    card: dict  # title, version, description, licenses, sources, rows, validation
    rows: dict[str, list[dict]]  # table -> rows (JSON-ready values), in file order
    columns: dict[str, list[str]]  # table -> column names

    def region_names(self) -> dict[str, str]:
        """region_id -> Chinese name."""
        return {r["region_id"]: r.get("name_zh") or r["region_id"] for r in self.rows["regions"]}




def read_rows(path: Path) -> tuple[list[str], list[dict]]:
    """(column names, rows) of a Parquet table."""
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    return table.column_names, [{k: json_ready(v) for k, v in r.items()} for r in table.to_pylist()]


def validation_status(descriptor: Path, report=None) -> dict:
    """``{"valid": bool, "problems": [first 20 as text], "count": n}`` from ``policydata validate``
    (or from ``report``, a ValidationReport already made for this package)."""
    if report is None:
        from ...datapackage.validation import validate_package

        report = validate_package(descriptor)
    return {"valid": report.valid, "count": len(report.problems),
            "problems": [str(p) for p in report.problems[:20]]}


def collect(descriptor: Path, validate=True) -> ReportContent:
    """Read the package at ``descriptor``: its five tables and its card.

    ``validate=False`` skips validation (the card then says "not checked"); a
    ``ValidationReport`` already made for the package is used as it is.
    """
    descriptor = Path(descriptor)
    desc = read_descriptor(descriptor)
    rows, columns = {}, {}
    for table, path in table_paths(descriptor).items():
        columns[table], rows[table] = read_rows(path)
    card = {
        "title": str(desc.get("title") or desc.get("name") or "policydata package"),
        "name": str(desc.get("name", "")),
        "version": str(desc.get("version", "")),
        "description": str(desc.get("description", "")),
        "homepage": str(desc.get("homepage", "")),
        "created": str(desc.get("created", "")),
        "licenses": [{"name": str(lic.get("name", "")), "title": str(lic.get("title", "")),
                      "path": str(lic.get("path", ""))} for lic in desc.get("licenses", [])],
        "sources": [{"title": str(s.get("title", "")), "path": str(s.get("path", ""))}
                    for s in desc.get("sources", [])],
        "rows": {t: len(r) for t, r in rows.items()},
        "validation": (None if validate is False else
                       validation_status(descriptor, None if validate is True else validate)),
        "report_by": f"policydata {__version__}",
    }
    return ReportContent(descriptor=desc, card=card, rows=rows, columns=columns)
