"""Rule headline_on_dateline (text/layout/dateline_heads.py): on a page whose blank lines part
the headlines from their text, one story may still set its head directly on its dateline. The
Chinese lines are written for these tests."""
from __future__ import annotations

from policydata.text.layout import reconstruct_articles
from policydata.text.layout.dateline_heads import head_over_dateline, heads_on_datelines

PAGE = "\n".join([
    "甲省春耕备耕有序推进",
    "",
    "本报甲省3月4日电  （记者张三）记者从甲省农业",
    "农村厅获悉：全省春耕备耕工作有序推进，各地",
    "抢抓农时开展田间管理，农资供应总体充足。",
    "全省今年计划新建高标准农田一百万亩，目前",
    "已开工六成，预计五月底前全部完工。",
    "",
    "乙市老旧小区改造",
    "全面开工",
    "本报乙市3月4日电  （记者李四）乙市今年",
    "计划改造老旧小区二百个，目前已全部开工，",
    "涉及居民三万余户，预计年底前完成改造。",
    "改造内容包括加装电梯、更新管网等项目。",
    "",
    "丙县新建图书馆开放",
    "",
    "本报丙县3月4日电  （记者王五）丙县新建",
    "图书馆4日正式开放，馆内藏书二十万册，设有",
    "少儿阅览区和数字阅读区，周末延长开放时间。",
])


def test_a_head_on_its_dateline_heads_its_own_story():
    titles = [a.title for a in reconstruct_articles(PAGE, gaps=frozenset())]
    assert titles == ["甲省春耕备耕有序推进", "乙市老旧小区改造全面开工", "丙县新建图书馆开放"]
    arts = reconstruct_articles(PAGE)
    assert len(arts) == 3 and "全面开工" in arts[1].title
    assert "乙市今年计划改造" not in arts[0].text


def test_lines_over_a_dateline_that_end_a_sentence_are_no_head():
    block = ["上述工作将在月底前全部完成。", "本报乙市3月4日电  （记者李四）乙市今年", "计划改造老旧小区二百个。"]
    assert head_over_dateline(block) == 0
    assert heads_on_datelines([block], []) == [block]


def test_a_block_opening_on_its_dateline_is_left_whole():
    block = ["本报丙县3月4日电  （记者王五）丙县新建", "图书馆4日正式开放，馆内藏书二十万册。"]
    assert heads_on_datelines([block], []) == [block]
