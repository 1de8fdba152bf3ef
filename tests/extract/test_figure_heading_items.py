"""Rule heading_item_sentence (figures.json, extract/figures/walk.py, recognize/sections.py): a
numbered list line that is a whole sentence with a figure is a list item, not a heading, so its
figure is read; rule item_number_strip (phrases.py) keeps the item's number out of the indicator.
Every text here is written for the rules, not taken from a document.
"""
import pytest

from policydata.pipeline import parse_text

PLAN = "某县2026年重点工作任务分工方案\n一、2026年主要预期目标\n"


def _targets(text):
    return [(r["indicator"], r["value"], r["unit"], r["comparator"], r["target_year"])
            for r in parse_text(text, date="2026-03-01")["targets"]]


@pytest.mark.parametrize("text, expected", [
    # 1. marker, followed by a line that is no figure
    (PLAN + "1.全县地区生产总值增长5.5%左右。\n牵头单位:县发展改革局\n2.城镇新增就业3000人以上。\n",
     [("全县地区生产总值增长", 5.5, "%", "~", 2026), ("城镇新增就业", 3000.0, "人", ">=", 2026)]),
    # （二） marker
    (PLAN + "（一）粮食产量稳定在20万吨以上。\n（二）居民人均可支配收入增长6%。\n",
     [("粮食产量", 200000.0, "吨", ">=", 2026), ("居民人均可支配收入增长", 6.0, "%", "=", 2026)]),
    # 1、 marker ending on a semicolon
    (PLAN + "1、规上工业增加值增长8%；\n", [("规上工业增加值增长", 8.0, "%", "=", 2026)]),
])
def test_numbered_sentence_with_a_figure_is_read(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize("line", [
    "1.稳定经济增长",  # a heading: no sentence-final mark, no figure
    "2.2026年重点任务。",  # its only number is a year
    "（三）第3批示范项目建设",  # an ordinal, and no sentence end
])
def test_headings_give_no_figure(line):
    assert _targets(PLAN + line + "\n") == []
