"""The named rules of the measures stage, one data table per rule: input -> expected.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from policydata.extract.measures import decide_instrument, non_measure_rule, topic_of
from policydata.recognize.actors import normalize_actor
from test_measures import article, measures, quotes

# --------------------------------------------------------------------------- not measures

@pytest.mark.parametrize("clause, rule", [
    ("坚持稳中求进", "principle"),
    ("要坚持系统观念", "principle"),
    ("贯彻新发展理念", "principle"),
    ("统筹发展和安全", "principle"),          # 统筹 before nouns: balancing, a principle
    ("统筹推进城乡供水设施建设", ""),          # 统筹 before a verb: an adverb, the action is 推进
    ("确保粮食安全", "purpose"),
    ("实现经济质的有效提升", "outcome"),
    ("保持物价总体稳定", "outcome"),
    ("促进居民收入增长", "outcome"),
    ("提升基层应急处置能力", "outcome"),
    ("持续改善营商环境", ""),                  # the adverb is a prefix the analyser strips first
    ("改善营商环境", "outcome"),
    ("切实减轻企业负担", "exhortation"),
    ("着力扩大国内需求", "exhortation"),
    ("需要进一步加强协调", "need"),
    ("重点做好以下五个方面工作", "agenda"),
    ("实施如下重点项目", "agenda"),             # 如下 announces the list like 以下
    ("完成镇区10蒸吨及以下燃气锅炉改造工作", ""),  # 以下 delimits the scope of a task, no list
    ("提升园区产业能级", "outcome"),             # a level, a reputation raised: the state sought
    ("提高本地农产品知名度美誉度", "outcome"),
    ("持续防范化解中小银行风险", "outcome"),
    ("共同推动城乡经济社会高质量发展", "outcome"),
    ("推动纺织产业链高质量发展", ""),            # an industry's development pushed: an action
    ("有力支持投资增速回升", "outcome"),
    ("做好本地特色农业文章", "exhortation"),
    ("落实省委经济工作会议部署", "principle"),
    ("落实年度重点任务", "generic_task"),  # round 14: scope words and a task head only (was "": no rule applied)
    ("落实年度防汛重点任务", ""),                 # a content word before the head: a task of its own
    ("稳妥推进防范化解金融风险", "outcome"),
    ("优化资源配置", "outcome"),
    ("整合校企资源", "outcome"),
    ("培育绿色低碳生活理念", "exhortation"),
    ("加快基础设施配置", ""),
    ("做好政府工作", "agenda"),
    ("实施城市更新行动", ""),
    ("出台支持小微企业政策", ""),
    ("补齐农村供水短板", "outcome"),          # making up a shortfall is the state sought
    ("积极促进消费", "outcome"),               # adverbs before a non-measure word are skipped
    ("牢牢守住不出现区域性金融风险的底线", "outcome"),
    ("积极稳妥化解存量债务", "outcome"),
    ("坚决遏制新增债务", "outcome"),
    ("做大做强国有资本", "outcome"),
    ("加快构建新发展格局", "outcome"),         # 构建/形成…格局: a pattern of development sought
    ("构建上下游企业协同发展的产业格局", "outcome"),
    ("优化示范区空间格局", ""),               # laying out space is a plan, not a 构建…格局 goal
    ("更加主动融入全国统一大市场", "principle"),
    ("全力支持新区建设", ""),
    ("推动经济持续向好", "outcome"),           # the economy as the object: a result sought
    ("持续推动我国海洋经济健康发展", "outcome"),
    ("推动文化产业和旅游产业深度融合", "outcome"),
    ("推动各项惠企政策落地见效", "outcome"),
    ("推动降低房贷成本", ""),                 # 推动 + an action: a measure
    ("推动公共服务重心向乡镇下移", ""),
    ("特制定本实施方案", "self_reference"),
    ("加强业务指导", "coordination"),
    ("加强战略谋划和工作指导", "coordination"),
    ("要加强组织领导", "coordination"),
    ("建立部门协调联动机制", ""),              # a mechanism set up is an action
    ("更好统筹发展和安全", "principle"),       # an adverb before 统筹 + nouns
    ("更好统筹推进城乡建设", ""),                 # 全力 is an adverb, 支持 the action
    ("抓好重点工作不动摇", "principle"),             # resolve, not an action
    ("坚定不移推进改革开放", "principle"),
    ("严格落实会议精神", "principle"),
    ("推动构建人类命运共同体", "principle"),
    ("销量再创新高", "outcome"),
    ("交上人民满意的答卷", "outcome"),
    ("力争居民收入稳步增长", "goal"),                # a goal statement: its figures are targets
    ("力争全县生产总值增长6%左右", "goal"),
    ("力争新机场建成通车", ""),                      # a facility to finish: an action
    ("提请大会审查", "self_reference"),
    ("制定了《某省发展规划纲要（草案）》", "self_reference"),
    ("现提出如下意见", "self_reference"),             # the formula that makes the document itself
    ("现就加快老旧小区改造提出以下意见", "self_reference"),
    ("现制定任务清单如下", "self_reference"),          # round 21: whatever verb makes the document
    ("现就做好社区助餐有关事项通知如下：", "self_reference"),
    ("提出整改意见", ""),                             # not the document's own formula
    ("建设智慧园区对带动周边就业具有重要意义", "significance_statement"),  # a value judged
    ("文明城市创建对城市形象有着深远的意义", "significance_statement"),
    ("对违规企业依法予以处理", ""),                   # 对 as a coverb before an action
    ("必须把质量摆在首位", "principle"),             # ranking a value first
    ("将生态保护作为不可逾越的底线", "principle"),
    ("把项目审批作为重点环节", ""),                   # not a value ranked first
    ("提高污水再生利用率", "outcome"),               # a rate raised is a result
    ("增强群众获得感", "outcome"),
    ("提升农户经营收益", "outcome"),
    ("保障新旧政策平稳有序过渡", "outcome"),
    ("保障困难群众基本生活", ""),                     # a concrete guarantee stays
    ("大力倡导绿色出行方式", "exhortation"),         # urging a way of life on the public
    ("必须坚定发展信心", "exhortation"),
    ("充分发挥企业创新主体作用", "principle"),       # the role of firms
    ("压实企业安全生产主体责任", ""),                 # a duty laid on firms is a rule
    ("构建起多层次的养老服务体系", "outcome"),       # the state reached
    ("服务区域协调发展战略", "outcome"),             # the strategy served is the aim
    ("打造一支高素质的基层干部队伍", "outcome"),     # the workforce sought
    ("在维护产业链稳定中发挥重要作用", "outcome"),
    ("做好应对极端天气的充分准备", "exhortation"),   # readiness urged
    ("抓好各项政策措施落实", "agenda"),               # carrying out the measures is none of them
    ("建设区域应急物资储备库", ""),
    ("用好财政政策空间", "exhortation"),             # room or advantages, no instrument named
    ("用好地方政府专项债券", ""),                     # an instrument used: a measure
    ("鼓励地方结合居民需求、产业特点等", "adverbial"),  # the considerations of the next action
    ("引导企业立足生产经营实际", "adverbial"),
    ("立足本地资源禀赋发展特色产业", ""),             # the action follows in the same clause
    ("鼓励各地结合实际", "adverbial"),               # the next clause acts
    ("结合实际制定实施细则", ""),
])
def test_non_measure_rules(clause, rule):
    assert non_measure_rule(clause) == rule


@pytest.mark.parametrize("text, expected", [
    ("今年要坚持稳中求进，实施城市更新行动。", ["实施城市更新行动"]),
    ("为确保供电安全，加快建设输变电工程。", ["加快建设输变电工程"]),
    ("我们要重点做好以下五个方面工作。", []),
    ("为推动数字经济健康发展，制定本规划。", []),                      # the document's own making
    ("为把握发展机遇，拓展发展新空间，推动产业升级，制定本规划。", []),  # all of it the purpose
    ("某大学团队发现新材料，计划开发新产品，加快推进中试。", []),      # a research team acts for itself
    ("中国发展必将长风破浪。", []),                                    # 发展 before 必将: a subject
    ("论坛年会在北京举行，主题为开放合作。", []),                      # an event held, no action
    ("市场主体活力在持续增强，消费回暖向好。", []),                    # a trend described
    ("顾不得寒暄，他操纵着遥控器。", []),                              # 顾不得 is no ban
    ("做好政府工作，要以新发展理念为指导，加快构建新发展格局，全面深化改革开放。", []),  # guiding thought
    ("今年工作的总体要求是：扩大内需、优化供给，防范化解重点领域风险。", []),
    ("同时，民航业积极承接客流，织密航线网络。", []),                  # an industry acts, no government
    ("首席财务官汤姆·林德则表示，将扎根中国市场。", []),              # a firm's executive speaks
    # a strategic line opening the sentence: the clauses after it spell out the line
    ("坚持以改革创新为引领，完善要素市场体系，创新招商方式。", []),
    ("坚持把民生放在首位，全面提高公共服务水平。", []),
    ("总书记强调：“要在推动科技成果转化上探索新路子。”", []),  # a leader's instruction quoted
    # a clause evaluating the clauses before it: they are its subject
    ("发展数字经济，培育新兴产业，成为各地竞相布局的方向。", []),
    ("扩大航线网络，对区域经济发展具有积极影响，有利于吸引投资。", []),
    ("建设物流枢纽，推动多式联运发展。", ["建设物流枢纽", "推动多式联运发展"]),
    ("外贸运行稳中有进，下半年依然有条件保持较快增长。", []),              # a judgement of prospects
    # 既要A，也要B: one commitment in two halves
    ("既要建设大型储能电站，也要建设分布式储能设施。", ["既要建设大型储能电站，也要建设分布式储能设施"]),
    ("加快建设大型储能电站，也要建设分布式储能设施。", ["加快建设大型储能电站", "要建设分布式储能设施"]),
    # a description after the verb: a passive outcome, how an event or a thing is
    ("重点流域生态安全得到有效保障。", []),
    ("专项规划调整得到省政府批复。", []),
    ("产业发展论坛现场人气满满。", []),
    ("研发迭代的速度快，人才储备足。", []),
    ("过去一年，投资0.8亿元完成14个城中村环境综合整治、27个农贸市场排水管网改造。",
     ["完成14个城中村环境综合整治、27个农贸市场排水管网改造"]),
])
def test_non_measure_clauses_in_sentences(text, expected):
    art = article(text)
    assert quotes(art, measures(art, issuer="某市人民政府")) == expected


# --------------------------------------------------------------------------- preposition, object, then the action

@pytest.mark.parametrize("text, expected", [
    ("对重点产品实施质量抽检。", ["对重点产品实施质量抽检"]),
    ("对涉及安全的产品依法实施认证。", ["对涉及安全的产品依法实施认证"]),   # 涉及…的 modifies the object
    ("以更大力度推动乡村振兴。", ["以更大力度推动乡村振兴"]),
    ("以需求为牵引推进技术攻关。", ["以需求为牵引推进技术攻关"]),
    ("在城东、城西布局两个物流园。", ["在城东、城西布局两个物流园"]),
    ("依托政务热线建立咨询专线。", ["依托政务热线建立咨询专线"]),
    ("对困难家庭予以补贴。", ["对困难家庭予以补贴"]),
    ("对新评定的企业给予30万元一次性奖励。", ["对新评定的企业给予30万元一次性奖励"]),
    ("对挂牌企业分别给予40万元、15万元奖励。", ["对挂牌企业分别给予40万元、15万元奖励"]),
    ("对新建项目，按设备投资额的8%给予最高500万元补贴。", ["按设备投资额的8%给予最高500万元补贴"]),
    ("按照设备投资额给予补贴。", ["按照设备投资额给予补贴"]),
    ("按时完成改造任务。", ["按时完成改造任务"]),
    ("总书记给予我们巨大鼓舞。", []),                   # the speakers as object: thanks, no commitment
    ("以项目建设为引擎，带动投资增长。", []),           # 以…为引擎: an adverbial, no action of its own
    ("在产业升级过程中，企业效益提高。", []),           # the clause ends in its locative word
    ("在线办理事项超过一半。", []),                      # 在线 is no preposition
])
def test_the_action_after_a_prepositions_object(text, expected):
    art = article(text)
    assert quotes(art, measures(art, issuer="某市人民政府")) == expected


@pytest.mark.parametrize("text, expected", [
    ("周密制定应急预案。", ["周密制定应急预案"]),                   # 周密: an adverb of manner
    ("适时组织开展专项核查。", ["适时组织开展专项核查"]),
    ("提请人大常委会审议法规草案。", ["提请人大常委会审议法规草案"]),
    ("严防骗取补贴行为。", ["严防骗取补贴行为"]),
    ("严肃工作纪律，加强内部审计。", ["严肃工作纪律", "加强内部审计"]),  # 严肃 + an object: a verb
    ("按规定落实贷款贴息政策。", ["按规定落实贷款贴息政策"]),
    ("一视同仁支持各类企业。", ["一视同仁支持各类企业"]),
    ("统筹处理好发展和安全的关系。", []),                          # balancing a relation: a principle
    ("有效应对流域洪涝灾害。", ["有效应对流域洪涝灾害"]),          # 应对 is a verb, not the modal 应
    ("会同有关部门做好资金审核。", ["会同有关部门做好资金审核"]),
    ("两次下调政策利率。", ["下调政策利率"]),                      # how often: skipped like an amount
    ("因城施策优化房地产调控。", ["因城施策优化房地产调控"]),
    ("做好“双减”工作。", ["做好“双减”工作"]),                      # a named task, not 做好…工作 agenda
    ("从明年起拟连续几年发行特别国债。", ["拟连续几年发行特别国债"]),
    ("“我们将继续实施稳健的货币政策。”", ["我们将继续实施稳健的货币政策"]),  # quoted words
])
def test_action_verbs_and_adverbs_of_manner(text, expected):
    art = article(text)
    assert quotes(art, measures(art, issuer="某市人民政府")) == expected


# --------------------------------------------------------------------------- object-first reports

@pytest.mark.parametrize("text, action", [
    ("过去一年，城市快速路全线通车。", "全线通车"),
    ("过去一年，市民服务中心正式投用。", "正式投用"),
    ("过去一年，智慧停车平台搭建完成。", "搭建完成"),
    ("过去一年，老旧管网改造项目进展顺利。", "进展顺利"),
    ("过去一年，国资国企改革有力推进。", "有力推进"),
])
def test_completed_actions_in_object_first_form(text, action):
    art = article(text)
    found = measures(art, issuer="某市人民政府")
    assert [m.action for m in found] == [action]
    assert found[0].status == "reported"


@pytest.mark.parametrize("text, expected", [
    ("过去一年，累计推出12项改革举措。", ["推出12项改革举措"]),            # a tally of actions taken
    ("过去一年，已建成8个公共服务平台。", ["建成8个公共服务平台"]),
    ("过去一年，累计培育绿色工厂超800家。", ["培育绿色工厂超800家"]),
    ("过去一年，累计接待游客1亿人次。", []),                                 # no action verb: a statistic
    ("今年拟安排专项债券500亿元、比上年增加50亿元。", ["拟安排专项债券500亿元、比上年增加50亿元"]),
    ("过去一年，会展中心、体育中心正式投用。", ["会展中心、体育中心正式投用"]),  # 会展: no modal
    ("目前，某市已建立外企服务专员制度。", ["某市已建立外企服务专员制度"]),   # subject, 已, the action
    ("服务中心已建成12个公共平台。", ["服务中心已建成12个公共平台"]),
    ("城区8条主干道已基本完成管网改造。", ["城区8条主干道已基本完成管网改造"]),
    ("近年来已吸引近300家科技企业。", ["吸引近300家科技企业"]),             # a span of time (rule span_time) reads like 过去一年: a tally
    ("各地要以通俗易懂的方式做好政策宣传。", ["各地要以通俗易懂的方式做好政策宣传"]),  # modal, adverbial, verb
    ("利用三年时间对老旧小区进行改造。", ["利用三年时间对老旧小区进行改造"]),      # 进行 + the action noun
    # quoted speech keeps its clauses apart (a quoted name such as “建、用、研” stays whole), and
    # 不光是…/更是… are connectives, not a copula that makes the sentence an evaluation
    ("“作为养殖大县，我们大力推广智慧牧场，不光是因为草场有限，更是主动求变。”", ["我们大力推广智慧牧场，不光是因为草场有限，更是主动求变"]),
])
def test_tallied_and_committed_actions_with_figures(text, expected):
    art = article(text)
    assert quotes(art, measures(art, issuer="某市人民政府")) == expected


@pytest.mark.parametrize("text,expected", [
    # an object-first completion (X建成投运, X完成改造) reports an action done; a count in the object
    # counts the facilities (the corpus convention annotates 3个研究平台试运行 as a measure)
    ("过去一年，3座污水处理厂建成投运。", ["3座污水处理厂建成投运"]),
    ("过去一年，2个交通枢纽完成提标改造。", ["2个交通枢纽完成提标改造"]),
    ("过去一年，东门检查站完成改造。", ["东门检查站完成改造"]),
    ("过去一年，新增城镇就业3万人。", []),                              # no completion: a statistic
    ("过去一年，污水处理率同比提高2个百分点。", []),
    ("过去一年，累计5座水厂建成投运。", []),                              # a statistic cue (累计)
])
def test_object_first_completions_with_counts(text, expected):
    art = article(text)
    assert quotes(art, measures(art, issuer="某市人民政府")) == expected


@pytest.mark.parametrize("text,expected", [
    # adverbs of manner before the lead verb (有力, 广泛, 精心): the clause after the comma is a commitment
    # of its own, not a continuation of the one before
    ("加强项目管理，有力开展防汛抢险。", ["加强项目管理", "有力开展防汛抢险"]),
    ("完善培训体系，广泛开展职业培训。", ["完善培训体系", "广泛开展职业培训"]),
    ("建立指挥体系，精心组织应急演练。", ["建立指挥体系", "精心组织应急演练"]),
    ("提高针对性、科学性，扎实编制专项规划。", ["扎实编制专项规划"]),         # 提高…科学性: an outcome
    ("筑牢安全屏障，下大力气治理大气污染。", ["下大力气治理大气污染"]),
    ("持续提升园区创新能力，加快建设科创园区。", ["加快建设科创园区"]),  # an outcome behind adverbs too
    ("加快培养专业化人才队伍。", []),
    ("化解地方债务，分类处置金融风险。", ["分类处置金融风险"]),               # 化解: an outcome sought
    ("加强市场监管，依法移送违法线索。", ["加强市场监管", "依法移送违法线索"]),
    ("拓展国际市场，开通两条货运航线。", ["拓展国际市场", "开通两条货运航线"]),
    ("加强预期管理，又持续优化支出结构。", ["加强预期管理", "持续优化支出结构"]),  # 又: a connective
    # 对…进行+action noun: the 中 of 集中 is no locative word ending an adverbial
    ("对城中村、老旧小区进行集中整治。", ["对城中村、老旧小区进行集中整治"]),
    # an amount put into the action (投入…元) is skipped like 投资…元
    ("完成道路改造，投入300余万元对破损步道进行修复。", ["完成道路改造", "对破损步道进行修复"]),
])
def test_a_second_lead_verb_starts_a_commitment_of_its_own(text, expected):
    art = article(text)
    assert quotes(art, measures(art, issuer="某市人民政府")) == expected


@pytest.mark.parametrize("text,expected", [
    # rule recipient_clause: 对 + the recipients in a clause of their own, then the grant: the grant is
    # the measure (a verb inside the recipients, 新认定 or 升级改造, is no action)
    ("对新认定的省级专精特新企业，分别给予30万元、10万元奖励。", ["分别给予30万元、10万元奖励"]),
    ("对企业技术改造投资300万元以上的，按设备投资额的10%给予补贴。", ["按设备投资额的10%给予补贴"]),
    ("对新认定的省级专精特新企业给予30万元奖励。", ["对新认定的省级专精特新企业给予30万元奖励"]),
    ("对重点企业实施用电保障，给予电价优惠。", ["对重点企业实施用电保障", "给予电价优惠"]),
])
def test_a_recipient_clause_leaves_the_grant_as_the_measure(text, expected):
    art = article(text)
    assert quotes(art, measures(art, issuer="某县人民政府")) == expected


# --------------------------------------------------------------------------- sections and summaries

def test_principle_sections_hold_no_measures():
    art = article("一、指导思想", "坚持以人民为中心，建设公共实训基地。", "二、主要任务", "建设公共实训基地。",
                  kinds=("heading", "body", "heading", "body"))
    assert quotes(art, measures(art, issuer="国务院")) == ["建设公共实训基地"]
    assert measures(art, issuer="国务院")[0].start > art.text.index("二、")


def test_a_goals_section_holds_no_measures():
    art = article("（二）发展目标。", "到2027年，公共服务体系基本建成，探索建立数据交易机制。", "三、主要任务",
                  "建设公共实训基地。", kinds=("heading", "body", "heading", "body"))
    assert quotes(art, measures(art, issuer="国务院")) == ["建设公共实训基地"]


def test_an_inline_principle_heading_covers_its_paragraph():
    art = article("（一）指导思想。以改革创新为动力，建设公共实训基地。", "（二）主要任务。建设公共实训基地。")
    found = measures(art, issuer="国务院")
    assert [art.text[m.start:m.end] for m in found] == ["建设公共实训基地"]
    assert found[0].start > art.text.index("（二）")


def test_a_dash_led_lead_line_is_no_measure_even_alone():
    art = article("——城市更新行动取得重要进展。", "——生态环境持续改善。新建污水管网120公里。")
    assert quotes(art, measures(art, issuer="某市人民政府")) == ["新建污水管网120公里"]


def test_a_paragraph_summary_opened_by_an_enumerator_is_no_measure():
    art = article("二是依靠改革激发市场活力，增强发展新动能。加快实施重大改革事项。")
    assert quotes(art, measures(art, issuer="国务院")) == ["加快实施重大改革事项"]


# --------------------------------------------------------------------------- actors

@pytest.mark.parametrize("written, full", [
    ("商务部办公厅、市场监管总局办公厅", "商务部办公厅、国家市场监督管理总局办公厅"),
    ("国家发展改革委办公厅", "国家发展和改革委员会办公厅"),
    ("国务院办公厅", "国务院办公厅"),
    ("省级政府", "各省级人民政府"),
])
def test_issuer_names_normalize(written, full):
    assert normalize_actor(written).name == full


def test_the_country_as_subject_names_no_government_actor():
    art = article("我国深入实施创新驱动发展战略，建成一批重大科技基础设施。")
    assert {m.actor for m in measures(art, issuer="国务院")} == {""}


@pytest.mark.parametrize("text, actor", [
    # a statistics spokesman reports measures, it takes none: the country's (no body named) ...
    ("国家统计局新闻发言人赵晓明表示，要实施更加有力的财政政策。", ""),
    # ... or, for a local bureau, its region's government
    ("广东省统计局新闻发言人李明表示，要深入实施扩大内需专项行动。", "广东省人民政府"),
    ("工业和信息化部新闻发言人陶青表示，要深入实施智能制造工程。", "工业和信息化部"),
])
def test_a_reporting_bodys_speaker_is_not_the_actor(text, actor):
    art = article(text)
    assert {m.actor for m in measures(art)} == {actor}


# --------------------------------------------------------------------------- instruments

@pytest.mark.parametrize("clause, action, instrument, rule", [
    ("前瞻布局下一代通信网络", "布局", "plan", "plan_verb"),
    # rule laid_out_facility: 布局 + a facility, platform or pilot head sets it up; a field stays a plan
    ("在东西两区布局三个数据中心等", "布局", "infrastructure", "laid_out_facility"),
    ("布局若干成果转化服务平台", "布局", "service", "laid_out_facility"),
    ("沿江布局智慧港口试点", "布局", "pilot", "laid_out_facility"),
    ("统筹布局区域物流枢纽", "布局", "plan", "plan_verb"),
    ("布局氢能储运技术研发", "布局", "plan", "plan_verb"),
    ("布局一批省级重大项目", "布局", "plan", "plan_verb"),
    ("编制国土空间规划", "编制", "plan", "plan_verb"),
    ("探索开展居家养老新模式", "探索", "pilot", "trial_verb"),
    ("发行地方政府专项债券", "发行", "fund", "money_verb"),
    ("建设3个区域应急救援中心", "建设", "infrastructure", "built_facility"),
    ("新建公共实训基地20个", "新建", "infrastructure", "built_facility"),
    ("实施老旧小区改造工程", "实施", "program", "head_noun"),
    ("完善职业技能等级制度", "完善", "regulation", "head_noun"),
    ("制定行业能效标准", "制定", "standard", "head_noun"),
    ("落实创业担保贷款政策", "落实", "fund", "head_noun"),       # the specific word before the container
    ("加强美丽乡村建设", "加强", "program", "construction_campaign"),
    ("加强水污染治理", "加强", "program", "construction_campaign"),
    ("出台稳就业政策", "出台", "other", "policy_package"),
    ("建立部门协调机制", "建立", "other", "policy_package"),
    ("推动高质量发展", "推动", "other", "none"),
    ("严禁骗取补贴资金", "严禁", "regulation", "enforcement_verb"),   # a ban, though money is named
    ("督促企业落实安全责任", "督促", "regulation", "enforcement_verb"),
    ("城市快速路全线通车", "全线通车", "infrastructure", "completion_verb"),
    ("加快推进市民文化中心建设", "推进", "infrastructure", "built_facility"),
    ("持续推进绿色数据中心建设", "推进", "infrastructure", "head_noun"),
    ("建设公共技术服务平台", "建设", "service", "head_noun"),          # the longer head 服务平台 decides
    ("开展非法占用耕地专项整治", "开展", "regulation", "offence_object"),
    ("开展城乡环境综合整治", "开展", "program", "cleanup_target"),    # a clean-up campaign of places
    ("实施青年群体专项就业计划", "实施", "program", "head_noun"),      # a scheme carried out
    ("编制城市综合交通规划", "编制", "plan", "plan_verb"),
    ("深入推进区域物流中心城市建设", "推进", "program", "construction_campaign"),  # 中心 modifies 城市
    ("实施一批重大项目", "实施", "infrastructure", "head_noun"),        # major projects are construction
    ("提高个人所得税子女教育扣除标准", "提高", "fund", "head_noun"),     # a money standard, no norm
    ("落实金融支持政策", "落实", "fund", "head_noun"),
    ("做好地震抢险救援", "做好", "program", "head_noun"),              # a relief campaign
    ("扎实做好信访工作", "做好", "service", "head_noun"),
    ("建成城际输电工程", "建成", "infrastructure", "built_facility"),  # a project built
    ("加快城市供水工程建设", "加快", "infrastructure", "built_facility"),
    ("实施乡村人才培育工程", "实施", "program", "head_noun"),          # a program carried out
    ("为困难学生发放助学金", "发放", "fund", "head_noun"),       # the grant named (…金: money paid out)
    ("严防骗取补贴行为", "严防", "regulation", "enforcement_verb"),
    ("综合服务中心启用", "启用", "service", "head_noun"),              # a service opened
    ("市民活动中心启用", "启用", "infrastructure", "completion_verb"),
    ("探索建设一批企业赋能中心", "探索", "service", "head_noun"),      # 探索 governs 建设: the built thing decides
])
def test_instrument_rules_table(clause, action, instrument, rule):
    assert decide_instrument(clause, action) == (instrument, rule)


# --------------------------------------------------------------------------- policy areas

@pytest.mark.parametrize("clause, code", [
    ("开展提振消费专项行动", 15),        # consumption is domestic commerce
    ("做好灾后恢复重建", 15),            # disaster relief
    ("化解地方政府隐性债务", 1),         # debt
    ("加强安全生产监管", 5),             # work safety
    ("完善区域协调发展机制", 14),        # regional development
    ("深入推进法治政府建设", 20),        # government operations
    ("推进市政供热管网改造", 14),        # municipal facilities
    ("推进产教融合、校企合作", 6),
    ("加强共性技术研究", 17),
    ("全面推行河长制", 7),
    ("实施数字消费提升行动", 15),        # 数字 is a broad modifier: the field is consumption
    ("推广智能农机装备", 4),
    ("支持企业上市融资", 15),
    ("推进农业机械化", 4),
    ("扩大中等收入群体规模", 1),        # income distribution
    ("推广化肥农药减量技术", 4),
    ("支持雄安新区建设", 14),            # a new district: regional development
    ("优化境外人员入境服务", 9),
    ("推进边缘计算设施部署", 17),
    ("做好重要外事活动服务保障", 19),
    ("严禁搞形象工程", 20),
    ("推进炼化一体化项目", 8),
    ("实施高素质青年农民培育工程", 4),     # farmers trained as farmers: agriculture
    ("建设一批优质技工院校", 6),
    ("抓好餐饮油烟污染防治", 7),        # the longer field word beats the sector word
    ("推进农村公路建设", 10),
    ("实施排水、照明、燃气管网等市政项目建设", 14),
    ("加快智慧城市建设", 17),
    ("搭建数字城管平台", 20),
    ("加快城市执法体制改革", 20),
    ("按规定减免相关税费", 1),            # taxes; 相关税费 holds no 关税 (cover word 相关)
    ("降低部分商品进口关税", 18),
    ("稳妥处理政府债务风险", 1),          # the longer 政府债务 beats 政府
    ("出台鼓励企业吸纳就业政策", 5),
    ("大力发展老年助餐服务", 13),
    ("对脱贫家庭完善常态化帮扶措施", 13),
    ("有效应对特大洪涝灾害", 15),         # disaster relief
    ("推进数据中心节能降碳改造", 8),          # the data centre says where: saving energy is energy
    ("推进云网融合", 17),
    ("推广离境消费即买即退服务", 18),
    ("深入开展主题教育", 20),
    ("审议法律议案", 20),
])
def test_policy_area_keywords(clause, code):
    assert topic_of(clause)[0] == code


# --------------------------------------------------------------------------- actions of firms

@pytest.mark.parametrize("text", [
    "该公司总经理王明表示，将持续加大研发投入，建设新的生产线。",
    "某某科技公司将扩大产能，推动智能化生产。",
])
def test_actions_of_firms_are_no_measures(text):
    art = article(text)
    assert measures(art, issuer="某市人民政府") == []


def test_a_government_sentence_after_a_firm_sentence_still_counts():
    art = article("某某科技公司将扩大产能。市政府将建设新的产业园区。")
    assert [q[-8:] for q in quotes(art, measures(art, issuer="某市人民政府"))] == ["建设新的产业园区"]


# --------------------------------------------------------------------------- benefactive 为

#: paragraph -> the measure quotes found (为+beneficiary+verb is a measure; 为+verb is a purpose)
BENEFACTIVE_CASES = [
    ("为3200名困难家庭学生发放资助金。", ["为3200名困难家庭学生发放资助金"]),
    ("免费为1万名老年人实施手术。", ["免费为1万名老年人实施手术"]),
    ("为3万名务工人员追回欠薪4.2亿元。", ["为3万名务工人员追回欠薪4.2亿元"]),
    ("我们为300户低保家庭改造住房。", ["我们为300户低保家庭改造住房"]),
    ("为困难群众发放临时救助金。", ["为困难群众发放临时救助金"]),
    ("为推动高质量发展，实施专项行动。", ["实施专项行动"]),
    ("为了加快发展，出台扶持政策。", ["出台扶持政策"]),
    # rule purpose_weile: 为了 opens no place phrase, though a word in it ends with 中
    ("为了提高汛中处置水平，组织开展应急演练。", ["组织开展应急演练"]),
    ("为确保粮食安全，建设高标准农田。", ["建设高标准农田"]),
    # what a facility just committed to provides extends that measure
    ("建设一批区域服务站点，为周边农户提供植保飞防服务。", ["建设一批区域服务站点，为周边农户提供植保飞防服务"]),
]


@pytest.mark.parametrize("paragraph, expected", BENEFACTIVE_CASES)
def test_benefactive_wei_is_a_measure_purpose_wei_is_not(paragraph, expected):
    art = article(paragraph)
    assert quotes(art, measures(art, issuer="国务院")) == expected


# --------------------------------------------------------------------------- debug listing

def test_explain_names_the_deciding_rules():
    from policydata.extract.measures.explain import explain_rows
    rows = explain_rows("过去一年，投资0.8亿元完成14个城中村环境综合整治。", issuer="某区人民政府", date="2026-01-20")
    assert [(r["quote"], r["status"], r["report_year"], r["report_year_rule"]) for r in rows] == \
        [("完成14个城中村环境综合整治", "reported", 2026, "given_date")]
    assert rows[0]["instrument_rule"] and rows[0]["policy_area_rule"]


# --------------------------------------------------------------------------- round 5: frames
# a clause that only frames the next one: a time frame (…的同时) or a topic (…方面 without 在)

@pytest.mark.parametrize("clause, rule", [
    ("推进园区建设的同时", "adverbial"),
    ("简化审批流程、提升服务效率方面", "adverbial"),
    ("在简化审批方面", "adverbial"),        # with its 在: an adverbial all the same
    ("同时推进园区建设", ""),
])
def test_frame_clauses_are_adverbials(clause, rule):
    assert non_measure_rule(clause) == rule


def test_preamble_of_an_opinion_is_no_measure():
    """Rules self_reference (现提出以下意见) and significance_statement (…对…具有重要意义): an
    opinion's preamble judges and announces the document; the numbered items carry the measures."""
    art = article("推进老旧小区改造对改善居住条件具有重要意义。为加快老旧小区改造，经省政府同意，现提出如下意见：",
                  "（一）实施燃气管道更新工程。（省住房城乡建设厅负责）")
    assert quotes(art, measures(art, issuer="某省人民政府办公厅")) == ["实施燃气管道更新工程"]
