"""An article walked into measures: blocks, sentences, clauses, one measure per action clause."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..context import (names_work_done, read_apart, opens_like_news, opens_so_far_this_year,
                       standalone_context)
from ...document import CAPTION_BLOCK, TITLE_BLOCK, Article, Span
from ...recognize.actors import (Actor, find_actors, home_government, is_admin_code, is_media_name, normalize_actor,
                                 regions_in)
from ...recognize.regions import RegionMention
from ...text.item_numbers import heading_level
from .analyser import NOBODY, _Analyser
from .clauses import ClauseInfo, _skip_prefixes, _trim, _verb_at, clauses_of, non_measure_rule
from .classify import framework_of
from .finding import MeasureFinding, _Draft, _finish, framed_body
from .news_clauses import data_region_actor, is_document_purpose, local_story_region, names_a_firm, reports_policy_in_force
from .joining import _NO_INSTRUMENT, _is_outcome_tail, _own_action
from .lists import _introduces_list, _leads_a_list
from .requests import opens_request
from .headings import _is_goal_heading, _is_inline_heading, _is_principle_heading, goal_section_action, _looks_like_heading, is_topic_paragraph
from .rules import _any, load_verbs
from . import clause_model
from .speakers import (firm_quotes, quoted_speakers, _ActorState, _collect_speakers, _notes_in, _observe_clause, _observe_representation,
                       _segment_sentences)
from .status import (DONE_RULES, _final_status, _section_status_at, clause_status, heading_status, inner_lead_status,
                     lead_status)
from .subjects import _publisher, firm_names, is_reporting_body

_TRAILING_NOTE = re.compile(r"[（(][^（）()]{1,60}[）)]$")  # a bracketed note closing a heading


@dataclass
class _WalkState:
    """What the measures walk carries from block to block, in one object so that rule read_apart
    can hand a photo caption a fresh copy of it (extract.context.read_apart)."""

    actors: _ActorState
    so_far: bool = False  # rule so_far_this_year in force
    #: rule heading_lead_unit: (level, lead, units) of the heading in force, or None
    heading_lead: tuple | None = None
    current_lead: str = ""  # the tense a sentence opening set for its section
    current_heading: str = ""  # review/plan words of the latest heading
    principle_section: bool = False  # under 指导思想/基本原则 until the next heading block
    goal_section: bool = False  # …the principle section is one of goals (总体目标): rule goal_section_action
    news_plans: bool = False  # a news report has cited a plan: its uncued actions are planned
    news_plans_by_document: bool = False  # …cited a document's voice (意见提出): it plans past sub-headings


def extract_measures(article: Article, *, issuer: str, region_id: str,
                     region_mentions: list[RegionMention], context=None) -> list[MeasureFinding]:
    """Measures of one article, sorted by start offset (the pipeline numbers them).

    Parameters
    ----------
    article : Article
        The article: its text and layout blocks (headings hold no measures but set the
        section's tense and framework).
    issuer : str
        The document's publisher as written. A government body speaks the whole text; empty, a
        news outlet or a reporting body (statistics bureau) is not taken as the actor.
    region_id : str
        The document's region code: the default scope of a measure, and the place that 我省/本市
        refer to. Empty means ``"CN"``.
    region_mentions : list of RegionMention
        Region mentions in ``article.text``: a measure naming one city within its actor's region
        is narrowed to that city.
    context : DocumentContext, optional
        The pipeline's document context, the one reading every extractor shares: its ``article``
        (the half-width view) is what is read, its ``report_year`` decides whether a section
        reviews or plans. Without it the year is inferred from the text.

    Returns
    -------
    list of MeasureFinding
        One finding per action clause, in text order.
    """
    article = article if context is None or context.article is None else context.article
    return _extract(article, issuer=issuer, region_id=region_id or "CN",
                    region_mentions=region_mentions or [], context=context)


def _extract(article: Article, *, issuer: str, region_id: str,
             region_mentions: list[RegionMention], context=None) -> list[MeasureFinding]:
    text = article.text
    lex = load_verbs()
    issuer_actor = normalize_actor(issuer, region_id)
    reporter = is_reporting_body(issuer or "")
    if issuer_actor and (issuer_actor.is_media or reporter):
        if reporter and issuer_actor and is_admin_code(issuer_actor.region_id):
            region_id = region_id if is_admin_code(region_id) else issuer_actor.region_id
        issuer_actor = None
    home_region = region_id
    if issuer_actor and is_admin_code(issuer_actor.region_id):
        home_region = issuer_actor.region_id
    elif issuer_actor is None and is_media_name(issuer):
        home_region = _headline_place(article.title, home_region) or home_region
    home_gov = home_government(home_region)
    publisher = _publisher(article, home_region)
    if publisher and is_reporting_body(publisher.name):
        publisher = None  # 广东省统计局发布…数据: a data release, the region's government acts
    publisher = publisher or home_gov or issuer_actor
    if reporter and home_gov:
        issuer_actor = home_gov
    speakers = _collect_speakers(article.title + "\n" + text, home_region)
    analyser = _Analyser(speakers, home_region)
    analyser.news_places = issuer_actor is None  # rule region_subject: news and commentary
    analyser.firm_names = sorted(firm_names(text, home_region), key=len, reverse=True) if analyser.news_places else []
    analyser.local_story = local_story_region(region_mentions) if analyser.news_places and home_region == "CN" else ""
    analyser.townships = {m.start: (m.text, m.region_id) for m in region_mentions
                          if m.how == "township" and len(m.region_id) == 9}
    mentions = find_actors(text, home_region)
    # rule firm_quote: in news, what a firm's or a villager's quoted speech tells is no measure
    quoted_by_firms = firm_quotes(text, home_region, analyser.firm_names) if analyser.news_places else []
    # rule quoted_speaker: in news, a quotation whose speaker is named after it is that speaker's body's
    quoted_by_bodies = quoted_speakers(text, speakers, home_region) if analyser.news_places else []

    state = _ActorState()
    if issuer_actor is not None and not reporter:
        # the issuer speaks the whole text: a subject another sentence names (工信部将…, 某市推出…)
        # governs its own sentence only, then the issuer is the actor again
        state.actor = state.base = issuer_actor
    drafts: list[_Draft] = []
    heading_framework = ""
    # the pipeline's DocumentContext: the one report year, blocks and sections of the document
    # called on its own: the report year by the one rule of extract.context (printed date, then text)
    context = context if context is not None else standalone_context(article, year_by_rule=True)
    if context.communique:
        # rule communique_no_measures: a statistical communiqué reports a year's data; its preamble's
        # 扎实做好…工作, 全面落实…任务 sum the year up as slogans, no body commits to an action
        return []
    # rule news_progress: a news report, by the document's genre
    analyser.news_genre = context.genre == "news" or (context.genre == "" and opens_like_news(text))
    # rule clause_model reads the genre as a feature; rule model_abstains: a text of a sentence or two
    # is no document the model knows, it is asked as if no genre placed it (it abstains)
    analyser.genre = context.genre if clause_model.gives_context(text, context.blocks) else ""
    report_year = context.report_year
    section_status = _section_status_at(context)
    # rule so_far_this_year: a progress report, or a sentence opening 今年以来/截至目前, reviews the
    # report year so far: its actions are reported, over numbered parts, until a plan cue
    walk = _WalkState(state, so_far=context.reviews_year_so_far)
    # a news report tells what was done, until it cites a plan (将…, 意见提出…): from then on
    # its uncued actions are that plan's (the default status of each draft, by id)
    news_default = {}
    plan_parts = {sec.start for sec in context.sections if sec.tense == "plan" and sec.strong}
    headings = [_looks_like_heading(b, lex) for b in context.blocks]
    official = context.genre == "official"
    # rule topic_paragraph: 打造宜居城市。 on a line of its own heads the paragraph after it
    topic_lines = [official and not headings[i] and b.kind != CAPTION_BLOCK and
                   is_topic_paragraph(b, context.blocks[i + 1] if i + 1 < len(context.blocks) else None)
                   for i, b in enumerate(context.blocks)]
    headings = [h or t for h, t in zip(headings, topic_lines)]
    # rule kicker_line: 聚焦事前： on a line of its own before a heading is the heading's kicker
    kickers = [not h and _is_kicker(b, headings[i + 1] if i + 1 < len(headings) else False)
               for i, (h, b) in enumerate(zip(headings, context.blocks))]
    headings = [h or k for h, k in zip(headings, kickers)]
    # rule read_apart (extract.context): a photo caption is read with a fresh copy of the walk's
    # state (the actor, tense and leads before the first block), so that the body's last actor or
    # plan does not pass into it, nor the caption's into the body; the title line holds no measure
    for i, (block, walk) in enumerate(read_apart(context.blocks, walk)):
        if block.kind == TITLE_BLOCK:
            continue
        caption = block.kind == CAPTION_BLOCK
        state = walk.actors
        if block.start in plan_parts and not names_work_done(block.text):
            walk.so_far = False  # a plan part ends the review, unless it names work done (work_done_heading)
        if headings[i] and not caption and not _numbered_item(context.blocks, headings, i):
            walk.so_far = walk.so_far and not _ends_review(block.text, report_year)
            walk.heading_lead = _heading_lead(text, block, walk.heading_lead, home_region)
            heading_framework = framework_of(block.text) or heading_framework
            walk.current_lead, walk.current_heading = "", heading_status(block.text) or walk.current_heading
            walk.principle_section = _is_principle_heading(block.text, lex)
            walk.goal_section = _is_goal_heading(block.text, lex)
            if i > 0 and kickers[i - 1] and not walk.news_plans_by_document:
                # rule news_section_reset: a feature's part heading under a kicker (聚焦事前： /
                # 防患未然…) opens a new scene; what a speaker of the last scene plans (下一步，将…)
                # does not make the new scene's acts plans (a plain sub-heading of a news report on
                # a plan goes on with that plan)
                walk.news_plans = False
            continue
        state.meeting = None  # 会议要求 refers to a meeting named in the same paragraph
        if context.commentary:
            # rule commentary_named_subject: in the writer's own view nobody speaks the text; a body
            # or place a clause names acts for its paragraph only
            state.actor, state.speaker, state.framework_doc, state.base = None, "", "", None
            state.named_subject = False
        block_lead = ""
        principle_block = goal_block = False
        for sentence, lead_unit, units in _segment_sentences(text, block, home_region):
            if lead_unit is None and walk.heading_lead is not None:
                lead_unit, units = walk.heading_lead[1], walk.heading_lead[2]
            _observe_representation(sentence.text, state, home_region)
            if opens_so_far_this_year(sentence.text):
                walk.so_far = True
            elif _ends_review(sentence.text, report_year):
                walk.so_far = False
            if _is_inline_heading(sentence, block, lex, official=official, headed=i > 0 and topic_lines[i - 1]):
                walk.current_lead, walk.current_heading = "", heading_status(sentence.text) or walk.current_heading
                principle_block = _is_principle_heading(sentence.text, lex)
                goal_block = _is_goal_heading(sentence.text, lex)
                continue
            if (walk.principle_section or principle_block) and not (
                    (walk.goal_section or goal_block) and goal_section_action(sentence.text, lex)):
                continue  # guiding thought and principles state no measures (坚持…, 以…为指导)
            walk.current_lead = lead_status(sentence.text, report_year) or walk.current_lead
            if _any(lex["document_voice_patterns"], sentence.text.lstrip()):
                block_lead = "planned"  # 意见提出，…: the rest of the paragraph is the document's plan
                walk.news_plans = walk.news_plans_by_document = True
            if _any(_committing_nothing(), sentence.text):
                # questions, definitions (X是指…的模式), firms' plans and guiding thought
                # (以…思想为指导，坚持…) commit no government to an action
                continue
            in_firm_quote = any(q_start <= sentence.start < q_end for q_start, q_end in quoted_by_firms)
            if in_firm_quote and not reports_policy_in_force(text, sentence):
                continue  # rule firm_quote: “我们加快产品研发…”某某公司总监张三介绍
            for q_start, q_end, body, name in quoted_by_bodies:
                if q_start <= sentence.start < q_end:  # rule quoted_speaker: “我们将…”某厅副厅长张三说
                    state.actor, state.speaker, state.framework_doc = body, name, ""
            # a caption reports what the photo shows: its own cues plan, not the section it sits in
            planning = "planned" in (block_lead, walk.current_lead) or \
                _any(lex["planned_clause_patterns"], sentence.text) or \
                bool(not caption and not walk.so_far and section_status and section_status(sentence.start) == "planned")
            clauses = clauses_of(text, sentence)  # split once: both readings below use them
            analyser.frame = "caption" if caption else context.tense_at(sentence.start)  # rule clause_model
            analyser.document_speaks = block_lead == "planned"  # 意见提出，学校开设…: the document's plan
            found = _sentence_measures(text, sentence, analyser, state, speakers, publisher,
                                       lead_unit, units, home_region, planning=planning, clauses=clauses)
            if context.commentary:
                # rule commentary_named_subject: a commentary's clause is a measure only when a named
                # body or place (各地, 某省, 某市) acts in it, its own subject or one carried from the
                # clause or sentence before in the paragraph; the writer's 需要…, 要…, 推动… are views
                found = [d for d in found if d.named_subject]
            if quoted_by_firms and not in_firm_quote:  # rule firm_person_speech: 张三说，既要… inside the sentence
                found = [d for d in found if d.policy_in_force or not any(a <= d.start < b for a, b in quoted_by_firms)]
            if in_firm_quote:
                # rule firm_quote: “我们加快产品研发…”某某公司总监张三介绍 -- only a policy in force that the
                # speaker reports (“得益于某专项行动深入实施，…”: rule policy_in_force) is a measure
                found = [d for d in found if d.policy_in_force]
            if found and _makes_the_document(text, sentence, clauses):
                found = []  # 为应对…，拓展…，推动…，制定本规划: every clause before is the document's purpose
            if found and _leads_a_list(text, clauses):
                found = []  # rule list_lead: …，培养一批人才，抓好如下重点任务： sums up the items that follow
            if found and not planning and section_status and section_status(sentence.start) == "reported":
                _continued_in_review(text, found)
            for d in found:
                d.lead_status = inner_lead_status(text[sentence.start:d.start], report_year) or block_lead or \
                    walk.current_lead or ("reported" if walk.so_far or caption else "")
                d.heading_status = walk.current_heading
                news_default[id(d)] = "planned" if walk.news_plans else "reported"
                if caption and d.actor is None:
                    d.actor = _caption_actor(text[block.start:d.start], block.start, mentions, region_mentions) \
                        or issuer_actor or home_gov or NOBODY
            if any(d.has_modal for d in found):
                walk.news_plans = True
                # 付凌晖表示，要继续做好…。落实好就业优先政策…: the rest of the paragraph goes on planning
                block_lead = "planned"
            drafts.extend(found)
            state.back_to_base()
        state.end_paragraph()
    out = []
    news = context.genre == "news" or (context.genre == "" and opens_like_news(text))
    finished = {}  # id of a draft -> its finding (rule own_action_clause)
    for d in drafts:
        finding = _finish(text, d, context.blocks, drafts, issuer_actor, mentions, region_id, region_mentions,
                          heading_framework, home_gov=home_gov)
        if d.continues is not None and finding.instrument == _NO_INSTRUMENT and id(d.continues) in finished:
            # rule own_action_clause: a clause split from the measure before it whose own words
            # decide no instrument (某公园环实现闭合) is a step of that measure's kind
            finding.instrument = finished[id(d.continues)].instrument
            finding.instrument_rule = "own_action_clause"
        finished[id(d)] = finding
        # a statistics communique reports the past year, a news report what has been done
        # (until it cites a plan): reported unless a cue (将, 要, 力争, a plan section) says otherwise
        default = "reported" if reporter else news_default[id(d)] if news else "planned"
        finding.status = _final_status(d, section_status, default=default)
        out.append(finding)
    return out



def _caption_actor(before: str, offset: int, mentions, region_mentions: list[RegionMention]) -> Actor | None:
    """Rule caption_actor: a photo caption's measure without a subject of its own is taken by the
    body the caption names before it, else by the government of the last division it names
    (…近年来，某市深入践行…，推动茶产业…), never by an actor of the article's body. ``before``: the
    caption's text up to the measure, starting at ``offset``.

    >>> from policydata.recognize.regions import RegionMention
    >>> _caption_actor("图为丽水茶园。", 0, [], [RegionMention(2, 4, "丽水", "331100")]).name
    '丽水市人民政府'
    >>> _caption_actor("图为茶园。", 100, [], [RegionMention(2, 4, "丽水", "331100")]) is None
    True
    """
    end = offset + len(before)
    named = [m for m in mentions if offset <= m.start and m.end <= end and not m.actor.is_media]
    if named:
        return named[-1].actor
    places = [m for m in region_mentions if offset <= m.start and m.end <= end and is_admin_code(m.region_id)
              and m.region_id != "CN"]
    return home_government(places[-1].region_id) if places else None


def _ends_review(text: str, report_year: int | None) -> bool:
    """A sentence or heading that ends rule so_far_this_year: it opens plans (:func:`_opens_plan`)
    and does not name work done (rule work_done_heading: 一、积极落实重点工作)."""
    return _opens_plan(text, report_year) and not names_work_done(text)


def _opens_plan(sentence: str, report_year: int | None) -> bool:
    """A plan cue that ends rule so_far_this_year: the sentence or heading opens plans
    (下一步，…, 明年…, 今后…; a plan heading such as 三、下一步工作打算).

    >>> _opens_plan("三、下一步工作打算", 2026), _opens_plan("下一步，将继续扩大规模。", 2026), _opens_plan("二、加强技术服务", 2026)
    (True, True, False)
    """
    return lead_status(sentence, report_year) == "planned" or heading_status(sentence) == "planned"

def _headline_place(title: str, region_id: str) -> str:
    """Rule news_home_place: a news outlet's headline opening with a place inside the document's
    region (舒兰市扎实开展春耕备耕, published by a provincial website) makes that place the home of
    the item: its 市财政部门 is that city's bureau. '' otherwise.

    >>> _headline_place("舒兰市扎实开展春耕备耕", "220000"), _headline_place("全省开展春耕备耕", "220000")
    ('220283', '')
    """
    for m in regions_in(title.strip()[:12], region_id or "CN"):
        code = m.region_id
        inside = is_admin_code(code) and code != region_id and (
            not is_admin_code(region_id) or code.startswith(region_id.rstrip("0")[:2 if region_id.endswith("0000") else 4]))
        return code if m.start == 0 and inside else ""
    return ""


def _numbered_item(blocks, headings: list[bool], i: int) -> bool:
    """Rule numbered_item: a short numbered line read as a heading is an item of a list when it is
    a sentence (ends in 。 or ；, a trailing note aside) and no body follows it before the next
    number of its level or above (（二）鼓励企业加大研发投入。（三）…): its measures count.

    >>> from policydata.document import Block
    >>> bs = [Block("heading", 0, 9, "（一）鼓励企业研发。"), Block("heading", 10, 19, "（二）支持企业上市。"),
    ...       Block("heading", 20, 26, "（三）加强领导"), Block("body", 27, 40, "成立工作专班。")]
    >>> [_numbered_item(bs, [True, True, True, False], i) for i in range(3)]
    [True, True, False]
    """
    t = _TRAILING_NOTE.sub("", blocks[i].text.strip())
    level = heading_level(t)
    if not level or not t.endswith(("。", "；", ";")):
        return False
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if nxt is None:
        return True
    nxt_level = heading_level(nxt.text)
    return headings[i + 1] and 0 < nxt_level <= level


def _heading_lead(text: str, block, current, home_region: str):
    """The lead unit in force after heading ``block``: the heading's own note (一、…（由市科技局牵头实施）)
    as (level, lead, units), else ``current`` unless this heading closes its section (a numbered
    heading of the same level or above).

    >>> from policydata.document import Block
    >>> t = "一、科技政策（由市科技局牵头）"
    >>> lead = _heading_lead(t, Block("heading", 0, len(t), t), None, "330182")
    >>> lead[0], lead[1].name
    (1, '建德市科学技术局')
    >>> _heading_lead("（一）研发", Block("heading", 0, 6, "（一）研发"), lead, "330182") is lead
    True
    >>> _heading_lead("二、开放", Block("heading", 0, 4, "二、开放"), lead, "330182") is None
    True
    """
    level = heading_level(block.text)
    leads = [(lead, units) for _, _, lead, units in _notes_in(text, block, home_region) if lead is not None]
    if leads:
        return level, leads[0][0], leads[0][1]
    if current is not None and level and level <= current[0]:
        return None
    return current


def _names_an_aspect(text: str, clause: Span) -> bool:
    """Rule topic_aspect: ``clause`` names an aspect of the clause before it (一个关键的方面，在于…;
    关键在于…; measure_verbs.json ``topic_aspect_patterns``): that clause is the topic discussed.

    >>> t = "推进城乡融合，一个关键的方面，在于…"
    >>> _names_an_aspect(t, Span(7, 15, t[7:15])), _names_an_aspect("发展产业，推进改革", Span(5, 9, "推进改革"))
    (True, False)
    """
    s, e = _trim(text, clause.start, clause.end)
    return _any(load_verbs()["topic_aspect_patterns"], text[s:e])


def _sentence_measures(text: str, sentence: Span, analyser: _Analyser, state: _ActorState,
                       speakers: dict, publisher: Actor | None, lead_unit: Actor | None,
                       units: list[str], home_region: str, planning: bool = False,
                       clauses: list[Span] | None = None) -> list[_Draft]:
    """Measures in one sentence: one per action clause; continuation/target clauses extend it.
    ``clauses``: the sentence's :func:`clauses_of`, when the caller has them.

    A modal scopes over the verb clauses after it (我们要统筹…，做好常态化疫情防控: both commit).
    """
    out: list[_Draft] = []
    current: _Draft | None = None
    evaluative = not_only = requested = False  # requested: rule request_frame (requests.py) opened
    figure_seen = False  # a clause of the sentence so far gave a figure (rule purpose_tail)
    modal_seen = False
    sentence_actor: Actor | None = None
    firm_acts = state.firm_acts  # a firm, school or people opened a clause (rule firm_subject)
    clauses = clauses_of(text, sentence) if clauses is None else clauses
    for i, clause in enumerate(clauses):
        s, e = _trim(text, clause.start, clause.end)
        _observe_clause(text[s:e], state, speakers, publisher, home_region, text[e:e + 2])
        if requested or opens_request(text[s:e]):  # rule request_frame: 你省请求，… -- what is asked, to the sentence end
            requested, current = True, None
            continue
        # rule region_subject, for what the news reports, unless a cited plan speaks (山东发布《实施意见》。
        # 意见提出，青岛建设…: the plan's measure about a place)
        analyser.places_act = analyser.news_places and not (planning or state.framework_doc or state.doc_issuers)
        # rule firm_subject, in news unless a cited document speaks (a firm's own plan, 确保…, is no measure either)
        analyser.firms_act = analyser.news_places and not (analyser.document_speaks or state.framework_doc
                                                            or state.doc_issuers)
        info = analyser.analyse(text, clause, planning=planning or modal_seen)
        if info.named_subject or info.subject is not None and not info.subject.actor.is_media:
            state.named_subject = True  # rule commentary_named_subject: who acts is named from here on
        if info.kind == "plain" and current is not None and (own := _own_action(text, info, planning)):
            # rule own_action_clause: a clause the continuation rule would join to the measure before
            # it, but that carries an action of its own (更大力度地促进…, 某水厂实现水源切换): a row of its own
            info, split_from = ClauseInfo("measure", info.start, info.end, action=own, has_modal=info.has_modal), current
        else:
            split_from = None
        # rule clause_model: where the analyser decided by default (lead_verb, no_verb), the model decides
        info = clause_model.decide(info, text, s, genre=analyser.genre, frame=analyser.frame,
                                   planning=planning or modal_seen, open_measure=current is not None)
        figure_before, figure_seen = figure_seen, figure_seen or info.kind in ("target", "statistic")
        if info.kind == "firm" or firm_acts and info.subject is None and info.kind in ("measure", "obligation"):
            # rule firm_subject: 某某集团投资建设…，推出…: the firm's actions, to the end of its sentence
            firm_acts, current = True, None
            continue
        firm_acts = firm_acts and info.subject is None
        if info.kind == "plain" and current is None and analyser.firms_act and names_a_firm(text, clause):
            # rule firm_topic_clause: 这座由甲乙两家企业联合打造的工厂，将AI技术融入…: a clause that only
            # names a firm (a noun phrase ending in a firm word) is the subject of the clauses after it
            firm_acts = True
        if info.kind == "measure" and i + 1 < len(clauses) and (
                _is_subject_phrase(text, info, clauses[i + 1]) or _introduces_list(text, clauses[i + 1])
                or i == 0 and _any(load_verbs()["topic_clause_patterns"], text[info.start:e])  # rule topic_clause
                or _names_an_aspect(text, clauses[i + 1])):
            current = None
            continue
        if info.kind == "measure" and i + 1 < len(clauses) and _reports_a_change(text, clauses[i + 1]):
            # rule figure_then_change: 新发放贷款平均利率4.05%，同比下降0.46个百分点 -- the clause names an
            # indicator and its value, the next one its change: a statistic, no action
            current = None
            continue
        if info.kind == "measure" and (out or figure_before) and i + 1 == len(clauses) and \
                _any(load_verbs()["purpose_tail_patterns"], text[info.start:e]):
            # rule purpose_tail: …，创新…服务模式，满足各类群体就医需求。 the needs met are what the
            # measures before it are for, no measure of their own; so after a figure (…投资预计达到N亿元，
            # 满足…需求增长的预期: what the amount is for)
            current = None
            continue
        if info.kind == "measure" and modal_seen:
            info.has_modal = True
        modal_seen = modal_seen or info.has_modal
        if info.subject and info.subject.actor.kind in ("generic", "nobody"):
            # 城市人民政府要成立…: a body outside the table is the subject of its sentence only
            sentence_actor = info.subject.actor
        elif info.subject and not info.subject.actor.is_media and \
                not framed_body(text, s + info.subject.start, s + info.subject.end):
            # (rule framed_body: 某会审议通过的《…》 names the author of a noun: the clause's own row keeps
            # it, but it speaks for no later clause)
            state.actor, state.speaker, state.framework_doc = info.subject.actor, "", ""
        if info.kind == "not_measure" and info.subject and non_measure_rule(text[info.start:e]) == "data_release":
            # rule data_release: 某局近日发布数据，…: what the data show is the region's or the country's
            state.actor, state.speaker, state.framework_doc = data_region_actor(info.subject.actor) or NOBODY, "", ""
        if info.kind == "evaluation":
            # 培育领航级智能工厂,是我国…的战略举措: the whole sentence evaluates, unless a clause commits (将…)
            evaluative = True
            # rule not_only_copula: X的职责不仅是…，更要…: the second half completes the copula
            not_only = re.search("不(?:仅仅?|单单?|只)是", text[s:e]) is not None
            out = [d for d in out if d.has_modal]
            current = None
            continue
        if evaluative and not_only and text.startswith(("更要", "更是", "还要", "而且要", "也要"), s):
            continue
        if evaluative and not info.has_modal:
            continue
        evaluative = False
        if info.kind == "measure" and info.benefactive and current is not None and \
                info.action in load_verbs()["benefactive"].get("continuation_verbs", ()) and \
                not current.benefactive and current.end == _prev_end(clauses, i, text):
            # 建设一批服务中心，为周边农户提供…服务: what the thing just committed to does for people
            current.end = info.end
            continue
        if info.kind == "measure" and current is not None and is_document_purpose(text, current, info):
            current.end = info.end  # rule document_purpose: 正在起草…的文件，引导…: what the document is to do
            continue
        if info.kind == "measure" and current is not None and _is_correlative_half(text, current, s):
            current.end = info.end  # 既要发展大中型农机，也要发展小型农机: one commitment in two halves
            continue
        if info.kind == "measure" and current is not None and current.awaiting_verb:
            # 应按照职住平衡原则，主要安排在…: the verb clause completes the obligation
            verb_pos = text.find(info.action, info.start, info.end)
            current.action, current.end, current.core_end = info.action, info.end, info.end
            current.verb_end = verb_pos + len(info.action) if verb_pos >= 0 else -1
            current.awaiting_verb = False
        elif info.kind in ("measure", "obligation"):
            if _names_recipients(text, current, info, out):
                out.pop()  # rule recipient_clause: 对新认定的示范企业，给予…奖补 -- the grant is the measure
            verb_pos = text.find(info.action, info.start, info.end)
            # rule granted_by: a body the clause names with 由 (由市财政给予…) acts, over the paragraph's note
            named = info.subject.actor if info.hosted and info.subject else None
            current = _Draft(info.start, info.end, info.action, named or lead_unit or sentence_actor or state.actor,
                             "" if sentence_actor else state.speaker,
                             units[1:] if lead_unit else units, info.has_modal, state.framework_doc,
                             verb_pos + len(info.action) if verb_pos >= 0 else -1, info.end,
                             clause_status=clause_status(text[s:e], info.has_modal),
                             obligation=info.obligation, awaiting_verb=info.kind == "obligation")
            current.benefactive = info.benefactive
            current.clause_rule, current.clause_p = info.rule, info.model_p
            if info.rule in DONE_RULES:  # rules meeting_act, verb_final_result: the clause tells what was done
                current.clause_status = current.clause_status or "reported"
            current.named_subject = state.named_subject or bool(named or sentence_actor)
            current.continues = split_from
            out.append(current)
            if info.policy_in_force:
                if text.startswith(("随着", "伴随"), info.start) and any(
                        re.search("将(?!来)|有望", text[later.start:later.end]) for later in clauses[i + 1:]):
                    current.clause_status = "planned"  # 随着某政策深入实施，行业将…: the future it goes with
                else:
                    current.clause_status = current.clause_status or "reported"  # a policy told in force now
                current.policy_in_force, current = True, None  # rule policy_in_force: what the policy brought (…，经济运行平稳) is no part of it
        elif info.kind in ("plain", "target") and current is not None and not _is_outcome_tail(text[s:e]):
            current.end = info.end
        else:
            current = None
    state.firm_acts = firm_acts and text[sentence.start:sentence.end].rstrip().endswith(("；", ";"))
    # rule bare_obligation: a short obligation (8 characters at most) that no action clause completes
    # (必须迎难而上, 要实事求是) states a resolve, no concrete commitment: no measure (and, in news, no
    # cited plan from then on); a longer one names its task (应于…前将…报送…) and stays
    return [d for d in out if not (d.awaiting_verb and d.end - d.start <= _BARE_OBLIGATION_MAX)]


#: rule bare_obligation: the longest obligation without an action verb that is only a resolve
_BARE_OBLIGATION_MAX = 8


#: rule figure_then_change: a clause opening with a comparison to a base period and a change
_CHANGE_OPENING = re.compile(r"(?:同比|环比|比上年|较上年|比去年|较去年|比上月|较上月)(?:同期)?(?:分别)?(?:增长|下降|提高|降低|上升|减少|增加|回落|扩大|收窄)")


def _reports_a_change(text: str, clause: Span) -> bool:
    """Rule figure_then_change: ``clause`` opens with the change of a figure over a base period
    (同比下降0.46个百分点, 比上年增长5%), so the clause before it names the indicator and its value.

    >>> t = "新发放贷款平均利率3.9%，同比下降0.3个百分点。"
    >>> _reports_a_change(t, Span(14, 26, t[14:26])), _reports_a_change(t, Span(0, 14, t[:14]))
    (True, False)
    """
    s, e = _trim(text, clause.start, clause.end)
    return _CHANGE_OPENING.match(text, s, e) is not None


#: rule continued_in_review: the modal word that, alone, only says work goes on (继续推进…)
_CONTINUE_WORD = "继续"


def _continued_in_review(text: str, found: list[_Draft]) -> None:
    """Rule continued_in_review: in a review section, a sentence whose modal is only 继续
    (继续推进城市清洁工作，拆除违章建筑…) reports work that went on in the year reviewed: 继续 is
    the aspect of going on, not a commitment, so its measures lose the modal and plan nothing (nor
    does the rest of the paragraph). A clause with a modal of its own (将, 要, 继续要) still plans.

    >>> from policydata.extract.measures.finding import _Draft
    >>> t = "继续推进旧城清洁工作，拆除违章建筑500平方米。"
    >>> ds = [_Draft(0, 10, "推进", None, "", [], True, "", 4, clause_status="planned"),
    ...       _Draft(11, 24, "拆除", None, "", [], True, "", 13, clause_status="planned")]
    >>> _continued_in_review(t, ds); [(d.has_modal, d.clause_status) for d in ds]
    [(False, ''), (False, '')]
    >>> ds = [_Draft(0, 8, "推进", None, "", [], True, "", 5, clause_status="planned")]
    >>> _continued_in_review("继续要推进清洁工作", ds); ds[0].has_modal
    True
    """
    first = next((d for d in found if d.has_modal), None)
    if first is None or not _continues_only(text[first.start:first.end]):
        return
    for d in found:
        clause = text[d.start:d.end]
        if d.has_modal and (d is first or _continues_only(clause) or not _verb_at(clause, _skip_prefixes(clause, 0))[2]):
            d.has_modal = False
            d.clause_status = clause_status(clause, False)


def _continues_only(clause: str) -> bool:
    """Whether the clause's modal is 继续 and nothing else (继续推进…, not 继续要…/将继续…)."""
    pos = _skip_prefixes(clause, 0)
    if not clause.startswith(_CONTINUE_WORD, pos):
        return False
    return not _verb_at(clause, pos + len(_CONTINUE_WORD))[2]


def _names_recipients(text: str, current: _Draft | None, info: ClauseInfo, out: list[_Draft]) -> bool:
    """Rule recipient_clause: the last measure of the sentence opens with 对 and ends in what receives
    (measure_verbs.json ``recipient_heads``: 的, 企业, …) and the clause ``info`` grants (``grant_verbs``:
    给予, 奖励, …), so that measure only names who receives.

    >>> t = "对新认定的示范企业，给予20万元奖补。"
    >>> d = _Draft(0, 9, "认定", None, "", [], False, "", 4)
    >>> _names_recipients(t, d, ClauseInfo("measure", 10, 18, action="给予"), [d])
    True
    >>> _names_recipients(t, d, ClauseInfo("measure", 10, 18, action="实施"), [d])
    False
    """
    lex = load_verbs()
    return current is not None and bool(out) and out[-1] is current and text.startswith("对", current.start) \
        and not current.has_modal and info.action in lex["grant_verbs"] \
        and text[current.start:current.end].endswith(tuple(lex["recipient_heads"])) \
        and "对" not in text[info.start:text.find(info.action, info.start, info.end)]


@lru_cache(maxsize=1)
def _committing_nothing() -> list:
    """The patterns of sentences that commit no government to an action: questions, definitions,
    firms' plans, guiding thought and people in general speaking (rule crowd_speaker), in one list so that one joined scan tests them all."""
    lex = load_verbs()
    return [*lex["question_patterns"], *lex["definition_sentence_patterns"], *lex["firm_sentence_patterns"],
            *lex["guiding_sentence_patterns"], *lex["crowd_speaker_patterns"]]  # rule crowd_speaker: 与会人士表示，将…


#: 既要A，也要B / 既…又…: the second half of a correlative pair continues the first one's measure
_CORRELATIVE_FIRST = "既"
_CORRELATIVE_SECOND = ("也要", "又要", "还要", "也", "又")


def _is_correlative_half(text: str, current: _Draft, clause_start: int) -> bool:
    """The clause at ``clause_start`` is the second half (也要…) of a pair whose first half (既要…)
    opens the current measure, in the same sentence.

    >>> t = "既要发展大中型农机，也要发展小型农机。"
    >>> d = _Draft(0, 9, "发展", None, "", [], True, "", 3)
    >>> _is_correlative_half(t, d, 10), _is_correlative_half("加快发展大中型农机，也要发展小型农机。", d, 10)
    (True, False)
    """
    return text.startswith(_CORRELATIVE_FIRST, current.start) and \
        text.startswith(_CORRELATIVE_SECOND, clause_start) and \
        not any(c in text[current.end:clause_start] for c in "。；;")


def _makes_the_document(text: str, sentence: Span, clauses: list[Span] | None = None) -> bool:
    """The sentence ends in the document making itself (…，制定本规划。: rule self_reference), so
    the clauses before state its purpose.

    >>> t = "为把握发展机遇，推动数字经济健康发展，制定本规划。"
    >>> _makes_the_document(t, Span(0, len(t), t))
    True
    """
    clauses = clauses_of(text, sentence) if clauses is None else clauses
    if not clauses:
        return False
    s, e = _trim(text, clauses[-1].start, clauses[-1].end)
    return non_measure_rule(text[s:e]) == "self_reference"


def _prev_end(clauses: list[Span], i: int, text: str) -> int:
    """Where the clause before clause ``i`` ends, trailing punctuation trimmed (-1 for the first)."""
    if i == 0:
        return -1
    return _trim(text, clauses[i - 1].start, clauses[i - 1].end)[1]


def _is_subject_phrase(text: str, info: ClauseInfo, next_clause: Span) -> bool:
    """重点发展城市，可以利用…: verb + short object, then a modal clause -> a subject, not an action.

    >>> t = "重点发展城市，可以利用存量土地。"
    >>> _is_subject_phrase(t, ClauseInfo("measure", 0, 6, action="发展"), Span(7, 16, t[7:16]))
    True
    """
    verb_pos = text.find(info.action, info.start, info.end)
    if verb_pos < 0 or info.end - (verb_pos + len(info.action)) > 4:
        return False
    nxt = text[next_clause.start:next_clause.end].lstrip()
    return _any(load_verbs()["noun_subject_next_patterns"], nxt)


#: Rule kicker_line: the longest kicker (a short label ending in a colon) read as part of a heading.
_KICKER_MAX = 10


def _is_kicker(block, next_is_heading: bool) -> bool:
    """Rule kicker_line: a short line ending in a colon right before a heading line (着眼长远：
    above 把好质量关口) is the heading's kicker, no sentence of the body.

    >>> from types import SimpleNamespace as B
    >>> _is_kicker(B(text="着眼长远："), True), _is_kicker(B(text="着眼长远："), False)
    (True, False)
    >>> _is_kicker(B(text="会议要求各地落实以下工作："), True)
    False
    """
    t = block.text.strip()
    return next_is_heading and t.endswith(("：", ":")) and len(t) <= _KICKER_MAX
