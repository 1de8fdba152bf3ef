"""Step 2 for running text: where a page's lines split into stories, and what moves between them.

A page is cut into articles only where general evidence says a new one starts: a
headline after a source line or an article-end line, a headline group followed by a
byline or an inline dateline (本报讯…, 新华社…电), or a headline that names a new place
and is followed by a lead. A story's cut last paragraph may go on after the next
story's head; those blocks move back (``_move_cross_article_continuations``).
"""
from __future__ import annotations

import re

from .blocks import _is_lead, ends_dangling, is_complete, opener
from .continuation import continuation_score
from .lines import _DROPPED, _Line
from .rules import any_match, rules


def _is_page(lines: list[_Line], column_set: bool = False) -> bool:
    """Is the text a newspaper page? Rule page_evidence: the weights of its evidence
    (``page_evidence``) reach ``page.evidence_min`` in ``layout.json``."""
    return sum(w for _, w in page_evidence(lines, column_set)) >= rules().page_evidence_min


def page_evidence(lines: list[_Line], column_set: bool = False) -> list[tuple[str, int]]:
    """Rule page_evidence: the named evidence that the text is a newspaper page, each kind
    once with its weight (``page.evidence_weights``): a caption, a source or article-end line,
    a web info line, a reporter's byline (a speaker's name line is none); weaker, a page
    editor line (``page.editor_line``: 本版责编…, 版式设计…, which only a printed page has) and
    ``column_set``: the text's lines were set in columns (``reflow.reflow_page`` joined them).
    A page without bylines, captions or datelines still shows the last two.

    >>> from policydata.text.layout.blocks import classify_block
    >>> def lines(*texts): return [_Line(t, classify_block(t)) for t in texts]
    >>> page_evidence(lines("甲县春耕忙", "村民正在田里插秧。", "本版责编：王  磊"), column_set=True)
    [('editor_line', 1), ('column_set', 1)]
    >>> _is_page(lines("甲县春耕忙", "村民正在田里插秧。", "本版责编：王  磊"), column_set=True)
    True
    >>> _is_page(lines("甲县春耕忙", "村民正在田里插秧。", "本版责编：王  磊")), _is_page(lines("甲县春耕忙", "村民正在田里插秧。"), True)
    (False, False)
    >>> _is_page(lines("甲县春耕忙", "村民正在田里插秧。", "责任编辑：王磊"), column_set=True)
    False
    """
    r = rules()
    weights = r.page_evidence_weights
    found: dict[str, int] = {}
    for ln in lines:
        if ln.kind in ("caption", "attribution", "end", "info"):
            found.setdefault(ln.kind, weights[ln.kind])
        elif ln.kind == "byline" and not r.speaker.search(ln.text):
            found.setdefault("reporter_byline", weights["reporter_byline"])
        elif ln.kind == "meta" and any_match(r.editor_line, ln.text.strip()):
            found.setdefault("editor_line", weights["editor_line"])
    if column_set:
        found["column_set"] = weights["column_set"]
    return list(found.items())


def _split_articles(lines: list[_Line]) -> list[list[_Line]]:
    """Cut a page into articles where a new headline group clearly starts one, and
    after a source line (据上海证券报) that closes an article before more body text."""
    starts = [0]
    seen_body = False
    previous = None  # last kept line kind
    for i, ln in enumerate(lines):
        if ln.kind in _DROPPED:
            continue
        if ln.kind == "body" and seen_body and previous in ("attribution", "end"):
            # the source line closed the article; what follows is another one's text
            starts.append(i)
            seen_body = False
        if ln.kind == "headline" and seen_body:
            after_ending = previous in ("attribution", "end")
            j = i
            while j < len(lines) and lines[j].kind in ("headline", "caption", "meta"):
                j += 1
            before_byline = j < len(lines) and lines[j].kind == "byline"
            before_opener = j < len(lines) and lines[j].kind == "body" and bool(opener(lines[j].text))
            has_body_after = any(x.kind == "body" for x in lines[i + 1:])
            if ((after_ending or before_byline or before_opener) and has_body_after) \
                    or _starts_new_story(lines, i, starts[-1]):
                starts.append(i)
                seen_body = False
        if ln.kind == "body":
            seen_body = True
        previous = ln.kind
    bounds = starts + [len(lines)]
    return [lines[a:b] for a, b in zip(bounds, bounds[1:]) if a < b]


def _has_lead_cue(text: str) -> bool:
    """The opening of a lead names when: a date, 日前 or 近日 near its start.

    >>> _has_lead_cue("落实方案出来了。9月10日，省住建厅公布意见。"), _has_lead_cue("在已公布的省份中，增速较快。")
    (True, False)
    """
    r = rules()
    head = text[: r.lead_cue_within]
    return bool(opener(text)) or any_match(r.lead_cue, head)


def _names_new_place(headline: str, article_text: str) -> bool:
    """The headline names a province-level place the current article never named.

    >>> _names_new_place("浙江方案出炉！", "国务院发布方案。"), _names_new_place("浙江方案出炉！", "浙江增速较快。")
    (True, False)
    """
    return any(p in headline and p not in article_text for p in rules().places)


def _starts_new_story(lines: list[_Line], i: int, article_start: int) -> bool:
    """Does the headline group at ``lines[i]`` start another story, though no byline or
    source line marks it? It must stand after another article's text (a paragraph, or
    one cut at a column end), be followed by body text, not read like a sub-head of the
    current article (short, no ！？), and enough evidence must agree: an exclamation or
    question headline, a place the article never named, a lead that says when.

    >>> from policydata.text.layout.blocks import classify_block
    >>> page = [_Line(t, classify_block(t)) for t in (
    ...     "甲市发布方案", "记者 张三", "1月5日，甲市发布节能方案。", "方案提出节能目标。",
    ...     "乙省方案出炉！新增保障房占比力争超30%", "9月10日，乙省住建厅公布意见。")]
    >>> _starts_new_story(page, 4, 0)
    True
    """
    r = rules()
    previous = next((ln for ln in reversed(lines[article_start:i]) if ln.kind not in _DROPPED), None)
    if previous is None or previous.kind not in ("body", "attribution", "end"):
        return False
    group = []
    j = i
    while j < len(lines) and lines[j].kind in ("headline",) + tuple(_DROPPED):
        if lines[j].kind == "headline":
            group.append(lines[j].text)
        j += 1
    if j >= len(lines) or lines[j].kind != "body":
        return False
    headline = " ".join(group)
    marked = any(c in headline for c in r.headline_marks)
    if not marked and len(headline) <= r.subhead_max_len:
        return False  # reads like a section sub-head of the current article
    so_far = "".join(ln.text for ln in lines[article_start:i] if ln.kind not in _DROPPED)
    evidence = int(marked) + int(_names_new_place(headline, so_far)) + int(_has_lead_cue(lines[j].text))
    return evidence >= r.min_new_article_evidence


def _move_cross_article_continuations(segments: list[list[_Line]], context: str = "") -> None:
    """A story's last paragraph cut at a column end may go on after the next story's
    headline and byline (…相干时间和 | 聚焦全国两会 | 代表委员热议… | 记者… | 门控精度方面…).
    The next story's first body lines are moved back when they clearly continue it:
    strong continuation evidence, or a dangling end and nothing that opens a paragraph."""
    for k in range(len(segments) - 1):
        seg, nxt = segments[k], segments[k + 1]
        content = [i for i, ln in enumerate(seg) if ln.kind in ("body", "headline", "numbered")]
        if not content or seg[content[-1]].kind != "body" or is_complete(seg[content[-1]].text):
            continue
        last = seg[content[-1]].text
        bodies = [i for i, ln in enumerate(nxt) if ln.kind == "body"][:3]
        if len(bodies) < 2:
            continue  # never empty the next story
        for i in bodies:
            cand = nxt[i].text
            if opener(cand) or _is_lead(cand):
                continue
            score = continuation_score(last, cand, context)
            if score >= 2 or (score >= 0 and ends_dangling(last) and i == bodies[0]):
                at = content[-1] + 1
                seg.insert(at, nxt.pop(i))
                if _is_displaced_head(nxt[:i]):
                    _take_back_displaced_text(seg, nxt, i)
                break


_PAIR_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def _char_pairs(text: str) -> set[str]:
    """Adjacent word-character pairs of ``text`` (a cheap bag of words for Chinese).

    >>> sorted(_char_pairs("保障房，30%"))
    ['30', '保障', '障房']
    """
    return {text[k:k + 2] for k in range(len(text) - 1)
            if _PAIR_CHARS.match(text[k]) and _PAIR_CHARS.match(text[k + 1])}


def _closer_to_first(text: str, first: str, second: str) -> bool:
    """Does ``text`` share more distinctive character pairs with ``first`` than with ``second``?

    >>> _closer_to_first("《方案》部署了节能工程。", "国务院发布节能方案，部署工程。", "浙江保障房意见出炉。")
    True
    """
    pairs, a, b = _char_pairs(text), _char_pairs(first), _char_pairs(second)
    return len(pairs & (a - b)) > len(pairs & (b - a))


def _is_displaced_head(lines: list[_Line]) -> bool:
    """Only a story's head (headline group, at most one lead paragraph, captions) stands
    before the point where the previous story's cut paragraph goes on."""
    kinds = [ln.kind for ln in lines if ln.kind not in _DROPPED]
    return bool(kinds) and kinds[0] == "headline" and kinds.count("body") <= 1 \
        and set(kinds) <= {"headline", "body", "byline"}


def _take_back_displaced_text(seg: list[_Line], nxt: list[_Line], i: int) -> None:
    """The previous story goes on below the next story's head: move back the blocks from
    ``nxt[i]`` on while they read like the previous story (more distinctive character
    pairs in common with it than with the next story's head). A heading that belongs to
    the next story stays where it is; a body block that does stops the run; a source
    line after the run closes the previous story and goes with it."""
    head = "".join(ln.text for ln in nxt[:i] if ln.kind in ("headline", "body"))
    k = i
    while k < len(nxt):
        ln = nxt[k]
        if ln.kind in _DROPPED:
            k += 1
            continue
        if ln.kind in ("attribution", "end"):
            seg.append(nxt.pop(k))
            return
        if ln.kind not in ("body", "headline", "numbered"):
            return
        own = "".join(x.text for x in seg if x.kind in ("headline", "body", "numbered"))
        if _closer_to_first(ln.text, own, head):
            seg.append(nxt.pop(k))
            continue
        if ln.kind == "body":
            return
        head += ln.text  # a sub-head of the next story
        k += 1


def _merge_headless_segments(segments: list[list[_Line]]) -> list[list[_Line]]:
    """Text that follows a source line without a headline of its own is the body of the
    story before it when that story kept only its head (headline, lead, captions) after
    its displaced neighbour's text went back: 标题 | 导语 | [other story…据X] | 目标是：…"""
    merged: list[list[_Line]] = []
    for seg in segments:
        kinds = [ln.kind for ln in seg if ln.kind not in _DROPPED]
        if merged and kinds and kinds[0] == "body" and _is_displaced_head(merged[-1]):
            merged[-1] = merged[-1] + seg
        else:
            merged.append(seg)
    return merged
