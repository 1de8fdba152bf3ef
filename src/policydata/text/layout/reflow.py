"""Hard-wrapped pages without blank lines: physical lines back into paragraph lines.

pdftotext's default mode gives one physical line per output line and no blank lines:
every column line of every article is a line of its own, and the articles' columns have
different widths. ``reflow_wrapped`` joins a line to the one before it when that one
filled its column (rule ``column_line_full``), so that the page reads as one paragraph a
line (``running_blocks``). The column width is local: the most common display width of
the lines around (a full-width character counts 1, a half-width one ½: digit runs and
half-width marks make a full line hold more characters). A line does not go on in the next
when the next is a byline, caption, source or editor line, opens a dateline, or is a short
line without a sentence end (a headline); a full line that ends a sentence goes on only
into a line that does not open a paragraph; a line wider than its column (a headline over
several columns) goes on in none.
"""
from __future__ import annotations

import re
from collections import Counter

from .blocks import classify_block, opener, starts_paragraph
from .continuation import _join
from .rules import page_rules, rules

_TOKEN = re.compile(r"[0-9][0-9.,]*%?|[A-Za-z]+|.")
_NEW_BLOCK_KINDS = ("byline", "caption", "meta", "attribution", "end", "info")


def display_width(text: str) -> float:
    """Width in full-width characters: a half-width (ASCII) character counts ½.

    >>> display_width("增长5.0%，"), display_width("四季度")
    (5.0, 3.0)
    """
    return sum(0.5 if ord(c) < 128 else 1.0 for c in text)


def _column_widths(widths: list[float], window: int) -> list[float]:
    """The column width around each line: the most common rounded width of the lines
    within ``window`` lines of it (lines of at least 6 characters; ties: the wider)."""
    rounded = [round(w) if w >= 6 else 0 for w in widths]
    out = []
    for k in range(len(widths)):
        near = Counter(w for w in rounded[max(0, k - window):k + window + 1] if w)
        out.append(max(near, key=lambda w: (near[w], w)) if near else 0.0)
    return out


def _cut_before_token(lines: list[str], k: int, width: float) -> bool:
    """Does line k end short only because the next line's first token (a digit run, a
    Latin word) would not fit in its column (…全国固定资产投资（不含农户） | 102708亿元…)?"""
    if k + 1 >= len(lines):
        return False
    token = _TOKEN.match(lines[k + 1])
    return bool(token) and len(token.group()) > 1 and len(lines[k]) + len(token.group()) > width


def is_column_set(lines: list[str]) -> bool:
    """Are the lines set in columns: at least ``reflow_full_share`` of them as wide as
    the column around them (by either measure)? Short lines of varying length (a
    paragraph a line, headlines, lists) are not.

    >>> is_column_set(["初步核算，一季度国内生产总", "值同比增长较快，比上年四季", "度有所加快。", "产业方面，一产增长较快，二", "产增长平稳。"])
    True
    >>> is_column_set(["甲省部署经济工作", "记者 张三 甲省报道", "前三季度,甲省经济稳定恢复,就业保持稳定。", "地方稳增长瞄准", "扩投资、促消费、稳工业"])
    False
    """
    run = page_rules().running
    long_lines = [ln for ln in lines if len(ln) >= 6]
    if not long_lines:
        return False
    full = [False] * len(long_lines)
    for measure in (lambda t: float(len(t)), display_width):
        widths = [measure(ln) for ln in long_lines]
        columns = _column_widths(widths, run["reflow_window"])
        full = [f or (c >= run["reflow_min_width"] and abs(w - c) <= 1) for f, w, c in zip(full, widths, columns)]
    # a column's full lines mostly end mid-sentence (a paragraph a line ends each on a mark)
    unfinished = [f for f, ln in zip(full, long_lines) if f and ln[-1] not in rules().terminators + "，,、"]
    return sum(full) >= run["reflow_full_share"] * len(long_lines) and 2 * len(unfinished) >= sum(full)


def reflow_wrapped(lines: list[str]) -> list[str]:
    """Paragraph lines of a hard-wrapped page without blank lines.

    >>> reflow_wrapped(["稳外贸政策见效", "本报北京1月5日电  今年以", "来，全市外贸进出口增长", "5.2%，比上年加快1.1个",
    ...                 "百分点。", "海关总署介绍，新兴市场", "贸易占比继续提高。"])
    ['稳外贸政策见效', '本报北京1月5日电  今年以来，全市外贸进出口增长5.2%，比上年加快1.1个百分点。', '海关总署介绍，新兴市场贸易占比继续提高。']
    """
    if not lines:
        return []
    run = page_rules().running
    terminators = rules().terminators
    # two measures of a line: characters (text layers that set every character in one
    # cell) and display width (half-width characters in half a cell)
    measures = [[float(len(ln)) for ln in lines], [display_width(ln) for ln in lines]]
    columns = [_column_widths(m, run["reflow_window"]) for m in measures]
    out = [lines[0]]
    for k in range(1, len(lines)):
        prev, line = lines[k - 1], lines[k]
        token = _TOKEN.match(line)
        token = token.group() if token else line[:1]
        fulls, wides = [], []
        for measure, column, size in zip(measures, columns, (float(len(token)), display_width(token))):
            width, have = column[k - 1], measure[k - 1]
            wides.append(have > width + 1.5)  # wider than its column: a headline
            fulls.append(width >= run["reflow_min_width"] and have <= width + 1.5
                         and (have >= width - 0.5 or have + size > width + 0.5))
        full = any(fulls) and not all(wides)  # full by either measure
        kind = classify_block(line)
        new_block = (kind in _NEW_BLOCK_KINDS or classify_block(prev) in _NEW_BLOCK_KINDS
                     or bool(opener(line))
                     or (kind == "headline" and len(line) < columns[0][k - 1] - 1.5
                         and display_width(line) < columns[1][k - 1] - 1.5
                         and not _cut_before_token(lines, k, columns[0][k])))
        if full and prev.rstrip()[-1] in terminators and starts_paragraph(line):
            new_block = True
        if full and not new_block:
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
    return out
