"""What changed between two packages: rows added, removed and changed per table, by stable id.

Rows are matched by their table's primary key (``statistic_id``, ``region_id`` ...), which the
pipeline keeps stable across builds, so a changed value shows up as one changed row with the
columns that differ, not as one row removed and another added.

>>> old = {"statistics": [{"statistic_id": "a", "value": 1.0}, {"statistic_id": "b", "value": 2.0}]}
>>> new = {"statistics": [{"statistic_id": "a", "value": 1.5}, {"statistic_id": "c", "value": 3.0}]}
>>> d = diff_tables("statistics", "statistic_id", old["statistics"], new["statistics"])
>>> d.added, d.removed, [(c.id, c.columns) for c in d.changed]
(['c'], ['b'], [('a', {'value': (1.0, 1.5)})])
"""
from __future__ import annotations

import json
import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .descriptor import json_ready, read_descriptor, resolve_descriptor, table_paths

FORMATS = ("text", "json")


@dataclass
class RowChange:
    """One row present in both packages whose values differ: column -> (old, new)."""

    id: str
    columns: dict[str, tuple]


@dataclass
class TableDiff:
    """The differences in one table, ids sorted."""

    table: str
    key: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[RowChange] = field(default_factory=list)
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.columns_added
                    or self.columns_removed)

    def counts(self) -> str:
        """``1 added, 0 removed, 2 changed``."""
        return f"{len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed"


@dataclass
class PackageDiff:
    """The differences between two packages, one :class:`TableDiff` per table."""

    old: str
    new: str
    old_version: str
    new_version: str
    tables: dict[str, TableDiff]

    @property
    def is_empty(self) -> bool:
        return all(t.is_empty for t in self.tables.values())

    def to_dict(self) -> dict:
        """Plain JSON-ready data (``--format json``)."""
        return {
            "old": {"package": self.old, "version": self.old_version},
            "new": {"package": self.new, "version": self.new_version},
            "tables": {
                name: {
                    "key": t.key,
                    "added": t.added,
                    "removed": t.removed,
                    "changed": [{"id": c.id, "columns": {col: {"old": json_ready(o), "new": json_ready(n)}
                                                         for col, (o, n) in c.columns.items()}}
                                for c in t.changed],
                    "columns_added": t.columns_added,
                    "columns_removed": t.columns_removed,
                }
                for name, t in self.tables.items()
            },
        }

    def to_text(self) -> str:
        """Readable report: a count line per table, then ``+ id``, ``- id``, ``~ id: col old -> new``."""
        lines = [f"old: {self.old} ({self.old_version or 'no version'})",
                 f"new: {self.new} ({self.new_version or 'no version'})"]
        width = max(len(name) for name in self.tables) if self.tables else 0
        for name, t in self.tables.items():
            lines.append(f"{name:<{width}}  {t.counts()}")
            for col in t.columns_added:
                lines.append(f"  + column {col}")
            for col in t.columns_removed:
                lines.append(f"  - column {col}")
            lines += [f"  + {row_id}" for row_id in t.added]
            lines += [f"  - {row_id}" for row_id in t.removed]
            for c in t.changed:
                cols = "; ".join("{} {} -> {}".format(col, *_shown_pair(o, n)) for col, (o, n) in c.columns.items())
                lines.append(f"  ~ {c.id}: {cols}")
        if self.is_empty:
            lines.append("no differences")
        return "\n".join(lines) + "\n"

    def to_markdown(self) -> str:
        """A Markdown table of the counts, for a release datasheet's "changes since" section."""
        rows = ["| table | added | removed | changed | columns that changed |", "|---|---:|---:|---:|---|"]
        for name, t in self.tables.items():
            cols = sorted({col for c in t.changed for col in c.columns})
            rows.append(f"| {name} | {len(t.added)} | {len(t.removed)} | {len(t.changed)} | "
                        f"{', '.join(f'`{c}`' for c in cols)} |")
        return "\n".join(rows) + "\n"


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def _flat(text: str) -> str:
    """A cell on one line: a document's text keeps its line breaks, the report must not."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


def _shown_pair(old, new, limit: int = 60) -> tuple[str, str]:
    r"""An old and a new cell as the text report shows them: on one line each (line breaks as
    ``\n``), at most about ``limit`` characters, and where a cell is cut, cut around the first
    difference, so that a long text changed past its start does not print as two equal prefixes.

    >>> print(*_shown_pair("一\n二", "一\n三"))
    一\n二 一\n三
    >>> print(*_shown_pair("甲" * 100 + "旧" + "乙" * 50, "甲" * 100 + "新" + "乙" * 50, limit=12))
    …甲甲甲甲旧乙乙乙乙乙… …甲甲甲甲新乙乙乙乙乙…
    """
    a = "(empty)" if old is None else str(json_ready(old))
    b = "(empty)" if new is None else str(json_ready(new))
    if len(a) <= limit and len(b) <= limit:
        return _flat(a), _flat(b)
    same = len(os.path.commonprefix([a, b]))
    start = max(0, same - limit // 3)  # a third of the room for what leads up to the difference
    return _flat(_window(a, start, limit)), _flat(_window(b, start, limit))


def _window(text: str, start: int, limit: int) -> str:
    """``text`` from ``start``, at most ``limit`` characters with the ellipses that mark a cut."""
    head = "…" if start > 0 else ""
    body = text[start:]
    room = limit - len(head)
    return head + (body if len(body) <= room else body[: room - 1] + "…")



def diff_tables(table: str, key: str, old_rows: list[dict], new_rows: list[dict]) -> TableDiff:
    """Compare two lists of row dicts of one table by the column ``key``."""
    old_by_id = {r[key]: r for r in old_rows}
    new_by_id = {r[key]: r for r in new_rows}
    old_cols = list(old_rows[0]) if old_rows else []
    new_cols = list(new_rows[0]) if new_rows else []
    shared = [c for c in new_cols if c in set(old_cols)] if old_rows and new_rows else []
    result = TableDiff(table, key,
                       added=sorted(set(new_by_id) - set(old_by_id)),
                       removed=sorted(set(old_by_id) - set(new_by_id)),
                       columns_added=[c for c in new_cols if old_rows and c not in set(old_cols)],
                       columns_removed=[c for c in old_cols if new_rows and c not in set(new_cols)])
    for row_id in sorted(set(old_by_id) & set(new_by_id)):
        old, new = old_by_id[row_id], new_by_id[row_id]
        cols = {c: (old[c], new[c]) for c in shared if not _same(old[c], new[c])}
        if cols:
            result.changed.append(RowChange(row_id, cols))
    return result


def _read_rows(path: Path) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


def diff_packages(old: str | Path | None, new: str | Path | None) -> PackageDiff:
    """Compare two packages (descriptors, folders or release versions) table by table."""
    from ..datapackage.models import TABLES

    old_desc, new_desc = resolve_descriptor(old), resolve_descriptor(new)
    old_paths, new_paths = table_paths(old_desc), table_paths(new_desc)
    tables = {}
    for table, old_path in old_paths.items():
        key = TABLES[table].primary_key
        tables[table] = diff_tables(table, key, _read_rows(old_path), _read_rows(new_paths[table]))
    return PackageDiff(old=str(old_desc), new=str(new_desc),
                       old_version=str(read_descriptor(old_desc).get("version", "")),
                       new_version=str(read_descriptor(new_desc).get("version", "")),
                       tables=tables)


def previous_version(version: str, versions) -> str | None:
    """The highest of ``versions`` below ``version`` (numeric parts compare as numbers), or None.

    >>> previous_version("0.10.0", ["0.1.0", "0.9.0", "0.10.0", "1.0.0"])
    '0.9.0'
    """
    from ..fetch.registry import version_key

    earlier = [v for v in versions if version_key(v) < version_key(version)]
    return max(earlier, key=version_key) if earlier else None


def changes_since_markdown(previous: str | Path, current: str | Path) -> str:
    """The datasheet section for a release: what changed since ``previous`` (a version or path).

    For ``release.make_release``::

        prev = previous_version(version, known_releases())
        changes = changes_since_markdown(prev, root / "datapackage.json") if prev else "First release."
    """
    d = diff_packages(previous, current)
    if d.is_empty:
        return f"No rows changed since version {d.old_version}.\n"
    return f"Rows added, removed and changed since version {d.old_version}, by stable id:\n\n" + d.to_markdown()


def changes_since_previous_release(version: str, current: str | Path, versions) -> str:
    """The datasheet's "changes since the previous release" section for release ``version``.

    ``versions`` are the released versions (``release.known_releases()``); the previous one is
    downloaded (verified, cached) and compared with the package at ``current``. A failed
    download raises (ReleaseError): a datasheet must not depend on whether the network was up.

    >>> changes_since_previous_release("0.1.0", "datapackage.json", [])
    'First release: there is no earlier version to compare with.\\n'
    """
    previous = previous_version(version, versions)
    if previous is None:
        return "First release: there is no earlier version to compare with.\n"
    return changes_since_markdown(previous, current)


# --------------------------------------------------------------------------- command line

def add_command(subparsers) -> None:
    """Register ``policydata diff`` on the CLI's subparsers."""
    p = subparsers.add_parser("diff", help="rows added, removed and changed between two packages",
                              description="Compare two packages table by table, matching rows by "
                              "their stable id. OLD and NEW are datapackage.json files, their "
                              "folders, or release versions (e.g. 0.1.0).")
    p.add_argument("old", metavar="OLD", help="the earlier package: descriptor, folder or version")
    p.add_argument("new", metavar="NEW", help="the later package: descriptor, folder or version")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    p.add_argument("--exit-code", action="store_true",
                   help="exit 1 when the packages differ (like `git diff --exit-code`)")
    p.set_defaults(func=run_command)


def run_command(args) -> int:
    """``policydata diff``: print the differences."""
    d = diff_packages(args.old, args.new)
    if args.format == "json":
        sys.stdout.write(json.dumps(d.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(d.to_text())
    return 1 if args.exit_code and not d.is_empty else 0
