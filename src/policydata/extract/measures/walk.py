"""An article walked into measures: blocks, sentences, clauses, one measure per action clause.

The walk reads an article block by block (:func:`extract_measures`): a heading sets its section's
tense, lead unit and framework (:mod:`.heading_scope`), each sentence is read clause by clause
(:mod:`.sentence_measures`) and screened as a whole (:mod:`.sentence_screens`); the drafts are
finished into findings (:mod:`.finding`)."""
from __future__ import annotations

import copy
from dataclasses import dataclass

from ..context import (names_work_done, read_apart, opens_like_news, opens_so_far_this_year,
                       standalone_context)
from ...document import CAPTION_BLOCK, TITLE_BLOCK, Article
from ...recognize.actors import (Actor, find_actors, home_government, is_admin_code, is_media_name, normalize_actor,
                                 regions_in)
from ...recognize.regions import RegionMention, region_for_actor
from .analyser import NOBODY, _Analyser
from .clauses import clauses_of
from .classify import framework_of
from .finding import MeasureFinding, _Draft, _finish
from .news_clauses import local_story_region, reports_policy_in_force, speech_spans, spoken_by_person, cites_plan, forecasts_only, \
    opens_official_speech
from .joining import _NO_INSTRUMENT
from .lists import _leads_a_list
from .headings import _is_goal_heading, _is_inline_heading, _is_principle_heading, goal_section_action, _looks_like_heading, is_topic_paragraph
from .heading_scope import _ends_review, _heading_lead, _is_kicker, _numbered_item
from .rules import _any, load_verbs
from . import clause_model
from .sentence_measures import _sentence_measures
from .sentence_screens import _committing_nothing, _continued_in_review, _makes_the_document
from .story_border import start_story, story_borders, story_mentions, story_named_organ
from .quotes import firm_quotes, quoted_speakers
from .speakers import (_speaking_for, _ActorState, _collect_speakers,
                       _observe_representation, _segment_sentences)
from .status import (_final_status, clause_status, _section_status_at, dated_before_publication, heading_status, inner_lead_status,
                     issued_document_content, issues_named_document, issues_named_rule, lead_status)
from .status_defaults import default_status, status_text_type
from .modals import disposal_only
from .case_tallies import drop_case_breakdowns
from .national_review import opens_with_run_in_lead, reviews_national_results
from .subjects import _publisher, firm_names, is_reporting_body
from .subject_first import item_addressee, opens_subjectless
from .coverbs import convened_body
from .unit_notes import own_line_notes


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
    #: rule speaker_plan_paragraph: news_plans before a quoted official's modal (某某表示，下一步要…) set it,
    #: restored at the end of that paragraph; None when no speaker's modal set it
    news_plans_before_speaker: bool | None = None
    #: rule official_voice_span: a named official's speech (某某表示，…) opened in this story and no sentence
    #: of the report's own voice has told what was done since: unattributed paragraphs go on in that voice
    official_voice: bool = False
    issued_document: bool = False  # rule issued_document_story: the story told of a document being issued
    national_review: bool = False  # rule national_review_lead: the country summed up its results just before
    issued_rule: bool = False  # rule regulated_party_in_news: the story told of a binding document issued


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
    # rule quoted_body_not_fallback (round 16): a body named inside quoted speech that no official speaks for
    # a body (“刚到这里，某市商务局就上门服务。”经理说) is no fallback actor of later clauses
    speech = speech_spans(text, [(a, b) for a, b, _, _ in quoted_by_bodies]) if analyser.news_places else []
    mentions = [m for m in mentions if not any(a <= m.start < b for a, b in speech)]

    # rule news_paragraph_actor: a report that quotes officials of several bodies (a press conference of
    # several ministries) gives each body its own paragraphs; with one voice or none the actor carries on
    voices = {_speaking_for(m.actor).name for m in speakers.values() if m}
    several_voices = len(voices) > 1
    state = _ActorState()
    # rule work_report_voice: an unnamed 政府工作报告 is the publisher's level's (人民日报 -> 国务院),
    # not that of the place the story is about: derived from the issuer here, never stored
    report_region = "CN" if region_for_actor(issuer or "") == "CN" else home_region
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
    # rule regulated_party: the issuer speaks the text (no news): its obligations bind the parties it names
    analyser.issuer_speaks = issuer_actor is not None and not reporter and not analyser.news_genre
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
    case_tallies: set[str] = set()  # rule case_tally_breakdown: the action verbs of the article's case tallies
    frame_rules = {}  # id of a draft -> the rule that set its part's role (finding.frame_rule)
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
    # rule own_line_note (unit_notes): 责任单位：X、Y on a line of its own names the lead of the item before it
    note_lines, line_leads = own_line_notes(context.blocks, headings, home_region)
    # rule read_apart (extract.context): a photo caption is read with a fresh copy of the walk's
    # state (the actor, tense and leads before the first block), so that the body's last actor or
    # plan does not pass into it, nor the caption's into the body; the title line holds no measure
    borders, fresh = story_borders(context.blocks), copy.deepcopy(walk)
    # rule lead_meeting_voice (coverbs.convened_body): the meeting the lead paragraph convenes speaks on
    # (the lead: one of the first three body blocks; a source line may stand before it)
    lead_blocks = [b for b, h in zip(context.blocks, headings) if b.kind not in (TITLE_BLOCK, CAPTION_BLOCK)
                   and not h][:3]
    lead_meeting = next((m for b in lead_blocks if (m := convened_body(b.text, home_region))), None)
    if lead_meeting is not None and state.base is not None and state.base is state.actor:
        # a government office that publishes the report of its government's meeting (某省人民政府办公厅:
        # 省政府召开常务会议) does not speak it: the meeting's body does, also for 各级各部门要…
        state.actor = state.base = lead_meeting
        fresh.actors.actor = fresh.actors.base = lead_meeting
    for i, (block, walk) in enumerate(read_apart(context.blocks, walk)):
        if block.kind == TITLE_BLOCK:
            continue
        if i in borders:
            start_story(walk, fresh)  # rule story_border: another story's dateline ends the actor's scope
        caption = block.kind == CAPTION_BLOCK
        if i in note_lines:
            continue  # rule own_line_note: the note line holds no measure
        state = walk.actors
        if block.start in plan_parts and not names_work_done(block.text):
            walk.so_far = False  # a plan part ends the review, unless it names work done (work_done_heading)
        if headings[i] and not caption and not _numbered_item(context.blocks, headings, i):
            walk.so_far = walk.so_far and not _ends_review(block.text, report_year)
            walk.heading_lead = _heading_lead(text, block, walk.heading_lead, home_region)
            heading_framework = framework_of(block.text) or heading_framework
            walk.current_lead, walk.current_heading = "", heading_status(block.text) or walk.current_heading
            walk.principle_section = _is_principle_heading(block.text, lex)
            walk.national_review = False  # rule national_review_lead: a heading ends the list
            walk.goal_section = _is_goal_heading(block.text, lex)
            if i > 0 and kickers[i - 1] and not walk.news_plans_by_document:
                # rule news_section_reset: a feature's part heading under a kicker (聚焦事前： /
                # 防患未然…) opens a new scene; what a speaker of the last scene plans (下一步，将…)
                # does not make the new scene's acts plans (a plain sub-heading of a news report on
                # a plan goes on with that plan)
                walk.news_plans = False
            continue
        # 会议要求 refers to a meeting named in the same paragraph, or to the one the lead convened
        state.meeting = lead_meeting  # (rule lead_meeting_voice)
        if context.commentary:
            # rule commentary_named_subject: in the writer's own view nobody speaks the text; a body
            # or place a clause names acts for its paragraph only
            state.actor, state.speaker, state.framework_doc, state.base = None, "", "", None
            state.named_subject = False
        block_lead = ""
        principle_block = goal_block = False
        # rule national_review_lead: after the country summed up its results, each paragraph opened by a
        # run-in lead (某设施全球领先。建成…) reports the country's acts; the first other paragraph ends the list
        national_block = walk.national_review = walk.national_review and not caption and \
            opens_with_run_in_lead(block.text)
        addressee = first_sentence = None  # rule item_addressee: the body the paragraph's first sentence opens with
        for sentence, lead_unit, units in _segment_sentences(text, block, home_region):
            if lead_unit is None and i in line_leads:
                lead_unit, units = line_leads[i]  # rule own_line_note
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
            first_sentence = first_sentence or sentence
            if (walk.principle_section or principle_block) and not (
                    (walk.goal_section or goal_block) and goal_section_action(sentence.text, lex)):
                continue  # guiding thought and principles state no measures (坚持…, 以…为指导)
            # rule dated_before_publication: a news sentence opening with a past date reports
            dated = "" if context.genre == "official" else dated_before_publication(sentence.text, context.date)
            # (so its 今年2月，… opens no plan for the section, as 今年 does in a work report)
            opening = lead_status(sentence.text, report_year)
            walk.current_lead = ("" if dated and opening == "planned" else opening) or walk.current_lead
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
                    if state.scoped_from is None:  # rule quoted_speaker_scope: for its paragraph only
                        state.scoped_from = (state.actor, state.speaker, state.framework_doc)
                    state.actor, state.speaker, state.framework_doc = body, name, ""
            # a caption reports what the photo shows: its own cues plan, not the section it sits in
            # rule review_opening (extract.roles): a work report whose review has no heading
            # (刚刚过去的一年，…) reviews in the part the document context gives, as under so_far_this_year
            in_review = walk.so_far or (not caption and context.role_at(sentence.start)[0] == "review")
            planning = "planned" in (block_lead, walk.current_lead) or \
                _any(lex["planned_clause_patterns"], sentence.text) or \
                bool(not caption and not in_review and section_status and section_status(sentence.start) == "planned")
            clauses = clauses_of(text, sentence)  # split once: both readings below use them
            analyser.frame = "caption" if caption else context.tense_at(sentence.start)  # rule clause_model
            analyser.document_speaks = block_lead == "planned"  # 意见提出，学校开设…: the document's plan
            # rule regulated_party_in_news: after a story issued a named document (某行制定了《…规定》), its
            # obligations (经营主体应…) are that document's content
            analyser.rule_reported = walk.issued_rule and not analyser.issuer_speaks
            if addressee is not None and state.actor is state.base and opens_subjectless(sentence.text, home_region):
                state.actor = addressee  # rule item_addressee: the paragraph's addressee, to its end
            before_sentence = (state.actor, state.speaker, state.framework_doc)
            found = _sentence_measures(text, sentence, analyser, state, speakers, publisher,
                                       lead_unit, units, home_region, planning=planning, clauses=clauses,
                                       report_region=report_region)
            if state.actor is not before_sentence[0] and state.scoped_from is None and \
                    any(a <= sentence.start < b for a, b in speech):
                # rule quoted_subject_paragraph (round 16): a body that opens a clause of quoted speech
                # (“刚到这里，某市商务局就上门服务。”经理说) acts there and to its paragraph's end, not
                # in the report's later paragraphs
                state.scoped_from = before_sentence
            if context.commentary:
                # rule commentary_named_subject: a commentary's clause is a measure only when a named
                # body or place (各地, 某省, 某市) acts in it, its own subject or one carried from the
                # clause or sentence before in the paragraph; the writer's 需要…, 要…, 推动… are views
                # rule commentary_example_list: a sentence the writer closes with an ellipsis (发布…规划、出台…
                # 意见……) lists examples of what was done -- reported acts, not the writer's advice
                examples = text[sentence.start:sentence.end].rstrip("。！ ").endswith("…")
                found = [d for d in found if d.named_subject or examples and not d.has_modal]
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
            found = drop_case_breakdowns(found, text, case_tallies)  # rule case_tally_breakdown
            if found and not planning and section_status and section_status(sentence.start) == "reported":
                _continued_in_review(text, found)
            issuing = False  # rule issued_document_story: a clause before in this sentence issued a named document
            for d in found:
                before = text[sentence.start:d.start]  # rule issued_document_content (news only)
                d.lead_status = inner_lead_status(before, report_year) or \
                    (issued_document_content(before, text[d.start:d.end]) if not official else "") or dated or block_lead or \
                    walk.current_lead
                d.lead_rule = "sentence_frame"
                if not d.lead_status and (in_review or caption):
                    d.lead_status, d.lead_rule = "reported", "part_role" if in_review else "caption_fact"
                d.heading_status = walk.current_heading
                frame_rules[id(d)] = "so_far_this_year" if walk.so_far else context.role_at(d.start)[1]
                news_default[id(d)] = "planned" if walk.news_plans else \
                    "issued" if walk.issued_document or issuing else "reported"
                issuing = issuing or (not official and not d.has_modal and issues_named_document(text[d.start:d.end]))
                if caption and d.actor is None:
                    d.actor = _caption_actor(text[block.start:d.start], block.start, mentions, region_mentions) \
                        or issuer_actor or home_gov or NOBODY
            planned_by = [d for d in found if d.has_modal and not disposal_only(text[d.start:d.end])]  # rule disposal_jiang
            if planned_by:
                if not walk.news_plans_by_document and (
                        all(spoken_by_person(text[sentence.start:d.start]) for d in planned_by)
                        or not walk.official_voice and forecasts_only([text[sentence.start:d.end] for d in planned_by])
                        and not any(cites_plan(text[sentence.start:d.start]) for d in planned_by)):
                    # rule speaker_plan_paragraph: what a quoted official says is to be done (毛某表示，下阶段，
                    # 要…) plans the rest of the paragraph, not the report's later paragraphs, which go on
                    # telling what was done; a plan the report itself cites (根据行动计划，我国将…) goes on.
                    # Rule reporter_plan_paragraph (round 21): so does the report's own forecast 将 that names
                    # no plan (对…申请，将督促…): the next paragraph tells again what was done (a directive 要 of
                    # a meeting's requirements runs on: 抓好…、推动… after 某机关要…). Rule
                    # official_voice_span: not while an official's speech is in force (张三表示，…。下一步，将…):
                    # that 将 is the official's, whose stated plans run on over the sections after it
                    if walk.news_plans_before_speaker is None:
                        walk.news_plans_before_speaker = walk.news_plans
                else:
                    walk.news_plans_before_speaker = None
                walk.news_plans = True
                # 付凌晖表示，要继续做好…。落实好就业优先政策…: the rest of the paragraph goes on planning
                block_lead = "planned"
            if not official:  # rule official_voice_span: who speaks the paragraphs that follow
                if opens_official_speech(sentence.text):
                    walk.official_voice = True
                elif dated or (not any(a <= sentence.start < b for a, b in speech)
                               and clause_status(sentence.text) == "reported"):
                    walk.official_voice = False  # the report's own voice tells what was done
            walk.issued_document = walk.issued_document or issuing
            if national_block and not planning:  # rule national_review_lead: the country's, no body
                for d in found:
                    if d.actor is before_sentence[0] and not d.has_modal:
                        d.actor, d.speaker = NOBODY, ""
            if not caption and not planning and reviews_national_results(sentence.text):
                walk.national_review = True  # rule national_review_lead
            walk.issued_rule = walk.issued_rule or any(issues_named_rule(text[d.start:d.end]) for d in found)
            drafts.extend(found)
            if first_sentence is sentence:
                addressee = item_addressee(sentence.text, state.actor, state.base, home_region)
            state.back_to_base()
        state.end_paragraph()
        if walk.news_plans_before_speaker is not None:  # rule speaker_plan_paragraph
            walk.news_plans, walk.news_plans_before_speaker = walk.news_plans_before_speaker, None
        if analyser.news_genre and not caption and several_voices:
            state.end_news_paragraph()  # rule news_paragraph_actor
    out = []
    news = context.genre == "news" or (context.genre == "" and opens_like_news(text))
    finished = {}  # id of a draft -> its finding (rule own_action_clause)
    for d in drafts:
        own_mentions = story_mentions(mentions, context.blocks, borders, d.start) if borders else mentions
        finding = _finish(text, d, context.blocks, drafts, issuer_actor, own_mentions, region_id, region_mentions,
                          heading_framework, home_gov=home_gov, news=news and issuer_actor is None and several_voices)
        if d.continues is not None and finding.instrument == _NO_INSTRUMENT and id(d.continues) in finished:
            # rule own_action_clause: a clause split from the measure before it whose own words
            # decide no instrument (某公园环实现闭合) is a step of that measure's kind
            finding.instrument = finished[id(d.continues)].instrument
            finding.instrument_rule = "own_action_clause"
        finding.actor = story_named_organ(finding.actor, own_mentions)  # rule story_named_organ: 检察机关 of 最高检's story
        finished[id(d)] = finding
        # the default by text type and part role (status_defaults.STATUS_DEFAULTS): a statistics release
        # reports the past year, a news report what has been done (until it cites a plan), a report on a
        # past year's execution what was done that year; unless a cue (将, 要, 力争, a plan section) says otherwise
        text_type = status_text_type(reporter=bool(reporter), news=news, news_plans=news_default[id(d)] == "planned",
                                     execution_report=context.execution_report, issued_document=news_default[id(d)] == "issued")
        default, default_rule = default_status(text_type, context.role_at(d.start)[0])
        finding.status, status_rule = _final_status(d, section_status, default=default, default_rule=default_rule)
        finding.frame_rule = frame_rules.get(id(d), "")
        finding.decided_by = f"{d.clause_rule} {status_rule}".strip()
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
