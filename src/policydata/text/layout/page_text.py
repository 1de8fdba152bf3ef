"""The text of an article of a newspaper page: its headline, its body, its photo captions.

On a page the headline and the photo captions say things too (a figure in 航空总人口超五亿,
a place and a measure in a caption), and every row quotes ``documents.text``. So the text
of an article reconstructed from a page (a file that gave several articles) is what a reader
reads (rule ``page_reader_text``): the title as a reader writes it (``Article.title``:
headline lines joined, kicker left out), a line break, the body, then the text of each
caption as paragraphs of its own (a line break before each). The title is a block of kind
``title``, each caption paragraph one of kind ``caption`` (``document.TITLE_BLOCK``): the
stages that read the opening or the sections of the body skip them. ``Article.title`` and
``Article.captions`` stay as they are. A file that gave one article (a report, a web page,
one story) keeps its text as it was.

What of a caption the text holds (rule ``caption_sentences``, thresholds in
``lexicons/layout.json`` ``caption.in_text``): its sentences. The lines of a hard-wrapped
caption are joined; a photo credit is cut off the end of its paragraph (the ``caption.end``
patterns: 白  羽摄（影像中国）, 新华社发); a paragraph too short or without a punctuation
mark stays out (a photo's own title, 这正是：, a verse line, a lone credit), and so does a
caption with a reporter's byline line, which is a story's head read as a caption. All of it
stays in ``Article.captions``.
"""
from __future__ import annotations

from ...document import CAPTION_BLOCK, TITLE_BLOCK, Article, Block, article_blocks
from ...lexicon import load as load_lexicon
from ..patterns import compiled_all
from .blocks import classify_block
from .line_widths import display_width  # one measure of a line's width for the whole layout stage
from .column_breaks import _CLAUSE_MARK as _MARK  # punctuation: a caption paragraph is text (a label or a credit has none)
from .page_blocks import credit_wraps_below
from .rules import rules


def _join_wrapped(lines: list[str], cfg: dict, terminators: str) -> list[str]:
    """Paragraphs of a caption's lines: a line of a hard-wrapped caption (long enough, no
    sentence end, not narrower than the next line) goes on in the next one.

    >>> cfg = {"wrapped_min_len": 11, "width_slack": 2}
    >>> _join_wrapped(["2月10日，某县新建的大桥", "正式通车，全长1200米。", "张  三摄"], cfg, "。")
    ['2月10日，某县新建的大桥正式通车，全长1200米。', '张  三摄']
    >>> _join_wrapped(["春耕忙", "近日，村民在田间插秧。"], cfg, "。")
    ['春耕忙', '近日，村民在田间插秧。']
    """
    kept = [ln.strip() for ln in lines if ln.strip()]
    out: list[str] = []
    for i, line in enumerate(kept):
        prev = kept[i - 1] if i else ""
        wrapped = bool(prev) and prev[-1] not in terminators \
            and display_width(prev) >= cfg["wrapped_min_len"] \
            and display_width(prev) >= display_width(line) - cfg["width_slack"]
        if wrapped and out:
            out[-1] += line
        else:
            out.append(line)
    return out


def _without_credit(paragraph: str) -> str:
    """The paragraph with a photo credit at its end cut off (its sentence mark kept).

    >>> _without_credit("村民在田间插秧。张  三摄（影像中国）"), _without_credit("村民在田间插秧。")
    ('村民在田间插秧。', '村民在田间插秧。')
    """
    ends = compiled_all(load_lexicon("layout.json")["caption"]["end"])
    text = paragraph.strip()
    while text:
        starts = [m.start() for m in (p.search(text) for p in ends) if m]
        if not starts:
            break
        cut = min(starts)
        while cut < len(text) and text[cut] in rules().terminators + ".!? \u3000":
            cut += 1  # a mark before the credit ends the caption's sentence
        if cut >= len(text):
            break
        text = text[:cut].rstrip()
    return text


def caption_paragraphs(caption: str) -> list[str]:
    """The paragraphs of a caption that an article's text holds (rule ``caption_sentences``).

    >>> caption_paragraphs("春耕忙\\n近日，某县村民在田间插秧，已完成8000亩。\\n张  三摄（影像中国）")
    ['近日，某县村民在田间插秧，已完成8000亩。']
    >>> caption_paragraphs("本报记者  张  三\\n近日，某县村民在田间插秧，已完成8000亩。")
    []
    >>> caption_paragraphs("近日，某县村民在田间插秧，已完成8000亩。\\n本报记者  张  三摄（影像\\n中国）")
    ['近日，某县村民在田间插秧，已完成8000亩。']
    """
    lines = [ln.strip() for ln in caption.split("\n") if ln.strip()]
    if credit_wraps_below(lines):  # …摄（影像 | 中国）: one credit, no reporter's byline
        lines[-2:] = [lines[-2] + lines[-1]]
    if any(classify_block(ln) == "byline" for ln in lines):
        return []  # a reporter's byline: a story's head read as a caption, not a caption
    cfg = load_lexicon("layout.json")["caption"]["in_text"]
    out = []
    for paragraph in _join_wrapped(lines, cfg, rules().terminators):
        text = _without_credit(paragraph)
        if len(text) >= cfg["min_len"] and _MARK.search(text):
            out.append(text)
    return out


def _title_in_body(article: Article) -> bool:
    """The title was taken from the text (a heading block, the opening of the first block)."""
    title = article.title.strip()
    return any(b.text.startswith(title) for b in article.blocks) or (article.text or "").startswith(title)


def page_reader_text(article: Article, given_title: str = "") -> Article:
    """Rule ``page_reader_text``: the article with its title line first and its caption
    paragraphs last in ``text`` (blocks ``title`` and ``caption``, body blocks moved along).
    An article without body text is returned as it is; a title that stands in its text
    already, or that is only the ``given_title`` from outside the text (sources.csv: the
    page's name, for a story without a headline of its own), gets no line.

    >>> art = Article(1, "某县春耕面积超万亩", "近日，某县开展春耕。", [Block("body", 0, 10, "近日，某县开展春耕。")],
    ...               captions=["村民在田间插秧，已完成8000亩。\\n张  三摄"])
    >>> new = page_reader_text(art)
    >>> new.text
    '某县春耕面积超万亩\\n近日，某县开展春耕。\\n村民在田间插秧，已完成8000亩。'
    >>> [(b.kind, b.text) for b in new.blocks][::2], new.captions == art.captions
    ([('title', '某县春耕面积超万亩'), ('caption', '村民在田间插秧，已完成8000亩。')], True)
    """
    body = article.text or ""
    if not body.strip():
        return article
    title = article.title.strip() if article.title and "\n" not in article.title.strip() else ""
    if title and (_title_in_body(article) or title == given_title.strip()):
        title = ""
    shift = len(title) + 1 if title else 0
    blocks = [Block(TITLE_BLOCK, 0, len(title), title)] if title else []
    blocks += [Block(b.kind, b.start + shift, b.end + shift, b.text) for b in (article.blocks or article_blocks(article))]
    parts = ([title] if title else []) + [body]
    offset = shift + len(body) + 1
    for caption in article.captions:
        for paragraph in caption_paragraphs(caption):
            blocks.append(Block(CAPTION_BLOCK, offset, offset + len(paragraph), paragraph))
            parts.append(paragraph)
            offset += len(paragraph) + 1
    if not shift and len(parts) == 1:
        return article
    return Article(index=article.index, title=article.title, text="\n".join(parts), blocks=blocks,
                   byline=article.byline, attribution=article.attribution, captions=article.captions,
                   date=article.date, issuer=article.issuer, kicker=article.kicker)
