"""Strict input (issue 15, item 4): bad dates, GBK sources.csv, non-text and odd text get one
clear error naming the problem, never a traceback and never junk rows."""
from __future__ import annotations

import csv
import subprocess
import sys
import warnings

import pytest

import policydata
from policydata.cli import main
from policydata.pipeline import read_sources_csv
from policydata.text.reading import InputError, SourceError, check_date, decode_bytes, read_csv_rows, read_source

REPORT = "政府工作报告\n今年全市主要预期目标是：地区生产总值增长6%左右。\n"
TEXT = "农业如何稳住“十五五”开局?农业局谈重点\n全年增长5.9%，GDP超过126万亿元。\n"


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "policydata.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


def one_line_error(result) -> str:
    assert result.returncode not in (0, None), result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("bad", ["2026-13-45", "yesterday", "2026-02-30", "26-01-27", "2026/01/27x", "not-a-date"])
def test_check_date_names_the_bad_value(bad):
    with pytest.raises(InputError, match=bad.replace("/", ".")):
        check_date(bad)


def test_check_date_accepts_iso_and_nothing():
    import datetime as dt

    assert check_date("2026-01-27") == "2026-01-27"
    assert check_date(" 2026-01-27 ") == "2026-01-27"
    assert check_date("") == check_date(None) == ""
    assert check_date(dt.date(2026, 1, 27)) == "2026-01-27"
    assert check_date(dt.datetime(2026, 1, 27, 10, 30)) == "2026-01-27"


@pytest.mark.parametrize("bad", ["2026-13-45", "yesterday", "not-a-date"])
def test_parse_text_refuses_a_bad_date(bad):
    with pytest.raises(ValueError, match=bad):
        policydata.parse_text(REPORT, date=bad)


def test_parse_text_uses_a_good_date():
    tables = policydata.parse_text(REPORT, date="2026-01-27")
    assert str(tables["documents"]["date"].iloc[0])[:10] == "2026-01-27"
    assert tables["targets"]["target_year"].tolist() == [2026]


@pytest.mark.parametrize("bad", ["2026-13-45", "yesterday"])
def test_cli_parse_refuses_a_bad_date(tmp_path, bad):
    doc = tmp_path / "report.txt"
    doc.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "pkg"
    line = one_line_error(run_cli("parse", doc, "--out", out, "--date", bad))
    assert "--date" in line and bad in line
    assert not out.exists()


# --------------------------------------------------------------------------- non-text

@pytest.mark.parametrize("value,expected", [(None, "NoneType"), (b"\xe5\xbc\x80", "bytes"), (42, "int"),
                                            (["a"], "list")])
def test_parse_text_of_non_text_is_a_type_error_saying_what_is_expected(value, expected):
    with pytest.raises(TypeError) as info:
        policydata.parse_text(value)
    message = str(info.value)
    assert "str" in message and expected in message and "\n" not in message


def test_parse_text_with_a_lone_surrogate_names_the_position():
    text = "全年增长5%" + "\udcff" + "。"
    with pytest.raises(ValueError) as info:
        policydata.parse_text(text)
    assert not isinstance(info.value, UnicodeError)
    assert "U+DCFF" in str(info.value) and "position 6" in str(info.value)


def test_text_without_chinese_gives_no_rows_and_a_warning():
    with pytest.warns(UserWarning, match="no Chinese text"):
        tables = policydata.parse_text("China's GDP grew by 5.2% in 2023, reaching 126 trillion yuan.")
    assert sorted(tables) == ["documents", "measures", "regions", "statistics", "targets"]
    assert all(len(frame) == 0 for frame in tables.values()), {t: len(f) for t, f in tables.items()}
    # typed, empty frames: the same columns as with rows
    assert "indicator" in tables["statistics"].columns


def test_chinese_text_gives_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tables = policydata.parse_text(TEXT)
    assert len(tables["documents"]) == 1


def test_a_file_without_chinese_is_refused_naming_it(tmp_path):
    doc = tmp_path / "english.txt"
    doc.write_text("China's GDP grew by 5.2% in 2023.\nIndustry output rose 4.6%.\n", encoding="utf-8")
    with pytest.raises(SourceError, match="english.txt: no Chinese text"):
        read_source(doc)
    out = tmp_path / "pkg"
    line = one_line_error(run_cli("parse", doc, "--out", out))
    assert "english.txt" in line and "no Chinese text" in line
    assert not out.exists()


# --------------------------------------------------------------------------- messages that name the problem

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [TEXT, "某省人民政府关于加快推进林下经济和林产品加工产业提质增效的指导意见"])
def test_utf16_without_bom_is_read(tmp_path, encoding, text):
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    source = read_source(path)
    assert source.encoding == encoding
    assert source.text == text.strip().replace("５", "5")


def test_ascii_pairs_are_not_mistaken_for_utf16():
    # "Bush hid the facts": pairs of ASCII letters read as UTF-16 are CJK code points
    raw = "The naïve café served crème brûlée. ".encode("latin-1") * 20
    with pytest.raises(SourceError, match="unknown encoding"):
        decode_bytes(raw, "latin.txt")


@pytest.mark.parametrize("where", [0.3, 0.7])
def test_one_bad_byte_in_utf8_is_named_with_its_offset(tmp_path, where):
    raw = (TEXT * 5).encode("utf-8")
    cut = int(len(raw) * where)
    while raw[cut] & 0xC0 == 0x80:  # at the start of a character
        cut += 1
    damaged = raw[:cut] + b"\xff" + raw[cut:]
    path = tmp_path / "damaged.txt"
    path.write_bytes(damaged)
    with pytest.raises(SourceError) as info:
        read_source(path)
    message = str(info.value)
    assert "damaged.txt" in message and "UTF-8" in message and f"offset {cut}" in message
    assert "unknown encoding" not in message and "\n" not in message
    line = one_line_error(run_cli("parse", path, "--out", tmp_path / "pkg"))
    assert f"offset {cut}" in line


# --------------------------------------------------------------------------- sources.csv

SOURCES = "file,title,publisher,date\nreport.txt,陕西省政府工作报告,陕西省人民政府,2026-01-27\n"


@pytest.mark.parametrize("encoding,prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gbk", b""),
                                             ("gb18030", b""), ("utf-16", b""), ("utf-16-le", b"")])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_sources_csv_in_any_encoding_excel_writes(tmp_path, encoding, prefix, newline):
    (tmp_path / "sources.csv").write_bytes(prefix + SOURCES.replace("\n", newline).encode(encoding))
    meta = read_sources_csv(tmp_path / "sources.csv")
    assert meta["report.txt"].publisher == "陕西省人民政府"
    assert meta["report.txt"].date == "2026-01-27"


def test_cli_parse_reads_a_gbk_sources_csv(tmp_path):
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes(SOURCES.replace("\n", "\r\n").encode("gbk"))
    out = tmp_path / "pkg"
    result = run_cli("parse", tmp_path / "report.txt", "--out", out)
    assert result.returncode == 0, result.stderr
    with open(out / "documents.csv", encoding="utf-8", newline="") as fh:
        doc = next(csv.DictReader(fh))
    assert doc["issuer"] == "陕西省人民政府" and doc["date"] == "2026-01-27"


@pytest.mark.parametrize("content,message", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
    ("name,title\nreport.txt,x\n".encode("utf-8"), "no file column"),
    ('file,title\nreport.txt,"unclosed\n'.encode("utf-8"), "malformed CSV"),
    ("file,title\nreport.txt,a,b,c\n".encode("utf-8"), "line 2"),
    ("file,date\nreport.txt,2026-13-45\n".encode("utf-8"), "2026-13-45"),
], ids=["binary", "no-file-column", "unclosed-quote", "extra-fields", "bad-date"])
def test_a_malformed_sources_csv_is_one_line_naming_it(tmp_path, content, message):
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes(content)
    with pytest.raises(SourceError, match=message):
        read_sources_csv(tmp_path / "sources.csv")
    line = one_line_error(run_cli("parse", tmp_path / "report.txt", "--out", tmp_path / "pkg"))
    assert "sources.csv" in line and message in line
    assert not (tmp_path / "pkg").exists()


def test_read_csv_rows_strips_and_fills_missing_values(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(" file , title \n a.txt \nb.txt,标题\n\n", encoding="utf-8")
    assert read_csv_rows(path, required=("file",)) == [{"file": "a.txt", "title": ""},
                                                       {"file": "b.txt", "title": "标题"}]
    (tmp_path / "empty.csv").write_bytes(b"")
    assert read_csv_rows(tmp_path / "empty.csv") == []


def test_cli_errors_are_caught_in_process(tmp_path, capsys):
    doc = tmp_path / "report.txt"
    doc.write_text(REPORT, encoding="utf-8")
    assert main(["parse", str(doc), "--out", str(tmp_path / "pkg"), "--date", "2026-02-30"]) == 1
    assert "2026-02-30" in capsys.readouterr().err


# --------------------------------------------------------------------------- found by tests/test_fuzz.py

def test_a_title_without_text_is_one_clear_line_not_an_invalid_package(tmp_path):
    doc = tmp_path / "title.txt"
    doc.write_text("某省人民政府关于加快发展林下经济的指导意见\n", encoding="utf-8")
    out = tmp_path / "pkg"
    line = one_line_error(run_cli("parse", doc, "--out", out))
    assert "title.txt" in line and "no text found below the title" in line
    with pytest.warns(UserWarning, match="no text found"):
        tables = policydata.parse_text("某省人民政府关于加快发展林下经济的指导意见")
    assert all(len(frame) == 0 for frame in tables.values())


def test_random_bytes_are_not_taken_for_a_guessed_east_asian_encoding(tmp_path):
    # charset-normalizer called these 11 bytes Shift-JIS: rare kanji and half-width katakana
    with pytest.raises(SourceError, match="unknown encoding"):
        decode_bytes(b"[\xa1\xa7\xf7\xec\x98P0\xe0\xe2\xcd", "page.html")
