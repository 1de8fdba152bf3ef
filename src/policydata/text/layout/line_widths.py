"""How wide the lines of a hard-wrapped page are, and the column each is set in.

pdftotext's default mode gives one physical line per output line; whether a line filled its
column is what the reflow (``reflow.py``) and the column pieces (``column_pieces.py``)
decide on. A line has two measures: characters (a text layer that sets every character in
one cell) and display width (a full-width character counts 1, a half-width one ½: digit
runs and half-width marks make a full line hold more characters); ``measure_lines`` picks
the one by which more lines are as wide as the column around them, once per page. The
column width is local: the most common width of the lines around (``_column_widths``), or
of the lines since a column run started (``run_width``). ``is_column_set`` tells whether a
page is set in columns at all.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass

from ...lexicon import csv_rows
from ..marks import CLOSING_PAIR_MARKS, OPENING_MARKS
from .rules import page_rules, rules

#: what a line cannot be split inside: a digit run (with its % sign), a Latin word, else one character
TOKEN = re.compile(r"[0-9][0-9.,]*%?|[A-Za-z]+|.")
#: marks that never end a line (marks.OPENING_MARKS) go down with the character after it;
#: marks that never open a line: each may hang past the column's edge. Rule ellipsis_hangs: so
#: does an ellipsis (……, one mark set in two cells, never split and never opening a line), so
#: that a paragraph's last line ending on it (…新路径……) is no line of a column two wider
CLOSING_MARKS = "，。、；：？！,.;:?!%…" + CLOSING_PAIR_MARKS


def display_width(text: str) -> float:
    """Width in full-width characters: a half-width (ASCII) character counts ½.

    >>> display_width("增长5.0%，"), display_width("四季度")
    (5.0, 3.0)
    """
    return sum(0.5 if ord(c) < 128 else 1.0 for c in text)


def set_width(widths) -> tuple[float, int]:
    """Rule common_line_width, the one fact both width rules read: a block of lines is set in
    its most common line width (a tie goes to the wider), held by that many lines; (0, 0)
    for no lines. ``page_blocks._block_line_width`` and ``column_breaks.block_width`` read it.

    >>> set_width([22, 22, 23, 22, 18]), set_width([20, 12]), set_width([])
    ((22, 3), (20, 1), (0, 0))
    """
    counts = Counter(widths)
    if not counts:
        return 0, 0
    width = max(counts, key=lambda n: (counts[n], n))
    return width, counts[width]


def first_token(line: str) -> str:
    """What a line could not start without: a digit run, a Latin word or a division's full name
    (rule place_name_kept_whole) is not split across lines, and an opening mark (“‘（《) never ends a line — it goes down with the next
    character, or with the digit run or Latin word after it (rule opening_mark_goes_down:
    …企业开办 | “1050”标准…), so that the line above stands short of its column.

    >>> first_token("2025年"), first_token("“礼包”"), first_token("建设"), first_token("“1050”标准"), first_token("")
    ('2025', '“礼', '建', '“1050', '')
    """
    if line and line[0] in OPENING_MARKS:
        token = TOKEN.match(line, 1)
        return line[0] + (token.group() if token else "")
    place = place_name_at(line)
    if place:
        return place
    token = TOKEN.match(line)
    return token.group() if token else line[:1]


@lru_cache(maxsize=1)
def _division_names() -> dict[str, frozenset[str]]:
    """The gazetteer's full division names of three characters or more (宁夏回族自治区, 德州市),
    by their first two characters."""
    by_head: dict[str, set[str]] = {}
    for row in csv_rows("regions/gazetteer.csv"):
        if len(row["name_zh"]) >= 3:
            by_head.setdefault(row["name_zh"][:2], set()).add(row["name_zh"])
    return {head: frozenset(names) for head, names in by_head.items()}


def place_name_at(line: str) -> str:
    """Rule place_name_kept_whole: the full name of an administrative division (宁夏回族自治区,
    山东省) that opens a line, the longest the gazetteer knows. A setting that keeps a place name
    on one line, as it keeps a digit run, moves the whole name down, so that the line above
    stands short of its column by less than the name's length.

    >>> place_name_at("宁夏回族自治区率先立法"), place_name_at("山东省德州市"), place_name_at("建设")
    ('宁夏回族自治区', '山东省', '')
    """
    names = _division_names().get(line[:2], frozenset())
    return max((n for n in names if line.startswith(n)), key=len, default="")


def ends_sentence(text: str) -> bool:
    """Does a line end a sentence (a closing quote or bracket may follow the mark), or a
    note in brackets (（记者 张三采访整理））?"""
    return text.rstrip("”’）)」』 ")[-1:] in rules().terminators or text.rstrip()[-1:] in "）)"


def _column_widths(widths: list[float], window: int) -> list[float]:
    """The column width around each line: the most common rounded width of the lines
    within ``window`` lines of it (lines of at least 6 characters; ties: the wider)."""
    rounded = [round(w) if w >= 6 else 0 for w in widths]
    out = []
    for k in range(len(widths)):
        near = Counter(w for w in rounded[max(0, k - window):k + window + 1] if w)
        out.append(max(near, key=lambda w: (near[w], w)) if near else 0.0)
    return out


def is_column_set(lines: list[str]) -> bool:
    """Are the lines set in columns: at least ``reflow_full_share`` of them as wide as
    the column around them (by either measure), or as a line next to them (rule
    neighbour_widths_agree)? Short lines of varying length (a paragraph a line, headlines,
    lists) are not.

    >>> is_column_set(["据测算，前三季度全市工业增", "加值同比增长较快，比上半年", "末有所加快。", "分行业看，制造业增长较快，", "服务业平稳。"])
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
        # rule neighbour_widths_agree: a line as wide as the line above or below it is a column
        # line too, where columns of three widths interleave and no window finds one width
        full = [f or (w >= run["reflow_min_width"] and any(abs(w - v) <= 0.5 for v in widths[max(0, k - 1):k]
                                                           + widths[k + 1:k + 2]))
                for k, (f, w) in enumerate(zip(full, widths))]
    # a column's full lines mostly end mid-sentence (a paragraph a line ends each on a mark)
    unfinished = [f for f, ln in zip(full, long_lines) if f and ln[-1] not in rules().terminators + "，,、"]
    return sum(full) >= run["reflow_full_share"] * len(long_lines) and 2 * len(unfinished) >= sum(full)


def run_width(widths: list[float], start: int, end: int, lines_ahead: int,
              plain: list[bool] | None = None, hanging: list[bool] | None = None) -> float:
    """The column width of the run of lines start..end-1 (one column of one article): the
    most common width (rounded down) of its lines of 6+ characters once it has three and
    one width leads, else of the ``lines_ahead`` lines from its start (ties: the wider);
    0 when fewer than three lines tell. Rule plain_lines_break_width_tie: with ``plain`` (the
    lines that hold no half-width character), a tie goes to the width more plain lines give:
    a line with a digit run or a Latin word measures by characters wider than it is set
    (…生意好。7000多平方米， holds 19 characters in a column 18 wide), a line of full-width
    characters measures the same by either measure.

    >>> run_width([18.0, 19.0, 19.0, 18.0, 19.0, 18.0], 0, 1, 6)
    19.0
    >>> run_width([18.0, 19.0, 19.0, 18.0, 19.0, 18.0], 0, 1, 6, [True, False, False, True, True, True])
    18.0

    Rule hanging_mark_votes_down: with ``hanging`` (the lines that end on a full-width closing
    mark), a line one wider than another line of the run that ends so votes for the narrower
    width: its mark hangs past the column's edge (…深度融合， holds 21 characters in a column
    20 wide). Half the lines of a column may end on a comma:

    >>> run_width([20.0, 21.0, 20.0, 21.0, 20.0, 21.0], 0, 1, 6, None, [False, True, False, True, False, True])
    20.0
    """
    def votes(lo: int, hi: int) -> list[int]:
        own = [(int(w), hanging is not None and hanging[k]) for k, w in enumerate(widths[lo:hi], lo) if w >= 6]
        narrow = {w for w, hangs in own if not hangs}
        return [w - 1 if hangs and w - 1 in narrow else w for w, hangs in own]

    # a full line is as wide as its column, or half a cell wider (a half-width mark) or
    # one wider (a closing mark hanging at its end): rounded down, the column's width wins
    for own in (votes(start, end), votes(start, max(end, start + lines_ahead))):
        if len(own) < 3:
            continue
        near = Counter(own).most_common()
        if len(near) == 1 or near[0][1] > near[1][1]:
            return float(near[0][0])
    own = votes(start, max(end, start + lines_ahead))
    if len(own) < 3:
        return 0.0  # too few lines to tell: the caller takes the column around the line
    near = Counter(own)
    sure = Counter(int(w) for k, w in enumerate(widths[start:max(end, start + lines_ahead)], start)
                   if w >= 6 and plain is not None and plain[k])
    return float(max(near, key=lambda w: (near[w], sure[w], w)))


@dataclass(frozen=True)
class LineWidths:
    """A page's lines measured once (``measure_lines``): each line by each measure
    (``measures``: characters, display width), the column around each line by each measure
    (``columns``), the measure that fits the page (``best``: 0 or 1), each line's width by it
    with a paragraph's stripped indent added back (``widths``: rule indented_first_line), and
    whether the page's paragraphs are indented (``indented``)."""

    measures: list[list[float]]
    columns: list[list[float]]
    best: int
    widths: list[float]
    indented: bool


def measure_lines(lines: list[str]) -> LineWidths:
    """The widths of a page's lines and of the columns around them (``LineWidths``): the
    column widths are computed once here, by each measure, and read from it after.

    >>> page = measure_lines(["今年以来，全县把发展特", "色产业作为富民的重要抓", "手，先后建成蔬菜基地三", "处。"])
    >>> page.best, page.columns[page.best], page.indented
    (0, [11, 11, 11, 11], False)
    """
    terminators = rules().terminators
    window = page_rules().running["reflow_window"]
    # two measures of a line: characters (text layers that set every character in one
    # cell) and display width (half-width characters in half a cell)
    measures = [[float(len(ln)) for ln in lines], [display_width(ln) for ln in lines]]
    columns = [_column_widths(m, window) for m in measures]
    best = _best_measure(measures, columns)
    widths = measures[best]
    indented = _indented(lines, widths, columns[best])
    if indented:
        # rule indented_first_line: the reader stripped a paragraph's two-space indent; a
        # paragraph's first line is two wider than it reads
        # (a line as wide as the column around it had no indent: rule unindented_line_continues)
        widths = [w + 2 if k and lines[k - 1].rstrip()[-1] in terminators and lines[k].rstrip()[-1] not in terminators
                  and abs(w - columns[best][k]) > 0.5 else w for k, w in enumerate(widths)]
    return LineWidths(measures, columns, best, widths, indented)


def _best_measure(measures: list[list[float]], columns: list[list[float]]) -> int:
    """The measure by which more lines are exactly as wide as the column around them (by
    that measure): a text layer sets every character in one cell (characters) or half-width
    ones in half a cell (display width)."""
    def exact(widths: list[float], around: list[float]) -> int:
        return sum(1 for w, c in zip(widths, around) if w >= 6 and abs(w - c) <= 0.5)
    scores = [exact(m, c) for m, c in zip(measures, columns)]
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


def quote_left_open(prev: str, line: str) -> bool:
    """Does ``prev`` open a quotation it does not close, and ``line`` end its sentence without
    closing it (no closing mark anywhere in it)? Then ``line`` is not the next line of ``prev``'s
    column (rule open_quote_not_closed: a quotation opened at a cut closes where the column
    goes on).

    >>> quote_left_open("某某牵头建设的“", "1万名开发者。"), quote_left_open("某某牵头建设的“", "甲平台”已上线。")
    (True, False)
    >>> quote_left_open("他说：“我们", "要干。”"), quote_left_open("建设“甲", "乙”工程，")
    (False, False)
    """
    return prev.count("“") > prev.count("”") and "”" not in line and ends_sentence(line)
