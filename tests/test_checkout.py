"""The suite tests this checkout's code, however policydata is installed.

A user who runs `pip install ".[test]"` (not editable) and then `python -m pytest` must not get
the installed copy beside src/ (the doctests of src/ would not import: "import file mismatch"),
and a checkout next to another one's editable install must not test the other one's code.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_tests_import_this_checkouts_code():
    import policydata

    assert Path(policydata.__file__).resolve().is_relative_to(ROOT / "src")


def test_the_commands_the_tests_run_import_this_checkouts_code(tmp_path):
    result = subprocess.run([sys.executable, "-c", "import policydata; print(policydata.__file__)"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).resolve().is_relative_to(ROOT / "src")
