"""Hard-wrapped paragraphs inside the blocks of a page with blank lines (rule
display_width_fills: a line of half-width digits holds more characters than a line of text in
the same column) and a floating block's move (rule move_needs_pairs: one shared word is no
topic). Small invented pages -> expected paragraphs."""
from __future__ import annotations

import pytest

from policydata.text.layout.articles import reconstruct_articles
from policydata.text.layout.page_blocks import _fills, unwrap_block
from policydata.text.reading import block_gaps, to_blocks


@pytest.mark.parametrize("lines,paragraphs", [
    # a figure opens the second line: the first line is full in display width
    (["本报讯　今年全县茶叶总产量达到", "3.6万吨，比上年增长4.5%，连续", "四年保持增长态势。"],
     ["本报讯\u3000今年全县茶叶总产量达到3.6万吨，比上年增长4.5%，连续四年保持增长态势。"]),
    # a verb cut before its object, under a line of digits that set the width in characters
    (["截至9月底，全区累计建成5G基站", "2150个，区交通运输局表示，将加", "快推进城乡公交一体化建设。"],
     ["截至9月底，全区累计建成5G基站2150个，区交通运输局表示，将加快推进城乡公交一体化建设。"]),
    # a short last line still ends its paragraph; the next paragraph stays apart
    (["甲县新建村级卫生室十二个，覆盖", "全部行政村。", "乙县新建养老服务站八个。"],
     ["甲县新建村级卫生室十二个，覆盖全部行政村。", "乙县新建养老服务站八个。"]),
])
def test_unwrap_block_measures_display_width(lines, paragraphs):
    assert unwrap_block(lines) == paragraphs


@pytest.mark.parametrize("line,token,widths,full", [
    ("全县茶叶总产量达到", "3.6", (12, 10.0), True),    # full in display width only
    ("全县茶叶总产量达到", "增", (12, 10.0), False),
    ("产量3.6万吨，同比增长4.5%，", "连", (14, 14.0), True),  # full in characters only
])
def test_fills(line, token, widths, full):
    assert _fills(line, token, widths) is full


PAGE = """甲县日报　2026年5月12日　星期二　第2版

全县茶叶产业再上台阶

本报讯　今年全县茶叶总产量达到
3.6万吨，比上年增长4.5%，连续
四年保持增长态势。

县茶叶局将推进生态茶园提质改
造，到2028年建成生态茶园3万
亩。

城乡公交一体化加快推进

本报讯　截至4月底，全县开通城
乡公交线路36条，同比增加8条。
县交通运输局表示，将加快建设公
交场站，年内新增候车亭200个。
"""


def test_blank_line_page_rejoins_hard_wrapped_paragraphs():
    articles = reconstruct_articles(to_blocks(PAGE), gaps=block_gaps(PAGE))
    assert [a.title for a in articles] == ["全县茶叶产业再上台阶", "城乡公交一体化加快推进"]
    first, second = articles[0].text, articles[1].text
    assert "达到3.6万吨" in first and "连续四年" in first
    assert "提质改造，到2028年建成生态茶园3万亩。" in first  # the block stays with its story (move_needs_pairs)
    assert "将加快建设公交场站，年内新增候车亭200个。" in second
    assert "茶园" not in second
