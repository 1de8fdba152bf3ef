"""Newspaper pages whose text layer keeps its blocks apart (blank lines between them).

A page PDF's text layer comes out as blocks: headline blocks (kicker, main headline,
subtitle), bylines, column pieces of several articles in reading order of the
columns, photo captions with their credit, the editor line. Columns cut sentences;
the piece that goes on with a cut sentence may come several blocks later, after
another article's headline or a caption. This module rebuilds the articles from
general evidence only:

1. **blocks** (``page_blocks``): the lines between blank lines; on a hard-wrapped
   page (one physical line per output line) each block is unwrapped into paragraphs
   first (``unwrap_block``);
2. **kinds** (``page_blocks.block_kind``): meta (page furniture, editor lines), caption
   (a block ending with a photo credit), byline, headline (only short lines without a
   sentence end), body;
3. **headline groups**: consecutive headline blocks are one group (引题/主题/副题,
   kicker, column label); the longest is the title, ``——`` lines are its subtitle;
   one article per group; a headline block set over a caption, inside a sentence the
   column cut, is the photo's title and goes to the caption
   (``column_breaks._photo_titles``, rule photo_title);
4. **assignment** in page order: the first body block after a headline group is that
   article's; a later block continues the article whose last paragraph ends
   mid-sentence with the best fit (``column_breaks.fit``: punctuation, a word or a
   number split across the break, quote balance, constructions; on a hard-wrapped page
   also the width each block is set in, rule block_width, and an article's columns in page
   order, rule column_chain_in_order); any other block goes
   to the article it shares most distinctive character pairs with
   (``topics.topic_scores``);
5. **return of displaced blocks**: a block that neither heads an article nor
   continues a cut sentence moves to the article it clearly belongs to; a lead goes
   first in its article.

Every decision is recorded as ``Decision(rule, score, detail)`` (``explain_page``).
Work is linear in the page length: each block is compared with at most ``window``
open articles, and character-pair sets are updated incrementally.
"""
from __future__ import annotations

from ...document import Article, Block
from .blocks import _is_lead, classify_block, is_complete, opener, masthead_date, signature_date, starts_paragraph
from .column_breaks import (Decision, _headlines_inside_cut, block_width, _headlines_that_continue, _match_breaks,
                            _page_pairs, _photo_titles)
from .continuation import _join
from .page_blocks import (_body_paragraphs, _Chunk, _headline_groups, _is_box_label, _Para, block_kind,
                          is_wrapped_page, split_blocks, wrapped_captions)
from .reflow import reflow_page
from .rules import page_rules
from .faults import reading_faults
from .kickers import _is_kicker
from .running_blocks import infer_gaps
from .block_heads import heads_in_blocks
from .dateline_heads import head_over_dateline, heads_on_datelines
from .topics import _PageArticle, topic_likelihoods, topic_scores


def reconstruct_page(text: str, gaps, *, title_in_text: bool = False,
                     log: list[Decision] | None = None) -> list[Article] | None:
    """Articles of a page whose blocks are kept apart, or None when the text does not
    read as such a page (fewer than two headline groups with text, no page evidence)."""
    log = log if log is not None else []
    pr = page_rules()
    lines = [ln.strip() for ln in text.split("\n")]
    if not gaps or any(not ln for ln in lines):
        return None
    blocks = split_blocks(lines, gaps)
    if _heads_with_text([block_kind(b) for b in blocks]) < pr.min_headline_groups:
        blocks = _headline_tops(blocks, log)
    elif any(k == "headline" for k in map(block_kind, blocks)):
        blocks = heads_on_datelines(blocks, log)
    blocks = heads_in_blocks(blocks, log)
    multi = sum(len(b) > 1 for b in blocks)
    if not multi or multi < pr.min_multiline_share * len(blocks):
        return None  # a blank line after every line (web copy): the gaps carry no blocks
    kinds = [block_kind(b) for b in blocks]
    pairs = _page_pairs(text)
    _headlines_that_continue(blocks, kinds, pairs, log)
    _headlines_inside_cut(blocks, kinds, pairs,
                          is_wrapped_page([b for b, k in zip(blocks, kinds) if k == "body"]), log)
    _photo_titles(blocks, kinds, pairs, log)
    groups = _headline_groups(kinds)
    with_text = [g for g in groups if any(k in ("body", "cut") for k in kinds[g[1] + 1:g[1] + 4])]
    evidence = any(k in ("caption", "byline", "meta") for k in kinds) or any(
        opener(b[0]) for b, k in zip(blocks, kinds) if k == "body")
    if len(with_text) < pr.min_headline_groups or not evidence:
        return None
    wrapped = is_wrapped_page([b for b, k in zip(blocks, kinds) if k in ("body", "cut")])
    if wrapped:  # rule wrapped_caption: a long caption block, few paragraphs once unwrapped
        for i in wrapped_captions(blocks, kinds):
            log.append(Decision("wrapped_caption", i, blocks[i][-1][:20]))
    log.append(Decision("page_blocks", len(blocks), f"{len(groups)} headline groups, wrapped={wrapped}"))
    date = masthead_date(lines)  # rule masthead_date
    # a first pass gives each block an article; the second pass judges the topic of a
    # column break by the articles the first pass built (not by single blocks)
    articles, owner, texts = _assemble_page(blocks, kinds, groups, wrapped, pairs, [], None)
    _return_displaced(articles, [], pairs, owner)
    topic = _article_topic(articles, owner, texts, pairs)
    articles, _, _ = _assemble_page(blocks, kinds, groups, wrapped, pairs, log, topic)
    _return_displaced(articles, log, pairs)
    kept = [a for a in articles if any(c.paras for c in a.chunks)]
    return [_to_article(a, i + 1, date, title_in_text) for i, a in enumerate(kept)]


def _headline_tops(blocks: list[list[str]], log: list[Decision]) -> list[list[str]]:
    """Rule headline_top: on a page whose blank lines part the stories but not a story's
    headline from its text, no block reads as a headline. A block's first one to three lines
    that read as a headline (no sentence end, no numbered heading) and are clearly shorter
    than the block's text lines (at most ``headline_top_max_share`` of its longest line)
    become a headline block of their own when lines of text follow and none of those reads as a
    headline too (a block holding several stories: its blank lines are stray, and the page is
    read as one without blank lines). Tried only when the blocks as they stand give fewer
    than two headline groups with text (rule headline_top_when_unread, ``_heads_with_text``:
    no headline block at all, or only the page-top one), so pages that part their headlines
    keep their reading.

    >>> _headline_tops([["新规落地", "记者走访多家商户发现，老旧店招已经", "换成了统一样式。"]], [])
    [['新规落地'], ['记者走访多家商户发现，老旧店招已经', '换成了统一样式。']]
    >>> two = ["新规落地", "记者走访多家商户发现，老旧店招已经全部更换。", "春耕有序推进", "眼下正值春耕备耕关键时期，各地抢抓农时。"]
    >>> _headline_tops([two], []) == [two]
    True
    >>> _headline_tops([["甲县举办春季", "农产品展销会并发布新品", "本报甲县5月6日电  （记", "者张三）甲县春季农产品展销会", "6日开幕。"]], [])[0]
    ['甲县举办春季', '农产品展销会并发布新品']
    """
    share = page_rules().headline_top_max_share
    out: list[list[str]] = []
    for block in blocks:
        width = max(len(ln) for ln in block)
        split = 0
        # rule headline_top_over_dateline: the lines above a dateline that opens a block's third
        # line or earlier (本报某地5月6日电…) are its story's head when they read as one, however
        # wide: the dateline opens the text
        over = head_over_dateline(block)
        if over:
            log.append(Decision("headline_top_over_dateline", over, block[0][:12]))
            out += [block[:over], block[over:]]
            continue
        for k in range(1, min(3, len(block) - 2) + 1):
            head, rest = block[:k], block[k:]
            if all(len(ln) <= share * width for ln in head) and block_kind(head) == "headline" \
                    and block_kind(rest) == "body" and not any(
                        len(ln) <= share * width and block_kind([ln]) == "headline" for ln in rest[:-1]):
                split = k
        if split:
            log.append(Decision("headline_top", split, block[0][:12]))
            out += [block[:split], block[split:]]
        else:
            out.append(block)
    return out


def _heads_with_text(kinds: list[str]) -> int:
    """Rule headline_top_when_unread: how many headline groups have a text block right after
    them. ``_headline_tops`` is tried when fewer than ``min_headline_groups`` do, i.e. when
    the blocks as they stand would not read as a page: on a page whose blank lines part the
    stories but set each story's head over its text in one block, only the page-top
    headline (kicker, title) may stand as a block of its own, and that one headline block
    must not stop the other stories' heads from being found.

    >>> _heads_with_text(["headline", "body", "body", "caption", "body"])
    1
    >>> _heads_with_text(["headline", "body", "headline", "headline", "body"])
    2
    """
    return sum(any(k == "body" for k in kinds[j + 1:j + 4]) for _, j in _headline_groups(kinds))


def _is_column_label(lines: list[str]) -> bool:
    """One line that joins labels with a middle dot (大数据观察·投资中国): a column's name.

    >>> _is_column_label(["实干显担当·代表委员履职故事"]), _is_column_label(["“去哪儿都带着本”"])
    (True, False)
    """
    return len(lines) == 1 and "·" in lines[0] and not _is_lead(lines[0])


def explain_page(text: str, gaps=None) -> list[Decision]:
    """The decisions taken on a page (empty when it is not read as a block page). Without
    ``gaps`` the page has no blank lines: a hard-wrapped page is first reflowed into
    paragraph lines as ``reconstruct_articles`` does (``reflow.reflow_page``: its column and
    caption rules come first), then the block boundaries ``running_blocks.infer_gaps`` finds
    follow, each with its rule, and the reading's faults come last
    (``faults.reading_faults``: what decides between this reading and the running-text one)."""
    log: list[Decision] = []
    inferred = not gaps
    if inferred:
        column_lines: set[int] = set()
        reflowed = reflow_page(text, log, column_lines) if "\n" in text else None
        text = reflowed if reflowed is not None else text
        gaps = infer_gaps(text.split("\n"), log, reflowed=reflowed is not None,
                          joined=frozenset(column_lines) if reflowed is not None else frozenset())
    articles = reconstruct_page(text, gaps, log=log)
    if inferred and articles:
        log.extend(reading_faults(articles))
    return log


def _article_topic(articles: list["_PageArticle"], owner: dict[int, "_PageArticle"],
                   texts: dict[int, str], page: dict[str, int]):
    """topic(j, i): is the article block i went to in the first pass the one whose pairs
    explain block j best among the articles near block j's (block j's own pairs left out
    of its own article)?"""
    window = page_rules().fit["window"]
    position = {id(a): k for k, a in enumerate(articles)}
    cache: dict[int, dict[int, float]] = {}

    def topic(j: int, i: int) -> bool:
        if i not in owner or j not in owner:
            return False
        if j not in cache:
            at = position[id(owner[j])]
            near = articles[max(0, at - window):at + window + 1]
            owner[j].add_pairs(texts[j], -1)
            scores = topic_likelihoods(texts[j], near, page)
            owner[j].add_pairs(texts[j])
            cache[j] = {id(a): x for a, x in zip(near, scores)}
        scores = cache[j]
        return id(owner[i]) in scores and scores[id(owner[i])] >= max(scores.values())

    return topic


def _assemble_page(blocks, kinds, groups, wrapped, pairs, log, topic):
    """Steps 1-3 of ``reconstruct_page``: chunks, column breaks, page-order assignment.
    Returns (articles, the article of each chunk position, each chunk's text)."""
    pr = page_rules()
    group_at = {g[0]: g for g in groups}

    # 1. body blocks as chunks; the first after a headline group heads its article
    chunks: list[_Chunk] = []
    others: list[dict] = []
    after_head = False
    for b, (block, kind) in enumerate(zip(blocks, kinds)):
        if kind == "headline":
            after_head = after_head or b in group_at
            continue
        if kind not in ("body", "cut"):
            continue
        paras, other = _body_paragraphs(block, wrapped)
        if kind == "cut":
            paras = [_Para(p.text, "body") for p in paras]
        if not paras:
            continue
        chunks.append(_Chunk(b, paras, "head" if after_head else "", len(chunks)))
        others.append(other)
        after_head = False
    # 2. column breaks: the best-fitting pairs of cut ends and continuing starts
    originals = {k: "\n".join(p.text for p in c.paras) for k, c in enumerate(chunks)}
    # rule block_width: on a hard-wrapped page the width each block is set in weighs too
    widths = {k: block_width(blocks[c.index]) for k, c in enumerate(chunks)} if wrapped else None
    match = _match_breaks(chunks, pairs, log, topic, widths)
    chunk_at = {c.index: k for k, c in enumerate(chunks)}
    holder: dict[int, int] = {}  # a wholly joined block -> the block holding its text
    awaited = set(match.values())  # the blocks whose cut end a later block goes on with

    # 3. page order: headline groups open articles, blocks go to theirs
    articles: list[_PageArticle] = []
    owner: dict[int, _PageArticle] = {}
    current: _PageArticle | None = None
    last_body: _PageArticle | None = None
    pending_captions: list[str] = []
    b = 0
    while b < len(blocks):
        kind, block = kinds[b], blocks[b]
        if kind == "headline" and b in group_at:
            first, last = group_at[b]
            heads = [[ln for ln in blocks[k] if classify_block(ln) != "meta"]
                     for k in range(first, last + 1) if kinds[k] == "headline"]
            # rule column_label_not_title: a line joining labels with a middle dot (实干显担当·
            # 代表委员履职故事) names the column the story runs in; another head is the title
            main = max(range(len(heads)), key=lambda k: (len(heads) == 1 or not _is_column_label(heads[k]),
                                                         len("".join(heads[k])), k))
            title_lines = [ln for ln in heads[main] if not ln.startswith("——")]
            if len(heads[main]) > 1 and (_is_box_label(heads[main][0]) or (len(title_lines) > 2 or "·" in heads[main][0])
                                         and _is_kicker(heads[main][0], heads[main][1], True)):
                # rule kicker_in_block: 经济聚焦 | 年货市场人气旺 | 线上线下消费齐升温 in one
                # block (a two-line title over its ——subtitle keeps both lines); a box label
                # over the box's title (记者手记 | 小站何以“留得住”) is its kicker too
                heads[main:main + 1] = [heads[main][:1], heads[main][1:]]
                main += 1
                log.append(Decision("kicker_in_block", 1, heads[main - 1][0]))
            title = "".join(ln for ln in heads[main] if not ln.startswith("——"))
            subtitle = "".join(ln for ln in heads[main] if ln.startswith("——"))
            kicker = " ".join("".join(h) for k, h in enumerate(heads) if k != main)
            current = _PageArticle(title=title, subtitle=subtitle, kicker=kicker)
            current.add_pairs(title)
            articles.append(current)
            log.append(Decision("headline_group", len(heads), f"title={title} kicker={kicker}"))
            b = last + 1
            continue
        if kind == "caption":
            caption = "\n".join(ln for ln in block if classify_block(ln) != "meta")
            # the article the photo shows (its pairs), else the one the caption stands in
            near = articles[-pr.fit["window"]:]
            scores = topic_scores(caption, near)
            target = near[scores.index(max(scores))] if scores and max(scores) >= 1 \
                else (last_body or current)
            (target.captions if target is not None else pending_captions).append(caption)
            log.append(Decision("caption_block", 1, caption[:16]))
        elif kind == "byline" or (kind == "name" and current is not None and not current.chunks):
            # a bare name is a byline only right under a headline group (地 方 is a label)
            target = current or last_body
            if target is not None:
                target.bylines.append(block[-1])
            log.append(Decision(f"{kind}_block", 1, block[-1]))
        elif kind in ("body", "cut") and b in chunk_at:
            k = chunk_at[b]
            chunk, other = chunks[k], others[k]
            if chunk.role == "head" and current is not None:
                target = current
                log.append(Decision("head_block", 1, f"{chunk.paras[0].text[:10]} -> {target.title}"))
            elif k in match:
                # a block wholly joined to an earlier one hands its cut end on to it
                at_end = holder.get(match[k], match[k])
                end = chunks[at_end]
                target = owner[match[k]]
                para = end.paras[-1]
                para.text = _join(para.text, chunk.paras[0].text)
                target.add_pairs(chunk.paras[0].text)
                chunk.paras = chunk.paras[1:]
                chunk.role = "continuation"
                if chunk.paras:
                    # the rest of the block goes on right after the block it continues
                    target.chunks.insert(target.chunks.index(end) + 1, chunk)
                    for p in chunk.paras:
                        target.add_pairs(p.text)
                else:  # wholly joined: the joined paragraph may be cut again
                    holder[k] = at_end
                owner[k] = target
                _collect(target, other, pending_captions)
                pending_captions = []
                last_body = target
                b += 1
                continue
            else:
                start = "\n".join(p.text for p in chunk.paras)
                near = articles[-pr.fit["window"]:]
                scores = topic_scores(start, near)
                target = near[scores.index(max(scores))] if scores else (last_body or current)
                chunk.role = "floating"
                if target is not None:
                    log.append(Decision("topic", round(max(scores), 1) if scores else 0,
                                        f"{chunk.paras[0].text[:10]} -> {target.title}"))
                    cut = _cut_end(target, awaited | {holder.get(v, v) for v in awaited})
                    if cut is not None and _goes_on(chunk.paras[0]):
                        # rule topic_joins_cut_end: the article the block's words belong to
                        # ends mid-sentence (…起诉9135件) and the block opens like no paragraph
                        # (19102人，不起诉…): its first paragraph is that sentence's rest
                        log.append(Decision("topic_joins_cut_end", 1,
                                            f"{cut.text[-8:]}|{chunk.paras[0].text[:8]}"))
                        cut.text = _join(cut.text, chunk.paras[0].text)
                        chunk.paras = chunk.paras[1:]
                        chunk.role = "continuation"
            if target is None:  # text before any headline: an article of its own
                target = current = _PageArticle(title="")
                articles.append(target)
            if chunk.role == "head" and not target.bylines and opener(chunk.paras[0].text):
                target.bylines.append(opener(chunk.paras[0].text))
            target.chunks.append(chunk)
            for p in chunk.paras:
                target.add_pairs(p.text)
            owner[k] = target
            _collect(target, other, pending_captions)
            pending_captions = []
            last_body = target
        b += 1
    return articles, owner, originals


def _cut_end(article: "_PageArticle", awaited: set[int]) -> "_Para | None":
    """The article's last paragraph when it is body text cut mid-sentence (no final mark)
    and no later block was matched to go on with it (its chunk not in ``awaited``)."""
    chunk = next((c for c in reversed(article.chunks) if c.paras), None)
    if chunk is None or chunk.pos in awaited:
        return None
    last = chunk.paras[-1]
    if last.kind != "body" or is_complete(last.text):
        return None
    return last


def _goes_on(para: "_Para") -> bool:
    """Can a block's first paragraph go on with a sentence cut elsewhere: body text that
    opens like no paragraph (no time word, connective, dateline or lead) and is not a
    numbered heading (19102人，不起诉… | 的历史…, not 2025年，… or 本报北京…电).

    >>> _goes_on(_Para("8000人，其中女性过半。", "body")), _goes_on(_Para("2026年，全市新增8000人。", "body"))
    (True, False)
    >>> _goes_on(_Para("据悉，活动持续三天。", "body")), _goes_on(_Para("建设新家园", "heading"))
    (False, False)
    """
    text = para.text.strip()
    return para.kind == "body" and bool(text) and not starts_paragraph(text) and not opener(text) \
        and not _is_lead(text) and classify_block(text) == "body"


def _collect(target: "_PageArticle", other: dict, pending: list[str]) -> None:
    target.bylines += other["byline"]
    target.attributions += other["attribution"]
    target.captions[:0] = pending
    target.captions += other["caption"]


def _return_displaced(articles: list[_PageArticle], log: list[Decision], page: dict[str, int],
                      owner: dict | None = None) -> None:
    """A floating block (neither an article's head nor a continuation) moves to a nearby
    article it shares ``move_margin`` times more distinctive pairs with than with its own
    (``topic_scores``) and at least ``move_min_pairs`` (rule move_needs_pairs: one shared word
    is no topic); a lead goes first in its article."""
    pr = page_rules()
    window = pr.fit["window"]
    floating = [(n, a, c) for n, a in enumerate(articles) for c in a.chunks
                if c.role == "floating" and c.paras]
    for n, a, chunk in floating:
        text = "\n".join(p.text for p in chunk.paras)
        a.add_pairs(text, -1)  # judge the block against its article without itself
        near = articles[max(0, n - window):n + window + 1]
        scores = topic_scores(text, near)
        here = scores[near.index(a)]
        best = max(range(len(near)), key=lambda k: scores[k])
        gain = scores[best] / max(here, 1e-9)
        dest = a
        if near[best] is not a and gain >= pr.move_margin and scores[best] >= pr.move_min_pairs:
            dest = near[best]
            if owner is not None:
                owner[chunk.pos] = dest
            a.chunks.remove(chunk)
            dest.chunks.append(chunk)
            log.append(Decision("returns_to_article", round(gain, 2), f"{text[:12]} -> {dest.title}"))
        dest.add_pairs(text)
        first = chunk.paras[0]
        if first.kind == "body" and _is_lead(first.text) and not opener(first.text) \
                and dest.chunks[0] is not chunk:
            dest.chunks.remove(chunk)
            dest.chunks.insert(0, chunk)
            first.kind = "lead"
            log.append(Decision("lead_first", 1, f"{first.text[:12]} -> {dest.title}"))


def _to_article(a: _PageArticle, index: int, date: str, title_in_text: bool) -> Article:
    items = [p for chunk in a.chunks for p in chunk.paras]
    if a.subtitle:
        items.insert(0, _Para(a.subtitle, "heading"))
    if title_in_text and a.title:
        items.insert(0, _Para(a.title, "heading"))
    blocks: list[Block] = []
    offset = 0
    for p in items:
        blocks.append(Block(p.kind, offset, offset + len(p.text), p.text))
        offset += len(p.text) + 1
    title = a.title or (items[0].text[:50] if items else "")
    art = Article(index=index, title=title, text="\n".join(p.text for p in items), blocks=blocks,
                  byline="；".join(dict.fromkeys(a.bylines)),
                  attribution="；".join(dict.fromkeys(a.attributions)), captions=a.captions,
                  kicker=a.kicker)
    art.date = date or signature_date([p.text for p in items])  # the page's date, else a signature's
    return art
