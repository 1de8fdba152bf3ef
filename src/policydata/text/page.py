"""Newspaper pages whose text layer keeps its blocks apart (blank lines between them).

A page PDF's text layer comes out as blocks: headline blocks (kicker, main headline,
subtitle), bylines, column pieces of several articles in reading order of the
columns, photo captions with their credit, the editor line. Columns cut sentences;
the piece that goes on with a cut sentence may come several blocks later, after
another article's headline or a caption. This module rebuilds the articles from
general evidence only:

1. **blocks**: the lines between blank lines; on a hard-wrapped page (one physical
   line per output line) each block is unwrapped into paragraphs first
   (``unwrap_block``);
2. **kinds** (``block_kind``): meta (page furniture, editor lines), caption (a
   block ending with a photo credit), byline, headline (only short lines without a
   sentence end), body;
3. **headline groups**: consecutive headline blocks are one group (引题/主题/副题,
   kicker, column label); the longest is the title, ``——`` lines are its subtitle;
   one article per group;
4. **assignment** in page order: the first body block after a headline group is that
   article's; a later block continues the article whose last paragraph ends
   mid-sentence with the best fit (``fit``: punctuation, a word or a number split
   across the break, quote balance, constructions); any other block goes to the
   article it shares most distinctive character pairs with (``topic_scores``);
5. **return of displaced blocks**: a block that neither heads an article nor
   continues a cut sentence moves to the article it clearly belongs to; a lead goes
   first in its article.

Every decision is recorded as ``Decision(rule, score, detail)`` (``explain_page``).
Work is linear in the page length: each block is compared with at most ``window``
open articles, and character-pair sets are updated incrementally.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Article, Block
from ..lexicon import load as load_lexicon

_CJK = re.compile(r"[\u4e00-\u9fff]")
_TOKEN = re.compile(r"[0-9][0-9.,]*%?|[A-Za-z]+|.")


@dataclass(frozen=True)
class Decision:
    """One named rule applied to one block, with its score (for debugging)."""

    rule: str
    score: float
    detail: str


@dataclass(frozen=True)
class _PageRules:
    headline_block_max_lines: int
    headline_line_max_len: int
    headline_max_len: int
    box_labels: tuple[str, ...]
    padded_name: re.Pattern
    min_headline_groups: int
    min_multiline_share: float
    wrapped_line_max_len: int
    wrapped_share: float
    fit: dict
    move_margin: float


@lru_cache(maxsize=1)
def page_rules() -> _PageRules:
    lex = load_lexicon("layout.json")["page_blocks"]
    return _PageRules(
        headline_block_max_lines=lex["headline_block_max_lines"],
        headline_line_max_len=lex["headline_line_max_len"],
        headline_max_len=lex["headline_max_len"],
        box_labels=tuple(lex["box_labels"]),
        padded_name=re.compile(lex["padded_name"]),
        min_headline_groups=lex["min_headline_groups"],
        min_multiline_share=lex["min_multiline_share"],
        wrapped_line_max_len=lex["wrapped_line_max_len"],
        wrapped_share=lex["wrapped_share"],
        fit={k: v for k, v in lex["fit"].items() if not k.startswith("_")},
        move_margin=lex["move_margin"],
    )


# --------------------------------------------------------------------------- blocks

def split_blocks(lines: list[str], gaps) -> list[list[str]]:
    """The page's lines grouped into blocks at the gaps (indexes after a blank line)."""
    blocks: list[list[str]] = []
    for i, line in enumerate(lines):
        if not blocks or i in gaps:
            blocks.append([])
        blocks[-1].append(line)
    return blocks


def is_wrapped_page(blocks: list[list[str]]) -> bool:
    """A hard-wrapped page: most lines of its longer blocks are short.

    >>> is_wrapped_page([["第一行很短，", "第二行也很短", "第三行。"]] * 3)
    True
    >>> is_wrapped_page([["一整段文字" * 12, "又一段。"]] * 3)
    False
    """
    pr = page_rules()
    lines = [ln for b in blocks if len(b) >= 3 for ln in b]
    if len(lines) < 8:
        return False
    short = sum(len(ln) <= pr.wrapped_line_max_len for ln in lines)
    return short >= pr.wrapped_share * len(lines)


def _first_token(text: str) -> str:
    m = _TOKEN.match(text)
    return m.group() if m else text[:1]


def unwrap_block(lines: list[str]) -> list[str]:
    """Paragraphs of a hard-wrapped block: a line goes on in the next one when the
    next line's first token would not have fit in the block's line width.

    >>> unwrap_block(["初步核算，一季度国内生产总值的同比增", "长5.0%，比上年四季度加快0.5个", "百分点。", "产业方面，一产增长3.8%。"])
    ['初步核算，一季度国内生产总值的同比增长5.0%，比上年四季度加快0.5个百分点。', '产业方面，一产增长3.8%。']
    """
    if len(lines) < 2:
        return list(lines)
    from .layout import rules
    closers = rules().closers + "，。、；：？！%"
    # the line width: the longest line that did not take a closing mark past the edge
    plain = [len(ln) for ln in lines if ln[-1] not in closers] or [len(ln) for ln in lines]
    width = max(plain)
    out = [lines[0]]
    terminators = rules().terminators
    for k, (prev, line) in enumerate(zip(lines, lines[1:])):
        full = len(prev) + len(_first_token(line)) > width or len(prev) >= width
        if full and prev[-1] in terminators:
            # 态势。| 强大韧性 | 居民生活…: a finished sentence at the line end, then a short
            # line without punctuation that ends its own paragraph is a heading
            nxt = lines[k + 2] if k + 2 < len(lines) else ""
            ends_para = not nxt or len(line) + len(_first_token(nxt)) <= width
            if ends_para and not re.search(r"[，,。；;：:、！？!?”）]", line):
                full = False
        if full:
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
    return out


def _join(before: str, after: str) -> str:
    from .layout import _join as join
    return join(before, after)


# --------------------------------------------------------------------------- kinds

def _is_box_label(text: str) -> bool:
    return text.strip("【】[]：: ") in page_rules().box_labels


def _headline_lines_ok(lines: list[str]) -> bool:
    """Every line short, no sentence end inside or at the end of the group (a final
    ？！ is allowed), not opening with a character that cannot start a sentence."""
    from .layout import rules
    r, pr = rules(), page_rules()
    if not lines or len(lines) > pr.headline_block_max_lines:
        return False
    joined = "".join(lines)
    if len(joined) > pr.headline_max_len or joined[0] in r.non_initial_chars:
        return False
    if any(len(ln) > pr.headline_line_max_len for ln in lines):
        return False
    inner = joined[:-1]
    if re.search(r"[。；;！？!?]", inner) or re.search(r"[。；;：:，,、]$", joined):
        return False
    # headlines rarely hold two commas, or one in a long line: such a block is the
    # start of a paragraph cut at a column end
    commas = len(re.findall(r"[，,]", joined))
    return commas < 2 and not (commas and len(joined) > 30)


def block_kind(lines: list[str]) -> str:
    """Kind of one block: meta, caption, byline, headline or body.

    >>> block_kind(["1月19日，德清县蜡梅绽放，游客拍照打卡。", "白  羽摄（影像中国）"])
    'caption'
    >>> block_kind(["四个关键词，", "读懂经济“一季报”"]), block_kind(["本报记者 孙  勇"])
    ('headline', 'byline')
    >>> block_kind(["本版责编：纪雅林  张伟昊"]), block_kind(["户等问题；多次带他们参观。"])
    ('meta', 'body')
    """
    from .layout import classify_block
    kinds = [classify_block(ln) for ln in lines]
    content = [(ln, k) for ln, k in zip(lines, kinds) if k != "meta"]
    if not content:
        return "meta"
    if kinds[-1] == "caption" and len(lines) <= 6:
        return "caption"
    if len(content) == 1 and content[0][1] == "byline":
        return "byline"
    if len(content) == 1 and page_rules().padded_name.match(content[0][0]):
        return "name"
    texts = [ln for ln, _ in content]
    if _is_box_label(texts[0]):
        return "body"
    # a numbered heading (一、… （二）…) is a section of an article, never a story's headline
    if _headline_lines_ok(texts) and all(k in ("headline", "body") for _, k in content):
        return "headline"
    return "body"


# --------------------------------------------------------------------------- fit across a column break

def _page_pairs(page_text: str) -> dict[str, int]:
    """Counts of adjacent Chinese character pairs on the page ("" holds their total)."""
    counts: dict[str, int] = {}
    total = 0
    for k in range(len(page_text) - 1):
        a, b = page_text[k], page_text[k + 1]
        if _CJK.match(a) and _CJK.match(b):
            counts[a + b] = counts.get(a + b, 0) + 1
            total += 1
    counts[""] = total
    return counts


def _first_clause(text: str) -> tuple[str, str]:
    m = re.search(r"[，,。；;：:、！？!?]", text)
    return (text[: m.start()], text[m.start()]) if m else (text, "")


def fit(before: str, after: str, pairs: dict[str, int] | None = None) -> tuple[float, list[Decision]]:
    """How well ``after`` (the start of a block) continues the unfinished ``before``
    (the last paragraph of an article), as a score and the rules that gave it.

    >>> fit("从2023年的净亏", "损24亿元成功扭亏为盈。", {"亏损": 2})[0] >= 2
    True
    >>> fit("小米研发投入计划超2000", "亿元，三一重工坚定转型。")[0] >= 2
    True
    >>> fit("推动大中小", "2026年，全市新建学校10所。")[0] < 0
    True
    """
    from .layout import (_is_headline_like, opener, rules, starts_paragraph)
    r, f = rules(), page_rules().fit
    pairs = pairs or {}
    before, after = before.rstrip(), after.strip()
    out: list[Decision] = []
    if not before or not after:
        return -99.0, out

    def rule(name: str, detail: str = "") -> None:
        out.append(Decision(name, f[name], detail))

    last, first = before[-1], after[0]
    punct_end = last in "，,、"
    if punct_end:
        rule("comma_end", last)
    if first in r.non_initial_chars:
        rule("punct_after_punct" if punct_end and not _CJK.match(first) else "non_initial_start", first)
    if _CJK.match(last) and _CJK.match(first):
        uses = pairs.get(last + first, 0)
        if uses >= 2:
            rule("split_word_often", last + first)
        elif uses == 1:
            rule("split_word_once", last + first)
    if last.isdigit() and (first.isdigit() or first in f["units"]):
        rule("split_number", last + first)
    clause, mark = _first_clause(after)
    if mark and len(clause) <= r.tiny_first_clause_max and mark not in "、：:":
        rule("fragment_after_punct" if punct_end else "tail_fragment", clause + mark)
    dateline = opener(after)
    if dateline:
        rule("dateline_opener", dateline[:12])
    elif starts_paragraph(after):
        rule("paragraph_opener", after[:6])
    first_line = after.split("\n")[0]
    if len(first_line) < len(after) and _is_headline_like(first_line):
        rule("starts_with_heading", first_line)
    if before.count("“") > before.count("”"):
        close, open_ = after.find("”"), after.find("“")
        if close >= 0 and (open_ < 0 or close < open_):
            rule("closes_quote", "”")
    if before.count("（") > before.count("）"):
        close, open_ = after.find("）"), after.find("（")
        if close >= 0 and (open_ < 0 or close < open_):
            rule("closes_quote", "）")
    tail = re.split(r"[，,。；;：:、！？!?]", before)[-1]
    for first_word, second_word in r.construction_pairs:
        at = tail.rfind(first_word)
        if at >= 0 and second_word not in tail[at + len(first_word):] and clause.startswith(second_word):
            rule("construction", first_word + "…" + second_word)
            break
    if before.endswith("、") and any(c in clause for c in r.enumeration_closers):
        rule("enumeration", clause)
    return sum(d.score for d in out), out


# --------------------------------------------------------------------------- topic

def _pairs_of(text: str) -> set[str]:
    return {text[k:k + 2] for k in range(len(text) - 1)
            if _CJK.match(text[k]) and _CJK.match(text[k + 1])}


def topic_scores(text: str, articles: list["_PageArticle"]) -> list[float]:
    """Distinctive character pairs ``text`` shares with each article: a pair counts
    1/n when n of the articles hold it (names, places and terms of one story weigh most).

    A block that belongs to no article's head nor continues a cut sentence goes to the
    article with the highest score.
    """
    mine = _pairs_of(text)
    shared = [[p for p in mine if p in a.pairs] for a in articles]
    df: dict[str, int] = {}
    for ps in shared:
        for p in ps:
            df[p] = df.get(p, 0) + 1
    return [sum(1.0 / df[p] for p in ps) for ps in shared]


def topic_likelihoods(text: str, articles: list["_PageArticle"], page: dict[str, int]) -> list[float]:
    """How well each article's character pairs explain ``text``: the log-likelihood of
    the distinct pairs of ``text`` under the article's pair counts mixed half and half
    with the page's (``page``), so that long and short articles are judged alike and a
    pair no article holds counts the same for all."""
    mine = _pairs_of(text)
    if not mine or not articles:
        return [0.0] * len(articles)
    page_total = page.get("", 0) or sum(page.values()) or 1
    background = {p: (page.get(p, 0) + 1) / (page_total + len(page)) for p in mine}
    out = []
    for a in articles:
        total = max(1, a.total)
        out.append(sum(math.log(0.5 * a.pairs.get(p, 0) / total + 0.5 * background[p])
                       for p in mine))
    return out


# --------------------------------------------------------------------------- assembly

@dataclass
class _Para:
    text: str
    kind: str  # body, heading, lead


@dataclass
class _Chunk:
    index: int  # the block's index on the page
    paras: list[_Para]
    role: str = ""  # head, continuation, floating
    pos: int = 0  # the chunk's position among the page's body blocks


@dataclass
class _PageArticle:
    title: str
    subtitle: str = ""
    kicker: str = ""
    bylines: list[str] = field(default_factory=list)
    attributions: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    chunks: list[_Chunk] = field(default_factory=list)
    pairs: Counter = field(default_factory=Counter)
    total: int = 0  # sum of the pair counts

    def last_para(self) -> _Para | None:
        for chunk in reversed(self.chunks):
            for para in reversed(chunk.paras):
                return para
        return None

    def open_end(self) -> str:
        """The unfinished last paragraph, or ""."""
        from .layout import is_complete
        para = self.last_para()
        if para is None or para.kind != "body" or is_complete(para.text):
            return ""
        return para.text

    def add_pairs(self, text: str, sign: int = 1) -> None:
        """Count (or with ``sign`` -1, uncount) the character pairs of ``text``."""
        for p in _pairs_of(text):
            self.pairs[p] += sign
            self.total += sign
            if self.pairs[p] <= 0:
                del self.pairs[p]


def _paragraphs(lines: list[str], wrapped: bool) -> list[str]:
    return unwrap_block(lines) if wrapped else list(lines)


def _headlines_that_continue(blocks: list[list[str]], kinds: list[str], pairs: dict[str, int],
                             log: list[Decision]) -> None:
    """A headline-like block that no byline or dateline follows and whose start clearly
    continues a recent cut paragraph (促 | 进中小企业…, fit of 2 or more) is body text
    (kind ``cut``: a body block whose lines are all text)."""
    from .layout import is_complete, opener
    window = page_rules().fit["window"]
    open_ends: list[str] = []
    for b, kind in enumerate(kinds):
        if kind in ("body", "cut"):
            last = blocks[b][-1]
            open_ends = (open_ends + [last])[-window:] if not is_complete(last) else open_ends
            continue
        if kind != "headline" or not open_ends:
            continue
        nxt = next((k for k in range(b + 1, len(kinds)) if kinds[k] != "meta"), None)
        if nxt is not None and (kinds[nxt] in ("byline", "name", "headline")
                                or (kinds[nxt] == "body" and opener(blocks[nxt][0]))):
            continue
        start = "".join(blocks[b])
        best = max(fit(end, start, pairs)[0] for end in open_ends)
        if best >= 2:
            kinds[b] = "cut"
            log.append(Decision("headline_continues_cut", best, start[:12]))


def _headline_groups(kinds: list[str]) -> list[tuple[int, int]]:
    """(first, last) block indexes of each run of headline blocks (meta blocks inside)."""
    groups = []
    i = 0
    while i < len(kinds):
        if kinds[i] != "headline":
            i += 1
            continue
        j = i
        k = i + 1
        while k < len(kinds) and kinds[k] in ("headline", "meta"):
            if kinds[k] == "headline":
                j = k
            k += 1
        groups.append((i, j))
        i = j + 1
    return groups


def _page_date(lines: list[str]) -> str:
    for ln in lines:
        m = re.match(r"^((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s*(星期|周)", ln)
        if m:
            return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return ""


def explain_page(text: str, gaps) -> list[Decision]:
    """The decisions taken on a page (empty when it is not read as a block page)."""
    log: list[Decision] = []
    reconstruct_page(text, gaps, log=log)
    return log


def _body_paragraphs(block: list[str], wrapped: bool):
    """Paragraphs of a body block and the lines of other kinds found in it."""
    from .layout import classify_block, ends_dangling
    paras: list[_Para] = []
    other: dict[str, list[str]] = {"byline": [], "attribution": [], "caption": []}
    texts = _paragraphs(block, wrapped)
    width = max(len(ln) for ln in block)
    for n, ptext in enumerate(texts):
        k = classify_block(ptext)
        if n == len(texts) - 1 and k == "headline" and len(block) > 1 and (
                (wrapped and len(block[-1]) >= width - 1) or ends_dangling(ptext)):
            k = "body"  # the block's last line runs to the column's end: a cut, not a heading
        if k in ("meta", "end"):
            continue
        if _is_box_label(ptext):  # 记者手记 is a box's label, not a reporter's name
            k = "headline"
        if k == "caption" or (k == "byline" and not paras) or k == "attribution":
            other[k].append(ptext)
        elif k in ("headline", "numbered"):  # box labels were made headlines above
            paras.append(_Para(ptext, "heading"))
        elif paras and paras[-1].kind == "heading" and _is_subhead_line(ptext):
            # 强大韧性 | 居民生活、企业生产用能供应充足、保障有力: a stacked sub-head
            paras.append(_Para(ptext, "heading"))
        else:
            paras.append(_Para(ptext, "body"))
    return paras, other


def _is_subhead_line(text: str) -> bool:
    """A short line without sentence punctuation at its end or inside."""
    return len(text) <= page_rules().headline_line_max_len and not re.search(r"[。；;！？!?：:，,]$|[。；;]", text)


def _match_breaks(chunks: list[_Chunk], pairs: dict[str, int], log: list[Decision],
                  topic=None) -> dict[int, int]:
    """Pair each block that ends mid-sentence with the later block that continues it:
    every (end, start) pair within ``window`` blocks is scored by ``fit`` (plus a point
    when the start shares more distinctive character pairs with that end's article, or
    block, than with the other open ends': ``topic(j, i)``), and the best pairs win,
    each end and start used once.
    Returns {start chunk position: end chunk position}."""
    from .layout import is_complete
    pr = page_rules()
    window = pr.fit["window"]
    ends = [i for i, c in enumerate(chunks) if c.paras and c.paras[-1].kind == "body"
            and not is_complete(c.paras[-1].text)]
    texts = {i: _pairs_of("".join(p.text for p in c.paras)) for i, c in enumerate(chunks)}
    scored = []
    by_start: dict[int, list[int]] = {}
    for i in ends:
        for j in range(i + 1, min(len(chunks), i + 1 + window)):
            if chunks[j].role != "head" and chunks[j].paras and chunks[j].paras[0].kind == "body":
                by_start.setdefault(j, []).append(i)
    for j, cands in by_start.items():
        start = chunks[j].paras[0].text
        if topic:  # the end's article is the one whose pairs explain the start best
            same = {i: topic(j, i) for i in cands}
        else:  # first pass: the end's block shares most pairs with the start
            shared = {i: len(texts[j] & texts[i]) for i in cands}
            top = max(cands, key=lambda i: (shared[i], i))
            same = {i: i == top and shared[i] > 0 for i in cands}
        for i in cands:
            score, used = fit(chunks[i].paras[-1].text, start, pairs)
            if same[i] and score >= 0:
                score += pr.fit["same_topic"]
                used = used + [Decision("same_topic", pr.fit["same_topic"], "")]
            scored.append((score, -(j - i), i, j, used))
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    match: dict[int, int] = {}
    taken_ends: set[int] = set()
    for score, _, i, j, used in scored:
        if score < pr.fit["min_join"] or i in taken_ends or j in match:
            continue
        match[j] = i
        taken_ends.add(i)
        log.append(Decision("continues", score, f"{chunks[i].paras[-1].text[-8:]}|{chunks[j].paras[0].text[:8]} "
                            + ",".join(f"{d.rule}{d.score:+g}" for d in used)))
    return match


def reconstruct_page(text: str, gaps, *, title_in_text: bool = False,
                     log: list[Decision] | None = None) -> list[Article] | None:
    """Articles of a page whose blocks are kept apart, or None when the text does not
    read as such a page (fewer than two headline groups with text, no page evidence)."""
    from .layout import opener
    log = log if log is not None else []
    pr = page_rules()
    lines = [ln.strip() for ln in text.split("\n")]
    if not gaps or any(not ln for ln in lines):
        return None
    blocks = split_blocks(lines, gaps)
    multi = sum(len(b) > 1 for b in blocks)
    if not multi or multi < pr.min_multiline_share * len(blocks):
        return None  # a blank line after every line (web copy): the gaps carry no blocks
    kinds = [block_kind(b) for b in blocks]
    pairs = _page_pairs(text)
    _headlines_that_continue(blocks, kinds, pairs, log)
    groups = _headline_groups(kinds)
    with_text = [g for g in groups if any(k in ("body", "cut") for k in kinds[g[1] + 1:g[1] + 4])]
    evidence = any(k in ("caption", "byline", "meta") for k in kinds) or any(
        opener(b[0]) for b, k in zip(blocks, kinds) if k == "body")
    if len(with_text) < pr.min_headline_groups or not evidence:
        return None
    wrapped = is_wrapped_page([b for b, k in zip(blocks, kinds) if k in ("body", "cut")])
    log.append(Decision("page_blocks", len(blocks), f"{len(groups)} headline groups, wrapped={wrapped}"))
    date = _page_date(lines)
    # a first pass gives each block an article; the second pass judges the topic of a
    # column break by the articles the first pass built (not by single blocks)
    articles, owner, texts = _assemble_page(blocks, kinds, groups, wrapped, pairs, [], None)
    _return_displaced(articles, [], pairs, owner)
    topic = _article_topic(articles, owner, texts, pairs)
    articles, _, _ = _assemble_page(blocks, kinds, groups, wrapped, pairs, log, topic)
    _return_displaced(articles, log, pairs)
    kept = [a for a in articles if any(c.paras for c in a.chunks)]
    return [_to_article(a, i + 1, date, title_in_text) for i, a in enumerate(kept)]


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
    from .layout import classify_block, opener
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
    match = _match_breaks(chunks, pairs, log, topic)
    chunk_at = {c.index: k for k, c in enumerate(chunks)}
    holder: dict[int, int] = {}  # a wholly joined block -> the block holding its text

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
            main = max(range(len(heads)), key=lambda k: (len("".join(heads[k])), k))
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


def _collect(target: "_PageArticle", other: dict, pending: list[str]) -> None:
    target.bylines += other["byline"]
    target.attributions += other["attribution"]
    target.captions[:0] = pending
    target.captions += other["caption"]


def _return_displaced(articles: list[_PageArticle], log: list[Decision], page: dict[str, int],
                      owner: dict | None = None) -> None:
    """A floating block (neither an article's head nor a continuation) moves to a nearby
    article it shares ``move_margin`` times more distinctive pairs with than with its own
    (``topic_scores``); a lead goes first in its article."""
    from .layout import _is_lead, opener
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
        if near[best] is not a and gain >= pr.move_margin:
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
                  attribution="；".join(dict.fromkeys(a.attributions)), captions=a.captions)
    art.date = date
    return art
