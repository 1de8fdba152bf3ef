"""What the document and the paragraph read so far say about the figures to come (the Context)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...document import Article, Span, body_text
from ..context import data_report_frame
from ...recognize.sections import Section, enclosing_sections
from ...recognize.timeexpr import TimeExpr, find_time_expressions
from .anchors import Anchor, _anchor_of
from .cues import _cue_role
from .findings import lexicon, time_rules
from .frames import _compared_goal_spans
from ...text.regex_starts import lexicon_match


@dataclass
class Context:
    """Everything _decide needs besides the sentence itself."""

    report_year: int | None
    prior: str
    sections: list[Section]
    paragraph: Anchor = field(default_factory=Anchor)
    last_past_year: int | None = None  # latest explicit past year seen so far
    last_period: str = ""  # latest leading sub-year period of the section (前三季度)
    doc_frame: str = ""  # 'review' for a communique / data release / news report of data
    frame: str = ""  # 'review' inside a part opened by 过去一年/一年来…, else ''
    frame_year: int | None = None  # the year a review frame looks at when not the year before (so_far_this_year)
    work_done_part: bool = False  # under a plan-worded heading that names work done (work_done_heading)
    plan_year: int | None = None  # this year's plan: set by a 今年/预期目标 paragraph
    plan_year_pos: int = -1  # where that paragraph starts
    doc_period: str = ""  # reporting months named in the title or lead (1-2月 -> 2021-01/2021-02)
    communique_year: int | None = None  # the same year, for a statistical communiqué only (rule communique_relative_year)
    example_left: int = 0  # paragraphs left in a worked example (举个例子：某企业…), 0 outside one
    sub_period: str = ""  # latest quarter/month period named in the paragraph so far (一季度 -> 2022Q1)
    horizon: int | None = None  # last year of the plan period the document is made for (_plan_horizon)
    today: str = ""  # the document's ISO date (DocumentContext.date): months after it are still to come
    genre: str = ""  # DocumentContext.genre: 'news' dates this year's facts to the publication year
    past_year_left: int = 0  # news: paragraphs after this one that last_past_year still dates
    story_day: tuple[int, int, int] | None = None  # news: (year, month, day) of the story's dateline (news_bare_day)
    past_year_scene: bool = False  # news: the sentence naming last_past_year had no figure (it sets a scene)
    period_scene: bool = False  # news: the sentence that set last_period had no figure (今年2月，…一艘巨轮…)
    caption: bool = False  # reading a photo caption (read apart): it tells the picture's moment (caption_fact)
    #: news: the year of the data the latest release or cited report presents (news_released_year,
    #: news_cited_report; news_years.carry_released). Not derived from ``subject_period``: the two are set
    #: and ended by different sentences. This is local: any figure-free release sentence sets it, and with
    #: it ``last_past_year`` for a few paragraphs; :mod:`.decide` (rule since_year_span) asks whether the past
    #: year carried now (``last_past_year``) is a release's, not a scene's. ``subject_period`` is the
    #: article's: only a lead (or the first cited report) sets it, a paragraph opening on the year of
    #: publication ends it, and a review's title sets it with no release at all. Checked round 20: the
    #: two agree wherever decide reads released_year on the readable sets (one news document), but a
    #: later release sentence, or a subject year that ended, would make them part.
    released_year: int | None = None
    #: Rule ``subject_year``, the one reading of the past year (or month) a text reports on throughout:
    #: set by a data report's or a review's title or first line (DocumentContext.reviewed_year, rule
    #: reviewed_year), by a news lead presenting a past year's data (news_subject_year), or by a news
    #: sentence citing a report of a past year for what it shows (news_cited_report, when nothing set
    #: it before); in news a paragraph opening on the year of publication or ahead ends it
    #: (news_years.subject_year_ends); a document's own title year holds to its end. Its undated figures,
    #: 全年/年末, 12月份 and 当年 take it (PERIOD_RULES subject_year, anchors report_year_months).
    subject_period: str = ""

    def subject_year(self) -> int | None:
        """The year of ``subject_period`` (2025 for '2025-12'; the last year of a span: 2025 for
        '2021/2025', the year under review at its end), None without one."""
        return int(self.subject_period[-4:] if "/" in self.subject_period else self.subject_period[:4]) \
            if self.subject_period else None


def _document_prior(article: Article, report_year: int | None) -> str:
    """'plan' or 'review': what a figure with no cue at all most likely is here."""
    lex = lexicon()
    text = body_text(article)
    if any(w in (article.title or "") for w in lex["plan_title_words"]):
        return "plan"
    # compared_goal: 高于5%的预期目标 measures a fact against its goal; it says nothing of plans
    yardsticks = lex["frames"]["compared_goal"]["pattern"].sub("", text)
    plan = sum(yardsticks.count(w) for w in lex["target_cues"]["strong"])
    review = sum(text.count(w) for w in lex["review_cues"]["strong"])
    for t in find_time_expressions(text, report_year):
        if t.kind == "deadline" and (not report_year or t.year >= report_year):
            plan += 2
        elif t.kind == "year" and report_year and t.year < report_year:
            review += 1
        elif t.kind == "period" and not (report_year and t.year and t.year > report_year):
            review += 1  # 前三季度, 1-9月: sub-year periods are what data reports report on
    return "plan" if plan > review else "review"


def _document_period(article: Article, report_year: int | None, genre: str = "", today: str = "") -> str:
    """The sub-year period a data report covers, from its title or first sentence
    (1-2月广东经济数据… -> '2021-01/2021-02'); '' for other documents.

    Rule headline_period: a text that is no official document (news, or untold) whose
    headline (title, else first line) names a month or months already past (3月份全国仓储业景气
    指数为50.2%, 1—2月全省经济开局良好) reports on them throughout.

    >>> from policydata.document import Article
    >>> _document_period(Article(1, "1-2月经济数据出炉", "规模以上工业增加值增长5%。", []), 2021)
    '2021-01/2021-02'
    >>> rows = [("3月份全国仓储业景气指数为52.7%", "news", "2026-04-02"), ("1—2月全省经济开局良好", "", "2026-03-18"),
    ...         ("3月份全国仓储业景气指数为52.7%", "official", "2026-04-02"), ("12月起将实施新规", "news", "2026-04-02")]
    >>> rows.append(("一季度全省经济开局良好", "news", "2026-04-18"))
    >>> [_document_period(Article(1, h, "新订单指数为51.3%。", []), 2026, g, d) for h, g, d in rows]
    ['2026-03', '2026-01/2026-02', '', '', '2026Q1']

    Rule lead_period: a news report whose headline names no period and whose lead opens with a
    past month or quarter (“一季度，全省外贸增长7%。”…) reports on it throughout too; a period
    later in the lead (某市一季度…) or one still running is no frame of the whole report.

    >>> leads = ["“一季度，全省外贸进出口增长7%。”省商务厅负责人说。", "某市一季度外贸增长7%。", "前两个月，全市新增企业800家。",
    ...          "二季度，全市将新建基站200个。"]
    >>> [_document_period(Article(1, "外贸开局良好", t, []), 2026, "news", "2026-04-20") for t in leads]
    ['2026Q1', '', '2026-01/2026-02', '']
    """
    if not data_report_frame(article):
        if genre == "official":
            return ""
        head = article.title or body_text(article)[:80].split("\n", 1)[0]
        months = _past_sub_year_periods(head, report_year, today)
        if not months and genre == "news" and article.title:
            # lead_period: a news report whose lead opens with a past sub-year period (“一季度，
            # 全省…增长6%。”某厅负责人介绍…) reports on it throughout, as a headline period does
            body = body_text(article).lstrip()
            body = body[_dateline_end(body):].lstrip()
            lead = re.split(r"[。！？\n]", body, maxsplit=1)[0].lstrip("“\"「 ")
            months = [p for p, start in _past_sub_year_periods(lead, report_year, today, starts=True) if start == 0]
        return months[0] if months else ""
    first = re.split(r"[。！？\n]", body_text(article), maxsplit=1)[0]
    for part in (article.title or "", first):
        periods = [t for t in find_time_expressions(part, report_year) if t.kind == "period" and not t.items]
        if periods:
            return periods[0].period
    return ""


def _plan_period_subject(article: Article, report_year: int | None, genre: str) -> str:
    """Rule ``news_plan_period_subject``: the span of a plan period over by the report year that
    opens a clause of a news article's headline or lead sentence (“十四五”时期 某省经济…; 记者获悉，
    “十四五”期间，…): the article reviews it throughout (figures.json ``plan_period_subject_words``);
    '' otherwise. A plan named as a thing (“十四五”规划) or a stretch to now (“十四五”以来) frames
    nothing; neither does a period still running.

    >>> def subject(title, lead, genre="news"):
    ...     return _plan_period_subject(Article(1, title, lead, []), 2026, genre)
    >>> [subject("“十四五”时期 某省发展迈上新台阶", "某省统计局发布数据。"),
    ...  subject("某省发展迈上新台阶", "记者从某局获悉，“十四五”期间，某省经济稳步增长。"),
    ...  subject("某省编制“十四五”规划", "某省印发规划。"), subject("“十四五”以来 某省发展", "数据显示。"),
    ...  subject("“十五五”时期 某省将加快发展", "某省印发规划。"), subject("“十四五”时期 某省发展", "数据显示。", "official")]
    ['2021/2025', '2021/2025', '', '', '', '']
    """
    if genre != "news" or not report_year:
        return ""
    words = tuple(lexicon()["frames"]["news_fact"]["plan_period_subject_words"])
    body = body_text(article).lstrip()
    lead = re.split(r"[。！？\n]", body[_dateline_end(body):], maxsplit=1)[0]
    for part in (article.title or "", lead):
        for t in find_time_expressions(part, report_year):
            if t.kind == "plan_period" and re.fullmatch(r"\d{4}/\d{4}", t.period or "") and t.year < report_year \
                    and t.text.endswith(words) and re.fullmatch(r"[\s，,：:]?", part[max(0, t.start - 1):t.start]) \
                    and re.match(r"[\s，,]", part[t.end:t.end + 1] or "，"):
                return t.period
    return ""


_BYLINE = re.compile(r"[\s\u3000]*(?:[（(][^（()）]{0,30}[）)])?[\s\u3000]*")  # （记者 张明） after a dateline


def _dateline_end(sentence: str) -> int:
    """Where the text after a news dateline and its byline starts in ``sentence`` (0 without one).

    >>> _dateline_end("本报讯（记者 张明）3月5日，某市举办招聘会。"), _dateline_end("3月5日，某市举办招聘会。")
    (10, 0)
    """
    m = lexicon_match(time_rules()["genres"]["dateline_pattern"], sentence)
    return _BYLINE.match(sentence, m.end()).end() if m else 0


def _past_sub_year_periods(text: str, report_year: int | None, today: str, starts: bool = False) -> list:
    """The months or quarters ``text`` names (2026Q1, 2026-03, 2026-01/2026-02) that are over by
    ``today``; with ``starts``, (period, offset) pairs."""
    found = [(t.period, t.start) for t in find_time_expressions(text, report_year) if t.kind == "period"
             and not t.items and re.fullmatch(r"\d{4}(?:Q[1-4]|-\d{2}(?:/\d{4}-\d{2})?)", t.period)
             and (not today or _last_month(t.period) < today[:7])]
    return found if starts else [p for p, _ in found]


def _last_month(period: str) -> str:
    """The last month of a sub-year period: '2026Q1' -> '2026-03', '2026-01/2026-02' -> '2026-02'."""
    q = re.fullmatch(r"(\d{4})Q([1-4])", period)
    return f"{q.group(1)}-{3 * int(q.group(2)):02d}" if q else period[-7:]


def _paragraph_frame(first_sentence: str, anchors: list[tuple[int, "Anchor"]], sent_start: int,
                     report_year: int | None) -> str | None:
    """How a paragraph's first sentence changes the review frame: 'review' when it opens
    a review (刚刚过去的2025年, 一年来), '' when it opens plans (今年, 预期目标, 到2030年),
    None when it says neither.

    >>> _paragraph_frame("过去一年，我们顶压前行。", [], 0, 2026)
    'review'
    >>> _paragraph_frame("今年全市发展的主要预期目标是：增长6%左右。", [], 0, 2026)
    ''
    """
    rule = lexicon()["review_frame"]
    lead = first_sentence[:24]
    if any(w in lead for w in rule["plan_openers"]):
        return ""
    if any(a.role == "target" and p - sent_start <= 12 for p, a in anchors):
        return ""
    if any(w in first_sentence for w in rule["opening_words"]):
        return "review"
    return None


def _opens_this_years_plan(first_sentence: str, report_year: int | None, opener: bool = True) -> bool:
    """Whether a paragraph opens this year's plan (今年全市发展的主要预期目标是…).

    >>> _opens_this_years_plan("今年主要预期目标是：增长5%左右。", 2026)
    True
    >>> _opens_this_years_plan("从2026年起，每年培训教师。", 2026)
    False
    >>> _opens_this_years_plan("3月5日，市长作报告，提出今年的主要预期目标。", 2026, opener=False)
    True

    ``opener``: the sentence opens plans (今年…); without it only a phrase naming this
    year's plan (主要预期目标, 2026年重点工作) anywhere in the sentence counts.
    """
    if not report_year:
        return False
    lead = first_sentence[:30]
    words = [w.replace("{report_year}", str(report_year))
             for w in lexicon()["review_frame"]["this_year_openers"]]
    phrases = [w.replace("{report_year}", str(report_year))
               for w in lexicon()["plan_news"]["this_year_plan_phrases"]]
    return (opener and any(w in lead for w in words)) or any(w in first_sentence for w in phrases)


def _plan_lead(first_sentence: str) -> bool:
    """Whether a paragraph's first sentence opens with a future modal (深圳还将全力推动…,
    同时，着力提升…): its figures with no cue of their own are tasks.

    >>> _plan_lead("深圳还将全力推动重大工业项目落地。"), _plan_lead("去年已将补贴提高到500元。")
    (True, False)
    """
    rule = lexicon()["plan_news"]
    if not lexicon_match(rule["lead_pattern"], first_sentence):
        return False
    return not any(w in first_sentence for w in rule["lead_past_words"])


def _opens_example(first_sentence: str) -> bool:
    """Whether a paragraph opens a worked example (举个例子：某地…, 比如，按上例…).

    >>> _opens_example("举个例子：某地平均工资6000元。"), _opens_example("比重达到35%，例如制造业。")
    (True, False)
    """
    rule = lexicon()["example_frame"]
    return any(w in first_sentence[:rule["lead_chars"]] for w in rule["openers"])


def _ends_example(first_sentence: str) -> bool:
    """Whether a paragraph turns to a new point (此外，…), ending a worked example."""
    return first_sentence.startswith(tuple(lexicon()["example_frame"]["enders"]))


def _sentence_anchors(text: str, sent: Span, times: list[TimeExpr], ctx: Context) -> list[tuple[int, Anchor]]:
    """(position, Anchor) for the time words of a sentence, in order; a yearly-plan
    word (预期目标) with no time word before it stands for the report year."""
    out = []
    for t in times:
        a = _anchor_of(t, text, ctx.report_year, ctx.prior, ctx.doc_period, ctx.today, ctx.subject_year(),
                       ctx.communique_year)
        if a is not None:
            out.append((t.start, a))
    out = _since_month_spans(text, sent, times, out, ctx.today)
    if ctx.report_year:
        for w in lexicon()["target_cues"]["annual"]["words"]:
            pos = sent.text.find(w)
            if any(a <= pos < b for a, b in _compared_goal_spans(sent.text)):
                continue  # compared_goal: 高于5%的预期目标 is the yardstick of a fact, not this year's plan
            if pos >= 0 and not any(p < sent.start + pos for p, _ in out):
                out.append((sent.start + pos, Anchor("target", ctx.report_year)))
                out.sort(key=lambda x: x[0])
                break
    return out


def _update_paragraph(ctx: Context, sent: Span, anchors: list[tuple[int, Anchor]],
                      had_figures: bool) -> None:
    """Carry the sentence's time/cue evidence to the next sentences of the paragraph.

    A cue word carries only from a sentence that gave figures itself (主要预期目标是：
    …5%左右；…): elsewhere 计划/确保 are nouns or about something else."""
    role = _cue_role(sent.text, len(sent.text), "strong") if had_figures else ""
    # a day dates its own sentence; so does a sub-year period told in an annual review (review_subperiod)
    anchors = [(p, a) for p, a in anchors if not a.event_month and not a.aside]
    if anchors:
        a = anchors[-1][1]
        ctx.paragraph = Anchor(a.role or role or ctx.paragraph.role, a.year, a.period, a.review_word,
                               lean=a.lean, items=a.items)
    elif role:
        keep = ctx.paragraph
        same = keep.role in ("", role)
        ctx.paragraph = Anchor(role, keep.year if same else None, keep.period if same else "",
                               keep.review_word and same)


def _led_by_past_year(ctx: Context) -> bool:
    """Whether the paragraph so far is led by an explicit past year (从2021年完成情况来看):
    its un-dated figures report that year even under a plan heading."""
    p = ctx.paragraph
    return p.role == "stat" and p.year is not None and ctx.report_year is not None and p.year < ctx.report_year


def _year_section_start(sections: list[Section], pos: int) -> int:
    """Start of the innermost section around pos whose heading names a year; -1 if none."""
    return next((s.start for s in reversed(enclosing_sections(sections, pos)) if s.year), -1)


_MONTH = re.compile(r"(?:19|20)\d{2}-(?:0[1-9]|1[0-2])")


def _since_month_spans(text: str, sent: Span, times: list[TimeExpr], anchors: list[tuple[int, Anchor]],
                       today: str = "") -> list[tuple[int, Anchor]]:
    """Rule since_month_span: a month followed by 以来 (去年5月以来, 自2025年5月专项整治开展以来)
    opens a stretch that runs to the cut-off month the sentence names (截至今年1月底), else to
    the month of publication; its figures are cumulative over the stretch ("2025-05/2026-01",
    the corpus README's form for cumulative months). The cut-off word dates them the same way.

    >>> def spans(t, today="2026-02-10"):
    ...     times = find_time_expressions(t, 2026)
    ...     anchors = [(x.start, Anchor("stat", x.year, x.period)) for x in times]
    ...     return sorted({a.period for _, a in _since_month_spans(t, Span(0, len(t), t), times, anchors, today)})
    >>> rows = ["去年5月以来，共查处案件3200件。", "自2025年5月专项整治开展以来，截至今年1月底，共查处案件3200件。",
    ...         "去年5月，共查处案件3200件。", "今年1月以来，新增企业300家。", "去年5月至今，共查处案件3200件。"]
    >>> [spans(t) for t in rows]
    [['2025-05/2026-02'], ['2025-05/2026-01'], ['2025-05'], ['2026-01/2026-02'], ['2025-05/2026-02']]
    >>> spans("去年5月以来，共查处案件3200件。", today="")
    ['2025-05']
    """
    rule = lexicon()["frames"]["since_month"]
    for i, t in enumerate(times):
        since = lexicon_match(rule["after_pattern"], text[t.end:sent.end]) \
            if t.kind == "period" and _MONTH.fullmatch(t.period) else None
        if since is None:
            continue
        end = next((u for u in times[i + 1:] if u.kind in ("cutoff", "period") and _MONTH.fullmatch(u.period)
                    and u.period > t.period), None)
        last = end.period if end is not None else today[:7]
        if not _MONTH.fullmatch(last) or last <= t.period:
            continue
        span = Anchor("stat", int(last[:4]), f"{t.period}/{last}")
        at = {t.start} | ({end.start} if end is not None else set())
        # the words of the stretch itself (去年5月至今: 至今) date its figures the same way
        at |= {p for p, _ in anchors if t.start <= p < t.end + since.end()}
        anchors = [(p, span if p in at else a) for p, a in anchors]
        anchors += [(p, span) for p in sorted(at) if all(q != p for q, _ in anchors)]
        anchors.sort(key=lambda x: x[0])
    return anchors
