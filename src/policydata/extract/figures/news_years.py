"""The past year a news story reports on: a lead or a figure-free sentence that presents a past
year's released data (rule ``news_released_year``; as a lead, rule ``news_subject_year``), a sentence
citing a report of a past year (rule ``news_cited_report``), the carry of that year to the figures told
next, and the forward paragraph that ends the story's subject year. Called per sentence by the walk
(:mod:`.walk`), which keeps the state in its :class:`.context.Context`.
"""
from __future__ import annotations

from ...document import Span
from ...recognize.timeexpr import find_time_expressions  # noqa: F401 (doctests)
from ...text.regex_starts import lexicon_match, lexicon_search
from .anchors import Anchor, _anchor_of  # noqa: F401 (_anchor_of: doctests)
from .context import Context
from .findings import lexicon


def released_year(sentence: str, report_year: int | None) -> tuple[int, str] | None:
    """Rule ``news_released_year``: (year, period) of the past data a figure-free news sentence says
    are released (国家统计局公布2025年全年数据, 去年成绩单出炉; 公布了2025年12月…汇总情况: the month
    is the period), None if it says none (lexicon ``frames.news_fact.released_year_pattern``). The
    figures told next report that year (当月，… that month).

    >>> [released_year(s, 2026) for s in ("某协会近日发布2025年行业运行情况。", "该集团去年成绩单出炉。",
    ...                                    "市政府公布2025年重点项目名单。", "公布2027年统计数据。",
    ...                                    "某委员会公布了2025年11月全省安全检查汇总情况。")]
    [(2025, '2025'), (2025, '2025'), None, None, (2025, '2025-11')]
    """
    if not report_year:
        return None
    m = lexicon_search(lexicon()["frames"]["news_fact"]["released_year_pattern"], sentence)
    if m is None:
        return None
    word = m.group("year") or m.group("year2")
    year = report_year - 1 if word == "去年" else int(word[:4])
    if year >= report_year:
        return None
    return year, f"{year}-{int(m.group('month')):02d}" if m.group("month") else str(year)


def subject_year_ends(text: str, sent: Span, block, leading: list[tuple[int, Anchor]],
                       report_year: int | None) -> bool:
    """Rule ``news_subject_year``: whether this sentence ends the past year a news report's lead
    presented the data of: a paragraph (or sub-headline) that opens on what lies ahead (展望2026年，…;
    下一步，…; 今年，…: lexicon ``frames.news_fact.subject_year_end_pattern``), or with a leading time
    of the publication year or later (到2025年末 in a report of 2025 is no such time; 目前，… and the
    other ``fact_lead_words`` tell of now in their own sentence and end nothing). A later sentence
    of a paragraph ends nothing.

    >>> from policydata.document import Block
    >>> def ends(t):
    ...     s = Span(0, len(t), t)
    ...     a = [(x.start, _anchor_of(x, t, 2026)) for x in find_time_expressions(t, 2026)]
    ...     return subject_year_ends(t, s, Block("body", 0, len(t), t), [(p, x) for p, x in a if x], 2026)
    >>> [ends(t) for t in ("展望2026年，外部环境依然复杂。", "2026年，某市将新建学校3所。", "出口增长5%。",
    ...                    "全年出口增长5%。", "目前，平台已接入企业300家。")]
    [True, True, False, False, False]
    >>> t = "出口增长5%。展望2026年，外部环境依然复杂。"
    >>> s = Span(t.index("展"), len(t), t[t.index("展"):])
    >>> subject_year_ends(t, s, Block("body", 0, len(t), t), [], 2026)
    False
    """
    if sent.start != first_sentence_start(text, block):
        return False  # 展望2026年，… inside a paragraph looks ahead there only; the report goes on after it
    if lexicon_match(lexicon()["frames"]["news_fact"]["subject_year_end_pattern"], sent.text.lstrip()):
        return True
    now_words = lexicon()["frames"]["news_fact"]["fact_lead_words"]  # 目前，… dates its own sentence only
    return bool(report_year) and any(a.year and a.year >= report_year and not any(text.startswith(w, p) for w in now_words)
                                     for p, a in leading)


def cited_report_year(sentence: str, report_year: int | None) -> int | None:
    """Rule ``news_cited_report``: the past year of a report a news sentence cites for what it shows
    (《某某年度报告（2025）》显示：…), None without one (lexicon ``frames.news_fact.cited_report_pattern``).

    >>> [cited_report_year(s, 2026) for s in ("某院发布的《某某年度报告（2025）》显示：共办结3000件。",
    ...                                        "《2025年某省生态环境状况公报》显示，优良天数比例90%。",
    ...                                        "《某某条例（2026年修订）》规定，…", "《某某报告（2025）》将于下月发布。")]
    [2025, 2025, None, None]
    """
    if not report_year:
        return None
    m = lexicon_search(lexicon()["frames"]["news_fact"]["cited_report_pattern"], sentence)
    if m is None:
        return None
    year = int(m.group("year") or m.group("year2"))
    return year if year < report_year else None


def carry_released(ctx: Context, year: int, period: str) -> None:
    """Rules news_released_year and news_cited_report: the released data's year (and month) date
    the figures told next, as a scene-setting past year does; the year is their reporting year."""
    ctx.last_past_year, ctx.released_year = year, year
    ctx.last_period = "" if period == str(year) else period  # 公布了2025年12月…情况。当月，…
    ctx.past_year_left = lexicon()["frames"]["news_fact"]["year_carry_paragraphs"]
    ctx.past_year_scene = True


def first_sentence_start(text: str, block) -> int:
    """Where the block's first sentence starts (after its leading blanks)."""
    return block.start + len(block.text) - len(block.text.lstrip())
