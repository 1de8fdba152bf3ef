"""Story heads set inside a block of a page whose blank lines part the blocks.

A page's text layer keeps most headlines as blocks of their own; some stories still run their
head straight into a text block (no blank line between them). ``dateline_heads`` splits a head
set on its dateline; the rules here split three other heads a block can hold:

- rule box_label_over_title: a box's label (记者手记, ``layout.json`` page_blocks.box_labels)
  with the box's own title under it (记者手记 | 货物往来的枢纽 | 情感交汇的平台) heads the box's
  text: label and title are a headline block of their own (the label is its kicker);
- rule headline_short_of_column: a block's first one or two lines that read as a headline, hold
  no mark and stop clearly short of the column the block's text fills, over text set in a column
  of another width than the text block before it: a new story set in its own column width
  (a head as long as 0.6 of the text lines is common in a narrow column, so
  ``page._headline_tops``' share of the longest line misses it); not a one-line head shaped like
  another head line of the page (rule subhead_series_in_block: a feature's sub-heads are set alike);
- rule caption_atop_block: a block that opens with a photo caption closed by its credit line
  (…摄（影像中国）) and goes on with text: the caption is a block of its own;
- rule headline_over_next_dateline: a block's last one or two lines that read as a headline and
  stop short of its column, when the next block opens with a dateline (本报某地X月X日电): the
  head of the story that dateline opens, set at the foot of the column above it.
"""
from __future__ import annotations

import re

from .blocks import classify_block, is_complete, opener
from .column_breaks import Decision, block_width
from .kickers import same_shape
from .page_blocks import _is_box_label, block_kind

#: a head line stops short of its block's column by at least this many characters, and by at
#: least this share of the column width
_SHORT_BY = 3
_SHORT_SHARE = 0.2
#: a box's title under its label stops short of the box's column by at least this many characters
_UNFILLED_BY = 2
#: at most this many head lines in a block's foot, or under a box label
_MAX_HEAD_LINES = 2
#: at most this many head lines (a kicker and a title on two lines) in a block's top
_MAX_TOP_LINES = 3
#: a text block's column differs from the one before it by at least this many characters
_OTHER_COLUMN = 2
_MARKS = re.compile(r"[，,、。；;：:！？!?]")


def _column(lines: list[str]) -> int:
    """The width (characters) the lines are set in (``column_breaks.block_width``), 0 unknown."""
    width = block_width(lines)
    return int(width[0]) if width else 0


def _short_of(line: str, column: int) -> bool:
    return bool(column) and len(line) <= column - max(_SHORT_BY, _SHORT_SHARE * column)


def _unfilled_head(line: str, column: int) -> bool:
    """Rule box_title_unfilled: under a box label a line that stops short of the column
    (by ``_UNFILLED_BY``: a text line's width varies by one with half-width digits),
    holds no mark and ends no sentence is no text line (a wrapped text line fills its column
    unless it ends its paragraph): it is the box's title, however close to the column it
    comes (a box is narrow, its title about as wide as its text).

    >>> _unfilled_head("小站何以“留得住”", 11), _unfilled_head("清晨六点车站的灯亮", 9)
    (True, False)
    """
    return bool(column) and len(line) <= column - _UNFILLED_BY and not _MARKS.search(line) \
        and not is_complete(line)


def caption_top(block: list[str]) -> int:
    """Rule caption_atop_block: how many of the block's first lines are a photo caption closed
    by its credit line, with text lines after it; 0 when none.

    >>> caption_top(["清晨，游客在湖边观赏日出。", "张三摄（影像中国）", "的灯光亮起，游客纷纷驻足拍照，", "广场上热闹非凡。"])
    2
    >>> caption_top(["清晨，游客在湖边观赏日出。", "张三摄（影像中国）"])
    0
    """
    for i in range(1, len(block) - 1):
        if classify_block(block[i]) == "caption":
            if block_kind(block[:i + 1]) == "caption" and block_kind(block[i + 1:]) == "body":
                return i + 1
            return 0
    return 0


def box_head(block: list[str]) -> int:
    """Rule box_label_over_title: how many of the block's first lines are a box label and the
    box's title (one or two headline lines) when text follows; 0 when none.

    >>> text = ["清晨六点，车站的灯已经亮起，工作人", "员开始一天的忙碌，旅客陆续进站候车", "。"]
    >>> box_head(["记者手记", "小站里的", "大变化"] + text)
    3
    >>> box_head(["记者手记"] + text)
    0
    >>> box_head(["记者手记", "驿站何以“留得住”", "全县新建的养老驿站已有", "三十多家，老人们在家门", "口就能吃上热饭。"])
    2
    """
    if len(block) < 3 or not _is_box_label(block[0]):
        return 0
    for k in range(_MAX_HEAD_LINES, 0, -1):
        head, rest = block[1:1 + k], block[1 + k:]
        if len(rest) >= 2 and block_kind(head) == "headline" and block_kind(rest) == "body" \
                and all(_short_of(ln, _column(rest)) or _unfilled_head(ln, _column(rest)) for ln in head):
            return 1 + k
    return 0


def top_head(block: list[str], before: int) -> int:
    """Rule headline_short_of_column: how many of the block's first lines (one or two) head a
    story set in a column of its own width; ``before`` is the column width of the text block
    above (0 when unknown). 0 when none.

    >>> text = ["本市新建的十座口袋公园日前全部", "开放，市民可就近休闲健身。公园", "由闲置地块改造而成。"]
    >>> top_head(["口袋公园迎客来"] + text, 21)
    1
    >>> top_head(["口袋公园迎客来"] + text, 15)  # the column above is as wide: a section head
    0
    >>> top_head(["公园建成，市民受益"] + text, 21)  # a mark: a section head's two halves
    0
    """
    for k in range(_MAX_TOP_LINES, 0, -1):
        head, rest = block[:k], block[k:]
        if len(rest) < 2 or opener(head[0]):
            continue
        column = _column(rest)
        if block_kind(head) == "headline" and block_kind(rest) == "body" \
                and not any(_MARKS.search(ln) for ln in head) \
                and all(_short_of(ln, column) for ln in head) \
                and before and abs(column - before) >= _OTHER_COLUMN \
                and not _short_of(rest[0], column):
            return k
    return 0


def foot_head(block: list[str], nxt: list[str] | None) -> int:
    """Rule headline_over_next_dateline: how many of the block's last lines (one or two) head
    the story whose dateline opens the next block; 0 when none.

    >>> column = ["全县今年新修水渠二十公里，灌溉面", "积扩大了一倍，并新建泵站三十余座"]
    >>> foot_head(column + ["乙市春耕", "备耕有序推进"], ["本报乙市3月2日电  （记者王五）乙市", "春耕备耕工作全面展开。"])
    2
    >>> foot_head(column + ["乙市春耕", "备耕有序推进"], ["春耕备耕工作全面展开。"])
    0
    """
    if not nxt or not opener(nxt[0]):
        return 0
    for k in range(_MAX_HEAD_LINES, 0, -1):
        head, rest = block[-k:], block[:-k]
        if len(rest) < 2:
            continue
        column = _column(rest + ["."])  # every text line above the head filled its column
        if block_kind(head) == "headline" and all(_short_of(ln, column) for ln in head) \
                and not is_complete(rest[-1]) and not _short_of(rest[-1], column):
            return k
    return 0


def heads_in_blocks(blocks: list[list[str]], log: list[Decision]) -> list[list[str]]:
    """The blocks with the heads the three rules find set apart as blocks of their own."""
    out: list[list[str]] = []
    before = 0  # the column width of the last text block
    heads = [ln for block in blocks for ln in block if classify_block(ln) == "headline"]
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        parts = [block]
        top, rule = caption_top(block), "caption_atop_block"
        if not top:
            top, rule = box_head(block), "box_label_over_title"
        if not top and block_kind(block) == "body":
            top, rule = top_head(block, before), "headline_short_of_column"
            if top == 1 and sum(same_shape(block[0], s) for s in heads) > 1:
                # rule subhead_series_in_block: a head shaped like another head line of the page
                # (kickers.same_shape: “好点子”变成产品 | “好邻居”化身伙伴) is one of a feature's
                # sub-heads, set alike: it stays in its section's text, as running_blocks keeps it
                log.append(Decision("subhead_series_in_block", 1, block[0][:12]))
                top = 0
        if top:
            log.append(Decision(rule, top, block[0][:12]))
            parts = [block[:top], block[top:]]
        foot = foot_head(parts[-1], nxt)
        if foot:
            log.append(Decision("headline_over_next_dateline", foot, parts[-1][-foot][:12]))
            parts[-1:] = [parts[-1][:-foot], parts[-1][-foot:]]
        out += parts
        if block_kind(block) == "body":
            before = _column(parts[-1] if not foot else parts[-2]) or before
    return out
