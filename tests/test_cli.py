"""The command line: one clear line and a non-zero exit on bad input, never a traceback."""
from __future__ import annotations

import subprocess
import sys

import pytest

from policydata.cli import main

from conftest import SEED_PAGE


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "policydata.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


def assert_one_line_error(result):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    assert "error" in lines[0]


def test_version():
    from policydata import __version__

    result = run_cli("--version")
    assert result.returncode == 0 and __version__ in result.stdout


@pytest.mark.parametrize("content", [b"", b"  \n\n ", b"\x00\x01\x02binary\xff\xfe" * 10])
def test_parse_rejects_empty_and_binary_files(tmp_path, content):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    result = run_cli("parse", bad, "--out", out)
    assert_one_line_error(result)
    assert "bad.txt" in result.stderr
    assert not out.exists()


def test_parse_rejects_missing_path(tmp_path):
    result = run_cli("parse", tmp_path / "nope.txt", "--out", tmp_path / "out")
    assert_one_line_error(result)
    assert "nope.txt" in result.stderr


def test_parse_rejects_folder_without_documents(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run_cli("parse", tmp_path / "empty", "--out", tmp_path / "out")
    assert_one_line_error(result)
    assert not (tmp_path / "out").exists()


def test_parse_rejects_unwritable_output(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    result = run_cli("parse", SEED_PAGE, "--out", blocker / "sub")
    assert_one_line_error(result)


def test_validate_fails_on_a_missing_descriptor(tmp_path):
    result = run_cli("validate", tmp_path / "datapackage.json")
    assert_one_line_error(result)
    assert "no such file" in result.stderr and not result.stdout


def test_validate_reads_a_package_as_sql_and_diff_do(tmp_path):
    """A release version, a folder, and by default the installed tables outside a package folder."""
    from policydata import __version__

    for args in ([__version__], []):
        result = run_cli("validate", *args, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert ": valid" in result.stdout


def test_build_outside_a_repository_fails_cleanly(tmp_path):
    result = run_cli("build", "--root", tmp_path)
    assert_one_line_error(result)
    assert "seeds" in result.stderr


def test_parse_grants_no_licence_for_a_users_documents(tmp_path):
    """The project's CC BY 4.0 covers its own package, not the text of documents a user parses:
    a parse package declares no licence; each source's own (sources.csv) stays with the source."""
    import json

    doc = tmp_path / "docs" / "notice.txt"
    doc.parent.mkdir()
    doc.write_text("关于做好节能工作的通知\n到2030年，全县单位产值能耗下降10%。\n", encoding="utf-8")
    (doc.parent / "sources.csv").write_text("file,title,publisher,date,url,license,notes\n"
                                            "notice.txt,,,2026-02-01,,版权所有,\n", encoding="utf-8")
    result = run_cli("parse", doc, "--out", tmp_path / "pkg")
    assert result.returncode == 0, result.stderr
    descriptor = json.loads((tmp_path / "pkg" / "datapackage.json").read_text(encoding="utf-8"))
    assert "licenses" not in descriptor
    assert descriptor["sources"][0]["license"] == "版权所有"


def test_build_package_keeps_the_project_licence():
    import json

    from conftest import ROOT

    descriptor = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    assert [lic["name"] for lic in descriptor["licenses"]] == ["CC-BY-4.0"]


def test_parse_takes_date_and_publisher_for_every_file(tmp_path):
    doc = tmp_path / "report.txt"
    doc.write_text("政府工作报告\n今年全市主要预期目标是：地区生产总值增长6%左右。\n", encoding="utf-8")
    out = tmp_path / "pkg"
    result = run_cli("parse", doc, "--out", out, "--date", "2026-01-27", "--publisher", "陕西省人民政府")
    assert result.returncode == 0, result.stderr
    import csv

    docs = list(csv.DictReader((out / "documents.csv").open(encoding="utf-8")))
    assert docs[0]["date"] == "2026-01-27" and docs[0]["issuer"] == "陕西省人民政府"
    targets = list(csv.DictReader((out / "targets.csv").open(encoding="utf-8")))
    assert targets and targets[0]["target_year"] == "2026"


def test_every_command_explains_itself_in_its_help():
    from policydata.cli import make_parser

    parser = make_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command").choices
    for verb, sub in subparsers.items():
        assert sub.description, f"policydata {verb} --help has no description"
        for action in sub._actions:
            if action.dest != "help":
                assert action.help, f"policydata {verb}: {action.dest} has no help text"


def test_validation_summary_counts_problems_in_words():
    from policydata.datapackage.validation import Problem, ValidationReport

    report = ValidationReport("pkg/datapackage.json")
    report.problems.append(Problem("pkg/datapackage.json", "no such file"))
    assert "INVALID (1 problem)" in report.summary()
    report.problems.append(Problem("pkg/datapackage.json", "again"))
    assert "INVALID (2 problems)" in report.summary()


def test_parse_warns_of_a_file_its_sources_csv_leaves_out(tmp_path):
    """A sources.csv whose row names another file (a typo) would lose the date without a word."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("全县今年新建农村公路30公里。\n", encoding="utf-8")
    (docs / "b.txt").write_text("全县今年新建公共厕所12座。\n", encoding="utf-8")
    (docs / "sources.csv").write_text("file,title,publisher,date,url,license,notes\n"
                                      "a.txt,,,2026-05-01,,,\nbb.txt,,,2026-05-02,,,\n", encoding="utf-8")
    result = run_cli("parse", docs, "--out", tmp_path / "pkg")
    assert result.returncode == 0, result.stderr
    warnings = [ln for ln in result.stderr.splitlines() if "WARNING" in ln]
    assert len(warnings) == 1 and "b.txt: no row in the sources.csv" in warnings[0]
    (docs / "sources.csv").unlink()  # no sources.csv at all: the ordinary case, no warning
    result = run_cli("parse", docs, "--out", tmp_path / "pkg2")
    assert result.returncode == 0 and "WARNING" not in result.stderr
