"""A measure's row: :class:`MeasureFinding`, the draft collected while walking the text, and how a
draft is finished (actor fallback, region, policy area, framework, instrument)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ...document import Block
from ...recognize.actors import Actor, ActorMention, find_actors, is_admin_code
from ...recognize.regions import RegionMention, region_for_actor
from .classify import MeasureText, classify_measure, framework_of, named_policy_of
from .rules import load_verbs
from .subjects import attributes_quotation, names_member


@dataclass
class MeasureFinding:
    start: int  # quote span in article text
    end: int
    actor: str
    action: str
    instrument: str
    policy_area: str  # CAP major topic code, as text ("15")
    policy_area_label: str  # CAP major topic label ("Domestic Commerce")
    region_id: str
    named_policy: str = ""
    framework: str = ""
    speaker: str = ""  # person quoted, when the measure is announced by a named official
    co_actors: str = ""  # other responsible units, "、"-joined (from （…等负责） notes)
    #: "planned" (a commitment: 将/要/力争, plan sections, opinions) or "reported" (the text reports
    #: it as done or under way: 过去一年…, 2025年工作回顾, 已, 累计, 出台了)
    status: str = "planned"
    #: name of the instruments.json rule that decided ``instrument`` (debug: why this class)
    instrument_rule: str = ""
    #: which rule of :data:`.policy_area_rules.POLICY_AREA_RULES` decided ``policy_area``
    policy_area_rule: str = ""
    #: the rule that made the clause a measure where the analyser names it (lead_verb default, or
    #: clause_model) and the probability rule clause_model gave (-1: not asked); debug, not published
    clause_rule: str = ""
    clause_p: float = -1.0
    #: the rule that set the role of the part the measure stands in (extract.roles: review_opening,
    #: numbering_restart, …; so_far_this_year), '' outside such a part; debug, not published
    frame_rule: str = ""
    #: the named rules that made the clause a measure and set its status, space-separated
    #: (published as measures.decided_by): the clause rule (lead_verb, clause_model, …) and the status rule
    decided_by: str = ""


@dataclass
class _Draft:
    start: int
    end: int
    action: str
    actor: Actor | None
    speaker: str
    co_actors: list[str]
    has_modal: bool
    framework_doc: str
    verb_end: int  # offset (in article text) just after the lead verb
    core_end: int = -1  # end of the action clause itself, before attached target clauses
    clause_status: str = ""  # status cue inside the clause (将 / 已 …)
    lead_status: str = ""  # status set by the latest sentence opening (过去一年，…) in the section
    lead_rule: str = ""  # the rule that set lead_status (sentence_frame, part_role, caption_fact)
    heading_status: str = ""  # fallback: status words in the latest heading
    obligation: bool = False  # 应/必须/不得: instrument regulation unless a keyword says otherwise
    awaiting_verb: bool = False  # an obligation clause without its verb (应按照…，) takes the next one
    benefactive: bool = False  # the measure's clause is 为+beneficiary+verb
    policy_in_force: bool = False  # rule policy_in_force: 某政策加力扩围 (kept in a firm's quotation)
    #: rule own_action_clause: the measure the walk would have joined this clause to (joining._own_action)
    continues: "_Draft | None" = None
    #: the analyser's rule for the measure's clause (lead_verb, clause_model, …) and the probability
    #: rule clause_model gave it (-1: not asked)
    clause_rule: str = ""
    clause_p: float = -1.0
    #: rule commentary_named_subject: a body or place acts in the clause or one before it in the paragraph
    named_subject: bool = False
    #: rule lead_clause (grain): where the action the row commits to starts when a short lead heads it
    #: (扎实推进…，完成…): the classes are read from the action, the lead only opens the quote (-1: the start)
    class_start: int = -1


def _finish(text: str, d: _Draft, blocks: tuple[Block, ...], drafts: list[_Draft], issuer_actor: Actor | None,
            mentions: list[ActorMention], region_id: str, region_mentions: list[RegionMention],
            heading_framework: str, home_gov: Actor | None = None, news: bool = False) -> MeasureFinding:
    quote = text[d.start:d.end]
    core_start = d.class_start if d.class_start > d.start else d.start
    core = text[core_start:d.core_end] if d.core_end > core_start else quote
    actor = d.actor or issuer_actor
    if actor is None:  # the most recent actor mentioned before the measure
        # rule member_not_body: 全国人大代表李四… names a deputy, not the legislature acting
        # rule framed_body: 按照某部部署 / 在某委领导下 / 经某院批准 / 某会审议通过的《…》 -- a body in an
        # authority frame or in a modifier of a noun acts in no later clause
        before = [m for m in mentions if m.end <= d.start and not m.actor.is_media and not names_member(text, m.end)
                  and not framed_body(text, m.start, m.end)
                  and not attributes_quotation(text, m.start, m.end)]  # rule quote_attribution_scope
        if news:
            # rule news_paragraph_actor: in a news report a body named in an earlier paragraph acts there
            # (the body that released the document the report goes on to quote, 某厅等8部门日前印发《…》。
            # 方案要求，…, speaks on in later paragraphs)
            block = _block_at(blocks, d.start)
            before = [m for m in before if block is None or m.start >= block.start
                      or _RELEASES_DOCUMENT.match(text, m.end)]
        actor = _list_head(text, before).actor if before else home_gov  # nobody named: the government
    actor_region = ""
    if actor:
        actor_region = actor.region_id or region_for_actor(actor.name) or ""
    region = _measure_region(d, actor_region or region_id, region_mentions)
    sentence = _sentence_around(text, d.start, d.end)
    framework = framework_of(quote) or framework_of(sentence) or d.framework_doc or \
        _block_framework(text, blocks, d.start) or heading_framework
    verb_end = d.verb_end - core_start if d.verb_end >= 0 else -1
    classes = classify_measure(MeasureText(core, d.action, verb_end=verb_end, obligation=d.obligation,
                                           sentence=sentence, paragraph=_block_around(blocks, d.start),
                                           document=text, benefactive=d.benefactive,
                                           row=quote if quote != core else ""))
    return MeasureFinding(
        start=d.start, end=d.end, actor=actor.name if actor else "", action=d.action,
        instrument=classes.instrument, instrument_rule=classes.instrument_rule,
        policy_area=str(classes.topic[0]), policy_area_rule=classes.topic_rule,
        policy_area_label=classes.topic[1], region_id=region,
        named_policy=named_policy_of(core, verb_end, d.action),
        framework=framework, speaker=d.speaker, co_actors="、".join(d.co_actors),
        clause_rule=d.clause_rule, clause_p=d.clause_p)


#: rule news_paragraph_actor: a body releasing a document (X等8部门日前印发《…》, X近日联合发布《…》)
_RELEASES_DOCUMENT = re.compile(r"(?:等(?:[0-9一二三四五六七八九十]+个?)?部门)?(?:日前|近日|近期|今天|今日|日前联合|近日联合|联合)?"
                                r"(?:印发|发布|出台|公布|制定|下发)了?(?:《|“)")


def framed_body(text: str, start: int, end: int) -> bool:
    """Rule framed_body: a body named inside an authority frame (按照X决策部署, 根据X要求, 在X领导下,
    经X批准) or as the author in a modifier of a noun (X审议通过的《…》, X印发的方案) is not the
    actor of the clauses that follow; the body that speaks (the meeting, the issuer) is.

    >>> t = "要按照党中央统一部署，加快修复受损桥梁"
    >>> framed_body(t, 3, 6)
    True
    >>> t = "经省人民政府批准，设立三个试验区"
    >>> framed_body(t, 1, 6)
    True
    >>> t = "去年全国人大审议通过的《某某法》，明确了要求"
    >>> framed_body(t, 2, 6)
    True
    >>> t = "省财政厅安排专项资金"
    >>> framed_body(t, 0, 4)
    False
    """
    # the frame words are data: measure_verbs.json authority_frame_*_patterns, body_as_author_patterns
    cues = load_verbs()
    before, after = text[max(0, start - 4):start], text[end:end + 20]
    if any(p.search(before) for p in cues["authority_frame_open_patterns"]) and \
            any(p.match(after) for p in cues["authority_frame_close_patterns"]):
        return True
    return any(p.match(after) for p in cues["body_as_author_patterns"])


def _list_head(text: str, mentions: list[ActorMention]) -> ActorMention:
    """The first body of the list the last mention closes: 人社部、财政部、国家医保局等四部门 -> 人社部.

    >>> ms = find_actors("人社部、财政部、国家医保局等四部门负责人", "CN")
    >>> _list_head("人社部、财政部、国家医保局等四部门负责人", ms).actor.name
    '人力资源和社会保障部'
    """
    i = len(mentions) - 1
    while i > 0 and mentions[i - 1].end + 1 == mentions[i].start and \
            text[mentions[i - 1].end] in "、和及与":
        i -= 1
    return mentions[i]


def _within(child: str, parent: str) -> bool:
    """GB/T 2260 containment by code prefix: 370100 is within 370000; everything is within CN."""
    if not is_admin_code(child) or child == parent:
        return False
    if parent == "CN":
        return True
    if not is_admin_code(parent):
        return False
    if parent.endswith("0000"):
        return child[:2] == parent[:2]
    if parent.endswith("00"):
        return child[:4] == parent[:4]
    return False


def _measure_region(d: _Draft, scope: str, region_mentions: list[RegionMention]) -> str:
    """A city the measure names, when it lies in the actor's region (支持济南打造… -> 370100)."""
    inside = {m.region_id for m in _mentions_from(region_mentions, d.start, d.end)
              if m.start >= d.start and m.end <= d.end and _within(m.region_id, scope)}
    if len(inside) == 1:
        return inside.pop()
    return scope


_SENTENCE_ENDS = "。！？；\n!?;"
_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_ENDS)}]")
#: how far back a sentence end is first looked for (then in the whole text before)
_SENTENCE_WINDOW = 512


def _mentions_from(mentions: list[RegionMention], start: int, end: int) -> list[RegionMention]:
    """The mentions that may start in [start, end]: a bisected slice when the mentions are sorted
    by start (find_regions sorts them), else all. Why: every measure asked about every mention
    of the article, quadratic in a long document."""
    global _LAST_MENTIONS
    last = _LAST_MENTIONS  # one read: another thread may replace the entry, never half of it
    if last[0] is not mentions or last[1] != len(mentions):
        ordered = all(a.start <= b.start for a, b in zip(mentions, mentions[1:]))
        last = _LAST_MENTIONS = (mentions, len(mentions), [m.start for m in mentions] if ordered else None)
    starts = last[2]
    if starts is None:
        return mentions
    return mentions[bisect_left(starts, start):bisect_right(starts, end)]


#: (the region mentions last asked about, their number, their starts or None): see :func:`_mentions_from`
_LAST_MENTIONS: tuple = (None, -1, None)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], with its closing mark.

    Why the window and the joined search: a character a text never uses (!, ;) was looked for
    through the whole article once per measure, quadratic in a long document.

    >>> _sentence_around("一是推进。二是落实改革；三是", 7, 9)
    '二是落实改革；'
    """
    lo = max(0, start - _SENTENCE_WINDOW)
    s = max(text.rfind(c, lo, start) for c in _SENTENCE_ENDS)
    if s < 0 and lo > 0:
        s = max(text.rfind(c, 0, lo) for c in _SENTENCE_ENDS)
    m = _SENTENCE_END.search(text, end)
    return text[s + 1:m.start() + 1 if m else len(text)]


def _block_at(blocks: tuple[Block, ...], pos: int) -> Block | None:
    """The first block holding offset ``pos``; by bisection when the blocks are in text order
    and apart (a layout's blocks are), which is the same block."""
    starts = _block_starts(blocks)
    if starts is None:
        return next((b for b in blocks if b.start <= pos < b.end), None)
    i = bisect_right(starts, pos) - 1
    return blocks[i] if i >= 0 and pos < blocks[i].end else None


def _block_starts(blocks: tuple[Block, ...]) -> list[int] | None:
    """The blocks' starts when they are sorted and do not overlap, else None; remembered for the
    last article's blocks only (every measure of an article asks about the same blocks, and
    older articles' blocks are not kept alive)."""
    global _LAST_BLOCKS
    last = _LAST_BLOCKS  # one read: another thread may replace the entry, never half of it
    if last[0] is not blocks:
        apart = not any(a.end > b.start or a.start > a.end for a, b in zip(blocks, blocks[1:]))
        last = _LAST_BLOCKS = (blocks, [b.start for b in blocks] if apart else None)
    return last[1]


#: (the blocks last asked about, their starts or None): see :func:`_block_starts`
_LAST_BLOCKS: tuple = (None, None)


def _block_around(blocks: tuple[Block, ...], pos: int) -> str:
    b = _block_at(blocks, pos)
    return b.text if b else ""


def _block_framework(text: str, blocks: tuple[Block, ...], pos: int) -> str:
    """A five-year-plan term set in an earlier sentence of the paragraph (面向“十五五”,…)."""
    b = _block_at(blocks, pos)
    return framework_of(text[b.start:pos]) if b else ""
