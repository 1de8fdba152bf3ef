"""Reading: encodings, HTML pages, normalization, clear errors."""
from __future__ import annotations

import html

import pytest
from conftest import CORPUS, ROOT

from policydata.text.reading import (SourceError, decode_bytes, html_to_text, looks_like_html,
                                normalize_text, read_source, to_blocks)

SEED = ROOT / "seeds" / "000_550b2831fa4cdffc.txt"

TEXT = "农业如何稳住“十五五”开局?农业局谈重点\n\n全年增长５．９％，ＧＤＰ超过１２６万亿元。\n"


# --------------------------------------------------------------------------- normalization

def test_normalize_fullwidth_digits_letters_percent():
    assert normalize_text("增长５．９％，ＧＤＰ") == "增长5.9%，GDP"


def test_normalize_keeps_punctuation_as_written():
    title = "农业如何稳住“十五五”开局?农业局谈重点（一）；：！"
    assert normalize_text(title) == title


def test_normalize_spaces_and_line_endings():
    assert normalize_text("记者\u3000王皇\u00a0济南报道\r\n第二行\r第三行") == \
        "记者 王皇 济南报道\n第二行\n第三行"


def test_normalize_drops_zero_width_and_is_idempotent():
    text = "开\u200b局\ufeff"
    assert normalize_text(text) == "开局"
    assert normalize_text(normalize_text(TEXT)) == normalize_text(TEXT)


def test_to_blocks_one_stripped_line_per_block():
    assert to_blocks("  标题 \n\n\n 正文。 \n") == "标题\n正文。"


# --------------------------------------------------------------------------- encodings

@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""), ("gbk", b""),
    ("utf-16", b""),  # Python's utf-16 writes a BOM
])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_read_encodings_and_newlines(tmp_path, encoding, prefix, newline):
    path = tmp_path / "doc.txt"
    path.write_bytes(prefix + TEXT.replace("\n", newline).encode(encoding))
    source = read_source(path)
    assert source.text == "农业如何稳住“十五五”开局?农业局谈重点\n全年增长5.9%，GDP超过126万亿元。"
    assert len(source.sha256) == 64


def test_gb18030_is_detected_on_the_whole_file(tmp_path):
    # ASCII for the first 20 KB, Chinese only at the end: a sample-based guess fails here
    text = "a" * 20000 + "\n某省人民政府关于加快发展林下经济的指导意见。"
    path = tmp_path / "late.txt"
    path.write_bytes(text.encode("gb18030"))
    source = read_source(path)
    assert source.encoding == "gb18030"
    assert source.text.endswith("指导意见。")


def test_decode_bytes_reports_encoding():
    assert decode_bytes("开局".encode("utf-8")) == ("开局", "utf-8")
    assert decode_bytes("开局".encode("gb18030")) == ("开局", "gb18030")


# --------------------------------------------------------------------------- errors

def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match="nope.txt: no such file"):
        read_source(tmp_path / "nope.txt")


def test_directory(tmp_path):
    with pytest.raises(SourceError, match="directory"):
        read_source(tmp_path)


@pytest.mark.parametrize("raw,message", [
    (b"", "empty"), (b" \n\r\n\t", "empty"),
    (b"text\x00with nul", "binary"), (b"%PDF-1.7\n\xe2\xe3", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"), (b"\x01\x02\x03\x04\x05\x06" * 100, "encoding"),
    ("Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e \u00e0 la fa\u00e7on. ".encode("latin-1") * 20, "encoding"),
])
def test_bad_files_get_one_line_error_naming_the_file(tmp_path, raw, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    with pytest.raises(SourceError) as info:
        read_source(path)
    text = str(info.value)
    assert "bad.txt" in text and message in text and "\n" not in text


def test_markup_only_html_has_no_text(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><script>var a = 1;</script></html>", encoding="utf-8")
    with pytest.raises(SourceError, match="no text"):
        read_source(path)


# --------------------------------------------------------------------------- HTML

def test_html_blocks_and_dropped_chrome():
    page = """<!DOCTYPE html><html><head><title>站点</title><style>p{color:red}</style>
    <script>document.write("<p>广告</p>")</script></head><body>
    <nav><a href="/">首页</a><a>要闻</a></nav><header><div>某某网</div></header>
    <div class="breadcrumb">首页 &gt; 要闻</div>
    <article><h1>未来城市什么样?</h1><p>记者&nbsp;王皇</p>
    <p>第一段
    正文。<br>第二行<span>继续</span>。</p><ul><li>一项</li><li>二项</li></ul></article>
    <footer>版权所有</footer></body></html>"""
    assert normalize_text(html_to_text(page)) == \
        "未来城市什么样?\n记者 王皇\n第一段正文。\n第二行继续。\n一项\n二项"


def test_looks_like_html():
    assert looks_like_html("<!doctype html><p>x</p>")
    assert looks_like_html("<html><body>x</body></html>")
    assert looks_like_html("纯文本", ".htm")
    assert not looks_like_html("正文里提到<p>标签")


def test_gbk_html_with_declared_charset(tmp_path):
    page = '<html><head><meta charset="gb2312"></head><body><p>据新华社</p><p>正文。</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gb18030"))
    source = read_source(path)
    assert source.text == "据新华社\n正文。"


# --------------------------------------------------------------------------- real inputs

@pytest.mark.skipif(not SEED.exists(), reason="seed not present")
def test_seed_variants_give_the_same_text(tmp_path):
    raw = SEED.read_text(encoding="utf-8")
    reference = read_source(SEED).text
    blocks = [line for line in raw.split("\n") if line.strip()]
    (tmp_path / "gb.txt").write_bytes(raw.replace("\n", "\r\n").encode("gb18030"))
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><script>var x=1;</script></head>"
            "<body><nav>首页 | 新闻</nav>"
            + "".join(f"<p>{html.escape(b)}</p>\n" for b in blocks) + "</body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    for name in ("gb.txt", "page.html"):
        assert read_source(tmp_path / name).text == reference


@pytest.mark.skipif(not (CORPUS / "docs").exists(), reason="corpus not present")
def test_corpus_texts_read_as_utf8():
    for path in sorted((CORPUS / "docs").glob("*.txt")):
        source = read_source(path)
        assert source.encoding == "utf-8"
        assert "％" not in source.text and "\r" not in source.text


def test_prepare_text_for_in_memory_input():
    from policydata.text.reading import prepare_text
    assert prepare_text("<p>标题</p>\n<p>增长５％。</p>") == "标题\n增长5%。"
    assert prepare_text("  标题\r\n\r\n正文。 ") == "标题\n正文。"
