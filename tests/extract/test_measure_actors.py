"""Who acts in a measure, on constructions of documents nobody tuned to: lead units of headings and
items (heading_lead_unit, responsibility notes), bureau abbreviations, generic departments
(generic_department), news outlets as publishers (media_publisher), a region as the subject of
news (region_subject), a regulator's notice (notice_directives), the status of news."""
from __future__ import annotations

import pytest

from policydata.document import Article
from policydata.extract.measures import extract_measures
from policydata.recognize.actors import department_actor, is_media_name, normalize_actor
from policydata.recognize.regions import find_regions


def found(text: str, issuer: str = "", title: str = "", region_id: str = "") -> list[tuple[str, str, str]]:
    """(quote, actor, status) of the measures of ``text`` read as one article."""
    art = Article(1, title, text, [])
    rows = extract_measures(art, issuer=issuer, region_id=region_id, region_mentions=find_regions(text))
    return [(text[m.start:m.end], m.actor, m.status) for m in rows]


def actor_of(text: str, quote_start: str, **kw) -> str:
    rows = [r for r in found(text, **kw) if r[0].startswith(quote_start)]
    assert rows, f"no measure starting {quote_start!r} in {found(text, **kw)}"
    return rows[0][1]


# --------------------------------------------------------------- bureau abbreviations (data)

@pytest.mark.parametrize("written, home, expected", [
    ("市科技局", "330182", "建德市科学技术局"),
    ("市财政局", "330182", "建德市财政局"),
    ("市发改局", "330182", "建德市发展和改革局"),
    ("市发展改革局", "330182", "建德市发展和改革局"),
    ("市经信局", "330182", "建德市经济和信息化局"),
    ("市商务局", "330182", "建德市商务局"),
    ("市农业农村局", "330182", "建德市农业农村局"),
    ("市人社局", "330182", "建德市人力资源和社会保障局"),
    ("市住建局", "330182", "建德市住房和城乡建设局"),
    ("市市场监管局", "330182", "建德市市场监督管理局"),
    ("市生态环境局", "330182", "建德市生态环境局"),
    ("市卫健局", "330182", "建德市卫生健康局"),
    ("市医保局", "330182", "建德市医疗保障局"),
    ("市交通局", "330182", "建德市交通运输局"),
    ("县农业局", "330226", "宁海县农业农村局"),
    ("省发改委", "330000", "浙江省发展和改革委员会"),
    ("市经贸委", "330182", "建德市经济贸易委员会"),
    ("市金融办", "330182", "建德市人民政府金融工作办公室"),
    ("医保局", "", "国家医疗保障局"),  # no place: the national body, as before
])
def test_bureau_abbreviations_take_the_issuers_place(written, home, expected):
    assert normalize_actor(written, home).name == expected


# --------------------------------------------------------------- generic_department

@pytest.mark.parametrize("written, home, expected", [
    ("梨树县农业部门", "", "梨树县农业农村局"),
    ("市财政部门", "330182", "建德市财政局"),
    ("县教育部门", "330226", "宁海县教育局"),
    ("省教育部门", "220000", "吉林省教育厅"),
    ("省发展改革部门", "330000", "浙江省发展和改革委员会"),
    ("梨树县市场监管部门", "", "梨树县市场监督管理局"),
])
def test_generic_department_is_its_places_bureau(written, home, expected):
    assert department_actor(written, home).name == expected
    assert normalize_actor(written, home).name == expected


@pytest.mark.parametrize("written", ["有关部门", "各部门", "农业部门"])
def test_generic_department_without_a_place_names_no_bureau(written):
    assert department_actor(written, "330182") is None


# --------------------------------------------------------------- media_publisher

@pytest.mark.parametrize("publisher, media", [
    ("吉林省农业农村厅网站", True), ("某某市人民政府门户网", True), ("人民日报", True),
    ("某市日报", True), ("某县融媒体中心", True), ("某县广播电视台", True),
    ("吉林省农业农村厅", False), ("建德市人民政府", False), ("国家金融监督管理总局", False),
])
def test_publisher_named_as_an_outlet_is_media(publisher, media):
    assert is_media_name(publisher) is media
    actor = normalize_actor(publisher, "")
    assert (actor is not None and actor.is_media) is media


def test_news_outlet_publisher_is_never_the_actor():
    rows = found("近日，全省组织开展春耕农资打假行动。", issuer="吉林省农业农村厅网站")
    assert rows and all(actor != "吉林省农业农村厅网站" for _, actor, _ in rows)


# --------------------------------------------------------------- heading_lead_unit / item notes

POLICY = ("一、科技创新扶持(由市科技局牵头实施)\n"
          "支持企业建设研发机构，对新认定的研发中心给予奖励。\n"
          "（一）研发投入\n"
          "对企业研发费用给予补助。\n"
          "二、开放型经济政策\n"
          "支持企业开拓国际市场。（责任单位：市商务局）\n"
          "加快培育外贸主体。（牵头单位：市经信局、市财政局）\n"
          "对企业技改项目给予补助。(责任单位:市发改局)\n"
          "推动物流园区提质。（牵头单位：市交通局；配合单位：市商务局）\n"
          "加快建设物流枢纽。")


@pytest.mark.parametrize("quote_start, expected", [
    ("支持企业建设研发机构", "建德市科学技术局"),    # the heading's lead unit
    ("对新认定的研发中心", "建德市科学技术局"),
    ("对企业研发费用给予补助", "建德市科学技术局"),  # a subheading keeps it
    ("支持企业开拓国际市场", "建德市商务局"),        # full-width 责任单位
    ("加快培育外贸主体", "建德市经济和信息化局"),    # the first of 牵头单位
    ("对企业技改项目给予补助", "建德市发展和改革局"),  # half-width brackets and colon
    ("推动物流园区提质", "建德市交通运输局"),        # 牵头单位 before 配合单位
    ("加快建设物流枢纽", "建德市人民政府"),          # no note under 二、: the issuer
])
def test_lead_units_of_headings_and_items(quote_start, expected):
    assert actor_of(POLICY, quote_start, issuer="建德市人民政府", title="关于促进产业发展的若干意见") == expected


# --------------------------------------------------------------- granted_by
# 由 + a department named by its field + a grant verb: that department pays and acts, over the
# paragraph's note; a firm after 由 is no actor

@pytest.mark.parametrize("text, expected", [
    ("对新设的技能驿站，由市财政给予定额奖励；对带徒骨干给予津贴。（牵头单位：市人社局）",
     [("由市财政给予定额奖励", "建德市财政局"), ("对带徒骨干给予津贴", "建德市人力资源和社会保障局")]),
    ("组织小微企业负责人培训，对参训人员给予补贴。（牵头单位：市经贸委，配合单位：市人社局）",
     [("组织小微企业负责人培训", "建德市经济贸易委员会"), ("对参训人员给予补贴", "建德市经济贸易委员会")]),
])
def test_a_body_named_with_you_pays(text, expected):
    assert [(q, a) for q, a, _ in found(text, issuer="建德市人民政府", region_id="330182")] == expected


def test_notes_are_not_in_quotes():
    quotes = [q for q, _, _ in found(POLICY, issuer="建德市人民政府")]
    assert not any("单位" in q or "牵头" in q for q in quotes)


# --------------------------------------------------------------- region_subject (news, commentary)

NEWS = ("各地加快发展海洋经济。\n"
        "江苏推动南通、盐城等地建设海上风电基地。\n"
        "广东向海图强，加快建设海洋牧场。\n"
        "浙江省象山县通过搭建渔业服务平台，带动渔民增收。\n"
        "在福建，一批企业加快布局海上养殖。福建的企业积极开拓市场。")


@pytest.mark.parametrize("quote_start, expected", [
    ("各地加快发展海洋经济", ""),                     # no place: no government named
    ("江苏推动南通", "江苏省人民政府"),               # place, then its verb
    ("加快建设海洋牧场", "广东省人民政府"),           # place, a clause, then the verb
    ("浙江省象山县通过搭建", "象山县人民政府"),       # province then county: the county acts
])
def test_a_region_as_the_subject_of_news_is_its_government(quote_start, expected):
    assert actor_of(NEWS, quote_start, issuer="某某新闻网") == expected


# round 13 (wave 2), rules body_manner_adverb and early_time for a place in news: how pointedly, how
# often or how long ago the place acts stands between it and its verb
MANNER_NEWS = ("各地用心办好民生小事。\n"
               "无锡专门设立夜间婴幼儿急诊门诊。\n"
               "苏州定期组织志愿者上门照料独居老人。\n"
               "常州早在2020年就推出了社区食堂补贴。")


@pytest.mark.parametrize("quote_start, expected", [
    ("无锡专门设立", "无锡市人民政府"),
    ("苏州定期组织", "苏州市人民政府"),
    ("常州早在2020年", "常州市人民政府"),
])
def test_a_region_with_a_manner_adverb_in_news_acts(quote_start, expected):
    assert actor_of(MANNER_NEWS, quote_start, issuer="某某新闻网") == expected


def test_a_place_merely_mentioned_is_no_actor():
    rows = found(NEWS, issuer="某某新闻网")
    assert all(actor != "福建省人民政府" for _, actor, _ in rows)


def test_a_cited_plan_keeps_its_measures_about_places():
    text = "某省发布《关于加快海洋经济发展的实施意见》。意见提出，青岛建设国际海洋名城，烟台加快建设海洋牧场。"
    rows = found(text, issuer="某某日报")
    assert rows and all(actor not in ("青岛市人民政府", "烟台市人民政府") for _, actor, _ in rows)


# --------------------------------------------------------------- generic departments, spokesperson, status

COUNTY_NEWS = ("2月27日，梨树县市场监管部门组织力量开展春季农资打假专项行动。该行动以集中宣传形式，宣传农资识假知识。"
               "梨树县农业农村局相关负责人说：“我们还要加大技术培训力度，推广保护性耕作。”")


@pytest.mark.parametrize("quote_start, actor, status", [
    ("梨树县市场监管部门组织力量", "梨树县市场监督管理局", "reported"),  # news_opening: done
    ("宣传农资识假知识", "梨树县市场监督管理局", "reported"),            # the department goes on acting
    ("我们还要加大技术培训力度", "梨树县农业农村局", "planned"),          # the spokesperson's body plans
])
def test_county_news_item_published_by_a_website(quote_start, actor, status):
    rows = [r for r in found(COUNTY_NEWS, issuer="吉林省农业农村厅网站") if r[0].startswith(quote_start)]
    assert rows and rows[0][1:] == (actor, status)


# --------------------------------------------------------------- notice_directives

NOTICE_NEWS = ("金融监管总局日前印发通知指出，银行机构要持续单列涉农信贷计划，合理确定小微企业贷款利率，"
               "加大首贷投放力度。通知还要求，保险机构要扩大农业保险覆盖面。")


@pytest.mark.parametrize("quote_part", [
    "单列涉农信贷计划", "合理确定小微企业贷款利率", "加大首贷投放力度", "扩大农业保险覆盖面",
])
def test_a_regulators_notice_reported_in_news_gives_its_directives(quote_part):
    rows = [r for r in found(NOTICE_NEWS, issuer="人民日报") if quote_part in r[0]]
    assert rows and rows[0][1:] == ("国家金融监督管理总局", "planned")


def test_an_institutions_own_action_in_news_is_no_directive():
    rows = found("某银行近日推出新的涉农贷款产品，银行机构积极对接农户。", issuer="某某日报")
    assert not any("银行机构" in q for q, _, _ in rows)


def test_a_generic_city_department_in_a_county_level_news_item_is_that_citys_bureau():
    """news_home_place: the headline names the city the item is about (published by a provincial site)."""
    text = "2月27日，舒兰市农业部门组织技术人员深入田间。市财政部门安排专项资金支持农机购置。"
    rows = found(text, issuer="吉林省农业农村厅网站", title="舒兰市扎实开展春耕备耕", region_id="220000")
    assert [(a, s) for q, a, s in rows if q.startswith("市财政部门")] == [("舒兰市财政局", "reported")]


# --------------------------------------------------------------- numbered_item (through the pipeline's layout)

def test_short_numbered_items_yield_their_measures_with_their_lead_units():
    from policydata.pipeline import parse_text
    text = ("某县人民政府关于促进产业发展的若干意见\n"
            "一、科技创新政策（由县科技局牵头实施）\n"
            "（一）鼓励企业加大研发投入，按研发费用给予补助。\n"
            "（二）支持企业开拓国际市场，给予展会补助。（责任单位：县商务局）\n"
            "二、开放型经济政策\n"
            "1.加快培育外贸主体。（牵头单位：县经信局、县财政局）\n"
            "2.对企业技改项目给予补助。")
    rows = parse_text(text, publisher="宁海县人民政府", date="2026-03-01")["measures"]
    got = {r["quote"]: r["actor"] for r in rows}
    assert got.get("鼓励企业加大研发投入") == "宁海县科学技术局"
    assert got.get("支持企业开拓国际市场") == "宁海县商务局"
    assert got.get("加快培育外贸主体") == "宁海县经济和信息化局"
    assert got.get("对企业技改项目给予补助") == "宁海县人民政府"


# --------------------------------------------------------------- prefecture_office (盟/地区)

@pytest.mark.parametrize("text, start, expected", [
    ("阿拉善盟今年将新建三处防沙治沙示范区。", "阿拉善盟今年将新建", "阿拉善盟行政公署"),
    ("和田地区近日启动农村饮水安全巩固工程。", "和田地区近日启动", "和田地区行政公署"),
    # an autonomous prefecture and a city at the same level keep 人民政府
    ("甘孜藏族自治州将改造一批乡村公路。", "甘孜藏族自治州将改造", "甘孜藏族自治州人民政府"),
    ("绍兴市将改造一批乡村公路。", "绍兴市将改造", "绍兴市人民政府"),
])
def test_prefecture_office_governs_meng_and_diqu(text, start, expected):
    assert actor_of(text, start) == expected


# --------------------------------------------------------------- local_department

def test_an_unplaced_department_in_a_story_set_in_one_district_is_kept_as_written():
    text = ("本报南京5月9日电  江苏省南京市鼓楼区宁海路街道的老旧小区加装电梯，居民盼了多年。"
            "鼓楼区宁海路街道干部多次上门。住建部门联合消防部门简化了审批流程。")
    assert actor_of(text, "住建部门联合", issuer="人民日报") == "住建部门"


# --------------------------------------------------------------- rules bureau_subject, official_place_name
@pytest.mark.parametrize("sentence, expected", [
    # a bureau the table does not list (…局, …厅) opens the clause and acts
    ("景宁县民政局组织志愿者开展入户走访。", ("景宁县民政局组织志愿者开展入户走访", "景宁畲族自治县民政局")),
    ("县交通运输局安排技术人员驻点服务。", ("县交通运输局安排技术人员驻点服务", "县交通运输局")),
])
def test_an_unlisted_bureau_opening_a_news_clause_acts_under_its_official_place_name(sentence, expected):
    rows = found("本报杭州5月6日电（记者王五）" + sentence, issuer="人民日报")
    assert [(q, a) for q, a, _ in rows] == [expected]


def test_words_ending_like_a_bureau_are_no_subject():
    # 格局 and 布局 end in 局 but name no bureau (body_false_endings): the clause keeps its own reading
    assert [q for q, _, _ in found("全市布局建设充电设施。", issuer="丽水市人民政府")] == ["全市布局建设充电设施"]


# ------------------------------------------- actor by role: note leads, frames, item scope (r13)

def test_the_unit_marked_lead_in_a_note_acts_not_the_first_partner():
    """rule note_marked_lead: （X牵头，Y、Z按职责分工负责） -> X."""
    text = "一、稳增长 1.加大公共租赁住房供给，改善居住条件。（省财政厅牵头，省商务厅、教育厅按职责分工负责）"
    assert actor_of(text, "加大公共租赁住房供给", issuer="河南省人民政府", region_id="410000") == "河南省财政厅"


def test_a_body_in_an_authority_frame_is_not_the_actor_of_the_next_clauses():
    """rule framed_body: 按照X决策部署 / X审议通过的《…》 name no actor; the meeting's body acts."""
    text = ("国务院总理主持国务院常务会议。\n会议认为，要按照党中央统一部署，加快修复受损桥梁，落实道路养护责任。\n"
            "会议指出，去年全国人大审议通过的《某某法》，明确了监管要求。各地区要加强执法检查，完善监管方式。")
    assert actor_of(text, "加快修复受损桥梁", issuer="国务院") == "国务院"
    assert actor_of(text, "完善监管方式", issuer="国务院") == "国务院"


def test_a_note_does_not_reach_back_over_a_notice_preamble():
    """rule note_item_scope: the preamble's named subject keeps its actor; item 1's note starts at 1."""
    text = ("各项工作分工如下。省政府办公厅要加强督促检查，按月通报进展。 一、扩内需 "
            "1.落实好促进消费的各项政策。(省商务厅牵头,省财政厅按职责分工负责)")
    assert actor_of(text, "省政府办公厅要", issuer="河南省人民政府", region_id="410000") == "河南省人民政府办公厅"
    assert actor_of(text, "落实好", issuer="河南省人民政府", region_id="410000") == "河南省商务厅"
