"""Which reading of a hard-wrapped page with blank lines wins: the one by its blank lines or the
one found without them (articles._flat_wins, rule wrapped_despite_blanks), and the signs it
weighs: over_split (stray_piece), glued_byline, buried_dateline, sibling_subhead. The Chinese
lines are written for these tests."""
from __future__ import annotations

import pytest

from policydata.document import Article, Block
from policydata.text.layout.articles import _flat_wins
from policydata.text.layout.faults import glued_datelines, glued_headlines, over_split_faults


def art(title, *blocks, byline=""):
    return Article(index=1, title=title, text="\n".join(t for _, t in blocks), byline=byline,
                   blocks=[Block(kind, 0, len(t), t) for kind, t in blocks])


BODY1 = ("body", "甲县今年新修水渠二十公里，灌溉面积扩大了一倍。")
BODY2 = ("body", "沿线新建泵站三十余座，农户用水更方便。")
BODY3 = ("body", "乙市新建的十座口袋公园日前全部开放。")
BODY4 = ("body", "公园由闲置地块改造而成，市民可就近健身。")

# a feature with a series of sub-heads of one form (X，Y更Z)
FEATURE = art("甲县水利建设见闻", BODY1, ("heading", "水渠连成网，灌溉更足"), BODY2,
              ("heading", "泵站建起来，用水更便"), BODY3, ("heading", "公园开起来，生活更美"), BODY4)
# the same page read without its blank lines: the last sub-head taken for a story's title
FEATURE_SPLIT = [art("甲县水利建设见闻", BODY1, ("heading", "水渠连成网，灌溉更足"), BODY2,
                     ("heading", "泵站建起来，用水更便"), BODY3),
                 art("公园开起来，生活更美", BODY4)]
# two stories glued by the blank lines: the second one's headline and dateline inside the first
GLUED = art("甲县水利建设见闻", BODY1, BODY2, ("heading", "乙市口袋公园迎客"), BODY3, BODY4,
            byline="记者 张三 甲县报道；本报乙市3月2日电  （记者李四）")
GLUED_SPLIT = [art("甲县水利建设见闻", BODY1, BODY2, byline="记者 张三 甲县报道"),
               art("乙市口袋公园迎客", BODY3, BODY4, byline="本报乙市3月2日电  （记者李四）")]
# two stories read apart by the blank lines; without them a cut line is taken for a third title
APART = [art("甲县水利建设见闻", BODY1, BODY2), art("乙市口袋公园迎客", BODY3, BODY4)]
APART_SPLIT = [art("甲县水利建设见闻", BODY1), art("十座口袋公园的", ("body", "改造工程，市民可就近健身。")),
               art("乙市口袋公园迎客", BODY3, BODY4)]


@pytest.mark.parametrize("flat, blank, want", [
    (FEATURE_SPLIT, [FEATURE], False),  # a feature's own sub-head series: no glue (sibling_subhead)
    (GLUED_SPLIT, [GLUED], True),       # a second dateline and headline inside one article
    (APART_SPLIT, APART, False),        # the extra article is a stray piece (over_split)
    (APART, APART, False),              # a tie without glue: the blank lines decide
])
def test_flat_reading_wins(flat, blank, want):
    assert _flat_wins(flat, blank) is want


def test_sibling_subhead_is_excused():
    found = glued_headlines([FEATURE], FEATURE_SPLIT)
    assert [(d.rule, d.score) for d in found] == [("sibling_subhead", 0)]
    other = art("甲县水利建设见闻", BODY1, ("heading", "乙市口袋公园迎客"), BODY3)
    assert [d.rule for d in glued_headlines([other], APART)] == ["glued_headline"]


@pytest.mark.parametrize("article, want", [
    (GLUED, ["glued_byline"]),
    (art("标题", ("body", "沿线新建泵站三十余座乙市口袋公园迎客本报乙市3月2日电  （记者李四）日前开放。")),
     ["buried_dateline"]),
    (art("标题", ("body", "本报乙市3月2日电  （记者李四）乙市3月1日起开放公园。")), []),  # its own dateline
    (art("标题", BODY1, byline="本报记者 张三；本报通讯员 李四"), []),  # two bylines, one story
])
def test_glued_datelines(article, want):
    assert [d.rule for d in glued_datelines([article])] == want


def test_stray_piece_needs_several_articles_and_no_dateline():
    piece = art("十座口袋公园的", ("body", "改造工程，市民可就近健身。"))
    brief = art("乙市公园开放", ("body", "本报讯  日前，乙市十座公园开放。"))
    assert [d.rule for d in over_split_faults(APART + [piece])] == ["stray_piece"]
    assert over_split_faults([piece]) == []
    assert over_split_faults(APART + [brief]) == []


@pytest.mark.parametrize("title,first,fault", [
    ("甲县推进茶叶产业生", "态建设。", True),           # 生态: a word the reading uses elsewhere, split
    ("甲县推进茶叶产业生", "近日，态势良好。", False),   # the text opens a paragraph
    ("甲县推进茶叶产业", "今年全县茶园面积扩大。", False),
    ("“生态茶园”", "态建设。", False),                  # a title closed by its quote is whole
])
def test_title_splits_word_is_a_cut_title(title, first, fault):
    # rule title_splits_word: a title cut inside a word the reading uses is a column line
    from policydata.text.layout.faults import reading_faults
    other = art("乙市保护湿地生态", ("body", "乙市重视生态保护，湿地生态持续向好。"))
    rules = [d.rule for d in reading_faults([art(title, ("body", first)), other])]
    assert ("cut_title" in rules) is fault
