"""Periods and target years on documents nobody tuned to (corpus README: periods, target years).

One table per named rule (input -> expected); every sentence is written for the construction,
not taken from a document:

- cumulative_months: 1—2月 / 1～2月 / 1至2月 / 前两个月 -> the month span ("2026-01/2026-02");
- since_month_span: 去年5月以来…, 自2025年5月…以来，截至今年1月底… -> "2025-05/2026-01";
- plan_period_total: “十四五”期间，累计… -> "2021/2025";
- comparison_base_year: 快于2024年1.3个百分点 -> the year reviewed, not 2024;
- edition_year: 若干政策（2025年版） sets no target year for the parameters;
- headline_period / release_day: a headline 3月份…指数为52.7% dates the article's figures;
- review_own_year: a communiqué of 2030 published in 2031 (title year, or opening 2030年是…) -> 2030;
- lead_period + news_subhead_review: a news lead “一季度，…” dates the report's undated figures;
  a results subhead in news is no look back at the previous year;
- month_coordination: 5月和6月 -> "2026-05/2026-06", one month per value after 分别;
- quarters_respectively: 四个季度…分别为A、B、C和D -> Q1..Q4 of the figures' year.
"""
from __future__ import annotations

import pytest

from conftest import article_of_lines
from policydata.extract.context import build_context
from policydata.extract.figures import extract_figures


_article = article_of_lines


def figures(text: str, *, date: str, title: str = "") -> dict:
    """{value: (table, period or target year)} of a text."""
    art = _article(text, title)
    ctx = build_context(art, given_date=date, date=date, on_page=False)
    stats, targets = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    out = {}
    for s in stats:
        assert art.text[s.start:s.end]
        out[s.value] = ("stat", s.period)
    for t in targets:
        assert art.text[t.start:t.end]
        out[t.value] = ("target", t.target_year)
    return out


NEWS = "本报北京3月15日电  "


@pytest.mark.parametrize("text, value, period", [
    (NEWS + "1—2月份，全省规模以上工业增加值同比增长6.8%。", 6.8, "2026-01/2026-02"),
    (NEWS + "1～2月，全市进出口总额达1200亿元。", 1.2e11, "2026-01/2026-02"),
    (NEWS + "1－2月，全市进出口总额达1200亿元。", 1.2e11, "2026-01/2026-02"),
    (NEWS + "1至2月，全市进出口总额达1200亿元。", 1.2e11, "2026-01/2026-02"),
    (NEWS + "前两个月，全省新增企业1.2万家。", 12000, "2026-01/2026-02"),
    (NEWS + "今年前2个月，全国铁路发送旅客6.5亿人次。", 6.5e8, "2026-01/2026-02"),
    (NEWS + "前两月，全省新增企业1.2万家。", 12000, "2026-01/2026-02"),
    (NEWS + "今年前2月，全省新增企业1.2万家。", 12000, "2026-01/2026-02"),
    # a single month stays one month
    (NEWS + "2月份，全市新增企业3000家。", 3000, "2026-02"),
])
def test_cumulative_months(text, value, period):
    assert figures(text, date="2026-03-15")[value] == ("stat", period)


@pytest.mark.parametrize("text, value, period", [
    ("本报北京2月10日电  去年5月以来，各地查处违法案件3200件，挽回损失1.5亿元。", 3200, "2025-05/2026-02"),
    ("本报北京2月10日电  去年5月以来，各地查处违法案件3200件，挽回损失1.5亿元。", 1.5e8, "2025-05/2026-02"),
    ("本报北京2月10日电  自2025年5月专项整治开展以来，截至今年1月底，共查处案件3200件。", 3200, "2025-05/2026-01"),
    # the stretch governs the paragraph's later sentences
    ("本报北京2月10日电  去年5月以来，各地查处案件3200件。其中，跨区域案件410件。", 410, "2025-05/2026-02"),
    ("本报北京2月10日电  去年5月至今，各地查处违法案件3200件。", 3200, "2025-05/2026-02"),
    ("本报北京2月10日电  2025年10月以来，全市新增企业3000家。", 3000, "2025-10/2026-02"),
    # a month without 以来 is that month
    ("本报北京2月10日电  去年5月，各地查处违法案件3200件。", 3200, "2025-05"),
])
def test_since_month_span(text, value, period):
    assert figures(text, date="2026-02-10")[value] == ("stat", period)


@pytest.mark.parametrize("text, date, value, expected", [
    ("“十四五”期间，我市累计解决群众急难问题约38万个、节约资金约54.7亿元。", "2025-12-20", 380000, ("stat", "2021/2025")),
    ("“十四五”期间，我市累计解决群众急难问题约38万个、节约资金约54.7亿元。", "2025-12-20", 5.47e9, ("stat", "2021/2025")),
    ("“十四五”时期，全省累计新增城镇就业320万人。", "2025-12-20", 3.2e6, ("stat", "2021/2025")),
    ("“十四五”时期，全省累计新增城镇就业320万人。", "2026-01-20", 3.2e6, ("stat", "2021/2025")),
    ("“十四五”期间，全市共解决群众急难问题约38万个。", "2025-12-20", 380000, ("stat", "2021/2025")),
    # a plan period still to come, or a modal before the total: a goal
    ("“十五五”时期，全省累计新增城镇就业300万人。", "2026-01-20", 3e6, ("target", 2030)),
    ("“十四五”期间，全省将累计新增城镇就业320万人。", "2021-03-01", 3.2e6, ("target", 2025)),
])
def test_plan_period_total(text, date, value, expected):
    assert figures(text, date=date)[value] == expected


@pytest.mark.parametrize("text, value, period", [
    ("过去一年，全市地区生产总值增长5.9%，快于2024年1.3个百分点。", 1.3, "2025"),
    ("过去一年，全市地区生产总值增长5.9%，快于2024年1.3个百分点。规模以上工业增加值增长7.4%。", 7.4, "2025"),
    ("2025年，全省居民人均可支配收入增长7%，高于2024年0.5个百分点。", 0.5, "2025"),
    ("2025年，全省居民人均可支配收入增长7%，慢于2024年0.5个百分点。", 0.5, "2025"),
    ("2025年，全省居民人均可支配收入增长7%，好于2024年0.5个百分点。", 0.5, "2025"),
    ("2025年，全省居民人均可支配收入增长7%，高出2024年0.5个百分点。", 0.5, "2025"),
    # 比 + a year was a base already; a year that leads its clause still dates it
    ("2025年，全省进出口增长8%，增速比2024年加快2个百分点。", 2, "2025"),
    ("全省进出口增长8%。2024年，全省进出口增长6%。", 6, "2024"),
])
def test_comparison_base_year(text, value, period):
    assert figures(text, date="2026-01-20")[value] == ("stat", period)


@pytest.mark.parametrize("title, text, value, expected", [
    ("某市支持科技创新若干政策（2025年版）", "对新建的市级研发平台，给予最高20万元奖励。", 2e5, ("target", None)),
    ("某市支持科技创新若干政策(2025年版)", "对重新认定的企业，要给予5000元奖励。", 5000, ("target", None)),
    ("某市促进就业办法（2024年修订）", "对吸纳就业的企业，要给予每人1000元补贴。", 1000, ("target", None)),
    ("", "列入《产业结构调整指导目录（2024年本）》鼓励类的项目，将给予50万元奖励。", 5e5, ("target", None)),
    ("", "根据《某市支持科技创新若干政策（2025年版）》，对首次认定的企业，将给予1万元奖励。", 10000, ("target", None)),
    ("", "按照《某市人才办法（2024年修订）》，对引进的博士，将给予10万元安家补贴。", 1e5, ("target", None)),
    # a year that is no edition still dates its goal
    ("某市2025年稳就业工作方案", "2025年，全市要新增城镇就业5万人。", 50000, ("target", 2025)),
])
def test_edition_year(title, text, value, expected):
    assert figures(text, date="2025-03-01", title=title)[value] == expected


LOGISTICS = "3月份全国物流业景气指数为52.7%\n"


@pytest.mark.parametrize("text, value, period", [
    (LOGISTICS + "4月2日，物流与采购联合会发布景气指数。数据显示，物流业景气指数为52.7%。\n其中，新订单指数为51.3%。",
     51.3, "2026-03"),
    (LOGISTICS + "物流信息中心4月2日发布数据显示，物流业景气指数为52.7%。\n新订单指数为51.3%。", 52.7, "2026-03"),
    (LOGISTICS + "物流信息中心4月2日发布数据显示，物流业景气指数为52.7%。\n新订单指数为51.3%。", 51.3, "2026-03"),
    (LOGISTICS + "4月2日，物流与采购联合会数据显示，物流业景气指数为52.7%。", 52.7, "2026-03"),
    (LOGISTICS + "本报北京4月2日消息，物流业景气指数为52.7%。", 52.7, "2026-03"),
    ("1—2月全省经济开局良好\n全省规模以上工业增加值增长8%。\n社会消费品零售总额1500亿元。", 1.5e11,
     "2026-01/2026-02"),
    # a period another paragraph names holds for that paragraph only; the headline's months go on
    (LOGISTICS + "物流业景气指数为52.7%。\n今年1—3月，指数平均为49.6%。\n据介绍，从业人员指数为48.6%。", 49.6,
     "2026-01/2026-03"),
    (LOGISTICS + "物流业景气指数为52.7%。\n今年1—3月，指数平均为49.6%。\n据介绍，从业人员指数为48.6%。", 48.6, "2026-03"),
    ("一季度全省经济开局良好\n全省规模以上工业增加值增长8%。\n社会消费品零售总额1500亿元。", 1.5e11, "2026Q1"),
    # the dateline's day dates the report, not its figures
    ("本报西安4月2日电  全省新增企业3000家。", 3000, "2026"),
])
def test_headline_period(text, value, period):
    assert figures(text, date="2026-04-02")[value] == ("stat", period)


# review_own_year (extract.context.report_year_of): a review of one year published after it
# reports in its own year -- a communiqué of 2030 issued in March 2031: 年末, 二季度 are 2030's
COMMUNIQUE_2030 = ("某县统计局\n2031年3月2日\n2030年是某县发展进程中极不平凡的一年，全县上下迎难而上，"
                   "经济运行稳中有进。\n全年地区生产总值320亿元，比上年增长5.5%。一季度增长5.1%，二季度增长5.7%。\n"
                   "年末全县户籍人口58.6万人，比上年末减少0.3万人。")


@pytest.mark.parametrize("title, value, period", [
    ("统计公报", 5.7, "2030Q2"),
    ("统计公报", 586000, "2030"),
    ("统计公报", 3000, "2030"),
    ("统计公报", 3.2e10, "2030"),
    ("某县2030年国民经济和社会发展统计公报", 586000, "2030"),
])
def test_review_own_year(title, value, period):
    assert figures(COMMUNIQUE_2030, date="2031-03-02", title=title)[value] == ("stat", period)


def test_review_own_year_needs_a_review_title():
    # a text that opens with a past year but is no review keeps its date's year
    art = _article("2030年是某县发展进程中极不平凡的一年，全县上下迎难而上，经济运行稳中有进。\n今年要新建学校3所。",
                   "某县召开经济工作会议")
    assert build_context(art, given_date="2031-01-05", date="2031-01-05").report_year == 2031


# lead_period + news_subhead_review: a news report whose lead opens with a past quarter reports
# on it throughout; a subhead that sums up results is no look back at the previous year
Q1_NEWS = ("某省外贸开局良好\n本报南京4月20日电  （记者王某）“一季度，全省外贸进出口总值1200亿元，同比增长7%。”在4月20日举行的新闻发布会上，"
           "省商务厅负责人介绍了有关情况。\n民营企业活力增强\n全省有进出口实绩的民营企业新增320家，"
           "跨境电商进出口增长15%。累计建成海外仓86个。")


@pytest.mark.parametrize("value, period", [
    (1.2e11, "2026Q1"),
    (320, "2026Q1"),
    (15, "2026Q1"),
    (86, "2026"),
])
def test_lead_period_and_news_subhead_review(value, period):
    title, text = Q1_NEWS.split("\n", 1)
    assert figures(text, date="2026-04-21", title=title)[value] == ("stat", period)


# month_coordination: 5月和6月 is one list of months -- a span, one month per value after 分别
@pytest.mark.parametrize("text, value, period", [
    ("某市外贸稳步增长\n5月和6月，全市出口总额合计86亿元，同比增长9%。", 8.6e9, "2026-05/2026-06"),
    ("某市外贸稳步增长\n5月份和6月份，全市出口额分别为41亿元和45亿元。", 4.5e9, "2026-06"),
    ("某市外贸稳步增长\n5月份和6月份，全市出口额分别为41亿元和45亿元。", 4.1e9, "2026-05"),
])
def test_month_coordination(text, value, period):
    title, body = text.split("\n", 1)
    assert figures(body, date="2026-07-12", title=title)[value] == ("stat", period)


# quarters_respectively: 四个季度…分别为A、B、C和D -- the four quarters of the figures' year
QUARTERS = "某省制造业指数持续回升\n2030年全省制造业景气指数均值为51.2%，四个季度均值逐季走高，分别为50.1%、50.9%、51.4%和52.0%。"


@pytest.mark.parametrize("text, value, period", [
    (QUARTERS, 50.1, "2030Q1"),
    (QUARTERS, 52.0, "2030Q4"),
    (QUARTERS, 51.2, "2030"),
    # counting quarters lists none
    ("某省制造业指数持续回升\n全省制造业景气指数连续4个季度回升，东中西和东北地区分别为50.1%、50.9%、51.4%和52.0%。",
     50.1, "2031"),
])
def test_quarters_respectively(text, value, period):
    title, body = text.split("\n", 1)
    assert figures(body, date="2031-01-10", title=title)[value] == ("stat", period)
