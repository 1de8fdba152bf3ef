"""A box set under its label inside a text block (rules box_title_unfilled, kicker_in_block for a box
label) and a photo credit wrapped in the caption's narrow column (credit_wraps_below), on a small
hard-wrapped page with blank lines between blocks. The Chinese lines are written for these tests."""
from __future__ import annotations

import pytest

from policydata.text.layout import block_kind, reconstruct_articles
from policydata.text.layout.page_blocks import credit_wraps_below
from policydata.text.reading import prepare_text_and_gaps

PAGE = """甲县水利建设提速

本报甲县3月2日电  （记者李明）甲县
今年新修水渠二十公里，灌溉面积扩大
了一倍，并在沿线新建泵站三十余座。
县水利局负责人说，明年还将继续推进
农田水利设施建设，让更多耕地旱涝保

清晨，村民在新修的水渠边查看
水情，渠水清澈，灌溉便利。
本报记者  张  三摄（影像
中国）

收。全县粮食产量也随之稳步提高，农
民收入明显增加。

记者手记
好渠何以“修成”
全县新修水渠的消息让
人眼前一亮，村民们说
起水渠都十分高兴。修
渠靠的是干部群众一条
心，一锹一锹挖出了好
日子。

乙市口袋公园迎客来

本报乙市3月2日电  （记者王五）乙市
新建的十座口袋公园日前全部开放，市
民可就近休闲健身。公园由闲置地块改
造而成，配有健身器材和儿童游乐设施。"""


@pytest.fixture(scope="module")
def articles():
    text, gaps = prepare_text_and_gaps(PAGE, ".txt")
    return reconstruct_articles(text, gaps=gaps)


def test_box_under_its_label_is_an_article(articles):
    assert [a.title for a in articles] == ["甲县水利建设提速", "好渠何以“修成”", "乙市口袋公园迎客来"]
    assert "记者手记" not in articles[1].title
    assert articles[1].text.rstrip().endswith("挖出了好日子。")


def test_caption_with_wrapped_credit_is_whole(articles):
    caption = "清晨，村民在新修的水渠边查看\n水情，渠水清澈，灌溉便利。\n本报记者  张  三摄（影像\n中国）"
    assert articles[0].captions == [caption]
    assert "旱涝保收。全县粮食" in articles[0].text and "旱涝保清晨" not in articles[0].text
    # the caption's sentence is the article's reader text too, its credit is not
    assert "\n清晨，村民在新修的水渠边查看水情，渠水清澈，灌溉便利。" in articles[0].text
    assert "摄（影像" not in articles[0].text


@pytest.mark.parametrize("block, want", [
    (["水边的清晨。", "本报记者  张  三摄（影像", "中国）"], "caption"),   # the credit wrapped
    (["水边的清晨。", "本报记者  张  三摄（影像中国）"], "caption"),       # on one line
    (["甲市（乙县）新建公园十座，", "丙镇）"], ""),                      # a bracket, no credit
    (["水边的清晨，游人如织（影像", "中国）"], ""),                        # no credit above
])
def test_credit_wraps_below(block, want):
    assert (block_kind(block) == "caption") == (want == "caption")
    assert credit_wraps_below(block) == (want == "caption" and len(block[-1]) < 6)


def test_wrapped_credit_closes_its_caption_on_a_page_without_blank_lines():
    """Rule credit_wraps_below in the reflow (reflow._credit_tails_joined): on the same page without
    blank lines the wrapped credit (…摄（影像 | 中国）) closes the caption set between the halves of a
    cut sentence, and the sentence is whole again."""
    lead = PAGE.split("\n\n记者手记")[0]
    flat = "\n".join(ln for ln in (lead + "\n" + PAGE.split("日子。\n\n")[1]).split("\n") if ln.strip())
    text, gaps = prepare_text_and_gaps(flat, ".txt")
    read = reconstruct_articles(text, gaps=gaps)
    assert [a.title for a in read] == ["甲县水利建设提速", "乙市口袋公园迎客来"]
    assert len(read[0].captions) == 1 and read[0].captions[0].startswith("清晨，村民在新修的水渠边")
    assert read[0].captions[0].endswith("摄（影像中国）")
    assert "旱涝保收。全县粮食" in read[0].text and "中国）" not in read[0].text
