"""Figures in news and lists: forward-looking figures in news, physical
capabilities, figures quoted in speech, units shared by a list, shares of a population,
ranges of two Chinese digits and the date of a dateline (corpus README conventions).

Each rule has cases both ways, as data tables (input -> expected); the sentences are made
up for the rule, not taken from any document.
"""
from __future__ import annotations

import pytest

from conftest import article_of_lines
from policydata.extract.context import build_context
from policydata.extract.figures import extract_figures


_article = article_of_lines


def rows(text: str, date: str = "2026-06-12") -> list[tuple]:
    """(table, value, unit, qualifier or comparator) of every figure of a text, in text order."""
    art = _article(text)
    ctx = build_context(art, given_date=date, date=date)
    stats, targets = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    out = [(s.start, "stat", s.value, s.unit, s.qualifier) for s in stats] + \
          [(t.start, "target", t.value, t.unit, t.comparator) for t in targets]
    for start, *_ in out:
        assert start >= 0
    return [r[1:] for r in sorted(out, key=lambda r: r[0])]


NEWS = "本报合肥6月10日电（记者 李明）\n"  # a dateline: a news report


# ------------------------------------------------------------------ news_forecast

@pytest.mark.parametrize("sentence, expected", [
    # 有望 before the figure in its clause, 届时 earlier in its sentence: a forward-looking figure
    ("今年，该公司订单量有望突破20亿元。", [("target", 2e9, "元", ">")]),
    ("园区正在扩建。届时，园区年产值有望突破150亿元。", [("target", 1.5e10, "元", ">")]),
    ("届时全县将建成口袋公园8个。", [("target", 8, "个", "=")]),
    ("今年园区预计将新增企业30家。", [("target", 30, "家", "=")]),
    # the subject counted before 有望 is a fact; 预计 alone estimates this year's outcome
    ("今年全镇3万多名果农有望增加收入。", [("stat", 30000, "人", "more_than")]),
    ("今年企业营收预计超千万元。", [("stat", 1e7, "元", "more_than")]),
    ("有望增收，全年产值5亿元。", [("stat", 5e8, "元", "exact")]),
])
def test_news_forecast(sentence, expected):
    assert rows(NEWS + sentence) == expected


# ------------------------------------------------------------------ news_commitment, once_done

@pytest.mark.parametrize("sentence, expected", [
    # a plan word earlier in a news sentence carries to its later figures
    ("该风电项目规划建设8台机组，总投资达60亿元。", [("target", 8, "台", "="), ("target", 6e9, "元", "=")]),
    ("该镇确保新建冷库5座，总库容达到2万吨。", [("target", 5, "座", "="), ("target", 20000, "吨", "=")]),
    # a clause that reports something done stays a fact
    ("园区规划面积10平方公里，已入驻企业50家。", [("target", 10, "平方公里", "="), ("stat", 50, "家", "exact")]),
    # what a project yields once finished is a forecast, for every figure after it
    ("水厂建成后，日供水能力可达5万吨，惠及居民20万人。", [("target", 50000, "吨", "="), ("target", 2e5, "人", "=")]),
    ("项目全部投产后，每年可节约标准煤30万吨。", [("target", 3e5, "吨", "=")]),
    # N年 + an action verb: a multi-year program; a clause telling of now stays a fact
    ("该基金会承诺3年资助贫困学生1000名。", [("target", 1000, "人", "=")]),
    ("作为5年邀请3万名外国学生来华的一部分，近日100名学生抵达。", [("target", 30000, "人", "="),
                                                    ("stat", 100, "人", "exact")]),
    ("作为3年资助500名学生的一部分，近日，20名学生开启了行程。", [("target", 500, "人", "="),
                                                   ("stat", 20, "人", "exact")]),
    ("近3年资助贫困学生1000名。", [("stat", 1000, "人", "exact")]),
    ("过去5年投入资金2亿元。", [("stat", 2e8, "元", "exact")]),
    # a past-tense fact in news stays a statistic
    ("去年卖了300头牛。", [("stat", 300, "头", "exact")]),
    ("水厂去年建成后，日供水达到5万吨。", [("stat", 50000, "吨", "exact")]),
    ("水厂建成后，已累计供水800万吨。", [("stat", 8e6, "吨", "exact")]),
    # can_get_amount: an amount one can get is a parameter; a count of services on offer is a fact
    # and commits no later figure of the sentence
    ("居民刷卡即可享受8项便民服务，累计办理业务3000笔。", [("stat", 8, "项", "exact"), ("stat", 3000, "笔", "exact")]),
    ("符合条件的农户可享受补贴2000元。", [("target", 2000, "元", "=")]),
])
def test_news_commitment_and_once_done(sentence, expected):
    assert rows(NEWS + sentence) == expected


# ------------------------------------------------------------------ physical_capability

@pytest.mark.parametrize("sentence, expected", [
    # 最高可达 + a physical measure: what a thing can do, a fact
    ("新建大桥主塔最高可达65.3米。", [("stat", 65.3, "米", "exact")]),
    ("新设备日处理能力最高可达到300吨。", [("stat", 300, "吨", "exact")]),
    # money or a share a rule allows stays a cap (a target without a year)
    ("每户补贴最高可达5000元。", [("target", 5000, "元", "<=")]),
    ("对改建项目给予最高1500万元补助。", [("target", 1.5e7, "元", "<=")]),
])
def test_physical_capability(sentence, expected):
    assert rows(NEWS + sentence) == expected


# ------------------------------------------------------------------ quoted_speech

@pytest.mark.parametrize("sentence, expected", [
    # quotes around a clause hold speech: its figures count
    ("“我们计划建设6家共享工厂，”厂长说。", [("target", 6, "家", "=")]),
    ("“今年再建6家共享工厂！”厂长说。", [("stat", 6, "家", "exact")]),
    # a short quoted name holds no figure
    ("全县实施“3个一批”工程。", []),
])
def test_quoted_speech(sentence, expected):
    assert rows(NEWS + sentence) == expected


# ------------------------------------------------------------------ shared_list_unit

@pytest.mark.parametrize("sentence, expected", [
    ("全省城镇居民收入增速分别快于全国2.1个、0.8个百分点。",
     [("stat", 2.1, "个百分点", "exact"), ("stat", 0.8, "个百分点", "exact")]),
    ("两地分别新建园区3个、5个。", [("stat", 3, "个", "exact"), ("stat", 5, "个", "exact")]),
])
def test_shared_list_unit(sentence, expected):
    assert rows(NEWS + sentence) == expected


# ------------------------------------------------------------------ share_of_population

@pytest.mark.parametrize("sentence, expected", [
    ("全县七成以上的企业实现盈利。", [("stat", 70, "%", "at_least")]),
    ("全市80%以上的行政村通了快递。", [("stat", 80, "%", "at_least")]),
    # a rate before the share makes it the threshold of a class: the count is the figure
    ("能耗降低20%以上的企业有50家。", [("stat", 50, "家", "exact")]),
    ("亿元以上的项目有12个。", [("stat", 12, "个", "exact")]),
])
def test_share_of_population(sentence, expected):
    assert rows(NEWS + sentence) == expected


# ------------------------------------------------------------------ digit_pair_range

@pytest.mark.parametrize("sentence, expected", [
    # two neighbouring digits are a rough number (概数): the statistic is approx
    ("新设备让效率提升五六倍。", [("stat", 5, "倍", "approx")]),
    ("潜水员下潜到七八米深处。", [("stat", 7, "米", "approx")]),
    # a goal keeps comparator = (README ranges)
    ("该厂计划明年把产能提高三四倍。", [("target", 3, "倍", "=")]),
    # before a count's measure word two digits stay vague
    ("村里建了两三个合作社。", []),
])
def test_digit_pair_range(sentence, expected):
    assert rows(NEWS + sentence) == expected


# ------------------------------------------------------------------ dateline_date

@pytest.mark.parametrize("text, expected", [
    # the dateline's date dates no figure: a plan in the first sentence stays a plan
    ("本报合肥6月10日电（记者 李明）该镇计划建设6家共享车间。", [("target", 6, "家", "=")]),
    ("本报合肥6月10日电（记者 李明）该镇已建成6家共享车间。", [("stat", 6, "家", "exact")]),
])
def test_dateline_date(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ group_total

@pytest.mark.parametrize("sentence, expected", [
    # a total over a counted group is a figure; the count is one too
    ("该区推进总投资超400亿元的12个重点项目。", [("stat", 4e10, "元", "more_than"), ("stat", 12, "个", "exact")]),
    # a bounded amount naming a class: only the count of the class
    ("营收超百亿元的企业15家。", [("stat", 15, "家", "exact")]),
])
def test_group_total(sentence, expected):
    assert rows(NEWS + sentence) == expected


# ------------------------------------------------------------------ clause_commitment

@pytest.mark.parametrize("sentence, expected", [
    # a date of this year times the event told first; the figure's clause commits
    ("5月，该镇启动共享工厂建设，计划建设6家共享工厂。", [("target", 6, "家", "=")]),
    ("5月，园区签约项目12个，届时园区年产值有望突破150亿元。",
     [("stat", 12, "个", "exact"), ("target", 1.5e10, "元", ">")]),
    # no commitment, a change measured against a base, or a past year's plan: facts
    ("6月8日，县里召开动员会，培训农民1500人次。", [("stat", 1500, "人次", "exact")]),
    ("一季度，计划总投资亿元以上项目投资同比增长6.3%。", [("stat", 6.3, "%", "exact")]),
    ("去年5月，该镇启动建设，计划建设6家共享工厂。", [("stat", 6, "家", "exact")]),
])
def test_clause_commitment(sentence, expected):
    assert rows(NEWS + sentence) == expected


# ------------------------------------------------------------------ noun_after_deng

@pytest.mark.parametrize("sentence, quotes", [
    # 等 + a character starts the counted noun: each count quotes its own equipment
    ("车间里有1条焊接线、1条等离子喷涂线。", ["车间里有1条焊接线", "1条等离子喷涂线"]),
    # 等 closing a list ends the noun
    ("新建园区3个、厂房5个等。", ["新建园区3个", "新建园区3个、厂房5个"]),
])
def test_noun_after_deng(sentence, quotes):
    art = _article(NEWS + sentence)
    ctx = build_context(art, given_date="2026-06-12", date="2026-06-12")
    stats, _ = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    assert [art.text[s.start:s.end] for s in stats] == quotes


# ------------------------------------------------------------------ listed_values_verb

@pytest.mark.parametrize("sentence, expected", [
    # the change word before the first value of a 、-list is every value's: growth rates, up or down
    ("去年，全县农业、工业增加值年均增长3.1%、6.2%。", [("growth", "up"), ("growth", "up")]),
    ("去年，城乡居民收入分别达到4万元、2万元，增长5.1%、6.3%。",
     [("level", None), ("level", None), ("growth", "up"), ("growth", "up")]),
    ("去年，两类企业能耗下降2.1%、3.4%。", [("growth", "down"), ("growth", "down")]),
])
def test_listed_values_verb(sentence, expected):
    art = _article(sentence)
    ctx = build_context(art, given_date="2026-06-12", date="2026-06-12")
    stats, _ = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    assert [(s.kind, s.direction or None) for s in stats] == expected  # text order
