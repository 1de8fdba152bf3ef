"""Split text into sentences and clauses, with offsets, never inside quotes or titles.

Sentence ends (。！？；… and their closing marks) and the quote and title pairs that
protect their contents (“…”, 《…》) come from ``lexicons/layout.json``
(``sentence_final``, ``protected_pairs``); ``layout`` reads the same marks from here to
tell a finished paragraph from a cut one. Also small character classes shared by the
text stage.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..document import Span
from ..lexicon import load as load_lexicon

#: The CJK Unified Ideographs range, for character classes: rf"[{CJK_RANGE}]".
CJK_RANGE = r"\u4e00-\u9fff"
#: One Chinese (CJK unified ideograph) character.
CJK_CHAR = re.compile(rf"[{CJK_RANGE}]")


@dataclass(frozen=True)
class SentenceMarks:
    """The sentence-end marks of ``lexicons/layout.json``."""

    terminators: str  # end a sentence: 。！？；…
    closers: str  # closing quotes and brackets that go with the sentence end before them
    block_complete_extra: str  # also end a finished block (a colon before a list)
    pairs: tuple[tuple[str, str], ...]  # opening and closing marks never split inside


@lru_cache(maxsize=1)
def sentence_marks() -> SentenceMarks:
    """Read the sentence-end marks once.

    >>> "。" in sentence_marks().terminators, ("《", "》") in sentence_marks().pairs
    (True, True)
    """
    lex = load_lexicon("layout.json")
    final = lex["sentence_final"]
    return SentenceMarks(
        terminators=final["terminators"],
        closers=final["closers"],
        block_complete_extra=final["block_complete_extra"],
        pairs=tuple((a, b) for a, b in lex["protected_pairs"]["pairs"]),
    )


@lru_cache(maxsize=1)
def _sentence_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    r = sentence_marks()
    term = re.escape(r.terminators)
    closers = re.escape(r.closers)
    # a run of sentence ends (incl. the ellipsis "..."), then closing marks
    sentence_end = re.compile(rf"(?:[{term}]|\.\.\.)+[{closers}]*")
    protected = "|".join(
        rf"{re.escape(a)}[^{re.escape(a + b)}\n]*{re.escape(b)}" for a, b in r.pairs)
    protected_re = re.compile(protected)
    # a parenthetical note right after a sentence end and before the line end
    trailing_note = re.compile(r"[ \t]*[（(][^（）()\n]{1,80}[)）][ \t]*(?=\n|$)")
    return sentence_end, protected_re, trailing_note


def _protected_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    _, protected_re, _ = _sentence_regexes()
    return [(m.start(), m.end()) for m in protected_re.finditer(text, start, end)]


def _inside(pos: int, ranges: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The protected range strictly containing ``pos`` (ranges are sorted, disjoint)."""
    k = bisect_right(ranges, (pos, float("inf"))) - 1
    if k >= 0 and ranges[k][0] < pos < ranges[k][1]:
        return ranges[k]
    return None


def _trimmed_span(text: str, s: int, e: int) -> Span | None:
    """text[s:e] without the white space at its ends (str.strip's white space is isspace's)."""
    piece = text[s:e]
    core = piece.strip()
    if not core:
        return None
    if len(core) == len(piece):
        return Span(s, e, piece)
    s += len(piece) - len(piece.lstrip())
    return Span(s, s + len(core), core)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans with offsets into ``text``.

    Splits after 。！？；… (and ! ? ; ...) with their closing quotes, and at line
    ends; never inside “…” or 《…》 unless the sentence end stands right before
    the closing mark. A parenthetical note that ends a line stays with its sentence.

    >>> [s.text for s in split_sentences("他说：“好。”我们走。\\n标题")]
    ['他说：“好。”', '我们走。', '标题']
    >>> [s.text for s in split_sentences("落实《条例。草案》要求。")]
    ['落实《条例。草案》要求。']
    """
    end = len(text) if end is None else min(end, len(text))
    return list(_sentences_of(text, start, end))


# The measures and the figures walks split the same blocks of an article, one walk after the
# other: room for an article's blocks, not for a corpus's (a benchmark that parses the same
# documents again must not find them split already).
@lru_cache(maxsize=256)
def _sentences_of(text: str, start: int, end: int) -> tuple[Span, ...]:
    sentence_end, _, trailing_note = _sentence_regexes()
    spans: list[Span] = []
    line_start = start
    while line_start < end:
        nl = text.find("\n", line_start, end)
        line_end = end if nl < 0 else nl
        _split_line(text, line_start, line_end, sentence_end, trailing_note, spans)
        line_start = line_end + 1
    return tuple(spans)


def _split_line(text: str, start: int, end: int, sentence_end: re.Pattern,
                trailing_note: re.Pattern, spans: list[Span]) -> None:
    ranges = _protected_ranges(text, start, end)
    s = start
    for m in sentence_end.finditer(text, start, end):
        cut = m.end()
        inside = _inside(m.start(), ranges)
        if inside is not None:
            # inside a quote or title: only a sentence end right before the closing mark
            # ends the sentence (then the closing mark belongs to it)
            if m.end() < inside[1] - 1 or m.start() < s:
                continue
            cut = inside[1]
            while cut < end and text[cut] in sentence_marks().closers:
                cut += 1
        if cut <= s:
            continue
        note = trailing_note.match(text, cut, end)
        if note:
            cut = note.end()
        span = _trimmed_span(text, s, cut)
        if span:
            spans.append(span)
        s = cut
    if s < end:
        span = _trimmed_span(text, s, end)
        if span:
            spans.append(span)


_CLAUSE_DELIM = re.compile(r"[，、：]|(?<!\d)[,:]|[,:](?!\d)")


def split_clauses(text: str, sentence: Span) -> list[Span]:
    """Clauses of a sentence, split after ，、：, : (kept in the clause), with offsets into ``text``.

    Quotes and book titles stay whole; 1,000 and 10:30 are not split.

    >>> [c.text for c in split_clauses("推动“升级、迭代”,加快建设。", Span(0, 15, "推动“升级、迭代”,加快建设。"))]
    ['推动“升级、迭代”,', '加快建设。']
    """
    return list(_clauses_of(text, sentence.start, sentence.end))


@lru_cache(maxsize=16)  # the clause analysis splits a sentence again for a later question
def _clauses_of(text: str, start: int, end: int) -> tuple[Span, ...]:
    ranges = _protected_ranges(text, start, end)
    spans: list[Span] = []
    s = start
    for m in _CLAUSE_DELIM.finditer(text, start, end):
        if _inside(m.start(), ranges):
            continue
        span = _trimmed_span(text, s, m.end())
        if span:
            spans.append(span)
        s = m.end()
    if s < end:
        span = _trimmed_span(text, s, end)
        if span:
            spans.append(span)
    return tuple(spans)


#: Characters that end a clause for :func:`clause_bounds`.
CLAUSE_BREAKS = "，,；;：:。！？!?\n"


def inside_brackets(text: str, start: int, end: int, open_: str, close: str, max_chars: int) -> bool:
    """Whether text[start:end] sits inside open_…close with at most max_chars between them."""
    lo = text.rfind(open_, max(0, start - max_chars), start)
    if lo < 0 or text.find(close, lo, start) >= 0:
        return False
    hi = text.find(close, end, lo + max_chars + 2)
    return hi >= 0


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The stretch between the clause breaks (，；。：…) around pos.

    >>> t = "全年增长5%，其中一季度3%。"
    >>> clause_bounds(t, 3), clause_bounds(t, 8), clause_bounds(t, 99), clause_bounds("", 0)
    ((0, 6), (7, 14), (15, 15), (0, 0))
    """
    pos = max(0, min(pos, len(text)))  # callers may ask just past the end (n.end + 1)
    if len(text) > _SHORT_TEXT:
        # an article is asked about again and again: its breaks are listed once, then bisected
        breaks = _clause_breaks(text)
        k = bisect_left(breaks, pos)
        return (breaks[k - 1] + 1 if k else 0), (breaks[k] if k < len(breaks) else len(text))
    lo = pos
    while lo > 0 and text[lo - 1] not in CLAUSE_BREAKS:
        lo -= 1
    hi = pos
    while hi < len(text) and text[hi] not in CLAUSE_BREAKS:
        hi += 1
    return lo, hi


_SHORT_TEXT = 200  # a sentence: walking to the breaks costs less than listing them
_CLAUSE_BREAK = re.compile("[" + re.escape(CLAUSE_BREAKS) + "]")


@lru_cache(maxsize=8)  # the article and the few texts asked about beside it
def _clause_breaks(text: str) -> list[int]:
    """Positions of the clause breaks in ``text``, in order."""
    return [m.start() for m in _CLAUSE_BREAK.finditer(text)]
