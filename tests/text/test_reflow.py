"""Reflow of hard-wrapped pages without blank lines (pdftotext's default mode): which
physical lines join into one paragraph line. Invented lines, set to a fixed column width."""
import pytest

from policydata.text.layout import explain_page
from policydata.text.layout.reflow import _is_quoted_title, _same_column, reflow_wrapped

# an article set 11 characters wide whose column ends mid-sentence
NARROW = ["今年以来，全县把发展特", "色产业作为富民的重要抓", "手，先后建成蔬菜基地三", "处、食用菌基地两处，带",
          "动周边农户稳定增收，农"]
# another article set 15 characters wide
WIDE = ["甲市的新能源汽车产业链条完整，", "整车企业和零部件企业相互配套，", "去年全市汽车产量继续保持增长，",
        "出口规模创下历史新高。"]

# a photo caption set 14 characters wide
CAPTION = ["3月5日，甲县农民在大棚里采", "摘蔬菜。近年来，甲县大力发", "展设施农业，建成一批现代化", "大棚，带动农民增收。"]


@pytest.mark.parametrize("rule,lines,expected", [
    # column_width_changes: a full line of one column does not go on in a line of a wider
    # column (another article's column, a caption) nor of a narrower one
    ("column_width_changes", NARROW + WIDE,
     ["".join(NARROW), "".join(WIDE)]),
    ("column_width_changes", WIDE[:3] + NARROW,
     ["".join(WIDE[:3]), "".join(NARROW)]),
    # indented_first_line: the reader strips a paragraph's two-space indent; on a page
    # whose paragraphs are indented, a first line two short of its column is full
    ("indented_first_line",
     ["全县的蔬菜基地已经全", "部投产，带动周边农户稳定", "增收。", "这些基地采用统一标准", "种植，产品销往全国各地的",
      "大中城市。", "当地还建成冷链仓储中", "心，保障蔬菜新鲜上市，农", "户不再担心卖难。", "今年全县计划再建两处",
      "基地，进一步扩大种植面积", "和产量。"],
     ["全县的蔬菜基地已经全部投产，带动周边农户稳定增收。", "这些基地采用统一标准种植，产品销往全国各地的大中城市。",
      "当地还建成冷链仓储中心，保障蔬菜新鲜上市，农户不再担心卖难。", "今年全县计划再建两处基地，进一步扩大种植面积和产量。"]),
    # unindented_line_continues: on that page a line as wide as its column under a full line
    # that ends a sentence was not indented: it goes on in the paragraph, though 在… could open one
    ("unindented_line_continues",
     ["全县的蔬菜基地已经全", "部投产，带动周边农户稳定", "增收。", "这些基地采用统一标准", "种植，产品销往全国各地。",
      "在今后的几年里，全县还要", "建成一处冷链仓储中心。", "当地还建成冷链仓储中", "心，保障蔬菜新鲜上市，农",
      "户不再担心卖难。", "今年全县计划再建两处", "基地，进一步扩大种植面积", "和产量。"],
     ["全县的蔬菜基地已经全部投产，带动周边农户稳定增收。",
      "这些基地采用统一标准种植，产品销往全国各地。在今后的几年里，全县还要建成一处冷链仓储中心。",
      "当地还建成冷链仓储中心，保障蔬菜新鲜上市，农户不再担心卖难。", "今年全县计划再建两处基地，进一步扩大种植面积和产量。"]),
    # a full line under a sentence end gets no indent added to its width: it goes on in its
    # own next line as any column line does
    ("unindented_line_continues",
     ["全县的蔬菜基地已经全", "部投产，带动周边农户稳定", "增收。", "这些基地已全部投产。", "今年1月，“蔬菜进城”行动",
      "在全县展开，产品销往全国", "各地的大中城市。", "当地还建成冷链仓储中", "心，保障蔬菜新鲜上市，农",
      "户不再担心卖难。", "今年全县计划再建两处", "基地，进一步扩大种植面积", "和产量。"],
     ["全县的蔬菜基地已经全部投产，带动周边农户稳定增收。", "这些基地已全部投产。",
      "今年1月，“蔬菜进城”行动在全县展开，产品销往全国各地的大中城市。",
      "当地还建成冷链仓储中心，保障蔬菜新鲜上市，农户不再担心卖难。", "今年全县计划再建两处基地，进一步扩大种植面积和产量。"]),
    # opening_mark_goes_down: an opening mark never ends a line, so the line above it
    # stands one short of its column
    ("opening_mark_goes_down",
     ["全县农户的收入稳步增长，", "合作社负责人说，今年要", "“多种一季菜”，让大家的", "钱袋子更鼓一些。"],
     ["全县农户的收入稳步增长，合作社负责人说，今年要“多种一季菜”，让大家的钱袋子更鼓一些。"]),
    # quoted_title_line: a title that is one quotation heads the column, however wide
    ("quoted_title_line",
     ["“让农户的日子更红火”", "全县农户的收入稳步增长，", "合作社负责人说，今年要再", "多种一季蔬菜。"],
     ["“让农户的日子更红火”", "全县农户的收入稳步增长，合作社负责人说，今年要再多种一季蔬菜。"]),
    # caption_run: a caption set in a run of its own width between the halves of a cut
    # sentence is one line; a lone credit stays a line of its own, a credit inside the
    # caption's last line closes it
    ("caption_run", NARROW + CAPTION + ["新华社记者  张  三摄", "村集体经济收入普遍增长。"],
     ["".join(NARROW), "".join(CAPTION), "新华社记者  张  三摄", "村集体经济收入普遍增长。"]),
    ("caption_run", NARROW + CAPTION + ["张三摄（影像中国）", "村集体经济收入普遍增长。"],
     ["".join(NARROW), "".join(CAPTION) + "张三摄（影像中国）", "村集体经济收入普遍增长。"]),
    # caption_lines_above_run: a caption's first line set a little wider than the rest (a
    # date with digits) starts a run of its own; the credit still closes the whole caption
    ("caption_lines_above_run", NARROW + ["3月15日，甲县农民在大棚里采"] + CAPTION[1:3]
     + ["大棚，带动农民增收。张三摄（影像中国）", "村集体经济收入普遍增长。"],
     ["".join(NARROW), "3月15日，甲县农民在大棚里采" + "".join(CAPTION[1:3]) + "大棚，带动农民增收。张三摄（影像中国）",
      "村集体经济收入普遍增长。"]),
    # caption_paragraph_above: a finished paragraph under a column cut mid-sentence, then
    # the photo line (图为…) and a lone credit: the paragraph is the caption's, not a column's
    ("caption_paragraph_above", NARROW + ["3月5日，甲县农民在大棚里采摘蔬", "菜。近年来，甲县大力发展设施农",
                                          "业，建成一批现代化大棚。", "图为农民在大棚里采", "摘蔬菜。",
                                          "新华社记者  张  三摄", "村集体经济收入普遍增长。"],
     ["".join(NARROW), "3月5日，甲县农民在大棚里采摘蔬菜。近年来，甲县大力发展设施农业，建成一批现代化大棚。"
      "图为农民在大棚里采摘蔬菜。", "新华社记者  张  三摄", "村集体经济收入普遍增长。"]),
    # quoted_title_line: the run of the lead under a quoted title starts under it, so a title
    # as wide as a lead line hanging a closing mark does not set the lead's width: the lead's
    # lines go on in one another
    ("quoted_title_line",
     ["甲县今年的春耕生产已经全面铺", "开，各地农户忙着整地育秧。", "“让农户的日子过得红红火火”", "《春耕谣》唱响田间、《我的",
      "家乡》飘过村口、《丰收之歌》", "回荡山谷……全县农户收入稳", "步增长，合作社负责人说，今", "年要再多种一季蔬菜。"],
     ["甲县今年的春耕生产已经全面铺开，各地农户忙着整地育秧。", "“让农户的日子过得红红火火”",
      "《春耕谣》唱响田间、《我的家乡》飘过村口、《丰收之歌》回荡山谷……全县农户收入稳步增长，合作社负责人说，今年要再多种一季蔬菜。"]),
    # bracket_closes_below: an author note wrapped over column lines is one line; its last,
    # short line closes the bracket the lines above left open, no headline
    ("bracket_closes_below", WIDE + ["（作者为某省社会科学院研究员，", "某大学经济学院教授，本报记者张", "小三采访整理）",
                                     "乙县春耕生产全面铺开", "本报记者  赵小六"],
     ["".join(WIDE), "（作者为某省社会科学院研究员，某大学经济学院教授，本报记者张小三采访整理）",
      "乙县春耕生产全面铺开", "本报记者  赵小六"]),
    ("bracket_closes_below", WIDE + ["（本报记者王小明、李小红、赵", "小刚，实习生钱小丽参与采写）", "乙县春耕生产全面铺开"],
     ["".join(WIDE), "（本报记者王小明、李小红、赵小刚，实习生钱小丽参与采写）", "乙县春耕生产全面铺开"]),
    # headline_over_opening: a headline as wide as the column, over a story that opens with a
    # scene in time (前不久，), stands apart from the column above it and the story under it
    ("headline_over_opening", ["甲县今年扩大茶园面积，茶", "农采摘的新茶品质上乘，茶", "叶合作社的收购价格稳中有",
                               "升，全县的茶农收入提高，", "乙市港口吞吐量创历史新高", "前不久，乙市港口新开通三",
                               "条远洋航线，集装箱吞吐量", "持续增长。"],
     ["甲县今年扩大茶园面积，茶农采摘的新茶品质上乘，茶叶合作社的收购价格稳中有升，全县的茶农收入提高，",
      "乙市港口吞吐量创历史新高", "前不久，乙市港口新开通三条远洋航线，集装箱吞吐量持续增长。"]),
    # a column line without marks over a line that only opens a paragraph (目前) is column text:
    # the lines go on in each other (a scene in time, a dateline would open a story)
    ("headline_over_opening", ["甲县今年扩大茶园面积，茶", "农采摘的新茶品质上乘，茶", "叶合作社的收购价格稳中有",
                               "升，全县茶农的收入持续提", "高带动了全县乡村产业振兴", "目前，全县有茶园三万亩。"],
     ["甲县今年扩大茶园面积，茶农采摘的新茶品质上乘，茶叶合作社的收购价格稳中有升，全县茶农的收入持续提高带动了全县乡村产业振兴"
      "目前，全县有茶园三万亩。"]),
])
def test_reflow_rules(rule, lines, expected):
    assert reflow_wrapped(lines) == expected, rule


@pytest.mark.parametrize("line,width,nxt,expected", [
    ("动周边农户稳定增收，农业", 12.0, "", True),      # as wide as the column
    ("稳定增收。", 12.0, "", True),                  # the last line of its paragraph
    ("甲市的新能源汽车产业链条完整，", 12.0, "", False),  # wider: another column
    ("产量继续", 12.0, "保持增长。", False),           # shorter, mid-sentence: another column
    ("全市汽车产量达到", 12.0, "20000辆。", True),    # shorter: the next token would not fit
])
def test_same_column(line, width, nxt, expected):
    lines = [line] + ([nxt] if nxt else [])
    assert _same_column(line, float(len(line)), width, lines, 0, 0) is expected


@pytest.mark.parametrize("line,expected", [
    ("“让农户的日子更红火”", True), ("“好。”他说，", False), ("“菜篮子”工程见效", False), ("全县农户", False),
])
def test_quoted_title(line, expected):
    assert _is_quoted_title(line) is expected


@pytest.mark.parametrize("lines,expected", [
    # split_word_tail: 破 | 解 is a word the page uses (着力破解): the short line ends the paragraph
    (["全县推进跨部门协同治理，才能有效破", "解基层治理难题", "各部门要形成合力，着力破解", "群众办事难题，让群众少跑腿。"],
     ["全县推进跨部门协同治理，才能有效破解基层治理难题", "各部门要形成合力，着力破解", "群众办事难题，让群众少跑腿。"]),
    # 破 | 乡 is no word of the page: the short line is a headline
    (["全县推进跨部门协同治理，才能有效破", "乡村振兴新篇章", "各部门要形成合力，着力提升", "群众办事效率，让群众少跑腿。"],
     ["全县推进跨部门协同治理，才能有效破", "乡村振兴新篇章", "各部门要形成合力，着力提升", "群众办事效率，让群众少跑腿。"]),
])
def test_split_word_tail(lines, expected):
    assert reflow_wrapped(lines) == expected


def test_the_reflow_decisions_reach_explain_page():
    # a hard-wrapped page is reflowed before its blocks are read: the reflow's named rules,
    # with their scores, are listed with the page's other decisions
    narrow_then_wide = {d.rule: d.score for d in explain_page("\n".join(NARROW + WIDE))}
    assert narrow_then_wide["column_width_changes"] == 11.0  # the column width the next line left
    caption = [d.rule for d in explain_page("\n".join(NARROW + CAPTION + ["新华社记者  张  三摄", "村集体经济收入普遍增长。"]))]
    assert "caption_run" in caption
    assert caption.index("caption_run") < caption.index("after_caption")  # reflow first, then the blocks


@pytest.mark.parametrize("lines,expected", [
    # rule quote_closes_below: a short line that closes the quotation the paragraph left open
    # (能接 | 受吗？”) ends that paragraph, no headline (its words need not make a page word)
    (["店主回忆说：“起初也有顾虑，我", "们的客户都在外地，路途远，能接", "受吗？”", "眼下正值春耕，店里每天都能卖出",
      "好几台农机，生意十分红火。"],
     ["店主回忆说：“起初也有顾虑，我们的客户都在外地，路途远，能接受吗？”",
      "眼下正值春耕，店里每天都能卖出好几台农机，生意十分红火。"]),
    # a quoted title under a paragraph whose quotation is closed stays a line of its own
    (["店主回忆说：“起初也有顾虑。”我", "们的客户都在外地，路途远，能接", "受吗", "“好日子”来了", "眼下正值春耕，店里每天都能卖出",
      "好几台农机，生意十分红火。"],
     None),
])
def test_quote_closes_below(lines, expected):
    out = reflow_wrapped(lines)
    if expected is None:
        assert "“好日子”来了" in out
    else:
        assert out == expected


def test_reflow_reports_its_column_paragraphs():
    joined: set[int] = set()
    out = reflow_wrapped(NARROW + WIDE, joined=joined)
    assert out == ["".join(NARROW), "".join(WIDE)] and joined == {0, 1}
    joined = set()
    reflow_wrapped(["甲县茶农增收", "今年以来，全县把发展特", "色产业作为富民的重要抓", "手。", "一行短句。"], joined=joined)
    assert joined == {1}


def test_scene_opens_paragraph():
    # rule scene_opens_paragraph: under a full line that ends a sentence, a line that sets a scene
    # in time (前不久，) opens a paragraph, however full the line above it
    lines = ["甲县今年新建蔬菜大棚三百个，", "带动周边农户稳定增收，全县菜", "农的人均收入明显提高了一成。",
             "前不久，乙市举办春季招聘会，", "吸引了上万名求职者前来应聘，", "两千多人达成就业意向。"]
    assert reflow_wrapped(lines) == ["".join(lines[:3]), "".join(lines[3:])]
    # a line that opens no paragraph goes on in it
    lines[3] = "乙市的春季招聘会也办得红火，"
    assert reflow_wrapped(lines) == ["".join(lines)]


@pytest.mark.parametrize("lines,paragraph", [
    # rule dateline_runs_on: the dateline filled its line, the reporter note and the story's
    # first words wrapped under it (the two spaces after 电 opened the line): one paragraph
    (["据新华社甲市5月6日电", "（记者张明、李华）甲市", "春季农产品交易会6日开", "幕，三百家企业参展。"],
     "据新华社甲市5月6日电  （记者张明、李华）甲市春季农产品交易会6日开幕，三百家企业参展。"),
    (["本报乙市5月6日电  （记", "者王静）乙市", "春季招聘会昨日举行，三", "百家企业参加了招聘。"],
     "本报乙市5月6日电  （记者王静）乙市春季招聘会昨日举行，三百家企业参加了招聘。"),
])
def test_dateline_runs_on(lines, paragraph):
    out = reflow_wrapped(["甲市农交会开幕"] + lines + ["甲市农交会为期三天，展", "品涵盖粮油果蔬等品类。"])
    assert paragraph in out


def test_headline_under_label():
    # rule headline_under_label: the line under a column label is the story's headline, however
    # near the column's width, not the first line of its text
    lines = ["观察·乡村振兴", "甲县茶产业助推乡村全面振兴", "全县茶农今年增收明显，茶叶", "加工厂新建两处，带动周边农", "户共同致富。"]
    out = reflow_wrapped(lines)
    assert out[:2] == lines[:2] and out[2] == "".join(lines[2:])
