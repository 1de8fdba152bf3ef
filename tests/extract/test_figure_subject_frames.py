"""Periods a figure takes from the frame of its whole text (rules ``title_repeated``,
``news_subject_year``, ``chinese_numeral_day``), with small texts written for these tests,
run through the whole pipeline.

Each case: rule name, text, date, value of the figure, table, expected period (statistics) or
target year (targets).
"""
import pytest

from policydata.pipeline import parse_text

NEWS = "本报北京1月20日电（记者 王林）"
COMMUNIQUE = "某县2030年国民经济和社会发展统计公报"
#: a news report of a past year's data: its lead presents the data, later paragraphs tell them
REPORT = ("某产业发展向新向优\n" + NEWS + "“据统计，全年某产业营业收入增长5%。”19日，某部门举行新闻"
          "发布会，某副部长介绍2025年全年某产业进出口情况。\n"
          "市场更加多元。某产品出口3.2万亿元，增长6%。\n"
          "企业活力更足。有出口记录的企业超过12万家。\n"
          "品牌建设加快。累计发布新产品120项，目前已建成展示中心30个。\n"
          "自二季度开始，某产品出口连续3个季度保持增长。\n"
          "展望2026年，外部环境依然复杂。\n"
          "新的一年，某市新增门店300家。")

#: a news report citing a past year's report, then telling more of its findings, then looking ahead
CITED = ("某类纠纷调解更高效\n" + NEWS + "某中心19日发布的《某某调解年度报告（2025）》显示：全年受理纠纷1800件。\n"
         "调解更快了。平均用时缩短到12天。\n"
         "服务更近了。新设调解站点40个。\n"
         "线上调解更便利。\n"
         "展望2026年，该中心计划扩大服务范围。\n"
         "某区新增调解员15名。")
#: a data release whose title names the year it covers, published the next year
RELEASE = ("2030年某县经济数据发布\n某县统计局25日发布数据。\n投资平稳。\n全县新增市场主体420户。\n"
           "12月份，全县工业增加值增长6.5%。")

#: a news review of a closed plan period: the period opens a clause of the lead, not of its figures
PERIOD_REVIEW = ("某市交出五年发展答卷\n" + NEWS + "记者从某市统计局了解到，“十四五”时期，某市坚持创新驱动，发展质量稳步提升。\n"
                 "据介绍，全市经济年均增长6.1%，居民人均收入由4.2万元增加到5.9万元。\n"
                 "从外贸看，全市进出口总额增长38.0%，外贸企业达860家。")

CASES = [
    # title_repeated: a scraped page prints its title twice; the copy is no plan heading of the
    # communiqué's own year, so its figures stay statistics of that year
    ("title_repeated", f"{COMMUNIQUE}\n{COMMUNIQUE}\n一、综合\n年末全县常住人口50.2万人，比上年末减少0.3万人。",
     "2031-03-20", 502000.0, "statistics", "2030"),
    # news_subject_year: the lead's year dates the undated figures of every later paragraph
    ("subject_year_far_paragraph", REPORT, "2026-01-20", 120000.0, "statistics", "2025"),
    ("subject_year_next_paragraph", REPORT, "2026-01-20", 3.2e12, "statistics", "2025"),
    # a cumulative count is of the reporting year (README); an 已… fact of the publication year
    ("subject_year_cumulative", REPORT, "2026-01-20", 120.0, "statistics", "2025"),
    ("subject_year_standing_now", REPORT, "2026-01-20", 30.0, "statistics", "2026"),
    # a bare quarter is that year's quarter: the count of quarters is no figure of the report year
    ("subject_year_bare_quarter", REPORT, "2026-01-20", 3.0, "statistics", "2025"),
    # a paragraph opening on the year ahead ends the report of the past year
    ("subject_year_ends_ahead", REPORT, "2026-01-20", 300.0, "statistics", "2026"),
    # subject_year, set by a cited report: its year dates the undated figures of later paragraphs
    # until one opens on the year ahead
    ("subject_year_cited_far", CITED, "2026-01-20", 40.0, "statistics", "2025"),
    ("subject_year_cited_ends", CITED, "2026-01-20", 15.0, "statistics", "2026"),
    # subject_year, set by a data report's title: 12月份 and 当年 are of that year, in every paragraph
    ("subject_year_title_month", RELEASE, "2031-01-25", 6.5, "statistics", "2030-12"),
    ("subject_year_title_far", RELEASE, "2031-01-25", 420.0, "statistics", "2030"),
    # news_plan_period_subject: a closed plan period heading a news review is the article's span;
    # subject_span_level: a flow over it covers the span, a level is of its end, a change pairs its ends
    ("plan_period_average", PERIOD_REVIEW, "2026-01-30", 6.1, "statistics", "2021/2025"),
    ("plan_period_level", PERIOD_REVIEW, "2026-01-30", 860.0, "statistics", "2025"),
    ("plan_period_change_start", PERIOD_REVIEW, "2026-01-30", 42000.0, "statistics", "2020"),
    ("plan_period_change_end", PERIOD_REVIEW, "2026-01-30", 59000.0, "statistics", "2025"),
    ("plan_period_growth", PERIOD_REVIEW, "2026-01-30", 38.0, "statistics", "2021/2025"),
    # chain_growth_span: a growth told after a change from one written year to another covers its years
    ("chain_growth_span", NEWS + "全县财政收入由2020年的18亿元增加到2025年的26亿元，年均增长7.6%。", "2026-01-20",
     7.6, "statistics", "2021/2025"),
    ("chain_growth_end_value", NEWS + "全县财政收入由2020年的18亿元增加到2025年的26亿元，年均增长7.6%。", "2026-01-20",
     2.6e9, "statistics", "2025"),
    # glossed_base_year + base_year_growth_span: the bracketed base year is no period; the cumulative
    # change runs from the year after it to the year told
    ("base_year_growth_span", NEWS + "到2025年底，全省新能源装机达到3200万千瓦，比“十三五”末（2020年）累计增长150%。",
     "2026-01-20", 150.0, "statistics", "2021/2025"),
    # chinese_numeral_day: 一月十九日 opening a paragraph dates its event as 1月19日 does
    ("chinese_numeral_day", "某灯会亮灯\n" + NEWS + "一月十九日，某灯会在某公园亮灯。本届灯会共设置八个展区。",
     "2026-01-20", 8.0, "statistics", "2026-01"),
]


@pytest.mark.parametrize("rule,text,date,value,table,want", CASES, ids=[c[0] for c in CASES])
def test_subject_frame_rule(rule, text, date, value, table, want):
    rows = [r for r in parse_text(text, date=date)[table] if float(r["value"]) == value]
    key = "period" if table == "statistics" else "target_year"
    assert rows and {str(r[key]) for r in rows} == {want}


def test_repeated_title_makes_no_targets():
    text = f"{COMMUNIQUE}\n{COMMUNIQUE}\n一、综合\n年末全县常住人口50.2万人，比上年末减少0.3万人。"
    assert parse_text(text, date="2031-03-20")["targets"] == []
