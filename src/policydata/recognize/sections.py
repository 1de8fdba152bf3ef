"""Document sections: the parts of an article under its headings, each with its tense and year.

A heading (一、2025年工作回顾, （二）2026年重点任务) opens a section that runs to the next
heading of the same or a higher level; its words or its year say whether the part reports
done work (review) or sets out work to do (plan). The rules live in ``lexicons/time.json``
(``sections``); the numbers of the headings are the one set of rule item_numbers
(:mod:`policydata.text.item_numbers`, scheme ``sections``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..document import CAPTION_BLOCK, TITLE_BLOCK, article_blocks, body_bounds
from ..text.item_numbers import heading_level as item_heading_level, level_numbers
from ..text.patterns import compiled_all, per_list, search_any
from .timeexpr import find_time_expressions, is_comparison_year, time_lexicon


__all__ = ["Section", "heading_level", "heading_tense", "find_sections", "enclosing_sections", "section_at"]


@dataclass(frozen=True)
class Section:
    """A part of an article under one heading, and its tense.

    ``start``/``end`` are offsets into ``article.text``: from the heading's first
    character to the next heading of the same or a higher level (or the end of the
    text). ``tense`` is ``review`` (the part reports what was done: 一、2025年工作回顾,
    关注点一：前三季度GDP同比增长9.8%), ``plan`` (it sets out work to do:
    二、2026年主要目标任务, （三）加快…) or ``neutral`` (the heading says neither).
    ``year`` is the year the heading names (2025 for a review of 2025, 2030 for
    “十五五”时期主要目标), None without one. ``level`` 1 is 一、, 2 is （一）, 3 is 1.,
    4 an unnumbered heading, 0 an unnumbered heading that titles the numbered part
    after it. ``strong`` is False when the tense comes only from an opening verb
    (加快推进…), which review sub-headings use too. ``rule`` names the rule that made a section
    no heading opens (:mod:`policydata.extract.roles` rule ``plan_lead_ends_review``: a paragraph
    opening a plan), '' for a heading's own, so that a row framed by it can say which rule set it.
    """

    start: int
    end: int
    tense: str
    year: int | None
    level: int = 0
    heading: str = ""
    strong: bool = True
    rule: str = ""

    @property
    def mode(self) -> str:
        """The tense as figures used to spell it: 'review', 'plan' or '' (neutral)."""
        return "" if self.tense == "neutral" else self.tense

    def __deepcopy__(self, memo) -> "Section":
        """Itself: frozen, with immutable fields only, a copy would be equal and interchangeable.

        Why: the figures walk reads a page's title and captions with a deep copy of its state
        (extract.context.read_apart), which holds the article's sections; copying them field by
        field was most of that copy's time.
        """
        return self


def _section_lexicon() -> dict:
    return time_lexicon()["sections"]


#: a date line (2025年12月31日) under a heading's number is no section
_DATE_LINE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
_NO_NUMBER = re.compile("^$")  # levels 0 and 4: an unnumbered heading has no number to strip

#: the item numbers' level scheme of sections (rule item_numbers, lexicons/item_numbers.json):
#: （1） counts with 1. at level 3, level 4 being an unnumbered heading here
SCHEME = "sections"


@lru_cache(maxsize=1)
def _heading_numbers() -> dict[int, re.Pattern]:
    """The number of each heading level (1: 一、, 2: （一）, 3: 1. / （1）), the one set of rule
    item_numbers in its ``sections`` scheme."""
    return dict(level_numbers(SCHEME))


def heading_level(text: str) -> int:
    """1 for 一、, 2 for （一）, 3 for 1. / （1）, 0 for a line without a number.

    >>> heading_level("一、2025年工作回顾"), heading_level("（二）扩大内需"), heading_level("总体要求")
    (1, 2, 0)
    """
    return item_heading_level(text, SCHEME)


def heading_tense(heading: str, level: int, report_year: int | None) -> tuple[str, int | None, bool]:
    """(tense, year, strong) a heading gives the part under it.

    Review words (回顾, 成效) or a reported figure (…完成全年目标任务95.0%, 同比增长)
    make it review; plan words (目标, 重点任务) plan; else its year (past -> review,
    a deadline or future -> plan); else a numbered heading opening with a verb is a
    weak plan.

    >>> heading_tense("2025年工作回顾", 1, 2026)
    ('review', 2025, True)
    >>> heading_tense("关注点二：城镇新增就业人数完成全年目标任务95.0%", 4, 2021)[0]
    'review'
    >>> heading_tense("2026年主要预期目标", 4, 2026)
    ('plan', 2026, True)
    >>> heading_tense("加快建设现代化产业体系", 2, 2026)
    ('plan', None, False)
    >>> heading_tense("全市游客人数较2022年增加两成", 4, 2026)
    ('neutral', None, True)

    A communiqué's name (公报, a review word) heads a review even in its own year (rule
    review_own_year makes the year of a 2030 communiqué the report year):

    >>> heading_tense("某县2030年国民经济和社会发展统计公报", 4, 2030)
    ('review', 2030, True)
    """
    lex = _section_lexicon()
    body = _heading_numbers().get(level, _NO_NUMBER).sub("", heading)
    if _DATE_LINE.search(body):
        return "neutral", None, True  # a date line, not a section
    tense, strong = "neutral", True
    plan_override = search_any(compiled_all(lex["plan_override_patterns"]["patterns"]), body)
    if any(w in body for w in lex["review_words"]):
        tense = "review"
    elif not plan_override and search_any(compiled_all(lex["review_patterns"]["patterns"]), body):
        tense = "review"  # a heading that reports a figure: 完成全年目标任务95.0%
    elif plan_override or any(w in body for w in lex["plan_words"]):
        tense = "plan"
    year = None
    for t in find_time_expressions(body, report_year):
        # heading_base_year: 江豚数量较2022年增加177头 compares with a base year, it names no year of the part
        if t.kind in ("year", "deadline", "plan_period", "period") and t.year and not is_comparison_year(body, t):
            year = t.year
            if tense == "neutral" and report_year and t.kind != "period":
                tense = "review" if year < report_year and t.kind != "deadline" else "plan"
            break
    if tense == "neutral" and 1 <= level <= 3 and \
            body.startswith(tuple(lex["plan_verbs"]["words"])):
        # numbered items of a plan open with a verb; a news sub-headline may too, but
        # it reports as often as it announces, so unnumbered headings are left out
        tense, strong = "plan", False
    return tense, year, strong


def _item_sentence(heading: str) -> bool:
    """Rule heading_item_sentence (figures.json): a numbered line that is a sentence with a figure.

    >>> _item_sentence("1.城镇新增就业3000人以上。"), _item_sentence("（二）2026年重点任务")
    (True, False)
    """
    from ..lexicon import compiled
    from ..text.regex_starts import lexicon_search
    return lexicon_search(compiled("figures.json")["heading_item_sentence"], heading) is not None


@lru_cache(maxsize=1)
def _data_caption_pattern() -> re.Pattern:
    return re.compile(_section_lexicon()["headings"]["data_caption"])


def _data_caption(text: str) -> bool:
    """Rule data_caption (time.json ``sections.headings``): a chart's or a table's caption.

    >>> [_data_caption(t) for t in ("图1 2021-2025年全县粮食产量", "表2：2025年末人口构成", "一、2025年回顾", "图书馆建设")]
    [True, True, False, False]
    """
    return bool(_data_caption_pattern().match(text))


@lru_cache(maxsize=1)
def _attribution_pattern() -> re.Pattern:
    return re.compile(_section_lexicon()["headings"]["attribution_line"])


def _attribution_line(text: str) -> bool:
    """Rule attribution_line (time.json ``sections.headings``): the credit line of a quoted excerpt.

    >>> [_attribution_line(t) for t in ("——摘自“十四五”发展纲要", "—— 引自《某讲话》", "选自某书", "二、“十五五”时期目标", "摘要")]
    [True, True, True, False, False]
    """
    return bool(_attribution_pattern().match(text))


def _repeats_title(line: str, title: str | None) -> bool:
    """Rule ``title_repeated``: a first body line that is the article's title again (a page title
    over a body title, both kept by a scrape) is the document's name, not a heading of its first
    part. Only an unnumbered first line: a later heading equal to the title, or a numbered one
    ((三)扩大消费帮扶。, an excerpt whose layout took its title from its first item) heads its part
    as any heading does.

    >>> [_repeats_title(t, "某县2030年统计公报") for t in ("某县2030年统计公报", " 某县2030年统计公报 ", "一、综合")]
    [True, True, False]
    >>> _repeats_title("一、综合", None)
    False
    """
    return bool(title) and line.strip() == title.strip()


def find_sections(article, report_year: int | None = None) -> list[Section]:
    """The sections of an article, in order, each with its tense and year.

    A section starts at a heading block, or at a short numbered line (一、…,
    （二）发展目标。) that layout left in the body; a numbered paragraph whose first
    sentence is short (（一）完善体系。正文…) starts one too. Each runs to the next
    heading of the same or a higher level. Use it to tell done (review) from planned
    (plan) work: the innermost section around a position is :func:`section_at`.

    >>> from policydata.document import Article, Block
    >>> text = "一、2025年工作回顾\\n建成5G基站10万个。\\n二、2026年重点任务\\n新建5G基站3万个。"
    >>> art = Article(1, "", text, [])  # no layout blocks: one block per line
    >>> [(s.start, s.end, s.tense, s.year) for s in find_sections(art, 2026)]
    [(0, 24, 'review', 2025), (24, 46, 'plan', 2026)]
    """
    pats = _section_lexicon()["headings"]
    heads: list[tuple[int, int, str]] = []  # (start, level, heading text)
    seen_body = False  # title_repeated: only the body's first line can be the title's copy
    for block in article_blocks(article):
        if block.kind in (TITLE_BLOCK, CAPTION_BLOCK):
            continue  # a page article's title line and captions head no part of its body
        text = block.text.strip()
        if _data_caption(text):
            continue  # rule data_caption: 图1 …/表2 … labels a chart or table, it heads no part
        if _attribution_line(text):
            continue  # rule attribution_line: ——摘自…建议 credits the quote above it, it heads no part
        if not heads and not seen_body and not heading_level(text) and _repeats_title(text, article.title):
            continue  # rule title_repeated: a scraped page prints its title twice; the copy heads no part
        seen_body = seen_body or bool(text)
        level = heading_level(text)
        if block.kind == "heading" or (level and len(text) <= pats["max_chars"]
                                       and "。" not in text.rstrip("。")):
            # an unnumbered heading (主要预期目标, a news sub-headline) sits below
            # the numbered one before it
            heads.append((block.start, level or 4, text))
        elif level:
            head = text.split("。", 1)[0]
            if len(head) <= pats["inline_max_chars"]:
                heads.append((block.start, level, head))
    # an unnumbered heading right before 一、… titles that part (2026年省十件民生实事)
    for i in range(len(heads) - 1):
        if heads[i][1] == 4 and heads[i + 1][1] == 1:
            heads[i] = (heads[i][0], 0, heads[i][2])
    total = body_bounds(article)[1]  # the last part ends where a page article's captions start
    out = []
    for i, (start, level, heading) in enumerate(heads):
        end = next((s for s, lv, _ in heads[i + 1:] if lv <= level), total)
        tense, year, strong = heading_tense(heading, level, report_year)
        if level in (2, 3) and _item_sentence(heading):
            # rule heading_item_sentence: 1.全市粮食产量稳定在50万吨以上。 is a list item, a whole
            # sentence with a figure: it neither reports nor plans for the part around it
            tense, year, strong = "neutral", None, False
        out.append(Section(start, end, tense, year, level, heading, strong))
    return out


def enclosing_sections(sections: list[Section], pos: int) -> list[Section]:
    """The headings whose sections enclose ``pos``, outermost first.

    ``sections`` are in text order (as :func:`find_sections` gives them); a heading closes
    every open one of the same or a deeper level.

    >>> secs = [Section(0, 50, "review", 2025, 1), Section(10, 30, "plan", None, 2),
    ...         Section(30, 50, "plan", None, 2)]
    >>> [s.start for s in enclosing_sections(secs, 35)]
    [0, 30]
    >>> enclosing_sections(secs, -1)
    []
    """
    stack: list[Section] = []
    for s in sections:
        if s.start > pos:
            break
        while stack and stack[-1].level >= s.level:
            stack.pop()
        stack.append(s)
    return stack


def section_at(sections: list[Section], pos: int) -> tuple[str, int | None, bool]:
    """(tense, year, strong) at ``pos``: the innermost enclosing heading whose words or
    year give a tense (else one whose opening verb does), and the innermost year.

    Without any: ('neutral', None, False).

    >>> secs = [Section(0, 50, "review", 2025, 1), Section(10, 30, "plan", None, 2)]
    >>> section_at(secs, -1), section_at(secs, 5), section_at(secs, 10), section_at(secs, 40)
    (('neutral', None, False), ('review', 2025, True), ('plan', 2025, True), ('plan', 2025, True))
    """
    answers = _answers_by_start(sections)
    if answers is None:  # sections out of text order: the walk itself
        return _section_at_walk(sections, pos)
    starts, by_count = answers
    return by_count[bisect_right(starts, pos)]


@per_list
def _answers_by_start(sections: tuple[Section, ...]) -> tuple[list[int], list[tuple]] | None:
    """section_at's answer for each number of sections that start at or before a position.

    Why: the answer changes only at section starts, and the pipeline asks at every clause and
    figure; made once per article's list of sections (in one walk, the enclosing stack and the
    last year of each tense kept up to date), then looked up by bisection. None when the
    sections are not in text order.
    """
    starts = [s.start for s in sections]
    if any(a > b for a, b in zip(starts, starts[1:])):
        return None
    stack: list[Section] = []
    last_year: dict[str, int] = {}  # tense -> year of the last section of that tense with a year
    by_count = [_answer(stack, last_year)]
    for s in sections:
        while stack and stack[-1].level >= s.level:
            stack.pop()
        stack.append(s)
        if s.year:
            last_year[s.tense] = s.year
        by_count.append(_answer(stack, last_year))
    return starts, by_count


def _answer(stack: list[Section], last_year: dict[str, int]) -> tuple[str, int | None, bool]:
    strong = next((s.tense for s in reversed(stack) if s.tense != "neutral" and s.strong), "")
    tense = strong or next((s.tense for s in reversed(stack) if s.tense != "neutral"), "neutral")
    year = next((s.year for s in reversed(stack) if s.year), None)
    if year is None and tense != "neutral":
        year = last_year.get(tense)  # the year of the last heading of the same tense
    return tense, year, bool(strong)


def _section_at_walk(sections: list[Section], pos: int) -> tuple[str, int | None, bool]:
    """section_at by its definition: the enclosing headings of ``pos``, then the year rule."""
    stack = enclosing_sections(sections, pos)
    strong = next((s.tense for s in reversed(stack) if s.tense != "neutral" and s.strong), "")
    tense = strong or next((s.tense for s in reversed(stack) if s.tense != "neutral"), "neutral")
    year = next((s.year for s in reversed(stack) if s.year), None)
    if year is None and tense != "neutral":
        # 附件1 / 2026年省十件民生实事 / 一、…: the year of the last heading of the same tense
        year = next((s.year for s in reversed(sections) if s.start <= pos and s.year
                     and s.tense == tense), None)
    return tense, year, bool(strong)
