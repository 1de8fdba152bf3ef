"""Measure words and qualifiers met on unseen documents (issue 10 item 3, UNIT / QUALIFIER / RATIO):
quantities.json ``guarded_units`` (rule guarded_measure_word), 个季度 as written, the
prefix 过 (= 超过) and 近半 (rule half_time_span keeps 近半年 a span of time). Own sentences."""
import pytest

from policydata.recognize.quantities import find_quantities


def found(text):
    return [(q.text, q.value, q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize("text,want", [
    # guarded_measure_word: 本 and 根 count books and posts, not the words they open
    ("书店上架了12本新书", [("12本", 12.0, "本", "exact")]),
    ("全镇新装路灯350根", [("350根", 350.0, "根", "exact")]),
    ("带动200本地农户增收", [("200", 200.0, "", "exact")]),
    ("今年录取80本科生", [("80", 80.0, "", "exact")]),
    # 个季度 as written (the longest unit wins over 个)
    ("利润已连续6个季度回升", [("6个季度", 6.0, "个季度", "exact")]),
    # 过 = 超过 before a number, not inside a verb (经过, 通过)
    ("全市营收过500亿元", [("过500亿元", 5e10, "元", "more_than")]),
    ("经过3年建设，通过5项验收", [("3年", 3.0, "年", "exact"), ("5项", 5.0, "项", "exact")]),
    # ... and only before an amount with a magnitude: after a verb 过 marks experience
    ("他来过3次，每次住5天", [("3次", 3.0, "次", "exact"), ("5天", 5.0, "天", "exact")]),
    ("营收首次过百亿元", [("过百亿元", 1e10, "元", "more_than")]),
    # 近半 = about half; 近半年 is a time span
    ("县域电商销售额占比近半", [("近半", 50.0, "%", "approx")]),
    ("近半年来，订单持续回暖", []),
])
def test_measure_words_and_qualifiers(text, want):
    assert found(text) == want


# ---- r17: the measure-word table completed, 破, 签约, relative-month days -----------------------

@pytest.mark.parametrize("text,want", [
    # guarded_measure_word, completed: events, editions, tools, fish fry, works, courses
    ("全年处置突发险情26起", [("26起", 26.0, "起", "exact")]),
    ("两起交通事故已经结案", [("两起", 2.0, "起", "exact")]),
    ("该展会已连续举办7届", [("7届", 7.0, "届", "exact")]),
    ("工具间里备有40多把铁锹", [("40多把", 40.0, "把", "more_than")]),
    ("向水库投放鱼苗12万尾", [("12万尾", 120000.0, "尾", "exact")]),
    ("展出书画作品150幅", [("150幅", 150.0, "幅", "exact")]),
    ("学校新开设8门选修课", [("8门", 8.0, "门", "exact")]),
    ("灾区运去帐篷500顶", [("500顶", 500.0, "顶", "exact")]),
    # ... but not the words they open: 起草, 集团, 门店, 尾款 stay words
    ("今年3起草了新规划", [("3", 3.0, "", "exact")]),
    ("引进12集团总部", [("12", 12.0, "", "exact")]),
    # general length, energy and pressure units
    ("新建产线可生产8英寸晶圆", [("8英寸", 8.0, "英寸", "exact")]),
    ("船只在离岸12海里处作业", [("12海里", 12.0, "海里", "exact")]),
    ("储能电站容量达200兆瓦时", [("200兆瓦时", 200.0, "兆瓦时", "exact")]),
    # 破 = 突破, only before an amount with a magnitude
    ("节目播放量破亿次", [("破亿次", 1e8, "次", "more_than")]),
    ("打破3项纪录", [("3项", 3.0, "项", "exact")]),
    # 约 ends 签约 / 合约 / 相约: no approximation
    ("园区当天签约两项合作协议", [("两项", 2.0, "项", "exact")]),
    ("双方约两年后再评估", [("约两年", 2.0, "年", "approx")]),
    # relative_month_day: 次月15日内 is a date (the 15th of the next month), no 15-day limit
    ("企业应于次月15日内报送报表", []),
    ("款项须在当月25日前付清", []),
    ("自受理之日起10日内办结", [("10日内", 10.0, "日", "at_most")]),
    # wrapped_ordinal: a line break between 第 and its number keeps it an ordinal
    ("本市将举办第\n26届花卉展", []),
])
def test_r17_measure_word_table_and_qualifiers(text, want):
    assert found(text) == want


def test_units_table_has_no_duplicates_and_guarded_units_are_not_also_plain():
    from policydata import lexicon
    q = lexicon.load("quantities.json")
    units = q["units"]
    dupes = sorted({u for u in units if units.count(u) > 1})
    assert not dupes, f"units listed twice: {dupes}"
    both = sorted(set(units) & (set(q["guarded_units"]) | set(q["bounded_units"])))
    assert not both, f"guarded or bounded units also listed as plain units (the guard would be bypassed): {both}"
