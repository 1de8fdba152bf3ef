"""Where the clause (between ，；。：…) or the bracket pair around a position begins and ends."""
from __future__ import annotations

import re


_CJK = re.compile(r"[\u4e00-\u9fff]")
_SEGMENT_BREAK = "，,；;：:。！？!?\n"


def _inside_brackets(text: str, start: int, end: int, open_: str, close: str, max_chars: int) -> bool:
    """Whether text[start:end] sits inside open_…close with at most max_chars between them."""
    lo = text.rfind(open_, max(0, start - max_chars), start)
    if lo < 0 or text.find(close, lo, start) >= 0:
        return False
    hi = text.find(close, end, lo + max_chars + 2)
    return hi >= 0


def _segment_bounds(text: str, pos: int) -> tuple[int, int]:
    """The stretch between the clause breaks (，；。：…) around pos."""
    pos = max(0, min(pos, len(text)))  # callers may ask just past the end (n.end + 1)
    lo = pos
    while lo > 0 and text[lo - 1] not in _SEGMENT_BREAK:
        lo -= 1
    hi = pos
    while hi < len(text) and text[hi] not in _SEGMENT_BREAK:
        hi += 1
    return lo, hi
