"""The development corpus scored as the evaluation scores it: ../shared/tools/corpus_score.py.

The minimums are corpus-level (tests/corpus_minimums.json) and rise as the work lands; every
document of the corpus counts. Skipped where ../shared is not present (a plain clone).
"""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import SHARED

SCORER = SHARED / "tools" / "corpus_score.py"


def test_corpus_score_meets_the_minimums(corpus_dir, corpus_minimums):
    if not SCORER.exists() or shutil.which("policydata") is None:
        pytest.skip("corpus_score.py or the policydata command is not available")
    m = corpus_minimums
    args = [sys.executable, str(SCORER), str(corpus_dir), str(m["score_figures_f1"]), "-q",
            "--fields", str(m["score_fields"]), "--measures", str(m["score_measures"]),
            "--classes", str(m["score_classes"]), "--regions", str(m["score_regions"]),
            "--layout", str(m["score_layout"])]
    result = subprocess.run(args, capture_output=True, text=True, timeout=1800)
    print(result.stdout)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
