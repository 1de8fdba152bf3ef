"""Measures in news reports: a place acting through an adverbial, the report's default tense,
a cited document's plan, datelines. Invented sentences, one table per construction, both ways."""
from __future__ import annotations

import pytest

from policydata.extract.measures.explain import explain_rows

HEADLINE = "某地推进民生工作\n"
DATELINE = "本报石家庄3月1日电  （记者张三）"


def rows_of(*paragraphs: str) -> list[tuple[str, str, str]]:
    """(quote, actor, status) of each measure of a news report: headline, a dateline (which makes
    the text a news report and must not hide the first clause), then the paragraphs."""
    text = HEADLINE + DATELINE + "\n".join(paragraphs)
    return [(r["quote"], r["actor"], r["status"]) for r in explain_rows(text, date="2026-03-01")]


# place subject + adverbial (preposition phrase, 一方面, 率先…) + action -> that place's government
PLACE_ACTING = [
    ("保定市在老城区推行“物业托管”模式。", "保定市在老城区推行", "保定市人民政府"),
    ("沧州市在运河区建成一批社区食堂。", "沧州市在运河区建成", "沧州市人民政府"),
    ("沧州市一方面鼓励企业加大研发投入，另一方面完善人才引进政策。", "沧州市一方面鼓励", "沧州市人民政府"),
    ("保定市在全省率先建成智慧停车平台。", "保定市在全省率先建成", "保定市人民政府"),
    ("唐山市在港口片区推出“一站式”通关服务。", "唐山市在港口片区推出", "唐山市人民政府"),
]


@pytest.mark.parametrize("sentence, quote_start, actor", PLACE_ACTING)
def test_a_place_acting_through_an_adverbial_is_its_government(sentence, quote_start, actor):
    found = rows_of(sentence)
    assert found and found[0][0].startswith(quote_start)
    assert found[0][1] == actor and found[0][2] == "reported"


# a place that is only described, or a firm acting in a place: no measure of that place
PLACE_NOT_ACTING = [
    "保定市的老城区面貌一新，居民纷纷点赞。",
    "保定市在春节期间游客众多。",
]


@pytest.mark.parametrize("sentence", PLACE_NOT_ACTING)
def test_a_place_merely_described_makes_no_measure(sentence):
    assert rows_of(sentence) == []


# in a news report actions are reported unless a cue plans them; a cited document's
# provisions (意见提出，… / 在…方面，方案明确，…) are planned for the rest of their paragraph
STATUS = [
    (["保定市在老城区推行“物业托管”模式。"], "推行", "reported"),
    (["保定市将在老城区推行“物业托管”模式。"], "推行", "planned"),
    (["近日，商务部印发《关于促进社区商业发展的意见》。", "意见提出，完善社区便民服务网点，鼓励发展社区食堂。"],
     "完善社区便民服务网点", "planned"),
    (["近日，商务部印发《关于促进社区商业发展的意见》。", "在人才培养方面，意见明确，加强职业技能培训。"],
     "加强职业技能培训", "planned"),
    # rule document_voice: a document named in a relative clause (某省印发的《…》提出，…) speaks too
    (["某市加快建设数据中心。", "某省印发的《关于加快数字经济发展的意见》提出，强化与周边城市协作。"],
     "强化与周边城市协作", "planned"),
    # rule document_subject_frame: the document as subject of a coverb frame (通知针对…，/ 措施围绕…，)
    (["近日，某省商务厅发布《关于扩大餐饮消费的通知》。", "通知针对小微餐馆经营难题，提出多项要求。鼓励商场减免摊位租金。"],
     "鼓励商场减免摊位租金", "planned"),
    (["某市文旅局近日发布《夜间经济若干措施》。", "措施围绕夜游、夜购两条主线，支持街区延长营业时间。"],
     "支持街区延长营业时间", "planned"),
    (["方案实施以来，保定市在新城区建设一批社区食堂。"], "社区食堂", "reported"),
    # rule issued_document_content: the clause right after the issuing clause is the document's content
    (["近日，某部印发《社区助餐服务指南》，部署开展社区助餐提质行动。"], "部署开展社区助餐", "planned"),
    (["保定市印发《社区助餐服务指南》，在全市推行助餐补贴。"], "印发《社区助餐服务指南》", "reported"),
    (["保定市印发《社区助餐服务指南》，在全市推行助餐补贴。"], "推行助餐补贴", "planned"),
    # rule reporter_plan_paragraph (round 21): the report's own forecast (将…) plans its paragraph only;
    # a plan it names (按照行动方案，…将…) or a directive (要…) goes on past it
    (["保定市将在老城区推行“物业托管”模式。", "保定市在新城区建设一批社区食堂。"], "社区食堂", "reported"),
    (["按照行动方案，保定市将在老城区推行“物业托管”模式。", "保定市在新城区建设一批社区食堂。"], "社区食堂", "planned"),
    (["保定市在老城区推行“物业托管”模式。", "保定市在新城区建设一批社区食堂。"], "社区食堂", "reported"),
]


@pytest.mark.parametrize("paragraphs, quote_part, status", STATUS)
def test_news_status_reported_unless_planned_or_a_documents_provision(paragraphs, quote_part, status):
    found = [r for r in rows_of(*paragraphs) if quote_part in r[0]]
    assert found and found[0][2] == status


# 由X主办/承办/牵头: the body after 由 acts; 由于 is a cause, a firm after 由 is no government body,
# and an event's turnout (吸引…参加) is its outcome, not a further measure
HOSTED = [
    ("博览会由工业和信息化部主办，吸引300余家企业参展。", [("博览会由工业和信息化部主办", "工业和信息化部")]),
    ("这次培训由人力资源和社会保障部牵头组织。", [("这次培训由人力资源和社会保障部牵头组织", "人力资源和社会保障部")]),
    ("论坛由于天气原因推迟举办。", []),
    ("论坛由多家企业联合主办。", []),
]


@pytest.mark.parametrize("sentence, expected", HOSTED)
def test_the_body_after_you_hosting_is_the_actor(sentence, expected):
    assert [(q, a) for q, a, _ in rows_of(sentence)] == expected


# a township the report names (after its county) acting: its government, full name as the
# corpus writes it (county, a district with its city, township, 人民政府); a township merely
# described makes no measure
TOWNSHIP = [
    ("埭溪镇引导辖区内村庄组建联合合作社。", "湖州市吴兴区埭溪镇人民政府"),
    ("埭溪镇在各村建成一批共享仓库。", "湖州市吴兴区埭溪镇人民政府"),
    ("埭溪镇的茶园面积不断扩大。", None),
]


@pytest.mark.parametrize("sentence, actor", TOWNSHIP)
def test_a_township_acting_is_its_government(sentence, actor):
    found = rows_of("湖州市吴兴区埭溪镇近年来茶叶产业兴旺。", sentence)
    assert [a for _, a, _ in found] == ([actor] if actor else [])


# a township's own unit (中心, 站, 所, 办 right after the township) acting: that unit, named
# after the township's full name; a school or firm of the township is no such unit
TOWNSHIP_UNIT = [
    ("埭溪镇农业服务中心统一提供优质茶苗。", ["湖州市吴兴区埭溪镇农业服务中心"]),
    ("埭溪镇文化站组织开展农民读书活动。", ["湖州市吴兴区埭溪镇文化站"]),
    ("埭溪镇中心小学的学生参观了茶园。", []),
]


@pytest.mark.parametrize("sentence, actors", TOWNSHIP_UNIT)
def test_a_townships_unit_acting_is_a_township_body(sentence, actors):
    found = rows_of("湖州市吴兴区埭溪镇近年来茶叶产业兴旺。", sentence)
    assert [a for _, a, _ in found] == actors


# rule firm_subject: a firm, a school, a hospital, a station run as a business, or people as the
# subject of their own action in a news report: no government measure, nor the subjectless
# clauses after it in its sentence (over ；, to the full stop)
FIRM_ACTIONS = [
    "某某科技有限公司推出三款新产品，拓展海外市场。",
    "某某集团投资建设一座物流中心，带动周边就业。",
    "某某集装箱中心站为班列开辟专用通道，备足装卸设备；建立客户快速响应机制，优化作业流程。",
    "村民们自发组建巡逻队，维护村里治安。",
    "某某医院开设便民门诊，延长服务时间。",
    "某某水电站建成一座数据中心，打造绿电算力项目。",
    # rule firm_topic_clause (round 13): a clause that only names the firm is the subject after it
    "这座由三家企业合资建设的工厂，将数字技术全面融入装配各环节，提高生产效率。",
    # rule noun_compound_subject (round 14): a team named by its research verb opens the clause (研发
    # is no lead verb), and a named private person after a 的-modifier is the subject of the sentence
    "同时，研发团队定期走访用户，调整产品设计。",
    "科研人员每周到田间采集样本，改进育种方案。",
    "“苹果卖得好。”吴某某说。前年，在外闯荡多年的吴某某回到家乡，成立一家合作社，承包了鱼塘。",
]


@pytest.mark.parametrize("sentence", FIRM_ACTIONS)
def test_what_a_firm_or_people_do_is_no_measure(sentence):
    assert rows_of(sentence) == []


# ... but a firm as the OBJECT of a government's verb, a government body ending like a station,
# and an institution a notice directs (要/应) stay the government's measures
FIRM_AS_OBJECT = [
    ("保定市支持某某科技有限公司建设研发中心。", "支持某某科技有限公司建设研发中心", "保定市人民政府"),
    ("保定市引导企业加大研发投入。", "引导企业加大研发投入", "保定市人民政府"),
    ("保定市农技推广站开展技术培训，指导农户科学施肥。", "指导农户科学施肥", ""),
    ("河北省教育厅日前出台体育工作措施。\n意见提出，中小学校开设体育特色课程，组织学生参加体育锻炼。",
     "组织学生参加体育锻炼", "河北省教育厅"),
    ("近日，河北省教育厅印发《关于加强学校体育工作的意见》。意见提出，学校要开设体育特色课程，鼓励学生参加体育锻炼。",
     "鼓励学生参加体育锻炼", "河北省教育厅"),
]


@pytest.mark.parametrize("sentence, quote_part, actor", FIRM_AS_OBJECT)
def test_a_firm_as_object_or_a_government_station_stays_a_measure(sentence, quote_part, actor):
    rows = [r for r in rows_of(sentence) if quote_part in r[0]]
    assert rows and (not actor or rows[0][1] == actor)


# a firm the report names by its executive's title (某某董事长…) is a firm when it opens a clause later
NAMED_FIRMS = [
    (["青禾科技董事长张三表示，看好本地市场。", "青禾科技将在本地建设研发中心，扩大生产规模。"], []),
    (["青禾科技董事长张三表示，看好本地市场。", "保定市支持青禾科技建设研发中心。"], ["保定市支持青禾科技建设研发中心"]),
]


@pytest.mark.parametrize("paragraphs, quotes", NAMED_FIRMS)
def test_a_firm_named_by_its_executive_acts_for_itself(paragraphs, quotes):
    assert [r[0] for r in rows_of(*paragraphs)] == quotes


# rule speaker_plan_paragraph (round 20): what a quoted official says is to be done plans the rest of
# that paragraph only; the report's later paragraphs go on telling what was done. A plan the report
# itself cites (根据规划，某市将…) goes on planning the paragraphs after it.
SPEAKER_PLAN = [
    (["某局局长张三表示，下一步，要加快建设社区养老驿站。", "保定市在新城区建设一批社区食堂。"], "社区食堂", "reported"),
    (["某局局长张三表示，下一步，要加快建设社区养老驿站，完善助餐网络。"], "完善助餐网络", "planned"),
    (["“我们将继续扩大托育服务供给。”张三说。", "保定市在新城区建设一批社区食堂。"], "社区食堂", "reported"),
    (["根据行动方案，保定市将在老城区推行“物业托管”模式。", "保定市在新城区建设一批社区食堂。"], "社区食堂", "planned"),
]


@pytest.mark.parametrize("paragraphs, quote_part, status", SPEAKER_PLAN)
def test_a_speakers_plan_plans_its_paragraph_only(paragraphs, quote_part, status):
    found = [r for r in rows_of(*paragraphs) if quote_part in r[0]]
    assert found and found[0][2] == status


# rule means_phrase (round 20): a place or body, then a phrase of means closed by a means noun
# (通过…等措施，), then the action: the place's government acts, not a body the source line named
MEANS_PHRASE = [
    ("广西通过织密服务网络等措施，推动民生实事落地落实。", "推动民生实事落地落实", "广西壮族自治区人民政府"),
    ("保定市通过织密服务网络、扩充床位等方式，推动民生实事落地落实。", "推动民生实事落地落实", "保定市人民政府"),
]


@pytest.mark.parametrize("sentence, quote_part, actor", MEANS_PHRASE)
def test_a_place_acting_through_a_phrase_of_means_is_its_government(sentence, quote_part, actor):
    text = "某地推进民生工作\n本报南宁2月2日电（记者张三）记者从河北省民政厅获悉：2025年以来，" + sentence
    found = [(r["quote"], r["actor"]) for r in explain_rows(text, date="2026-03-01") if quote_part in r["quote"]]
    assert found and found[0][1] == actor


# rule work_report_voice: the government work report speaks also when its name stands in title marks
WORK_REPORT_VOICE = [
    ("今年的《政府工作报告》提出，支持社区嵌入式服务设施建设。", "支持社区嵌入式服务设施建设", "国务院"),
    ("今年的政府工作报告提出，支持社区嵌入式服务设施建设。", "支持社区嵌入式服务设施建设", "国务院"),
]


@pytest.mark.parametrize("sentence, quote_part, actor", WORK_REPORT_VOICE)
def test_a_cited_work_report_is_its_governments_voice(sentence, quote_part, actor):
    found = [r for r in rows_of("民生工作受到关注。", sentence) if quote_part in r[0]]
    assert found and found[0][1] == actor


# rule reporter_plan_paragraph (round 21): the report's own 将/要 naming no plan it tells from plans the
# rest of its paragraph only; the next paragraph reports again. A cited plan (按照部署，某市将…) goes on.
REPORTER_PLAN = [
    (["对已受理的申请，将督促有关部门加快办理进度。", "保定市在新城区建设一批社区食堂。"], "社区食堂", "reported"),
    (["保定市将在老城区推行“物业托管”模式，完善助餐网络。"], "完善助餐网络", "planned"),
    (["按照工作部署，保定市将在老城区推行“物业托管”模式。", "保定市在新城区建设一批社区食堂。"], "社区食堂", "planned"),
    # rule official_voice_span: after an official's speech, an unattributed 将 is still the official's: it runs on
    (["某部副部长王五表示，新的一年，将推进城市更新。", "保定市还将深入实施老旧小区改造。", "完善社区养老服务网络。"],
     "社区养老服务网络", "planned"),
    # …until the report's own voice tells what was done (已…); then its 将 plans its paragraph only
    (["某部副部长王五表示，新的一年，将推进城市更新。", "保定市已建成一批社区食堂。",
      "保定市还将深入实施老旧小区改造。", "完善社区养老服务网络。"], "社区养老服务网络", "reported"),
]


@pytest.mark.parametrize("paragraphs, quote_part, status", REPORTER_PLAN)
def test_the_reports_own_plan_plans_its_paragraph_only(paragraphs, quote_part, status):
    found = [r for r in rows_of(*paragraphs) if quote_part in r[0]]
    assert found and found[0][2] == status


# rule zone_administration (round 21): a state new area or development zone that is no administrative
# division, opening a clause with its action in news, acts through its administrative committee
ZONE_SUBJECT = [
    ("两江新区持续推进老旧小区改造。", "老旧小区改造", "两江新区管理委员会"),
    ("雄安新区加快建设城市综合管廊。", "城市综合管廊", "雄安新区管理委员会"),
    ("保定市在老城区推行“物业托管”模式。", "物业托管", "保定市人民政府"),
]


@pytest.mark.parametrize("sentence, quote_part, actor", ZONE_SUBJECT)
def test_a_development_zone_subject_is_its_administrative_committee(sentence, quote_part, actor):
    found = [r for r in rows_of(sentence) if quote_part in r[0]]
    assert found and found[0][1] == actor
