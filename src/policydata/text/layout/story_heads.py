"""Whether a run of headline lines on a page read without blank lines heads a story of its own or
is a sub-head inside its article (:func:`infer_gaps` of :mod:`.running_blocks` asks it for every
run): the evidence in order -- the page top, a byline or dateline under the run, a box label or a
kicker over it, a column end it follows, a topic shift or the weighted head signals
(``head_signal_score``, ``head_terms_below``, rule topic_needs_text) -- and rule
subhead_over_head. Thresholds and weights: layout.json ``page.running``.
"""
from __future__ import annotations

import re

from ..segment import CJK_CHAR
from .blocks import opener
from .column_breaks import Decision, fit, opens_scene
from .kickers import _kicker_at, same_shape
from .page_blocks import _column_end, _is_box_label
from .resumed_topics import share_under_run
from .rules import page_rules
from .topics import _pairs_of


def _before_byline(lines: list[str], kinds: list[str], b: int) -> bool:
    nxt = b + 1
    return nxt < len(lines) and ((kinds[nxt] == "byline" and not _is_box_label(lines[nxt]))
                                 or bool(opener(lines[nxt])))


def _heads_story(lines: list[str], kinds: list[str], a: int, b: int, gaps: set[int],
                 pairs: dict[str, int]) -> str:
    """The evidence that the headline run lines[a..b] starts a story, or "". A run after
    a column end whose next line goes on with that cut (数字产业 | 小标题 | 集群。…) is a
    sub-head the text layer put inside the sentence, no story head."""
    if a == 0:
        return "page_top"
    if _before_byline(lines, kinds, b):
        return "before_byline"
    if _is_box_label(lines[a - 1]) and b + 1 < len(lines) and kinds[b + 1] == "body":
        # rule titled_box_is_story: a box label over a headline line of its own (延伸阅读 |
        # 某地文旅融合的新路径 | text): a box with its own title is a story of its own; a box
        # without one (核心阅读 over its text) stays in its article
        return "under_box_label"
    if b > a and _kicker_at(lines, a, b, False, pairs, "\n".join(lines)):
        return "under_kicker"  # sub-heads have no kicker or column label
    if a in gaps and kinds[a - 1] != "byline":  # a headline under a byline is a sub-head
        prev, nxt = lines[a - 1], lines[b + 1] if b + 1 < len(lines) else ""
        join = fit(prev, nxt, pairs)[0] if nxt and _column_end(prev, kinds[a - 1]) else -99.0
        if join >= page_rules().fit["min_join"] + 1:
            return ""
        if join >= page_rules().fit["min_join"] and not head_terms_below(lines, a, b):
            # rule weak_cut_keeps_subhead: a comma read on under the run keeps it a sub-head
            # inside the sentence only while the run names nothing the text under it is about
            # (…优化支出结构, | 嘉宾畅谈发展变化 | 嘉宾们围坐畅谈…: a story's headline)
            return ""
        return "after_block_end"
    if kinds[a - 1] == "body" and b + 1 < len(lines) and kinds[b + 1] == "body" \
            and _text_under_run(lines, kinds, b) >= page_rules().running["topic_min_pairs_below"]:
        share = share_under_run(lines, kinds, a, b, pairs)  # rule topic_over_resumed_cut
        if share <= page_rules().running["topic_shift_max_share"]:
            return "topic_shift"
        if head_signal_score(lines, a, b, share) >= page_rules().running["head_signal_min_score"]:
            return "head_signals"
    return ""


_WORD_TAIL_CLAUSE = re.compile(rf"^{CJK_CHAR.pattern}[，,、]")
_OPENING_BRACKET = ("（", "(")


def head_signal_score(lines: list[str], a: int, b: int, share: float) -> int:
    """Rule head_signals: the weighted evidence (weights ``head_signal_weights``) that the
    headline run lines[a..b] between two finished paragraphs heads a story with no byline or
    dateline, when the text under it is not quite foreign to the text above
    (``topic_shift`` alone sits on a knife edge there):

    - ``near_topic_shift``: the text under the run shares at most
      ``near_topic_shift_max_share`` of its character pairs with the text above;
    - ``head_terms_below``: at least ``head_terms_min`` character pairs of the headline recur
      in the ``topic_lines_above`` lines under it and not above it, more than recur above
      (a story's headline names what its text is about; a sub-head goes on with its article);
    - ``scene_below``: the line under the run sets a scene in time (3月的甲市郊外，…, 这些天，…:
      ``column_breaks.opens_scene``), as a story's first sentence does;
    - ``opens_with_bracket`` (negative): the run opens with a bracket (（作者单位：…）: an
      author note, no headline);
    - ``opens_with_word_tail`` (negative): the run opens with a one-character clause
      (印，相信…: the tail of a word cut at a column end).

    >>> page = ["甲县推进农田水利建设，今年新修水渠二十公里，灌溉面积明显扩大。",
    ...         "冬季校园艺术节开",
    ...         "幕吸引学生参与",
    ...         "日前，乙市第一中学校园艺术节开幕，学生参与书法、绘画、合唱等活动，甲县师生也来观摩。"]
    >>> head_signal_score(page, 1, 2, 0.06)
    2
    >>> head_signal_score(page, 1, 2, 0.2), head_signal_score(["上文。", "（作者单位：某大学）", "下文。"], 1, 1, 0.06)
    (1, -1)
    """
    run, weights = page_rules().running, page_rules().running["head_signal_weights"]
    score = 0
    if share <= run["near_topic_shift_max_share"]:
        score += weights["near_topic_shift"]
    if head_terms_below(lines, a, b):
        score += weights["head_terms_below"]
    if b + 1 < len(lines) and opens_scene(lines[b + 1].lstrip()):
        score += weights["scene_below"]
    if lines[a].lstrip().startswith(_OPENING_BRACKET):
        score += weights["opens_with_bracket"]
    if _WORD_TAIL_CLAUSE.match(lines[a].lstrip()):
        score += weights["opens_with_word_tail"]
    return score


def head_terms_below(lines: list[str], a: int, b: int) -> bool:
    """Do at least ``head_terms_min`` character pairs of the headline run lines[a..b] recur in
    the ``topic_lines_above`` lines under it and not above it, more than recur above? (A story's
    headline names what its text is about; a sub-head goes on with its article.)

    >>> head_terms_below(["全县财政支出结构持续优化,", "嘉宾畅谈发展变化", "嘉宾们围坐畅谈发展的变化。"], 1, 1)
    True
    """
    run = page_rules().running
    head = _pairs_of("".join(lines[a:b + 1]))
    span = run["topic_lines_above"]
    above = head & _pairs_of("".join(lines[max(0, a - span):a]))
    below = (head & _pairs_of("".join(lines[b + 1:b + 1 + span]))) - above
    return len(below) >= run["head_terms_min"] and len(below) > len(above)


def _text_under_run(lines: list[str], kinds: list[str], b: int) -> int:
    """Rule topic_needs_text: how many character pairs the body lines under a headline run
    (``topic_lines_below``) hold. A topic is judged on a story's lead, not on the tail of a
    quote (研究员某某说。) over the editor line: too little text shares nothing by chance.

    >>> _text_under_run(["题", "研究员张某说。", "本版责编：王  磊"], ["headline", "body", "meta"], 0)
    5
    """
    below = range(b + 1, min(len(lines), b + 1 + page_rules().running["topic_lines_below"]))
    return len(_pairs_of("".join(lines[k] for k in below if kinds[k] == "body")))


def _headline_runs(lines: list[str], kinds: list[str]) -> list[tuple[int, int]]:
    """(first, last) line of each run of headline lines (box labels left out), at most
    ``headline_block_max_lines`` long."""
    most = page_rules().headline_block_max_lines
    runs, i = [], 0
    while i < len(lines):
        if kinds[i] != "headline" or _is_box_label(lines[i]):
            i += 1
            continue
        b = i
        while b + 1 < len(lines) and kinds[b + 1] == "headline" and b + 1 - i < most:
            b += 1
        runs.append((i, b))
        i = b + 1
    return runs


def _subhead_over_head(lines: list[str], kinds: list[str], runs: list[tuple[int, int]], lone: list[str],
                       log: list[Decision]) -> list[tuple[int, int]]:
    """Rule subhead_over_head: a run's first line shaped like two one-line runs of the page
    (``same_shape``: 竹编出山，带动村民增收 | 一杯清茶，留住八方来客) is a feature's sub-head set at
    its column's foot, right over another story's headline: the story's run starts under it
    (and reaches as far down as a run may), the sub-head stays with the text above.

    >>> L = ["甲县茶园扩大。", "茶香四溢，茶农增收", "探访", "看病更方便", "医患更舒心", "本报记者  张  三"]
    >>> K = ["body", "headline", "headline", "headline", "headline", "byline"]
    >>> _subhead_over_head(L, K, [(1, 3), (4, 4)], ["春茶上市，茶价走高", "新茶飘香，游客盈门"], [])
    [(2, 4)]
    """
    most = page_rules().headline_block_max_lines
    out: list[tuple[int, int]] = []
    for i, b in runs:
        if out and i <= out[-1][1]:
            continue  # taken into the run above, which starts under its sub-head
        if b > i and sum(same_shape(lines[i], s) for s in lone) > 1:
            log.append(Decision("subhead_over_head", i, lines[i][:20]))
            i += 1
            while b + 1 < len(lines) and kinds[b + 1] == "headline" and not _is_box_label(lines[b + 1]) \
                    and b + 1 - i < most:
                b += 1
        out.append((i, b))
    return out
