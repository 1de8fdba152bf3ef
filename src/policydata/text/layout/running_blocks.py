"""Blocks of a page whose text layer lost its blank lines: where one block ends and the next starts.

Some text layers give one paragraph per line and no blank lines at all: headline
groups, column pieces of several articles and captions follow each other directly.
In such text a line that ends mid-sentence cannot go on in the next line (it would
be the same line): it is a column end, and the next line starts another block.
``infer_gaps`` marks the block boundaries from that and from the kinds of the lines,
each by a named rule (recorded as ``Decision``), so that ``page.reconstruct_page``
can rebuild the articles as on a page with blank lines:

- ``column_end``: after a body line that ends mid-sentence (not a short verse or
  list line, not a line ending with a colon that introduces the next); a short line that
  leaves a quote or bracket open is a column end too (``open_mark_column_end``);
- ``continues_open_cut``: before a line that clearly goes on with a sentence cut at an
  earlier column end (``column_breaks.fit`` at least ``strong_fit``);
- ``tail_line_continues``: before a column's tail, a short line of one clause that ends
  a sentence (索和创造的机会。), no paragraph of its own, when it goes on with an open
  column end at least as well as a word split across the break (fit ``min_join`` + 1)
  and its quotes and brackets balance only with that end's;
- ``word_tail_continues``: before a line under a finished line that starts with the tail of a
  word cut at an open column end (生 | 态公园…: the page writes 生态 often, 态保 nowhere else);
- ``closing_quote_continues``: before a line whose first quotation mark closes a quote
  (设备”的调试…) under a finished line, when it goes on with an open column end as well as
  ``tail_line_continues`` asks: a paragraph does not start inside a quotation;
- ``cut_comma_line``: a headline-like line with a clause comma, no sentence end, between
  text above and shorter headline lines below, that goes on with a later line, is body text;
- ``figure_start_continues``: before a line that starts inside a figure phrase (the tail
  of a word, then a figure: 费约1.5亿元，…; or the figure itself: 3.2亿元，…, not 2025年，)
  when it goes on with an open column end as well as ``tail_line_continues`` asks (a
  paragraph does not start so);
- ``after_caption``, ``after_source``, ``around_meta``, ``before_byline``: after a photo
  credit, after a source line or author note, around editor and page lines, before a
  byline (which opens the block under it);
- ``story_head``: around a run of headline lines that starts a story: at the top of
  the page, after a block boundary (a column end, a caption, a source line), or before
  a byline or an inline dateline (本报北京2月10日电), under a kicker or column label
  (漫谈 | 怎样让老人更好“学上网”？), or where the topic shifts (the text
  under the run shares almost no character pairs with the text above it: ``topic_shift``).
  Other headline lines are an article's sub-heads and stay inside their block, and so
  does a one-line run whose only evidence is the topic shift when it is shaped like an
  earlier sub-head (``subhead_series``: same length, same punctuation at the same places —
  a feature's sub-heads are set alike, and the text under one may follow another story's
  column); a kicker-like label over a sub-head is a section label when three are set alike
  (``subhead_label_series``), or two over sub-heads of two halves joined by a comma
  (``subhead_label_pair``), none with a byline or dateline under it; a run whose first line
  is shaped like two sub-heads of the page starts under that line (``subhead_over_head``: a
  feature's sub-head at its column's foot over another story's headline);
- ``head_signals``: a headline run between finished paragraphs that ``topic_shift`` does
  not take still starts a story when its weighted signals (``head_signal_score``: the text
  under it nearly foreign to the text above, the headline's terms recurring under it and
  not above; an opening bracket or a cut word's tail weigh against) reach
  ``head_signal_min_score``; both rules judge only a run with enough text under it
  (``topic_needs_text``: a quote's tail over the editor line shares nothing by chance);
- ``weak_cut_keeps_subhead``: a headline run between a column end and a line that goes on with
  it only by a comma is a sub-head inside the sentence unless the run names what the text under
  it is about (``head_terms_below``): then it heads a story;
- ``column_question_is_text``: a question a reflow joined from column lines is a lead's
  sentence, no headline line;
- ``kicker_line``: after the first line of a story's headline run when it is a kicker
  or column label (``_is_kicker``), so that the title is the headline proper; not when
  the line ends inside a word of the page's text (``title_wrapped_in_word``: one title
  wrapped in its column);
- ``repeated_column_label``: a run's first line that opens two or more runs of the page word
  for word is the column's name (栏目), a kicker over each story it heads: the run heads a
  story and the line is split off (``repeated_column_labels``; section labels of one feature,
  rule ``subhead_label_series``, say different things);
- ``dateline_line_is_text``: a line that opens with a dateline and goes on is a story's first
  paragraph cut at its column's end, never a headline line (``page_blocks.dateline_text``);
- ``word_tail_of_three``: ``word_tail_continues`` also for a line that opens with a common
  pair when the cut's last character and that pair make a three-character word the page
  writes twice or more (…研发石 | 墨烯材料…).

A note in brackets wrapped over lines of its own ((作者单位：… | …学院)) takes the kind of
the whole note (``wrapped_bracket_note``), so that its pieces are no headline lines.

Work is linear in the number of lines: each line is compared with at most ``window``
open column ends.
"""
from __future__ import annotations

import re
from collections import Counter

from ..segment import CJK_CHAR
from .blocks import classify_block, is_complete, is_quote_source, opener, starts_paragraph
from .column_breaks import Decision, _page_pairs, fit, opens_story, shared_share, starts_inside_figure
from .column_pieces import is_tail_line as _is_tail_line, spaced_title
from .page_blocks import _column_end, _is_box_label, dateline_text, is_wrapped_page, reads_as_prose
from .rules import page_rules, rules
from .headline_lines import headline_lines_above
from .kickers import _is_title_half, _kicker_at, halves_joined, repeated_column_labels, same_shape
from .story_heads import _before_byline, _headline_runs, _heads_story, _subhead_over_head

_LABEL = re.compile(r"^[【\[][^】\]]{1,8}[】\]]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")
_NUMERAL = re.compile(r"[一二三四五六七八九十〇零两]")


def _line_kinds(lines: list[str], joined: frozenset = frozenset()) -> list[str]:
    """``classify_block`` kinds, with three fixes for running text: a line opened by a
    bracketed label (【事件】…, 【点评】) is text, never a headline; a short question right
    under a headline line (漫谈 | 怎样让老人更好“学上网”？) is a headline line, unless it opens
    like a paragraph (rule question_opens_paragraph: 今年，谁来接棒？ is a lead's first
    sentence: ``reads_as_prose``); so is a
    short line ending on a comma over a headline line (国货美妆， | 圈粉年轻人), unless it goes
    on with a sentence cut above it. Rule column_question_is_text: a question the reflow
    joined from lines of a column (``joined``: 从甲地到乙地要多 | 久？ set in the column's width)
    is the lead's first sentence, no headline line: a headline is set in its own width.

    >>> _line_kinds(["漫谈", "老人怎样更好学上网？"]), _line_kinds(["漫谈", "老人怎样更好学上网？"], frozenset({1}))
    (['headline', 'headline'], ['headline', 'body'])

    Rule quote_source_line (``blocks.is_quote_source``): the source line of a quotation
    (…要办好。 | ——摘自某某建议) is text that closes the quotation, no headline line:

    >>> _line_kinds(["“事情要一件一件办好。”", "——摘自某某讲话", "近日，甲村召开村民大会。"])
    ['body', 'body', 'body']

    Rule dateline_line_is_text (``page_blocks.dateline_text``): a line that opens with a
    dateline and goes on is text, however short, cut at its column's end:

    >>> _line_kinds(["甲省部署春耕", "新华社北京3月5日电  甲省日前召开春耕生产", "会议。"])
    ['headline', 'body', 'body']
    """
    kinds = [classify_block(ln) for ln in lines]
    _wrapped_bracket_notes(lines, kinds)
    for i, line in enumerate(lines):
        if kinds[i] == "headline" and (_LABEL.match(line) or reads_as_prose(line) or dateline_text(line)
                                       or i and is_quote_source(line, lines[i - 1])):
            kinds[i] = "body"  # rule quote_source_line: ——摘自… under a quotation closes it
        elif kinds[i] == "body" and i and kinds[i - 1] == "headline" and _is_short_question(line) \
                and not reads_as_prose(line) and i not in joined:  # rule question_opens_paragraph (2026年，谁会…？)
            kinds[i] = "headline"
        elif kinds[i] == "body" and i + 1 < len(lines) and kinds[i + 1] == "headline" \
                and (_is_title_half(line) and (i == 0 or kinds[i - 1] != "body" or is_complete(lines[i - 1]))
                     or i and kinds[i - 1] == "headline" and _is_title_half(line, stacked=True)):
            kinds[i] = "headline"  # 国货美妆， | 圈粉年轻人: a title set on two lines at its comma
    return kinds


def _wrapped_bracket_notes(lines: list[str], kinds: list[str]) -> None:
    """Rule wrapped_bracket_note: a note in brackets wrapped over lines of its own
    ((作者单位：某某大 | 学经济学院), (本报某地电 | 记者某某参与采写)): a line that opens a
    bracket it does not close, and the next one or two lines that close it, take the kind
    of the whole note (a source line), so that its pieces are not read as headline lines.

    >>> kinds = ["body", "headline", "headline", "headline"]
    >>> _wrapped_bracket_notes(["正文。", "（作者单位：某某", "大学经济学院）", "下一篇标题"], kinds)
    >>> kinds
    ['body', 'attribution', 'attribution', 'headline']
    """
    span = page_rules().running["bracket_note_max_lines"]
    for i, line in enumerate(lines):
        body = line.strip()
        if not body or body[0] not in "（(" or kinds[i] != "headline":
            continue
        closing = "）" if body[0] == "（" else ")"
        if closing in body:
            continue
        for j in range(i + 1, min(len(lines), i + span)):
            nxt = lines[j].strip()
            if body[0] in nxt:
                break
            if closing in nxt:
                if nxt.endswith(closing):
                    kind = classify_block("".join(ln.strip() for ln in lines[i:j + 1]))
                    if kind not in ("headline", "body"):
                        kinds[i:j + 1] = [kind] * (j + 1 - i)
                break


def _cut_comma_lines(lines: list[str], kinds: list[str], pairs: dict[str, int], log: list[Decision]) -> None:
    """Rule cut_comma_line: a headline-like line that holds a clause comma, sits between a
    line of text above and a run of headline lines below, each of them shorter than it,
    is at least ``cut_line_min_len`` characters long, ends without a sentence end and goes
    on with a later line of the page (``fit`` at least ``min_join`` + 1: a word or phrase
    read across the break, a figure, a quote closed) is a column's text cut at its end, not
    the first line of the headline under it: the next story's head starts below it. (A
    title wrapped on two lines, a sub-head under a label line, has a headline line above.)

    >>> L = ["甲市去年新建公园十二座。", "要让公园真正走进居民生活，全市今年就要新增绿地12",
    ...      "乙县春茶开采", "本报记者  张  三", "乙县春茶昨日开采。", "0公顷以上。"]
    >>> K = _line_kinds(L); _cut_comma_lines(L, K, _page_pairs("\\n".join(L)), []); K[1]
    'body'
    >>> L[5] = "各地要抓好落实。"
    >>> K = _line_kinds(L); _cut_comma_lines(L, K, _page_pairs("\\n".join(L)), []); K[1]
    'headline'
    """
    pr = page_rules()
    for i, line in enumerate(lines):
        body = line.rstrip()
        if kinds[i] != "headline" or i == 0 or kinds[i - 1] != "body" or i + 1 >= len(lines) \
                or kinds[i + 1] != "headline" or len(body) < pr.running["cut_line_min_len"] \
                or not re.search(r"[，,]", body[:-1]) or is_complete(body):
            continue
        run_end = i + 1
        while run_end + 1 < len(lines) and kinds[run_end + 1] == "headline":
            run_end += 1
        if any(len(lines[k].strip()) >= len(body) for k in range(i + 1, run_end + 1)):
            continue
        later = [k for k in range(run_end + 1, min(len(lines), run_end + 1 + pr.fit["window"] * 4))
                 if kinds[k] == "body"]
        best = max((fit(body, lines[k], pairs)[0] for k in later), default=-99.0)
        if best >= pr.fit["min_join"] + 1:
            kinds[i] = "body"
            log.append(Decision("cut_comma_line", i, body[-10:]))


def _opens_bracket(text: str) -> bool:
    """A line that opens a bracket it does not close (（作者单位：某某)."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _is_short_question(text: str) -> bool:
    r = rules()
    return len(text) <= r.top_headline_max_len and text[-1] in "?？" and not r.inner_sentence_end.search(text)


def _best_fit(lines: list[str], open_cuts: list[int], i: int, pairs: dict[str, int]) -> float:
    """How well line i goes on with an earlier column end (never the line just before it:
    one paragraph a line, so that one is cut elsewhere)."""
    return max((fit(lines[c], lines[i], pairs)[0] for c in open_cuts if c < i - 1), default=-99.0)


def closes_unopened_quote(text: str) -> bool:
    """Rule closing_quote_continues: a line whose first quotation mark closes a quote
    (设备”的调试… , 多年”。) starts inside a quotation opened elsewhere: no paragraph starts so,
    the line goes on with a sentence cut at an earlier column end (when ``fit`` says one
    fits it at least ``min_join`` + 1: ``closes_quote``).

    >>> closes_unopened_quote("处理设备”的调试已经完成。"), closes_unopened_quote("他说：“好。”")
    (True, False)
    """
    close, open_ = text.find("”"), text.find("“")
    return close >= 0 and (open_ < 0 or close < open_)


def _starts_with_cut_word_tail(lines: list[str], open_cuts: list[int], i: int, pairs: dict[str, int],
                               trigrams: Counter | None = None) -> bool:
    """Rule word_tail_continues: line i starts with the tail of a word cut at an earlier column
    end (…建设湿地生 | 态公园…): its first character makes a word the page uses at least
    twice with that end's last character, while its first two characters make a pair the page
    uses nowhere else (the first character binds to the left, not to the right), and that end
    fits it at least ``min_join`` + 1. A paragraph does not start inside a word; a line that
    opens with a character that opens clauses (``figure_openers``: 在, 从, 对, 这…; or 不) or
    opens like a paragraph is left alone.

    >>> L = ["甲县改善生态环境，建设生态廊道。", "全县推进湿地生", "乙市举办春季招聘会。", "态公园建设。"]
    >>> P = _page_pairs("\\n".join(L))
    >>> _starts_with_cut_word_tail(L, [1], 3, P), _starts_with_cut_word_tail(L[:3] + ["生态公园建设。"], [1], 3, P)
    (True, False)

    Rule word_tail_clause: a line that opens with one character and a comma or an enumeration
    comma (议、…, 级，…) is the tail of a word whatever its pairs: no clause or list item of
    one character opens a paragraph (a numbered item 一、 does).

    >>> L = ["甲县落实惠农政策、强农政策、富农政", "乙市举办春季招聘会。", "策、助农政策。", "一、总体要求"]
    >>> P = _page_pairs("\\n".join(L))
    >>> _starts_with_cut_word_tail(L, [0], 2, P), _starts_with_cut_word_tail(L, [0], 3, P)
    (True, False)

    Rule word_tail_of_three: a line may open with a pair the page uses often when the cut
    end's last character and that pair make a three-character word the page writes twice or
    more (…研发石 | 墨烯材料…, where the page writes 石墨烯 again and again): the tail of that
    word, though its last two characters are a word too (``trigrams``: the page's counts of
    three-character runs, made when first needed).

    >>> L = ["石墨烯是新材料，石墨烯产业发展快。", "全县推进研发石", "乙市举办春季招聘会。", "墨烯材料生产。"]
    >>> P = _page_pairs("\\n".join(L))
    >>> _starts_with_cut_word_tail(L, [1], 3, P), _starts_with_cut_word_tail(L, [1], 3, P, Counter({"石墨烯": 2}))
    (False, True)
    """
    line = lines[i].lstrip()
    one_char_clause = len(line) >= 2 and line[1] in "，,、" and not _NUMERAL.match(line[0])
    if len(line) < 2 or not CJK_CHAR.match(line[0]) or not one_char_clause and not CJK_CHAR.match(line[1]) \
            or line[0] in page_rules().fit["figure_openers"] + "不" or opens_story(line):
        return False  # 在…中， 不少…: a clause opened by a preposition, an adverb or a pronoun
    common_start = not one_char_clause and pairs.get(line[:2], 0) > 1
    need = page_rules().fit["min_join"] + 1
    for c in open_cuts:
        end = lines[c].rstrip()
        if c < i - 1 and end and pairs.get(end[-1] + line[0], 0) >= 2 \
                and (not common_start or trigrams is not None and trigrams[end[-1] + line[:2]] >= 2) \
                and fit(end, line, pairs)[0] >= need:
            return True
    return False


def _trigram_counts(lines: list[str]) -> Counter:
    """Rule word_tail_of_three: how often each run of three Chinese characters occurs in the
    page's lines (runs inside a line only).

    >>> _trigram_counts(["石墨烯，石墨烯"])["石墨烯"]
    2
    """
    counts: Counter = Counter()
    for line in lines:
        for run in _CJK_RUN.findall(line):
            counts.update(run[k:k + 3] for k in range(len(run) - 2))
    return counts


def _has_text(credit_line: str) -> bool:
    """A credit line that also holds the caption's text (…检查产品质量。新华社发)."""
    return len(credit_line) > page_rules().running["lone_credit_max_len"]


def _photo_title(lines: list[str], kinds: list[str], first: int, after: int, log: list[Decision]) -> int:
    """Rule photo_title: a short headline line (at most ``photo_title_max_len`` characters, or
    a title in two halves set apart by spaces: ``column_pieces.spaced_title``, 春耕时节  铁牛下田)
    right above a caption's first line, under a finished paragraph, is the photo's own title
    (春分采茶忙 over 春分时节，…摄): the caption block starts with it. Not when the text under
    the caption opens a story (a dateline or a byline): that line is the story's headline.
    Returns the caption block's first line.

    >>> L = ["全县茶叶增产。", "采茶忙", "3月5日，茶农在茶园里采摘新茶。新华社记者  张  三摄", "乙县春耕生产正在推进。"]
    >>> _photo_title(L, _line_kinds(L), 2, 3, [])
    1
    >>> _photo_title(L[:3] + ["本报乙县3月5日电  乙县春耕生产正在推进。"], _line_kinds(L), 2, 3, [])
    2
    """
    title = first - 1
    if title < 1 or kinds[title] != "headline" \
            or (len(lines[title]) > page_rules().running["photo_title_max_len"] and not spaced_title(lines[title])) \
            or (kinds[title - 1] == "body" and not is_complete(lines[title - 1])):
        return first
    if after < len(lines) and (kinds[after] == "byline" or opener(lines[after])):
        return first
    log.append(Decision("photo_title", title, lines[title]))
    return title


def infer_gaps(lines: list[str], log: list[Decision] | None = None, *, reflowed: bool = False,
               blank_before: frozenset = frozenset(), joined: frozenset = frozenset()) -> frozenset:
    """Indexes of the lines that start a block, for a page without blank lines (one
    paragraph a line); empty when the text does not read as such a page (hard-wrapped
    lines, unless ``reflowed`` into paragraph lines already, or fewer than
    ``min_headline_groups`` story heads). ``blank_before``: the lines a blank line of the
    text layer stood before (a page with a few stray blank lines): a headline run under one
    ends the block above it (rule after_blank_line), as one under a block end does.
    ``joined``: the lines a reflow joined from several column lines (``reflow.reflow_page``).

    >>> page = ["甲市发布节能方案",
    ...         "本报甲市1月5日电  甲市日前发布节能降碳行动方案，力争到2027年单位生产总值能耗下降15",
    ...         "乙省春耕忙",
    ...         "本报乙省1月5日电  眼下正值春耕备耕关键时期，乙省各地抢抓农时，组织农民开展田间管理。",
    ...         "%以上。方案提出二十项具体措施。"]
    >>> sorted(infer_gaps(page))
    [1, 2, 3, 4]
    """
    log = log if log is not None else []
    mark = len(log)  # this page's own decisions start here
    pr, run = page_rules(), page_rules().running
    if not lines or any(not ln.strip() for ln in lines) or (not reflowed and is_wrapped_page([lines])):
        return frozenset()
    kinds = _line_kinds(lines, joined)
    page_text = "\n".join(lines)
    pairs = _page_pairs(page_text)
    _cut_comma_lines(lines, kinds, pairs, log)
    gaps: set[int] = set()

    def gap(i: int, rule: str, detail: str) -> None:
        if 0 < i < len(lines) and i not in gaps:
            gaps.add(i)
            log.append(Decision(rule, i, detail[:20]))

    open_cuts: list[int] = []  # indexes of the lines that ended at a column end
    made: list[Counter] = []

    def trigrams() -> Counter:
        """The page's three-character runs (rule word_tail_of_three), counted when first needed."""
        if not made:
            made.append(_trigram_counts(lines))
        return made[0]

    start, start_continues = 0, False  # the current block's first line: a continuation?

    def caption_start(i: int) -> None:
        """Where the caption that ends on line i-1 (its credit) starts, when the block it
        stands in started above it."""
        prev = lines[i - 1]
        if start_continues and start < i - 1:
            # the block opened by going on with a cut sentence: the caption is only the
            # credit's own line, or the line before a lone credit
            first = i - 1 if _has_text(prev) or start == i - 2 else i - 2
            gap(_photo_title(lines, kinds, first, i, log), "caption_start", prev)
        elif reflowed and start < i - 1:
            # rule reflowed_caption_line: a reflowed page set the caption in one line (its
            # text and credit, or its text over a lone credit): a block of its own
            first = i - 1 if _has_text(prev) or kinds[i - 2] != "body" else i - 2
            gap(_photo_title(lines, kinds, first, i, log), "caption_start", prev)

    for i in range(1, len(lines)):
        prev, kind = lines[i - 1], kinds[i - 1]
        if _column_end(prev, kind) and not (i > 1 and is_quote_source(prev, lines[i - 2])):
            gap(i, "column_end", prev[-8:])
            open_cuts = (open_cuts + [i - 1])[-pr.fit["window"]:]
        elif kind == "caption":
            caption_start(i)
            gap(i, "after_caption", prev)
        elif kind in ("attribution", "end") and not (kinds[i] == kind and _opens_bracket(prev)):
            gap(i, "after_source", prev)  # not inside a note wrapped over lines
        elif kinds[i] == "byline" and not _is_box_label(lines[i]):
            gap(i, "before_byline", lines[i])  # the byline opens the block under it
        elif kind == "meta" or kinds[i] == "meta":
            gap(i, "around_meta", lines[i])
        elif kinds[i] == "body" and _best_fit(lines, open_cuts, i, pairs) >= run["strong_fit"]:
            gap(i, "continues_open_cut", lines[i])
        elif kinds[i] == "body" and _is_tail_line(lines[i]) \
                and _best_fit(lines, open_cuts, i, pairs) >= pr.fit["min_join"] + 1:
            gap(i, "tail_line_continues", lines[i])
        elif kinds[i] == "body" and closes_unopened_quote(lines[i]) and is_complete(prev) \
                and _best_fit(lines, open_cuts, i, pairs) >= pr.fit["min_join"] + 1:
            gap(i, "closing_quote_continues", lines[i])
        elif kinds[i] == "body" and is_complete(prev) and open_cuts \
                and _starts_with_cut_word_tail(lines, open_cuts, i, pairs, trigrams()):
            gap(i, "word_tail_continues", lines[i])
        elif kinds[i] == "body" and starts_inside_figure(lines[i]) \
                and _best_fit(lines, open_cuts, i, pairs) >= pr.fit["min_join"] + 1:
            gap(i, "figure_start_continues", lines[i])
        if i in gaps:
            start, start_continues = i, _best_fit(lines, open_cuts, i, pairs) >= pr.fit["min_join"] + 1
    if len(lines) > 1 and kinds[-1] == "caption":
        # rule caption_at_page_foot: a caption on the page's last line starts where a caption
        # inside the page would (the loop above looks at a caption only from the line under it)
        caption_start(len(lines))
    heads = 0
    runs = _headline_runs(lines, kinds)
    lone = [lines[a] for a, b in runs if a == b and not _before_byline(lines, kinds, b)]
    kicker_runs = [(lines[a], lines[a + 1]) for a, b in runs if a < b and not _before_byline(lines, kinds, b)]
    runs = _subhead_over_head(lines, kinds, runs, lone, log)
    column_labels = repeated_column_labels(lines, runs)
    # rule photo_title: a title line the caption block under it starts with is the photo's own
    # title, no story head (its caption would be cut off and lost with an article of no text)
    photo_titles = {d.score for d in log[mark:] if d.rule == "photo_title"}
    for i, b in runs:
        if i == b and i in photo_titles:
            continue
        evidence = _heads_story(lines, kinds, i, b, gaps, pairs)
        column_label = b > i and lines[i].strip() in column_labels
        if column_label and evidence in ("", "under_kicker"):
            # rule repeated_column_label: the run opens with the page's column label (see
            # ``repeated_column_labels``): a story's kicker, so the run heads a story
            log.append(Decision("repeated_column_label", i, lines[i][:20]))
            evidence = "under_column_label"
        if not evidence and i in blank_before and i not in gaps:
            # rule after_blank_line: the text layer itself set the run apart from the text above
            evidence = _heads_story(lines, kinds, i, b, gaps | {i}, pairs) and "after_blank_line"
        series = evidence in ("topic_shift", "head_signals", "after_block_end", "after_blank_line") and i == b \
            and sum(same_shape(lines[i], s) for s in lone) > 1
        if series:
            # rule subhead_series: a feature's sub-heads are set alike (竹编出山，带动村民增收 |
            # 一杯清茶，留住八方来客); a line shaped like another one-line headline on the page,
            # with no byline or dateline under either, is one of them, however far its text
            # drifts from the column above it
            log.append(Decision("subhead_series", i, lines[i][:20]))
            evidence = ""
        alike = [head for label, head in kicker_runs if same_shape(lines[i], label, needs_joining_mark=False)]
        labels = evidence == "under_kicker" and "·" not in lines[i] \
            and (len(alike) > 2 or (len(alike) == 2 and all(map(halves_joined, alike))))
        if labels:
            # rule subhead_label_series: a feature's sections each open with a short label
            # over their sub-head (政策环境优化 | 简化…, 创新能力提升 | 建设…); three or more
            # label lines set alike, none with a byline or dateline under it, are sections of
            # one article, not kickers of stories; rule subhead_label_pair: so are two when
            # both lines under them are two halves joined by a comma or a space (简化审批流程，
            # 打造企业服务中心), the shape of a section's sub-head
            log.append(Decision("subhead_label_series" if len(alike) > 2 else "subhead_label_pair",
                                i, lines[i][:20]))
            evidence = ""
        # a sub-head inside a cut sentence is a block of its own; one of a series (either rule)
        # stays with the section text under it even where a block ended above it (a caption
        # set just before a section's label: as a block of its own it would head a story)
        if not evidence and i in gaps and not series and not labels:
            gap(b + 1, "subhead_inside_cut", lines[i])
        if evidence == "under_box_label":
            gap(i - 1, "story_head", evidence)  # the label goes with the box's title, as its kicker
        top = headline_lines_above(lines, kinds, i, b) if evidence else i
        if top < i:
            # rule comma_headline_line: the title began a line or two higher, on a short line
            # ending in ，or 、 (引题， | 主题): one title, no kicker line
            log.append(Decision("comma_headline_line", top, lines[top][:20]))
            gaps.discard(i)
            gap(top, "story_head", evidence)
            gap(b + 1, "story_head", evidence)
            heads += evidence not in ("topic_shift", "head_signals")
            continue
        if evidence:
            heads += evidence not in ("topic_shift", "head_signals")  # a page needs heads with layout evidence
            gap(i, "story_head", evidence)
            gap(b + 1, "story_head", evidence)
            if column_label or b > i and _kicker_at(lines, i, b, _before_byline(lines, kinds, b), pairs, page_text):
                gap(i + 1, "kicker_line", lines[i])
    if heads < pr.min_headline_groups:
        return frozenset()
    return frozenset(gaps)
