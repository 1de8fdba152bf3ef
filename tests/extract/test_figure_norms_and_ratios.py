"""Figures of rules a policy sets without a title line, ratios, slight changes and class labels
(issue 10): each named rule with small sentences of its own, run through the whole pipeline.

The sentences are written from general constructions: a policy item (（三）…不低于…；原则上不低于…),
a news report of a newly issued guideline (指南…提出N个指标), a work report's review (收入比收窄至
A：B以内, 微降), a news report of trains and lines (N条时速M公里…线, 由…增至最高N列).
"""
import pytest

from policydata.pipeline import parse_text

ITEM = "（三）扩大消费帮扶。"  # a policy item without the document's title line
NEWS = "本报北京3月12日电（记者张明）"
REVIEW = "某省2026年政府工作报告\n一、2025年工作回顾\n"


def _rows(text, date="2026-03-01"):
    tables = parse_text(text, date=date)
    return tables["statistics"], tables["targets"]


def _year(row):
    y = row["target_year"]
    return None if y in (None, "") or y != y else int(y)


# rule, text, value, unit, comparator, target_year (None: a parameter with no year)
TARGETS = [
    # norm_floor: a lower bound a rule sets is a parameter, also over the base of a share
    ("norm_floor", ITEM + "各预算单位采购本地农产品的比例不低于年度食堂采购总额的20%。", 20.0, "%", ">=", None),
    ("norm_floor", ITEM + "机关食堂优先采购本地产品，采购占比原则上不低于25%。", 25.0, "%", ">=", None),
    ("norm_floor", NEWS + "近日，某部印发评价办法。办法以建成运营不少于3年的园区为评价对象。", 3.0, "年", ">=", None),
    # norm_ceiling: an upper bound a rule sets, over the base of a share too
    ("norm_ceiling", ITEM + "支付给平台的服务费用不超过年度交易总额的3%。", 3.0, "%", "<=", None),
    # a lower bound with a year of its own keeps that year
    ("norm_floor_year", ITEM + "到2028年，全市绿色建筑占新建建筑的比例不低于70%。", 70.0, "%", ">=", 2028),
    # provided_amount: matching funds (配套) are an amount provided, not the threshold of a class
    ("provided_amount", ITEM + "市财政安排500万元，带动企业配套2倍以上资金。", 2.0, "倍", ">=", None),
    # document_content: in news, what a newly issued guideline sets out (a count of its own indicators,
    # 提出12个一级指标, is its own enumeration: rule counts_own_measures, tests/extract/test_figure_units_and_own_counts.py)
    ("document_content", NEWS + "近日，某部印发服务评价指南。指南提出建设12个服务中心。", 12.0, "个", "=", None),
    # ratio_pair: a goal on a ratio written A：B
    ("ratio_pair", "某市2026年政府工作报告\n三、2026年主要目标\n力争城乡居民收入比缩小到2.2:1以内。", 2.2, "", "<=", 2026),
]


@pytest.mark.parametrize("rule,text,value,unit,comparator,year", TARGETS, ids=[c[0] for c in TARGETS])
def test_target_rule(rule, text, value, unit, comparator, year):
    stats, targets = _rows(text)
    rows = [r for r in targets if float(r["value"]) == value]
    assert rows and not [r for r in stats if float(r["value"]) == value], f"{rule}: no target of {value} alone"
    assert [(r["unit"] or "", r["comparator"], _year(r)) for r in rows] == [(unit, comparator, year)] * len(rows)


# rule, text, value, unit, kind, qualifier, period, direction
STATISTICS = [
    # ratio_pair: A：B (full-width colon) after a ratio noun is one ratio, A/B, a share without unit
    ("ratio_pair", REVIEW + "城乡收入比缩小至2.3：1以内。", 2.3, "", "share", "exact", "2025", ""),
    ("ratio_pair", REVIEW + "全省常住人口性别比为104:100。", 1.04, "", "share", "exact", "2025", ""),
    # ratio_change_to: a ratio noun, a change verb and 至 before a bare number
    ("ratio_change_to", REVIEW + "城乡居民收入比缩小至2.4。", 2.4, "", "share", "exact", "2025", ""),
    ("ratio_change_to", REVIEW + "城乡居民收入比稳定在2.1左右。", 2.1, "", "share", "approx", "2025", ""),
    # an upper bound a news report states describes how a thing performs: a fact
    ("news_ceiling", NEWS + "该系统定位误差不超过3厘米。", 3.0, "厘米", "level", "exact", "2026", ""),
    # slight_change: 微降, 略增 are changes with their direction
    ("slight_change", REVIEW + "全年居民消费价格微降0.2%。", 0.2, "%", "growth", "exact", "2025", "down"),
    ("slight_change", REVIEW + "全年规模以上工业利润略增0.6%。", 0.6, "%", "growth", "exact", "2025", "up"),
    # a lower bound in a review reports what was done: a fact
    ("norm_floor_review", REVIEW + "去年全省已有不少于300个村完成改厕。", 300.0, "个", "count", "at_least", "2025", ""),
    # negated_bound: 不低于 bounds a share, it is no comparison (低于全国…): the share stays a share
    ("negated_bound", REVIEW + "全年授予中小企业合同的比例不低于采购总额的40%。", 40.0, "%", "share", "at_least", "2025", ""),
    # peak_reached: 增至最高N reports a peak, no cap a policy sets
    ("peak_reached", NEWS + "每日开行班列由开通初期的3列增至最高18列。", 18.0, "列", "count", "exact", "2026", ""),
]


@pytest.mark.parametrize("rule,text,value,unit,kind,qualifier,period,direction", STATISTICS,
                         ids=[c[0] for c in STATISTICS])
def test_statistic_rule(rule, text, value, unit, kind, qualifier, period, direction):
    stats, targets = _rows(text)
    rows = [r for r in stats if float(r["value"]) == value]
    assert rows and not [r for r in targets if float(r["value"]) == value], f"{rule}: no statistic of {value} alone"
    assert [(r["unit"] or "", r["kind"], r["qualifier"], r["period"], r["direction"] or "") for r in rows] == \
        [(unit, kind, qualifier, period, direction)] * len(rows)


# rule, text, value that must not be a figure, value that must stay one
CLASS_LABELS = [
    # speed_class: the speed names the class of what is counted
    ("speed_class", NEWS + "目前已开行3条时速100公里和5条时速60公里的货运班列线路。", 100.0, 3.0),
    ("speed_class", NEWS + "该市今年将建设时速350公里的高速铁路2条。", 350.0, 2.0),
]


@pytest.mark.parametrize("rule,text,label,count", CLASS_LABELS, ids=[c[0] for c in CLASS_LABELS])
def test_class_label(rule, text, label, count):
    stats, targets = _rows(text)
    values = [float(r["value"]) for r in stats + targets]
    assert label not in values and count in values


# a speed stated as a fact of a thing stays a figure
SPEED_FACTS = [
    NEWS + "新线列车最高运营时速达350公里。",
    NEWS + "列车以时速120公里运行。",
]


@pytest.mark.parametrize("text", SPEED_FACTS)
def test_speed_fact(text):
    stats, _ = _rows(text)
    assert [r["unit"] for r in stats] == ["公里"]


# rule fraction_of_whole: a share written as a fraction is a share of the noun after its 的;
# the quote and the indicator take that noun (a list of fractions: each its own whole)
def test_fraction_of_whole():
    stats, _ = _rows(NEWS + "去年，甲省民营企业贡献了全省2/3的出口、1/2的税收和3/5的就业。")
    got = {round(r["value"], 2): (r["quote"], r["indicator"]) for r in stats}
    assert got[50.0][0].startswith("1/2的税收") and got[50.0][1].endswith("税收")
    assert got[60.0][0].startswith("3/5的就业") and got[60.0][1].endswith("就业")
    assert "的出口" in got[66.67][0] and got[66.67][1].endswith("出口")
