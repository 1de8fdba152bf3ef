"""End to end over seeds/: build, validate, reproduce, load."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

import policydata
from policydata.build import build_repository, parse_to_folder
from policydata.datapackage.models import ORDER
from policydata.pipeline import document_files
from policydata.datapackage.validation import validate_package

from conftest import ROOT, SEED_PAGE, SEEDS, seed_caption, seed_rejoined, seed_titles


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


# What the issues ask of the seed page, checked on the built package.

def _table(root, name):
    return pd.read_csv(root / "build" / f"{name}.csv", dtype=str, keep_default_na=False)


def test_seed_page_gives_three_articles_with_their_fields(built):
    root, _ = built
    docs = _table(root, "documents")
    assert len(docs) == 3
    titles = " | ".join(docs["title"])
    first, second, third = seed_titles()  # the headline lines as the page writes them
    assert first in titles and third.split(" ")[0] in titles and second.split(" ")[1] in titles
    text = "\n".join(docs["text"])
    for phrase in seed_rejoined():
        assert phrase in text, phrase
    # the photo caption is kept apart: never inside a paragraph of the body, its credit never in
    # the text; an article of a page ends with the caption's sentence as a paragraph of its own
    caption, credit = seed_caption()
    assert credit not in text
    assert [ln for ln in text.split("\n") if caption[:9] in ln] == [caption]
    assert any(t.endswith("\n" + caption) for t in docs["text"])
    assert all(t.startswith(title + "\n") for t, title in zip(docs["text"], docs["title"]))
    assert (docs["attribution"] != "").sum() >= 2 and (docs["byline"] != "").sum() >= 1


def test_seed_regions_are_coded_with_parents(built):
    root, _ = built
    regions = _table(root, "regions").set_index("region_id")
    for code in ["CN", "370000", "370100", "370200", "370600", "450000", "450200", "410100"]:
        assert code in regions.index, code
    assert regions.loc["370100", "parent_id"] == "370000"
    assert regions.loc["370000", "parent_id"] == "CN"
    assert (regions["name_en"] != "").all()
    names = " ".join(regions["name_zh"])
    for name in ["京津冀", "黄河流域", "山东半岛城市群", "济南都市圈", "青岛都市圈", "郑州都市圈", "沿黄城市群"]:
        assert name in names, name
    assert "长三角" in names or "长江三角洲" in names
    for false_place in ["界首", "和县", "合作市"]:
        assert false_place not in names


def test_seed_measures_have_actors_and_regions(built):
    root, _ = built
    m = _table(root, "measures")
    assert 30 <= len(m) <= 150
    def actors_for(key):
        return set(m[m["quote"].str.contains(key, regex=False)]["actor"])
    for key in ["智能制造工程", "保障中小企业款项支付条例", "宽带升级", "6G技术研发"]:
        assert "工业和信息化部" in actors_for(key), key
    for key in ["原拆原建", "儿童友好城市", "非遗在社区"]:
        assert any("山东" in a for a in actors_for(key)), key
        assert set(m[m["quote"].str.contains(key, regex=False)]["region_id"]) == {"370000"}
    for bad in ["同比增长5.9%", "新华社发", "记者 王皇"]:
        assert not m["quote"].str.contains(bad, regex=False).any()
    filled = (m[["actor", "action", "instrument", "policy_area_label"]] != "").all(axis=1).mean()
    assert filled >= 0.9


def test_seed_figures(built):
    root, _ = built
    stats, targets = _table(root, "statistics"), _table(root, "targets")
    got = {(float(v), u) for v, u in zip(stats["value"], stats["unit"])}
    for want in [(5.9, "%"), (9.1, "%"), (40.0, "%"), (9.2, "%"), (9.4, "%"), (35000.0, "家"),
                 (8200.0, "家"), (500.0, "家"), (15.0, "家"), (8000.0, "家"), (17600.0, "家"),
                 (140000.0, "家"), (600000.0, "家"), (6.9, "%"), (7.0, "%")]:
        assert want in got, want
    quotes = " ".join(stats["quote"])
    assert "6G" not in quotes and "一批" not in quotes
    t = {(float(v), u, c, y) for v, u, c, y in
         zip(targets["value"], targets["unit"], targets["comparator"], targets["target_year"])}
    assert (1.0, "处", ">=", "2035") in t and (2.5, "平方米", ">=", "2035") in t
    assert len(targets) == 2
    assert not set(stats["quote"]) & set(targets["quote"])


def test_a_stage_warning_fails_the_build_and_keeps_the_package(built, monkeypatch):
    import logging

    import policydata.pipeline as pipeline
    from policydata.build import BuildError

    root, _ = built
    before = (root / "datapackage.json").read_bytes()
    real = pipeline.extract_figures

    def failing_figures(*args, **kwargs):
        logging.getLogger("policydata").warning("figures failed on purpose")
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_figures", failing_figures)
    with pytest.raises(BuildError, match="on purpose"):
        build_repository(root)
    assert (root / "datapackage.json").read_bytes() == before
