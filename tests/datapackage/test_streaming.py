"""Tables written as rows come: row groups, bytes that do not depend on batching, and the
Hive-partitioned datasets that pandas, pyarrow and DuckDB read back as the package's tables."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from policydata.build import BuildError, ParseOptions, build_repository, parse_to_folder
from policydata.cli import main
from policydata.datapackage import streaming
from policydata.datapackage.models import ORDER, TABLES
from policydata.datapackage.package import PackageInfo, PackageLayout, arrow_table, write_package
from policydata.datapackage.partitioned import MISSING, PARTITIONED_TABLES
from policydata.pipeline import metadata_near, parse_files

#: Documents of three years and one without a date (no date in sources.csv nor in the text).
DOCUMENTS = {
    "a.txt": "山东省人民政府关于推进城市更新的实施意见\n到2035年每个乡镇和村分别至少设置1处养老服务站。\n",
    "b.txt": "国家统计局公报\n全国城镇新增就业1267万人，全年粮食产量1.39万亿斤。\n",
    "c.txt": "某县政府工作报告\n全年计划投资7.2亿元，新建村级卫生室12个。\n",
    "d.txt": "某市关于加强农田建设的通知\n建成高标准农田5万亩。\n",
}
SOURCES = ("file,title,publisher,date\n"
           "a.txt,山东省人民政府关于推进城市更新的实施意见,山东省人民政府,2024-03-01\n"
           "b.txt,国家统计局公报,国家统计局,2025-02-28\n"
           "c.txt,某县政府工作报告,某县人民政府,2024-01-10\n")


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("docs")
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "sources.csv").write_text(SOURCES, encoding="utf-8")
    return sorted(folder.glob("*.txt"))


@pytest.fixture(scope="module")
def tables(docs) -> dict[str, list[dict]]:
    return parse_files(docs, metadata_near(docs))


@pytest.fixture(scope="module")
def package(docs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pkg") / "out"
    report = parse_to_folder(docs, out, options=ParseOptions(jobs=1), partition_by="document_year")
    assert report.valid, report.summary()
    return out


def file_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --------------------------------------------------------------------------- row groups

def test_a_table_in_one_row_group_has_the_bytes_of_write_table(tables, tmp_path):
    for table in ORDER:
        whole, streamed = tmp_path / f"{table}-whole.parquet", tmp_path / f"{table}-streamed.parquet"
        pq.write_table(arrow_table(table, tables[table]), whole, compression="zstd")
        groups = streaming.ParquetRowGroups(table, streamed)
        for row in tables[table]:
            groups.add([row])
        groups.close()
        assert streamed.read_bytes() == whole.read_bytes(), table


@pytest.mark.parametrize("max_rows, max_chars, groups", [
    (1, 10**9, "one per row"),
    (2, 10**9, "two rows each"),
    (10**6, 1, "a row's text fills a group"),
    (10**6, 10**9, "one group"),
])
def test_row_groups_close_by_rows_or_text_and_hold_the_same_rows(tables, tmp_path, max_rows, max_chars, groups):
    rows = tables["measures"]
    path = tmp_path / "measures.parquet"
    writer = streaming.ParquetRowGroups("measures", path, max_rows=max_rows, max_chars=max_chars)
    writer.add(rows)
    assert writer.close() == len(rows)
    meta = pq.ParquetFile(path).metadata
    expected = {"one per row": len(rows), "two rows each": -(-len(rows) // 2),
                "a row's text fills a group": len(rows), "one group": 1}[groups]
    assert meta.num_row_groups == expected
    assert pq.read_table(path).equals(arrow_table("measures", rows))


def test_bytes_do_not_depend_on_how_rows_are_batched(tables, tmp_path, monkeypatch):
    monkeypatch.setattr(streaming.ParquetRowGroups.__init__, "__defaults__", (1, streaming.ROW_GROUP_CHARS))  # a group per row
    info = PackageInfo(version="0.0.1")
    write_package(tables, tmp_path / "whole", info, PackageLayout())
    one_row_batches = [{name: [row]} for name in ORDER for row in tables[name]]
    write_package(iter(one_row_batches), tmp_path / "rows", info, PackageLayout())
    assert file_bytes(tmp_path / "whole") == file_bytes(tmp_path / "rows")
    assert pq.ParquetFile(tmp_path / "whole" / "measures.parquet").metadata.num_row_groups > 1


def test_an_unchanged_table_keeps_the_previous_files_bytes_across_row_groups(tables, tmp_path):
    info = PackageInfo(version="0.0.1")
    write_package(tables, tmp_path / "old", info, PackageLayout())
    old = tmp_path / "old" / "measures.parquet"
    pq.write_table(pq.read_table(old), old, compression="zstd", row_group_size=3)  # same rows, other groups
    write_package(tables, tmp_path / "new", info, PackageLayout(), previous=tmp_path / "old")
    assert (tmp_path / "new" / "measures.parquet").read_bytes() == old.read_bytes()
    changed = {**tables, "measures": tables["measures"][:-1]}
    write_package(changed, tmp_path / "changed", info, PackageLayout(), previous=tmp_path / "old")
    assert (tmp_path / "changed" / "measures.parquet").read_bytes() != old.read_bytes()


# --------------------------------------------------------------------------- partitioned datasets

def single_file(package: Path, table: str) -> pd.DataFrame:
    return pd.read_parquet(package / f"{table}.parquet")


def sorted_rows(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    key = TABLES[table].primary_key
    return frame.sort_values(key).reset_index(drop=True)


@pytest.mark.parametrize("table", PARTITIONED_TABLES)
def test_pandas_reads_each_partitioned_table_as_the_package_table(package, table):
    partitioned = pd.read_parquet(package / "partitioned" / table)
    years = partitioned.pop("document_year")
    whole = single_file(package, table)
    pd.testing.assert_frame_equal(sorted_rows(partitioned, table), sorted_rows(whole, table))
    # each row sits in the folder of its document's year
    documents = single_file(package, "documents").set_index("document_id")["date"]
    expected = [0 if pd.isna(documents[d]) else documents[d].year for d in partitioned["document_id"]]
    assert [int(y) for y in years] == expected


def test_partition_folders_are_one_per_year_and_documents_without_a_date_are_year_0(package):
    folders = sorted(p.name for p in (package / "partitioned" / "documents").iterdir())
    assert MISSING == "0" and folders == ["document_year=0", "document_year=2024", "document_year=2025"]
    assert all((package / "partitioned" / "documents" / f / "part-0.parquet").is_file() for f in folders)
    manifest = json.loads((package / "partitioned" / "partitions.json").read_text(encoding="utf-8"))
    assert manifest["partition_by"] == "document_year"
    assert manifest["tables"]["documents"]["rows"] == len(single_file(package, "documents"))
    assert "regions" not in manifest["tables"]  # not per document: in the package only
    listed = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert not any("partitioned" in r["path"] for r in listed["resources"])  # an extra, not a resource


def test_pyarrow_dataset_filters_by_the_partition_column(package):
    dataset = ds.dataset(package / "partitioned" / "measures", format="parquet", partitioning="hive")
    in_2024 = dataset.to_table(filter=ds.field("document_year") == 2024).to_pandas()
    whole = single_file(package, "measures")
    docs = single_file(package, "documents")
    ids_2024 = set(docs.loc[docs["date"].map(lambda d: d is not None and not pd.isna(d) and d.year == 2024),
                            "document_id"])
    assert len(in_2024) > 0 and set(in_2024["document_id"]) == ids_2024 & set(whole["document_id"])
    assert dataset.count_rows() == len(whole)


def test_duckdb_reads_the_partitioned_tables(package):
    duckdb = pytest.importorskip("duckdb")
    glob = (package / "partitioned" / "statistics" / "*" / "*.parquet").as_posix()
    counts = duckdb.sql(f"select document_year, count(*) from read_parquet('{glob}', hive_partitioning = true) "
                        "group by 1 order by 1 nulls last").fetchall()
    assert sum(n for _, n in counts) == len(single_file(package, "statistics"))
    assert {y for y, _ in counts} <= {0, 2024, 2025}


def test_partitioned_datasets_are_the_same_bytes_every_time(docs, package, tmp_path):
    again = tmp_path / "again"
    parse_to_folder(docs, again, options=ParseOptions(jobs=2), partition_by="document_year")
    assert file_bytes(package / "partitioned") == file_bytes(again / "partitioned")


def test_the_cli_writes_partitions_and_refuses_an_unknown_column(docs, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["parse", *map(str, docs), "--out", str(out), "--no-cache", "--jobs", "1",
                 "--partition-by", "document_year"]) == 0
    assert (out / "partitioned" / "targets" / "document_year=2024" / "part-0.parquet").is_file()
    marker = json.loads((out / ".policydata.json").read_text(encoding="utf-8"))
    assert "partitioned/partitions.json" in marker["files"]  # policydata's own: replaced next time
    with pytest.raises(SystemExit):
        main(["parse", *map(str, docs), "--out", str(tmp_path / "x"), "--partition-by", "region_id"])
    assert "invalid choice" in capsys.readouterr().err


def test_a_build_knows_its_partitions_and_refuses_a_foreign_file_among_them(docs, tmp_path):
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    for doc in docs:
        (root / "seeds" / doc.name).write_bytes(doc.read_bytes())
    (root / "seeds" / "sources.csv").write_text(SOURCES, encoding="utf-8")
    options = ParseOptions(jobs=1)
    build_repository(root, options=options, partition_by="document_year")
    assert (root / "build" / "partitioned" / "documents" / "document_year=2025" / "part-0.parquet").is_file()
    build_repository(root, options=options)  # its own partitions are replaced with build/
    assert not (root / "build" / "partitioned").exists()
    build_repository(root, options=options, partition_by="document_year")
    note = root / "build" / "partitioned" / "NOTES.md"
    note.write_text("mine", encoding="utf-8")
    with pytest.raises(BuildError, match="not a file of the package"):
        build_repository(root, options=options, partition_by="document_year")
    assert note.read_text(encoding="utf-8") == "mine"


# --------------------------------------------------------------------------- streamed validation

@pytest.mark.parametrize("order", ["document order", "documents reversed"])
def test_provenance_is_checked_in_any_row_order(tables, tmp_path, order):
    from policydata.datapackage.validation import validate_package

    good = {**tables, "documents": tables["documents"][::-1] if order != "document order" else tables["documents"]}
    assert validate_package(write_package(good, tmp_path / "good", PackageInfo(version="0.0.1"),
                                          PackageLayout())).valid
    broken = {**good, "measures": [{**r, "char_start": r["char_start"] + 1} if n == 1 else r
                                   for n, r in enumerate(good["measures"])]}
    report = validate_package(write_package(broken, tmp_path / "broken", PackageInfo(version="0.0.1"),
                                            PackageLayout()))
    assert [p.where for p in report.problems if "re-slice" in p.message] == ["measures-csv row 2",
                                                                            "measures-parquet row 2"]


@pytest.mark.parametrize("order", ["document order", "documents reversed"])
def test_one_pass_over_the_documents_checks_every_extracted_table(tables, tmp_path, order):
    """A quote off by one in two tables and a row of a document that does not exist are all
    reported, in table order, whatever the order of the documents file."""
    from policydata.datapackage.validation import validate_package

    documents = tables["documents"][::-1] if order != "document order" else tables["documents"]
    last = len(tables["statistics"])
    broken = {**tables, "documents": documents,
              "measures": [{**r, "char_end": r["char_end"] + 1} if n == 0 else r
                           for n, r in enumerate(tables["measures"])],
              "statistics": [{**r, "document_id": "no-such-document"} if n == last - 1 else r
                             for n, r in enumerate(tables["statistics"])]}
    report = validate_package(write_package(broken, tmp_path / "broken", PackageInfo(version="0.0.1"),
                                            PackageLayout()))
    found = [p.where for p in report.problems if "re-slice" in p.message]
    assert found == ["measures-csv row 1", f"statistics-csv row {last}",
                     "measures-parquet row 1", f"statistics-parquet row {last}"]


def test_a_table_without_rows_is_an_empty_partition_that_readers_still_see(tables, tmp_path):
    no_targets = {**tables, "targets": []}
    write_package(no_targets, tmp_path, PackageInfo(version="0.0.1"), PackageLayout(), partition_by="document_year")
    frame = pd.read_parquet(tmp_path / "partitioned" / "targets")
    assert len(frame) == 0 and set(TABLES["targets"].model_fields) <= set(frame.columns)
