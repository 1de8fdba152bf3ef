"""Test examples are written for the tests, never copied from a seed or a development document.

Every string literal of ``tests/**/*.py`` (read with ``ast``: docstrings, f-string parts and
implicitly joined literals included) and every data table under ``tests/`` (``*.csv``, ``*.tsv``,
``*.json``, read whole) is compared with ``seeds/`` and, when present, ``../shared/corpus/docs``.
Both sides are reduced to their word characters (Han, digits, Latin letters; punctuation and
spaces dropped, so a copy with changed punctuation is still found), and any window of ``WINDOW``
consecutive word characters that a test shares with a document is a finding.

Why 12: the standard formulas of Chinese policy prose that any test of the genre may use
(国民经济和社会发展, 规模以上工业增加值, 政府工作报告) are 5-10 characters, while a copied clause
runs past 12; at 12 the scan still catches a copied sentence whose numbers were changed, because a
clause keeps 12+ characters of its own wording between two numbers.

A shared window is excused when every Han character in it lies inside an occurrence of a span on
the reviewed allow-list ``tests/copied_span_allowlist.csv`` (span, reason): an official address
line, the name of a body, law or national programme, or a fixed statistical formula. Anything else
is reworded in the test's own words. The review lists themselves are not scanned.
"""
from __future__ import annotations

import ast
import csv
import re
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, document_texts

TESTS = ROOT / "tests"
ALLOWLIST = TESTS / "copied_span_allowlist.csv"
WINDOW = 12
DATA_SUFFIXES = {".csv", ".tsv", ".json"}
#: review lists of spans found in documents (they quote documents on purpose)
REVIEW_LISTS = {ALLOWLIST.name, "lexicon_allowlist.csv"}
_WORD = re.compile(r"\w")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def word_chars(text: str) -> tuple[str, list[int]]:
    """``text`` reduced to its word characters, and each kept character's offset in ``text``."""
    offsets = [i for i, ch in enumerate(text) if _WORD.match(ch)]
    return "".join(text[i] for i in offsets), offsets


def windows(text: str) -> set[str]:
    reduced, _ = word_chars(text)
    return {reduced[i:i + WINDOW] for i in range(len(reduced) - WINDOW + 1)}


def example_strings() -> list[tuple[str, int, str]]:
    """(file relative to the repository, line of the string's start, string) for every example."""
    out = []
    for path in sorted(TESTS.rglob("*")):
        rel = path.relative_to(ROOT).as_posix()
        if path.suffix == ".py":
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
            out += [(rel, node.lineno, node.value) for node in ast.walk(tree)
                    if isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and _HAN.search(node.value)]
        elif path.suffix in DATA_SUFFIXES and path.name not in REVIEW_LISTS:
            out.append((rel, 1, path.read_text(encoding="utf-8")))
    return out


def allowlist() -> dict[str, str]:
    with open(ALLOWLIST, encoding="utf-8") as fh:
        return {r["span"].strip(): r["reason"].strip()
                for r in csv.DictReader(line for line in fh if not line.startswith("#"))}


def copied_spans(text: str, document_windows: set[str], allowed: list[str]) -> list[tuple[int, str]]:
    """(offset in ``text``, span) for each maximal run of shared windows not excused by ``allowed``
    (allow-listed spans, already reduced to word characters)."""
    reduced, offsets = word_chars(text)
    excused = [False] * len(reduced)
    for span in allowed:
        start = reduced.find(span)
        while start >= 0:
            excused[start:start + len(span)] = [True] * len(span)
            start = reduced.find(span, start + 1)
    runs: list[list[int]] = []
    for i in range(len(reduced) - WINDOW + 1):
        window = reduced[i:i + WINDOW]
        if window not in document_windows:
            continue
        if all(excused[i + k] or not _HAN.match(ch) for k, ch in enumerate(window)):
            continue
        if runs and i <= runs[-1][1]:
            runs[-1][1] = i + WINDOW
        else:
            runs.append([i, i + WINDOW])
    return [(offsets[a], text[offsets[a]:offsets[b - 1] + 1]) for a, b in runs]


@pytest.mark.parametrize("text, expected", [
    ("某市今年新建口袋公园十二个并全部向公众开放。", ["新建口袋公园十二个并全部向公众开放"]),
    ("某市今年新建口袋公园，十二个并全部向公众开放", ["新建口袋公园，十二个并全部向公众开放"]),
    ("各省、自治区、直辖市人民政府：现将方案印发。", []),         # allow-listed formula
    ("某县新修乡村道路三百公里。", []),                          # nothing shared
])
def test_copied_spans_finds_shared_windows(text, expected):
    document = "全区新建口袋公园十二个并全部向公众开放，各省、自治区、直辖市人民政府"
    allowed = [word_chars("各省、自治区、直辖市人民政府")[0]]
    assert [span for _, span in copied_spans(text, windows(document), allowed)] == expected


def test_allowlist_rows_give_a_reason():
    allowed = allowlist()
    assert allowed, "tests/copied_span_allowlist.csv is empty"
    assert all(len(reason) >= 8 for reason in allowed.values()), \
        [s for s, r in allowed.items() if len(r) < 8]


def _findings(documents: dict[str, str]) -> list[str]:
    document_windows = set().union(*(windows(t) for t in documents.values()))
    allowed = [word_chars(span)[0] for span in allowlist()]
    findings = []
    for rel, line, text in example_strings():
        for offset, span in copied_spans(text, document_windows, allowed):
            findings.append(f"{rel}:{line + text.count(chr(10), 0, offset)}: {span}")
    return findings


def test_seed_spans_are_not_copied_into_tests():
    documents = {k: v for k, v in document_texts().items() if k.startswith("seeds/")}
    findings = _findings(documents)
    assert not findings, ("test examples that copy a seed document (reword them, or list a stock "
                          "formula on tests/copied_span_allowlist.csv):\n" + "\n".join(findings))


def test_corpus_spans_are_not_copied_into_tests():
    if not (CORPUS / "docs").is_dir():
        pytest.skip("development corpus ../shared/corpus not present")
    findings = _findings(document_texts())
    assert not findings, ("test examples that copy a seed or corpus document (reword them, or list "
                          "a stock formula on tests/copied_span_allowlist.csv):\n" + "\n".join(findings))
