"""The named checks that rule a number out as a figure (extract/figures/filters.py)."""
import re

import pytest

from policydata.extract.figures.filters import NON_FIGURE_CHECKS, non_figure_rule
from policydata.extract.figures.numbers import Num


def test_check_names_are_unique_snake_case():
    names = [name for name, _ in NON_FIGURE_CHECKS]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z]+(?:_[a-z]+)*", n) for n in names)


# sentence, the number as written, value, unit, qualifier, the check that drops it (None: a figure)
CASES = [
    ("全年新增就业12万人。", "12万人", 120000.0, "人", "exact", None),
    ("建设一批重点项目。", "一批", 1.0, "批", "exact", "name_making_unit"),
    ("实施“3个一批”工程。", "3个", 3.0, "个", "exact", "quoted_name"),
    ("印发《3个行动方案》。", "3个", 3.0, "个", "exact", "in_title"),
    ("对营收超百亿元的企业给予奖励。", "超百亿元", 1e10, "元", "more_than", "class_threshold"),
    ("实现两位数增长。", "两位", 2.0, "位", "exact", "digit_count"),
    ("推进三年行动。", "三年", 3.0, "年", "exact", "years_not_streak"),
    ("连续16年保持增长。", "16年", 16.0, "年", "exact", None),
    ("要重点把握三个方面。", "三个", 3.0, "个", "exact", "structure_noun"),
    ("全县七成以上的企业实现盈利。", "七成以上", 70.0, "%", "at_least", None),
    # ordinal_prefix: 二次 glued to a word is the prefix 'second, re-'; 两次 counts
    ("老厂房迎来二次开发。", "二次", 2.0, "次", "exact", "ordinal_prefix"),
    ("全年组织演练两次。", "两次", 2.0, "次", "exact", None),
    # a one-character streak word (满, 每) only right before the number: 满足未来5年 is a time frame
    ("电网容量可满足未来5年用电需求。", "5年", 5.0, "年", "exact", "years_not_streak"),
    ("参保满15年的居民可领取养老金。", "15年", 15.0, "年", "exact", None),
    # a span of years written with 多 is no year; a verb of lasting keeps it
    ("这种技艺已延续1800多年。", "1800多年", 1800.0, "年", "more_than", None),
    # category_scope: N类 opening the indicator of another figure delimits its scope
    ("全省9类商品销售额达到3000亿元。", "9类", 9.0, "类", "exact", "category_scope"),
    ("今年新增3类服务项目。", "3类", 3.0, "类", "exact", None),
    # share_of_whole: a bounded share, 的 and a noun is the part of a whole; a property before it names a class
    ("集团将70%以上的资金投向研发。", "70%以上", 70.0, "%", "at_least", None),
    ("对纯度99%以上的原料给予补贴。", "99%以上", 99.0, "%", "at_least", "class_descriptor"),
    # counts_own_list (r18): a list counted by its enumeration commas, one item a pair joined by 和
    ("通报虚报产值和虚增税收、拖欠账款2类问题。", "2类", 2.0, "类", "exact", "counts_own_list"),
    # a code: a Latin letter before the number, glued or one blank between (a joined line)
    ("乘坐T 116次列车返乡。", "116次", 116.0, "次", "exact", "word_before"),
    ("GDP 6.2%的增速领先。", "6.2%", 6.2, "%", "exact", None),
    # scope_bound (r18): a bound from above or after an inclusion note delimits the class a measure covers
    ("员工人数50人(含)以下的商户免收管理费。", "50人", 50.0, "人", "exact", "class_threshold"),
    ("员工人数50人以下的商户免收管理费。", "50人以下", 50.0, "人", "at_most", "class_threshold"),
    ("全镇商户员工人数50人。", "50人", 50.0, "人", "exact", None),
]


@pytest.mark.parametrize("text, written, value, unit, qualifier, rule", CASES)
def test_non_figure_rule(text, written, value, unit, qualifier, rule):
    start = text.index(written)
    n = Num(start, start + len(written), written, value, unit, qualifier=qualifier)
    assert non_figure_rule(text, n) == rule
