"""policydata sql / policydata.sql: DuckDB views over the package's Parquet files."""
from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

import policydata
from policydata.explore.descriptor import DescriptorError
from policydata.explore.query import SQLError, sql

from conftest import ROOT

pytest.importorskip("duckdb")
DESCRIPTOR = ROOT / "datapackage.json"


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "policydata.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


def csv_rows(table):
    with open(ROOT / "build" / f"{table}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_count_matches_the_committed_csv():
    result = run_cli("sql", "select count(*) from statistics")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == str(len(csv_rows("statistics")))


def test_every_table_is_a_view_named_after_it():
    for table in ("documents", "measures", "targets", "statistics", "regions"):
        n = sql(f"SELECT count(*) AS n FROM {table}", DESCRIPTOR).n[0]
        assert n == len(csv_rows(table))


def test_policydata_sql_returns_a_dataframe_and_stays_callable():
    import policydata.cli  # noqa: F401  (importing the CLI must not shadow the function)

    frame = policydata.sql("SELECT region_id, name_zh FROM regions ORDER BY region_id")
    assert list(frame.columns) == ["region_id", "name_zh"]
    assert callable(policydata.sql)


def test_csv_and_json_formats():
    out = run_cli("sql", "SELECT statistic_id, value FROM statistics ORDER BY statistic_id LIMIT 2",
                  "--format", "csv", "--package", DESCRIPTOR)
    assert out.returncode == 0
    assert out.stdout.splitlines()[0] == "statistic_id,value"
    first = sorted(csv_rows("statistics"), key=lambda r: r["statistic_id"])[0]
    assert out.stdout.splitlines()[1].startswith(first["statistic_id"] + ",")
    out = run_cli("sql", "SELECT region_id FROM regions WHERE region_id = 'CN'", "--format", "json")
    assert json.loads(out.stdout) == [{"region_id": "CN"}]


def test_package_can_be_a_folder(tmp_path):
    assert sql("SELECT count(*) AS n FROM documents", ROOT).n[0] == len(csv_rows("documents"))


@pytest.mark.parametrize("query", ["SELEC 1", "SELECT * FROM nowhere", "SELECT nope FROM statistics", "", "  "])
def test_bad_query_is_one_line_and_nonzero(query):
    result = run_cli("sql", query)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("policydata sql: error:"), result.stderr
    with pytest.raises(SQLError):
        sql(query)


def test_missing_package_is_one_line(tmp_path):
    result = run_cli("sql", "SELECT 1", "--package", tmp_path / "nothing.json")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    (tmp_path / "datapackage.json").write_text('{"resources": []}', encoding="utf-8")
    with pytest.raises(DescriptorError, match="no resource documents-parquet"):
        sql("SELECT 1", tmp_path)


def test_statements_without_rows_give_an_empty_frame():
    assert sql("-- just a comment").empty


@pytest.mark.parametrize("statement,kind", [
    ("COPY (SELECT * FROM regions) TO '{out}'", "COPY"),
    ("COPY regions TO '{out}' (FORMAT parquet)", "COPY"),
    ("EXPORT DATABASE '{out}'", "EXPORT"),
    ("ATTACH '{out}' AS other", "ATTACH"),
    ("INSTALL httpfs", "INSTALL/LOAD"),
    ("CREATE TABLE kept AS SELECT * FROM regions", "CREATE"),
    ("SET enable_external_access = true", "SET"),
    ("SELECT 1; COPY (SELECT 1) TO '{out}'", "COPY"),  # one writing statement among readers
])
def test_sql_is_read_only(tmp_path, statement, kind):
    """policydata sql writes no file: a statement that writes or changes anything is refused with one
    line naming its kind, before anything runs."""
    out = tmp_path / "written"
    with pytest.raises(SQLError, match=f"^{kind} statements are refused"):
        sql(statement.format(out=out), DESCRIPTOR)
    assert not out.exists() and list(tmp_path.iterdir()) == []
    result = run_cli("sql", statement.format(out=out), cwd=tmp_path)
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("query", [
    "SELECT 'COPY x TO y' AS s",            # the word inside a string literal
    "SELECT count(*) AS n FROM regions -- COPY regions TO 'x'",
    "DESCRIBE regions", "SHOW TABLES", "SUMMARIZE regions", "EXPLAIN SELECT * FROM regions",
    "PIVOT (SELECT level, region_id FROM regions) ON level USING count(*)",
])
def test_sql_reading_statements_still_run(query):
    assert sql(query, DESCRIPTOR) is not None


def test_text_table_prints_figures_plainly_and_missing_cells_empty():
    """An analyst reads 560000000000 元 beside 8.2 %, not 5.6e+11 and 8.2e+00, and a target
    without a year as an empty cell whatever the column's type (Int64 gives pd.NA)."""
    import pandas as pd

    from policydata.explore.query import format_result

    frame = pd.DataFrame({"value": [5.6e11, 8.2, float("nan")],
                          "target_year": pd.array([2027, None, 2030], dtype="Int64"),
                          "unit": pd.array(["元", "%", None], dtype="string")})
    lines = format_result(frame, "table").splitlines()
    assert "e+" not in "".join(lines)
    assert lines[1].split() == ["560000000000", "2027", "元"]
    assert lines[2].split() == ["8.2", "%"]
    assert lines[3].split() == ["2030"]
    assert "<NA>" not in "".join(lines) and "nan" not in "".join(lines).lower()
