"""Tests for policydata.recognize.quantities.find_quantities (issue #4, item 1)."""
from __future__ import annotations

import json
import math

import cn2an
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from policydata.lexicon import load as load_lexicon
from policydata.recognize.quantities import Quantity, find_quantities


def one(text: str) -> Quantity:
    """The single quantity in ``text`` (fails if there is not exactly one)."""
    found = find_quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def values(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text)]


def approx(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


# --------------------------------------------------------------------------- the issue's examples

@pytest.mark.parametrize("text, quote, value, unit, qualifier, comparator", [
    ("累计认定2.4万余家初级", "2.4万余家", 24000, "家", "more_than", ">"),
    ("对经济增长的贡献超四成", "超四成", 40, "%", "more_than", ">"),
    ("人均公共绿地面积不小于2.5平方米", "不小于2.5平方米", 2.5, "平方米", "at_least", ">="),
    ("新增城镇就业1500万人以上", "1500万人以上", 1.5e7, "人", "at_least", ">="),
    ("地区生产总值增长6%左右", "6%左右", 6, "%", "approx", "~"),
    ("占三分之二", "三分之二", 66.67, "%", "exact", "="),
    ("共一百零一万一千", "一百零一万一千", 1011000, "", "exact", "="),
    ("高于全国0.4个百分点", "0.4个百分点", 0.4, "个百分点", "exact", "="),
    ("地区生产总值超过3.8万亿元", "超过3.8万亿元", 3.8e12, "元", "more_than", ">"),
    ("带动社会投资超千亿元", "超千亿元", 1e11, "元", "more_than", ">"),
    ("贷款余额超万亿元", "超万亿元", 1e12, "元", "more_than", ">"),
    ("粮食产量1.39万亿斤", "1.39万亿斤", 1.39e12, "斤", "exact", "="),
    ("排灌设备动力达到1.6亿千瓦", "1.6亿千瓦", 1.6e8, "千瓦", "exact", "="),
    # 千公顷 is a unit of official statistics, kept as written like 千瓦 (README: the measure word as written)
    ("全县玉米播种面积 35.6 千公顷", "35.6 千公顷", 35.6, "千公顷", "exact", "="),
    # 家次 counts visits to firms, like 户次 and 人次
    ("服务企业超20万家次", "超20万家次", 2e5, "家次", "more_than", ">"),
    # goods counted by their packages: 瓶, 盒, 袋 are measure words
    ("果汁上市首月卖出超50万瓶", "超50万瓶", 5e5, "瓶", "more_than", ">"),
    # 载重吨 (deadweight tonnage) measures ships, a unit of its own
    ("全年新接船舶订单1200万载重吨", "1200万载重吨", 1.2e7, "载重吨", "exact", "="),
    ("电动自行车年产量近90万辆", "近90万辆", 9e5, "辆", "approx", "~"),
    ("小微企业订单占比近七成", "近七成", 70, "%", "approx", "~"),
    ("占全部企业超两成", "超两成", 20, "%", "more_than", ">"),
    ("新增高级技师占全省近一半", "近一半", 50, "%", "approx", "~"),
    ("6600多万纳税人受益", "6600多万纳税人", 6.6e7, "人", "more_than", ">"),
    ("助学贷款惠及1100多万学生", "1100多万学生", 1.1e7, "人", "more_than", ">"),
    ("惠及上千万家庭", "上千万家庭", 1e7, "户", "at_least", ">="),
    ("两次降低存款准备金率", "两次", 2, "次", "exact", "="),
    ("纺织业产值连续12年稳居行业首位", "12年", 12, "年", "exact", "="),
    ("拆除违章建筑1837万平方米", "1837万平方米", 1.837e7, "平方米", "exact", "="),
    ("可吸入颗粒物平均浓度31微克/立方米", "31微克/立方米", 31, "微克/立方米", "exact", "="),
    ("全省渔船总功率稳定在13亿千瓦左右", "13亿千瓦左右", 1.3e9, "千瓦", "approx", "~"),
    ("赤字率上限3%", "上限3%", 3, "%", "at_most", "<="),
    ("单位能耗不超过0.5吨", "不超过0.5吨", 0.5, "吨", "at_most", "<="),
    ("年龄低于18岁", "低于18岁", 18, "岁", "less_than", "<"),
    ("人数逾3000人", "逾3000人", 3000, "人", "more_than", ">"),
    ("科技型企业数量突破4万家", "突破4万家", 40000, "家", "more_than", ">"),
    ("规模约2350亿元", "约2350亿元", 2.35e11, "元", "approx", "~"),
    ("房屋面积70平方米以内", "70平方米以内", 70, "平方米", "at_most", "<="),
    ("接待游客3.3亿人次", "3.3亿人次", 3.3e8, "人次", "exact", "="),
])
def test_issue_examples(text, quote, value, unit, qualifier, comparator):
    q = one(text)
    assert q.text == quote
    assert text[q.start:q.end] == q.text
    assert approx(q.value, value)
    assert (q.unit, q.qualifier, q.comparator) == (unit, qualifier, comparator)


def test_respectively_gives_one_quantity_per_figure():
    found = find_quantities("汽车制造业、电子信息制造业增加值同比分别增长8.6%、10.3%")
    assert [(q.text, q.value, q.unit) for q in found] == [("8.6%", 8.6, "%"), ("10.3%", 10.3, "%")]


def test_enumerated_counts_each_found():
    text = "累计认定2.4万余家初级、6100余家中级、300余家高级、12家标杆级数字化车间"
    assert values(text) == [(24000, "家"), (6100, "家"), (300, "家"), (12, "家")]
    assert [q.qualifier for q in find_quantities(text)] == ["more_than"] * 3 + ["exact"]


# --------------------------------------------------------------------------- numerals

@pytest.mark.parametrize("text, value", [
    ("两个", 2), ("十五项", 15), ("二十三家", 23), ("三点五万元", 35000), ("一百零一万一千人", 1011000),
    ("两千万元", 2e7), ("1,234.5元", 1234.5), ("１２３家", 123), ("１．５万吨", 15000),
    ("3.5万家", 35000), ("1.76万家", 17600), ("126万亿元", 1.26e14), ("3千万元", 3e7),
])
def test_numerals(text, value):
    assert approx(one(text).value, value)


def test_value_is_unsigned_direction_word_stays_out():
    q = one("月均入户抽查量下降37.6%")
    assert (q.text, q.value) == ("37.6%", 37.6)


@pytest.mark.parametrize("text, value", [
    ("百分之五十", 50), ("百分之0.5", 0.5), ("三分之一", 33.33), ("三分之二", 66.67), ("十分之一", 10),
    ("一半", 50), ("四成", 40), ("3成", 30),
])
def test_percent_forms(text, value):
    q = one(text)
    assert (q.value, q.unit, q.is_fraction) == (value, "%", True)


def test_full_width_percent_is_normalized():
    q = one("增长5％左右")
    assert (q.unit, q.unit_raw, q.qualifier) == ("%", "％", "approx")


@pytest.mark.parametrize("text, low, high, unit", [
    ("增长5%-6%", 5, 6, "%"), ("增长5%至6%", 5, 6, "%"), ("3到5万", 30000, 50000, ""),
    ("3—5个", 3, 5, "个"), ("三至五年", 3, 5, "年"), ("0.5-1个百分点", 0.5, 1, "个百分点"),
])
def test_ranges(text, low, high, unit):
    q = one(text)
    assert (q.value, q.value_max, q.unit) == (low, high, unit)


def test_not_a_range_when_units_differ_or_order_is_wrong():
    assert len(find_quantities("5%到8家")) == 2
    assert len(find_quantities("10家到5家")) == 2


@pytest.mark.parametrize("text, qualifier, comparator", [
    ("不低于60%", "at_least", ">="), ("不少于100家", "at_least", ">="), ("至少3个", "at_least", ">="),
    ("60%以上", "at_least", ">="), ("超过60%", "more_than", ">"), ("逾百家", "more_than", ">"),
    ("以下", None, None), ("10人以下", "at_most", "<="), ("不超过70平方米", "at_most", "<="),
    ("5%左右", "approx", "~"), ("约5%", "approx", "~"), ("接近30%", "approx", "~"),
    ("不足10%", "less_than", "<"), ("少于5人", "less_than", "<"), ("100余人", "more_than", ">"),
])
def test_qualifier_words(text, qualifier, comparator):
    found = find_quantities(text)
    if qualifier is None:
        assert found == []
    else:
        assert (found[0].qualifier, found[0].comparator, found[0].text) == (qualifier, comparator, text)


def test_qualifier_a_short_word_away():
    q = one("每个乡镇和村分别至少设置1处")
    assert (q.text, q.value, q.unit, q.comparator) == ("至少设置1处", 1, "处", ">=")
    assert one("全年新增订单超过全省一半").qualifier == "more_than"


def test_recent_years_is_not_approx():
    q = one("近5年来")
    assert (q.text, q.qualifier) == ("5年", "exact")


def test_people_and_household_nouns_need_a_multiplier():
    assert one("3000万居民").unit == "人"
    assert one("500万农户").unit == "户"
    assert one("1.4亿人口").unit == "人"
    assert one("3000名学生").unit == "名"


def test_units_as_written():
    for text, unit in [("3个", "个"), ("5项", "项"), ("100辆", "辆"), ("34款", "款"), ("35支", "支"),
                       ("1000公里", "公里"), ("500元/吨", "元/吨"), ("3倍", "倍"), ("6个月", "个月"),
                       ("24小时", "小时"), ("10万标准箱", "标准箱"), ("5GW", "GW")]:
        assert one(text).unit == unit, text


def test_bare_number_has_empty_unit():
    q = one("农民工返乡就业规模超过2100万")
    assert (q.value, q.unit, q.qualifier) == (2.1e7, "", "more_than")


def test_ordinals_are_flagged():
    q = one("在全省年度考核中位列第一")
    assert (q.value, q.unit, q.ordinal) == (1, "", True)
    assert all(not q.ordinal for q in find_quantities("增长5%，3家"))


# --------------------------------------------------------------------------- not quantities

@pytest.mark.parametrize("text", [
    "确保“十五五”良好开局", "十五五时期", "十四五规划", "部署5G-A网络", "加快推进6G技术研发", "5G", "C919大飞机",
    "PM2.5", "建设一批未来产业先导区", "一些", "一系列", "进一步完善", "一体化", "一流", "一线", "一站式",
    "统一", "长三角", "二级巡视员", "一是全力", "二是", "三北", "双千兆", "国发〔2018〕42号", "2025年",
    "2026年1月21日", "国新办1月21日举行", "在21日举行", "1-9月", "2021—2025年", "9:30", "10时30分",
    "3.0版本", "2026.1.21", "一个", "一件事", "一次性", "千家万户", "千方百计", "万众一心", "百年大计",
    "零部件", "数十家", "十几个", "三五个", "实施三年行动计划", "成立75周年", "五位一体", "三次产业",
    "党的十九大和十九届四中全会", "人大三次会议", "引汉济渭二期", "千万吨炼化", "每万人", "拨打12345热线",
    "《2025年工作要点》", "（一）", "(2)", "一成不变", "中央八项规定", "朱雀三号", "长征五号", "营商环境改革3.0任务",
])
def test_not_quantities(text):
    # bare numerals (二十 in 二十大), the article 一 (一个) and vague amounts come back
    # flagged, for the caller to drop
    found = [q for q in find_quantities(text) if not (q.unitless or q.vague or q.word_like)]
    assert found == [], [q.text for q in found]


# invested_bare_magnitude: a bare magnitude is an amount right after an investment verb and
# before a currency unit; elsewhere it names a scale class
@pytest.mark.parametrize("text, quote, value, unit", [
    ("集团计划近期投入千亿元建设新工厂", "千亿元", 1e11, "元"),
    ("新设基金有望撬动万亿元社会资金", "万亿元", 1e12, "元"),
    ("预计带动百亿元民间投资", "百亿元", 1e10, "元"),
    ("市里今年安排千万元专项资金", "千万元", 1e7, "元"),
    ("通过发债筹集百亿美元", "百亿美元", 1e10, "美元"),
    ("企业累计投资千亿元", "千亿元", 1e11, "元"),
])
def test_bare_magnitude_after_investment_verb(text, quote, value, unit):
    q = one(text)
    assert (q.text, q.unit, q.qualifier) == (quote, unit, "exact")
    assert approx(q.value, value)
    assert text[q.start:q.end] == quote


@pytest.mark.parametrize("text", [
    "开展千亿斤粮食产能提升行动",      # no verb, no currency: a programme's name
    "建成百万吨级储能基地",            # a scale class
    "培育千亿级产业集群",              # 级 after the magnitude
    "打造千亿元产业链",                # not an investment verb
    "投资千亿元级重大项目",            # 级 after the unit names a class
    "投入千亿斤粮食",                  # not a currency
    "每年投入千元",                    # a lone 千 stays a word
])
def test_bare_magnitude_without_investment_stays_a_name(text):
    found = [q for q in find_quantities(text) if not (q.unitless or q.vague or q.word_like)]
    assert found == [], [q.text for q in found]


def test_lexicon_examples_are_skipped():
    lex = load_lexicon("quantities.json")
    for entry in lex["non_quantity_patterns"]:
        for example in entry["examples"]:
            found = [q for q in find_quantities(example) if not q.ordinal]
            assert found == [], (entry["name"], example, [q.text for q in found])


def test_lexicon_documents_every_table():
    lex = load_lexicon("quantities.json")
    assert set(lex) - {"_doc"} <= set(lex["_doc"])


# --------------------------------------------------------------------------- robustness

@pytest.mark.parametrize("text", ["", " ", "\n", "万", "第", "分之", "百分之", "%", "1" * 5000, "一" * 5000,
                                  "9" * 400 + "亿元", "3到", "到5", "（", "“" * 50, "0分之1", "\x00\ud800"])
def test_odd_input_never_raises(text):
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
        assert math.isfinite(q.value)


def test_non_string_input_gives_empty_list():
    assert find_quantities(None) == []  # type: ignore[arg-type]


_NUMERALISH = st.text(
    alphabet=st.sampled_from(list("0123456789.,%％-—至到第一二两三四五六七八九十百千万亿零〇点分之成半多余超近约以上下左右"
                                  "家个人元吨年月日号“”〔〕《》（）GgA 平方米千瓦学生家庭，。、\n"
                                  "０１２３４５．壹贰叁拾佰仟萬億兩陆负零下折打番翻数几kKmtcm/‰−－又兆eE\u3000")),
    max_size=60)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), _NUMERALISH))
def test_never_raises_and_spans_are_exact(text):
    found = find_quantities(text)
    last_end = 0
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.start >= last_end  # no overlaps, in order
        last_end = q.end
        assert math.isfinite(q.value) and q.value >= 0
        assert q.value_max is None or q.value_max > q.value


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=10**12 - 1))
def test_chinese_numerals_round_trip(n):
    written = cn2an.an2cn(n)
    q = one(f"累计培育{written}家企业")
    assert (q.value, q.unit, q.raw_number) == (n, "家", written)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.booleans())
def test_arabic_numerals_round_trip(n, separators):
    written = f"{n:,}" if separators else str(n)
    q = one(f"累计培育{written}家企业")
    assert (q.value, q.unit) == (n, "家")


@settings(max_examples=100, deadline=None)
@given(st.decimals(min_value=0, max_value=100000, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from([("万", 1e4), ("亿", 1e8), ("万亿", 1e12)]))
def test_arabic_with_multiplier_round_trip(d, mult):
    word, factor = mult
    q = one(f"投资{d}{word}元，")
    assert approx(q.value, float(d) * factor) and q.unit == "元"


# --------------------------------------------------------------------------- real input

SEED_FIGURES = [
    (5.9, "%"), (9.1, "%"), (40, "%"), (9.2, "%"), (9.4, "%"), (35000, "家"), (8200, "家"), (500, "家"),
    (15, "家"), (8000, "家"), (17600, "家"), (140000, "家"), (600000, "家"), (6.9, "%"), (7, "%"), (16, "年"),
    (1, "处"), (2.5, "平方米"),
]


def test_seed_page():
    from conftest import SEED_PAGE

    text = SEED_PAGE.read_text(encoding="utf-8")
    found = find_quantities(text)
    got = {(round(q.value, 6), q.unit) for q in found}
    for value, unit in SEED_FIGURES:
        assert (value, unit) in got, (value, unit)
    quotes = " ".join(q.text for q in found if not q.word_like)
    for word in ("6G", "5G", "十五五", "十四五", "一批", "2025", "2026", "21日"):
        assert word not in quotes
    for q in found:
        assert text[q.start:q.end] == q.text


def test_corpus_gold_recall(corpus_dir, corpus_minimums):
    """Every gold statistic and target should be found (same value and unit) inside its quote."""
    total = hit = 0
    misses = []
    for gold_path in sorted((corpus_dir / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (corpus_dir / "docs" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        found = find_quantities(text)
        for row in gold["statistics"] + gold["targets"]:
            start = text.find(row["quote"])
            end = start + len(row["quote"])
            total += 1
            ok = any(q.start < end and q.end > start and q.unit == row["unit"]
                     and math.isclose(q.value, row["value"], rel_tol=1e-6, abs_tol=1e-6) for q in found)
            hit += ok
            if not ok:
                misses.append((row["quote"], row["value"], row["unit"]))
    recall = hit / total
    print(f"corpus gold recall: {hit}/{total} = {recall:.3f}; misses: {misses}")
    assert recall >= corpus_minimums["quantities_recall"], misses


@pytest.mark.parametrize("text,value,unit", [
    ("集装箱吞吐量4387万标箱", 43870000.0, "标箱"),
    ("服务1万户次", 10000.0, "户次"),
    ("开行3005列", 3005.0, "列"),
])
def test_compound_count_units_are_kept_whole(text, value, unit):
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, unit)


# ------------------------------------------------------- compound units (held-out lessons)

@pytest.mark.parametrize("text, value, unit", [
    ("全年节约用能850万吨标准煤", 8.5e6, "吨标准煤"),
    ("减少排放20万吨二氧化碳当量", 2e5, "吨二氧化碳当量"),
    ("节能12万吨标煤", 1.2e5, "吨标煤"),
    ("全社会用电量560亿千瓦时", 5.6e10, "千瓦时"),
    ("集装箱吞吐量800万标准箱", 8e6, "标准箱"),
    ("接待游客3.2亿人次", 3.2e8, "人次"),
    ("人均投入1.5万元/人", 1.5e4, "元/人"),
])
def test_compound_units_keep_the_unit_and_apply_the_multiplier(text, value, unit):
    q = one(text)
    assert approx(q.value, value) and q.unit == unit


def test_unit_head_of_compound_and_rate_units():
    from policydata.recognize.quantities import unit_head
    assert [unit_head(u) for u in ("吨标准煤", "元/吨", "家", "")] == ["吨", "元", "家", ""]


def test_count_with_qualifier_before_its_noun():
    q = one("新开工600个以上市重点项目")
    assert (q.value, q.unit, q.qualifier, q.comparator) == (600.0, "个", "at_least", ">=")


def test_duration_with_bound():
    q = one("须有5年以上基层工作经历")
    assert (q.value, q.unit, q.comparator) == (5.0, "年", ">=")


def test_bare_ratio_number_is_a_quantity_without_unit():
    assert values("城乡收入比值2.48，比上年缩小0.03") == [(2.48, ""), (0.03, "")]


# ---------------------------------------------- negated comparators (issue 4, round 3)


@pytest.mark.parametrize("text, qualifier, comparator", [
    ("占比不得低于80%", "at_least", ">="), ("比例不能少于30%", "at_least", ">="),
    ("费率不得高于2%", "at_most", "<="), ("期限不得超过3年", "at_most", "<="),
    ("原则上不超过1.5%", "at_most", "<="), ("不低于20%", "at_least", ">="),
    ("低于5%", "less_than", "<"), ("超过5%", "more_than", ">"),
])
def test_negated_comparators(text, qualifier, comparator):
    q = find_quantities(text)[-1]
    assert (q.qualifier, q.comparator) == (qualifier, comparator)


def test_negation_table_is_data():
    from policydata.recognize.quantities import negated_comparators
    table = negated_comparators()
    assert table["不得低于"] == ("at_least", ">=") and table["不宜超过"] == ("at_most", "<=")


def test_a_quote_holding_only_a_figure_is_read():
    found = find_quantities("经济增长“5.5%左右”的预期目标，赤字率“3%”")
    assert [(q.text, q.value, q.unit, q.comparator) for q in found] == \
        [("5.5%左右", 5.5, "%", "~"), ("3%", 3.0, "%", "=")]


def test_quoted_names_with_numbers_are_still_skipped():
    for text in ("“十五五”时期", "“5G+”应用", "“1+N”政策体系", "“两个毫不动摇”"):
        assert find_quantities(text) == [], text


def test_percent_glued_to_an_acronym_and_names_with_digits():
    assert [(q.text, q.value, q.unit) for q in find_quantities("全国GDP5.5%的增长目标，CPI涨幅3%")] == [
        ("5.5%", 5.5, "%"), ("3%", 3.0, "%")]
    assert find_quantities("PM2.5浓度") == [] and find_quantities("C919和5G") == []


def test_full_width_slash_in_a_rate_unit_is_reported_as_ascii():
    q, = find_quantities("劳动生产率36.5万元／人")
    assert (q.text, q.value, q.unit) == ("36.5万元／人", 365000.0, "元/人")


def test_index_points_unit():
    q, = find_quantities("综合指数849.8点")
    assert (q.value, q.unit) == (849.8, "点")


def test_cases_are_counted_with_li():
    assert [(q.value, q.unit) for q in find_quantities("新增5例确诊病例，其中甲县3例、乙县2例")] == [
        (5.0, "例"), (3.0, "例"), (2.0, "例")]


def test_bounds_written_after_a_time_span():
    q, = find_quantities("须在6个月内办结")
    assert (q.text, q.value, q.unit, q.qualifier, q.comparator) == ("6个月内", 6.0, "个月", "at_most", "<=")
    q, = find_quantities("前后用了3年多")
    assert (q.text, q.qualifier, q.comparator) == ("3年多", "more_than", ">")
    # 内/多 bind only after a time unit: 多 before a measure word starts a new phrase
    assert [q.text for q in find_quantities("近5年多项指标")] == ["5年"]
    assert [(q.text, q.qualifier) for q in find_quantities("3人内")] == [("3人", "exact")]
    # multiple_more: 多 after 倍 bounds the multiple (产量是十年前的3倍多); 多元/多样 start a new word
    assert [(q.text, q.qualifier) for q in find_quantities("产量是去年的3倍多。")] == [("3倍多", "more_than")]
    assert [(q.text, q.qualifier) for q in find_quantities("收入增长1倍多元化经营")] == [("1倍", "exact")]


# --------------------------------------------------------------------------- the spec file (issue 12)

SPEC_PATH = __import__("pathlib").Path(__file__).parents[1] / "data" / "quantities_cases.tsv"


def _spec_cases() -> list:
    cases, header = [], None
    for n, line in enumerate(SPEC_PATH.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        cases.append(pytest.param(row, id=f"{n}:{row['input']}"))
    return cases


@pytest.mark.parametrize("row", _spec_cases())
def test_spec_case(row):
    text, quote = row["input"], row["quote"]
    found = find_quantities(text)
    if quote == "-":
        assert found == [], [q.text for q in found]
        return
    matches = [q for q in found if q.text == quote]
    assert len(matches) == 1, [q.text for q in found]
    q = matches[0]
    assert text[q.start:q.end] == q.text
    assert approx(q.value, float(row["value"])), q
    assert q.value_max == (float(row["value_max"]) if row["value_max"] else None) or \
        approx(q.value_max, float(row["value_max"])), q
    assert q.unit == row["unit"], q
    assert q.qualifier == (row["qualifier"] or "exact"), q
    assert q.sign == int(row["sign"] or 1), q
    assert q.signed_value == q.sign * q.value
    flags = set(filter(None, row["flags"].split(",")))
    assert q.unitless == ("unitless" in flags), q
    assert q.vague == ("vague" in flags), q
    assert q.word_like == ("word_like" in flags), q
    if "fraction" in flags:
        assert q.is_fraction, q


def test_spec_file_is_large():
    assert len(_spec_cases()) >= 100


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_financial_numerals_round_trip(n):
    written = cn2an.an2cn(n, "up")  # 壹仟贰佰叁拾肆
    assume(written not in ("陆", "拾"))  # alone, 陆 and 拾 are words (陆家嘴, 拾起)
    q = one(f"累计培育{written}家企业")
    assert (q.value, q.unit, q.text, q.raw_number) == (n, "家", f"{written}家", written)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.booleans())
def test_fullwidth_numerals_round_trip(n, separators):
    written = (f"{n:,}" if separators else str(n)).translate(str.maketrans("0123456789,", "０１２３４５６７８９，"))
    q = one(f"累计培育{written}家企业")
    assert (q.value, q.unit, q.text) == (n, "家", f"{written}家")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9999),
       st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=9))
def test_mixed_multipliers(yi, wan, qian, bai):
    """5亿1万4千6百: Arabic sections with multipliers in any mix."""
    written = f"{yi}亿" + (f"{wan}万" if wan else "") + f"{qian}千" + (f"{bai}百" if bai else "")
    q = one(f"投资{written}元")
    assert q.text == written + "元"
    assert q.value == yi * 10**8 + wan * 10**4 + qian * 1000 + bai * 100


def test_long_digit_runs_are_not_quantities_and_do_not_hang():
    # correctness only; the time is measured in benchmarks/quantities_throughput.py
    assert find_quantities("1" * 200_000) == []
    assert find_quantities("增长" + "1" * 100_000 + "5%") == []
    assert [q.text for q in find_quantities("1" * 50_000 + "，增长5%")] == ["5%"]


def test_signed_value_keeps_value_a_magnitude():
    q = one("气温零下5摄氏度")
    assert (q.value, q.sign, q.signed_value) == (5.0, -1, -5.0)
    q = one("增长5%")
    assert (q.sign, q.signed_value) == (1, 5.0)


def test_names_with_numbers_are_not_quantities():
    from policydata.recognize.quantities import find_number_names
    names = find_number_names("“十四五”期间部署5G和C919，依据国发〔2018〕42号")
    assert [n.text for n in names] == ["十四五", "5G", "C919", "国发〔2018〕42号"]
    assert find_quantities("“十四五”期间部署5G和C919，依据国发〔2018〕42号") == []


@pytest.mark.parametrize("text", ["一二三" * 5000, "５" * 20000, "1,234." * 3000, "5万4千" * 3000, "-" * 20000 + "1",
                                  "负" * 10000, "三成半" * 3000, "１/" * 10000])
def test_repetitive_inputs_give_exact_non_overlapping_spans(text):
    last_end = 0
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text and q.start >= last_end
        last_end = q.end
