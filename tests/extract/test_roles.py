"""Section roles (extract.roles): one reading of which parts review and which plan, read by both
tables -- a review part's facts are statistics and its actions reported, a plan part's figures
targets and its actions planned. Example texts are written for these tests."""
from __future__ import annotations

import pytest

import policydata
from policydata.document import Article
from policydata.extract.context import build_context

# rule review_opening: a salutation on the same line (各位代表！) does not hide the look back after it
REPORT = ("各位代表！过去一年，全县上下克难奋进，发展态势稳中向好。\n"
          "（一）城乡面貌持续改善。\n"
          "改造农村危房360户，打造8个美丽乡村示范点，新建村级便民服务站45个。\n"
          "（二）社会事业全面进步。\n"
          "新增中小学学位2400个，建成乡镇养老服务中心6个。\n"
          "\n"
          "（一）扩大有效投资。\n"
          "打造5个县域商业中心，新建社区食堂20个。\n")


@pytest.fixture(scope="module")
def tables():
    return policydata.parse_text(REPORT, date="2027-01-15", publisher="某县人民政府")


def test_the_context_reads_the_review_and_the_part_a_restarted_numbering_opens():
    ctx = build_context(Article(1, "", REPORT, []), date="2027-01-15", given_date="2027-01-15")
    roles = [(p.role, p.rule) for p in ctx.roles]
    assert roles == [("review", "review_opening"), ("plan", "numbering_restart")]
    assert ctx.role_at(REPORT.index("改造农村危房")) == ("review", "review_opening")
    assert ctx.role_at(REPORT.index("打造5个")) == ("plan", "numbering_restart")


@pytest.mark.parametrize("quote, table, status", [
    ("打造8个美丽乡村示范点", "statistics", "reported"),   # weak plan verb 打造 in a review: a fact
    ("新建村级便民服务站45个", "statistics", "reported"),
    ("建成乡镇养老服务中心6个", "statistics", "reported"),
    ("打造5个县域商业中心", "targets", "planned"),         # a new run of numbers: the plan part
    ("新建社区食堂20个", "targets", "planned"),
])
def test_figures_and_measures_agree_on_the_part(tables, quote, table, status):
    other = "targets" if table == "statistics" else "statistics"
    assert tables[table]["quote"].str.contains(quote, regex=False).sum() == 1, tables[other]["quote"].tolist()
    assert not tables[other]["quote"].str.contains(quote, regex=False).any()
    found = tables["measures"][tables["measures"]["quote"].str.contains(quote[:6], regex=False)]
    assert found["status"].tolist() == [status]


def test_a_plan_heading_that_continues_the_numbers_stays_in_the_review():
    text = ("过去一年，全市经济平稳运行，民生持续改善。\n（一）推进城市更新。\n改造老旧小区120个。\n"
            "（二）加快产业转型。\n新增高新技术企业35家。\n")
    ctx = build_context(Article(1, "", text, []), date="2027-01-15", given_date="2027-01-15")
    assert [(p.role, p.rule) for p in ctx.roles] == [("review", "review_opening")]


def test_a_date_line_opens_no_review():
    text = "2026年12月\n一、总体要求\n到2030年，建成基站100个。\n"
    ctx = build_context(Article(1, "关于加快建设的意见", text, []), date="2027-01-05", given_date="2027-01-05")
    assert ctx.roles == ()


def test_a_measure_row_says_which_rule_set_its_part():
    from policydata.extract.measures.explain import explain_rows
    rows = {r["quote"]: r["frame_rule"] for r in explain_rows(REPORT, issuer="某县人民政府", date="2027-01-15")}
    assert rows["改造农村危房360户"] == "review_opening"
    assert rows["新建社区食堂20个"] == "numbering_restart"


@pytest.mark.parametrize("plan_opening", [
    "二、2027年重点工作\n（一）扩大有效投资。\n打造5个县域商业中心。\n",   # a strong plan heading
])
def test_a_plan_section_ends_the_review(plan_opening):
    # rule plan_section_ends_review: a heading that names the year's work (no work done) closes the review
    text = "过去一年，全县经济平稳运行。\n（一）城乡面貌持续改善。\n改造农村危房360户。\n" + plan_opening
    ctx = build_context(Article(1, "", text, []), date="2027-01-15", given_date="2027-01-15")
    assert [(p.role, p.rule) for p in ctx.roles] == [("review", "review_opening"), ("plan", "plan_section_ends_review")]
    assert ctx.role_at(text.index("改造农村危房")) == ("review", "review_opening")
    assert ctx.role_at(text.index("打造5个")) == ("plan", "plan_section_ends_review")


# rule execution_report_review and the subject year (rule execution_report_year): a report ON a past
# year's execution, delivered the year after, reviews that year until its recommendations
AUDIT = ("各位委员：\n"
         "我受县人民政府委托，报告2030年度县级预算执行的审计情况，请审议。\n"
         "2030年，全县财政运行总体平稳。教育支出同比增长6.2%，新建乡镇卫生院3所。"
         "将城乡低保标准每人每月提高 30 元，深入实施农村饮水安全巩固提升工程。\n"
         "三、审计建议\n"
         "（一）加强预算刚性约束。严格控制一般性支出。\n")


def test_an_execution_report_reviews_its_subject_year_until_its_recommendations():
    art = Article(1, "某县关于2030年度县级预算执行和其他财政收支的审计工作报告", AUDIT, [])
    ctx = build_context(art, date="2031-07-20", given_date="2031-07-20")
    assert ctx.report_year == 2031 and ctx.reviewed_year == 2030 and ctx.execution_report
    assert [(p.role, p.rule) for p in ctx.roles] == [("review", "execution_report_review"),
                                                     ("plan", "recommendations_end_review")]
    assert ctx.role_at(AUDIT.index("新建乡镇卫生院")) == ("review", "execution_report_review")
    assert ctx.role_at(AUDIT.index("严格控制")) == ("plan", "recommendations_end_review")


def test_an_execution_reports_actions_and_figures_take_the_review():
    t = policydata.parse_text(AUDIT, date="2031-07-20", publisher="某县人民政府",
                              title="某县关于2030年度县级预算执行和其他财政收支的审计工作报告")
    m = t["measures"]
    status = {q: s for q, s in zip(m["quote"], m["status"])}
    assert [s for q, s in status.items() if "深入实施农村饮水" in q] == ["reported"]  # disposal 将 plans nothing
    assert [s for q, s in status.items() if "严格控制" in q] == ["planned"]
    stats = t["statistics"]
    assert stats[stats["quote"].str.contains("同比增长6.2%", regex=False)]["period"].tolist() == ["2030"]


def test_a_report_naming_two_years_has_no_single_subject_year():
    art = Article(1, "某县2030年计划执行情况与2031年计划草案的报告", AUDIT, [])
    ctx = build_context(art, date="2031-01-20", given_date="2031-01-20")
    assert ctx.reviewed_year is None and not ctx.execution_report
    assert all(p.rule != "execution_report_review" for p in ctx.roles)


# rule plan_lead_ends_review: an excerpt of a work report whose plan part has no numbered heading --
# a paragraph opening the plan ends the headed review; the unnumbered headings after it plan too
EXCERPT = ("一、2026年工作回顾\n"
           "（一）项目建设提速。全年新开工项目320个，建成区域物流中心3个。\n"
           "\n"
           "全县经济社会发展主要预期目标是：地区生产总值增长6%左右。\n"
           "扩大有效投资\n"
           "全年新开工项目350个，新建区域物流中心2个。\n")


@pytest.fixture(scope="module")
def excerpt_tables():
    return policydata.parse_text(EXCERPT, date="2027-01-15", publisher="某县人民政府")


def test_a_plan_lead_paragraph_ends_a_headed_review():
    ctx = build_context(Article(1, "", EXCERPT, []), date="2027-01-15", given_date="2027-01-15")
    assert ctx.tense_at(EXCERPT.index("全年新开工项目320个")) == "review"
    assert ctx.tense_at(EXCERPT.index("全县经济社会发展")) == "plan"
    assert ctx.tense_at(EXCERPT.index("新建区域物流中心2个")) == "plan"
    # the part says which rule set its frame, for the rows in it (figures' rule, measures' frame_rule)
    assert ctx.role_at(EXCERPT.index("新建区域物流中心2个")) == ("plan", "plan_lead_ends_review")
    assert ctx.role_at(EXCERPT.index("建成区域物流中心3个")) == ("", "")


@pytest.mark.parametrize("quote, table, status", [
    ("建成区域物流中心3个", "statistics", "reported"),
    ("新建区域物流中心2个", "targets", "planned"),
])
def test_figures_and_measures_follow_the_plan_lead(excerpt_tables, quote, table, status):
    other = "targets" if table == "statistics" else "statistics"
    assert excerpt_tables[table]["quote"].str.contains(quote, regex=False).sum() == 1, excerpt_tables[other]["quote"].tolist()
    assert not excerpt_tables[other]["quote"].str.contains(quote, regex=False).any()
    found = excerpt_tables["measures"][excerpt_tables["measures"]["quote"].str.contains(quote[:6], regex=False)]
    assert found["status"].tolist() == [status]
