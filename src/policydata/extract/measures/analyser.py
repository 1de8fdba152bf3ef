"""The kind of one clause: intro, measure, plain, target, statistic, evaluation, obligation,
firm (a firm's or people's action) or not_measure, with its action verb, modal and subject (:class:`_Analyser`)."""
from __future__ import annotations

import re

from ...document import Span
from ...recognize.actors import Actor, ActorMention, find_actors, township_government
from ...text.patterns import alternation
from .constructions import (DIRECTIVE_MODALS, GOVERNMENT_WORDS, asks_a_body, facility_after, firm_name, funding_verb,
                            is_field_label, is_project_tally, means_phrase, verb_after_object)
from .coverbs import meeting_act_at, verb_after_coverb, verb_after_preposition
from .figure_actions import figure_action
from .grain import completed_verb_task, policy_subject_end
from .action_patterns import (_inclusion_at, _new_facility_at, _norm_set_at, _tally_before_verb, _trained_count_at,
                              _verb_after_destination, document_in_force_at, norm_reference_at, verb_final_result_at)
from .clauses import (ClauseInfo, opening_body, WRITER_SUBJECTS, _body_act_start, verb_after_subject, _skip_adverbs, _after_condition,
                      _completed_task_at, _disposal_verb_at, _grant_after_recipient, _is_copula, _modal_at,
                      _skip_prefixes, _trim, _verb_after_basis, _verb_after_beneficiary, _verb_after_done_subject,
                      _verb_at, non_measure_rule)
from ...text.segment import CJK_RANGE as _HAN
from .rules import _any, _first_match, _first_search, _match_word, load_verbs, modified_name_end, research_team_end
from .news_clauses import cause_subject_end, policy_in_force_at
from .place_subjects import PlaceSubjects, divisions_word, plural_divisions
from .released_titles import released_title_at
from .subjects import _after_leader, _body_at_start, anaphoric_body, announcing_subject, joint_subject
from .subject_first import generic_subject, subject_non_measure


#: a cited document's title: 《方案》
_CITED_DOCUMENT = re.compile(r"《[^》]{1,60}》")

#: the actor of a measure whose text names no government body (我国深入实施…): actor ""
NOBODY = Actor("", "national", "", "nobody")

#: rule firm_subject: the subject of a clause that is a firm, a school, a hospital or people, no
#: government body: what it does is no measure (kind "firm" of :class:`ClauseInfo`)
FIRM = Actor("", "local", "", "firm")

#: words that open a clause but are no subject: the agent of a passive or a disposal (由企业统筹…)
_NOT_SUBJECT_OPENINGS = "由被让使把将对为在与"


class _Analyser(PlaceSubjects):
    """Classifies clauses; knows the article's speakers for intro detection."""

    def __init__(self, speakers: dict[str, ActorMention | None], home_region: str):
        self.speakers = speakers
        self.home_region = home_region
        #: townships the article names, by offset: start -> (surface, 9-digit code); a township
        #: opening a clause acts through its government (李庄镇引导…)
        self.townships: dict[int, tuple[str, str]] = {}
        self._clause_start = 0
        #: rule region_subject: no government issues the text (news, commentary), so a place
        #: opening a clause and followed by its action (广东推动…, 某县通过搭建…) is its government
        self.places_act = False
        #: the article has no government issuer: region_subject may apply (walk sets places_act
        #: per clause from it)
        self.news_places = False
        #: the document is news by its genre (rule news_progress reads it with news_places)
        self.news_genre = False
        #: rule firm_subject: a firm or people opening a clause acts for itself (walk sets it per
        #: clause: news, unless a cited document speaks)
        self.firms_act = False
        #: a cited document speaks in the paragraph (意见提出，…): what firms and schools do there is its plan
        self.document_speaks = False
        #: rule regulated_party: a government issues the text (no news, walk sets it), so the parties it
        #: regulates (经营主体应…) and the institutions it instructs (银行机构应…) are objects of its rules
        self.issuer_speaks = False
        #: rule regulated_party_in_news: the paragraph's story reported a rule put in force (某行制定了《…规定》，
        #: 自…起施行): the obligations after it (经营主体应…) are that rule's content (walk sets it)
        self.rule_reported = False
        self.genre = self.frame = ""  #: the genre and the section's frame (review, plan, …): rule clause_model reads them
        self.local_story = ""  #: rule local_department: the county a news story is set in (news_clauses)
        #: firms the text names by an executive's title (subjects.firm_names), longest first
        self.firm_names: list[str] = []
        lex = load_verbs()
        speech = alternation(lex["speech_verbs"])
        titles = alternation(lex["speaker_titles"])
        names = alternation(speakers) if speakers else "(?!)"
        # 李明表示 / 商务部副部长李明表示 / 《实施意见》提出 / 据介绍
        self.intro_prefix = re.compile(
            rf"^(?:据(?:介绍|了解|悉)|(?:[^，,。；;]{{0,30}}?(?:{titles})[{_HAN}]{{0,3}}|{names})"
            rf"(?:在[^，,。；;]{{1,20}}?[上中时])?(?:{speech})|《[^》]+》(?:{alternation(lex['document_speech_verbs'])}))[，,:：]?")

    def analyse(self, text: str, span: Span, planning: bool = False) -> ClauseInfo:
        """Classify one clause; ``planning``: the sentence/paragraph plans (plan-only verbs lead)."""
        lex = load_verbs()
        s, e = _trim(text, span.start, span.end)
        t = text[s:e]
        if not t:
            return ClauseInfo("plain", s, e)
        self._clause_start = s
        if is_field_label(text, e, t):
            return ClauseInfo("plain", s, e)  # rule field_label: 设计速度：350公里/小时 -- a field and its value
        if t.rstrip("，,：: ") in lex["discourse_markers"]:
            return ClauseInfo("intro", s, e)  # rule discourse_marker: 值得一提的是，… is no evaluation
        pos = 0
        m = self.intro_prefix.match(t)
        announced = announcing_subject(t, self.home_region)
        if m:
            pos = m.end()
        elif announced and not any(t.endswith(v, 0, announced[1]) for v in lex["lead_verbs"]):
            # 贵州提出， / 山东明确称，要… / 国务院常务会议指出 (国务院印发《…》 stays an action)
            pos = announced[1]
            while pos < len(t) and t[pos] in "，,:：":
                pos += 1
        if pos >= len(t):
            return ClauseInfo("intro", s, e)
        pos = _skip_prefixes(t, pos)
        if pos >= len(t):
            return ClauseInfo("intro", s, e)
        pos = cause_subject_end(t, pos, self.home_region) if self.news_places else pos  # rule cause_subject
        quote_start = pos
        if self.news_places and (policy := policy_in_force_at(t, pos)):  # rule policy_in_force: 某政策加力扩围
            return ClauseInfo("measure", s + policy[0], e, action=policy[1], subject=ActorMention(0, 0, NOBODY), policy_in_force=True)
        if (act := meeting_act_at(text, s, t, pos, self.home_region)) is not None:  # rule meeting_act: …召开…会议，讨论通过《…》
            return act
        if self.news_places and (released := released_title_at(t, pos, self.home_region)):  # rule released_title
            return ClauseInfo("measure", s + pos, e, action=released[0], subject=released[1], hosted=released[1] is not None)
        pos = _after_condition(t, self._skip_document_subject(t, pos, planning))  # rule conditional_subject
        pos += asks_a_body(t, pos, self.home_region)  # rule request_body: 请某部…给予支持 -- the body acts
        rest = t[pos:]
        opening_place = (pos, self._place_at(t, pos))  # asked again below when pos has not moved
        if (place := opening_place[1]) and (fund := funding_verb(t, pos + len(place))) and \
                (gov := self._government_of(t, pos, place)):  # rule place_funding: 某省出资12亿元
            return ClauseInfo("measure", s + quote_start, e, action=fund, subject=ActorMention(0, len(place), gov))
        has_stat_cue = _any(lex["statistic_patterns"], rest)  # the figure and target cues: read below, where used
        # subject before a modal/verb: 工信部将…, 我们要…, 各省级人民政府要…
        subject, named = None, ""  # named: a subject word or place read before the verb (ClauseInfo.named_subject)
        actors = find_actors(rest, self.home_region)
        firm_end = 0 if not self.firms_act or (actors and actors[0].start == 0) else \
            self._firm_subject(t, pos, planning)
        if firm_end:  # rule firm_subject: 某某科技有限公司推出… / 村民们在…开设…: no government acts
            return ClauseInfo("firm", s + quote_start, e, subject=ActorMention(0, firm_end - pos, FIRM))
        if actors and actors[0].start == 0 and self.places_act and actors[0].actor.kind == "government":
            divided, end = plural_divisions(actors[0].actor, t, pos + actors[0].end)  # rule plural_divisions: 某市各区…
            actors[0] = ActorMention(0, end - pos, divided) if end > pos + actors[0].end else actors[0]
        if actors and actors[0].start == 0:
            after = self._after_coordinated_bodies(t, pos + actors[0].end, planning)
            if self.news_places:  # rule joint_subject, in news: 甲局与乙海关开展… (a policy text's bodies: the first leads)
                actors[0] = joint_subject(t, pos, actors[0], after, self.home_region)
            after = _after_leader(t, after, planning)  # rule leader_acts: 国务院总理某某签署…
            if self._adverbial_only(t, after, planning):
                # rule body_adverbial: 某局利用…，组织… / 某局就…召开…，部署…: the body leads its sentence
                return ClauseInfo("intro", s, e, subject=actors[0])
            verb, _, modal = _verb_at(t, after, planning)
            if not (verb or modal):
                # rule subject_adverbial: a body, then a time word or a place adverbial (在…内/上/中),
                # then its action (某局近日印发…, 某局在全国范围内部署开展…)
                after = _body_act_start(t, after)
                verb, _, modal = _verb_at(t, after, planning)
                if not verb and t.startswith("在", after):
                    verb = verb_after_preposition(t, after, planning)[0]
                if not verb:  # rule basis_phrase: 某厅根据…情况安排…
                    verb = _verb_after_basis(t, after, planning)[0]
                if not verb:  # rule coverb_frame: 某部一直对…予以倾斜 / 某部与财政部共同安排… -- the action last
                    verb = verb_after_coverb(t, after, planning)[0]
            if verb or modal:
                subject, pos = actors[0], after
        else:
            anaphor = anaphoric_body(text, s + pos, self.home_region, self.townships) \
                if t.startswith(tuple(lex["anaphors"]), pos) else None
            if anaphor:  # rule anaphoric_body: 该镇将…, 该局通过…，组织… -- the place or body named before
                mention, after = ActorMention(0, anaphor[1], anaphor[0]), pos + anaphor[1]
                if self._adverbial_only(t, after, planning):
                    return ClauseInfo("intro", s, e, subject=mention)
                after = _skip_prefixes(t, after)
                verb, _, modal = _verb_at(t, after, planning)
                if (verb or modal) and not non_measure_rule(t[after:]):
                    subject, pos = mention, after
                elif t.startswith(tuple(lex["anaphors_acting_only"]), pos):
                    # rule local_subject: 当地群众…, 当地时间… -- a modifier, no actor
                    anaphor = None
                elif not t.startswith(("的", "是", "为", "有", "共", "累计"), after) and \
                        not _any(lex["statistic_patterns"], t[after:]):
                    # 近年来，该镇不断探索…，采取…: the anaphor opens its sentence and leads the clauses after it
                    return ClauseInfo("intro", s, e, subject=mention)
            if not subject and not anaphor and (grass := self._grassroots_subject(t, pos, planning)):
                # rule grassroots_subject: 街道成立攻坚专班 / 社区干部上门讲解政策 -- the township named before
                if grass[2] or grass[1] >= len(t):  # 街道干部说：… -- the township's cadre speaks for it;
                    # 村干部带队上门， -- they go door to door: the next clause tells what they do there
                    return ClauseInfo("intro", s, e, subject=grass[0])
                subject, pos = grass[0], grass[1]
            how, mention, after = ("", None, pos) if subject else generic_subject(self, t, pos, planning)
            if how == "intro":  # rule generic_subject (subject_first): a body, then only an adverbial
                return ClauseInfo("intro", s, e, subject=mention)
            if how == "act":  # 城市人民政府要成立… / 领导小组要建立…: a body the table does not list
                subject, pos = mention, after
            if not subject and (planning or self._issues_rules()):  # rule notice_directives: 通知明确，银行机构要…
                addressee = _first_match(lex["addressee_patterns"], t, pos)  # is the notice's
                # rule regulated_party: 经营主体应…, 用人单位不得… -- an obligation the issued text imposes
                addressee = addressee or _first_match(lex["regulated_party_patterns"], t, pos)
                pos = addressee.end() if addressee else pos
            word = "" if subject else _match_word(t, pos, lex["subjects"])
            place = "" if subject or word else opening_place[1] if opening_place[0] == pos else self._place_at(t, pos)
            w = word or place
            if place and self.places_act:  # rule plural_divisions: 某市各区… -- the word is part of the subject
                w += divisions_word(t, pos + len(place))
            if not w and (policy := policy_subject_end(t, pos)):  # rule policy_subject: 财政政策要加大…
                word = w = t[pos:policy]
            if word:  # 各地区、各部门要…: rule coordinated_subject for the subject words too; rule
                # juxtaposed_subjects: 各地各有关部门要… / 全省各地要… -- subject words side by side
                w = t[pos:self._after_coordinated_bodies(t, pos + len(word), planning, juxtaposed=True)]
                w += _tally_before_verb(t, pos + len(w), planning)  # rule tallied_subject: 全国共查处…
            if w:
                verb, modal, w = verb_after_subject(t, pos, w, bool(place and self.places_act), planning)
                if not verb and not modal and (word or place and self._township_at(pos)):
                    # 我们为5万名农民工追回欠薪; rule township_beneficiary: a township, then 为 and
                    # whom it serves, then its action (某乡为村干部举办培训) -- the township acts
                    verb = _verb_after_beneficiary(t, pos + len(w), planning)[0]
                if not verb and not modal and word:  # rule basis_phrase: 各级财政根据…情况安排…
                    verb = _verb_after_basis(t, pos + len(w), planning)[0]
                if not verb and not modal and word and word not in WRITER_SUBJECTS:  # 我们: as before, no skip
                    # rule subject_word_adverbial (was nation_adverbial, 我国 only): a subject word acts as a body
                    # does (subject_adverbial: 我国正以…为抓手扩大…, 各地以消费券等支持…, 有关部门近日在…部署…)
                    after = _body_act_start(t, pos + len(w))
                    after += len(_match_word(t, after, ("正在", "正", "还", "也", "已")))
                    verb = verb_after_preposition(t, after, planning)[0] or _verb_at(t, after, planning)[0]
                    w = t[pos:after] if verb else w
                if (verb or modal) and (word in lex["nation_subjects"] or word in lex["collective_subjects"]):  # 我国…, 多地…: no body (rule collective_places)
                    subject = ActorMention(0, len(word), NOBODY)
                if verb or modal:
                    if place and (modal or self._township_at(pos) or self.places_act):
                        # 深圳要加大…: the place's government commits (but 支持…青岛建设…, no modal,
                        # is the plan issuer's measure about that place); a township opening a
                        # clause is never the issuer's scope: it acts (李庄镇引导…)
                        gov = self._government_of(t, pos, place)
                        subject = ActorMention(0, len(place), gov) if gov else None
                    named, pos = w, pos + len(w)
                elif place and (self.places_act or self._township_at(pos)) and \
                        self._adverbial_only(t, pos + len(w), planning):
                    # rule body_adverbial, for a place in news (rule region_subject): 某县以…为路径，组织…
                    gov = self._government_of(t, pos, place, zones=False)
                    if gov:
                        return ClauseInfo("intro", s, e, subject=ActorMention(0, len(place), gov))
                elif place:
                    pos, subject = self._place_acting(t, pos, place, planning, subject)
                    if subject is None and self.places_act:
                        lead = self._place_leading(t, pos, place, planning)
                        if lead is not None:  # 广东向海图强，加快建设…: the place leads its sentence
                            return ClauseInfo("intro", s, e, subject=lead)
        hosted = None if subject else self._hosted_by(t, pos)
        if hosted:  # 论坛由某部主办: the body after 由 acts
            return ClauseInfo("measure", s + quote_start, e, action=hosted[1], subject=hosted[0], hosted=True)
        if nm_rule := subject_non_measure(t, pos, subject, named):  # rule named_effort_action (subject_first)
            return ClauseInfo("not_measure", s + pos, e, has_modal=bool(_match_word(t, pos, lex["modals"])),
                              subject=subject, rule=nm_rule)  # rule subject_leads: 某部不断加大…力度，督促…: the body acts
        if _any(lex["evaluation_clause_patterns"], rest):
            return ClauseInfo("evaluation", s, e)  # …，成为共同关注的课题: the clauses before are its subject
        benefactive = False
        ob = _first_match(lex["obligation_patterns"], t[pos:])
        obligation = ob.group("word") if ob else ""
        verb, after, modal = _verb_at(t, pos, planning)
        if verb and has_stat_cue and figure_action(t, after, lex["statistic_patterns"]):
            # rule figure_object: 一次性增加6万亿元专项债务限额 -- the verb opens the clause and its amount
            # stands before its object, as 增加专项债务限额6万亿元 would after it: an action, no statistic (and
            # rule counted_action: 推广…品种N万亩、增长N%; rule money_level_action: 发放消费券超过N亿元: figure_actions)
            has_stat_cue = False
        if not verb:  # 完成12个老旧街区改造: completing a task is an action in a review too (and
            verb, after = _completed_task_at(t, pos)  # rule completed_verb_task: 完成新建、改造N家…)
            verb, after = (verb, after) if verb else completed_verb_task(t, _skip_adverbs(t, pos), tuple(lex["lead_verbs"]))
        if not verb:  # rule new_facility: 新增公办幼儿园12所 -- adding facilities is an action
            verb, after = _new_facility_at(t, pos)
        if not verb:  # rule trained_count: 重点培训3万名护理人员 -- 培训 with a count of people acts
            verb, after = _trained_count_at(t, pos)
        if not verb:  # rule norm_setting: 也明确了具体的备案要求 -- setting a norm is an action
            verb, after = _norm_set_at(t, pos)
        if not verb:  # rule basis_phrase: (某厅)根据…情况安排… -- the action follows the basis
            verb, after = _verb_after_basis(t, pos, planning)
        object_first = False  # rule disposal: the object stands before the verb (将资金拨付到位)
        if not verb:  # rule disposal: 将居民用水纳入监管重点 -- the verb after the object acts
            verb, after = _disposal_verb_at(t, pos)
            object_first = bool(verb)
            if verb and t.startswith("将", _skip_adverbs(t, pos)):
                # rule disposal_marker: 将 before the object of a disposal verb marks that object
                # (某县将他纳入计划), it is no modal: the clause neither plans nor reports by itself
                modal = False
        if not verb and not obligation and not _modal_at(t, pos):
            # rule object_first_inclusion: 首批小区计划纳入年度改造名单 -- the inclusion acts (but 应纳入…
            # is an obligation whose next verb clause joins it)
            verb, after = _inclusion_at(t, pos)
            object_first = bool(verb)
            modal = modal or bool(verb) and t.endswith(_PLAN_WORDS, pos, after - len(verb))  # 计划纳入: planned
        if not verb:  # rule recipient_topic: 新认定的示范企业给予…奖补 -- the grant is the action
            verb, after = _grant_after_recipient(t, pos)
        if not verb:
            verb, after, modal2 = verb_after_preposition(t, pos, planning)
            if not verb and obligation:  # 应按照…原则: the adverbial follows the modal
                verb, after, modal2 = verb_after_preposition(t, pos + ob.end(), planning)
            if not verb and (m_word := _modal_at(t, pos)):  # 要以…方式做好…: the adverbial follows the modal
                verb, after, modal2 = verb_after_preposition(t, pos + len(m_word), planning)
                modal2 = modal2 or bool(verb)
            if not verb:  # rule destination_adverbial: 到小区宣讲政策 -- going there, then the action
                verb, after = _verb_after_destination(t, pos, planning)
            if not verb:  # rule coverb_frame: 与财政部共同安排… / 继续将某省作为重点 -- the action after the coverb phrase
                verb, after = verb_after_coverb(t, pos, planning, objects=subject is not None)
            if not verb:  # 武汉市已建立…制度 / 某中心已建成…平台: a subject, then the action it has taken
                verb, after = _verb_after_done_subject(t, pos, planning)
                if verb:  # rule tallied_after_subject: 某区累计推出80项经验 -- the tally is no statistic cue
                    has_stat_cue = _any(lex["statistic_patterns"], t[after:])
            modal = modal or modal2
            if not verb and obligation and not has_stat_cue:
                # 应按照职住平衡原则，主要安排在…: an obligation; the next verb clause joins it
                return ClauseInfo("obligation", s + quote_start, e, action=obligation, has_modal=True,
                                  subject=subject, obligation=True)
            if not verb:  # 为3200名困难家庭学生发放资助金: a beneficiary, then the action
                verb, after = _verb_after_beneficiary(t, pos, planning)
                if verb:  # 为1万名…: the count of beneficiaries is no 为+figure statistic
                    has_stat_cue = _any(lex["statistic_patterns"], t[after:])
                    benefactive = subject is None
            if not verb and _match_word(t, pos, lex["preposition_intros"]):
                return ClauseInfo("intro", s, e, has_modal=modal)
        if (_is_copula(rest) or _any(lex["problem_patterns"], rest)) and not modal:
            return ClauseInfo("evaluation", s, e)
        in_force = ("", 0) if verb or has_stat_cue else document_in_force_at(t, pos)
        if in_force[0]:  # rule document_in_force: 新规则将自5月1日起施行 -- the issuer puts a binding rule in force
            planned = modal or any(w in t[pos:in_force[1]] for w in _PLAN_WORDS)  # 将自…起施行: planned
            return ClauseInfo("measure", s + quote_start, e, action=in_force[0], has_modal=planned, obligation=True)
        done = None if verb or modal or has_stat_cue else _first_search(lex["result_predicate_patterns"], rest)
        if done and is_project_tally(rest[:done.start("verb")]):  # rule project_tally: 甲、乙等30个项目开工
            return ClauseInfo("plain", s + quote_start, e)
        if done and done.group("verb") in lex["production_start_verbs"] and \
                not _any(lex["project_schedule_patterns"], rest[:done.start("verb")]):
            # rule production_start (round 20): 某某项目竣工投产 -- a plant that started production is its owner's
            # output, an outcome (corpus README: outcomes and firms' actions are no measures); it ends the measure
            # before it. A timetable (某项目计划于2028年投产) in a plan stays the plan's measure (rule project_schedule)
            return ClauseInfo("not_measure", s + quote_start, e, rule="production_start")
        if done:
            # 东六环入地改造工程建成通车 / 3个研究平台试运行 / 某检查站完成改造: a reported action,
            # object first; a count in the object (3个) counts the facilities, it is no statistic cue
            # rule document_published: a body opening the clause (中办国办关于…的意见发布) issued it
            opener = actors[0] if actors and actors[0].start == 0 and not actors[0].actor.is_media else None
            if opener is None and self.news_places and self.news_genre and \
                    _any(lex["progress_verb_patterns"], done.group("verb")):  # rule news_progress
                return ClauseInfo("plain", s + quote_start, e)  # in news, 某业建设稳步推进 is how things stand
            if opener is None and self.news_genre and _any(lex["project_schedule_patterns"], rest[:done.start("verb")]):
                # rule project_schedule: 某项目计划于2027年投产 / 三期工程即将开工建设 -- in news, a
                # project's timetable tells what its builder means to do, no government action
                return ClauseInfo("plain", s + quote_start, e)
            return ClauseInfo("measure", s + quote_start, e, action=done.group("verb"), subject=opener)
        final = ("", 0) if verb or modal or has_stat_cue else verb_final_result_at(t, pos)
        if final[0]:  # rule verb_final_result: 某实验室启动运行 / 某保护法颁布实施 -- the policy object first, the act last
            return ClauseInfo("measure", s + quote_start, e, action=final[0], rule="verb_final_result")
        reference = ("", 0) if verb or modal or has_stat_cue else norm_reference_at(t, pos)
        if reference[0]:  # rule norm_reference: 认定标准按照有关规定执行 -- bound to a rule, the issuer's regulation
            return ClauseInfo("measure", s + quote_start, e, action=reference[0], obligation=True, rule="norm_reference")
        has_figure = not verb and _any(lex["figure_patterns"], rest)  # a figure matters without a verb only
        if (has_stat_cue and not (modal and verb)) or has_figure:
            # 拟安排专项债券3.9万亿元、比上年增加1000亿元: a modal and a verb commit to an action,
            # whose figure the figures stage reads as a target
            kind = "target" if _any(lex["target_patterns"], rest) else "statistic"
            return ClauseInfo(kind, s + quote_start, e, has_modal=modal)
        if not verb:
            kind = "target" if has_figure and _any(lex["target_patterns"], rest) else "plain"
            # default no_verb: plain (rule clause_model may overturn it; rule added_subject: then the body opening it acts)
            return ClauseInfo(kind, s + quote_start, e, has_modal=modal, rule="no_verb" if kind == "plain" else "", opening_body=opening_body(subject, actors))
        if after >= len(t) and not object_first or _any(lex["nominal_tail_patterns"], t) or \
                _any(lex["description_tail_patterns"], t[after:]) or \
                _any(lex["modifier_clause_patterns"], t[after:]) or \
                _any(lex["noun_subject_patterns"], t[after:]):
            # a bare verb (升级,就是…), a noun phrase (…的关键时期), a subject-predicate
            # description (高质量发展扎实推进), a verb that only modifies a reported noun
            # (落实…的浙江方案出来了) or a verb phrase used as subject (重点发展城市原则上…) is not an action clause
            return ClauseInfo("plain", s + quote_start, e, has_modal=modal)
        return ClauseInfo("measure", s + quote_start, e, action=verb, has_modal=modal, subject=subject, named_subject=named,
                          obligation=bool(obligation), benefactive=benefactive, rule="lead_verb")  # default lead_verb (clause_model)

    def _issues_rules(self) -> bool:
        """Rules notice_directives and regulated_party outside a planned part: the issuer's own text
        outside its review (an opinion with no sections, 某办法), or a news paragraph after a rule it reports.

        >>> a = _Analyser({}, "CN"); a.issuer_speaks = True
        >>> a._issues_rules(), (setattr(a, "frame", "review") or a._issues_rules())
        (True, False)
        """
        return self.issuer_speaks and self.frame != "review" or self.rule_reported

    def _after_coordinated_bodies(self, t: str, pos: int, planning: bool, juxtaposed: bool = False) -> int:
        """Rule coordinated_subject: after a body opening the clause, further bodies joined to it
        (财政部、税务总局要…, 各级人民政府及有关部门应当…, A和B将…) are skipped to the action, whose
        actor is the first body (the lead, as in a responsibility note); ``pos`` unchanged when no
        body follows a conjunction or no action follows the bodies.

        >>> a = _Analyser({}, "CN")
        >>> t = "财政部、税务总局要加强政策宣传"
        >>> t[a._after_coordinated_bodies(t, 3, False):]
        '要加强政策宣传'
        >>> t = "各级人民政府及有关部门应当加强监督"
        >>> t[a._after_coordinated_bodies(t, 6, False):]
        '应当加强监督'
        >>> a._after_coordinated_bodies("财政部和企业签订协议", 3, False)
        3
        >>> t = "财政部等四部门联合印发通知"  # rule body_group: 等N部门 closes the list of bodies
        >>> t[a._after_coordinated_bodies(t, 3, False):]
        '联合印发通知'
        >>> a._after_coordinated_bodies("各地各有关部门要加强宣传", 2, False, juxtaposed=True)  # rule juxtaposed_subjects
        7
        """
        end = pos
        for _ in range(4):
            conj = _match_word(t, end, _COORDINATING_WORDS)
            if not conj and not juxtaposed:
                break
            at = end + len(conj)
            related = _RELATED_BODIES.match(t, at)
            word = "" if related else _match_word(t, at, load_verbs()["subjects"])
            bodies = [] if related or word else _body_at_start(t[at:], self.home_region)
            if not related and not word and not bodies:
                break
            end = related.end() if related else at + len(word) if word else at + max(b_end for _, b_end in bodies)
        group = _BODY_GROUP_TAIL.match(t, end)
        end = group.end() if group else end
        if end == pos:
            return pos
        verb, _, modal = _verb_at(t, _body_act_start(t, end), planning)  # 甲部、乙部公开发布了…
        return end if verb or modal else pos

    def _adverbial_only(self, t: str, pos: int, planning: bool) -> bool:
        """Rule body_adverbial: after a body opening the clause, ``t[pos:]`` is a prepositional or
        instrumental phrase (measure_verbs.json ``preposition_intros`` and ``body_adverbial_prepositions``:
        利用, 通过, 就, 依托…) with no action of its own: the body is the subject of the clauses after it.

        >>> a = _Analyser({}, "CN")
        >>> a._adverbial_only("某局利用冬闲时节", 2, False), a._adverbial_only("某局就防汛工作", 2, False)
        (True, True)
        >>> a._adverbial_only("某局在全省推广经验", 2, False), a._adverbial_only("某局的职责", 2, False)
        (False, False)

        Rule destination_lead (round 19): a destination adverbial (深入/赴/到 + grassroots places, measure_verbs.json
        ``destination_patterns``) ending the clause, maybe with more places listed after 、, is adverbial only too.

        >>> a._adverbial_only("某局深入企业、园区，", 2, False), a._adverbial_only("某局深入企业开展调研", 2, False)
        (True, False)

        Rule means_phrase (round 20): a phrase of means that a means noun closes at the clause's end
        (measure_verbs.json ``means_heads``: 等措施, 等方式) is adverbial only, even with verbs inside it.

        >>> a._adverbial_only("某市通过织密服务网络、完善托育体系等措施，", 2, False)
        True
        >>> a._adverbial_only("某市通过织密服务网络，", 2, False), a._adverbial_only("某市采取措施推动改革，", 2, False)
        (False, False)
        """
        lex = load_verbs()
        if not _match_word(t, pos, lex["body_adverbial_prepositions"]):
            pos = _skip_prefixes(t, pos)  # 某局近日利用…: a time word first
        going = _first_match(lex["destination_patterns"], t, pos)
        if going and _PLACE_LIST_END.fullmatch(t, going.end()):
            return True  # rule destination_lead: 某局深入企业、园区，… -- where it goes; what it does comes next
        prep = _match_word(t, pos, lex["preposition_intros"]) or \
            _match_word(t, pos, lex["body_adverbial_prepositions"])
        if not prep or any(t.startswith(w, pos) for w in lex["not_preposition_words"]) or \
                t.startswith(("了", "过"), pos + len(prep)):  # 某局通过了…: 通过 is the verb
            return False
        if means_phrase().fullmatch(t, pos + len(prep)):
            return True  # rule means_phrase: 某市通过织密网络、完善体系等措施，… -- the verbs inside name the means
        return not (verb_after_preposition(t, pos, planning)[0]
                    or verb_after_object(t, pos + len(prep), planning)[0])

    def _grassroots_subject(self, t: str, pos: int, planning: bool) -> tuple[ActorMention, int, bool] | None:
        """Rule grassroots_subject (news): a bare word for a township's grassroots units or cadres
        (measure_verbs.json ``grassroots_subjects``: 街道, 社区干部, 工作专班), alone or joined with its
        ``grassroots_partners`` (社区、物业…, 社区干部和网格员…), opening the clause and then
        acting (a lead verb, after 上门/入户/带队 or a preposition phrase) or speaking (街道干部说): (the
        government of the township the article named last before the clause, position after the
        subject, whether it speaks); None otherwise (no township named before, 社区食堂建成: a noun).

        >>> a = _Analyser({}, "CN"); a.news_places = True; a.townships = {0: ("埭溪镇", "330502104")}
        >>> a._clause_start = 10
        >>> found = a._grassroots_subject("社区干部和网格员上门向居民讲解政策", 0, False)
        >>> found[0].actor.name, found[1:]
        ('湖州市吴兴区埭溪镇人民政府', (13, False))
        >>> a._grassroots_subject("街道干部说", 0, False)[2], a._grassroots_subject("社区食堂建成投用", 0, False)
        (True, None)
        """
        if not self.news_places or not self.townships:
            return None
        lex = load_verbs()
        word = _match_word(t, pos, lex["grassroots_subjects"])
        if not word:
            return None
        end = pos + len(word)
        while end < len(t) - 1 and t[end] in "、和与及" and (partner := _match_word(t, end + 1, lex["grassroots_partners"])):
            end += 1 + len(partner)
        before = [(o, v) for o, v in self.townships.items() if o < self._clause_start + pos]
        gov = township_government(max(before)[1][1], max(before)[1][0]) if before else None
        if gov is None:
            return None
        mention = ActorMention(0, end - pos, gov)
        if _match_word(t, end, lex["quote_speaker_verbs"]):
            return mention, end, True
        after = _skip_prefixes(t, end)
        if _verb_at(t, after, planning)[0] or verb_after_preposition(t, after, planning)[0]:
            return mention, after, False
        # door to door (上门, 入户, 带队), then the action, perhaps after whom it is for (上门向居民讲解…);
        # the manners may chain (带队上门) and end the clause (村干部带队上门，登记…: rule grassroots_manner,
        # the action follows in the next clause)
        manner = ""
        while word := _match_word(t, after, _DOOR_TO_DOOR):
            manner, after = manner + word, after + len(word)
        if manner and after >= len(t.rstrip("，,；; ")):
            return mention, len(t), False
        if not manner or after >= len(t) or t[after] not in "向到为给" and not _verb_at(t, after, planning)[0]:
            return None
        verb_at = next((i for i in range(after, min(len(t) - 1, after + 12)) if _verb_at(t, i, planning)[0]), -1)
        return (mention, verb_at, False) if verb_at >= 0 else None

    def _firm_subject(self, t: str, pos: int, planning: bool) -> int:
        """Rule firm_subject: the end of a subject at ``pos`` that is an organisation which is no
        government body (a name ending in measure_verbs.json ``firm_subject_suffixes``, not in
        ``firm_subject_false_endings``; a firm the text named by its executive, ``firm_names``) or
        people (``person_subjects``), when it then acts (an adverbial, a preposition, a modal of its
        own or a lead verb follows); 0 otherwise: a clause opening with its verb (支持某公司建设…),
        an institution directed or bound (银行机构要…, 企业不得…).

        >>> a = _Analyser({}, "CN")
        >>> t = "某某科技有限公司推出一款新产品"
        >>> t[:a._firm_subject(t, 0, False)], a._firm_subject("支持科技公司建设研发中心", 0, False)
        ('某某科技有限公司', 0)
        >>> [a._firm_subject(t, 0, False) for t in ("县农技推广站开展技术培训", "企业的研发投入增加", "村民们自发组建巡逻队",
        ...                                        "市民服务中心投用", "研发团队全力攻关", "研发团队定期走访用户")]
        [0, 0, 3, 0, 4, 4]
        """
        lex = load_verbs()
        if _verb_after_destination(t, pos, planning)[0]:
            return 0  # rule destination_adverbial: 赴企业调研… -- going to a firm, not the firm acting
        team = research_team_end(t, pos) or modified_name_end(t, pos, self.firm_names)
        if not team and (t[pos:pos + 1] in _NOT_SUBJECT_OPENINGS or _verb_at(t, pos, planning)[0] or
                         _match_word(t, pos, lex["preposition_intros"])):
            return 0
        m = firm_name().match(t, pos)
        end = team or (m.end() if m and not any(m.group().endswith(w) for w in lex["firm_subject_false_endings"]) else 0)
        joint = re.search("[与和同]", m.group()) if m and end and not team else None
        if joint and (self._township_at(pos) or _body_at_start(t[pos:pos + joint.start()], self.home_region)):
            return 0  # rule government_with_firm: 某街道与某集团试点上线… -- the government acts, with a firm
        if end and not team and _match_word(t, pos, GOVERNMENT_WORDS):
            return 0  # rule government_before_firm: 政府部门约谈燃气企业… -- the government acts, the firm is its object
        named = _match_word(t, pos, self.firm_names) if self.firm_names and not end else ""
        end = pos + len(named) if named else end  # 某某将扎根…: a firm the text named by its executive
        if end and not team and any(_verb_at(t, i, planning)[0] for i in range(pos, end - 1)):
            return 0  # 某市一方面鼓励企业…: a verb inside, the name is a verb phrase
        if not end:  # people: 村民们在…, 游客纷纷… (not 市民服务中心: a noun goes on)
            person = _match_word(t, pos, lex["person_subjects"])
            end = pos + len(person) + (t.startswith("们", pos + len(person)) if person else 0)
            after = _skip_prefixes(t, end)
            if person and (facility_after().match(t, end) or not (
                    after > end or _match_word(t, end, lex["preposition_intros"])
                    or any(_verb_at(t, i, planning)[0] for i in range(end, min(end + 3, len(t)))))):
                return 0
        if end == pos or end >= len(t) or t[end] in "的之":
            return 0
        after = _skip_prefixes(t, end)
        if _match_word(t, after, DIRECTIVE_MODALS):
            return 0  # 通知明确，银行要…: an institution a regulator instructs (rule notice_directives)
        if team:
            # rule noun_compound_subject: a team named by its research verb (研发团队定期走访用户…) or a named
            # person or firm after a 的-modifier (在外打拼多年的某某回到家乡…) is a noun phrase opening the
            # clause: its subject, whatever verb follows -- its first verb (研发, 在) is no action of the clause
            return end
        # it acts: an adverbial or a preposition right after it (某站为装车开辟…), or a lead verb later
        if after > end or named or _match_word(t, end, lex["preposition_intros"]) or t[end] in "与和同" \
                or _match_word(t, end, lex["modals"]) or _match_word(t, end, lex["quote_speaker_verbs"]):  # 某某集团将…, 某某说，…
            return end
        own_work = any(w in t[end:] for w in lex["firm_own_action_words"])  # research work: 某团队全力攻关，…
        return end if own_work or any(_verb_at(t, i, planning)[0] for i in range(end, len(t) - 1)) else 0


    def _skip_document_subject(self, t: str, pos: int, planning: bool) -> int:
        """《方案》从…方面健全… / 《意见》还提出…: a cited document as subject is skipped.

        >>> _Analyser({}, "CN")._skip_document_subject("《方案》从八个方面健全机制", 0, False)
        4
        """
        doc = _CITED_DOCUMENT.match(t, pos) if t.startswith("《", pos) else None
        if not doc:
            return pos
        lex = load_verbs()
        after = _skip_prefixes(t, doc.end())
        if after < len(t) and (_verb_at(t, after, planning)[0] or _match_word(t, after, lex["modals"])
                               or _match_word(t, after, lex["preposition_intros"])):
            return after
        return pos

#: rule destination_lead: what may follow a destination adverbial to the clause's end (more places, 、-listed)
_PLACE_LIST_END = re.compile(rf"(?:、[{_HAN}]{{1,8}})*[，,；;]?\s*")

#: rule grassroots_subject: the manners of going to people (上门, 入户, 带队), which may chain (带队上门)
_DOOR_TO_DOOR = ("上门", "入户", "带队")

#: rules object_first_inclusion and document_in_force: words that put the inclusion or the date in force ahead
#: (计划纳入…名单, 将自…起施行): the measure is planned
_PLAN_WORDS = ("计划", "拟", "将")


#: rule coordinated_subject: the words that join a second body to the subject (A、B要…, A及有关部门…)
_COORDINATING_WORDS = ["以及", "、", "和", "及", "与"]
#: rule coordinated_subject: bodies named by their relation only (有关部门, 各相关单位)
_RELATED_BODIES = re.compile(r"各?(?:有关|相关)(?:部门|单位|方面)(?:和单位)?")

#: rule body_group: the count that closes a list of bodies (财政部等四部门, A、B等11个部门): the first acts
_BODY_GROUP_TAIL = re.compile(r"等(?:[\d一二三四五六七八九十两]{1,3}个?)?(?:部门|部委|单位)")

