"""Hard-wrapped pages without blank lines: physical lines back into paragraph lines.

pdftotext's default mode gives one physical line per output line and no blank lines:
every column line of every article is a line of its own, and the articles' columns have
different widths. ``reflow_page`` tells such a page (``is_column_set``) and
``reflow_wrapped`` joins a line to the one before it when that one filled its column (rule
``column_line_full``), so that the page reads as one paragraph a line
(``running_blocks``). This module is the driver; the lines' widths and the column around
each are measured in ``line_widths``, the articles' columns are put back in order first in
``column_chain`` (rule ``column_continues_same_width``) after ``column_exchange`` has given
back a column's short last line read under another article's column of the same width (rule
``column_tail_exchanged``; rule ``joint_inside_column``: with the new paragraph the article starts
under it), and where a photo caption starts is found in ``wrapped_captions``.

A line does not go on in the next when the next is a byline, caption, source or editor
line, opens a dateline, or is a short line without a sentence end (a headline); a full line
that ends a sentence goes on only into a line that does not open a paragraph; a line wider
than its column (a headline over several columns) goes on in none. The lines since a
column run started give its width, and named rules decide with it:
``column_width_changes`` (a full line does not go on in a line set in another width),
``indented_first_line`` (a paragraph's stripped two-space indent counts in its width, less a
closing mark hanging at its end),
``unindented_line_continues`` (on such a page a full line under a sentence end was not
indented: it goes on in the paragraph),
``opening_mark_goes_down`` (a line stands one short before a line opened by “ or 《),
``quoted_title_line`` (a line that is one quotation is a title), ``caption_run`` (a
photo credit closes the caption set above it in a run of its own width: one caption line,
from where ``wrapped_captions`` says it starts; ``caption_waits_for_credit``: a caption's own
图为 paragraph closes no caption, the credit under it does, with the caption's text above)
and ``split_word_tail`` (a short line whose first character makes a page word with the
line above ends that paragraph, no headline; ``bracket_closes_below`` and
``quote_closes_below``: so does a short line closing the bracket or quotation the paragraph
left open), ``scene_opens_paragraph`` (a line setting a scene in time under a full line that
ended a sentence opens a paragraph) and ``plain_lines_break_width_tie`` (``line_widths``: a
tie between two column widths goes to the one lines of full-width characters give). The rules that fire are logged as
``Decision`` s (``page.explain_page`` lists them).
"""
from __future__ import annotations

import re

from .blocks import classify_block, is_quote_source, opener, opens_wrapped_note, starts_paragraph
from .column_breaks import Decision, _page_pairs, fit, opens_scene, opens_story, starts_inside_figure
from .column_exchange import exchange_cut_ends
from .column_chain import chain_columns
from .column_pieces import headline_over_opening, is_tail_line, list_lines
from .continuation import _join
from ..marks import closes_open_bracket, closes_open_quote, closes_open_title
from .line_widths import CLOSING_MARKS, display_width, ends_sentence, first_token, is_column_set, measure_lines, run_width
from .page_blocks import credit_wraps_below, is_wrapped_page
from .rules import page_rules, rules
from .wrapped_captions import caption_first_line, caption_pieces, captions_inside_cut, captions_under_cut

#: full-width closing marks a column line may hang past the column's edge (rule hanging_mark_votes_down)
_HANGING_MARKS = "，。、；：？！”’）》」』"
_NEW_BLOCK_KINDS = ("byline", "caption", "meta", "attribution", "end", "info")


def _is_quoted_title(line: str) -> bool:
    """A line that is one quotation without a mark inside (“去哪儿都带着本子”): a title
    quoting someone, set on a line of its own, however wide the column under it.

    >>> _is_quoted_title("“去哪儿都带着本子”"), _is_quoted_title("“好。”他说，"), _is_quoted_title("“老有所养”是需求")
    (True, False, False)
    """
    body = line.strip()
    return len(body) > 2 and body[0] == "“" and body[-1] == "”" and "“" not in body[1:-1] \
        and "”" not in body[1:-1] and not re.search(r"[，,。；;：:、！？!?]", body)


#: a count opening a line: a digit run, then a measure word that is no time unit (2026年 opens
#: headlines and paragraphs; 11341件 only goes on with a counted noun above it)
_COUNT_START = re.compile(r"[0-9０-９][0-9０-９.．]*(?:万|亿|千|百)?[^\W\d年月日时号期届_A-Za-z]")


def is_figure_tail(prev: str, line: str) -> bool:
    """Rule ``figure_tail_line``: ``line`` reads as the tail of the clause ``prev`` was cut in
    (the count of the noun it ended on), no headline: ``prev`` ends on a character of a word,
    ``line`` opens with a count (a digit run and a measure word, no date) and holds a clause
    mark before its end, which a one-line headline opening with a count rarely does.

    >>> is_figure_tail("全市今年受理各类消费投诉案件", "3125件1204人，办结2980件")
    True
    >>> [is_figure_tail("全市今年受理各类消费投诉案件", t) for t in ("2026年，全市工作会议召开", "5家企业获评示范单位")]
    [False, False]
    >>> is_figure_tail("全市今年受理各类消费投诉案件，", "3125件1204人，办结2980件")
    False
    """
    prev, line = prev.rstrip(), line.strip()
    return bool(prev) and bool(re.match(r"[\u4e00-\u9fff]", prev[-1])) and bool(_COUNT_START.match(line)) \
        and bool(re.search(r"[，,、；;]", line[:-1])) and not ends_sentence(line)


def _figure_goes_back(out: list[str], line: str, pairs: dict[str, int]) -> bool:
    """Rule figure_start_apart: ``line`` starts inside a figure (``starts_inside_figure``) and
    one of the ``window`` paragraphs before the latest ends mid-sentence and goes on into it
    (``fit`` at least ``min_join`` + 1).

    >>> _figure_goes_back(["今年以来，全市法院加大审判执行力度，共受理各类民事案件930件", "乙县新建公园三座。"], "1920人，办结800件。", {})
    True
    >>> _figure_goes_back(["今年以来，全市法院加大审判执行力度，共受理各类民事案件930件。", "乙县新建公园三座。"], "1920人，办结800件。", {})
    False
    """
    if not (starts_inside_figure(line) or is_tail_line(line)) or opens_story(line):
        return False
    f = page_rules().fit
    return any(not ends_sentence(para) and classify_block(para) == "body" and fit(para, line, pairs)[0] >= f["min_join"] + 1
               for para in out[-1 - f["window"]:-1])


def _piece_holds_caption(pieces: dict[int, tuple[int, str]], first: int, credit: int) -> bool:
    """Rule caption_piece_holds_credit: a caption piece set in a width of its own (rule
    caption_piece) whose caption line (图为…) stands between ``first`` and the ``credit`` under it,
    at most ``caption_max_lines`` lines above the credit, is the caption that credit closes: the
    caption starts where its width starts. A start the cut rules find higher up (caption_inside_cut,
    caption_under_cut: a caption set in the column's own width) would take the column's last
    lines into the caption.

    >>> _piece_holds_caption({5: (3, "caption_piece")}, 1, 7), _piece_holds_caption({}, 1, 7)
    (True, False)
    >>> _piece_holds_caption({5: (3, "caption_piece")}, 4, 7)  # the cut rule's start is inside the piece
    False
    """
    most = page_rules().running["caption_max_lines"]
    return any(first < start and start <= end < credit <= end + most for end, (start, _) in pieces.items())


def _spares_cut_tail(out: list[str], origin: list[int], j: int, found: tuple[int, str] | None) -> bool:
    """Rule caption_spares_cut_tail: a caption whose own column piece (rule caption_piece) starts
    below the line the caption's run reached up to does not take the lines above its piece when
    they go on with a sentence the paragraph above left cut (…研发了多个 | 工具。“……”他说。 |
    caption text | credit): a caption opens no sentence of the column; those lines are that
    paragraph's tail, set under it once the columns are back in order.

    >>> out = ["今年甲县在全县推广新的种植", "技术。“收成好多了。”张三说。", "春日，农民在田间劳作。", "李四摄"]
    >>> _spares_cut_tail(out, [0, 1, 2, 3], 1, (2, "caption_piece"))
    True
    >>> _spares_cut_tail(["今年甲县在全县推广新的技术。"] + out[1:], [0, 1, 2, 3], 1, (2, "caption_piece"))
    False
    """
    if found is None or found[1] != "caption_piece" or found[0] not in origin[j + 1:] or j < 1:
        return False
    above, tail = out[j - 1], out[j]
    return classify_block(above) in ("body", "headline") and not ends_sentence(above) \
        and len(above) >= page_rules().running["reflow_min_width"] and not (starts_paragraph(tail) or opener(tail))


def _cut_before_token(lines: list[str], k: int, width: float) -> bool:
    """Does line k end short only because the next line's first token (a digit run, a
    Latin word, an opening mark with either) would not fit in its column
    (…全市工业项目投资（不含技改） | 386512万元…, …企业开办 | “1050”标准…)?

    >>> _cut_before_token(["全面推行新设民营企业开办", "“1050”标准，即一次申报。"], 0, 14.0)
    True
    """
    if k + 1 >= len(lines):
        return False
    token = first_token(lines[k + 1])
    return len(token) > 1 and len(lines[k]) + len(token) > width


def reflow_page(text: str, log: list[Decision] | None = None, joined: set[int] | None = None) -> str | None:
    """Rule reflow_wrapped: a hard-wrapped page without blank lines (pdftotext's default
    mode), set in columns, as one paragraph a line once its column lines are joined; None
    when the text is no such page or the joins leave no fewer lines. The reflow's decisions
    go to ``log``.

    >>> page = ["甲市外贸开局平稳", "本报甲市3月2日电  今年", "前两个月，甲市外贸进出口总", "额达到1200亿元，同比增",
    ...         "长5.2%，比上年同期加快", "1.1个百分点。", "其中，出口增长较快，新兴市", "场贸易占比继续提高，民营企",
    ...         "业进出口保持活跃，成为稳外", "贸的重要力量。"]
    >>> print(reflow_page("\\n".join(page)))
    甲市外贸开局平稳
    本报甲市3月2日电  今年前两个月，甲市外贸进出口总额达到1200亿元，同比增长5.2%，比上年同期加快1.1个百分点。
    其中，出口增长较快，新兴市场贸易占比继续提高，民营企业进出口保持活跃，成为稳外贸的重要力量。
    >>> reflow_page("甲市外贸开局平稳\\n全市外贸进出口增长。") is None
    True
    """
    physical = [ln.strip() for ln in text.strip().split("\n")]
    if not (all(physical) and is_wrapped_page([physical]) and is_column_set(physical)):
        return None
    paragraphs = "\n".join(reflow_wrapped(physical, log, indent_marked(text.strip("\n").split("\n")), joined))
    return paragraphs if paragraphs.count("\n") < text.strip().count("\n") else None


def indent_marked(raw_lines: list[str]) -> frozenset[str]:
    """The lines (stripped) that the text layer opens with a paragraph indent (two full-width
    spaces, or two spaces or more), when the indent marks paragraphs: fewer than half of the
    page's lines carry one (a layer that indents every line marks no paragraph). A line that
    also occurs without the indent is left out: the mark belongs to the text, not the place.

    >>> sorted(indent_marked(["甲市外贸开局平稳", "\u3000\u3000今年前两个月，外贸", "增长5.2%。", "\u3000\u3000其中，出口增长较快。", "民营企业保持活跃。"]))
    ['今年前两个月，外贸', '其中，出口增长较快。']
    >>> indent_marked(["\u3000\u3000甲", "\u3000\u3000乙", "丙"])
    frozenset()
    """
    lines = [ln.rstrip() for ln in raw_lines if ln.strip()]
    marked = [ln.strip() for ln in lines if ln.startswith(("\u3000\u3000", "  "))]
    if not marked or 2 * len(marked) >= len(lines):
        return frozenset()
    plain = {ln.strip() for ln in lines if not ln.startswith(("\u3000\u3000", "  "))}
    return frozenset(marked) - plain


def reflow_wrapped(lines: list[str], log: list[Decision] | None = None,
                   indented_lines: frozenset[str] = frozenset(), joined: set[int] | None = None) -> list[str]:
    """Paragraph lines of a hard-wrapped page without blank lines; each named rule applied
    is appended to ``log`` as a ``Decision`` (rule, score, the lines it decided on).
    ``indented_lines`` are the lines the text layer opened with a paragraph indent
    (``indent_marked``; rule ``indent_opens_paragraph``). ``joined``, when given, receives the
    indexes of the paragraph lines joined from two physical lines or more (column text).

    >>> reflow_wrapped(["稳外贸政策见效", "本报北京1月5日电  今年以", "来，全市外贸进出口增长", "5.2%，比上年加快1.1个",
    ...                 "百分点。", "海关总署介绍，新兴市场", "贸易占比继续提高。"])
    ['稳外贸政策见效', '本报北京1月5日电  今年以来，全市外贸进出口增长5.2%，比上年加快1.1个百分点。', '海关总署介绍，新兴市场贸易占比继续提高。']
    """
    if not lines:
        return []
    log = log if log is not None else []
    lines = _credit_tails_joined(lines, log)
    page = measure_lines(lines)
    mark = len(log)
    chained = chain_columns(exchange_cut_ends(lines, log, page), log)
    # rule short_column_foot (column_pieces): a column that stopped at a short line goes on in
    # the piece chained behind it: the two lines join however short the first
    feet = {d.detail for d in log[mark:] if d.rule == "foot_goes_on"}
    if chained != lines:  # columns moved: the column around each line is measured anew
        lines, page = chained, measure_lines(chained)
    run = page_rules().running
    terminators = rules().terminators
    measures, columns, best, widths, indented = page.measures, page.columns, page.best, page.widths, page.indented
    page_pairs = _page_pairs("\n".join(lines))
    plain = [all(ord(c) >= 128 for c in ln) for ln in lines]  # rule plain_lines_break_width_tie
    hanging = [ln[-1:] in _HANGING_MARKS for ln in lines]  # rule hanging_mark_votes_down
    kinds = [classify_block(ln) for ln in lines]  # each line's kind, classified once for the rules below
    listing = list_lines(lines, kinds)
    # rule list_under_colon: a list's lines are set to their items and tell no column width
    run_widths = [0.0 if k in listing else w for k, w in enumerate(widths)]
    # where a caption a credit closes starts: {credit line: (its first line, the rule that found it)}
    caption_firsts = {credit: (first, "caption_piece") for credit, first in caption_pieces(lines, measures[best], indented).items()}
    pieces_found = dict(caption_firsts)  # rule caption_piece_holds_credit (_piece_holds_caption)
    for rule, found_by in (("caption_inside_cut", captions_inside_cut), ("caption_under_cut", captions_under_cut)):
        for credit_line, first in found_by(lines, page_pairs).items():
            if not _piece_holds_caption(pieces_found, first, credit_line):
                caption_firsts.setdefault(credit_line, (first, rule))
    caption_starts = {first for first, _ in caption_firsts.values()}
    for credit_line, (first, rule) in sorted(caption_firsts.items()):
        log.append(Decision(rule, first, f"{lines[first][:8]}…{lines[credit_line][:8]}"))
    wide_heads = {k for k in range(len(lines)) if headline_over_opening(lines, k)}
    for k in sorted(wide_heads):
        log.append(Decision("headline_over_opening", k, lines[k][:16]))
    waiting_text = -1  # a caption's first paragraph over its 图为 line, waiting for the credit
    note_end = 0  # the line under an author note set apart (rule note_opens_line)
    run_start = 0  # the first line of the current column run (one article's column)
    unindented_lines: set[int] = set()
    out = [lines[0]]
    origin = [0]  # the physical line each output line starts with
    for k in range(1, len(lines)):
        prev, line = lines[k - 1], lines[k]
        token = first_token(line)
        # the run's own column: interleaved columns of different widths are told apart
        # by it (the lines of one article's column share a width)
        width = run_width(run_widths, run_start, k, run["reflow_run_lines"], plain, hanging) or columns[best][k - 1]
        size = (float(len(token)), display_width(token))[best]
        have = measures[best][k - 1] if k - 1 in unindented_lines else widths[k - 1]
        full = width >= run["reflow_min_width"] and have <= width + 1.5 \
            and (have >= width - 0.5 or have + size > width + 0.5)
        first_of_paragraph = k < 2 or out[-1] == prev and (
            lines[k - 2].rstrip()[-1] in terminators or kinds[k - 2] != "body")
        # rule indented_first_line: a paragraph's first line, its indent stripped, is two short
        # of its column, or one when a closing mark hangs at its end (…产业深处。)
        indent_fills = abs(have + 2 - width) <= 0.5 or (prev[-1:] in CLOSING_MARKS and abs(have + 1 - width) <= 0.5)
        if indented and first_of_paragraph and indent_fills:
            full = width >= run["reflow_min_width"]
        if _is_quoted_title(prev):
            full = False  # rule quoted_title_line: a title that is one quotation is no column line
            log.append(Decision("quoted_title_line", k - 1, prev[:12]))
        kind = kinds[k]
        # rule split_word_tail: a short line without a sentence end under a long unfinished
        # line is that paragraph's last line, no headline, when the two characters across the
        # wrap are a word the page uses elsewhere (有效破 | 解治理碎片化难题: 破解)
        split_tail = kind == "headline" and len(prev) >= run["reflow_min_width"] and not ends_sentence(prev) \
            and kinds[k - 1] in ("body", "headline") and prev[-1:] + line[:1] in page_pairs
        full = full or split_tail
        if split_tail:
            log.append(Decision("split_word_tail", page_pairs[prev[-1:] + line[:1]], prev[-6:] + "|" + line[:6]))
        # rule bracket_closes_below: a short line that closes the bracket a full line above left
        # open (（作者为某大学教授，本报记者张 | 三采访整理）) ends that paragraph, no headline
        bracket_tail = full and kind == "headline" and not split_tail and closes_open_bracket(out[-1], line)
        if bracket_tail:
            split_tail = True
            log.append(Decision("bracket_closes_below", k, prev[-6:] + "|" + line[:6]))
        # rule quote_closes_below: so does a short line that closes the quotation the paragraph
        # above left open (…他们能接 | 受吗？”): a headline opens the quotes it closes
        quote_tail = full and kind == "headline" and not split_tail and closes_open_quote(out[-1], line)
        if quote_tail:
            split_tail = True
            log.append(Decision("quote_closes_below", k, prev[-6:] + "|" + line[:6]))
        # rule source_line_runs_on: a quotation's source line (rule quote_source_line: ——某年
        # 某月某日，某某在 | …时强调) wrapped over full column lines takes its short last line
        source_tail = full and kind == "headline" and not split_tail and len(out) > 1 \
            and k - origin[-1] < run["quote_source_max_lines"] and is_quote_source(out[-1], out[-2])
        if source_tail:
            split_tail = True
            log.append(Decision("source_line_runs_on", k, prev[-6:] + "|" + line[:6]))
        # rule figure_tail_line: a short line that opens with a count and holds a clause mark
        # (11341件25160人，起诉9135件) under a full line cut after a word (…受理犯罪案件) is
        # that paragraph's last column line, the figures the clause counts, no headline
        figure_tail = full and kind == "headline" and not split_tail and is_figure_tail(prev, line)
        if figure_tail:
            split_tail = True
            log.append(Decision("figure_tail_line", k, prev[-6:] + "|" + line[:6]))
        # rule headline_over_opening: a headline line as wide as the column over a story's
        # opening stands apart from the column above and the story below
        new_block = (kind in _NEW_BLOCK_KINDS or kinds[k - 1] in _NEW_BLOCK_KINDS
                     or bool(opener(line)) or k in caption_starts
                     or k in wide_heads or k - 1 in wide_heads
                     or (kind == "headline" and len(line) < columns[0][k - 1] - 1.5
                         and display_width(line) < columns[1][k - 1] - 1.5
                         and not _cut_before_token(lines, k, columns[0][k])
                         and not split_tail))
        # rule unindented_line_continues: on a page whose paragraphs are indented, a line
        # under a full line that ends a sentence, itself as wide as the column (no indent
        # stripped), goes on in that paragraph, however it opens (…场景。 | 在可预见的将来，…)
        unindented = indented and full and prev.rstrip()[-1] in terminators and kind in ("body", "headline") \
            and not new_block and abs(measures[best][k] - width) <= 0.5
        if full and prev.rstrip()[-1] in terminators and not unindented and not new_block \
                and (starts_paragraph(line) or opens_scene(line)):
            # rule scene_opens_paragraph: a line that sets a scene in time (前不久， 这些天，) under
            # a full line that ended a sentence opens a paragraph, as a paragraph opener does
            new_block = True
            if not starts_paragraph(line):
                log.append(Decision("scene_opens_paragraph", k, f"{prev[-6:]}|{line[:6]}"))
        # rule indent_opens_paragraph: a line the text layer indents under a line that ends a
        # sentence opens a paragraph, however full that line and however the new one opens
        # (…同比增长6.6%。 | 　　日均产量…): the indent is the paragraph break itself
        # (the normalized text keeps no indent: on a page whose paragraphs are indented, a
        # line two short of its column, its indent stripped, that neither ends a sentence nor
        # stops short before the next line's first token, tells the same break)
        indent_stripped = indented and abs(measures[best][k] + 2 - width) <= 0.5 and not ends_sentence(line) \
            and not _cut_before_token(lines, k, width)
        if k < note_end:
            out[-1] = out[-1] + line  # a line of the author note the rule below set apart
            continue
        if ends_sentence(prev) and not new_block and opens_wrapped_note(lines, k) > 1:
            # rule note_opens_line: an author note in brackets wrapped over column lines
            # (（作者为…， | 本报记者…采 | 访整理）) under a sentence end closes the article: it
            # stands apart, however full the line above, and its lines are one line
            new_block, note_end = True, k + opens_wrapped_note(lines, k)
            log.append(Decision("note_opens_line", k, f"{prev[-6:]}|{line[:6]}"))
        if full and not new_block and ends_sentence(prev) and (line in indented_lines or indent_stripped):
            new_block = True
            log.append(Decision("indent_opens_paragraph", k, f"{prev[-6:]}|{line[:6]}"))
        # rule list_under_colon (column_pieces.list_lines): a list set one group of items a
        # line goes on line by line, and its last line in the line under it, however short
        listed = (k in listing or (k - 1 in listing and kind == "headline")) and kind in ("body", "headline") \
            and kinds[k - 1] in ("body", "headline") and not opener(line)
        if listed:
            full, new_block = True, False
            log.append(Decision("list_under_colon", k, f"{prev[-6:]}|{line[:6]}"))
        # rule title_closes_below: a line that closes the book title 《… the full line above
        # left open (…印发《某某辅助操 | 作类服务指南》，) goes on in it, however wide it is set
        title_tail = full and not new_block and closes_open_title(prev, line)
        if title_tail:
            log.append(Decision("title_closes_below", k, f"{prev[-6:]}|{line[:6]}"))
        if full and not new_block and not split_tail and not unindented and not listed and not title_tail \
                and not _same_column(line, widths[k], width, lines, k, best):
            new_block = True  # rule column_width_changes: the next line is set in another column
            log.append(Decision("column_width_changes", width, f"{prev[-6:]}|{line[:6]}"))
        if full and not new_block and ends_sentence(prev) and _figure_goes_back(out, line, page_pairs):
            # rule figure_start_apart: a line that opens inside a figure (19102人，…) under a full
            # line that ended a sentence goes on with an earlier paragraph cut on a count
            # (…起诉9135件), not with the paragraph above it: it stands apart for the page rules
            new_block = True
            log.append(Decision("figure_start_apart", k, f"{prev[-6:]}|{line[:6]}"))
        if prev + "\n" + line in feet and out[-1].endswith(prev):
            full, new_block = True, False
        runs_on = _dateline_runs_on(out[-1], prev, line, kind)
        if runs_on:
            # rule dateline_runs_on: a dateline and its reporter note open the story's first
            # sentence, whatever the width of the lines they wrap over
            full, new_block = True, False
            log.append(Decision("dateline_runs_on", k, f"{prev[-6:]}|{line[:6]}"))
            if runs_on == "note":
                out[-1] = out[-1].rstrip() + "  " + line
                continue
        if full and not new_block:
            out[-1] = _join(out[-1], line)
            if unindented:
                unindented_lines.add(k)  # its width is its own: no indent was stripped
                log.append(Decision("unindented_line_continues", k, f"{prev[-6:]}|{line[:6]}"))
            continue
        out.append(line)
        origin.append(k)
        if kind == "caption":
            # rule caption_run: a photo credit closes the caption set above it in a run of
            # its own width (the lines since the run started): text and credit are one caption
            in_run = 0 < k - run_start <= run["caption_max_lines"] and run_start in origin[:-1]
            j = caption_first_line(out, origin, widths, origin.index(run_start) if in_run else len(out) - 1,
                                   k, run["caption_max_lines"], lines)
            if k in caption_firsts and caption_firsts[k][0] in origin[:j]:
                first = caption_firsts[k][0]
                j = origin.index(first)  # rule caption_piece or caption_inside_cut
            elif _spares_cut_tail(out, origin, j, caption_firsts.get(k)):
                log.append(Decision("caption_spares_cut_tail", origin[j], out[j][:12]))
                first = origin.index(caption_firsts[k][0])
                while j < first and not (j > 0 and ends_sentence(out[j - 1])):  # the cut sentence's tail
                    out[j - 1:j + 1], origin[j - 1:j + 1] = [_join(out[j - 1], out[j])], [origin[j - 1]]
                    first -= 1
                j = first
            if waiting_text in origin[:j] and k - waiting_text <= 2 * run["caption_max_lines"]:
                j = origin.index(waiting_text)  # rule caption_waits_for_credit
                log.append(Decision("caption_waits_for_credit", waiting_text, out[j][:12]))
            waiting_text = -1
        if kind == "caption" and j < len(out) - 1:
            caption = out[j]
            for piece in out[j + 1:]:
                caption = _join(caption, piece)
            log.append(Decision("caption_run", len(out) - j, caption[:12]))
            if classify_block(caption) == "caption":  # still reads as a caption as a whole
                del out[j + 1:], origin[j + 1:]
                out[j] = caption
            else:  # a lone credit line (张  三摄) stays a line of its own under the text
                text = out[j]
                for piece in out[j + 1:-1]:
                    text = _join(text, piece)
                out[j:-1], origin[j:-1] = [text], [origin[j]]
                if caption_starts & set(range(origin[j], origin[j] + 3)) and _credit_below(kinds, k, run["caption_max_lines"]):
                    # rule caption_waits_for_credit: the line was a caption's own opening
                    # (图为…), no credit: the text above it, where a caption was found to start
                    # (at its first lines: a first line that hangs a mark tells its width late),
                    # is the caption's first paragraph when the credit below closes the caption
                    waiting_text = origin[j]
        if (kind != "body" or not _same_column(line, widths[k], width, lines, k, best)) and not listed:
            # a new run: another block, or a line set in another column; a headline line
            # is set to its own width, the run starts under it; rule quoted_title_line: so does
            # a title that is one quotation, however near the column's width (its lead's first
            # lines then give the lead's own width, and go on in the line under them)
            under = run_width(run_widths, k + 1, k + 1, run["reflow_run_lines"], plain, hanging)
            own_title = _is_quoted_title(line) or bool(under) and abs(widths[k] - under) > 1.5
            if kind == "headline" and k not in wide_heads and k not in caption_starts \
                    and _fills_run(lines, widths, k, width):
                # rule column_wide_line_goes_on: a line without a mark as wide as the column it
                # stands in, over a text line of that width, is the first line of a paragraph
                # (期待更多高效的应用新 | 模式加速形成，…), no title: the column's run goes on
                log.append(Decision("column_wide_line_goes_on", k, line[:12]))
                continue
            run_start = k + 1 if kind == "headline" and own_title else k
    if joined is not None:  # a paragraph line that took in a line after its first is column text
        ends = origin[1:] + [len(lines)]
        joined.update(n for n, (a, e) in enumerate(zip(origin, ends)) if e - a > 1)
    return out


_MARK = re.compile(r"[，,、；;：:。！？!?]")


def _fills_run(lines: list[str], widths: list[float], k: int, width: float) -> bool:
    """Rule column_wide_line_goes_on: lines[k], without a clause mark, is as wide as the column run
    it stands in, and the line under it, a text line that opens no story, is set in the same width.

    >>> L = ["期待更多高效的应用新模", "式加速形成，推动开源生", "态更加繁荣。"]
    >>> _fills_run(L, [11.0, 11.0, 6.0], 0, 11.0), _fills_run(L, [11.0, 11.0, 6.0], 0, 14.0)
    (True, False)
    """
    if k + 1 >= len(lines) or abs(widths[k] - width) > 0.5 or abs(widths[k + 1] - widths[k]) > 0.5 \
            or _MARK.search(lines[k]) or opener(lines[k]) or lines[k].startswith(("（", "(")):
        return False
    below = lines[k + 1]  # text: a body line, or a short one with a clause mark (no title line)
    return (classify_block(below) == "body" or bool(_MARK.search(below))) and not opener(below) \
        and not opens_scene(below)


def _credit_tails_joined(lines: list[str], log: list[Decision]) -> list[str]:
    """Rule credit_wraps_below (``page_blocks``) on a page without blank lines: a photo credit
    wrapped in its caption's narrow column (…摄（影像 | 中国）) is one line, so that it closes the
    caption above it like a credit set on one line (rule caption_run); its short tail tells no
    column width.

    >>> _credit_tails_joined(["游客在湖边观赏日出。", "本报记者  张  三摄（影像", "中国）", "全市（乙县）", "丙镇）"], [])
    ['游客在湖边观赏日出。', '本报记者  张  三摄（影像中国）', '全市（乙县）', '丙镇）']
    """
    out: list[str] = []
    for k, line in enumerate(lines):
        if out and credit_wraps_below([out[-1], line]):
            log.append(Decision("credit_wraps_below", k, f"{out[-1][-6:]}|{line}"))
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
    return out


_DATELINE_END = re.compile(r"\d{1,2}月\d{1,2}日(电|讯)$|讯$")


def _dateline_runs_on(paragraph: str, prev: str, line: str, kind: str) -> str:
    """Rule dateline_runs_on: a news dateline (…3月5日电, 本报讯) is never a paragraph of its
    own: it, the reporter note in brackets after it and the story's first words are one
    paragraph, however the column wrapped them. ``paragraph`` is the paragraph line so far,
    ending with the physical line ``prev``. Returns "note" when ``line`` opens with the
    reporter note that goes on from the dateline ``prev`` (set after it with two spaces),
    "text" when ``prev`` holds the note (or the whole opener) and after it a few words that do
    not end a sentence, so ``line`` goes on with them; else "".

    >>> _dateline_runs_on("据新华社甲市5月6日电", "据新华社甲市5月6日电", "（记者张三）全市", "headline")
    'note'
    >>> _dateline_runs_on("本报甲市5月6日电  （记者张三）全市", "（记者张三）全市", "春耕备耕全面展开，农机", "body")
    'text'
    >>> _dateline_runs_on("本报甲市5月6日电  （记者张三）", "（记者张三）", "全市春耕备耕全面展开。", "body")
    ''
    >>> _dateline_runs_on("他说：“抓紧春耕。”", "他说：“抓紧春耕。”", "（记者张三）全市", "headline")
    ''
    """
    if kind not in ("body", "headline") or not paragraph.endswith(prev):
        return ""
    before = paragraph[:len(paragraph) - len(prev)].rstrip()
    if not before and len(prev) <= 30 and _DATELINE_END.search(prev) and line.startswith(("（", "(")) \
            and opener(line):
        return "note"
    head = _opener_of(paragraph)
    rest = paragraph[len(head):]
    if head and len(before) < len(head) and rest.strip() and not ends_sentence(rest) \
            and not re.search(r"[，,。；;：:！？!?]", rest):
        return "text"
    return ""


def _opener_of(paragraph: str) -> str:
    """The dateline and reporter note a paragraph opens with (``blocks.opener``), also after 据
    (据新华社甲市5月6日电  （记者张明）: a dateline quoted from an agency)."""
    if paragraph.startswith("据"):
        head = opener(paragraph[1:])
        return "据" + head if head else ""
    return opener(paragraph)


def _credit_below(kinds: list[str], k: int, most: int) -> bool:
    """Does a photo credit (a caption line) follow line k within ``most`` lines, with only
    text lines between (the caption's 图为 paragraph goes on to its credit)? ``kinds``: each
    line's :func:`classify_block`.

    >>> _credit_below([classify_block(t) for t in ["图为3月5日，农民在大棚里", "采摘蔬菜。", "新华社记者  张  三摄"]], 0, 12)
    True
    >>> _credit_below([classify_block(t) for t in ["新华社记者  张  三摄", "全县今年扩大种植面积。"]], 0, 12)
    False
    """
    for kind in kinds[k + 1:k + 1 + most]:
        if kind == "caption":
            return True
        if kind not in ("body", "headline"):
            return False
    return False


def _same_column(line: str, have: float, width: float, lines: list[str], k: int, best: int) -> bool:
    """Can line k be the next line of a column ``width`` wide: as wide (a closing mark may
    hang one over), or shorter as the last line of its paragraph, or shorter only because
    the first token of the line after it would not fit?

    >>> _same_column("作用。", 3.0, 12.0, ["作用。"], 0, 0), _same_column("者提出的这个问题，老李想了想", 14.0, 12.0, [], 0, 0)
    (True, False)
    """
    if width < page_rules().running["reflow_min_width"]:
        return True
    if have > width + 1.5:
        return False
    if have >= width - 0.5 or line.rstrip("”’）)」』 ")[-1:] in rules().terminators:
        return True
    if k + 1 < len(lines):
        token = first_token(lines[k + 1])
        return have + (float(len(token)), display_width(token))[best] > width + 0.5
    return False
