"""Headline lines a page's line kinds miss: the first half of a two-line headline.

A newspaper headline is often set on two lines, the first a lead-in that ends with a comma
or an enumeration comma (引题，| 主题: 稳住就业基本盘，| 增强发展新动能). Read line by line,
that first line looks like a body line cut at a column end (it ends mid-sentence), so the
page keeps only the second line as the title and glues the first to the text above. The
rule here, ``comma_headline_line``, moves the head of a story's headline run up over such
lines; ``running_blocks.infer_gaps`` calls it for each run that starts a story.
"""
from __future__ import annotations

import re

from .blocks import is_complete, opener, starts_paragraph
from .page_blocks import _headline_lines_ok
from .rules import page_rules

#: a title's lead-in half ends with one of these (稳住就业基本盘， / 稳就业、)
_LEAD_IN_ENDS = "，,、"
#: marks no title half holds before its final comma
_INNER_MARKS = re.compile(r"[，,。；;：:！？!?]")
#: at most this many lead-in lines above a headline run
_MAX_LEAD_IN_LINES = 2
#: a lead-in line is clearly shorter than the page's text lines: at most this share of the
#: median body line
_LEAD_IN_MAX_SHARE = 0.8


def _median_body_len(lines: list[str], kinds: list[str]) -> int:
    body = sorted(len(ln) for ln, k in zip(lines, kinds) if k == "body")
    return body[len(body) // 2] if body else 0


def _is_lead_in(line: str, kind: str, typical: int) -> bool:
    """A line no running text leaves: it ends in ，or 、, holds no other mark, opens like no
    paragraph and is clearly shorter than the page's text lines."""
    return bool(line) and line[-1] in _LEAD_IN_ENDS and kind == "body" \
        and not _INNER_MARKS.search(line[:-1]) and not starts_paragraph(line) and not opener(line) \
        and len(line) <= page_rules().headline_line_max_len and len(line) <= _LEAD_IN_MAX_SHARE * typical


def headline_lines_above(lines: list[str], kinds: list[str], a: int, b: int) -> int:
    """Rule ``comma_headline_line``: the first line of the headline run ``a..b`` that heads a
    story, moved up over at most two lead-in lines (:func:`_is_lead_in`) when the lines
    together still read as one headline block and a finished paragraph, a non-body line or
    the page top stands above them; else ``a``.

    >>> ls = ["上文已经结束，全市今年共新建公园十二座。", "稳住就业基本盘，", "增强发展新动能", "本报北京1月2日电  记者获悉，全市新增就业岗位一万个。"]
    >>> headline_lines_above(ls, ["body", "body", "headline", "byline"], 2, 2)
    1
    >>> ls[0] = "会议强调，要坚持稳中求进，做好各项工作"  # a cut sentence above: the comma line goes on with it
    >>> headline_lines_above(ls, ["body", "body", "headline", "byline"], 2, 2)
    2
    >>> ls = ["小麦长势良好，今年夏粮有望丰收。", "农田水利、", "高标准农田建设提速", "某县新建水渠三十公里。"]
    >>> headline_lines_above(ls, ["body", "body", "headline", "body"], 2, 2)
    1
    >>> ls = ["小麦长势良好，今年夏粮有望丰收。", "全县新建水渠三十公里，灌溉面积明显扩大，", "高标准农田建设提速"]
    >>> headline_lines_above(ls, ["body", "body", "headline"], 2, 2)  # two commas: a text line
    2
    """
    typical = _median_body_len(lines, kinds)
    top = a
    while top > 0 and a - top < _MAX_LEAD_IN_LINES:
        line = lines[top - 1].strip()
        if not _is_lead_in(line, kinds[top - 1], typical) or not _headline_lines_ok([line] + lines[top:b + 1]):
            break
        top -= 1
    if top < a and top > 0 and kinds[top - 1] == "body" and not is_complete(lines[top - 1]):
        return a
    return top
