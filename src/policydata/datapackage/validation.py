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
from itertools import zip_longest
from pathlib import Path
from typing import Iterator

import pyarrow.parquet as pq

from .models import ORDER, TABLES, field_type
from .package import csv_cell

csv.field_size_limit(1 << 30)
EXTRACTED = ("measures", "targets", "statistics")
#: Parquet rows read at a time (a few hundred documents.text at most).
BATCH_ROWS = 256


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
        lines = [f"{self.descriptor}: " + ("valid" if self.valid else f"INVALID ({len(self.problems)} problem{'s' if len(self.problems) != 1 else ''})")]
        if self.rows:
            lines.append("  rows: " + ", ".join(f"{t} {n}" for t, n in self.rows.items()))
        for p in self.problems[:limit]:
            lines.append(f"  - {p}")
        if len(self.problems) > limit:
            lines.append(f"  … and {len(self.problems) - limit} more")
        return "\n".join(lines)


def _frictionless_problems(descriptor: Path) -> list[Problem]:
    """What frictionless says of the descriptor, and of the CSV resources' rows.

    frictionless reads a Parquet resource whole into pandas; the Parquet copies are instead
    checked against their CSV twins a window of rows at a time (:func:`_invariant_problems`),
    so validation memory does not grow with the package. The descriptor, Parquet resources
    included, is still validated whole.
    """
    from frictionless import FrictionlessException, Package

    try:
        meta = Package.validate_descriptor(str(descriptor))
        desc = json.loads(descriptor.read_text(encoding="utf-8"))
        csv_only = {**desc, "resources": [r for r in desc.get("resources", [])
                                          if not (isinstance(r, dict) and r.get("format") == "parquet")]}
        report = Package(csv_only, basepath=str(descriptor.parent)).validate()
    except FrictionlessException as exc:
        return [Problem(descriptor.name, f"descriptor: {exc.error.message}")]
    except (ValueError, TypeError, AttributeError) as exc:
        return [Problem(descriptor.name, f"descriptor: {exc}")]
    messages = dict.fromkeys(e.message for e in [*meta.errors, *report.errors])
    problems = [Problem(descriptor.name, m) for m in messages]
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


def _csv_rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def _parquet_rows(path: Path) -> Iterator[dict]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
        yield from batch.to_pylist()


def _rows(path: Path, fmt: str) -> Iterator[dict]:
    return _csv_rows(path) if fmt == "csv" else _parquet_rows(path)


def _invariant_problems(descriptor: Path) -> tuple[dict[str, int], list[Problem]]:
    """Ids, the CSV and Parquet copies row for row, Parquet types, and provenance, streamed.

    Memory holds the ids of a table and one window of rows, not the tables.
    """
    base = descriptor.parent
    desc = json.loads(descriptor.read_text(encoding="utf-8"))
    paths = {r["name"]: base / r["path"] for r in desc.get("resources", []) if isinstance(r.get("path"), str)}
    problems: list[Problem] = []
    rows: dict[str, int] = {}
    present: dict[tuple[str, str], Path] = {}
    for table in ORDER:
        for fmt in ("csv", "parquet"):
            name = f"{table}-{fmt}"
            path = paths.get(name)
            if path is None:
                problems.append(Problem(descriptor.name, f"no resource named {name}"))
            elif not path.exists():
                problems.append(Problem(name, f"file missing: {path.name}"))
            else:
                present[table, fmt] = path
    for table in ORDER:
        csv_path, pq_path = present.get((table, "csv")), present.get((table, "parquet"))
        if pq_path is not None:
            problems.extend(_parquet_type_problems(table, pq_path))
        if csv_path is not None:
            rows[table] = _compare_copies(table, csv_path, pq_path, problems)
    for fmt in ("csv", "parquet"):
        tables = {t: present[t, fmt] for t in EXTRACTED if (t, fmt) in present}
        problems.extend(_provenance_problems(fmt, tables, present.get(("documents", fmt))))
    return rows, problems


def _parquet_type_problems(table: str, path: Path) -> list[Problem]:
    """Columns of the Parquet file that are missing or not of the schema's type."""
    from .package import arrow_table

    try:
        found = pq.ParquetFile(path).schema_arrow
    except Exception as exc:  # pyarrow raises several kinds for a damaged file
        return [Problem(f"{table}-parquet", f"unreadable Parquet: {exc}")]
    problems = []
    for want in arrow_table(table, []).schema:
        index = found.get_field_index(want.name)
        if index < 0:
            problems.append(Problem(f"{table}-parquet field {want.name}", "missing"))
        elif not found.field(index).type.equals(want.type):
            problems.append(Problem(f"{table}-parquet field {want.name}",
                                    f"type {found.field(index).type}, the schema says {want.type}"))
    return problems


def _compare_copies(table: str, csv_path: Path, pq_path: Path | None, problems: list[Problem]) -> int:
    """Duplicate ids in the CSV, and CSV against Parquet row for row; the CSV's row count."""
    model = TABLES[table]
    key = model.primary_key
    types = {n: field_type(model, n) for n in model.model_fields}
    seen: set[str] = set()
    count = 0
    parquet = _parquet_rows(pq_path) if pq_path is not None else None
    missing = object()
    for i, (c, p) in enumerate(zip_longest(_csv_rows(csv_path), parquet or (), fillvalue=missing), start=1):
        if c is not missing:
            count += 1
            if c.get(key) in seen:
                problems.append(Problem(f"{table}-csv row {i + 1}", f"duplicate {key} {c.get(key)}"))
            seen.add(c.get(key))
        if parquet is None or c is missing or p is missing:
            continue
        for n, t in types.items():
            v = p.get(n)
            if t == "number" and isinstance(v, float) and math.isnan(v):
                problems.append(Problem(f"{table}-parquet row {i} field {n}", "NaN"))
                continue
            if csv_cell(v, t) != c.get(n, ""):
                problems.append(Problem(f"{table} row {i} field {n}", f"CSV {c.get(n)!r} != Parquet {v!r}"))
                break
    if parquet is not None:
        n_parquet = pq.ParquetFile(pq_path).metadata.num_rows
        if n_parquet != count:
            problems.append(Problem(table, f"CSV has {count} rows, Parquet {n_parquet}"))
    return count


class _Peekable:
    """An iterator of rows that can look at its next row without taking it."""

    _END = object()

    def __init__(self, rows: Iterator[dict]) -> None:
        self.rows, self.next = rows, next(rows, self._END)

    @property
    def done(self) -> bool:
        return self.next is self._END

    def take(self) -> dict:
        row, self.next = self.next, next(self.rows, self._END)
        return row


def _quote_problem(where: str, text: str | None, start: int, end: int, quote: str) -> list[Problem]:
    if text is not None and text[start:end] == quote:
        return []
    return [Problem(where, f"quote does not re-slice documents.text[{start}:{end}]")]


def _provenance_problems(fmt: str, tables: dict[str, Path], documents: Path | None) -> list[Problem]:
    """Rows of the extracted ``tables`` whose quote is not ``documents.text[char_start:char_end]``.

    One pass over the documents file serves every table: a package written in document order
    has each table's rows in that order too, so each table's rows are taken while their
    document is the current one, and memory holds one text. Rows whose document came earlier
    (a package not in document order) wait for a second pass.
    """
    problems: list[Problem] = []
    pending = {t: _Peekable(enumerate(_rows(path, fmt), start=1)) for t, path in tables.items()}
    waiting: dict[str, list[tuple[str, int, int, str]]] = {}
    passed: set[str] = set()

    def offsets(table: str, i: int, row: dict) -> tuple[int, int] | None:
        try:
            return int(row["char_start"]), int(row["char_end"])
        except (TypeError, ValueError):
            problems.append(Problem(f"{table}-{fmt} row {i}", "offsets are not integers"))
            return None

    def take_rows_of(document_id: str | None, text: str | None) -> None:
        """Check every row at the head of each table that belongs to ``document_id`` (or, with
        None, every row left), setting aside rows of documents already passed."""
        for table, rows in pending.items():
            while not rows.done:
                i, row = rows.next
                doc = row["document_id"]
                if document_id is not None and doc != document_id and doc not in passed:
                    break  # a later document's row: wait for it
                rows.take()
                span = offsets(table, i, row)
                if span is None:
                    continue
                where = f"{table}-{fmt} row {i}"
                if doc == document_id:
                    problems.extend(_quote_problem(where, text, *span, row["quote"]))
                else:  # an earlier document's, or (at the end) an unknown one
                    waiting.setdefault(doc, []).append((where, *span, row["quote"]))

    for d in (_rows(documents, fmt) if documents is not None else ()):
        passed.add(d["document_id"])
        take_rows_of(d["document_id"], d["text"])
    take_rows_of(None, None)
    if waiting:
        for d in (_rows(documents, fmt) if documents is not None else ()):
            for where, s, e, quote in waiting.pop(d["document_id"], ()):
                problems.extend(_quote_problem(where, d["text"], s, e, quote))
        for rows in waiting.values():  # no such document
            for where, s, e, quote in rows:
                problems.extend(_quote_problem(where, None, s, e, quote))
    table_order = {t: n for n, t in enumerate(tables)}
    return sorted(problems, key=lambda p: (table_order[p.where.split("-")[0]], int(p.where.rsplit(" ", 1)[1])))


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
