"""Paired marks: the one place that says which marks open and close a quotation or a bracket.

Every rule that counts, strips or balances quotation marks and brackets reads its marks from
here (layout: a headline's closing quote, an unbalanced line; extract: a verb inside 《》 or “”),
so that a mark added to one pair is seen by all of them.

>>> OPENING_MARKS, CLOSING_QUOTES
('“‘「『《（(', '”’」』')
"""
from __future__ import annotations

#: quotation marks, each as its opening and closing mark (corner quotes of traditional setting too)
QUOTE_PAIRS = ("“”", "‘’", "「」", "『』")
#: title marks and parentheses, full and half width
BRACKET_PAIRS = ("《》", "（）", "()")
MARK_PAIRS = QUOTE_PAIRS + BRACKET_PAIRS
#: marks that open a quotation or a bracket
OPENING_MARKS = "".join(pair[0] for pair in MARK_PAIRS)
#: marks that close a quotation or a bracket
CLOSING_PAIR_MARKS = "".join(pair[1] for pair in MARK_PAIRS)
#: marks that close a quotation
CLOSING_QUOTES = "".join(pair[1] for pair in QUOTE_PAIRS)

