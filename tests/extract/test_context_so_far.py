"""Rules progress_report (genre) and so_far_this_year (frame): a review of the report year so
far -- its figures are statistics of the report year, its actions reported -- until a plan cue."""
from __future__ import annotations

import pytest

import policydata
from policydata.document import Article
from policydata.extract.context import build_context, opens_so_far_this_year

GENRE_CASES = [
    # (title line, body) -> genre rule
    ("【工作推进及成效】某镇落实扶持政策促进增收", "今年以来，某镇持续推进。", "progress_report"),
    ("某县上半年工作进展情况", "一、推进项目建设。新开工项目8个。", "progress_report"),
    ("某区2026年农业农村工作总结", "全年新建高标准农田2万亩。", "progress_report"),
    ("关于加快发展设施农业的实施方案", "到2027年，面积达到8000亩。", "official_structure"),
    ("某镇开展春耕行动", "据介绍，全镇备足种子。", "news_voice"),
]


@pytest.mark.parametrize("title,body,rule", GENRE_CASES)
def test_a_title_naming_progress_marks_a_progress_report(title, body, rule):
    ctx = build_context(Article(1, "", title + "\n" + body, []), given_date="2026-07-10")
    assert ctx.genre_rule == rule
    assert ctx.reviews_year_so_far == (rule == "progress_report")


OPENING_CASES = [
    ("今年以来，全县持续推进产业发展。", True),
    ("年初以来，某区加快城市更新。", True),
    ("二、截至目前，已建成基站30个。", True),
    ("某镇今年以来培育合作社6家。", True),
    ("今年要持续推进产业发展。", False),
    ("下一步，将继续扩大规模。", False),
    ("加快落实今年以来出台的政策。", False),
    ("自2020年以来，全县新建道路8公里。", False),
]


@pytest.mark.parametrize("sentence,opens", OPENING_CASES)
def test_so_far_this_year_opens_at_the_start_of_a_sentence(sentence, opens):
    assert opens_so_far_this_year(sentence) is opens


DOCUMENT_CASES = [
    # (document, quote) -> (table, period or target year, measure status or None)
    ("work_report", "培育家庭农场12个", ("statistics", "2026", "reported")),
    ("work_report", "创建示范园300亩", ("statistics", "2026", "reported")),
    ("work_report", "实现粮食总产1500吨", ("statistics", "2026", None)),
    ("work_report", "力争新建示范园5个", ("targets", None, "planned")),
    ("untitled_review", "新建温室大棚120座", ("statistics", "2026", "reported")),
    ("untitled_review", "改造小区25个", ("statistics", "2026", None)),
    ("untitled_review", "将新建停车位500个", ("targets", None, "planned")),
    ("plan", "新建温室大棚120座", ("statistics", "2026", None)),
    ("plan", "新建标准化基地5个", ("targets", None, "planned")),
    ("plan", "推广节水灌溉2000亩", ("targets", None, "planned")),
    # work_done_heading: a plan word as the object of an implementation verb reports that work
    ("work_done_headings", "培育种植大户20户", ("statistics", "2026", "reported")),
    ("work_done_headings", "建成冷库3座", ("statistics", "2026", "reported")),
    ("work_done_headings", "新增停车位300个", ("targets", 2027, None)),  # 明年: the year after
]

DOCUMENTS = {
    # a progress report: numbered items after 今年以来 report done work; 下一步 plans
    "work_report": "【工作推进及成效】某镇积极推进产业发展促进农民增收\n"
                   "今年以来，某镇高度重视产业发展，持续推进乡村振兴各项工作。\n"
                   "一、积极落实扶持政策。培育家庭农场12个；创建示范园300亩；实现土地流转2.1万亩。\n"
                   "二、加强技术服务。开展技术培训20场次；实现粮食总产1500吨。\n"
                   "三、下一步工作打算。下一步，将继续扩大种植规模，力争新建示范园5个。",
    # no progress title: the 年初以来 opening alone frames the numbered parts
    "untitled_review": "某区城市建设情况\n年初以来，某区持续推进城市更新，新建温室大棚120座。\n"
                       "一、改造老旧小区。完成改造小区25个，惠及居民4000户。\n"
                       "二、下一步工作。下一步，将新建停车位500个。",
    # half-width marks, numbered parts named after the plan words they carried out
    "work_done_headings": "某街道今年以来工作进展情况\n今年以来,某街道扎实推进各项工作。\n"
                          "一、积极落实重点工作。培育种植大户20户;建成冷库3座。\n"
                          "二、明年重点任务。新增停车位300个。",
    # a plan whose review part opens with 今年以来: the plan part after it stays a plan
    "plan": "某县关于加快发展设施农业的实施方案\n一、发展现状\n今年以来，全县新建温室大棚120座，设施农业面积达到3000亩。\n"
            "二、主要目标\n到2027年，全县设施农业面积达到8000亩。\n"
            "三、重点任务\n（一）建设标准化基地。新建标准化基地5个，推广节水灌溉2000亩。",
}


@pytest.fixture(scope="module")
def parsed():
    return {name: policydata.parse_text(text, date="2026-07-10") for name, text in DOCUMENTS.items()}


@pytest.mark.parametrize("doc,quote,expected", DOCUMENT_CASES)
def test_a_review_of_the_year_so_far_holds_until_a_plan_cue(parsed, doc, quote, expected):
    table, when, status = expected
    tables = parsed[doc]
    other = "targets" if table == "statistics" else "statistics"
    rows = tables[table][tables[table]["quote"].str.contains(quote, regex=False, na=False)]
    assert len(rows) == 1, (quote, tables[other]["quote"].tolist())
    if table == "statistics":
        assert rows["period"].iloc[0] == when
    elif when is not None:
        assert rows["target_year"].iloc[0] == when
    if status is not None:
        measures = tables["measures"]
        found = measures[measures["quote"].str.contains(quote, regex=False, na=False)]
        assert found["status"].tolist() == [status]


# rule review_opening (round 15): a work report that opens with a review of the past year
# (过去一年，… / 刚刚过去的一年，…) before any heading reports in its numbered parts, even with no
# 一、…工作回顾 heading; without that opening an official text's numbered parts plan
REVIEW_OPENING = "各位代表：\n{opening}\n（一）民生保障持续加强。\n新建社区养老服务站12个，开展职业技能培训3万人次。"
REVIEW_OPENING_CASES = [
    ("过去一年，我们坚持稳中求进，经济运行总体平稳。", "reported"),
    ("刚刚过去的一年，全市上下攻坚克难，各项事业取得新进展。", "reported"),
    ("今年政府工作的总体要求是坚持稳中求进。", "planned"),
]


@pytest.mark.parametrize("opening, status", REVIEW_OPENING_CASES)
def test_a_report_opening_with_a_review_reports_in_its_numbered_parts(opening, status):
    from policydata.extract.measures.explain import explain_rows
    rows = explain_rows(REVIEW_OPENING.format(opening=opening), issuer="某市人民政府", date="2026-01-20")
    found = [r["status"] for r in rows if "社区养老服务站" in r["quote"]]
    assert found == [status]
