"""Property-based tests: odd text never gives a traceback, only valid rows or a clear error.

Random Unicode, pieces of Chinese policy sentences, HTML fragments, control and invisible
characters and very long lines go to ``policydata.parse_text`` and, as files in several
encodings (and as random bytes), to ``policydata parse``. Each result is either five tables
whose rows keep the invariants (quotes at their offsets, unique ids, references that
resolve) or one clear error line.

The number of examples is modest so that the suite stays fast; raise it for a deeper run:
``POLICYDATA_FUZZ_EXAMPLES=500 python -m pytest tests/test_fuzz.py``.
"""
from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

import policydata
from policydata.cli import main
from policydata.datapackage.models import ORDER
from policydata.text.reading import InputError

NOSHRINK = (Phase.explicit, Phase.reuse, Phase.generate)
EXAMPLES = int(os.environ.get("POLICYDATA_FUZZ_EXAMPLES", "30"))
# No shrinking: minimizing a long generated line takes minutes; the failing example is printed.
FUZZ = settings(max_examples=EXAMPLES, deadline=None, phases=NOSHRINK,
                suppress_health_check=[HealthCheck.too_slow])
CLI_FUZZ = settings(max_examples=max(5, EXAMPLES // 4), deadline=None, phases=NOSHRINK,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

CHINESE = ["2025年", "全年", "今年", "全省", "地区生产总值", "增长", "5.4%", "达到", "1.2亿吨", "到2030年",
           "左右", "，", "。", "；", "国务院", "实施", "制定", "计划", "超过", "14万家", "山东省", "济南市",
           "“十五五”", "分别", "、", "以上", "下降", "0.5个百分点", "（", "）", "《条例》", "第一", "3.5万亿元",
           "规模以上工业增加值", "同比", "一百零一万", "两个", "超四成", "1—9月", "第三季度", "记者 王皇", "\n",
           "政府工作报告", "主要预期目标", "新建", "改造", "个", "亿千瓦", "％", "５．９", "ＧＤＰ"]
HTML = ["<p>", "</p>", "<div class='nav'>", "</div>", "<br>", "<script>var a = '<p>x</p>';</script>",
        "&nbsp;", "&amp;", "&#x4e2d;", "&#20013;", "&bogus;", "<!--", "-->", "<html>", "<body>", "<h1>",
        "</h1>", "<table><tr><td>", "</td></tr></table>", "<", ">", "&", "<![CDATA[", "]]>",
        "<!DOCTYPE html>", "<article>", "</article>", "<footer>版权所有</footer>", "<style>p{}</style>"]
CONTROL = [chr(c) for c in range(32)] + ["\x7f", "\x85", "\u2028", "\u2029", "\u200b", "\u200d", "\ufeff",
                                         "\u202e", "\u3000", "\u00a0", "\ufffd", "\U0001f600", "e\u0301"]

pieces = st.one_of(st.sampled_from(CHINESE), st.sampled_from(HTML), st.sampled_from(CONTROL),
                   st.text(max_size=6))
mixed = st.lists(pieces, max_size=60).map("".join)
long_line = st.builds(lambda head, piece, n: head + piece * n, mixed, st.sampled_from(CHINESE + ["a", " "]),
                      st.integers(min_value=100, max_value=600))
texts = st.one_of(st.text(max_size=200), mixed, st.lists(st.sampled_from(CHINESE), max_size=80).map("".join),
                  long_line)


def check_tables(tables: dict) -> None:
    """The invariants of the data contract, on the tables of one parse."""
    assert sorted(tables) == sorted(ORDER)
    docs = tables["documents"]
    assert docs["document_id"].is_unique
    text_of = dict(zip(docs["document_id"], docs["text"]))
    regions = set(tables["regions"]["region_id"])
    for table, key in (("measures", "measure_id"), ("targets", "target_id"), ("statistics", "statistic_id")):
        frame = tables[table]
        assert frame[key].is_unique, table
        for row in frame.itertuples(index=False):
            text = text_of[row.document_id]
            assert 0 <= row.char_start < row.char_end <= len(text), (table, row)
            assert text[row.char_start:row.char_end] == row.quote, (table, row)
            if row.region_id is not None and row.region_id == row.region_id:  # not NA
                assert row.region_id in regions, (table, row.region_id)
    for row in docs.itertuples(index=False):
        if row.region_id is not None and row.region_id == row.region_id:
            assert row.region_id in regions


@FUZZ
@given(texts)
@example("2025年&nbsp;" + "14万家" * 10)  # found: IndexError in figures clause bounds (text.segment.clause_bounds) at the end
@example("某省人民政府关于加快发展林下经济的指导意见")  # found: a document without text (invalid package)
def test_parse_text_gives_valid_rows_for_any_text(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # text without Chinese: empty tables and a warning
        tables = policydata.parse_text(text, date="2026-01-27")
    check_tables(tables)


@FUZZ
@given(texts, st.integers(min_value=0), st.sampled_from(["\ud800", "\udc80", "\udfff"]))
def test_a_lone_surrogate_anywhere_is_a_clear_error(text, where, surrogate):
    where = where % (len(text) + 1)
    with pytest.raises(InputError) as info:
        policydata.parse_text(text[:where] + surrogate + text[where:])
    assert f"position {where}" in str(info.value) and "\n" not in str(info.value)


@FUZZ
@given(st.one_of(st.none(), st.binary(max_size=20), st.integers(), st.floats(), st.lists(st.text(max_size=3))))
def test_non_text_is_a_type_error(value):
    with pytest.raises(TypeError, match="must be a str"):
        policydata.parse_text(value)


@FUZZ
@given(st.text(max_size=12))
def test_any_date_string_is_a_date_or_a_clear_error(date):
    try:
        tables = policydata.parse_text("2025年全年增长5%。", date=date)
    except InputError as exc:
        assert repr(date.strip())[1:-1][:8] in str(exc) or repr(date)[1:-1][:8] in str(exc)
        assert "\n" not in str(exc)
    else:
        check_tables(tables)


ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le"]
files = st.one_of(
    st.tuples(texts, st.sampled_from(ENCODINGS), st.sampled_from([".txt", ".html"])).map(
        lambda t: (t[0].encode(t[1]), t[2])),
    st.tuples(st.binary(max_size=300), st.sampled_from([".txt", ".html"])),
)


@CLI_FUZZ
@given(files)
@example((b"[\xa1\xa7\xf7\xec\x98P0\xe0\xe2\xcd", ".html"))  # found: guessed Shift-JIS, empty text
@example(("2025年&nbsp;14万家14万家".encode("gb18030"), ".txt"))
def test_cli_parse_never_gives_a_traceback(capsys, content):
    raw, suffix = content
    with tempfile.TemporaryDirectory(prefix="policydata-fuzz-") as tmp:
        path = Path(tmp) / f"doc{suffix}"
        path.write_bytes(raw)
        out = Path(tmp) / "pkg"
        code = main(["parse", str(path), "--out", str(out), "--date", "2026-01-27"])  # exceptions fail the test
        captured = capsys.readouterr()
        if code == 0:
            assert "validation: valid" in captured.out
            assert (out / "datapackage.json").is_file()
        else:
            assert code == 1
            lines = [ln for ln in captured.err.splitlines() if ln.strip()]
            assert len(lines) == 1 and lines[0].startswith("policydata parse: error: "), captured.err
            assert not (out / "datapackage.json").exists()
