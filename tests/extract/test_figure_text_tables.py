"""Rule text_table (extract/figures/tables.py): a statistical table carried as text, cells split by
| or a tab, a header naming the columns with units in brackets of any form, the header possibly
wrapped over lines. Every table here is written for the rule, not taken from a document.
"""
from __future__ import annotations

import pytest

from conftest import article_of_lines
from policydata.extract.context import build_context
from policydata.extract.figures import extract_figures
from policydata.extract.figures.tables import find_text_tables


def cells(text: str) -> list[tuple]:
    return [(c.indicator, c.kind, c.value, c.unit, c.direction, text[c.row_start:c.row_end])
            for t in find_text_tables(text) for c in t.cells]


WRAPPED = ("某镇主要产品产量见下表:\n"
           "产品 | 面积\n"
           "(公顷﹚ |\n"
           "较上年增减(%) | 总产量﹙万吨﹚ | 较上年增减﹙%﹚ |\n"
           "小麦 | 1200 | -2.5 | 3.6 | 1.2 |\n"
           "其中:冬小麦 | 800 | 0.5 | 2.4 | -0.75 |\n"
           "茶园面积稳定。")


def test_wrapped_header_small_form_brackets():
    got = cells(WRAPPED)
    row1 = "小麦 | 1200 | -2.5 | 3.6 | 1.2 |"
    row2 = "其中:冬小麦 | 800 | 0.5 | 2.4 | -0.75 |"
    assert got == [("小麦面积", "level", 1200.0, "公顷", "", row1),
                   ("小麦面积下降", "growth", 2.5, "%", "down", row1),
                   ("小麦总产量", "level", 36000.0, "吨", "", row1),
                   ("小麦总产量增长", "growth", 1.2, "%", "up", row1),
                   ("冬小麦面积", "level", 800.0, "公顷", "", row2),
                   ("冬小麦面积增长", "growth", 0.5, "%", "up", row2),
                   ("冬小麦总产量", "level", 24000.0, "吨", "", row2),
                   ("冬小麦总产量下降", "growth", 0.75, "%", "down", row2)]


@pytest.mark.parametrize("table, expected", [
    # generic value column (绝对数): the row's item names the figure; full-width brackets
    ("指标 | 绝对数（亿元） | 比上年增长（%）\n财政收入 | 12.5 | 6.1\n",
     [("财政收入", "level", 1.25e9, "元", ""), ("财政收入增长", "growth", 6.1, "%", "up")]),
    # tab-separated, a count unit (数量 names no quantity of its own) and a share column
    ("项目\t数量(个)\t占比(%)\n合作社\t35\t40.2\n",
     [("合作社", "count", 35.0, "个", ""), ("合作社占比", "share", 40.2, "%", "")]),
    # the unit in the row's item, the column names only the year; an empty cell marker skipped
    ("指标 | 本年 | 比上年增长(%)\n猪肉产量(吨) | 5400 | —\n",
     [("猪肉产量", "level", 5400.0, "吨", "")]),
    # aligned with blanks (two or more spaces between cells), full-width space in the item
    ("指标名称    总量(万头)    同比增长(%)\n生猪出栏    45.2    -3.5\n牛\u3000出栏    1.1    2\n",
     [("生猪出栏", "level", 452000.0, "头", ""), ("生猪出栏下降", "growth", 3.5, "%", "down"),
      ("牛出栏", "level", 11000.0, "头", ""), ("牛出栏增长", "growth", 2.0, "%", "up")]),
    # a header that leaves the item column unnamed
    ("| 出口额(亿美元) | 增速(%) |\n机电产品 | 3.4 | 9.9 |\n",
     [("机电产品出口额", "level", 3.4e8, "美元", ""), ("机电产品出口额增长", "growth", 9.9, "%", "up")]),
])
def test_header_forms(table, expected):
    assert [c[:5] for c in cells(table)] == expected


@pytest.mark.parametrize("text", [
    "甲 | 乙\n1 | 2\n",  # no item column: numbers only
    "全年完成投资12亿元。\n上半年 | 5 | 7\n",  # no header naming the columns
    "项目 | 数量 | 金额\n道路 | 5 | 7\n",  # no unit anywhere: bare numbers are no figures
    "项目 | 数量(个)\n道路 | 5 | 7\n",  # header and rows disagree on the number of columns
    "全年  接待游客(万人次)\n2025年  7  8\n",  # an item cell that is a year gives a width mismatch
    "年份 | 接待游客(万人次) | 增长(%)\n2024年 | 7 | 8\n2025年 | 9 | 3\n",  # a time series: rows named by years
    "会议纪要  第3次  摘要\n出席  12  人\n",  # cells that are no numbers: no data row
])
def test_no_table_figures(text):
    assert cells(text) == []


def _figures_of(text: str):
    """The article of ``text`` (one block per line) and its statistics and targets, dated as a
    document published 2026-03-20."""
    art = article_of_lines(text, "")
    ctx = build_context(art, given_date="2026-03-20", date="2026-03-20", on_page=False)
    stats, targets = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    return art, stats, targets


def test_table_rows_dated_by_the_document():
    text = "2025年全县国民经济统计公报\n" + WRAPPED
    art, stats, targets = _figures_of(text)
    rows = [(s.indicator, s.value, s.period, art.text[s.start:s.end]) for s in stats if "|" in art.text[s.start:s.end]]
    assert len(rows) == 8 and not targets
    assert rows[0] == ("小麦面积", 1200.0, "2025", "小麦 | 1200 | -2.5 | 3.6 | 1.2 |")
    # no number of the table is read a second time as a sentence's figure
    assert len(stats) == 8


# a table stored one cell per line (the item column's name, then each column's name with its unit,
# then each row's item and numbers, one line each): the header's cells fix the width of a row
LINEAR = ("某镇2025年主要经济指标\n"
          "项    目\n"
          "总量(万元)\n"
          "比上年增长(%)\n"
          "工业产值\n"
          "5600\n"
          "7.5\n"
          "其中:食品加工[2]\n"
          "1200\n"
          "-1.5\n"
          "农业产值\n"
          "830\n"
          "—\n"
          "镇内道路总体畅通。")


def test_one_cell_per_line():
    row1, row2, row3 = "工业产值\n5600\n7.5", "其中:食品加工[2]\n1200\n-1.5", "农业产值\n830\n—"
    assert cells(LINEAR) == [("工业产值", "level", 5.6e7, "元", "", row1),
                             ("工业产值增长", "growth", 7.5, "%", "up", row1),
                             ("食品加工", "level", 1.2e7, "元", "", row2),
                             ("食品加工下降", "growth", 1.5, "%", "down", row2),
                             ("农业产值", "level", 8.3e6, "元", "", row3)]


@pytest.mark.parametrize("text", [
    "项目\n总量(万元)\n工业产值\n5600\n",  # a single row: too little to fix a table
    "项目\n总量(万元)\n增长(%)\n工业产值\n5600\n农业产值\n830\n",  # rows shorter than the header
    "年份\n游客(万人次)\n2024年\n7\n2025年\n9\n",  # a time series: rows named by years
    "项目\n工业产值\n5600\n农业产值\n830\n",  # no column names a unit
    "说明如下：\n总量(万元)\n工业产值\n5600\n农业产值\n830\n",  # a sentence is no item column
])
def test_one_cell_per_line_no_table(text):
    assert cells(text) == []


def test_one_cell_per_line_dated_by_the_document():
    text = "2025年全县国民经济统计公报\n" + LINEAR
    art, stats, targets = _figures_of(text)
    assert not targets
    assert [(s.indicator, s.value, s.period) for s in stats] == [
        ("工业产值", 5.6e7, "2025"), ("工业产值增长", 7.5, "2025"), ("食品加工", 1.2e7, "2025"),
        ("食品加工下降", 1.5, "2025"), ("农业产值", 8.3e6, "2025")]


# Rule table_title_unit (r16): a title line above the header (one cell ending on a bracketed unit)
# gives the unit of columns that name none; spaced labels and outline numbers are no part of an
# item's name; 涨幅/涨跌幅 columns hold a change.
@pytest.mark.parametrize("text, expected", [
    ("物价情况如下。\n图5：某县物价比上年涨跌幅度(%) | |\n项 目 | 涨 幅 |\n一、食品 | 0.8 |\n鲜 蛋 | -2.1 |\n",
     [("食品增长", "growth", 0.8, "%", "up", "一、食品 | 0.8 |"),
      ("鲜蛋下降", "growth", 2.1, "%", "down", "鲜 蛋 | -2.1 |")]),
    ("产量如下。\n某镇主要产品产量（吨）\n品\u3000名  产\u3000量\n茶\u3000叶  350\n板\u3000栗  120\n",
     [("茶叶产量", "level", 350.0, "吨", "", "茶\u3000叶  350"),
      ("板栗产量", "level", 120.0, "吨", "", "板\u3000栗  120")]),
])
def test_title_line_unit(text, expected):
    assert cells(text) == expected


def test_title_line_without_unit_is_no_unit():
    # a title with no bracketed unit gives none: columns without a unit still give no figure
    assert cells("见下表。\n某县物价变化\n项 目 | 幅 度 |\n食 品 | 0.8 |\n鲜 蛋 | 2.1 |\n") == []


def test_change_and_rate_columns_read_the_lexicon_lists():
    """The change, comparison and rate words of a column name are figures.json text_table lists
    (one list each), the three patterns built from them."""
    from policydata.extract.figures.findings import lexicon
    from policydata.extract.figures.tables import _change_patterns
    column, rate, words = _change_patterns()
    lex = lexicon()["text_table"]
    assert all(column.search(w) for w in lex["comparison_words"] + lex["change_words"] + lex["rate_words"])
    assert rate.fullmatch("较上年涨幅") and not rate.fullmatch("销售额")
    assert words.sub("", "销售额同比增长率") == "销售额"


def test_outline_number_before_a_row_item_is_dropped():
    """A row's item opened by an outline number (一、蔬菜) is named without it (the one set of item
    numbers, text/item_numbers)."""
    t = "某县主要农产品如下:\n品种 | 产量（吨） | 比去年增长率(%)\n一、蔬菜 | 320 | 4.5\n二、水果 | 150 | -1.2\n"
    assert [(c[0], c[1], c[2], c[4]) for c in cells(t)] == [
        ("蔬菜产量", "level", 320.0, ""), ("蔬菜产量增长", "growth", 4.5, "up"),
        ("水果产量", "level", 150.0, ""), ("水果产量下降", "growth", 1.2, "down")]


# Rule pipe_stream_table (r18): a table whose cells run on as a stream, each closed by a bar, at
# most one cell a line (a layout that lost the rows); a unit line (单位：%) above it gives the unit.
STREAM = ("某镇2025年主要商品价格比上年涨跌幅度\n"
          "单位：%\n"
          "品 类 |\n"
          "涨 跌 |\n"
          "||\n"
          "粮 油 |\n"
          "1.5\n"
          "|\n"
          "|\n"
          "|\n"
          "禽 蛋 |\n"
          "-2.0 |\n"
          "|\n"
          "|\n"
          "鲜 果 |\n"
          "0.0 |\n"
          "|\n"
          "|\n"
          "镇内市场供应充足。")


def test_stream_of_bar_closed_cells():
    assert cells(STREAM) == [("粮油增长", "growth", 1.5, "%", "up", "粮 油 |\n1.5"),
                             ("禽蛋下降", "growth", 2.0, "%", "down", "禽 蛋 |\n-2.0"),
                             ("鲜果增长", "growth", 0.0, "%", "up", "鲜 果 |\n0.0")]


@pytest.mark.parametrize("text", [
    "品类 |\n涨跌 |\n粮油 |\n1.5 |\n禽蛋 |\n-2.0 |\n",  # no unit anywhere
    "单位：%\n品类 |\n涨跌 |\n粮油 |\n1.5 |\n|\n",  # a single row
    "单位：%\n说明如下。|\n涨跌 |\n粮油 |\n1.5 |\n禽蛋 |\n2.0 |\n",  # a sentence is no item column
    "单位：%\n品类 |\n涨跌 |\n粮油 |\n1.5 |\n2.5 |\n禽蛋 |\n2.0 |\n|\n",  # a number past the named columns
])
def test_stream_without_a_table(text):
    assert cells(text) == []


def test_stream_dated_by_the_document():
    text = "2025年全镇国民经济统计公报\n" + STREAM
    art, stats, targets = _figures_of(text)
    assert not targets
    assert [(s.indicator, s.value, s.period) for s in stats] == [
        ("粮油增长", 1.5, "2025"), ("禽蛋下降", 2.0, "2025"), ("鲜果增长", 0.0, "2025")]


def test_structure_with_blanks_around_colons():
    """Rules structure_split and from_base_year read A :B :C as A:B:C (a layout's spacing)."""
    text = "2025年全县国民经济统计公报\n全县三次产业结构由上年的12.6 :40.1 :47.3 调整为12.2:39.5:48.3。"
    art, stats, targets = _figures_of(text)
    assert [(s.value, s.unit, s.period) for s in stats] == [
        (12.6, "%", "2024"), (40.1, "%", "2024"), (47.3, "%", "2024"),
        (12.2, "%", "2025"), (39.5, "%", "2025"), (48.3, "%", "2025")]
