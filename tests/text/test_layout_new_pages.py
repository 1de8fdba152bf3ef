"""Pages nobody tuned to: invented stories laid out the way page text layers come out.

Each case is a page built by ``page_kit`` from stories (kicker, headline lines, byline,
paragraphs with ``‖`` where a column cuts them) and a layout (the order of the blocks);
the expectation is the page gold (every article with its title, every cut sentence
rejoined, no cut half glued to the block printed after it, captions and editor lines kept
out of the text). The texts are invented for these tests.
"""
from __future__ import annotations

import pytest

from page_kit import expected, page_text, score
from policydata.text.layout import fit, reconstruct_articles

CAPTION = "2月17日，在某县，农民驾驶农机翻耕土地。\n本报记者 周  涛摄"
EDITOR = ("line", "本版责编：王  磊  刘  洋")
DESIGN = ("line", "版式设计：张  丽")

STORIES = {
    "A": dict(kicker="经济聚焦", head=["年货市场人气旺", "线上线下消费齐升温"], byline="本报记者 李  明", paras=[
        "临近春节，各地年货市场人气渐旺。记者走访多家商超和农贸市场看到，坚果礼盒、地方特产、生鲜水果摆满货架，不少市民一次就采购好几大袋。",
        "商务部门监测数据显示，1月中旬以来，重点监测零售企业年货销售额同比增长8.6%。其中，粮油、肉禽蛋等基本生活类商品销售平稳，特色年货和文创产品增长较快，‖消费市场呈现稳中有升的良好态势。",
        "线上消费同样活跃。记者从有关部门了解到，在春节前备货这一关键时间段的‖主要电商平台农产品销售额同比增长超过两成，直播带货、即时零售等新业态成为拉动消费的重要力量。",
        "为进一步激发消费潜力，多地推出惠民举措。某省今年安排促消费专项资金3.2‖亿元，分批发放餐饮、零售、文旅等消费券，并组织开展千场年货促销活动。",
        "“年货节期间，我们的客流量比平时多了近一倍。”一家老字号食品店负责人说，为了满足顾客需求，店里提前一个月就开始备货，‖每天从早忙到晚。",
        "业内人士认为，随着各项促消费政策持续发力，春节消费有望保持较快增长，为全年经济开好局、起好步提供有力支撑。"]),
    "B": dict(head=["老旧小区加装电梯", "居民上下楼不再犯难"], paras=[
        "记者日前从某市住房和城乡建设局获悉，去年该市共完成老旧小区加装电梯412部，惠及居民1.6万户，加装数量连续三年保持增长。‖",
        "家住城东某小区的退休教师王大爷今年78岁，腿脚不便，过去每次下楼都要歇好几次。“电梯装好以后，我每天都能下楼遛弯，‖和老邻居们聊聊天。”王大爷说。",
        "加装电梯涉及规划审批、资金分摊、管线迁改等多个环节，协调难度不小。为此，该市推行“一站式”审批服务，将审批时限压缩至15个工作日以内，并对每部电梯给予最高20万元补贴。",
        "与此同时，街道和社区干部主动上门做工作，帮助低楼层住户和高楼层住户算好“明白账”，推动形成共识。",
        "下一步，该市将继续扩大加装电梯覆盖面，力争到2027年底累计完成加装2000部以上。"]),
    "C": dict(head=["小巷换了新模样"], paras=[
        "走进南门街道的青石巷，记者看到，坑洼的路面铺上了透水砖，斑驳的墙面刷上了新漆，巷口的小广场上，几位老人正在下棋聊天。",
        "青石巷是一条有着百余年历史的老巷，过去雨天积水、线路杂乱，居民反映强烈。去年以来，街道结合城市更新行动，对巷内的‖道路、管网、照明等设施进行了全面改造。",
        "“改造方案是大家一起商量出来的。”社区党委书记刘芳介绍，改造前社区先后召开了8场居民议事会，收集意见建议60余条，其中大部分都被吸纳进了方案。",
        "如今，青石巷不仅环境变美了，还引进了非遗工坊、特色小吃店等业态，吸引不少游客前来打卡。",
        "巷里的小店主说，巷子美了，生意也好了。街道的小微企业也跟着受益。"]),
    "D": dict(head=["春耕备耕有序推进"], paras=[
        "本报南昌2月18日电  （记者 周  涛）眼下正值春耕备耕关键时期，江西各地抢抓农时，组织农民开展田间管理、农资调运和农机检修等工作。",
        "在某县的一处育秧工厂，一排排秧盘整齐摆放，工作人员正在调试温控设备。“今年我们的工厂化育秧面积预计达到5‖万亩，比去年增加近一成。”工厂负责人介绍。",
        "农业农村部门积极组织农技人员深入田间地头，开展技术指导服务，帮助农户解决生产中的实际问题。全省已调运化肥、种子等农资‖超过120万吨，能够满足春耕生产需要。"]),
}

LAYOUTS = {
    # the kicker in the headline block; a lead of B between two blocks of A; the short
    # headline of C between blocks of A; a caption between the halves of a cut sentence
    "kicker_in_block": [
        ("head", "A"), ("byline", "A"), ("seg", "A", 0), ("seg", "B", 0), ("seg", "A", 1), ("seg", "A", 2),
        ("head", "C"), ("seg", "C", 0), ("seg", "A", 3), ("cap", CAPTION), ("seg", "A", 4),
        ("seg", "C", 1), ("head", "B"), ("seg", "B", 1), ("seg", "B", 2),
        ("head", "D"), ("seg", "D", 0), ("seg", "D", 1), ("seg", "D", 2), EDITOR, DESIGN],
    # the short headline right under a block cut after 的 (…时间段的 | 小巷换了新模样):
    # 的小 is frequent on the page, yet a function word and the next character make no word
    "short_headline_after_de": [
        ("kicker", "A"), ("title", "A"), ("byline", "A"), ("seg", "A", 0), ("seg", "B", 0), ("seg", "A", 1),
        ("head", "C"), ("seg", "C", 0), ("seg", "A", 2), ("cap", CAPTION), ("seg", "A", 3), ("seg", "A", 4),
        ("seg", "C", 1), ("head", "B"), ("seg", "B", 1), ("seg", "B", 2),
        ("head", "D"), ("seg", "D", 0), ("seg", "D", 1), ("seg", "D", 2), EDITOR, DESIGN],
    # every story in page order, a cut going on in the next block
    "in_order": [
        ("head", "A"), ("byline", "A"), ("seg", "A", 0), ("seg", "A", 1), ("seg", "A", 2), ("seg", "A", 3),
        ("cap", CAPTION), ("seg", "A", 4), ("head", "B"), ("seg", "B", 0), ("seg", "B", 1), ("seg", "B", 2),
        ("head", "C"), ("seg", "C", 0), ("seg", "C", 1), ("head", "D"), ("seg", "D", 0), ("seg", "D", 1),
        ("seg", "D", 2), EDITOR, DESIGN],
    # two stories' columns interleaved: each cut goes on after a piece of the other story
    "interleaved": [
        ("head", "C"), ("seg", "C", 0), ("head", "A"), ("byline", "A"), ("seg", "A", 0), ("seg", "C", 1),
        ("seg", "A", 1), ("head", "D"), ("seg", "D", 0), ("seg", "A", 2), ("seg", "D", 1), ("seg", "A", 3),
        ("seg", "D", 2), ("seg", "A", 4), ("head", "B"), ("seg", "B", 0), ("seg", "B", 1), ("cap", CAPTION),
        ("seg", "B", 2), EDITOR, DESIGN],
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_page_with_blank_lines(name):
    layout = LAYOUTS[name]
    articles = reconstruct_articles(page_text(STORIES, layout))
    missed = score(articles, expected(STORIES, layout))
    assert not any(missed.values()), {k: v for k, v in missed.items() if v}


def test_short_headline_over_a_short_first_clause_heads_its_story():
    # 清晨， is a tiny first clause (tail_fragment): the block under the short headline fits
    # the cut …时间段的 well, yet it is about another topic, so the headline heads a story
    stories = dict(STORIES)
    stories["C"] = dict(STORIES["C"], paras=["清晨，走进南门街道的青石巷，记者看到，坑洼的路面铺上了透水砖，斑驳的墙面刷上了新漆。"]
                        + STORIES["C"]["paras"][1:])
    layout = LAYOUTS["short_headline_after_de"]
    missed = score(reconstruct_articles(page_text(stories, layout)), expected(stories, layout))
    assert not any(missed.values()), {k: v for k, v in missed.items() if v}


@pytest.mark.parametrize("before,after,rule,absent", [
    # a function word at the cut: the sentence goes on
    ("在春节前备货这一关键时间段的", "主要电商平台农产品销售额增长。", "function_word_end", "split_word_often"),
    ("对巷内的", "道路、管网等设施进行了改造。", "function_word_end", "split_word_often"),
    ("推动城乡融合和", "区域协调发展。", "function_word_end", "comma_end"),
    # a comma is its own rule
    ("特色年货增长较快，", "消费市场稳中有升。", "comma_end", "function_word_end"),
])
def test_function_word_end(before, after, rule, absent):
    rules = [d.rule for d in fit(before, after, {"的小": 5, "的主": 5, "的道": 5})[1]]
    assert rule in rules and absent not in rules


@pytest.mark.parametrize("before,after,want", [
    # 的小 is frequent on the page, but no word: the headline under the cut gets only the
    # function word's point, below the 2 that makes a headline block a cut
    ("关键时间段的", "小巷换了新模样", 1),
    ("关键时间段的", "主要电商平台销售额同比增长两成。", 1),   # enough to join (min_join 1)
    ("工业和信息化部门的", "2026年工作要点", 0),             # an opener after the cut: no join
    ("促进城乡融", "合发展。", 4),                            # a real split word still counts (+ tail)
])
def test_function_word_pairs_are_no_split_word(before, after, want):
    assert fit(before, after, {"的小": 9, "的主": 9, "的2": 9, "融合": 3})[0] == want


@pytest.mark.parametrize("before,after,rule,want", [
    # after a comma a sentence may go on with a word that could open a paragraph: the
    # opener weighs -1, so the article's same_topic point (+1) can make the join
    ("某县文化和旅游局负责人介绍，", "今年以来全县累计接待游客86万人次。", "opener_after_cut", 0),
    ("今年雪场新增了1条夜滑雪道，", "目前日均客流量达到4000人次左右。", "opener_after_cut", 0),
    # 下一步， opens a paragraph: neither a clause's tail nor the end of 在…下
    ("在春节前备货这一关键时间段的", "下一步，该市将继续扩大加装电梯覆盖面。", "opener_after_cut", 0),
    # after a finished clause without a comma it still weighs fully
    ("占比达到", "2026年，全市新建学校10所。", "paragraph_opener", -3),
])
def test_opener_after_a_cut(before, after, rule, want):
    score_, used = fit(before, after, {})
    assert rule in [d.rule for d in used]
    assert not {"tail_fragment", "construction"} & {d.rule for d in used}
    assert score_ == want


ENDS_WITH_FIGURE = {
    "F": dict(head=["新能源重卡", "跑出绿色物流加速度"], paras=[
        "本报讯（记者 孙  宁）记者日前从某港口集团获悉，截至去年底，港区内投入运营的新能源重卡已达到1200辆。",
        "据测算，新能源重卡的推广每年可为港区减少柴油消耗约2.6‖万吨。与此同时，港区还在探索氢燃料电池重卡的示范应用。"]),
    "G": dict(head=["古村焕新颜"], paras=[
        "沿着蜿蜒的山路前行，一座白墙黛瓦的古村落映入眼帘，村里保存着明清时期的古建筑40余栋。",
        "如今，古村每年接待游客超过20万人次，外出务工的年轻人也陆续回到了村里。"]),
}


def test_short_last_line_with_a_comma_is_a_cut_paragraph_not_a_sub_head():
    # 据测算，…约2.6 is short and has no sentence end: as a block's last line it still is
    # a cut paragraph (it holds a clause comma), and 万吨。 goes on with it
    layout = [("head", "F"), ("seg", "F", 0), ("head", "G"), ("seg", "G", 0), ("seg", "F", 1), EDITOR]
    missed = score(reconstruct_articles(page_text(ENDS_WITH_FIGURE, layout)), expected(ENDS_WITH_FIGURE, layout))
    assert not any(missed.values()), {k: v for k, v in missed.items() if v}


TOURISM = {
 "E": dict(kicker="新春走基层", head=["冰雪经济", "带火北方小城"], byline="本报记者 赵  阳", paras=[
  "入冬以来，北方多个小城迎来冰雪旅游热。滑雪场、冰雕园游人如织，民宿、餐馆一座难求，冰雪经济成为当地冬季消费的新引擎。",
  "某县文化和旅游局负责人介绍，‖今年以来全县累计接待游客86万人次，实现旅游收入9.3亿元，同比分别增长21%和18%。",
  "在县城东郊的滑雪场，雪道上的游客穿梭往来。滑雪场运营经理告诉记者，今年雪场新增了3条初级雪道和1条夜滑雪道，‖目前日均客流量达到4000人次左右。",
  "冰雪旅游的火热，也带动了当地农产品销售。不少游客在返程前会买上几箱冻梨、粘豆包，‖我们合作社的线上订单比去年同期翻了一番。”合作社理事长笑着说。",
  "为了让游客玩得安心，县里组织多部门开展安全检查，加强雪场设施、交通和食品安全监管，并在主要景区设置了12个游客服务站。"]),
 "F": dict(head=["新能源重卡", "跑出绿色物流加速度"], paras=[
  "本报讯（记者 孙  宁）记者日前从某港口集团获悉，截至去年底，港区内投入运营的新能源重卡已达到1200辆，占港区集疏运车辆总数的比重超过四成。‖",
  "“一辆新能源重卡每年可减少碳排放约80吨，运营成本也比燃油车低三成左右。”港口集团有关负责人表示，下一步将加快充换电站建设，‖推动港区集疏运车辆全面电动化。",
  "据测算，新能源重卡的推广每年可为港区减少柴油消耗约2.6‖万吨。与此同时，港区还在探索氢燃料电池重卡的示范应用，已建成加氢站2座。"]),
 "G": dict(head=["古村焕新颜"], paras=[
  "沿着蜿蜒的山路前行，一座白墙黛瓦的古村落映入眼帘。这里是有着六百多年历史的某村，村里保存着明清时期的古建筑40余栋。",
  "过去，由于年久失修，不少古建筑破损严重，年轻人也纷纷外出务工。近年来，当地引入社会资本参与古村保护利用，在修缮古建筑的同时，‖发展民宿、研学、文创等新业态。",
  "如今，古村每年接待游客超过20万人次，村集体经济收入从不足5万元增加到120万元，‖外出务工的年轻人也陆续回到了村里。"]),
}


def test_cuts_after_a_comma_going_on_with_an_opener_word():
    # a second set of stories, in page order with a caption inside a cut: 介绍， | 今年以来…
    # and 夜滑雪道， | 目前… rejoin, 约2.6 | 万吨 too; the three cuts on a comma between the two
    # tourism stories (E and G share most of their words) are left to the topic and not checked
    layout = [("head", "E"), ("byline", "E"), ("seg", "E", 0), ("seg", "E", 1), ("seg", "E", 2),
              ("cap", "1月20日，游客在某县滑雪场体验滑雪乐趣。\n本报记者 赵  阳摄"), ("seg", "E", 3),
              ("head", "F"), ("seg", "F", 0), ("seg", "F", 1), ("seg", "F", 2), ("seg", "F", 3),
              ("head", "G"), ("seg", "G", 0), ("seg", "G", 1), ("seg", "G", 2), EDITOR]
    articles = reconstruct_articles(page_text(TOURISM, layout))
    assert [a.title for a in articles][1:] == ["新能源重卡跑出绿色物流加速度", "古村焕新颜"]
    texts = "\n".join(a.text for a in articles)
    for joined in ("负责人介绍，今年以来全县", "条夜滑雪道，目前日均客流", "消耗约2.6万吨。与此同",
                   "换电站建设，推动港区集疏"):
        assert joined in texts
    assert articles[0].captions and "摄" not in texts


@pytest.mark.parametrize("head,title", [
    (["经济聚焦", "年货市场人气旺", "线上线下消费齐升温"], "年货市场人气旺线上线下消费齐升温"),  # kicker in the block
    (["大数据观察·投资中国", "武汉为何赢得外资青睐"], "武汉为何赢得外资青睐"),               # a label with ·
    (["县域充电设施", "加快补齐乡村短板", "——来自某省的调查"], "县域充电设施加快补齐乡村短板"),  # title + 副题
    (["稳外贸", "前两月进出口增长5.2%"], "稳外贸前两月进出口增长5.2%"),       # two lines, no kicker
])
def test_kicker_in_the_headline_block(head, title):
    stories = {"A": dict(STORIES["A"], kicker="", head=head), "D": STORIES["D"]}
    layout = [("head", "A"), ("byline", "A"), ("seg", "A", 0), ("seg", "A", 1), ("head", "D"),
              ("seg", "D", 0), ("seg", "D", 1), ("seg", "D", 2), EDITOR]
    assert reconstruct_articles(page_text(stories, layout))[0].title == title


@pytest.mark.parametrize("before,after", [
    ("同比增长12.", "5%，增速比上年加快。"),       # a decimal point at the cut
    ("整体营收同比增长305.5", "％，净利润达59亿元。"),  # a full-width per cent sign
    ("惠及居民1.6", "万户，加装数量连续增长。"),
    ("全县新建村级服务站120", "座，覆盖所有行政村。"),   # a measure word
])
def test_cut_inside_a_figure(before, after):
    assert "split_number" in [d.rule for d in fit(before, after)[1]]


APPLIANCES = {
    "H": dict(head=["以旧换新激发", "家电消费新活力"], byline="本报记者 何  平", paras=[
        "记者近日走访多家家电卖场看到，前来选购空调、冰箱、洗衣机的顾客络绎不绝，以旧换新专区更是人气旺盛。不少商家同步在电商平台开设专区，电商平台订单量明显增加。",
        "在补贴政策带动下，一些地方家电企业的线上订单快速增长。某家电企业负责人介绍，企业持续加大研发投入，推出多款智能节能新品，这些产品帮助企业连续3年在“双11”等促销节点的主要电商‖平台销售额不断突破。",
        "业内人士表示，随着以旧换新政策持续推进，家电消费有望继续保持较快增长。"]),
    "K": dict(head=["小家电变了新模样"], paras=[
        "这些天，浙江某地的小家电产业园里一派忙碌景象。生产线上，扫地机器人、空气炸锅等产品陆续下线，装箱后发往全国各地。",
        "产业园负责人说，近年来园区企业加快智能化改造，产品更新换代明显提速，‖新品占比已超过一半。",
        "据了解，园区还搭建了共享检测平台，帮助中小企业降低研发成本。"]),
    "L": dict(head=["春耕备耕有序推进"], paras=[
        "眼下正值春耕备耕关键时期，各地抢抓农时，组织农民开展田间管理、农资调运和农机检修等工作。",
        "农业农村部门积极组织农技人员深入田间地头，开展技术指导服务，帮助农户解决生产中的实际问题。"]),
}
APPLIANCE_CAPTION = "3月5日，工人在某企业生产线上组装扫地机器人。\n本报记者 陈  刚摄"
# 商小 twice more on the page: …主要电商 | 小家电… reads as a word split across the cut
PAIR_OFTEN = {"L": dict(APPLIANCES["L"], paras=APPLIANCES["L"]["paras"][:1] + [
    APPLIANCES["L"]["paras"][1] + "不少电商小家电品牌也来到田间直播，电商小店销量走高。"])}
# the story under the headline opens with a paragraph-start word instead of a scene
NEAR_DAY = {"K": dict(APPLIANCES["K"], paras=[APPLIANCES["K"]["paras"][0].replace("这些天，", "近日，")]
                      + APPLIANCES["K"]["paras"][1:])}
# K opens without a scene: only the block further on that goes on with the cut better or as
# well (平台销售额…, rule cut_continues_elsewhere) keeps the headline from the cut
NO_SCENE = {"K": dict(APPLIANCES["K"], paras=[APPLIANCES["K"]["paras"][0].replace("这些天，", "")]
                      + APPLIANCES["K"]["paras"][1:])}
# the cut's tail is a short finished line of its own (平台销售额不断突破。): it ends with 。, so
# it is no headline, and it goes on with the cut
SHORT_TAIL = {"H": dict(APPLIANCES["H"], paras=[p.replace("不断突破。", "不断突破。‖") for p in APPLIANCES["H"]["paras"]])}
CUT_OVER_HEADLINE = [  # H is cut (…主要电商), K's lone headline and opening follow, H's tail comes late
    ("head", "H"), ("byline", "H"), ("seg", "H", 0), ("head", "K"), ("seg", "K", 0),
    ("cap", APPLIANCE_CAPTION), ("head", "L"), ("seg", "L", 0), ("seg", "H", 1), ("seg", "K", 1), EDITOR]
TAIL_NEXT = [  # H's tail right after K's opening
    ("head", "H"), ("byline", "H"), ("seg", "H", 0), ("head", "K"), ("seg", "K", 0), ("seg", "H", 1),
    ("head", "L"), ("seg", "L", 0), ("seg", "K", 1), EDITOR]
SHORT_TAIL_FIRST = [
    ("head", "H"), ("byline", "H"), ("seg", "H", 0), ("seg", "H", 1), ("head", "K"), ("seg", "K", 0),
    ("cap", APPLIANCE_CAPTION), ("head", "L"), ("seg", "L", 0), ("seg", "H", 2), ("seg", "K", 1), EDITOR]


@pytest.mark.parametrize("variant,layout", [
    ({}, CUT_OVER_HEADLINE),                       # 这些天， is no tail of …主要电商
    (PAIR_OFTEN, CUT_OVER_HEADLINE),               # 电商 | 小家电 could be a word: the headline still heads K
    (NEAR_DAY, CUT_OVER_HEADLINE),
    (PAIR_OFTEN | NEAR_DAY, CUT_OVER_HEADLINE),
    ({}, TAIL_NEXT),
    (PAIR_OFTEN, TAIL_NEXT),
    (NO_SCENE, CUT_OVER_HEADLINE),
    (PAIR_OFTEN | NO_SCENE, CUT_OVER_HEADLINE),
    (PAIR_OFTEN | NO_SCENE, TAIL_NEXT),
    (SHORT_TAIL, SHORT_TAIL_FIRST),                # a short line that is the cut's tail joins it
    (PAIR_OFTEN | SHORT_TAIL, SHORT_TAIL_FIRST),
])
def test_lone_headline_over_a_story_opening_is_no_cut_tail(variant, layout):
    # a short line without sentence punctuation alone between blank lines, over a paragraph
    # that opens a story, heads that story (rule headline_over_story_opening); the block
    # that starts mid-sentence later on (平台销售额…) goes on with the cut
    stories = APPLIANCES | variant
    missed = score(reconstruct_articles(page_text(stories, layout)), expected(stories, layout))
    assert not any(missed.values()), {k: v for k, v in missed.items() if v}


@pytest.mark.parametrize("before,after,rule,absent", [
    # a scene in time opens a sentence: no clause tail of the cut
    ("时间节点的主要电商", "这些天，浙江某地的产业园里一派忙碌。", "paragraph_opener", "tail_fragment"),
    ("企业负责人介绍，", "入冬以来，订单明显增加。", "opener_after_cut", "tail_fragment"),
    ("在南门街道的", "清晨，巷口的小广场上十分热闹。", "opener_after_cut", "tail_fragment"),
    # a tiny first clause that is no scene still is the tail of the cut
    ("客流比前几", "天，明显回升。", "tail_fragment", "paragraph_opener"),
    ("新政策实施", "以来，全市新增企业300家。", "tail_fragment", "paragraph_opener"),
])
def test_story_opening_is_no_tail_fragment(before, after, rule, absent):
    rules = [d.rule for d in fit(before, after, {})[1]]
    assert rule in rules and absent not in rules


@pytest.mark.parametrize("variant", [
    PAIR_OFTEN,              # K opens with a scene (这些天，): rule headline_over_story_opening
    PAIR_OFTEN | NEAR_DAY,   # … or with a paragraph-start word (近日，)
])
def test_lone_headline_over_a_story_opening_when_the_cut_goes_on_elsewhere(variant):
    # H goes on on another page: no block below competes for its cut …主要电商
    layout = [("head", "H"), ("byline", "H"), ("seg", "H", 0), ("head", "K"), ("seg", "K", 0),
              ("cap", APPLIANCE_CAPTION), ("head", "L"), ("seg", "L", 0), ("seg", "K", 1), EDITOR]
    articles = reconstruct_articles(page_text(APPLIANCES | variant, layout))
    assert "小家电变了新模样" in [a.title for a in articles]
    assert not any("主要电商小家电" in a.text for a in articles)
