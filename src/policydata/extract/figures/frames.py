"""The named frame rules (FRAME_RULES): stretches and clauses whose figures share a role
ahead of section headings and review parts (``lexicons/figures.json`` → ``frames``)."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from ...document import Block, Span
from ...recognize.quantities import find_quantities
from ...recognize.timeexpr import find_time_expressions
from ...text.segment import clause_bounds
from .anchors import _years_of
from .findings import lexicon
from .deadlines import time_limit
from ...text.regex_starts import lexicon_finditer, lexicon_fullmatch, lexicon_last, lexicon_match, lexicon_search

_SENTENCE_END = re.compile(r"[。！？!?\n]")  # a sentence end before the colon
_OPENING_SENTENCE_END = re.compile(r"[。！？\n]")  # a sentence end in a document's opening


@dataclass(frozen=True)
class Frame:
    """A stretch of text whose figures share a role set by a named rule (a list's lead)."""

    start: int
    end: int
    role: str
    year: int | None
    rule: str
    cue: str  # the lead words that set it


#: The named rules that set a figure's frame ahead of section headings and review parts
#: (their word lists: ``lexicons/figures.json`` → ``frames``).
FRAME_RULES = {
    "plan_horizon": "a document made for a plan period: goals with no year are due at its end",
    "standing_fact": "累计/已/连续N年 with no time word of its own: the reporting year",
    "list_frame": "an enumerated list introduced by a colon after a goal word: every item is a target",
    "modal_clause": "a future modal (将/要/计划/力争…) before the figure in its clause: a target",
    "done_action": "共计/总投资 + amount after 下达/批复/核准… in its sentence, no future word before it: a statistic",
    "policy_cap": "最高 (可/给予/不超过) right before the figure: a cap a policy sets, a target without a year",
    "time_limit": "a duration closed by 内 after a norm word in its clause (须在5个工作日内办结): a deadline a rule sets, "
                  "a target without a year",
    "news_plan": "in a news report, a plan noun right after the figure (投资21亿元的计划): a target",
    "news_forecast": "in a news report, 有望 in the figure's clause or 届时 earlier in its sentence (订单量有望突破20亿元): "
                     "a forward-looking figure, a target",
    "clause_commitment": "a date of the report year in an earlier clause (5月，…启动建设，计划建设6家工厂) times the event "
                         "told first, and a time word after the figure (计划建设8家工厂，目前…已投产) a later clause: a "
                         "modal or forecast in the figure's own clause still makes a target",
    "policy_grant": "对…的 + (再)给予 right before the figure: a grant a policy sets for a class of recipients, a target "
                    "without a year (outside review parts)",
    "policy_parameter": "a parameter a rule or an authority sets, read by construction (N元额度, 50%的标准, 每吨下调N元, "
                        "按…的标准, …达到N%的，可…, and in official texts 可 + verb before it): a target without a year "
                        "of its own, outside review parts",
    "goal_frame": "a paragraph led by a goal year (实施意见明确：到2027年，…。推出1000个…) frames the quantities of its "
                  "later sentences that name no time of their own and report nothing done: targets of that year",
    "physical_capability": "最高可达 + a physical measure (主塔最高可达65.3米): what a thing can do, a fact, not a cap",
    "news_fact": "in a news report, a figure of this year with no commitment before it in its sentence "
                 "(今年…面积1.4万亩左右, 有望…2万多名, 可达350万元): a statistic of the publication year",
    "caption_fact": "in a photo caption, a commitment word that is no modal (准备展出的2600多种蔬菜, 规划…) describes "
                    "what the picture shows at its moment: a statistic of the publication date; 将/计划/力争 still commit",
    "news_commitment": "in a news report, a commitment earlier in the figure's sentence (规划建设4台机组，总投资达…; "
                       "确保…, 目标…): a target, where no modal of the figure's own clause already said so",
    "clause_commitment_news": "in a news report, a commitment in the figure's own clause (规划建设4台机组，目前已开工2台) "
                              "beats a time word of a later clause: a target",
    "estimate_lead": "in a news report, figures after 根据测算/据估算 report a computed estimate: statistics",
    "norm_floor": "不低于/不少于/不小于 before the figure in its clause (采购占比原则上不低于30%): a lower bound a rule sets, "
                  "a target outside review parts, also in a news report of a new rule",
    "norm_ceiling": "不超过/不高于/不大于 before the figure in its clause (补贴不超过500元): an upper bound a rule sets, a "
                    "target outside review parts and news reports (where it describes how a thing performs)",
    "document_content": "in a news report, the new document as subject setting something out before the figure "
                        "(指南…提出12个一级指标): a parameter the rule sets, a target",
    "span_total": "N年累计 / N年来…累计 before a total: the N years up to the year under review (五年累计 -> 2021/2025)",
    "span_average": "N年平均 / N年年均 right before the figure in its clause: the N years ending in the year the "
                    "sentence is about (2021年…两年平均增长6% -> 2020/2021)",
    "compared_goal": "a comparison word + number + 的…目标 after a reported fact (增长5.2%，高于5%的预期目标): the number is "
                     "the goal of the period under review (a target, comparator = or ~), its goal word no cue for the fact",
}


def _plan_horizon(text: str, report_year: int | None, title: str = "") -> int | None:
    """The last year of the plan period a policy document is made for, named in its
    opening (在“十四五”期间…组织实施…，特制定本方案 -> 2025); None otherwise.

    >>> _plan_horizon("在“十四五”期间，市农业农村局将组织实施“良种推广行动”，特制定本实施方案。", 2021)
    2025
    >>> _plan_horizon("“十四五”时期，全市经济实现稳定增长。", 2026)
    >>> _plan_horizon("一、总体要求", 2024, title="某市数字经济三年行动方案（2024—2026年）")
    2026

    Rule ``headline_horizon``: a deadline in the headline (到2030年某市公交站点覆盖率超95%; 2030年前…)
    frames the whole article under it: the body's goals with no year of their own (力争用4年
    时间，…覆盖率超过95%) are due then. A deadline already past, or two different ones, frame nothing.

    >>> rows = [("到2030年某市公交站点覆盖率超95%", 2026, 2030), ("某县力争2028年前建成新机场", 2026, 2028),
    ...         ("到2020年某县建成基站100个", 2026, None), ("到2027年建成10个、到2030年建成30个", 2026, None),
    ...         ("某市召开推进会", 2026, None)]
    >>> [_plan_horizon("正文。", y, title=t) for t, y, _ in rows] == [h for _, _, h in rows]
    True
    """
    rule = lexicon()["frames"]["plan_horizon"]
    title = title or text.lstrip().split("\n", 1)[0]
    m = lexicon_search(rule["title_span_pattern"], title)
    if m and any(w in title for w in rule["title_words"]) and (not report_year or int(m.group("year")) >= report_year):
        return int(m.group("year"))  # title_span_horizon: 三年行动方案（2024—2026年） -> 2026
    if not m:
        deadlines = {t.year for t in find_time_expressions(title, report_year) if t.kind == "deadline" and t.year}
        if len(deadlines) == 1 and (not report_year or min(deadlines) >= report_year):
            return deadlines.pop()  # headline_horizon: 到2030年… over the article
    opening = text[:rule["opening_chars"]]
    for sent in _OPENING_SENTENCE_END.split(opening):
        if not any(w in sent for w in rule["making_words"]):
            continue
        for t in find_time_expressions(sent, report_year):
            if t.kind == "plan_period" and any(t.text.endswith(w) or sent.startswith(w, t.end)
                                               for w in rule["period_words"]) \
                    and (not report_year or t.year >= report_year):
                return t.year
    return None


def _list_frames(text: str, blocks: list[Block], report_year: int | None) -> list[Frame]:
    """Target frames of lists introduced by a colon whose lead names goals.

    >>> t = "一、2025年工作回顾\\n主要预期目标为：地区生产总值增长6.5%左右；收入增长3%。其后。"
    >>> blocks = [Block("heading", 0, 10, t[:10]), Block("body", 11, len(t), t[11:])]
    >>> [(t[f.start:f.end], f.year, f.rule) for f in _list_frames(t, blocks, 2026)]
    [('地区生产总值增长6.5%左右；收入增长3%。', 2026, 'list_frame')]
    >>> t = "到2030年，主要目标是：\\n（一）森林覆盖率达到45%。\\n（二）新建公园10个。\\n其他工作。"
    >>> blocks, pos = [], 0
    >>> for line in t.split("\\n"):
    ...     blocks.append(Block("body", pos, pos + len(line), line)); pos += len(line) + 1
    >>> f = _list_frames(t, blocks, 2026)[0]
    >>> (t[f.start:f.end], f.year)
    ('\\n（一）森林覆盖率达到45%。\\n（二）新建公园10个。', 2030)
    """
    rule = lexicon()["frames"]["list_frame"]
    annual = lexicon()["target_cues"]["annual"]["words"]
    frames: list[Frame] = []
    blocks = [b for b in blocks if b.end > b.start]
    for i, block in enumerate(blocks):
        body = text[block.start:block.end]
        for m in _list_colon().finditer(body):
            colon = block.start + m.start()
            lead_start = max(block.start, colon - rule["lead_max_chars"])
            lead = _SENTENCE_END.split(text[lead_start:colon])[-1]
            cue = next((w for w in rule["lead_words"] if w in lead), "")
            if not cue or any(w in lead for w in rule["lead_past_words"]):
                continue
            stop = text.find("。", colon, block.end)
            end = stop + 1 if stop >= 0 else block.end
            if not text[colon + 1:block.end].strip():
                # the colon ends its paragraph: the items are the paragraphs that follow
                for nxt in blocks[i + 1:]:
                    if not lexicon_match(rule["item_pattern"], text[nxt.start:nxt.end]):
                        break
                    end = nxt.end
            if end <= colon + 1:
                continue
            years = [t for t in find_time_expressions(lead, report_year)
                     if t.kind in ("deadline", "year", "relative", "plan_period") and t.year]
            year = years[-1].year if years else None
            if year is None and report_year and any(w in lead for w in annual + lexicon()["list_frame_year_words"]):
                year = report_year
            frames.append(Frame(colon + 1, end, "target", year, "list_frame", lead.strip()))
    return frames


@lru_cache(maxsize=1)
def _list_colon() -> re.Pattern:
    """A colon that may close a list frame's lead (``frames.list_frame.colon_chars``), compiled once."""
    return re.compile(f"[{re.escape(lexicon()['frames']['list_frame']['colon_chars'])}]")


@lru_cache(maxsize=256)  # asked per figure and per cue strength of one sentence; bounded: no gain from repeats
def _compared_goal_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Rule ``compared_goal``: the stretches 高于5%左右的预期目标 that name the goal a reported
    fact is measured against (lexicon ``frames.compared_goal``), as (start, end) in ``sentence``.

    >>> t = "全年地区生产总值增长5.7%，高于5%左右的预期目标。"
    >>> [t[a:b] for a, b in _compared_goal_spans(t)]
    ['高于5%左右的预期目标']
    >>> _compared_goal_spans("力争实现增长5%的目标。")
    ()
    """
    pattern = lexicon()["frames"]["compared_goal"]["pattern"]
    return tuple(m.span() for m in lexicon_finditer(pattern, sentence))


def _compared_goal(sentence: Span, rel: int) -> bool:
    """Whether the figure at ``rel`` is the goal of a compared_goal stretch (高于``5%``的预期目标).

    >>> t = "城镇调查失业率为4.5%，低于5.5%的控制目标。"
    >>> [_compared_goal(Span(0, len(t), t), t.index(n)) for n in ("4.5", "5.5")]
    [False, True]
    """
    return any(a <= rel < b for a, b in _compared_goal_spans(sentence.text))


def _frame_at(frames: list[Frame], pos: int) -> Frame | None:
    return next((f for f in frames if f.start <= pos < f.end), None)


def _span_years(sentence: Span, rel: int) -> int | None:
    """Rule ``span_total``: the N of a stretch of N years (N ≥ 2) before a total in its sentence
    (五年累计完成投资…, 五年来，…累计新增…), None if none (lexicon ``frames.span_total``).

    >>> rows = [("五年累计完成投资12万亿元。", "12"), ("五年来，全省累计新增就业320万人。", "320"), ("全省累计建成基站20万个。", "20"),
    ...         ("相比2020年累计增长40%。", "40")]  # 2020年 is no stretch of 20 years
    >>> [_span_years(Span(0, len(t), t), t.index(n)) for t, n in rows]
    [5, 5, None, None]
    """
    m = lexicon_search(lexicon()["frames"]["span_total"]["pattern"], sentence.text[:rel])
    years = _years_of(m.group("n")) if m else None
    return years if years and years >= 2 else None


def _average_years(sentence: Span, rel: int) -> int | None:
    """Rule ``span_average``: the N of an average over N years (N ≥ 2) right before the figure
    in its clause (两年平均增长6%, 三年年均增长5%), None if none (lexicon ``frames.span_average``).

    >>> rows = [("产值比上年增长9%，两年平均增长7%。", "7%"), ("产值比上年增长9%，两年平均增长7%。", "9%"),
    ...         ("全镇三年年均增收4.5%。", "4.5"), ("去年平均气温15度。", "15"), ("2021年平均工资8万元。", "8万"),
    ...         ("五年来，年均增长6%。", "6%")]
    >>> [_average_years(Span(0, len(t), t), t.index(n)) for t, n in rows]
    [2, None, 3, None, None, None]
    """
    lo, _ = clause_bounds(sentence.text, rel)
    m = lexicon_search(lexicon()["frames"]["span_average"]["pattern"], sentence.text[lo:rel])
    years = _years_of(m.group("n")) if m else None
    return years if years and years >= 2 else None


def _span_average(sentence: Span, rel: int, other_period) -> tuple[str, tuple] | None:
    """Rule ``span_average``: 两年平均增长6% covers the N years ending in the year that
    ``other_period()`` (the later period rules) gives the figure (2021 -> '2020/2021'); None
    without an N-year average or when that period is no single year.

    >>> t = "2021年，产值比上年增长9%，两年平均增长7%。"
    >>> [_span_average(Span(0, len(t), t), t.index(n), lambda: ("2021", ())) for n in ("7%", "9%")]
    [('2020/2021', ()), None]
    >>> _span_average(Span(0, len(t), t), t.index("7%"), lambda: ("2021-01/2021-06", ())) is None
    True
    """
    n = _average_years(sentence, rel)
    found = other_period() if n else None
    if not found or not re.fullmatch(r"\d{4}", found[0]):
        return None
    return f"{int(found[0]) - n + 1}/{found[0]}", ()


def _standing_fact(sentence: Span, rel: int, own_time: bool) -> str:
    """The cue that states a figure as a standing fact (累计, 已, 连续), '' if none or when
    the sentence dates the figure itself (2025年累计…) or names a past year word (去年…).

    >>> t = "甲省分中心已建成24个公共服务平台。"
    >>> _standing_fact(Span(0, len(t), t), t.index("24"), False)
    '已'
    >>> _standing_fact(Span(0, len(t), t), t.index("24"), True)
    ''
    >>> t = "长期以来，该类案件占全部案件的六成。"
    >>> _standing_fact(Span(0, len(t), t), t.index("六成"), False)
    '长期以来'
    """
    if own_time:
        return ""
    rule = lexicon()["frames"]["standing_fact"]
    lo, _ = clause_bounds(sentence.text, rel)
    clause = sentence.text[lo:rel]
    if any(w in sentence.text[:rel] for w in rule["past_words"]):
        return ""
    # rule standing_opener: 长期以来，…约占八成 -- a sentence opened as a lasting state
    opener = next((w for w in rule["openers"] if sentence.text.lstrip(" \u3000“").startswith(w)), "")
    return opener or next((w for w in rule["words"] if w in clause), "")


def _leading_at_least(rest: str) -> str:
    """The 至少 (至少有, 至少要有) a figure starts with, or '': 确保每个村|至少有1名… reads as a guarantee."""
    m = re.match(r"至少(?:要?有)?", rest)
    return m.group() if m else ""


def _norm_bound(sentence: Span, rel: int, news: bool = False) -> str:
    """Rule ``norm_floor`` (``norm_ceiling``): a lower bound (an upper bound, outside news reports)
    a rule sets before the figure in its clause, directly or over the base of a share, makes
    the figure a parameter, a target; '' when there is none or the clause reports the past (已,
    了: lexicon ``frames.modal_clause.past_words``).

    >>> rows = [("采购占比原则上不低于30%。", "30"), ("购买比例不低于年度采购总额的15%。", "15"),
    ...         ("以建成运行不少于3年的园区为评价对象。", "3"), ("去年已建成不少于5个站点。", "5"),
    ...         ("产量不低于去年，增长3%。", "3"), ("份额原则上不低于20%。", "原则上"), ("每户补贴不超过500元。", "500"),
    ...         ("确保每个村至少有1名医生。", "1名"), ("每个村至少有1名医生。", "1名"), ("保证每间教室至少有一台。", "至少")]
    >>> [_norm_bound(Span(0, len(t), t), t.index(n)) for t, n in rows]
    ['norm_floor', 'norm_floor', 'norm_floor', '', '', 'norm_floor', 'norm_ceiling', 'guaranteed_minimum', '', 'guaranteed_minimum']
    >>> _norm_bound(Span(0, 10, "定位误差不超过5厘米"), 7, news=True)
    ''
    """
    rule = lexicon()["frames"]["norm_floor"]
    lo, _ = clause_bounds(sentence.text, rel)
    clause, rest = sentence.text[lo:rel], sentence.text[rel:]
    if lexicon_search(rule["pattern"], clause) or lexicon_match(rule["figure_start"], rest):
        name = "norm_floor"
    elif lexicon_search(rule["guarantee_pattern"], clause + _leading_at_least(rest)):
        name = "guaranteed_minimum"  # 确保每个村至少有1名医生: a floor a body commits to
    elif not news and (lexicon_search(rule["ceiling_pattern"], clause) or lexicon_match(rule["ceiling_figure_start"], rest)):
        name = "norm_ceiling"
    else:
        return ""
    return "" if any(w in clause for w in lexicon()["frames"]["modal_clause"]["past_words"]) else name


def _document_content(sentence: Span, rel: int) -> bool:
    """Rule ``document_content``: the document as subject setting something out before the
    figure in its sentence (指南…提出12个一级指标) tells what a rule sets (lexicon
    ``frames.document_content``); read in news reports only.

    >>> rows = [("指南从3个方面提出12个一级指标。", "12个"), ("《办法》规定，每户补贴不超过500元。", "500"),
    ...         ("全市新建基站300个，方案实施顺利。", "300"), ("《发展报告》明确，产量增长5%。", "5%"),
    ...         ("《评价指南（试行）》划分为3个等级。", "3个"), ("方案提出以来，已建成基站300个。", "300")]
    >>> [_document_content(Span(0, len(t), t), t.index(n)) for t, n in rows]
    [True, True, False, False, True, False]
    """
    m = lexicon_search(lexicon()["frames"]["document_content"]["pattern"], sentence.text[:rel])
    return m is not None and not any(w in m.group("rest") for w in lexicon()["frames"]["modal_clause"]["past_words"])


def _modal_clause(sentence: Span, rel: int) -> str:
    """The future modal before the figure in its own clause ('' if none, or if the
    clause reports the past: 已将…, 去年…了).

    >>> t = "2026年，将新建5G基站1500个。"
    >>> _modal_clause(Span(0, len(t), t), t.index("1500"))
    '将'
    >>> t = "主要畜禽养殖综合机械化率达到58%。"
    >>> _modal_clause(Span(0, len(t), t), t.index("58"))
    ''
    >>> t = "去年已将补贴标准提高到500元。"
    >>> _modal_clause(Span(0, len(t), t), t.index("500"))
    ''
    >>> t = "以前收割小麦，每亩要花费120元。"
    >>> _modal_clause(Span(0, len(t), t), t.index("120"))
    ''

    Rule necessary_condition: 要…，才能… states a need before something else happens, no goal.

    >>> [_modal_clause(Span(0, len(t), t), t.index("12")) for t in ("每台机器要经过12道工序后，才能出厂。",
    ...                                                             "今年要新建12个站点，方便群众出行。")]
    ['', '要']
    """
    rule = lexicon()["frames"]["modal_clause"]
    lo, _ = clause_bounds(sentence.text, rel)
    clause = sentence.text[lo:rel]
    m = lexicon_last(rule["pattern"], clause)
    if m is None or any(w in clause for w in rule["past_words"]) or _past_led(sentence.text[:lo + m.start()]):
        return ""
    if m.group() == "将" and jiang_marks_object(sentence.text, lo + m.start(), clause_bounds(sentence.text, rel)[1]):
        return ""  # jiang_disposal: 将…作为/纳入, 将…增至: 将 marks the object, not the future
    if m.group() == "要" and lexicon_search(rule["routine_before"], clause[:m.start()]):
        return ""  # routine_need: 一天下来要检测10多次 -- how the work goes, not a goal
    if m.group() == "要" and lexicon_match(rule["necessity_after"], sentence.text[rel:]):
        return ""  # necessary_condition: 要经过12道工序后，才能出厂 -- a need before something else
    return m.group()


def jiang_marks_object(text: str, at: int, end: int) -> bool:
    """Rule ``jiang_disposal``: 将 at ``at`` marks the object of a disposal verb before ``end`` (the
    clause's end), so it is no future marker: 将A作为B, 将A纳入B (``modal_clause.ba_verbs``), or an
    object of two characters or more and a verb with a result complement (将新接订单增至12艘, 将首批
    9项事项下放到街道). 将 right before a verb (将提高到, 将建成) or before a preposition or an adverb
    (将在…, 将进一步…, 将于…: ``jiang_future_openers``) is the future.

    >>> rows = [("某船企将新接订单增至12艘", True), ("某区将首批8项审批事项交给街道", True),
    ...         ("将农村公路纳入考核", True), ("将收入提高到5000元", True), ("将提高到5000元", False),
    ...         ("将进一步提高到5000元", False), ("将建成道路30公里", False), ("将于年底投用8座", False),
    ...         ("将新建基站300个", False), ("将为企业节约成本10%", False)]
    >>> [(t, jiang_marks_object(t, t.index("将"), len(t))) for t, _ in rows] == rows
    True

    The measures ask the same of 将 by a rule of their own (why two rules: see
    ``extract.measures.modals.future_before_object``).
    """
    rule = lexicon()["frames"]["modal_clause"]
    after = text[at + 1:end]
    if text[at:at + 1] != "将" or after.startswith(tuple(rule["jiang_future_openers"])):
        return False
    if any(w in after for w in rule["ba_verbs"]):
        return True
    return any(m.start() >= 2 for m in lexicon_finditer(rule["jiang_disposal_complement"], after))


def _modal_after_figure(sentence: Span, rel: int) -> str:
    """Rule ``modal_after_figure``: the modal that follows the figure and its noun in its own
    clause (剩余8台将于年底前投用, 首批20个村计划纳入试点名单), '' if none: the things counted are
    what is planned. 将 that marks an object (将资金纳入预算) is no modal.

    >>> def modal(t, n):
    ...     return _modal_after_figure(Span(0, len(t), t), t.index(n))
    >>> [modal("目前已建成30座，剩余8座将于年底前投用。", "8座"), modal("首批20个村计划纳入试点名单。", "20个"),
    ...  modal("目前已建成30座，剩余8座年底前投用。", "8座"), modal("已建成30座，将近一半在山区。", "30座"),
    ...  modal("全县5个乡镇将资金纳入预算。", "5个"), modal("新开工120个计划总投资超亿元的项目。", "120")]
    ['将于', '计划', '', '', '', '']
    """
    rule = lexicon()["frames"]["modal_clause"]
    m = lexicon_match(rule["after_figure_pattern"], sentence.text[rel:])
    if m is None:
        return ""
    _, hi = clause_bounds(sentence.text, rel)
    if m.group().endswith("将") and jiang_marks_object(sentence.text, rel + m.end() - 1, hi):
        return ""  # jiang_disposal: 将资金纳入预算 -- 将 marks the object
    return m.group()[len(m.group().rstrip("将于要计划拟预计")):]


def _past_led(before: str) -> str:
    """The past time word leading a clause of ``before`` (过去, 以前, 原来…) when no clause
    led by a present or future word (今年, 如今…) follows it, else '': the stretch tells of
    the past, so a modal in it (要雇用 = needed) sets no goal (``modal_clause.past_lead``).

    >>> rows = ["她回忆说：过去秋收晾晒，自家院子", "以前办一次证要", "过去插秧靠人工，今年春耕",
    ...         "该县计划", "过去五年，全县", "据介绍，"]
    >>> [_past_led(t) for t in rows]
    ['过去', '以前', '', '', '过去', '']
    """
    rule = lexicon()["frames"]["modal_clause"]
    m = lexicon_last(rule["past_lead"], before)
    if m is None or lexicon_search(rule["present_lead"], before[m.end():]):
        return ""
    return m.group("word")


def _done_action(sentence: Span, rel: int) -> str:
    """The action verb when a figure is the total of an action reported as done (下达…，
    共计约860亿元), '' otherwise (lexicon ``frames.done_action``).

    >>> t = "近日，省财政厅组织下达2027年第一批重点项目清单和专项资金计划，共计约860亿元，加快拨付。"
    >>> _done_action(Span(0, len(t), t), t.index("约860"))
    '下达'
    >>> t = "明年将下达中央预算内投资计划，共计约3000亿元。"
    >>> _done_action(Span(0, len(t), t), t.index("约3000"))
    ''
    """
    rule = lexicon()["frames"]["done_action"]
    before = sentence.text[:rel]
    if not lexicon_search(rule["total_before"], before) or lexicon_search(rule["future_before"], before):
        return ""
    return next((w for w in rule["verbs"] if w in before), "")


def _policy_cap(sentence: Span, rel: int, end: int) -> str:
    """The rule by which a figure is a cap a policy sets, '' if none: ``policy_cap``, 最高 right
    before it (lexicon ``comparator_rules.cap_before``), or ``time_limit``, a deadline (应在5个
    工作日内完成: :func:`deadlines.time_limit`): a parameter, a target whatever date the sentence names.

    >>> rows = [("对改建项目给予最高1500万元补助。", "1500万元"), ("权重最高可加至300%。", "300%"),
    ...         ("单日客流最高达50万人次。", "50万人次"), ("最高气温38℃。", "38℃"), ("须在10天内整改。", "10天内"),
    ...         ("贴息比例最高可提升至60%。", "60%")]
    >>> [_policy_cap(Span(0, len(t), t), t.index(n), t.index(n) + len(n)) for t, n in rows]
    ['policy_cap', 'policy_cap', '', '', 'time_limit', 'policy_cap']
    """
    pattern = lexicon()["comparator_rules"]["cap_before"]
    if lexicon_search(pattern, sentence.text[:rel]) is not None and not _physical_capability(sentence, rel):
        return "policy_cap"
    return "time_limit" if time_limit(sentence, rel, end) else ""


def _condition_threshold(sentence: Span, rel: int) -> bool:
    """Rule ``condition_threshold``: a figure followed in its sentence by a deeming clause (达到80%的
    签约率，即可视同完成; 满5年的视同…) is a threshold a rule sets: a parameter with no year.

    >>> rows = [("居民签字率达到80%，即可视同完成动员。", "80"), ("签字率达到80%，动员完成。", "80"),
    ...         ("参保满15年的，视同缴费。", "15")]
    >>> [_condition_threshold(Span(0, len(t), t), t.index(n)) for t, n in rows]
    [True, False, True]
    """
    return lexicon_match(lexicon()["frames"]["condition_threshold"]["after_pattern"], sentence.text[rel:]) is not None


def quoted_standard(text: str, pos: int) -> bool:
    """Rule ``quoted_standard``: quotes around a list of two or more quantified terms, each
    opening with a number (“1次申报、2天办结、0费用”), state a service standard a body sets:
    its figures are parameters (targets without a year), not a name like “3个一批”.

    >>> rows = [("实行“1次申报、2天办结、0费用”服务", "2天"), ("实施“3个一批”工程", "3个"),
    ...         ("推行“5G+工业互联网”", "5G"), ("承诺“3天发证、1次办结”", "1次")]
    >>> [quoted_standard(t, t.index(n)) for t, n in rows]
    [True, False, False, True]
    """
    return quoted_standard_span(text, pos) is not None


def quoted_standard_span(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the quoted standard (:func:`quoted_standard`) around pos, quotes included:
    each of its figures quotes the whole standard."""
    rule = lexicon()["frames"]["quoted_standard"]
    lo = text.rfind("“", max(0, pos - rule["max_chars"]), pos)
    hi = text.find("”", pos, pos + rule["max_chars"])
    if lo < 0 or hi < 0 or "”" in text[lo + 1:pos]:
        return None
    items = text[lo + 1:hi].split("、")
    ok = len(items) >= 2 and all(lexicon_fullmatch(rule["item"], item) for item in items)
    return (lo, hi + 1) if ok else None


def _policy_grant(sentence: Span, rel: int) -> bool:
    """Whether 对…的(企业)，(再)给予 right before a figure sets a grant for a class of recipients
    (lexicon ``comparator_rules.grant_before``): a policy's parameter.

    >>> rows = [("对首次上规模的企业，再给予30万元奖励。", "30"), ("对新认定的企业给予1万元奖励。", "1万"),
    ...         ("市财政给予企业补贴500万元。", "500"), ("对符合条件者给予每人2000元补助。", "2000"),
    ...         ("对获评的示范企业给予 10万元奖励。", "10"), ("对企业给予补贴，共计500万元。", "500"),
    ...         ("按设备投资额的15%给予补助。", "15"), ("给予每人每月2000元生活补贴。", "2000"),
    ...         ("按投资额的15%计算，全年投资500亿元。", "15")]
    >>> [_policy_grant(Span(0, len(t), t), t.index(n)) for t, n in rows]
    [True, True, False, True, True, False, True, True, False]
    """
    rule = lexicon()["comparator_rules"]
    before = rule["listed_amounts_end"].sub("", sentence.text[:rel])  # 分别给予10万元、20万元奖励
    if lexicon_search(rule["grant_before"], before) or lexicon_search(rule["grant_amount_before"], before):
        return True
    # 按设备投资额的15%给予补助: a rate of a base that a grant is paid at
    return lexicon_search(rule["grant_rate_before"], before) is not None and \
        lexicon_match(rule["grant_rate_after"], _after_number(sentence.text, rel)) is not None


def _after_number(text: str, rel: int) -> str:
    """The text after the number that starts at ``rel`` (its digits, unit and bound skipped)."""
    m = re.match(r"[\d０-９.．]+\s*(?:%|％|‰|个百分点|倍)?(?:以上|以下|左右)?", text[rel:])
    return text[rel + (m.end() if m else 0):]


def _physical_capability(sentence: Span, rel: int) -> bool:
    """Whether 最高可达 + the figure states what a thing can do (rule ``physical_capability``):
    a physical measure, not money, a share or a count a rule allows.

    >>> rows = [("新建大桥主塔最高可达65.3米。", "65.3"), ("单机日处理能力最高可达到300吨。", "300"),
    ...         ("每户补贴最高可达5000元。", "5000"), ("权重最高可达150%。", "150"), ("最高2000万元补贴。", "2000")]
    >>> [_physical_capability(Span(0, len(t), t), t.index(n)) for t, n in rows]
    [True, True, False, False, False]
    """
    rule = lexicon()["comparator_rules"]
    if not lexicon_search(rule["capability_before"], sentence.text[:rel]):
        return False
    found = find_quantities(sentence.text[rel:rel + 24])
    return bool(found) and found[0].start == 0 and bool(found[0].unit.strip()) \
        and found[0].unit.strip() not in rule["capability_units_not"]


_YEAR_SPAN = re.compile(r"(?:19|20)\d{2}/(?P<end>(?:19|20)\d{2})")  # a span of whole years (2021/2025)


def _plan_period_stock(sentence: Span, rel: int, period: str) -> str:
    """Rule ``plan_period_stock``: under a past plan period (“十四五”时期，…) dating the figure's
    sentence with ``period``, a stock reached by its end (全省已建成各类孵化载体1736个) is of the
    period's last year, returned; what was done over it (累计服务企业超310万家次, 五年投入…) covers
    the span: '' (corpus README: a span only when the figure covers it).

    >>> t = "“十四五”时期，全省已建成孵化载体1736个，累计服务企业超310万家次，投入资金50亿元。"
    >>> [_plan_period_stock(Span(0, len(t), t), t.index(n), "2021/2025") for n in ("1736", "310", "50亿")]
    ['2025', '', '']
    """
    span = _YEAR_SPAN.fullmatch(period or "")
    if span is None:
        return ""
    lo, _ = clause_bounds(sentence.text, rel)
    clause = sentence.text[lo:rel]
    rule = lexicon()["frames"]["standing_fact"]
    if any(w in clause for w in rule["span_flow_words"]) or not lexicon_search(rule["stock_pattern"], clause):
        return ""
    return span.group("end")
