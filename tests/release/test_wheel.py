"""The wheel ships the published tables: built from a clean copy, installed in a fresh venv,
``policydata.load`` works away from the repository and without network.

The fresh venv sees the packages of the interpreter running the tests (see ``venv_tools``),
so this passes in a virtualenv (the README's test command after ``pip install -e ".[test]"``)
as well as with a system interpreter.

One build and one venv for the whole module (about 10-20 s). The copy is what a fresh clone
would hold: ``git ls-files --cached --others --exclude-standard`` (tracked files plus new files
that are not ignored). If the copy has no published tables yet (``policydata build`` has not
run), a tiny valid package is written into it so that the packaging itself is still tested.
"""
from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from conftest import ROOT

from policydata.datapackage.models import ORDER

sys.path.insert(0, str(Path(__file__).parents[1]))  # tests/: venv_tools
from venv_tools import clean_env, dependency_paths, make_venv, venv_python  # noqa: E402

DATA = Path("src/policydata/data")
TIMEOUT = 240


def repository_files() -> list[str]:
    if not shutil.which("git") or not (ROOT / ".git").exists():
        pytest.skip("needs git and the repository's .git to list the files of a fresh clone")
    done = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
                          cwd=ROOT, capture_output=True, check=True, timeout=60)
    names = [n for n in done.stdout.decode("utf-8").split("\0") if n]
    # deleted-but-tracked files are listed too; keep what exists
    return [n for n in names if (ROOT / n).is_file()]


def copy_repository(target: Path) -> None:
    for name in repository_files():
        dst = target / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, dst)


def ensure_published_tables(copy: Path) -> int | None:
    """Rows of statistics in the copy's wheel data; writes a tiny package if there is none.

    Returns None when the real published tables are used (their row count is read later).
    """
    if (copy / DATA / "datapackage.json").is_file():
        return None
    from policydata._version import __version__
    from policydata.datapackage.package import PackageInfo, PackageLayout, write_package

    sys.path.insert(0, str(Path(__file__).parents[1]))  # tests/: venv_tools
    try:
        from test_release import tiny_tables
    finally:
        sys.path.pop(0)
    write_package(tiny_tables(), copy / DATA, PackageInfo(version=__version__), PackageLayout(data_dir="build"))
    return 1


def build_requirements_installed() -> bool:
    """True when setuptools>=68 and wheel are importable here (then no network is needed)."""
    try:
        major = int(metadata.version("setuptools").split(".")[0])
        metadata.version("wheel")
    except (metadata.PackageNotFoundError, ValueError):
        return False
    return major >= 68


def build_wheel(copy: Path, outdir: Path) -> Path:
    cmd = [sys.executable, "-m", "build", "--wheel", "--outdir", str(outdir), str(copy)]
    if build_requirements_installed():
        cmd.insert(4, "--no-isolation")
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        log = done.stdout + done.stderr
        if "--no-isolation" not in cmd and ("Could not find a version" in log or "Failed to establish" in log
                                            or "No matching distribution" in log):
            pytest.skip("isolated build needs setuptools>=68 and wheel from the network")
        pytest.fail(f"python -m build failed:\n{log[-3000:]}")
    wheels = list(outdir.glob("policydata-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pytest.importorskip("build")
    base = tmp_path_factory.mktemp("wheel")
    copy = base / "clone"
    copy_repository(copy)
    synthetic_rows = ensure_published_tables(copy)
    wheel = build_wheel(copy, base / "dist")
    return base, copy, wheel, synthetic_rows


def test_wheel_contains_the_tables_schemas_and_package_files(built):
    base, copy, wheel, _ = built
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    expected = {"policydata/data/datapackage.json", "policydata/releases.json",
                "policydata/templates/dataset_README.md", "policydata/templates/dataset_LICENSE.txt"}
    for table in ORDER:
        expected |= {f"policydata/data/build/{table}.csv", f"policydata/data/build/{table}.parquet",
                     f"policydata/data/schemas/{table}.json"}
    assert expected <= names, sorted(expected - names)
    # every data file of the package source (lexicons in subfolders too) made it into the wheel
    package = copy / "src" / "policydata"
    shipped = {f"policydata/{p.relative_to(package).as_posix()}" for p in package.rglob("*")
               if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")}
    assert shipped <= names, sorted(shipped - names)


def test_installed_wheel_loads_statistics_outside_the_repository(built):
    base, copy, wheel, synthetic_rows = built
    venv = base / "venv"
    python = make_venv(venv, exclude=ROOT, timeout=TIMEOUT)
    env = clean_env(POLICYDATA_CACHE=str(base / "cache"), POLICYDATA_BASE_URL="http://127.0.0.1:9",
                    PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    # --ignore-installed: a policydata installed where the tests run (pip install -e .) is
    # visible to the new venv, and must be neither taken as "already satisfied" nor uninstalled
    done = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--ignore-installed",
                           "-q", str(wheel)], capture_output=True, text=True, env=env, timeout=TIMEOUT)
    assert done.returncode == 0, done.stdout + done.stderr
    away = base / "elsewhere"
    away.mkdir()
    code = ("import policydata; print(policydata.__file__); "
            "print(len(policydata.load('statistics')))")
    done = subprocess.run([str(python), "-c", code], cwd=away, capture_output=True, text=True,
                          env=env, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr
    module_file, rows = done.stdout.split()
    assert Path(module_file).resolve().is_relative_to(venv.resolve()), module_file
    if synthetic_rows is not None:
        assert int(rows) == synthetic_rows
    else:
        with open(copy / DATA / "build" / "statistics.csv", encoding="utf-8", newline="") as fh:
            assert int(rows) == sum(1 for _ in csv.DictReader(fh))


def test_test_venvs_see_the_packages_of_the_environment_running_the_tests(tmp_path):
    """Run from inside a virtualenv, the test venv sees that virtualenv's packages (the README's
    test command in a fresh virtualenv failed with ``No module named 'cn2an'``): a module
    installed only in an outer venv is importable in a venv made from it; with
    ``--system-site-packages``, which reaches the base interpreter only, it is not."""
    outer = tmp_path / "outer"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(outer)], check=True, timeout=TIMEOUT)
    outer_python = venv_python(outer)
    env = clean_env()
    purelib = subprocess.run([str(outer_python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True, env=env, timeout=TIMEOUT).stdout.strip()
    (Path(purelib) / "only_in_outer_venv.py").write_text("WHERE = 'outer'\n", encoding="utf-8")
    make = ("import sys; sys.path.insert(0, sys.argv[1]); from venv_tools import make_venv; "
            "print(make_venv(__import__('pathlib').Path(sys.argv[2]), with_pip=False))")
    done = subprocess.run([str(outer_python), "-c", make, str(Path(__file__).parents[1]), str(tmp_path / "inner")],
                          capture_output=True, text=True, env=env, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr
    inner_python = done.stdout.strip()
    probe = [inner_python, "-c", "import only_in_outer_venv, sys; print(only_in_outer_venv.WHERE, sys.prefix)"]
    done = subprocess.run(probe, capture_output=True, text=True, env=env, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["outer", str(tmp_path / "inner")]
    # the old way: the module is missing, as cn2an was
    subprocess.run([str(outer_python), "-m", "venv", "--without-pip", "--system-site-packages",
                    str(tmp_path / "old")], check=True, env=env, timeout=TIMEOUT)
    probe[0] = str(venv_python(tmp_path / "old"))
    done = subprocess.run(probe, capture_output=True, text=True, env=env, timeout=TIMEOUT)
    assert done.returncode != 0 and "No module named 'only_in_outer_venv'" in done.stderr


def test_dependency_paths_leave_out_the_repository_and_the_standard_library():
    import sysconfig

    paths = dependency_paths(ROOT)
    assert all(not Path(p).is_relative_to(ROOT.resolve()) for p in paths)
    assert os.path.realpath(sysconfig.get_paths()["stdlib"]) not in paths
    assert os.path.realpath(sysconfig.get_paths()["purelib"]) in paths  # where pandas & co. live
