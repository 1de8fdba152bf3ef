"""Rule quote_source_line (and source_line_runs_on): the source line of an epigraph or a quoted
remark (——摘自…, ——某年某月某日，某某在…时强调) closes the quotation above it; it is no
headline, no column cut, and its wrapped last line is no headline either."""
from __future__ import annotations

import pytest

from policydata.text.layout import reconstruct_articles
from policydata.text.layout.blocks import is_quote_source
from policydata.text.layout.reflow import reflow_page
from policydata.text.layout.running_blocks import _line_kinds


@pytest.mark.parametrize("line,above,expected", [
    ("——摘自某某工作要点", "要把实事办到群众心坎上。", True),
    ("——2024年5月2日，某某在甲省考察时强调", "“要让老百姓过上好日子”。", True),
    ("——编  者", "愿读者与我们一起向前走。”", True),
    ("——甲县推进八项工程", "甲县建设新城区", False),              # a subtitle under its headline
    ("——质量效益稳步提升。全年完成投资200亿元", "主要成效如下。", False),  # a list item
    ("——这个小小的工位，是他与伙伴们", "他走进创业中心，在工位上坐下", False),  # text cut after a dash
])
def test_is_quote_source(line, above, expected):
    assert is_quote_source(line, above) is expected


def test_source_line_is_text_on_a_page_without_blank_lines():
    lines = ["“要把实事办到群众心坎上。”", "——摘自某某工作要点", "清晨，甲村的文化广场上已经热闹起来。"]
    assert _line_kinds(lines) == ["body", "body", "body"]


def test_epigraph_source_opens_no_story():
    # the text under the source line shares nothing with the quotation above it (a topic
    # shift), yet the source line heads no story: it closes the epigraph
    page = "\n".join([
        "让创新成果走出实验室",
        "“把科技创新摆在突出位置，加快培育新动能。”",
        "——摘自某某工作要点",
        "清晨，甲村的文化广场上已经热闹起来，村民们围坐在一起听宣讲员讲政策，不时鼓掌叫好。",
        "宣讲员用方言讲解惠农政策，村民听得明白、记得住，广场上笑声不断。",
        "乙市新建三座口袋公园",
        "本报乙市3月2日电  （记者张明）乙市今年在老城区新建三座口袋公园，方便市民就近休闲。",
        "公园绿地面积合计约2公顷，配有健身步道和儿童游乐设施。",
        "丙县春耕备耕有序推进",
        "本报丙县3月2日电  （记者王强）丙县组织农技人员下田指导，帮助农户做好春耕准备工作。",
    ])
    arts = reconstruct_articles(page)
    assert [a.title for a in arts] == ["让创新成果走出实验室", "乙市新建三座口袋公园", "丙县春耕备耕有序推进"]
    assert "——摘自某某工作要点" in arts[0].text


def test_wrapped_source_line_takes_its_short_last_line():
    # a hard-wrapped column 12 wide: the source names its occasion over three lines
    wrapped = "\n".join([
        "乡风文明建设见实效",
        "“要让乡亲们的日子越过越",
        "红火”。",
        "——2024年5月2日，某某",
        "在甲省考察调研工作时同基层",
        "干部群众交流时强调",
        "乡村振兴，既要塑形也要铸",
        "魂。甲县把移风易俗写进村规",
        "民约，村里的红白事简办了。",
    ])
    out = reflow_page(wrapped)
    assert out is not None
    assert "——2024年5月2日，某某在甲省考察调研工作时同基层干部群众交流时强调" in out.split("\n")
