"""Stage 2: document text -> articles -> sentences and clauses, with offsets.

The input is normalized text with one block per line (see ``reading``). Pages
taken from newspapers arrive broken: several articles run together, a sentence
is cut at a column break and continues some blocks later, a lead and a photo
caption stand inside another paragraph, headlines and bylines sit between
paragraphs. This module puts them back together in four steps:

1. **classify** every line (``classify_block``): caption, byline, attribution,
   article end, metadata (page furniture, web chrome), web info line
   (来源/作者/发布时间), numbered heading, headline-like line, or body; then fix kinds
   from neighbours: a lone photo credit takes the line before it into the caption,
   a related-links list and a page's section label (要闻) are dropped; the first
   line of a document or article is its headline unless it is clearly cut
   (``is_top_headline``), and a date-only line above it is its date;
2. **split** the page into articles (``_split_articles``) only where general
   evidence says a new article starts: a headline after an attribution line or
   an article-end line, or a headline group followed by a byline or an inline
   dateline (本报讯…, 新华社…电). A report or a web page with one text stays one
   article; a story's cut last paragraph may go on after the next story's headline;
3. **assemble** each article (``_assemble``): title group, byline,
   attribution; captions and metadata are dropped; a broken paragraph is joined
   to the later block that continues it (``_find_continuation``); a lead found
   out of place moves to the front;
4. **sentences and clauses** (``split_sentences``, ``split_clauses``).

A page whose text layer keeps its blocks apart (blank lines between headline
blocks, column pieces and captions) is rebuilt by ``layout_page`` instead, from the
blocks: one article per headline group, column breaks matched by named, scored rules
(``layout_page.explain_page`` lists every decision).

All patterns live in ``lexicons/layout.json``; this code only applies them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..document import Article, Block, Span
from ..lexicon import load as load_lexicon



# --------------------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class _Rules:
    """The compiled contents of ``lexicons/layout.json``."""

    terminators: str
    closers: str
    block_complete_extra: str
    pairs: tuple[tuple[str, str], ...]
    caption_max_len: int
    caption: tuple[re.Pattern, ...]
    byline_max_len: int
    byline: tuple[re.Pattern, ...]
    speaker: re.Pattern
    speaker_tail: re.Pattern
    attribution_max_len: int
    attribution: tuple[re.Pattern, ...]
    attribution_forbidden: re.Pattern
    article_end: tuple[re.Pattern, ...]
    meta: tuple[re.Pattern, ...]
    heading_max_len: int
    numbered_max_len: int
    numbered: tuple[re.Pattern, ...]
    inner_sentence_end: re.Pattern
    subtitle: re.Pattern
    doc_number: re.Pattern
    dangling_chars: str
    dangling_words: tuple[str, ...]
    start_words: tuple[str, ...]
    start_patterns: tuple[re.Pattern, ...]
    non_initial_chars: str
    tiny_first_clause_max: int
    short_block_max: int
    construction_pairs: tuple[tuple[str, str], ...]
    enumeration_closers: str
    lead_time: tuple[re.Pattern, ...]
    lead_event: tuple[re.Pattern, ...]
    max_title_join_lines: int
    document_types: tuple[str, ...]
    meta_max_len: int
    info_max_len: int
    info_keys: dict
    info_value_forbidden: re.Pattern
    related_header: re.Pattern
    link_bullet: re.Pattern
    opener: tuple[re.Pattern, ...]
    section_label_max_len: int
    credit_caption_max_len: int
    top_headline_max_len: int
    top_headline_allowed_final: str
    salutations: tuple[str, ...]
    date_line: re.Pattern
    lead_move_needs_layout: bool
    chart_credit: re.Pattern
    list_phrase_max_len: int
    list_line_max_len: int
    subhead_max_len: int
    headline_marks: str
    lead_cue: tuple[re.Pattern, ...]
    lead_cue_within: int
    min_new_article_evidence: int
    places: tuple[str, ...]


def _compile_all(patterns: list[str]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in patterns)


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """Load and compile the layout lexicon once."""
    lex = load_lexicon("layout.json")
    sf = lex["sentence_final"]
    return _Rules(
        terminators=sf["terminators"],
        closers=sf["closers"],
        block_complete_extra=sf["block_complete_extra"],
        pairs=tuple((a, b) for a, b in lex["protected_pairs"]["pairs"]),
        caption_max_len=lex["caption"]["max_len"],
        caption=_compile_all(lex["caption"]["end"] + lex["caption"]["start"]),
        byline_max_len=lex["byline"]["max_len"],
        byline=_compile_all(lex["byline"]["patterns"]),
        speaker=re.compile(lex["byline"]["speaker"]),
        speaker_tail=re.compile(lex["byline"]["speaker_tail"]),
        attribution_max_len=lex["attribution"]["max_len"],
        attribution=_compile_all(lex["attribution"]["patterns"]),
        attribution_forbidden=re.compile(lex["attribution"]["not_if_contains"]),
        article_end=_compile_all(lex["article_end"]["patterns"]),
        meta=_compile_all(lex["meta"]["patterns"]),
        heading_max_len=lex["heading"]["max_len"],
        numbered_max_len=lex["heading"]["numbered_max_len"],
        numbered=_compile_all(lex["heading"]["numbered"]),
        inner_sentence_end=re.compile(lex["heading"]["inner_sentence_end"]),
        subtitle=re.compile(lex["heading"]["subtitle"]),
        doc_number=re.compile(lex["heading"]["doc_number"]),
        dangling_chars=lex["dangling_end"]["chars"],
        dangling_words=tuple(lex["dangling_end"]["words"]),
        start_words=tuple(lex["paragraph_start"]["words"]),
        start_patterns=_compile_all(lex["paragraph_start"]["patterns"]),
        non_initial_chars=lex["continuation"]["non_initial_chars"],
        tiny_first_clause_max=lex["continuation"]["tiny_first_clause_max"],
        short_block_max=lex["continuation"]["short_block_max"],
        construction_pairs=tuple((a, b) for a, b in lex["continuation"]["pairs"]),
        enumeration_closers=lex["continuation"]["enumeration_closers"],
        lead_time=_compile_all(lex["lead"]["time"]),
        lead_event=_compile_all(lex["lead"]["event"]),
        max_title_join_lines=lex["page"]["max_title_join_lines"],
        document_types=tuple(lex["heading"]["document_types"]),
        meta_max_len=lex["meta"]["max_len"],
        info_max_len=lex["info_line"]["max_len"],
        info_keys=dict(lex["info_line"]["keys"]),
        info_value_forbidden=re.compile(lex["info_line"]["value_forbidden"]),
        related_header=re.compile(lex["related_links"]["header"]),
        link_bullet=re.compile(lex["related_links"]["bullet"]),
        opener=_compile_all(lex["opener"]["patterns"]),
        section_label_max_len=lex["page"]["section_label_max_len"],
        credit_caption_max_len=lex["page"]["credit_caption_max_len"],
        top_headline_max_len=lex["top_headline"]["max_len"],
        top_headline_allowed_final=lex["top_headline"]["allowed_final"],
        salutations=tuple(lex["top_headline"]["salutations"]),
        date_line=re.compile(lex["top_headline"]["date_line"]),
        lead_move_needs_layout=lex["page"]["lead_move_needs_layout"],
        chart_credit=re.compile(lex["caption"]["chart_credit"]),
        list_phrase_max_len=lex["heading"]["list_phrase_max_len"],
        list_line_max_len=lex["heading"]["list_line_max_len"],
        subhead_max_len=lex["new_article"]["subhead_max_len"],
        headline_marks=lex["new_article"]["headline_marks"],
        lead_cue=_compile_all(lex["new_article"]["lead_cue"]),
        lead_cue_within=lex["new_article"]["lead_cue_within"],
        min_new_article_evidence=lex["new_article"]["min_evidence"],
        places=tuple(lex["new_article"]["places"]),
    )


# --------------------------------------------------------------------------- block features

def _any(patterns: tuple[re.Pattern, ...], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def _strip_closing(text: str) -> str:
    """``text`` without trailing closing quotes/brackets and trailing parenthetical notes.

    A block that is one parenthetical note as a whole gives "".

    >>> _strip_closing("实施行动。（工业和信息化部负责）")
    '实施行动。'
    >>> _strip_closing("他说：“好。”"), _strip_closing("（此件公开发布）")
    ('他说：“好。', '')
    """
    r = rules()
    text = text.rstrip()
    while text:
        last = text[-1]
        if last in "）)":
            open_at = text.rfind("（" if last == "）" else "(")
            if open_at < 0:
                return text
            text = text[:open_at].rstrip()
            continue
        if last in r.closers:
            text = text[:-1].rstrip()
            continue
        return text
    return text


def is_complete(text: str) -> bool:
    """True when a block ends like a finished paragraph (sentence end or colon).

    >>> is_complete("推动高质量发展。"), is_complete("公共服务体系,促")
    (True, False)
    >>> is_complete("（十九）强化地方政府责任。（各省级人民政府负责）"), is_complete("（此件公开发布）")
    (True, True)
    """
    r = rules()
    core = _strip_closing(text)
    if not core:
        return True
    return core[-1] in r.terminators + r.block_complete_extra


def ends_dangling(text: str) -> bool:
    """True when a block ends on a comma, an enumeration comma or a function word.

    >>> ends_dangling("恶臭气体、"), ends_dangling("农业机械化和"), ends_dangling("划重点")
    (True, True, False)
    """
    r = rules()
    text = text.rstrip()
    if not text:
        return False
    return text[-1] in r.dangling_chars or text.endswith(r.dangling_words)


def starts_paragraph(text: str) -> bool:
    """True when a block opens like a new paragraph (time, connective, numbering, speaker...).

    >>> starts_paragraph("2026年工业经济如何稳中求进?"), starts_paragraph("进中小企业高质量发展。")
    (True, False)
    """
    r = rules()
    return text.startswith(r.start_words) or _any(r.start_patterns, text)


def _is_numbered_heading(text: str) -> bool:
    r = rules()
    if len(text) > r.numbered_max_len or not _any(r.numbered, text):
        return False
    # （二）发展目标。 is a heading; （一）指导思想。以习近平… is a numbered paragraph.
    inner = _strip_closing(text)[:-1]
    return not r.inner_sentence_end.search(inner)


def _is_phrase_list(text: str) -> bool:
    """A short line made only of 、-separated short phrases, without final punctuation:
    a heading (扩投资、促消费、稳工业), not a paragraph cut after its commas.

    >>> _is_phrase_list("扩投资、促消费、稳工业"), _is_phrase_list("强化餐饮油烟、恶臭气体、")
    (True, False)
    >>> _is_phrase_list("加快推进交通、水利等基础设施项目建设")
    False
    """
    r = rules()
    text = text.strip()
    if not text or len(text) > r.list_line_max_len or text[0] in r.non_initial_chars:
        return False
    phrases = re.split(r"[、\s]+", text)
    return (len(phrases) >= 2 and all(0 < len(p) <= r.list_phrase_max_len for p in phrases)
            and not re.search(r"[，,。！？；;：:!?…“”《》（）()]", text))


def _is_headline_like(text: str) -> bool:
    """Short block with no sentence end inside or at the end: a headline or heading."""
    r = rules()
    if _is_phrase_list(text):
        return True
    if len(text) > r.heading_max_len or r.inner_sentence_end.search(text):
        return False
    last = text[-1]
    if last in r.terminators or last in r.block_complete_extra or last in "，、,":
        return False
    # Headlines rarely hold more than one comma, or a comma in a long line: such a
    # line is the first part of a paragraph cut at a column break.
    commas = len(re.findall(r"[，,、]", text))
    if commas >= 2 or (commas and len(text) > 30):
        return False
    # 研究团队负责人介绍，团队在相干时间和: a comma and a function word at the end
    if commas and ends_dangling(text):
        return False
    return True


@lru_cache(maxsize=1)
def _info_key_regex() -> re.Pattern:
    keys = sorted(rules().info_keys, key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, keys)) + r")\s*[:：]\s*")


def info_fields(text: str) -> dict[str, str]:
    """Fields of a web page's information line (来源/作者/发布时间…), or {} if it is not one.

    A line is an information line when it starts with a known key and holds two or
    more ``key：value`` items (or one date item), with no sentence punctuation.

    >>> info_fields("来源：市市场监管局 作者：王明 发布时间：2026-03-05 10:20 字号：大 中 小")
    {'attribution': '来源：市市场监管局', 'byline': '作者：王明', 'date': '2026-03-05 10:20'}
    >>> info_fields("发布时间：2026年3月5日"), info_fields("时间：全年，目标：增长5%")
    ({'date': '2026年3月5日'}, {})
    """
    r = rules()
    line = text.strip().strip("【】[]").strip()
    if not line or len(line) > r.info_max_len:
        return {}
    items = list(_info_key_regex().finditer(line))
    if not items or items[0].start() != 0:
        return {}
    fields: dict[str, str] = {}
    for k, m in enumerate(items):
        end = items[k + 1].start() if k + 1 < len(items) else len(line)
        value = line[m.end():end].strip(" \t|｜【】[]/　")
        if r.info_value_forbidden.search(value):
            return {}
        role = r.info_keys[m.group(1)]
        if value and role != "drop" and role not in fields:
            fields[role] = value if role == "date" else f"{m.group(1)}：{value}"
    if len(items) == 1 and not (set(fields) == {"date"} and re.search(r"\d", fields["date"])):
        return {}
    return fields


def opener(text: str) -> str:
    """The inline dateline/byline that opens an article's first paragraph, or "".

    >>> opener("本报讯（记者 孙敏）日前，省政府印发措施。")
    '本报讯（记者 孙敏）'
    >>> opener("新华社广州3月2日电（记者 黄浩）2日，园区开园。"), opener("日前，园区开园。")
    ('新华社广州3月2日电（记者 黄浩）', '')
    """
    for pattern in rules().opener:
        m = pattern.match(text)
        if m:
            return m.group()
    return ""


def classify_block(text: str) -> str:
    """Kind of one stripped line, from general features only.

    Kinds: ``caption``, ``byline``, ``attribution``, ``end`` (closes an article),
    ``meta`` (editorial metadata, page furniture, web chrome), ``info`` (a web
    page's 来源/作者/发布时间 line, see ``info_fields``), ``numbered`` (numbered heading), ``headline``
    (short line without a sentence end: headline, sub-headline or heading) and
    ``body``.

    >>> classify_block("日前,在广西柳州市,工人在检查机器人。新华社发")
    'caption'
    >>> classify_block("记者 王皇 济南报道"), classify_block("据新华社、大众新闻等")
    ('byline', 'attribution')
    >>> classify_block("一、2023年工作回顾"), classify_block("强化餐饮油烟等 群众身边污染治理")
    ('numbered', 'headline')
    """
    r = rules()
    text = text.strip()
    if not text:
        return "meta"
    if len(text) <= r.meta_max_len and _any(r.meta, text):
        return "meta"
    if info_fields(text):
        return "info"
    if len(text) <= r.caption_max_len and _any(r.caption, text):
        return "caption"
    if len(text) <= r.byline_max_len and not re.search(r"[，,。！？；;]", text) and (
            _any(r.byline, text) or r.speaker.search(text)):
        return "byline"
    if (len(text) <= r.attribution_max_len and _any(r.attribution, text)
            and not r.attribution_forbidden.search(text.strip("（）()"))):
        return "attribution"
    if _any(r.article_end, text):
        return "end"
    if _is_numbered_heading(text):
        return "numbered"
    if _is_headline_like(text):
        return "headline"
    return "body"


def _is_lead(text: str) -> bool:
    """A lead names a time and an occasion (日前…举行…发布会)."""
    r = rules()
    return _any(r.lead_time, text) and _any(r.lead_event, text)


def is_date_line(text: str) -> bool:
    """True for a line that is only a date (the publication date above a headline).

    >>> is_date_line("2026-03-05"), is_date_line("2026年3月5日 10:20"), is_date_line("2026年GDP")
    (True, True, False)
    """
    return bool(rules().date_line.match(text.strip()))


def cut_evidence(before: str, after: str, context: str = "") -> bool:
    """Positive evidence that ``after`` goes on with a sentence cut at the end of ``before``.

    Evidence: ``before`` ends on a comma or a function word; ``after`` starts with a
    character that cannot start a sentence; or the two characters across the break
    form a word that ``context`` uses at least twice (促 | 进 -> 促进). A block that
    opens like a paragraph (2021年…, 日前…) is never such a continuation, except after
    a dangling end.

    >>> cut_evidence("研究团队在相干时间和", "门控精度方面取得突破。")
    True
    >>> cut_evidence("经济数据出炉：工业、投资均超三成", "生产、投资、消费三大指标保持增长。")
    False
    >>> cut_evidence("公共服务体系,促", "进中小企业发展。", "促进就业。促进消费。")
    True
    """
    r = rules()
    before, after = before.rstrip(), after.strip()
    if not before or not after:
        return False
    if ends_dangling(before):
        return True
    if after[0] in r.non_initial_chars:
        return True
    if starts_paragraph(after):
        return False
    return _boundary_word_evidence(before, after, context) >= 2


def is_top_headline(text: str, after: str = "", context: str = "") -> bool:
    """Is the first line of a document (or of an article) its headline?

    It is when it is short, has no sentence end inside, does not end like a
    finished sentence (a final ？ or ！ is allowed) or a cut one, is not a speech's
    salutation, and ``after`` (the next body block) shows no sign of continuing it
    (see ``cut_evidence``). Enumeration commas, colons and digits are allowed.

    >>> is_top_headline("1-2月全省经济数据出炉：工业、投资、消费同比增长均超两成", "今年1-2月，全省经济稳定恢复。")
    True
    >>> is_top_headline("经济如何稳中求进？", "日前，发布会举行。"), is_top_headline("同志们！", "今天开会。")
    (True, False)
    >>> is_top_headline("研究团队负责人介绍，团队在相干时间和", "门控精度方面取得突破。")
    False
    """
    r = rules()
    text = text.strip()
    if not text or len(text) > r.top_headline_max_len or r.inner_sentence_end.search(text):
        return False
    if text.startswith(r.salutations):
        return False
    core = _strip_closing(text)
    if not core:
        return False
    last = core[-1]
    if (last in r.terminators or last in r.block_complete_extra) \
            and last not in r.top_headline_allowed_final:
        return False
    if ends_dangling(text):
        return False
    return not (after and cut_evidence(text, after, context))


# --------------------------------------------------------------------------- continuation

_CLAUSE_BREAK = re.compile(r"[，,。；;：:、！？!?…]")


def _first_clause(text: str) -> str:
    m = _CLAUSE_BREAK.search(text)
    return text[: m.start()] if m else text


def _last_clause(text: str) -> str:
    parts = _CLAUSE_BREAK.split(text.rstrip("，,、"))
    return parts[-1] if parts else text


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _boundary_word_evidence(before: str, after: str, context: str) -> int:
    """Does the cut fall inside a word? The two characters across the boundary
    (促 | 进 -> 促进) are counted elsewhere in the page: a pair the page uses again is
    a word, a pair it never uses (促 | 制) is not. 2 for two or more uses, 1 for one.

    >>> _boundary_word_evidence("体系，促", "进中小企业发展。", "促进就业。建设促进中心。")
    2
    >>> _boundary_word_evidence("体系，促", "制造业是根基。", "促进就业。")
    0
    """
    if not context or not before or not after:
        return 0
    last, first = before.rstrip()[-1:], after.lstrip()[:1]
    if not (_CJK_CHAR.match(last) and _CJK_CHAR.match(first)) or last in rules().dangling_chars:
        return 0
    uses = context.count(last + first)
    return 2 if uses >= 2 else uses


def continuation_score(before: str, after: str, context: str = "") -> int:
    """How strongly ``after`` reads as the continuation of the unfinished ``before``.

    Positive evidence: ``after`` starts with a character that rarely starts a
    sentence, its first clause is a tiny fragment (为重点,), it is a short
    single-clause block (企业协同融通发展。), it closes an enumeration left open
    by ``before`` (恶臭气体、 | 噪声等), or it completes a construction (以… | 为…).
    Negative evidence: ``after`` opens like a paragraph (year, connective, speaker).
    With ``context`` (the page text), a character pair across the boundary that the
    page uses elsewhere counts as a word cut in two (促 | 进).

    >>> continuation_score("以68个城镇化潜力提升县", "为重点,推进城镇化建设。") >= 2
    True
    >>> continuation_score("公共服务体系,促", "2026年工业经济如何稳中求进?") < 0
    True
    """
    r = rules()
    after = after.strip()
    if not after:
        return -9
    score = 0
    if after[0] in r.non_initial_chars:
        score += 3
    if starts_paragraph(after):
        score -= 3
    clause = _first_clause(after)
    # 为重点, | 整社区。: a tiny clause closed by a comma or a sentence end is the tail of a
    # cut clause; 生产、投资、消费… (a list item) can open a paragraph.
    if (len(clause) < len(after) and len(clause) <= r.tiny_first_clause_max
            and after[len(clause)] not in "、：:"):
        score += 2
    terminators = sum(after.count(t) for t in r.terminators)
    if (len(after) <= r.short_block_max and terminators <= 1
            and not re.search(r"[，,、]", after)):
        score += 2
    if before.rstrip().endswith("、") and any(c in clause for c in r.enumeration_closers):
        score += 2
    tail = _last_clause(before)
    for first_word, second_word in r.construction_pairs:
        at = tail.rfind(first_word)
        if at >= 0 and second_word not in tail[at + len(first_word):] \
                and clause.startswith(second_word):
            score += 2
            break
    return score + _boundary_word_evidence(before, after, context)


@dataclass
class _Item:
    """A block of an article while it is being assembled."""

    kind: str  # heading, lead, body
    text: str
    used: bool = False  # consumed as the continuation of an earlier block
    maybe_fragment: bool = False  # a short heading-like line with a comma inside
    unnumbered: bool = False  # a heading without numbering (could be a short fragment)


_SEARCH_WINDOW = 8  # later body blocks considered as a continuation


def _find_continuation(items: list[_Item], i: int, context: str = "") -> int | None:
    """Index of the later body block that continues the unfinished ``items[i]``."""
    before = items[i].text
    candidates = [j for j in range(i + 1, len(items))
                  if items[j].kind == "body" and not items[j].used][:_SEARCH_WINDOW]
    scores = [continuation_score(before, items[j].text, context) for j in candidates]
    strong = [j for j, s in zip(candidates, scores) if s >= 2]
    if strong:
        # 保持投资稳 | 目标是： … 定增长。: prefer the block whose first characters
        # complete a word cut at the break (稳定) over one that merely looks short
        completing = [j for j in strong if _completes_cut_word(before, items[j].text, context)]
        return completing[0] if completing else strong[0]
    if scores and max(scores) >= 1 and max(scores) > scores[0]:
        # weak evidence still beats none: the block whose first word fits the cut
        return candidates[scores.index(max(scores))]
    nxt = next((j for j in range(i + 1, len(items)) if not items[j].used), None)
    if nxt is not None and _may_end_cut_sentence(before, items[nxt]):
        # 今年将安排专项资金， | 支持重点企业技术改造: a sentence cut right after a
        # comma cannot go on with a heading; the short line is its end.
        return nxt
    if not candidates:
        return None
    if not _looks_cut(before):
        return None  # a short unfinished line is a heading, not half a paragraph
    # No strong evidence: a paragraph cut at the end continues in the next body
    # block unless that one clearly opens a paragraph of its own.
    if scores[0] >= 0:
        return candidates[0]
    if ends_dangling(before):
        for j, s in zip(candidates, scores):
            if s >= 0:
                return j
    return None


def _completes_cut_word(before: str, after: str, context: str = "") -> bool:
    """``after`` starts mid-word: its first character cannot open a sentence, or it
    forms with the last character of ``before`` a word the page uses elsewhere.

    >>> _completes_cut_word("保持投资稳", "定增长。", "经济稳定。稳定就业。")
    True
    >>> _completes_cut_word("保持投资稳", "目标是：", "经济稳定。稳定就业。")
    False
    """
    after = after.strip()
    if not after:
        return False
    return after[0] in rules().non_initial_chars or _boundary_word_evidence(before, after, context) >= 2


def _looks_cut(text: str) -> bool:
    """An unfinished block is itself evidence of a cut only when it is longer than a
    headline, holds a clause comma, or ends on a comma or a function word
    (会议要求，各地要完善追溯体系，促 is cut; 经济数据出炉：工业、投资均超三成 is a headline).

    >>> _looks_cut("会议要求，各地要完善追溯体系，促"), _looks_cut("经济数据出炉：工业、投资均超三成")
    (True, False)
    """
    return (len(text) > rules().top_headline_max_len or ends_dangling(text)
            or bool(re.search(r"[，,]", text)))


def _may_end_cut_sentence(before: str, item: _Item) -> bool:
    """A short unnumbered line after a comma-cut block, not styled as a headline."""
    return (item.kind == "heading" and item.unnumbered and ends_dangling(before)
            and " " not in item.text and not starts_paragraph(item.text))


def _has_strong_continuation(items: list[_Item], i: int) -> bool:
    nxt = next((it for it in items[i + 1:] if it.kind == "body" and not it.used), None)
    return nxt is not None and continuation_score(items[i].text, nxt.text) >= 2


def _join(before: str, after: str) -> str:
    """Glue two halves of a sentence (a space only between two ASCII words)."""
    before, after = before.rstrip(), after.lstrip()
    if before and after and before[-1].isascii() and before[-1].isalnum() \
            and after[0].isascii() and after[0].isalnum():
        return before + " " + after
    return before + after


def _rejoin(items: list[_Item], page_mode: bool, context: str = "",
            move_leads: bool | None = None) -> list[_Item]:
    """Join broken paragraphs; move a displaced lead to the front. Returns the new order.

    A lead is moved only when ``move_leads`` (default: ``page_mode``); ``_assemble``
    sets it on a laid-out page only (several stories, or photo captions), where column
    layout puts a lead between the halves of a cut paragraph.
    """
    move_leads = page_mode if move_leads is None else move_leads
    lead: _Item | None = None
    for i, item in enumerate(items):
        if item.maybe_fragment and _has_strong_continuation(items, i):
            # 张云明表示,当前不少 | 中小企业在市场订单…: the first half of a paragraph
            # that is short enough to look like a heading
            item.kind = "body"
        if item.kind != "body" or item.used:
            continue
        while not is_complete(item.text):
            j = _find_continuation(items, i, context)
            if j is None:
                break
            if move_leads and lead is None:
                # A finished paragraph standing between the two halves is out of place;
                # if it reads like a lead it belongs at the top of the article.
                for k in range(i + 1, j):
                    between = items[k]
                    if between.kind == "body" and not between.used and \
                            is_complete(between.text) and _is_lead(between.text):
                        lead = between
                        break
            item.text = _join(item.text, items[j].text)
            items[j].used = True
    kept = [it for it in items if not it.used]
    if lead is not None:
        lead.kind = "lead"
        kept.remove(lead)
        kept.insert(0, lead)
    elif page_mode and kept and kept[0].kind == "body" and _is_lead(kept[0].text):
        kept[0].kind = "lead"
    return kept


# --------------------------------------------------------------------------- articles

@dataclass
class _Line:
    text: str
    kind: str


def _lines(text: str) -> list[_Line]:
    out = []
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            out.append(_Line(line, classify_block(line)))
    _drop_related_links(out)
    _attach_credit_lines(out)
    _drop_section_labels(out)
    out = [ln for ln in out if ln.kind != "gone"]
    _mark_top_lines(out, text)
    return out


_DATELINE = "dateline"  # a date-only line above a headline (its publication date)


def _article_starts(lines: list[_Line]) -> list[int]:
    """Indexes where a document or a new article's text may start: the top of the
    document and the line after an attribution or article-end line."""
    starts = [0]
    for i, ln in enumerate(lines):
        if ln.kind in ("attribution", "end") and i + 1 < len(lines):
            starts.append(i + 1)
    return starts


def _mark_top_lines(lines: list[_Line], context: str = "") -> None:
    """At the start of a document or article: a date-only line is a dateline, and a
    short first line classified as body (for its commas or its ？) is the headline when
    ``is_top_headline`` says so; a first line classified as headline whose next body
    block clearly continues it (健全服务体系，促 | 进中小企业发展。) is body. A line that
    goes on with the unfinished paragraph before an attribution line is left alone."""
    for start in _article_starts(lines):
        i = start
        while i < len(lines) and lines[i].kind in _DROPPED:
            i += 1
        while i < len(lines) and lines[i].kind in ("headline", "body") and is_date_line(lines[i].text):
            lines[i].kind = _DATELINE
            i += 1
            while i < len(lines) and lines[i].kind in _DROPPED:
                i += 1
        if i >= len(lines) or lines[i].kind not in ("body", "headline"):
            continue
        following = [ln for ln in lines[i + 1:] if ln.kind not in _DROPPED]
        if lines[i].kind == "headline":
            if following and following[0].kind == "body" \
                    and _continues_across_break(lines[i].text, following[0].text, context):
                lines[i].kind = "body"  # 健全服务体系，促 | 进中小企业发展。: a cut, not a headline
            continue
        if not following or following[0].kind not in ("body", "headline", "numbered", "byline") \
                or not any(ln.kind == "body" for ln in following):
            continue  # a headline is followed by text
        after = next((ln.text for ln in following if ln.kind == "body"), "")
        if start > 0 and _continues_previous(lines[:start], lines[i].text, context):
            continue
        if is_top_headline(lines[i].text, after, context):
            lines[i].kind = "headline"
        else:
            _mark_split_title(lines, i)


def _mark_split_title(lines: list[_Line], i: int) -> None:
    """国务院关于印发农业、农村、 | 农民增收行动方案的通知: short unfinished lines that
    together end with a document type are one title split over lines."""
    r = rules()
    joined = ""
    for k in range(i, min(i + r.max_title_join_lines, len(lines))):
        ln = lines[k]
        if ln.kind not in ("body", "headline") or is_complete(ln.text) \
                or len(ln.text) > r.top_headline_max_len:
            return
        joined += ln.text
        if k > i and _ends_with_document_type(joined) \
                and not r.inner_sentence_end.search(joined):
            for line in lines[i:k + 1]:
                line.kind = "headline"
            return


def _continues_across_break(before: str, after: str, context: str) -> bool:
    """Strong evidence only (no dangling end needed): ``after`` starts with a character
    that cannot open a sentence, or the characters across the break form a word the
    text uses at least twice."""
    after = after.strip()
    if not after:
        return False
    if after[0] in rules().non_initial_chars:
        return True
    return not starts_paragraph(after) and _boundary_word_evidence(before, after, context) >= 2


def _continues_previous(earlier: list[_Line], text: str, context: str) -> bool:
    """Does ``text`` go on with the last body block of ``earlier`` (cut at a column end)?"""
    prev = next((ln.text for ln in reversed(earlier) if ln.kind == "body"), "")
    return bool(prev) and not is_complete(prev) and cut_evidence(prev, text, context)


_DROPPED = {"caption", "meta", "info", "dateline"}


def _drop_related_links(lines: list[_Line]) -> None:
    """A web page's related-links list (相关新闻 + link titles, · bullet items) is metadata."""
    r = rules()
    in_list = False
    for ln in lines:
        if r.related_header.match(ln.text):
            ln.kind, in_list = "meta", True
        elif r.link_bullet.match(ln.text) and ln.kind in ("headline", "numbered"):
            ln.kind = "meta"
        elif in_list and ln.kind in ("headline", "numbered", "meta", "info"):
            ln.kind = "meta"
        else:
            in_list = False


def _is_credit_only(text: str) -> bool:
    """A photo credit standing alone: 本报记者 张三 摄, 新华社发, （资料图）, 郭晨凯 制图.

    A caption with its own text (两年平均增速前五位 郭晨凯 制图) is not one: a credit
    is one word, or words no longer than a name or a newsroom (新华社记者).

    >>> _is_credit_only("新华社记者 李贺 摄"), _is_credit_only("两年平均增速前五位 郭晨凯 制图")
    (True, False)
    """
    if len(text) > 20 or re.search(r"[，,。！？]", text) or classify_block(text) != "caption":
        return False
    words = [w for w in re.split(r"[\s/／]+", text.strip("（）() ")) if w]
    return len(words) <= 1 or all(len(w) <= 6 for w in words)


def _attach_credit_lines(lines: list[_Line]) -> None:
    """居民在小区内健身。 | 本报记者 何晓 摄: the short finished line before a lone
    credit is the caption's text; both become one caption."""
    r = rules()
    for i in range(1, len(lines)):
        ln, prev = lines[i], lines[i - 1]
        if not _is_credit_only(ln.text):
            continue
        # 两年平均增速前五位 | 郭晨凯 制图: a chart's title is a label without final punctuation
        chart_label = (prev.kind == "headline" and bool(r.chart_credit.search(ln.text))
                       and len(prev.text) <= r.subhead_max_len)
        if not (prev.kind == "body" or chart_label):
            continue
        if len(prev.text) > r.credit_caption_max_len or prev.text[0] in r.non_initial_chars \
                or not (chart_label or is_complete(prev.text)):
            continue
        ln.text = prev.text + " " + ln.text
        prev.kind = "gone"


def _drop_section_labels(lines: list[_Line]) -> None:
    """要闻 | 代表委员热议…: a very short headline right before a longer one is a page's
    section label."""
    r = rules()
    kept = [ln for ln in lines if ln.kind not in _DROPPED and ln.kind != "gone"]
    for k, (ln, nxt) in enumerate(zip(kept, kept[1:])):
        if not (ln.kind == "headline" and len(ln.text) <= r.section_label_max_len
                and nxt.kind == "headline" and len(nxt.text) > len(ln.text)
                and not re.search(r"[，,]", nxt.text)):
            continue
        # the longer line must head a story: its headline group ends at a byline or dateline
        # (国务院 | 2018年12月21日 | （此件公开发布） is a signature, not a label)
        j = k + 1
        while j < len(kept) and kept[j].kind == "headline":
            j += 1
        if j < len(kept) and (kept[j].kind == "byline"
                              or (kept[j].kind == "body" and opener(kept[j].text))):
            ln.kind = "meta"


def _unwrap_hard_wrapped(lines: list[_Line]) -> list[_Line]:
    """Join lines of a text hard-wrapped at a fixed width (most long lines unfinished)."""
    long_body = [ln for ln in lines if ln.kind == "body" and len(ln.text) >= 20]
    unfinished = [ln for ln in long_body if not is_complete(ln.text)]
    if len(long_body) < 3 or len(unfinished) * 2 < len(long_body):
        return lines
    out: list[_Line] = []
    for ln in lines:
        if out and out[-1].kind == "body" and not is_complete(out[-1].text) \
                and ln.kind in ("body", "headline"):
            merged = _join(out[-1].text, ln.text)
            out[-1] = _Line(merged, "body")
        else:
            out.append(ln)
    return out


def _split_articles(lines: list[_Line]) -> list[list[_Line]]:
    """Cut a page into articles where a new headline group clearly starts one, and
    after a source line (据上海证券报) that closes an article before more body text."""
    starts = [0]
    seen_body = False
    previous = None  # last kept line kind
    for i, ln in enumerate(lines):
        if ln.kind in _DROPPED:
            continue
        if ln.kind == "body" and seen_body and previous in ("attribution", "end"):
            # the source line closed the article; what follows is another one's text
            starts.append(i)
            seen_body = False
        if ln.kind == "headline" and seen_body:
            after_ending = previous in ("attribution", "end")
            j = i
            while j < len(lines) and lines[j].kind in ("headline", "caption", "meta"):
                j += 1
            before_byline = j < len(lines) and lines[j].kind == "byline"
            before_opener = j < len(lines) and lines[j].kind == "body" and bool(opener(lines[j].text))
            has_body_after = any(x.kind == "body" for x in lines[i + 1:])
            if ((after_ending or before_byline or before_opener) and has_body_after) \
                    or _starts_new_story(lines, i, starts[-1]):
                starts.append(i)
                seen_body = False
        if ln.kind == "body":
            seen_body = True
        previous = ln.kind
    bounds = starts + [len(lines)]
    return [lines[a:b] for a, b in zip(bounds, bounds[1:]) if a < b]


def _has_lead_cue(text: str) -> bool:
    """The opening of a lead names when: a date, 日前 or 近日 near its start.

    >>> _has_lead_cue("落实方案出来了。9月10日，省住建厅公布意见。"), _has_lead_cue("在已公布的省份中，增速较快。")
    (True, False)
    """
    r = rules()
    head = text[: r.lead_cue_within]
    return bool(opener(text)) or _any(r.lead_cue, head)


def _names_new_place(headline: str, article_text: str) -> bool:
    """The headline names a province-level place the current article never named.

    >>> _names_new_place("浙江方案出炉！", "国务院发布方案。"), _names_new_place("浙江方案出炉！", "浙江增速较快。")
    (True, False)
    """
    return any(p in headline and p not in article_text for p in rules().places)


def _starts_new_story(lines: list[_Line], i: int, article_start: int) -> bool:
    """Does the headline group at ``lines[i]`` start another story, though no byline or
    source line marks it? It must stand after another article's text (a paragraph, or
    one cut at a column end), be followed by body text, not read like a sub-head of the
    current article (short, no ！？), and enough evidence must agree: an exclamation or
    question headline, a place the article never named, a lead that says when.

    >>> page = [_Line(t, classify_block(t)) for t in (
    ...     "甲市发布方案", "记者 张三", "1月5日，甲市发布节能方案。", "方案提出节能目标。",
    ...     "乙省方案出炉！新增保障房占比力争超30%", "9月10日，乙省住建厅公布意见。")]
    >>> _starts_new_story(page, 4, 0)
    True
    """
    r = rules()
    previous = next((ln for ln in reversed(lines[article_start:i]) if ln.kind not in _DROPPED), None)
    if previous is None or previous.kind not in ("body", "attribution", "end"):
        return False
    group = []
    j = i
    while j < len(lines) and lines[j].kind in ("headline",) + tuple(_DROPPED):
        if lines[j].kind == "headline":
            group.append(lines[j].text)
        j += 1
    if j >= len(lines) or lines[j].kind != "body":
        return False
    headline = " ".join(group)
    marked = any(c in headline for c in r.headline_marks)
    if not marked and len(headline) <= r.subhead_max_len:
        return False  # reads like a section sub-head of the current article
    so_far = "".join(ln.text for ln in lines[article_start:i] if ln.kind not in _DROPPED)
    evidence = int(marked) + int(_names_new_place(headline, so_far)) + int(_has_lead_cue(lines[j].text))
    return evidence >= r.min_new_article_evidence


def _move_cross_article_continuations(segments: list[list[_Line]], context: str = "") -> None:
    """A story's last paragraph cut at a column end may go on after the next story's
    headline and byline (…相干时间和 | 聚焦全国两会 | 代表委员热议… | 记者… | 门控精度方面…).
    The next story's first body lines are moved back when they clearly continue it:
    strong continuation evidence, or a dangling end and nothing that opens a paragraph."""
    for k in range(len(segments) - 1):
        seg, nxt = segments[k], segments[k + 1]
        content = [i for i, ln in enumerate(seg) if ln.kind in ("body", "headline", "numbered")]
        if not content or seg[content[-1]].kind != "body" or is_complete(seg[content[-1]].text):
            continue
        last = seg[content[-1]].text
        bodies = [i for i, ln in enumerate(nxt) if ln.kind == "body"][:3]
        if len(bodies) < 2:
            continue  # never empty the next story
        for i in bodies:
            cand = nxt[i].text
            if opener(cand) or _is_lead(cand):
                continue
            score = continuation_score(last, cand, context)
            if score >= 2 or (score >= 0 and ends_dangling(last) and i == bodies[0]):
                at = content[-1] + 1
                seg.insert(at, nxt.pop(i))
                if _is_displaced_head(nxt[:i]):
                    _take_back_displaced_text(seg, nxt, i)
                break


_PAIR_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def _char_pairs(text: str) -> set[str]:
    """Adjacent word-character pairs of ``text`` (a cheap bag of words for Chinese).

    >>> sorted(_char_pairs("保障房，30%"))
    ['30', '保障', '障房']
    """
    return {text[k:k + 2] for k in range(len(text) - 1)
            if _PAIR_CHARS.match(text[k]) and _PAIR_CHARS.match(text[k + 1])}


def _closer_to_first(text: str, first: str, second: str) -> bool:
    """Does ``text`` share more distinctive character pairs with ``first`` than with ``second``?

    >>> _closer_to_first("《方案》部署了节能工程。", "国务院发布节能方案，部署工程。", "浙江保障房意见出炉。")
    True
    """
    pairs, a, b = _char_pairs(text), _char_pairs(first), _char_pairs(second)
    return len(pairs & (a - b)) > len(pairs & (b - a))


def _is_displaced_head(lines: list[_Line]) -> bool:
    """Only a story's head (headline group, at most one lead paragraph, captions) stands
    before the point where the previous story's cut paragraph goes on."""
    kinds = [ln.kind for ln in lines if ln.kind not in _DROPPED]
    return bool(kinds) and kinds[0] == "headline" and kinds.count("body") <= 1 \
        and set(kinds) <= {"headline", "body", "byline"}


def _take_back_displaced_text(seg: list[_Line], nxt: list[_Line], i: int) -> None:
    """The previous story goes on below the next story's head: move back the blocks from
    ``nxt[i]`` on while they read like the previous story (more distinctive character
    pairs in common with it than with the next story's head). A heading that belongs to
    the next story stays where it is; a body block that does stops the run; a source
    line after the run closes the previous story and goes with it."""
    head = "".join(ln.text for ln in nxt[:i] if ln.kind in ("headline", "body"))
    k = i
    while k < len(nxt):
        ln = nxt[k]
        if ln.kind in _DROPPED:
            k += 1
            continue
        if ln.kind in ("attribution", "end"):
            seg.append(nxt.pop(k))
            return
        if ln.kind not in ("body", "headline", "numbered"):
            return
        own = "".join(x.text for x in seg if x.kind in ("headline", "body", "numbered"))
        if _closer_to_first(ln.text, own, head):
            seg.append(nxt.pop(k))
            continue
        if ln.kind == "body":
            return
        head += ln.text  # a sub-head of the next story
        k += 1


def _merge_headless_segments(segments: list[list[_Line]]) -> list[list[_Line]]:
    """Text that follows a source line without a headline of its own is the body of the
    story before it when that story kept only its head (headline, lead, captions) after
    its displaced neighbour's text went back: 标题 | 导语 | [other story…据X] | 目标是：…"""
    merged: list[list[_Line]] = []
    for seg in segments:
        kinds = [ln.kind for ln in seg if ln.kind not in _DROPPED]
        if merged and kinds and kinds[0] == "body" and _is_displaced_head(merged[-1]):
            merged[-1] = merged[-1] + seg
        else:
            merged.append(seg)
    return merged


def _ends_with_document_type(text: str) -> bool:
    return text.rstrip("》）) ").endswith(rules().document_types)


def _title_continues(title: str, nxt: str, later: tuple[str, ...] = ()) -> bool:
    """A title line ending on a function word continues on the next line, and so does
    a 关于… line before the line that names the document type (which may be the
    line after ``nxt``: ``later`` are the title lines after it).

    >>> _title_continues("关于进一步加强城市", "燃气安全管理工作的通知")
    True
    >>> _title_continues("国务院关于有效发挥", "担保基金作用支持小微企业", ("发展的指导意见",))
    True
    >>> _title_continues("城市更新让老街区焕发新活力", "改造工作综述")
    False
    """
    r = rules()
    if ends_dangling(title) or (bool(nxt) and nxt[0] in r.non_initial_chars):
        return True
    if "关于" not in title or _ends_with_document_type(title) or r.doc_number.search(nxt):
        return False
    return _ends_with_document_type(nxt) or any(_ends_with_document_type(x) for x in later)


def _may_be_title_line(line: _Line) -> bool:
    """A headline, or a short unfinished body line (国务院关于印发A、B、C的通知 has commas)."""
    if line.kind == "headline":
        return True
    return (line.kind == "body" and len(line.text) <= rules().top_headline_max_len
            and not is_complete(line.text) and not rules().inner_sentence_end.search(line.text))


_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _split_title(title: str) -> tuple[str, str, str]:
    """Split 报告——2024年3月5日在…上国务院总理 李强 into title, subtitle, speaker."""
    r = rules()
    at = title.find("——")
    if at <= 0:
        return title, "", ""
    rest = title[at:]
    if not (_DATE.search(rest) or rest.startswith("——在")):
        return title, "", ""
    speaker = ""
    m = r.speaker_tail.search(rest)
    if m:
        speaker, rest = m.group(), rest[: m.start()]
    return title[:at].strip(), rest.strip(), speaker.strip()


def _without_kickers(content: list[_Line], lines: list[_Line]) -> list[_Line]:
    """Drop the kicker (引题) of a headline group: 稳外贸政策持续发力 | 前两月进出口增长5.2% | 记者….

    Only a group that ends at a byline or an inline dateline counts as one headline;
    in it, a line shorter than the next one (which is not a ——subtitle and does not
    continue it) is a kicker, and the longer line the main headline.
    """
    run = []
    for ln in content:
        if ln.kind != "headline":
            break
        run.append(ln)
    if len(run) < 2:
        return content
    after = lines.index(run[-1]) + 1
    while after < len(lines) and lines[after].kind in _DROPPED:
        after += 1
    ends_group = after < len(lines) and (
        lines[after].kind == "byline"
        or (lines[after].kind == "body" and bool(opener(lines[after].text))))
    if not ends_group:
        return content
    r = rules()
    drop = 0
    while (drop + 1 < len(run) and len(run[drop].text) < len(run[drop + 1].text)
           and not r.subtitle.match(run[drop + 1].text)
           and not _title_continues(run[drop].text, run[drop + 1].text)):
        drop += 1
    return content[drop:]


def _assemble(lines: list[_Line], index: int, title_hint: str, page_mode: bool,
              context: str = "", several_articles: bool = False,
              title_in_text: bool = False) -> Article:
    """One article from its lines: title group, fields, rejoined body."""
    r = rules()
    bylines: list[str] = []
    attributions: list[str] = []
    captions: list[str] = []
    content: list[_Line] = []
    date = ""
    for ln in lines:
        if ln.kind == "caption":
            captions.append(ln.text)
        elif ln.kind == "byline":
            bylines.append(ln.text)
        elif ln.kind == "attribution":
            attributions.append(ln.text)
        elif ln.kind == "info":
            fields = info_fields(ln.text)
            attributions += [fields["attribution"]] if "attribution" in fields else []
            bylines += [fields["byline"]] if "byline" in fields else []
            date = date or fields.get("date", "")
        elif ln.kind == _DATELINE:
            date = date or ln.text
        elif ln.kind in ("body", "headline", "numbered"):
            content.append(ln)
        # metadata and article-end marks are dropped; captions are kept apart
    first_body = next((ln.text for ln in content if ln.kind == "body"), "")
    if not bylines and opener(first_body):
        bylines.append(opener(first_body))
    content = _without_kickers(content, lines)

    title = ""
    items: list[_Item] = []
    pos = 0
    if content and (content[0].kind == "headline" or _is_short_question(content[0].text)):
        title = content[0].text
        pos = 1
        joined = 1
        while (pos < len(content) and joined < r.max_title_join_lines
               and _may_be_title_line(content[pos])
               and _title_continues(title, content[pos].text, _later_title_lines(
                   content, pos + 1, r.max_title_join_lines - joined - 1))):
            title = _join(title, content[pos].text)
            pos += 1
            joined += 1
        title, subtitle, speaker = _split_title(title)
        if subtitle:
            items.append(_Item("heading", subtitle))
        if speaker:
            bylines.insert(0, speaker)
    for ln in content[pos:]:
        kind = "body" if ln.kind == "body" else "heading"
        fragment = ln.kind == "headline" and bool(re.search(r"[，,]", ln.text))
        items.append(_Item(kind, ln.text, maybe_fragment=fragment,
                           unnumbered=ln.kind == "headline"))

    # a lead is displaced by column layout: trust a move only on a laid-out page
    laid_out = several_articles or bool(captions)
    move_leads = page_mode and (laid_out or not r.lead_move_needs_layout)
    items = _rejoin(items, page_mode, context, move_leads=move_leads)
    if title and title_in_text:
        # the headline is part of the document (its figures are facts too): keep it
        # as the first block, so later stages can quote it with offsets into the text
        items.insert(0, _Item("heading", title))
    if not title:
        title = title_hint.strip() if title_hint else ""
    if not title:
        first_heading = next((it.text for it in items if it.kind == "heading"), "")
        title = first_heading or (items[0].text[:50] if items else "")

    blocks: list[Block] = []
    parts: list[str] = []
    offset = 0
    for it in items:
        blocks.append(Block(it.kind, offset, offset + len(it.text), it.text))
        parts.append(it.text)
        offset += len(it.text) + 1
    article = Article(index=index, title=title, text="\n".join(parts), blocks=blocks,
                      byline="；".join(dict.fromkeys(bylines)),
                      attribution="；".join(dict.fromkeys(attributions)), captions=captions)
    if date:
        article.date = date  # a web page's 发布时间
    return article


def _later_title_lines(content: list[_Line], pos: int, n: int) -> tuple[str, ...]:
    """Up to ``n`` title-like lines from ``content[pos]`` on."""
    out = []
    for ln in content[pos:pos + max(n, 0)]:
        if not _may_be_title_line(ln):
            break
        out.append(ln.text)
    return tuple(out)


def _is_short_question(text: str) -> bool:
    """A short question line (未来城市什么样?) can head an article."""
    return len(text) <= 30 and text[-1] in "?？" and not rules().inner_sentence_end.search(text)


def _is_page(lines: list[_Line]) -> bool:
    """Newspaper evidence: captions, reporter bylines or source lines."""
    r = rules()
    for ln in lines:
        if ln.kind in ("caption", "attribution", "end", "info"):
            return True
        if ln.kind == "byline" and not r.speaker.search(ln.text):
            return True
    return False


def reconstruct_articles(text: str, *, title_hint: str = "",
                         title_in_text: bool = False, gaps=frozenset()) -> list[Article]:
    """Split normalized document text (one block per line) into articles.

    A newspaper page gives one article per story; a report or a web page with
    one text gives one article. Titles, bylines and attribution lines go to the
    article's fields, captions are dropped, broken paragraphs are rejoined.

    The title is the text's own headline (its first short line without a sentence
    end, see ``is_top_headline``); ``title_hint`` (e.g. from sources.csv) is used only
    when the text has none. With ``title_in_text`` the headline is also kept as the
    first block (kind ``heading``) of the article text, so figures in it can be quoted.

    >>> arts = reconstruct_articles("标题\\n记者 张三 报道\\n第一段,促\\n日前,工人在检查。新华社发\\n进发展。")
    >>> arts[0].title, arts[0].byline, arts[0].text
    ('标题', '记者 张三 报道', '第一段,促进发展。')
    """
    if not gaps and "\n\n" in text.strip():
        # blank lines in the text itself: they mark the blocks of a page's text layer
        from .reading import block_gaps, to_blocks
        gaps, text = block_gaps(text), to_blocks(text)
    if gaps:
        # a page's text layer with its blocks kept apart (blank lines): see layout_page
        from .page import reconstruct_page
        page = reconstruct_page(text, gaps, title_in_text=title_in_text)
        if page:
            return page
    lines = _unwrap_hard_wrapped(_lines(text))
    if not any(ln.kind in ("body", "headline", "numbered") for ln in lines):
        return []
    page_mode = _is_page(lines)
    web_page = any(ln.kind == "info" for ln in lines)
    segments = _split_articles(lines) if page_mode and not web_page else [lines]
    _move_cross_article_continuations(segments, text)
    segments = _merge_headless_segments(segments)
    articles = []
    for segment in segments:
        hint = title_hint if not articles else ""
        article = _assemble(segment, len(articles) + 1, hint, page_mode, context=text,
                            several_articles=len(segments) > 1, title_in_text=title_in_text)
        if article.text or article.title:
            articles.append(article)
    return articles


# --------------------------------------------------------------------------- sentences

@lru_cache(maxsize=1)
def _sentence_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    r = rules()
    term = re.escape(r.terminators)
    closers = re.escape(r.closers)
    # a run of sentence ends (incl. the ellipsis "..."), then closing marks
    sentence_end = re.compile(rf"(?:[{term}]|\.\.\.)+[{closers}]*")
    protected = "|".join(
        rf"{re.escape(a)}[^{re.escape(a + b)}\n]*{re.escape(b)}" for a, b in r.pairs)
    protected_re = re.compile(protected)
    # a parenthetical note right after a sentence end and before the line end
    trailing_note = re.compile(r"[ \t]*[（(][^（）()\n]{1,80}[)）][ \t]*(?=\n|$)")
    return sentence_end, protected_re, trailing_note


def _protected_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    _, protected_re, _ = _sentence_regexes()
    return [(m.start(), m.end()) for m in protected_re.finditer(text, start, end)]


def _inside(pos: int, ranges: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The protected range strictly containing ``pos`` (ranges are sorted, disjoint)."""
    k = bisect_right(ranges, (pos, float("inf"))) - 1
    if k >= 0 and ranges[k][0] < pos < ranges[k][1]:
        return ranges[k]
    return None


def _trimmed_span(text: str, s: int, e: int) -> Span | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e, text[s:e]) if e > s else None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans with offsets into ``text``.

    Splits after 。！？；… (and ! ? ; ...) with their closing quotes, and at line
    ends; never inside “…” or 《…》 unless the sentence end stands right before
    the closing mark. A parenthetical note that ends a line stays with its sentence.

    >>> [s.text for s in split_sentences("他说：“好。”我们走。\\n标题")]
    ['他说：“好。”', '我们走。', '标题']
    >>> [s.text for s in split_sentences("落实《条例。草案》要求。")]
    ['落实《条例。草案》要求。']
    """
    end = len(text) if end is None else min(end, len(text))
    sentence_end, _, trailing_note = _sentence_regexes()
    spans: list[Span] = []
    line_start = start
    while line_start < end:
        nl = text.find("\n", line_start, end)
        line_end = end if nl < 0 else nl
        _split_line(text, line_start, line_end, sentence_end, trailing_note, spans)
        line_start = line_end + 1
    return spans


def _split_line(text: str, start: int, end: int, sentence_end: re.Pattern,
                trailing_note: re.Pattern, spans: list[Span]) -> None:
    ranges = _protected_ranges(text, start, end)
    s = start
    for m in sentence_end.finditer(text, start, end):
        cut = m.end()
        inside = _inside(m.start(), ranges)
        if inside is not None:
            # inside a quote or title: only a sentence end right before the closing mark
            # ends the sentence (then the closing mark belongs to it)
            if m.end() < inside[1] - 1 or m.start() < s:
                continue
            cut = inside[1]
            while cut < end and text[cut] in rules().closers:
                cut += 1
        if cut <= s:
            continue
        note = trailing_note.match(text, cut, end)
        if note:
            cut = note.end()
        span = _trimmed_span(text, s, cut)
        if span:
            spans.append(span)
        s = cut
    if s < end:
        span = _trimmed_span(text, s, end)
        if span:
            spans.append(span)


_CLAUSE_DELIM = re.compile(r"[，、：]|(?<!\d)[,:]|[,:](?!\d)")


def split_clauses(text: str, sentence: Span) -> list[Span]:
    """Clauses of a sentence, split after ，、：, : (kept in the clause), with offsets into ``text``.

    Quotes and book titles stay whole; 1,000 and 10:30 are not split.

    >>> [c.text for c in split_clauses("推动“升级、迭代”,加快建设。", Span(0, 15, "推动“升级、迭代”,加快建设。"))]
    ['推动“升级、迭代”,', '加快建设。']
    """
    ranges = _protected_ranges(text, sentence.start, sentence.end)
    spans: list[Span] = []
    s = sentence.start
    for m in _CLAUSE_DELIM.finditer(text, sentence.start, sentence.end):
        if _inside(m.start(), ranges):
            continue
        span = _trimmed_span(text, s, m.end())
        if span:
            spans.append(span)
        s = m.end()
    if s < sentence.end:
        span = _trimmed_span(text, s, sentence.end)
        if span:
            spans.append(span)
    return spans
