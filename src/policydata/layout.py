"""Stage 2: document text -> articles -> sentences and clauses, with offsets.

(First version; issue #3 deepens block classification and rejoining.)
"""
from __future__ import annotations

import re

from .document import Article, Block, Span

_SENTENCE_END = re.compile(r"[^。！？；!?;…\n]*(?:[。！？；!?;…]+[”’」』）)]*|\n|$)")
_CLAUSE_END = re.compile(r"[^，、：,:]*(?:[，、：,:]|$)")


def reconstruct_articles(text: str, *, title_hint: str = "") -> list[Article]:
    """Split normalized document text (one block per line) into articles."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not lines:
        return []
    title = title_hint or lines[0]
    body_lines = lines[1:] if not title_hint else lines
    body = "\n".join(body_lines)
    blocks, pos = [], 0
    for ln in body_lines:
        blocks.append(Block("body", pos, pos + len(ln), ln))
        pos += len(ln) + 1
    return [Article(index=1, title=title, text=body, blocks=blocks)]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans with offsets into ``text``."""
    end = len(text) if end is None else end
    spans = []
    for m in _SENTENCE_END.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e, text[s:e]))
        if m.end() >= end:
            break
    return spans


def split_clauses(text: str, sentence: Span) -> list[Span]:
    """Clauses of a sentence, split on ，、：, with offsets into ``text``."""
    spans = []
    for m in _CLAUSE_END.finditer(text, sentence.start, sentence.end):
        if m.end() > m.start():
            spans.append(Span(m.start(), m.end(), m.group()))
        if m.end() >= sentence.end:
            break
    return spans
