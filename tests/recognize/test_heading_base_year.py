"""Rule heading_base_year: a year a heading compares with (较2022年, 比上年) names no year of the part
under it; a year the heading reports on still does. Sentences made up for the rule."""
from __future__ import annotations

import pytest

from policydata.recognize.sections import heading_tense


@pytest.mark.parametrize("heading, expected", [
    ("全市游客人数较2022年增加两成", ("neutral", None)),
    ("农民收入比2020年翻一番", ("neutral", None)),
    ("2025年全市游客人数增加两成", ("review", 2025)),
])
def test_heading_base_year(heading, expected):
    assert heading_tense(heading, 4, 2026)[:2] == expected
