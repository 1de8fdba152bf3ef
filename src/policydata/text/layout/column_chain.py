"""The columns of a hard-wrapped page put back in order: column pieces paired.

``chain_columns`` (rule ``column_continues_same_width``) follows a column piece
(``column_pieces``) that ends mid-sentence with the later piece of its width that goes on with
it best (``column_breaks.fit``, and ``chain_same_topic``: the piece that shares the cut piece's
names and terms), so that each article's columns follow each other before the reflow joins
their lines (``reflow.py``). A photo caption's text is no column (``caption_reaches_credit``).
"""
from __future__ import annotations

from collections import Counter

from .blocks import classify_block, opener
from .column_breaks import Decision, _page_pairs, fit
from .column_pieces import _credit_after, column_pieces
from .line_widths import LineWidths, ends_sentence, measure_lines
from .rules import page_rules
from .topics import _pairs_of


def caption_text(lines: list[str], pieces: list[tuple[int, int, float]], q: int, credit: list[int]) -> bool:
    """Rule caption_reaches_credit: is piece q a photo caption's text? It is when a photo credit
    (or a caption's 图为 line) follows within ``caption_max_lines`` lines and no column piece of
    another width stands between: a caption's text runs in its own width down to its credit,
    while a column of an article that a caption follows ends where the caption's own width
    starts (…产量比上 | 每年3月，在某地… | 图为… | 某某摄: the caption is the second run).

    >>> L = ["全县茶叶产量比上年增长，茶农的", "收入也明显提高，带动了", "每年春天，茶园里的采茶工人忙着采摘新", "茶，一派繁忙景象。",
    ...      "新华社记者  张  三摄"]
    >>> P = [(0, 2, 15.0), (2, 4, 18.0), (4, 5, 0.0)]
    >>> [caption_text(L, P, q, _credit_after(L)) for q in (0, 1)]
    [False, True]
    """
    qa, qe, width = pieces[q]
    if credit[qa] >= len(lines) or credit[qa] - qa > page_rules().running["caption_max_lines"]:
        return False
    run = page_rules().running
    for a, e, other in pieces[q + 1:]:
        if a >= credit[qa]:
            return True
        # a column: two lines or more, as wide as a column (a verse of a picture report is not)
        if e - a >= 2 and other >= run["reflow_min_width"] and abs(other - width) > run["chain_width_tolerance"] \
                and classify_block(lines[a]) in ("body", "headline"):
            return False  # rule caption_reaches_credit: a run of another width comes first
    return True


def chain_columns(lines: list[str], log: list[Decision], page: LineWidths | None = None) -> list[str]:
    """Rule column_continues_same_width: a column piece that ends mid-sentence goes on in a
    later piece set in the same width (the article's next column), one that does not head
    an article (no headline or byline right above it) and opens with no dateline; among the
    pieces of that width within ``chain_window`` pieces, the best linguistic fit wins
    (``column_breaks.fit``: punctuation, a word or a number split across the break, a quote
    closed; plus ``chain_same_topic`` for the piece that shares the cut piece's terms,
    ``_same_topic``), if it is at least ``chain_min_fit``; the best pairs of the page are
    taken first, each piece used once. The continuing piece moves up behind the
    piece it continues, so that each article's columns follow each other and the reflow
    joins the cut sentence. Each piece is compared with at most ``chain_window`` later
    ones: linear in the page. ``page`` holds the lines' widths when they were measured
    already (``line_widths.measure_lines``). Each pair taken is logged as a ``Decision``.
    Rule ``indented_lone_line``: on an indented page a lone line under a sub-head or a sentence
    end is a paragraph's first line, its indent stripped: it is a piece of one line whose column
    is two wider, and it looks for its continuation when the piece under it is set in another
    width.

    >>> chain_columns(["今年以来，全县把发展特", "色产业作为富民的重要抓", "手，先后建成蔬菜基地和",
    ...                "甲市的新能源汽车产业链条完整，", "整车企业和零部件企业相互配套，", "出口规模创下历史新高。",
    ...                "食用菌基地，带动周边农", "户稳定增收。"], [])[3:6]
    ['食用菌基地，带动周边农', '户稳定增收。', '甲市的新能源汽车产业链条完整，']
    """
    page = page or measure_lines(lines)
    run = page_rules().running
    widths = page.measures[page.best]
    piece_log: list[Decision] = []
    pieces = column_pieces(lines, widths, page.indented, piece_log)
    log.extend(piece_log)
    # rule short_column_foot: a column that stopped at a short line goes on in a later piece
    feet = {d.score for d in piece_log if d.rule == "short_column_foot"}
    pairs: dict[str, int] | None = None
    credit = _credit_after(lines)
    scored: list[tuple[float, int, int, int, str]] = []
    rules_used: dict[tuple[int, int], str] = {}  # the fit rules of each pair, for the log
    for q, (qa, _, _) in enumerate(pieces):
        near = credit[qa] < len(lines) and credit[qa] - qa <= run["caption_max_lines"]
        if near and not caption_text(lines, pieces, q, credit) and classify_block(lines[qa]) in ("body", "headline"):
            log.append(Decision("caption_reaches_credit", qa, f"{lines[qa][:8]} is no caption's text"))
    for p, (a, e, width) in enumerate(pieces):
        cut = lines[e - 1]
        # rule indented_lone_line: on an indented page a lone line under a sub-head or a sentence
        # end is a paragraph's first line, its indent stripped: its column is two wider
        lone_first = page.indented and e - a == 1 and a > 0 and (
            ends_sentence(lines[a - 1]) or classify_block(lines[a - 1]) == "headline")
        # a piece that starts within a caption's reach of a credit is a caption's text
        if caption_text(lines, pieces, p, credit) or (e - a < 2 and not lone_first) or width < run["reflow_min_width"] \
                or ends_sentence(cut) or classify_block(cut) not in ("body", "headline") \
                or (page.widths[e - 1] < width - 1.5 and e - 1 not in feet):
            continue
        column = width + 2 if lone_first else width
        if lone_first and p + 1 < len(pieces) and abs(pieces[p + 1][2] - column) <= run["chain_width_tolerance"]:
            continue  # the column under it is its own: the reflow joins them
        found: list[tuple[float, float, int]] = []  # (fit, fit less the width's doubt, piece)
        for q in columns_ahead(pieces, p, run["chain_window"], run["reflow_min_width"]):
            qa, qe, qwidth = pieces[q]
            above = pieces[q - 1]
            heads = q - 1 != p and above[1] - above[0] <= 2 and classify_block(lines[qa - 1]) in ("headline", "byline")
            if caption_text(lines, pieces, q, credit) or abs(qwidth - column) > run["chain_width_tolerance"] or opener(lines[qa]) or heads:
                continue
            # the page's character pairs read across the line wraps inside each piece too
            pairs = pairs if pairs is not None else _page_pairs("\n".join("".join(lines[x:y]) for x, y, _ in pieces))
            form, used = fit(cut, lines[qa], pairs)
            rules_used[p, q] = ",".join(f"{d.rule}{d.score:+g}" for d in used)
            # about the same width: asks for one more piece of evidence
            found.append((form, form - 1 if abs(qwidth - column) > 0.5 else form, q))
        topic = _same_topic(lines, pieces, p, [q for form, _, q in found if form >= 0])
        for _, score, q in found:
            bonus = run["chain_same_topic"] if q == topic else 0
            scored.append((score + bonus, -(q - p), p, q, ",".join(x for x in (rules_used[p, q], "same_topic" if bonus else "") if x)))
    # the best pairs of the page win, each cut piece and each continuation used once
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    follows: dict[int, int] = {}
    claimed: set[int] = set()
    for score, _, p, q, why in scored:
        if score < run["chain_min_fit"] or p in follows or q in claimed:
            continue
        follows[p] = q
        claimed.add(q)
        log.append(Decision("column_continues_same_width", score,
                            f"{lines[pieces[p][1] - 1][-8:]}|{lines[pieces[q][0]][:8]} {why}".rstrip()))
        if pieces[p][1] - 1 in feet:  # the reflow joins the short foot with the piece's first line
            log.append(Decision("foot_goes_on", 0, lines[pieces[p][1] - 1] + "\n" + lines[pieces[q][0]]))
    if not any(q != p + 1 for p, q in follows.items()):
        return lines
    out: list[str] = []
    for p in range(len(pieces)):
        q = None if p in claimed else p
        while q is not None:
            out.extend(lines[pieces[q][0]:pieces[q][1]])
            q = follows.get(q)
    return out


def columns_ahead(pieces: list[tuple[int, int, float]], p: int, window: int, min_width: float) -> list[int]:
    """Rule chain_window_counts_columns: the pieces after piece p up to the ``window``-th one set
    in a column's width (at least ``min_width``): a page's headline lines, credits and datelines
    are pieces of their own, one or two for each story between a column and its next column, and
    would use up the window on a page of many short stories; the count stays linear in the page.

    >>> P = [(0, 5, 12.0), (5, 6, 0.0), (6, 7, 0.0), (7, 12, 12.0), (12, 13, 0.0), (13, 18, 12.0)]
    >>> columns_ahead(P, 0, 2, 11), columns_ahead(P, 0, 1, 11)
    ([1, 2, 3, 4, 5], [1, 2, 3])
    """
    out, seen = [], 0
    for q in range(p + 1, len(pieces)):
        out.append(q)
        if pieces[q][2] >= min_width:
            seen += 1
            if seen >= window:
                break
    return out


def _same_topic(lines: list[str], pieces: list[tuple[int, int, float]], p: int, candidates: list[int]) -> int | None:
    """Rule chain_same_topic: of the later pieces that may go on with cut piece p, the one
    that shares the most distinctive character pairs with it (a pair held by n of the
    candidates counts 1/n: names, places and terms of one story recur in its columns),
    when it shares at least ``chain_topic_min`` and more than ``chain_topic_lead`` times as
    much as any other (a few common words shared are no topic); None otherwise.

    >>> L = ["甲县的茶农今年采摘新茶，", "茶园面积扩大到三千亩，", "乙市的港口吞吐量增长，", "集装箱航线新增五条，",
    ...      "茶园的新茶产量增长，茶农增收。"]
    >>> _same_topic(L, [(0, 2, 12.0), (2, 4, 11.0), (4, 5, 10.0)], 0, [1, 2])
    2
    """
    if len(candidates) < 1:
        return None
    mine = _pairs_of("".join(lines[pieces[p][0]:pieces[p][1]]))
    held = {q: _pairs_of("".join(lines[pieces[q][0]:pieces[q][1]])) & mine for q in candidates}
    df = Counter(pair for shared in held.values() for pair in shared)
    share = sorted(((sum(1.0 / df[x] for x in shared), q) for q, shared in held.items()), reverse=True)
    top, q = share[0]
    runner_up = share[1][0] if len(share) > 1 else 0.0
    run = page_rules().running
    return q if top >= run["chain_topic_min"] and top > run["chain_topic_lead"] * runner_up else None

