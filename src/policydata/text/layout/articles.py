"""Step 3 for running text, and the entry point: each story's lines -> one ``Article``.

``reconstruct_articles`` runs the steps (``lines``, ``stories``) and assembles each
article (``_assemble``): title group (kicker dropped, a title split over lines joined,
——subtitle and speaker split off), byline, attribution, date; captions and metadata
are kept apart; a broken paragraph is joined to the later block that continues it and a
displaced lead moves to the front (``continuation._rejoin``). A page whose blocks are
kept apart by blank lines goes to ``page.reconstruct_page`` instead.
"""
from __future__ import annotations

import re

from ...document import Article, Block
from ..reading import block_gaps, to_blocks
from .blocks import (classify_block, ends_dangling, info_fields, is_complete, masthead_date, opener,
                     signature_date, signature_issuers)
from .continuation import _Item, _join, _rejoin
from .lines import (_DATELINE, _DROPPED, _ends_with_document_type, _Line, _lines,
                    _unwrap_hard_wrapped)
from .page import reconstruct_page
from .page_text import page_reader_text
from .reflow import reflow_page
from .faults import glued_datelines, glued_headlines, over_split_faults, reading_faults
from .running_blocks import infer_gaps
from .rules import page_rules, rules
from .stories import (_is_page, _merge_headless_segments, _move_cross_article_continuations,
                      _split_articles)


def _title_continues(title: str, nxt: str, later: tuple[str, ...] = ()) -> bool:
    """A title line ending on a function word continues on the next line, and so does
    a 关于… line before the line that names the document type (which may be the
    line after ``nxt``: ``later`` are the title lines after it).

    >>> _title_continues("关于进一步加强城市", "燃气安全管理工作的通知")
    True
    >>> _title_continues("国务院关于有效发挥", "担保基金作用支持小微企业", ("发展的指导意见",))
    True
    >>> _title_continues("城市更新让老街区焕发新活力", "改造工作综述")
    False
    """
    r = rules()
    if ends_dangling(title) or (bool(nxt) and nxt[0] in r.non_initial_chars):
        return True
    if "关于" not in title or _ends_with_document_type(title) or r.doc_number.search(nxt):
        return False
    return _ends_with_document_type(nxt) or any(_ends_with_document_type(x) for x in later)


def _may_be_title_line(line: _Line) -> bool:
    """A headline, or a short unfinished body line (国务院关于印发A、B、C的通知 has commas)."""
    if line.kind == "headline":
        return True
    return (line.kind == "body" and len(line.text) <= rules().top_headline_max_len
            and not is_complete(line.text) and not rules().inner_sentence_end.search(line.text))


_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _split_title(title: str) -> tuple[str, str, str]:
    """Split 报告——2024年3月5日在…上国务院总理 李强 into title, subtitle, speaker."""
    r = rules()
    at = title.find("——")
    if at <= 0:
        return title, "", ""
    rest = title[at:]
    if not (_DATE.search(rest) or rest.startswith("——在")):
        return title, "", ""
    speaker = ""
    m = r.speaker_tail.search(rest)
    if m:
        speaker, rest = m.group(), rest[: m.start()]
    return title[:at].strip(), rest.strip(), speaker.strip()


def _without_kickers(content: list[_Line], lines: list[_Line]) -> list[_Line]:
    """Drop the kicker (引题) of a headline group: 稳外贸政策持续发力 | 前两月进出口增长5.2% | 记者….

    Only a group that ends at a byline or an inline dateline counts as one headline;
    in it, a line shorter than the next one (which is not a ——subtitle and does not
    continue it) is a kicker, and the longer line the main headline.
    """
    run = []
    for ln in content:
        if ln.kind != "headline":
            break
        run.append(ln)
    if len(run) < 2:
        return content
    after = lines.index(run[-1]) + 1
    while after < len(lines) and lines[after].kind in _DROPPED:
        after += 1
    ends_group = after < len(lines) and (
        lines[after].kind == "byline"
        or (lines[after].kind == "body" and bool(opener(lines[after].text))))
    if not ends_group:
        return content
    r = rules()
    drop = 0
    while (drop + 1 < len(run) and len(run[drop].text) < len(run[drop + 1].text)
           and not r.subtitle.match(run[drop + 1].text)
           and not _title_continues(run[drop].text, run[drop + 1].text)):
        drop += 1
    return content[drop:]


def _assemble(lines: list[_Line], index: int, title_hint: str, page_mode: bool,
              context: str = "", several_articles: bool = False,
              title_in_text: bool = False) -> Article:
    """One article from its lines: title group, fields, rejoined body."""
    r = rules()
    bylines: list[str] = []
    attributions: list[str] = []
    captions: list[str] = []
    content: list[_Line] = []
    date = issuer = ""
    for ln in lines:
        if ln.kind == "caption":
            captions.append(ln.text)
        elif ln.kind == "byline":
            bylines.append(ln.text)
        elif ln.kind == "attribution":
            attributions.append(ln.text)
        elif ln.kind == "info":
            fields = info_fields(ln.text)
            attributions += [fields["attribution"]] if "attribution" in fields else []
            bylines += [fields["byline"]] if "byline" in fields else []
            date = date or fields.get("date", "")
            issuer = issuer or fields.get("issuer", "")  # rule metadata_fields
        elif ln.kind == _DATELINE:
            date = date or ln.text
        elif ln.kind in ("body", "headline", "numbered"):
            content.append(ln)
        # metadata and article-end marks are dropped; captions are kept apart
    first_body = next((ln.text for ln in content if ln.kind == "body"), "")
    if not bylines and opener(first_body):
        bylines.append(opener(first_body))
    content = _without_kickers(content, lines)

    title = ""
    items: list[_Item] = []
    pos = 0
    if content and (content[0].kind == "headline" or _is_short_question(content[0].text)):
        title = content[0].text
        pos = 1
        joined = 1
        while (pos < len(content) and joined < r.max_title_join_lines
               and _may_be_title_line(content[pos])
               and _title_continues(title, content[pos].text, _later_title_lines(
                   content, pos + 1, r.max_title_join_lines - joined - 1))):
            title = _join(title, content[pos].text)
            pos += 1
            joined += 1
        title, subtitle, speaker = _split_title(title)
        if subtitle:
            items.append(_Item("heading", subtitle))
        if speaker:
            bylines.insert(0, speaker)
    for ln in content[pos:]:
        kind = "body" if ln.kind == "body" else "heading"
        fragment = ln.kind == "headline" and bool(re.search(r"[，,]", ln.text))
        items.append(_Item(kind, ln.text, maybe_fragment=fragment,
                           unnumbered=ln.kind == "headline"))

    # a lead is displaced by column layout: trust a move only on a laid-out page
    laid_out = several_articles or bool(captions)
    move_leads = page_mode and (laid_out or not r.lead_move_needs_layout)
    items = _rejoin(items, page_mode, context, move_leads=move_leads)
    if title and title_in_text:
        # the headline is part of the document (its figures are facts too): keep it
        # as the first block, so later stages can quote it with offsets into the text
        items.insert(0, _Item("heading", title))
    if not title:
        title = title_hint.strip() if title_hint else ""
    if not title:
        first_heading = next((it.text for it in items if it.kind == "heading"), "")
        title = first_heading or (items[0].text[:50] if items else "")

    blocks: list[Block] = []
    parts: list[str] = []
    offset = 0
    for it in items:
        blocks.append(Block(it.kind, offset, offset + len(it.text), it.text))
        parts.append(it.text)
        offset += len(it.text) + 1
    article = Article(index=index, title=title, text="\n".join(parts), blocks=blocks,
                      byline="；".join(dict.fromkeys(bylines)),
                      attribution="；".join(dict.fromkeys(attributions)), captions=captions)
    date = date or signature_date([it.text for it in items])
    if date:
        article.date = date  # a web page's 发布时间, else the date of a signature block
    # a metadata field's issuer, else the names of a signature block (rule signature_issuer)
    article.issuer = issuer or "；".join(signature_issuers([it.text for it in items]))
    return article


def _later_title_lines(content: list[_Line], pos: int, n: int) -> tuple[str, ...]:
    """Up to ``n`` title-like lines from ``content[pos]`` on."""
    out = []
    for ln in content[pos:pos + max(n, 0)]:
        if not _may_be_title_line(ln):
            break
        out.append(ln.text)
    return tuple(out)


def _is_short_question(text: str) -> bool:
    """A short question line (未来城市什么样?) can head an article."""
    return len(text) <= 30 and text[-1] in "?？" and not rules().inner_sentence_end.search(text)


def reconstruct_articles(text: str, *, title_hint: str = "",
                         title_in_text: bool = False, gaps=frozenset()) -> list[Article]:
    """Split normalized document text (one block per line) into articles.

    A newspaper page gives one article per story; a report or a web page with
    one text gives one article. Titles, bylines and attribution lines go to the
    article's fields, captions are kept apart (``Article.captions``), broken paragraphs
    are rejoined.

    The title is the text's own headline (its first short line without a sentence
    end, see ``is_top_headline``); ``title_hint`` (e.g. from sources.csv) is used only
    when the text has none. With ``title_in_text`` the headline is also kept as the
    first block (kind ``heading``) of the article text, so figures in it can be quoted.

    Parameters
    ----------
    text
        Normalized document text, one block per line (see ``reading.prepare_text``); blank
        lines, or ``gaps``, mark the blocks of a page's text layer.
    title_hint
        A title to use when the text has no headline of its own (e.g. from sources.csv).
    title_in_text
        Keep the headline as the first block (kind ``heading``) of the article text.
    gaps
        Indexes of the lines (blocks) of ``text`` that followed one or more blank lines
        in the source (see ``reading.block_gaps``); empty when it had none.

    Returns
    -------
    list[Article]
        The articles in page order, numbered from 1; empty when the text holds no body,
        headline or numbered line.

    >>> arts = reconstruct_articles("标题\\n记者 张三 报道\\n第一段,促\\n日前,工人在检查。新华社发\\n进发展。")
    >>> arts[0].title, arts[0].byline, arts[0].text
    ('标题', '记者 张三 报道', '第一段,促进发展。')

    A text that gives several articles is a newspaper page: each article's text is what a
    reader reads, its title line first and its captions' text last (``page_text``, rule
    ``page_reader_text``); one article keeps its body as its text.
    """
    articles = _read_articles(text, title_hint=title_hint, title_in_text=title_in_text, gaps=gaps)
    # rule masthead_date: the date the page prints over its stories dates each story that prints none
    # of its own, whichever reading found the articles (the masthead line itself is dropped as meta)
    printed = masthead_date(text.split("\n"))
    for article in articles:
        article.date = article.date or printed
    if len(articles) > 1:
        articles = [page_reader_text(a, given_title=title_hint) for a in articles]
    return articles


def _index_box_lines(lines: list[str]) -> set[int]:
    """Rule index_box: the lines of a page's index box (导读 | entries, each closed by a page
    reference 第N版), which are page furniture and no story (``layout.json`` page_blocks.index_box).

    >>> sorted(_index_box_lines(["正文完。", "导读", "甲市加快建设新城区", "——推进八项工程", "第三版",
    ...                          "评论", "让乡村更美", "第五版", "乙县新闻"]))
    [1, 2, 3, 4, 5, 6, 7]
    >>> _index_box_lines(["导读", "本报讯，今年全市新增就业1万人。", "第三版"])
    set()
    """
    box = page_rules().index_box
    ref = re.compile(box["page_ref"])
    labels = set(box["labels"])
    sentence_end = rules().inner_sentence_end
    out: set[int] = set()
    for i, line in enumerate(lines):
        if line.strip().strip("【】[]：: ") not in labels:
            continue
        last, entry = None, 0
        for j in range(i + 1, min(len(lines), i + 1 + box["max_lines"])):
            s = lines[j].strip()
            if not s:
                continue
            if ref.match(s):
                last, entry = j, 0
                continue
            entry += 1
            if entry > box["max_entry_lines"] or len(s) > page_rules().headline_line_max_len \
                    or sentence_end.search(s) or s[-1] in "。；;":
                break
        if last is not None:
            out.update(range(i, last + 1))
    return out


def _drop_index_boxes(text: str, gaps) -> tuple[str, frozenset]:
    """``text`` without its index boxes' lines; ``gaps`` (line indexes after a blank line)
    moved to the lines that stay."""
    lines = text.split("\n")
    drop = _index_box_lines(lines)
    if not drop:
        return text, gaps
    kept, new_index = [], {}
    for k, line in enumerate(lines):
        new_index[k] = len(kept)
        if k not in drop:
            kept.append(line)
    moved = frozenset(new_index[g] for g in (gaps or ()) if new_index.get(g, len(kept)) < len(kept))
    return "\n".join(kept), moved


def _read_articles(text: str, *, title_hint: str = "", title_in_text: bool = False,
                   gaps=frozenset()) -> list[Article]:
    """The articles of ``text`` as the layout reads them (:func:`reconstruct_articles`).

    Rule wrapped_despite_blanks: a hard-wrapped page whose text layer kept some blank lines
    (pdftotext leaves one where a block ends lower than its neighbour) can read by them as too
    few articles: its blocks then hold pieces of several stories, and the reflow, which needs a
    page without blank lines, never ran. Such a page is also read without its blank lines
    (reflowed, its blocks inferred); that reading wins when it finds more articles and leaves
    fewer faults, counting the signs of a story split apart as faults too (rule over_split,
    ``_flat_wins``): more articles alone is no evidence, a blank-line reading of a page set in
    narrow columns is often right where the flat one splits off sub-heads and column pieces.
    """
    articles = _read_layer(text, title_hint=title_hint, title_in_text=title_in_text, gaps=gaps)
    if not gaps and "\n\n" not in text.strip():
        return articles
    blank_own = _own_faults(articles)
    if not blank_own and not inner_headings(articles):
        return articles  # rule flat_needs_evidence: the flat reading could not win, it is not read
    flat = "\n".join(ln for ln in text.split("\n") if ln.strip())
    if reflow_page(flat) is None:  # no hard-wrapped column text
        return articles
    other = _read_layer(flat, title_hint=title_hint, title_in_text=title_in_text)
    if len(other) > len(articles) and _flat_wins(other, articles, blank_own):
        return other
    return articles


def inner_headings(articles: list[Article]) -> int:
    """Rule flat_needs_evidence: how many headings a reading holds that another reading could
    start an article under (rule glued_headline: a heading inside an article, or its first one
    under a title). A blank-line reading without any, and without faults of its own
    (``_own_faults``), can lose to no flat reading (``_flat_wins``: the flat one must leave
    fewer faults, or as few with glue shown in the blank one), so a hard-wrapped page with blank
    lines is then read once, not twice (the cheap signal first).

    >>> def art(title, *blocks):
    ...     return Article(index=1, title=title, text="", blocks=[Block(k, 0, len(t), t) for k, t in blocks])
    >>> inner_headings([art("甲地建成新园区", ("body", "正文一。"), ("heading", "乙县茶叶喜丰收"), ("body", "正文二。"))])
    1
    >>> inner_headings([art("", ("heading", "甲地建成新园区"), ("body", "正文一。"))])
    0
    """
    return sum(1 for a in articles for k, b in enumerate(a.blocks) if b.kind == "heading" and (k or a.title))


def _own_faults(articles: list[Article]) -> int:
    """A reading's faults that need no other reading to count: its faults, its glued datelines,
    its over-split signs (``_weighed`` adds the stories it glues that another keeps apart)."""
    return (_faults(articles) + sum(d.score for d in glued_datelines(articles))
            + sum(d.score for d in over_split_faults(articles)))


def _flat_wins(flat: list[Article], blank: list[Article], blank_own: int | None = None) -> bool:
    """Does the reading without blank lines beat the reading by them (rule wrapped_despite_blanks)?

    Each reading is charged its faults, the stories it glues that the other keeps apart (rule
    glued_headline) and its signs of a story split apart (rule over_split:
    ``faults.over_split_faults``); the flat reading wins with fewer, and on a tie only when the
    blank-line reading shows stories glued (another story's dateline or headline inside an
    article: rule glued_evidence), for the blank lines are the text layer's own evidence.
    """
    glued = (glued_headlines(blank, flat) + glued_datelines(blank)
             + [d for d in reading_faults(blank) if d.rule == "glued_dateline"])
    flat_faults = _weighed(flat, blank)
    blank_faults = _weighed(blank, flat, blank_own)
    return flat_faults < blank_faults or (flat_faults == blank_faults and any(d.score for d in glued))


def _weighed(articles: list[Article], other: list[Article], own: int | None = None) -> int:
    """A reading's faults, the stories it glues that ``other`` keeps apart (in headings and in
    bylines), its over-split signs (``own``: those of its own, when already counted)."""
    own = _own_faults(articles) if own is None else own
    return own + sum(d.score for d in glued_headlines(articles, other))


def _read_layer(text: str, *, title_hint: str = "", title_in_text: bool = False,
                gaps=frozenset()) -> list[Article]:
    """One reading of ``text``: by its blank lines (or ``gaps``) when it has them, else reflowed."""
    text, gaps = _drop_index_boxes(text, gaps)
    if not gaps and "\n\n" in text.strip():
        # blank lines in the text itself: they mark the blocks of a page's text layer
        gaps, text = block_gaps(text), to_blocks(text)
    reflowed = False
    column_lines: set[int] = set()  # the paragraph lines the reflow joined from column lines
    if not gaps and "\n" in text:
        # rule reflow_wrapped: a hard-wrapped page without blank lines (pdftotext's default
        # mode) reads as one paragraph a line once its column lines are joined (reflow.py)
        joined = reflow_page(text, joined=column_lines)
        if joined is not None:
            text, reflowed = joined, True
    if gaps:
        # a page's text layer with its blocks kept apart (blank lines): see page.py
        page = reconstruct_page(text, gaps, title_in_text=title_in_text)
        if page:
            return page
    lines = _unwrap_hard_wrapped(_lines(text))
    if not any(ln.kind in ("body", "headline", "numbered") for ln in lines):
        return []
    # rule page_evidence: captions, bylines, source lines; or an editor line of the page
    # together with a text set in columns (stories.page_evidence)
    page_mode = _is_page(lines, column_set=reflowed)
    web_page = any(ln.kind == "info" for ln in lines)
    articles = _running_articles(text, lines, page_mode, web_page, title_hint, title_in_text)
    if (page_mode or any(opener(ln.text) for ln in lines)) and not web_page:
        # a page's text layer without blank lines: find its blocks and read it as a page
        # with blank lines (running_blocks.py); that reading wins when it leaves fewer
        # faults (rule fewer_faults: faults.reading_faults). A page with a few stray blank
        # lines that do not read as a page of blocks is read so too, its blank lines kept
        # as block boundaries (rule stray_blank_lines)
        stripped = [ln.strip() for ln in text.split("\n")]
        inferred = infer_gaps(stripped, reflowed=reflowed, blank_before=frozenset(gaps or ()),
                              joined=frozenset(column_lines) if reflowed else frozenset())
        if inferred and gaps:  # a stray blank line inside a headline run splits no title
            inferred = inferred | {i for i in gaps if not _inside_headline_run(stripped, i)}
        page = reconstruct_page(text, inferred, title_in_text=title_in_text) if inferred else None
        # rule column_set_page: a page whose lines were set in columns (reflowed) is a
        # newspaper page; on a tie in faults its page reading wins
        if page and _page_wins(page, articles, reflowed):
            return page
    return articles


def _inside_headline_run(lines: list[str], i: int) -> bool:
    """Do lines i-1 and i both read as headline lines (one headline set on two lines)?

    >>> _inside_headline_run(["甲省代表团将赴乙市考察并出席", "第十二届丙市国际贸易论坛"], 1)
    True
    >>> _inside_headline_run(["全年增长5%。", "第十二届丙市国际贸易论坛"], 1)
    False
    """
    return 0 < i < len(lines) and classify_block(lines[i - 1]) == classify_block(lines[i]) == "headline"


def _page_wins(page: list[Article], running: list[Article], reflowed: bool) -> bool:
    """Does the page reading leave fewer weighted faults than the running-text reading
    (rule fewer_faults; a tie goes to the page on a column-set page, rule
    column_set_page)? Each reading is also charged the stories it glues that the other
    keeps apart (rule glued_headline, ``faults.glued_headlines``): gluing hides the cut
    paragraphs at a story's end.
    """
    page_faults = _faults(page) + sum(d.score for d in glued_headlines(page, running))
    running_faults = _faults(running) + sum(d.score for d in glued_headlines(running, page))
    return page_faults < running_faults or (reflowed and page_faults <= running_faults)


def _faults(articles: list[Article]) -> int:
    """The weighted faults a reading leaves (``faults.reading_faults``: the sum of their
    weights in ``layout.json``'s ``reading_faults``; excused ones score 0).

    >>> _faults([Article(index=1, title="标题", text="第一段,促", blocks=[Block("body", 0, 5, "第一段,促")])])
    1
    """
    return sum(d.score for d in reading_faults(articles))


def _running_articles(text: str, lines: list[_Line], page_mode: bool, web_page: bool,
                      title_hint: str, title_in_text: bool) -> list[Article]:
    """Articles of running text (one block a line): stories split, cut paragraphs rejoined."""
    segments = _split_articles(lines) if page_mode and not web_page else [lines]
    _move_cross_article_continuations(segments, text)
    segments = _merge_headless_segments(segments)
    articles = []
    for segment in segments:
        hint = title_hint if not articles else ""
        article = _assemble(segment, len(articles) + 1, hint, page_mode, context=text,
                            several_articles=len(segments) > 1, title_in_text=title_in_text)
        if article.text or article.title:
            articles.append(article)
    return articles
