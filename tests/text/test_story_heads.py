"""Story heads on hard-wrapped pages without a byline or dateline: the weighted signals of
rule head_signals, author notes wrapped over lines (wrapped_bracket_note), titles wrapped
inside a word (title_wrapped_in_word). One small input -> expected per case; the Chinese
lines are written for these tests."""
from __future__ import annotations

import pytest

from policydata.text.layout import reconstruct_articles
from policydata.text.layout.kickers import _title_wrapped_in_word
from policydata.text.layout.running_blocks import _line_kinds, infer_gaps
from policydata.text.layout.story_heads import head_signal_score

ABOVE = "甲县推进农田水利建设，今年新修水渠二十公里，灌溉面积明显扩大，农民增收有了保障。"


@pytest.mark.parametrize("head,below,share,score", [
    # the headline's terms recur under it and not above, the text under it nearly foreign
    (["冬季校园艺术节开", "幕吸引学生参与"], "日前，乙市第一中学校园艺术节开幕，学生参与书法、绘画等活动。", 0.06, 2),
    # the same text, but sharing more with the text above: one signal only
    (["冬季校园艺术节开", "幕吸引学生参与"], "日前，乙市第一中学校园艺术节开幕，学生参与书法、绘画等活动。", 0.2, 1),
    # a sub-head that goes on with its article: its terms are above too
    (["水渠建设提速"], "水利部门介绍，水渠建设今年提速，灌溉面积继续扩大。", 0.06, 1),
    # an author note opening with a bracket: below the threshold though both signals hold
    (["（作者单位：某某", "大学经济学院）"], "日前，乙市大学经济学院召开座谈会，学院师生参加。", 0.06, 0),
    # the tail of a word cut at a column end (印，…): so too
    (["印，相信校园艺术节"], "日前，乙市第一中学校园艺术节开幕，学生参与书法、绘画等活动。", 0.06, 0),
])
def test_head_signal_score(head, below, share, score):
    lines = [ABOVE] + head + [below]
    assert head_signal_score(lines, 1, len(head), share) == score


@pytest.mark.parametrize("lines,kinds", [
    # an author note wrapped over two lines is a source line, not two headline lines
    (["正文结束了。", "（作者单位：某某", "大学经济学院）", "乙县茶叶喜丰收"], ["body", "attribution", "attribution", "headline"]),
    (["正文结束了。", "(作者为某某大学", "经济学院教授)", "乙县茶叶喜丰收"], ["body", "attribution", "attribution", "headline"]),
    # a bracket that never closes stays as it was
    (["正文结束了。", "（作者单位：某某", "乙县茶叶喜丰收"], ["body", "headline", "headline"]),
])
def test_wrapped_bracket_note(lines, kinds):
    assert _line_kinds(lines)[:len(kinds)] == kinds


@pytest.mark.parametrize("line,nxt,pairs,wrapped", [
    ("某市领导看", "望慰问群众", {"看望": 2}, True),      # 看望 is a word of the page's text
    ("人民时评", "如何看待新变化", {"看待": 1}, False),    # 评如 is no word of it: a kicker
    ("新春走基层", "山村里的年味", {}, False),
])
def test_title_wrapped_in_word(line, nxt, pairs, wrapped):
    assert _title_wrapped_in_word(line, nxt, pairs) is wrapped


# one paragraph a line (a reflowed page): the first story has a dateline, the second a
# byline, the third neither; its head is set on two lines cut inside a word
PAGE = [
    "甲市外贸开局平稳",
    "本报甲市3月2日电  今年前两月，甲市外贸进出口总额达到1200亿元，同比增长5.2%，出口保持较快增长。",
    "海关人士介绍，民营企业进出口保持活跃，新兴市场贸易占比继续提高，成为稳外贸的重要力量。",
    "（作者单位：甲市",
    "海关研究室）",
    "乙县春耕备耕",
    "有序推进",
    "本报记者  王  明",
    "眼下正值春耕备耕关键时期，乙县各地抢抓农时，组织农民开展田间管理，农资供应总体充足。",
    "县农业农村局介绍，全县今年计划种植粮食作物30万亩，已完成机耕面积12万亩，各项工作进展顺利。",
    "丙镇冬季长跑赛",
    "鸣枪开跑",
    "日前，丙镇冬季长跑赛鸣枪开跑，来自周边乡村的选手沿着河岸赛道奔跑，观众在路边加油助威。",
    "长跑赛设置了全程和半程两个组别，组委会还为参赛选手准备了热姜茶和纪念奖牌。",
]


def test_a_story_head_without_byline_and_an_author_note_wrapped_over_lines():
    log = []
    gaps = infer_gaps(PAGE, log, reflowed=True)
    assert 4 not in gaps and 5 in gaps                          # the note is one block
    assert 6 not in gaps                                        # 乙县春耕备耕 | 有序推进: one title
    arts = reconstruct_articles("\n".join(PAGE))
    assert [a.title.replace("\n", "") for a in arts] == ["甲市外贸开局平稳", "乙县春耕备耕有序推进",
                                                          "丙镇冬季长跑赛鸣枪开跑"]


def test_a_quote_tail_over_the_editor_line_is_no_story_head():
    # rule topic_needs_text: 研究员张某说。 is too little text to judge a topic shift by
    lines = PAGE[:10] + ["“这项改革让企业办事更方便了。”", "某省社会科学院经济研究所", "研究员张某说。",
                         "本版责编：王  磊"]
    log = []
    infer_gaps(lines, log, reflowed=True)
    assert not [d for d in log if d.rule == "story_head" and d.score in (11, 12)]


# rule after_blank_line: a page with a few stray blank lines; a headline that the text layer
# set apart by a blank line above it heads a story, though no byline or dateline stands under it
_BUDGET = ["甲市财政预算向社会公开",
           "本报甲市3月5日电  （记者张三）甲市今年的部门预算5日集中向社会公开，公开的部门数量比上年增加，预算公开的内容更加细化。",
           "预算公开是财政管理的一项基础工作，市财政局推动各部门把预算公开工作做细做实，方便企业和群众查询。"]
_SMALL_FIRMS = ["12项措施助力小微企业发展",
                "“自去年启动以来，专项行动已推出多项服务措施，帮助小微企业解决融资和用工难题。”市税务局负责人说，今年将把服务向常态化推进。",
                "为引导企业合规经营，税务部门联合有关单位梳理惠企政策，推出一批便利化举措，企业办事更加方便。"]
_SPRING = ["乙县春耕生产有序推进",
           "本报乙县3月5日电  （记者李四）眼下正值春耕备耕关键时期，乙县各地抢抓农时，组织农民开展田间管理。",
           "县农业部门组织技术人员下田指导，确保春耕生产顺利进行。"]


@pytest.mark.parametrize("separator,titles", [
    ("\n\n", ["甲市财政预算向社会公开", "12项措施助力小微企业发展", "乙县春耕生产有序推进"]),
    # without the blank line the headline has too little evidence of its own: it stays a sub-head
    ("\n", ["甲市财政预算向社会公开", "乙县春耕生产有序推进"]),
])
def test_after_blank_line(separator, titles):
    text = "\n".join(_BUDGET) + separator + "\n".join(_SMALL_FIRMS) + "\n" + "\n".join(_SPRING)
    assert [a.title for a in reconstruct_articles(text)] == titles
