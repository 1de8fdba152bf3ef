"""Wiring of the stages into rows: ids, metadata, links between tables."""
from __future__ import annotations

from pathlib import Path

import pytest

from policydata.pipeline import (SourceMeta, document_files, metadata_near, parse_text,
                                 read_sources_csv, regions_table, slug)
from collections import Counter

REPORT = ("山东省人民政府关于推进城市更新的实施意见\n"
          "加快推进社区养老服务站布局，到2035年每个乡镇和村分别至少设置1处，人均公共绿地面积不小于2.5平方米。\n"
          "2025年，全省城镇新增就业120万人。\n")


def test_slug_is_stable_lowercase_and_ascii():
    assert slug("000_550b2831fa4cdffc.txt") == "000-550b2831fa4cdffc"
    assert slug("Report 2024.HTML") == "report-2024"
    assert slug("报告.txt") == slug("报告.txt") and slug("报告.txt").startswith("doc-")


def test_parse_text_gives_rows_with_provenance_and_ids():
    tables = parse_text(REPORT, name="shandong.txt", date="2026-01-10")
    doc = tables["documents"][0]
    assert doc["document_id"] == "shandong-a1" and doc["date"] == "2026-01-10"
    for name in ("measures", "targets", "statistics"):
        for row in tables[name]:
            assert doc["text"][row["char_start"]:row["char_end"]] == row["quote"]
            assert row[f"{name[:-1] if name != 'statistics' else 'statistic'}_id"].startswith("shandong-a1-")


def test_targets_link_to_the_measure_that_holds_them():
    tables = parse_text(REPORT, name="shandong.txt", date="2026-01-10")
    measure_ids = {m["measure_id"] for m in tables["measures"]}
    linked = [t for t in tables["targets"] if t["measure_id"]]
    assert linked and all(t["measure_id"] in measure_ids for t in linked)


def test_regions_table_holds_every_ancestor():
    rows = regions_table(Counter({"370100": 2}))
    ids = {r["region_id"]: r for r in rows}
    assert {"370100", "370000", "CN"} <= set(ids)
    assert ids["370100"]["mentions"] == 2 and ids["370000"]["mentions"] == 0
    assert all(r["parent_id"] in ids for r in rows if r["parent_id"])


def test_sources_csv_beside_or_above_the_documents(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("标题\n正文。\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,title,publisher,date,url_or_repo_path\ndocs/a.txt,标题,国务院,2024-03-05,http://x\n",
        encoding="utf-8")
    meta = metadata_near([docs / "a.txt"])
    assert meta["a.txt"] == SourceMeta(file="docs/a.txt", title="标题", publisher="国务院",
                                       date="2024-03-05", url="http://x")
    (docs / "sources.csv").write_text("file,date\na.txt,2025-01-01\n", encoding="utf-8")
    assert metadata_near([docs / "a.txt"])["a.txt"].date == "2025-01-01"
    assert read_sources_csv(tmp_path / "missing.csv") == {}


def test_document_files_skip_metadata_and_refuse_unknown_types(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file\n", encoding="utf-8")
    assert [p.name for p in document_files(tmp_path)] == ["a.txt"]
    (tmp_path / "b.pdf").write_bytes(b"%PDF")
    try:
        document_files(tmp_path)
    except Exception as exc:
        assert "b.pdf" in str(exc)
    else:
        raise AssertionError("a .pdf in seeds must not be skipped silently")


def test_a_faulty_extracted_row_is_dropped_and_reported_not_fatal():
    from policydata.pipeline import _valid_rows

    base = dict(statistic_id="d-a1-s001", document_id="d-a1", kind="growth", value=4.9, unit="%",
                qualifier="exact", period="2021Q3", region_id="CN", quote="4.9%！三季度GDP同比增速放缓",
                char_start=0, char_end=17, value_raw="4.9%")
    dropped: list[str] = []
    kept = _valid_rows("statistics", [dict(base, indicator=""), dict(base, indicator="x", kind="??")], dropped)
    assert [r["indicator"] for r in kept] == ["三季度GDP同比增速放缓"]
    assert len(dropped) == 1 and "kind" in dropped[0]


def test_two_files_with_one_document_id_are_refused(tmp_path):
    """Ids come from file names: a/报告.txt and b/报告.txt would collide, so the second is refused."""
    from policydata.pipeline import parse_files
    from policydata.text.reading import SourceError

    paths = []
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "报告.txt"
        path.write_text("全年粮食产量1.39万亿斤。", encoding="utf-8")
        paths.append(path)
    with pytest.raises(SourceError, match="same document id"):
        parse_files(paths)


@pytest.mark.parametrize("names", [("a/通知.txt", "b/通知.txt"), ("news.txt", "news.html")])
def test_two_files_with_one_id_stem_are_refused_before_parsing_naming_both(tmp_path, monkeypatch, names):
    """A run over many files fails at once, not after parsing every file before the second one,
    and says which two files collide (a user cannot find them from the id alone)."""
    import policydata.pipeline as pipeline
    from policydata.text.reading import SourceError

    paths = []
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("全年粮食产量1.39万亿斤。", encoding="utf-8")
        paths.append(path)
    monkeypatch.setattr(pipeline, "parse_source", lambda *a, **k: pytest.fail("parsed before the check"))
    with pytest.raises(SourceError) as caught:
        pipeline.parse_files(paths)
    message = str(caught.value)
    assert str(paths[0]) in message and str(paths[1]) in message and "same document id" in message


def test_a_file_given_twice_is_named_as_such(tmp_path):
    """docs/*.txt docs/a.txt names a.txt twice: said so, not as two files with one id."""
    from policydata.pipeline import parse_files
    from policydata.text.reading import SourceError

    path = tmp_path / "a.txt"
    path.write_text("全年粮食产量1.39万亿斤。", encoding="utf-8")
    with pytest.raises(SourceError, match="given twice"):
        parse_files([path, tmp_path / "." / "a.txt"])


def test_an_extractor_that_raises_costs_only_its_rows_and_is_reported(monkeypatch, caplog):
    """Stages raise; the pipeline decides: the article keeps its other rows, the problem is said."""
    import policydata.pipeline as pipeline

    def fails(*args, **kwargs):
        raise RuntimeError("odd input")

    monkeypatch.setattr(pipeline, "extract_measures", fails)
    with caplog.at_level("WARNING", logger="policydata"):
        tables = pipeline.parse_text("国务院关于加强某项工作的意见\n到2030年，全国农机总动力达到11亿千瓦左右。")
    assert tables["measures"] == [] and len(tables["targets"]) == 1
    assert any("measures skipped for article 1" in r.getMessage() and "odd input" in r.getMessage()
               for r in caplog.records)


@pytest.mark.parametrize("text, region_id, kind, members", [
    ("推动京津冀协同发展。", "jing-jin-ji", "city-cluster", "110000|120000|130000"),
    ("推进长三角一体化发展。", "yangtze-river-delta", "city-cluster", "310000|320000|330000|340000"),
    ("建设上海自贸试验区。", "shanghai-pilot-free-trade-zone", "free-trade-zone", None),
    ("加快福厦泉科技创新走廊建设。", "fu-xia-quan", "composite", "350100|350200|350500"),
    ("全省地区生产总值增长6%。", "CN", None, None),
])
def test_regions_table_says_what_a_functional_region_is_and_which_regions_it_groups(text, region_id, kind, members):
    from policydata.pipeline import parse_text

    rows = {r["region_id"]: r for r in parse_text(text, date="2025-01-01")["regions"]}
    assert (rows[region_id]["kind"], rows[region_id]["members"]) == (kind, members)


def test_every_member_of_a_group_region_is_a_known_region():
    from policydata.recognize.regions.gazetteer import load_gazetteer

    regions = load_gazetteer().regions
    unknown = {(r.region_id, m) for r in regions.values() for m in r.members if m not in regions}
    assert not unknown, unknown


@pytest.mark.parametrize("text", ["一、2025年工作回顾\n该镇入列全国千强镇,系“江南第一镇”。",
                                  "一、2025年工作回顾\n全县居全省前列,建成“西部第一园”。"])
def test_half_width_view_a_half_width_comma_ends_a_clause_for_the_figure_rules(text):
    # rule half_width_view: the rank rule reads no further than the clause (，), also when the
    # text writes the comma half-width; a name in quotes holds no rank
    assert parse_text(text, date="2026-01-05")["statistics"] == []


def test_half_width_view_quotes_keep_the_text_as_written():
    rows = parse_text("一、2025年工作回顾\n全县生产总值(下同)增长4.5%,财政收入增长8%。", date="2026-01-05")["statistics"]
    assert [(r["value"], r["quote"]) for r in rows] == [(4.5, "全县生产总值(下同)增长4.5%"), (8.0, "财政收入增长8%")]


# ------------------------------------------------------------------ quote_on_page

@pytest.mark.parametrize("quote, value_raw, expected", [
    ("今年卖出50多台", "50多台", "50多台"),  # the break falls before the number
    ("研发投入计划超4000亿元", "4000亿元", "研发投入计划超4000"),  # the break cuts number and unit
    ("共有近3000户", "近3000户", "3000户"),  # a word before the digits stays on the line above
    ("增长0.8个百分点", "0.8个百分点", "增长0.8个"),  # 0.8个百分点 printed elsewhere: read from the start
    ("全年营收12亿元", "12亿元", None),  # the quote stands whole on the page
])
def test_quote_on_page_keeps_the_printed_part_that_holds_the_number(quote, value_raw, expected):
    from policydata.datapackage.rows import _page_piece
    page = "他介绍，今年卖出\n50多台。研发投入计划超4000\n亿元。共有近\n3000户。增长0.8个\n百分点，高出0.8个百分点。全年营收12亿元。"
    piece = _page_piece(quote, value_raw, page)
    assert (quote[piece[0]:piece[1]] if piece else None) == expected


def test_quote_on_page_moves_the_offsets_with_the_quote():
    from policydata.pipeline import _quote_on_page
    row = {"quote": "今年卖出50多台", "value_raw": "50多台", "char_start": 10, "char_end": 18}
    _quote_on_page(row, "他介绍，今年卖出\n50多台。")
    assert (row["quote"], row["char_start"], row["char_end"]) == ("50多台", 14, 18)


def test_quote_on_page_reads_only_texts_of_a_page_size(monkeypatch):
    # the rule looks each quote up in the whole page text: a text longer than any page (many pages
    # run together) is left to the articles' own quotes, so the parse stays linear in its length
    import policydata.pipeline as pipeline
    seed = next((Path(__file__).parent.parent / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")
    calls = []
    monkeypatch.setattr(pipeline, "_quote_on_page", lambda row, page, *read: calls.append(len(page)))
    monkeypatch.setattr(pipeline, "QUOTE_ON_PAGE_MAX_CHARS", 1000)  # the seed's page text is longer
    parse_text(seed)
    assert calls == []
    monkeypatch.undo()
    monkeypatch.setattr(pipeline, "_quote_on_page", lambda row, page, *read: calls.append(len(page)))
    parse_text(seed)  # a page of a page's size: its rows are read
    assert calls and 1000 < min(calls) and max(calls) <= pipeline.QUOTE_ON_PAGE_MAX_CHARS
