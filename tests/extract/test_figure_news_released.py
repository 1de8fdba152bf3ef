"""Periods and roles in news that cite released data or quote a plan (rules ``attribution_line``,
``news_released_year`` with a month, ``news_cited_report``, ``news_headline_year``, ``season_span``, relative year 今明两年),
with small sentences written for these tests, run through the whole pipeline.

Each case: rule name, text, date, value of the figure, table, expected (unit, period or target year).
"""
import pytest

from policydata.pipeline import parse_text

NEWS = "本报北京3月5日电（记者 王林）"

CASES = [
    # attribution_line: a quote's credit line naming a plan period heads no part: the story is of now
    ("attribution_line", "走进一家智能工厂\n培育壮大新兴产业，推动低空经济等成为新的增长点。\n——摘自“十五五”规划建议\n"
     "上午9点，车间里5台机械臂开始作业。", "2026-03-05", 5.0, "statistics", ("台", "2026")),
    # news_released_year: the month of the released data dates the figures after 当月
    ("released_month", NEWS + "某委员会4日公布了2025年11月全省安全生产检查汇总情况。当月，全省共检查企业8812家。",
     "2026-03-05", 8812.0, "statistics", ("家", "2025-11")),
    # news_cited_report: a cited report's year dates its running total since the body was set up
    ("cited_report", NEWS + "某院4日发布的《某某仲裁中心年度报告（2025）》显示：中心自2018年5月1日成立以来，共办结案件3651件。",
     "2026-03-05", 3651.0, "statistics", ("件", "2025")),
    # season_span: a season across the year end is one period of two years
    ("season_span", NEWS + "2024—2025雪季，某滑雪场共接待滑雪者86万人次。", "2026-03-05",
     860000.0, "statistics", ("人次", "2024/2025")),
    # news_headline_year: a past year the headline names dates the article's undated facts
    ("headline_year", "2025年某省快递业务量增长9%\n" + NEWS + "记者从某省邮政管理局获悉：全省快递业务量同比增长9%，"
     "增速比全国高1.5个百分点。", "2026-01-31", 1.5, "statistics", ("个百分点", "2025")),
    ("headline_last_year", "去年某省快递业务量增长9%\n" + NEWS + "记者从某省邮政管理局获悉：全省快递业务量增速比全国高1.5个"
     "百分点。", "2026-01-31", 1.5, "statistics", ("个百分点", "2025")),
    # a base of comparison in the headline is no subject year: the facts stay of the publication year
    ("headline_base_year", "某市客流量较2024年增长一成\n" + NEWS + "记者从某市交通局获悉：全市公交客流量增速比全省高1.5个"
     "百分点。", "2026-01-31", 1.5, "statistics", ("个百分点", "2026")),
    # 今明两年: goals of this year and the next are due next year
    ("jinming", NEWS + "根据方案，今明两年，该省将建成示范园区6个。", "2026-03-05", 6.0, "targets", ("个", 2027)),
]


@pytest.mark.parametrize("rule,text,date,value,table,want", CASES, ids=[c[0] for c in CASES])
def test_news_released_rule(rule, text, date, value, table, want):
    rows = [r for r in parse_text(text, date=date)[table] if float(r["value"]) == value]
    key = "period" if table == "statistics" else "target_year"
    got = [(r["unit"] or "", r[key] if table == "statistics" else int(r[key])) for r in rows]
    assert rows and got == [want] * len(rows)
