"""End to end over seeds/: build, validate, reproduce, load."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

import policydata
from policydata.build import build_repository, parse_to_folder
from policydata.models import ORDER
from policydata.pipeline import document_files
from policydata.validation import validate_package

from conftest import ROOT, SEED_PAGE, SEEDS


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("repo")
    shutil.copytree(SEEDS, root / "seeds")
    report = build_repository(root)
    return root, report


def test_build_validates(built):
    root, report = built
    assert report.valid, report.summary()
    assert validate_package(root / "datapackage.json").valid


def test_every_seed_file_yields_documents(built):
    root, _ = built
    docs = pd.read_csv(root / "build" / "documents.csv")
    assert {p.name for p in document_files(SEEDS)} <= set(docs["source_file"])


def test_committed_package_is_what_the_code_builds(built):
    root, _ = built
    for rel in ["datapackage.json", *(f"build/{t}.csv" for t in ORDER),
                *(f"schemas/{t}.json" for t in ORDER)]:
        assert (root / rel).read_bytes() == (ROOT / rel).read_bytes(), \
            f"{rel} differs from a fresh build: run `policydata build` and commit"


def test_rebuild_is_byte_identical_and_ids_stable(built):
    root, _ = built
    before = {t: (root / "build" / f"{t}.csv").read_bytes() for t in ORDER}
    ids_before = pd.read_csv(root / "build" / "statistics.csv")["statistic_id"].tolist()
    extra = root / "seeds" / "zzz_added.txt"
    extra.write_text("某省关于推进某项工作的通知\n到2030年，全省农机总动力达到1亿千瓦左右。\n", encoding="utf-8")
    try:
        build_repository(root)
        ids_after = pd.read_csv(root / "build" / "statistics.csv")["statistic_id"].tolist()
        assert ids_after[: len(ids_before)] == ids_before or set(ids_before) <= set(ids_after)
    finally:
        extra.unlink()
    build_repository(root)
    for t in ORDER:
        assert (root / "build" / f"{t}.csv").read_bytes() == before[t], t


def test_failed_build_leaves_previous_package(built, monkeypatch):
    root, _ = built
    before = (root / "datapackage.json").read_bytes()
    bad = root / "seeds" / "broken.txt"
    bad.write_bytes(b"")
    try:
        with pytest.raises(Exception):
            build_repository(root)
    finally:
        bad.unlink()
    assert (root / "datapackage.json").read_bytes() == before
    assert not list(root.glob(".policydata-build-*"))


def test_parse_seed_gives_standalone_package(tmp_path):
    out = tmp_path / "pkg"
    report = parse_to_folder([SEED_PAGE], out)
    assert report.valid, report.summary()
    for t in ORDER:
        assert (out / f"{t}.csv").exists() and (out / f"{t}.parquet").exists()


def test_load_gives_typed_frames_without_object_columns():
    tables = policydata.load_all()
    assert set(tables) == set(ORDER)
    for name, frame in tables.items():
        assert not [c for c, d in frame.dtypes.items() if d == object], name
    assert len(tables["documents"]) >= 1
