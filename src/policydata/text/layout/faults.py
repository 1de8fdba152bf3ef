"""What a reading of a page got visibly wrong: the faults that decide between readings.

A page without blank lines is read twice, as running text and as a page of inferred
blocks (``running_blocks``); ``articles.reconstruct_articles`` keeps the reading with
fewer faults (rule ``fewer_faults``). Each fault is a named ``Decision`` scored by its weight
in ``layout.json``'s ``reading_faults`` table (an excused one scores 0 and is listed so
that ``explain_page`` shows why):

- ``cut_paragraph``: a paragraph ending mid-sentence or starting with a character that
  cannot start a sentence;
- ``cut_heading``: a heading that is a piece of a cut sentence (it ends on a comma or a
  function word, starts with a character that cannot start a sentence, or the body
  under it starts so): without it, a reading that calls the pieces of its cut sentences
  headings would look faultless;
- ``deck_under_title`` (excused): an article's first paragraph right under its title,
  one line without a sentence end in it or at its end, not dangling, with a heading
  right under it (【关键词】…): a deck (副题), not a cut paragraph, which goes on in text;
- ``title_no_headline``: an empty title over text, a sentence end inside, a
  non-initial first character;
- ``cut_title``: a title whose article text starts as no sentence starts (a character
  that cannot start a sentence, a bare percentage 17.4%，…): the first half of a cut
  sentence read as a headline;
- ``kicker_title``: a title that is a kicker or column label over the headline proper
  (百姓话题 over 修鞋铺“上岗”的治理启示: two headline lines read as title and sub-head,
  ``running_blocks._is_kicker``);
- ``glued_dateline``: a paragraph inside an article that opens with another story's
  dateline;
- ``glued_headline`` (:func:`glued_headlines`, between two readings): a heading inside an
  article that the other reading makes the title of an article of its own (``title_over_headline``:
  the article's first heading too, under a title read from a line above it).
"""
from __future__ import annotations

from ...document import Article, Block
from .blocks import ends_dangling, is_complete, opener
from .column_breaks import Decision
from .rules import rules
from .kickers import _is_kicker


def reading_faults(articles: list[Article]) -> list[Decision]:
    """The faults of a reading, in article order (score: 1 a fault, 0 excused).

    >>> def art(title, *blocks):
    ...     return Article(index=1, title=title, text="\\n".join(t for _, t in blocks),
    ...                    blocks=[Block(kind, 0, len(t), t) for kind, t in blocks])
    >>> [d.rule for d in reading_faults([art("标题", ("body", "第一段,促"))])]
    ['cut_paragraph']
    >>> deck = "打破条块分割，才能化解服务零散化难题"
    >>> [(d.rule, d.score) for d in reading_faults([art("标题", ("body", deck), ("heading", "【关键词】修鞋铺"))])]
    [('deck_under_title', 0)]
    >>> [d.rule for d in reading_faults([art("标题", ("body", deck), ("body", "下一段。"))])]
    ['cut_paragraph']
    >>> [d.rule for d in reading_faults([art("百姓话题", ("heading", "修鞋铺上岗的治理启示"), ("body", "正文。"))])]
    ['kicker_title']
    >>> reading_faults([art("我省发布数字经济发展新政", ("heading", "数据要素市场化配置改革提速"), ("body", "正文。"))])
    []
    """
    r = rules()
    w = r.fault_weights
    out: list[Decision] = []
    for a in articles:
        for k, b in enumerate(a.blocks):
            if not b.text:
                continue
            if b.kind == "heading":
                if _is_cut_heading(a.blocks, k):
                    out.append(Decision("cut_heading", w["cut_heading"], b.text[-12:]))
                continue
            if not is_complete(b.text) or b.text[0] in r.non_initial_chars:
                excused = k == 0 and bool(a.title) and _is_deck(a.blocks)
                out.append(Decision("deck_under_title" if excused else "cut_paragraph",
                                    0 if excused else w["cut_paragraph"], b.text[-12:]))
        if a.text and (not a.title or r.inner_sentence_end.search(a.title[:-1])
                       or a.title[0] in r.non_initial_chars):
            out.append(Decision("title_no_headline", w["title_no_headline"], a.title[:12]))
        first = next((b.text for b in a.blocks if b.text), "")
        if a.title and first and (first[0] in r.non_initial_chars or r.cut_title_text_start.match(first)):
            out.append(Decision("cut_title", w["cut_title"], a.title[:12]))
        if a.title and a.blocks and a.blocks[0].kind == "heading" \
                and _is_kicker(a.title, a.blocks[0].text, False):
            out.append(Decision("kicker_title", w["kicker_title"], a.title[:12]))
        out.extend(Decision("glued_dateline", w["glued_dateline"], b.text[:12])
                   for b in a.blocks[1:] if opener(b.text))
    return out


def glued_headlines(articles: list[Article], other: list[Article]) -> list[Decision]:
    """Headlines that ``articles`` reads inside an article where the ``other`` reading of
    the same page starts an article under them: two stories glued into one (rule
    ``glued_headline``). A reading that glues stories hides the cut paragraphs at their
    ends (the next story's text continues them), so counting its own faults alone
    favours it.

    >>> def art(title, *blocks):
    ...     return Article(index=1, title=title, text="",
    ...                    blocks=[Block(kind, 0, len(t), t) for kind, t in blocks])
    >>> run = [art("甲地建成新园区", ("body", "正文一。"), ("heading", "乙县茶叶喜丰收"), ("body", "正文二。"))]
    >>> page = [art("甲地建成新园区", ("body", "正文一。")), art("乙县茶叶喜丰收", ("body", "正文二。"))]
    >>> [d.rule for d in glued_headlines(run, page)], glued_headlines(page, run)
    (['glued_headline'], [])

    A title set on two lines may be two heading blocks in a row (乙县茶叶 | 喜丰收):

    >>> run = [art("甲地建成新园区", ("body", "正文一。"), ("heading", "乙县茶叶"), ("heading", "喜丰收"), ("body", "正文二。"))]
    >>> [d.detail for d in glued_headlines(run, page)]
    ['乙县茶叶喜丰收']

    Rule title_over_headline: the headline may be the article's first heading, under a title
    read from a line above it (another story's sub-head at its column's foot):

    >>> run = [art("甲地建成新园区", ("body", "正文一。")), art("茶香四溢，茶农增收", ("heading", "乙县茶叶"), ("heading", "喜丰收"), ("body", "正文二。"))]
    >>> [d.detail for d in glued_headlines(run, page)]
    ['乙县茶叶喜丰收']
    """
    w = rules().fault_weights["glued_headline"]
    titles = {a.title.split("\n")[0] for a in other[1:] if a.title and pairs_closed(a.title)}
    glued = []
    for a in articles:
        blocks = a.blocks
        for k in range(len(blocks)):
            if blocks[k].kind != "heading" or k == 0 and not a.title:
                continue  # rule title_over_headline: the first heading too, under another title
            if blocks[k].text in titles:
                glued.append(Decision("glued_headline", w, blocks[k].text[:12]))
            elif k + 1 < len(blocks) and blocks[k + 1].kind == "heading" \
                    and blocks[k].text + blocks[k + 1].text in titles:
                glued.append(Decision("glued_headline", w, (blocks[k].text + blocks[k + 1].text)[:12]))
    return glued


def pairs_closed(text: str) -> bool:
    """Does every quote and bracket of ``text`` close after it opens, within the text (as
    in a headline, and not in a piece cut out of a line)?

    >>> [pairs_closed(t) for t in ("“为民”办实事", "（本报记者王", "工匠”入选“名录", "今年增长5%")]
    [True, False, False, True]
    """
    for pair in rules().headline_pairs:
        depth = 0
        for ch in text:
            depth += (ch == pair[0]) - (ch == pair[1])
            if depth < 0:
                return False
        if depth:
            return False
    return True


def _is_cut_heading(blocks: list[Block], k: int) -> bool:
    """Is heading ``k`` a piece of a cut sentence: it ends dangling, starts with a
    non-initial character, or the body block under it starts with one?"""
    r, text = rules(), blocks[k].text
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    return (ends_dangling(text) or text[0] in r.non_initial_chars
            or (nxt is not None and nxt.kind == "body" and nxt.text[:1] in r.non_initial_chars))


def _is_deck(blocks: list[Block]) -> bool:
    """The first block is one line without a sentence end in it or at its end, not
    dangling, and a heading follows it."""
    r, text = rules(), blocks[0].text
    return (len(blocks) > 1 and blocks[1].kind == "heading" and "\n" not in text
            and not r.inner_sentence_end.search(text) and not ends_dangling(text)
            and text[0] not in r.non_initial_chars)
