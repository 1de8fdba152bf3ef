"""Periods of figures that a carried month or a stretch to now must not date (module
figures/period_scope.py: rules ``standing_attribute``, ``since_scope``; figures/anchors.py: rule
``named_campaign_time``), and people counted under traffic words (rule ``counted_people``). Each
rule with small sentences written for these tests, run through the whole pipeline.

Each case: rule name, text, date, value of the statistic to look at, expected (unit, kind, period).
"""
import pytest

from policydata.pipeline import parse_text

NEWS = "本报北京6月3日电（记者 李华）"

CASES = [
    # standing_attribute: a line's specification is of the year, not of the dateline's month
    ("standing_attribute", NEWS + "6月2日，某城际铁路跨江大桥合龙。该铁路线路全长126公里，设计时速250公里。",
     "2026-06-03", 126.0, ("公里", "level", "2026")),
    ("standing_attribute", NEWS + "6月2日，某城际铁路跨江大桥合龙。该铁路线路全长126公里，设计时速250公里。",
     "2026-06-03", 250.0, ("公里", "level", "2026")),
    # an age told in a dated story
    ("standing_attribute", NEWS + "6月1日，42岁的护林员老周又一次巡山。", "2026-06-03", 42.0, ("岁", "level", "2026")),
    # since_scope: a count under a stretch to now is of the reporting year
    ("since_scope", NEWS + "自2024年试点工作启动以来，某部推动建设国家级示范区16个。", "2026-06-03",
     16.0, ("个", "count", "2026")),
    # since_scope: a rate of change under 去年以来 covers last year to this one
    ("since_scope", NEWS + "自去年专项整治以来，涉企投诉总量同比下降27%。", "2026-06-03",
     27.0, ("%", "growth", "2025/2026")),
    # named_campaign_time: 一季度 inside a campaign's name dates nothing (a review of 2025)
    ("named_campaign_time", "某市2026年政府工作报告\n一、2025年工作回顾\n出台惠企政策45项，接续实施一季度开门红、夏季攻坚等行动。",
     "2026-01-20", 45.0, ("项", "count", "2025")),
    # counted_people: person-times stay counts under a traffic word
    ("counted_people", NEWS + "今年前5个月，全省铁路客运量达1.6亿人次，同比增长4%。", "2026-06-03",
     1.6e8, ("人次", "count", "2026-01/2026-05")),
    # 件次 counts acts
    ("unit_jianci", NEWS + "去年，全市修订地方标准86件次。", "2026-06-03", 86.0, ("件次", "count", "2025")),
]


@pytest.mark.parametrize("rule,text,date,value,want", CASES, ids=[c[0] for c in CASES])
def test_period_scope_rule(rule, text, date, value, want):
    rows = [r for r in parse_text(text, date=date)["statistics"] if float(r["value"]) == value]
    assert rows and [(r["unit"] or "", r["kind"], r["period"]) for r in rows] == [want] * len(rows)
