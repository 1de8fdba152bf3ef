"""Target-year defaults per text type (rules of :data:`decide.TARGET_YEAR_RULES` that apply when
no time word, list lead, heading or paragraph gave a goal its year).

Rule ``news_commitment_year``: in a news report, a goal the figure's own clause says will happen
(将, 还将, 即将: lexicon ``frames.modal_clause.will_words``) with no time word of its own is a goal of the year
of publication (corpus README: targets ``target_year``, 今年 → the report's year; a news report's
今年 and its undated facts use the publication year, its undated commitments likewise). Not a
forecast (预计, 有望, 可达: a projection of a firm or project, target_year null) and not a
parameter (those are decided before, with no year). A plan word (计划, 拟, 力争) of a firm may
span years: it keeps no year unless a time word gives one.
"""
from __future__ import annotations

from ...document import Span
from ...text.regex_starts import lexicon_search
from ...text.segment import clause_bounds
from .findings import lexicon
from .commitments import news_commitment
from .frames import _modal_clause

def news_commitment_year(f) -> int | None:
    """Rule ``news_commitment_year`` (see the module docstring): the report year for a news goal
    whose own clause says it will happen, None otherwise.

    >>> from policydata.extract.figures.decide import _Figure
    >>> from policydata.extract.figures.context import Context
    >>> def year(t, n, genre="news"):
    ...     ctx = Context(2026, "", [], genre=genre)
    ...     return news_commitment_year(_Figure(Span(0, len(t), t), t.index(n), t.index(n), ctx, None, "",
    ...                                         None, False, False, None))
    >>> [year("入汛后，合作社将抢收8种早熟瓜果。", "8种"), year("会后，代表们还将参观4个示范村。", "4个"),
    ...  year("该厂计划新上3条生产线。", "3条"), year("新园区预计年产值可达20亿元。", "20"),
    ...  year("投产后，年产值有望达到6亿元。", "6亿"), year("合作社将抢收8种早熟瓜果。", "8种", genre="official"),
    ...  year("该镇已将补贴提高到500元。", "500")]
    [2026, 2026, None, None, None, None, None]

    Rules will_carries and open_future: a 将 earlier in the sentence that made the figure a goal
    (news_commitment) dates it too; an open-ended future before it (随着未来…, 今后) names no year.

    >>> def carried(t, n):
    ...     f = _Figure(Span(0, len(t), t), t.index(n), t.index(n), Context(2026, "", [], genre="news"), None, "",
    ...                 None, False, False, None)
    ...     f.rule_name = "news_commitment"
    ...     return news_commitment_year(f)
    >>> [carried("此外，该港将开通两条航线，每周往返船舶12艘。", "12"), carried("该园计划扩建厂房，年产能力3000吨。", "3000"),
    ...  carried("新厂将面向本地市场，首期规划生产4款机型。", "4款"),
    ...  year("随着未来新桥建成，两岸将实现10分钟通达。", "10"), year("今后，村里将每年培训200人。", "200"),
    ...  year("未来3年，该市将新建学校5所。", "5所")]
    [2026, None, None, None, None, 2026]
    """
    ctx = f.ctx
    if ctx.genre != "news" or not ctx.report_year:
        return None
    rule = lexicon()["frames"]["modal_clause"]
    word = _modal_clause(f.sentence, f.rel)
    if word not in rule["will_words"] and f.rule_name == "news_commitment":
        # will_carries: 同时，甲站将接入多条线路，每日开行列车208列 -- the 将 of an earlier
        # clause that made the figure a goal (rule news_commitment) says it will happen too
        word = news_commitment(f.sentence, f.rel)
        between = f.sentence.text[f.sentence.text.rfind(word, 0, f.rel) + len(word):f.rel] if word else ""
        if any(lexicon_search(pattern, between) for pattern in (
                rule["pattern"], lexicon()["frames"]["news_fact"]["commitment_pattern"])):
            return None  # 工厂将立足…，首期规划投产3款车型: a plan word nearer the figure keeps no year
    if word not in rule["will_words"]:  # 将, 即将: will happen
        return None
    if lexicon_search(rule["open_future_pattern"], f.sentence.text[:f.rel]):
        return None  # open_future: 随着未来…，甲站将实现15分钟互通 -- no year of its own
    lo, _ = clause_bounds(f.sentence.text, f.rel)
    clause = f.sentence.text[lo:f.rel]
    if lexicon_search(lexicon()["frames"]["news_fact"]["forecast_pattern"], clause):
        return None  # 将有望达到…: a forecast, no year
    return ctx.report_year
