"""policydata report: a self-contained HTML report, checked in headless Chromium."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from policydata.explore.report import OutputFolderError, write_report
from policydata.storage.outdir import MARKER

from chromium import HeadlessChromium, find_chromium
from conftest import ROOT, SEED_PAGE

DESCRIPTOR = ROOT / "datapackage.json"


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "policydata.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def committed_report(tmp_path_factory):
    return write_report(DESCRIPTOR, tmp_path_factory.mktemp("report") / "r")


@pytest.fixture(scope="module")
def parsed_package(tmp_path_factory):
    """A `policydata parse` output for one seed page."""
    out = tmp_path_factory.mktemp("parsed") / "pkg"
    done = run_cli("parse", SEED_PAGE, "--out", out)
    assert done.returncode == 0, done.stderr
    return out / "datapackage.json"


# --------------------------------------------------------------------------- the page itself

def test_page_is_self_contained(committed_report):
    html = committed_report.read_text(encoding="utf-8")
    # nothing is fetched: no external script, style, image or font
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?//""", html)
    assert "@import" not in html and "url(" not in html
    assert html.count("<svg") > 0 and 'id="region-tree"' in html
    assert sorted(p.name for p in committed_report.parent.iterdir()) == [MARKER, "index.html"]


def test_card_has_version_licence_rows_and_validation(committed_report):
    html = committed_report.read_text(encoding="utf-8")
    desc = json.loads(DESCRIPTOR.read_text(encoding="utf-8"))
    assert desc["version"] in html and "CC-BY-4.0" in html
    assert "✔ valid" in html
    for table in ("documents", "measures", "targets", "statistics", "regions"):
        n = pq.read_metadata(ROOT / "build" / f"{table}.parquet").num_rows
        assert f'<a href="#table/{table}">{table}</a></td><td>{n:,}</td>' in html


def test_same_package_same_bytes(tmp_path, committed_report):
    again = write_report(DESCRIPTOR, tmp_path / "again")
    assert again.read_bytes() == committed_report.read_bytes()


def test_data_cannot_end_the_script_block(tmp_path):
    from policydata.explore.report.page import _script_json

    text = _script_json({"quote": "</script><script>alert(1)</script>"})
    assert "</" not in text and json.loads(text) == {"quote": "</script><script>alert(1)</script>"}


# --------------------------------------------------------------------------- output folder

def test_refuses_a_folder_with_other_files(tmp_path):
    (tmp_path / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(OutputFolderError):
        write_report(DESCRIPTOR, tmp_path, validate=False)
    assert [p.name for p in tmp_path.iterdir()] == ["thesis.docx"]
    result = run_cli("report", "--out", tmp_path, "--no-validate")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("policydata report: error:")


def test_rewrites_its_own_folder_and_leaves_other_files(tmp_path):
    out = tmp_path / "r"
    write_report(DESCRIPTOR, out, validate=False)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    write_report(DESCRIPTOR, out, validate=False)  # a report folder may be written again
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert run_cli("report", "--out", out, "--no-validate").returncode == 0


def test_refuses_a_package_folder(tmp_path, parsed_package):
    """A `parse --out` folder is policydata's, but a report there would take the package's place."""
    before = sorted(p.name for p in parsed_package.parent.iterdir())
    with pytest.raises(OutputFolderError, match="holds a policydata package"):
        write_report(parsed_package, parsed_package.parent, validate=False)
    assert sorted(p.name for p in parsed_package.parent.iterdir()) == before


def test_refuses_a_file_as_folder(tmp_path):
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(OutputFolderError):
        write_report(DESCRIPTOR, target, validate=False)


# --------------------------------------------------------------------------- in a browser

needs_chromium = pytest.mark.skipif(find_chromium() is None,
                                    reason="no chromium on this machine (Debian: apt-get install chromium)")


def _rows(descriptor, table):
    """Rows of one table of the package at ``descriptor`` (its Parquet copy)."""
    from policydata.explore.descriptor import table_paths

    return pq.read_table(table_paths(descriptor)[table]).to_pylist()


@needs_chromium
@pytest.mark.parametrize("which", ["committed", "parsed"])
def test_report_renders_in_chromium(which, tmp_path, committed_report, parsed_package):
    pytest.importorskip("websocket", reason="websocket-client (test extra) drives chromium")
    descriptor = DESCRIPTOR if which == "committed" else parsed_package
    page = committed_report if which == "committed" else write_report(descriptor, tmp_path / "r")
    stats = _rows(descriptor, "statistics")
    regions = _rows(descriptor, "regions")
    with HeadlessChromium(tmp_path) as browser:
        browser.open(page.resolve().as_uri() + "#charts")
        assert browser.evaluate("document.body.dataset.ready") == "1"
        # charts rendered: visible SVGs whose bars have a width on screen
        drawn = browser.evaluate("""Array.from(document.querySelectorAll('#view-charts svg.chart rect.bar'))
            .filter(r => r.getBoundingClientRect().width > 0).length""")
        assert drawn >= sum(1 for s in stats if s["value"] is not None and s["value"] > 0) > 0
        shot = browser.screenshot(tmp_path / "charts.png")
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
        # the chart filter hides charts that do not match
        n_charts = browser.evaluate("document.querySelectorAll('#view-charts figure.chart-card').length")
        browser.evaluate("""(() => { const i = document.getElementById('chart-search');
            i.value = 'no-such-indicator'; i.dispatchEvent(new Event('input')); })()""")
        assert browser.evaluate("document.querySelectorAll('#view-charts figure.chart-card:not([hidden])').length") == 0
        assert n_charts > 0

        # the statistics table: every row, then search narrows it
        browser.evaluate("location.hash = '#table/statistics'")
        visible = "document.querySelectorAll('#view-table-statistics tbody tr').length"
        assert browser.evaluate(visible) == min(len(stats), 100)
        target = stats[-1]
        browser.evaluate(f"""(() => {{ const i = document.querySelector('#view-table-statistics input');
            i.value = {json.dumps(target['statistic_id'])}; i.dispatchEvent(new Event('input')); }})()""")
        assert browser.evaluate(visible) == 1
        assert browser.evaluate("document.querySelector('#view-table-statistics tbody tr').dataset.id") == target["statistic_id"]
        # a Chinese word: the rows holding it in any text cell, no more, no fewer
        word = stats[0]["indicator"][:2]
        expected = sum(1 for r in stats if any(isinstance(v, str) and word in v for v in r.values()))
        browser.evaluate(f"""(() => {{ const i = document.querySelector('#view-table-statistics input');
            i.value = {json.dumps(word)}; i.dispatchEvent(new Event('input')); }})()""")
        assert browser.evaluate(visible) == min(expected, 100) > 0
        browser.screenshot(tmp_path / "search.png")
        browser.evaluate(f"""(() => {{ const i = document.querySelector('#view-table-statistics input');
            i.value = {json.dumps(target['statistic_id'])}; i.dispatchEvent(new Event('input')); }})()""")

        # a row's link shows its quote highlighted in the document text
        browser.evaluate("document.querySelector('#view-table-statistics tbody tr a').click()")
        assert browser.evaluate("document.getElementById('highlight').textContent") == target["quote"]
        assert browser.evaluate("document.getElementById('view-doc').hidden") is False
        in_doc = sum(1 for s in stats if s["document_id"] == target["document_id"])
        assert f"{in_doc} statistics" in browser.evaluate("document.getElementById('doc-rows').textContent")

        # the region tree holds every region once
        browser.evaluate("location.hash = '#regions'")
        assert browser.evaluate("document.querySelectorAll('#region-tree li').length") == len(regions)
        assert browser.problems() == []


# --------------------------------------------------------------------------- charts and tree

def test_one_chart_per_indicator_and_unit_with_a_bar_per_row():
    from policydata.explore.report.charts import indicator_charts

    base = dict(document_id="d", char_start=0, char_end=1, kind="growth")
    rows = [dict(base, indicator="GDP<增长>", unit="%", value=5.0, region_id="CN", period="2024", value_raw="5%"),
            dict(base, indicator="GDP<增长>", unit="%", value=5.4, region_id="CN", period="2025", value_raw="5.4%"),
            dict(base, indicator="粮食产量", unit="吨", value=7e11, region_id="370000", period="2025", value_raw="7000亿吨"),
            dict(base, indicator="无数值", unit="", value=None, region_id="CN", period="2025", value_raw="")]
    figures = indicator_charts(rows, "statistics", {"CN": "中国", "370000": "山东省"})
    assert len(figures) == 2  # rows without a value draw nothing
    assert figures[0].count('class="bar"') == 2 and "GDP&lt;增长&gt;" in figures[0] and "<增长>" not in figures[0]
    assert "中国 2024" in figures[0] and "山东省 2025" in figures[1]
    assert 'href="#doc/d/0/1"' in figures[0]


def test_region_tree_nests_by_parent_and_survives_cycles():
    from policydata.explore.report.collect import ReportContent
    from policydata.explore.report.page import region_tree_html

    regions = [dict(region_id="CN", name_zh="中国", level="country", parent_id=None, mentions=1),
               dict(region_id="370000", name_zh="山东省", level="province", parent_id="CN", mentions=1),
               dict(region_id="a", name_zh="甲", level="functional", parent_id="b", mentions=0),
               dict(region_id="b", name_zh="乙", level="functional", parent_id="a", mentions=0)]
    content = ReportContent(descriptor={}, card={}, columns={},
                            rows={"regions": regions, "measures": [], "targets": [], "statistics": []})
    html = region_tree_html(content)
    assert html.index("中国") < html.index("山东省") and html.count("<li>") + html.count("<li><details") >= 2
    assert html.count("<b>甲</b>") == 1 and html.count("<b>乙</b>") == 1  # a cycle: each region once


def test_report_files_for_a_release_zip_reuse_a_validation_report():
    from policydata.explore.report import report_files
    from policydata.datapackage.validation import validate_package

    files = report_files(DESCRIPTOR, validate=validate_package(DESCRIPTOR))
    assert list(files) == ["index.html"] and "✔ valid" in files["index.html"].decode("utf-8")
    assert "not checked" in report_files(DESCRIPTOR, validate=False)["index.html"].decode("utf-8")
