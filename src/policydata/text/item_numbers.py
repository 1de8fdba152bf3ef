"""Rule item_numbers: the numbers that open a numbered item or heading, one set for every stage.

第一章, 一、, （二）, 3. and （4） open the items and headings of a document's outline. Section
headings (:mod:`policydata.recognize.sections`), the measures walk's heading levels and its
responsibility notes (rule note_item_scope), and the figures' indicators (rule item_number_strip)
all read them from ``lexicons/item_numbers.json``, compiled here once. A reader that needs them
otherwise takes a named level scheme (``outline``, ``sections``) or a named list of forms
(``inline``, ``item_start``) of that one set, never a pattern of its own.

Rule item_number_not_before_digit: a digit's mark is no item mark when a digit follows it
(1.5万吨 is a decimal, not item 1).

>>> heading_level("一、总体要求"), heading_level("（4）其他"), heading_level("（4）其他", "sections")
(1, 4, 3)
>>> heading_level("1.5万吨粮食"), item_start().sub("", "2.粮食产量")
(0, '粮食产量')
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load

__all__ = ["LEXICON", "heading_level", "level_numbers", "item_start", "inline_item", "item_number"]

#: the data file of the item numbers, under ``lexicons/``
LEXICON = "item_numbers.json"


def _alternation(forms) -> str:
    """The named forms as one non-capturing alternation."""
    pats = load(LEXICON)["forms"]
    return "(?:" + "|".join(pats[name] for name in forms) + ")"


@lru_cache(maxsize=None)
def item_number(*forms: str) -> str:
    """The named ``forms`` of the one set (``forms`` of the lexicon: chapter, chinese,
    chinese_bracketed, digit, digit_bracketed) as one non-capturing alternation, unanchored: for a
    rule that reads an item number as one part of a pattern of its own (rule so_far_this_year:
    一、年初以来，…).

    >>> rx = re.compile(item_number("chinese", "digit_bracketed"))
    >>> [bool(rx.fullmatch(t)) for t in ("三、", "十二．", "（3）", "3.", "（三）")]
    [True, True, True, False, False]
    """
    return _alternation(forms)


@lru_cache(maxsize=None)
def level_numbers(scheme: str = "outline") -> tuple[tuple[int, re.Pattern], ...]:
    """(level, the number of that level, anchored at the start) for each level of ``scheme``
    (``levels`` of the lexicon), shallowest first, compiled once.

    >>> [level for level, _ in level_numbers("sections")]
    [1, 2, 3]
    """
    levels: dict[int, list[str]] = {}
    for form, level in load(LEXICON)["levels"][scheme].items():
        if not form.startswith("_"):
            levels.setdefault(level, []).append(form)
    return tuple((level, re.compile("^" + _alternation(forms))) for level, forms in sorted(levels.items()))


def heading_level(text: str, scheme: str = "outline") -> int:
    """The level of the number ``text`` opens with (white space before it aside) in ``scheme``, 0
    when it opens with none.

    ``outline``: 第一章 and 一、 1, （一） 2, 1. 3, （1） 4; ``sections``: the same, but （1） is 3.

    >>> [heading_level(h) for h in ("一、总体要求", "（二）加强保障", "3．强化考核", "（4）其他", "工作措施")]
    [1, 2, 3, 4, 0]
    >>> heading_level("第三章 保障措施"), heading_level("二.主要任务"), heading_level("2025年工作回顾")
    (1, 1, 0)
    """
    text = text.lstrip()
    return next((level for level, number in level_numbers(scheme) if number.match(text)), 0)


@lru_cache(maxsize=1)
def item_start() -> re.Pattern:
    """Rule item_number_strip: a list item's number at the start of a text (``item_start`` forms).

    >>> [item_start().sub("", s) for s in ("1.城镇新增就业", "（二）粮食产量", "（3）用水总量", "5G基站")]
    ['城镇新增就业', '粮食产量', '用水总量', '5G基站']
    """
    return re.compile("^" + _alternation(load(LEXICON)["item_start"]["forms"]))


@lru_cache(maxsize=1)
def inline_item() -> re.Pattern:
    """Rule note_item_scope: an item number that opens an item inside a paragraph, at the text's
    start or after a sentence end or a space (``inline`` forms and ``after``).

    >>> [m.group() for m in inline_item().finditer("稳增长。 1.扩大投资；（二）促消费，增长1.5%。")]
    ['1.', '（二）']
    """
    inline = load(LEXICON)["inline"]
    return re.compile(f"(?:^|(?<={inline['after']})){_alternation(inline['forms'])}")
