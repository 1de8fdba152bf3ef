"""Rule side_by_side_columns: a layout policydata does not read, said instead of merged silently.

``pdftotext -layout`` (and any copy of a page kept "as it looks") prints the columns of a page
side by side: each line holds a line of one column, a run of spaces, then a line of the next
column. The readers take a line as one piece of one column (text.layout), so such a page would be
read as one garbled article. What policydata reads: one text column per line -- running text,
pages with blank lines between blocks, and hard-wrapped pages with their columns one after another
(pdftotext's default mode).

A line is side by side when a gap of spaces (3 or more, or 2 ideographic spaces, or a tab) splits it
into pieces of which at least two hold a run of text (``_MIN_HAN`` Chinese characters): a table row
(指标    5.6    增长) or a masthead (某某日报    2026年4月2日    第3版) holds one such piece at most.
"""
from __future__ import annotations

import re

__all__ = ["side_by_side_lines", "side_by_side_warning"]

_GAP = re.compile(r"(?: {3,}|\u3000{2,}|\t+)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MIN_HAN = 6          # a piece of a column line holds at least this many Chinese characters
_MIN_LINES = 3        # so many side-by-side lines at least ...
_MIN_SHARE = 0.25     # ... and this share of the lines with Chinese text


def _is_side_by_side(line: str) -> bool:
    pieces = _GAP.split(line.strip())
    return sum(len(_HAN.findall(p)) >= _MIN_HAN for p in pieces) >= 2


def side_by_side_lines(text: str) -> tuple[int, int]:
    """(lines printed side by side, lines with Chinese text) of ``text``.

    >>> side_by_side_lines("稳就业政策持续发力          乡村振兴步伐加快见效\\n"
    ...                    "一季度全国城镇新增就业308万人          今年以来某省累计投入衔接资金\\n"
    ...                    "指标      5.6      增长")
    (2, 3)
    """
    lines = [ln for ln in text.split("\n") if _HAN.search(ln)]
    return sum(_is_side_by_side(ln) for ln in lines), len(lines)


def side_by_side_warning(text: str, name: str) -> str:
    """One line saying that ``text`` holds columns printed side by side, '' when it does not.

    >>> side_by_side_warning("一季度全国城镇新增就业308万人     今年以来某省累计投入衔接资金\\n" * 4, "p.txt")[:60]
    'p.txt: 4 of 4 lines hold columns side by side (pdftotext -la'
    >>> side_by_side_warning("正文一行，没有并排的栏。\\n第二行。", "a.txt")
    ''
    """
    side, total = side_by_side_lines(text)
    if side < _MIN_LINES or side < _MIN_SHARE * total:
        return ""
    return (f"{name}: {side} of {total} lines hold columns side by side (pdftotext -layout output), a "
            "layout policydata does not read: the columns are merged into garbled text; convert without "
            "-layout (one column after another) or give one column per file")
