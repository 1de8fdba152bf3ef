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
