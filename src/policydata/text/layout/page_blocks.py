"""The blocks of a page whose text layer keeps them apart, and the kind of each block.

A block is the run of lines between blank lines. On a hard-wrapped page (one physical
line per output line) a block is first unwrapped into paragraphs (``unwrap_block``).
``block_kind`` says what a block is: meta (page furniture, editor lines), caption (a
block ending with a photo credit), byline, a bare name, headline (only short lines
without a sentence end) or body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import classify_block, ends_dangling, ends_on_comparison, is_complete, opener, starts_paragraph
from ..marks import CLOSING_QUOTES, MARK_PAIRS
from .continuation import _join
from .line_widths import TOKEN, display_width, set_width
from .rules import page_rules, rules




@dataclass
class _Para:
    """One paragraph of a body block."""

    text: str
    kind: str  # body, heading, lead


@dataclass
class _Chunk:
    """A body block's paragraphs, on their way to an article."""

    index: int  # the block's index on the page
    paras: list[_Para]
    role: str = ""  # head, continuation, floating
    pos: int = 0  # the chunk's position among the page's body blocks


def split_blocks(lines: list[str], gaps) -> list[list[str]]:
    """The page's lines grouped into blocks at the gaps (indexes after a blank line)."""
    blocks: list[list[str]] = []
    for i, line in enumerate(lines):
        if not blocks or i in gaps:
            blocks.append([])
        blocks[-1].append(line)
    return blocks


def is_wrapped_page(blocks: list[list[str]]) -> bool:
    """A hard-wrapped page: most lines of its longer blocks are short.

    >>> is_wrapped_page([["第一行很短，", "第二行也很短", "第三行。"]] * 3)
    True
    >>> is_wrapped_page([["一整段文字" * 12, "又一段。"]] * 3)
    False
    """
    pr = page_rules()
    lines = [ln for b in blocks if len(b) >= 3 for ln in b]
    if len(lines) < 8:
        return False
    short = sum(len(ln) <= pr.wrapped_line_max_len for ln in lines)
    return short >= pr.wrapped_share * len(lines)


def _first_token(text: str) -> str:
    m = TOKEN.match(text)  # one token pattern for every width decision (line_widths)
    return m.group() if m else text[:1]


def unwrap_block(lines: list[str]) -> list[str]:
    """Paragraphs of a hard-wrapped block: a line goes on in the next one when the
    next line's first token would not have fit in the block's line width.

    >>> unwrap_block(["据测算，前三季度全市工业增加值同比增", "长6.2%，比上半年末提高了0.4个", "百分点。", "分行业看，制造业增长7.1%。"])
    ['据测算，前三季度全市工业增加值同比增长6.2%，比上半年末提高了0.4个百分点。', '分行业看，制造业增长7.1%。']
    >>> unwrap_block(["据介绍，全县今年计划新建", "学校10所，幼儿园12所，", "“一校一策”推进。", "另有卫生院3所。"])
    ['据介绍，全县今年计划新建学校10所，幼儿园12所，“一校一策”推进。', '另有卫生院3所。']

    A line fills the block when its next line's first token would pass the block's width
    counted in characters or in display width (``_fills``, rule display_width_fills):
    >>> unwrap_block(["本报讯　今年全县棉花总产量达", "86万担，比上年增长3.1%，连续", "三年稳定在八十万担以上。"])
    ['本报讯\u3000今年全县棉花总产量达86万担，比上年增长3.1%，连续三年稳定在八十万担以上。']
    """
    if len(lines) < 2:
        return list(lines)
    closers = rules().closers + "，。、；：？！%,;:?!％…"  # half-width marks, as some text layers give; … (rule ellipsis_hangs)
    # the line width: the longest line that did not take a closing mark past the edge
    plain = [ln for ln in lines if ln[-1] not in closers] or lines
    widths = _block_line_width([len(ln) for ln in plain]), _block_line_width([display_width(ln) for ln in plain])
    out = [lines[0]]
    terminators = rules().terminators
    for k, (prev, line) in enumerate(zip(lines, lines[1:])):
        # rule comma_goes_on: a line that ends on a clause comma (宣布， | “明年…) ends no
        # paragraph, however short the text layer set it
        full = _fills(prev, _first_token(line), widths, prev[-1] in terminators) or prev[-1] in "，,、" \
            or _number_meets_unit(prev, line)
        if full and prev[-1] in terminators:
            # 态势。| 强大韧性 | 居民生活…: a finished sentence at the line end, then a short
            # line without punctuation that ends its own paragraph is a heading
            nxt = lines[k + 2] if k + 2 < len(lines) else ""
            ends_para = not nxt or not _fills(line, _first_token(nxt), widths, line[-1] in terminators)
            if ends_para and not re.search(r"[，,。；;：:、！？!?”）]", line):
                full = False
        if full:
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
    return out


def _fills(line: str, token: str, widths: tuple[int, float], ended: bool = False) -> bool:
    """Rule display_width_fills: ``line`` filled its column when ``token`` (the next line's
    first) would pass the block's width, measured in characters or in display width (a
    half-width digit or Latin letter counts ½, ``line_widths.display_width``, as the reflow of
    pages without blank lines measures). A line of digits holds more characters than a line
    of text in the same column: counted in characters alone it sets the block's width, and
    every full line of text under it (…总产量达到 | 126亿斤，…) would look short and end its
    paragraph; counted in display width alone, the text layers that set a digit as wide as a
    character would look short instead. ``widths``: the block's width in each measure. A line
    that ends a sentence (``ended``) fills its column in characters only: a paragraph's last
    line is often as wide in display width as a full line, and read full it would glue the
    next paragraph to its own.

    >>> _fills("全县棉花总产量达到", "86", (11, 9.5)), _fills("全县棉花总产量达到", "86", (11, 10.0))
    (True, False)
    >>> _fills("全县棉花总产量8万担。", "今", (13, 9.5), ended=True)
    False
    """
    return len(line) + len(token) > widths[0] or len(line) >= widths[0] or not ended and (
        display_width(line + token) > widths[1] or display_width(line) >= widths[1])


def _block_line_width(lengths: list[int]) -> int:
    """Rule common_line_width: the width a block is set in is its most common line length
    (``line_widths.set_width``; ties: the longer) when that is at most ``slack`` characters short of the longest line, else
    the longest. A line holding digits or Latin letters sets two half-width characters in one
    cell, so it can hold a character or two more than the column's width; taken as the width,
    it would make every full line of text look short, and each would end a paragraph.

    >>> _block_line_width([22, 22, 23, 22, 18]), _block_line_width([20, 12]), _block_line_width([22, 14, 14, 14])
    (22, 20, 22)
    """
    slack = 2
    longest = max(lengths)
    common, held = set_width(lengths)
    return common if held >= 2 and longest - common <= slack else longest


_UNIT_START = re.compile(r"[\u4e00-\u9fff%％‰]")


def _number_meets_unit(prev: str, line: str) -> bool:
    """Rule number_meets_unit: a line that ends on a digit, the next one opening with a
    character (人数约3 | 万人次。, 到20 | 30年): no paragraph ends on a bare number, so the
    number goes on with its unit or measure word on the next line, however short the line
    looks (a line of digits holds more characters than the block's widest line of text).

    >>> _number_meets_unit("参观人数达到1.5", "万人次。"), _number_meets_unit("共有两家。", "万家灯火")
    (True, False)
    >>> _number_meets_unit("图表2", "2026年"), _number_meets_unit("增幅为3.2", "%，居全省前列。")
    (False, True)
    """
    return bool(prev) and prev[-1].isdigit() and bool(_UNIT_START.match(line))


_QUOTED_EXCLAMATION = re.compile(r"“[^“”]+[？！?!]”$")  # a whole line quoted, ending on ？ or ！


def reads_as_prose(text: str) -> bool:
    """Rule prose_line_not_headline: a short line without a sentence end that holds a
    clause comma and either opens like a paragraph (a date, 其中, 目前, someone 说) or leaves
    a quote or bracket unbalanced is a line of running text cut at its column's end, never
    a headline (其中，甲市的 | 2月7日，人们在 | “过去是乡亲们各自干，如今). A title's
    comma joins two balanced halves (国货美妆，圈粉年轻人) and opens like no paragraph.

    >>> [reads_as_prose(t) for t in ("其中，甲市新建的", "3月5日，工人们在", "“过去，办事要跑", "“为什么？”面对记",
    ...                              "他提出了《关于", "国货美妆，圈粉年轻人", "“去哪儿都带着本”", "“好不好？”",
    ...                              "“老屋一修，活了！”")]
    [True, True, True, True, False, False, False, False, False]
    """
    if re.match(r"“[^”]*[。？！?!]”\S", text):
        return True  # a quoted sentence the line goes on after (“为什么？”他问): speech and narration
    if not re.search(r"[，,]", text) or _QUOTED_EXCLAMATION.match(text):
        return False  # rule exclaimed_headline: one quoted exclamation or question (“这样改，值！”)
    unbalanced = any(text.count(a) != text.count(b) for a, b in MARK_PAIRS)
    return unbalanced or starts_paragraph(text)


def leaves_mark_open(text: str) -> bool:
    """Rule open_mark_cut: a line that opens a quote or bracket and never closes it is a
    sentence cut at its column's end: a headline closes the marks it opens.

    >>> [leaves_mark_open(t) for t in ("“全年产值稳定在80", "（记者", "“小院”换新颜", "小院换新颜")]
    [True, True, False, False]
    """
    return any(text.count(a) > text.count(b) for a, b in MARK_PAIRS)


def _column_end(text: str, kind: str) -> bool:
    """A body line that ends mid-sentence and is long enough to be a column's text. Rule
    open_mark_column_end: a shorter one (at least ``open_mark_cut_min_len``) that opens a
    quote or bracket it never closes is one too (“全年销量稳定在800): a verse or list line
    closes the marks it opens.

    >>> _column_end("“全年销量稳定在800", "body"), _column_end("全年销量稳定在800", "body")
    (True, False)
    """
    pr = page_rules()
    body = text.rstrip()
    if kind != "body" or not body or is_complete(body) or body[-1] in "：:":
        return False
    return len(body) >= pr.running["cut_line_min_len"] \
        or (len(body) >= pr.running["open_mark_cut_min_len"] and leaves_mark_open(body))


def _is_box_label(text: str) -> bool:
    return page_rules().is_box_label(text)


def _question_headline(core: str) -> bool:
    """Rule question_headline: a ？ or ！ inside a headline group parts a question (or a cry)
    from its answer (甲市夜市什么样?三条街先试点): one such mark, and no comma anywhere, for a
    comma with a question mark is the start of a paragraph cut at a column end.

    >>> _question_headline("甲市夜市什么样?三条街先试点"), _question_headline("甲市夜市什么样?三条街先试点，")
    (True, False)
    >>> _question_headline("夜市为何火?游客多!"), _question_headline("甲市夜市三条街先试点")
    (False, True)
    """
    marks = re.findall(r"[！？!?]", core)
    return not marks or (len(marks) == 1 and not re.search(r"[，,、：:]", core))


def _headline_lines_ok(lines: list[str]) -> bool:
    """Every line short, no sentence end inside or at the end of the group (a final
    ？！ is allowed), not opening with a character that cannot start a sentence."""
    r, pr = rules(), page_rules()
    if not lines or len(lines) > pr.headline_block_max_lines:
        return False
    joined = "".join(lines)
    if len(joined) > pr.headline_max_len or joined[0] in r.non_initial_chars:
        return False
    if any(len(ln) > pr.headline_line_max_len or reads_as_prose(ln) for ln in lines):
        return False
    # rule exclaimed_headline: a final ？ or ！ may stand inside the closing quote of a
    # quoted headline (“这样改，值！”, “谁来种地？”)
    core = joined.rstrip(CLOSING_QUOTES)
    if re.search(r"[。；;]", core[:-1]) or re.search(r"[。；;：:，,、]$", core) \
            or not _question_headline(core[:-1]):
        return False
    if ends_on_comparison(core):
        return False  # rules comparison_word_end, comparison_change_end: …吞吐量同比 | 分别增长… is a column's cut foot
    # headlines rarely hold two commas, or one in a long line: such a block is the
    # start of a paragraph cut at a column end
    commas = len(re.findall(r"[，,]", joined))
    return commas < 2 and not (commas and len(joined) > 30)


#: the most characters a photo credit's wrapped tail (中国） of …摄（影像 | 中国）) holds
_CREDIT_TAIL_MAX = 6


def credit_wraps_below(lines: list[str]) -> bool:
    """Rule credit_wraps_below: a block whose last line only closes the bracket its line above
    left open, the two read together as a photo credit (…摄（影像 | 中国）), ends with that credit:
    the caption's credit wrapped in the caption's narrow column.

    >>> credit_wraps_below(["游客在湖边观赏日出。", "本报记者  张  三摄（影像", "中国）"])
    True
    >>> credit_wraps_below(["甲市（乙县）新建公园十座，", "丙镇）"])
    False
    """
    if len(lines) < 2:
        return False
    above, tail = lines[-2].rstrip(), lines[-1].strip()
    return 0 < len(tail) <= _CREDIT_TAIL_MAX and tail[-1] in "）)" \
        and above.count("（") + above.count("(") > above.count("）") + above.count(")") \
        and classify_block(above + tail) == "caption"


def block_kind(lines: list[str]) -> str:
    """Kind of one block: meta, caption, byline, headline or body.

    >>> block_kind(["1月19日，德清县蜡梅绽放，游客拍照打卡。", "白  羽摄（影像中国）"])
    'caption'
    >>> block_kind(["四个关键词，", "读懂经济“一季报”"]), block_kind(["本报记者 孙  勇"])
    ('headline', 'byline')
    >>> block_kind(["本版责编：林雅文  张卫东"]), block_kind(["户等难题；多次陪他们走访。"])
    ('meta', 'body')
    """
    kinds = [classify_block(ln) for ln in lines]
    content = [(ln, k) for ln, k in zip(lines, kinds) if k != "meta"]
    if not content:
        return "meta"
    if (kinds[-1] == "caption" or credit_wraps_below(lines)) \
            and len(lines) <= page_rules().caption_block_max_lines:
        return "caption"
    if len(content) == 1 and content[0][1] == "byline":
        return "byline"
    if len(content) == 1 and page_rules().padded_name.match(content[0][0]):
        return "name"
    texts = [ln for ln, _ in content]
    if _is_box_label(texts[0]) and not (len(texts) > 1 and _headline_lines_ok(texts[1:])
                                        and all(k == "headline" for _, k in content[1:])):
        return "body"  # rule box_label_over_title: a label over the box's own title heads it
    # a numbered heading (一、… （二）…) is a section of an article, never a story's headline
    if _headline_lines_ok(texts) and all(k in ("headline", "body") for _, k in content):
        return "headline"
    return "body"


def wrapped_captions(blocks: list[list[str]], kinds: list[str]) -> list[int]:
    """On a hard-wrapped page a caption block has many short lines: a body block that
    ends with a credit is a caption when its unwrapped paragraphs are few enough. Sets
    those kinds and returns their indexes."""
    changed = []
    for i, (block, kind) in enumerate(zip(blocks, kinds)):
        credit = 2 if credit_wraps_below(block) else 1
        if kind == "body" and (credit == 2 or classify_block(block[-1]) == "caption") \
                and block_kind(unwrap_block(block[:-credit]) + block[-credit:]) == "caption":
            kinds[i] = "caption"
            changed.append(i)
    return changed


def _headline_groups(kinds: list[str]) -> list[tuple[int, int]]:
    """(first, last) block indexes of each run of headline blocks (meta blocks inside)."""
    groups = []
    i = 0
    while i < len(kinds):
        if kinds[i] != "headline":
            i += 1
            continue
        j = i
        k = i + 1
        while k < len(kinds) and kinds[k] in ("headline", "meta"):
            if kinds[k] == "headline":
                j = k
            k += 1
        groups.append((i, j))
        i = j + 1
    return groups


def _paragraphs(lines: list[str], wrapped: bool) -> list[str]:
    return unwrap_block(lines) if wrapped else list(lines)


def _body_paragraphs(block: list[str], wrapped: bool):
    """Paragraphs of a body block and the lines of other kinds found in it."""
    paras: list[_Para] = []
    other: dict[str, list[str]] = {"byline": [], "attribution": [], "caption": []}
    texts = _paragraphs(block, wrapped)
    width = max(len(ln) for ln in block)
    for n, ptext in enumerate(texts):
        k = classify_block(ptext)
        if n == len(texts) - 1 and k == "headline" and len(block) > 1 and (
                (wrapped and (len(block[-1]) >= width - 1 or ptext not in block)) or ends_dangling(ptext)
                or re.search(r"[，,]", ptext) or leaves_mark_open(ptext)):
            # the block's last line runs to the column's end, or the paragraph was unwrapped
            # from several lines (rule wrapped_tail_cut: a sub-head over no text at a column's
            # foot is rarer than a sentence cut there), holds a clause comma (据测算，…约2.6)
            # or leaves a quote open (rule open_mark_cut: “全年产值稳定在80): a cut
            # paragraph, not a sub-head
            k = "body"
        if k == "headline" and dateline_text(ptext):
            k = "body"  # rule dateline_line_is_text
        if k in ("meta", "end"):
            continue
        if _is_box_label(ptext):  # 记者手记 is a box's label, not a reporter's name
            k = "headline"
        if k == "byline" and not paras and _dateline_opens(ptext, texts[n + 1:]):
            # rule dateline_opens_lead: a dateline standing alone over the lead (本报某地3月2日电
            # （记者某某） | 全省今年…) opens that paragraph, as it does inline; the text layer
            # broke it off. It stays the byline too
            other["byline"].append(ptext)
            joint = "  " if ptext[-1:] in "电讯" and texts[n + 1][:1] not in "（(" else ""
            texts[n + 1] = ptext + joint + texts[n + 1]
            continue
        if k == "caption" or (k == "byline" and not paras) or k == "attribution":
            other[k].append(ptext)
        elif k in ("headline", "numbered"):  # box labels were made headlines above
            paras.append(_Para(ptext, "heading"))
        elif paras and paras[-1].kind == "heading" and _is_subhead_line(ptext):
            # 稳中有进 | 城乡居民、各类企业用水供应稳定、保障有力: a stacked sub-head
            paras.append(_Para(ptext, "heading"))
        else:
            paras.append(_Para(ptext, "body"))
    return paras, other


def dateline_text(line: str) -> bool:
    """Rule dateline_line_is_text: a line that opens with an inline dateline (新华社某地3月5日电)
    and goes on with text is a story's first paragraph, cut at a column end before its first
    sentence ends, no headline line: no headline opens with a dateline.

    >>> dateline_text("新华社北京3月5日电  甲省日前召开春耕生产"), dateline_text("本报记者  张  三")
    (True, False)
    >>> _body_paragraphs(["新华社北京3月5日电  甲省日前召开春耕生产"], False)[0]
    [_Para(text='新华社北京3月5日电  甲省日前召开春耕生产', kind='body')]
    """
    head = opener(line)
    return bool(head) and len(line.strip()) > len(head) + 2


def _dateline_opens(line: str, rest: list[str]) -> bool:
    """Is ``line`` a whole dateline (本报某地3月2日电, 新华社某地3月2日电（记者某某）) whose next
    paragraph is body text without a dateline of its own (a reporter's bracket may open it)?

    >>> _dateline_opens("本报甲市3月2日电  （记者王五）", ["全市今年新建学校10所。"])
    True
    >>> _dateline_opens("本报甲市3月2日电", ["（记者王五）全市今年新建学校10所。"])
    True
    >>> _dateline_opens("本报记者  王五", ["全市今年新建学校10所。"]), _dateline_opens("本报甲市3月2日电", [])
    (False, False)
    """
    head = opener(line)
    if not rest or not head or head.strip() != line.strip() or not re.search(r"[电讯]", head):
        return False
    nxt = opener(rest[0])
    return classify_block(rest[0]) == "body" and (not nxt or nxt[0] in "（(")


def _is_subhead_line(text: str) -> bool:
    """A short line without sentence punctuation at its end or inside."""
    return len(text) <= page_rules().headline_line_max_len and not re.search(r"[。；;！？!?：:，,]$|[。；;]", text)
