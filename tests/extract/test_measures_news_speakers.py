"""Measures in news by who speaks: people in general, an association's or a firm's speaker
(before or after the quotation), and a body's speaker named after a quotation. Invented
sentences, one table per rule, both ways."""
from __future__ import annotations

import pytest

from policydata.extract.measures.explain import explain_rows

NEWS = "某地推进服务业发展\n本报北京5月9日电 （记者张三）座谈会在京召开。"


def rows_of(text: str) -> list[tuple[str, str, str]]:
    """(quote, actor, status) of each measure of a news report (issuer 人民日报)."""
    return [(r["quote"], r["actor"], r["status"])
            for r in explain_rows(NEWS + text, issuer="人民日报", date="2026-05-09")]


# ------------------------------------------------------------------ rule crowd_speaker
# people in general speaking (与会人士, 群众, 企业家们) mean to act, no government commits

@pytest.mark.parametrize("text, expected", [
    ("与会人士纷纷表示，将扩大优质供给，推进品牌建设。", []),
    ("当地群众也表示，要加强标准建设，提升服务质量。", []),
    ("企业家们认为，将加快布局新兴产业。", []),
    ("商务部有关负责人表示，将扩大优质供给。", ["将扩大优质供给"]),
])
def test_people_in_general_speaking_commit_no_body(text, expected):
    assert [q for q, _, _ in rows_of(text)] == expected


# ------------------------------------------------------------------ rules association_speaker,
# speaker_before_quote, executive_speaker, firm_person: a firm's or an association's plans

@pytest.mark.parametrize("text", [
    # an association's head introduces the quotation (：“…”)
    "某省家电协会会长王五信心更足了：“我们将搭建服务平台，推动品牌下乡，完善售后网络。”",
    # an executive's title names the speaker after it, whatever the firm's name looks like
    "“我们将上线更多便民功能，扩大服务范围，推广职业培训。”某某网国内业务总裁赵六说。",
    # a firm's person introduced earlier, then named alone after the quotation
    "这让某某检测有限公司副总经理钱七看清了方向。“我们将完善检测标准体系，拓展应用场景。”钱七说。",
])
def test_what_a_firms_or_associations_speaker_plans_is_no_measure(text):
    assert rows_of(text) == []


def test_a_quotation_naming_the_government_that_acts_keeps_its_measure():
    text = ("“我们在这里扎根十年了。”某某科技公司总经理孙九说。"
            "“从选址、审批到投产的每一步，政府都按我们的需要，建立定期会商的沟通渠道。”孙九表示。")
    assert [q for q, _, _ in rows_of(text)] == ["建立定期会商的沟通渠道"]


def test_an_officials_quotation_before_the_speaker_keeps_its_measures():
    text = "浙江省商务厅副厅长李四说：“我们将搭建服务平台，推动品牌下乡。”"
    rows = rows_of(text)
    assert rows and rows[0][0].startswith("我们将搭建服务平台") and {a for _, a, _ in rows} == {"浙江省商务厅"}


# ------------------------------------------------------------------ rule quoted_speaker
# a quotation whose speaker is named after it is that speaker's body's, not the previous speaker's

def test_a_quotation_is_the_body_of_the_speaker_named_after_it():
    text = ("国家发展改革委有关负责人表示，将深化服务业改革。"
            "“我们将培育更多夜间消费和文旅消费的新场景，打造一批有影响力的服务品牌。”浙江省商务厅副厅长李四说。")
    rows = rows_of(text)
    assert [(q, a) for q, a, _ in rows] == [
        ("将深化服务业改革", "国家发展和改革委员会"),
        ("我们将培育更多夜间消费和文旅消费的新场景", "浙江省商务厅"), ("打造一批有影响力的服务品牌", "浙江省商务厅")]
    assert all(s == "planned" for _, _, s in rows)


# rule unit_officer_speaker: the officer of a division inside a body (某处有关负责人, 某司司长) speaks for the
# body after the closing mark, named or not; a city named earlier in the story is not the actor

@pytest.mark.parametrize("speaker, actor", [
    ("浙江省商务厅外贸处有关负责人表示", "浙江省商务厅"),
    ("浙江省商务厅有关负责人介绍", "浙江省商务厅"),
    ("商务部外资司负责人说", "商务部"),
    ("商务部外资司司长王五表示", "商务部"),
])
def test_a_division_officer_after_a_quotation_speaks_for_the_body(speaker, actor):
    text = ("杭州市出台若干措施，加大招商力度。"
            f"“我们将优化外资企业服务机制，推动外资项目早落地。”{speaker}。")
    rows = rows_of(text)
    quoted = [a for q, a, _ in rows if q.startswith(("我们将", "推动外资"))]
    assert quoted and set(quoted) == {actor}


@pytest.mark.parametrize("text, actor", [
    ("浙江省商务厅外贸处有关负责人表示，将优化外资企业服务机制。", "浙江省商务厅"),
    ("商务部外资司司长王五介绍了情况。杭州市推出新政。王五表示，将优化外资企业服务机制。", "商务部"),
])
def test_a_division_officer_before_the_words_speaks_for_the_body(text, actor):
    rows = rows_of(text)
    assert [a for q, a, _ in rows if "外资企业服务" in q] == [actor]


# rule zone_committee: a zone's management committee (某某开发区管委会, 某某科技城管理委员会) is a body of its
# own; its officer speaks for it, not for the city government the story named before

@pytest.mark.parametrize("committee, actor", [
    ("某某湖旅游开发区管委会", "某某湖旅游开发区管理委员会"),
    ("某某科技城管委会", "某某科技城管理委员会"),
    ("某某高新区管理委员会", "某某高新区管理委员会"),
])
def test_a_zone_committee_officer_speaks_for_the_committee(committee, actor):
    text = f"杭州市出台若干措施，加大招商力度。{committee}副主任王五说，将优化企业服务，降低创业成本。"
    rows = rows_of(text)
    assert [a for q, a, _ in rows if "创业成本" in q or "企业服务" in q] and \
        {a for q, a, _ in rows if "创业成本" in q or "企业服务" in q} == {actor}


# ------------------------------------------------------------------ rules grassroots_subject,
# government_with_firm and bare_obligation: a township's grassroots units in a narrative report

TOWN = "社区加装电梯有了新进展\n本报杭州3月2日电  （记者张三）浙江省湖州市吴兴区埭溪镇的老旧小区多，居民出行不便。\n"
TOWN_GOV = "湖州市吴兴区埭溪镇人民政府"


def town_rows(*paragraphs: str) -> list[tuple[str, str, str]]:
    text = TOWN + "\n".join(paragraphs)
    return [(r["quote"], r["actor"], r["status"]) for r in explain_rows(text, issuer="人民日报", date="2026-03-02")]


@pytest.mark.parametrize("paragraph, quote_start", [
    ("“街道成立了工作专班，请区里派人做技术指导。”镇党委书记李四说。", "街道成立了工作专班"),
    ("镇党委书记李四说，社区干部和网格员上门向老人讲解方案，动员大家签字。", "社区干部和网格员上门向老人讲解方案"),
    ("同时，社区、物业成立了加装电梯工作组，每周召开协调会。", "社区、物业成立了加装电梯工作组"),
    ("街道干部说：“我们打通了小区的消防通道，保障施工车辆进出。”", "我们打通了小区的消防通道"),
    ("埭溪镇与某某环境集团率先上线“加装电梯小程序”，方便居民投票。", "埭溪镇与某某环境集团率先上线"),
    # rule grassroots_manner: the manners chain and end their clause; the next clause tells the action
    ("施工前，村干部带队入户，详细登记需要帮助的老人。", "详细登记需要帮助的老人"),
    ("每逢周末，村干部上门收购农户的蔬菜。", "村干部上门收购农户的蔬菜"),
])
def test_a_townships_grassroots_units_act_for_its_government(paragraph, quote_start):
    rows = town_rows(paragraph)
    assert rows and rows[0][0].startswith(quote_start)
    assert rows[0][1:] == (TOWN_GOV, "reported")


@pytest.mark.parametrize("paragraph", [
    "街道两旁种满了樱花，社区食堂的饭菜很实惠。",
    "开了几次会后，镇里统一了思想，必须迎难而上。",
])
def test_grassroots_nouns_and_a_bare_resolve_are_no_measures(paragraph):
    assert town_rows(paragraph) == []


def test_a_bare_resolve_does_not_make_later_actions_planned():
    rows = town_rows("开了几次会后，镇里统一了思想，必须迎难而上。", "同时，社区、物业成立了加装电梯工作组。")
    assert [s for _, _, s in rows] == ["reported"]


def test_without_a_township_named_before_grassroots_words_name_no_actor():
    text = "本报北京3月2日电  （记者张三）街道成立了工作专班，负责协调施工。"
    assert all(r["actor"] != TOWN_GOV for r in explain_rows(text, issuer="人民日报", date="2026-03-02"))


# ------------------------------------------------------------------ rule party_committee
# a place's Party committee speaks by its secretary (某某县委书记张三表示，将…)

def test_a_county_party_secretary_speaks_for_the_county_committee():
    text = ("浙江省商务厅副厅长李四说，将培育夜间消费新场景。"
            "浙江省德清县委书记王五表示，将健全扶持民宿发展的政策，推动龙头企业开拓海外市场。")
    rows = rows_of(text)
    assert [a for _, a, _ in rows] == ["浙江省商务厅", "中共德清县委", "中共德清县委"]


# ------------------------------------------------------------------ rules expected_completion and
# document_published (a policy or a list put out)

@pytest.mark.parametrize("paragraph, quote, status", [
    ("埭溪镇纳入改造的小区预计在今年9月底前全部完工。", "埭溪镇纳入改造的小区预计在今年9月底前全部完工", "planned"),
    ("2025年3月，新一批老旧小区改造补助名单公示。", "新一批老旧小区改造补助名单公示", "reported"),
    ("去年，支持县域商业体系建设的政策出台。", "支持县域商业体系建设的政策出台", "reported"),
])
def test_expected_completions_plan_and_published_lists_report(paragraph, quote, status):
    rows = town_rows(paragraph)
    assert [(q, s) for q, _, s in rows] == [(quote, status)]


# ------------------------------------------------------------------ rule government_before_firm
# 政府部门牵线某某公司…: the government opens the clause, the firm is its object, so the clauses after
# it are no firm's actions either (rule firm_subject would carry them)

def test_the_government_opening_a_clause_with_a_firm_as_object_acts():
    rows = rows_of("政府部门牵线供电公司上门对接，建设专用变电站。")
    assert [q for q, _, _ in rows] == ["建设专用变电站"]


# ------------------------------------------------------------------ rules means_adverbial and nation_adverbial

@pytest.mark.parametrize("text, expected", [
    # 以 names the means: a clause ending in a locative word (场景, 领域) still has its verb and object
    ("商务部有关负责人表示，将以文旅融合打造夜间消费场景。", [("将以文旅融合打造夜间消费场景", "商务部")]),
    # the country, an adverb, an adverbial phrase, then its action: a measure of no named body
    ("与此同时，我国正以数字贸易为抓手扩大高水平对外开放。", [("我国正以数字贸易为抓手扩大高水平对外开放", "")]),
    # 在 opens a place: the clause ending in its locative word is an adverbial only
    ("在多个消费场景中，", []),
])
def test_an_adverbial_of_means_or_after_the_country_leaves_the_action(text, expected):
    assert [(q, a) for q, a, _ in rows_of(text)] == expected


# ------------------------------------------------------------------ rule outcome: 在…方面发挥了…作用
# what a sector did for the economy (在…方面/领域发挥了重要作用) is an outcome, no action

@pytest.mark.parametrize("text", [
    "报告指出，我国数字经济规模持续扩大，在稳定就业、促进消费等多个方面发挥了积极作用。",
    "报告指出，物流业运行平稳，在保障民生领域发挥了关键作用。",
])
def test_a_role_played_is_an_outcome(text):
    assert rows_of(text) == []


# ------------------------------------------------------------------ rule figure_then_change
# an indicator and its value, then its change over a base period: a statistic, no action

@pytest.mark.parametrize("text, expected", [
    ("今年一季度，新发放小微企业贷款平均利率3.85%，同比下降0.3个百分点。", []),
    ("今年一季度，新发放小微企业贷款2000亿元，比上年同期增长12%。", []),
    ("今年一季度，人民银行新发放再贷款300亿元，支持小微企业融资。", ["人民银行新发放再贷款300亿元"]),
])
def test_a_figure_followed_by_its_change_is_a_statistic(text, expected):
    assert [q for q, _, _ in rows_of(text)][:1] == expected


# rule state_firm_name / named_firm_speaker: a state group's short name (中国 + two characters) is a firm
@pytest.mark.parametrize("text", [
    "有的企业选择延伸链条。中国某建依托施工优势，研发新型保温材料。",
    "中国某车推出新款列车。中国某车将把列车技术用于海上风机。",
    "“我们走出了一条以技术迁移为特征的新路子。”中国某车有关负责人说。中国某车推出新款列车。",
])
def test_a_state_firms_own_work_is_no_measure(text):
    assert rows_of(text) == []


def test_a_body_named_china_keeps_its_measure():
    rows = rows_of("中国人民银行将下调存款准备金率。")
    assert [r[1] for r in rows] == ["中国人民银行"]


# rule policy_in_force: a policy told carried out or widened, policy first, is a reported measure
@pytest.mark.parametrize("text, quote, status", [
    ("汽车置换补贴政策加力扩围，带动相关车型销量持续走高。", "汽车置换补贴政策加力扩围", "reported"),
    ("“得益于扩大内需专项行动深入实施，去年我们这个行业运行总体平稳，显示出较强的韧性。”某行业协会会长张三表示。",
     "得益于扩大内需专项行动深入实施", "reported"),
    ("“明年，随着一系列稳就业、扩内需政策措施深入实施，行业的潜力将进一步释放，带动企业加快技术改造。”某行业协会会长张三说。",
     "随着一系列稳就业、扩内需政策措施深入实施", "planned"),
])
def test_a_policy_in_force_is_a_measure_of_no_named_body(text, quote, status):
    assert (quote, "", status) in rows_of(text)


def test_policy_effects_and_a_sectors_progress_are_no_policy_in_force():
    assert rows_of("政策效应持续显现，市场信心不断增强。") == []


# rule cause_subject: 源于 + a place that acts
def test_a_place_named_after_a_cause_word_acts():
    rows = rows_of("渔民换上了新船，源于浙江大力推进渔船更新改造工作。")
    assert ("浙江大力推进渔船更新改造工作", "浙江省人民政府", "reported") in rows


# rule discourse_marker
def test_a_discourse_marker_is_no_evaluation():
    assert ("汽车置换补贴政策加力扩围", "", "reported") in rows_of("值得一提的是，汽车置换补贴政策加力扩围，销量走高。")


# rules in_preparation and document_purpose: a body at work on a document plans it; what the
# document is to do (引导…) is part of that measure
def test_a_document_in_preparation_is_a_planned_measure_with_its_purpose():
    rows = rows_of("财政部正在研究起草关于支持小微企业融资的工作文件，引导银行实现贷款投放的稳步增长。")
    assert rows == [("财政部正在研究起草关于支持小微企业融资的工作文件，引导银行实现贷款投放的稳步增长", "财政部", "planned")]


# rule not_only_copula: X的职责不仅是…，更要…
def test_the_second_half_of_a_not_only_copula_is_no_measure():
    assert rows_of("新阶段里，国有企业的使命已不单单是实现资产增值，更要在构建新格局中更好发挥支撑作用。") == []


# rule purpose_tail, a role to be played
def test_a_role_to_be_played_ending_the_sentence_is_no_measure():
    rows = rows_of("嘉善县将加强景区秩序整治，发挥旅游带动就业、促进增收的积极作用。")
    assert [r[0] for r in rows] == ["嘉善县将加强景区秩序整治"]


# rule data_release: a body publishing data takes no measure; what the data show is the country's
def test_published_data_is_no_measure_and_the_country_acts_after_it():
    rows = rows_of("国家统计局近日发布数据，去年我国粮食产量再创新高。我国已建成全球规模最大的高标准农田体系。")
    assert rows == [("我国已建成全球规模最大的高标准农田体系", "", "reported")]
    assert rows_of("国家能源局近日公布统计数据，去年全国发电量稳步增长。") == []


# exhortation, rule grasp_meaning: understanding a meaning urged is no action
def test_grasping_a_meaning_is_no_measure():
    rows = rows_of("外交部长王某表示，外交战线要深刻把握新时代外交工作的核心要义，加强国际传播能力建设。")
    assert [r[0] for r in rows] == ["加强国际传播能力建设"]


# rule purpose_tail, after a figure: what the amount is for
def test_expectations_met_after_a_figure_are_no_measure():
    assert rows_of("今后五年全省电网投资预计达到4000亿元，较上一时期增长40%，满足未来5年用电需求增长的预期。") == []


# rule contrast_copula: …不是A，而是B。 evaluates, commits to nothing
def test_a_contrast_of_what_a_thing_is_not_and_is_commits_nothing():
    assert rows_of("发展数字经济对地方政府而言，早已不是选修课，而是必修课。") == []


# ------------------------------------------------------------------ rules member_not_body, work_report_voice
# a deputy (全国人大代表, 政协委员) is a person: the congress does not act in or after the deputy's
# clause; items a government work report lays down are the reporting government's

@pytest.mark.parametrize("text, expected", [
    ("全国人大代表王五向记者谈起家乡变化。各地加快建设冷链物流设施。", [("各地加快建设冷链物流设施", "")]),
    ("某省政协委员赵六说，家乡产业越来越兴旺。支持发展乡村旅游。", [("支持发展乡村旅游", "")]),
    ("全国人大代表王五谈起家乡变化。今年政府工作报告提出，支持发展乡村旅游，推进冷链物流建设。",
     [("支持发展乡村旅游", "国务院"), ("推进冷链物流建设", "国务院")]),
    ("全国人大常委会审议通过了种子法修正案。", [("全国人大常委会审议通过了种子法修正案", "全国人民代表大会常务委员会")]),
])
def test_a_deputy_is_no_body_and_a_work_report_speaks_for_its_government(text, expected):
    assert [(q, a) for q, a, _ in rows_of(text)] == expected


# rule work_report_voice (round 20): an unnamed 政府工作报告 is the publisher's level's -- a national
# paper's story on a city still cites the State Council's report, not the city's
@pytest.mark.parametrize("issuer, region_id, actor", [
    ("人民日报", "330100", "国务院"),
    ("", "330100", "杭州市人民政府"),
])
def test_an_unnamed_work_report_is_the_publishers_level(issuer, region_id, actor):
    from policydata.extract.measures import extract_measures
    from policydata.document import Article, Block
    text = "某市开发者中心投用。今年的《政府工作报告》提出，支持开源社区建设。"
    art = Article(1, "", text, [Block("body", 0, len(text), text)])
    got = [(text[m.start:m.end], m.actor or "")
           for m in extract_measures(art, issuer=issuer, region_id=region_id, region_mentions=[])]
    assert ("支持开源社区建设", actor) in got, got
