"""Does a block go on with a sentence cut at the end of an earlier one? Rejoin the halves.

A column break cuts a paragraph; its second half may stand a few blocks later, after a
caption, a lead or another story's headline. ``cut_evidence`` and
``continuation_score`` weigh the evidence that ``after`` continues ``before`` (a comma
or a function word at the cut, a character that cannot open a sentence, a word split
in two that the page uses elsewhere); ``_rejoin`` joins each unfinished body block of
an article to the block that continues it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..segment import CJK_CHAR
from .blocks import _is_lead, ends_dangling, is_complete, starts_paragraph
from .rules import rules


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


_CLAUSE_BREAK = re.compile(r"[，,。；;：:、！？!?…]")


def _first_clause(text: str) -> str:
    m = _CLAUSE_BREAK.search(text)
    return text[: m.start()] if m else text


def _last_clause(text: str) -> str:
    parts = _CLAUSE_BREAK.split(text.rstrip("，,、"))
    return parts[-1] if parts else text


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
    if not (CJK_CHAR.match(last) and CJK_CHAR.match(first)) or last in rules().dangling_chars:
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

    >>> continuation_score("以25个县域经济示范乡镇", "为重点,推进新型城镇化。") >= 2
    True
    >>> continuation_score("公共服务体系,促", "2026年县域经济怎样提质增效?") < 0
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
    """Glue two halves of a sentence: a space only between two ASCII words; rule
    split_number_glued: a digit run cut at a line or column end (…增加到2025年的8 | 09个) is one
    number again — Chinese text sets no space between digits.

    >>> _join("数量增加到8", "09个"), _join("使用AI", "model训练"), _join("共有3", "G基站")
    ('数量增加到809个', '使用AI model训练', '共有3 G基站')
    """
    before, after = before.rstrip(), after.lstrip()
    if before and after and before[-1].isascii() and before[-1].isalnum() \
            and after[0].isascii() and after[0].isalnum() and not (before[-1].isdigit() and after[0].isdigit()):
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
    if lead is not None and not lead.used:  # a lead later joined to a cut end stays there
        lead.kind = "lead"
        kept.remove(lead)
        kept.insert(0, lead)
    elif page_mode and kept and kept[0].kind == "body" and _is_lead(kept[0].text):
        kept[0].kind = "lead"
    return kept
