"""Newspaper pages that no byline, caption or dateline marks, and the column rules around
them: rule page_evidence (editor lines and the column-set reflow count as named evidence),
repeated_column_label, title_half_at_list_comma, headline_under_headline, block_width with
column_chain_in_order, jump_note, dateline_line_is_text and word_tail_of_three. One small
invented input -> expected per rule."""
from __future__ import annotations

from collections import Counter

from policydata.text.layout.blocks import classify_block
from policydata.text.layout.column_breaks import (_headlines_that_continue, _match_breaks, block_width,
                                                  width_fit)
from policydata.text.layout.kickers import _is_kicker, _is_title_half, repeated_column_labels
from policydata.text.layout.lines import _Line
from policydata.text.layout.page_blocks import _Chunk, _Para, dateline_text
from policydata.text.layout.running_blocks import (_line_kinds, _starts_with_cut_word_tail, _trigram_counts,
                                                   infer_gaps)
from policydata.text.layout.column_breaks import _page_pairs
from policydata.text.layout.stories import _is_page, page_evidence


def _lines(*texts):
    return [_Line(t, classify_block(t)) for t in texts]


def test_page_evidence_editor_line_and_column_set():
    story = ("乡村新观察", "甲村建起合作社", "村民把自家的地交给合作社统一经营，年底按股分红。")
    # an editor line of the page and a column-set text: two weak signals that decide together
    assert page_evidence(_lines(*story, "本版责编：王  磊"), column_set=True) == [("editor_line", 1), ("column_set", 1)]
    assert _is_page(_lines(*story, "本版责编：王  磊", "版式设计：李  明"), column_set=True)
    # each alone is not enough; a web page's plain 责任编辑 is no page evidence
    assert not _is_page(_lines(*story, "本版责编：王  磊"))
    assert not _is_page(_lines(*story), column_set=True)
    assert not _is_page(_lines(*story, "责任编辑：王磊"), column_set=True)
    # a reporter's byline still decides alone
    assert _is_page(_lines(*story, "本报记者  张  三"))


def test_repeated_column_label_is_a_kicker():
    page = ["乡村新观察", "甲村种茶", "带富一方",
            "甲村村民今年扩种茶园二百亩，春茶上市后供不应求，茶农收入明显增加。",
            "乡村新观察", "乙镇养蜂", "甜了日子",
            "乙镇引导农户发展林下养蜂，蜂蜜通过网店销往全国，不少农户盖起了新房。",
            "乡村新观察", "丙县种菌", "鼓了腰包",
            "丙县利用闲置厂房种植食用菌，一年四季都能出菇，带动周边农户就业。"]
    runs = [(0, 2), (4, 6), (8, 10)]
    assert repeated_column_labels(page, runs) == {"乡村新观察"}
    # labels set alike but saying different things are a feature's sections, no column
    other = page[:4] + ["乡村新变化"] + page[5:8] + ["乡村新气象"] + page[9:]
    assert repeated_column_labels(other, runs) == set()
    # each story starts at its label (0, 4, 8) and its title under the label (1, 5, 9)
    assert {1, 3, 4, 5, 7, 8, 9, 11} <= set(infer_gaps(page, reflowed=True))


def test_title_half_at_list_comma():
    assert _is_title_half("新苗出土三天、") and _is_title_half("这台“帮手”巡检十分钟、", stacked=True)
    assert not _is_title_half("粮食、蔬菜、") and not _is_title_half("这台“帮手”巡检十分钟、")
    # under a column label the half is a headline line, and the label is the kicker over both
    assert _line_kinds(["乡村新观察", "这台“帮手”巡检十分钟、", "省下两小时"])[1] == "headline"
    assert _is_kicker("乡村新观察", "这台“帮手”巡检十分钟、", False, "省下两小时")


def test_headline_under_headline_continues_no_cut():
    blocks = [["甲村今年新修水渠，灌溉"], ["乡村新观察"], ["面积扩大，", "亩产提高"], ["乙镇养蜂户增收。"]]
    kinds = ["body", "headline", "headline", "body"]
    _headlines_that_continue(blocks, kinds, {}, [])
    assert kinds[2] == "headline"


def test_block_width_and_column_chain_in_order():
    assert block_width(["甲县今年新修水渠二十公", "里，灌溉面积扩大了一倍", "多。"]) == (11, 11.0)
    assert block_width(["甲县。", "乙县。"]) is None
    assert width_fit((15, 15.0), (15, 14.5))[1] == "same_width"
    assert width_fit((15, 15.0), (11, 11.0))[1] == "other_width"
    texts = ["甲县今年新修水渠，灌溉全县的", "农田，粮食增产。全县还建成一座新型", "的泵站。"]
    chunks = [_Chunk(k, [_Para(t, "body")], "", k) for k, t in enumerate(texts)]
    same = {0: (15, 15.0), 1: (15, 15.0), 2: (15, 15.0)}
    # the cut goes on in the article's next column (1), which goes on in the later one (2)
    assert sorted(_match_breaks(chunks, {}, [], widths=same).items()) == [(1, 0), (2, 1)]
    # a middle block set in another width is another article's: the end goes on in block 2
    other = {**same, 1: (11, 11.0)}
    assert sorted(_match_breaks(chunks, {}, [], widths=other).items()) == [(2, 0)]


def test_jump_note_closes_an_article():
    assert classify_block("（下转第二版）") == "end"
    assert classify_block("（《意见》全文见第五版）") == "end"
    assert classify_block("（上接第一版）") != "end"


def test_dateline_line_is_text():
    assert dateline_text("新华社北京3月5日电  甲省日前召开春耕生产")
    assert not dateline_text("本报记者  张  三")
    assert _line_kinds(["甲省部署春耕", "新华社北京3月5日电  甲省日前召开春耕生产", "会议。"]) == \
        ["headline", "body", "body"]


def test_word_tail_of_three():
    lines = ["石墨烯是新材料，石墨烯产业发展快。", "全县推进研发石", "乙市举办春季招聘会。", "墨烯材料生产。"]
    pairs = _page_pairs("\n".join(lines))
    assert _trigram_counts(lines)["石墨烯"] == 2
    assert not _starts_with_cut_word_tail(lines, [1], 3, pairs)
    assert _starts_with_cut_word_tail(lines, [1], 3, pairs, Counter({"石墨烯": 2}))


def test_page_without_bylines_reads_as_page():
    """A hard-wrapped page of three stories under one column label, with no byline, caption
    or dateline: its editor lines and its column set make it a page (rule page_evidence), the
    label is each story's kicker (rule repeated_column_label). Before: one article titled by
    the label."""
    from policydata.text.layout.articles import reconstruct_articles

    def wrap(text, width=14):
        return [text[k:k + width] for k in range(0, len(text), width)]
    stories = [
        (["乡村新观察", "甲村种茶", "带富一方"],
         ["甲村村民今年扩种茶园二百亩，春茶上市后供不应求，茶农收入明显增加，村里还办起了茶叶加工厂。",
          "合作社负责人说，明年准备再建一条生产线，把茶叶卖到更远的地方去，让更多村民在家门口就业。"]),
        (["乡村新观察", "乙镇养蜂", "甜了日子"],
         ["乙镇引导农户发展林下养蜂，蜂蜜通过网店销往全国，不少农户盖起了新房，日子越过越甜。",
          "镇里请来专家上门指导，教大家防治蜂病、分箱扩群，养蜂户从最初的几户发展到一百多户。"]),
        (["乡村新观察", "丙县种菌", "鼓了腰包"],
         ["丙县利用闲置厂房种植食用菌，一年四季都能出菇，带动周边农户就业，厂房重新热闹起来。",
          "县农业部门负责人介绍，下一步将扩大种植规模，建设冷库和烘干车间，延长产业链条。"]),
    ]
    lines = []
    for head, paras in stories:
        lines += head + [ln for p in paras for ln in wrap(p)]
    text = "\n".join(lines + ["本版责编：王  磊  李  明", "版式设计：赵  刚"])
    articles = reconstruct_articles(text)
    assert [a.title for a in articles] == ["甲村种茶带富一方", "乙镇养蜂甜了日子", "丙县种菌鼓了腰包"]
    assert articles[1].text.startswith("乙镇养蜂甜了日子\n乙镇引导农户发展林下养蜂")


def test_ellipsis_hangs_past_the_column():
    """Rule ellipsis_hangs: a paragraph's last line that ends on an ellipsis set in two cells
    past the column's edge stays in its column (before: pieces (0, 4) and (4, 8), the line
    read as the first of a column two wider)."""
    from policydata.text.layout.column_pieces import column_pieces
    from policydata.text.layout.line_widths import CLOSING_MARKS, measure_lines
    assert "…" in CLOSING_MARKS
    lines = ["甲县推进乡村振兴，发展特色", "产业，建设美丽乡村，改善农", "村人居环境。",
             "打造宜居乡村，守护绿水青山；", "发展特色产业，带动群众增收……",
             "乙县推进乡村振兴，发展特色", "产业，建设美丽乡村，改善农", "村人居环境，带动农民增收。"]
    page = measure_lines(lines)
    pieces = column_pieces(lines, page.measures[page.best], page.indented, [])
    assert [(a, e) for a, e, _ in pieces] == [(0, 8)]


def test_chain_window_counts_columns():
    """Rule chain_window_counts_columns: headline lines, datelines and credits are pieces of
    their own but do not use up the window in which a cut column looks for its next column."""
    from policydata.text.layout.column_chain import columns_ahead
    pieces = [(0, 5, 12.0), (5, 6, 0.0), (6, 7, 0.0), (7, 12, 12.0), (12, 13, 0.0), (13, 18, 12.0)]
    assert columns_ahead(pieces, 0, 2, 11) == [1, 2, 3, 4, 5]
    assert columns_ahead(pieces, 0, 1, 11) == [1, 2, 3]


def test_ellipsis_hangs_in_a_block():
    """Rule ellipsis_hangs in a block of a page with blank lines: a line that hangs an
    ellipsis past the edge does not set the block's width, so the lines as wide as the column
    go on (before: the block was cut after each line two short of the ellipsis line)."""
    from policydata.text.layout.page_blocks import unwrap_block
    block = ["甲县推进乡村振兴，发展特色", "产业，建设美丽乡村，改善农", "村人居环境，群众得到实惠……",
             "乙县也推进乡村振兴，发展特", "色产业。"]
    assert unwrap_block(block) == ["甲县推进乡村振兴，发展特色产业，建设美丽乡村，改善农村人居环境，群众得到实惠……"
                                   "乙县也推进乡村振兴，发展特色产业。"]
