"""What a reading of a page got visibly wrong: the faults that decide between readings.

A page without blank lines is read twice, as running text and as a page of inferred
blocks (``running_blocks``); ``articles.reconstruct_articles`` keeps the reading with
fewer faults (rule ``fewer_faults``). Each fault is a named ``Decision`` (score 1; an
excused one scores 0 and is listed so that ``explain_page`` shows why):

- ``cut_paragraph``: a paragraph ending mid-sentence or starting with a character that
  cannot start a sentence;
- ``deck_under_title`` (excused): an article's first paragraph right under its title,
  one line without a sentence end in it or at its end, not dangling, with a heading
  right under it (【关键词】…): a deck (副题), not a cut paragraph, which goes on in text;
- ``title_no_headline``: an empty title over text, a sentence end inside, a
  non-initial first character;
- ``kicker_title``: a title that is a kicker or column label over the headline proper
  (暖闻热评 over 盒饭摊“转正”的治理启示: two headline lines read as title and sub-head,
  ``running_blocks._is_kicker``);
- ``glued_dateline``: a paragraph inside an article that opens with another story's
  dateline.
"""
from __future__ import annotations

from ...document import Article, Block
from .blocks import ends_dangling, is_complete, opener
from .column_breaks import Decision
from .rules import rules
from .running_blocks import _is_kicker


def reading_faults(articles: list[Article]) -> list[Decision]:
    """The faults of a reading, in article order (score: 1 a fault, 0 excused).

    >>> def art(title, *blocks):
    ...     return Article(index=1, title=title, text="\\n".join(t for _, t in blocks),
    ...                    blocks=[Block(kind, 0, len(t), t) for kind, t in blocks])
    >>> [d.rule for d in reading_faults([art("标题", ("body", "第一段,促"))])]
    ['cut_paragraph']
    >>> deck = "打破孤立分割，才能破解治理碎片化难题"
    >>> [(d.rule, d.score) for d in reading_faults([art("标题", ("body", deck), ("heading", "【关键词】盒饭摊"))])]
    [('deck_under_title', 0)]
    >>> [d.rule for d in reading_faults([art("标题", ("body", deck), ("body", "下一段。"))])]
    ['cut_paragraph']
    >>> [d.rule for d in reading_faults([art("暖闻热评", ("heading", "盒饭摊转正的治理启示"), ("body", "正文。"))])]
    ['kicker_title']
    >>> reading_faults([art("我省发布数字经济发展新政", ("heading", "数据要素市场化配置改革提速"), ("body", "正文。"))])
    []
    """
    r = rules()
    out: list[Decision] = []
    for a in articles:
        for k, b in enumerate(a.blocks):
            if b.kind == "heading" or not b.text:
                continue
            if not is_complete(b.text) or b.text[0] in r.non_initial_chars:
                excused = k == 0 and bool(a.title) and _is_deck(a.blocks)
                out.append(Decision("deck_under_title" if excused else "cut_paragraph",
                                    0 if excused else 1, b.text[-12:]))
        if a.text and (not a.title or r.inner_sentence_end.search(a.title[:-1])
                       or a.title[0] in r.non_initial_chars):
            out.append(Decision("title_no_headline", 1, a.title[:12]))
        if a.title and a.blocks and a.blocks[0].kind == "heading" \
                and _is_kicker(a.title, a.blocks[0].text, False):
            out.append(Decision("kicker_title", 1, a.title[:12]))
        out.extend(Decision("glued_dateline", 1, b.text[:12]) for b in a.blocks[1:] if opener(b.text))
    return out


def _is_deck(blocks: list[Block]) -> bool:
    """The first block is one line without a sentence end in it or at its end, not
    dangling, and a heading follows it."""
    r, text = rules(), blocks[0].text
    return (len(blocks) > 1 and blocks[1].kind == "heading" and "\n" not in text
            and not r.inner_sentence_end.search(text) and not ends_dangling(text)
            and text[0] not in r.non_initial_chars)
