"""policydata diff: rows added, removed and changed per table, by stable id."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq

from policydata.explore.diff import changes_since_markdown, diff_packages

from conftest import ROOT


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "policydata.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


def copy_package(dest):
    """A copy of the committed package: descriptor, build/, schemas/."""
    shutil.copy(ROOT / "datapackage.json", dest / "datapackage.json")
    shutil.copytree(ROOT / "build", dest / "build")
    shutil.copytree(ROOT / "schemas", dest / "schemas")
    return dest / "datapackage.json"


def edit_statistics(folder):
    """Remove the second statistic and change the first one's value; returns their ids."""
    path = folder / "build" / "statistics.parquet"
    table = pq.read_table(path)
    rows = table.to_pylist()
    removed = rows.pop(1)
    rows[0]["value"] = rows[0]["value"] + 1
    changed = rows[0]
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), path)
    return removed["statistic_id"], changed["statistic_id"]


def test_identical_packages_have_no_differences(tmp_path):
    d = diff_packages(ROOT / "datapackage.json", copy_package(tmp_path))
    assert d.is_empty
    assert "no differences" in d.to_text()


def test_one_removed_and_one_changed_statistic_are_exactly_reported(tmp_path):
    new = copy_package(tmp_path)
    removed, changed = edit_statistics(tmp_path)
    d = diff_packages(ROOT / "datapackage.json", new)
    assert [t for t, td in d.tables.items() if not td.is_empty] == ["statistics"]
    stats = d.tables["statistics"]
    assert stats.removed == [removed] and stats.added == []
    assert [c.id for c in stats.changed] == [changed]
    assert list(stats.changed[0].columns) == ["value"]

    result = run_cli("diff", ROOT / "datapackage.json", new, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["tables"]["statistics"]["removed"] == [removed]
    [row] = data["tables"]["statistics"]["changed"]
    assert row["id"] == changed and set(row["columns"]) == {"value"}
    assert row["columns"]["value"]["new"] == row["columns"]["value"]["old"] + 1

    text = run_cli("diff", ROOT, tmp_path).stdout
    assert f"  - {removed}" in text and f"  ~ {changed}: value " in text
    assert "statistics  0 added, 1 removed, 1 changed" in text
    assert run_cli("diff", ROOT, tmp_path, "--exit-code").returncode == 1
    assert "| statistics | 0 | 1 | 1 | `value` |" in changes_since_markdown(ROOT, tmp_path)


def test_added_rows_and_columns(tmp_path):
    copy_package(tmp_path)
    path = tmp_path / "build" / "regions.parquet"
    table = pq.read_table(path)
    rows = table.to_pylist()
    rows.append({**rows[0], "region_id": "zz-test"})
    extended = pa.Table.from_pylist(rows, schema=table.schema)
    extended = extended.append_column("note", pa.array(["x"] * len(rows)))
    pq.write_table(extended, path)
    regions = diff_packages(ROOT, tmp_path).tables["regions"]
    assert regions.added == ["zz-test"] and regions.columns_added == ["note"] and not regions.changed


def test_a_changed_document_text_is_one_line_showing_where_it_changed(tmp_path):
    """A document's text holds line breaks and runs long: the text report keeps one line per row
    and shows the two texts around their first difference, not two equal prefixes."""
    copy_package(tmp_path)
    path = tmp_path / "build" / "documents.parquet"
    table = pq.read_table(path)
    rows = table.to_pylist()
    old_text = rows[0]["text"]
    cut = len(old_text) // 2
    rows[0]["text"] = old_text[:cut] + "\n新增一行。" + old_text[cut:]
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), path)
    text = diff_packages(ROOT, tmp_path).to_text()
    [line] = [ln for ln in text.splitlines() if ln.startswith(f"  ~ {rows[0]['document_id']}: ")]
    shown_old, shown_new = line.split(": text ", 1)[1].split(" -> ")
    assert "新增一行" in shown_new and "新增一行" not in shown_old
    assert shown_old.startswith("…") and len(shown_new.replace("\\n", "\n")) <= 60


def test_unknown_package_is_one_line_error(tmp_path):
    result = run_cli("diff", ROOT, tmp_path / "missing")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("policydata diff: error:")


def test_installed_version_is_read_offline_other_versions_are_downloaded(tmp_path):
    """`policydata diff VERSION DESCRIPTOR` and `sql --package VERSION` read the installed tables when
    VERSION is theirs, as policydata.load does (one resolver: release_descriptor) -- no network, no
    cache; another version is the release, fetched from the base URL (here an empty folder: it fails)."""
    import os

    from policydata import __version__

    (tmp_path / "dist").mkdir()
    env = {**os.environ, "POLICYDATA_BASE_URL": str(tmp_path / "dist"),
           "POLICYDATA_CACHE": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-m", "policydata.cli", "diff", __version__,
                             str(ROOT / "datapackage.json")],
                            capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "src/policydata/data/datapackage.json" in result.stdout.splitlines()[0].replace("\\", "/")
    result = subprocess.run([sys.executable, "-m", "policydata.cli", "sql", "SELECT count(*) AS n FROM targets",
                             "--package", __version__, "--format", "csv"],
                            capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "cache").exists()
    result = subprocess.run([sys.executable, "-m", "policydata.cli", "diff", "99.0.0", __version__],
                            capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 1 and str(tmp_path / "dist") in result.stderr, result.stderr  # it went to fetch
