"""Lexicon hygiene: no lexicon entry is a phrase lifted from a seed or a development document.

Every literal entry of five or more characters in ``src/policydata/lexicons/`` (JSON strings,
CSV cells and their ``|``-separated aliases; documentation fields such as ``examples`` and
``_comment*`` left out) that occurs in ``seeds/`` or ``../shared/corpus/docs`` must be on the
reviewed allow-list ``tests/lexicon_allowlist.csv`` with the reason it is general vocabulary
(an official body's name, a place, a standard policy term). An entry that is not general is
removed from the lexicon, not added to the list. Skipped where ../shared is absent.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, document_texts

LEXICONS = ROOT / "src" / "policydata" / "lexicons"
ALLOWLIST = ROOT / "tests" / "lexicon_allowlist.csv"
MIN_LEN = 5
#: JSON keys whose strings document a rule rather than being matched against text
DOC_KEYS = {"examples", "example", "why", "description", "note", "notes", "source"}
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _json_strings(value, key=""):
    if key.startswith("_") or key in DOC_KEYS:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _json_strings(k)
            yield from _json_strings(v, k)


def _csv_strings(path: Path):
    with open(path, encoding="utf-8") as fh:
        for row in csv.reader(line for line in fh if not line.startswith("#")):
            for cell in row:
                yield from cell.split("|")


def lexicon_entries() -> set[tuple[str, str]]:
    """(file relative to lexicons/, entry) for every literal entry with a Chinese character."""
    out = set()
    for path in sorted(LEXICONS.rglob("*")):
        if path.suffix == ".json":
            strings = _json_strings(json.loads(path.read_text(encoding="utf-8")))
        elif path.suffix == ".csv":
            strings = _csv_strings(path)
        else:
            continue
        rel = path.relative_to(LEXICONS).as_posix()
        out.update((rel, s.strip()) for s in strings if _HAN.search(s))
    return out


def _allowlist() -> dict[tuple[str, str], str]:
    with open(ALLOWLIST, encoding="utf-8") as fh:
        return {(r["file"], r["entry"]): r["reason"].strip()
                for r in csv.DictReader(line for line in fh if not line.startswith("#"))}


def test_allowlist_rows_give_a_reason():
    allowed = _allowlist()
    assert allowed, "tests/lexicon_allowlist.csv is empty"
    assert all(len(reason) >= 8 for reason in allowed.values()), \
        [k for k, r in allowed.items() if len(r) < 8]


def test_long_lexicon_entries_found_in_documents_are_reviewed():
    if not (CORPUS / "docs").is_dir():
        pytest.skip("development corpus ../shared/corpus not present")
    text = "\n".join(document_texts().values())
    allowed = _allowlist()
    found = sorted((f, e) for f, e in lexicon_entries() if len(e) >= MIN_LEN and e in text)
    unreviewed = [f"{f}: {e}" for f, e in found if (f, e) not in allowed]
    assert not unreviewed, ("lexicon entries that occur in seeds/ or the corpus and are not on "
                            "tests/lexicon_allowlist.csv (remove them, or list them with the reason "
                            "they are general):\n" + "\n".join(unreviewed))


def test_allowlist_has_no_stale_rows():
    """A row whose entry left the lexicon goes too, so the list stays a review of what is there."""
    entries = lexicon_entries()
    stale = [k for k in _allowlist() if k not in entries]
    assert not stale, stale
