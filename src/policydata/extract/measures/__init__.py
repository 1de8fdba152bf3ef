"""Stage 4b: measures -- who commits to do what, with which instrument, in which area.

A *measure* is one action clause that an actor commits to: 制定“十五五”扶持个体工商户发展规划,
实施“宽带升级”专项, 支持老旧住房分批改造、拆旧建新. The rules are data in ``lexicons/``:

* ``measure_verbs.json`` -- lead verbs, modals, adverbs, intro/enumerator/time prefixes, and the
  cues of non-measures (statistics, evaluations 是…的, questions, captions, bylines);
* ``actors.csv`` -- the bodies that act (:mod:`policydata.recognize.actors`);
* ``instruments.json`` -- named, ordered instrument rules (:data:`.instrument_rules.INSTRUMENT_RULES`):
  obligation, by law (依法…), verb class (谋划 -> plan, 试行 -> pilot, 严禁 -> regulation), built
  facility, offence, head noun (the keyword ending last in the lead verb's object), container head
  (建设, 政策, 机制), benefactive service (为…群众…), verb default, counted object (培育…30家), none;
  each finding keeps the deciding rule (``instrument_rule``);
* ``policy_areas.json`` -- Comparative Agendas Project topics with Chinese keywords; broad
  modifiers (企业, 数字) decide last; the finding keeps the rule that decided (``policy_area_rule``,
  :data:`.policy_area_rules.POLICY_AREA_RULES`: object keyword, clause keyword, row keyword (the
  clauses joined to the row), sentence keyword, paragraph topic, document topic, none).

The clause rules, grouped by what they decide (each named; words in ``measure_verbs.json``):

* Not a measure (``non_measure_rules`` and the analyser): principles and slogans (坚持…, 统筹A和B),
  purposes (确保…; 为了… opens no place phrase: purpose_weile; a 满足…需求 clause or a role played, 发挥…作用/效应,
  ending a sentence after its measures: purpose_tail, role_tail), outcomes
  (实现…, 促进…, 提升…能力; effects told with 了), exhortations (切实…, 着力…), stated needs
  (需要进一步…, 需要强化…) and agenda lines (做好以下N个方面工作); sections of guiding thought and
  principles (指导思想, 基本原则); a paragraph's summary sentence (二是…，…。); in an official
  document, a paragraph's short one-clause opening (扩大有效投资。…: lead_line), a six-character
  topic line inside a paragraph (sub_topic_line), a short line of its own that heads the paragraph
  after it (打造宜居城市。: topic_paragraph) and a clause announcing a list (…，包括：: list_intro); a
  sentence that ends announcing the list after it (…，抓好如下重点任务：: list_lead), a
  sentence of goals (到2027年，建成…: goal_sentence) or of general requirements (做好今年工作，要…:
  work_requirements); in news, what a firm's speaker or executive says (firm_quote,
  executive_speaker), what scholars and private persons think, and how a sector stands (X建设稳步推进:
  news_progress, when no government issues the text); 针对…问题， is an adverbial
  (problem_adverbial) and 稳住商品消费，… the topic of its sentence (topic_clause).
* A measure although the verb is not first: reported actions in object-first form (X建成通车,
  城市更新有序开展: ``result_predicate_patterns``), 将X纳入Y and 将资金拨付到… (disposal,
  disposal_final_verbs), 新认定X给予…奖补 (recipient_topic), 某局近日印发… / 某部正式印发…
  (subject_adverbial, body_act_adverbs), 为不少于N名…提供… (benefactive), a document named and then
  published (…方案印发: document_published), X投产, 新实施… (new_count), and reported actions that carry
  a count: 新增 + facilities (new_facility), 已完成 + units (tallied_completion), 12市共发放…
  (counted_divisions), 全国共查处… (tallied_subject), 获批建设… (approved_action); 巩固拓展/完善…机制
  (consolidate_system) and 明确由… are commitments. In a review, a task told object first and then
  completed, paid, handled, put in force or brought to all (X任务全面完成, X债券按时足额兑付, X风险稳妥处置,
  X等政策落地实施, X实现…全覆盖: completed_object), a tax preference put on a service (X按规定适用…优惠政策:
  preference_applies) and 培训 with a count of people (trained_count) are measures too. Round 11 verb
  classes: 配套建设… (matching_adverb), 连续举办N届…/8次牵手… (repeated_action, reported), 充分运用… behind
  a committing adverb (use_verb), 明确了…要求 (norm_setting), X计划纳入Y名单 (object_first_inclusion),
  规则将自…起施行 (document_in_force), 某区累计推出… (tallied_after_subject), 到小区宣讲… (destination_adverbial).
* Verb last or after a coverb (round 14, constructions rather than phrases): a policy object first and a
  verb of establishing, enacting, launching, approving or ending last (某实验室启动运行, 某基金设立, 某法颁布实施,
  某类限制措施全部取消: verb_final_result, a reported measure; a firm's outcome has no policy-object head);
  the passive of an inclusion (…被纳入生态保护红线, X载入宪法: object_first_inclusion); what a meeting did,
  after the sentence convened it (…召开…会议，讨论通过《…》，听取…汇报，审议通过《…（草案）》: meeting_act, a
  reported measure of the meeting's body; round 17: also 会议审议通过… opening a later paragraph,
  meeting_paragraph_act, and the meeting the lead convened speaks the report's 会议指出…, lead_meeting_voice); a coverb phrase before the action (某部一直对…予以倾斜, 某局正在对《规划》
  进行修订, 某部与财政部共同安排…, 继续将某省作为重点: coverb_frame); 将X落到Y上 (disposal); a verb opening its
  clause with its amount before its object (一次性增加2万亿元债务限额: figure_object, an action, not a statistic).
* Commentary by text type (round 13): in an article that is the writer's own view (a signed piece,
  （作者为…）, or a commentary column, 人民论坛: the document context's ``text_type``) a clause is a
  measure only when a named body or place acts in it or in a clause before it in its paragraph
  (commentary_named_subject: 各地深耕…, 湖北省…重点纠治…; not the writer's 需要建立健全…).
  将 marking the object of a joining verb (将A与B深度融合, 将X融入Y: disposal_object) plans nothing;
  以X为导向, frames the clauses after it (yi_wei_frame); a clause that only names a firm
  (这座…工厂，将…) is the subject of the clauses after it (firm_topic_clause).
* Commentary, no measure (round 11): talks on topics (…等交换意见: talk_topic), a demand read into a field
  (对…提出了新的更高要求: demand_raised), an advantage a place has for what the clause before names
  (advantage_held), a clause followed by an aspect of it (X，关键的一点，在于…: topic_aspect), a firm's
  person's words without quotation marks (张三说，既要…: firm_person_speech).
* No measure (round 14, precision): carrying out work or decisions in general, only scope words
  before the head (推动各项工作落实到位, 做好今年全市政府工作: generic_task); a sense of duty or a climate
  urged (增强…的使命感, 推动形成…的氛围: climate_urged); a noun phrase, even verb-initial, with a state
  predicate at the end (开放水平有新提高, 改革红利加速释放: state_predicate); and, in a reply, what the
  addressee asks for (你市请求，国家…, 希望国家…: request_frame, :mod:`.requests`), to the end of the sentence.
* Who acts: subjects joined (财政部、税务总局要…: coordinated_subject) act through the first;
  departments a document directs (各地商务主管部门负责…: addressed_departments; 各级各单位; 行业主管部门要…:
  class_departments) and 我委/我局 (first_person_body) carry out the issuer's measure; a note in 〔〕 or
  （责任单位：…） names the lead unit (bracket_note; also on a line of its own after the item: own_line_note,
  round 17), but a body the clause names with 由 (由市财政给予…:
  granted_by) acts over it; 国务院总理某某签署… is the body's act (leader_acts); a bureau the table does not list
  opening a clause (某县应急管理局安排…: bureau_subject) acts, under its division's official name (official_place_name);
  a speaker who opens a direct quotation (某局副局长张三介绍：“…”) speaks for that paragraph only (quoted_speaker_scope).
* Grain (round 15, by clause role, :mod:`.grain`): subject words side by side (各地各有关部门要…, 全省各地要…:
  juxtaposed_subjects) and a policy as subject (财政政策要加大…, 货币政策适时下调…: policy_subject) lead an
  action of the issuer or speaker; the last clause opened by a verb of effect after a measure (…，降低…成本:
  purpose_tail_verb) is what the measure is for and joins its row; 完成 with an action verb as complement
  (完成新建、改造N个…, 完成N个…验收: completed_verb_task) and a verb, its object and the count it covers
  followed by the count's change (推广…N万亩、增长N%: counted_action) are actions; a quotation whose speaker
  is an unnamed expert or people in general (”有关专家表示: crowd_quote) is no measure.
* Figure-bearing actions (round 17, :mod:`.figure_actions`): a verb, its object and a sum of money told as a
  level reached (发放消费券超过N亿元: money_level_action) is an action, its sum a figure; 一要…，二要… numbers
  duties like 一是/二是 (ordinal_modal); 每年/每季度 before an action is a time (frequency_time).
* Planned or reported: in a review section 继续 alone tells work that went on (continued_in_review).
* News (``news_clauses``): a policy told in force, policy first (X政策加力扩围, 得益于X专项行动深入实施:
  policy_in_force, a measure of no named body, also inside a firm's quotation); 源于/得益于 + a place that
  acts (cause_subject); a body publishing data takes no measure (data_release); 住建部门 with no place in
  a story set in one county stays as written (local_department); a document being drafted and what it is
  for (in_preparation, document_purpose); state firms' short names (中国某车: state_firm_name) act for
  themselves; a 盟 or 地区 is governed by its 行政公署 (prefecture_office); a project's timetable (X项目计划于2027年投产, 三期工程即将开工建设: project_schedule) is its
  builder's, no measure; 建成后… is a time adverbial (completion_time).

How a text becomes measures (see :func:`extract_measures`), one module per step::

    blocks (not headings: headings)  -> sentences (segment.split_sentences)
      -> clauses (clauses: segment.split_clauses, re-merged at 、 and inside “”《》（）)
      -> each clause classified (analyser):
         intro | measure | continuation | target | statistic | evaluation
      -> one measure per action clause; continuations and target clauses extend it
         (sentence_measures, called by walk)
      -> actor, region, instrument, policy area (finding, classify); planned/reported (status).

The modules, by where a stranger looks first:

=======================  ===========================================================================
``walk``                 the entry point: an article's blocks and sentences, the state carried between
                         them (actor, tense, section), each sentence's measures finished into rows
``sentence_measures``    one sentence's clauses, one measure per action clause (continuations and
                         targets extend the open one)
``sentence_screens``     sentences that commit nobody (questions, definitions), self_reference,
                         continued_in_review
``heading_scope``        what a heading does to the walk: kicker_line, numbered_item, its lead unit, a
                         plan cue ending a review
``unit_notes``           responsibility notes: the units a note lists, which leads, a note on a line of
                         its own after its item (own_line_note), 市X as the home city's X (round 17)
``joining``              where a measure's row ends: a clause joined to it, a row of its own
                         (own_action_clause: 更大力度地促进…, 某水厂实现水源切换, 某机场建成投运) or an outcome (outcome_tail)
``lists``                clauses and sentences announcing a list (list_intro, list_lead): its items act
``clause_model``         the learned fallback (rule clause_model) where the analyser decided by default
``grain``                which clause of a sentence is the commitment, by role: a policy as subject,
                         a purpose tail, 完成 + an action, an action with its count (round 15)
``figure_actions``       when a clause with a statistic cue and a lead verb is an action all the same:
                         figure_object, counted_action, money_level_action (round 17)
``analyser``             the kind of one clause (intro, measure, target, statistic, firm, not_measure)
                         with its verb, modal and subject -- most "is it a measure" rules end up here
``clauses``              splitting a sentence into clauses; what opens a clause; ``non_measure_rule``
``headings``             blocks and sentences that hold no measures (headings, captions, principles)
``constructions``        report and approval-document constructions (field labels, project tallies)
``coverbs``              the verb after a preposition's adverbial or a coverb phrase (对…予以…, 与某部共同…),
                         a verb's amount before its object, and what a meeting did (round 14)
``news_clauses``         news constructions (a policy in force, a cause word, a local department)
``money``                money as the means of a measure (rule money_channel)
``subjects``             bodies that open a clause or publish (工信部…, 贵州提出，)
``speakers``             who speaks as the article goes on (issuer, speaker's unit, cited document)
``quotes``               the quotations of a news article and who speaks them (firm_quote, quoted_speaker)
``status``               planned or reported
``finding``              the row being built and how it is finished (actor fallback, region)
``classify``             instrument and policy area: the entry point (:func:`classify_measure`)
``instrument_rules``     the instrument rule table (``instruments.json``)
``instrument_heads``     rules encouraged_party and mechanism_head of that table (round 17)
``policy_area_rules``    the policy-area rule table (``policy_areas.json``)
``objects``              what both read: the measure's texts and the lead verb's object and its head
``topics``               the policy-area keyword look-up ``classify`` uses
``named``                the named policy and the five-year-plan framework a measure carries out
``rules``                the stage's lexicons, read once and compiled
``explain``              a debug listing of the rule behind each field (``python -m ...explain``)
=======================  ===========================================================================

The actor is tracked through the document (``speakers._ActorState``): a speaker's unit
(工业和信息化部副部长王立群表示 ... 王立群表示), the subject of a modal clause (工信部将…),
a cited document (《实施意见》提出 -> the government that published it), a paragraph's
responsibility note (（民政部、文化和旅游部等负责） -> the first, leading unit), 我代表X.
Fallbacks: the issuer argument (when it is a government body, not a news outlet), then the
most recent actor mentioned in the article. When the issuer is a government body it speaks the
whole text: a subject another sentence names (某市人民政府要…) governs that sentence only, and a
place that puts out something other than a document (某市推出…线路) is no actor at all.

Example::

    >>> from policydata.document import Article, Block
    >>> text = "工信部将实施“宽带升级”专项，在城市地区部署5G-A网络。"
    >>> art = Article(1, "", text, [Block("body", 0, len(text), text)])
    >>> [(text[m.start:m.end], m.actor, m.action) for m in
    ...  extract_measures(art, issuer="", region_id="CN", region_mentions=[])]
    [('工信部将实施“宽带升级”专项', '工业和信息化部', '实施'), ('在城市地区部署5G-A网络', '工业和信息化部', '部署')]
"""
from .classify import (Classification, MeasureText, classify_instrument, classify_measure, decide_instrument,
                       decide_policy_area, dominant_topic, framework_of, named_policy_of, object_of, topic_of)
from .clauses import ClauseInfo, clauses_of, non_measure_rule
from .finding import MeasureFinding
from .status import clause_status, heading_status, lead_status
from .subjects import announcing_subject, is_reporting_body
from .walk import extract_measures

__all__ = ["extract_measures", "MeasureFinding", "ClauseInfo", "clauses_of", "non_measure_rule",
           "classify_measure", "MeasureText", "Classification", "object_of",
           "decide_instrument", "classify_instrument", "topic_of", "decide_policy_area", "dominant_topic",
           "named_policy_of", "framework_of", "clause_status", "lead_status", "heading_status",
           "announcing_subject", "is_reporting_body"]
