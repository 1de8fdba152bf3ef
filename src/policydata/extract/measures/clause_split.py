"""The clauses of a sentence that measures are read from: split at ，、：; merged back where a split
would fall inside “…”, 《…》 or （…）, or after an enumeration comma; quoted speech split apart.

>>> from policydata.document import Span
>>> t = "实施“管、护、用”工程，加强监管。"
>>> [c.text for c in clauses_of(t, Span(0, len(t), t))]
['实施“管、护、用”工程，', '加强监管。']
"""
from __future__ import annotations

import re

from ...document import Span
from ...text.segment import split_clauses


_TRAILING_PUNCT = "，,。；;、：:！!？? \t\n"


_OPEN, _CLOSE = "“《（(「『‘", "”》）)」』’"


#: any opening or closing mark: most clauses hold none, and then their depth change is 0 without counting
_BRACKET_MARK = re.compile(f"[{re.escape(_OPEN + _CLOSE)}]")


def _depth_change(s: str) -> int:
    """Opening marks minus closing marks in ``s``.

    >>> _depth_change("围绕“建、用"), _depth_change("实施（试行）方案"), _depth_change("加快发展")
    (1, 0, 0)
    """
    if _BRACKET_MARK.search(s) is None:
        return 0
    return sum(map(s.count, _OPEN)) - sum(map(s.count, _CLOSE))


#: rule conjunction_after_enumeration_comma: a piece after 、 that opens with a conjunction joining
#: verb phrases (并, 并且, 同时) is no further item of a list but the next predicate of the clause
#: (…试点任务、并连续三年位居前列; …监测网络、并逐步扩大覆盖范围): 、 stands for ，there, and the
#: piece is a clause of its own. 并 opening a noun or verb of its own (并购, 并网, 并联 ...) is no
#: conjunction: 兼并、并购重组 stays one list.
_VP_CONJUNCTION = re.compile(r"(?:并且|同时|并(?![购列网联入行存举重轨发表线档户]))(?=[\u4e00-\u9fff])")


def _opens_with_conjunction(piece: str) -> bool:
    """Rule conjunction_after_enumeration_comma: ``piece`` opens with a conjunction of predicates.

    >>> _opens_with_conjunction("并逐步扩大覆盖范围。"), _opens_with_conjunction("并购重组。"), _opens_with_conjunction("污水管网")
    (True, False, False)
    """
    return _VP_CONJUNCTION.match(piece.lstrip()) is not None


def clauses_of(text: str, sentence: Span) -> list[Span]:
    """Clauses of a sentence for measure detection.

    ``segment.split_clauses`` splits on ，、：; an enumeration comma 、 never starts a new
    action (加快修订小微企业认定标准、…), and no split may fall inside “…”, 《…》 or （…）, so
    such pieces are merged back; a piece after 、 that opens with a conjunction of predicates (并,
    同时) is a clause of its own (rule conjunction_after_enumeration_comma).

    >>> t = "围绕“管、护、用”三个环节，实施棚户区、老旧厂房改造。"
    >>> [c.text for c in clauses_of(t, Span(0, len(t), t))]
    ['围绕“管、护、用”三个环节，', '实施棚户区、老旧厂房改造。']
    >>> t = "完成监测站点改造、并逐步扩大覆盖范围。"
    >>> [c.text for c in clauses_of(t, Span(0, len(t), t))]
    ['完成监测站点改造、', '并逐步扩大覆盖范围。']
    """
    speech = _speech_marks(text, sentence)
    pieces = [q for p in split_clauses(text, sentence) if p.end > p.start
              for q in (_split_speech(text, p, speech) if speech else [p])]
    merged: list[Span] = []
    depth = 0
    for piece in pieces:
        if merged and (depth > 0 or merged[-1].text.rstrip().endswith("、") and not _opens_with_conjunction(piece.text)):
            last = merged[-1]
            merged[-1] = Span(last.start, piece.end, text[last.start:piece.end])
        else:
            merged.append(piece)
        last = merged[-1]
        depth = max(0, _depth_change(last.text) - _speech_depth(last, speech))
    return merged


def _speech_depth(piece: Span, speech: set[int]) -> int:
    """What the quotation marks of quoted speech inside ``piece`` add to its bracket depth (they
    count for none: :func:`clauses_of` subtracts this from the piece's own depth change)."""
    if not speech:
        return 0
    return sum((c in _OPEN) - (c in _CLOSE) for i in speech
               if 0 <= i - piece.start < len(piece.text) for c in (piece.text[i - piece.start],))


#: a quotation longer than this is quoted speech, whose clauses stay apart, not a quoted name
_NAME_QUOTE_MAX = 30


def _split_speech(text: str, piece: Span, speech: set[int]) -> list[Span]:
    """A piece that ``segment.split_clauses`` kept whole because quoted speech spans it, split at
    its commas outside quoted names, titles and brackets (“…，我们大力推广智慧牧场，…”).

    >>> t = "“作为养殖大县，我们大力推广智慧牧场，不光是因为草场有限、水源不足，更是主动求变。”"
    >>> [p.text for p in _split_speech(t, Span(0, len(t), t), {0, 41})][:2]
    ['“作为养殖大县，', '我们大力推广智慧牧场，']
    """
    if not any(piece.start <= i < piece.end for i in speech):
        return [piece]
    out, start, depth = [], piece.start, 0
    for i in range(piece.start, piece.end):
        c = text[i]
        if i in speech:
            continue
        depth += (c in _OPEN) - (c in _CLOSE)
        if depth <= 0 and c in "，,；;：:" and i + 1 < piece.end:
            out.append(Span(start, i + 1, text[start:i + 1]))
            start = i + 1
    out.append(Span(start, piece.end, text[start:piece.end]))
    return out


def _speech_marks(text: str, sentence: Span) -> set[int]:
    """Offsets of the quotation marks of quoted speech in a sentence: a “ whose ” is more than
    ``_NAME_QUOTE_MAX`` characters on, or missing (“作为养殖大县，我们大力推广智慧牧场，…”).

    >>> t = "“作为养殖大县，我们大力推广智慧牧场，不光是因为草场有限、水源不足，更是主动求变。”"
    >>> sorted(_speech_marks(t, Span(0, len(t), t))), _speech_marks("实施“管、护、用”工程", Span(0, 11, ""))
    ([0, 41], set())
    """
    marks = set()
    at = text.find("“", sentence.start, sentence.end)
    while at >= 0:
        close = text.find("”", at, sentence.end)
        if close < 0 or close - at > _NAME_QUOTE_MAX:
            marks.add(at)
            if close >= 0:
                marks.add(close)
        at = text.find("“", at + 1, sentence.end)
    return marks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause without surrounding blanks, its trailing punctuation and an opening quotation mark
    (“我们将继续实施…: the speaker's words open with the modal)."""
    while start < end and text[start] in " \t\n“「『\"":
        start += 1
    while end > start and (text[end - 1] in _TRAILING_PUNCT or
                           (text[end - 1] in "”」』" and text[end - 2:end - 1] in "。！？!?")):
        end -= 1  # …货币政策。”: the closing mark of quoted words goes with their full stop
    return start, end
