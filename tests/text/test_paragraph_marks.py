"""Paragraph and date marks a hard-wrapped page keeps across its line breaks: the text layer's
paragraph indent (rule indent_opens_paragraph), a date cut between its year and month or month
and day (rule split_date), and the column line that goes along with a moved column tail (rule
exchanged_tail_carries_on). Invented lines."""
import pytest

from policydata.text.layout.column_breaks import fit, splits_date
from policydata.text.layout.column_exchange import exchange_cut_ends
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


# rule exchanged_tail_carries_on: the tea story (14 wide) ends its column inside a word (…茶 |
# 农…); its short tail and a new tea paragraph stand under the port story's column (13 wide), and
# that paragraph's first line, 13 long, stops short of the tea width only before a figure (…于
# 2026年 | 10月…): the tea lines under it, set 14 wide, are a piece of their own
_TEA = ["甲县茶产业兴旺", "今年以来，甲县茶园扩大种植面", "积，新建茶叶加工厂两处，全县", "茶农的收入明显提高，还带动茶"]
_PORT = ["乙市港口吞吐量创新高", "乙市港口今年新开通两条远洋", "航线，集装箱吞吐量增长较快。", "港口还将建设一批智能化码头"]
_CAR = ["丙市汽车产业链完整", "丙市新能源汽车产业链条完整，整", "车企业和零部件企业相互配套，出", "口规模创下历史新高。"]
_PORT_START = ["泊位和现代化堆场，提升港口", "装卸效率，货运量将继续增长。"]


@pytest.mark.parametrize("under_joint,tea_on,carried", [
    # the moved paragraph's date goes on in the piece under it: the piece moves along
    (["农增收致富。", "甲县茶园还计划于2026年"], ["10月建成茶文化旅游线路，吸", "引游客到茶园采茶品茶。"],
     "甲县茶园还计划于2026年10月建成茶文化旅游线路，吸引游客到茶园采茶品茶。"),
    # the piece under it opens a paragraph of its own (今年…): nothing goes on across the break
    (["农增收致富。", "甲县茶园还计划于2026年"], ["今年全县还将新建茶叶加工厂，", "吸引游客到茶园采茶品茶。"], None),
])
def test_exchanged_tail_carries_on(under_joint, tea_on, carried):
    lines = _TEA + _PORT + under_joint + tea_on + _CAR + _PORT_START
    log = []
    moved = exchange_cut_ends(lines, log)
    assert sorted(moved) == sorted(lines)
    assert ("exchanged_tail_carries_on" in [d.rule for d in log]) == bool(carried)
    out = reflow_wrapped(lines)
    if carried:
        assert "joint_inside_column" in [d.rule for d in log]
        assert "今年以来，甲县茶园扩大种植面积，新建茶叶加工厂两处，全县茶农的收入明显提高，还带动茶农增收致富。" in out
        assert carried in out
    else:  # no date goes on across the break: the 2026年 line is joined to nothing under it
        assert "甲县茶园还计划于2026年" in out



def _wrap(paragraph: str, width: int = 26, indent: int = 2) -> list[str]:
    """A paragraph set in a column ``width`` wide, its first line's indent stripped by the reader."""
    lines, rest = [paragraph[:width - indent]], paragraph[width - indent:]
    while rest:
        lines.append(rest[:width])
        rest = rest[width:]
    return lines


# the normalized text keeps no indent: on a page whose paragraphs are indented, the second
# paragraph's sentence end fills its last line, and only the next line, two short of its column,
# tells the break (rule indent_opens_paragraph, the stripped indent)
_PARAGRAPHS = [
    "全县的蔬菜基地已经全部投产，带动周边农户稳定增收，种菜的农户越来越多，村里还成立了蔬菜合作社，菜农的腰包也都鼓了起来。",
    "这些基地采用统一标准种植，产品销往全国各地，蔬菜在大中城市的超市里很受欢迎，销量和价格都在逐年稳步增长，订单已经排到了明年春天，合作社正在招收更多社员。",
    "冷链仓储中心去年建成两座，保障蔬菜新鲜上市，农户不再担心卖难，种菜的积极性越来越高，不少外出务工的年轻人也回乡种菜。",
    "全县计划再建两处基地，进一步扩大种植面积和产量，让更多的农户参与进来，共同致富，把蔬菜产业做成全县的支柱产业。"]


def test_a_stripped_indent_opens_a_paragraph():
    lines = [line for paragraph in _PARAGRAPHS for line in _wrap(paragraph)]
    assert len(_wrap(_PARAGRAPHS[1])[-1]) == 26  # the sentence end fills its line
    log = []
    assert reflow_wrapped(lines, log) == _PARAGRAPHS
    assert [d.rule for d in log] == ["indent_opens_paragraph"]
