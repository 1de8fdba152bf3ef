"""Round-3 page rules: note_opens_line (an author note wrapped over column lines closes its
article), quoted_term_halves (kickers.same_shape: parallel sub-heads opening with a quoted term),
subhead_series_in_block, box_label_tail and column_wide_line_goes_on. Invented lines only."""
import pytest

from policydata.text.layout.block_heads import heads_in_blocks
from policydata.text.layout.blocks import opens_wrapped_note
from policydata.text.layout.kickers import same_shape
from policydata.text.layout.reflow import reflow_wrapped
from policydata.text.layout.rules import page_rules


def _set(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


@pytest.mark.parametrize("lines,k,expected", [
    (["根基。", "（作者为某大学计算机", "学院教授，本报记者张三", "采访整理）"], 1, 3),
    (["根基。", "（作者单位：甲省社会", "科学院）"], 1, 2),
    (["根基。", "（一）加快建设", "现代化产业体系"], 1, 0),  # a numbered heading, no note
    (["根基。", "（甲县、乙县两地合", "作共建）园区已投用。"], 1, 0),  # the bracket closes inside text
])
def test_opens_wrapped_note(lines, k, expected):
    assert opens_wrapped_note(lines, k) == expected


def test_note_under_full_sentence_line_is_a_line_of_its_own():
    body = _set("推动产业发展要久久为功，坚持开放合作，才能在竞争中赢得主动权，打牢根基。", 12)
    note = ["（作者为某大学经济学院", "院长，本报记者张三采访", "整理）"]
    log: list = []
    out = reflow_wrapped(body + note + ["“好项目”落地见效", "清晨，甲县工业园区里机器轰鸣，工人们正在赶制一批订单。"], log)
    assert "（作者为某大学经济学院院长，本报记者张三采访整理）" in out
    assert out[0].endswith("打牢根基。")
    assert "note_opens_line" in {d.rule for d in log}


@pytest.mark.parametrize("line,other,alike", [
    ("“快办”让群众少跑腿", "“暖心”帮企业解难题", True),     # rule quoted_term_halves
    ("“快办”让群众少跑腿", "“暖心”帮企业解难", False),       # not the same length
    ("“快办”让群众少跑腿", "《条例》让群众少跑", False),       # other marks
    ("甲市“快办”让群众少跑", "乙市“暖心”帮企业解", False),     # the quote does not open the line
])
def test_quoted_term_halves(line, other, alike):
    assert same_shape(line, other) is alike


@pytest.mark.parametrize("label,is_label", [
    ("今日看点", True), ("【两会看点】", True), ("核心阅读", True),
    ("乙省春耕忙", False), ("甲县茶产业发展看点多", False),
])
def test_box_label_tail(label, is_label):
    assert page_rules().is_box_label(label) is is_label


def test_subhead_of_a_series_stays_in_its_block():
    """A block opening with a head shaped like another head line of the page keeps it, though
    its text is set in another column width: a feature's sub-head (rule subhead_series_in_block),
    not a story set in its own column (rule headline_short_of_column)."""
    first = ["“好项目”落地见效"] + _set("清晨，甲县工业园区里机器轰鸣，工人们正在赶制一批订单。"
                                    "园区负责人说，今年已有十余个项目签约落地，带动就业两千多人。", 12)
    second = ["“好服务”留住企业"] + _set("企业办事不出园区，审批材料当天就能办结，不少企业负责人对此"
                                     "赞不绝口，纷纷表示要扩大投资规模，还要引进上下游配套企业。", 16)
    log: list = []
    assert heads_in_blocks([first, second], log) == [first, second]
    assert [d.rule for d in log] == ["subhead_series_in_block"]
    other = ["甲县服务暖企"] + second[1:]  # no sub-head like it on the page: a story's head
    assert heads_in_blocks([first, other], []) == [first, other[:1], other[1:]]


def test_column_wide_line_opens_a_paragraph():
    """A line without a mark as wide as its column, over a text line of that width, is the
    first line of a paragraph (rule column_wide_line_goes_on), no title."""
    above = _set("甲县推进开源社区建设，吸引一批创业团队入驻，带动了产业发展。", 12)
    tail = ["期待更多高效普惠的应用新", "模式加速形成，推动开源生", "态更加繁荣。"]
    out = reflow_wrapped(above + tail)
    assert "期待更多高效普惠的应用新模式加速形成，推动开源生态更加繁荣。" in out


_FILLER = ("全县今年推进农田水利建设新修水渠二十公里灌溉面积明显扩大粮食产量再创新高农民收入稳步增长乡村面貌焕然"
           "一新甲市加快发展数字经济建成一批智能工厂和数字车间带动上下游企业集聚发展产业规模持续扩大乙省持续优化营"
           "商环境推行企业开办一网通办审批时间大幅压缩市场主体活跃度明显提升")


def _widths(widths: list[int]) -> list[str]:
    out, pos = [], 0
    for w in widths:
        out.append(_FILLER[pos:pos + w])
        pos += w
    return out


def test_three_interleaved_column_widths_are_a_column_set():
    """Rule neighbour_widths_agree: columns 24, 10 and 16 wide interleaved in pieces of two or
    three lines leave no window one width, but each line is as wide as a line next to it."""
    from policydata.text.layout.line_widths import is_column_set
    assert is_column_set(_widths([24, 24, 10, 10, 16, 16, 24, 24, 10, 10, 10, 16, 16, 24, 24, 10, 10]))
    assert not is_column_set(["甲省部署经济工作", "记者 张三 甲省报道", "前三季度,甲省经济稳定恢复,就业保持稳定。",
                              "地方稳增长瞄准", "扩投资、促消费、稳工业"])
