"""Rows -> CSV, Parquet and datapackage.json (validation lives in validation.py).

A package folder has the layout ``datapackage.json``, ``<data_dir>/<table>.csv``,
``<data_dir>/<table>.parquet`` and ``schemas/<table>.json``. Resources are named
``<table>-csv`` and ``<table>-parquet``; foreign keys resolve within the same format.
CSV resources point at ``schemas/<table>.json``; Parquet resources carry the same
schema inline with their foreign keys pointing at the Parquet resources.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .models import ORDER, TABLES, field_type, table_schema

FORMATS = ("csv", "parquet")
_ARROW = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
          "date": pa.date32(), "boolean": pa.bool_()}

PACKAGE_METADATA = {
    "name": "policydata",
    "title": "policydata: measures, targets and statistics from Chinese policy documents",
    "description": (
        "Chinese policy documents and policy news turned into five normalized tables: documents, "
        "measures (who commits to do what), targets (goals with a number or deadline), statistics "
        "(reported figures) and regions (GB/T 2260 codes and functional regions). Every extracted "
        "row quotes the exact text it came from, with character offsets into documents.text."
    ),
    "keywords": ["China", "policy", "government work report", "targets", "statistics",
                 "GB/T 2260", "frictionless"],
    "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 International",
                  "path": "https://creativecommons.org/licenses/by/4.0/"}],
    "homepage": "https://github.com/policydata/policydata",
}


def schema_for(table: str, fmt: str = "csv") -> dict:
    """Table Schema of ``table`` with foreign keys naming resources of format ``fmt``."""
    schema = table_schema(TABLES[table])
    for fk in schema.get("foreignKeys", []):
        ref = fk["reference"]
        ref["resource"] = f"{ref['resource'] or table}-{fmt}"
    return schema


def _validated(table: str, rows: list[dict]) -> list[dict]:
    """Rows coerced through the table's pydantic model (raises ValueError on a bad row)."""
    model = TABLES[table]
    return [model.model_validate(r).model_dump() for r in rows]


def csv_cell(value: Any, ftype: str) -> str:
    if value is None:
        return ""
    if ftype == "integer":
        return str(int(value))
    if ftype == "number":
        value = float(value)
        if math.isnan(value) or math.isinf(value):
            raise ValueError(f"not a finite number: {value}")
        return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)
    if ftype == "date":
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if ftype == "boolean":
        return "true" if value else "false"
    return str(value)


def _write_csv_rows(out, table: str, rows: list[dict]) -> None:
    """The header and rows of ``table`` through ``out.write(str)``, one line per call."""
    model = TABLES[table]
    names = list(model.model_fields)
    types = [field_type(model, n) for n in names]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([csv_cell(row.get(n), t) for n, t in zip(names, types)])


def csv_bytes(table: str, rows: list[dict]) -> bytes:
    """CSV of the rows: UTF-8 without BOM, LF, schema column order, integers without .0."""
    buf = io.StringIO()
    _write_csv_rows(buf, table, rows)
    return buf.getvalue().encode("utf-8")


class _HashingFile:
    """Text lines written as UTF-8 to a binary file, counted and hashed on the way."""

    def __init__(self, fh) -> None:
        self.fh, self.size, self.digest = fh, 0, hashlib.sha256()

    def write(self, text: str) -> None:
        data = text.encode("utf-8")
        self.fh.write(data)
        self.size += len(data)
        self.digest.update(data)


def write_csv(path: Path, table: str, rows: list[dict]) -> tuple[int, str]:
    """Write :func:`csv_bytes` of the rows to ``path`` line by line (no copy of the whole file
    in memory); returns its size in bytes and its sha256."""
    with open(path, "wb") as fh:
        out = _HashingFile(fh)
        _write_csv_rows(out, table, rows)
    return out.size, out.digest.hexdigest()


_PANDAS = {"string": "string", "integer": "Int64", "number": "Float64", "date": "object",
           "boolean": "boolean"}


def arrow_table(table: str, rows: list[dict]) -> pa.Table:
    """A pyarrow table typed after the schema (required columns are non-nullable).

    It is built through pandas nullable dtypes so that the file carries pandas metadata:
    readers that go through ``to_pandas()`` (frictionless does) then see missing integers
    as missing, not as float NaN.
    """
    import pandas as pd

    schema = table_schema(TABLES[table])
    columns, fields = {}, []
    for f in schema["fields"]:
        name, ftype = f["name"], f["type"]
        required = f.get("constraints", {}).get("required", False)
        columns[name] = pd.array([r.get(name) for r in rows], dtype=_PANDAS[ftype])
        fields.append(pa.field(name, _ARROW[ftype], nullable=not required))
    frame = pd.DataFrame(columns)
    return pa.Table.from_pandas(frame, schema=pa.schema(fields), preserve_index=False)


def write_parquet(path: Path, tbl: pa.Table, previous: Path | None = None) -> None:
    """Write Parquet; keep the previous file's bytes when its table is equal (no churn)."""
    if previous is not None and previous.exists():
        try:
            if pq.read_table(previous).equals(tbl):
                shutil.copyfile(previous, path)
                return
        except (OSError, pa.ArrowException):  # an unreadable previous file is simply replaced
            pass
    pq.write_table(tbl, path, compression="zstd")


@dataclass
class PackageLayout:
    """Where the parts of a package go, relative to its folder."""

    data_dir: str = ""  # "" for a standalone package, "build" for the repository
    schema_dir: str = "schemas"

    def data_path(self, table: str, fmt: str) -> str:
        return f"{self.data_dir}/{table}.{fmt}" if self.data_dir else f"{table}.{fmt}"

    def schema_path(self, table: str) -> str:
        return f"{self.schema_dir}/{table}.json"


@dataclass
class PackageInfo:
    version: str
    sources: list[dict] = field(default_factory=list)
    name: str = PACKAGE_METADATA["name"]
    title: str = PACKAGE_METADATA["title"]


def write_package(tables: dict[str, list[dict]], folder: Path, info: PackageInfo,
                  layout: PackageLayout, previous: Path | None = None) -> Path:
    """Write the five tables, their schemas and datapackage.json into ``folder``.

    ``previous`` is the folder of an earlier package with the same layout; Parquet files
    whose content is unchanged keep their bytes. Returns the descriptor path.
    """
    folder = Path(folder)
    resources = []
    for table in ORDER:
        rows = _validated(table, tables.get(table, []))
        (folder / layout.schema_path(table)).parent.mkdir(parents=True, exist_ok=True)
        (folder / layout.schema_path(table)).write_text(dump_json(schema_for(table, "csv")),
                                                        encoding="utf-8")
        csv_path = folder / layout.data_path(table, "csv")
        csv_path.parent.mkdir(parents=True, exist_ok=True)
        size, digest = write_csv(csv_path, table, rows)
        pq_rel = layout.data_path(table, "parquet")
        write_parquet(folder / pq_rel, arrow_table(table, rows),
                      (Path(previous) / pq_rel) if previous else None)
        model = TABLES[table]
        resources.append({
            "name": f"{table}-csv", "type": "table", "title": f"{model.table_title} (CSV)",
            "description": (model.__doc__ or "").strip(),
            "path": layout.data_path(table, "csv"), "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "bytes": size, "hash": "sha256:" + digest,
            "schema": layout.schema_path(table),
        })
        resources.append({
            "name": f"{table}-parquet", "type": "table", "title": f"{model.table_title} (Parquet)",
            "description": (model.__doc__ or "").strip(),
            "path": pq_rel, "format": "parquet", "mediatype": "application/vnd.apache.parquet",
            "schema": schema_for(table, "parquet"),
        })
    descriptor = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": info.name,
        "title": info.title,
        "description": PACKAGE_METADATA["description"],
        "version": info.version,
        "homepage": PACKAGE_METADATA["homepage"],
        "licenses": PACKAGE_METADATA["licenses"],
        "sources": info.sources,
        "keywords": PACKAGE_METADATA["keywords"],
        "resources": resources,
    }
    path = folder / "datapackage.json"
    path.write_text(dump_json(descriptor), encoding="utf-8")
    return path


def dump_json(obj: Any) -> str:
    """Stable JSON text: 2-space indent, UTF-8 characters kept, trailing newline."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
