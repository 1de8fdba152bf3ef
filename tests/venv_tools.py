"""Virtual environments for tests that install the package, wherever the tests run.

``python -m venv --system-site-packages`` makes an environment over the *base* interpreter's
site-packages: run from inside a virtualenv (the README's ``pip install -e ".[test]"`` in a
fresh venv), the dependencies installed in that virtualenv are not there (``No module named
'cn2an'``). :func:`make_venv` instead makes an isolated environment and adds the running
interpreter's package folders to it with a ``.pth`` file -- after its own site-packages, so
that what is installed into the new environment wins. That works the same from a virtualenv,
from a system interpreter and from a user site.

Standard library only: the tests run it inside other environments.
"""
from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

PTH_NAME = "_outer_environment.pth"


def dependency_paths(exclude: Path | None = None) -> list[str]:
    """The running interpreter's package folders (site-packages, user site, other path entries):
    ``sys.path`` without the standard library, entries that are not folders, and anything
    below ``exclude`` (the repository, so that its ``src/`` cannot stand in for the wheel)."""
    paths = sysconfig.get_paths()
    stdlib = {os.path.realpath(paths[k]) for k in ("stdlib", "platstdlib")}
    stdlib |= {os.path.join(s, "lib-dynload") for s in stdlib}
    excluded = os.path.realpath(exclude) if exclude is not None else None
    out: list[str] = []
    for entry in sys.path:
        if not entry or not os.path.isdir(entry):
            continue
        real = os.path.realpath(entry)
        if real in stdlib or real in out:
            continue
        if excluded and (real == excluded or real.startswith(excluded + os.sep)):
            continue
        out.append(real)
    return out


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def make_venv(venv: Path, exclude: Path | None = None, with_pip: bool = True, timeout: float = 240) -> Path:
    """A new virtual environment at ``venv`` that also sees the running interpreter's packages;
    returns its python."""
    cmd = [sys.executable, "-m", "venv", str(venv)]
    if not with_pip:
        cmd.append("--without-pip")
    subprocess.run(cmd, check=True, timeout=timeout, capture_output=True)
    python = venv_python(venv)
    done = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, timeout=timeout, capture_output=True, text=True, env=clean_env())
    purelib = Path(done.stdout.strip())
    purelib.mkdir(parents=True, exist_ok=True)
    (purelib / PTH_NAME).write_text("".join(p + "\n" for p in dependency_paths(exclude)), encoding="utf-8")
    return python


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without PYTHONPATH/PYTHONHOME (they would leak the repository's src/)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(extra)
    return env
