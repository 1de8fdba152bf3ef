"""Column pieces of hard-wrapped pages (``column_pieces``): a column cut mid-sentence goes on
in the later piece of its width that fits it (rules column_continues_same_width,
chain_same_topic), seen through the reflow. Invented lines, set to fixed column widths."""
import pytest

from policydata.text.layout.column_pieces import column_pieces
from policydata.text.layout.reflow import reflow_wrapped

# an article set 11 wide whose first column ends on a function word, another set 15 wide
_CUT = ["今年以来，全县把发展特", "色产业作为富民的重要抓", "手，先后建成蔬菜基地和"]
_OTHER = ["甲市的新能源汽车产业链条完整，", "整车企业和零部件企业相互配套，", "出口规模创下历史新高。"]


@pytest.mark.parametrize("lines,expected", [
    # column_continues_same_width: the later piece of the cut column's width goes on with it
    (_CUT + _OTHER + ["食用菌基地，带动周边农", "户稳定增收。"],
     ["".join(_CUT) + "食用菌基地，带动周边农户稳定增收。", "".join(_OTHER)]),
    # a piece of that width that opens with a dateline heads another story: no move
    (_CUT + _OTHER + ["本报乙市3月5日电  乙", "市春耕备耕有序推进。"],
     None),
    # a piece of another width does not go on with it
    (_CUT + _OTHER + ["食用菌基地，带动周边农户的", "收入稳定增长。"],
     None),
])
def test_column_continues_same_width(lines, expected):
    moved = reflow_wrapped(lines)
    if expected is None:  # the page order stays: the cut column is followed by the other article
        assert moved[0] == "".join(_CUT) and moved[1] == "".join(_OTHER)
    else:
        assert moved == expected


# a tea story set 12 wide whose column ends between words (…全县的茶农们 | 掌握了…: no mark, no
# split word), a car story set 14–15 wide, and a port story set 12 wide in between
_TEA = ["甲县茶园今年的春茶开采较", "早，茶农采摘的新茶品质上", "乘，茶叶合作社的收购价格", "稳中有升。县里组织茶农参",
        "加技能培训，全县的茶农们"]
_CARS = ["乙市新能源汽车产业链条完整，整", "车企业和零部件企业相互配套，出", "口规模创下历史新高。"]
_PORT = ["货运航线也更加繁忙。丙市", "港口去年新开通三条远洋航", "线，集装箱吞吐量持续增长，", "港口货运量创下新高。"]
_CARS2 = ["乙市还出台了一批支持政策，鼓", "励企业加大研发投入，推动汽车", "产业转型升级。"]
_TEA2 = ["掌握了采摘新茶的技能，茶", "叶合作社也越办越好。"]


@pytest.mark.parametrize("lines,joined", [
    # chain_same_topic: of the two later pieces of its width, the one that shares the tea
    # story's terms (采摘, 新茶, 合作社) goes on with the cut, though neither fits it by form
    (_TEA + _CARS + _PORT + _CARS2 + _TEA2, "".join(_TEA + _TEA2)),
    # a piece set one wider (read off two lines) that shares the terms goes on with it too:
    # the topic is weighed by the fit alone, the width's doubt after
    (_TEA + _CARS + _PORT + _CARS2 + ["掌握了采摘新茶的技能，茶叶", "合作社也越办越好了。"],
     "".join(_TEA) + "掌握了采摘新茶的技能，茶叶合作社也越办越好了。"),
    # the port piece alone shares no terms with it: the cut stays open
    (_TEA + _CARS + _PORT + _CARS2, "".join(_TEA)),
])
def test_chain_same_topic(lines, joined):
    out = reflow_wrapped(lines)
    assert out[0] == joined
    assert "".join(_PORT) in out


# rule caption_reaches_credit: a tea story's column ends mid-word (…都比上), a port story in
# another width stands between, and the tea story's next column (年增长…) stands a few lines
# above a photo caption set in a width of its own, over its 图为 line and credit
_TEA_CUT = ["甲县今年扩大茶园面积，茶", "叶和蚕丝等的总产量都比上"]
_PORT_STORY = ["乙市港口吞吐量创新高", "乙市港口去年新开通三条远洋航线，", "集装箱吞吐量比上年增长一成，货运",
               "量也比上年增长。"]
_TEA_ON = ["年增长了两成，茶农和蚕农", "的收入也明显提高，全县的", "茶叶合作社也越办越好。"]
_PHOTO = ["每年春天，茶园里的采茶工人忙着采摘新", "茶，一派繁忙景象。", "图为3月5日，茶农在茶园里采摘新茶。",
          "新华社记者  张  三摄"]


@pytest.mark.parametrize("lines,joined", [
    # the column of the caption's width is the caption's text; the column above it, set in the
    # cut column's width, is no caption's text: it goes on with the cut
    (_TEA_CUT + _PORT_STORY + _TEA_ON + _PHOTO, "".join(_TEA_CUT + _TEA_ON)),
    # with no caption below, the same column goes on with the cut as well
    (_TEA_CUT + _PORT_STORY + _TEA_ON, "".join(_TEA_CUT + _TEA_ON)),
])
def test_caption_reaches_credit(lines, joined):
    out = reflow_wrapped(lines)
    assert out[0] == joined
    assert not any("比上" in line and "乙市" in line for line in out[:1])


def test_the_column_rules_are_logged_with_their_fit_rules():
    # each decision is a named rule with a score (explain_page lists the reflow's log), a chained
    # column with the fit rules that joined it
    log = []
    reflow_wrapped(_TEA_CUT + _PORT_STORY + _TEA_ON + _PHOTO, log)
    assert any(d.rule == "caption_reaches_credit" for d in log)
    chained = [d for d in log if d.rule == "column_continues_same_width"]
    assert chained and "比上|年增长" in chained[0].detail and "split_word" in chained[0].detail


# rule width_tie_waits: a tea story's column cut at 县乡村, a port story set 13 wide, then the
# tea story's next column, whose first line ends on a comma: set 15 wide with the comma inside
# the column, or 14 wide with it hanging. The next line decides, not the narrower by default.
_TEA_15 = ["甲县今年扩大茶园面积，茶叶产量", "比上年增长两成，全县建成县乡村"]
_PORT_13 = ["乙市港口吞吐量创新高，货运", "航线也更加繁忙。"]
_ON_FIRST = "三级收购体系。其中，县级中心，"


@pytest.mark.parametrize("on,pieces", [
    # the next line is 15 wide: the comma was inside the column, one piece 15 wide
    ([_ON_FIRST, "负责统一收购全县茶农的新茶，并", "把新茶卖到全国各地的市场上。"], [(4, 7, 15.0)]),
    # the next line is 14 wide: the comma hung past the edge, one piece 14 wide
    ([_ON_FIRST, "负责收购全县茶农的新茶，并把", "新茶卖到全国各地的市场上。"], [(4, 7, 14.0)]),
    # no tie (the first line ends on no mark): a line of another width starts a piece of its own
    (["三级收购体系。其中，县级中心", "负责统一收购全县茶农的新茶，并", "把新茶卖到全国各地的市场上。"],
     [(4, 5, 14.0), (5, 7, 15.0)]),
])
def test_width_tie_waits_for_the_next_line(on, pieces):
    lines = _TEA_15 + _PORT_13 + on
    assert column_pieces(lines, [float(len(x)) for x in lines])[2:] == pieces


def test_short_column_foot_goes_on_in_the_later_piece():
    """Rule short_column_foot: a column that stops at a short line (模最大的茶) above another
    story's head goes on in the later piece of its width; the short line is no kicker, and
    the full line above does not skip it (规 | 叶基地 made no sense)."""
    lines = ["今年以来，全县把发展特", "色产业作为富民的重要抓", "手，已建成品类最多、规", "模最大的茶",
             "甲市举办春季招聘会", "本报甲市3月5日电  甲市春季", "招聘会日前举行，三百余家企", "业提供岗位一万余个，这是今",
             "年规模最大的一场招聘会，吸", "引了众多求职者前来咨询。",
             "叶基地，带动周边农户增", "收致富，茶农人均收入增", "长一成以上。"]
    log = []
    out = reflow_wrapped(lines, log)
    assert out[0].endswith("品类最多、规模最大的茶叶基地，带动周边农户增收致富，茶农人均收入增长一成以上。")
    assert out[1] == "甲市举办春季招聘会"
    assert "short_column_foot" in {d.rule for d in log}


# rule spaced_title: a photo's title in two halves set apart by spaces (春耕时节  铁牛下田) under a
# column cut on a comma is no short foot of that column: the cut goes on after the caption
_POLICY_HEAD = ["甲县出台措施支持", "设施农业发展"]
_POLICY = ["本报甲县3月5日电  甲县近日出台", "措施支持设施农业发展，对新建的", "连栋大棚按造价给予补助；对新建",
           "冷链仓储设施的农民专业合作社，"]
_PHOTO = ["春耕时节  铁牛下田", "3月4日，乙县农民驾驶拖拉机在田间翻耕土地，为春", "播做准备。", "本报记者  张  三摄"]
_POLICY_REST = ["按投资额的两成给予一次性补助。", "措施还提出，要加强技术服务，组", "织专家深入田间地头开展指导。"]


def test_spaced_title_is_no_column_foot():
    log = []
    out = reflow_wrapped(_POLICY_HEAD + _POLICY + _PHOTO + _POLICY_REST, log)
    assert "".join(_POLICY) + _POLICY_REST[0] in out
    assert not any(d.rule == "short_column_foot" for d in log)
    assert any(line.startswith("春耕时节  铁牛下田") and "翻耕土地" in line for line in out)


# rule foot_needs_column: a kicker at the page's top is one line of no column: the short title
# line under it (一张网，) is no column's foot
def test_foot_needs_a_column_above():
    lines = ["深化改革·推进城乡融合发展新探索", "一张网，", "城乡间办成一件事", "从乡镇政务大厅到县城的档案馆需",
             "要多久？工作人员说，数据跑一趟", "只要一分钟。"]
    log = []
    column_pieces(lines, [float(len(x)) for x in lines], log=log)
    assert not any(d.rule == "short_column_foot" for d in log)


# rule tail_line_goes_back: a shop story set 13 wide is cut after 记者也很; a brief set 16 wide
# follows; the tail 疑惑。 under the brief goes back behind the cut, the story goes on under it
_SHOP = ["甲县农机店里摆满了各式新机", "具，标价从几千元到十几万元", "不等。“这么多机器，卖得出", "去吗？”站在一旁的记者也很"]
_BRIEF = ["乙市日前召开会议部署春季安全生产", "工作，要求各地压实责任排查隐患，", "确保安全形势稳定。"]
_SHOP_REST = ["店主指着一台插秧机说，这台", "机器今年已经卖出三十多台，", "比去年同期多出一倍还多。村",
              "民买农机有补贴，算下来很划", "算。"]


@pytest.mark.parametrize("tail,joined", [
    ("疑惑。", True),
    # a line of one clause that the cut does not read on into (no short clause, no word across
    # the break) stays where it stands
    ("春季安全生产工作意义重大。", False),
])
def test_tail_line_goes_back(tail, joined):
    out = reflow_wrapped(_SHOP + _BRIEF + [tail] + _SHOP_REST)
    assert out[0] == "".join(_SHOP) + (tail if joined else "")


# rule cut_resumes_below: an economy story set 16 wide is cut after 比上年同期; another story's
# lead set in the same width stands under the cut (今年以来，… opens a paragraph); the cut goes
# on under the lead (加快两个百分点。…, 同期加快 a word pair the page uses)
_ECONOMY = ["一季度，全市规模以上工业增加值同", "比增长较快，增速比上年同期加快一", "个百分点。全市服务业增加值同比增",
            "长较快，全市服务业增速比上年同期"]
_LEAD = ["今年以来，全市上下抓项目、促投资，", "经济运行开局良好，主要指标好于预", "期，市场信心持续增强。"]
_ECONOMY_REST = ["加快两个百分点。消费市场持续回暖，", "社会消费品零售总额同比增长较快，", "网上零售额增速比上年同期加快。"]


@pytest.mark.parametrize("rest,resumes", [
    (_ECONOMY_REST, True),
    # the line under the lead opens a paragraph of its own: the cut stays where it is
    (["目前，全市消费市场持续回暖，社会", "消费品零售总额同比增长较快，网上", "零售额增速比上年同期加快。"], False),
])
def test_cut_resumes_below_a_displaced_lead(rest, resumes):
    log = []
    out = reflow_wrapped(_ECONOMY + _LEAD + rest, log)
    assert any(d.rule == "cut_resumes_below" for d in log) is resumes
    if resumes:
        assert out == ["".join(_ECONOMY + _ECONOMY_REST), "".join(_LEAD)]


@pytest.mark.parametrize("head,foot", [
    # rule foot_over_headline_needs_word: over another headline line, a comma read on into the
    # short line (…辣椒和茄子、 | 冬季赛马 | 点燃草原旅游热) does not make it the column's foot
    (["冬季赛马", "点燃草原旅游热"], False),
    # a word the page writes read across the break does (…各类蔬 | 菜新品种 | 另一篇标题)
    (["菜新品种", "点燃草原旅游热"], True),
])
def test_foot_over_a_headline_needs_a_word(head, foot):
    cut = "种着番茄、黄瓜、辣椒和茄子、" if not foot else "种着番茄、黄瓜和辣椒等各类蔬"
    lines = ["甲县今年新建蔬菜大棚三百个，", "带动周边菜农增收，蔬菜大棚里", cut] + head \
        + ["本报乙旗1月5日电  乙旗日前", "举办冬季赛马节，吸引了众多牧"]
    log = []
    column_pieces(lines, [float(len(x)) for x in lines], log=log)
    assert any(d.rule == "short_column_foot" for d in log) is foot


@pytest.mark.parametrize("later,foot", [
    # rule foot_pair_needs_span: the pair read across the break (民乐 | 中华…) is met once
    # elsewhere only inside other words (欢乐中): chance, the short line heads the next story
    ("举办迎春活动，群众在欢乐中迎", False),
    # the page writes a longer span across the break too (民乐中): a word goes on, the column stops
    ("举办迎春活动，群众在悠扬的民乐中", True),
])
def test_foot_pair_seen_once_needs_a_span(later, foot):
    lines = ["甲县春节联欢会近日举行，村民", "表演了舞蹈、相声、杂技和民乐", "中华文化促进会", "在乙市举办迎春活动",
             "本报乙市1月5日电  乙市日前", later, "接新春佳节。"]
    log = []
    column_pieces(lines, [float(len(x)) for x in lines], log=log)
    assert any(d.rule == "short_column_foot" for d in log) is foot


# rules comparison_foot, comparison_goes_on, strong_cut_goes_back (r16): a trade story set 14
# wide stops at a short foot that ends on a comparison word (…出口额同比); a water story set in
# the same width follows; the change the foot waits for (分别增长…) stands under the water
# story's last sentence and goes back behind the foot
_TRADE = ["前三季度，甲省外贸进出口总额", "达到一千二百亿元，同比增长五", "个百分点，增速比上半年加快，"]
_WATER = ["乙市推进节水型社会建设", "本报乙市9月5日电  乙市近日出", "台节水行动方案，要求各区县严", "格落实用水定额管理制度。"]
_TRADE_REST = ["分别增长三成和两成。民营企业", "进出口增速高于全省平均水平。"]


def test_comparison_foot_goes_on_with_the_change():
    log = []
    out = reflow_wrapped(_TRADE + ["进口额和出口额同比"] + _WATER + _TRADE_REST, log)
    assert out[0].startswith("".join(_TRADE))
    assert "进口额和出口额同比" + "".join(_TRADE_REST) in out
    assert "".join(_WATER[2:]) in "".join(out)
    assert {"comparison_goes_on"} <= {r.split("+")[0] for d in log if d.rule == "column_continues_same_width"
                                       for r in d.detail.split()[-1].split(",")}


def test_no_change_under_the_foot_no_move():
    # the line under the water story opens a sentence of its own: it is no change the foot waits for
    out = reflow_wrapped(_TRADE + ["进口额和出口额同比"] + _WATER + ["民营企业进出口增速高于全省平", "均水平，占比继续提高。"])
    assert "进口额和出口额同比" in out and not any("同比民营" in line for line in out)


def test_comparison_word_ends_no_headline_block():
    from policydata.text.layout.page_blocks import block_kind
    assert block_kind(["进口额和出口额同比"]) == "body"
    # rule comparison_change_end: the change without its figure is cut too; with it, a headline
    assert block_kind(["出口额同比增长"]) == "body"
    assert block_kind(["出口额同比增长5%"]) == "headline"


# rule marks_hang_together (r16): a line of a column set 12 wide may hold two closing marks past
# the edge (…算清楚”，: 14 characters) and stays in its column's piece
def test_two_marks_hang_in_the_column():
    lines = ["镇里今年办起农机合作社，", "社员们常说的一句话就是要", "先，“每一笔钱都要算清楚”，", "让农户的投入和回报一目了",
             "然，入社户数又添了两成。"]
    assert [len(x) for x in lines] == [12, 12, 14, 12, 12]
    pieces = column_pieces(lines, [float(len(x)) for x in lines])
    assert [(a, e) for a, e, _ in pieces] == [(0, 5)]


def test_open_quote_not_closed_sends_the_short_tail_to_its_own_column():
    # rule open_quote_not_closed: a column cut right after an opening quote (…名字叫作“) goes on
    # where the quotation closes, not in the short finished line under it, which ends the
    # other article's cut sentence (…农户超过 | 3000户。)
    a1 = ["今年以来，全县把发展特", "色产业作为富民的重要抓", "手，茶园已带动农户超过"]
    b1 = ["甲市的新能源汽车产业链条完整，", "整车企业和零部件企业相互配套，", "市里还牵头建设了一座名字叫作“"]
    a2 = ["3000户。", "全县还建成蔬菜基地和食", "用菌基地，带动周边农户", "稳定增收。"]
    b2 = ["智造港”的零部件产业园，吸引一", "批配套企业落户，出口规模创下", "历史新高。"]
    text = "\n".join(reflow_wrapped(a1 + b1 + a2 + b2))
    assert "农户超过3000户。" in text and "名字叫作“智造港”" in text
    assert "叫作“3000" not in text and "超过全县" not in text


@pytest.mark.parametrize("prev,line,left_open", [
    ("某某牵头建设的“", "1万名开发者。", True),     # the quote would stay open at the sentence end
    ("某某牵头建设的“", "甲平台”已上线。", False),   # the line closes it
    ("他说：“我们要", "干好。”", False),
    ("建设“甲", "乙”工程，", False),              # the sentence goes on: no evidence
])
def test_quote_left_open(prev, line, left_open):
    from policydata.text.layout.line_widths import quote_left_open
    assert quote_left_open(prev, line) is left_open
