"""Step 1 for running text: the lines of a document, each with its kind, fixed from neighbours.

Every line gets a kind from ``classify_block``; then neighbours correct it: a lone
photo credit takes the line before it into the caption, a related-links list and a
page's section label (要闻) are dropped, and at the top of a document or article a
date-only line is its date and the first line its headline unless it is clearly cut
(``is_top_headline``). A text hard-wrapped at a fixed width is unwrapped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import (_strip_closing, classify_block, ends_dangling, is_complete, is_date_line, opener,
                     starts_paragraph)
from .continuation import _boundary_word_evidence, _join, cut_evidence
from .rules import rules

_CLAUSE_MARK_SHORT = re.compile(r"[，,。！？]")  # a clause or sentence mark: a credit line has none


def is_top_headline(text: str, after: str = "", context: str = "") -> bool:
    """Is the first line of a document (or of an article) its headline?

    It is when it is short, has no sentence end inside, does not end like a
    finished sentence (a final ？ or ！ is allowed) or a cut one, is not a speech's
    salutation, and ``after`` (the next body block) shows no sign of continuing it
    (see ``cut_evidence``). Enumeration commas, colons and digits are allowed.

    >>> is_top_headline("1-2月全省经济数据出炉：工业、投资、消费同比增长均超两成", "今年1-2月，全省经济稳定恢复。")
    True
    >>> is_top_headline("经济如何稳中求进？", "日前，发布会举行。"), is_top_headline("同志们！", "今天开会。")
    (True, False)
    >>> is_top_headline("研究团队负责人介绍，团队在相干时间和", "门控精度方面取得突破。")
    False
    """
    r = rules()
    text = text.strip()
    if not text or len(text) > r.top_headline_max_len or r.inner_sentence_end.search(text):
        return False
    if text.startswith(r.salutations):
        return False
    core = _strip_closing(text)
    if not core:
        return False
    last = core[-1]
    if (last in r.terminators or last in r.block_complete_extra) \
            and last not in r.top_headline_allowed_final:
        return False
    if ends_dangling(text):
        return False
    return not (after and cut_evidence(text, after, context))


@dataclass
class _Line:
    """One stripped line of the text and its kind (``classify_block``, then fixed)."""

    text: str
    kind: str


def _lines(text: str) -> list[_Line]:
    out = []
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            out.append(_Line(line, classify_block(line)))
    _drop_related_links(out)
    _attach_credit_lines(out)
    _drop_section_labels(out)
    out = [ln for ln in out if ln.kind != "gone"]
    _mark_top_lines(out, text)
    return out


_DATELINE = "dateline"  # a date-only line above a headline (its publication date)


def _article_starts(lines: list[_Line]) -> list[int]:
    """Indexes where a document or a new article's text may start: the top of the
    document and the line after an attribution or article-end line."""
    starts = [0]
    for i, ln in enumerate(lines):
        if ln.kind in ("attribution", "end") and i + 1 < len(lines):
            starts.append(i + 1)
    return starts


def _mark_top_lines(lines: list[_Line], context: str = "") -> None:
    """At the start of a document or article: a date-only line is a dateline, and a
    short first line classified as body (for its commas or its ？) is the headline when
    ``is_top_headline`` says so; a first line classified as headline whose next body
    block clearly continues it (健全服务体系，促 | 进中小企业发展。) is body. A line that
    goes on with the unfinished paragraph before an attribution line is left alone."""
    for start in _article_starts(lines):
        i = start
        while i < len(lines) and lines[i].kind in _DROPPED:
            i += 1
        while i < len(lines) and lines[i].kind in ("headline", "body") and is_date_line(lines[i].text):
            lines[i].kind = _DATELINE
            i += 1
            while i < len(lines) and lines[i].kind in _DROPPED:
                i += 1
        if i >= len(lines) or lines[i].kind not in ("body", "headline"):
            continue
        following = [ln for ln in lines[i + 1:] if ln.kind not in _DROPPED]
        if lines[i].kind == "headline":
            if following and following[0].kind == "body" \
                    and _continues_across_break(lines[i].text, following[0].text, context):
                lines[i].kind = "body"  # 健全服务体系，促 | 进中小企业发展。: a cut, not a headline
            continue
        if not following or following[0].kind not in ("body", "headline", "numbered", "byline") \
                or not any(ln.kind == "body" for ln in following):
            continue  # a headline is followed by text
        after = next((ln.text for ln in following if ln.kind == "body"), "")
        if start > 0 and _continues_previous(lines[:start], lines[i].text, context):
            continue
        if is_top_headline(lines[i].text, after, context):
            lines[i].kind = "headline"
        else:
            _mark_split_title(lines, i)


def _mark_split_title(lines: list[_Line], i: int) -> None:
    """国务院关于印发农业、农村、 | 农民增收行动方案的通知: short unfinished lines that
    together end with a document type are one title split over lines."""
    r = rules()
    joined = ""
    for k in range(i, min(i + r.max_title_join_lines, len(lines))):
        ln = lines[k]
        if ln.kind not in ("body", "headline") or is_complete(ln.text) \
                or len(ln.text) > r.top_headline_max_len:
            return
        joined += ln.text
        if k > i and _ends_with_document_type(joined) \
                and not r.inner_sentence_end.search(joined):
            for line in lines[i:k + 1]:
                line.kind = "headline"
            return


def _continues_across_break(before: str, after: str, context: str) -> bool:
    """Strong evidence only (no dangling end needed): ``after`` starts with a character
    that cannot open a sentence, or the characters across the break form a word the
    text uses at least twice."""
    after = after.strip()
    if not after:
        return False
    if after[0] in rules().non_initial_chars:
        return True
    return not starts_paragraph(after) and _boundary_word_evidence(before, after, context) >= 2


def _continues_previous(earlier: list[_Line], text: str, context: str) -> bool:
    """Does ``text`` go on with the last body block of ``earlier`` (cut at a column end)?"""
    prev = next((ln.text for ln in reversed(earlier) if ln.kind == "body"), "")
    return bool(prev) and not is_complete(prev) and cut_evidence(prev, text, context)


_DROPPED = {"caption", "meta", "info", "dateline"}


def _drop_related_links(lines: list[_Line]) -> None:
    """A web page's related-links list (相关新闻 + link titles, · bullet items) is metadata."""
    r = rules()
    in_list = False
    for ln in lines:
        if r.related_header.match(ln.text):
            ln.kind, in_list = "meta", True
        elif r.link_bullet.match(ln.text) and ln.kind in ("headline", "numbered"):
            ln.kind = "meta"
        elif in_list and ln.kind in ("headline", "numbered", "meta", "info"):
            ln.kind = "meta"
        else:
            in_list = False


def _is_credit_only(text: str) -> bool:
    """A photo credit standing alone: 本报记者 张三 摄, 新华社发, （资料图）, 郭晨凯 制图.

    A caption with its own text (两年平均增速前五位 郭晨凯 制图) is not one: a credit
    is one word, or words no longer than a name or a newsroom (新华社记者).

    >>> _is_credit_only("新华社记者 李贺 摄"), _is_credit_only("两年平均增速前五位 郭晨凯 制图")
    (True, False)
    """
    if len(text) > 20 or _CLAUSE_MARK_SHORT.search(text) or classify_block(text) != "caption":
        return False
    words = [w for w in re.split(r"[\s/／]+", text.strip("（）() ")) if w]
    return len(words) <= 1 or all(len(w) <= 6 for w in words)


def _attach_credit_lines(lines: list[_Line]) -> None:
    """居民在小区内健身。 | 本报记者 何晓 摄: the short finished line before a lone
    credit is the caption's text; both become one caption."""
    r = rules()
    for i in range(1, len(lines)):
        ln, prev = lines[i], lines[i - 1]
        if not _is_credit_only(ln.text):
            continue
        # 两年平均增速前五位 | 郭晨凯 制图: a chart's title is a label without final punctuation
        chart_label = (prev.kind == "headline" and bool(r.chart_credit.search(ln.text))
                       and len(prev.text) <= r.subhead_max_len)
        if not (prev.kind == "body" or chart_label):
            continue
        if len(prev.text) > r.credit_caption_max_len or prev.text[0] in r.non_initial_chars \
                or not (chart_label or is_complete(prev.text)):
            continue
        ln.text = prev.text + " " + ln.text
        prev.kind = "gone"


def _drop_section_labels(lines: list[_Line]) -> None:
    """要闻 | 代表委员热议…: a very short headline right before a longer one is a page's
    section label."""
    r = rules()
    kept = [ln for ln in lines if ln.kind not in _DROPPED and ln.kind != "gone"]
    for k, (ln, nxt) in enumerate(zip(kept, kept[1:])):
        if not (ln.kind == "headline" and len(ln.text) <= r.section_label_max_len
                and nxt.kind == "headline" and len(nxt.text) > len(ln.text)
                and not re.search(r"[，,]", nxt.text)):
            continue
        # the longer line must head a story: its headline group ends at a byline or dateline
        # (国务院 | 2018年12月21日 | （此件公开发布） is a signature, not a label)
        j = k + 1
        while j < len(kept) and kept[j].kind == "headline":
            j += 1
        if j < len(kept) and (kept[j].kind == "byline"
                              or (kept[j].kind == "body" and opener(kept[j].text))):
            ln.kind = "meta"


def _unwrap_hard_wrapped(lines: list[_Line]) -> list[_Line]:
    """Join lines of a text hard-wrapped at a fixed width (most long lines unfinished)."""
    long_body = [ln for ln in lines if ln.kind == "body" and len(ln.text) >= 20]
    unfinished = [ln for ln in long_body if not is_complete(ln.text)]
    if len(long_body) < 3 or len(unfinished) * 2 < len(long_body):
        return lines
    out: list[_Line] = []
    for ln in lines:
        if out and out[-1].kind == "body" and not is_complete(out[-1].text) \
                and ln.kind in ("body", "headline"):
            merged = _join(out[-1].text, ln.text)
            out[-1] = _Line(merged, "body")
        else:
            out.append(ln)
    return out


def _ends_with_document_type(text: str) -> bool:
    return text.rstrip("》）) ").endswith(rules().document_types)
