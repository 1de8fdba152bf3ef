"""Instrument and policy area of a measure: the named rules of extract.measures.classify, case by case.

Each table row is a small made-up clause, its lead verb, and what the rules must decide (with the
rule's name, so a row that lands right for the wrong reason fails too).
"""
import pytest

from policydata.extract.measures import MeasureText, classify_measure, decide_instrument, object_of


# --------------------------------------------------------------------------- the object of the lead verb

@pytest.mark.parametrize("clause, action, obj", [
    ("加快建设县域物流中心", "建设", "县域物流中心"),
    ("加大职业培训补贴力度", "加大", "职业培训补贴"),        # a degree noun is dropped: the subsidy is the object
    ("提升社区养老服务水平", "提升", "社区养老服务"),
    ("加快垃圾处理项目建设进度", "加快", "垃圾处理项目建设"),
    ("城市绿道建设纵深推进", "纵深推进", "城市绿道建设"),   # verb last: the topic before it is the object
    ("新建图书馆投入使用", "投入使用", "新建图书馆"),
    ("市政府要推动财力下沉", "推动", "财力下沉"),            # the body that acts is no part of the object
])
def test_object_of_the_lead_verb(clause, action, obj):
    assert object_of(clause, action) == obj


# --------------------------------------------------------------------------- instrument, rule by rule

INSTRUMENT_CASES = [
    # verb_class: the lead verb, or a class verb right after it, decides whatever the object
    ("谋划一批城市更新项目", "谋划", "plan", "plan_verb"),
    ("试行电子证照互认", "试行", "pilot", "trial_verb"),
    ("严格限制高耗水项目审批", "严格", "regulation", "enforcement_verb"),   # 严格 says how, 限制 what
    ("依法查处哄抬价格行为", "依法", "regulation", "enforcement_verb"),
    ("免征小微企业增值税", "免征", "fund", "money_verb"),
    ("要移送公安机关依法处理", "移送", "regulation", "enforcement_verb"),        # a case handed over
    ("服务保障国际赛事举办", "服务", "service", "service_verb"),          # a longer class verb 服务 begins
    ("社区养老信息系统上线运行", "上线运行", "service", "service_verb"),    # a system put online serves
    ("省发展改革委批复两个水利枢纽项目", "批复", "regulation", "permit_verb"),  # an approval is a permit
    ("国家能源局核准沿海核电项目", "核准", "regulation", "permit_verb"),
    # built_facility: a building verb and a facility noun
    ("新建乡镇文化站12个", "新建", "infrastructure", "built_facility"),
    ("县城污水管网建设加快推进", "加快推进", "infrastructure", "built_facility"),  # object before the verb
    ("率先建成北区污水处理厂", "率先建成", "infrastructure", "built_facility"),   # an adverb before the verb
    ("东站客运站完成改造", "完成", "infrastructure", "built_facility"),           # the rebuilt facility first
    ("城东污水处理厂投入商业运行", "投入商业运行", "infrastructure", "completion_verb"),  # a facility opened
    ("新区大数据平台试运行", "试运行", "infrastructure", "completion_verb"),
    ("建成县农业科学研究院", "建成", "infrastructure", "built_facility"),
    ("新建社区老年食堂20个", "新建", "infrastructure", "built_facility"),
    ("为老旧小区安装电梯等适老设备", "安装", "infrastructure", "built_facility"),   # equipment installed
    ("开工东线高速、西湾引水工程等项目", "开工", "infrastructure", "built_facility"),  # listed works, 等项目
    ("新增公办幼儿园6所", "新增", "infrastructure", "built_facility"),          # 新增 adds a facility
    ("新增城市步道80公里", "新增", "infrastructure", "built_facility"),          # a length counts a path
    ("新增农村公路120千米", "新增", "infrastructure", "built_facility"),
    ("新增国家级示范区1个", "新增", "pilot", "head_noun"),                    # a zone designated, not built
    # rule invested_facility: the facility named before the investment verb is what the money built
    ("3条乡村道路完成投资1500万元", "完成投资", "infrastructure", "built_facility"),
    ("城区供水管网完成固定资产投资2亿元", "完成固定资产投资", "infrastructure", "built_facility"),
    ("乡村振兴示范工程项目完成投资5亿元", "完成投资", "program", "head_noun"),  # no facility: what the money went into
    ("推进老街修缮、古镇保护等项目", "推进", "program", "construction_campaign"),  # no building verb: a campaign
    # offence_object: acting against an offence is enforcement, whatever the head
    ("开展非法采砂专项整治", "开展", "regulation", "offence_object"),
    ("开展城乡环境综合整治", "开展", "program", "cleanup_target"),     # a clean-up of places, no offence named
    # head_noun: the keyword ending last in the object
    ("发放家电消费券", "发放", "fund", "head_noun"),
    ("打造一流营商环境", "打造", "regulation", "head_noun"),
    ("建立守信企业白名单", "建立", "regulation", "head_noun"),
    ("加强城乡治安防控", "加强", "regulation", "head_noun"),
    ("强化能耗刚性约束", "强化", "regulation", "head_noun"),
    ("稳步推进园区绿化", "推进", "program", "head_noun"),
    ("实施积极的财政政策", "实施", "other", "head_noun"),
    ("畅通企业诉求反映渠道", "畅通", "service", "head_noun"),      # a channel serving firms, like a hotline
    ("为适龄儿童免费开展视力筛查", "开展", "service", "head_noun"),   # a public health service, not a campaign
    ("加强对小微企业的政策辅导", "加强", "service", "head_noun"),
    ("做好暴雨天气预报预警", "做好", "service", "head_noun"),          # a fiscal stance, no money handed out
    ("实施重点流域生态修复重大工程", "实施", "program", "head_noun"),  # a works programme carried out
    ("推进城区供热管网改造工程", "推进", "infrastructure", "works_project"),  # works on a facility
    ("加快沿江高速扩容工程", "加快", "infrastructure", "works_project"),
    ("深入实施城市供水管网改造工程", "深入实施", "program", "head_noun"),   # 实施 runs a programme
    ("推进城区供热管网互联工程", "推进", "infrastructure", "works_project"),     # utilities are facilities
    ("实施农村供水工程300处", "实施", "infrastructure", "works_project"),         # works on counted sites are built
    ("实施全民阅读推广工程", "实施", "program", "head_noun"),           # no facility: a programme
    ("培育一批肉牛养殖基地", "培育", "program", "cultivated_base"),     # an industry grown, not built
    ("聚力打造区域性农产品加工基地", "聚力", "program", "cultivated_base"),
    ("建设一批农产品加工基地", "建设", "infrastructure", "built_facility"),
    ("加大科研经费投入力度", "加大", "fund", "head_noun"),
    ("对驻村医生给予交通津贴", "给予", "fund", "head_noun"),        # an allowance is money
    ("对新认定的实验室给予一次性资助", "给予", "fund", "head_noun"),  # a grant as a noun
    ("开展防汛避险知识宣传", "开展", "service", "head_noun"),         # informing the public is a service
    ("开设惠民补贴办理专区", "开设", "service", "head_noun"),         # a counter, hotline or column serving people
    ("推进政务服务跨省通办", "推进", "service", "head_noun"),
    ("发挥政府投资带动作用", "发挥", "fund", "head_noun"),            # public money invested
    ("用好“两新”政策", "用好", "fund", "head_noun"),                  # the national subsidy programme
    ("根治农民工欠薪", "根治", "regulation", "head_noun"),           # enforcing wage and leave rules
    ("落实职工带薪休假", "落实", "regulation", "head_noun"),
    ("加强老年人权益保护", "加强", "regulation", "head_noun"),
    ("强化小微企业金融供给", "强化", "fund", "head_noun"),             # credit and finance are money
    ("稳妥处置地方金融风险", "处置", "regulation", "head_noun"),       # financial risk: supervision
    ("加强建筑工地安全生产", "加强", "regulation", "head_noun"),       # work safety rules
    ("培养450名物流骨干人才", "培养", "program", "verb_default"),      # people are the head: the verb decides
    ("提高困难群众基本生活保障标准", "提高", "fund", "head_noun"),    # the level of a benefit, not a norm
    ("制定农产品质量分级标准", "制定", "standard", "head_noun"),
    # coordinated objects: the first item decides, unless the items share a head written after them
    ("完善行动方案和考核办法", "完善", "plan", "head_noun"),
    ("加强标准化、精细化管理", "加强", "regulation", "head_noun"),
    ("推进供水、燃气等管网改造", "推进", "infrastructure", "built_facility"),  # a facility rebuilt (…管网改造)
    ("启动一批智慧社区试点和配套设施建设", "启动", "pilot", "head_noun"),  # the built facility is the second item
    # a keyword with an adjective or verb suffix modifies, it is no head
    ("推动国有企业战略性重组", "推动", "other", "none"),
    ("完成沿街店招规范化改造", "完成", "program", "construction_campaign"),
    # container_head: a light head with no keyword before it
    ("加强灾后恢复重建", "加强", "program", "construction_campaign"),
    ("推出一批惠企新举措", "推出", "other", "policy_package"),
    ("健全高标准市场体系", "健全", "other", "policy_package"),          # 高标准 ('high-standard') is no standard
    ("推广共享农机新模式", "推广", "other", "policy_package"),
    # verb_default: nothing in the object decides
    ("部署推进新型城镇化", "部署", "plan", "verb_default"),
    ("拆除违章建筑", "拆除", "regulation", "verb_default"),
    ("治理城区河道黑臭水体", "治理", "program", "verb_default"),     # a clean-up campaign, as X治理 is
    ("整治背街小巷乱堆乱放", "整治", "program", "verb_default"),
    ("整治违规占道经营", "整治", "regulation", "offence_object"),     # an offence named: enforcement
    ("淘汰高排放柴油货车", "淘汰", "program", "verb_default"),       # a phase-out campaign, not a rule
    ("打造特色文旅街区", "打造", "program", "verb_default"),          # building something up over time
    # by_law: an action taken by law enforces a rule, whatever its object
    ("依法收回闲置宅基地", "收回", "regulation", "by_law"),
    ("依法依规开展食品安全认证", "开展", "regulation", "by_law"),
    # counted_object: nothing else decided and the object counts units: a programme's quota
    ("培育专精特新企业30家", "培育", "program", "counted_object"),
    ("培育5个以上特色产业集群", "培育", "program", "counted_object"),
    ("修复受损山体12处", "修复", "program", "counted_object"),
    ("引导20个村成立合作社", "引导", "other", "none"),                 # a pivot verb: the count is of those it guides
    ("完成2024年度债务化解目标", "完成", "other", "none"),             # a year is no count
    # a concentrated crackdown and patrols enforce rules; urban-village renewal is a campaign like 老旧小区
    ("开展露天烧烤集中整治", "开展", "regulation", "head_noun"),
    ("加强河道巡查", "加强", "regulation", "head_noun"),
    ("推进城中村改造", "推进", "program", "head_noun"),
    ("老城区城市更新稳步推进", "稳步推进", "program", "head_noun"),     # urban renewal is a campaign
    ("组织开展村干部轮训", "组织开展", "program", "head_noun"),
    # governance of a community or of the climate is a stance, no instrument; a pollution clean-up is a campaign
    ("完善乡村治理", "完善", "other", "head_noun"),
    ("推进城乡基层治理", "推进", "other", "head_noun"),
    ("强化大气污染治理", "强化", "program", "construction_campaign"),
    ("落实宏观调控政策", "落实", "other", "head_noun"),
    ("加大人力资本投资", "加大", "fund", "head_noun"),                 # the investment is the head
    ("促进人力资本积累", "促进", "other", "head_noun"),                 # human capital is no money
    # 标准化 as a noun (standardization) is a standard; as a modifier of a later head it is none
    ("参与制定行业标准化工作", "参与", "standard", "head_noun"),
    ("加强标准化、精细化管理", "加强", "regulation", "head_noun"),
    # service_head: 服务 ends the object as its head, whatever keyword modifies it (not money)
    ("优化农技推广服务", "优化", "service", "service_head"),
    ("开展农机融资租赁服务", "开展", "fund", "head_noun"),
    # a train or air route opened, and liaison officers assigned to firms, serve people or firms
    ("开通至西部港口的货运班列", "开通", "service", "head_noun"),
    ("新辟三条国际客运航线", "新辟", "service", "head_noun"),
    ("建立重点企业服务专员制度", "建立", "service", "head_noun"),       # 专员制度 ends where 制度 does: longer
    # lifts are building equipment (infrastructure); a works completion verb (完工, 竣工) reports a facility built
    ("加装既有住宅电梯120部", "加装", "infrastructure", "head_noun"),
    ("完成80部电梯的更新改造", "完成", "infrastructure", "head_noun"),
    ("城北片区安置房全部完工", "全部完工", "infrastructure", "completion_verb"),
    # rule public_platform: a platform built for the public serves; others stay facilities
    ("建设全市就业信息共享平台", "建设", "service", "public_platform"),
    ("建成区域科技成果公共转化平台", "建成", "service", "public_platform"),
    ("建成中试平台3个", "建成", "infrastructure", "built_facility"),
    ("新建数字化管理平台", "新建", "infrastructure", "built_facility"),
    ("建设公共实训基地和数字化平台", "建设", "infrastructure", "built_facility"),  # 公共 is the base's
    # rule joined_verb: of two verbs joined by 并/和, the second names the concrete act
    ("鼓励并资助青年教师出国访学", "鼓励", "fund", "money_verb"),
    ("支持和规范民办培训机构发展", "支持", "regulation", "enforcement_verb"),
    # a fast track (绿色通道) serves; schools and flats are built facilities
    ("开通企业办事绿色通道", "开通", "service", "head_noun"),
    ("新建改扩建中小学12所", "新建改扩建", "infrastructure", "built_facility"),
    ("建设青年公寓300套", "建设", "infrastructure", "head_noun"),
    ("设立公办高中5所", "设立", "infrastructure", "head_noun"),          # a school set up, not a quota
    # money paid out (…金) and the level of a cash benefit (低保标准) are funds
    ("向困难群众发放临时救助金", "发放", "fund", "head_noun"),
    ("提高城乡低保标准", "提高", "fund", "head_noun"),
    # the 一件事 reform (one matter, one visit) is a government service
    ("新推出20个“一件事一次办”事项", "推出", "service", "head_noun"),
    # rule light_verb: after 给予/进行, the verb that is the object decides
    ("对入驻企业给予扶持", "给予", "fund", "light_verb"),
    ("对新办企业予以资助", "予以", "fund", "money_verb"),          # a class verb right after decides first
    ("对闲置土地进行清理", "进行", "regulation", "light_verb"),
    ("对违规排污企业进行整改", "进行", "regulation", "head_noun"),     # a keyword in the object decides first
    # rule money_channel: a policy or list of money support is a fund, whatever the money is for
    ("省级财政资金支持农村公路养护的政策出台", "出台", "fund", "money_channel"),
    ("专项债券支持学校食堂改造的名单公布", "公布", "fund", "money_channel"),
    ("做好国债支持设备更新的需求测算", "做好", "fund", "head_noun"),  # an estimate: not the rule (no 政策/名单 head)
    # a working body set up is an organisational arrangement, whatever task modifies it
    ("区里成立防汛抢险工作专班", "成立", "other", "head_noun"),
    ("组建老旧小区改造专项工作组", "组建", "other", "head_noun"),
    # building up a workforce or a body's capacity is no instrument either (not a 建设 campaign)
    ("加强基层社区工作者队伍建设", "加强", "other", "head_noun"),
    ("强化县级疾控机构的能力建设", "强化", "other", "head_noun"),
    # explaining a policy to the people it concerns is an information service
    ("网格员上门向住户讲解更新政策", "讲解", "service", "service_verb"),
    ("组织专家宣讲新修订的条例", "宣讲", "service", "service_verb"),
    # a workshop or factory building is a facility, whatever standard it is built to
    ("推动预制菜加工车间项目建设", "推动", "infrastructure", "head_noun"),
    ("新建标准厂房3万平方米", "新建", "infrastructure", "head_noun"),
    # rule outcome_subject: X实现全覆盖 -- the outcome decides nothing, X's head does
    ("企业信用承诺制度实现全覆盖", "实现", "regulation", "outcome_subject"),
    ("50项便民事项实现掌上办", "实现", "service", "outcome_subject"),
    ("主要指标实现稳中有进", "实现", "other", "none"),              # no keyword in the subject either
    # a notice a ministry issues sets rules
    ("省商务厅印发通知", "印发", "regulation", "head_noun"),
    # a graded rating (4A级景区) is a certification; a credit or money plan is money
    ("支持古镇创建国家4A级旅游景区", "支持", "standard", "head_noun"),
    ("单独安排县域信贷计划", "安排", "fund", "head_noun"),
    # rule cleanup_target: a clean-up of places is a works campaign, of markets, fees or conduct enforcement;
    # a special campaign (专项) is a campaign whatever it targets
    ("开展背街小巷环境整治", "开展", "program", "cleanup_target"),
    ("加强景区经营秩序整治", "加强", "regulation", "cleanup_target"),
    ("推进停车乱收费整治", "推进", "regulation", "cleanup_target"),
    ("开展校外培训机构专项整治", "开展", "program", "cleanup_target"),
    ("开展违规占地专项整治", "开展", "regulation", "offence_object"),   # an offence named: enforcement first
    # 推动X落地: X lands -- X is what the measure is about, as with a degree noun (加大X力度)
    ("推动一批优质文旅项目落地", "推动", "program", "construction_campaign"),
    # compliance and requirements imposed are rules, whatever modifies them (平台, 价格)
    ("召开网络平台收费合规座谈会", "召开", "regulation", "head_noun"),
    ("明确数据存储和备份要求", "明确", "regulation", "head_noun"),
    # rule participation: 支持/鼓励 + someone taking part in X -- their taking part, no instrument of the
    # government's own; not after 组织 (the government runs what they attend)
    ("鼓励社会资本参与养老机构运营", "鼓励", "other", "participation"),
    ("支持科研人员参与重点实验室项目", "支持", "other", "participation"),
    ("组织职工参加安全生产培训", "组织", "program", "head_noun"),
    # rule shared_head: A、B的N -- a coordination closed by 的 modifies N, which heads every item
    ("培养懂技术、会经营的新型职业农民", "培养", "program", "verb_default"),
    # people are the head when a coordination modifies them, even one after 的 (站 is no facility here)
    ("培养10名站在学科前沿的省医院、市医院骨干人才", "培养", "program", "verb_default"),
    # rule issued_title: an issuing verb before a 《title》: the title's last word (the kind of document) decides
    ("县政府印发《山区小水电清理整改工作计划》", "印发", "plan", "issued_title"),
    ("两部门联合印发《林区道路养护和巡护实施方案》", "联合", "plan", "issued_title"),   # 养护和巡护 inside the title
    ("市政府出台了《城市停车设施管理办法（试行）》", "出台", "regulation", "issued_title"),
    ("省市场监管局发布《预制菜包装标识规范》", "发布", "standard", "issued_title"),
    ("深入实施《农村供水保障三年行动方案》", "实施", "plan", "head_noun"),   # carried out: not this rule
    # law-making and oversight words are rules: a law code or a draft law, a review procedure, supervising
    # how a matter is handled, a visa-exemption regime
    ("加快推进水资源法典编纂", "推进", "regulation", "head_noun"),
    ("提请审议乡村教育促进法草案", "提请", "regulation", "head_noun"),
    ("及时启动用地审核程序", "启动", "regulation", "head_noun"),
    ("对重点事项办理情况进行督办", "进行", "regulation", "head_noun"),
    ("对更多国家实行免签", "实行", "regulation", "head_noun"),
    # a tariff is a trade rule, not a tax cut's money: 关税 is the longer keyword ending where 税 does
    ("对部分进口商品实行零关税", "实行", "regulation", "head_noun"),
    ("下调两类农机具的进口关税", "下调", "regulation", "head_noun"),
    ("对小微企业减半征收所得税", "征收", "fund", "head_noun"),                # a tax relieved stays money
    # rule light_verb_support: support given after a light verb (给予/予以…支持) is money or resources
    ("对符合条件的园区予以重点支持", "予以", "fund", "light_verb_support"),
    ("部里对两个试验站给予了大力支持", "给予", "fund", "light_verb_support"),
    ("请各相关单位给予支持配合", "给予", "other", "none"),                 # 支持 is no head here
    ("在审批环节给予大力的政策和技术支持", "给予", "other", "none"),          # too long a modifier: no bare support
    # investors' money is no fund of the government's own: 外商投资, 民间投资, 投资促进 only modify
    ("完善外商投资促进工作机制", "完善", "regulation", "bare_mechanism"),    # no fund; a work mechanism is rules
    ("制定鼓励民间投资政策", "制定", "other", "policy_package"),
    ("增加省级预算内投资", "扩大", "fund", "head_noun"),                  # the state's own investment stays
    # rule sector_head: X经济 is an economy, a sector, not the instrument X names
    ("积极发展枢纽经济", "发展", "other", "none"),
    ("加快建设物流枢纽", "建设", "infrastructure", "head_noun"),               # the hub itself is built
    # rule encouraged_party (round 17): 鼓励/引导/支持 + a party outside the government + the party's own verb --
    # the party acts, the government only encourages: no instrument of its own
    ("鼓励零售企业开展夜间促销活动", "鼓励", "other", "encouraged_party"),
    ("引导商业银行积极发展绿色信贷", "引导", "other", "encouraged_party"),
    ("支持中小企业开展设备数字化改造", "支持", "other", "encouraged_party"),
    ("支持乡镇开展技能培训", "支持", "program", "head_noun"),                 # no party noun: not the rule
    ("组织企业开展应急演练", "组织", "program", "head_noun"),                 # 组织 is no pivot verb: the state runs it
    ("引导金融机构加大对小微企业的信贷投放", "引导", "fund", "head_noun"),       # credit stepped up: money steered
    # rule mechanism_head (round 17): X机制 where X names money, works, a programme or a service is the rules
    # by which X is done; a rule, a norm or a stance before 机制 keeps its class; no keyword: policy_package
    ("健全农业保险理赔机制", "健全", "regulation", "mechanism_head"),
    ("完善城市管网养护长效机制", "完善", "regulation", "mechanism_head"),
    ("建立帮扶对象动态监测机制", "建立", "regulation", "mechanism_head"),
    ("完善行业标准动态修订机制", "完善", "standard", "head_noun"),
    ("建立跨部门协商机制", "建立", "other", "policy_package"),
    ("制定技工职业评价标准和推荐机制", "制定", "standard", "head_noun"),      # the first item's head decides
    # by_law (round 17): the adverbs of strict enforcement (严格, 从严) before a verb of carrying out
    ("严格执行耕地占用税政策", "执行", "regulation", "by_law"),
    ("从严落实安全生产责任", "落实", "regulation", "by_law"),
    # an assessment by the state (评估) is supervision -> regulation, no technical standard
    ("开展政府投资项目绩效评估", "开展", "regulation", "head_noun"),
    # round 18: how the head is found
    # suffix_verb: the 化 of 化解 begins a verb, no suffix -- 金融风险 stays the head, not 金融
    ("有序推进区域金融风险化解", "推进", "regulation", "head_noun"),
    ("推行标准化管理", "推行", "regulation", "head_noun"),                 # 标准化: a suffix, 管理 heads
    # frame_modifier: 以A为B的C is headed by C; with no 的, by B alone
    ("构建以企业为主体的技术创新体系", "构建", "other", "policy_package"),
    ("构建以专项补贴为主要支撑", "构建", "other", "none"),
    # encouraged_party: 推动 lets a party act as 引导 does; 加强 is one of the party's own verbs
    ("推动中小企业加强质量管理", "推动", "other", "encouraged_party"),
    # an intensifier (加大) has no class: X of 加大X力度 decides, a transfer payment is money
    ("加大区域劳务协作力度", "加大", "other", "none"),
    ("加大对县级财政的转移支付力度", "加大", "fund", "head_noun"),
    # embedded_building: those encouraged build the facility -- unless a firm builds
    ("鼓励有条件的县建设区域物流中心", "鼓励", "infrastructure", "built_facility"),
    ("鼓励企业建设研发中心", "鼓励", "other", "encouraged_party"),
    ("实施社区养老设施建设工程", "实施", "program", "head_noun"),      # 建设 modifies the works, no object
    # round 18 (classes18): title_unit -- a conjunction inside a 《title》 joins no objects, the title's
    # last word heads it; collective_head -- A、B“两大行动”: the collective noun heads the items
    ("实施《无人机试飞与检验管理规则》", "实施", "regulation", "head_noun"),
    ("实施财政投资、消费提振“两大行动”", "实施", "program", "head_noun"),
    # project_stage: a stage of getting a facility built (前期, 立项审批) after its noun
    ("加快南山调水工程前期", "加快", "infrastructure", "built_facility"),
    ("推动西岭水库立项审批", "推动", "infrastructure", "built_facility"),
    ("推动行政审批", "推动", "regulation", "head_noun"),                        # no facility: approval is a rule
    # promotion_verb: promoting projects to investors is no instrument of the state; nor is investment
    # promotion (招商) or hosting a trade fair (推介会, 洽谈会)
    ("向社会资本推介一批基础设施项目", "推介", "other", "promotion_verb"),
    ("深化产业链招商", "深化", "other", "head_noun"),
    ("举办文旅产业投资推介会", "举办", "other", "head_noun"),
    # judicial protection is enforcement; a levy (保障金) is money
    ("加强知识产权司法保护", "加强", "regulation", "head_noun"),
    ("减半征收水利建设保障金", "征收", "fund", "head_noun"),
    # service_activity: an activity named by a service done for people is that service
    ("组织开展困难群众走访慰问活动", "组织开展", "service", "service_activity"),
    ("举办高校毕业生专场招聘活动", "举办", "service", "service_activity"),
    ("举办青年职业技能竞赛活动", "举办", "program", "head_noun"),
    # round 19: the order of one national market is a body of rules (building it, removing what splits it);
    # joining it, or any larger whole, runs no instrument of one's own (joining_verb, also after 服务和 or 服务并)
    ("扎实推进全国统一大市场建设", "推进", "regulation", "head_noun"),
    ("打破行业壁垒和地方保护", "打破", "regulation", "head_noun"),
    ("主动服务并融入区域统一大市场", "服务", "other", "joining_verb"),
    ("积极融入区域发展新格局", "融入", "other", "joining_verb"),
    # round 20: goal_title -- a city built up as a development title is a programme, a pilot title stays a pilot
    ("加快建设区域航运中心城市", "建设", "program", "goal_title"),
    ("着力打造全国创新标杆城市", "打造", "program", "goal_title"),
    ("建设国家节水示范城市", "建设", "pilot", "head_noun"),
    # round 20: process_head -- advancing a -化 process, when nothing else decided, is a programme
    ("加快城乡一体化", "加快", "program", "process_head"),
    ("深入推进新型工业化", "深入推进", "program", "process_head"),
    ("推进养老服务标准化", "推进", "standard", "head_noun"),                     # a keyword decides first
    # round 21: bare_mechanism -- a mechanism with no keyword before it is rules; one of coordination an arrangement
    ("实行“一窗受理”机制", "实行", "regulation", "bare_mechanism"),
    ("健全跨部门融合发展机制", "健全", "regulation", "bare_mechanism"),
    ("深化要素市场化配置体制机制改革", "深化", "regulation", "head_noun"),        # 改革 heads: reform of rules
    ("建立省市联动工作机制", "建立", "other", "policy_package"),
    ("建立部门间沟通会商机制", "建立", "other", "policy_package"),
    # round 21: policy_in_force -- policies in force carried out or amended are rules applied; new ones a package
    ("落实稳就业若干措施", "落实", "regulation", "policy_in_force"),
    ("深入实施促进民营经济发展的政策措施", "实施", "regulation", "policy_in_force"),
    ("优化过渡期政策", "优化", "regulation", "policy_in_force"),
    ("出台促进服务消费若干措施", "出台", "other", "policy_package"),
    ("落实创业担保贷款贴息政策", "落实", "fund", "head_noun"),                  # money named decides first
    # round 21: a catalogue or a register (目录, 名录) lists what is allowed or encouraged, facilitation (便利化) eases
    # procedures: rules, over the money words that modify them
    ("发布第二批保税业务商品目录", "发布", "regulation", "head_noun"),
    ("推动跨境结算便利化", "推动", "regulation", "head_noun"),
    ("实施通关便利化专项行动", "实施", "program", "head_noun"),                  # the campaign heads
    # none
    ("推动经济平稳运行", "推动", "other", "none"),
]


@pytest.mark.parametrize("clause, action, instrument, rule", INSTRUMENT_CASES)
def test_instrument_rules(clause, action, instrument, rule):
    assert decide_instrument(clause, action) == (instrument, rule)


@pytest.mark.parametrize("clause, action, instrument, rule", [
    ("为300名学生开展视力测评", "开展", "service", "benefactive_service"),   # done for people: a service
    ("为困难老人实施白内障手术", "实施", "service", "benefactive_service"),
    ("为小微企业提供融资担保", "提供", "fund", "head_noun"),                # money for them decides first
])
def test_what_is_done_for_people_is_a_service(clause, action, instrument, rule):
    assert decide_instrument(clause, action, benefactive=True) == (instrument, rule)


def test_an_obliging_clause_is_a_rule_whatever_its_object():
    c = classify_measure(MeasureText("建设单位应当同步建设充电设施", "建设", obligation=True))
    assert (c.instrument, c.instrument_rule) == ("regulation", "obligation")


# --------------------------------------------------------------------------- policy area, rule by rule

AREA_CASES = [
    # object_keyword: what the measure acts on, not the body that acts
    (MeasureText("省级政府要推动财力下沉", "推动"), 1, "object_keyword"),
    (MeasureText("市政府将加快农村公路建设", "加快"), 10, "object_keyword"),
    (MeasureText("提高企业设备投资抵免税额比例", "提高"), 1, "object_keyword"),   # a tax deduction
    (MeasureText("推动市属国有文旅企业重组", "推动"), 15, "object_keyword"),
    (MeasureText("积极发展农用无人机", "发展"), 4, "object_keyword"),
    (MeasureText("大力发展智慧农业", "发展"), 4, "object_keyword"),           # farming, done smartly
    (MeasureText("推进城区背街小巷改造", "推进"), 14, "object_keyword"),       # municipal works
    (MeasureText("推进公共建筑节能改造", "推进"), 8, "object_keyword"),
    (MeasureText("培育现代化都市圈", "培育"), 14, "object_keyword"),              # regional development         # energy conservation (CAP 807)
    # general field words with no keyword before (labour, health, crime, welfare, data, energy, villages)
    (MeasureText("落实职工带薪年休假", "落实"), 5, "object_keyword"),
    (MeasureText("为农村适龄妇女开展免费筛查", "开展"), 3, "object_keyword"),   # the screening, not the village
    (MeasureText("保障短缺药物供应", "保障"), 3, "object_keyword"),
    (MeasureText("配备急救设备", "配备"), 3, "object_keyword"),
    (MeasureText("建成社区反诈宣传点", "建成"), 12, "object_keyword"),
    (MeasureText("加强未成年人保护", "加强"), 13, "object_keyword"),
    (MeasureText("培育居家照护服务机构", "培育"), 13, "object_keyword"),
    (MeasureText("建立公共数据开放目录", "建立"), 17, "object_keyword"),
    (MeasureText("推进绿电直接交易", "推进"), 8, "object_keyword"),
    (MeasureText("推进村庄规划编制", "推进"), 14, "object_keyword"),             # rural community development
    (MeasureText("推广水稻机插秧技术", "推广"), 4, "object_keyword"),              # crops and livestock: farming
    (MeasureText("壮大茶叶特色产业", "壮大"), 4, "object_keyword"),
    (MeasureText("发展生猪养殖", "发展"), 4, "object_keyword"),
    (MeasureText("推进部门预算公开", "推进"), 20, "object_keyword"),
    (MeasureText("开展助力个体经营主体发展行动", "开展"), 15, "object_keyword"),     # business entities
    (MeasureText("推进示范小城镇建设", "推进"), 14, "object_keyword"),              # small towns: community development
    (MeasureText("建设县域医共体", "建设"), 3, "object_keyword"),
    (MeasureText("免费开展白内障手术", "开展"), 3, "object_keyword"),
    (MeasureText("举办乡村文体活动", "举办"), 23, "object_keyword"),
    (MeasureText("扶持网络短剧创作", "扶持"), 23, "object_keyword"),
    (MeasureText("推进“一网通办”全覆盖", "推进"), 20, "object_keyword"),
    (MeasureText("提升通关便利化水平", "提升"), 18, "object_keyword"),
    (MeasureText("规范农村土地流转", "规范"), 4, "object_keyword"),
    (MeasureText("改造升级农村电网", "改造升级"), 8, "object_keyword"),            # 农村 says where: the grid is energy
    (MeasureText("发展农村电商", "发展"), 15, "object_keyword"),
    (MeasureText("壮大农村集体经济", "壮大"), 4, "object_keyword"),                 # 农村 alone: rural affairs
    (MeasureText("加强数据中心能源管理", "加强"), 8, "object_keyword"),             # the data centre's energy use
    (MeasureText("建设数据中心集群", "建设"), 17, "object_keyword"),
    (MeasureText("落实河道防凌措施", "落实"), 15, "object_keyword"),                 # disaster prevention (CAP 15)
    (MeasureText("发放政府创业补贴", "发放"), 5, "object_keyword"),               # 政府 only says who pays              # how government reports, not fiscal policy
    (MeasureText("支持省级经济开发区提质升级", "支持"), 14, "object_keyword"),      # a development zone: regional development
    # water supply and drinking water are water management (21); a drinking-water source protected is environment
    (MeasureText("推进城乡供水一体化", "推进"), 21, "object_keyword"),
    (MeasureText("巩固提升农村饮水安全", "巩固提升"), 21, "object_keyword"),
    (MeasureText("划定饮用水水源地保护区", "划定"), 7, "object_keyword"),
    # villages as communities (14), their industries (4), their customs (23), their digital services (17)
    (MeasureText("完善乡村治理体系", "完善"), 14, "object_keyword"),
    (MeasureText("打造一批和美乡村示范片区", "打造"), 14, "object_keyword"),
    (MeasureText("做强乡村产业", "做强"), 4, "object_keyword"),
    (MeasureText("深化移风易俗", "深化"), 23, "object_keyword"),
    (MeasureText("推进数字乡村建设", "推进"), 17, "object_keyword"),
    # urban ills and the neighbourhood living circle are community development (14); aid to the poor is welfare (13)
    (MeasureText("治理交通拥堵等城市病", "治理"), 14, "object_keyword"),
    (MeasureText("建设社区便民生活圈", "建设"), 14, "object_keyword"),
    (MeasureText("加大金融帮扶力度", "加大"), 13, "object_keyword"),
    (MeasureText("关爱贫困家庭学生", "关爱"), 13, "object_keyword"),
    # pollution outlets and ultra-low emissions (7); reserve forests, protected areas and sea areas (21); wind and
    # solar bases and generating units (8)
    (MeasureText("规范入河排污口设置", "规范"), 7, "object_keyword"),
    (MeasureText("推进钢铁企业超低排放改造", "推进"), 7, "object_keyword"),
    (MeasureText("建设国家储备林基地", "建设"), 21, "object_keyword"),
    (MeasureText("优化自然保护地布局", "优化"), 21, "object_keyword"),
    (MeasureText("推进海域使用权市场化出让", "推进"), 21, "object_keyword"),
    (MeasureText("建设大型风光基地", "建设"), 8, "object_keyword"),
    (MeasureText("打造沿江风光带", "打造"), 0, "none"),          # 风光 alone is scenery, no energy
    (MeasureText("建设汽车客运站", "建设"), 10, "object_keyword"),  # a bus station is transport, not the car trade
    (MeasureText("推广高效发电机组", "推广"), 8, "object_keyword"),
    # the regional economy and the layout of productive forces (14); unfinished buildings (14); abroad (18)
    (MeasureText("优化区域经济布局", "优化"), 14, "object_keyword"),
    (MeasureText("优化重大生产力布局", "优化"), 14, "object_keyword"),
    (MeasureText("化解烂尾楼风险", "化解"), 14, "object_keyword"),
    (MeasureText("新建城市绿道50公里", "新建"), 14, "object_keyword"),           # a greenway is a municipal facility
    (MeasureText("组织企业赴境外参展", "组织"), 18, "object_keyword"),
    # an offence word says what is done wrong, not in which field: the field named decides, else crime (12)
    (MeasureText("严厉打击假冒品牌商品", "打击"), 15, "object_keyword"),
    (MeasureText("严禁违法违规举债", "严禁"), 1, "object_keyword"),
    (MeasureText("依法打击违法犯罪活动", "打击"), 12, "object_keyword"),
    (MeasureText("从严查处违法行为", "查处"), 12, "object_keyword"),
    # floods, droughts, storms and geological hazards are disasters (CAP 15, disaster relief)
    (MeasureText("做好汛期强降雨防范应对", "做好"), 15, "object_keyword"),
    (MeasureText("开展交通、地质灾害等领域隐患排查", "开展"), 15, "object_keyword"),
    # 信息化, 互联网(+) and 涉农 say how or in which scope, the field they modify decides
    (MeasureText("推行“互联网+医疗健康”服务", "推行"), 3, "object_keyword"),
    (MeasureText("推进农机作业信息化", "推进"), 4, "object_keyword"),
    (MeasureText("加快推进信息化建设", "加快推进"), 17, "object_keyword"),      # alone: technology
    (MeasureText("扩大涉农信贷投放", "扩大"), 15, "object_keyword"),            # credit to farming is finance
    (MeasureText("统筹整合涉农资金", "统筹整合"), 4, "object_keyword"),          # alone: farming
    # key technologies are technology (17), whichever industry takes them up
    (MeasureText("推动关键技术产业化", "推动"), 17, "object_keyword"),
    # a five-year plan is the economy's plan (1)
    (MeasureText("编制全市第十五个五年规划", "编制"), 1, "object_keyword"),
    # cars are an industry and a consumer good (15), also new-energy ones; buildings are housing (14)
    (MeasureText("支持新能源汽车下乡", "支持"), 15, "object_keyword"),
    (MeasureText("放宽汽车限购", "放宽"), 15, "object_keyword"),
    (MeasureText("推广绿色建筑", "推广"), 14, "object_keyword"),
    (MeasureText("排查高层建筑消防隐患", "排查"), 14, "object_keyword"),
    # a broad head (产业集群) takes the field of its modifier
    (MeasureText("培育风电装备产业集群", "培育"), 8, "object_keyword"),
    (MeasureText("培育一批特色产业集群", "培育"), 15, "object_keyword"),           # no field named: industry
    # object_head: the people a measure trains or recruits decide over the sector that modifies them
    (MeasureText("引进50名金融高级管理人才", "引进"), 5, "object_head"),
    (MeasureText("培养一批农业科技人才", "培养"), 5, "object_head"),
    (MeasureText("建设金融人才服务平台", "建设"), 15, "object_keyword"),   # 人才 modifies: no head
    (MeasureText("培养200名青年企业家", "培养"), 5, "object_head"),
    (MeasureText("评选50名农村电商致富能手", "评选"), 5, "object_head"),       # skilled hands, whatever their trade
    # training is labour (README: 5 Labor includes training), whatever trade the trainees work in
    (MeasureText("加强物流、仓储和快递等行业从业人员岗前培训", "加强"), 5, "object_head"),
    # rule shared_head: a coordination closed by 的 shares the head after 的 (人才), not its first item's field
    (MeasureText("引进精通金融、懂外语的复合型人才", "引进"), 5, "object_head"),
    # visa exemption is immigration; a high-tech zone is technology; opening-up is foreign trade;
    # a transport corridor (大通道) is transportation
    (MeasureText("落实外国人入境免签政策", "落实"), 9, "object_keyword"),
    (MeasureText("支持创建省级高新区", "支持"), 17, "object_keyword"),
    (MeasureText("推动更高水平对外开放", "推动"), 18, "object_keyword"),
    (MeasureText("加快建设西部出海大通道", "建设"), 10, "object_keyword"),
    (MeasureText("新建一批乡村工匠技能工作站", "新建"), 5, "object_keyword"),   # skills are labour
    # food safety is agriculture (CAP 403); job fairs labour; free clinics health; lifts and pipe networks
    # municipal facilities (14)
    (MeasureText("加强食品安全监管", "加强"), 4, "object_keyword"),
    (MeasureText("举办高校毕业生专场招聘会", "举办"), 5, "object_keyword"),
    (MeasureText("组织医疗队下乡义诊", "组织"), 3, "object_keyword"),
    (MeasureText("加装电梯150部", "加装"), 14, "object_keyword"),
    (MeasureText("深化职称评审改革", "深化"), 5, "object_keyword"),
    (MeasureText("新开国际客运航线3条", "新开"), 10, "object_keyword"),
    (MeasureText("新建改扩建中小学12所", "新建改扩建"), 6, "object_keyword"),
    (MeasureText("关停高耗能小企业", "关停"), 8, "object_keyword"),
    (MeasureText("力争细颗粒物年均浓度降至30微克以下", "力争"), 7, "object_keyword"),   # air quality
    (MeasureText("完成老城片区控规修编", "完成"), 14, "object_keyword"),              # city planning
    (MeasureText("改造老旧燃气管网80公里", "改造"), 14, "object_keyword"),
    # postdoctoral research is science; social governance and the 一件事 service reform are government
    (MeasureText("新设博士后科研工作站5家", "新设"), 17, "object_keyword"),
    (MeasureText("健全城乡社会治理体系", "健全"), 20, "object_keyword"),
    (MeasureText("推出一批“一件事”集成服务", "推出"), 20, "object_keyword"),
    (MeasureText("开展基层干部轮训", "开展"), 5, "object_keyword"),              # training the workforce
    (MeasureText("加强乡镇干部队伍建设", "加强"), 5, "object_keyword"),
    # grant_lead_line: a grant names no field; the numbered item's lead line says what it rewards
    (MeasureText("给予企业20万元奖励", "给予", paragraph="（三）数字化转型奖励。对完成改造的企业给予企业20万元奖励。"),
     17, "grant_lead_line"),
    (MeasureText("给予企业20万元奖励", "给予", paragraph="对完成改造的企业给予企业20万元奖励。"),
     15, "object_keyword"),                                                     # no lead line: the firm
    (MeasureText("给予农户种粮补贴", "给予", paragraph="（二）金融支持。对农户给予农户种粮补贴。"),
     4, "object_keyword"),                                                      # the grant names its field
    # money_channel: money as the means leaves the topic to what it is for
    (MeasureText("专项资金支持棚户区住房改造的名单公布", "公布"), 14, "money_channel"),
    (MeasureText("专项资金用于乡村学校校舍维修", "安排"), 6, "money_channel"),
    (MeasureText("增发国债支持灾后重建", "增发"), 1, "object_keyword"),        # issuing the bonds is the measure
    (MeasureText("引导银行机构支持渔港升级改造", "引导"), 4, "money_channel"),   # a lender is a channel too
    (MeasureText("加大对茶园改造的贷款投放力度", "加大"), 4, "money_channel"),   # money aimed at X
    (MeasureText("推进煤电机组灵活性改造", "推进"), 8, "object_keyword"),          # coal power is energy
    (MeasureText("到期债券按期兑付", "兑付"), 1, "object_keyword"),                  # bonds are public debt
    # tourism is domestic commerce (CAP 1524), a scenic area too
    (MeasureText("推动文旅融合发展", "推动"), 15, "object_keyword"),
    (MeasureText("提升景区接待能力", "提升"), 15, "object_keyword"),
    # rule paragraph_prior: the object names several topics -> the one its sentence and paragraph are both about
    (MeasureText("推广农业物联网技术", "推广", sentence="推广农业物联网技术，扩大水产养殖面积。",
                 paragraph="发展现代渔业。推广农业物联网技术，扩大水产养殖面积。支持渔民合作社。"), 4, "paragraph_prior"),
    (MeasureText("推广农业物联网技术", "推广", sentence="推广农业物联网技术。",          # the sentence disagrees
                 paragraph="发展现代渔业。推广农业物联网技术。扩大水产养殖面积。"), 17, "object_keyword"),
    (MeasureText("推广农业物联网技术", "推广"), 17, "object_keyword"),          # no context: the most specific keyword
    (MeasureText("扩大水产养殖面积", "扩大", sentence="推广农业物联网技术，扩大水产养殖面积。",
                 paragraph="发展现代渔业。推广农业物联网技术，扩大水产养殖面积。"), 4, "object_keyword"),  # one topic
    (MeasureText("推广绿色建筑", "推广", sentence="推广绿色建筑，加强大气污染防治。",
                 paragraph="推进节能减排。推广绿色建筑，加强大气污染防治。扩大森林面积。"),
     14, "object_keyword"),                                                     # 绿色 inside 绿色建筑 is no second topic
    # the object decides the topics, not the means before the verb (以科技为支撑: technology only helps)
    (MeasureText("以科技为支撑推进农业节水", "推进", sentence="以科技为支撑推进农业节水。",
                 paragraph="以科技为支撑推进农业节水。推广智能灌溉技术。"), 4, "object_keyword"),
    # opening-up of the economy is foreign trade and investment, whatever sector is opened; reform tasks
    # counted are the government's own work programme
    (MeasureText("稳步推进电信、教育等领域开放试点", "推进"), 18, "object_keyword"),
    (MeasureText("建设沿边开放高地", "建设"), 18, "object_keyword"),
    (MeasureText("推进规则层面的制度型开放", "推进"), 18, "object_keyword"),
    (MeasureText("完成年度改革任务40项", "完成"), 20, "object_keyword"),
    (MeasureText("开放学校体育场馆", "开放"), 6, "object_keyword"),              # a facility opened: its own words
    # clause_keyword: the object holds no keyword, the clause does
    (MeasureText("教育部门要加快推进相关工作", "加快推进"), 6, "clause_keyword"),
    # sentence, paragraph: the clause holds none
    (MeasureText("做好相关工作", "做好", sentence="全面推进乡村振兴，做好相关工作。"), 4, "sentence_keyword"),
    (MeasureText("做好相关工作", "做好", sentence="做好相关工作。",
                 paragraph="稳定粮食生产。做好相关工作。"), 4, "paragraph_topic"),
    (MeasureText("做好相关工作", "做好"), 0, "none"),
    # row_keyword (round 18): the clauses joined to the row name the topic before the sentence's other
    # clauses do; a broad modifier (产业) there names none
    (MeasureText("做好相关工作", "做好", sentence="推进投资增长，做好相关工作，新建水库两座。",
                 row="做好相关工作，新建水库两座"), 21, "row_keyword"),
    (MeasureText("做好相关工作", "做好", sentence="稳定粮食生产，做好相关工作，壮大产业。",
                 row="做好相关工作，壮大产业"), 4, "sentence_keyword"),
    # round 18 vocabulary: student loans are education, ships and multimodal transport transport, the
    # eight-point rules government operations, financing guarantees and central SOEs commerce, application
    # scenarios technology, the employment levy labour
    (MeasureText("扩大国家助学贷款覆盖面", "扩大"), 6, "object_keyword"),
    (MeasureText("发展内河船舶运输", "发展"), 10, "object_keyword"),
    (MeasureText("推动数字技术赋能多式联运", "推动"), 10, "object_keyword"),
    (MeasureText("严格落实中央八项规定精神", "落实"), 20, "object_keyword"),
    (MeasureText("降低融资担保费率", "降低"), 15, "object_keyword"),
    (MeasureText("推进央企专业化整合", "推进"), 15, "object_keyword"),
    (MeasureText("开放医疗应用场景", "开放"), 17, "object_keyword"),
    (MeasureText("发展冰雪经济", "发展"), 15, "object_keyword"),
    # water diversion is water management; visits to the needy are welfare
    (MeasureText("推进东线调水生态治理工程", "推进"), 21, "object_keyword"),
    (MeasureText("开展节日走访慰问", "开展"), 13, "object_keyword"),
    # round 19: private capital is private investment (commerce), over the sector of the sentence around it
    (MeasureText("吸引民间资本参与", "吸引", sentence="推进水电项目，吸引民间资本参与。"), 15, "object_keyword"),
    # round 21: so is social capital, the private side of a public-private partnership (over the broad 政府)
    (MeasureText("完善政府和社会资本合作模式", "完善"), 15, "object_keyword"),
    # round 20, rule outcome_subject: after 实现/达到 the subject is what the measure is about, not the outcome
    (MeasureText("乡村学校食堂改造实现全覆盖", "实现"), 6, "outcome_subject"),
    (MeasureText("农村供水工程达到城市水平", "达到"), 21, "outcome_subject"),
    (MeasureText("实现养老服务全覆盖", "实现"), 13, "object_keyword"),           # no subject: the object decides
    # round 20, rule field_list_scope: a list of fields of several topics closed by 等领域/等方面/等行业 is a
    # scope; the words after it decide -- unless they name no topic, or the list names one topic only
    (MeasureText("推动农业、交通、医疗等领域数据共享", "推动"), 17, "field_list_scope"),
    (MeasureText("加强住房、教育等方面的财政保障", "加强"), 1, "field_list_scope"),
    (MeasureText("深化医疗、教育等领域改革", "深化"), 3, "object_keyword"),
    (MeasureText("加强小麦、玉米等领域育种攻关", "加强"), 4, "object_keyword"),        # a list of one topic
    # round 21: major projects named by no field are regional development (a broad keyword of 14): any
    # field word decides first
    (MeasureText("滚动实施一批重大项目", "实施", sentence="滚动实施一批重大项目，扩大有效投资。"), 14, "object_keyword"),
    (MeasureText("健全重点工程调度机制", "健全"), 14, "object_keyword"),
    (MeasureText("加快实施“两重”项目", "实施"), 14, "object_keyword"),
    (MeasureText("推进城际铁路等重大项目建设", "推进"), 10, "object_keyword"),
    (MeasureText("完成重点项目投资500亿元", "完成"), 1, "object_keyword"),       # the money named decides
    # round 21, rule grant_lead_line: only money that heads the object is a grant whose lead line says what it rewards
    (MeasureText("延续实施商贸企业入统奖励政策", "实施", paragraph="（三）财政奖励。延续实施商贸企业入统奖励政策。"), 15,
     "object_keyword"),
]


@pytest.mark.parametrize("measure, code, rule", AREA_CASES)
def test_policy_area_rules(measure, code, rule):
    c = classify_measure(measure)
    assert (c.topic[0], c.topic_rule) == (code, rule)
