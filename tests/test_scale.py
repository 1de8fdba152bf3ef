"""Many documents: worker processes, Dask, and the cache of parsed rows give the rows of one
in-process parse, byte for byte; problems found in a worker still stop a build."""
from __future__ import annotations

import json
import os
import multiprocessing
from pathlib import Path

import pytest

import policydata.pipeline as pipeline
from policydata.build import BuildError, ParseOptions, build_repository
from policydata.cli import main
from policydata.pipeline import metadata_near, parse_files
from policydata.recognize.regions import gazetteer

from conftest import SEED_PAGE

#: Small documents of different kinds: a plan with targets, a review with figures, a district
#: report naming places that only a rule makes (a village, an urban cluster).
DOCUMENTS = {
    "plan.txt": "山东省人民政府关于推进城市更新的实施意见\n"
                "加快推进社区养老服务站布局，到2035年每个乡镇和村分别至少设置1处。\n",
    "review.txt": "国家统计局公报\n2025年，全国城镇新增就业1267万人，全年粮食产量1.39万亿斤。\n",
    "district.txt": "海拉尔区政府工作报告\n完成东山组团污水管网等工程，支持团结村奶牛养殖等项目建设。"
                    "全年计划投资7.2亿元。\n",
}
SOURCES = ("file,title,publisher,date\n"
           "district.txt,海拉尔区政府工作报告,呼伦贝尔市海拉尔区人民政府,2019-03-04\n"
           "review.txt,国家统计局公报,国家统计局,2026-02-28\n")


@pytest.fixture
def corpus(tmp_path) -> list[Path]:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "sources.csv").write_text(SOURCES, encoding="utf-8")
    (folder / SEED_PAGE.name).write_bytes(SEED_PAGE.read_bytes())
    return sorted(folder.glob("*.txt"))


def as_json(tables: dict) -> str:
    """The tables as canonical JSON: 1 and 1.0 differ, as they do in the package."""
    return json.dumps(tables, ensure_ascii=False, sort_keys=True)


def test_worker_processes_give_the_rows_of_one_process(corpus, monkeypatch):
    monkeypatch.setattr(gazetteer, "_GENERATED", {})  # rule-made regions: only workers make them
    two = parse_files(corpus, metadata_near(corpus), jobs=2)
    assert {"tuanjie-village-150702", "dongshan-cluster-150702"} <= {r["region_id"] for r in two["regions"]}
    one = parse_files(corpus, metadata_near(corpus), jobs=1)
    assert as_json(two) == as_json(one)
    ids = [d["document_id"] for d in one["documents"]]
    assert ids == sorted(ids) and len(ids) == len(set(ids))  # files in order, one id each


FORKED = pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                            reason="a stage patched in this process reaches workers only when they are forked")


def failing_measures(*args, **kwargs):
    raise RuntimeError("odd input")


@FORKED
def test_problems_found_in_a_worker_reach_the_parent(corpus, monkeypatch, caplog):
    monkeypatch.setattr(pipeline, "extract_measures", failing_measures)
    with caplog.at_level("WARNING", logger="policydata"):
        tables = parse_files(corpus, metadata_near(corpus), jobs=2)
    skipped = [r for r in caplog.records if "measures skipped" in r.getMessage()]
    assert tables["measures"] == [] and len(skipped) == len(tables["documents"])


@FORKED
def test_a_warning_logged_in_a_worker_is_logged_once_in_the_parent(corpus, monkeypatch, caplog):
    real = pipeline.extract_figures

    def noisy_figures(*args, **kwargs):
        pipeline.log.warning("figures said something")
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_figures", noisy_figures)
    with caplog.at_level("WARNING", logger="policydata"):
        tables = parse_files(corpus, metadata_near(corpus), jobs=2)
    said = [r for r in caplog.records if r.getMessage() == "figures said something"]
    assert len(said) == len(tables["documents"])


def test_a_second_parse_reads_the_cache_and_a_changed_document_is_parsed_again(corpus, tmp_path,
                                                                               monkeypatch):
    parsed: list[str] = []
    real = pipeline.parse_source

    def counting(source, meta=None):
        parsed.append(source.path.name)
        return real(source, meta)

    monkeypatch.setattr(pipeline, "parse_source", counting)
    cache = tmp_path / "cache"
    meta = metadata_near(corpus)
    first = parse_files(corpus, meta, cache=cache)
    assert sorted(parsed) == sorted(p.name for p in corpus)
    parsed.clear()
    assert as_json(parse_files(corpus, meta, cache=cache)) == as_json(first) and parsed == []

    corpus[1].write_text(corpus[1].read_text(encoding="utf-8") + "全年新增就业10万人。\n", encoding="utf-8")
    changed = parse_files(corpus, meta, cache=cache)
    assert parsed == [corpus[1].name]
    assert as_json(changed) == as_json(parse_files(corpus, meta))  # as a full parse

    parsed.clear()
    other = {**meta, corpus[0].name: pipeline.SourceMeta(file=corpus[0].name, date="2020-01-01")}
    parse_files(corpus, other, cache=cache)
    assert parsed == [corpus[0].name]  # new metadata, new rows


def test_a_parse_in_which_an_extractor_failed_is_not_cached(corpus, tmp_path, monkeypatch):
    """A failure need not be the document's (a lexicon edited during a run): the next run parses
    the document again instead of repeating the failure from the cache."""
    cache, meta = tmp_path / "cache", metadata_near(corpus)
    real = pipeline.extract_measures

    def fails(*args, **kwargs):
        raise RuntimeError("lexicon half-written")

    monkeypatch.setattr(pipeline, "extract_measures", fails)
    broken = parse_files(corpus[:1], meta, cache=cache)
    assert broken["measures"] == [] and not list((cache / "parsed").rglob("*.json"))
    monkeypatch.setattr(pipeline, "extract_measures", real)
    assert as_json(parse_files(corpus[:1], meta, cache=cache)) == as_json(parse_files(corpus[:1], meta))
    assert list((cache / "parsed").rglob("*.json"))


def test_a_damaged_cache_entry_is_parsed_again_and_rewritten(corpus, tmp_path):
    cache = tmp_path / "cache"
    meta = metadata_near(corpus)
    first = parse_files(corpus, meta, cache=cache)
    entries = sorted((cache / "parsed").rglob("*.json"))
    assert len(entries) == len(corpus)
    entries[0].write_bytes(b'{"key": "')        # cut short
    entries[1].write_text('{"key": 1}', encoding="utf-8")  # not an entry
    assert as_json(parse_files(corpus, meta, cache=cache)) == as_json(first)
    assert all(json.loads(e.read_bytes())["key"] == e.stem for e in entries)


def test_a_new_parser_does_not_read_the_old_parsers_rows(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    parse_files(corpus[:1], metadata_near(corpus), cache=cache)
    monkeypatch.setattr(pipeline, "parser_version", lambda: "another parser")
    parse_files(corpus[:1], metadata_near(corpus), cache=cache)
    assert len(list((cache / "parsed").iterdir())) == 2


def test_old_parsers_rows_are_pruned_but_the_two_most_recent_are_kept(corpus, tmp_path, monkeypatch):
    """Each upgrade of policydata would otherwise leave a folder of rows nobody reads again."""
    cache = tmp_path / "cache"
    (cache / "parsed").mkdir(parents=True)
    (cache / "parsed" / "README.txt").write_text("mine", encoding="utf-8")
    for n, version in enumerate(["1" * 64, "2" * 64, "3" * 64, "4" * 64]):
        monkeypatch.setattr(pipeline, "parser_version", lambda v=version: v)
        parse_files(corpus[:1], metadata_near(corpus), cache=cache)
        os.utime(cache / "parsed" / version[:16], (n, n))  # used in this order
    assert sorted(p.name for p in (cache / "parsed").iterdir()) == ["2" * 16, "3" * 16, "4" * 16, "README.txt"]


def test_problems_kept_in_the_cache_still_stop_a_build(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "a.txt").write_text(DOCUMENTS["plan.txt"], encoding="utf-8")
    options = ParseOptions(cache=tmp_path / "cache")
    real = pipeline._valid_rows

    def dropping(table, rows, dropped, *read):  # a row the document itself makes invalid: a kept problem
        dropped.append(f"{table} row dropped: value is not a number")
        return real(table, rows, dropped, *read)

    monkeypatch.setattr(pipeline, "_valid_rows", dropping)
    with pytest.raises(BuildError, match="row dropped"):
        build_repository(root, options=options)
    monkeypatch.undo()  # the same code on disk: the cached rows, and their problem, are read back
    with pytest.raises(BuildError, match="row dropped"):
        build_repository(root, options=options)
    assert not (root / "datapackage.json").exists()
    build_repository(root, options=ParseOptions())  # parsed afresh, no problem
    assert (root / "datapackage.json").exists()


def test_an_extractor_failure_stops_a_build_and_is_not_kept_in_the_cache(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "a.txt").write_text(DOCUMENTS["plan.txt"], encoding="utf-8")
    options = ParseOptions(cache=tmp_path / "cache")
    monkeypatch.setattr(pipeline, "extract_measures", failing_measures)
    with pytest.raises(BuildError, match="measures skipped"):
        build_repository(root, options=options)
    assert not (root / "datapackage.json").exists()
    monkeypatch.undo()  # the failure was not the document's: the next build parses it again
    build_repository(root, options=options)
    assert (root / "datapackage.json").exists()


def test_build_with_workers_and_cache_publishes_the_same_bytes(tmp_path):
    packages = []
    for n, options in enumerate([ParseOptions(), ParseOptions(jobs=2, cache=tmp_path / "cache"),
                                 ParseOptions(jobs=2, cache=tmp_path / "cache")]):
        root = tmp_path / f"repo{n}"
        (root / "seeds").mkdir(parents=True)
        for name in ("plan.txt", "review.txt", "district.txt"):
            (root / "seeds" / name).write_text(DOCUMENTS[name], encoding="utf-8")
        build_repository(root, options=options)
        packages.append({p.relative_to(root).as_posix(): p.read_bytes()
                         for p in sorted((root / "build").iterdir())})
    assert packages[0] == packages[1] == packages[2]


@pytest.mark.parametrize("args, says", [
    (["--jobs", "0"], "--jobs 0"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
])
def test_bad_parse_options_are_one_line(tmp_path, capsys, args, says):
    assert main(["parse", str(SEED_PAGE), "--out", str(tmp_path / "out"), *args]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and says in err[0]


def test_dask_cluster_gives_the_rows_of_one_process(corpus, monkeypatch):
    distributed = pytest.importorskip("distributed")
    monkeypatch.setattr(gazetteer, "_GENERATED", {})
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        on_dask = parse_files(corpus, metadata_near(corpus), engine="dask",
                              scheduler=cluster.scheduler_address)
    assert as_json(on_dask) == as_json(parse_files(corpus, metadata_near(corpus), jobs=1))


def test_a_rebuild_of_the_same_bytes_with_the_same_code_is_not_validated_again(tmp_path, monkeypatch):
    import policydata.build as build

    validated = []
    real = build.validate_package
    monkeypatch.setattr(build, "validate_package", lambda d: validated.append(d) or real(d))
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "a.txt").write_text(DOCUMENTS["plan.txt"], encoding="utf-8")
    options = ParseOptions(cache=tmp_path / "cache")
    first = build_repository(root, options=options)
    second = build_repository(root, options=options)
    assert len(validated) == 1 and second.valid and second.rows == first.rows
    (root / "seeds" / "a.txt").write_text(DOCUMENTS["review.txt"], encoding="utf-8")
    build_repository(root, options=options)  # new rows, new bytes: validated
    build_repository(root, options=ParseOptions())  # no cache: validated
    assert len(validated) == 3


def test_the_validation_cache_keeps_only_the_latest_reports(tmp_path, monkeypatch):
    import policydata.build as build

    monkeypatch.setattr(build, "VALIDATED_KEPT", 1)
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    options = ParseOptions(cache=tmp_path / "cache")
    for name in ("plan.txt", "review.txt"):
        (root / "seeds" / "a.txt").write_text(DOCUMENTS[name], encoding="utf-8")
        build_repository(root, options=options)
    entries = list((tmp_path / "cache" / "validated").glob("*/*.json"))
    assert len(entries) == 1
