"""Validation of a written package: frictionless, plus the dataset's own invariants.

Frictionless checks the descriptor, the schemas, types, constraints, primary and
foreign keys. On top of that the spec asks for:

* provenance: ``documents.text[char_start:char_end] == quote`` for every extracted row;
* the CSV and Parquet copies of each table agree row for row;
* ids are unique, and no NaN hides in a required Parquet number.
"""
from __future__ import annotations

import csv
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from .models import ORDER, TABLES, field_type
from .package import csv_cell

csv.field_size_limit(1 << 30)
EXTRACTED = ("measures", "targets", "statistics")


@dataclass
class Problem:
    """One failed check: where (resource, row, field) and what."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class ValidationReport:
    descriptor: str
    rows: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems

    def summary(self, limit: int = 20) -> str:
        """A readable report: rows per table, then each problem (at most ``limit``)."""
        lines = [f"{self.descriptor}: " + ("valid" if self.valid else f"INVALID ({len(self.problems)} problems)")]
        if self.rows:
            lines.append("  rows: " + ", ".join(f"{t} {n}" for t, n in self.rows.items()))
        for p in self.problems[:limit]:
            lines.append(f"  - {p}")
        if len(self.problems) > limit:
            lines.append(f"  … and {len(self.problems) - limit} more")
        return "\n".join(lines)


def _frictionless_problems(descriptor: Path) -> list[Problem]:
    from frictionless import FrictionlessException, Package

    try:
        report = Package(str(descriptor)).validate()
    except FrictionlessException as exc:
        return [Problem(descriptor.name, f"descriptor: {exc.error.message}")]
    problems = [Problem(descriptor.name, e.message) for e in report.errors]
    for task in report.tasks:
        for e in task.errors:
            where = task.name
            row, fname = getattr(e, "row_number", None), getattr(e, "field_name", None)
            if row:
                where += f" row {row}"
            if fname:
                where += f" field {fname}"
            problems.append(Problem(where, e.message))
    return problems


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _invariant_problems(descriptor: Path) -> tuple[dict[str, int], list[Problem]]:
    base = descriptor.parent
    desc = json.loads(descriptor.read_text(encoding="utf-8"))
    paths = {r["name"]: base / r["path"] for r in desc.get("resources", []) if isinstance(r.get("path"), str)}
    problems: list[Problem] = []
    rows: dict[str, int] = {}
    tables: dict[str, dict[str, list[dict]]] = {"csv": {}, "parquet": {}}
    for table in ORDER:
        for fmt in ("csv", "parquet"):
            name = f"{table}-{fmt}"
            path = paths.get(name)
            if path is None:
                problems.append(Problem(descriptor.name, f"no resource named {name}"))
                continue
            if not path.exists():
                problems.append(Problem(name, f"file missing: {path.name}"))
                continue
            tables[fmt][table] = _read_csv(path) if fmt == "csv" else pq.read_table(path).to_pylist()
        rows[table] = len(tables["csv"].get(table, []))
    for table in ORDER:
        model = TABLES[table]
        key = model.primary_key
        types = {n: field_type(model, n) for n in model.model_fields}
        c_rows, p_rows = tables["csv"].get(table), tables["parquet"].get(table)
        if c_rows is not None:
            seen: set[str] = set()
            for i, r in enumerate(c_rows, start=2):
                if r.get(key) in seen:
                    problems.append(Problem(f"{table}-csv row {i}", f"duplicate {key} {r.get(key)}"))
                seen.add(r.get(key))
        if c_rows is not None and p_rows is not None:
            if len(c_rows) != len(p_rows):
                problems.append(Problem(table, f"CSV has {len(c_rows)} rows, Parquet {len(p_rows)}"))
            for i, (c, p) in enumerate(zip(c_rows, p_rows), start=1):
                for n, t in types.items():
                    v = p.get(n)
                    if t == "number" and isinstance(v, float) and math.isnan(v):
                        problems.append(Problem(f"{table}-parquet row {i} field {n}", "NaN"))
                        continue
                    if csv_cell(v, t) != c.get(n, ""):
                        problems.append(Problem(f"{table} row {i} field {n}",
                                                f"CSV {c.get(n)!r} != Parquet {v!r}"))
                        break
    for fmt, tbls in tables.items():
        texts = {d["document_id"]: d["text"] for d in tbls.get("documents", [])}
        for table in EXTRACTED:
            for i, r in enumerate(tbls.get(table, []), start=1):
                text = texts.get(r["document_id"])
                try:
                    s, e = int(r["char_start"]), int(r["char_end"])
                except (TypeError, ValueError):
                    problems.append(Problem(f"{table}-{fmt} row {i}", "offsets are not integers"))
                    continue
                if text is None or text[s:e] != r["quote"]:
                    problems.append(Problem(f"{table}-{fmt} row {i}",
                                            f"quote does not re-slice documents.text[{s}:{e}]"))
    return rows, problems


def validate_package(descriptor: str | Path) -> ValidationReport:
    """Validate a package by its datapackage.json (or the folder holding it)."""
    descriptor = Path(descriptor)
    if descriptor.is_dir():
        descriptor = descriptor / "datapackage.json"
    report = ValidationReport(str(descriptor))
    if not descriptor.exists():
        report.problems.append(Problem(str(descriptor), "no such file"))
        return report
    try:
        json.loads(descriptor.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        report.problems.append(Problem(str(descriptor), f"not valid JSON: {exc}"))
        return report
    report.problems.extend(_frictionless_problems(descriptor))
    rows, problems = _invariant_problems(descriptor)
    report.rows = rows
    report.problems.extend(problems)
    return report
