"""Pages without blank lines, hard-wrapped: rules place_name_kept_whole, foot_per_piece,
topic_over_resumed_cut, caption_piece_holds_credit and caption_piece_unmeasured. One small
invented input -> expected per rule."""
from __future__ import annotations

from policydata.text.layout.column_pieces import column_pieces
from policydata.text.layout.line_widths import first_token
from policydata.text.layout.reflow import _piece_holds_caption
from policydata.text.layout.running_blocks import infer_gaps
from policydata.text.layout.wrapped_captions import _unmeasured_width, caption_pieces


def _widths(lines):
    return [float(len(x)) for x in lines]


def test_place_name_kept_whole():
    # a division's full name goes down whole: the line above stands short of its column
    assert first_token("内蒙古自治区率先出台办法") == "内蒙古自治区"
    assert first_token("内容丰富") == "内"
    lines = ["今年以来，各地推进节水型", "社会建设，取得明显成效。", "作为首批试点，",
             "内蒙古自治区率先出台办法", "明确各地用水总量和强度。"]
    # one column piece: the short line is no column foot (7 + 6 characters overflow 12)
    assert [(a, e) for a, e, _ in column_pieces(lines, _widths(lines))] == [(0, 5)]


def test_foot_per_piece():
    # two articles cut at a short foot each; both feet end their column pieces
    lines = ["甲县推进农田水利建设，今", "年新修水渠二十公里，灌溉", "面积扩大，全县粮", "乙市召开春季运动会",
             "乙市春季运动会日前开幕了", "三千名学生参加比赛，各校", "师生踊跃参加，赛场气氛热", "烈，家长",
             "丙省春耕备耕有序推进", "眼下正值春耕备耕关键时期"]
    pieces = [(a, e) for a, e, _ in column_pieces(lines, _widths(lines))]
    assert (0, 3) in pieces and (4, 8) in pieces


def test_topic_over_resumed_cut():
    # a sub-head under the paragraph that resumes a cut tax story after another story and a
    # caption is no story head: its text goes on with the tax story above the cut
    page = ["警惕纳税申报误区",
            "本报甲市5月6日电  （记者张三）各地推进纳税申报便利化，企业可以在线办理申报，",
            "乙市召开春季运动会",
            "本报乙市5月6日电  （记者李四）乙市春季运动会日前开幕，三千名学生参加田径比赛。",
            "跳高跳远场地人头攒动，接力赛跑气氛热烈，闭幕式上颁发了奖杯。",
            "运动会期间，各校还组织了文艺表演，家长们也来到现场为孩子加油。",
            "图为运动会开幕式现场。",
            "新华社记者  王  五摄",
            "程序性义务随即履行完毕。",
            "零收入不等于零申报",
            "企业没有营业收入也须在线据实申报纳税，不能随意把申报表填零。",
            "丙省春耕备耕有序推进",
            "本报丙省5月6日电  （记者赵六）眼下正值春耕备耕关键时期，丙省各地抢抓农时。"]
    gaps = infer_gaps(page)
    assert 9 not in gaps and 11 in gaps


def test_caption_piece_holds_credit():
    # a caption piece found in its own width (图为 line at 5, first line 3) keeps the credit at 7:
    # a cut rule's start higher up (1) would take the column's last lines into the caption
    assert _piece_holds_caption({5: (3, "caption_piece")}, 1, 7)
    assert not _piece_holds_caption({5: (3, "caption_piece")}, 4, 7)
    assert not _piece_holds_caption({}, 1, 7)


def test_caption_piece_unmeasured():
    # the caption's lines stop short before digit runs and tell no width: the widest line gives it
    assert _unmeasured_width([24.0, 25.0]) == 25.0 and _unmeasured_width([24.0, 16.0, 6.0]) == 0.0
    lines = ["全县推进产业融合发展，建成", "一批示范基地，带动农户增收", "，今年还将新建两处基地，",
             "据统计，今年一季度全市蔬菜外销量达到", "3200吨，同比增长15%。",
             "图为4月2日，甲县农民在大棚里采摘蔬菜。", "新华社记者  张  三摄", "并扩大种植规模。"]
    assert caption_pieces(lines, _widths(lines), False) == {5: 3}
