"""One sentence read clause by clause into measures (:func:`_sentence_measures`): one measure per
action clause, continuation and target clauses extend it, and the clause rules applied on the way
(figure_then_change, recipient_clause, correlative halves, subject phrases, topic_aspect,
bare_obligation). The article walk (:mod:`.walk`) calls it for each sentence."""
from __future__ import annotations

import re

from ...document import Span
from ...recognize.actors import Actor
from .analyser import NOBODY, _Analyser
from .clauses import ClauseInfo, _trim, _verb_at, clauses_of, non_measure_rule, opens_with_subject_word
from .coverbs import verb_after_coverb
from .finding import _Draft, framed_body
from .grain import lead_clause_heads, purpose_tail_verb
from .news_clauses import data_region_actor, is_document_purpose, names_a_firm, plan_frame_issuer
from .joining import _is_outcome_tail, _own_action
from .lists import _introduces_list
from .requests import opens_request
from .rules import _any, load_verbs
from . import clause_model
from .clause_shape import shape_features
from .speakers import _ActorState, _observe_clause
from .modals import disposal_only
from .status import DONE_RULES, clause_status


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
                       clauses: list[Span] | None = None, report_region: str = "") -> list[_Draft]:
    """Measures in one sentence: one per action clause; continuation/target clauses extend it.
    ``clauses``: the sentence's :func:`clauses_of`, when the caller has them; ``report_region``:
    whose government an unnamed 政府工作报告 is (rule work_report_voice), ``home_region`` when ''.

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
        _observe_clause(text[s:e], state, speakers, publisher, home_region, text[e:e + 2], report_region)
        if requested or opens_request(text[s:e]):  # rule request_frame: 你省请求，… -- what is asked, to the sentence end
            requested, current = True, None
            continue
        # rule region_subject, for what the news reports, unless a cited plan speaks (山东发布《实施意见》。
        # 意见提出，青岛建设…: the plan's measure about a place)
        # rule own_place_scope (round 16): a planned sentence of a news report (a list of places' acts after a
        # colon, 四川某市全面排查…；浙江某市搭建…) is still each named place's own: only a cited document's
        # voice makes a place the object of someone else's plan
        analyser.places_act = analyser.news_places and not (
            (planning and analyser.document_speaks) or state.framework_doc or state.doc_issuers)
        # rule firm_subject, in news unless a cited document speaks (a firm's own plan, 确保…, is no measure either)
        analyser.firms_act = analyser.news_places and not (analyser.document_speaks or state.framework_doc
                                                            or state.doc_issuers)
        info = analyser.analyse(text, clause, planning=planning or modal_seen)
        if info.named_subject or info.subject is not None and not info.subject.actor.is_media or \
                opens_with_subject_word(text[s:e]):
            state.named_subject = True  # rule commentary_named_subject: who acts is named from here on
        if info.kind == "plain" and current is not None and (
                own := _own_action(text, info, planning, text[current.start:current.end], current.action)):
            # rule own_action_clause: a clause the continuation rule would join to the measure before
            # it, but that carries an action of its own (更大力度地促进…, 某水厂实现水源切换): a row of its own
            info, split_from = ClauseInfo("measure", info.start, info.end, action=own, has_modal=info.has_modal), current
        else:
            split_from = None
        # rule clause_model: where the analyser decided by default (lead_verb, no_verb), the model decides
        info = clause_model.decide(info, text, s, genre=analyser.genre, frame=analyser.frame,
                                   planning=planning or modal_seen, open_measure=current is not None,
                                   place=clause_model.place_features(i, len(clauses), current is not None)
                                   + " " + shape_features(text, sentence.start, sentence.end,
                                                          [c.start for c in clauses], [c.text for c in clauses],
                                                          i, current is not None, analyser.frame))
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
        if info.kind == "measure" and current is not None and i + 1 == len(clauses) and \
                current.end == _prev_end(clauses, i, text) and purpose_tail_verb(text[info.start:e], current.action):
            current.end = info.end  # rule purpose_tail_verb: 强化…服务，降低…成本 -- what the action is for
            continue
        # rule disposal_jiang (modals): a clause whose only modal is 将其纳入… is not planned by it, nor
        # does it carry a plan to the clauses after it; a modal carried from a clause before still plans
        own_modal = info.has_modal and not disposal_only(text[s:e])
        status_modal = own_modal or (info.kind == "measure" and modal_seen)
        if info.kind == "measure" and modal_seen:
            info.has_modal = True
        modal_seen = modal_seen or own_modal
        if info.subject and info.subject.actor.kind in ("generic", "nobody"):
            # 城市人民政府要成立…: a body outside the table is the subject of its sentence only
            sentence_actor = info.subject.actor
            if info.subject.actor is NOBODY:  # rule plan_frame_issuer: 根据行动计划，我国将… -- the plan's issuer
                sentence_actor = plan_frame_issuer(text[sentence.start:s], state.doc_issuers) or NOBODY
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
        if info.kind == "measure" and i == 1 and current is not None and out == [current] and \
                not current.awaiting_verb and not current.has_modal and current.end == _prev_end(clauses, i, text) \
                and not info.hosted and not info.benefactive and _later_actions(text, clauses[1:2], True) and \
                lead_clause_heads(text[current.start:current.end], info.subject is not None,
                                  _later_actions(text, clauses[2:], True)):
            # rule lead_clause (grain): 全力推进大气治理，完成…拆除，对…整治 -- the short opening clause heads a
            # series of actions: one row from the lead to the first action's end, its verb the action's
            verb_pos = text.find(info.action, info.start, info.end)
            current.action, current.end, current.core_end, current.class_start = info.action, info.end, info.end, s
            current.verb_end = verb_pos + len(info.action) if verb_pos >= 0 else current.verb_end
            current.has_modal = current.has_modal or info.has_modal
            current.clause_status = current.clause_status or clause_status(text[s:e], status_modal)
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
                             clause_status=clause_status(text[s:e], status_modal),
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


def _later_actions(text: str, clauses: list[Span], planning: bool) -> int:
    """How many of ``clauses`` open with a lead verb (after a modal or adverbs) or a coverb phrase and its
    verb (对…进行整治): the actions of a series (rule lead_clause); a purpose clause (满足…需求, rule
    purpose_tail) is none.

    >>> t = "强化产业支撑，帮扶困难企业，推动项目建设，成效明显。"
    >>> _later_actions(t, [Span(14, 21, t[14:21]), Span(21, 26, t[21:26])], False)
    1
    """
    purposes = load_verbs()["purpose_tail_patterns"]
    return sum(bool(_verb_at(text, s, planning)[0] or verb_after_coverb(text, s, planning)[0])
               and not _any(purposes, text[s:e]) for c in clauses for s, e in (_trim(text, c.start, c.end),))


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
