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
    ``lead`` or ``body``; an article of a newspaper page also has a ``title`` block (its
    headline, the first line) and ``caption`` blocks (the text of its photo captions, the
    last paragraphs): see :data:`TITLE_BLOCK`. Bylines and source lines are not kept in
    the text; they go to the article's byline/attribution.
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
    #: Photo captions printed with the article, as the page prints them (credit lines
    #: included); an article of a page also holds their text at the end of ``text``.
    captions: list[str] = field(default_factory=list)
    #: Publication date printed with the article (a web page's 发布时间), ISO or "".
    date: str = ""
    #: The issuer printed with the article, "" when none: a metadata field (发文机关：…, 【发布机构】…)
    #: or the names of its signature block (joint issuers joined by ；, the first leads); the
    #: pipeline keeps it only when it names a body and no source metadata gives a publisher.
    issuer: str = ""
    #: The label or kicker printed over a page article's title (引题, a column's or a box's name:
    #: 记者手记, 人民论坛), "" when none; read by the text type (``extract.genre``).
    kicker: str = ""


#: The blocks a newspaper page's article holds around its body (``text.layout.page_text``):
#: its headline as the first line and its photo captions as the last paragraphs. They are
#: the article's text, quoted with offsets like the body; what reads the opening or the
#: structure of the body (its first line, its sections) skips them (:func:`body_bounds`).
TITLE_BLOCK, CAPTION_BLOCK = "title", "caption"


def body_bounds(article: Article) -> tuple[int, int]:
    """(start, end) of the article's body in its text: after a title block, before the first
    caption block; the whole text for an article without them (any document that is no page).

    >>> art = Article(1, "标题", "标题\\n正文。\\n图注。", [Block("title", 0, 2, "标题"),
    ...               Block("body", 3, 6, "正文。"), Block("caption", 7, 10, "图注。")])
    >>> body_bounds(art), body_text(art)
    ((3, 6), '正文。')
    >>> body_bounds(Article(1, "", "正文。", []))
    (0, 3)
    """
    text = article.text or ""
    start, end = 0, len(text)
    for block in article.blocks:
        if block.kind == TITLE_BLOCK:
            start = max(start, min(block.end + 1, len(text)))
        elif block.kind == CAPTION_BLOCK:
            end = min(end, max(block.start - 1, 0))
    return start, max(start, end)


def body_text(article: Article) -> str:
    """The article's body: its text without a page article's title line and captions."""
    start, end = body_bounds(article)
    return (article.text or "")[start:end]


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
