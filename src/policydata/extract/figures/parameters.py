"""Figures a rule sets or a goal lead frames (rules ``policy_parameter``, ``parameter_year`` and
``goal_frame``): policy parameters read by their construction, and the quantities a goal year
leading a paragraph governs (``lexicons/figures.json`` → ``frames.policy_parameter``)."""
from __future__ import annotations

from ...document import Span
from ...recognize.timeexpr import find_time_expressions
from ...text.regex_starts import lexicon_match, lexicon_search
from ...text.segment import clause_bounds
from .anchors import Anchor
from .context import Context
from .findings import lexicon, parameter_noun_after
from .commitments import _clause_reports_done
from .frames import _after_number, _standing_fact


def _policy_parameter(sentence: Span, rel: int, official: bool, review: bool = False) -> str:
    """Rule ``policy_parameter``: the name of the construction that makes the figure a parameter a
    rule or an authority sets (corpus README: targets that are policy parameters), '' if none
    (lexicon ``frames.policy_parameter``; read outside review parts only, by the caller). The
    constructions: parameter_noun (the unit then 额度/标准/上限/账期…), price_adjustment (每吨下调…),
    rate_standard (按…的标准), provision_condition (…达到N%的，可…) and, in official texts only,
    permissive_provision (可 + verb before the figure in its clause). A clause that reports the
    past (已, 曾, 了) sets none; in a review part (``review``) only the first two, which name the
    parameter itself, count (…督促企业落实30天账期: a term a body holds firms to, also when reported).

    >>> def rule(t, n, official=True):
    ...     return _policy_parameter(Span(0, len(t), t), t.index(n), official)
    >>> [rule("额度由每户3000元提高到每户8000元额度。", "8000"), rule("向中小企业付款执行45天账期。", "45"),
    ...  rule("自今日起，电价每千瓦时分别下调2分、3分。", "2分"), rule("补助按3个月的工资标准发放。", "3个"),
    ...  rule("招用人数达到职工总数20%的，可申请贴息。", "20"), rule("对守信企业，可退还其上年缴纳费用的40%。", "40")]
    ['parameter_noun', 'parameter_noun', 'price_adjustment', 'rate_standard', 'provision_condition', 'permissive_provision']
    >>> [rule("对守信企业，可退还其上年缴纳费用的40%。", "40", official=False), rule("全县已建成标准厂房5万平方米。", "5"),
    ...  rule("居民人均可支配收入3.2万元。", "3.2"), rule("可再生能源装机达到40%。", "40"), rule("猪肉价格每斤下降2元。", "2"),
    ...  rule("发布5项标准。", "5"), rule("已按3个月的标准发放。", "3")]
    ['', '', '', '', '', '', '']
    >>> def reviewed(t, n):
    ...     return _policy_parameter(Span(0, len(t), t), t.index(n), True, review=True)
    >>> [reviewed("督促企业落实45天账期。", "45"), reviewed("补助按3个月的工资标准发放。", "3个")]
    ['parameter_noun', '']
    """
    rule = lexicon()["frames"]["policy_parameter"]
    text = sentence.text
    lo, hi = clause_bounds(text, rel)
    clause = text[lo:rel]
    if lexicon_search(rule["past_words"], clause):
        return ""
    if lexicon_match(parameter_noun_after(), _after_number(text, rel)):
        return "parameter_noun"
    before = lexicon()["comparator_rules"]["listed_amounts_end"].sub("", text[:rel])  # 分别下调5元、3元
    if lexicon_search(rule["adjustment_before"], before):
        return "price_adjustment"
    if review:
        return ""
    if lexicon_search(rule["standard_before"], clause) and lexicon_match(rule["standard_after"], text[rel:hi]):
        return "rate_standard"
    if lexicon_match(rule["condition_after"], text[rel:]):
        return "provision_condition"
    if official and lexicon_search(rule["permissive"], clause):
        return "permissive_provision"
    return ""


def _parameter_year(f) -> int | None:
    """Rule ``parameter_year``: a policy parameter (rule policy_parameter) has no year of its own;
    a time word of its sentence after the report year (a window: 2027年1月1日至12月31日，…可按…)
    gives the year it applies in; a past or present one (上年度…的50%, 自4月1日起) gives none.

    >>> from policydata.extract.figures.decide import _Figure
    >>> def year(t, n):
    ...     return _parameter_year(_Figure(Span(0, len(t), t), t.index(n), t.index(n), Context(2026, "", []), None, "",
    ...                                    None, False, False, None))
    >>> [year("可返还其上年度缴纳费用的40%。", "40"), year("2027年1月1日至12月31日，补助可按3个月的标准确定。", "3个"),
    ...  year("自4月1日起，电价每千瓦时下调2分。", "2分")]
    [None, 2027, None]
    """
    if not f.ctx.report_year:
        return None
    years = [t.year for t in find_time_expressions(f.sentence.text[:f.rel], f.ctx.report_year)
             if t.year and t.year > f.ctx.report_year]
    return max(years) if years else None


def _goal_frame(f) -> bool:
    """Rule ``goal_frame``: a paragraph led by a goal year (实施意见提出：到2030年，…。培育10家…。
    建成50个…) frames the quantities of its later sentences: a figure whose sentence names no time
    of its own (the next dated sentence ends the frame, as the paragraph's anchor is replaced) and
    whose clause reports nothing done or standing (已, 目前, 累计) is a goal of that year, in news too.

    >>> from policydata.extract.figures.decide import _Figure
    >>> def goal(t, n, paragraph, time=None, mode=""):
    ...     ctx = Context(2026, "", [], paragraph=paragraph, genre="news")
    ...     return _goal_frame(_Figure(Span(0, len(t), t), t.index(n), t.index(n), ctx, time, mode, None, False, False, None))
    >>> lead = Anchor("target", 2030)
    >>> [goal("培育10家龙头企业，建成50个示范园区。", "50个", lead), goal("目前已建成12个园区。", "12", lead),
    ...  goal("全县累计建成12个园区。", "12", lead), goal("培育10家龙头企业。", "10", Anchor("stat", 2025, "2025")),
    ...  goal("培育10家龙头企业。", "10", lead, time=Anchor("stat", 2026, "2026")),
    ...  goal("培育10家龙头企业。", "10", Anchor("target", 2020)), goal("培育10家龙头企业。", "10", lead, mode="review")]
    [True, False, False, False, False, False, False]
    """
    led = f.ctx.paragraph
    if led.role != "target" or not led.year or not f.ctx.report_year or led.year < f.ctx.report_year:
        return False
    if f.time is not None or f.mode == "review" or "review" in (f.ctx.frame, f.ctx.doc_frame):
        return False
    return not _clause_reports_done(f.sentence, f.rel) and not _standing_fact(f.sentence, f.rel, False)
