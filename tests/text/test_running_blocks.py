"""Pages whose text layer has no blank lines, credit and author lines, long captions on
hard-wrapped pages: one small input -> expected per rule."""
from __future__ import annotations

import pytest

from policydata.text.layout import (block_kind, classify_block, explain_page, reconstruct_articles,
                                    reconstruct_page)
from policydata.text.layout.page_blocks import reads_as_prose
from policydata.text.layout.column_breaks import _page_pairs, fit
from policydata.text.layout.running_blocks import _line_kinds, _photo_title, infer_gaps
from policydata.text.reading import block_gaps, to_blocks


# --------------------------------------------------------------------------- line kinds

@pytest.mark.parametrize("line,kind", [
    ("孙  明  周晓东摄影报道", "caption"),                    # a picture report's credit
    ("王  静文", "caption"),                                # its text credit: a padded name, then 文
    ("周晓东  王  静文", "caption"),
    ("加快发展  守正创新文", "headline"),                    # no padded name: a headline
    ("传承人文", "headline"),
    ("（作者单位：甲省工业大学经济管理学院）", "attribution"),  # author notes close an article
    ("（作者为某大学政治科学与新闻学院教授）", "attribution"),
    ("（张嘉仪参与采写）", "attribution"),
    ("《人民日报》（2026年05月19日 第 03 版）", "attribution"),   # the edition line under an article
    ("《 人民日报 》（ 2026年08月27日   04 版）", "attribution"),
    ("本版邮箱：bianji@example.cn （投稿请注明所投栏目）", "meta"),
    # rule mailbox_line: a column's mailbox line, its label and address on one line or two
    ("专栏投稿邮箱：tougao@example.cn", "meta"),
    ("栏目投稿邮箱：", "meta"),
    ("tougao@example.cn", "meta"),                          # a bare address: no headline
    ("投稿邮箱改版说明", "headline"),
    ("本版责编：刘  洋  陈思远  周明轩", "meta"),
    ("一版责编：刘  洋  陈思远  周明轩 二版责编：孙雅婷  钱佳宁  吴晓峰", "meta"),  # editors of several editions
    ("第4版责编：王  磊", "meta"),
    ("二版责编制度改革", "headline"),
    ("——编  者", "meta"),                                   # the signature of an editor's note
    ("（摘编自《甲市日报》，原题为《让“学上网”少些门槛》）", "end"),  # a reprint note closes an article
    ("据某某财经", "attribution"),                            # a source line names a medium
    ("据新华社", "attribution"),
    # rule speaker_not_source: a 据… line ending with a person named by post is 据…介绍 cut at
    # the line's end, no source
    ("据甲市农业农村局副局长李明", "headline"),
    ("据该公司负责人", "headline"),
    # rule bracketed_dateline: an agency's dateline in brackets closes the article it sourced
    ("（新华社甲市5月6日电）", "attribution"),
    ("（新华社电）", "attribution"),
])
def test_line_kinds(line, kind):
    assert classify_block(line) == kind


# --------------------------------------------------------------------------- block boundaries

NO_BLANKS = "\n".join([
    "民生时评",                                                                   # 0 kicker
    "用心用情做好老人助餐",                                                         # 1 title
    "随着社区养老服务加快发展，老人助餐需求日益增长，助餐补贴政策不断完善，越来越多独居老年人可享受上门护",  # 2 cut
    "打造数字车间  “赋能”制造转型",                                                 # 3 another story
    "推进新型工业化，数字化是重要抓手，数字车间则是传统制造转型升级的一个突破口。",                # 4
    "老师傅并未离岗，而是转型成为数字化工艺员，将手艺转化为参数和程序，去“指导”机器焊",   # 5 cut
    "理服务。两类服务衔接，形成合力，社区助餐已成为便民服务新的亮点。",                     # 6 goes on with 2
    "2月10日，甲省一储能项目1号储能站主控楼钢结构屋架吊装就位。",                      # 7 caption
    "孙  明  周晓东摄影报道",                                                       # 8 credit
    "得更稳、更精。推动技术与技能相互促进，是数字车间持续发展的重要课题。",               # 9 goes on with 5
    "（作者单位：某大学公共管理学院）",                                               # 10 author note
    "甲省代表团将赴乙市考察并出席",                                                   # 11 two-line title
    "第十二届丙市国际贸易论坛",                                                       # 12
    "本报甲市2月10日电  （记者张华）甲省商务厅发言人10日宣布：甲省代表团将于2月11日赴乙市考察。",  # 13
    "本版责编：王  明  李  华  张  强",                                               # 14
])


def test_block_boundaries_of_a_page_without_blank_lines():
    log = []
    gaps = infer_gaps(NO_BLANKS.split("\n"), log)
    assert sorted(gaps) == [1, 2, 3, 4, 6, 7, 9, 11, 13, 14]
    rules = {d.rule for d in log}
    assert {"kicker_line", "column_end", "after_caption", "after_source", "around_meta",
            "story_head"} <= rules
    assert 12 not in gaps                    # the two lines of one title stay one block
    explained = {d.rule for d in explain_page(NO_BLANKS)}   # gap rules, then the page's own
    assert {"column_end", "story_head", "headline_group", "continues", "caption_block"} <= explained


def test_page_without_blank_lines_is_rebuilt():
    arts = reconstruct_articles(NO_BLANKS)
    assert [a.title for a in arts] == ["用心用情做好老人助餐", "打造数字车间  “赋能”制造转型",
                                       "甲省代表团将赴乙市考察并出席第十二届丙市国际贸易论坛"]
    first, second, third = arts
    assert "上门护理服务。两类服务衔接" in first.text            # cut sentences rejoined
    assert "去“指导”机器焊得更稳、更精。" in second.text
    assert second.attribution == "（作者单位：某大学公共管理学院）"  # the author note left the text
    assert [c for a in arts for c in a.captions] == [
        "2月10日，甲省一储能项目1号储能站主控楼钢结构屋架吊装就位。\n孙  明  周晓东摄影报道"]
    assert third.byline == "本报甲市2月10日电  （记者张华）"
    for art in arts:
        assert "民生时评" not in art.title and "本版责编" not in art.text and "摄影报道" not in art.text
        for b in art.blocks:
            assert art.text[b.start:b.end] == b.text


def test_story_without_byline_after_a_finished_paragraph_starts_where_the_topic_shifts():
    lines = NO_BLANKS.split("\n")[:14] + [
        "丁市非遗剪纸走进乡村课堂",
        "在丁市东山村小学的课堂上，一场以非遗剪纸为主题的体验课吸引众多孩子踊跃参加。",
        "孩子们折彩纸、描花样、剪窗花、贴福字，在欢声笑语间感受传统文化的独特魅力。"]
    log = []
    infer_gaps(lines, log)
    assert ("story_head", 14, "topic_shift") in {(d.rule, d.score, d.detail) for d in log}
    arts = reconstruct_articles("\n".join(lines))
    assert arts[-1].title == "丁市非遗剪纸走进乡村课堂" and "商务厅" not in arts[-1].text


def test_labelled_lines_are_text_and_a_question_under_a_kicker_heads_a_story():
    lines = ["百姓话题", "修鞋铺“上岗”的治理启示", "【关键词】修鞋铺“上岗”",
             "【事件】甲省乙市一菜场旁，一名修鞋摊主凭借手艺精湛和收费公道走红网络，当地街道主动牵头提供场地。",
             "便民服务往往涉及多个部门职责，坚持统筹协调，才能更好回应群众期待，合力推动化解各类矛",
             "漫谈", "怎样让老人更好“学上网”？", "当下，“学上网”成为不少人所看重的老年教育内容。",
             "盾纠纷……面对头绪繁多的小事，握指成拳才能让贴心服务抵达“最后一米”。"]
    log = []
    gaps = infer_gaps(lines, log)
    assert 3 not in gaps                     # 【关键词】… is text: it stays with the lines under it
    decisions = {(d.rule, d.score, d.detail) for d in log}   # score: the line a block starts at
    assert ("story_head", 7, "under_kicker") in decisions and ("kicker_line", 6, "漫谈") in decisions


@pytest.mark.parametrize("lines", [
    # a report without blank lines: no story heads, no page
    ["关于推进农业机械化的意见", "各地要加强组织领导，落实工作责任，确保各项任务落到实处。",
     "加快科技创新", "支持企业建设研发中心，完善政策体系，推动产学研用深度融合发展。"],
    # hard-wrapped lines are left to the running-text reader
    ["甲市发布节能方案", "本报甲市1月5日电  甲市", "日前发布节能降碳行", "动方案，力争到20", "27年单位生产总值", "能耗下降15%以上。",
     "乙省春耕忙", "本报乙省1月5日电  眼", "下正值春耕备耕关键", "时期，各地抢抓农时。"],
])
def test_texts_without_inferred_blocks(lines):
    assert infer_gaps(lines) == frozenset()


def test_sub_head_inside_a_cut_sentence_stays_in_its_article():
    # the text layer put a sub-head between the halves of a cut sentence
    text = "\n".join([
        "我省发布数字经济发展新政",
        "本报讯（记者 孙敏）日前，省政府办公厅印发若干措施，从算力基础设施、数据要素市场等十个方面提出举措。",
        "措施提出，到2027年，全省数字产业核心产值占比达到12%，建成一批具有全国影响力的数字产业",
        "数据要素市场化配置改革提速",
        "集群。在数据要素方面，将建立健全数据资源登记、流通交易和收益分配制度。",
        "春耕备耕全面展开",
        "本报讯（记者 陈静）眼下正值春耕备耕关键时期，各地抢抓农时，组织农民开展田间管理。",
    ])
    arts = reconstruct_articles(text)
    assert [a.title for a in arts] == ["我省发布数字经济发展新政", "春耕备耕全面展开"]
    assert "具有全国影响力的数字产业集群。在数据要素方面" in arts[0].text


# --------------------------------------------------------------------------- wrapped captions

def test_long_caption_on_a_hard_wrapped_page_is_kept_apart():
    page = "\n\n".join([
        "甲河风电场\n全面投产",
        "甲省乙市，山口长风呼啸不停歇。去\n年12月，最后一台风机也顺利并网，\n风电场8台风机全面投产。至此，甲\n省风电装机规模突破3千万千瓦。",
        "丁港新能源项目\n开工建设",
        "本报丙市2月10日电  丁港新能源项\n目1号储能站主控楼的钢结构屋架吊\n装就位，标志着该电站由主体结构施\n工转入设备安装阶段。",
        "2月10日，丙省丙市的丁港新能源项\n目1号储能站主控楼的钢结构屋架吊装\n就位，标志着该电站由主体结构施工全\n面进入设备调试。\n丁港新能源项目规划建设6座百兆瓦时\n级电化学储能电站，统一规划、分批建\n设，总储能规模超过380万千瓦，总\n投资达约150亿元。项目全部建成后，\n每年可调节近200亿千瓦时的清洁能\n源。\n孙  明  周晓东摄影报道",
    ])
    caption_block = page.split("\n\n")[-1].split("\n")
    assert block_kind(caption_block) == "body"      # eleven short lines: too many for a caption
    arts = reconstruct_page(to_blocks(page), block_gaps(page))
    assert [len(a.captions) for a in arts] == [0, 1] or [len(a.captions) for a in arts] == [1, 0]
    assert all("摄影报道" not in a.text and "380万千瓦" not in a.text for a in arts)


# --------------------------------------------------------------------------- two commentaries, cut twice

# two commentaries of one page, each cut at a column end; the first one's tail comes after
# the second one's finished paragraphs, the second one's tail (a short clause) after that
TWO_COMMENTARIES = [
    "百姓话题",                                                                        # 0 kicker
    "修鞋铺“上岗”的治理启示",                                                          # 1 title
    "打破“各扫门前”的条块分割，才能以相互“搭台”切实化解服务零散化难题",                 # 2 deck
    "【关键词】修鞋铺“上岗”",                                                           # 3
    "【事件】甲省乙市一菜场旁，一名修鞋摊主走红网络，当地街道主动牵头提供场地。",         # 4
    "便民服务往往涉及多个部门职责，坚持统筹协调，才能更好回应群众期待，合力推动化解各类矛",  # 5 cut
    "漫谈",                                                                            # 6 kicker
    "怎样让老人更好“学上网”？",                                                        # 7 title
    "当下，“学上网”成为不少人所看重的老年教育内容，重在让老人探索。",                     # 8
    "一些界面复杂、步骤繁多的所谓“智能应用”，虽然能一时吸引老人的好奇心，却打消了老人主动探",  # 9 cut
    "盾纠纷……面对头绪繁多的小事，握指成拳才能让贴心服务抵达“最后一米”。",                     # 10 goes on with 5
    "服务没有一成不变的模板，期待各地结合实际、精准施策。",                          # 11
    "索和尝试的念头。",                                                                # 12 goes on with 9
    "“学上网”，重点在于尊重老人的习惯和学习节奏，让老人在探索中进步。",                  # 13
    "（摘编自《甲市日报》）",                                                         # 14
    "本版责编：王  明  李  华  张  强",                                                # 15
]


def test_a_short_tail_after_a_finished_paragraph_is_a_column_tail():
    log = []
    gaps = infer_gaps(TWO_COMMENTARIES, log)
    assert 12 in gaps and ("tail_line_continues", 12) in {(d.rule, d.score) for d in log}
    arts = reconstruct_articles("\n".join(TWO_COMMENTARIES))
    assert [a.title for a in arts] == ["修鞋铺“上岗”的治理启示", "怎样让老人更好“学上网”？"]
    assert "化解各类矛盾纠纷……面对" in arts[0].text and "服务没有" in arts[0].text
    assert "打消了老人主动探索和尝试的念头。" in arts[1].text
    explained = {d.rule for d in explain_page("\n".join(TWO_COMMENTARIES))}
    assert {"tail_line_continues", "deck_under_title"} <= explained and "cut_paragraph" not in explained


@pytest.mark.parametrize("tail,joins", [
    ("索和尝试的念头。", True),            # one clause, a word split across the break (探索)
    ("总之，多做尝试。", False),           # two clauses: a paragraph of its own
    ("2026年要多做尝试。", False),         # opens like a paragraph
    ("和尝试的念头。", False),             # no fit with the cut end (探和): no evidence
    ("索和尝试的念头，让老人在实践中学会上网。", False),   # long: a paragraph
])
def test_tail_line_needs_a_short_clause_and_a_fit(tail, joins):
    lines = TWO_COMMENTARIES[:12] + [tail] + TWO_COMMENTARIES[13:]
    log = []
    infer_gaps(lines, log)
    assert (("tail_line_continues", 12) in {(d.rule, d.score) for d in log}) is joins


def test_a_kicker_read_as_title_is_a_fault_and_a_sub_head_is_not():
    from policydata.document import Article, Block
    from policydata.text.layout.faults import reading_faults

    def art(title, *blocks):
        return Article(index=1, title=title, text="\n".join(t for _, t in blocks),
                       blocks=[Block(kind, 0, len(t), t) for kind, t in blocks])
    cases = [
        (art("百姓话题", ("heading", "修鞋铺“上岗”的治理启示"), ("body", "正文。")), ["kicker_title"]),
        (art("民生时评", ("heading", "用心用情做好老人助餐"), ("body", "正文。")), ["kicker_title"]),
        (art("用心用情做好老人助餐", ("heading", "一、总体要求"), ("body", "正文。")), []),
        (art("我省发布数字经济发展新政", ("heading", "数据要素市场化配置改革提速"), ("body", "正文。")), []),
    ]
    for article, rules in cases:
        assert [d.rule for d in reading_faults([article])] == rules


# a feature with sub-heads set alike, a short story set between its columns, and sentences
# cut inside figure phrases (a word split before a figure, a figure after 达)
FEATURE_PAGE = [
    "县域观察",                                                                            # 0 kicker
    "小县城里的大产业",                                                                      # 1 title
    "近年来，甲县立足本地资源发展特色产业，带动群众增收致富，走出一条县域经济发展的新路子。",      # 2
    "竹林变身，竹子走出大山",                                                                # 3 sub-head
    "甲县竹林面积广阔，过去竹子只能卖原料。如今，当地建起竹制品加工园区，园区去年实现销售收入达",  # 4 cut
    "茶园焕新，茶香飘向远方",                                                                # 5 sub-head
    "乙镇茶农过去靠天吃饭。当地成立茶叶合作社，统一品种、统一标准，帮助茶农节省生产成本，每年节省农资",  # 6 cut
    "丙市举办春季招聘会",                                                                    # 7 another story
    "本报丙市3月2日电  （记者王明）丙市春季招聘会2日开幕，数百家企业带来大量岗位，吸引求职者到场。",  # 8
    "招聘会设置专场，方便求职者按需选择岗位，现场还提供政策咨询和职业指导等服务。",               # 9 finished
    "3.2亿元，同比增长12%，带动周边农户就业。",                                                 # 10 goes on with 4
    "竹编师傅说，现在订单排到了年底，大家干劲十足。",                                            # 11
    "果园提质，果子卖上好价",                                                                # 12 sub-head
    "丁村的果园过去品种老化。村里引进新品种，开展技术培训，果子品质明显提升，销路越来越宽。",     # 13
    "费约200万元，茶农收入稳步提高。",                                                        # 14 goes on with 6
    "本版责编：赵  明",                                                                      # 15
]


def test_cuts_inside_figure_phrases_and_sub_heads_set_alike():
    log = []
    gaps = infer_gaps(FEATURE_PAGE, log)
    decisions = {(d.rule, d.score) for d in log}
    assert 10 in gaps and 14 in gaps                     # lines starting inside a figure phrase
    # the sub-heads set alike head no story: not where the topic drifts (3), nor after a
    # column end (5)
    assert {("subhead_series", 3), ("subhead_series", 5)} <= decisions
    arts = reconstruct_articles("\n".join(FEATURE_PAGE))
    assert [a.title for a in arts] == ["小县城里的大产业", "丙市举办春季招聘会"]
    feature = arts[0].text
    assert "销售收入达3.2亿元，同比增长12%" in feature       # figure_after_taker
    assert "每年节省农资费约200万元" in feature               # word_tail_before_figure
    assert "果园提质，果子卖上好价" in feature and "招聘会" not in feature


@pytest.mark.parametrize("before,after,rule", [
    ("园区去年实现销售收入达", "3.2亿元，同比增长12%。", "figure_after_taker"),
    ("全年客流量超过", "120万人次，创历史新高。", "figure_after_taker"),
    ("全年客流量超过", "2025年，客流创历史新高。", None),          # a year opening a paragraph
    ("每年节省农资", "费约200万元，收入提高。", "word_tail_before_figure"),
    ("累计服务群众", "近3万人次，满意度提高。", None),             # 近 may stand before a number
    ("抽查合格率已覆", "盖3000余人次，合格率提高。", "word_tail_before_figure"),
    ("推动大中小", "建5G基站", None),                               # no sentence end: a headline
])
def test_figure_phrase_rules(before, after, rule):
    from policydata.text.layout import fit
    rules = {d.rule for d in fit(before, after)[1]}
    figure_rules = rules & {"figure_after_taker", "word_tail_before_figure"}
    assert figure_rules == ({rule} if rule else set())


@pytest.mark.parametrize("at", [2, 5, 9, 12])
def test_a_stray_blank_line_keeps_the_page_reading(at):
    # a text layer with one blank line somewhere (pdftotext leaves some between regions)
    # is still read as a page: its blank line is one more block boundary (stray_blank_lines)
    lines = NO_BLANKS.split("\n")
    arts = reconstruct_articles("\n".join(lines[:at] + [""] + lines[at:]))
    assert [a.title for a in arts] == [a.title for a in reconstruct_articles(NO_BLANKS)]


@pytest.mark.parametrize("lines,paragraphs", [
    # full-width marks: the line ending on a comma took the mark past the edge (width 12)
    (["初步核算，一季度地区生产", "总值同比增长较快，比上年", "四季度有所加快，产业结构，", "继续优化。", "产业方面，一产增长较快。"],
     ["初步核算，一季度地区生产总值同比增长较快，比上年四季度有所加快，产业结构，继续优化。",
      "产业方面，一产增长较快。"]),
    # the same with half-width marks, as some text layers give them
    (["初步核算,一季度地区生产", "总值同比增长较快,比上年", "四季度有所加快,产业结构,", "继续优化。", "产业方面,一产增长较快。"],
     ["初步核算,一季度地区生产总值同比增长较快,比上年四季度有所加快,产业结构,继续优化。",
      "产业方面,一产增长较快。"]),
])
def test_hard_wrapped_block_unwraps_with_full_or_half_width_marks(lines, paragraphs):
    from policydata.text.layout import unwrap_block
    assert unwrap_block(lines) == paragraphs


@pytest.mark.parametrize("before,after,closes", [
    ("会议由市发改委（市能源局", "牵头）组织，各区参加。", True),
    ("会议由市发改委(市能源局", "牵头)组织,各区参加。", True),     # half-width brackets
    ("会议由市发改委(市能源局)牵头", "组织,各区参加。", False),     # nothing left open
])
def test_a_bracket_closed_across_the_break(before, after, closes):
    from policydata.text.layout import fit
    assert ("closes_quote" in {d.rule for d in fit(before, after)[1]}) is closes


# pdftotext's default mode: one physical line per output line (13 characters a line,
# digit runs kept whole, no line starting with a closing mark), no blank lines
HARD_WRAPPED = [
    "甲市外贸开局平稳",
    "本报甲市3月2日电  今年", "前两个月，甲市外贸进出口总", "额达到1200亿元，同比增", "长5.2%，比上年同期加快",
    "1.1个百分点。",
    "其中，出口增长较快，新兴市", "场贸易占比继续提高，民营企", "业进出口保持活跃，成为稳外", "贸的重要力量。",
    "乙县春耕备耕有序推进",
    "本报乙县3月2日电  眼下", "正值春耕备耕关键时期，乙县", "各地抢抓农时，组织农民开展", "田间管理，农资供应总体充足。",
    "县农业农村局介绍，全县今年", "计划种植粮食作物30万亩，", "已完成机耕面积12万亩，各", "项工作进展顺利。",
]


def test_a_hard_wrapped_page_without_blank_lines_is_reflowed_into_paragraphs():
    from policydata.text.layout.line_widths import is_column_set
    from policydata.text.layout.reflow import reflow_wrapped
    assert is_column_set(HARD_WRAPPED)
    assert len(reflow_wrapped(HARD_WRAPPED)) == 6         # two titles, four paragraphs
    arts = reconstruct_articles("\n".join(HARD_WRAPPED))
    assert [a.title for a in arts] == ["甲市外贸开局平稳", "乙县春耕备耕有序推进"]
    assert "总额达到1200亿元，同比增长5.2%，比上年同期加快1.1个百分点。\n其中" in arts[0].text
    assert arts[1].text.endswith("已完成机耕面积12万亩，各项工作进展顺利。")


@pytest.mark.parametrize("lines,kinds", [
    (["县域观察", "国货美妆，", "圈粉年轻人", "本报记者  王  明"], ["headline", "headline", "headline"]),
    # a short clause that goes on with a sentence cut above it stays text
    (["全县已建成的各类农业产业园区和加工企业，", "带动，", "圈粉年轻人", "正文。"], ["body", "body", "headline"]),
    # rule title_half_stacked: a longer half between a column label and the second half
    (["走进乡村·新气象", "从小作坊到现代化车间，", "老手艺焕发新生机", "正文。"], ["headline", "headline", "headline"]),
    # without a headline line above, a half that long is a column's text cut at a comma
    (["全县的蔬菜基地已经投产。", "从小作坊到现代化车间，", "老手艺焕发新生机", "正文。"], ["body", "body", "headline"]),
])
def test_a_title_set_on_two_lines_at_its_comma(lines, kinds):
    from policydata.text.layout.running_blocks import _line_kinds
    assert _line_kinds(lines)[:3] == kinds


@pytest.mark.parametrize("line,expected", [
    # prose_line_not_headline: a comma inside and a paragraph's opening or an unbalanced mark
    ("其中，甲县新建的", True),            # a connective opens it
    ("3月5日，工人们在车间", True),          # a date opens it
    ("局长说，今年全县将", True),             # someone speaks
    ("“过去，办事要跑", True),               # an open quote
    ("他提出了，《关于", True),              # an open title mark
    ("“为什么选国货？”面对记", True),         # narration goes on after a quoted question
    ("“好不好？”", False),                  # a quoted question alone may be a title
    ("国货美妆，圈粉年轻人", False),          # a title's two halves
    ("“去哪儿都带着本”", False),             # one quotation, no comma
    ("春耕备耕有序推进", False),              # no comma
])
def test_prose_line_not_headline(line, expected):
    assert reads_as_prose(line) is expected


_FEATURE = ["大数据观察·产业调查", "甲市为何留住了制造企业",
            "甲市的制造企业近年来不断增加，去年新设立制造企业两百多家，外地企业纷纷来甲市投资建厂。",
            "政策环境优化", "简化审批流程，打造企业服务中心",
            "甲市的企业服务中心设立了专门窗口，制造企业办理审批手续只需跑一次，甲市还为企业配备服务专员。",
            "创新能力提升", "建设研发平台，迈向产业链高端",
            "甲市的制造企业与高校合作建设研发平台，去年甲市企业的研发投入增长两成，新产品不断推出。",
            "人才保障完善", "建立人才公寓，留住技术骨干",
            "甲市为制造企业的技术骨干建设人才公寓，解决了住房难题，甲市企业的人才流失明显减少。"]
_STORY = ["乙县春耕备耕有序推进", "本报乙县3月5日电  眼下正值春耕时节，乙县农民抢抓农时，田间地头一派忙碌景象。"]
_KICKED = ["经济观察", "丙市外贸开局良好", "本报丙市3月5日电  丙市前两个月外贸进出口增长一成，新兴市场占比提高。",
           "丙市的外贸企业积极开拓新市场，出口产品结构不断优化。",
           "民生关注", "丁县新建养老服务中心", "本报丁县3月5日电  丁县新建的养老服务中心投入使用，老人在家门口享受服务。",
           "丁县的养老服务中心提供助餐、助浴等服务，老人们纷纷点赞。"]


@pytest.mark.parametrize("lines,titles", [
    # subhead_label_series: three label lines set alike over sub-heads are sections of one
    # feature, not kickers of three stories
    (_FEATURE + _STORY, ["甲市为何留住了制造企业", "乙县春耕备耕有序推进"]),
    # two kickers of the same length over stories with datelines stay kickers
    (_KICKED + _STORY, ["丙市外贸开局良好", "丁县新建养老服务中心", "乙县春耕备耕有序推进"]),
    # subhead_label_pair: two label lines set alike, each over a sub-head of two halves joined
    # by a comma, are sections of one feature too
    (_FEATURE[:9] + _STORY, ["甲市为何留住了制造企业", "乙县春耕备耕有序推进"]),
])
def test_subhead_label_series(lines, titles):
    articles = reconstruct_page("\n".join(lines), infer_gaps(lines))
    assert [a.title for a in articles] == titles


_UNDATED = [ln.split("  ", 1)[-1] for ln in _KICKED]  # the datelines taken off


@pytest.mark.parametrize("lines,rule,kickers", [
    (_FEATURE[:9] + _STORY, "subhead_label_pair", ["大数据观察·产业调查"]),
    (_FEATURE + _STORY, "subhead_label_series", ["大数据观察·产业调查"]),
    # two kickers of the same length over one-piece titles (丙市外贸开局良好), no dateline under
    # either: still kickers of two stories
    (_UNDATED + _STORY, None, ["经济观察", "民生关注"]),
    # ... and so over a title of two halves when the other title is one piece
    (_UNDATED[:5] + ["丁县养老，服务上门"] + _UNDATED[6:] + _STORY, None, ["经济观察", "民生关注"]),
])
def test_label_rules_need_sub_head_shapes(lines, rule, kickers):
    log = []
    infer_gaps(lines, log, reflowed=True)
    fired = {d.rule for d in log} & {"subhead_label_pair", "subhead_label_series"}
    assert fired == ({rule} if rule else set())
    assert [d.detail for d in log if d.rule == "kicker_line"] == kickers


def test_label_sub_head_after_a_caption_stays_in_its_feature():
    # subhead_label_series: a section label set right under a photo caption (a block ended
    # above it) is still a section of the feature, not the kicker of a story of its own
    caption = "3月4日，甲市一家制造企业的研发人员在调试新设备。张三摄（影像中国）"
    lines = _FEATURE[:9] + [caption] + _FEATURE[9:] + _STORY
    articles = reconstruct_page("\n".join(lines), infer_gaps(lines, reflowed=True))
    assert [a.title for a in articles] == ["甲市为何留住了制造企业", "乙县春耕备耕有序推进"]
    assert articles[0].captions == [caption] and "人才保障完善" in articles[0].text


@pytest.mark.parametrize("label,title", [
    # column_label_not_title: a dotted column label over a shorter title is no title
    ("新春走基层·一线见闻", "“年货装满了车”"),
    ("凝心聚力量  携手启新篇·基层代表履职纪事", "“办好群众身边事”"),
])
def test_column_label_not_title(label, title):
    lines = [label, title, "本报记者  张  三",
             "腊月二十，甲县的集市上人头攒动，村民们忙着采购年货，摊主们的吆喝声此起彼伏。",
             "今年的年货品种更多了，线上线下同步销售，不少商户的销售额比去年增长两成。",
             "乙省春耕备耕有序推进",
             "本报乙省3月5日电  眼下正值春耕时节，乙省农民抢抓农时，田间地头一派忙碌景象。",
             "乙省的农资供应充足，农机手们早早检修好机具，准备投入春耕生产。"]
    articles = reconstruct_page("\n".join(lines), infer_gaps(lines))
    assert [a.title for a in articles] == [title, "乙省春耕备耕有序推进"]


def test_reflowed_caption_line():
    # reflowed_caption_line: a caption set in one line (text and credit) under a column's
    # finished paragraph is a block of its own, not the end of that column's block
    lines = ["甲市春耕备耕有序推进", "本报甲市3月5日电  眼下正值春耕时节，甲市农民抢抓农时，田间地头一派忙碌景象，农",
             "乙市外贸开局良好", "本报乙市3月5日电  乙市前两个月外贸进出口增长一成，新兴市场占比提高。",
             "乙市的外贸企业积极开拓新市场，出口产品结构不断优化。",
             "3月4日，乙市港口的集装箱码头一派繁忙。张三摄（影像中国）",
             "机手们早早检修好机具，准备投入春耕生产。"]
    log = []
    gaps = infer_gaps(lines, log, reflowed=True)
    assert {5, 6} <= gaps and "caption_start" in [d.rule for d in log]
    assert 5 not in infer_gaps(lines)  # a page of paragraph lines keeps the caption with its block


def _article(title, *blocks):
    from policydata.document import Article, Block
    return Article(index=1, title=title, text="\n".join(t for _, t in blocks),
                   blocks=[Block(kind, 0, len(t), t) for kind, t in blocks])


def test_cut_pieces_read_as_headings_or_titles_are_faults():
    from policydata.text.layout.faults import reading_faults
    cases = [  # (title, blocks) -> the faults counted
        ("甲市工业稳步增长", [("body", "全市工业平稳运行。"), ("heading", "汽车出口12亿元、"),
                              ("body", "外贸保持增长。")], ["cut_heading"]),
        ("甲市工业稳步增长", [("body", "全市工业平稳运行。"), ("heading", "今年以来，钢铁产量"),
                              ("body", "，同比增长。")], ["cut_heading", "cut_paragraph"]),
        ("甲市工业稳步增长", [("body", "全市工业平稳运行。"), ("heading", "产业链条加快延伸"),
                              ("body", "园区新签项目十个。")], []),
        ("出口机电产品9亿元、增长", [("body", "12.5%，其中船舶增长较快。")], ["cut_title"]),
        ("乙县茶叶喜获丰收", [("body", "12万亩茶园陆续开采。")], []),
    ]
    for title, blocks, want in cases:
        got = [d.rule for d in reading_faults([_article(title, *blocks)]) if d.score]
        assert got == want, (title, blocks, got)


def test_a_reading_that_glues_two_stories_is_charged_for_it():
    from policydata.text.layout.articles import _page_wins
    story_a = [("body", "甲地新建产业园区，首批企业入驻，"), ("body", "带动就业千人。")]
    story_b = [("body", "乙县茶叶今年喜获丰收。")]
    # the running reading glues story B under story A's text and rejoins A's cut sentence
    # across it; the page reading keeps them apart and leaves A's sentence cut
    running = [_article("甲地建成新园区", ("body", "甲地新建产业园区，首批企业入驻，带动就业千人。"),
                        ("heading", "乙县茶叶喜丰收"), *story_b)]
    page = [_article("甲地建成新园区", *story_a), _article("乙县茶叶喜丰收", *story_b)]
    cases = [  # (page reading, running reading, column-set page) -> the page reading wins
        (page, running, True, True),      # one cut paragraph against one glued headline: a tie
        (page, running, False, False),    # a tie without columns goes to running text
        ([_article("甲地建成新园区", *story_a, *story_b)], running, True, False),  # no story kept apart
        # a page reading whose second "title" is a credit line cut in two glues nothing away
        ([_article("甲地建成新园区", *story_a), _article("（本报记者王", *story_b)],
         [_article("甲地建成新园区", ("body", "甲地新建产业园区，首批企业入驻，带动就业千人。"),
                   ("heading", "（本报记者王"), *story_b)], True, False),
    ]
    for page_reading, running_reading, reflowed, want in cases:
        assert _page_wins(page_reading, running_reading, reflowed) is want


@pytest.mark.parametrize("first,title,kicker", [
    # title_wrapped_after_quote: the text writes “三五”规划 on: one title wrapped in its column
    ("甲市“三五”", "甲市“三五”规划编制工作启动", False),
    # a short column label before the title stays a kicker
    ("经济聚焦", None, True),
])
def test_title_wrapped_after_a_quoted_term(first, title, kicker):
    lines = ["乙县春耕生产全面铺开", "本报乙县3月2日电  眼下正值春耕时节，乙县各地抢抓农时。",
             first, "规划编制工作启动", "本报甲市3月2日电  （记者张三）甲市日前召开会议，部署编制好、实施好甲市“三五”规划。",
             "本版责编：李  四"]
    log = []
    infer_gaps(lines, log)
    assert any(d.rule == "kicker_line" for d in log) is kicker
    if title:
        assert title in [a.title for a in reconstruct_articles("\n".join(lines))]


# rule photo_title: a short headline line right above a caption's first line, under a finished
# paragraph, is the photo's own title; the caption block starts with it
_DONE = "全县今年新建茶园一千亩，茶农收入稳步提高。"
_PHOTO_LINE = "3月5日，茶农在茶园里采摘新茶。新华社记者  张  三摄"


@pytest.mark.parametrize("lines,first", [
    ([_DONE, "采茶忙", _PHOTO_LINE, "乙县春耕生产正在推进。"], 1),
    # the text under the caption opens a story: the line is that story's headline
    ([_DONE, "采茶忙", _PHOTO_LINE, "本报乙县3月5日电  乙县春耕生产正在推进。"], 2),
    # a line too long for a photo's title
    ([_DONE, "甲县茶农今年采茶忙增收多", _PHOTO_LINE, "乙县春耕生产正在推进。"], 2),
    # under a paragraph cut mid-sentence the short line is that paragraph's tail, no title
    (["全县今年新建茶园一千亩，带动茶农增收致富，全县茶农的", "收入稳步提高", _PHOTO_LINE, "乙县春耕生产正在推进。"], 2),
])
def test_photo_title(lines, first):
    assert _photo_title(lines, _line_kinds(lines), 2, 3, []) == first


# --------------------------------------------------------------------------- cut lines read as heads

CUT_LINES_PAGE = "\n".join([
    "城乡观察·县域经济",
    "从三组数据看甲县稳中求进",
    "甲县统计局日前发布去年经济数据，三组数据引人关注：地区生产总值、农业增加值和网络零售额都有增长。",
    "稳中求进，源于产业基础之稳。",
    "甲县持续做强茶叶、竹木两大产业，推动产业转型，全年农业增加值增长6.2%，带动农户增收明显。",
    "要持续巩固“两大产业”，全县就不能在数字化转",
    "乙市春耕备耕",
    "有序推进",
    "本报乙市3月2日电  （记者李明）",
    "乙市各地抢抓农时，组织农技人员下田指导，全市已完成春播面积42万亩，占计划面积的六成以上。",
    "乙市农业农村局负责人介绍，今年将推广“智慧农",
    "2月28日，乙市农民在田间操作植保无人机，为返青的小麦喷施叶面肥。",
    "本报记者  王  芳摄",
    "型上慢半拍。加快转型是甲县绕不开的一道考题，全县为此制定了三年行动方案。",
    "稳中求进，也源于发展环境之变。",
    "甲县引进电商企业十余家，培训直播带货人员两千余人次，全年网络零售额增长1",
    "丙县光伏助农增收",
    "2026年，丙县村民的钱袋子靠什么鼓起来？",
    "“一是光伏，二是民宿。”丙县发展改革局负责人说。丙县在荒坡上建设光伏电站，带动村民参与运维，户均年增收三千余元。",
    "丙县还把闲置农房改造成民宿，吸引城里游客前来度假，民宿经营户年收入普遍增长，村集体也有了稳定收入。",
    "5%，农产品卖得更远，山里的好茶走进了城市超市。",
    "场”的试点，并对种粮大户给予购置补贴，鼓励合作社购置烘干、育秧等设备，提高机械化水平。",
    "本版责编：赵  一",
])


def test_cut_comma_line_question_lead_and_closing_quote_on_a_page_without_blank_lines():
    """A cut paragraph line with a comma over another story's head is text (cut_comma_line), a
    question that opens like a paragraph under a headline is the lead (question_opens_paragraph),
    a line that closes a quote it did not open goes on with a cut (closing_quote_continues), and
    a clause the page writes whole elsewhere (稳中求进，…) is no word's tail (standing_term_opens)."""
    log = []
    gaps = infer_gaps(CUT_LINES_PAGE.split("\n"), log)
    rules = {(d.rule, d.score) for d in log}
    assert {("cut_comma_line", 5), ("column_end", 6), ("closing_quote_continues", 21)} <= rules
    assert 18 not in gaps                    # the question stays with the lines under it
    arts = reconstruct_articles(CUT_LINES_PAGE)
    assert [a.title for a in arts] == ["从三组数据看甲县稳中求进", "乙市春耕备耕有序推进", "丙县光伏助农增收"]
    first, second, third = arts
    assert "就不能在数字化转型上慢半拍。" in first.text and "稳中求进，也源于发展环境之变。" in first.text
    assert "推广“智慧农场”的试点" in second.text
    assert third.text.split("\n")[1].startswith("2026年，丙县村民")


@pytest.mark.parametrize("pairs,rules", [
    ({}, {"split_word_lexicon", "tail_fragment"}),                       # a word cut, then its clause tail
    (_page_pairs("稳中求进，源于基础。稳中求进，也源于结构之变。"), {"standing_term_opens"}),  # a term of the page
])
def test_standing_term_opens(pairs, rules):
    score, decisions = fit("各地要推动经济平", "稳中求进，也源于结构之变。", pairs)
    assert {d.rule for d in decisions} == rules and (score == 0) == ("standing_term_opens" in rules)


@pytest.mark.parametrize("line,kind", [
    ("2026年，谁来接棒乡村教育？", "body"),       # opens like a paragraph: the lead's first sentence
    ("怎样让乡村课堂更有活力？", "headline"),     # a question headline under a kicker
])
def test_question_opens_paragraph(line, kind):
    assert _line_kinds(["乡村教育观察", line, "本报记者  张  三"])[1] == kind


def test_open_mark_column_end():
    """A short line that opens a quote it never closes ends a column (open_mark_column_end):
    the figure under another story's column goes on with it."""
    lines = ["丁镇助农直播",
             "本报丁镇3月5日电  （记者王芳）丁镇今年办起助农直播间，村干部和返乡青年轮流上阵。",
             "“每场网上销售额稳定在20",
             "戊市举办春季招聘会",
             "本报戊市3月5日电  戊市春季招聘会日前举行，三百余家企业提供岗位一万余个。",
             "00元左右。”镇里负责人说，直播间带动了周边农户增收。"]
    log = []
    gaps = infer_gaps(lines, log)
    assert ("column_end", 3) in {(d.rule, d.score) for d in log} and 5 in gaps


@pytest.mark.parametrize("line,scene", [
    ("5月的乙县茶山，游人如织。", True),      # a month sets the scene (month_scene): a story's first sentence
    ("3月里的甲市郊外，油菜花开。", True),
    ("3月5日，甲县举办活动。", False),       # a date opens a paragraph, no scene (paragraph opener elsewhere)
    ("4.5亿元，比上年多出一成。", False),
])
def test_month_scene(line, scene):
    from policydata.text.layout.column_breaks import opens_scene, starts_inside_figure
    assert opens_scene(line) == scene
    if scene:
        assert not starts_inside_figure(line)   # no figure a cut sentence goes on with


def test_scene_below_weighs_for_a_story_head():
    """head_signals: a headline run between finished paragraphs over a line that sets a scene
    in time (scene_below) heads a story though its text shares terms with the story above."""
    from policydata.text.layout.story_heads import head_signal_score
    page = ["甲市举办乡村旅游节，游客在茶园采茶、品茶，乡村旅游收入持续增长。",
            "茶乡旅游节人气旺",
            "5月的乙县茶山，游人如织。乡村旅游节期间，茶园里挤满了前来采茶的游客，茶农忙着招呼。"]
    with_scene = head_signal_score(page, 1, 1, 0.2)
    page[2] = "乙县的茶山上游人如织。乡村旅游节期间，茶园里挤满了前来采茶的游客，茶农忙着招呼。"
    assert with_scene == head_signal_score(page, 1, 1, 0.2) + 1


@pytest.mark.parametrize("start,gap", [
    ("态公园建设，鼓励各村建立乡土文化档案，保护传统村落和古建筑。", True),   # 生 | 态: a word's tail
    ("在保护传统村落方面，鼓励各村建立乡土文化档案，修缮古建筑。", False),     # 在…: a clause opens
])
def test_word_tail_continues(start, gap):
    lines = ["甲县推进生态文明建设", "本报甲县3月5日电  甲县持续改善生态环境，生态廊道不断延伸，群众获得感明显增强。",
             "全县同时开展乡土文化保护行动，加快建设湿地生",
             "乙市举办春季招聘会", "本报乙市3月5日电  乙市春季招聘会日前举行，三百余家企业提供岗位一万余个。",
             "招聘会还设置了政策咨询台，为求职者解答社保、落户等问题。", start]
    log = []
    infer_gaps(lines, log)
    assert (("word_tail_continues", 6) in {(d.rule, d.score) for d in log}) == gap


def test_photo_title_heads_no_story():
    """A photo's own title (photo_title) over its caption is no story head: the caption block
    starts with it and is not cut off under it (an article of no text would lose the caption)."""
    lines = ["甲市发布节能方案",
             "本报甲市1月5日电  甲市日前发布节能降碳行动方案，提出二十项具体措施，力争到2027年单位生产总值能耗下",
             "降15%以上。方案还提出加强节能监察，推动重点企业开展节能诊断。",
             "采茶忙", "3月5日，茶农在丙县茶园里采摘新茶。", "本报记者  王  芳摄",
             "乙省春耕忙",
             "本报乙省1月5日电  眼下正值春耕备耕关键时期，乙省各地抢抓农时，组织农民开展田间管理，确保春播顺利。"]
    log = []
    gaps = infer_gaps(lines, log, reflowed=True)
    assert ("photo_title", 3) in {(d.rule, d.score) for d in log}
    assert 3 in gaps and 4 not in gaps


# --------------------------------------------------------------------------- reflowed column questions

@pytest.mark.parametrize("joined,kinds", [
    # a short question under a headline line is a headline line (漫谈 | 怎样…？) ...
    (frozenset(), ["headline", "headline", "headline", "body"]),
    # ... but rule column_question_is_text: one the reflow joined from lines of a column is the
    # lead's first sentence
    (frozenset({2}), ["headline", "headline", "body", "body"]),
])
def test_column_question_is_text(joined, kinds):
    lines = ["深化改革·城乡融合", "一张网，办成城乡事", "从乡镇政务大厅到县城档案馆查一份材料要多久？",
             "“一分钟！”县政务服务中心的工作人员给出答案。"]
    assert _line_kinds(lines, joined) == kinds


# --------------------------------------------------------------------------- weak cut under a head

def _weak_cut_page(head, lead):
    return ["甲市出台措施扶持家庭农场", "本报甲市3月5日电  甲市近日出台措施，对新认定的示范家庭农场给予奖励。",
            "措施提出，要在用地、用电等方面予以保障，并持续优化财政支出结构，",
            head, lead,
            "丙县春耕备耕有序推进", "本报丙县3月5日电  丙县各地抢抓农时，组织农技人员下田指导。"]


@pytest.mark.parametrize("head,lead,rule", [
    # rule weak_cut_keeps_subhead: only a comma reads on from the cut into the line under the run;
    # the run names what that text is about (嘉宾, 畅谈): a story's headline
    ("嘉宾畅谈发展变化", "走进会场，嘉宾们围坐畅谈，说起发展的变化。", "story_head"),
    # a run that names nothing of the text under it stays a sub-head inside the cut sentence
    ("强化要素保障", "加大对农业经营主体的信贷支持力度，确保资金及时到位。", "subhead_inside_cut"),
])
def test_weak_cut_keeps_subhead(head, lead, rule):
    log = []
    infer_gaps(_weak_cut_page(head, lead), log)
    assert [d.rule for d in log if d.score == 4 and d.rule in ("story_head", "subhead_inside_cut")] == [rule]


def test_word_tail_clause_goes_on_with_the_cut():
    # rule word_tail_clause: 策、… opens with a one-character list item: the tail of 政策 cut at
    # the column end, a block of its own that goes on with that cut, not the text of the story
    # above it; a numbered item (一、) opens its own paragraph
    lines = ["甲县惠农政策落地", "本报甲县5月6日电  甲县今年落实惠农政策、强农政策、富农政",
             "乙市招聘会举行", "本报乙市5月6日电  乙市昨日举办春季招聘会，三百家企业参加。",
             "策、助农政策，农民收入明显提高。"]
    log = []
    assert 4 in infer_gaps(lines, log)
    assert ("word_tail_continues", 4) in [(d.rule, d.score) for d in log]
    log = []
    infer_gaps(lines[:4] + ["一、助农政策，农民收入明显提高。"], log)
    assert "word_tail_continues" not in [d.rule for d in log]


@pytest.mark.parametrize("head,kicker", [
    # rule kicker_over_two_line_title: the two lines under the first are one title set larger
    # (both three characters shorter or more), or parted at the comma between its halves
    (["乡村全面振兴新观察", "一家合作社", "三次扩产"], True),
    (["乡村振兴新气象", "一座老粮站，", "变身农民文化中心"], True),
    # a three-line title set in one size: no kicker
    (["全县数字农业服务", "中心正式投入使用", "带动农户增收"], False),
])
def test_kicker_over_two_line_title(head, kicker):
    lines = ["甲县春耕生产有序推进，各地抢抓农时。"] + head + [
        "本报甲县5月6日电  甲县的合作社今年又扩大了生产规模，带动周边农户增收。", "本版责编：王  明"]
    log = []
    infer_gaps(lines, log)
    assert ("kicker_line" in [d.rule for d in log]) == kicker


@pytest.mark.parametrize("line", ["据新华社甲市5月", "据新华社甲市5月6"])
def test_dateline_cut_inside_its_date_is_no_source_line(line):
    # rule speaker_not_source: a 据… line that ends inside a date is a dateline cut at a column
    # line's end (…5月 | 6日电), no source line closing an article
    assert classify_block(line) != "attribution"


@pytest.mark.parametrize("first,kicker", [
    # rule title_half_named_below: the story's first lines write the short first line word for
    # word: it names the story's subject, the title's first half
    ("龙舟竞渡", False),
    # a column's name is written in no text: a kicker
    ("乡村漫笔", True),
])
def test_title_half_named_below(first, kicker):
    lines = ["甲县春耕生产有序推进，各地抢抓农时。", first, "激活乡村文旅",
             "端午前夕，一场龙舟竞渡在甲县江面上举行，吸引游客上万人次。", "本版责编：王  明"]
    log = []
    infer_gaps(lines, log)
    assert ("kicker_line" in [d.rule for d in log]) == kicker
