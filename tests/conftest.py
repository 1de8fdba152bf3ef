"""Shared paths for the tests."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_PAGE = SEEDS / "000_550b2831fa4cdffc.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture
def corpus_dir() -> Path:
    if not (CORPUS / "docs").is_dir():
        pytest.skip("development corpus ../shared/corpus not present")
    return CORPUS
