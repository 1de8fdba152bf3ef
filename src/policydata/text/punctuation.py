"""Rule half_width_view: one spelling of Chinese punctuation for the rules that read the text.

Texts copied from the web often write the sentence marks of Chinese half-width (``,`` ``;``
``:`` ``(`` ``)`` ``?`` ``!`` between Chinese characters), while the rule tables are written
with the full-width marks (``[^，。；]``: a clause ends at ``，``). :func:`full_width_view`
gives the text with each half-width sentence mark replaced by its full-width form, one
character for one, so every offset stays the same: a reader matches its rules on the view
and takes its quotes from the original text. Marks inside numbers stay as written: the
thousands separator (``1,234``), the colon of a ratio or a time (``9:1``, ``10:30``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..document import Article

_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}
# a comma between digits with three after it is a thousands separator (1,234);
# a colon between digits is a ratio or a time (9:1, 10:30)
_KEEP = re.compile(r"(?<=\d),(?=\d{3}(?!\d))|(?<=\d):(?=\d)")
_MARKS = re.compile(r"[,;:()?!]")


def full_width_view(text: str) -> str:
    """``text`` with its half-width sentence marks full-width, offsets unchanged.

    >>> full_width_view("全年增长4.5%,其中:工业(含建筑业)增长6%;比例为9:1,收入1,234元")
    '全年增长4.5%，其中：工业（含建筑业）增长6%；比例为9:1，收入1,234元'
    >>> full_width_view("到10:30结束?是的!")
    '到10:30结束？是的！'
    """
    if not _MARKS.search(text):
        return text
    keep = {m.start() for m in _KEEP.finditer(text)}
    return "".join(_FULL[ch] if ch in _FULL and i not in keep else ch for i, ch in enumerate(text))


def full_width_article(article: Article) -> Article:
    """The article as :func:`full_width_view` reads it (text, title and blocks), the same
    object when it has no half-width mark, so offsets into either text are the same."""
    text = full_width_view(article.text or "")
    if text == article.text:
        return article
    return replace(article, text=text, title=full_width_view(article.title or ""),
                   blocks=[replace(b, text=full_width_view(b.text)) for b in article.blocks])
