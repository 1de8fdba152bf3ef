"""Paired marks: the one place that says which marks open and close a quotation or a bracket.

Every rule that counts, strips or balances quotation marks and brackets reads its marks from
here (layout: a headline's closing quote, an unbalanced line; extract: a verb inside 《》 or “”),
so that a mark added to one pair is seen by all of them.

>>> OPENING_MARKS, CLOSING_QUOTES
('“‘「『《（(', '”’」』')

The rules that rejoin a line cut inside a bracket, a title or a quotation (``layout.reflow``) ask
whether a line closes what the text before it left open (:func:`closes_open_bracket`, …).
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


def closes_open_bracket(text: str, line: str) -> bool:
    """Does ``text`` leave one bracket open that ``line`` closes, with no bracket of its own?

    >>> closes_open_bracket("（作者为某大学教授，本报记者张", "三采访整理）"), closes_open_bracket("甲市（乙县）", "丙镇）")
    (True, False)
    """
    opened = text.count("（") + text.count("(") - text.count("）") - text.count(")")
    inner = line[:-1]
    return opened == 1 and line[-1:] in "）)" and not any(m in inner for m in "（()）")


def closes_open_title(text: str, line: str) -> bool:
    """Does ``text`` end inside a book title 《… that ``line`` closes before it opens another?

    >>> closes_open_title("市里印发《社区养老服务", "规范》，明确了标准"), closes_open_title("印发《规范》", "《办法》")
    (True, False)
    """
    close, open_ = line.find("》"), line.find("《")
    return text.rfind("《") > text.rfind("》") and close > 0 and (open_ < 0 or close < open_)


def closes_open_quote(text: str, line: str) -> bool:
    """Does ``text`` leave a quotation open that ``line`` closes before it opens one, with a
    sentence end or nothing but the closing mark after the words (…他们能接 | 受吗？”)?

    >>> closes_open_quote("他问：“我们的客户能接", "受吗？”"), closes_open_quote("他问：“我们能接受吗？”", "“好”")
    (True, False)
    >>> closes_open_quote("他说：“我们", "“好”的标准")
    False
    """
    close, open_ = line.find("”"), line.find("“")
    return text.count("“") > text.count("”") and close > 0 and (open_ < 0 or close < open_) \
        and line.rstrip().endswith("”")
