"""Where a photo caption starts on a hard-wrapped page (``wrapped_captions``: rules
caption_piece, caption_inside_cut), and the reflow that joins it. Invented lines, set to
fixed column widths."""
import pytest

from policydata.text.layout.reflow import reflow_wrapped
from policydata.text.layout.wrapped_captions import caption_pieces


def _set(paragraphs: list[str], width: int) -> list[str]:
    """Paragraphs set in a column ``width`` characters wide, a closing mark hanging at the end."""
    out = []
    for text in paragraphs:
        while text:
            n = width + 1 if len(text) > width and text[width] in "，。、；：" else width
            out.append(text[:n])
            text = text[n:]
    return out


# an article set 11 characters wide whose column ends mid-sentence
_NARROW = _set(["今年以来，全县把发展特色产业作为富民的重要抓手，先后建成蔬菜基地三处、食用菌基地两处，带动周边农户稳定增收，农"], 11)
_BRIDGE = ["3月5日，甲县跨江大桥1号主塔顶部钢梁吊装就位，标志着大桥建设转入上部施工阶段。",
           "甲县跨江大桥是全省规划的重点工程，全长1200米，总投资达20亿元。大桥建成后，两岸往来时间将缩短一个小时。"]


@pytest.mark.parametrize("lines,expected", [
    # caption_piece: a piece set 14 wide under a column set 11 wide, closed by a credit: all of
    # it is the caption's text (its first line reads as a headline: no sentence end)
    (_NARROW + _set(_BRIDGE, 14) + ["张  三  李  四摄影报道", "村集体经济收入普遍增长。"], {12: 5}),
    # set as wide as the column above: no piece of its own (the caption run rules decide)
    (["今年以来，全县把发展特色产业", "作为富民的重要抓手，先后建成", "蔬菜基地三处，带动周边的农户"] + _set(_BRIDGE, 14) + ["张  三  李  四摄影报道", "村集体经济收入普遍增长。"], {}),
    # longer than a caption (caption_max_lines): a column's text
    (_NARROW + _set(_BRIDGE * 2, 14) + ["张  三  李  四摄影报道", "村集体经济收入普遍增长。"], {}),
])
def test_caption_piece(lines, expected):
    widths = [float(len(line)) for line in lines]
    assert caption_pieces(lines, widths, False) == expected


_FARMS = _set(["全县推进产业融合，建成一批示范基地和冷链仓储中心，农户增收的路子越走越宽。合作社负责人说：“今年全县各个村镇还要"], 14)
_GREENHOUSE = _set(["3月5日，甲县农民在大棚里采摘蔬菜。近年来，甲县大力发展设施农业，建成一批现代化大棚。"], 14)


@pytest.mark.parametrize("lines,expected", [
    # caption_inside_cut: a caption set as wide as the column between the halves of a cut
    # sentence; the line under the credit closes the quote the column's last line opened
    (_FARMS + _GREENHOUSE + ["新华社记者  张  三摄", "再建两处示范基地。”"],
     ["".join(_FARMS), "".join(_GREENHOUSE), "新华社记者  张  三摄", "再建两处示范基地。”"]),
    # the line under the credit opens a paragraph of its own: the column goes on in the caption
    (_FARMS + _GREENHOUSE + ["新华社记者  张  三摄", "今年以来，全县新建学校十所。"],
     ["".join(_FARMS + _GREENHOUSE), "新华社记者  张  三摄", "今年以来，全县新建学校十所。"]),
])
def test_caption_inside_cut(lines, expected):
    assert reflow_wrapped(lines) == expected


def test_the_rule_that_found_where_a_caption_starts_is_logged():
    log: list = []
    reflow_wrapped(_FARMS + _GREENHOUSE + ["新华社记者  张  三摄", "再建两处示范基地。”"], log)
    assert ("caption_inside_cut", len(_FARMS)) in {(d.rule, d.score) for d in log}  # score: the caption's first line


@pytest.mark.parametrize("out,found,spares", [
    # the line under the run's start goes on with the paragraph above, cut mid-sentence: spared
    (["今年甲县在全县推广新的种植", "技术。“收成好多了。”张三说。", "春日，农民在田间劳作。", "李四摄"], (2, "caption_piece"), True),
    # the paragraph above ended: the caption's run may start there
    (["今年甲县在全县推广新的技术。", "“收成好多了。”张三说。", "春日，农民在田间劳作。", "李四摄"], (2, "caption_piece"), False),
    # the line opens a paragraph of its own (a dateline, a scene in time): no tail
    (["今年甲县在全县推广新的种植", "近日，甲县农民在田间劳作。", "春日，农民在田间劳作。", "李四摄"], (2, "caption_piece"), False),
    # no caption piece below, or a start a cut rule found: the run decides
    (["今年甲县在全县推广新的种植", "技术。“收成好多了。”张三说。", "春日，农民在田间劳作。", "李四摄"], None, False),
    (["今年甲县在全县推广新的种植", "技术。“收成好多了。”张三说。", "春日，农民在田间劳作。", "李四摄"], (2, "caption_inside_cut"), False),
])
def test_caption_spares_cut_tail(out, found, spares):
    # rule caption_spares_cut_tail: a caption whose own piece starts lower takes no tail of a cut sentence
    from policydata.text.layout.reflow import _spares_cut_tail
    assert _spares_cut_tail(out, list(range(len(out))), 1, found) is spares
