"""The text a headline run is judged against when the paragraph over it resumes a cut.

On a page without blank lines a story head is told from a sub-head by topic: the text under
a headline run shares almost no character pairs with the text above it (``running_blocks``,
rule ``topic_shift``). The lines right above a run are not always its article's, though: a
column of an article cut mid-sentence goes on after another story or a photo caption, and a
sub-head of that article may sit right under the resumed piece (…无论通过何种渠道， | other
story | caption | 申报动作的完成… | sub-head | text). Its article's text then stands higher
up, above the cut, and the lines right over the run are another story's.

Rule ``topic_over_resumed_cut``: when the paragraph right over a headline run opens
mid-sentence (no paragraph opening; the line above it a caption, credit or finished paragraph,
no headline or byline, whose first paragraph opens a story) and
goes on with a line higher up that a column cut (``column_breaks.fit`` at least ``min_join``,
the best within ``resumed_cut_window`` lines; a weak join only widens the text compared), the text above the run is also read as
the lines above that cut with the resumed paragraph; the run keeps the larger share of the
two readings (a sub-head of the resumed article shares its topic, a new story shares neither).
"""
from __future__ import annotations

from .blocks import is_complete, opener, starts_paragraph
from .column_breaks import fit, shared_share
from .rules import page_rules


def resumed_cut(lines: list[str], kinds: list[str], j: int, pairs: dict[str, int]) -> int | None:
    """The line higher up whose cut sentence line ``j`` goes on with, or None when line j
    opens a paragraph, goes on with the line right above it, or resumes no cut.

    >>> page = ["甲县今年推进农田水利建设，新修水渠二十公里，", "乙市召开春季运动会", "运动会吸引三千名学生参加。",
    ...         "图为运动会开幕式现场。新华社记者 王五摄", "灌溉面积明显扩大，农民增收。"]
    >>> resumed_cut(page, ["body", "headline", "body", "caption", "body"], 4, {})
    0
    >>> resumed_cut(page, ["body", "headline", "body", "caption", "body"], 2, {}) is None
    True
    """
    line = lines[j].lstrip()
    if j < 2 or kinds[j] != "body" or starts_paragraph(line) or opener(line) or kinds[j - 1] in ("headline", "byline") \
            or (kinds[j - 1] == "body" and not is_complete(lines[j - 1])):
        return None
    f = page_rules().fit
    best, best_score = None, f["min_join"]
    for k in range(j - 2, max(-1, j - 1 - page_rules().running["resumed_cut_window"]), -1):
        if kinds[k] != "body" or is_complete(lines[k]):
            continue
        score = fit(lines[k], line, pairs)[0]
        if score >= best_score:
            best, best_score = k, score
    return best


def share_under_run(lines: list[str], kinds: list[str], a: int, b: int, pairs: dict[str, int]) -> float:
    """The share of the character pairs of the ``topic_lines_below`` lines under the headline
    run lines[a..b] that the text above uses: the ``topic_lines_above`` lines right over it,
    or (rule ``topic_over_resumed_cut``) the lines above the cut the paragraph over the run
    resumes, with that paragraph, when that shares more.

    >>> page = ["各地推进纳税申报便利化，企业可以在线办理，", "乙市召开春季运动会", "运动会吸引三千名学生参加。",
    ...         "田径比赛最受欢迎。", "跳高跳远场地人多。", "接力赛跑气氛热烈。", "闭幕式上颁发奖杯。",
    ...         "图为运动会开幕式现场。新华社记者 王五摄", "申报完成即视为履行义务。", "零申报须据实填写",
    ...         "企业没有收入也须在线据实申报纳税，不能随意填零。"]
    >>> kinds = ["body", "headline"] + ["body"] * 5 + ["caption", "body", "headline", "body"]
    >>> round(shared_share(page[3:9], page[10:11]), 2), round(share_under_run(page, kinds, 9, 9, {}), 2)
    (0.05, 0.2)
    """
    run = page_rules().running
    below = lines[b + 1:b + 1 + run["topic_lines_below"]]
    share = shared_share(lines[max(0, a - run["topic_lines_above"]):a], below)
    h = interposed_story_head(lines, kinds, a)
    if h is not None:
        share = max(share, shared_share(lines[max(0, h - run["topic_lines_above"]):h], below))
    k = resumed_cut(lines, kinds, a - 1, pairs) if a >= 1 else None
    if k is None:
        return share
    above = lines[max(0, k + 1 - run["topic_lines_above"]):k + 1] + [lines[a - 1]]
    return max(share, shared_share(above, below))


def interposed_story_head(lines: list[str], kinds: list[str], a: int) -> int | None:
    """Rule topic_over_interposed_story: the first line of the headline run of the whole story
    right over line ``a`` (its headline over a byline or a dateline, then only body lines down
    to ``a``, at most ``interposed_story_window`` lines), when body text stands above that
    headline; else None.

    >>> page = ["甲县推进农田水利建设，新修水渠二十公里。", "乙市召开春季运动会", "本报乙市3月2日电",
    ...         "运动会吸引三千名学生参加。", "水渠管护更加规范", "甲县为每条水渠配备管护员。"]
    >>> interposed_story_head(page, ["body", "headline", "byline", "body", "headline", "body"], 4)
    1
    >>> undated = page[:2] + ["运动会上田径比赛最受欢迎。"] + page[3:]
    >>> interposed_story_head(undated, ["body", "headline", "body", "body", "headline", "body"], 4) is None
    True
    """
    window = page_rules().running["interposed_story_window"]
    for k in range(a - 1, max(0, a - 1 - window), -1):
        if kinds[k] == "body" and not opener(lines[k]):
            continue
        if not (kinds[k] == "byline" or opener(lines[k])) or kinds[k - 1] != "headline":
            return None
        h = k - 1
        while h > 0 and kinds[h - 1] == "headline":
            h -= 1
        return h if h > 0 and kinds[h - 1] == "body" else None
    return None
