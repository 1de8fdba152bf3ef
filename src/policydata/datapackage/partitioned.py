"""The tables again as Hive-partitioned Parquet datasets, an extra beside the package.

``<partitioned>/<table>/document_year=2024/part-0.parquet``: one folder per table of rows that
belong to a document (documents, measures, targets, statistics; the small regions table stays
in the package only), one sub-folder per value of the partition column, rows in the package's
order. The partition column is not stored in the files: readers take it from the folder names
(pandas ``pd.read_parquet(folder)``, ``pyarrow.dataset.dataset(folder, partitioning="hive")``,
DuckDB ``read_parquet('<folder>/*/*.parquet', hive_partitioning = true)``, Dask). A table without
rows is one empty file in ``document_year=0``, so that readers still see its columns. Rows of a
document without a date are in ``document_year=0``: not in the Hive convention's null folder
(``__HIVE_DEFAULT_PARTITION__``), which pandas cannot read beside other values ("Cannot yet
unify dictionaries with nulls"), and not in a word, which would make the column a string.
``partitions.json`` in ``<partitioned>`` lists the files written (readers of a table's
folder never see it), so that a later build knows them as its own.

The datasets are not resources of datapackage.json: the package stays the single-file CSV and
Parquet tables that frictionless validates; the datasets hold the same rows, split.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

#: Tables whose rows belong to one document, and so to one partition.
PARTITIONED_TABLES = ("documents", "measures", "targets", "statistics")
#: The file listing the partitioned files, in the partitioned folder.
MANIFEST = "partitions.json"
#: The partition value of rows whose document has none (a year 0: the column stays an integer).
MISSING = "0"
#: Row groups of a partition close sooner than the package's: many partitions are open at once.
PARTITION_GROUP_CHARS = 250_000


def _document_year(document: dict) -> int | None:
    """The year of the document's date (ISO ``YYYY-MM-DD``), None without a date.

    >>> _document_year({"date": "2024-03-05"}), _document_year({"date": None})
    (2024, None)
    """
    date = document.get("date")
    return int(str(date)[:4]) if date else None


#: The columns a package may be partitioned by: name -> the value of a documents row.
PARTITION_COLUMNS: dict[str, Callable[[dict], int | str | None]] = {
    "document_year": _document_year,
}


class PartitionedTables:
    """Writes the partitioned datasets under ``folder`` as rows come, documents before their rows.

    Holds the partition value of each document id seen (as the package writer holds the ids),
    and one open Parquet file per table and partition value.
    """

    def __init__(self, folder: Path, column: str) -> None:
        if column not in PARTITION_COLUMNS:
            raise ValueError(f"cannot partition by {column!r}; choose {', '.join(PARTITION_COLUMNS)}")
        self.folder, self.column, self.value_of = Path(folder), column, PARTITION_COLUMNS[column]
        self.value_by_document: dict[str, int | str | None] = {}
        self.files: dict = {}  # (table, value) -> streaming.ParquetRowGroups

    def add(self, table: str, rows: list[dict]) -> None:
        if table not in PARTITIONED_TABLES:
            return
        for row in rows:
            if table == "documents":
                self.value_by_document[row["document_id"]] = self.value_of(row)
            value = self.value_by_document.get(row["document_id"])
            self._file(table, MISSING if value is None else str(value)).add([row])

    def _file(self, table: str, value: str):
        key = (table, value)
        if key not in self.files:
            from .streaming import ParquetRowGroups  # pyarrow: not for the CLI's option list

            path = self.folder / table / f"{self.column}={value}" / "part-0.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            self.files[key] = ParquetRowGroups(table, path, max_chars=PARTITION_GROUP_CHARS)
        return self.files[key]

    def close(self) -> Path:
        """Close every file and write the manifest; returns its path."""
        from .package import dump_json

        for table in PARTITIONED_TABLES:  # a table without rows: one empty file, so readers know its columns
            if not any(t == table for t, _ in self.files):
                self._file(table, MISSING)
        listing: dict[str, dict] = {t: {"rows": 0, "files": []} for t in PARTITIONED_TABLES}
        for (table, value), file in sorted(self.files.items()):
            listing[table]["rows"] += file.close()
            listing[table]["files"].append(file.path.relative_to(self.folder).as_posix())
        self.folder.mkdir(parents=True, exist_ok=True)
        manifest = self.folder / MANIFEST
        manifest.write_text(dump_json({"partition_by": self.column, "tables": listing}), encoding="utf-8")
        return manifest

    def abort(self) -> None:
        for file in self.files.values():
            file.abort()


def partitioned_files(folder: Path) -> set[str]:
    """The files a manifest in ``folder`` lists, and the manifest, relative to ``folder``
    (empty when there is none or it cannot be read)."""
    try:
        listing = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))["tables"]
        files = {f for entry in listing.values() for f in entry["files"] if isinstance(f, str)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return set()
    return files | {MANIFEST}
