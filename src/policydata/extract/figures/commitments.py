"""Whether a commitment of a news sentence governs a figure after it (rules ``news_commitment``,
``existing_stock``, ``item_commitment``), and whether the time word that would make the figure a
fact dates an event told before the commitment (rule ``clause_commitment``). Read by
:mod:`.decide`.
"""
from __future__ import annotations

from .anchors import Anchor  # noqa: F401 (doctests)
from .context import Context
from .findings import lexicon
from .frames import _clause_reports_done, _news_commitment
from ...document import Span
from ...text.regex_starts import lexicon_search
from ...text.segment import clause_bounds


def _commitment_carries(sentence: Span, rel: int) -> bool:
    """Whether a commitment earlier in a news sentence (:func:`_news_commitment`) still governs
    the figure (rule ``news_commitment``): not when the figure's clause reports something done,
    nor when a word of now (近日, 目前) comes between the commitment and the figure.

    >>> t = "作为3年资助500名学生的一部分，近日，20名学生开启了行程。"
    >>> [_commitment_carries(Span(0, len(t), t), t.index(n)) for n in ("500", "20名")]
    [True, False]

    Rule existing_stock: a clause saying what there is (…，区内有6座水库) stops the carry.

    >>> t = "管网多按规划铺设，区内有6座水库，可满足园区需要建设2条输水线的条件；该县规划新建水厂3座，将有5个乡镇受益。"
    >>> [_commitment_carries(Span(0, len(t), t), t.index(n)) for n in ("6座", "2条", "3座", "5个")]
    [False, False, True, True]
    """
    word = _news_commitment(sentence, rel)
    if not word or _clause_reports_done(sentence, rel):
        return False
    at = sentence.text.rfind(word, 0, rel)
    after = sentence.text[at + len(word):rel]
    if _inside_earlier_item(sentence.text[:at], after):
        return False
    if lexicon_search(lexicon()["frames"]["news_fact"]["existing_stock_pattern"], sentence.text[at + len(word):rel + 1]):
        return False  # existing_stock: …，域内有10余条… tells what there is now
    return not any(w in after for w in lexicon()["frames"]["news_fact"]["fact_lead_words"])


def _inside_earlier_item(before: str, between: str) -> bool:
    """Rule ``item_commitment``: a commitment inside one item of an enumeration (一是…将…；二是…)
    is that item's predicate; a later item (二是20兆瓦机组) has its own. A commitment before the
    first item (将：一是新建…；二是…) governs them all (lexicon ``frames.item_commitment``).

    >>> [_inside_earlier_item(b, m) for b, m in (("一是新馆", "开放；二是"), ("今年", "重点：一是新建10个；二是"))]
    [True, False]
    """
    rule = lexicon()["frames"]["item_commitment"]
    return lexicon_search(rule["item_before"], before) is not None and lexicon_search(rule["next_item"], between) is not None


def _dated_event_before(sentence: Span, rel: int, time: Anchor | None, time_pos: int | None,
                        ctx: Context) -> bool:
    """Whether the time word that makes a figure a fact is a date of the report year (6月8日,
    5月) in an earlier clause of its sentence, not in the figure's own clause (rule
    ``clause_commitment``): it dates the event told first, not a commitment after it.

    >>> t = "5月，该镇启动建设，计划建设6家工厂。"
    >>> ctx = Context(2026, "", [])
    >>> _dated_event_before(Span(0, len(t), t), t.index("6家"), Anchor("stat", None, "2026-05"), 0, ctx)
    True
    >>> _dated_event_before(Span(0, len(t), t), t.index("6家"), Anchor("stat", 2025, "2025"), 0, ctx)
    False
    >>> t = "一季度，计划总投资亿元以上项目投资同比增长6.3%。"
    >>> _dated_event_before(Span(0, len(t), t), t.index("6.3"), Anchor("stat", None, "2026Q1"), 0, ctx)
    False
    """
    if time is None or time_pos is None or not ctx.report_year:
        return False
    lo, _ = clause_bounds(sentence.text, rel)
    if time_pos - sentence.start >= lo:
        return False
    if lexicon_search(lexicon()["frames"]["clause_commitment"]["measured_pattern"], sentence.text[lo:rel]):
        return False  # 一季度，计划总投资亿元以上项目投资同比增长4.5%: a change measured, a fact
    return time.period.startswith(f"{ctx.report_year}-") or time.period.startswith(f"{ctx.report_year}Q")
