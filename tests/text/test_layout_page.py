"""Pages whose text layer keeps its blocks apart: one small input -> expected per rule."""
from __future__ import annotations

import time

import pytest

from policydata.text.layout import (block_kind, explain_page, fit, is_wrapped_page,
                                    reconstruct_articles, reconstruct_page, unwrap_block)
from policydata.text.reading import block_gaps, to_blocks


def blocks(*parts: str) -> str:
    """A page text: blocks separated by blank lines, lines of a block by newlines."""
    return "\n\n".join(parts)


def rebuild(text: str):
    return reconstruct_page(to_blocks(text), block_gaps(text))


# --------------------------------------------------------------------------- block kinds

@pytest.mark.parametrize("lines,kind", [
    (["经济聚焦"], "headline"),                                            # kicker / column label
    (["新能源汽车下乡", "激活县域消费新空间"], "headline"),                  # two-line main headline
    (["四个关键词，", "读懂经济“一季报”"], "headline"),                      # comma inside a headline
    (["浙江中小企业“上云用数”提速", "——来自杭州、宁波等地的调查"], "headline"),  # with its 副题
    (["本报记者 孙  勇"], "byline"),
    (["经济日报记者 柳  文"], "byline"),
    (["王  磊"], "name"),                                                   # a padded two-character name
    (["1月19日，德清县蜡梅绽放，游客拍照打卡。", "白  羽摄（影像中国）"], "caption"),
    (["春分采茶忙", "春分时节,茶农忙着采摘新茶。", "章勇涛摄(影像中国)"], "caption"),
    (["3月10日，工人在生产线上检查产品质量。", "新华社记者 黄宗治 摄"], "caption"),
    (["本版责编：林雅文  张卫东  程启明"], "meta"),
    (["本版编辑 王  琳  美编 高  妍"], "meta"),                              # editor line without colons
    (["本版责编：刘  阳  王  萌  版式设计：张丹峰"], "meta"),
    (["2026年3月12日 星期四"], "meta"),
    (["本版责编：赵  六", "投稿邮箱：village@example.cn"], "meta"),         # a submissions e-mail line
    (["“老屋一修，活了！”"], "headline"),                                  # rule exclaimed_headline
    (["“谁来种这片地？”"], "headline"),
    (["“老屋修好了。”"], "body"),                                          # a quoted sentence
    (["乡村夜市什么样?三条老街先试点"], "headline"),                         # rule question_headline
    (["乡村夜市什么样？", "三条老街先试点"], "headline"),
    (["夜市为何这么火?游客说,"], "body"),                                   # a cut paragraph's start
    (["夜市火不火?游客多不多?人气足!"], "body"),                            # three marks: sentences
    (["核心阅读", "今年以来，各地持续开展新能源汽车下乡活动。"], "body"),       # a box
    (["户等问题；多次陪他们走访社区。"], "body"),
    (["9.7%。"], "body"),
    (["二、扩大有效投资"], "body"),                                          # a numbered section head
    (["外资占比为31.6%。从来源地看，"], "body"),
])
def test_block_kinds(lines, kind):
    assert block_kind(lines) == kind


# --------------------------------------------------------------------------- column-break rules

@pytest.mark.parametrize("before,after,pairs,rule,joins", [
    ("解决外来员工开", "户等问题；多次陪他们走访。", {}, "tail_fragment", True),
    ("华为形成五大业", "务板块，涵盖了核心技术领域。", {"业务": 3}, "split_word_often", True),
    ("在老城街", "巷改造中保留传统风貌。", {"街巷": 1}, "split_word_once", True),
    ("研发投入计划超2000", "亿元，三一重工坚定转型。", {}, "split_number", True),
    ("多地实现“一键领券、即买即", "补”。", {}, "closes_quote", True),
    ("以45个县域商业示范镇", "为重点，推进集镇改造。", {}, "construction", True),
    ("整治道路扬尘、露天焚烧、", "夜间施工等居民反映问题。", {}, "enumeration", True),
    ("运送到作业区域，", "一旁是李秀鹏买来的秧苗。", {}, "comma_end", True),
    ("推动大中小", "2026年，全市新建学校10所。", {}, "paragraph_opener", False),
    ("占比达到", "本报北京6月3日电（记者 张三）据商务部测算。", {}, "dateline_opener", False),
    ("增速回升，", "，进一步扩大内需。", {}, "punct_after_punct", False),
    ("发展韧性和抗风", "政策支持到位\n建立常态化联络机制", {}, "starts_with_heading", False),
    # split_word_lexicon: a word the project's lexicons hold, cut at the column end, on a page
    # that does not repeat it
    ("全市高技术制造业的产", "业规模持续扩大。", {}, "split_word_lexicon", True),
    ("全县粮食总产量比上", "年增长两成。", {}, "split_word_lexicon", True),
    ("按计划开展设备性能提", "升及各项试验。", {}, "split_word_lexicon", True),
    # figure_after_taker: a word that takes a figure (增至, 提高到, 增长了) before the cut
    ("全县粮食产量增至", "120万吨，创历史新高。", {}, "figure_after_taker", True),
    ("全市污水处理率提高到", "95%，群众满意度上升。", {}, "figure_after_taker", True),
    ("全县茶叶产量比上年增长了", "12.5%，茶农增收。", {}, "figure_after_taker", True),
    # enumeration_item: after 、 a short item closed by a comma goes on with the list
    ("密切关注降雨、", "风力变化，及时发布预警。", {}, "enumeration_item", True),
    ("抓好春耕备耕，", "全面推进，确保粮食稳产。", {}, "fragment_after_punct", False),
    # opener_inside_word: a speaker opener (某某经理某某介绍) whose first character ends a word the
    # page uses often (甲丰 | 乐…: 丰乐) starts inside that word; without the word it opens a paragraph
    ("车灯工厂拥有注塑、总装等工艺。”甲丰", "乐生产体系经理王红介绍，工厂效率提高。", {"丰乐": 3}, "opener_inside_word", True),
    ("车灯工厂拥有注塑、总装等工艺。”甲丰", "乐生产体系经理王红介绍，工厂效率提高。", {}, "paragraph_opener", False),
])
def test_fit_rules(before, after, pairs, rule, joins):
    score, used = fit(before, after, pairs)
    assert rule in [d.rule for d in used]
    assert (score >= 1) == joins, (score, used)


@pytest.mark.parametrize("before,word_start,other_start", [
    # the lexicon word across the cut beats a start that makes no word with it
    ("全市高技术制造业的产", "业规模持续扩大。", "年分别增长两成。"),
    ("全县粮食总产量比上", "年增长两成。", "全县新建学校十所。"),
])
def test_fit_prefers_the_lexicon_word(before, word_start, other_start):
    assert fit(before, word_start, {})[0] > fit(before, other_start, {})[0]


def test_fit_prefers_the_split_word():
    # 抗风 | 险能力 (风险 is a word of the page) beats 抗风 | 更源自 (风更 is not)
    pairs = {"风险": 3}
    assert fit("发展韧性和抗风", "险能力，为稳定大盘提供保障。", pairs)[0] > \
        fit("发展韧性和抗风", "更源自战略远见。", pairs)[0]


# --------------------------------------------------------------------------- unwrapping

@pytest.mark.parametrize("lines,paragraphs", [
    # a line runs to the column's width: the paragraph goes on
    (["据测算，前三季度全市工业增加值同比增", "长6.2%，比上半年末提高了0.4个", "百分点。",
      "分行业看，制造业增长7.1%。"],
     ["据测算，前三季度全市工业增加值同比增长6.2%，比上半年末提高了0.4个百分点。",
      "分行业看，制造业增长7.1%。"]),
    # a short line without punctuation after a full finished line is a sub-head
    (["消费方面，市场需求持续回暖。稳中有升", "态势。", "回升势头", "城乡居民消费意愿增强。"],
     ["消费方面，市场需求持续回暖。稳中有升态势。", "回升势头", "城乡居民消费意愿增强。"]),
    # a two-line sub-head: its first line runs to the width
    (["重点行业产销两旺回升，工业生产实现", "开局", "据测算，前两个月全市工业产值增长。"],
     ["重点行业产销两旺回升，工业生产实现开局", "据测算，前两个月全市工业产值增长。"]),
    # rule comma_goes_on: a short line ending on a comma ends no paragraph
    (["镇里介绍，今年计划修缮老屋30", "栋，新开茶馆5家，", "“一屋一策”推进。", "另建停车场2处。"],
     ["镇里介绍，今年计划修缮老屋30栋，新开茶馆5家，“一屋一策”推进。", "另建停车场2处。"]),
])
def test_unwrap_block(lines, paragraphs):
    assert unwrap_block(lines) == paragraphs


def test_wrapped_page_detection():
    assert is_wrapped_page([["第一行很短，", "第二行也很短", "第三行。"]] * 3)
    assert not is_wrapped_page([["一整段文字" * 12, "又一段。"]] * 3)


# --------------------------------------------------------------------------- whole pages

PAGE = blocks(
    "2026年3月12日 星期四",
    "产业观察",
    "县域充电设施\n加快补齐",
    "本报记者 孙  勇",
    "3月的沂南县，一场新能源汽车下乡巡展吸引了不少村民。\n"
    "近年来，各地加快推进县域充电基础设施建设，乡镇覆盖率达到82%。国家能源局表示，今年将推动充电设施向行政村延伸，力争新建乡村公共充电",
    "一季度铁路发送旅客\n有望突破10亿人次",
    "本报北京3月11日讯（记者 韩秉志）记者从国铁集团获悉：今年以来，全国铁路累计发送旅客7.6亿人次。\n"
    "国铁集团有关负责人介绍，预计一季度全国铁路发送旅客有望突破10亿人次。",
    "3月10日，在宁波一家工厂，工人在检查产品质量。\n新华社记者 黄宗治 摄",
    "桩2万个以上，进一步打通乡村充电“最后一公里”。\n车企也在主动适应县乡市场，推出多款小型纯电动车。",
    "本版编辑 王  琳  美编 高  妍",
)


def test_page_articles_titles_fields_and_rejoin():
    arts = rebuild(PAGE)
    assert [a.title for a in arts] == ["县域充电设施加快补齐", "一季度铁路发送旅客有望突破10亿人次"]
    first, second = arts
    assert "力争新建乡村公共充电桩2万个以上" in first.text          # cut word rejoined
    assert "充电一季度" not in first.text and "铁路" not in first.text  # no two articles glued
    assert first.byline == "本报记者 孙  勇"
    assert second.byline == "本报北京3月11日讯（记者 韩秉志）"       # the dateline of its first paragraph
    assert first.date == second.date == "2026-03-12"               # the page's date line
    assert [c for a in arts for c in a.captions] == ["3月10日，在宁波一家工厂，工人在检查产品质量。\n新华社记者 黄宗治 摄"]
    for art in arts:
        assert "产业观察" not in art.text and "本版编辑" not in art.text and "摄" not in art.text
        for b in art.blocks:
            assert art.text[b.start:b.end] == b.text


def test_box_label_and_section_label_are_no_bylines():
    page = blocks(
        "地 方",
        "山东政务服务提速",
        "经济日报记者 王金虎",
        "今年以来，山东推动涉企服务事项集成办理，办事跑动次数减少70%以上，审批",
        "广西边贸持续增长",
        "本报南宁5月19日讯（记者 童政）前4个月，广西边境贸易进出口增长14.6%。",
        "5月18日，在山东省青岛市一家企业，工人在调试政务服务终端。\n经济日报记者 王金虎摄",
        "时限平均压缩一半。",
        "记者手记\n把复杂留给政府、把便利留给企业，山东政务服务的探索说明了这一点。",
    )
    arts = rebuild(page)
    assert [a.byline for a in arts] == ["经济日报记者 王金虎", "本报南宁5月19日讯（记者 童政）"]
    assert "审批时限平均压缩一半" in arts[0].text and "记者手记" in arts[0].text
    assert arts[0].captions and not arts[1].captions   # the photo shows the Shandong story


def test_sentence_cut_twice_goes_through_three_blocks():
    page = blocks(
        "中小企业发展提速",
        "本报记者 甲乙",
        "会议提出，要完善政策支持体系、公共服务体系，促",
        "春耕生产有序推进",
        "本报记者 丙丁",
        "各地抢抓农时开展春耕，农资供应充足，促进农业生产。",
        "进中小企业专精特新发展，推动大中小",
        "农民在田间操作无人机。\n新华社记者 张三 摄",
        "企业融通创新。下一步，将出台更多促进中小企业发展的政策。",
    )
    arts = rebuild(page)
    assert "公共服务体系，促进中小企业专精特新发展，推动大中小企业融通创新。" in arts[0].text
    assert "中小企业" not in arts[1].text


def test_explain_names_every_decision():
    rules = {d.rule for d in explain_page(to_blocks(PAGE), block_gaps(PAGE))}
    assert {"page_blocks", "headline_group", "byline_block", "head_block", "caption_block",
            "continues"} <= rules


def test_reconstruct_articles_reads_blank_lines_itself():
    assert [a.title for a in reconstruct_articles(PAGE)] == [a.title for a in rebuild(PAGE)]


def test_lead_displaced_into_another_column_goes_first():
    page = blocks(
        "外贸开局平稳\n进出口增长5%",
        "本报记者 甲乙",
        "从商品看，机电产品出口增长较快，占出口总值的比重比上年同期",
        "3月5日，海关总署举行新闻发布会，介绍一季度外贸进出口情况。",
        "提高1.2个百分点。从市场看，对共建国家进出口增长较快。",
        "春耕生产有序推进",
        "本报记者 丙丁",
        "各地抢抓农时开展春耕，农资供应充足。",
    )
    arts = rebuild(page)
    assert [a.title for a in arts] == ["外贸开局平稳进出口增长5%", "春耕生产有序推进"]
    assert arts[0].blocks[0].kind == "lead" and arts[0].blocks[0].text.startswith("3月5日")
    assert "比重比上年同期提高1.2个百分点" in arts[0].text


# rules exclaimed_headline, open_mark_cut, dateline_opens_lead, and an editor block with a
# submissions e-mail line as the page's evidence
VILLAGE_PAGE = blocks(
    "乡村振兴·新观察",
    "山村办起\n直播间",
    "本报甲市3月2日电  （记者王五）\n甲市乙县丙村近年来发展特色种植，村里建起了直播间。\n"
    "村党支部书记说，合作社去年开始直播带货。\n“单月销售额稳定在800",
    "“老屋一修，活了！”",
    "清晨，丁镇的老街上人来人往。修缮一新的老屋里开起了茶馆和书店。\n镇里今年还将修缮老屋30栋，把更多“旧房子”",
    "万元以上，带动120户村民增收。”",
    "变成“新空间”。游客越来越多，镇上的民宿也多了起来。",
    "本版责编：赵  六\n投稿邮箱：village@example.cn",
)


def test_exclaimed_headline_open_quote_cut_and_dateline():
    arts = rebuild(VILLAGE_PAGE)
    assert [a.title for a in arts] == ["山村办起直播间", "“老屋一修，活了！”"]
    first, second = arts
    assert first.byline == "本报甲市3月2日电  （记者王五）"
    assert "（记者王五）甲市乙县丙村" in first.text                  # the dateline opens the lead
    assert "“单月销售额稳定在800万元以上，带动120户村民增收。”" in first.text
    assert "把更多“旧房子”变成“新空间”" in second.text
    assert "“旧房子”万元" not in second.text and "本版责编" not in first.text + second.text


# rule photo_title: a photo's title set as a block of its own over the caption, inside a cut
PHOTO_PAGE = blocks(
    "风电装机\n再上台阶",
    "本报记者 甲乙",
    "近年来，我省加快建设风电基地，新能源产业链不断完善。\n截至去年底，全省风电装机容量达到",
    "林区新能源项目开工",
    "本报记者 丙丁",
    "近日，某林区新能源项目开工建设，项目位于林区北部。",
    "春耕正忙",
    "3月1日，农民在田间播种。\n本报记者  王  五摄",
    "3200万千瓦。下一步，我省将推动海上风电项目建设。",
)


def test_photo_title_goes_with_its_caption():
    log = []
    arts = reconstruct_page(to_blocks(PHOTO_PAGE), block_gaps(PHOTO_PAGE), log=log)
    assert [a.title for a in arts] == ["风电装机再上台阶", "林区新能源项目开工"]
    assert "装机容量达到3200万千瓦" in arts[0].text
    assert not any("春耕正忙" in a.text for a in arts)
    assert [c for a in arts for c in a.captions] == ["春耕正忙\n3月1日，农民在田间播种。\n本报记者  王  五摄"]
    assert "photo_title" in {d.rule for d in log}


def test_headline_over_a_photo_still_heads_its_story():
    page = blocks(
        "风电装机\n再上台阶",
        "本报记者 甲乙",
        "近年来，我省加快建设风电基地，新能源产业链不断完善，推动",
        "春耕生产有序推进",
        "3月1日，农民在田间播种。\n本报记者  王  五摄",
        "近日，各地抢抓农时开展春耕，农资供应充足。",
        "产业向高端迈进。下一步，我省将推动海上风电项目建设。",
    )
    arts = rebuild(page)
    assert [a.title for a in arts] == ["风电装机再上台阶", "春耕生产有序推进"]
    assert "推动产业向高端迈进" in arts[0].text


@pytest.mark.parametrize("text", [
    # a report with blank lines between paragraphs and unnumbered section heads: one document
    blocks("关于推进农业机械化的意见", "各地要加强组织领导。\n落实工作责任。", "加快科技创新",
           "支持企业建设研发中心。\n完善政策体系。", "强化人才支撑", "培养农机人才。"),
    # a blank line after every line (a web copy): no blocks
    blocks("标题一", "正文第一段。", "记者 张三", "正文第二段。", "标题二", "正文第三段。"),
])
def test_texts_that_are_not_block_pages(text):
    assert rebuild(text) is None


def test_time_is_linear_in_page_length():
    story = [
        "甲地{n}号项目开工建设\n投资规模创新高",
        "本报记者 张{name}",
        "{n}日，甲地{n}号项目开工，总投资{n}亿元，项目建成后将带动就业，推动产业",
        "工人在{n}号项目工地作业。\n新华社记者 李{name} 摄",
        "升级。当地有关负责人表示，将加快项目建设进度。",
    ]

    def page(n):
        names = "一二三四五六七八九十"
        return blocks(*[part.format(n=k, name=names[k % 10] + names[k // 10 % 10])
                        for k in range(n) for part in story])

    def timed(n):
        text = page(n)
        best = float("inf")
        for _ in range(3):  # best of three: the machine is shared
            start = time.perf_counter()
            arts = rebuild(text)
            best = min(best, time.perf_counter() - start)
        assert len(arts) == n
        return best

    small, large = timed(60), timed(240)
    assert large < 4 * small * 2.5  # 4x the text: well under quadratic (16x)


# rule headline_top: blank lines part the stories, but each story's headline sits right over
# its text (no blank line between them): the short lines at a block's top are its headline
_HEADLINE_TOPS = """老街换新颜
游客回来了
记者日前走进甲市老城区，看到修缮一新的老街上
商铺林立，游人如织。街道负责人介绍，改造坚持
“修旧如旧”，保留了原有的街巷格局。

乙县出台措施
扶持家庭农场
本报乙县4月2日电  （记者王五）乙县近日出台
措施，对新认定的示范家庭农场给予一次性奖励，
并在用地、用电等方面予以保障。

丙市公交线路
完成优化调整
本报丙市4月2日电  （记者赵六）丙市交通部门
近日对12条公交线路进行优化调整，方便市民
出行。
"""


def test_headlines_over_their_text_without_a_blank_line():
    titles = [a.title for a in reconstruct_articles(_HEADLINE_TOPS)]
    assert titles == ["老街换新颜游客回来了", "乙县出台措施扶持家庭农场", "丙市公交线路完成优化调整"]


def test_headline_top_over_dateline():
    # rule headline_top_over_dateline: the headline's second line is nearly as wide as the text
    # (no width share says headline), but the dateline under it opens the story's text
    page = _HEADLINE_TOPS.replace("乙县出台措施\n扶持家庭农场", "乙县出台措施\n扶持家庭农场和农民合作社")
    titles = [a.title for a in reconstruct_articles(page)]
    assert titles[1] == "乙县出台措施扶持家庭农场和农民合作社"


def test_headline_top_when_only_the_page_top_headline_stands_apart():
    # rule headline_top_when_unread: the page-top story's kicker and headline stand as a block of
    # their own (set across the columns), the other stories' heads sit over their text in one
    # block; that one headline block must not stop the others from being found
    page = ("春日走基层·乡村新貌\n老街换新颜\n\n" + _HEADLINE_TOPS.split("\n", 2)[2])
    titles = [a.title for a in reconstruct_articles(page)]
    assert titles == ["老街换新颜", "乙县出台措施扶持家庭农场", "丙市公交线路完成优化调整"]


def test_a_page_that_parts_its_headlines_keeps_its_reading():
    # two headline blocks with text: _headline_tops is not tried (a short first line of a text
    # block stays text)
    from policydata.text.layout.page import _heads_with_text
    assert _heads_with_text(["headline", "body", "headline", "body"]) == 2
    assert _heads_with_text(["headline", "body", "body", "meta"]) == 1
    assert _heads_with_text(["body", "body"]) == 0


# --------------------------------------------------------------------------- round 14 (pages2)

@pytest.mark.parametrize("line,credit", [
    ("赵  明摄", True),          # rule credit_name: a padded two-character name, then 摄
    ("钱一鸣摄", True),           # a three-character name, no space
    ("欧阳晓丽摄", True),         # a four-character name
    ("无人机航拍摄", False),      # 拍摄 / 航摄 are verbs, not a name
    ("春到江南好风光", False),
])
def test_bare_name_photo_credit(line, credit):
    from policydata.text.layout.lines import _is_credit_only
    assert _is_credit_only(line) is credit


def test_bare_name_credit_closes_a_caption_block():
    assert block_kind(["5月3日，游客在湖边的花海中拍照留念。", "赵  明摄"]) == "caption"


def test_number_at_line_end_meets_its_unit():
    # rule number_meets_unit: no paragraph ends on a bare number
    assert unwrap_block(["全年接待游客总量达到了一千多万人次，其中入境", "游客人数同比增长三成，达12.6",
                         "万人次。", "下一步，景区将延长开放时间。"]) == [
        "全年接待游客总量达到了一千多万人次，其中入境游客人数同比增长三成，达12.6万人次。",
        "下一步，景区将延长开放时间。"]


def test_block_width_is_the_common_line_length():
    # rule common_line_width: one line holding digits runs a character past the column; the
    # full lines of text around it still go on in the next line
    lines = ["市统计局日前发布数据显示，今年以来全市规", "模以上工业企业利润回升，2026年前4个月", "累计实现营业收入较上年同期有所增长，其中",
             "制造业的贡献最为突出。", "全市重点项目建设进展顺利。"]
    assert unwrap_block(lines) == [
        "市统计局日前发布数据显示，今年以来全市规模以上工业企业利润回升，2026年前4个月累计实现营业收入较上年同期有所增长，其中制造业的贡献最为突出。",
        "全市重点项目建设进展顺利。"]


def test_index_box_is_page_furniture():
    # rule index_box: 导读 | entries each closed by 第N版 is no story
    from policydata.text.layout.articles import _index_box_lines
    lines = ["……全市上下干劲十足。", "导读", "把乡村振兴的文章做实", "——写在春耕时节", "第四版",
             "评论", "让城市更有温度", "第五版", "本报讯 今年以来，全省新增城镇就业30万人。"]
    assert sorted(_index_box_lines(lines)) == [1, 2, 3, 4, 5, 6, 7]
    # a label over running text, or without any page reference, is no index box
    assert _index_box_lines(["导读", "今年以来，全省新增城镇就业30万人，比上年增加。"]) == set()
    assert _index_box_lines(["导读", "把乡村振兴的文章做实", "让城市更有温度"]) == set()


def test_topic_block_joins_the_cut_line_of_its_article():
    # rule topic_joins_cut_end: a block the topic sends to an article whose text ends
    # mid-sentence, and that opens like no paragraph, goes on with that sentence
    from policydata.text.layout.page import _goes_on
    from policydata.text.layout.page_blocks import _Para
    assert _goes_on(_Para("3200人，其中青年占六成。", "body"))
    assert not _goes_on(_Para("2026年，全市新增岗位3200个。", "body"))
    assert not _goes_on(_Para("本报讯 全市新增岗位3200个。", "body"))


def test_question_headline_heads_its_story():
    """Rule question_headline: a top headline that asks and answers (…什么样?…) heads its story
    on a page with blank lines (a guard: the block-kind rows above test the rule itself)."""
    page = blocks("乡村夜市什么样?三条老街先试点",
                  "近日,甲县三条老街的夜市开张,摊位一百多个,游客络绎不绝,县里计划年内再开两条。",
                  "甲县还将为摊主提供免费培训,帮助他们办好证照,提升服务水平。",
                  "山区小学通上网",
                  "本报乙县5月6日电  乙县十二所山区小学日前全部接入宽带网络,学生可上线上课程。")
    titles = [a.title for a in reconstruct_articles(page)]
    assert titles[0] == "乡村夜市什么样?三条老街先试点"
