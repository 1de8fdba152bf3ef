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

import re
from collections import Counter

from ...document import Article, Block
from .blocks import ends_dangling, is_complete, is_quote_source, opener, starts_paragraph
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
    words = _reading_pairs(articles)
    for a in articles:
        for k, b in enumerate(a.blocks):
            if not b.text:
                continue
            if b.kind == "heading":
                if _is_cut_heading(a.blocks, k):
                    out.append(Decision("cut_heading", w["cut_heading"], b.text[-12:]))
                continue
            if k and is_quote_source(b.text, a.blocks[k - 1].text):
                continue  # rule quote_source_line: a quotation's source ends on no mark, uncut
            if not is_complete(b.text) or b.text[0] in r.non_initial_chars:
                excused = k == 0 and bool(a.title) and _is_deck(a.blocks)
                out.append(Decision("deck_under_title" if excused else "cut_paragraph",
                                    0 if excused else w["cut_paragraph"], b.text[-12:]))
        if a.text and (not a.title or r.inner_sentence_end.search(a.title[:-1])
                       or a.title[0] in r.non_initial_chars):
            out.append(Decision("title_no_headline", w["title_no_headline"], a.title[:12]))
        first = next((b.text for b in a.blocks if b.text), "")
        if a.title and first and (first[0] in r.non_initial_chars or r.cut_title_text_start.match(first)
                                  or _title_splits_word(a.title, first, words)):
            out.append(Decision("cut_title", w["cut_title"], a.title[:12]))
        if a.title and a.blocks and a.blocks[0].kind == "heading" \
                and _is_kicker(a.title, a.blocks[0].text, False):
            out.append(Decision("kicker_title", w["kicker_title"], a.title[:12]))
        out.extend(Decision("glued_dateline", w["glued_dateline"], b.text[:12])
                   for b in a.blocks[1:] if opener(b.text))
    return out


def _reading_pairs(articles: list[Article]) -> Counter:
    """How often each two adjacent characters occur within the lines of a reading's texts."""
    return Counter(ln[i:i + 2] for a in articles for ln in a.text.split("\n") for i in range(len(ln) - 1))


def _title_splits_word(title: str, first: str, words: Counter) -> bool:
    """Rule title_splits_word (a cut_title): a title whose last character and its text's first
    one are a word the reading uses at least ``cut_title_word_min`` times elsewhere, the text
    not opening as a paragraph does (…产业生 | 态建设。): the title is a column line cut inside a
    word, its text the line's tail.

    >>> _title_splits_word("甲县推进产业生", "态建设。", Counter({"生态": 3}))
    True
    >>> _title_splits_word("甲县推进产业生", "近日，态势向好。", Counter({"生态": 3}))
    False
    """
    if not title or not first or title[-1] in rules().closers or opener(first) or starts_paragraph(first):
        return False  # a title closing a quote or bracket (layout.json sentence_final closers) ends there
    return words[title[-1] + first[0]] >= rules().cut_title_word_min


def over_split_faults(articles: list[Article]) -> list[Decision]:
    """Signs that a reading split a story (rule over_split): they weigh a reading found
    without a page's blank lines against the reading by them (``articles._flat_wins``),
    where more articles alone is no evidence.

    - ``stray_piece``: an article of one short body block without byline or dateline, among
      several (a piece of a story's column split off, a cut line of it read as its title).

    >>> def art(title, *blocks, byline=""):
    ...     return Article(index=1, title=title, text="", byline=byline,
    ...                    blocks=[Block(kind, 0, len(t), t) for kind, t in blocks])
    >>> story = art("甲县建成新园区", ("body", "正文一。"), ("body", "正文二。"))
    >>> piece = art("12项具体内容的", ("body", "检查清单，覆盖全部环节。"))
    >>> [d.rule for d in over_split_faults([story, piece])]
    ['stray_piece']
    >>> brief = art("丙市开通新航线", ("body", "本报讯  昨日，丙市开通新航线。"))
    >>> over_split_faults([art("甲县建成新园区", ("body", "正文一。"), ("body", "正文二。")), brief])
    []
    """
    w = rules().fault_weights
    out: list[Decision] = []
    for a in articles:
        if len(articles) > 1 and _is_stray_piece(a):
            out.append(Decision("stray_piece", w["stray_piece"], a.title[:12]))
    return out


def glued_datelines(articles: list[Article]) -> list[Decision]:
    """Another story's dateline inside an article. Rule glued_byline: its bylines hold a second dated dateline (本报某地X月X日电
    after another byline): the head of another story read into it, as ``glued_dateline`` is
    in its text. Charged to the blank-line reading of a page (``articles._flat_wins``).

    >>> def art(byline):
    ...     return Article(index=1, title="标题", text="", byline=byline, blocks=[])
    >>> [d.rule for d in glued_datelines([art("记者 张三 甲市报道；本报乙市3月2日电  （记者李四）")])]
    ['glued_byline']
    >>> glued_datelines([art("本报记者 张三；本报通讯员 李四"), art("本报乙市3月2日电  （记者李四）")])
    []
    >>> buried = Article(index=1, title="标题", text="", blocks=[Block("body", 0, 0,
    ...     "甲县持续推进丙镇新闻本报丙市1月9日电  （记者王五）当天，丙市开通新航线。")])
    >>> [d.rule for d in glued_datelines([buried])]
    ['buried_dateline']
    """
    w = rules().fault_weights["glued_dateline"]
    out = [Decision("glued_byline", w, part[:12])
           for a in articles for part in a.byline.split("；")[1:] if _DAY.search(opener(part))]
    # rule buried_dateline: a dated dateline inside a paragraph (…路段跟 | 乙地新闻标题 | 本报丙市
    # 1月9日电…): a story's headline and dateline read into the paragraph another story cut
    for a in articles:
        for b in a.blocks:
            own = len(opener(b.text))  # the paragraph's own dateline opens it
            for m in _DAY.finditer(b.text):
                if m.start() < own:
                    continue
                start = next((i for i in range(max(own, 1, m.start() - _DATELINE_LEAD), m.start())
                              if m.group() + "电" in opener(b.text[i:])), None)
                if start is not None:
                    out.append(Decision("buried_dateline", w, b.text[start:start + 12]))
    return out


_DAY = re.compile(r"\d{1,2}月\d{1,2}日")  # a dateline names the day its story was filed
_DATELINE_LEAD = 14  # the longest source and place before a dateline's day (新华社乌鲁木齐)


def _is_stray_piece(article: Article) -> bool:
    """Rule stray_piece: an "article" of one short body block with no byline or dateline of
    its own, among several: a piece of another story's column (its title a cut line of it)
    that a reading split off, not a story."""
    body = [b for b in article.blocks if b.text]
    return (len(body) == 1 and body[0].kind == "body" and not article.byline
            and not opener(body[0].text) and len(body[0].text) < rules().stray_piece_max_len)


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
                glued.append(_glued_or_sibling(blocks, k, k, w))
            elif k + 1 < len(blocks) and blocks[k + 1].kind == "heading" \
                    and blocks[k].text + blocks[k + 1].text in titles:
                glued.append(_glued_or_sibling(blocks, k, k + 1, w))
    return glued


def _glued_or_sibling(blocks: list[Block], first: int, last: int, weight: int) -> Decision:
    """A glued headline, or (rule sibling_subhead, excused) one of a series of sub-heads of
    the same form in its article (产业园协同发展，底盘更稳 | 两国务实合作，根基更实): a
    feature's own sub-heads, which a reading that starts a story under one of them splits."""
    text = "".join(b.text for b in blocks[first:last + 1])
    shape = _heading_shape(text)
    sibling = shape is not None and any(
        b.kind == "heading" and _heading_shape(b.text) is not None
        and _same_form(shape, _heading_shape(b.text)) and not _is_cut_heading(blocks, j)
        for j, b in enumerate(blocks) if not first <= j <= last)
    return Decision("sibling_subhead" if sibling else "glued_headline", 0 if sibling else weight, text[:12])


def _heading_shape(text: str) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
    """A sub-head's form: its separators (punctuation, a space run) in order and the lengths
    of the parts between them; None for a line longer than a sub-head, or without a separator.

    >>> _heading_shape("产业园协同发展，底盘更稳"), _heading_shape("相互赋能  彼此成就")
    ((('，',), (7, 4)), ((' ',), (4, 4)))
    """
    text = " ".join(text.split())
    seps = tuple(_SUBHEAD_SEPARATOR.findall(text))
    if not seps or len(text) > rules().subhead_max_len:
        return None  # a line of one part has no form to share: any two lines could match
    parts = tuple(len(p) for p in _SUBHEAD_SEPARATOR.split(text))
    return seps, parts


def _same_form(a: tuple, b: tuple) -> bool:
    """The same separators, and each part's length within one character."""
    return a[0] == b[0] and len(a[1]) == len(b[1]) and all(abs(x - y) <= 1 for x, y in zip(a[1], b[1]))


_SUBHEAD_SEPARATOR = re.compile(r"[，、：；！？,:;!? ]")  # what parts a sub-head


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
