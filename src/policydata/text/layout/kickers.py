"""Headline runs of a page without blank lines: is a run's first line a kicker, 引题 or column
label over the title, or the title's first half? (``running_blocks`` reads the runs; these are
its rules for the lines of one run.)

- ``_is_kicker``: a short first line, a middle-dot label, or (rule kicker_over_two_line_title)
  a line over a title set larger on two lines, or (rule kicker_over_couplet_title) a short
  line over a title set as a couplet (two lines of the same length);
- ``_kicker_at``: the same for a run of the page, with rule title_wrapped_in_word (one title
  wrapped inside a word) and rule title_half_named_below (a short first line the story's text
  writes word for word is the title's first half);
- ``repeated_column_labels``, ``same_shape``, ``halves_joined``: the shapes of a page's run
  lines that tell a column's name (said again word for word) from a feature's section labels
  and sub-heads (set alike);
- ``_is_title_half``: a comma-ended half of a title set on two lines (rule title_half_stacked;
  rule title_half_at_list_comma: or one ended on an enumeration comma).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import load as load_lexicon
from ..segment import CJK_CHAR
from .blocks import ends_dangling, is_complete
from .rules import page_rules, rules


def _is_title_half(text: str, stacked: bool = False) -> bool:
    """A short line that ends on a comma and holds no other mark: the first half of a
    title set on two lines (国货美妆，), when a headline line follows. Rule
    title_half_stacked: with a headline line above it too (``stacked``: a kicker or column
    label over the title), a longer half (``title_half_stacked_max_len``) is one as well.

    >>> _is_title_half("国货美妆，"), _is_title_half("首先，要抓好落实，"), _is_title_half("随着城市人口不断增加，")
    (True, False, False)
    >>> _is_title_half("从老作坊到现代化车间，"), _is_title_half("从老作坊到现代化车间，", stacked=True)
    (False, True)

    Rule title_half_at_list_comma: a title whose two halves are two items of a list is set
    on two lines at its enumeration comma (机器人巡检一圈、 | 节省两小时): a short line that
    ends on 、 is its first half as well; a line of text ends on 、 only where a column cut it.

    >>> _is_title_half("新苗出土三天、"), _is_title_half("这台“帮手”巡检十分钟、", stacked=True)
    (True, True)
    >>> _is_title_half("粮食、蔬菜、"), _is_title_half("这台“帮手”巡检十分钟、")
    (False, False)
    """
    body = text.rstrip()
    most = page_rules().running["title_half_stacked_max_len" if stacked else "title_half_max_len"]
    return len(body) <= most and body[-1:] in ("，", ",", "、") \
        and not re.search(r"[，,。；;：:、！？!?]", body[:-1])


def _kicker_at(lines: list[str], a: int, b: int, ends_at_byline: bool, pairs: dict[str, int], text: str) -> bool:
    """Is the first line of the headline run lines[a..b] a kicker (``_is_kicker``) and no title
    wrapped in a word (``_title_wrapped_in_word``)? When only rule kicker_over_two_line_title
    says kicker (a title set larger on the two lines under it), a word across the break must be
    one the page writes twice or more: the title's type says more than one chance pair.

    >>> _kicker_at(["春季农事新气象观察", "一家合作社", "三次扩产", "正文。"], 0, 2, False, {"察一": 1}, "")
    True
    >>> _kicker_at(["龙舟竞渡", "激活乡村文旅", "端午前夕，一场龙舟竞渡在江面上举行。"], 0, 1, False, {}, "")
    False
    """
    after = lines[a + 2] if b > a + 1 else ""
    if not _is_kicker(lines[a], lines[a + 1], ends_at_byline, after):
        return False
    head = lines[a].strip()
    below = "".join(lines[b + 1:b + 1 + page_rules().running["topic_lines_below"]])
    if len(head) >= 3 and "·" not in head and head in below:
        # rule title_half_named_below: a short first line that the story's first lines write
        # word for word (龙舟竞渡 | 激活乡村文旅 over …一场龙舟竞渡在江面上举行) names the story's
        # subject: the title's first half, no column's kicker (人民时评 is written in no text)
        return False
    if after and not _is_kicker(lines[a], lines[a + 1], ends_at_byline):
        last, first = lines[a].rstrip()[-1:], lines[a + 1].lstrip()[:1]
        return pairs.get(last + first, 0) < 2
    return not _title_wrapped_in_word(lines[a], lines[a + 1], pairs, text)


def _title_wrapped_in_word(line: str, nxt: str, pairs: dict[str, int], text: str = "") -> bool:
    """Rule title_wrapped_in_word: a headline line whose last character makes a word of the
    page's text with the next line's first (某市领导看 | 望慰问群众, where the text says 看望)
    is the first half of one title wrapped in its column, no kicker. Rule
    title_wrapped_after_quote: so is a line that ends with a quoted term when the page's
    ``text`` writes that term on with the next line's first two characters (甲市“三五” |
    规划编制启动, where the text says “三五”规划).

    >>> _title_wrapped_in_word("某市领导看", "望慰问群众", {"看望": 1}), _title_wrapped_in_word("人民时评", "如何看", {})
    (True, False)
    >>> _title_wrapped_in_word("甲市“三五”", "规划编制启动", {}, "编制好甲市“三五”规划。")
    True
    >>> _title_wrapped_in_word("大数据观察", "“数字乡村”建设提速", {}, "“数字乡村”建设")
    False
    """
    last, first = line.rstrip()[-1:], nxt.lstrip()[:1]
    if last == "”" and "“" in line and text:
        term = line.rstrip()[line.rfind("“"):]
        return len(term) >= 3 and term + nxt.lstrip()[:2] in text
    return bool(last and first and CJK_CHAR.match(last) and CJK_CHAR.match(first)) \
        and pairs.get(last + first, 0) >= 1


def _is_kicker(line: str, nxt: str, ends_at_byline: bool, after: str = "") -> bool:
    """The first line of a story's headline run is a kicker, 引题 or column label (人民时评,
    稳外贸政策持续发力, 大数据观察·投资中国), not the first half of a two-line title: it is
    shorter than the next line, which is no ——subtitle and does not go on with it (a
    dangling end, a non-initial start), and either the run ends at a byline or dateline,
    or the line is very short, or it joins two labels with a middle dot.

    Rule kicker_over_two_line_title: with a third headline line ``after`` under the next, the
    first line is a kicker however long when the two lines under it are one title set on two
    lines (the title's type is the run's largest): the next ends on a comma that parts the
    title's halves (一座老粮站， | 变身农民文化中心), or both are shorter than the first by
    ``kicker_title_margin`` characters or more (一家合作社 | 三次扩产 under a longer kicker).

    >>> _is_kicker("乡村振兴新气象", "一条老街，", False, "带火一座小城"), _is_kicker("乡村振兴新气象", "一条老街", False, "带火小城")
    (True, True)
    >>> _is_kicker("全县数字农业服务", "中心正式投入使用", False, "带动农户增收")
    False

    Rule kicker_over_couplet_title: a short label over a title set as two balanced halves of
    the same length is a kicker even when it is no shorter than them:

    >>> _is_kicker("评论员观察", "稳住基本盘", False, "激发新动能"), _is_kicker("评论员观察", "稳住基本盘", False)
    (True, False)
    """
    r, run = rules(), page_rules().running
    if "·" in line:
        return True
    if not nxt or r.subtitle.match(nxt) or ends_dangling(line) or nxt[0] in r.non_initial_chars \
            or line.rstrip()[-1:] in "，,、":
        return False
    if after and not r.subtitle.match(after) and _is_title_half(nxt, stacked=True):
        return True  # rule kicker_over_two_line_title: the title's halves parted at its comma
    if after and not r.subtitle.match(after) and after[0] not in r.non_initial_chars \
            and max(len(nxt), len(after)) + run["kicker_title_margin"] <= len(line):
        return True  # rule kicker_over_two_line_title: a title set larger, on two shorter lines
    if after and _is_couplet(nxt, after) and len(line) <= run["kicker_max_len"]:
        return True  # rule kicker_over_couplet_title: a short label over a title set as a couplet
    if len(line) >= len(nxt):
        return False
    if _verb_takes_next(line):
        return False  # rule verb_takes_next_line: 某市开展 | “某某”服务行动 is one title
    return ends_at_byline or len(line) <= run["kicker_max_len"]


def _verb_takes_next(line: str) -> bool:
    """Rule verb_takes_next_line: a headline line that ends on a verb which takes a programme as
    its object (measure_verbs.json ``program_verbs``: 开展, 启动, 印发…) right after a place or a
    body as its subject (甲市开展, 某某局启动) leaves its object to the next line: the two lines are
    one title, no kicker over it. A label that ends on such a verb used as a noun (权威发布) or
    after an adverb (加快推进: no object) names no subject before it.

    >>> _verb_takes_next("甲市开展"), _verb_takes_next("乙县农业局启动"), _verb_takes_next("乡村振兴扎实推进")
    (True, True, False)
    >>> _verb_takes_next("权威发布"), _verb_takes_next("人民时评")
    (False, False)
    """
    verbs, subjects = _program_verbs()
    verb = next((v for v in verbs if line.endswith(v)), "")
    rest = line[:-len(verb)] if verb else ""
    return len(rest) >= 2 and rest.endswith(subjects)


@lru_cache(maxsize=1)
def _program_verbs() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The programme verbs (measure_verbs.json ``program_verbs``, longest first) and the ends of
    a place or body that acts as their subject (layout.json ``verb_subject_units`` and
    measure_verbs.json ``body_suffixes``)."""
    lex = load_lexicon("measure_verbs.json")
    verbs = tuple(sorted(lex["program_verbs"], key=len, reverse=True))
    return verbs, tuple(page_rules().running["verb_subject_units"]) + tuple(lex["body_suffixes"])


def _is_couplet(first: str, second: str) -> bool:
    """Rule kicker_over_couplet_title: two headline lines of the same length, short
    (``couplet_line_max_len``), without a mark, are one title set as two balanced halves
    (对仗: 稳住基本盘 | 激发新动能); a short line over such a pair is a column label or kicker
    (时评 | 稳住基本盘 | 激发新动能), however its length compares with theirs.

    >>> _is_couplet("稳住基本盘", "激发新动能"), _is_couplet("稳住基本盘", "激发动能"), _is_couplet("春耕，", "夏耘，")
    (True, False, False)
    """
    a, b = first.strip(), second.strip()
    return len(a) == len(b) and 2 < len(a) <= page_rules().running["couplet_line_max_len"] \
        and not re.search(r"[^\w“”‘’·]", a + b)


def repeated_column_labels(lines: list[str], runs: list[tuple[int, int]]) -> set[str]:
    """Rule repeated_column_label: the first line of a headline run of two or more lines that
    opens two or more runs of the page word for word (at most ``label_max_len`` characters, no
    sentence end) is the name of a column the page runs several stories in (栏目: 乡村新观察 over
    each of three stories): a kicker over each story's title, no part of it. A feature's section
    labels are set alike but say different things (rule subhead_label_series); a column's name
    is the same words each time.

    >>> L = ["田野新观察", "甲村种茶", "带富一方", "正文。", "田野新观察", "乙镇养蜂", "甜了日子", "正文。"]
    >>> repeated_column_labels(L, [(0, 2), (4, 6)])
    {'田野新观察'}
    >>> repeated_column_labels(L, [(0, 2), (4, 4)]), repeated_column_labels(L[:4] + ["田园新观察"] + L[5:], [(0, 2), (4, 6)])
    (set(), set())
    """
    most = page_rules().running["label_max_len"]
    firsts = [lines[a].strip() for a, b in runs if b > a]
    return {t for t in firsts if firsts.count(t) >= 2 and len(t) <= most
            and not rules().inner_sentence_end.search(t) and not is_complete(t)}


#: rule quoted_term_halves: a line opening with a short quoted term and going on after it
_QUOTED_TERM_HALF = re.compile(r"^“[^“”，,。：:]{1,6}”[^“”，,。：:！？!?]{2,}$")


def same_shape(line: str, other: str, *, needs_joining_mark: bool = True) -> bool:
    """Are two short lines set alike: the same length, with the same marks (anything but a
    Chinese character) at the same places? Two halves of a sub-head must also share a
    comma or a space that joins them (``needs_joining_mark``: 竹编出山，带动村民增收 and
    一杯清茶，留住八方来客); label lines need none (投资政策优化 and 创新能力升级).

    >>> [same_shape("竹编出山，带动村民增收", t) for t in ("一杯清茶，留住八方来客", "一杯清茶留住八方来客",
    ...                                                 "古建彩绘：绘出劳务品牌", "一杯清茶，带动了一方致富")]
    [True, False, False, False]
    >>> same_shape("数字乡村建设提速", "智慧农业走进田间"), same_shape("湖北：春耕备耕有序推进", "江西：早稻育秧全面铺开")
    (False, False)
    >>> same_shape("“快办”让群众少跑腿", "“暖心”帮企业解难题"), same_shape("“快办”让群众少跑腿", "“暖心”帮企业解难")
    (True, False)
    >>> [same_shape("投资政策优化", t, needs_joining_mark=False) for t in ("创新能力升级", "服务保障")]
    [True, False]
    """
    def marks(text: str) -> list[tuple[int, str]]:
        return [(k, c) for k, c in enumerate(text) if not CJK_CHAR.match(c)]
    # a label and a colon (湖北：春耕备耕有序推进 | 江西：早稻育秧全面铺开) heads briefs, each
    # a story of its own: only a comma or a space joins the two halves of a sub-head, or
    # (rule quoted_term_halves) a quoted term the rest of the line says something of
    # (“好点子”变成产品 | “好邻居”化身伙伴: a feature's parallel sub-heads)
    if needs_joining_mark and not any(c in "，, \u3000" for _, c in marks(line)) \
            and not _QUOTED_TERM_HALF.match(line):
        return False
    return len(line) == len(other) and marks(line) == marks(other)


_HALVES_JOIN = re.compile(r"[，,]|\s+")


def halves_joined(line: str) -> bool:
    """Rule subhead_label_pair's sub-head shape: two runs of Chinese characters (two or more
    each) joined by one comma or a space, no other mark (完善服务，打造集聚区; 发挥优势  顺应浪潮).

    >>> [halves_joined(t) for t in ("完善服务，打造集聚区", "发挥优势  顺应浪潮", "甲市外贸开局良好",
    ...                             "甲市：外贸开局良好", "稳外贸，“新三样”出口旺", "好，很好，非常好")]
    [True, True, False, False, False, False]
    """
    halves = _HALVES_JOIN.split(line.strip())
    return len(halves) == 2 and all(len(h) >= 2 and all(CJK_CHAR.match(c) for c in h) for h in halves)
