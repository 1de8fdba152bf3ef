"""A column's short last line read under another article's column of the same width is given
back (rule column_tail_exchanged), seen through the reflow; and the small line-break rules of
hard-wrapped pages (an opening mark goes down with a digit run, a line stands short for a token
only when the token would not fit, a caption waits for its credit). Invented lines, set to fixed
column widths."""
import pytest

from policydata.text.layout.column_exchange import exchange_cut_ends
from policydata.text.layout.column_pieces import column_pieces
from policydata.text.layout.line_widths import first_token
from policydata.text.layout.reflow import reflow_wrapped

# a tea story set 12 wide whose first column ends inside a word (…茶 | 园面积…), a car story set
# 15 wide, a port story set 12 wide whose column ends inside a word too (…开通两 | 条远洋…) —
# and under it, as if it were that column's last line, the tea story's short tail
_HEAD = ["甲县茶产业兴旺"]
_TEA = ["甲县茶园今年扩大种植面积，", "春季新茶品质上乘，全县的", "茶叶收购价格稳中有升，茶"]
_CARS = ["乙市新能源汽车产业链条完整，整", "车企业和零部件企业相互配套，出", "口规模创下历史新高。"]
_PORT = ["丙市港口去年新开通两条远", "洋航线，集装箱吞吐量持续", "增长，港口货运量创下新高。", "丙市港口今年还将新开通两"]
_CARS2 = ["乙市还出台了一批支持政策，鼓", "励企业加大研发投入，推动汽车", "产业转型升级。"]
_PORT2 = ["条远洋航线，港口货运量将", "继续增长。"]


def _page(tail: str) -> list[str]:
    return _HEAD + _TEA + _CARS + _PORT + [tail] + _CARS2 + _PORT2


def test_column_tail_exchanged():
    # both new joins read a word of the page across the break (茶园, 两条), the joint reads
    # none (两园): the tail goes back to the tea story, the port column goes on in its own
    out = reflow_wrapped(_page("园面积达到三万亩。"))
    assert "".join(_TEA) + "园面积达到三万亩。" in out
    assert "".join(_PORT + _PORT2) in out


@pytest.mark.parametrize("tail,exchanged", [
    ("园面积达到三万亩。", True),
    # rule exchange_unpaired: a tail that reads no word with the tea story's cut (茶价) still goes
    # back, as nothing else goes on with the cut and nothing else goes on in the port's orphan
    # start (条远洋…, which reads 两条 with the port column)
    ("价继续上涨。", True),
    # a tail that opens a paragraph (目前) says against going on with a cut: the order stays
    ("目前港口运行平稳。", False),
    # a tail that does not end a sentence is a column's line, not its short last line
    ("园面积达到三万亩，", False),
    # rule joint_full_end: the tea story's tail fills its line but one character (11 of 12) and
    # ends a sentence; the port line above it reads a word with the port's orphan start (两 |
    # 条): the tail goes back all the same
    ("园面积达到三万亩左右。", True),
    # a sentence end as wide as the column may be any column's line: nothing moves
    ("园面积达到了三万亩左右。", False),
    # a nearly full tail that opens a paragraph stays where it is
    ("目前港口运行平稳有序。", False),
])
def test_column_tail_exchanged_decision(tail, exchanged):
    log = []
    lines = _page(tail)
    moved = exchange_cut_ends(lines, log)
    assert sorted(moved) == sorted(lines)
    assert [d.rule for d in log] == (["column_tail_exchanged"] if exchanged else [])
    if exchanged:
        assert moved.index(tail) == moved.index(_TEA[-1]) + 1
        assert moved.index(_PORT2[0]) == moved.index(_PORT[-1]) + 1
    else:
        assert moved == lines


# rule joint_inside_column: the tea story (13 wide) ends its first column inside a word (…茶 |
# 农…); the port story, set in the same width, starts a new paragraph at its column's foot
# (…智能化码头), and under it stand the tea story's short tail and a new tea paragraph; a car
# story (15 wide) follows, then the port's orphan start (泊位和…)
_TEA_HEAD, _TEA_COL = ["甲县茶产业兴旺"], ["今年以来，甲县茶园扩大种植", "面积，新建茶叶加工厂两处，", "全县茶农的收入明显提高，茶"]
_PORT_HEAD = ["乙市港口吞吐量创新高"]
_PORT_COL = ["乙市港口今年新开通两条远洋", "航线，集装箱吞吐量增长较快。", "港口还将建设一批智能化码头"]
_CAR_HEAD = ["丙市汽车产业链完整"]
_CAR_COL = ["丙市新能源汽车产业链条完整，整", "车企业和零部件企业相互配套，出", "口规模创下历史新高。"]
_PORT_START = ["泊位和现代化堆场，提升港口", "装卸效率，货运量将继续增长。"]


@pytest.mark.parametrize("under_joint,exchanged", [
    # the tail and the paragraph under it share the tea story's terms (茶园, 甲县, 茶农): they go
    # back behind the tea cut, the port's new paragraph goes on in its orphan start
    (["农增收致富。", "甲县还计划打造茶文化旅游线", "路，吸引游客到茶园采茶品茶。"], True),
    # the lines under the joint are the port's own paragraph: nothing moves
    (["吞吐量再创新高。", "乙市港口还将开通新的远洋航", "线，港口货运量将继续增长。"], False),
    # a tail that reads a word with the tea cut (茶农), but the paragraph under it is the port's
    # (港口, 航线): the lines under the joint do not say they are the tea story's
    (["农增收致富。", "港口还将开通新的远洋航线，", "港口货运量将继续增长。"], False),
])
def test_joint_inside_column(under_joint, exchanged):
    lines = _TEA_HEAD + _TEA_COL + _PORT_HEAD + _PORT_COL + under_joint + _CAR_HEAD + _CAR_COL + _PORT_START
    log = []
    moved = exchange_cut_ends(lines, log)
    assert sorted(moved) == sorted(lines)
    assert [d.rule for d in log] == (["joint_inside_column"] if exchanged else [])
    out = reflow_wrapped(lines)
    if exchanged:
        assert "".join(_TEA_COL) + under_joint[0] in out
        assert "".join(under_joint[1:]) in out
        assert "".join(_PORT_COL[1:] + _PORT_START) in "".join(out)
    else:
        assert moved == lines


@pytest.mark.parametrize("line,token", [
    ("2025年", "2025"),
    ("建设", "建"),
    ("“礼包”", "“礼"),
    # rule opening_mark_goes_down: an opening mark goes down with the digit run or Latin word after it
    ("“1050”标准", "“1050"),
    ("《AI应用》", "《AI"),
    ("", ""),
])
def test_first_token(line, token):
    assert first_token(line) == token


def test_opening_mark_goes_down_with_its_token():
    # …执行新的 stands short only because “1050 would not fit after it: the paragraph goes on
    lines = ["甲市优化营商环境", "甲市今年出台新政，持续优化", "营商环境，企业登记注册实现", "全程网办，全面推行外资企业",
             "开办流程统一执行新的", "“1050”标准，企业开办", "更加便利，办事群众纷纷点赞。"]
    assert reflow_wrapped(lines) == [lines[0], "".join(lines[1:])]


def test_token_overflows():
    # …推广12至 stands short of a column 14 wide, but 12至 and 16 fit in 14: it is no line of
    # that column (it heads the next piece)
    lines = ["甲市的新能源汽车产业链条完整，", "整车企业和零部件企业相互配套，", "加快推广12至", "16兆瓦级超大容量机组"]
    assert column_pieces(lines, [float(len(x)) for x in lines]) == [(0, 2, 14.0), (2, 4, 11.0)]


def _wrap(text: str, width: int, indent: int = 2) -> list[str]:
    """A paragraph set in a column ``width`` wide, its first line indented ``indent`` (the
    reader strips the indent), a closing mark hanging past the edge rather than opening a line."""
    out, line, room = [], "", width - indent
    for ch in text:
        if len(line) >= room and ch not in "，。、；：？！”）":
            out.append(line)
            line, room = "", width
        line += ch
    return out + [line]


@pytest.mark.parametrize("paragraph", [
    # rule indented_first_line: the indented first line ends a sentence with its 。 hanging past
    # the edge (two short, one back): it filled its column, the paragraph goes on
    "茶香已经飘进千家万户。据不完全统计，全县今年共培训茶农三千人次，覆盖所有茶叶专业合作社。",
    "县里还组织茶农参加技术培训。据统计，全县今年共培训茶农三千人次，覆盖所有茶叶专业合作社。",
])
def test_indented_first_line_with_a_hanging_mark(paragraph):
    paras = ["甲县今年扩大茶园种植面积，春季新茶品质上乘，茶叶收购价格稳中有升，茶农收入明显增加。",
             "全县的茶叶合作社也越办越好，带动周边农户共同致富。", paragraph,
             "下一步，全县将继续扩大茶园面积，打造茶叶品牌，让茶农的日子越过越红火。"]
    lines = ["甲县茶产业兴旺"] + [line for p in paras for line in _wrap(p, 12)]
    assert reflow_wrapped(lines) == ["甲县茶产业兴旺"] + paras


_CAPTION_TEXT = ("作为全县春耕系列活动的一部分，近日，甲县举办春季农民运动会，吸引了三百多名村民参加。运动会设置了拔河、"
                 "挑担、插秧等十多个项目，既有传统农事比赛，也有趣味游戏，村民们在赛场上你追我赶，现场欢声笑语不断。"
                 "县里还在赛场边设立农技服务台，为村民讲解春耕生产技术，发放种子和农资，受到村民欢迎。")


@pytest.mark.parametrize("photo_lines", [
    # rule caption_waits_for_credit: the 图为 paragraph does not close the caption; the credit
    # does, and the long text paragraph set above it in the caption's width is the caption's
    ["图为村民在比赛中奋力拔河，观众", "为他们加油。"],
    ["图为村民在比赛中。"],
])
def test_caption_waits_for_credit(photo_lines):
    body = ["今年以来，全县把发展特", "色产业作为富民的重要抓", "手，先后建成蔬菜基地和", "食用菌基地，带动周边农", "户稳定增收，全县把产业"]
    credit = "本报记者  张小三摄"
    lines = body + _wrap(_CAPTION_TEXT, 18, 0) + photo_lines + [credit] + ["发展作为重要抓手，建成", "一批特色产业基地，带动", "农民增收。"]
    out = reflow_wrapped(lines)
    assert _CAPTION_TEXT + "".join(photo_lines) + credit in out
    assert "".join(body) + "发展作为重要抓手，建成一批特色产业基地，带动农民增收。" in out


@pytest.mark.parametrize("before,after,joined", [
    # rule split_number_glued: a digit run cut at a column end is one number again
    ("绩效目标数量增加到8", "09个。", "绩效目标数量增加到809个。"),
    ("全年营收达到1", "200亿元。", "全年营收达到1200亿元。"),
    # two Latin words keep their space; a digit and a Latin word too
    ("推广AI", "model应用", "推广AI model应用"),
    ("建成3", "G基站", "建成3 G基站"),
    ("全县茶园面积扩大到三", "千亩。", "全县茶园面积扩大到三千亩。"),
])
def test_split_number_glued(before, after, joined):
    from policydata.text.layout.continuation import _join
    assert _join(before, after) == joined


# rule joint_by_topic: a tea story (12 wide) ends its first column mid-sentence; a port story set
# in the same width starts under its headline and, with no short line to show it, the tea
# story's second column goes on right under the port column's last full line; a car story (15
# wide) follows, then the port's orphan start. Only the topic tells where the joint is.
def _wrap_full(text: str, width: int = 12) -> list[str]:
    return _wrap(text, width, 0)


_TEA_TEXT = _wrap_full("甲县今年扩大茶园种植面积，新建茶叶加工厂两处，全县茶农的收入明显提高，茶叶合作社也越办越好，"
                       "带动周边茶农共同致富。甲县还计划打造茶文化旅游线路，吸引游客到茶园采茶品茶，让茶农的日子越过越红火。")
_PORT_TEXT = _wrap_full("乙市港口今年新开通两条远洋航线，集装箱吞吐量增长较快，港口还将建设一批智能化码头和现代化泊位，"
                        "提升港口装卸效率，乙市港口货运量将继续增长，远洋航线将达到十条。")
_CAR_LINES = _wrap_full("丙市新能源汽车产业链条完整，整车企业和零部件企业相互配套，出口规模创下历史新高。", 15)


def test_joint_by_topic():
    tea, tea2, port, port2 = _TEA_TEXT[:4], _TEA_TEXT[4:], _PORT_TEXT[:4], _PORT_TEXT[4:]
    lines = ["甲县茶产业兴旺"] + tea + ["乙市港口吞吐量创新高"] + port + tea2 + ["丙市汽车产业链完整"] + _CAR_LINES + port2
    log = []
    moved = exchange_cut_ends(lines, log)
    assert sorted(moved) == sorted(lines)
    assert [d.rule for d in log] == ["joint_by_topic"]
    out = reflow_wrapped(lines)
    assert "".join(_TEA_TEXT) in out and "".join(_PORT_TEXT) in out


def test_no_joint_by_topic_inside_one_story():
    # the lines under the port column are the port story's own (港口, 航线): nothing moves
    tea, port = _TEA_TEXT[:4], _PORT_TEXT[:4]
    more_port = _wrap_full("乙市港口还将开通新的远洋航线，港口集装箱吞吐量将继续增长，港口装卸效率将明显提升。")
    lines = ["甲县茶产业兴旺"] + tea + ["乙市港口吞吐量创新高"] + port + _PORT_TEXT[4:6] + more_port \
        + ["丙市汽车产业链完整"] + _CAR_LINES + _TEA_TEXT[4:]
    log = []
    exchange_cut_ends(lines, log)
    assert "joint_by_topic" not in [d.rule for d in log]


def test_nearer_orphan_start_keeps_joint_by_topic_out():
    # rule nearer_orphan_start: a bus story (15 wide) stands between the tea column's cut and a
    # 12-wide column that starts mid-sentence with nothing above it: that nearer column is the
    # tea story's own next one, so no joint is sought by topic in the port column further on
    tea, port = _TEA_TEXT[:4], _PORT_TEXT[:4]
    bus = _wrap_full("丁市公交线路今年新增三条，公交站台全部完成改造，市民出行更加方便。", 15)
    nearer = _wrap_full("农户增收致富，茶园面积还将继续扩大，茶叶品牌越来越响亮，销路也越来越广。")
    lines = ["甲县茶产业兴旺"] + tea + ["丁市公交更便捷"] + bus + nearer + ["乙市港口吞吐量创新高"] + port \
        + _TEA_TEXT[4:] + ["丙市汽车产业链完整"] + _CAR_LINES + _PORT_TEXT[4:]
    log = []
    assert exchange_cut_ends(lines, log) == lines
    assert log == []
