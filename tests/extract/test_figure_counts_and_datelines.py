"""Figures met in news and communiqués nobody tuned to (issue 10): counts written without a common
measure word, unitless ratios, streaks, and the day a news dateline leads. Each named rule with small
invented sentences, run through the whole pipeline (genre, report year, blocks).

Each case: rule name, text, date, value of the statistic to look at, expected (unit, kind, period).
"""
import pytest

from policydata.pipeline import parse_text

NEWS = "本报北京4月8日电（记者 张明）"

CASES = [
    # source_dateline: a paper's dateline (…报…消息, …讯) and byline before the day that opens the lead
    ("source_dateline", "晚报杭州消息 3月5日，某市举办春季招聘会。20余家企业参加活动。\n今年以来，该市新增就业1万人。",
     "2026-03-08", 20.0, ("家", "count", "2026-03")),
    ("source_dateline", "晚报杭州消息 3月5日，某市举办春季招聘会。20余家企业参加活动。\n今年以来，该市新增就业1万人。",
     "2026-03-08", 1e4, ("人", "count", "2026")),
    ("source_dateline", "本报讯（记者 王芳）4月12日，某县举办农机展。展会吸引观众3000人次。", "2026-04-15",
     3000.0, ("人次", "count", "2026-04")),
    # city_count: N市 counts cities with the noun as its measure word
    ("city_count", "本报北京3月10日电（记者 张明）去年，全省11市共建成充电站500座。", "2026-03-10",
     11.0, ("市", "count", "2025")),
    # pairing / pair count: 8对园区 counts pairs
    ("pair_count", "本报北京3月10日电（记者 张明）去年，全市推进8对园区结对共建。", "2026-03-10",
     8.0, ("对", "count", "2025")),
    # unitless_ratio_share: a ratio without a unit is a share
    ("unitless_ratio_share", "2025年末，全市常住人口80万人，人口性别比为103.6(以女性为100)。", "2026-03-10",
     103.6, ("", "share", "2025")),
    ("unitless_ratio_share", "2025年，全县城乡居民收入比值为1.85。", "2026-03-10", 1.85, ("", "share", "2025")),
    # traffic_volume: what a network carries is a flow (level) in tonnes; counted_people: in 人次 it
    # stays a count (corpus README: count includes people); visitors received are counted
    ("traffic_volume", "今年1—2月，全省跨区域人员流动量3.5亿人次，铁路客运量8000万人次。", "2026-03-10",
     3.5e8, ("人次", "count", "2026-01/2026-02")),
    ("traffic_volume", "今年1—2月，全省港口货物吞吐量1.2亿吨，接待游客2.5万人次。", "2026-03-10",
     1.2e8, ("吨", "level", "2026-01/2026-02")),
    ("counted_people", "今年前5个月，全市地铁客运量达6.4亿人次，机场旅客吞吐量突破900万人。", "2026-06-10",
     9e6, ("人", "count", "2026-01/2026-05")),
    ("traffic_volume", "今年1—2月，全省港口货物吞吐量1.2亿吨，接待游客2.5万人次。", "2026-03-10",
     2.5e4, ("人次", "count", "2026-01/2026-02")),
    # diffusion_index: a survey index in % is a share; a price index against 100 a level
    ("diffusion_index", "3月份，全国制造业采购经理指数为50.8%，新订单指数为51.2%。", "2026-04-01", 50.8, ("%", "share", "2026-03")),
    ("diffusion_index", "3月份，全国制造业采购经理指数为50.8%，新订单指数为51.2%。", "2026-04-01", 51.2, ("%", "share", "2026-03")),
    ("diffusion_index", "2025年，全市居民消费价格指数为101.3%。", "2026-03-10", 101.3, ("%", "level", "2025")),
    # plan_period_stock: a stock reached by the end of a past plan period is of its last year
    ("plan_period_stock", NEWS + "“十四五”时期，全国已建成各类服务站点3150个，累计服务群众超800万人次。", "2026-04-09",
     3150.0, ("个", "count", "2025")),
    ("plan_period_stock", NEWS + "“十四五”时期，全国已建成各类服务站点3150个，累计服务群众超800万人次。", "2026-04-09",
     8e6, ("人次", "count", "2021/2025")),
    # named_place_total: the total of one named place's project is a figure, not a class threshold
    ("named_place_total", "2025年，总投资超300亿元的苏北某产业园加快建设。", "2026-03-05", 3e10, ("元", "level", "2025")),
    # news_bare_day + dateline_lead_day: a day without its month under a dateline is of the dateline's
    # month; in the lead's first clause it dates the paragraph (corpus README: a dated fact uses its date)
    ("news_bare_day", "本报杭州5月20日电（记者 李明）第五届茶博会19日在杭州开幕，吸引600余家茶企参展。"
     "主办方安排了30多场品鉴活动。", "2026-05-21", 600.0, ("家", "count", "2026-05")),
    ("news_bare_day", "本报杭州5月20日电（记者 李明）第五届茶博会19日在杭州开幕，吸引600余家茶企参展。"
     "主办方安排了30多场品鉴活动。", "2026-05-21", 30.0, ("场", "count", "2026-05")),
    ("news_bare_day", "本报杭州5月2日电（记者 李明）茶博会29日在杭州闭幕，共有2万人次到场。", "2026-05-03",
     2e4, ("人次", "count", "2026-04")),
    # local_time_day: 当地时间 before the day that opens the paragraph
    ("local_time_day", "本报开罗6月3日电（记者 李明）当地时间6月2日，某论坛在开罗举行。70多名学者与会。", "2026-06-04",
     70.0, ("人", "count", "2026-06")),
    # span_average: 两年平均增长 covers the two years ending in the year the sentence is about
    ("span_average", "2025年，全市粮食产量比上年增长4%，两年平均增长3.1%。", "2026-03-10", 3.1, ("%", "growth", "2024/2025")),
    ("span_average", "2025年，全市粮食产量比上年增长4%，两年平均增长3.1%。", "2026-03-10", 4.0, ("%", "growth", "2025")),
    # streak_count: N连丰, N连增 count the years of a streak
    ("streak_count", "2025年，全省粮食生产实现“十八连丰”，总产量达到300万吨。", "2026-01-20", 18.0, ("年", "count", "2025")),
    ("streak_count", "2025年，全市外贸进出口实现9连增。", "2026-01-20", 9.0, ("年", "count", "2025")),
]


@pytest.mark.parametrize("rule,text,date,value,want", CASES, ids=[c[0] for c in CASES])
def test_field_rule(rule, text, date, value, want):
    rows = [r for r in parse_text(text, date=date)["statistics"] if float(r["value"]) == value]
    assert [(r["unit"] or "", r["kind"], r["period"]) for r in rows] == [want] * len(rows) and rows


NOT_COUNTS = [
    # pairing: N对M names a way of pairing
    ("pairing", "今年，组建3对师徒，开展一对一帮扶，建立1对1结对关系。", "对", [3.0]),
    # as_written_not_compound: 市 starting a longer word is not a count of cities
    ("as_written_not_compound", "去年，全市新增10万市场主体，6市均已完成改造。", "市", [6.0]),
    # city_count: after another modifier N市 names a group of places
    ("city_count", "去年，某厅服务沿江8市取得新进展，其中5市完成改造。", "市", [5.0]),
    # year_named_program: a year before a noun names a program, it counts no places
    ("year_named_program", "2025年，积极争取某某2030国家重大专项，有17省份参与。", "个", [17.0]),
    # category_not_rank: 列为第三类 names a category (README: category labels are not figures)
    ("category_not_rank", "2025年，将技术要求较高的项目列为第三类，全市经济总量位居全省第三。", "", [3.0]),
    # named_place_total: a class followed by its count keeps the amount a threshold
    ("named_place_total", "2025年，营收超百亿元的青岛企业达到12家。", "元", []),
    # streak_count needs 丰/增 as the streak itself, not the start of a word
    ("streak_count", "2025年，全市外贸连增长，粮食“十连丰”。", "年", [10.0]),
]


@pytest.mark.parametrize("rule,text,unit,values", NOT_COUNTS, ids=[c[0] for c in NOT_COUNTS])
def test_counts_of_a_unit_are_only_the_counted_things(rule, text, unit, values):
    tables = parse_text(text, date="2026-03-10")
    rows = [r for name in ("statistics", "targets") for r in tables[name] if (r["unit"] or "") == unit]
    assert sorted(float(r["value"]) for r in rows) == values


def _page_article(parts):
    from policydata.document import Article, Block
    text, blocks, pos = "", [], 0
    for kind, line in parts:
        blocks.append(Block(kind, pos, pos + len(line), line))
        text += line + "\n"
        pos += len(line) + 1
    return Article(1, parts[0][1], text, blocks)


@pytest.mark.parametrize("headline,body,want", [
    # rounded_headline: the headline's 超过5亿元 rounds the body's dated 约5.12亿元
    ("某项整治退费超过5亿元", "自2025年5月专项整治开展以来，截至今年1月底，督促企业累计退费约5.12亿元。", "2025-05/2026-01"),
    ("某市出口近800亿元", "2025年，某市出口额达到795亿元。", "2025"),
    # far from the body figure: the headline keeps its own (the page's) year
    ("某项整治退费超过5亿元", "自2025年5月专项整治开展以来，截至今年1月底，督促企业累计退费约8.5亿元。", "2026"),
])
def test_rounded_headline_takes_the_period_of_the_body_figure(headline, body, want):
    from policydata.extract.figures import extract_figures
    article = _page_article([("title", headline), ("body", "本报北京4月8日电（记者 张明）" + body)])
    stats, _ = extract_figures(article, report_year=2026, region_id="CN", region_mentions=[])
    assert [s.period for s in stats if s.start < len(headline)] == [want]
