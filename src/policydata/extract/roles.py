"""Section roles: which parts of a document review what was done and which set out what is to be
done, read once per article in the document context and read by both tables.

A part's role is ``review`` (its actions are reported, its figures statistics of the year under
review), ``plan`` (its actions are planned, its figures targets) or '' (standing text: each clause,
heading and section decides for itself, as before). The role lives in the one
:class:`policydata.extract.context.DocumentContext` (``roles``, ``role_at``) so that the figures
walk (statistic or target) and the measures walk (reported or planned) read the same parts, and a
row can say which rule set its frame (:data:`SECTION_ROLE_RULES`).

Rules, in the order they are read:

``review_opening``
    an official document whose body opens, before its first section heading, with a look back
    (刚刚过去的2025年，…; 过去一年，…; 一年来，…: :func:`policydata.extract.context.opening_frame`)
    has a review part from there even without a 一、…工作回顾 heading (a work report read from an
    excerpt, a summary whose review heading was dropped). A salutation sentence (各位代表！) that
    opens the paragraph is no opening of its own: the sentence after it is read.
``plan_section_ends_review``
    the review part ends at a plan section whose heading names no work done (a strong plan heading,
    三、2026年重点工作), or at a paragraph opening a plan (今年要…, 下一步，…).
``plan_lead_ends_review``
    a review SECTION (一、2025年工作回顾, a strong review heading) ends at a body paragraph that opens
    a plan (主要预期目标是：…, 今年要…, 下一步，…: :func:`policydata.extract.context.opening_frame`; no
    year before the report year in its lead clause, no work done named) when no numbered heading
    after it goes on with the review's numbers: a work report read from an excerpt, or one whose plan
    part opens with a paragraph and unnumbered headings, plans from there. The paragraph opens a plan
    section of the review heading's level (:func:`plan_lead_sections`), so the section tense that
    both tables read (figures: target or statistic; measures: planned or reported) changes there.
    The section carries the rule's name (``Section.rule``) and :func:`document_roles` gives its part
    that name: a row in it says this rule set its frame.
``numbering_restart``
    the review part ends too at a verb-led (weak) plan heading whose number does not go on from the
    numbers of its level before it (（一）…（七）, then （二）促进消费…): a new run of numbers opens
    a new part, and that part's own heading tells its role. A plan-verb heading that continues the
    run (（三）加快产业转型 after （二）) stays a part of the review.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from ..document import Span
from ..lexicon import load
from ..recognize.sections import Section, enclosing_sections, section_at
from ..recognize.timeexpr import small_number
from ..text.segment import split_sentences

__all__ = ["RolePart", "SECTION_ROLE_RULES", "document_roles", "role_at", "opening_sentence", "body_openings",
           "plan_lead_sections"]

#: the rules that set a part's role, with why (see the module docstring)
SECTION_ROLE_RULES = (
    ("review_opening", "review", "an official body opening with a look back reviews until a plan part"),
    ("plan_section_ends_review", "plan", "a plan heading or a paragraph opening a plan ends the review"),
    ("plan_lead_ends_review", "plan", "a paragraph opening a plan ends a review section unless its numbers go on after it"),
    ("numbering_restart", "plan", "a verb-led plan heading that restarts its level's numbers opens a new part"),
    ("execution_report_review", "review", "a report on a past year's execution reviews it until its recommendations"),
    ("recommendations_end_review", "plan", "a report on a past year's execution plans from its recommendations on"),
)

_BODY = ("body", "lead")  # the blocks whose opening sentence may set a role (not headings, titles, captions)
_CLAUSE_MARK = re.compile(r"[，,；;]")
#: a lead clause up to now (X以来，): a stretch, not the review of a past year -- opens no review part
_SINCE_LEAD = re.compile(r"^[^，,。；;]{0,30}以来[，,]")
_LEAD_YEAR = re.compile(r"((?:19|20)\d{2})年")  # a year in a paragraph's lead clause
_NUMBER = re.compile(r"\s*[（(]?([一二三四五六七八九十]{1,3}|\d{1,2})[）)、．.]")


@dataclass(frozen=True)
class RolePart:
    """A part of the article (offsets into its text) with its role and the rule that set it."""

    start: int
    end: int
    role: str
    rule: str


@lru_cache(maxsize=1)
def _salutations() -> tuple[str, ...]:
    """The address words of a speech (layout.json ``top_headline`` ``salutations``: 各位代表, 同志们)."""
    return tuple(load("layout.json")["top_headline"]["salutations"])


def opening_sentence(text: str, start: int = 0, end: int | None = None):
    """Rule ``review_opening``: the first sentence (a Span) of ``text[start:end]`` that is no
    salutation (各位代表！, 同志们：), None when there is none.

    >>> opening_sentence("各位代表！刚刚过去的一年，我们攻坚克难。").text
    '刚刚过去的一年，我们攻坚克难。'
    >>> opening_sentence("过去一年，全市经济平稳运行。").text
    '过去一年，全市经济平稳运行。'
    """
    for sent in split_sentences(text, start, end):
        t = sent.text.strip()
        if not t:
            continue
        if t.startswith(_salutations()) and len(t) <= 8 and t[-1] in "！!：:，,":
            continue
        return sent
    return None


def _number(heading: str) -> int | None:
    """The number a heading opens with (（七） -> 7, 3. -> 3), None when it opens with none."""
    m = _NUMBER.match(heading)
    if not m:
        return None
    n = m.group(1)
    return int(n) if n.isdigit() else small_number(n)


@lru_cache(maxsize=1)
def _plan_part_words() -> tuple[str, ...]:
    """Heading words that open the forward part of a report on a year's execution (审计建议, 下一步)."""
    return tuple(load("time.json")["subject_year"]["plan_part_heading_words"])


@dataclass(frozen=True)
class Opening:
    """A body paragraph (its block's start) with its opening sentence (:func:`opening_sentence`)
    and what that sentence says of the frame after it (``opening_frame``: 'review', 'plan' or '')."""

    start: int
    sentence: Span
    frame: str


def body_openings(text: str, blocks, opening_frame) -> tuple[Opening, ...]:
    """The opening of each body paragraph that has one, in text order: the one walk of the blocks
    that every rule of :data:`SECTION_ROLE_RULES` reads.

    >>> from policydata.document import Block
    >>> from policydata.extract.context import opening_frame
    >>> t = "一、工作回顾\\n各位代表！过去一年，我们攻坚克难。\\n今年要抓好以下工作。"
    >>> blocks = [Block("heading", 0, 6, t[:6]), Block("body", 7, 24, t[7:24]), Block("body", 25, len(t), t[25:])]
    >>> [(o.start, o.sentence.text[:4], o.frame) for o in body_openings(t, blocks, opening_frame)]
    [(7, '过去一年', 'review'), (25, '今年要抓', 'plan')]
    """
    out = []
    for block in blocks:
        if block.kind in _BODY and (sent := opening_sentence(text, block.start, block.end)) is not None:
            out.append(Opening(block.start, sent, opening_frame(sent.text)))
    return tuple(out)


def _plan_paragraph(openings, opened: int, end: int, names_work_done) -> int | None:
    """The first paragraph after ``opened`` and before ``end`` whose opening sentence opens a plan
    (今年要…, 下一步，…) and names no work done: where a review part ends (rules
    ``plan_section_ends_review``, ``recommendations_end_review``). None when there is none."""
    return next((o.start for o in openings if opened < o.start < end and o.frame == "plan"
                 and not names_work_done(o.sentence.text)), None)


def _execution_report_parts(text: str, openings, sections, names_work_done) -> tuple[RolePart, ...]:
    """Rule ``execution_report_review``: the review part of a report on a past year's execution,
    from its first body paragraph after the salutation to its recommendations (rule
    ``recommendations_end_review``), and the plan part from there.

    >>> from policydata.document import Block
    >>> from policydata.recognize.sections import Section
    >>> from policydata.extract.context import opening_frame, names_work_done
    >>> t = "各位委员：\\n——扎实推进改革，新建学校5所。\\n五、审计建议\\n加强预算管理。"
    >>> lines = t.split("\\n"); starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(4)]
    >>> blocks = [Block("heading" if "、" in l[:3] else "body", s, s + len(l), l) for s, l in zip(starts, lines)]
    >>> secs = [Section(starts[2], len(t), "neutral", None, 1, lines[2], True)]
    >>> [(p.role, p.rule, t[p.start:p.start + 4]) for p in _execution_report_parts(
    ...     t, body_openings(t, blocks, opening_frame), secs, names_work_done)]
    [('review', 'execution_report_review', '——扎实'), ('plan', 'recommendations_end_review', '五、审计')]
    """
    if not openings:
        return ()
    opened = openings[0].start
    ending = next((s for s in sorted(sections, key=lambda s: s.start) if s.start > opened and (
        any(w in s.heading for w in _plan_part_words()) or (s.tense == "plan" and not names_work_done(s.heading)))),
        None)
    end, end_rule = (ending.start, ending.rule) if ending else (len(text), "")
    if (paragraph := _plan_paragraph(openings, opened, end, names_work_done)) is not None:
        end, end_rule = paragraph, ""
    parts = [RolePart(opened, end, "review", "execution_report_review")]
    if end < len(text):
        parts.append(RolePart(end, len(text), "plan", end_rule or "recommendations_end_review"))
    return tuple(parts)


def document_roles(text: str, blocks, sections, genre: str, report_year: int | None,
                   opening_frame, names_work_done, *, execution_report: bool = False
                   ) -> tuple[tuple[Section, ...], tuple[RolePart, ...]]:
    """The article's sections, with the plan sections that rule ``plan_lead_ends_review`` opens
    (:func:`plan_lead_sections`), and its review parts (:data:`SECTION_ROLE_RULES`) with the plan
    part that ends each; no part elsewhere. Every rule reads the one walk of the body paragraphs'
    openings (:func:`body_openings`). ``opening_frame`` (sentence -> 'review'/'plan'/'') and
    ``names_work_done`` (heading -> bool) are the context's own rules, passed in so that there is
    one of each. A text that is not official keeps its sections and has no parts.

    >>> from policydata.document import Block
    >>> from policydata.recognize.sections import Section
    >>> from policydata.extract.context import opening_frame, names_work_done
    >>> t = "各位代表！过去一年，我们攻坚克难。\\n（一）经济平稳。\\n新建道路8公里。\\n（一）扩大消费。\\n发放消费券。"
    >>> lines = t.split("\\n"); starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(5)]
    >>> blocks = [Block("heading" if l.startswith("（") else "body", s, s + len(l), l) for s, l in zip(starts, lines)]
    >>> secs = [Section(starts[1], starts[3], "neutral", None, 2, lines[1], True),
    ...         Section(starts[3], len(t), "plan", None, 2, lines[3], False)]
    >>> _, parts = document_roles(t, blocks, secs, "official", 2026, opening_frame, names_work_done)
    >>> [(p.role, p.rule, t[p.start:p.start + 4]) for p in parts]
    [('review', 'review_opening', '各位代表'), ('plan', 'numbering_restart', '（一）扩')]
    """
    sections = tuple(sections)
    if genre != "official" or not blocks:
        return sections, ()
    openings = body_openings(text, blocks, opening_frame)  # the one walk of the paragraphs
    sections = plan_lead_sections(openings, sections, report_year, names_work_done)
    if execution_report:  # rule execution_report_review: the report reviews its subject year
        return sections, _execution_report_parts(text, openings, sections, names_work_done)
    return sections, _review_opening_parts(text, openings, sections, names_work_done)


def _review_opening_parts(text: str, openings, sections, names_work_done) -> tuple[RolePart, ...]:
    """Rule ``review_opening`` and the rules that end its part (``plan_section_ends_review``,
    ``plan_lead_ends_review``, ``numbering_restart``); without a review opening, the parts of the
    sections a rule made (:func:`_rule_made_parts`)."""
    first_section = min((s.start for s in sections), default=len(text))
    opened = None
    for o in openings:
        if o.start >= first_section:
            break
        if _CLAUSE_MARK.search(o.sentence.text) and o.frame == "review" and not _SINCE_LEAD.match(o.sentence.text):
            opened = o.start  # a bare date line (2024年12月) opens no review: a sentence has clauses
            break
    if opened is None:
        return _rule_made_parts(sections)
    end, end_rule = len(text), ""
    last_number: dict[int, int] = {}
    for sec in sorted(sections, key=lambda s: s.start):
        if sec.start < opened:
            continue
        number = _number(sec.heading)
        before = last_number.get(sec.level)
        if sec.tense == "plan" and not names_work_done(sec.heading):
            if sec.strong:  # a section made by rule plan_lead_ends_review names that rule
                end, end_rule = sec.start, sec.rule or "plan_section_ends_review"
                break
            if number is not None and before is not None and number != before + 1:
                end, end_rule = sec.start, "numbering_restart"
                break
        if number is not None:
            last_number[sec.level] = number
    if (paragraph := _plan_paragraph(openings, opened, end, names_work_done)) is not None:
        end, end_rule = paragraph, "plan_section_ends_review"
    parts = [RolePart(opened, end, "review", "review_opening")]
    if end_rule:
        parts.append(RolePart(end, len(text), "plan", end_rule))
    return tuple(parts)


def _rule_made_parts(sections) -> tuple[RolePart, ...]:
    """The parts of the sections that a rule made rather than a heading (rule
    ``plan_lead_ends_review``), each with that rule: the part's role is the section's tense, which
    both tables read already; the part names the rule for the rows in it.

    >>> from policydata.recognize.sections import Section
    >>> _rule_made_parts([Section(0, 9, "review", 2025, 1), Section(9, 20, "plan", None, 1, "今年要…", True,
    ...                                                        "plan_lead_ends_review")])
    (RolePart(start=9, end=20, role='plan', rule='plan_lead_ends_review'),)
    """
    return tuple(RolePart(s.start, s.end, s.tense, s.rule) for s in sorted(sections, key=lambda s: s.start) if s.rule)


def _numbers_go_on(sections, review: Section, pos: int) -> bool:
    """Whether the first numbered heading after ``pos`` inside ``review`` goes on with the numbers of
    its level before ``pos`` in it ((一)… 下一步，… (二)…: the review goes on)."""
    inside = [s for s in sections if review.start < s.start < review.end and _number(s.heading) is not None]
    after = next((s for s in inside if s.start > pos), None)
    if after is None:
        return False
    before = [_number(s.heading) for s in inside if s.start < pos and s.level == after.level]
    return bool(before) and _number(after.heading) == before[-1] + 1


def plan_lead_sections(openings, sections, report_year: int | None, names_work_done) -> tuple[Section, ...]:
    """Rule ``plan_lead_ends_review``: ``sections`` with each review section that a paragraph opening
    a plan ends cut there, and a plan section (the review heading's level, the paragraph's opening
    sentence as its heading) from there to the review section's end. ``openings`` are the body
    paragraphs' (:func:`body_openings`); ``names_work_done`` is the context's own rule.

    >>> from policydata.document import Block
    >>> from policydata.extract.context import opening_frame, names_work_done
    >>> def parts(t, year=2026):
    ...     lines = t.split("\\n"); starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    ...     blocks = [Block("body", s, s + len(l), l) for s, l in zip(starts, lines)]
    ...     secs = [Section(0, len(t), "review", year - 1, 1, lines[0], True)]
    ...     secs += [Section(s, len(t), "neutral", None, 2, l[:4], False) for s, l in zip(starts, lines) if l.startswith("（")]
    ...     openings = body_openings(t, blocks, lambda s: opening_frame(s, year))
    ...     secs = plan_lead_sections(openings, secs, year, names_work_done)
    ...     return [(s.tense, s.level, t[s.start:s.start + 6]) for s in secs]
    >>> rows = [
    ...   ("一、2025年工作回顾\\n（一）稳增长。新建道路8公里。\\n今年主要预期目标是：增长5%。\\n扩大内需\\n新建道路9公里。",
    ...    [("review", 1, "一、2025"), ("neutral", 2, "（一）稳增长"), ("plan", 1, "今年主要预期")]),
    ...   ("一、2025年工作回顾\\n（一）稳增长。新建道路8公里。\\n下一步，将扩大规模。\\n（二）惠民生。新建学校2所。",
    ...    [("review", 1, "一、2025"), ("neutral", 2, "（一）稳增长"), ("neutral", 2, "（二）惠民生")]),
    ...   ("一、2025年工作回顾\\n2025年主要目标任务全面完成。\\n新建道路8公里。", [("review", 1, "一、2025")]),
    ...   ("一、2025年工作回顾\\n全年新建道路8公里。\\n2026年，要抓好以下工作。\\n（一）扩大内需。新建学校2所。",
    ...    [("review", 1, "一、2025"), ("plan", 1, "2026年，"), ("neutral", 2, "（一）扩大内")])]
    >>> [parts(t) == want for t, want in rows]
    [True, True, True, True]
    """
    out = sorted(sections, key=lambda s: s.start)
    starts = {s.start for s in out}
    for o in openings:
        if o.frame != "plan" or o.start in starts:
            continue
        enclosing = enclosing_sections(out, o.start)
        tense, _, strong = section_at(out, o.start)
        if tense != "review" or not strong:
            continue  # only a part that a review heading frames (not a plan sub-part: （三）发展目标。)
        review = next(s for s in enclosing if s.tense == "review" and s.strong)
        lead = _CLAUSE_MARK.split(o.sentence.text, maxsplit=1)[0]
        if names_work_done(lead):
            continue  # 积极落实重点工作：… reports that work (rule work_done_heading, on the lead clause)
        years = [int(y) for y in _LEAD_YEAR.findall(lead)]
        if report_year and any(y < report_year for y in years):
            continue  # 2025年主要目标任务全面完成: a past year's goals, reviewed
        if _numbers_go_on(out, review, o.start):
            continue  # (一)… 下一步，将… (二)…: a plan cue closing one item of a review that goes on
        cut = {id(s) for s in enclosing if s.level >= review.level}
        plan = Section(o.start, review.end, "plan", years[0] if years else None, review.level,
                       o.sentence.text.strip(), True, "plan_lead_ends_review")
        out = sorted([replace(s, end=o.start) if id(s) in cut else s for s in out] + [plan],
                     key=lambda s: s.start)
        starts.add(o.start)
    return tuple(out)


def role_at(parts: tuple[RolePart, ...], pos: int) -> tuple[str, str]:
    """(role, rule) of the part around ``pos``, ('', '') outside every part.

    >>> parts = (RolePart(0, 10, "review", "review_opening"), RolePart(10, 20, "plan", "numbering_restart"))
    >>> role_at(parts, 3), role_at(parts, 15), role_at(parts, 25)
    (('review', 'review_opening'), ('plan', 'numbering_restart'), ('', ''))
    """
    i = bisect_right([p.start for p in parts], pos) - 1
    if i >= 0 and pos < parts[i].end:
        return parts[i].role, parts[i].rule
    return "", ""
