"""Output folders: ``parse --out`` and ``download --dest`` never harm a folder policydata did not write.

Before, ``parse --out DIR`` deleted all of DIR whenever it held a datapackage.json -- another
project, a .git, the user's NOTES.md; ``--out .`` in a checkout deleted the checkout; ``--out
afile`` said "cannot write (File exists)". Now a folder is written only when it is new, empty,
or policydata's own (its marker lists the files policydata wrote), and only those files change.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from policydata.storage import switch
from policydata.build import parse_to_folder
from policydata.cli import main
from policydata.storage.outdir import MARKER, OutputFolderError, check_output_folder, package_folder
from policydata.fetch import ReleaseError, unpack_release
from policydata.release import write_reproducible_zip

from test_cli import assert_one_line_error, run_cli

DOC = "全年粮食产量1.39万亿斤。到2030年，农机总动力达到11亿千瓦左右。\n"
PACKAGE_FILES = {"datapackage.json", "documents.csv", "documents.parquet", "schemas/documents.json"}


@pytest.fixture
def doc(tmp_path) -> Path:
    path = tmp_path / "docs" / "report.txt"
    path.parent.mkdir()
    path.write_text(DOC, encoding="utf-8")
    return path


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes (to show that nothing changed)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --------------------------------------------------------------------------- refused places

def test_the_current_folder_and_an_empty_name_are_refused(tmp_path, doc, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for out in [".", "", str(tmp_path), "./"]:
        with pytest.raises(OutputFolderError, match="current folder|is empty"):
            check_output_folder(out, inputs=[doc])


def test_special_folders_are_refused(tmp_path, doc):
    repo = tmp_path / "checkout"
    (repo / ".git").mkdir(parents=True)
    worktree = tmp_path / "worktree"
    worktree.mkdir()
    (worktree / ".git").write_text("gitdir: elsewhere\n")
    cases = {"/": "root of the file system", str(Path.home()): "home folder",
             str(repo): "root of a git repository", str(worktree): "root of a git repository",
             str(doc.parent): "holds the input", str(tmp_path): "holds the input"}
    if Path.home().parent != Path("/"):
        cases[str(Path.home().parent)] = "home folder"  # /home holds every user's home
    for out, reason in cases.items():
        with pytest.raises(OutputFolderError, match=reason):
            check_output_folder(out, inputs=[doc])


def test_an_existing_file_is_named_as_a_file(tmp_path, doc):
    afile = tmp_path / "afile"
    afile.write_text("mine")
    result = run_cli("parse", doc, "--out", afile)
    assert_one_line_error(result)
    assert "is a file, not a folder" in result.stderr
    assert afile.read_text() == "mine"


@pytest.mark.parametrize("out", [".", ""])
def test_cli_refuses_the_current_folder_and_touches_nothing(tmp_path, doc, out):
    """The reported disaster: `policydata parse FILE --out .` in a checkout deleted the checkout."""
    checkout = tmp_path / "checkout"
    (checkout / ".git").mkdir(parents=True)
    (checkout / "datapackage.json").write_text("{}")  # another project's package
    (checkout / "work.txt").write_text("uncommitted")
    before = tree(checkout)
    result = run_cli("parse", doc, "--out", out, cwd=checkout)
    assert_one_line_error(result)
    assert tree(checkout) == before


def test_a_foreign_folder_with_a_datapackage_is_refused(tmp_path, doc):
    other = tmp_path / "other-project"
    other.mkdir()
    (other / "datapackage.json").write_text('{"name": "something-else"}')
    (other / "data.csv").write_text("a,b\n1,2\n")
    before = tree(other)
    result = run_cli("parse", doc, "--out", other)
    assert_one_line_error(result)
    assert "not written by policydata" in result.stderr
    assert tree(other) == before


# --------------------------------------------------------------------------- writing

def test_parse_again_replaces_only_the_package_files(tmp_path, doc):
    out = tmp_path / "pkg"
    parse_to_folder([doc], out)
    marker = json.loads((out / MARKER).read_text(encoding="utf-8"))
    assert marker["written_by"] == "policydata" and "datapackage.json" in marker["files"]
    assert set(marker["files"]) == set(tree(out)) - {MARKER}
    (out / "NOTES.md").write_text("my notes")
    (out / "analysis").mkdir()
    (out / "analysis" / "plot.py").write_text("print(1)")
    (out / "documents.csv").write_text("edited by hand")  # the package's own file: replaced

    doc.write_text(DOC + "2025年，全省地区生产总值增长5.4%。\n", encoding="utf-8")
    report = parse_to_folder([doc], out)
    assert report.valid
    assert (out / "NOTES.md").read_text() == "my notes"
    assert (out / "analysis" / "plot.py").read_text() == "print(1)"
    assert "增长5.4%" in (out / "documents.csv").read_text(encoding="utf-8")  # the new text
    assert not [p for p in out.iterdir() if p.name.startswith(switch.SCRATCH_PREFIX)]
    assert not (out / switch.JOURNAL).exists()


def test_package_folder_removes_only_files_it_wrote_before(tmp_path):
    out = tmp_path / "pkg"
    with package_folder(out) as staging:
        (staging / "old.csv").write_text("old")
        (staging / "kept.csv").write_text("v1")
    (out / "mine.csv").write_text("mine")
    with package_folder(out) as staging:
        (staging / "kept.csv").write_text("v2")
    assert tree(out) == {MARKER: (out / MARKER).read_bytes(), "kept.csv": b"v2", "mine.csv": b"mine"}


def test_a_file_policydata_did_not_write_is_never_overwritten(tmp_path):
    out = tmp_path / "pkg"
    with package_folder(out) as staging:
        (staging / "a.csv").write_text("a")
    (out / "b.csv").write_text("the user's b")  # a name the next package also uses
    with pytest.raises(OutputFolderError, match="b.csv: exists and was not written by policydata"):
        with package_folder(out) as staging:
            (staging / "a.csv").write_text("a2")
            (staging / "b.csv").write_text("b2")
    assert (out / "b.csv").read_text() == "the user's b" and (out / "a.csv").read_text() == "a"
    assert not [p for p in out.iterdir() if p.name.startswith(switch.SCRATCH_PREFIX)]


def test_a_failed_write_leaves_no_trace(tmp_path):
    out = tmp_path / "new" / "pkg"
    with pytest.raises(RuntimeError):
        with package_folder(out) as staging:
            (staging / "a.csv").write_text("a")
            raise RuntimeError("invalid package")
    assert not (tmp_path / "new").exists()


# --------------------------------------------------------------------------- download --dest

def release_zip(tmp_path: Path) -> Path:
    """The smallest archive unpacking accepts: a descriptor naming the five tables' files."""
    import json

    from policydata.datapackage.models import ORDER

    path = tmp_path / "policydata-data-9.9.9.zip"
    files = {f"build/{t}.{kind}": b"x\n" for t in ORDER for kind in ("csv", "parquet")}
    resources = [{"name": f"{t}-{kind}", "path": f"build/{t}.{kind}"} for t in ORDER for kind in ("csv", "parquet")]
    descriptor = {"name": "policydata", "version": "9.9.9", "resources": resources}
    write_reproducible_zip(path, {"datapackage.json": json.dumps(descriptor).encode(), **files})
    return path


def test_unpacking_again_keeps_the_users_files(tmp_path):
    dest = tmp_path / "D"
    unpack_release(release_zip(tmp_path), dest)
    (dest / "NOTES.md").write_text("mine")
    unpack_release(release_zip(tmp_path), dest)
    assert (dest / "NOTES.md").read_text() == "mine" and (dest / "build" / "documents.csv").is_file()


def test_unpacking_into_a_foreign_folder_is_refused(tmp_path):
    dest = tmp_path / "D"
    dest.mkdir()
    (dest / "datapackage.json").write_text("{}")  # before, any datapackage.json made it "ours"
    (dest / "notes.txt").write_text("mine")
    with pytest.raises(ReleaseError, match="not written by policydata"):
        unpack_release(release_zip(tmp_path), dest)
    assert sorted(p.name for p in dest.iterdir()) == ["datapackage.json", "notes.txt"]


@pytest.mark.parametrize("dest, message", [(".", "current folder"), ("", "--dest is empty"),
                                           ("afile", "is a file")])
def test_cli_download_refuses_a_bad_dest_before_downloading(tmp_path, monkeypatch, capsys, dest, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "afile").write_text("x")
    code = main(["download", "--dest", dest, "--base-url", "http://127.0.0.1:9"])  # no server needed
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and message in err[0], err


def test_dest_in_a_read_only_place_is_one_clear_line(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(OutputFolderError, match="is not writable"):
            check_output_folder(locked / "x", option="--dest")
    finally:
        os.chmod(locked, 0o700)


def test_a_parse_killed_inside_the_switch_is_finished_by_the_next_command(tmp_path, doc):
    """Replacing a package in an output folder is crash-safe too, and the user's files survive."""
    import signal
    import subprocess
    import sys

    from conftest import ROOT
    from policydata.datapackage.validation import validate_package

    out = tmp_path / "pkg"
    parse_to_folder([doc], out)
    (out / "NOTES.md").write_text("my notes")
    doc.write_text(DOC + "2025年，全省地区生产总值增长5.4%。\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), **{switch.CRASH_ENV: "new documents.csv moved in:SIGKILL"})
    result = subprocess.run([sys.executable, "-m", "policydata", "parse", str(doc), "--out", str(out)],
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == -signal.SIGKILL
    assert (out / switch.JOURNAL).exists() and not validate_package(out / "datapackage.json").valid
    assert main(["validate", str(out / "datapackage.json")]) == 0  # recovers first
    assert "增长5.4%" in (out / "documents.csv").read_text(encoding="utf-8")
    assert (out / "NOTES.md").read_text() == "my notes"
