"""The named checks that rule a number out as a figure (extract/figures/filters.py)."""
import re

import pytest

from policydata.extract.figures.filters import NON_FIGURE_CHECKS, non_figure_rule
from policydata.extract.figures.numbers import Num


def test_check_names_are_unique_snake_case():
    names = [name for name, _ in NON_FIGURE_CHECKS]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z]+(?:_[a-z]+)*", n) for n in names)


# sentence, the number as written, value, unit, qualifier, the check that drops it (None: a figure)
CASES = [
    ("全年新增就业12万人。", "12万人", 120000.0, "人", "exact", None),
    ("建设一批重点项目。", "一批", 1.0, "批", "exact", "name_making_unit"),
    ("实施“3个一批”工程。", "3个", 3.0, "个", "exact", "quoted_name"),
    ("印发《3个行动方案》。", "3个", 3.0, "个", "exact", "in_title"),
    ("对营收超百亿元的企业给予奖励。", "超百亿元", 1e10, "元", "more_than", "class_threshold"),
    ("实现两位数增长。", "两位", 2.0, "位", "exact", "digit_count"),
    ("推进三年行动。", "三年", 3.0, "年", "exact", "years_not_streak"),
    ("连续16年保持增长。", "16年", 16.0, "年", "exact", None),
    ("要重点把握三个方面。", "三个", 3.0, "个", "exact", "structure_noun"),
    ("全县七成以上的企业实现盈利。", "七成以上", 70.0, "%", "at_least", None),
]


@pytest.mark.parametrize("text, written, value, unit, qualifier, rule", CASES)
def test_non_figure_rule(text, written, value, unit, qualifier, rule):
    start = text.index(written)
    n = Num(start, start + len(written), written, value, unit, qualifier=qualifier)
    assert non_figure_rule(text, n) == rule
