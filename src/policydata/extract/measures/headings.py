"""Blocks and sentences that hold no measures: headings, captions, bylines, inline section labels,
summary sentences, and sections of guiding thought and principles."""
from __future__ import annotations

import re

from ...document import Block, Span
from ...text.item_numbers import item_number
from .clauses import _modal_at, _skip_prefixes
from .rules import _any, load_verbs

_NUMBERED_HEADING = re.compile(item_number("chinese"))  # a heading numbered 一、 (text.item_numbers)
_TRAILING_NOTE = re.compile(r"[（(][^（）()]{1,40}[）)]$")  # a bracketed note closing a heading
_OPEN_END = re.compile(r"[。！？!?；;，,：:）)”]$")  # a heading does not end in mid-sentence punctuation
_HEADING_NUMBER = re.compile(r"^\W*[（(]?[一二三四五六七八九十\d]+[）)、.．]?")  # the number (and marks) a heading opens with
_ONLY_BRACKETED = re.compile(r"\s*[（(][^（）()]*[）)]\s*")  # a rest that is only a bracketed note


#: Block kinds that never hold measures (layout keeps headings in the text for context).
NON_MEASURE_BLOCK_KINDS = {"heading", "headline", "subheadline", "title", "caption", "byline",
                           "attribution", "source"}


def _looks_like_heading(block: Block, lex: dict) -> bool:
    """A layout heading, or defensively a short line without terminal punctuation, or a caption/byline."""
    t = block.text.strip()
    if block.kind in NON_MEASURE_BLOCK_KINDS:
        return True
    if _any(lex["caption_patterns"], t) or _any(lex["byline_patterns"], t):
        return True
    # 一、科技政策（由市科技局牵头实施）: a note after a heading leaves it a heading
    t = _TRAILING_NOTE.sub("", t) if _NUMBERED_HEADING.match(t) else t
    return len(t) <= 30 and not _OPEN_END.search(t)


def _is_principle_heading(heading: str, lex: dict) -> bool:
    """三、基本原则 / （一）指导思想。: a section of principles, not of measures.

    >>> _is_principle_heading("三、基本原则", load_verbs()), _is_principle_heading("四、主要任务", load_verbs())
    (True, False)
    """
    t = _HEADING_NUMBER.sub("", heading.strip())
    return any(t.startswith(w) for w in lex["principle_headings"])


def _is_goal_heading(heading: str, lex: dict) -> bool:
    """（二）发展目标 / 一、总体目标: a principle heading over a plan's goals, where rule
    goal_section_action reads the sentences that name the line of work (进一步健全…，着力构建…).

    >>> _is_goal_heading("一、总体目标", load_verbs()), _is_goal_heading("三、基本原则", load_verbs())
    (True, False)
    """
    t = _HEADING_NUMBER.sub("", heading.strip())
    return any(t.startswith(w) for w in lex["goal_headings"])


def goal_section_action(sentence: str, lex: dict) -> bool:
    """Rule goal_section_action: a sentence of a goal section that holds a clause led by a word of
    effort (进一步健全…, 着力构建…) states the line of work toward the goal, read clause by clause;
    a sentence of goals only (到2027年，…基本建成…; 公共服务体系基本建成) stays no measure.

    >>> lex = load_verbs()
    >>> goal_section_action("围绕稳岗扩岗，进一步健全培训机制，着力提升服务水平。", lex)
    True
    >>> goal_section_action("农村供水体系基本建成，水质进一步提升。", lex)
    False
    """
    return _any(lex["goal_section_action_patterns"], sentence)


#: rule lead_line: the longest paragraph-opening one-clause sentence read as the paragraph's heading
_LEAD_LINE_MAX = 16
_LEAD_LINE_MARKS = re.compile(r"[，,；;：:、]")


def _is_lead_line(sentence: str, rest: str) -> bool:
    """Rule lead_line (official documents: work reports, plans, opinions; news keeps its short
    sentences): a paragraph that opens with a short sentence of one clause (at most
    ``_LEAD_LINE_MAX`` characters after its number, no comma, colon or enumeration) and goes on
    with more sentences states its topic in that sentence (扩大有效投资。深化项目推进…。), as a
    heading does: the measures are the sentences after it. A longer or compound opening
    (以…引领…, 加快推进…，实施…) is a sentence of its own.

    >>> _is_lead_line("扩大有效投资。", "深化重点项目建设，新开工项目500个。")
    True
    >>> _is_lead_line("扩大有效投资。", ""), _is_lead_line("实施城市更新行动，改造老旧小区500个。", "推进…。")
    (False, False)
    >>> _is_lead_line("今年要实施城市更新行动。", "新建改造老旧小区。")
    False
    """
    t = _HEADING_NUMBER.sub("", sentence.strip()).rstrip("。！!")
    if not sentence.strip().endswith(("。", "！", "!")) or not t or len(t) > _LEAD_LINE_MAX or _LEAD_LINE_MARKS.search(t):
        return False
    if _skip_prefixes(t, 0) > 0 or _modal_at(t, 0):
        return False  # 今年要实施…。 / 下一步，…: a time word or a modal commits, no topic line
    return bool(re.search(r"[。！？!?；;]", rest.strip()))


def is_topic_paragraph(block: Block, next_block: Block | None) -> bool:
    """Rule topic_paragraph (official documents): a paragraph that is one short sentence of one
    clause (打造宜居城市。, as rule lead_line reads it) followed by a paragraph of its own sentences
    is the heading of that paragraph set on a line of its own: the measures are the sentences
    after it, which state the same commitment (a heading and its body count once).

    >>> body = Block("body", 8, 30, "推进城市更新立法。统筹开展老旧小区改造。")
    >>> is_topic_paragraph(Block("body", 0, 7, "建设宜居城市。"), body)
    True
    >>> is_topic_paragraph(Block("body", 0, 7, "建设宜居城市。"), None)
    False
    >>> is_topic_paragraph(Block("body", 0, 13, "推进城市更新。改造小区。"), body)
    False
    """
    t = block.text.strip()
    if next_block is None or re.search(r"[。！？!?；;]", t.rstrip("。！!")):
        return False  # the last paragraph, or more than one sentence: a paragraph of measures
    # the next paragraph holds more than one sentence (a list of one-line items heads nothing)
    return _is_lead_line(t, next_block.text.strip().rstrip("。！!"))


#: rule sub_topic_line: the longest one-clause sentence inside a paragraph read as a topic line
_SUB_TOPIC_MAX = 6


def _is_sub_topic_line(sentence: str) -> bool:
    """Rule sub_topic_line (official documents): inside a paragraph, a sentence of one short
    clause (at most ``_SUB_TOPIC_MAX`` characters, verb and object: 稳住投资。提升服务。) between
    longer sentences names the topic of the sentences after it, as rule lead_line's opening
    sentence does for the whole paragraph; a longer one (加强物业服务监管。) is a measure of its own.

    >>> _is_sub_topic_line("稳住投资。"), _is_sub_topic_line("加强物业服务监管。"), _is_sub_topic_line("要稳岗位。")
    (True, False, False)
    """
    t = _HEADING_NUMBER.sub("", sentence.strip()).rstrip("。！!")
    if not sentence.strip().endswith(("。", "！", "!")) or not t or len(t) > _SUB_TOPIC_MAX or \
            _LEAD_LINE_MARKS.search(t) or re.search(r"[\d“”《》]", t):
        return False
    return not (_skip_prefixes(t, 0) > 0 or _modal_at(t, 0))


def _is_inline_heading(sentence: Span, block: Block, lex: dict, official: bool = False,
                       headed: bool = False) -> bool:
    """（三）完善渔船装备研发体系。 at the head of a paragraph: a section label, not a measure.
    ``official``: the document is an official one (rule lead_line applies); ``headed``: a topic
    paragraph (rule topic_paragraph) heads this one, so its first sentence is no lead line."""
    t = sentence.text.strip()
    if sentence.start <= block.start + 1 and _any(lex["dash_lead_patterns"], t):
        return True  # ——现代化产业体系建设取得重要进展。: a dash-led lead line, alone or not
    if official and sentence.start > block.start + 1 and sentence.end < block.end - 1 and _is_sub_topic_line(t):
        return True  # rule sub_topic_line: …。稳住投资。实施…。 a short topic line inside the paragraph
    if not (sentence.start <= block.start + 1 and sentence.end < block.end - 1):
        return False
    if _ONLY_BRACKETED.fullmatch(block.text[sentence.end - block.start:]):
        return False  # 1.加快培育外贸主体。（牵头单位：…）: only its note follows, an item, no label
    if len(t) <= 30 and _any(lex["inline_heading_patterns"], t) and not re.search(r"[，,]", t):
        return True
    if official and not headed and _is_lead_line(t, block.text[sentence.end - block.start:]):
        return True
    # 二是依靠创新引领产业升级，增强城乡区域发展新动能。 + the paragraph's own measures: a summary
    return len(t) <= 40 and _any(lex["summary_heading_patterns"], t)
