"""Hard-wrapped pages without blank lines: physical lines back into paragraph lines.

pdftotext's default mode gives one physical line per output line and no blank lines:
every column line of every article is a line of its own, and the articles' columns have
different widths. ``reflow_wrapped`` joins a line to the one before it when that one
filled its column (rule ``column_line_full``), so that the page reads as one paragraph a
line (``running_blocks``). The column width is local: the most common display width of
the lines around (a full-width character counts 1, a half-width one ½: digit runs and
half-width marks make a full line hold more characters). A line does not go on in the next
when the next is a byline, caption, source or editor line, opens a dateline, or is a short
line without a sentence end (a headline); a full line that ends a sentence goes on only
into a line that does not open a paragraph; a line wider than its column (a headline over
several columns) goes on in none.

The columns of several articles are interleaved, each set to its own width: the lines
since a column run started give its width, and named rules decide with it:
``column_width_changes`` (a full line does not go on in a line set in another width),
``indented_first_line`` (a paragraph's stripped two-space indent counts in its width),
``unindented_line_continues`` (on such a page a full line under a sentence end was not
indented: it goes on in the paragraph),
``opening_mark_goes_down`` (a line stands one short before a line opened by “ or 《),
``quoted_title_line`` (a line that is one quotation is a title), ``caption_run`` (a
photo credit closes the caption set above it in a run of its own width: one caption line;
``caption_lines_above_run``, ``caption_paragraph_above``, ``caption_piece`` and
``caption_inside_cut`` find where that caption starts)
and ``split_word_tail`` (a short line whose first character makes a page word with the
line above ends that paragraph, no headline).

Before the lines are joined, ``chain_columns`` puts each article's columns back in order
(rule ``column_continues_same_width``): the page is cut into column pieces by width, and a
piece that ends mid-sentence is followed by the later piece of its width that goes on with
it best (``column_breaks.fit``, and ``chain_same_topic``: the piece that shares the cut
piece's names and terms).
"""
from __future__ import annotations

import re
from collections import Counter

from .blocks import classify_block, opener, starts_paragraph
from .continuation import _join
from .rules import page_rules, rules

_TOKEN = re.compile(r"[0-9][0-9.,]*%?|[A-Za-z]+|.")
_OPENING_MARKS = "“‘（《(「『"
_CLOSING_MARKS = "，。、；：？！”’）》」』,.;:?!)%"
_NEW_BLOCK_KINDS = ("byline", "caption", "meta", "attribution", "end", "info")


def display_width(text: str) -> float:
    """Width in full-width characters: a half-width (ASCII) character counts ½.

    >>> display_width("增长5.0%，"), display_width("四季度")
    (5.0, 3.0)
    """
    return sum(0.5 if ord(c) < 128 else 1.0 for c in text)


def _is_quoted_title(line: str) -> bool:
    """A line that is one quotation without a mark inside (“去哪儿都带着本子”): a title
    quoting someone, set on a line of its own, however wide the column under it.

    >>> _is_quoted_title("“去哪儿都带着本子”"), _is_quoted_title("“好。”他说，"), _is_quoted_title("“老有所养”是需求")
    (True, False, False)
    """
    body = line.strip()
    return len(body) > 2 and body[0] == "“" and body[-1] == "”" and "“" not in body[1:-1] \
        and "”" not in body[1:-1] and not re.search(r"[，,。；;：:、！？!?]", body)


def _first_token(line: str) -> str:
    """What a line could not start without: a digit run or Latin word is not split across
    lines, and an opening mark (“‘（《) never ends a line — it goes down with the next
    character, so that the line above stands one short of its column.

    >>> _first_token("2025年"), _first_token("“礼包”"), _first_token("建设")
    ('2025', '“礼', '建')
    """
    if line[:1] in _OPENING_MARKS:
        return line[:2]
    token = _TOKEN.match(line)
    return token.group() if token else line[:1]


def _column_widths(widths: list[float], window: int) -> list[float]:
    """The column width around each line: the most common rounded width of the lines
    within ``window`` lines of it (lines of at least 6 characters; ties: the wider)."""
    rounded = [round(w) if w >= 6 else 0 for w in widths]
    out = []
    for k in range(len(widths)):
        near = Counter(w for w in rounded[max(0, k - window):k + window + 1] if w)
        out.append(max(near, key=lambda w: (near[w], w)) if near else 0.0)
    return out


def _cut_before_token(lines: list[str], k: int, width: float) -> bool:
    """Does line k end short only because the next line's first token (a digit run, a
    Latin word) would not fit in its column (…全国固定资产投资（不含农户） | 102708亿元…)?"""
    if k + 1 >= len(lines):
        return False
    token = _TOKEN.match(lines[k + 1])
    return bool(token) and len(token.group()) > 1 and len(lines[k]) + len(token.group()) > width


def is_column_set(lines: list[str]) -> bool:
    """Are the lines set in columns: at least ``reflow_full_share`` of them as wide as
    the column around them (by either measure)? Short lines of varying length (a
    paragraph a line, headlines, lists) are not.

    >>> is_column_set(["初步核算，一季度国内生产总", "值同比增长较快，比上年四季", "度有所加快。", "产业方面，一产增长较快，二", "产增长平稳。"])
    True
    >>> is_column_set(["甲省部署经济工作", "记者 张三 甲省报道", "前三季度,甲省经济稳定恢复,就业保持稳定。", "地方稳增长瞄准", "扩投资、促消费、稳工业"])
    False
    """
    run = page_rules().running
    long_lines = [ln for ln in lines if len(ln) >= 6]
    if not long_lines:
        return False
    full = [False] * len(long_lines)
    for measure in (lambda t: float(len(t)), display_width):
        widths = [measure(ln) for ln in long_lines]
        columns = _column_widths(widths, run["reflow_window"])
        full = [f or (c >= run["reflow_min_width"] and abs(w - c) <= 1) for f, w, c in zip(full, widths, columns)]
    # a column's full lines mostly end mid-sentence (a paragraph a line ends each on a mark)
    unfinished = [f for f, ln in zip(full, long_lines) if f and ln[-1] not in rules().terminators + "，,、"]
    return sum(full) >= run["reflow_full_share"] * len(long_lines) and 2 * len(unfinished) >= sum(full)


def _run_width(widths: list[float], start: int, end: int, lines_ahead: int) -> float:
    """The column width of the run of lines start..end-1 (one column of one article): the
    most common width (rounded down) of its lines of 6+ characters once it has three and
    one width leads, else of the ``lines_ahead`` lines from its start (ties: the wider);
    0 when fewer than three lines tell."""
    # a full line is as wide as its column, or half a cell wider (a half-width mark) or
    # one wider (a closing mark hanging at its end): rounded down, the column's width wins
    for own in ([int(w) for w in widths[start:end] if w >= 6],
                [int(w) for w in widths[start:max(end, start + lines_ahead)] if w >= 6]):
        if len(own) < 3:
            continue
        near = Counter(own).most_common()
        if len(near) == 1 or near[0][1] > near[1][1]:
            return float(near[0][0])
    own = [int(w) for w in widths[start:max(end, start + lines_ahead)] if w >= 6]
    if len(own) < 3:
        return 0.0  # too few lines to tell: the caller takes the column around the line
    near = Counter(own)
    return float(max(near, key=lambda w: (near[w], w)))


def _best_measure(measures: list[list[float]], window: int) -> int:
    """The measure by which more lines are exactly as wide as the column around them: a text
    layer sets every character in one cell (characters) or half-width ones in half a cell
    (display width)."""
    def exact(widths: list[float]) -> int:
        columns = _column_widths(widths, window)
        return sum(1 for w, c in zip(widths, columns) if w >= 6 and abs(w - c) <= 0.5)
    scores = [exact(m) for m in measures]
    return scores.index(max(scores))


def _indented(lines: list[str], widths: list[float], columns: list[float]) -> bool:
    """Are the paragraphs of the page indented (two full-width spaces, stripped by the
    reader): do most lines that follow a sentence end and go on mid-sentence stand two
    characters short of their column?"""
    terminators = rules().terminators
    firsts = [k for k in range(1, len(lines) - 1)
              if lines[k - 1].rstrip()[-1] in terminators and lines[k].rstrip()[-1] not in terminators
              and columns[k] >= page_rules().running["reflow_min_width"]]
    short = sum(1 for k in firsts if abs(widths[k] + 2 - columns[k]) <= 0.5)
    return len(firsts) >= 3 and 2 * short >= len(firsts)


def _line_widths(lines: list[str]):
    """The measures of the lines (characters, display width), the column around each line
    by each, the better measure, each line's width by it (a paragraph's stripped indent
    added back: rule indented_first_line) and whether the page is indented."""
    terminators = rules().terminators
    window = page_rules().running["reflow_window"]
    # two measures of a line: characters (text layers that set every character in one
    # cell) and display width (half-width characters in half a cell)
    measures = [[float(len(ln)) for ln in lines], [display_width(ln) for ln in lines]]
    columns = [_column_widths(m, window) for m in measures]
    best = _best_measure(measures, window)
    widths = measures[best]
    indented = _indented(lines, widths, columns[best])
    if indented:
        # rule indented_first_line: the reader stripped a paragraph's two-space indent; a
        # paragraph's first line is two wider than it reads
        # (a line as wide as the column around it had no indent: rule unindented_line_continues)
        widths = [w + 2 if k and lines[k - 1].rstrip()[-1] in terminators and lines[k].rstrip()[-1] not in terminators
                  and abs(w - columns[best][k]) > 0.5 else w for k, w in enumerate(widths)]
    return measures, columns, best, widths, indented


def _ends_sentence(text: str) -> bool:
    """Does a line end a sentence (a closing quote or bracket may follow the mark), or a
    note in brackets (（记者 张三采访整理））?"""
    return text.rstrip("”’）)」』 ")[-1:] in rules().terminators or text.rstrip()[-1:] in "）)"


def _column_pieces(lines: list[str], widths: list[float], indented: bool = False) -> list[tuple[int, int, float]]:
    """The page cut into column pieces (first line, end, width): runs of body lines whose
    unfinished lines (no sentence end) are set in one width; a line that ends a sentence
    may be shorter (its paragraph's last). Any other line (byline, caption, editor line) is
    a piece of its own. A piece's width is the most common column width its unfinished
    lines give (``_set_width``).

    >>> L = ["今年以来，全县把发展特", "色产业作为富民的重要抓", "手。", "甲市的新能源汽车产业链条完整，", "整车企业和零部件企业相互配套，"]
    >>> _column_pieces(L, [float(len(x)) for x in L])
    [(0, 3, 11.0), (3, 5, 14.0)]

    A line that may stand short for the next line's first token tells no width, but one
    wider than the column is not its line (a caption's first line over a digit run), nor is
    one so short that the token would have fitted after it (…加快推广12至 | 16兆瓦…):

    >>> L = ["今年以来，全县把发展特", "色产业作为富民的重要抓", "手，先后建成蔬菜基地三", "处、食用菌基地两处，甲",
    ...      "3月5日，甲县举办春季农民运动会，村民", "2026年的春耕生产活动同时举行。"]
    >>> _column_pieces(L, [float(len(x)) for x in L])[0]
    (0, 4, 11.0)
    >>> L = ["甲市的新能源汽车产业链条完整，", "整车企业和零部件企业相互配套，", "去年全市的汽车产量已达到", "20000辆。"]
    >>> _column_pieces(L, [float(len(x)) for x in L])
    [(0, 4, 14.0)]
    >>> L = ["甲市的新能源汽车产业链条完整，", "整车企业和零部件企业相互配套，", "加快推广12至", "16兆瓦级机组。"]
    >>> _column_pieces(L, [float(len(x)) for x in L])
    [(0, 2, 14.0), (2, 4, 0.0)]
    """
    # a column line reads as a headline on its own (short, no sentence end): only the
    # other kinds of line (bylines, captions, editor lines) stand apart whatever their width
    kinds = ["body" if k == "headline" else k for k in (classify_block(ln) for ln in lines)]
    pieces: list[tuple[int, int, float]] = []
    start, counts, maybe = 0, Counter(), Counter()

    def width_of() -> float:
        # the widths lines give for sure, else the width most of their possible ones share
        votes = counts or maybe
        return float(max(votes, key=lambda w: (votes[w], -w))) if votes else 0.0

    for k, line in enumerate(lines):
        unfinished = kinds[k] == "body" and not _ends_sentence(line)
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        own = _set_width(line, widths[k], nxt) if unfinished else ()
        if indented and own and k > start and _ends_sentence(lines[k - 1]):
            own = own + tuple(w + 2 for w in own)  # a paragraph's first line, its indent stripped
        if k > start:
            width = width_of()
            if unfinished:
                fits = (not own and widths[k] <= width + 1.5 and widths[k] + len(_first_token(nxt)) > width - 0.5) or any(abs(w - width) <= 0.5 for w in own) or (
                    widths[k] < width and widths[k] + len(_first_token(nxt)) > width + 0.5)
            else:  # a paragraph's last line: shorter, or as wide with its marks hanging
                fits = widths[k] <= width + 0.5 + max(1, len(line) - len(line.rstrip(_CLOSING_MARKS)))
            if not (kinds[k] == "body" and kinds[k - 1] == "body" and (not width or fits)):
                pieces.append((start, k, width))
                start, counts, maybe = k, Counter(), Counter()
        if len(own) == 1:
            counts[int(own[0])] += 1
        maybe.update(int(w) for w in own)
    pieces.append((start, len(lines), width_of()))
    return pieces


def _set_width(line: str, width: float, nxt: str) -> tuple[float, ...]:
    """The column widths an unfinished line may be set in: its own; or, when it ends with a
    closing mark, one less too (the mark may hang past the edge: …产业升级，); or, when the
    next line opens with a mark, one more too (the mark went down with its character:
    “领航…); none when the line may stand short for the next line's first token (a digit
    run, a Latin word) and so tells nothing."""
    if line[-1:] in _CLOSING_MARKS:
        return (width, width - (0.5 if ord(line[-1]) < 128 else 1.0))
    if nxt[:1] in _OPENING_MARKS:
        return (width, width + 1.0)
    token = _first_token(nxt)
    if len(token) > 1:
        return ()
    return (width,)


def _credit_after(lines: list[str]) -> list[int]:
    """For each line, the index of the first photo credit at or after it (len(lines) when
    none), in one pass from the end."""
    out, nxt = [0] * len(lines), len(lines)
    for k in range(len(lines) - 1, -1, -1):
        if classify_block(lines[k]) == "caption":
            nxt = k
        out[k] = nxt
    return out


def chain_columns(lines: list[str], log: list) -> list[str]:
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
    ones: linear in the page.

    >>> chain_columns(["今年以来，全县把发展特", "色产业作为富民的重要抓", "手，先后建成蔬菜基地和",
    ...                "甲市的新能源汽车产业链条完整，", "整车企业和零部件企业相互配套，", "出口规模创下历史新高。",
    ...                "食用菌基地，带动周边农", "户稳定增收。"], [])[3:6]
    ['食用菌基地，带动周边农', '户稳定增收。', '甲市的新能源汽车产业链条完整，']
    """
    from .column_breaks import Decision, _page_pairs, fit  # column_breaks reads page blocks, not reflow
    run = page_rules().running
    measures, _, best, _, indented = _line_widths(lines)
    pieces = _column_pieces(lines, measures[best], indented)
    widths = measures[best]
    pairs: dict[str, int] | None = None
    credit = _credit_after(lines)
    scored: list[tuple[float, int, int, int, str]] = []
    for p, (a, e, width) in enumerate(pieces):
        cut = lines[e - 1]
        # a piece that starts within a caption's reach of a credit is a caption's text
        if credit[a] < len(lines) and credit[a] - a <= run["caption_max_lines"] or e - a < 2 or width < run["reflow_min_width"] or _ends_sentence(cut) \
                or classify_block(cut) not in ("body", "headline") or widths[e - 1] < width - 1.5:
            continue
        found: list[tuple[float, float, int]] = []  # (fit, fit less the width's doubt, piece)
        for q in range(p + 1, min(len(pieces), p + 1 + run["chain_window"])):
            qa, qe, qwidth = pieces[q]
            above = pieces[q - 1]
            heads = above[1] - above[0] <= 2 and classify_block(lines[qa - 1]) in ("headline", "byline")
            caption_text = credit[qa] < len(lines) and credit[qa] - qa <= run["caption_max_lines"]
            if caption_text or abs(qwidth - width) > run["chain_width_tolerance"] or opener(lines[qa]) or heads:
                continue
            # the page's character pairs read across the line wraps inside each piece too
            pairs = pairs if pairs is not None else _page_pairs("\n".join("".join(lines[x:y]) for x, y, _ in pieces))
            form = fit(cut, lines[qa], pairs)[0]
            # about the same width: asks for one more piece of evidence
            found.append((form, form - 1 if abs(qwidth - width) > 0.5 else form, q))
        topic = _same_topic(lines, pieces, p, [q for form, _, q in found if form >= 0])
        for _, score, q in found:
            bonus = run["chain_same_topic"] if q == topic else 0
            scored.append((score + bonus, -(q - p), p, q, "same_topic" if bonus else ""))
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
    if not any(q != p + 1 for p, q in follows.items()):
        return lines
    out: list[str] = []
    for p in range(len(pieces)):
        q = None if p in claimed else p
        while q is not None:
            out.extend(lines[pieces[q][0]:pieces[q][1]])
            q = follows.get(q)
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
    from .topics import _pairs_of  # topics reads page blocks, not reflow
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


def reflow_wrapped(lines: list[str], log: list | None = None) -> list[str]:
    """Paragraph lines of a hard-wrapped page without blank lines.

    >>> reflow_wrapped(["稳外贸政策见效", "本报北京1月5日电  今年以", "来，全市外贸进出口增长", "5.2%，比上年加快1.1个",
    ...                 "百分点。", "海关总署介绍，新兴市场", "贸易占比继续提高。"])
    ['稳外贸政策见效', '本报北京1月5日电  今年以来，全市外贸进出口增长5.2%，比上年加快1.1个百分点。', '海关总署介绍，新兴市场贸易占比继续提高。']
    """
    if not lines:
        return []
    lines = chain_columns(lines, log if log is not None else [])
    run = page_rules().running
    terminators = rules().terminators
    measures, columns, best, widths, indented = _line_widths(lines)
    from .column_breaks import _page_pairs  # column_breaks reads page blocks, not reflow
    page_pairs = _page_pairs("\n".join(lines))
    caption_pieces = _caption_pieces(lines, measures[best], indented)
    for credit_line, first in _captions_inside_cut(lines, page_pairs).items():
        caption_pieces.setdefault(credit_line, first)
    caption_starts = set(caption_pieces.values())
    run_start = 0  # the first line of the current column run (one article's column)
    unindented_lines: set[int] = set()
    out = [lines[0]]
    origin = [0]  # the physical line each output line starts with
    for k in range(1, len(lines)):
        prev, line = lines[k - 1], lines[k]
        token = _first_token(line)
        # the run's own column: interleaved columns of different widths are told apart
        # by it (the lines of one article's column share a width)
        width = _run_width(widths, run_start, k, run["reflow_run_lines"]) or columns[best][k - 1]
        size = (float(len(token)), display_width(token))[best]
        have = measures[best][k - 1] if k - 1 in unindented_lines else widths[k - 1]
        full = width >= run["reflow_min_width"] and have <= width + 1.5 \
            and (have >= width - 0.5 or have + size > width + 0.5)
        first_of_paragraph = k < 2 or out[-1] == prev and (
            lines[k - 2].rstrip()[-1] in terminators or classify_block(lines[k - 2]) != "body")
        if indented and first_of_paragraph and abs(have + 2 - width) <= 0.5:
            full = width >= run["reflow_min_width"]  # rule indented_first_line
        if _is_quoted_title(prev):
            full = False  # rule quoted_title_line: a title that is one quotation is no column line
        kind = classify_block(line)
        # rule split_word_tail: a short line without a sentence end under a long unfinished
        # line is that paragraph's last line, no headline, when the two characters across the
        # wrap are a word the page uses elsewhere (有效破 | 解治理碎片化难题: 破解)
        split_tail = kind == "headline" and len(prev) >= run["reflow_min_width"] and not _ends_sentence(prev) \
            and classify_block(prev) in ("body", "headline") and prev[-1:] + line[:1] in page_pairs
        full = full or split_tail
        new_block = (kind in _NEW_BLOCK_KINDS or classify_block(prev) in _NEW_BLOCK_KINDS
                     or bool(opener(line)) or k in caption_starts
                     or (kind == "headline" and len(line) < columns[0][k - 1] - 1.5
                         and display_width(line) < columns[1][k - 1] - 1.5
                         and not _cut_before_token(lines, k, columns[0][k])
                         and not split_tail))
        # rule unindented_line_continues: on a page whose paragraphs are indented, a line
        # under a full line that ends a sentence, itself as wide as the column (no indent
        # stripped), goes on in that paragraph, however it opens (…场景。 | 在可预见的将来，…)
        unindented = indented and full and prev.rstrip()[-1] in terminators and kind in ("body", "headline") \
            and not new_block and abs(measures[best][k] - width) <= 0.5
        if full and prev.rstrip()[-1] in terminators and starts_paragraph(line) and not unindented:
            new_block = True
        if full and not new_block and not split_tail and not unindented \
                and not _same_column(line, widths[k], width, lines, k, best):
            new_block = True  # rule column_width_changes: the next line is set in another column
        if full and not new_block:
            out[-1] = _join(out[-1], line)
            if unindented:
                unindented_lines.add(k)  # its width is its own: no indent was stripped
            continue
        out.append(line)
        origin.append(k)
        if kind == "caption":
            # rule caption_run: a photo credit closes the caption set above it in a run of
            # its own width (the lines since the run started): text and credit are one caption
            in_run = 0 < k - run_start <= run["caption_max_lines"] and run_start in origin[:-1]
            j = _caption_first_line(out, origin, widths, origin.index(run_start) if in_run else len(out) - 1,
                                    k, run["caption_max_lines"], lines)
            if k in caption_pieces and caption_pieces[k] in origin[:j]:
                j = origin.index(caption_pieces[k])  # rule caption_piece
        if kind == "caption" and j < len(out) - 1:
            caption = out[j]
            for piece in out[j + 1:]:
                caption = _join(caption, piece)
            if classify_block(caption) == "caption":  # still reads as a caption as a whole
                del out[j + 1:], origin[j + 1:]
                out[j] = caption
            else:  # a lone credit line (张  三摄) stays a line of its own under the text
                text = out[j]
                for piece in out[j + 1:-1]:
                    text = _join(text, piece)
                out[j:-1], origin[j:-1] = [text], [origin[j]]
        if kind != "body" or not _same_column(line, widths[k], width, lines, k, best):
            # a new run: another block, or a line set in another column; a headline line
            # is set to its own width, the run starts under it
            under = _run_width(widths, k + 1, k + 1, run["reflow_run_lines"])
            run_start = k + 1 if kind == "headline" and under and abs(widths[k] - under) > 1.5 else k
    return out


def _caption_pieces(lines: list[str], widths: list[float], indented: bool) -> dict[int, int]:
    """Rule caption_piece: a column piece set in another width than the piece above it
    that a photo credit closes, of at most
    ``caption_max_lines`` lines, is that caption's text, all of it (its lines are set
    ragged, so the caption's run read line by line may start too late). Returns {credit
    line: the piece's first line}.

    >>> L = ["今年以来，全县把发展特", "色产业作为富民的重要抓", "手，先后建成蔬菜基地和",
    ...      "3月5日，甲县农民在大棚里采摘蔬菜。", "近年来，甲县大力发展设施农业，", "建成一批现代化大棚。",
    ...      "新华社记者  张  三摄", "食用菌基地，带动周边农", "户稳定增收。"]
    >>> _caption_pieces(L, [float(len(x)) for x in L], False)
    {6: 3}
    """
    run = page_rules().running
    pieces = _column_pieces(lines, widths, indented)
    out: dict[int, int] = {}
    for i in range(1, len(pieces) - 1):
        a, e, width = pieces[i]
        if classify_block(lines[e]) != "caption" or pieces[i + 1][0] != e or not 2 <= e - a <= run["caption_max_lines"] \
                or width < run["reflow_min_width"] or classify_block(lines[a]) not in ("body", "headline"):
            continue
        if abs(pieces[i - 1][2] - width) > 0.5:
            out[e] = a
    return out


def _captions_inside_cut(lines: list[str], pairs: dict[str, int]) -> dict[int, int]:
    """Rule caption_inside_cut: a caption set in the width of the column around it, between
    the halves of a cut sentence (…看着资源不少，但 | caption text | credit | 攥不成拳头。”…):
    the column's line whose cut the line under the credit goes on with clearly better than
    the line under it (``column_breaks.fit`` at least ``caption_cut_fit``, and more than one
    point better) ends the column; the caption starts under it. The caption's text ends a
    sentence right above the credit. Returns {credit line: the caption's first line}; each
    credit looks back at most ``caption_max_lines`` lines.

    >>> L = ["全县推进产业融合，建成", "一批示范基地，今年还要", "3月5日，甲县农民在大", "棚里采摘蔬菜。", "新华社记者  张  三摄",
    ...      "再建两处基地。"]
    >>> _captions_inside_cut(L, {"要再": 2})
    {4: 2}
    """
    from .column_breaks import fit  # column_breaks reads page blocks, not reflow
    run = page_rules().running
    out: dict[int, int] = {}
    for c, line in enumerate(lines):
        if c < 2 or c + 1 >= len(lines) or classify_block(line) != "caption" or not _ends_sentence(lines[c - 1]):
            continue
        after, best, first = lines[c + 1], run["caption_cut_fit"] - 0.5, None
        for k in range(max(0, c - run["caption_max_lines"]), c - 1):
            if _ends_sentence(lines[k]) or classify_block(lines[k]) not in ("body", "headline"):
                continue
            score = fit(lines[k], after, pairs)[0]
            if score > best and score > fit(lines[k], lines[k + 1], pairs)[0] + 1:
                best, first = score, k + 1
        if first is not None:
            out[c] = first
    return out


def _caption_first_line(out: list[str], origin: list[int], widths: list[float], j: int, credit: int,
                        most: int, physical: list[str] | None = None) -> int:
    """Rule caption_lines_above_run: the caption's first lines may stand above the run the
    credit closes, each a line of its own (the run's width was not yet known there, so a
    caption line set a little wider or narrower started a new run). Output lines just above
    the run that are each one physical line of about the run's width, body text, are the
    caption's too (a column's last paragraph above a caption is several lines joined, and
    so stops the walk).

    >>> out = ["甲市新建的道路于今年全面通车，方便了群众出行，", "1月9日，工人在甲市新区的", "工地上检查设备运行情况。", "张  三摄"]
    >>> _caption_first_line(out, [0, 3, 4, 5], [12, 12, 12, 13, 12, 12, 4], 2, 5, 12)
    1
    """
    tolerance = page_rules().running["caption_width_tolerance"]
    # caption lines are set ragged: the widest unfinished line taken so far is the caption's
    # measure (a paragraph's last line may be short)
    def measure() -> float:
        return max((widths[i] for i in range(origin[j], credit) if not _ends_sentence(lines_of(i))), default=0.0)

    def lines_of(i: int) -> str:
        return physical[i] if physical else ""

    run_width = measure()
    while j > 0 and credit - origin[j - 1] <= most and origin[j] - origin[j - 1] == 1 \
            and (not run_width or abs(widths[origin[j - 1]] - run_width) <= tolerance) \
            and classify_block(out[j - 1]) in ("body", "headline", "caption") \
            and not _is_short_head(out[j - 1], run_width or len(out[j])):
        j -= 1
        run_width = measure()
    # rule caption_paragraph_above: a finished paragraph of a few lines right under a column
    # that ends mid-sentence (or under the photo's own title line) is the caption's first
    # paragraph: a column does not end mid-sentence and go on with a finished paragraph
    if j > 1 and credit - origin[j - 1] <= most and classify_block(out[j - 1]) == "body" \
            and _ends_sentence(out[j - 1]) and (classify_block(out[j - 2]) == "headline" or (
                classify_block(out[j - 2]) == "body" and not _ends_sentence(out[j - 2]))):
        j -= 1
    return j


def _is_short_head(line: str, width: float) -> bool:
    """A headline line well short of the caption's measure (a photo's own title, 春分采茶忙)."""
    return classify_block(line) == "headline" and len(line) < width - 3


def _same_column(line: str, have: float, width: float, lines: list[str], k: int, best: int) -> bool:
    """Can line k be the next line of a column ``width`` wide: as wide (a closing mark may
    hang one over), or shorter as the last line of its paragraph, or shorter only because
    the first token of the line after it would not fit?

    >>> _same_column("作用。", 3.0, 12.0, ["作用。"], 0, 0), _same_column("者提出的这个问题，唐君想了想", 14.0, 12.0, [], 0, 0)
    (True, False)
    """
    if width < page_rules().running["reflow_min_width"]:
        return True
    if have > width + 1.5:
        return False
    if have >= width - 0.5 or line.rstrip("”’）)」』 ")[-1:] in rules().terminators:
        return True
    if k + 1 < len(lines):
        token = _first_token(lines[k + 1])
        return have + (float(len(token)), display_width(token))[best] > width + 0.5
    return False
