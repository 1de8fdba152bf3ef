"""Heads set inside a block of a block page (text/layout/block_heads.py), the dateline form
据新华社某地X月X日电 (opener rule source_dateline) and bylines (box_label_no_byline,
byline_name_ends). The Chinese lines are written for these tests."""
from __future__ import annotations

import pytest

from policydata.text.layout import classify_block, opener
from policydata.text.layout.block_heads import box_head, caption_top, foot_head, heads_in_blocks, top_head

TEXT = ["甲县今年新修水渠二十公里，灌溉面积", "扩大了一倍，并在沿线新建泵站三十余", "座。"]
BOX = ["全县新建的养老驿站已有", "三十多家，老人们在家门", "口就能吃上热饭。"]
NARROW = ["乙市新建的十座口袋公园日前全部", "开放，市民可就近休闲健身。公园", "由闲置地块改造而成。"]


@pytest.mark.parametrize("block, want", [
    (["记者手记", "小站里的", "大变化"] + TEXT, 3),          # a box label over the box's title
    (["记者手记"] + TEXT, 0),                               # a label over text: the box's label only
    (["核心阅读", "甲县今年新修水渠二十公里。"] + TEXT, 0),   # a finished sentence is no title
    # rule box_title_unfilled: a narrow box's title as wide as all but one of its text's columns
    (["记者手记", "驿站何以“留得住”"] + BOX, 2),
    (["记者手记", "驿站何以留得住，"] + BOX, 0),               # a mark: a text line's start
    (["记者手记", "全县新建的养老驿站已有"] + BOX, 0),          # fills the column: a text line
])
def test_box_label_over_title(block, want):
    assert box_head(block) == want


@pytest.mark.parametrize("block, before, want", [
    (["口袋公园迎客来"] + NARROW, 21, 1),            # a new story in a narrower column
    (["见闻", "口袋公园", "迎客来"] + NARROW, 21, 3),  # a kicker and a two-line title over it
    (["口袋公园迎客来"] + NARROW, 15, 0),            # the same column as the text above: a section head
    (["公园建成，市民受益"] + NARROW, 21, 0),         # a mark inside: a section head's two halves
    (["口袋公园迎客来"] + NARROW, 0, 0),             # no text block above to compare with
])
def test_headline_short_of_column(block, before, want):
    assert top_head(block, before) == want


@pytest.mark.parametrize("nxt, want", [
    (["本报丙市3月2日电  （记者王五）丙市", "春耕备耕工作全面展开。"], 2),
    (["春耕备耕工作全面展开。"], 0),                  # no dateline under it: no story starts
])
def test_headline_over_next_dateline(nxt, want):
    column = ["全县今年新修水渠二十公里，灌溉面", "积扩大了一倍，并新建泵站三十余座"]
    assert foot_head(column + ["丙市春耕", "备耕有序推进"], nxt) == want


@pytest.mark.parametrize("block, want", [
    (["清晨，游客在湖边观赏日出。", "张三摄（影像中国）", "的灯光亮起，游客纷纷驻足拍照，", "广场上热闹非凡。"], 2),
    (["清晨，游客在湖边观赏日出。", "张三摄（影像中国）"], 0),  # the whole block is the caption
])
def test_caption_atop_block(block, want):
    assert caption_top(block) == want


def test_heads_in_blocks_logs_each_rule():
    log = []
    blocks = heads_in_blocks([["甲县水利建设提速"] + TEXT, ["口袋公园迎客来"] + NARROW], log)
    assert blocks[1] == ["口袋公园迎客来"] and [d.rule for d in log] == ["headline_short_of_column"]


@pytest.mark.parametrize("line, kind, dateline", [
    ("据新华社丁市4月1日电  由某企业承建的", "headline", "据新华社丁市4月1日电"),  # text follows: a dateline
    ("据新华社丁市4月1日电", "attribution", ""),                               # alone: a source line
    ("记者手记", "headline", ""),                                              # a box label, no byline
    ("记者从某市教育局获悉：今年", "headline", ""),                             # text, no byline
    ("本报记者 张三 李四", "byline", ""),
])
def test_datelines_and_bylines(line, kind, dateline):
    assert classify_block(line) == kind and opener(line) == dateline
