"""Paragraph and date marks a hard-wrapped page keeps across its line breaks: the text layer's
paragraph indent (rule indent_opens_paragraph), a date cut between its year and month or month
and day (rule split_date), and the column line that goes along with a moved column tail (rule
exchanged_tail_carries_on). Invented lines."""
import pytest

from policydata.text.layout.column_breaks import fit, splits_date
from policydata.text.layout.reflow import indent_marked, reflow_wrapped

INDENT = "\u3000\u3000"
# an article set 18 characters wide; its paragraphs open with a full-width indent, and two of
# its sentence ends fill their lines, so that only the indent tells the paragraph break
PAGE = [INDENT + "全县的蔬菜基地已经全部投产，带动周边", "农户稳定增收，菜农的腰包都鼓了起来。",
        INDENT + "这些基地采用统一标准种植，产品销往全", "国各地，蔬菜在大中城市超市里很畅销。",
        INDENT + "冷链仓储中心去年建成投用，保障蔬菜新", "鲜上市，农户不再担心卖难，种菜的积极",
        "性越来越高。", INDENT + "今年全县计划再建两处基地，进一步扩大", "种植面积和产量。"]


@pytest.mark.parametrize("raw,expected", [
    # rule indent_opens_paragraph: the indented line under a sentence end opens a paragraph
    (PAGE, ["全县的蔬菜基地已经全部投产，带动周边农户稳定增收，菜农的腰包都鼓了起来。",
            "这些基地采用统一标准种植，产品销往全国各地，蔬菜在大中城市超市里很畅销。",
            "冷链仓储中心去年建成投用，保障蔬菜新鲜上市，农户不再担心卖难，种菜的积极性越来越高。",
            "今年全县计划再建两处基地，进一步扩大种植面积和产量。"]),
    # the same lines without the indent: a full sentence end goes on in a line that opens like
    # no paragraph (the layer's indent was the only mark)
    ([ln.strip() for ln in PAGE],
     ["全县的蔬菜基地已经全部投产，带动周边农户稳定增收，菜农的腰包都鼓了起来。"
      "这些基地采用统一标准种植，产品销往全国各地，蔬菜在大中城市超市里很畅销。"
      "冷链仓储中心去年建成投用，保障蔬菜新鲜上市，农户不再担心卖难，种菜的积极性越来越高。",
      "今年全县计划再建两处基地，进一步扩大种植面积和产量。"]),
])
def test_indent_opens_paragraph(raw, expected):
    log = []
    assert reflow_wrapped([ln.strip() for ln in raw], log, indent_marked(raw)) == expected
    assert any(d.rule == "indent_opens_paragraph" for d in log) == (raw is PAGE)


@pytest.mark.parametrize("raw,expected", [
    (PAGE, {ln.strip() for ln in PAGE if ln.startswith(INDENT)}),
    (["  甲县扩大种植", "面积三万亩。", "乙市港口增长。"], {"甲县扩大种植"}),  # two ASCII spaces indent too
    ([INDENT + "甲", INDENT + "乙", "丙"], set()),  # a layer indenting most lines marks no paragraph
    ([INDENT + "甲县扩大种植", "甲县扩大种植", "面积。", "乙市。", "丙县。"], set()),  # also unindented: no mark
    (["甲县扩大种植", "面积三万亩。"], set()),
])
def test_indent_marked(raw, expected):
    assert indent_marked(raw) == expected


@pytest.mark.parametrize("before,after,expected", [
    ("项目于2025年", "10月8日开工建设。", True),     # a year, then its month
    ("大会定于3月", "15日在北京召开。", True),        # a month, then its day
    ("全年增长5%", "12月起实施。", False),            # no date above the cut
    ("2025年", "全市新建学校10所。", False),          # no month under it
    ("计划到2027年", "底建成。", False),
])
def test_splits_date(before, after, expected):
    assert splits_date(before, after) is expected


def test_a_date_under_the_cut_opens_no_paragraph():
    # rule split_date: the month under a cut year goes on with it; a month after a sentence opens one
    score, rules = fit("新厂房于2025年", "10月8日开工建设，预计年底投产。")
    assert "split_date" in {d.rule for d in rules} and score >= 1
    assert "paragraph_opener" not in {d.rule for d in rules}
    score, rules = fit("全县新建厂房两处，", "10月8日，新厂房开工建设。")
    assert "split_date" not in {d.rule for d in rules}
