"""The column pieces of a hard-wrapped page: runs of lines set in one width, and where each ends.

On a newspaper page the columns of several articles are interleaved, each set to its own
width. ``column_pieces`` cuts the page into runs of lines set in one width; ``column_chain``
puts each article's pieces back in order (rule ``column_continues_same_width``).

Where a piece ends is decided by named rules too: ``short_column_foot`` (a column stopped at a
short line that reads on from it; not under one line: ``foot_needs_column``; not a title in two
spaced halves: ``spaced_title``; not on a comma alone over a headline line:
``foot_over_headline_needs_word``), ``tail_line_goes_back`` (a column's tail under a finished
line goes on with a recent cut piece) and ``cut_resumes_below`` (a cut column goes on under
another story's block set in its width).
"""
from __future__ import annotations

import re
from collections import Counter

from .blocks import classify_block, ends_dangling, ends_on_comparison, is_complete, opener, starts_paragraph
from .column_breaks import Decision, _page_pairs, fit, opens_scene
from ..marks import OPENING_MARKS
from .line_widths import CLOSING_MARKS, display_width, ends_sentence, first_token, quote_left_open
from .rules import page_rules, rules


def column_pieces(lines: list[str], widths: list[float], indented: bool = False,
                  log: list[Decision] | None = None) -> list[tuple[int, int, float]]:
    """The page cut into column pieces (first line, end, width): runs of body lines whose
    unfinished lines (no sentence end) are set in one width; a line that ends a sentence
    may be shorter (its paragraph's last). Any other line (byline, caption, editor line) is
    a piece of its own. A piece's width is the most common column width its unfinished
    lines give (``_set_width``); while two widths are given equally often (a lone line
    hanging a closing mark may be set in its width or one less), the next line decides
    (rule ``width_tie_waits``, logged in ``log``).

    >>> L = ["今年以来，全县把发展特", "色产业作为富民的重要抓", "手。", "甲市的新能源汽车产业链条完整，", "整车企业和零部件企业相互配套，"]
    >>> column_pieces(L, [float(len(x)) for x in L])
    [(0, 3, 11.0), (3, 5, 14.0)]

    A line that may stand short for the next line's first token tells no width, but one
    wider than the column is not its line (a caption's first line over a digit run), nor is
    one so short that the token would have fitted after it (…加快推广12至 | 16兆瓦…):

    >>> L = ["今年以来，全县把发展特", "色产业作为富民的重要抓", "手，先后建成蔬菜基地三", "处、食用菌基地两处，甲",
    ...      "3月5日，甲县举办春季农民运动会，村民", "2026年的春耕生产活动同时举行。"]
    >>> column_pieces(L, [float(len(x)) for x in L])[0]
    (0, 4, 11.0)
    >>> L = ["甲市的新能源汽车产业链条完整，", "整车企业和零部件企业相互配套，", "去年全市的汽车产量已达到", "20000辆。"]
    >>> column_pieces(L, [float(len(x)) for x in L])
    [(0, 4, 14.0)]
    >>> L = ["甲市的新能源汽车产业链条完整，", "整车企业和零部件企业相互配套，", "加快推广12至", "16兆瓦级机组。"]
    >>> column_pieces(L, [float(len(x)) for x in L])
    [(0, 2, 14.0), (2, 4, 0.0)]
    """
    # a column line reads as a headline on its own (short, no sentence end): only the
    # other kinds of line (bylines, captions, editor lines) stand apart whatever their width
    kinds = ["body" if k == "headline" and not headline_over_opening(lines, i) else k
             for i, k in enumerate(classify_block(ln) for ln in lines)]
    pieces: list[tuple[int, int, float]] = []
    start, counts, maybe = 0, Counter(), Counter()
    pairs = _page_pairs("\n".join(lines))
    foot_at: int | None = None  # the line a column stopped at (rule short_column_foot)
    resumes: set[int] = set()  # lines where a column cut above a displaced block goes on

    def width_of() -> float:
        # the widths lines give for sure, else the width most of their possible ones share
        votes = counts or maybe
        return float(max(votes, key=lambda w: (votes[w], -w))) if votes else 0.0

    def tied_widths() -> list[float]:
        # rule width_tie_waits: the widths the run's lines give equally often (a lone line
        # hanging a closing mark, …的使命， is set in its own width or one less); the next
        # line decides which, not the narrower one by default
        votes = counts or maybe
        top = max(votes.values()) if votes else 0
        return sorted(float(w) for w in votes if votes[w] == top) or [0.0]

    listing = list_lines(lines, kinds)
    for k, line in enumerate(lines):
        unfinished = kinds[k] == "body" and not ends_sentence(line)
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        # rule list_under_colon: a list's lines are set to their items, not the column: no width
        own = _set_width(line, widths[k], nxt) if unfinished and k not in listing else ()
        if indented and own and k > start and ends_sentence(lines[k - 1]) and not closes_unopened(line):
            own = own + tuple(w + 2 for w in own)  # a paragraph's first line, its indent stripped
        if k > start:
            width = width_of()
            fits = False
            for tied in tied_widths():
                if unfinished:
                    token = _token_width(line, widths[k], first_token(nxt))
                    # rule token_overflows: a line stands short for the next line's first token
                    # only when that token would not have fitted after it (…加快推广12至 |
                    # 16兆瓦… is no line of a column one wider)
                    fits = (not own and widths[k] <= tied + 1.5 and widths[k] + token > tied + 0.25) or any(abs(w - tied) <= 0.5 for w in own) or (
                        widths[k] < tied and widths[k] + token > tied + 0.5)
                else:  # a paragraph's last line: shorter, or as wide with its marks hanging
                    fits = widths[k] <= tied + 0.5 + max(1, len(line) - len(line.rstrip(CLOSING_MARKS)))
                if fits:
                    break
            if k in listing or k - 1 in listing:
                fits = True  # rule list_under_colon: the list and the line it runs into stay in the column
            if not fits and width and (foot_at is None or foot_at < start) and k - start >= 2 \
                    and _short_column_foot(lines, kinds, k, width, widths, pairs):
                # rule foot_per_piece: every column piece may stop at a short foot, not only the
                # page's first (several articles of a page are cut mid-column)
                # rule foot_needs_column: a column stops short only under two lines or more of
                # its width (one line, a kicker at the page's top, sets no column width)
                # rule short_column_foot: the column stops at this short line (see below)
                fits, foot_at = True, k
                if log is not None:
                    log.append(Decision("short_column_foot", k, f"{lines[k - 1][-6:]}|{line}"))
            elif foot_at == k - 1:
                fits = False  # the column stopped at its short foot: a new piece starts
            force = k in resumes  # rule cut_resumes_below: the cut's own column goes on here
            if kinds[k] == "body" and ends_sentence(lines[k - 1]) and _tail_goes_back(lines, pieces, k, pairs):
                force = True  # rule tail_line_goes_back (see below)
                if log is not None:
                    log.append(Decision("tail_line_goes_back", k, line))
            elif kinds[k] == "body" and kinds[k - 1] == "body" and width and k - start >= 2 \
                    and abs(widths[k - 1] - width) <= 0.5 and not ends_sentence(lines[k - 1]):
                below = _cut_resumes_below(lines, kinds, k, pairs)
                if below is not None:
                    force = True
                    resumes.add(below)
                    if log is not None:
                        log.append(Decision("cut_resumes_below", below, f"{lines[k - 1][-6:]}|{lines[below][:6]}"))
            if kinds[k] == "body" and quote_left_open(lines[k - 1], line):
                force = True  # rule open_quote_not_closed: the column goes on where the quote closes
                if log is not None:
                    log.append(Decision("open_quote_not_closed", k, f"{lines[k - 1][-6:]}|{line[:6]}"))
            if force or not (kinds[k] == "body" and kinds[k - 1] == "body" and (not width or fits)):
                pieces.append((start, k, width))
                start, counts, maybe = k, Counter(), Counter()
            elif width and tied != width and log is not None:
                log.append(Decision("width_tie_waits", k, f"{lines[k - 1][-8:]}|{line[:8]} set {tied:g} wide, not {width:g}"))
        if len(own) == 1:
            counts[int(own[0])] += 1
        maybe.update(int(w) for w in own)
    pieces.append((start, len(lines), width_of()))
    return pieces


#: the marks a list line ends on, and those of the line that opens the list (rule list_under_colon)
_LIST_ITEM_ENDS, _LIST_OPENER_ENDS = "、，,", "：:"


def list_lines(lines: list[str], kinds: list[str]) -> set[int]:
    """Rule list_under_colon: the lines of a list set one group of items a line (甲市：|
    东区、西区、| 南区、北区、| 等四个区…): body lines ending on an enumeration mark or comma
    under a line that ends on a colon, or under another such line. Each is set to its items,
    not to the column's width, and the list goes on in the line under its last line, so the
    lines belong to the column they stand in (no cut, no width of another column).

    >>> L = ["记者从甲市获悉：", "东区、西区、", "南区、北区、", "等四个区开展试点。", "乙县、丙县、"]
    >>> sorted(list_lines(L, ["body"] * 5))
    [1, 2]
    """
    out: set[int] = set()
    for k in range(1, len(lines)):
        above = lines[k - 1].rstrip()[-1:]
        if kinds[k] == "body" and lines[k].rstrip()[-1:] in _LIST_ITEM_ENDS \
                and (above in _LIST_OPENER_ENDS or k - 1 in out):
            out.add(k)
    return out


def is_tail_line(text: str) -> bool:
    """A column's tail: shorter than a column line, one clause ending a sentence, not the
    opening of a paragraph, its closing quotes and brackets without an opening one
    (一个回答。 is a tail; 他说：“好。” or 总之，要改。 are not).

    >>> is_tail_line("索和创造的机会。"), is_tail_line("总之，要改。"), is_tail_line("2026年要改。")
    (True, False, False)
    """
    run = page_rules().running
    body = text.rstrip()
    if len(body) >= run["cut_line_min_len"] or not is_complete(body) or starts_paragraph(body):
        return False
    if re.search(r"[，,；;：:、。！？!?]", body[:-1].rstrip("”’）)")):
        return False
    return body.count("“") <= body.count("”") and body.count("（") + body.count("(") <= body.count("）") + body.count(")")


def _cut_resumes_below(lines: list[str], kinds: list[str], k: int, pairs: dict[str, int]) -> int | None:
    """Rule cut_resumes_below: a full column line (under another of its column: one line sets no
    column width) cut mid-sentence does not go on in the line
    under it when that line opens a paragraph (今年以来， 4月16日， a dateline: ``fit`` below 0)
    while a line further down, within ``resume_lookahead`` lines, under a sentence end, opens no
    paragraph and goes on with the cut at least ``min_join`` + 1 (…比上年同期 | 今年以来，… |
    …含金量。 | 加快1.1个百分点。…): another story's block (a displaced lead, a box) set in
    the same width stands between the cut and its continuation. Returns that line, or None.
    Both lines start a column piece, so that the chain puts the continuation behind the cut.

    >>> L = ["全市规模以上工业增加值同比增长6.1%，比上年同期", "今年以来，全市上下抓项目、促投资，经济运行开",
    ...      "局良好，主要指标好于预期。", "加快1.2个百分点。其中，制造业增长较快。"]
    >>> _cut_resumes_below(L, ["body"] * 4, 1, {"期加": 2})
    3
    >>> _cut_resumes_below(L[:3] + ["制造业增长较快，高技术产业增长更快。"], ["body"] * 4, 1, {})
    """
    f, run = page_rules().fit, page_rules().running
    cut = lines[k - 1]
    if fit(cut, lines[k], pairs)[0] >= 0:
        return None
    need = f["min_join"] + 1
    for m in range(k + 1, min(len(lines), k + 1 + run["resume_lookahead"])):
        if kinds[m] != "body" or kinds[m - 1] != "body":
            return None  # a headline, caption or byline: the column ended
        line = lines[m]
        if ends_sentence(lines[m - 1]) and not opener(line) and not opens_scene(line) and not starts_paragraph(line) \
                and fit(cut, line, pairs)[0] >= need:
            return m
    return None


def _tail_goes_back(lines: list[str], pieces: list[tuple[int, int, float]], k: int, pairs: dict[str, int]) -> bool:
    """Rule tail_line_goes_back: a column's tail (``is_tail_line``: short, one clause ending a
    sentence, opening no paragraph: 疑惑。) under a line that ended a sentence is no paragraph
    of the column it stands in but the end of a sentence an earlier piece left cut (…记者 |
    another story | 疑惑。): it starts a piece of its own when one of the ``window`` latest
    pieces ends mid-sentence and goes on into it (``fit`` at least ``min_join`` + 1), so that
    the chain can put it back behind that cut.

    >>> L = ["甲县今年的春茶开采较早，茶农采", "摘的新茶品质上乘。记者", "乙市港口今年新开三条航线，", "集装箱吞吐量持续增长。",
    ...      "疑惑。"]
    >>> _tail_goes_back(L, [(0, 2, 15.0)], 4, {}), _tail_goes_back(L[:4] + ["港口的货运量创下新高。"], [(0, 2, 15.0)], 4, {})
    (True, False)
    """
    line = lines[k]
    f = page_rules().fit
    # rule strong_cut_goes_back: a line that is no tail goes back too when the fit is strong
    # (…吞吐量同比 | 分别增长2.0%和5.5%。完成…: the change a comparison word waits for)
    need = f["min_join"] + 1 if is_tail_line(line) else f["strong_join"]
    for a, e, _ in pieces[-f["window"]:]:
        end = lines[e - 1]
        if e - a >= 2 and classify_block(end) in ("body", "headline") and not ends_sentence(end) \
                and fit(end, line, pairs)[0] >= need:
            return True
    return False


def _short_column_foot(lines: list[str], kinds: list[str], k: int, width: float, widths: list[float],
                       pairs: dict[str, int]) -> bool:
    """Rule short_column_foot: a short line without a sentence end right under a full column
    line that ends mid-sentence is that column's last line, the column stopped short above a
    story head or a picture (…品类最多、规模 | 最大的体 | 甲市举办春季招聘会), when the words read
    on from the line above into it (``fit`` at least ``min_join``) better than from it into
    the next line: it is no kicker of the headline under it, and the sentence goes on in a
    later piece of the column's width.

    >>> L = ["全省建成品类最多、规模", "最大的体", "甲市举办春季招聘会", "本报甲市3月5日电"]
    >>> _short_column_foot(L, ["body"] * 4, 1, 11.0, [11.0, 4.0, 9.0, 9.0], {"模最": 2})
    True
    >>> _short_column_foot(L, ["body"] * 4, 1, 11.0, [11.0, 4.0, 9.0, 9.0], {})
    False
    >>> L = ["游客遇见了一位穿着汉服、", "赛马盛会", "强化品牌效应", "本报记者  张  三"]
    >>> _short_column_foot(L, ["body"] * 4, 1, 12.0, [12.0, 4.0, 6.0, 9.0], {})
    False
    """
    prev, line, nxt = lines[k - 1], lines[k], lines[k + 1] if k + 1 < len(lines) else ""
    if kinds[k] != "body" or kinds[k - 1] != "body" or ends_sentence(prev) or ends_sentence(line) \
            or abs(widths[k - 1] - width) > 0.5 or widths[k] >= width - 1 or spaced_title(line):
        return False
    if ends_on_comparison(line):
        # rule comparison_foot: a short line ending on a comparison word (…吞吐量同比, 同比增长) cannot
        # end a sentence or be a title: the column stopped at it, the change goes on elsewhere
        return True
    if _names_dateline_place(line, lines[k + 1:k + 3]):
        return False  # rule foot_names_dateline_place (below)
    join, used = fit(prev, line, pairs)
    if nxt and classify_block(nxt) == "headline" and not any(
            d.rule != "comma_end" and (d.rule != "split_word_once" or cut_span_seen(prev, line, lines))
            for d in used):
        # rule foot_over_headline_needs_word: over a headline line (赛马盛会 | 强化品牌效应) the
        # short line may be a two-line headline's first: a comma read on into it is no evidence,
        # nor a character pair the page has once elsewhere only inside other words (rule
        # foot_pair_needs_span); a word read across the break (规模 | 最大的) or a clause is
        return False
    return join >= page_rules().fit["min_join"] and (not nxt or fit(line, nxt, pairs)[0] < join)


_DATELINE_PLACE = re.compile(r"^(?:据)?(?:本报|新华社|中新社)([\u4e00-\u9fff]{2,8}?)\d{1,2}月\d{1,2}日(?:电|讯)")


def _names_dateline_place(line: str, below: list[str]) -> bool:
    """Rule foot_names_dateline_place: a short line that opens with the place of the dateline one
    or two lines under it (甲市食品安全抽检 | 结果全市互认 | 本报甲市2月2日电) is the first line of
    that story's headline, no column's foot, whatever pair it makes with the line above.

    >>> _names_dateline_place("甲市食品安全抽检", ["结果全市互认", "本报甲市2月2日电  （记者张三）"])
    True
    >>> _names_dateline_place("菜新品种", ["点燃草原旅游热", "本报乙旗1月5日电  乙旗日前"])
    False
    """
    for text in below:
        m = _DATELINE_PLACE.match(text.strip())
        if m:
            return line.startswith(m.group(1))
    return False


def cut_span_seen(before: str, after: str, lines: list[str]) -> bool:
    """Rule foot_pair_needs_span: a character pair read across a break that the page has only
    once elsewhere is evidence of a word cut there when the page writes a longer span across
    the break too, three characters (规模 | 最大的 with 规模最大 further down); a pair met once
    inside other words (民乐 | 中共中央 with 欢乐中国 further down) is chance. The break itself
    is no occurrence: the lines are joined by line ends.

    >>> L = ["全省建成品类最多、规模", "最大的体", "甲市举办春季招聘会", "全国规模最大的市场。"]
    >>> cut_span_seen(L[0], L[1], L), cut_span_seen("舞蹈、民乐", "中共中央", ["舞蹈、民乐", "中共中央", "欢乐中国年。"])
    (True, False)
    """
    before, after = before.rstrip(), after.strip()
    if len(before) < 2 or len(after) < 2:
        return False
    page = "\n".join(lines)
    return before[-2:] + after[0] in page or before[-1] + after[:2] in page


_CLAUSE_MARKS = "，,、；;：:。！？!?"
_SPACED_HALVES = re.compile(r"^([\u4e00-\u9fff“”‘’]{2,})[ \u3000]{2,}([\u4e00-\u9fff“”‘’]{2,})$")


def spaced_title(line: str) -> bool:
    """Rule spaced_title: a short line of two runs of Chinese characters (quotes allowed) set
    apart by two spaces or more, with no mark of a clause or a title inside (伊犁河谷  杏花吐蕊,
    棉花开播  北斗“掌舵”): a headline in two halves, a photo's or a story's title. Column text
    never holds a run of spaces between words (a dateline's or byline's spaces follow 电 or
    stand inside a name, and those lines are kinds of their own), so such a line is no column's
    short foot and no column line.

    >>> [spaced_title(t) for t in ("伊犁河谷  杏花吐蕊", "春耕正忙  “铁牛”下田", "全县新建学校  医院",
    ...                          "《关于优化布局  推动", "全县新建学校，医院", "张  三")]
    [True, True, True, False, False, False]
    """
    m = _SPACED_HALVES.match(line.strip())
    return bool(m) and len(line.strip()) <= page_rules().headline_line_max_len
_PAIRED_MARKS = (("“", "”"), ("‘", "’"), ("（", "）"), ("(", ")"), ("《", "》"))


def closes_unopened(line: str) -> bool:
    """Rule quote_closes_first: does the line close a quotation or bracket it did not open
    (…工匠”入选…: its first mark of a pair is the closing one)? Such a line goes on with a
    line before it and opens no paragraph, so on an indented page its width carries no stripped
    indent (it is no paragraph's first line of a wider column).

    >>> closes_unopened("社会组织”入选“十佳”名单"), closes_unopened("“老有所养”是需求"), closes_unopened("全县茶园扩大。")
    (True, False, False)
    """
    for opening, closing in _PAIRED_MARKS:
        close, open_ = line.find(closing), line.find(opening)
        if close >= 0 and (open_ < 0 or close < open_):
            return True
    return False


def headline_over_opening(lines: list[str], k: int) -> bool:
    """Rule headline_over_opening: a headline line as wide as a column (no clause mark, no
    sentence end, no dangling function word at its end) over a line that opens a story (a
    dateline, or a scene set in time: 前不久， 这些天， 清晨，) is that story's headline, not a
    column line: body text does not end a paragraph without a sentence end.

    >>> L = ["全县的茶农今年增收明显，", "甲县茶产业助推乡村全面振兴", "前不久，甲县举办了茶叶节。"]
    >>> [headline_over_opening(L, k) for k in range(3)]
    [False, True, False]
    >>> headline_over_opening(["全县的茶农今年增收明显和", "前不久，甲县举办了茶叶节。"], 0)
    False

    Rule headline_under_label: so is such a line right under a column label (a short headline
    line joining two labels with a middle dot), whatever line follows it:

    >>> headline_over_opening(["观察·乡村振兴", "甲县茶产业助推乡村全面振兴", "全县茶农今年增收明显，茶叶"], 1)
    True
    """
    line = lines[k]
    if k + 1 >= len(lines) or classify_block(line) != "headline" or any(m in line for m in _CLAUSE_MARKS) \
            or ends_dangling(line):
        return False
    below = lines[k + 1]
    # rule headline_under_label: a column label over it (a short line joining two labels with a middle dot: 观察·某某) is
    # followed by the story's headline, never by text
    above = lines[k - 1].strip() if k else ""
    under_label = "·" in above and len(above) <= page_rules().running["label_max_len"] \
        and classify_block(above) == "headline" and not any(m in above for m in _CLAUSE_MARKS)
    return bool(opener(below)) or opens_scene(below) or under_label


def _token_width(line: str, width: float, token: str) -> float:
    """The width of ``token`` in the measure ``width`` of ``line`` was taken in: characters, or
    display width (a half-width character counts ½) when that is the line's measure.

    >>> _token_width("增长5.2%，", 5.0, "16"), _token_width("增长5.2%，", 7.0, "16")
    (1.0, 2.0)
    """
    by_display = abs(width - display_width(line)) < abs(width - len(line))
    return display_width(token) if by_display else float(len(token))


def _set_width(line: str, width: float, nxt: str) -> tuple[float, ...]:
    """The column widths an unfinished line may be set in: its own; or, when it ends with a
    closing mark, one less too (the mark may hang past the edge: …产业升级，); or, when the
    next line opens with a mark, one more too (the mark went down with its character:
    “领航…); none when the line may stand short for the next line's first token (a digit
    run, a Latin word) and so tells nothing. Rule marks_hang_together: a run of closing marks at
    the line's end (…一样管水”，) may hang past the edge as a whole, as no line opens with a
    closing mark: the line may be set in its width less any tail of the run (three marks at most).

    >>> _set_width("甲乙丙丁”，", 6.0, "戊"), _set_width("甲乙丙丁，", 5.0, "戊")
    ((6.0, 5.0, 4.0), (5.0, 4.0))
    """
    if line[-1:] in CLOSING_MARKS:
        out, less = [width], 0.0
        for mark in reversed(line[-3:]):
            if mark not in CLOSING_MARKS:
                break
            less += 0.5 if ord(mark) < 128 else 1.0
            out.append(width - less)
        return tuple(out)
    if nxt[:1] in OPENING_MARKS:
        return (width, width + 1.0)
    token = first_token(nxt)
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
