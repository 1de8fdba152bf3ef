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


#: Rule one_reading: what makes an article's reading -- its view (half-width marks read as
#: full-width), report year, places, blocks, sections, genre -- and the modules of the pipeline
#: and its extractors (figures, measures, regions) that may call it. ``extract.context`` builds the
#: one context of an article and the pipeline calls :func:`build_context` once per article; an
#: extractor that made any of these itself would read another text, year or walk than the others.
READING_MAKERS = {
    "build_context": {"pipeline.py",
                      "extract/measures/explain.py"},  # a debug listing, set up as the pipeline is
    # an extractor called on its own (a test, a script): only where no context was given (below)
    "standalone_context": {"extract/figures/walk.py", "extract/measures/walk.py"},
    "full_width_article": {"extract/context.py"},
    "full_width_view": {"extract/context.py"},
    # rule traditional_view: the article read in simplified characters (the pipeline reads the view
    # of a whole source for its layout, page and fallback look-ups; text.script)
    "simplified_article": {"extract/context.py"},
    "restore_articles": {"pipeline.py"},
    "report_year_of": {"extract/context.py"},
    "infer_report_year": {"extract/context.py", "pipeline.py"},  # pipeline: the year of a whole page
    "find_sections": {"extract/context.py"},
    "document_genre": {"extract/context.py"},
    "article_blocks": {"extract/context.py"},
    "article_places": {"extract/context.py"},
    # the section roles (review / plan parts, extract.roles): both tables read context.role_at
    "document_roles": {"extract/context.py"},
}


def _reader_sources() -> list[Path]:
    """The pipeline and its extractors: what reads an article through its context."""
    return [p for p in _sources() if p.relative_to(SRC).parts[0] == "extract"
            or p.relative_to(SRC).parts[:2] == ("recognize", "regions") or p.name == "pipeline.py"]


def _calls(tree: ast.AST, names) -> list[tuple[str, ast.Call]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in names:
                found.append((name, node))
    return found


def _without_context(tree: ast.AST, call: ast.Call) -> bool:
    """The call is the branch of ``… if context is not None else call`` (or of ``if context is None``)."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.IfExp, ast.If)) and isinstance(node.test, ast.Compare) \
                and isinstance(node.test.left, ast.Name) and node.test.left.id == "context" \
                and isinstance(node.test.ops[0], (ast.Is, ast.IsNot)):
            branch = node.orelse if isinstance(node.test.ops[0], ast.IsNot) else node.body
            branch = branch if isinstance(branch, list) else [branch]
            if any(call is sub for part in branch for sub in ast.walk(part)):
                return True
    return False


@pytest.mark.parametrize("path", _reader_sources(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_one_reading_no_extractor_builds_its_own_context(path):
    relative = path.relative_to(SRC).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for name, call in _calls(tree, READING_MAKERS):
        assert relative in READING_MAKERS[name], (
            f"{relative}:{call.lineno} calls {name}: rule one_reading -- the pipeline builds one context "
            "per article (extract.context.build_context) and hands it to every extractor")
        if name == "standalone_context":
            assert _without_context(tree, call), f"{relative}:{call.lineno}: standalone_context only when no context was given"


def test_one_reading_the_check_sees_a_context_built_by_an_extractor():
    tree = ast.parse("def extract(article, context=None):\n    ctx = build_context(article)\n"
                     "    other = standalone_context(article, 2026)\n"
                     "    mine = context if context is not None else standalone_context(article, 2026)\n")
    calls = _calls(tree, READING_MAKERS)
    assert [name for name, _ in calls] == ["build_context", "standalone_context", "standalone_context"]
    assert [_without_context(tree, call) for _, call in calls[1:]] == [False, True]


#: Rule compiled_once: a lexicon pattern is compiled by the loader (``policydata.lexicon.compiled``,
#: or a stage's own loader such as ``extract.measures.rules``), once; a rule takes it compiled. A
#: call of the ``re`` module on a lexicon entry (``re.search(rule["before"], …)``) compiles -- or
#: looks up in re's cache -- a lexicon string at its call site.
RE_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "sub", "subn", "split", "findall"}


def _lexicon_strings_compiled_at_call_sites(tree: ast.AST) -> list[int]:
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
            and node.func.attr in RE_CALLS and node.args and isinstance(node.args[0], ast.Subscript)]


@pytest.mark.parametrize("path", [p for p in _sources() if p.relative_to(SRC).parts[0] == "extract"],
                         ids=lambda p: p.relative_to(SRC).as_posix())
def test_compiled_once_no_extractor_compiles_a_lexicon_pattern_itself(path):
    lines = _lexicon_strings_compiled_at_call_sites(ast.parse(path.read_text(encoding="utf-8")))
    assert not lines, (f"{path.relative_to(SRC).as_posix()} lines {lines}: rule compiled_once -- take the "
                       "pattern compiled from the loader (policydata.lexicon.compiled) and call its methods")


def test_compiled_once_the_check_sees_a_pattern_compiled_at_its_call_site():
    tree = ast.parse('m = re.search(lexicon()["rank_pattern"], text)\nn = lexicon()["rank_pattern"].search(text)\n'
                     'k = re.compile(r"\\d+")\n')
    assert _lexicon_strings_compiled_at_call_sites(tree) == [1]
