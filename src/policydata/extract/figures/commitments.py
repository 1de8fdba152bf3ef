"""Commitments and forecasts of news sentences: whether a word before a figure makes it a goal even
in a news report (rules ``news_fact``, ``can_get_amount``, ``news_forecast``, ``once_done``, a
plan noun after the figure), whether the figure's own clause reports something done, whether a
commitment earlier in the sentence still governs the figure (rules ``news_commitment``,
``existing_stock``, ``item_commitment``), and whether the time word that would make the figure a
fact dates an event told before the commitment (rule ``clause_commitment``). Read by
:mod:`.decide` and :mod:`.parameters`.
"""
from __future__ import annotations

from .anchors import Anchor  # noqa: F401 (doctests)
from .context import Context
from .findings import lexicon
from .frames import _past_led, jiang_marks_object
from ...document import Span
from ...text.regex_starts import lexicon_finditer, lexicon_match, lexicon_search
from ...text.segment import clause_bounds


def news_commitment(sentence: Span, rel: int) -> str:
    """The commitment before a figure in its sentence that makes it a goal even in a news
    report (将新建, 计划, 力争, 确保, 目标, 可享受…), '' if none; an estimate (预计, 有望) and
    a result now (可达) are no commitment (lexicon ``frames.news_fact``).

    >>> rows = [("今年该镇蔬菜种植面积在1.4万亩左右。", "1.4"), ("今年3万多名果农有望增加收入。", "3万"),
    ...         ("全村产业收入可达350万元。", "350"), ("全年销售额预计超千万元。", "超千"),
    ...         ("今年该市将新建公园10个，总投资5亿元。", "5亿"), ("该县计划今年种植2万亩。", "2万"),
    ...         ("符合条件的农户可享受补贴2000元。", "2000"), ("去年已将补贴提高到500元。", "500"),
    ...         ("集团未来5年技改投入计划超300亿元。", "超300"), ("该企业正实施3年投资15亿元的计划。", "15"),
    ...         ("公司准备3年内投入百亿元用于技改。", "百亿"), ("过去收割小麦，每亩要花费120元。", "120")]
    >>> [news_commitment(Span(0, len(t), t), t.index(n)) for t, n in rows]
    ['', '', '', '', '将', '计划', '可享受', '', '计划', '计划', '准备', '']

    Rule can_get_amount: only an amount or a rate one can get is a parameter; a count of
    services on offer is a fact and commits no later figure.

    >>> rows = [("居民刷卡即可享受8项便民服务，已办理业务3000多笔。", ("8项", "3000")),
    ...         ("新购车辆可获得9折优惠，另有200个名额。", ("9折", "200"))]
    >>> [[news_commitment(Span(0, len(t), t), t.index(n)) for n in ns] for t, ns in rows]
    [['', ''], ['可获得', '可获得']]
    """
    rule = lexicon()["frames"]
    modal = rule["modal_clause"]
    before = sentence.text[:rel]
    if noun := _plan_noun_after(sentence, rel):
        return noun  # 投资21亿元的计划: a plan noun after the figure
    for m in lexicon_finditer(modal["pattern"], sentence.text):
        if m.start() >= rel:
            break
        word = m.group()
        if word in rule["news_fact"]["estimate_words"]:
            continue
        if word == "将" and jiang_marks_object(sentence.text, m.start(), clause_bounds(sentence.text, m.start())[1]):
            continue  # jiang_disposal: 将…纳入, 将…增至: 将 marks the object
        if word == "要" and (lexicon_search(modal["routine_before"], before[:m.start()])
                            or lexicon_match(modal["necessity_after"], sentence.text[rel:])):
            continue  # routine_need: 每天要巡查3遍; necessary_condition: 要经过…后，才能…
        lo = max(before.rfind(c, 0, m.start()) for c in "，,；;") + 1
        if any(w in before[lo:m.start()] for w in modal["past_words"]) or _past_led(before[:m.start()]):
            continue  # 去年已将…; 过去…，要雇用20个人
        return word
    m = lexicon_search(rule["news_fact"]["commitment_pattern"], before)
    can = next((c for c in lexicon_finditer(rule["news_fact"]["can_get_pattern"], before)
                if lexicon_match(rule["news_fact"]["grant_amount_after"], sentence.text[c.end():])), None)
    m = min((x for x in (m, can) if x is not None), key=lambda x: x.start(), default=None)
    return m.group() if m else ""


def _clause_reports_done(sentence: Span, rel: int) -> bool:
    """Whether the figure's own clause reports something done (已, 了, 去年: lexicon
    ``frames.modal_clause.past_words``) or now (近日, 目前: ``frames.news_fact.fact_lead_words``):
    规划面积10平方公里，已入驻企业50家 -> 50 is a fact.

    >>> t = "园区规划面积10平方公里，已入驻企业50家，近日又有3家签约。"
    >>> [_clause_reports_done(Span(0, len(t), t), t.index(n)) for n in ("10", "50", "3家")]
    [False, True, True]
    """
    frames = lexicon()["frames"]
    lo, _ = clause_bounds(sentence.text, rel)
    words = frames["modal_clause"]["past_words"] + frames["news_fact"]["fact_lead_words"]
    return any(w in sentence.text[lo:rel] for w in words)


def _own_clause_commitment(sentence: Span, rel: int) -> str:
    """The news commitment (:func:`news_commitment`) that stands in the figure's own clause
    (项目规划建设4台机组，目前已开工2台 -> 规划 for 4台, '' for 2台), '' if none.

    >>> t = "该项目规划建设4台机组，目前已开工2台。"
    >>> [_own_clause_commitment(Span(0, len(t), t), t.index(n)) for n in ("4台", "2台")]
    ['规划', '']
    """
    word = news_commitment(sentence, rel)
    lo, hi = clause_bounds(sentence.text, rel)
    return word if word and (word in sentence.text[lo:rel] or word in sentence.text[rel:hi]) else ""


def _news_forecast(sentence: Span, rel: int) -> str:
    """The forecast word that makes a news figure look ahead (rule ``news_forecast``): 有望
    in its own clause, or 届时 or a finished-project clause (投产后, 建成后: rule ``once_done``)
    earlier in its sentence before the figure, '' if none.

    >>> rows = [("今年，该公司订单量有望突破20亿元。", "20"), ("届时，园区年产值有望突破150亿元。", "150"),
    ...         ("届时全县将建成公园8个。", "8"), ("今年全镇3万多名果农有望增加收入。", "3万"),
    ...         ("有望增收，全年产值5亿元。", "5"), ("全年销售额预计超千万元。", "超千"),
    ...         ("电站建成后，年发电量可达9亿千瓦时。", "9"), ("电站建成后，已发电9亿千瓦时。", "9")]
    >>> [_news_forecast(Span(0, len(t), t), t.index(n)) for t, n in rows]
    ['有望', '有望', '届时', '', '', '', '建成后', '']
    """
    rule = lexicon()["frames"]["news_fact"]
    lo, _ = clause_bounds(sentence.text, rel)
    m = lexicon_search(rule["forecast_pattern"], sentence.text[lo:rel])
    if m:
        return m.group()
    before = sentence.text[:rel]
    m = lexicon_search(rule["once_done_pattern"], before)
    if m and not any(w in before for w in lexicon()["frames"]["modal_clause"]["past_words"]):
        return m.group()  # once_done: 项目投产后，每年可发电…: what the finished project will yield
    return next((w for w in rule["by_then_words"] if w in before), "")


def _plan_noun_after(sentence: Span, rel: int) -> str:
    """The plan noun right after a figure that names it a plan (实施3年投资15亿元的计划), ''
    if none or when the clause before reports it done (完成了…的计划).

    >>> t = "该企业正实施3年投资15亿元的计划。"
    >>> _plan_noun_after(Span(0, len(t), t), t.index("15"))
    '计划'
    >>> t = "去年完成了投资21亿元的计划。"
    >>> _plan_noun_after(Span(0, len(t), t), t.index("21"))
    ''
    """
    rule = lexicon()["frames"]
    m = lexicon_match(rule["news_fact"]["plan_after"], sentence.text[rel:])
    if m is None:
        return ""
    lo, _ = clause_bounds(sentence.text, rel)
    if any(w in sentence.text[lo:rel] for w in rule["modal_clause"]["past_words"] + ["完成"]):
        return ""
    return m.group()[-2:]


def _commitment_carries(sentence: Span, rel: int) -> bool:
    """Whether a commitment earlier in a news sentence (:func:`news_commitment`) still governs
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
    word = news_commitment(sentence, rel)
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
