"""Reflow of hard-wrapped pages without blank lines (pdftotext's default mode): which
physical lines join into one paragraph line. Invented lines, set to a fixed column width."""
import pytest

from policydata.text.layout.reflow import _caption_pieces, _first_token, _is_quoted_title, _same_column, reflow_wrapped

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
    ("“多种一季菜”", "“多"), ("2025年", "2025"), ("GDP增长", "GDP"), ("全县", "全"),
])
def test_first_token(line, expected):
    assert _first_token(line) == expected


@pytest.mark.parametrize("line,expected", [
    ("“让农户的日子更红火”", True), ("“好。”他说，", False), ("“菜篮子”工程见效", False), ("全县农户", False),
])
def test_quoted_title(line, expected):
    assert _is_quoted_title(line) is expected


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


def _set(paragraphs: list[str], width: int) -> list[str]:
    """Paragraphs set in a column ``width`` characters wide, a closing mark hanging at the end."""
    out = []
    for text in paragraphs:
        while text:
            n = width + 1 if len(text) > width and text[width] in "，。、；：" else width
            out.append(text[:n])
            text = text[n:]
    return out


_BRIDGE = ["3月5日，甲县跨江大桥1号主塔顶部钢梁吊装就位，标志着大桥建设转入上部施工阶段。",
           "甲县跨江大桥是全省规划的重点工程，全长1200米，总投资达20亿元。大桥建成后，两岸往来时间将缩短一个小时。"]


@pytest.mark.parametrize("lines,expected", [
    # caption_piece: a piece set 14 wide under a column set 11 wide, closed by a credit: all of
    # it is the caption's text (its first line reads as a headline: no sentence end)
    (NARROW + _set(_BRIDGE, 14) + ["张  三  李  四摄影报道", "村集体经济收入普遍增长。"], {12: 5}),
    # set as wide as the column above: no piece of its own (the caption run rules decide)
    (["今年以来，全县把发展特色产业", "作为富民的重要抓手，先后建成", "蔬菜基地三处，带动周边的农户"] + _set(_BRIDGE, 14) + ["张  三  李  四摄影报道", "村集体经济收入普遍增长。"], {}),
    # longer than a caption (caption_max_lines): a column's text
    (NARROW + _set(_BRIDGE * 2, 14) + ["张  三  李  四摄影报道", "村集体经济收入普遍增长。"], {}),
])
def test_caption_piece(lines, expected):
    widths = [float(len(line)) for line in lines]
    assert _caption_pieces(lines, widths, False) == expected


_FARMS = _set(["全县推进产业融合，建成一批示范基地和冷链仓储中心，农户增收的路子越走越宽。合作社负责人说：“今年全县各个村镇还要"], 14)
_GREENHOUSE = _set(["3月5日，甲县农民在大棚里采摘蔬菜。近年来，甲县大力发展设施农业，建成一批现代化大棚。"], 14)


@pytest.mark.parametrize("lines,expected", [
    # caption_inside_cut: a caption set as wide as the column between the halves of a cut
    # sentence; the line under the credit closes the quote the column's last line opened
    (_FARMS + _GREENHOUSE + ["新华社记者  张  三摄", "再建两处示范基地。”"],
     ["".join(_FARMS), "".join(_GREENHOUSE), "新华社记者  张  三摄", "再建两处示范基地。”"]),
    # the line under the credit opens a paragraph of its own: the column goes on in the caption
    (_FARMS + _GREENHOUSE + ["新华社记者  张  三摄", "今年以来，全县新建学校十所。"],
     ["".join(_FARMS + _GREENHOUSE), "新华社记者  张  三摄", "今年以来，全县新建学校十所。"]),
])
def test_caption_inside_cut(lines, expected):
    assert reflow_wrapped(lines) == expected
