"""Plain data types passed between the pipeline stages.

Every offset is a code-point index into ``Article.text`` (end exclusive), the
reconstructed article text that the documents table publishes, so that
``article.text[span.start:span.end] == span.text`` always holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A stretch of article text: a sentence, a clause, a quote."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Block:
    """A paragraph-level block kept in the article text.

    ``kind`` is one of ``heading`` (section or sub-headline kept for context),
    ``lead`` or ``body``. Headlines, captions, bylines and source lines are not
    kept in the text; they go to the article's title/byline/attribution.
    """

    kind: str
    start: int
    end: int
    text: str


@dataclass
class Article:
    """One reconstructed article (a newspaper story, or a whole report)."""

    index: int
    title: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    byline: str = ""
    attribution: str = ""
    #: Photo captions printed with the article: kept apart, never inside ``text``.
    captions: list[str] = field(default_factory=list)
    #: Publication date printed with the article (a web page's 发布时间), ISO or "".
    date: str = ""


def article_blocks(article: Article) -> list[Block]:
    """The article's blocks in text order; without layout blocks, one body block per line.

    >>> [b.text for b in article_blocks(Article(1, "", "一、回顾\\n\\n建成基站。", []))]
    ['一、回顾', '建成基站。']
    """
    if article.blocks:
        return sorted(article.blocks, key=lambda b: b.start)
    out, pos = [], 0
    for line in (article.text or "").split("\n"):
        if line.strip():
            out.append(Block("body", pos, pos + len(line), line))
        pos += len(line) + 1
    return out
