"""A column's short last line read under another article's column of the same width, given back.

Width tells one article's columns from another's only when they are set in different widths;
on a real page most articles share the column grid. When an article's column ends
mid-sentence and the short line that ends its sentence (…包含医 | 疗公共卫生服务协同… and
…共享改革 | 红利，让群众得到实惠。) heads the next column, that line is set right under
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
neither says the opposite). Each piece's end and each piece's start take part in one
exchange; each open cut looks at most ``chain_window`` pieces ahead, and so does each joint:
linear in the page.

Rule ``joint_inside_column``: the joint may stand inside a column piece, when the article
whose cut it ends goes on there with a new paragraph (…向着目标 | …铁路项目 迈出关键一步。 新
段落…: the short line and the paragraph under it are the open cut's, set under another
article's column of the same width). The lines from the joint on then move behind the open
cut; they must be set in the open cut's width and share more of its character pairs than of
the column above them. Rule ``exchange_same_topic``: character pairs weigh 1/n when n column
pieces of the page hold them; when the lines under the joint share at least
``exchange_topic_min`` with the open cut's column and ``chain_topic_lead`` times what they
share with the column above, the orphan start shares more with that column than with the open
cut's, and nothing else goes on with the open cut, the exchange gains ``chain_same_topic``
(the topic of a paragraph tells whose it is where no word is split across the break).
Rule ``exchanged_tail_carries_on``: moved lines that end mid-sentence take along the piece
under them when their cut goes on in it and it is set in the open cut's width (a line cut
short before a figure's first token, …于2020年 | 12月31日…, ends a piece of its own width).
Rule ``joint_full_end``: a piece's last line that ends a sentence but falls short of its column
by one character or so (the other article's sentence end happens to fill the line) is a joint
too, taken only when the line above it reads a word or figure with the orphan start (…净 | 增…)
and the words across the new breaks alone reach ``exchange_min_gain``.
"""
from __future__ import annotations

from collections import Counter

from .blocks import classify_block, opener
from .column_breaks import Decision, _page_pairs, fit
from .column_pieces import _credit_after, _set_width, _token_width, column_pieces
from .line_widths import LineWidths, ends_sentence, first_token, measure_lines
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

    # (gain, topic margin, open cut, joint piece, joint line, orphan start, unpaired)
    found: list[tuple[float, float, int, int, int, int, bool]] = []
    # a pair held by n pieces of the page weighs 1/n: names and terms of one story weigh most
    held = Counter(pair for a, e, _ in pieces for pair in text_of(a, e))
    topical: set[tuple[int, int, int]] = set()  # the exchanges rule exchange_same_topic spoke for
    by_topic: set[tuple[int, int, int]] = set()  # the joints rule joint_by_topic found

    def weigh(shared: set[str]) -> float:
        return sum(1.0 / held[x] for x in shared)

    goes_on_of: dict[tuple[int, int], float | None] = {}
    for p in range(len(pieces) - 2):
        if not open_cut(p):
            continue
        cut = lines[pieces[p][1] - 1]
        for j in range(p + 1, min(len(pieces) - 1, p + 1 + window)):
            a, e, width = pieces[j]
            for k in _joints(lines, page.widths, a, e, width, min_width, is_text) + _full_joints(lines, page.widths, a, e, width, min_width, is_text):
                # k: a short sentence end under a full unfinished line; the joint piece's last
                # line, or (rule joint_inside_column) a line with a new paragraph under it;
                # rule joint_full_end: a last line about as wide as the column
                inside = k < e - 1
                full = page.widths[k] >= width - 1.5
                if inside and not _set_in(lines, page.widths, k + 1, e, pieces[p][2]):
                    continue  # rule joint_inside_column: the lines it moves are set in the open cut's width
                above, under = lines[k - 1], lines[k]
                if fit(cut, under, pairs)[0] < (0 if unpaired("cut", p) else min_fit):
                    continue  # a cut nothing else goes on with may go on in a line with no evidence against
                glued, joined = _word_evidence(above, under, pairs), _word_evidence(cut, under, pairs)
                tail, head = text_of(k, e), text_of(a, k)
                cut_text = text_of(*pieces[p][:2])
                for q in range(j + 1, min(len(pieces), j + 1 + window)):
                    qa, qe, qwidth = pieces[q]
                    if abs(qwidth - width) > tolerance or not _orphan_start(lines, pieces, q, near_credit):
                        continue
                    if (k, q) not in goes_on_of:  # the same joint and start for every open cut
                        goes_on_of[k, q] = _word_evidence(above, lines[qa], pairs) \
                            if fit(above, lines[qa], pairs)[0] >= 0 else None
                    goes_on = goes_on_of[k, q]
                    if goes_on is None:
                        continue
                    words = joined + goes_on - glued - _word_evidence(cut, lines[qa], pairs)
                    if full and (goes_on <= 0 or words < run["exchange_min_gain"]):
                        # rule joint_full_end: a sentence end about as wide as its column tells no
                        # paragraph end; only a word or figure split across the new break (…净 |
                        # 增…) says the line above goes on elsewhere
                        continue
                    gain = words
                    alone_both = unpaired("cut", p) and unpaired("start", q)
                    if alone_both:
                        # rule exchange_unpaired: a cut and a start that nothing else pairs with
                        # are evidence for the exchange that pairs both
                        gain += run["exchange_unpaired"]
                    start = text_of(qa, qe)
                    # the lines under the joint share more with the open cut's column than with the
                    # column above them, or the orphan start more with the column above the joint than
                    # with the open cut's, and neither says the opposite; rule joint_inside_column: a
                    # joint inside a column moves a paragraph too, and the lines it moves must say so
                    shared = (weigh(tail & cut_text), weigh(tail & head), weigh(start & head), weigh(start & cut_text))
                    votes = (_compare(shared[0], shared[1]), _compare(shared[2], shared[3]))
                    if not ((votes[0] > 0 if inside else max(votes) > 0) and min(votes) >= 0):
                        continue
                    if unpaired("cut", p) and shared[2] > shared[3] and shared[0] >= run["exchange_topic_min"] \
                            and shared[0] >= run["chain_topic_lead"] * shared[1]:
                        # rule exchange_same_topic: the lines under the joint share the names and
                        # terms of the open cut's column, several times more than those of the
                        # column above them, and the orphan start shares more with that column;
                        # an open cut that another piece goes on with needs words, not topic
                        gain += run["chain_same_topic"]
                        topical.add((p, k, q))
                    if inside and (words < 0 or words == 0 and (p, k, q) not in topical):
                        # rule joint_inside_column: a paragraph moves on the words read across the
                        # new breaks or on its topic, never against words, nor on what is left over
                        continue
                    if gain >= run["exchange_min_gain"]:
                        found.append((gain, shared[0] - shared[1] + shared[2] - shared[3], p, j, k, q, alone_both))
            if unpaired("cut", p):
                found += _topic_joints(lines, page.widths, pieces, p, j, pairs, weigh, text_of, unpaired,
                                       lambda q: _orphan_start(lines, pieces, q, near_credit), topical, by_topic)
    if not found:
        return lines
    # the best exchanges of the page first; of equal gain, the one whose moved texts share most
    # with the columns they go to (where the topic changes inside a column)
    found.sort(key=lambda x: (-x[0], -x[1], x[2]))
    ends_used: set[int] = set()  # each piece's end and each piece's start take part in one exchange
    starts_used: set[int] = set()
    after: dict[int, int] = {}  # piece -> the piece read after it (an orphan start)
    tail_of: dict[int, tuple[int, int]] = {}  # open cut -> the joint lines (first, end) read after it
    joint_at: dict[int, int] = {}  # joint piece -> its joint line
    for gain, _, p, j, k, q, alone_both in found:
        if {p, j} & ends_used or q in starts_used:
            continue
        ends_used.update((p, j))
        starts_used.add(q)
        tail_of[p] = (k, pieces[j][1])  # the open cut goes on in the joint line and the lines under it
        joint_at[j] = k
        after[j] = q  # the joint piece, its lines from the joint on given away, goes on in the orphan start
        rule = "joint_by_topic" if (p, k, q) in by_topic \
            else "joint_inside_column" if k < pieces[j][1] - 1 else "column_tail_exchanged"
        log.append(Decision(rule, gain, f"{lines[pieces[p][1] - 1][-6:]}|{lines[k][:6]} "
                            f"{lines[k - 1][-6:]}|{lines[pieces[q][0]][:6]}" + (" exchange_unpaired" if alone_both else "")
                            + (" exchange_same_topic" if (p, k, q) in topical else "")))
    moved = set(after.values())
    out: list[str] = []
    emitted: set[int] = set()
    for p, (k, e) in sorted(tail_of.items()):
        # rule exchanged_tail_carries_on: moved lines that end mid-sentence take along the piece
        # under them, set in the open cut's width, that their cut goes on in (…于2020年 |
        # 12月31日开工…): it is the rest of the same column, cut only where its width was read
        j = next(i for i in range(len(pieces)) if pieces[i][1] == e)
        if j + 1 >= len(pieces) or {j + 1} & (ends_used | starts_used | moved) or ends_sentence(lines[e - 1]):
            continue
        na, ne, nwidth = pieces[j + 1]
        if not is_text(e - 1) or not is_text(na) or abs(nwidth - pieces[p][2]) > tolerance \
                or fit(lines[e - 1], lines[na], pairs)[0] < min_fit:
            continue
        tail_of[p] = (k, ne)
        emitted.add(j + 1)
        log.append(Decision("exchanged_tail_carries_on", j + 1, f"{lines[e - 1][-6:]}|{lines[na][:6]}"))

    def emit(i: int) -> None:
        if i in emitted:
            return
        emitted.add(i)
        a, e, _ = pieces[i]
        out.extend(lines[a:joint_at.get(i, e)])
        if i in tail_of:
            out.extend(lines[slice(*tail_of[i])])
        if i in after:
            emit(after[i])
    for i in range(len(pieces)):
        if i not in moved:
            emit(i)
    return out if len(out) == len(lines) else lines


def _topic_joints(lines, widths, pieces, p, j, pairs, weigh, text_of, unpaired, orphan, topical,
                  by_topic) -> list[tuple]:
    """Rule joint_by_topic: the joint may stand between two full lines of a column piece, with
    no short line to show it, where one article's column ends mid-sentence and another's goes on
    under it in the same width (…已成为全省 | 于今年… read where 全省 | 十强… and 仅次 | 于省会…
    were cut). Only the topic tells it: for open cut p and each orphan start q of piece j's
    width (both unpaired: ``exchange_unpaired``), the line k of piece j where the text below
    shares most with the open cut's column and the text above most with the orphan start's
    (character pairs weighed 1/n by the n pieces holding them; the sums are kept as k moves
    down the piece, so the piece is read once per pair of ends) is the joint, taken when
    ``exchange_same_topic`` holds there, no word or figure is read across the two lines it
    parts, and no fit is negative across the new breaks. Rule nearer_orphan_start: no joint is
    sought by topic in piece j when a piece of the cut's width between the two starts mid-sentence
    with nothing above it (an orphan start) and no fit against the cut: that nearer column is the
    cut's own next column (…加强关心 | 关爱、…, no word split to show it), and topic alone does not
    outweigh the page order. Returns entries for ``found``.
    """
    run = page_rules().running
    a, e, width = pieces[j]
    least = run["topic_joint_min_lines"]
    if e - a < 2 * least or width < run["reflow_min_width"] \
            or abs(pieces[p][2] - width) > run["chain_width_tolerance"]:
        return []
    cut = lines[pieces[p][1] - 1]
    if any(abs(pieces[o][2] - width) <= run["chain_width_tolerance"] and orphan(o)
           and fit(cut, lines[pieces[o][0]], pairs)[0] >= 0 for o in range(p + 1, j)):
        return []  # rule nearer_orphan_start: the cut goes on in the nearer column of its width
    cut_text = text_of(*pieces[p][:2])
    # the lines a joint may stand above: two full lines, the upper unfinished, no word read
    # across them, and the open cut going on in the lower without a fault
    joints = [k for k in range(a + least, e - least + 1)
              if not ends_sentence(lines[k - 1]) and widths[k - 1] >= width - 1.5 and widths[k] >= width - 1.5
              and _word_evidence(lines[k - 1], lines[k], pairs) <= 0 and fit(cut, lines[k], pairs)[0] >= 0]
    if not joints or not _set_in(lines, widths, joints[-1], e, pieces[p][2]):
        return []
    line_pairs = [text_of(i, i + 1) for i in range(a, e)]
    out = []
    for q in range(j + 1, min(len(pieces), j + 1 + run["chain_window"])):
        qa, qe, qwidth = pieces[q]
        if abs(qwidth - width) > run["chain_width_tolerance"] or not orphan(q) or not unpaired("start", q):
            continue
        start_text = text_of(qa, qe)
        head, tail = Counter(), Counter()
        for ps in line_pairs:
            head.update(ps)
        # tail & cut, tail & head, head & start, head & cut, kept as lines move from head to tail
        sums = [0.0, 0.0, weigh(set(head) & start_text), weigh(set(head) & cut_text)]
        margins: dict[int, float] = {}
        for k in range(e - 1, joints[0] - 1, -1):
            for x in line_pairs[k - a]:
                w = weigh({x})
                head[x] -= 1
                if head[x] == 0:
                    sums[2] -= w if x in start_text else 0
                    sums[3] -= w if x in cut_text else 0
                    if tail[x]:
                        sums[1] -= w
                tail[x] += 1
                if tail[x] == 1:
                    sums[0] += w if x in cut_text else 0
                    if head[x]:
                        sums[1] += w
            margins[k] = sums[0] - sums[1] + sums[2] - sums[3]
        for k in sorted(joints, key=lambda k: -margins[k])[:run["topic_joint_tries"]]:
            above, under, start = lines[k - 1], lines[k], lines[qa]
            if fit(above, start, pairs)[0] < 0 or not _set_in(lines, widths, k, e, pieces[p][2]):
                continue
            tail_t, head_t = text_of(k, e), text_of(a, k)
            shared = (weigh(tail_t & cut_text), weigh(tail_t & head_t), weigh(start_text & head_t),
                      weigh(start_text & cut_text))
            # each half sides with its own article, and both together by chain_topic_lead squared
            if not (shared[0] > shared[1] and shared[2] > shared[3] and shared[0] >= run["exchange_topic_min"]
                    and shared[0] * shared[2] >= run["chain_topic_lead"] ** 2 * shared[1] * shared[3]):
                continue
            words = _word_evidence(cut, under, pairs) + _word_evidence(above, start, pairs) \
                - _word_evidence(cut, start, pairs)
            if words < 0:
                continue
            topical.add((p, k, q))
            by_topic.add((p, k, q))
            out.append((words + run["exchange_unpaired"] + run["chain_same_topic"],
                        shared[0] - shared[1] + shared[2] - shared[3], p, j, k, q, True))
            break
    return out


def _set_in(lines: list[str], widths: list[float], a: int, e: int, width: float) -> bool:
    """Can lines a..e-1 be set in a column ``width`` wide: each unfinished line as wide (a closing
    mark may hang past the edge, an opening mark go down with the next line's first character),
    or shorter only because the next line's first token would not fit; each sentence end no
    wider (the lines a joint inside a column moves to the open cut's column are set in its width).

    >>> _set_in(["甲县还计划打造茶文化旅游线", "路，吸引游客到茶园。"], [13.0, 10.0], 0, 2, 13.0)
    True
    >>> _set_in(["甲县还计划打造茶文化旅游线路，", "吸引游客。"], [15.0, 5.0], 0, 2, 13.0)
    False
    """
    for i in range(a, e):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if ends_sentence(lines[i]):
            if widths[i] > width + 1.5:
                return False
            continue
        own = _set_width(lines[i], widths[i], nxt)
        overflow = not own and widths[i] <= width + 0.5 and widths[i] + _token_width(lines[i], widths[i], first_token(nxt)) > width + 0.25
        if not overflow and not any(abs(w - width) <= 0.5 for w in own):
            return False
    return True


def _joints(lines: list[str], widths: list[float], a: int, e: int, width: float, min_width: float, is_text) -> list[int]:
    """The lines of piece a..e-1 (``width`` wide) where another article's column may start under
    it: a short sentence end under a full unfinished line, two lines or more of the piece above
    it — the piece's last line, or a line under which a new paragraph starts (rule
    joint_inside_column: a column of one article that ends its cut sentence and starts a new
    paragraph under another article's column of the same width).

    >>> L = ["甲县今年扩大种植面积，全县", "茶园达到三万亩，茶农收入", "明显提高。", "全县还将建成两处加工厂，带", "动农户增收。"]
    >>> _joints(L, [float(len(x)) for x in L], 0, 5, 12.0, 11, lambda k: True)
    [2, 4]
    """
    if width < min_width or e - a < 3:
        return []
    return [k for k in range(a + 2, e) if ends_sentence(lines[k]) and widths[k] < width - 1.5
            and not ends_sentence(lines[k - 1]) and widths[k - 1] >= width - 1.5 and is_text(k)]


def _full_joints(lines: list[str], widths: list[float], a: int, e: int, width: float, min_width: float, is_text) -> list[int]:
    """Rule joint_full_end: the last line of piece a..e-1 when it ends a sentence but is about
    as wide as the column (within 1.5, one character short at least) under a full unfinished
    line: another article's column may end there with a sentence end that happens to fill
    most of the line. Such a joint is taken only on words read across the new breaks.

    >>> L = ["甲县今年扩大种植面积，全县", "茶园达到三万亩，茶农收入", "乙市港口吞吐量创下新高。"]
    >>> _full_joints(L, [float(len(x)) for x in L], 0, 3, 13.0, 11, lambda k: True)
    [2]
    """
    k = e - 1
    if width < min_width or e - a < 3 or not ends_sentence(lines[k]) or not is_text(k):
        return []
    if not (width - 1.5 <= widths[k] <= width - 1) or ends_sentence(lines[k - 1]) or widths[k - 1] < width - 1.5:
        return []
    return [k]


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
