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
