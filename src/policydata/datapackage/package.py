"""Rows -> CSV, Parquet and datapackage.json (validation lives in validation.py).

A package folder has the layout ``datapackage.json``, ``<data_dir>/<table>.csv``,
``<data_dir>/<table>.parquet`` and ``schemas/<table>.json``. Resources are named
``<table>-csv`` and ``<table>-parquet``; foreign keys resolve within the same format.
CSV resources point at ``schemas/<table>.json``; Parquet resources carry the same
schema inline with their foreign keys pointing at the Parquet resources. Rows are written
as they come (:mod:`.streaming`); ``<data_dir>/partitioned/`` optionally holds the same rows as
Hive-partitioned datasets (:mod:`.partitioned`), which are not resources.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

import pyarrow as pa

from .models import ORDER, TABLES, field_type, table_schema
from .partitioned import PartitionedTables
from .streaming import ParquetRowGroups, keep_previous_if_same

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


class CsvRowWriter:
    """The header, then rows of ``table`` through ``out.write(str)`` as they come: the schema's
    column order, one line per row, cells as :func:`csv_cell` writes them."""

    def __init__(self, out, table: str) -> None:
        model = TABLES[table]
        self.names = list(model.model_fields)
        self.types = [field_type(model, n) for n in self.names]
        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(self.names)

    def add(self, rows: list[dict]) -> None:
        for row in rows:
            self.writer.writerow([csv_cell(row.get(n), t) for n, t in zip(self.names, self.types)])


def csv_bytes(table: str, rows: list[dict]) -> bytes:
    """CSV of the rows: UTF-8 without BOM, LF, schema column order, integers without .0."""
    buf = io.StringIO()
    CsvRowWriter(buf, table).add(rows)
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


_PANDAS = {"string": "string", "integer": "Int64", "number": "Float64", "date": "object",
           "boolean": "boolean"}


def arrow_table(table: str, rows: list[dict]) -> pa.Table:
    """A pyarrow table typed after the schema (required columns are non-nullable).

    It is built through pandas nullable dtypes so that the file carries pandas metadata:
    readers that go through ``to_pandas()`` (frictionless does) then see missing integers
    as missing, not as float NaN.
    """
    return arrow_table_of_columns(table, {n: [r.get(n) for r in rows] for n in TABLES[table].model_fields})


def arrow_table_of_columns(table: str, values: dict[str, list]) -> pa.Table:
    """:func:`arrow_table` of the rows given column by column (``values[name]``, one per row)."""
    import pandas as pd

    schema = table_schema(TABLES[table])
    columns, fields = {}, []
    for f in schema["fields"]:
        name, ftype = f["name"], f["type"]
        required = f.get("constraints", {}).get("required", False)
        columns[name] = pd.array(values[name], dtype=_PANDAS[ftype])
        fields.append(pa.field(name, _ARROW[ftype], nullable=not required))
    frame = pd.DataFrame(columns)
    return pa.Table.from_pandas(frame, schema=pa.schema(fields), preserve_index=False)


@dataclass
class PackageLayout:
    """Where the parts of a package go, relative to its folder."""

    data_dir: str = ""  # "" for a standalone package, "build" for the repository
    schema_dir: str = "schemas"

    def data_path(self, table: str, fmt: str) -> str:
        return f"{self.data_dir}/{table}.{fmt}" if self.data_dir else f"{table}.{fmt}"

    def schema_path(self, table: str) -> str:
        return f"{self.schema_dir}/{table}.json"

    @property
    def partition_dir(self) -> str:
        """Where ``--partition-by`` puts the partitioned datasets (:mod:`.partitioned`)."""
        return f"{self.data_dir}/partitioned" if self.data_dir else "partitioned"


@dataclass
class PackageInfo:
    version: str
    sources: list[dict] = field(default_factory=list)
    name: str = PACKAGE_METADATA["name"]
    title: str = PACKAGE_METADATA["title"]
    #: the package's data licence: the project's (CC BY 4.0) for the package built from seeds/;
    #: none for `policydata parse` of a user's own documents, whose terms policydata cannot grant
    #: (each source's own licence, from sources.csv, stays in ``sources``)
    licenses: list[dict] = field(default_factory=lambda: [dict(lic) for lic in PACKAGE_METADATA["licenses"]])


def write_package(tables: Mapping[str, list[dict]] | Iterable[Mapping[str, list[dict]]], folder: Path,
                  info: PackageInfo, layout: PackageLayout, previous: Path | None = None,
                  partition_by: str | None = None) -> Path:
    """Write the five tables, their schemas and datapackage.json into ``folder``.

    ``tables`` maps each table to its rows, or is an iterable of such mappings (batches, e.g.
    one per document) whose rows are written as they come: CSV line by line, Parquet a row
    group at a time (:mod:`.streaming`), so memory holds one batch and one row group per
    table, not the tables. ``previous`` is the folder of an earlier package with the same
    layout; Parquet files whose content is unchanged keep their bytes. ``partition_by`` (a
    column of :data:`.partitioned.PARTITION_COLUMNS`) also writes the partitioned datasets in
    ``layout.partition_dir`` (:mod:`.partitioned`). Returns the descriptor path.
    """
    folder = Path(folder)
    batches = [tables] if isinstance(tables, Mapping) else tables
    files = {table: _TableFiles(table, folder, layout) for table in ORDER}
    partitions = PartitionedTables(folder / layout.partition_dir, partition_by) if partition_by else None
    try:
        for batch in batches:
            for table in sorted(batch, key=ORDER.index):  # documents before the rows naming them
                rows = _validated(table, batch[table])
                files[table].add(rows)
                if partitions is not None:
                    partitions.add(table, rows)
        resources = []
        for table in ORDER:
            resources.extend(files.pop(table).close(previous))
        if partitions is not None:
            partitions.close()
            partitions = None
    finally:
        for unfinished in files.values():  # after an error: files closed, left to the caller
            unfinished.abort()
        if partitions is not None:
            partitions.abort()
        if hasattr(batches, "close"):  # a generator stopped early stops its workers now
            batches.close()
    descriptor = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": info.name,
        "title": info.title,
        "description": PACKAGE_METADATA["description"],
        "version": info.version,
        "homepage": PACKAGE_METADATA["homepage"],
        **({"licenses": info.licenses} if info.licenses else {}),
        "sources": info.sources,
        "keywords": PACKAGE_METADATA["keywords"],
        "resources": resources,
    }
    path = folder / "datapackage.json"
    path.write_text(dump_json(descriptor), encoding="utf-8")
    return path


class _TableFiles:
    """The schema, CSV and Parquet files of one table in a package folder, written as rows come."""

    def __init__(self, table: str, folder: Path, layout: PackageLayout) -> None:
        self.table, self.folder, self.layout = table, folder, layout
        schema_path = folder / layout.schema_path(table)
        schema_path.parent.mkdir(parents=True, exist_ok=True)
        schema_path.write_text(dump_json(schema_for(table, "csv")), encoding="utf-8")
        csv_path = folder / layout.data_path(table, "csv")
        csv_path.parent.mkdir(parents=True, exist_ok=True)
        self.csv_file = open(csv_path, "wb")
        self.csv_out = _HashingFile(self.csv_file)
        self.csv_rows = CsvRowWriter(self.csv_out, table)
        self.parquet = ParquetRowGroups(table, folder / layout.data_path(table, "parquet"))

    def add(self, rows: list[dict]) -> None:
        self.csv_rows.add(rows)
        self.parquet.add(rows)

    def close(self, previous: Path | None) -> list[dict]:
        """Finish both files; their two resources for datapackage.json."""
        self.csv_file.close()
        self.parquet.close()
        pq_rel = self.layout.data_path(self.table, "parquet")
        keep_previous_if_same(self.folder / pq_rel, (Path(previous) / pq_rel) if previous else None)
        model = TABLES[self.table]
        return [{
            "name": f"{self.table}-csv", "type": "table", "title": f"{model.table_title} (CSV)",
            "description": (model.__doc__ or "").strip(),
            "path": self.layout.data_path(self.table, "csv"), "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "bytes": self.csv_out.size, "hash": "sha256:" + self.csv_out.digest.hexdigest(),
            "schema": self.layout.schema_path(self.table),
        }, {
            "name": f"{self.table}-parquet", "type": "table", "title": f"{model.table_title} (Parquet)",
            "description": (model.__doc__ or "").strip(),
            "path": pq_rel, "format": "parquet", "mediatype": "application/vnd.apache.parquet",
            "schema": schema_for(self.table, "parquet"),
        }]

    def abort(self) -> None:
        self.csv_file.close()
        self.parquet.abort()


def dump_json(obj: Any) -> str:
    """Stable JSON text: 2-space indent, UTF-8 characters kept, trailing newline."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
