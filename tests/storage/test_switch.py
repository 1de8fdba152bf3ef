"""Crash-safe publishing: a build killed at any point leaves a valid package, old or new.

The build used to delete build/, schemas/ and the wheel copy before moving the new ones in; a
kill in that window left no package at all. Now the new generation is switched in with renames
under a journal, and the next policydata command finishes a half-done switch.

Most kills are made by the code itself at a named checkpoint (POLICYDATA_TEST_CRASH, see
policydata.storage.switch), so every point is hit deterministically; a light driver runs the switch
alone at every checkpoint with SIGKILL, SIGINT and SIGTERM, and real ``policydata build``
processes are killed at a few points, before and inside the switch.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from policydata.storage import switch
from policydata.build import BuildError, build_repository, published_parts
from policydata.cli import main
from policydata.datapackage.validation import validate_package

from conftest import ROOT

SRC = ROOT / "src"
DOC_A = "全年粮食产量1.39万亿斤。到2030年，农机总动力达到11亿千瓦左右。\n"
DOC_B = "2025年，全省地区生产总值增长5.4%。今年全省主要预期目标是：城镇新增就业50万人以上。\n"


def env_with(**extra) -> dict:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    env.pop(switch.CRASH_ENV, None)
    env.pop(switch.CHECKPOINTS_ENV, None)
    env.update(extra)
    return env


def make_root(folder: Path, docs: dict[str, str]) -> Path:
    """A tiny repository: seeds/ with ``docs`` and a src/policydata/ (so the wheel copy is built)."""
    (folder / "seeds").mkdir(parents=True)
    (folder / "src" / "policydata").mkdir(parents=True)
    for name, text in docs.items():
        (folder / "seeds" / name).write_text(text, encoding="utf-8")
    return folder


def snapshot(root: Path) -> dict[str, str]:
    """sha256 of every file of the published package (all parts, the wheel copy included)."""
    out = {}
    for part in published_parts(root):
        path = root / part
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for f in files:
            out[f.relative_to(root).as_posix()] = hashlib.sha256(f.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module")
def generations(tmp_path_factory):
    """Two valid packages: ``old`` (one document) and ``new`` (two), each a built root."""
    base = tmp_path_factory.mktemp("generations")
    old = make_root(base / "old", {"a.txt": DOC_A})
    new = make_root(base / "new", {"a.txt": DOC_A, "b.txt": DOC_B})
    for root in (old, new):
        assert build_repository(root).valid
    assert snapshot(old) != snapshot(new)
    return old, new


def fresh_root(tmp_path: Path, old: Path) -> Path:
    """A copy of the ``old`` root (seeds and published package)."""
    root = tmp_path / "repo"
    shutil.copytree(old, root)
    return root


def assert_valid_old_or_new(root: Path, old: Path, new: Path) -> str:
    """Run the next policydata command (validate, which recovers first) and compare the package."""
    assert main(["validate", str(root / "datapackage.json")]) == 0
    assert not (root / switch.JOURNAL).exists()
    now = snapshot(root)
    assert now in (snapshot(old), snapshot(new)), "a mixed package"
    return "old" if now == snapshot(old) else "new"


# --------------------------------------------------------------------------- the switch alone

#: Publishes the ``new`` package's parts into ROOT, as build_repository does, without parsing;
#: Python's default signal handling (as in a library user's program): killed by the signal. The
#: driver sets it itself: a test run started in the background of a script hands its processes
#: SIGINT ignored, and a SIGINT the switch held back would then never act.
DRIVER = textwrap.dedent("""
    import shutil, signal, sys
    from pathlib import Path
    from policydata.storage import switch
    signal.signal(signal.SIGINT, signal.default_int_handler)
    root, new = Path(sys.argv[1]), Path(sys.argv[2])
    parts = sys.argv[3:]
    with switch.writing(root):
        scratch = switch.new_scratch(root, "build")
        for part in parts:
            source, target = new / part, scratch / "new" / part
            target.parent.mkdir(parents=True, exist_ok=True)
            (shutil.copytree if source.is_dir() else shutil.copyfile)(source, target)
        switch.publish(root, scratch, parts)
""")


def run_driver(root: Path, new: Path, crash: str = "", checkpoints: Path | None = None):
    extra = {}
    if crash:
        extra[switch.CRASH_ENV] = crash
    if checkpoints:
        extra[switch.CHECKPOINTS_ENV] = str(checkpoints)
    return subprocess.run([sys.executable, "-c", DRIVER, str(root), str(new), *published_parts(root)],
                          env=env_with(**extra), capture_output=True, text=True, timeout=120)


def switch_checkpoints(tmp_path: Path, old: Path, new: Path) -> list[str]:
    root = fresh_root(tmp_path / "dry", old)
    log = tmp_path / "checkpoints.txt"
    assert run_driver(root, new, checkpoints=log).returncode == 0
    names = log.read_text(encoding="utf-8").splitlines()
    assert snapshot(root) == snapshot(new)
    return names


@pytest.mark.parametrize("signame", ["SIGKILL", "SIGINT", "SIGTERM"])
def test_a_switch_killed_at_any_point_leaves_a_valid_package(generations, tmp_path, signame):
    old, new = generations
    names = switch_checkpoints(tmp_path, old, new)
    assert "journal written" in names and "journal removed" in names and len(names) >= 10
    points = list(enumerate(names, start=1))
    if signame != "SIGKILL":  # held back during the whole switch: every point behaves alike
        points = [points[0], points[len(points) // 2], points[-1]]
    for number, name in points:
        root = fresh_root(tmp_path / f"kill-{number}", old)
        result = run_driver(root, new, crash=f"{number}:{signame}")
        killed = -getattr(signal, signame)
        assert result.returncode == killed, (name, result.returncode, result.stderr)
        if signame == "SIGKILL":
            inside = names.index("journal written") < number <= names.index("journal removed")
            assert (root / switch.JOURNAL).exists() == inside, name
        else:  # held back during the switch: the switch completes, then the signal acts
            assert not (root / switch.JOURNAL).exists(), name
        got = assert_valid_old_or_new(root, old, new)
        expected = "old" if number < names.index("journal written") + 1 else "new"
        assert got == expected, (name, signame)


def test_recovery_itself_killed_is_recovered(generations, tmp_path):
    """Kill the switch, then kill the recovery half-way too: the next command still finishes it."""
    old, new = generations
    root = fresh_root(tmp_path, old)
    assert run_driver(root, new, crash="old build moved aside:SIGKILL").returncode == -signal.SIGKILL
    recover = textwrap.dedent("""
        import sys
        from policydata.storage import switch
        switch.recover(sys.argv[1])
    """)
    result = subprocess.run([sys.executable, "-c", recover, str(root)], capture_output=True, text=True,
                            env=env_with(**{switch.CRASH_ENV: "new schemas moved in:SIGKILL"}))
    assert result.returncode == -signal.SIGKILL
    assert (root / switch.JOURNAL).exists()
    assert assert_valid_old_or_new(root, old, new) == "new"


def test_a_tampered_journal_moves_nothing(generations, tmp_path):
    old, _ = generations
    root = fresh_root(tmp_path, old)
    before = snapshot(root)
    (root / switch.JOURNAL).write_text(json.dumps({"scratch": "../elsewhere", "parts": ["build"]}))
    with pytest.raises(switch.SwitchError, match="unexpected scratch folder"):
        switch.recover(root)
    (root / switch.JOURNAL).write_text(json.dumps({"scratch": ".policydata-build-x", "parts": ["../../etc"]}))
    with pytest.raises(switch.SwitchError, match="not a path inside"):
        switch.recover(root)
    assert snapshot(root) == before


# --------------------------------------------------------------------------- real builds

def run_build(root: Path, crash: str = ""):
    extra = {switch.CRASH_ENV: crash} if crash else {}
    return subprocess.run([sys.executable, "-m", "policydata", "build", "--root", str(root)],
                          env=env_with(**extra), capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("crash, code, expected", [
    ("validated:SIGKILL", -signal.SIGKILL, "old"),                 # new generation ready, no journal yet
    ("old build moved aside:SIGKILL", -signal.SIGKILL, "new"),     # inside the switch: build/ is missing
    ("new build moved in:SIGINT", 130, "new"),                     # Ctrl-C waits until the switch is done
    ("parsed:SIGTERM", 143, "old"),                                # terminated before anything was written
])
def test_a_killed_build_leaves_a_valid_package(generations, tmp_path, crash, code, expected):
    old, new = generations
    root = fresh_root(tmp_path, old)
    (root / "seeds" / "b.txt").write_text(DOC_B, encoding="utf-8")  # what `new` was built from
    result = run_build(root, crash)
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    if code > 0:
        assert result.stderr.strip().splitlines()[-1] in ("policydata: interrupted", "policydata: terminated")
        assert not list(root.glob(".policydata-*")), "a stopped build removes its scratch folder"
    assert assert_valid_old_or_new(root, old, new) == expected
    assert validate_package(root / "src/policydata/data/datapackage.json").valid


def test_a_second_build_waits_for_the_first(generations, tmp_path):
    """While one writer holds the root, a build waits (saying so) and changes nothing; then it runs."""
    old, new = generations
    root = fresh_root(tmp_path, old)
    (root / "seeds" / "b.txt").write_text(DOC_B, encoding="utf-8")
    with switch.writing(root):
        proc = subprocess.Popen([sys.executable, "-m", "policydata", "build", "--root", str(root)],
                                env=env_with(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = proc.stderr.readline()  # blocks until the build reports that it waits
        assert "waiting for another policydata command" in line
        assert proc.poll() is None and snapshot(root) == snapshot(old)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert snapshot(root) == snapshot(new)


def test_a_failed_publish_keeps_the_journal_for_recovery(generations, tmp_path, monkeypatch):
    """An error half-way through the renames (disk, permissions) is one line; the next command finishes."""
    old, new = generations
    root = fresh_root(tmp_path, old)
    real_replace = os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == 3:
            raise OSError(5, "Input/output error")
        return real_replace(src, dst)

    with switch.writing(root):
        scratch = switch.new_scratch(root, "build")
        for part in published_parts(root):
            source, target = new / part, scratch / "new" / part
            target.parent.mkdir(parents=True, exist_ok=True)
            (shutil.copytree if source.is_dir() else shutil.copyfile)(source, target)
        monkeypatch.setattr(os, "replace", failing_replace)
        with pytest.raises(switch.SwitchError, match="the next policydata command finishes it"):
            switch.publish(root, scratch, published_parts(root))
        monkeypatch.setattr(os, "replace", real_replace)
        switch.discard(scratch)  # what build_repository does on the way out: it must keep the scratch
        assert scratch.is_dir()
    assert assert_valid_old_or_new(root, old, new) == "new"


def test_a_build_refuses_to_replace_a_folder_holding_foreign_files(generations, tmp_path):
    """build/ and schemas/ are switched as wholes: a file someone put there stops the build, kept."""
    old, _ = generations
    root = fresh_root(tmp_path, old)
    before = snapshot(root)
    (root / "build" / "NOTES.md").write_text("mine")
    with pytest.raises(BuildError, match="NOTES.md: not a file of the package"):
        build_repository(root)
    assert (root / "build" / "NOTES.md").read_text() == "mine"
    (root / "build" / "NOTES.md").unlink()
    assert snapshot(root) == before and not list(root.glob(".policydata-*"))


@pytest.mark.parametrize("api", ["policydata.validate", "reading_if_present (load, load_all)"])
def test_the_python_api_finishes_a_killed_switch_before_reading(generations, tmp_path, api):
    """``policydata.validate`` on a folder whose build was killed mid-switch, and the lock that
    ``load``/``load_all`` hold while reading, read the finished package, never a mix of two."""
    import policydata
    from policydata.datapackage.dataframes import read_package_table

    old, new = generations
    root = fresh_root(tmp_path, old)
    assert run_driver(root, new, crash="old build moved aside:SIGKILL").returncode == -signal.SIGKILL
    assert (root / switch.JOURNAL).exists()
    if api == "policydata.validate":
        assert policydata.validate(root / "datapackage.json").valid
    else:
        with switch.reading_if_present(root):
            documents = read_package_table(root / "datapackage.json", "documents")
        assert len(documents) == 2
    assert not (root / switch.JOURNAL).exists()
    assert snapshot(root) == snapshot(new)
