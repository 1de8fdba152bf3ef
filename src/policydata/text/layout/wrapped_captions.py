"""Where a photo caption starts on a hard-wrapped page.

A photo credit (张  三摄) closes a caption whose text is set above it, in a run of its own
width or in the width of the column around it. The reflow (``reflow.py``, rule
``caption_run``) joins the caption's lines from where these rules say it starts:
``caption_piece`` (a column piece of its own width closed by the credit),
``caption_inside_cut`` (a caption between the halves of a cut sentence), ``caption_under_cut``
(a caption that opens under a column cut, its continuation elsewhere on the page),
``caption_lines_above_run`` and ``caption_paragraph_above`` (lines above the credit's run).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import load as load_lexicon
from .blocks import classify_block, opener, starts_paragraph
from .column_breaks import fit, opens_scene
from .column_pieces import column_pieces
from .line_widths import ends_sentence
from .rules import page_rules


def caption_pieces(lines: list[str], widths: list[float], indented: bool) -> dict[int, int]:
    """Rule caption_piece: a column piece set in another width than the piece above it
    that a photo credit closes, of at most
    ``caption_max_lines`` lines, is that caption's text, all of it (its lines are set
    ragged, so the caption's run read line by line may start too late). Returns {credit
    line: the piece's first line}.

    >>> L = ["今年以来，全县把发展特", "色产业作为富民的重要抓", "手，先后建成蔬菜基地和",
    ...      "3月5日，甲县农民在大棚里采摘蔬菜。", "近年来，甲县大力发展设施农业，", "建成一批现代化大棚。",
    ...      "新华社记者  张  三摄", "食用菌基地，带动周边农", "户稳定增收。"]
    >>> caption_pieces(L, [float(len(x)) for x in L], False)
    {6: 3}
    """
    run = page_rules().running
    pieces = column_pieces(lines, widths, indented)
    out: dict[int, int] = {}
    for i in range(1, len(pieces) - 1):
        a, e, width = pieces[i]
        # rule caption_verse_below: a picture report's verse (这正是： and short lines) may stand
        # between its text and the credit; the lines count towards the caption's length
        e_text, e = e, _after_verse(lines, widths, e, width)
        if width < run["reflow_min_width"] and e_text - a >= 2:
            width = _unmeasured_width(widths[a:e_text])  # rule caption_piece_unmeasured (below)
        if e >= len(lines) or classify_block(lines[e]) != "caption" or not 2 <= e - a <= run["caption_max_lines"] \
                or e_text - a < 2 or width < run["reflow_min_width"] or classify_block(lines[a]) not in ("body", "headline"):
            continue
        if abs(pieces[i - 1][2] - width) > 0.5:
            out[e] = a
    return out


def _unmeasured_width(widths: list[float]) -> float:
    """Rule caption_piece_unmeasured: a piece whose lines told no width for sure (each stops
    short before a digit run it would not split: …出口量突破 | 600万辆…) is set in the width of its
    widest line when its lines but the last are of one width within a character (a caption's
    ragged lines), else in none (0).

    >>> _unmeasured_width([24.0, 25.0]), _unmeasured_width([24.0, 23.5, 6.0]), _unmeasured_width([24.0, 18.0, 6.0])
    (25.0, 24.0, 0.0)
    """
    body = widths[:-1] or widths
    return max(body + widths[-1:]) if max(body) - min(body) <= 1.0 and max(widths) - max(body) <= 1.0 else 0.0


def _after_verse(lines: list[str], widths: list[float], e: int, width: float) -> int:
    """The first line from ``e`` on that is no verse line: short lines (at most half the
    text's width) that are text, under a caption's text (这正是： | 春来花满枝，| …).

    >>> _after_verse(["甲", "这正是：", "春来花满枝，", "新华社记者  张  三摄"], [20.0, 4.0, 6.0, 10.0], 1, 20.0)
    3
    """
    k = e
    while k < len(lines) and widths[k] <= width / 2 and classify_block(lines[k]) in ("body", "headline"):
        k += 1
    return k


def captions_inside_cut(lines: list[str], pairs: dict[str, int]) -> dict[int, int]:
    """Rule caption_inside_cut: a caption set in the width of the column around it, between
    the halves of a cut sentence (…看着资源不少，但 | caption text | credit | 攥不成拳头。”…):
    the column's line whose cut the line under the credit goes on with clearly better than
    the line under it (``column_breaks.fit`` at least ``caption_cut_fit``, and more than one
    point better) ends the column; the caption starts under it. The caption's text ends a
    sentence right above the credit. Returns {credit line: the caption's first line}; each
    credit looks back at most ``caption_max_lines`` lines.

    >>> L = ["全县推进产业融合，建成", "一批示范基地，今年还要", "3月5日，甲县农民在大", "棚里采摘蔬菜。", "新华社记者  张  三摄",
    ...      "再建两处基地。"]
    >>> captions_inside_cut(L, {"要再": 2})
    {4: 2}
    """
    run = page_rules().running
    out: dict[int, int] = {}
    for c, line in enumerate(lines):
        if c < 2 or c + 1 >= len(lines) or classify_block(line) != "caption" or not ends_sentence(lines[c - 1]):
            continue
        after, best, first = lines[c + 1], run["caption_cut_fit"] - 0.5, None
        for k in range(max(0, c - run["caption_max_lines"]), c - 1):
            if ends_sentence(lines[k]) or classify_block(lines[k]) not in ("body", "headline"):
                continue
            score = fit(lines[k], after, pairs)[0]
            if score > best and score > fit(lines[k], lines[k + 1], pairs)[0] + 1:
                best, first = score, k + 1
        if first is not None:
            out[c] = first
    return out


@lru_cache(maxsize=1)
def _photo_words() -> re.Pattern:
    """The words that open a caption's account of its photo (图为, 上图: layout.json caption
    ``start``), found after a sentence end or at a line start."""
    starts = [p.lstrip("^") for p in load_lexicon("layout.json")["caption"]["start"]]
    return re.compile(r"(?:^|[。！？!?])(?:" + "|".join(starts) + ")")


def captions_under_cut(lines: list[str], pairs: dict[str, int]) -> dict[int, int]:
    """Rule caption_under_cut: a caption set in the width of the column around it, right
    under a column cut whose continuation stands elsewhere on the page (…描绘出了一个多彩而 |
    caption text | credit | another story's headline): the caption starts at the line under
    the nearest cut, within ``caption_max_lines`` above the credit, when that line opens a
    paragraph (近日， 3月5日，), does not go on with the cut (``fit`` below ``min_join``), and
    the caption's text tells its photo (图为…, layout.json caption ``start``) and ends a
    sentence right above the credit. Returns {credit line: the caption's first line}.

    >>> L = ["甲县的茶农们今年喜获丰收，茶园里一片", "近日，甲县茶农在采摘春茶。今年全县茶园", "面积扩大。图为茶农在茶园里劳作。",
    ...      "新华社记者  张  三摄", "乙市新建三座公园"]
    >>> captions_under_cut(L, {})
    {3: 1}
    >>> captions_under_cut(L[:2] + ["面积扩大，茶农在茶园里劳作。"] + L[3:], {})  # no photo told: no caption start
    {}
    """
    run, need = page_rules().running, page_rules().fit["min_join"]
    out: dict[int, int] = {}
    for c, line in enumerate(lines):
        if c < 2 or classify_block(line) != "caption" or not ends_sentence(lines[c - 1]):
            continue
        for k in range(c - 2, max(-1, c - 1 - run["caption_max_lines"]), -1):
            cut, first = lines[k], lines[k + 1]
            if classify_block(cut) not in ("body", "headline"):
                break
            opens = starts_paragraph(first) or opener(first) or opens_scene(first)
            if not opens:
                continue  # a line inside the caption's text (or a column line above it)
            if not ends_sentence(cut) and len(cut) >= run["reflow_min_width"] and fit(cut, first, pairs)[0] < need \
                    and _photo_words().search("".join(lines[k + 1:c])):
                out[c] = k + 1
            break  # the nearest paragraph start above the credit decides
    return out


def caption_first_line(out: list[str], origin: list[int], widths: list[float], j: int, credit: int,
                        most: int, physical: list[str] | None = None) -> int:
    """Rule caption_lines_above_run: the caption's first lines may stand above the run the
    credit closes, each a line of its own (the run's width was not yet known there, so a
    caption line set a little wider or narrower started a new run). Output lines just above
    the run that are each one physical line of about the run's width, body text, are the
    caption's too (a column's last paragraph above a caption is several lines joined, and
    so stops the walk).

    >>> out = ["甲市新建的道路于今年全面通车，方便了群众出行，", "1月9日，工人在甲市新区的", "工地上检查设备运行情况。", "张  三摄"]
    >>> caption_first_line(out, [0, 3, 4, 5], [12, 12, 12, 13, 12, 12, 4], 2, 5, 12)
    1
    """
    tolerance = page_rules().running["caption_width_tolerance"]
    # caption lines are set ragged: the widest unfinished line taken so far is the caption's
    # measure (a paragraph's last line may be short)
    def measure() -> float:
        return max((widths[i] for i in range(origin[j], credit) if not ends_sentence(lines_of(i))), default=0.0)

    def lines_of(i: int) -> str:
        return physical[i] if physical else ""

    caption_width = measure()
    while j > 0 and credit - origin[j - 1] <= most and origin[j] - origin[j - 1] == 1 \
            and (not caption_width or abs(widths[origin[j - 1]] - caption_width) <= tolerance) \
            and classify_block(out[j - 1]) in ("body", "headline", "caption") \
            and not _is_short_head(out[j - 1], caption_width or len(out[j])):
        j -= 1
        caption_width = measure()
    # rule caption_paragraph_above: a finished paragraph of a few lines right under a column
    # that ends mid-sentence (or under the photo's own title line) is the caption's first
    # paragraph: a column does not end mid-sentence and go on with a finished paragraph
    if j > 1 and credit - origin[j - 1] <= most and classify_block(out[j - 1]) == "body" \
            and ends_sentence(out[j - 1]) and (classify_block(out[j - 2]) == "headline" or (
                classify_block(out[j - 2]) == "body" and not ends_sentence(out[j - 2]))):
        j -= 1
    return j


def _is_short_head(line: str, width: float) -> bool:
    """A headline line well short of the caption's measure (a photo's own title, 春分采茶忙)."""
    return classify_block(line) == "headline" and len(line) < width - 3

