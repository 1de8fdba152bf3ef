"""The shape of the code: stages as folders, data flowing one way, small modules.

Each stage may import the foundation and the stages before it, never a later one; the entry
points (the CLI, the one-line errors, the package's public API) may import anything.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

SRC = ROOT / "src" / "policydata"
#: Shared by every stage: versions, plain data types, vocabularies, the lexicon loader, safe files,
#: running one function over many items (in processes or on Dask).
FOUNDATION = {"_version", "document", "vocab", "lexicon", "storage", "parallel"}
#: The stages in the order data flows through them.
STAGES = ["text", "recognize", "extract", "datapackage", "pipeline", "build", "fetch", "explore", "release"]
ENTRY_POINTS = {"__init__", "__main__", "cli", "errors"}
MAX_LINES = 700


def _part(relative: Path) -> str:
    """The stage (top-level folder or module) a source file belongs to."""
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _imported_parts(path: Path) -> set[str]:
    """The top-level parts of policydata that ``path`` imports (relative imports)."""
    relative = path.relative_to(SRC)
    package = list(relative.parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[:len(package) - (node.level - 1)]
            if node.module:
                target = base + node.module.split(".")
                found.add(target[0] if target else "__init__")
            else:
                found.update((base + [alias.name])[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("policydata."):
            found.add(node.module.split(".")[1])
    return found


def _sources() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "__pycache__" not in p.parts)


def _allowed(part: str) -> set[str]:
    if part in ENTRY_POINTS:
        return {p.stem if p.is_file() else p.name for p in SRC.iterdir()}
    if part in FOUNDATION:
        return FOUNDATION
    return FOUNDATION | set(STAGES[:STAGES.index(part) + 1])


def test_every_part_of_the_package_has_a_place_in_the_order():
    parts = {_part(p.relative_to(SRC)) for p in _sources()}
    assert parts <= FOUNDATION | set(STAGES) | ENTRY_POINTS, parts - FOUNDATION - set(STAGES) - ENTRY_POINTS


@pytest.mark.parametrize("path", _sources(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_no_stage_reaches_back(path):
    part = _part(path.relative_to(SRC))
    later = _imported_parts(path) - _allowed(part) - {part}
    assert not later, f"{part} imports {sorted(later)}: data flows {' -> '.join(STAGES)}"


def test_no_module_is_longer_than_a_stranger_can_read():
    long = {p.relative_to(SRC).as_posix(): n for p in _sources()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"split these into modules of one job each: {long}"
