"""Shared paths for the tests."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# The commands the tests run cache parsed rows (and downloads) here, never in the user's cache;
# a test that needs its own cache sets POLICYDATA_CACHE itself.
os.environ.setdefault("POLICYDATA_CACHE", tempfile.mkdtemp(prefix="policydata-tests-cache-"))

# pytest puts src/ first on sys.path (pyproject.toml: pythonpath); the commands the tests run in
# subprocesses (python -m policydata, the scorer's `policydata`) get it too, so that they run this
# checkout's code and not an installed copy (tests of an installed wheel clear it: venv_tools.clean_env)
_SRC = str(Path(__file__).resolve().parents[1] / "src")
os.environ["PYTHONPATH"] = os.pathsep.join(
    [_SRC, *(p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p and p != _SRC)])

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_PAGE = SEEDS / "000_550b2831fa4cdffc.txt"
#: What parsing the seed page must give, told by where it stands on the page (1-based lines of
#: SEED_PAGE), so that the expected strings come from the page itself and no test writes them again:
#: the headline line of each of its three articles, the caption line (its sentence, then the credit),
#: and the pairs of lines a column break cut a clause across (the tail of the first line after its
#: last clause mark + the head of the second up to its first one).
SEED_TITLE_LINES = (3, 39, 51)
SEED_CAPTION_LINE = 21
SEED_CUT_LINES = ((15, 23), (27, 29), (59, 61), (65, 67), (71, 73), (79, 81))
_CLAUSE_MARKS = "，,。；;？?！!"


def load_make_page():
    """tools/make_page.py as a module (it is a script, not part of the package); loaded once and kept in
    ``sys.modules`` because its dataclasses look their module up there."""
    import importlib.util
    import sys

    if "make_page" not in sys.modules:
        spec = importlib.util.spec_from_file_location("make_page", ROOT / "tools" / "make_page.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["make_page"] = module
        spec.loader.exec_module(module)
    return sys.modules["make_page"]


def seed_line(number: int) -> str:
    """Line ``number`` (1-based) of the seed page as written."""
    return SEED_PAGE.read_text(encoding="utf-8").split("\n")[number - 1].strip()


def seed_titles() -> list[str]:
    """The headline line of each seed article, as written on the page."""
    return [seed_line(n) for n in SEED_TITLE_LINES]


def seed_caption() -> tuple[str, str]:
    """(the caption's sentence, its credit) of the seed page's photo caption line."""
    line = seed_line(SEED_CAPTION_LINE)
    end = line.rindex("。") + 1
    return line[:end], line[end:]


def seed_rejoined() -> list[str]:
    """The clauses a column break cut on the seed page, as a reader joins them again."""
    def tail(line: str) -> str:
        return line[max(line.rfind(m) for m in _CLAUSE_MARKS) + 1:]

    def head(line: str) -> str:
        return line[:min((i for i in (line.find(m) for m in _CLAUSE_MARKS) if i >= 0), default=len(line))]
    return [tail(seed_line(a)) + head(seed_line(b)) for a, b in SEED_CUT_LINES]


# The development corpus and its scorer sit beside the repository (../shared); a checkout
# elsewhere (a git worktree) points POLICYDATA_SHARED at that folder.
SHARED = Path(os.environ.get("POLICYDATA_SHARED") or ROOT.parent / "shared")
CORPUS = SHARED / "corpus"


def document_texts() -> dict[str, str]:
    """The text of every seed document and, when present, every development corpus document,
    by a short name (seeds/sources.csv is metadata, not a document)."""
    files = [p for p in sorted(SEEDS.iterdir()) if p.is_file() and p.suffix != ".csv"]
    files += sorted((CORPUS / "docs").glob("*.txt"))
    return {f"{p.parent.name}/{p.name}": p.read_text(encoding="utf-8", errors="replace") for p in files}


@pytest.fixture
def corpus_dir() -> Path:
    if not (CORPUS / "docs").is_dir():
        pytest.skip("development corpus ../shared/corpus not present")
    return CORPUS


@pytest.fixture
def corpus_minimums() -> dict[str, float]:
    """Corpus-level minimums (tests/corpus_minimums.json): they rise as the work lands, and no
    document is ever dropped from the corpus to meet them."""
    import json
    return json.loads((ROOT / "tests" / "corpus_minimums.json").read_text(encoding="utf-8"))


TINY_TEXT = "全年粮食产量1.39万亿斤。到2030年，农机总动力达到11亿千瓦左右。"


def tiny_tables() -> dict[str, list[dict]]:
    """A one-document package's rows, small enough to read at a glance."""
    text = TINY_TEXT
    doc = dict(document_id="doc-a1", source_file="doc.txt", source_sha256="0" * 64, article_index=1,
               title="测试", region_id="CN", text=text, char_count=len(text), date="2024-03-05")
    stat = dict(statistic_id="doc-a1-s001", document_id="doc-a1", indicator="粮食产量", kind="level",
                value=1.39e12, unit="斤", qualifier="exact", period="2023", region_id="CN",
                quote=text[2:12], char_start=2, char_end=12, value_raw="1.39万亿斤")
    target = dict(target_id="doc-a1-t001", document_id="doc-a1", indicator="农机总动力", comparator="~",
                  value=1.1e9, unit="千瓦", target_year=2030, region_id="CN", quote=text[21:35],
                  char_start=21, char_end=35, value_raw="11亿千瓦左右")
    region = dict(region_id="CN", name_zh="中国", name_en="China", level="country", mentions=1)
    return {"documents": [doc], "measures": [], "targets": [target], "statistics": [stat],
            "regions": [region]}


def article_of_lines(text: str, title: str = ""):
    """An Article whose blocks are the lines of ``text``, each a body paragraph (what the layout
    makes of a plain text with one paragraph per line), for tests of the extract stage."""
    from policydata.document import Article, Block

    blocks, pos = [], 0
    for line in text.split("\n"):
        blocks.append(Block("body", pos, pos + len(line), line))
        pos += len(line) + 1
    return Article(1, title, text, blocks)
