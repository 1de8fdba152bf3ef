"""One table's files written as its rows come: CSV line by line, Parquet a row group at a time.

Memory holds at most one row group per open Parquet file, however many rows pass. A row group
closes after :data:`ROW_GROUP_ROWS` rows or once its text cells reach :data:`ROW_GROUP_CHARS`
characters (a few long documents make a group of their own), counted over the rows in order,
so the file's bytes depend only on the rows, never on how they were batched (how many workers
parsed them). A table that fits in one row group is written exactly as ``pq.write_table`` writes
the whole table at once.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .models import TABLES, field_type

#: A row group closes after this many rows ...
ROW_GROUP_ROWS = 20_000
#: ... or once the text cells of its rows hold this many characters (documents.text dominates;
#: about 3 MB of UTF-8). Rows wait for their group column by column, without a dict per row.
ROW_GROUP_CHARS = 1_000_000
#: Rows compared at a time when a new file is checked against the previous one.
COMPARE_ROWS = 500


class ParquetRowGroups:
    """A Parquet file of one table, written a row group at a time (zstd, the table's schema).

    The pandas metadata the file carries (see :func:`package.arrow_table`) is that of its first
    row group. Use as a context manager, or call :meth:`close`; :meth:`abort` closes without
    caring for the file (it is discarded with the scratch folder).
    """

    def __init__(self, table: str, path: Path, max_rows: int = ROW_GROUP_ROWS,
                 max_chars: int = ROW_GROUP_CHARS) -> None:
        model = TABLES[table]
        self.table, self.path = table, Path(path)
        self.max_rows, self.max_chars = max_rows, max_chars
        self.names = list(model.model_fields)
        self.text_fields = [n for n in self.names if field_type(model, n) == "string"]
        self.pending: dict[str, list] = {n: [] for n in self.names}
        self.pending_rows = self.pending_chars = 0
        self.rows = 0
        self.writer: pq.ParquetWriter | None = None

    def add(self, rows: list[dict]) -> None:
        for row in rows:
            for n in self.names:
                self.pending[n].append(row.get(n))
            self.pending_rows += 1
            self.pending_chars += sum(len(v) for n in self.text_fields if isinstance(v := row.get(n), str))
            if self.pending_rows >= self.max_rows or self.pending_chars >= self.max_chars:
                self._write_group()

    def _write_group(self) -> None:
        from .package import arrow_table_of_columns

        tbl = arrow_table_of_columns(self.table, self.pending)
        self.pending = {n: [] for n in self.names}  # the rows live on in tbl only
        if self.writer is None:  # the arguments of pq.write_table: one group gives its bytes
            self.writer = pq.ParquetWriter(self.path, tbl.schema, compression="zstd")
        self.writer.write_table(tbl)
        self.rows += self.pending_rows
        self.pending_rows = self.pending_chars = 0

    def close(self) -> int:
        """Write the last row group (an empty table still gets its one, empty, group); rows written."""
        if self.pending_rows or self.writer is None:
            self._write_group()
        self.writer.close()
        return self.rows

    def abort(self) -> None:
        self.pending = {n: [] for n in self.names}
        if self.writer is not None:
            self.writer.close()


def keep_previous_if_same(path: Path, previous: Path | None) -> None:
    """Replace the new file ``path`` by ``previous`` when both hold the same table (no churn).

    Compared a window of rows at a time, whatever their row groups; an unreadable previous
    file is simply not kept.
    """
    if previous is None or not previous.exists():
        return
    try:
        old, new = pq.ParquetFile(previous), pq.ParquetFile(path)
        if old.metadata.num_rows != new.metadata.num_rows or \
                not old.schema_arrow.equals(new.schema_arrow, check_metadata=False):
            return
        if all(a.equals(b) for a, b in zip(_windows(old), _windows(new))):
            shutil.copyfile(previous, path)
    except (OSError, pa.ArrowException):
        return


def _windows(file: pq.ParquetFile, size: int = COMPARE_ROWS) -> Iterator[pa.Table]:
    """The file's rows as tables of ``size`` rows (the last one shorter), whatever its row groups."""
    held: pa.Table | None = None
    for batch in file.iter_batches(batch_size=size):
        part = pa.Table.from_batches([batch])
        held = part if held is None else pa.concat_tables([held, part])
        while held.num_rows >= size:
            yield held.slice(0, size)
            held = held.slice(size)
    if held is not None and held.num_rows:
        yield held
