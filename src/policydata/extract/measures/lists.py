"""Sentences and clauses that announce a list (rules list_intro, list_lead): the list's items are
the measures, the announcing clause or sentence only names them as a whole. The walk
(:mod:`.walk`, :mod:`.sentence_measures`) asks these before it opens a measure.
"""
from __future__ import annotations

import re

from ...document import Span
from .clauses import _trim, non_measure_rule


#: rule list_intro: a clause that is only a word announcing a list (包括：, 主要有：, 具体如下：)
_LIST_INTRO = re.compile(r"(?:具体|主要)?(?:包括|有|如下)[：:]?")


def _introduces_list(text: str, next_clause: Span) -> bool:
    """Rule list_intro: the next clause only announces a list (办好15件民生实事，包括：为…): the
    clause before it names the list as a whole, its items are the measures.

    >>> t = "办好10件民生实事，包括：新建养老中心。"
    >>> _introduces_list(t, Span(10, 13, "包括：")), _introduces_list(t, Span(13, 20, "新建养老中心。"))
    (True, False)
    """
    s, e = _trim(text, next_clause.start, next_clause.end)
    return s < e and _LIST_INTRO.fullmatch(text, s, e) is not None


def _leads_a_list(text: str, clauses: list[Span]) -> bool:
    """Rule list_lead: a sentence that ends by announcing the list after it (…，抓好如下重点任务： /
    …，重点做好以下工作：, rule agenda, closed by a colon) sums up the items of that list: the items
    are the measures, the sentence's own clauses (培养一批人才, 吸引一批专家) are their summary.

    >>> t = "围绕产业升级，培养一批专业人才，抓好如下重点任务："
    >>> _leads_a_list(t, [Span(0, 7, ""), Span(7, 16, ""), Span(16, 25, "")])
    True
    >>> t = "培养一批专业人才，实施重点项目。"
    >>> _leads_a_list(t, [Span(0, 9, ""), Span(9, 16, "")])
    False
    """
    if not clauses:
        return False
    if not text[clauses[-1].start:clauses[-1].end].rstrip().endswith(("：", ":")):
        return False
    s, e = _trim(text, clauses[-1].start, clauses[-1].end)
    return non_measure_rule(text[s:e].rstrip("：:")) == "agenda"
