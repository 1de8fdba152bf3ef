"""Rule traditional_view (text/script.py): a text in traditional characters reads as its
simplified original, every quote taken from the text as written at the same offsets."""
from __future__ import annotations

import sys

import pytest

from policydata.pipeline import parse_text
from policydata.text import script
from policydata.text.script import is_traditional, restore, simplified_view

from conftest import CORPUS, ROOT

opencc = pytest.importorskip("opencc")

sys.path.insert(0, str(ROOT / "tools"))
from check_traditional import compare, to_traditional  # noqa: E402


# ------------------------------------------------------------------ the view

@pytest.mark.parametrize("text, view", [
    ("全縣糧食總產量達到12.5億斤，比上年增長3%。", "全县粮食总产量达到12.5亿斤，比上年增长3%。"),
    ("各級政府要進一步優化營商環境", "各级政府要进一步优化营商环境"),
    ("「十五五」時期的發展目標", "“十五五”时期的发展目标"),  # rule corner_quotes
    ("推動『雙碳』工作", "推动‘双碳’工作"),
    ("衞生健康事業穩步發展，裡外聯動", "卫生健康事业稳步发展，里外联动"),  # Hong Kong, Taiwan variants
    ("隨著改革深入，顯著提升", "随着改革深入，显著提升"),  # 著 by phrase: particle 着, 显著 stays
])
def test_traditional_view_is_simplified_one_character_for_one(text, view):
    assert simplified_view(text) == view
    assert len(simplified_view(text)) == len(text)


@pytest.mark.parametrize("text", [
    "全县粮食总产量达到12.5亿斤，比上年增长3%。",
    "乾县加快建设现代农业园区，乾坤湾景区游客增长两成",  # a place name written 乾 is no evidence
    "GDP growth of 5% in 2026",
    "",
])
def test_traditional_script_a_simplified_text_is_read_as_written(text):
    assert not is_traditional(text)
    assert simplified_view(text) == text


def test_same_length_a_line_whose_conversion_changes_length_is_converted_character_by_character(monkeypatch):
    # a phrase conversion that would give two characters for one is not taken: the line is
    # converted one character at a time, and a character that converts to two stays as written
    def convert(text):
        return text.replace("發展", "发展了").replace("發", "发").replace("龍", "龙龙").replace("區", "区")
    monkeypatch.setattr(script, "_convert", convert)
    assert simplified_view("發展新區\n龍區") == "发展新区\n龍区"


def test_restore_gives_a_rejoined_paragraph_its_characters_as_written():
    original = "第一章\n全區推動產業升\n級，新建項目十個。"
    view = simplified_view(original)
    assert restore("全区推动产业升级，新建项目十个。", view, original) == "全區推動產業升級，新建項目十個。"


# ------------------------------------------------------------------ the parse

DOCS = [
    "某市人民政府关于促进外贸稳定增长的实施意见\n"
    "一、总体目标\n到2027年，全市外贸进出口总额达到800亿元，年均增长6%左右。\n"
    "二、重点措施\n（一）支持企业开拓国际市场。对参加境外展会的企业给予补贴。\n"
    "（二）加大金融支持力度。鼓励银行机构扩大出口信用保险保单融资规模。",
    "2025年工作回顾\n全区经济总量比上年增长5.8%，区级财政收入完成36.2亿元。"
    "新建5G基站1200个，城镇新增就业1.1万人。\n"
    "2026年主要目标\n全区经济总量增长6%左右，城乡居民收入稳步提高。",
    "本报讯 近日，某省出台“十五五”乡村振兴规划，提出到2030年，高标准农田面积达到5000万亩，"
    "农民收入年均增长7%以上。规划要求，各地要完善联农带农机制。",
]


@pytest.mark.parametrize("doc", DOCS)
def test_traditional_view_a_traditional_copy_parses_as_its_original(doc):
    trad = to_traditional(doc)
    assert len(trad) == len(doc) and trad != doc
    original, traditional = parse_text(doc, date="2026-01-20"), parse_text(trad, date="2026-01-20")
    assert original["targets"] or original["statistics"] or original["measures"]
    pairs = set(zip(doc, trad))
    problems, round_trip = compare(original, traditional, pairs)
    assert problems == [] and round_trip == []
    text = traditional["documents"][0]["text"]
    for table in ("measures", "targets", "statistics"):
        for row in traditional[table]:  # provenance: each quote is the text as written
            assert row["quote"] == text[row["char_start"]:row["char_end"]]
            assert simplified_view(row["quote"]) != row["quote"] or not is_traditional(row["quote"])


def test_traditional_view_rows_keep_traditional_quotes_and_numbers_as_written():
    rows = parse_text("到2030年，全國農機總動力達到11億千瓦左右。", date="2026-01-20")["targets"]
    assert [(r["quote"], r["value"], r["target_year"]) for r in rows] == [("全國農機總動力達到11億千瓦左右", 1.1e9, 2030)]
    assert rows[0]["value_raw"] == "11億千瓦左右"  # spec: value_raw keeps the text as written


@pytest.mark.skipif(not (CORPUS / "docs").is_dir(), reason="corpus not present")
def test_traditional_view_every_corpus_document_in_traditional_parses_as_its_original(tmp_path, capsys):
    from check_traditional import main
    assert main([str(tmp_path), str(CORPUS)]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("encoding", ["big5", "gb18030", "utf-8"])
def test_traditional_view_a_traditional_file_in_big5_or_gbk_reads_and_parses(tmp_path, encoding):
    from policydata.pipeline import parse_source
    from policydata.text.reading import read_source
    text = "某縣關於推動產業升級的通知\n到2028年，全縣規模以上工業企業達到300家，各鄉鎮要加強服務保障。"
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    source = read_source(path)
    assert source.text == text
    rows = parse_source(source).targets
    assert [(r["quote"], r["value"]) for r in rows] == [("全縣規模以上工業企業達到300家", 300.0)]
