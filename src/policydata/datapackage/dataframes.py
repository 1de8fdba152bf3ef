"""Typed pandas DataFrames for the tables: nullable integers, strings and categories.

Columns follow the Table Schema: ``integer`` -> ``Int64``, ``number`` -> ``Float64``,
``date`` -> ``datetime64``, enum strings -> ``category`` (with the enum as categories),
other strings -> ``string``. No ``object`` columns.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from .models import ORDER, TABLES, table_schema

#: Published package shipped inside the wheel (a copy made by ``policydata build``).
WHEEL_DATA = "data"


def typed_frame(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the dtypes of ``table``'s schema, columns in schema order."""
    out = {}
    for f in table_schema(TABLES[table])["fields"]:
        name, ftype = f["name"], f["type"]
        col = frame[name] if name in frame else pd.Series([None] * len(frame))
        enum = f.get("constraints", {}).get("enum")
        if enum:
            out[name] = pd.Categorical(col.astype("string"), categories=enum)
        elif ftype == "integer":
            out[name] = pd.array(col, dtype="Int64")
        elif ftype == "number":
            out[name] = pd.array(col, dtype="Float64")
        elif ftype == "date":
            out[name] = pd.to_datetime(col)
        elif ftype == "boolean":
            out[name] = pd.array(col, dtype="boolean")
        else:
            out[name] = pd.array(col.astype(object).where(col.notna(), None), dtype="string")
    return pd.DataFrame(out)


def frame_from_rows(table: str, rows: list[dict]) -> pd.DataFrame:
    """A typed DataFrame from row dicts."""
    names = list(TABLES[table].model_fields)
    return typed_frame(table, pd.DataFrame.from_records(rows, columns=names))


def read_package_table(descriptor: Path, table: str) -> pd.DataFrame:
    """One table of a package on disk (its Parquet copy), as a typed DataFrame."""
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}; tables are {', '.join(ORDER)}")
    desc = json.loads(Path(descriptor).read_text(encoding="utf-8"))
    paths = {r["name"]: r["path"] for r in desc["resources"]}
    path = Path(descriptor).parent / paths[f"{table}-parquet"]
    return typed_frame(table, pq.read_table(path).to_pandas())


def wheel_descriptor() -> Path:
    """datapackage.json of the tables shipped with the installed package."""
    path = Path(str(resources.files("policydata") / WHEEL_DATA / "datapackage.json"))
    if not path.exists():
        raise FileNotFoundError(f"{path}: the installed package has no published tables; "
                                "run `policydata build` in a source checkout")
    return path


def installed_version() -> str | None:
    """The version of the tables shipped with the installed package (None if there are none)."""
    try:
        path = wheel_descriptor()
        return str(json.loads(path.read_text(encoding="utf-8")).get("version") or "") or None
    except (OSError, ValueError):
        return None
