"""Rule spaced_date (a capability, not a phrase): dates as a PDF converter writes them.

Text converted from PDF often puts a space on both sides of every Arabic number: 至 2025 年
3 月底, 截至 2024 年底, 2025 年 1—9 月. The time-expression rules are written for the
unspaced form (至2025年3月底), so these spaces are read as absent. ``despace_dates`` returns a
copy without the spaces that stand between a number and a date character (年, 月, 日, 号, 底,
末, 份) or between a date word (年, 月, 至, 到, 止, 自, 从, 截至) and a number, plus the map from
each character of the copy back to the text as written, so that every span found in the copy
is reported on the text as written (quotes keep their spaces). Spaces between two numbers
(2024 2025 in a table row) or between words are kept.
"""
from __future__ import annotations

import re

#: a run of spaces after a number and before a date character, or after a date word and
#: before a number (the spaces a PDF converter puts around an Arabic number)
SPACED_DATE = re.compile(r"(?<=[0-9])[ \u3000\u00a0\t]{1,3}(?=[年月日号底末份])"
                         r"|(?<=[年月至到止自从])[ \u3000\u00a0\t]{1,3}(?=[0-9])")


def despace_dates(text: str) -> tuple[str, list[int]] | None:
    """(the text without date spaces, index of each kept character in ``text``), or None
    when the text holds no spaced date.

    >>> compact, where = despace_dates("至 2025 年 3 月底，已整改")
    >>> compact, where[compact.index("3")]
    ('至2025年3月底，已整改', 9)
    >>> despace_dates("2025年3月底") is None, despace_dates("2024 2025") is None
    (True, True)
    """
    if not SPACED_DATE.search(text):
        return None
    keep = [True] * len(text)
    for m in SPACED_DATE.finditer(text):
        for i in range(m.start(), m.end()):
            keep[i] = False
    where = [i for i, k in enumerate(keep) if k]
    return "".join(text[i] for i in where), where


def span_on_text(where: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of the text as written that a span ``start:end`` of the copy covers.

    >>> span_on_text([0, 2, 3, 5], 1, 3)
    (2, 4)
    """
    if start >= end:
        pos = where[start] if start < len(where) else (where[-1] + 1 if where else 0)
        return pos, pos
    return where[start], where[end - 1] + 1
