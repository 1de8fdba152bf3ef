"""A column's short last line read under another article's column of the same width, given back.

Width tells one article's columns from another's only when they are set in different widths;
on a real page most articles share the column grid. When an article's column ends
mid-sentence and the short line that ends its sentence (…包含医 | 疗公共卫生服务协同… and
…分享发展 | 成果，不断增进民生福祉。) heads the next column, that line is set right under
another article's column of the same width, and the reflow reads it as that column's
paragraph end. ``exchange_cut_ends`` (rule ``column_tail_exchanged``) finds such a joint by
what is left over elsewhere: a column that ends mid-sentence with nothing to go on in (an
open cut), and a later column of the joint's width that starts mid-sentence with nothing
above it to go on from (an orphan start). Cutting the joint pairs both: the open cut goes
on in the short line, the line above the joint in the orphan start. The exchange is taken
when the open cut fits the short line (``column_breaks.fit`` at least ``chain_min_fit``),
the line above the joint fits the orphan start without a fault, the words, figures and
quotes read across the two new breaks (``_word_evidence``) outweigh those read across the
joint and across the open cut and the orphan start by ``exchange_min_gain``, and the
character pairs agree (the short line shares more with the open cut's column than with the
column above it, or the orphan start more with that column than with the open cut's, and
neither says the opposite). Each piece takes part in one exchange; each open cut looks at
most ``chain_window`` pieces ahead, and so does each joint: linear in the page.
"""
from __future__ import annotations

from .blocks import classify_block, opener
from .column_breaks import Decision, _page_pairs, fit
from .column_pieces import _credit_after, column_pieces
from .line_widths import LineWidths, ends_sentence, measure_lines
from .rules import page_rules
from .topics import _pairs_of


def exchange_cut_ends(lines: list[str], log: list[Decision], page: LineWidths | None = None) -> list[str]:
    """Rule column_tail_exchanged (see the module): the lines in reading order, with each
    exchanged column tail moved behind the open cut it goes on with and each orphan start
    moved behind the line above its joint; the exchanges are logged as ``Decision`` s.

    >>> L = ["甲县今年扩大种植面积，全县茶园", "达到三万亩，茶农收入", "明显提高，带动乡村振兴。",
    ...      "乙市港口吞吐量持续增长，集装", "箱航线新增五条，港口", "吞吐量创下历史新高。", "农户户均增收两千元。"]
    >>> exchange_cut_ends(L, [])  # no open cut: nothing moves
    ... # doctest: +ELLIPSIS
    ['甲县今年扩大种植面积，全县茶园', ...]
    """
    page = page or measure_lines(lines)
    run = page_rules().running
    widths = page.measures[page.best]
    pieces = column_pieces(lines, widths, page.indented)
    if len(pieces) < 3:
        return lines
    pairs = _page_pairs("\n".join(lines))
    credit = _credit_after(lines)
    min_width, tolerance, window = run["reflow_min_width"], run["chain_width_tolerance"], run["chain_window"]

    def is_text(k: int) -> bool:
        return classify_block(lines[k]) in ("body", "headline")

    def near_credit(k: int) -> bool:
        return credit[k] < len(lines) and credit[k] - k <= run["caption_max_lines"]

    def open_cut(p: int) -> bool:
        a, e, width = pieces[p]
        if e - a < 2 or width < min_width or ends_sentence(lines[e - 1]) or not is_text(e - 1) \
                or page.widths[e - 1] < width - 1.5 or near_credit(a):
            return False
        if p + 1 < len(pieces):
            na, _, nwidth = pieces[p + 1]
            if abs(nwidth - width) <= tolerance and fit(lines[e - 1], lines[na], pairs)[0] >= run["chain_min_fit"]:
                return False  # it goes on in the piece under it
        return True

    min_fit = run["chain_min_fit"]
    alone: dict[tuple[str, int], bool] = {}

    def unpaired(side: str, p: int) -> bool:
        """Rule exchange_unpaired: no piece of its width within ``chain_window`` goes on with
        open cut p (side "cut"), or ends mid-sentence and goes on in orphan start p ("start")."""
        if (side, p) not in alone:
            width = pieces[p][2]
            near = range(p + 1, min(len(pieces), p + 1 + window)) if side == "cut" else range(max(0, p - window), p)
            same = [o for o in near if abs(pieces[o][2] - width) <= tolerance]
            if side == "cut":
                cut = lines[pieces[p][1] - 1]
                alone[side, p] = all(fit(cut, lines[pieces[o][0]], pairs)[0] < min_fit for o in same if is_text(pieces[o][0]))
            else:
                start = lines[pieces[p][0]]
                alone[side, p] = all(fit(lines[pieces[o][1] - 1], start, pairs)[0] < min_fit for o in same
                                     if is_text(pieces[o][1] - 1) and not ends_sentence(lines[pieces[o][1] - 1]))
        return alone[side, p]

    def text_of(a: int, e: int) -> set[str]:
        return _pairs_of("".join(lines[a:e]))

    found: list[tuple[float, int, int, int, bool]] = []  # (gain, open cut piece, joint piece, orphan piece, unpaired)
    goes_on_of: dict[tuple[int, int], float | None] = {}
    for p in range(len(pieces) - 2):
        if not open_cut(p):
            continue
        cut = lines[pieces[p][1] - 1]
        for j in range(p + 1, min(len(pieces) - 1, p + 1 + window)):
            a, e, width = pieces[j]
            k = e - 1  # the joint piece's last line, a short sentence end, under a full unfinished line
            if width < min_width or e - a < 3 or not ends_sentence(lines[k]) or page.widths[k] >= width - 1.5 \
                    or ends_sentence(lines[k - 1]) or page.widths[k - 1] < width - 1.5 or not is_text(k):
                continue
            above, under = lines[k - 1], lines[k]
            if fit(cut, under, pairs)[0] < (0 if unpaired("cut", p) else min_fit):
                continue  # a cut nothing else goes on with may go on in a line with no evidence against
            glued, joined = _word_evidence(above, under, pairs), _word_evidence(cut, under, pairs)
            for q in range(j + 1, min(len(pieces), j + 1 + window)):
                qa, qe, qwidth = pieces[q]
                if abs(qwidth - width) > tolerance or not _orphan_start(lines, pieces, q, near_credit):
                    continue
                if (j, q) not in goes_on_of:  # the same joint and start for every open cut
                    goes_on_of[j, q] = _word_evidence(above, lines[qa], pairs) \
                        if fit(above, lines[qa], pairs)[0] >= 0 else None
                goes_on = goes_on_of[j, q]
                if goes_on is None:
                    continue
                gain = joined + goes_on - glued - _word_evidence(cut, lines[qa], pairs)
                alone_both = unpaired("cut", p) and unpaired("start", q)
                if alone_both:
                    # rule exchange_unpaired: a cut and a start that nothing else pairs with
                    # are evidence for the exchange that pairs both
                    gain += run["exchange_unpaired"]
                if gain < run["exchange_min_gain"]:
                    continue
                tail, head = text_of(k, e), text_of(a, k)
                cut_text, start = text_of(*pieces[p][:2]), text_of(qa, qe)
                # the line under the joint shares more with the open cut's column than with the
                # column above it, or the orphan start more with the column above the joint than
                # with the open cut's, and neither says the opposite
                votes = (_compare(len(tail & cut_text), len(tail & head)),
                         _compare(len(start & head), len(start & cut_text)))
                if max(votes) > 0 and min(votes) >= 0:
                    found.append((gain, p, j, q, alone_both))
    if not found:
        return lines
    found.sort(key=lambda x: (-x[0], x[1]))
    used: set[int] = set()  # each piece takes one part in one exchange
    after: dict[int, list[int]] = {}  # piece -> the pieces (or a tail, as -1 - piece) read after it
    for gain, p, j, q, alone_both in found:
        if used & {p, j, q}:
            continue
        used.update((p, j, q))
        after[p] = [-1 - j]  # the open cut goes on in the joint piece's last line
        after[j] = [q]  # the joint piece, its last line given away, goes on in the orphan start
        log.append(Decision("column_tail_exchanged", gain, f"{lines[pieces[p][1] - 1][-6:]}|{lines[pieces[j][1] - 1][:6]} "
                            f"{lines[pieces[j][1] - 2][-6:]}|{lines[pieces[q][0]][:6]}" + (" exchange_unpaired" if alone_both else "")))
    moved = {q for q in (x[0] for x in after.values()) if q >= 0}
    out: list[str] = []

    def emit(i: int) -> None:
        a, e, _ = pieces[i]
        out.extend(lines[a:e - 1] if i in after and after[i][0] >= 0 else lines[a:e])
        for nxt in after.get(i, []):
            if nxt < 0:
                out.append(lines[pieces[-1 - nxt][1] - 1])
            else:
                emit(nxt)
    for i in range(len(pieces)):
        if i not in moved:
            emit(i)
    return out if len(out) == len(lines) else lines


#: the rules of ``column_breaks.fit`` that read a word, a figure or a quote across the break (the
#: others read punctuation and paragraph openings, which a joint and an exchange share)
_WORD_RULES = frozenset({"split_word_often", "split_word_lexicon", "split_word_once", "split_number", "non_initial_start", "closes_quote",
                         "word_tail_before_figure", "figure_after_taker", "construction", "enumeration"})


def _word_evidence(before: str, after: str, pairs: dict[str, int]) -> float:
    """The part of ``fit(before, after)`` that reads a word, a figure or a quote across the
    break (``_WORD_RULES``): what tells one join from another under the same line.

    >>> _word_evidence("全县茶园面积扩大到三", "千亩，茶农增收。", {"三千": 2})
    2
    """
    return sum(d.score for d in fit(before, after, pairs)[1] if d.rule in _WORD_RULES)


def _compare(a: int, b: int) -> int:
    return (a > b) - (a < b)


def _orphan_start(lines: list[str], pieces: list[tuple[int, int, float]], q: int, near_credit) -> bool:
    """Does piece q start mid-sentence with nothing above it to go on from: no headline or
    byline right above, no dateline, not a caption's text, and the line above it (another
    piece's) ends a sentence or is no text (so no column above goes on in it)?"""
    qa, qe, _ = pieces[q]
    if qe - qa < 2 or near_credit(qa) or opener(lines[qa]) or classify_block(lines[qa]) not in ("body", "headline"):
        return False
    above = pieces[q - 1]
    if above[1] - above[0] <= 2 and classify_block(lines[qa - 1]) in ("headline", "byline"):
        return False
    return True
