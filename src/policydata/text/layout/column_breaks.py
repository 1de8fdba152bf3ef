"""Column breaks on a page of blocks: which later block goes on with a cut sentence.

``fit`` scores how well the start of a block continues the unfinished end of another
(punctuation at the cut, a word or a number split across it, a quote closed, a
construction completed), as named rules (``Decision``) with the weights of
``layout.json``'s ``page_blocks.fit``; ``_match_breaks`` pairs cut ends with their
continuations, best scores first. Headline blocks that stand inside a cut are no story
heads: a sub-head (``_headlines_inside_cut``), a line that goes on with the cut
(``_headlines_that_continue``), a photo's title over its caption (``_photo_titles``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..segment import CJK_CHAR
from .line_widths import display_width, set_width
from .blocks import _is_headline_like, _is_lead, ends_dangling, is_complete, opener, starts_paragraph
from .page_blocks import _Chunk
from .rules import any_match, lexicon_word_pairs, page_rules, rules
from .topics import CJK_RUN, _pairs_of

_CLAUSE_MARK = re.compile(r"[，,。；;：:、！？!?]")  # a clause or sentence mark


@dataclass(frozen=True)
class Decision:
    """One named rule applied to one block, with its score (for debugging)."""

    rule: str
    score: float
    detail: str


def _page_pairs(page_text: str) -> dict[str, int]:
    """Counts of adjacent Chinese character pairs on the page ("" holds their total)."""
    # pairs lie inside runs of Chinese characters; counted by Counter's C loop, first seen first
    counts: dict[str, int] = dict(Counter(run[k:k + 2] for run in CJK_RUN.findall(page_text)
                                          for k in range(len(run) - 1)))
    counts[""] = sum(counts.values())
    return counts


def _standing_term(clause: str, mark: str, pairs: dict[str, int]) -> bool:
    """Rule standing_term_opens: a block's short first clause (3 to ``tiny_first_clause_max``
    Chinese characters, closed by a comma) each of whose character pairs the page uses again
    is a term the page writes whole elsewhere, not the tail of a word cut at the break.

    >>> _standing_term("稳中求进", "，", {"稳中": 2, "中求": 3, "求进": 2})
    True
    >>> _standing_term("稳中求进", "，", {"稳中": 1, "中求": 3, "求进": 2}), _standing_term("业", "，", {})
    (False, False)
    """
    return mark in "，," and bool(mark) and 3 <= len(clause) <= rules().tiny_first_clause_max \
        and all(CJK_CHAR.match(c) for c in clause) \
        and all(pairs.get(clause[k:k + 2], 0) >= 2 for k in range(len(clause) - 1))


def _first_clause(text: str) -> tuple[str, str]:
    m = _CLAUSE_MARK.search(text)
    return (text[: m.start()], text[m.start()]) if m else (text, "")


_FIGURE_START = re.compile(r"[0-9０-９]")
_WORD_TAIL = re.compile(r"([\u4e00-\u9fff])(?:约|超过?|达到?|近|逾)?[0-9０-９]")


def tail_clause(text: str) -> str:
    """The last clause of ``text`` (after its last punctuation mark)."""
    return _CLAUSE_MARK.split(text)[-1]


def starts_with_word_tail(text: str) -> bool:
    """Does ``text`` start with the tail of a word cut at a column break: one character,
    then a figure (费约1.5亿元，…), in a block with a sentence end (no headline)? A
    character that may stand before a number (近, 第, 从, 每: ``figure_openers``) opens a
    sentence as well.

    >>> [starts_with_word_tail(t) for t in ("费约1.5亿元，群众受益。", "盖5000余人次，合格率提升。",
    ...                                     "近3年来，全县新建学校10所。", "每1元投入带来5元产出。",
    ...                                     "从2023年起，试点扩大。", "建5G基站", "2025年，全县增长5%。",
    ...                                     "作为5年计划的一部分，活动开幕。")]
    [True, True, False, False, False, False, False, False]
    """
    m = _WORD_TAIL.match(text)
    return bool(m) and m.group(1) not in page_rules().fit["figure_openers"] \
        and any(c in text for c in rules().terminators)


def starts_inside_figure(text: str) -> bool:
    """Does ``text`` start inside a figure phrase, as a line cut off a sentence does: with
    the tail of a word before a figure (``starts_with_word_tail``) or with the figure
    itself, when no paragraph opener reads it (2025年， 3月5日， open paragraphs)?

    >>> [starts_inside_figure(t) for t in ("3.2亿元，同比增长12%。", "费约1.5亿元，群众受益。",
    ...                                    "2025年，全县增长5%。", "全县增长5%。")]
    [True, True, False, False]
    """
    if starts_with_word_tail(text):
        return True
    return bool(_FIGURE_START.match(text)) and not opens_story(text)


#: coordinating conjunctions that join nouns (A和B, A与B, A及B, A以及B, A或B)
_CONJUNCTIONS = ("以及", "和", "与", "及", "或")


def _conjunct_tail(before: str, clause: str, mark: str, dangling: str, pairs: dict[str, int]) -> bool:
    """Rule conjunct_tail: the block opens with a conjunction and a short noun phrase that ends
    the sentence (和精神之源。): the second conjunct of a phrase the cut left on a noun (…的历史),
    which no sentence opens with. The cut must end on a whole word: its last two characters a
    pair the page writes elsewhere too (纽带 twice or more), and its last character no start of
    a word the page writes twice or more (…主动探 | 和…, the page writing 探索: the cut may fall
    inside that word).

    >>> _conjunct_tail("成为两国交往的纽带", "和友谊之桥", "。", "的和", {"纽带": 2})
    True
    >>> [_conjunct_tail("成为两国交往的纽带", c, m, "的和", {"纽带": 2}) for c, m in (("和去年相比", "，"), ("和友谊之桥", "，"))]
    [False, False]
    >>> _conjunct_tail("打消了老人主动探", "和尝试的念头", "。", "的和", {"动探": 2, "探索": 2}), _conjunct_tail("化解各类矛", "和困难", "。", "的和", {"类矛": 1})
    (False, False)
    """
    before = before.rstrip()
    if not (mark in "。！？!?" and bool(mark) and clause.startswith(_CONJUNCTIONS)
            and len(clause) <= page_rules().fit["conjunct_tail_max"] and bool(before)
            and bool(CJK_CHAR.match(before[-1])) and before[-1] not in dangling):
        return False
    return pairs.get(before[-2:], 0) >= 2 and not any(n >= 2 and pair[:1] == before[-1] for pair, n in pairs.items())


def _count_after_count(before: str, after: str, units: str) -> bool:
    """Rule count_after_count: the cut ends on a count (起诉930件) and the next block opens
    with a count of another measure (1920人，…): two counts of one item set side by side, the
    cases and the people they concern, which no sentence opens with (dates left out).

    >>> _count_after_count("共受理案件930件", "1920人，办结800件。", "件人年月日")
    True
    >>> [_count_after_count("共受理案件930件", t, "件人年月日") for t in ("12件，办结800件。", "2026年，全县增长。")]
    [False, False]
    """
    counted = "".join(u for u in units if u not in "年月日天%％‰")
    end = re.search(rf"[0-9][0-9.]*[万亿千百]?([{re.escape(counted)}])$", before.rstrip())
    start = re.match(rf"[0-9][0-9.]*[万亿千百]?([{re.escape(counted)}])", after.lstrip())
    return bool(end and start) and end.group(1) != start.group(1)


def opens_story(text: str) -> bool:
    """Does ``text`` open a paragraph (a paragraph-start word) or set a scene in time
    (``page_blocks.story_opening``: 这些天， 清晨，)?

    >>> opens_story("这些天，浙江某地的产业园里一派忙碌。"), opens_story("天，产业园里一派忙碌。")
    (True, False)
    """
    return starts_paragraph(text) or opens_scene(text)


def opens_scene(text: str) -> bool:
    """Does ``text`` set a story's scene in time (``page_blocks.story_opening``: 这些天，
    清晨， 前不久，)?

    >>> opens_scene("前不久，甲县举办了茶叶节。"), opens_scene("不久的将来，")
    (True, False)
    """
    return any_match(page_rules().story_opening, text)


_DATE_PARTS = (("年", re.compile(r"\d{1,2}月")), ("月", re.compile(r"\d{1,2}日")))


def splits_date(before: str, after: str) -> bool:
    """Does the cut fall inside a date: a year and its month, a month and its day?

    >>> splits_date("项目于2020年", "12月31日开工建设。"), splits_date("全年增长5%", "12月起实施。"), splits_date("2025年", "全市新建学校10所。")
    (True, False, False)
    """
    before, after = before.rstrip(), after.lstrip()
    return any(before.endswith(unit) and before[-2:-1].isdigit() and bool(start.match(after))
               for unit, start in _DATE_PARTS)


def fit(before: str, after: str, pairs: dict[str, int] | None = None) -> tuple[float, list[Decision]]:
    """How well ``after`` (the start of a block) continues the unfinished ``before``
    (the last paragraph of an article), as a score and the rules that gave it.

    >>> fit("从2022年的净亏", "损15亿元转为盈利3亿元。", {"亏损": 2})[0] >= 2
    True
    >>> fit("小米研发投入计划超2000", "亿元，三一重工坚定转型。")[0] >= 2
    True
    >>> fit("推动大中小", "2026年，全市新建学校10所。")[0] < 0
    True
    """
    r, f = rules(), page_rules().fit
    pairs = pairs or {}
    before, after = before.rstrip(), after.strip()
    out: list[Decision] = []
    if not before or not after:
        return -99.0, out

    def rule(name: str, detail: str = "") -> None:
        out.append(Decision(name, f[name], detail))

    last, first = before[-1], after[0]
    punct_end = last in "，,、"
    clause, mark = _first_clause(after)
    standing = _standing_term(clause, mark, pairs)
    if punct_end:
        rule("comma_end", last)
    elif ends_dangling(before):
        rule("function_word_end", last)
    if first in r.non_initial_chars:
        rule("punct_after_punct" if punct_end and not CJK_CHAR.match(first) else "non_initial_start", first)
    # 的 | 小巷: a function word and the next character make no word, however often the page has them
    if standing:
        # rule standing_term_opens: the block opens with a short clause the page writes
        # elsewhere too (稳中求进，… under a title that says 稳中求进): a term of the page that
        # stands whole, neither the tail of a word cut across the break nor a tail fragment
        out.append(Decision("standing_term_opens", 0, clause))
    elif CJK_CHAR.match(last) and CJK_CHAR.match(first) and last not in r.dangling_chars:
        uses = pairs.get(last + first, 0)
        if uses >= 2:
            rule("split_word_often", last + first)
        elif last + first in lexicon_word_pairs():
            rule("split_word_lexicon", last + first)
        elif uses == 1:
            rule("split_word_once", last + first)
    # 约2.6 | 万吨, 增长12. | 5%: the cut falls inside a figure
    in_number = last.isdigit() or (last in ".．" and before[-2:-1].isdigit())
    if in_number and (first.isdigit() or (last.isdigit() and first in f["units"])):
        rule("split_number", last + first)
    if _conjunct_tail(before, clause, mark, r.dangling_chars, pairs):
        rule("conjunct_tail", clause)
    if _count_after_count(before, after, f["units"]):
        rule("count_after_count", before[-6:] + "|" + after[:6])
    # rule split_date: 于2020年 | 12月31日开工, 3月 | 5日召开: the cut falls inside a date, whose
    # month or day under the cut opens no paragraph
    split_date = splits_date(before, after)
    if split_date:
        rule("split_date", before[-5:] + "|" + after[:6])
    # 下一步， 同时， opens a paragraph, 这些天， 清晨， sets a scene: no tail of a clause,
    # nor the end of 在…下
    opens = opens_story(after)
    if mark and len(clause) <= r.tiny_first_clause_max and mark not in "、：:" and not opens and not standing:
        # 气温、 | 降水变化，…: after an enumeration comma a short item goes on with the list
        rule("enumeration_item" if last == "、" else "fragment_after_punct" if punct_end else "tail_fragment",
             clause + mark)
    if not opens and _FIGURE_START.match(after) and re.search(f["figure_takers"], tail_clause(before)):
        rule("figure_after_taker", tail_clause(before)[-2:] + after[:3])
    if starts_with_word_tail(after):
        rule("word_tail_before_figure", after[:4])
    # rule comparison_goes_on: …吞吐量同比 | 分别增长2.0%: a comparison word (同比, 较上年) is
    # followed by the change it compares, never by a new sentence
    if before.endswith(r.comparison_words) and re.match(f["change_openers"], after):
        rule("comparison_goes_on", before[-3:] + "|" + after[:4])
    dateline = opener(after)
    if dateline:
        rule("dateline_opener", dateline[:12])
    elif opens and split_date:
        pass  # the month or day opens no paragraph: it goes on with the year or month above
    elif opens and (any(d.rule == "split_word_often" for d in out)
                    or any(d.rule in ("split_word_once", "split_word_lexicon") for d in out)
                    and starts_paragraph(before[-1:] + after)):
        # rule opener_inside_word: a word the page uses often read across the break (法雷 | 奥生产
        # 体系经理某某介绍: 法雷奥) says the opener starts inside that word: no paragraph opens there;
        # rule opener_spans_break: so does a word the page writes once, or a word of the lexicon,
        # when the opener reads the same with the cut's last character before it (联合创 | 始人某某
        # 说，, 副局 | 长某某介绍，: a speaker's title and name are any characters, so the opener
        # tells no word boundary at the break)
        rule("opener_inside_word", after[:6])
    elif opens:
        # 负责人介绍， | 今年以来全县…: after a comma or a function word a sentence often goes
        # on with a word that could open a paragraph; the cut weighs against the opener
        rule("opener_after_cut" if ends_dangling(before) else "paragraph_opener", after[:6])
    first_line = after.split("\n")[0]
    if len(first_line) < len(after) and _is_headline_like(first_line):
        rule("starts_with_heading", first_line)
    if before.count("“") > before.count("”"):
        close, open_ = after.find("”"), after.find("“")
        if close >= 0 and (open_ < 0 or close < open_):
            rule("closes_quote", "”")
    for opening, closing in (("（", "）"), ("(", ")")):  # brackets full- or half-width
        if before.count(opening) > before.count(closing):
            close, open_ = after.find(closing), after.find(opening)
            if close >= 0 and (open_ < 0 or close < open_):
                rule("closes_quote", closing)
    tail = tail_clause(before)
    for first_word, second_word in r.construction_pairs:
        at = tail.rfind(first_word)
        if at >= 0 and second_word not in tail[at + len(first_word):] and clause.startswith(second_word) \
                and not opens:
            rule("construction", first_word + "…" + second_word)
            break
    if before.endswith("、") and any(c in clause for c in r.enumeration_closers):
        rule("enumeration", clause)
    return sum(d.score for d in out), out


def _headlines_after_cuts(blocks: list[list[str]], kinds: list[str]):
    """Each headline block after a cut, with the cut ends it could continue: the last lines of
    the latest (up to the fit ``window``) body blocks before it that end mid-sentence.
    Yields (block position, those ends); a caller may re-kind the block it was given."""
    window = page_rules().fit["window"]
    open_ends: list[str] = []
    for b, kind in enumerate(kinds):
        if kind in ("body", "cut"):
            last = blocks[b][-1]
            if not is_complete(last):
                open_ends = (open_ends + [last])[-window:]
        elif kind == "headline" and open_ends:
            yield b, open_ends


def _headlines_that_continue(blocks: list[list[str]], kinds: list[str], pairs: dict[str, int],
                             log: list[Decision]) -> None:
    """A headline-like block that no byline or dateline follows and whose start clearly
    continues a recent cut paragraph (促 | 进中小企业…, fit of 2 or more) is body text
    (kind ``cut``: a body block whose lines are all text). A lone headline line over a
    block that opens a story (``opens_story`` or a lead) loses ``headline_over_story_opening``
    from that fit: it heads the story, and the cut goes on in a later block.

    Rule headline_under_headline: a headline block right under another headline block (a
    kicker or column label over it: 田野新观察 | 乙镇养蜂， | 甜了日子) belongs to that
    headline group; a cut sentence goes on in text, not under a headline line.

    >>> blocks = [["甲村今年新修水渠，灌溉"], ["田野新观察"], ["面积扩大，", "亩产提高"], ["乙镇养蜂户增收。"]]
    >>> kinds = ["body", "headline", "headline", "body"]
    >>> _headlines_that_continue(blocks, kinds, {}, []); kinds[2]
    'headline'
    """
    window = page_rules().fit["window"]
    for b, open_ends in _headlines_after_cuts(blocks, kinds):
        if kinds[b - 1] == "headline":
            continue  # rule headline_under_headline
        nxt = next((k for k in range(b + 1, len(kinds)) if kinds[k] != "meta"), None)
        if nxt is not None and (kinds[nxt] in ("byline", "name", "headline")
                                or (kinds[nxt] == "body" and opener(blocks[nxt][0]))):
            continue
        start = "".join(blocks[b])
        best, end = max((fit(end, start, pairs)[0], end) for end in open_ends)
        later = [k for k in range(nxt or b, min(len(kinds), b + 1 + window)) if kinds[k] == "body"]
        rival = max((fit(end, blocks[k][0], pairs)[0] for k in later), default=-99.0)
        if best >= 2 and rival >= best + page_rules().fit["cut_continues_elsewhere"]:
            # …主要电商 | 小家电变了新模样 | … | 平台销售额不断突破。: a body block further on
            # goes on with the cut at least as well; the headline keeps heading its story
            log.append(Decision("cut_continues_elsewhere", rival, start[:12]))
            continue
        if best >= 2 and nxt is not None and len(blocks[b]) == 1 and kinds[nxt] == "body" \
                and (opens_story(blocks[nxt][0]) or _is_lead(blocks[nxt][0])):
            # 小家电变了新模样 | 这些天，浙江…: a lone headline line over a story's opening
            # heads that story, though 电商 | 小家电 could make a word across the cut
            weight = page_rules().fit["headline_over_story_opening"]
            best += weight
            log.append(Decision("headline_over_story_opening", weight, f"{start[:12]} (fit now {best:g})"))
        if best >= 2:
            kinds[b] = "cut"
            log.append(Decision("headline_continues_cut", best, start[:12]))


def _headlines_inside_cut(blocks: list[list[str]], kinds: list[str], pairs: dict[str, int],
                          wrapped: bool, log: list[Decision]) -> None:
    """A headline block that no byline or dateline follows, standing between a block cut
    mid-sentence and a block that clearly goes on with that cut (数字产业 | 数据要素… |
    集群。…, fit of 2 or more), heads no story: it is a sub-head the text layer put
    inside the sentence. It moves after the continuing block's first paragraph (kind
    ``moved``), so the sentence rejoins and the sub-head stays in the article. The block
    under it must go on with the cut block's topic (more than ``topic_shift_max_share`` of
    its character pairs in the cut block; else rule ``headline_over_other_topic``)."""
    if wrapped:
        return
    for b, kind in enumerate(kinds):
        if kind != "headline" or b == 0 or b + 1 >= len(kinds):
            continue
        before, after = b - 1, b + 1
        if kinds[before] not in ("body", "cut") or kinds[after] != "body" or opener(blocks[after][0]):
            continue
        end = blocks[before][-1]
        if is_complete(end) or fit(end, blocks[after][0], pairs)[0] < 2:
            continue
        share = shared_share(blocks[before], blocks[after])
        if share <= page_rules().running["topic_shift_max_share"]:
            # …时间段的 | 小巷换了新模样 | 清晨，…: the block under it is another story's
            log.append(Decision("headline_over_other_topic", round(share, 3), blocks[b][0][:12]))
            continue
        blocks[after] = blocks[after][:1] + blocks[b] + blocks[after][1:]
        kinds[b] = "moved"
        log.append(Decision("headline_inside_cut", 2, blocks[b][0][:12]))


def _photo_titles(blocks: list[list[str]], kinds: list[str], pairs: dict[str, int],
                  log: list[Decision]) -> None:
    """Rule photo_title: a headline block set right over a caption block (a photo's own
    title line, 春耕正忙 | 3月2日，农民在…摄) heads no story when the body block under the
    caption goes on with a sentence an earlier block left cut (…装机容量达到 | 照片 |
    3.2亿千瓦。…, fit of 2 or more) and opens no story (no dateline, lead, paragraph
    opener): the photo stands inside another article's column. The title goes to the
    caption (kind ``moved``), as a title line in the caption's own block does."""
    for b, open_ends in _headlines_after_cuts(blocks, kinds):
        if b > 0 and kinds[b - 1] == "headline":
            continue
        cap = next((k for k in range(b + 1, len(kinds)) if kinds[k] != "meta"), None)
        if cap is None or kinds[cap] != "caption":
            continue
        body = next((k for k in range(cap + 1, len(kinds)) if kinds[k] != "meta"), None)
        if body is None or kinds[body] != "body":
            continue
        start = blocks[body][0]
        if opener(start) or opens_story(start) or _is_lead(start):
            continue
        best = max(fit(end, start, pairs)[0] for end in open_ends)
        if best < 2:
            continue
        blocks[cap] = blocks[b] + blocks[cap]
        kinds[b] = "moved"
        log.append(Decision("photo_title", best, blocks[b][0][:12]))


def shared_share(before: list[str], after: list[str]) -> float:
    """The share of the character pairs of ``after`` that ``before`` uses: a sub-head inside a
    cut sentence goes on with its article's topic, another story's head does not."""
    below = _pairs_of("".join(after))
    return len(below & _pairs_of("".join(before))) / len(below) if below else 1.0


def block_width(lines: list[str]) -> tuple[float, float] | None:
    """Rule block_width: the width a hard-wrapped block is set in (``line_widths.set_width``: the
    most common width, a tie to the wider) of its lines but the last (which may stop short), in
    characters and in display width (a half-width character counts ½); None when no width is
    held by two lines or more.

    >>> block_width(["甲县今年新修水渠二十公", "里，灌溉面积扩大了一倍", "多。"])
    (11, 11.0)
    >>> block_width(["甲县今年新修水渠。", "乙县。"]) is None
    True
    """
    full = [ln.strip() for ln in lines[:-1] if ln.strip()]
    (chars, in_chars), (shown, in_shown) = set_width(len(ln) for ln in full), set_width(display_width(ln) for ln in full)
    if not full or in_chars < 2 and in_shown < 2:
        return None
    return chars, shown


def width_fit(end: tuple[float, float] | None, start: tuple[float, float] | None) -> tuple[int, str]:
    """Rule block_width: how the widths of a cut block and a block that may continue it
    weigh: ``same_width`` when either measure agrees, ``other_width`` when both differ by
    more than ``chain_width_tolerance``, else nothing (a width unknown, or too close to tell).

    >>> width_fit((21, 19.5), (21, 20.0)), width_fit((21, 19.5), (17, 16.0)), width_fit(None, (17, 16.0))
    ((1, 'same_width'), (-2, 'other_width'), (0, ''))
    """
    if end is None or start is None:
        return 0, ""
    fit_w, most = page_rules().fit, page_rules().running["chain_width_tolerance"]
    if end[0] == start[0] or end[1] == start[1]:
        return fit_w["same_width"], "same_width"
    if abs(end[0] - start[0]) > most and abs(end[1] - start[1]) > most:
        return fit_w["other_width"], "other_width"
    return 0, ""


def _match_breaks(chunks: list[_Chunk], pairs: dict[str, int], log: list[Decision],
                  topic=None, widths: dict[int, tuple[float, float] | None] | None = None) -> dict[int, int]:
    """Pair each block that ends mid-sentence with the later block that continues it:
    every (end, start) pair within ``window`` blocks is scored by ``fit`` (plus a point
    when the start shares more distinctive character pairs with that end's article, or
    block, than with the other open ends': ``topic(j, i)``; on a hard-wrapped page plus
    ``width_fit`` of the two blocks' ``widths``, rule block_width), and the best pairs win,
    each end and start used once. Rule column_chain_in_order: an article's columns follow
    in page order, so a pair that skips a block set in the same width, which goes on with
    the end and is itself cut where the later block goes on, is routed through that block.
    Returns {start chunk position: end chunk position}.

    >>> from policydata.text.layout.page_blocks import _Chunk, _Para
    >>> texts = ["甲县今年新修水渠，灌溉全县的", "农田，粮食增产。全县还建成一座新型", "的泵站。"]
    >>> chunks = [_Chunk(k, [_Para(t, "body")], "", k) for k, t in enumerate(texts)]
    >>> log = []
    >>> sorted(_match_breaks(chunks, {}, log, widths={0: (15, 15.0), 1: (15, 15.0), 2: (15, 15.0)}).items())
    [(1, 0), (2, 1)]
    >>> [d.rule for d in log]
    ['continues', 'column_chain_in_order']
    >>> sorted(_match_breaks(chunks, {}, [], widths={0: (15, 15.0), 1: (11, 11.0), 2: (15, 15.0)}).items())
    [(2, 0)]
    """
    pr = page_rules()
    window = pr.fit["window"]
    ends = [i for i, c in enumerate(chunks) if c.paras and c.paras[-1].kind == "body"
            and not is_complete(c.paras[-1].text)]
    texts: dict[int, set[str]] = {}  # character pairs of a chunk, made when first needed

    def pairs_of(i: int) -> set[str]:
        if i not in texts:
            texts[i] = _pairs_of("".join(p.text for p in chunks[i].paras))
        return texts[i]
    scored = []
    by_start: dict[int, list[int]] = {}
    for i in ends:
        for j in range(i + 1, min(len(chunks), i + 1 + window)):
            if chunks[j].role != "head" and chunks[j].paras and chunks[j].paras[0].kind == "body":
                by_start.setdefault(j, []).append(i)
    for j, cands in by_start.items():
        start = chunks[j].paras[0].text
        if topic:  # the end's article is the one whose pairs explain the start best
            same = {i: topic(j, i) for i in cands}
        else:  # first pass: the end's block shares most pairs with the start
            shared = {i: len(pairs_of(j) & pairs_of(i)) for i in cands}
            top = max(cands, key=lambda i: (shared[i], i))
            same = {i: i == top and shared[i] > 0 for i in cands}
        for i in cands:
            score, used = fit(chunks[i].paras[-1].text, start, pairs)
            if same[i] and score >= 0:
                score += pr.fit["same_topic"]
                used = used + [Decision("same_topic", pr.fit["same_topic"], "")]
            weight, why = width_fit(widths.get(i), widths.get(j)) if widths else (0, "")
            if weight:
                score += weight
                used = used + [Decision(why, weight, "")]
            scored.append((score, -(j - i), i, j, used))
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    match: dict[int, int] = {}
    taken_ends: set[int] = set()
    for score, _, i, j, used in scored:
        if score < pr.fit["min_join"] or i in taken_ends or j in match:
            continue
        match[j] = i
        taken_ends.add(i)
        log.append(Decision("continues", score, f"{chunks[i].paras[-1].text[-8:]}|{chunks[j].paras[0].text[:8]} "
                            + ",".join(f"{d.rule}{d.score:+g}" for d in used)))
    if widths:
        _chain_in_order(chunks, match, taken_ends, {(i, j): x for x, _, i, j, _ in scored}, widths, log)
    return match


def _chain_in_order(chunks: list[_Chunk], match: dict[int, int], taken_ends: set[int],
                    score: dict[tuple[int, int], float], widths: dict, log: list[Decision]) -> None:
    """Rule column_chain_in_order: a matched pair end i -> start j that skips a block k set in
    the same width as both (``width_fit`` says same_width), where k's start goes on with i's end
    and k's own end with j's start (each at least ``min_join``) and neither of k's is taken,
    becomes i -> k -> j: an article's next column comes before its later ones."""
    least = page_rules().fit["min_join"]
    for j, i in sorted(match.items()):
        if match.get(j) != i:
            continue
        for k in range(i + 1, j):
            if k in match or k in taken_ends or widths.get(k) is None \
                    or score.get((i, k), -99) < least or score.get((k, j), -99) < least \
                    or width_fit(widths.get(i), widths.get(k))[1] != "same_width" \
                    or width_fit(widths.get(k), widths.get(j))[1] != "same_width":
                continue
            match[k], match[j] = i, k
            taken_ends.add(k)
            log.append(Decision("column_chain_in_order", k, f"{chunks[i].paras[-1].text[-8:]}|"
                                f"{chunks[k].paras[0].text[:8]}…{chunks[k].paras[-1].text[-8:]}|{chunks[j].paras[0].text[:8]}"))
            break
