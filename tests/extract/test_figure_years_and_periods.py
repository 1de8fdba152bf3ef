"""Fields of figures on documents of other kinds and other years than the corpus: target
years of horizons of N years in a policy (within_years), periods in news (news_paragraph_continues,
news_now, dated_day), month spans across a year end, statistics vs targets (policy_grant,
reported_data, clause_commitment after a later time word, news_forecast 预计可, cost_split), kinds
and qualifiers (multiple_change, approx_before a base, round_the_clock).

Each rule has cases both ways, as data tables (input -> expected); the sentences are made
up for the rule, not taken from any document.
"""
from __future__ import annotations

import pytest

from conftest import article_of_lines
from policydata.extract.context import build_context
from policydata.extract.figures import extract_figures


def rows(text: str, date: str, title: str = "") -> list[tuple]:
    """(table, value, unit, target year or period) of every figure of a text, in text order."""
    art = article_of_lines(text, title)
    ctx = build_context(art, given_date=date, date=date)
    stats, targets = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    out = [(s.start, "stat", s.value, s.unit, s.period) for s in stats] + \
          [(t.start, "target", t.value, t.unit, t.target_year) for t in targets]
    return [r[1:] for r in sorted(out, key=lambda r: r[0])]


POLICY = "关于加快引进人才的实施意见"  # the title of a policy document (意见)


# ------------------------------------------------------------------ within_years

@pytest.mark.parametrize("sentence, date, expected", [
    # N年内 leading goals: due in the start year (the report year unless named) + N - 1;
    # N年内 itself is a time frame, not a figure
    ("2015年起3年内，全市新增创业人才达到500名左右。", "2015-03-01", [("target", 500, "人", 2017)]),
    ("5年内重点引进高层次人才100名，培养骨干教师200名。", "2012-05-01",
     [("target", 100, "人", 2016), ("target", 200, "人", 2016)]),
    ("两年内全县建成村级服务站80个。", "2020-01-01", [("target", 80, "个", 2021)]),
    ("引进的人才3年内享受住房补贴。", "2018-01-01", []),
    # an obligation bound (确保1年内完成) is a figure; a goal without a horizon keeps none
    ("企业须确保1年内完成整改。", "2020-01-01", [("target", 1, "年", None)]),
    ("创业担保贷款期限3年内。", "2020-01-01", [("target", 3, "年", None)]),
    ("对新认定的企业给予10万元奖励。", "2020-01-01", [("target", 100000, "元", None)]),
])
def test_within_years(sentence, date, expected):
    assert rows(sentence, date, POLICY) == expected


# ------------------------------------------------------------------ news_paragraph_continues, news_now

NEWS = "本报合肥6月10日电（记者 李明）\n"  # a dateline: a news report


@pytest.mark.parametrize("text, expected", [
    # a past year that dated figures of its own dates no later paragraph...
    ("据介绍，2025年，合作社接待游客1.6万人次。\n依托车间，合作社年营业额约80万元。",
     [("stat", 16000, "人次", "2025"), ("stat", 8e5, "元", "2026")]),
    # ...unless the next paragraph continues it
    ("2024年，该市接待游客120万人次。\n其中，外地游客80万人次。",
     [("stat", 1.2e6, "人次", "2024"), ("stat", 8e5, "人次", "2024")]),
    # a year that sets a scene dates the story of the next paragraph
    ("2021年，该厂面临转型压力。\n双方达成合作，200多名工程师进驻工厂。", [("stat", 200, "人", "2021")]),
    # year_carry_paragraphs (2): the scene's story runs on a second paragraph...
    ("2023年5月，新款机型正式上市。\n研发之初，团队遇到不少难题。\n经过反复试验，团队把3组传感器装进机身。",
     [("stat", 3, "组", "2023")]),
    # ...but not a third
    ("2023年5月，新款机型正式上市。\n研发之初，团队遇到不少难题。\n团队反复试验。\n公司共有研发人员500多名。",
     [("stat", 500, "人", "2026")]),
    # 如今, 经过多年: the story has come to the publication year
    ("2019年，该县入选示范县。\n如今，全县已有合作社300家。", [("stat", 300, "家", "2026")]),
    ("2015年，该省发布政策推进小镇建设。经过多年发展，小镇汇聚企业200多家。\n园区距离车站不到5公里。",
     [("stat", 200, "家", "2026"), ("stat", 5, "公里", "2026")]),
])
def test_news_periods(text, expected):
    assert rows(NEWS + text, "2026-06-12") == expected


# ------------------------------------------------------------------ news_released_year, news_span_paragraph

@pytest.mark.parametrize("text, expected", [
    # data of a past year said to be released date the figures told next
    ("某行业协会公布2025年经营成绩单，亮点不少。\n会员企业营业收入超3万亿元，利润增长6%。",
     [("stat", 3e12, "元", "2025"), ("stat", 6, "%", "2025")]),
    ("该集团去年成绩单出炉。\n集团营业收入达800亿元。", [("stat", 8e10, "元", "2025")]),
    # a list of a past year is no data: the figures stay of now
    ("市政府公布2025年重点项目名单。\n全市已建成公园120个。", [("stat", 120, "个", "2026")]),
    # a span of years leading a paragraph covers that paragraph only...
    ("“十四五”以来，全省粮食产量保持在500亿斤以上。\n全省已建成高标准农田3000万亩。",
     [("stat", 5e10, "斤", "2021/2025"), ("stat", 3e7, "亩", "2026")]),
    # ...unless the next paragraph continues it
    ("“十四五”以来，全省累计新增就业300万人。\n其中，高校毕业生120万人。",
     [("stat", 3e6, "人", "2021/2025"), ("stat", 1.2e6, "人", "2021/2025")]),
])
def test_news_released_year_and_span(text, expected):
    assert rows(NEWS + text, "2026-02-12") == expected


# ------------------------------------------------------------------ month spans across a year end

@pytest.mark.parametrize("text, expected", [
    ("2025年6月至2026年1月，全省共办理案件约1.7万件，追回资金约3亿元。",
     [("stat", 17000, "件", "2025-06/2026-01"), ("stat", 3e8, "元", "2025-06/2026-01")]),
    ("2025年11月—2026年2月，该市新增就业3万人。", [("stat", 30000, "人", "2025-11/2026-02")]),
    ("2025年3—5月，该市新增就业3万人。", [("stat", 30000, "人", "2025-03/2025-05")]),
])
def test_month_span_across_a_year_end(text, expected):
    assert rows(NEWS + text, "2026-06-12") == expected


# ------------------------------------------------------------------ policy_grant

@pytest.mark.parametrize("text, title, expected", [
    # 对…的(企业)，(再)给予 + amount in a policy: a parameter, a target without a year
    ("对首次上规模的企业，再给予30万元奖励。", POLICY, [("target", 3e5, "元", None)]),
    ("对新认定为示范基地的给予5万元补助。", POLICY, [("target", 5e4, "元", None)]),
    ("对符合条件的返乡创业者给予每人2000元补贴。", POLICY, [("target", 2000, "元", None)]),
    # a grant reported as paid in a past year, or a payment without a class of recipients, is a fact
    ("2025年，对新认定的企业给予1万元奖励。", "", [("stat", 1e4, "元", "2025")]),
    ("2025年，市财政给予企业补贴500万元。", "", [("stat", 5e6, "元", "2025")]),
])
def test_policy_grant(text, title, expected):
    assert rows(text, "2026-03-01", title) == expected


# ------------------------------------------------------------------ reported_data

@pytest.mark.parametrize("text, expected", [
    # 据统计, 数据显示: data already counted, a statistic even with 今年 (which alone leans to a goal)
    ("据统计，今年全镇蔬菜种植面积在1.2万亩左右，带动3000多户农户增收。",
     [("stat", 12000, "亩", "2021"), ("stat", 3000, "户", "2021")]),
    ("数据显示，今年全县新增市场主体800户。", [("stat", 800, "户", "2021")]),
    # a goal word keeps a goal
    ("今年全镇力争种植蔬菜1.2万亩。", [("target", 12000, "亩", 2021)]),
])
def test_reported_data(text, expected):
    assert rows(text, "2021-05-20") == expected


# ------------------------------------------------------------------ multiple_change

def kinds(text: str, date: str = "2026-06-12") -> list[tuple]:
    """(value, unit, kind, direction) of every statistic of a text."""
    art = article_of_lines(text)
    ctx = build_context(art, given_date=date, date=date)
    stats, _ = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    return [(s.value, s.unit, s.kind, s.direction) for s in stats]


@pytest.mark.parametrize("text, expected", [
    # N倍 after a change verb is a change (growth, with its direction); a multiple of a base is a ratio
    ("新工艺使检测效率比原来提升三四倍。", [(3, "倍", "growth", "up")]),
    ("转行以后，他的收入至少高了1倍。", [(1, "倍", "growth", "up")]),
    ("2025年，该市出口额是2020年的1.5倍。", [(1.5, "倍", "ratio", "")]),
])
def test_multiple_change(text, expected):
    assert kinds(NEWS + text) == expected


@pytest.mark.parametrize("text, expected", [
    # 约为 + the base of a fraction binds the fraction: approx; 制约为 is no 约
    ("新方法的施工时间约为传统方法的1/4。", [(25, "%", "approx")]),
    ("该县耕地面积约为全市的三分之一。", [(33.33, "%", "approx")]),
    ("成本约为每天220元。", [(220, "元", "approx")]),
])
def test_approx_before_a_base(text, expected):
    art = article_of_lines(NEWS + text)
    ctx = build_context(art, given_date="2026-06-12", date="2026-06-12")
    stats, _ = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    assert [(round(s.value, 2), s.unit, s.qualifier) for s in stats] == expected


# ------------------------------------------------------------------ clause_commitment (a later time word)

@pytest.mark.parametrize("text, expected", [
    # a time word after the figure dates a later clause: the modal of the figure's own clause sets a goal
    ("“我们计划建设7家冷链仓库，目前已有3家投用。”经理说。",
     [("target", 7, "家", None), ("stat", 3, "家", "2026")]),
    # without a modal the later time word dates the fact
    ("全镇建成8家共享工厂，目前已全部投产。", [("stat", 8, "家", "2026")]),
])
def test_modal_before_a_later_time_word(text, expected):
    assert rows(NEWS + text, "2026-06-12") == expected


# ------------------------------------------------------------------ round_the_clock

@pytest.mark.parametrize("text, expected", [
    # 24小时 'around the clock' is how a service runs, no figure; a time a task took is one
    ("系统实现24小时不间断巡检。", []),
    ("新机房需要7×24小时持续值守。", []),
    ("抢修队仅用时24小时便恢复供电。", [(24, "小时", "level", "")]),
])
def test_round_the_clock(text, expected):
    assert kinds(NEWS + text) == expected


# ------------------------------------------------------------------ cost_split

@pytest.mark.parametrize("text, expected", [
    # A:B next to a word of sharing: the first party's share, a policy parameter without a year
    ("奖补资金由省市按7:3比例分担。", [("target", 70, "%", None)]),
    ("建设资金按照1：1的原则由县乡共担。", [("target", 50, "%", None)]),
    # a clock time is no split
    ("培训于9:30开始，共培训200人。", [("target", 200, "人", None)]),
])
def test_cost_split(text, expected):
    assert rows(text, "2026-03-01", POLICY) == expected


@pytest.mark.parametrize("text, expected", [
    # 预计可/预计能 + a change: what a measure is expected to bring, a forward-looking figure
    ("新品种推广后，预计可增产10%。", [("target", 10, "%", "=")]),
    ("新设备投用后，预计能节省成本20%。", [("target", 20, "%", "=")]),
    # 预计 alone estimates this year's outcome: a fact
    ("今年企业营收预计超千万元。", [("stat", 1e7, "元", "more_than")]),
])
def test_expected_outcome(text, expected):
    art = article_of_lines(NEWS + text)
    ctx = build_context(art, given_date="2026-06-12", date="2026-06-12")
    stats, targets = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    got = [("stat", s.value, s.unit, s.qualifier) for s in stats] + [("target", t.value, t.unit, t.comparator)
                                                                     for t in targets]
    assert got == expected


# ------------------------------------------------------------------ dated_day

@pytest.mark.parametrize("text, expected", [
    # in news a past year with its day dates the fact to its month
    ("2025年9月16日，该公司宣布，累计销量突破80万台。", [("stat", 8e5, "台", "2025-09")]),
    ("2025年，该公司累计销量突破80万台。", [("stat", 8e5, "台", "2025")]),
])
def test_dated_day_in_news(text, expected):
    assert rows(NEWS + text, "2026-01-20") == expected


# ------------------------------------------------------------------ round 14: headline_horizon, jiang_disposal,
# review_subperiod_own_year, consecutive_years_fact, from_to_chain

@pytest.mark.parametrize("text, title, expected", [
    # headline_horizon: a deadline in the headline frames the body's goals with no year of their own
    ("某部印发方案，提出力争用4年时间，公交站点覆盖率超过95%。", "到2031年某市公交站点覆盖率超95%",
     [("target", 95, "%", 2031)]),
    # a headline without a deadline leaves them without a year
    ("某部印发方案，提出力争用4年时间，公交站点覆盖率超过95%。", "某市印发公交发展方案",
     [("target", 95, "%", None)]),
])
def test_headline_horizon(text, title, expected):
    assert rows(NEWS + text, "2026-06-12", title=title) == expected


@pytest.mark.parametrize("text, expected", [
    # jiang_disposal: 将 + object + a verb with a result complement marks the object, plans nothing
    ("近日，某船运公司将新造船订单增至12艘。", [("stat", 12, "艘", "2026")]),
    ("某区推进改革，将首批9项审批事项下放到街道。", [("stat", 9, "项", "2026")]),
    # 将 right before the verb, or 将把, is the future (undated in news: the year of publication,
    # rule news_commitment_year)
    ("某船运公司将增至12艘。", [("target", 12, "艘", 2026)]),
    ("某区将把9项审批事项下放到街道。", [("target", 9, "项", 2026)]),
])
def test_jiang_disposal(text, expected):
    assert rows(NEWS + text, "2026-06-12") == expected


REVIEW = "一、2029年工作回顾\n"


@pytest.mark.parametrize("text, expected", [
    # review_subperiod_own_year: 去年一季度 in the review of that year dates its own sentence only
    (REVIEW + "去年一季度开局平稳，二季度以后压力加大。全年新增就业8万人，社会融资成本下降10%。",
     [("stat", 80000, "人", "2029"), ("stat", 10, "%", "2029")]),
    # its own figures keep the quarter
    (REVIEW + "去年一季度全市生产总值增长7%。", [("stat", 7, "%", "2029Q1")]),
])
def test_review_subperiod_own_year(text, expected):
    assert rows(text, "2030-03-01") == expected


@pytest.mark.parametrize("text, expected", [
    # consecutive_years_fact: 连续N年 facts are of the reporting year even after a span
    ("“十四五”以来，某湖水质连续4年保持Ⅱ类，达标水体占比连续两年超过93%。",
     [("stat", 4, "年", "2026"), ("stat", 2, "年", "2026"), ("stat", 93, "%", "2026")]),
    # without 连续 the span stays
    ("“十四五”以来，某湖达标水体占比保持在93%以上。", [("stat", 93, "%", "2021/2025")]),
])
def test_consecutive_years_fact(text, expected):
    assert rows(NEWS + text, "2026-06-12") == expected


@pytest.mark.parametrize("text, expected", [
    # from_to_chain: later changes without years run over the chain's years; the paragraph goes on
    # from the end year
    ("五年来，全县生产总值从2024年的300亿元增长到2029年的420亿元，财政收入从25亿元增长到31亿元。"
     "新建公路达到800公里。",
     [("stat", 3e10, "元", "2024"), ("stat", 4.2e10, "元", "2029"), ("stat", 2.5e9, "元", "2024"),
      ("stat", 3.1e9, "元", "2029"), ("stat", 800, "公里", "2029")]),
])
def test_from_to_chain(text, expected):
    assert rows(text, "2030-01-20") == expected


@pytest.mark.parametrize("text, expected", [
    # necessary_condition: 要…，才能… tells what a thing needs, not a goal
    ("每块电路板要经过20多道检测后，才能装箱发货。", [("stat", 20, "道", "2026")]),
    # a 要 of a plan with no 才能 after it still sets a goal
    ("该厂今年要新增20条生产线。", [("target", 20, "条", 2026)]),
])
def test_necessary_condition(text, expected):
    assert rows(NEWS + text, "2026-06-12") == expected


@pytest.mark.parametrize("text, expected", [
    # from_span_start: under N年来 the start value of a change is N years before its end value
    ("近10年来，某湖达标水质占比从61%提升到94%。", [("stat", 61, "%", "2016"), ("stat", 94, "%", "2026")]),
    # without a stretch the start value stays of the sentence's year
    ("今年，某湖达标水质占比从61%提升到94%。", [("stat", 61, "%", "2026"), ("stat", 94, "%", "2026")]),
])
def test_from_span_start(text, expected):
    assert rows(NEWS + text, "2026-06-12") == expected
