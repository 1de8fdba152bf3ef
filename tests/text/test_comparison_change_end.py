"""Rule comparison_change_end: a line ending on a comparison word and a change with no figure
after it (…同比增长 | 5%) is cut mid-sentence: no headline, no sentence's end. Small invented
inputs -> expected."""
from __future__ import annotations

import pytest

from policydata.text.layout.blocks import ends_dangling, ends_on_comparison
from policydata.text.layout.page_blocks import _headline_lines_ok


@pytest.mark.parametrize("line,cut", [
    ("甲港货物吞吐量同比增长", True),
    ("乙市两类产品产量同比分别下降", True),
    ("丙县粮食产量比上年提高", True),
    ("丙县粮食产量同比", True),            # comparison_word_end, as before
    ("丁市社会消费品零售额同比持平", False),  # 持平 takes no figure
    ("甲市外贸进出口稳定增长", False),        # a headline's change with no comparison word
    ("甲港货物吞吐量同比增长5%", False),
])
def test_ends_on_comparison(line, cut):
    assert ends_on_comparison(line) is cut
    assert ends_dangling(line) is cut


def test_cut_comparison_line_is_no_headline_block():
    assert not _headline_lines_ok(["其后甲港货物吞吐量同比增长"])
    assert _headline_lines_ok(["甲港货物吞吐量稳定增长"])
