"""Rule communique_no_measures: a statistical communiqué reports a year's data and commits to
nothing; the slogans of its preamble are no measures, while its figures stay statistics."""
from __future__ import annotations

import pytest

from policydata.pipeline import parse_text

PREAMBLE = ("2023年，全县上下扎实做好稳增长各项工作，全面落实惠企政策，经济运行稳中向好。"
            "全年实现地区生产总值120.5亿元，比上年增长5.1%。")


@pytest.mark.parametrize("title, commits", [
    ("某县2023年国民经济和社会发展统计公报", False),   # a communiqué: no measures
    ("某县人民政府关于做好稳增长工作的通知", True),    # the same sentences in a notice commit
])
def test_a_communique_commits_to_nothing_but_keeps_its_figures(title, commits):
    tables = parse_text(title + "\n" + PREAMBLE)
    assert bool(tables["measures"]) == commits
    assert any(r["value"] == 120.5e8 for r in tables["statistics"] + tables["targets"])
