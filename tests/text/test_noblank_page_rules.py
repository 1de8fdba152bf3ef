"""Pages without blank lines (hard-wrapped or one paragraph a line): the rules added for
column labels over couplet titles, titled boxes, captions at the page's foot, lists set one
group of items a line and closing marks hanging past a column's edge. One small invented
input -> expected per rule."""
from __future__ import annotations

from policydata.text.layout.column_pieces import list_lines
from policydata.text.layout.kickers import _is_couplet, _is_kicker
from policydata.text.layout.line_widths import run_width
from policydata.text.layout.reflow import reflow_wrapped
from policydata.text.layout.running_blocks import infer_gaps
from policydata.text.layout.blocks import ends_dangling

LEAD = ["甲市出台措施支持小微企业融资",
        "本报甲市3月2日电  （记者张三）甲市日前出台措施，支持小微企业融资，对首次贷款的企业给予贴息。",
        "措施明确，银行对小微企业的贷款利率不高于上年水平，并简化审批手续。"]
LAST = ["丙省春耕备耕有序推进",
        "本报丙省3月2日电  （记者李四）眼下正值春耕备耕关键时期，丙省各地抢抓农时，组织农民开展田间管理。"]


def test_kicker_over_couplet_title():
    # a label no shorter than the title's lines, over a title set as two halves of one length
    assert _is_couplet("老街换新颜", "游客回头多") and not _is_couplet("老街换新颜", "游客多")
    assert _is_kicker("乡村振兴观察", "老街换新颜", False, "游客回头多")
    assert not _is_kicker("乡村振兴观察", "老街换新颜", False, "游客回头")
    page = LEAD + ["乡村振兴观察", "老街换新颜", "游客回头多",
                   "春节前后，乙县的老街游人如织，青石板路两旁的店铺挂起了红灯笼，手工艺人现场制作糖画。",
                   "县里去年对老街的排水和电力设施进行了改造，保留了原有的建筑风貌。"] + LAST
    # the label is a block of its own (kicker_line at 4), the story starts at the label (3)
    assert sorted(infer_gaps(page)) == [1, 3, 4, 6, 8, 9]


def test_titled_box_is_story():
    page = LEAD + ["延伸阅读", "小微企业融资的新路径",
                   "近年来，各地银行探索以订单、专利等作为担保，为小微企业提供贷款，缓解了企业资金周转的难题。",
                   "（作者为某大学金融学院教授）"] + LAST
    # the box's label (3) and its title (4) open a story; before: one block from 1 to 7
    assert sorted(infer_gaps(page)) == [1, 3, 4, 5, 7, 8]


def test_caption_at_page_foot():
    page = LEAD + LAST + ["3月1日，丙省农机手在田间播种。新华社记者  周七摄"]
    # the caption on the last line is a block of its own, as one inside the page is
    assert 5 in infer_gaps(page, reflowed=True)


def test_list_under_colon():
    lines = ["乙市推行社保业务通办", "本报乙市5月6日电  （记者王五）", "记者从乙市人社局获悉：",
             "东城区、西城区、", "南城区、北城区、", "高新区、经开区、", "等六个区的社保网点已经",
             "开通通办业务，群众可以", "在任一网点办理参保登记", "和待遇认证等十多项业务。"]
    assert sorted(list_lines(lines, ["body"] * len(lines))) == [3, 4, 5]
    # the colon line is the text's first line (no byline: rule byline_name_ends); the list goes on it
    assert reflow_wrapped(lines)[2:] == [
        "记者从乙市人社局获悉：东城区、西城区、南城区、北城区、高新区、经开区、等六个区的社保网点已经开通通办业务，"
        "群众可以在任一网点办理参保登记和待遇认证等十多项业务。"]


def test_hanging_mark_votes_down():
    # three lines of 20 and three of 21 that end on a comma: the column is 20 wide
    hanging = [False, True, False, True, False, True]
    assert run_width([20.0, 21.0, 20.0, 21.0, 20.0, 21.0], 0, 1, 6, None, hanging) == 20.0
    assert run_width([20.0, 21.0, 20.0, 21.0, 20.0, 21.0], 0, 1, 6) == 21.0


def test_focus_word_end():
    assert ends_dangling("各级干部特别是") and ends_dangling("主要任务包括") and not ends_dangling("特别是这样。")
