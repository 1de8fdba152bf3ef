"""SQL over a package's tables: DuckDB reads the Parquet files in place, one view per table.

Nothing is loaded or copied: each table is a view named after it
(``documents``, ``measures``, ``targets``, ``statistics``, ``regions``) over its Parquet file,
so a query reads only the columns and row groups it needs. ``policydata.sql`` and the
``policydata sql`` command are thin layers over :func:`connect`.

>>> int(sql("SELECT count(*) AS n FROM regions").n[0]) > 0
True
>>> print(format_result(sql("SELECT region_id, level FROM regions WHERE region_id = 'CN'"), "csv"), end="")
region_id,level
CN,country
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .descriptor import resolve_descriptor, table_paths

if TYPE_CHECKING:  # duckdb and pandas are imported on first use, not with the package
    import duckdb
    import pandas as pd

FORMATS = ("table", "csv", "json")


class SQLError(Exception):
    """A query DuckDB refused (syntax, unknown table or column, type error); one line."""


def _quoted(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def connect(package: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per table of ``package``.

    ``package`` is anything :func:`policydata.explore.descriptor.resolve_descriptor` accepts (a
    descriptor, a folder, a release version, or None for the default package).
    """
    import duckdb

    paths = table_paths(resolve_descriptor(package))
    # nothing written behind the user's back: no extension downloaded on first use (INSTALL writes
    # to ~/.duckdb), no spill files in a .tmp folder of the working directory
    con = duckdb.connect(":memory:", config={"autoinstall_known_extensions": False, "temp_directory": ""})
    for table, path in paths.items():
        con.execute(f'CREATE VIEW "{table}" AS SELECT * FROM read_parquet({_quoted(str(path.resolve()))})')
    return con


#: the statements a query may hold: it reads (SELECT, WITH, VALUES, FROM, DESCRIBE, SHOW, SUMMARIZE:
#: all SELECT to DuckDB's parser; EXPLAIN; MULTI is what PIVOT parses to). COPY … TO, EXPORT,
#: ATTACH, INSTALL/LOAD, CREATE, SET, PRAGMA, CALL are refused: the command is read-only and writes
#: no file (the package promises no command writes a file it did not write itself)
READ_ONLY_STATEMENTS = ("SELECT", "EXPLAIN", "MULTI")


def refuse_writes(con: duckdb.DuckDBPyConnection, query: str) -> None:
    """Raise SQLError (one line) if a statement of ``query`` is not a query that only reads.

    Why DuckDB's own parser, not a pattern: a statement's kind is decided by the engine that runs
    it (a COPY inside a comment or a string literal is no COPY).
    """
    import duckdb

    try:
        statements = con.extract_statements(query)
    except duckdb.Error as exc:
        raise SQLError(one_line(exc)) from None
    for statement in statements:
        kind = str(statement.type).rsplit(".", 1)[-1]
        if kind not in READ_ONLY_STATEMENTS:
            kind = "INSTALL/LOAD" if kind == "LOAD" else kind  # DuckDB parses both as LOAD
            raise SQLError(f"{kind} statements are refused: policydata sql only reads (SELECT, WITH, "
                           "DESCRIBE, EXPLAIN); to save a result, redirect --format csv or json to a file")


def sql(query: str, package: str | Path | None = None) -> pd.DataFrame:
    """Run ``query`` on the package's tables and return the result as a DataFrame.

    Read-only: a statement that writes or changes anything (COPY … TO, ATTACH, INSTALL) raises
    SQLError before anything runs (:func:`refuse_writes`).

    >>> sql("SELECT kind, count(*) AS n FROM statistics GROUP BY kind ORDER BY n DESC").columns.tolist()
    ['kind', 'n']
    """
    import duckdb
    import pandas as pd

    if not query or not query.strip():
        raise SQLError("the query is empty")
    con = connect(package)
    try:
        refuse_writes(con, query)
        result = con.execute(query)
        if result is None or result.description is None:  # only comments, or no result set
            return pd.DataFrame()
        return result.df()
    except duckdb.Error as exc:
        raise SQLError(one_line(exc)) from None
    finally:
        con.close()


def one_line(exc: BaseException) -> str:
    """DuckDB's message without its multi-line caret drawing: the first line, whitespace folded."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return " ".join(first.split())


def plain_number(value: float) -> str:
    """A float as an analyst reads it: 560000000000 and 15.6, not 5.6e+11 and 1.56e+01.

    Why: pandas prints a whole column in scientific notation once its values span many orders of
    magnitude, as a column of values in base units does (元 next to %).

    >>> [plain_number(v) for v in (5.6e11, 15.6, 40.0, 0.125, 1e-7)]
    ['560000000000', '15.6', '40', '0.125', '0.0000001']
    """
    text = format(value, ".15g")
    if "e" in text:  # beyond .15g's plain range: write the digits out, no trailing zeros
        text = format(value, ".20f").rstrip("0").rstrip(".") if abs(value) < 1 else format(value, ".0f")
    return text


def _missing_as_empty(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the missing cells of its nullable columns (Int64, string: pd.NA, which
    to_string prints as <NA> whatever na_rep says) as empty text; other columns untouched."""
    import pandas as pd

    nullable = [c for c in frame.columns
                if isinstance(frame[c].dtype, pd.api.extensions.ExtensionDtype) and frame[c].hasnans]
    if not nullable:
        return frame
    frame = frame.copy()
    for column in nullable:
        frame[column] = [("" if pd.isna(v) else plain_number(v) if isinstance(v, float) else str(v))
                         for v in frame[column]]
    return frame


def format_result(frame: pd.DataFrame, fmt: str = "table") -> str:
    """``frame`` as an aligned text table, CSV (header row, empty cell = missing) or JSON records."""
    if fmt == "csv":
        return frame.to_csv(index=False, lineterminator="\n")
    if fmt == "json":
        records = json.loads(frame.to_json(orient="records", force_ascii=False, date_format="iso"))
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "table":
        if frame.empty:
            return " | ".join(map(str, frame.columns)) + "\n(0 rows)\n"
        import pandas as pd

        with pd.option_context("display.unicode.east_asian_width", True):  # align Chinese text
            return _missing_as_empty(frame).to_string(index=False, na_rep="",
                                                      float_format=plain_number) + "\n"
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


# --------------------------------------------------------------------------- command line

def add_command(subparsers) -> None:
    """Register ``policydata sql`` on the CLI's subparsers."""
    p = subparsers.add_parser("sql", help="run a SQL query (DuckDB) over the package's tables",
                              description="Run a SQL query over the package's tables. Each table "
                              "is a view named after it over its Parquet file.")
    p.add_argument("query", metavar="QUERY", help='e.g. "SELECT count(*) FROM statistics"')
    p.add_argument("--package", default=None, metavar="DESCRIPTOR",
                   help="datapackage.json, its folder, or a release version "
                        "(default: ./datapackage.json, else the installed package's tables)")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.set_defaults(func=run_command)


def run_command(args) -> int:
    """``policydata sql``: print the result; errors propagate as one-line user errors."""
    sys.stdout.write(format_result(sql(args.query, args.package), args.format))
    return 0
