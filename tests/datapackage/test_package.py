"""Writing CSV/Parquet/datapackage.json and validating what was written."""
from __future__ import annotations

import json
import math

import pyarrow.parquet as pq
import pytest

from policydata.datapackage.package import PackageInfo, PackageLayout, csv_bytes, write_package
from policydata.datapackage.validation import validate_package

from conftest import TINY_TEXT as TEXT, tiny_tables  # noqa: E402


def test_csv_is_utf8_lf_schema_order_and_integers_plain():
    data = csv_bytes("statistics", tiny_tables()["statistics"]).decode("utf-8")
    assert not data.startswith("\ufeff") and "\r" not in data
    header, row = data.splitlines()
    assert header.startswith("statistic_id,document_id,indicator,kind,value,unit")
    assert ",1390000000000,斤," in row and ",2,12," in row and ".0," not in row


def test_written_package_validates_and_copies_agree(tmp_path):
    desc = write_package(tiny_tables(), tmp_path, PackageInfo(version="0.0.1"), PackageLayout())
    report = validate_package(desc)
    assert report.valid, report.summary()
    assert report.rows["statistics"] == 1
    meta = json.loads(desc.read_text(encoding="utf-8"))
    res = {r["name"]: r for r in meta["resources"]}
    assert res["statistics-csv"]["path"] == "statistics.csv"
    assert res["statistics-csv"]["hash"].startswith("sha256:")
    assert res["statistics-parquet"]["format"] == "parquet"
    tbl = pq.read_table(tmp_path / "targets.parquet")
    assert str(tbl.schema.field("target_year").type) == "int64"
    assert tbl.schema.field("target_id").nullable is False


def test_rebuild_gives_identical_bytes(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write_package(tiny_tables(), a, PackageInfo(version="0.0.1"), PackageLayout(data_dir="build"))
    write_package(tiny_tables(), b, PackageInfo(version="0.0.1"), PackageLayout(data_dir="build"),
                  previous=a)
    for rel in ["datapackage.json", "build/statistics.csv", "build/statistics.parquet",
                "schemas/statistics.json"]:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_validation_catches_broken_provenance(tmp_path):
    tables = tiny_tables()
    tables["statistics"][0]["char_start"] = 3
    desc = write_package(tables, tmp_path, PackageInfo(version="0.0.1"), PackageLayout())
    report = validate_package(desc)
    assert not report.valid
    assert any("re-slice" in p.message for p in report.problems)


def test_validation_catches_csv_parquet_disagreement(tmp_path):
    desc = write_package(tiny_tables(), tmp_path, PackageInfo(version="0.0.1"), PackageLayout())
    csv_path = tmp_path / "statistics.csv"
    csv_path.write_text(csv_path.read_text(encoding="utf-8").replace("粮食产量,", "稻谷产量,", 1),
                        encoding="utf-8")
    meta = json.loads(desc.read_text(encoding="utf-8"))
    for r in meta["resources"]:  # keep the integrity fields honest so only the content differs
        r.pop("bytes", None), r.pop("hash", None)
    desc.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    report = validate_package(desc)
    assert any("CSV" in p.message and "Parquet" in p.message for p in report.problems)


def test_validation_rejects_broken_descriptor(tmp_path):
    desc = write_package(tiny_tables(), tmp_path, PackageInfo(version="0.0.1"), PackageLayout())
    desc.write_text("{ not json", encoding="utf-8")
    assert not validate_package(desc).valid
    meta_missing = tmp_path / "nothing.json"
    assert not validate_package(meta_missing).valid


def test_nan_never_reaches_a_file():
    tables = tiny_tables()
    tables["statistics"][0]["value"] = math.nan
    with pytest.raises(ValueError):
        csv_bytes("statistics", tables["statistics"])
