"""Deadlines a rule sets (rule ``time_limit``, module figures/deadlines.py), the unit 个工作日, and
the modal cues 应/需 that do not count inside compound words (rule ``modal_word_not_compound``,
``target_cues.compound_guards``): each rule with small sentences of its own, run through the
whole pipeline (genre, report year, blocks). The sentences are written for these tests.
"""
import pytest

from policydata.pipeline import parse_text

NEWS = "本报北京4月9日电（记者王华）"
NOTICE = "某市关于规范政务服务办理时限的通知\n一、压缩办理时限\n"
REPORT = "某省2026年政府工作报告\n一、2025年工作回顾\n"


def _rows(text, date="2026-04-10"):
    tables = parse_text(text, date=date)
    return tables["statistics"], tables["targets"]


def _year(r):
    y = r["target_year"]
    return None if y in (None, "") or y != y else int(y)


# rule, text, value, unit, comparator (a target with no year)
DEADLINES = [
    ("time_limit", NEWS + "新规要求，物业企业应在2个工作日内答复业主的维修申请。", 2.0, "个工作日", "<="),
    ("time_limit", NEWS + "办法鼓励平台在15天内退还押金，最长在45天内退还。", 15.0, "天", "<="),
    ("time_limit", NEWS + "办法鼓励平台在15天内退还押金，最长在45天内退还。", 45.0, "天", "<="),
    ("time_limit", NOTICE + "窗口收到材料后，须在3个工作日内办结。", 3.0, "个工作日", "<="),
    # bounded_day_count + sentence_time_limit: N日内 counts days; 鼓励 of an earlier clause governs it
    ("sentence_time_limit", NEWS + "通知鼓励大型商超将生鲜货款纳入快付范围，自收货之日起20日内结清。", 20.0, "日", "<="),
    # quoted_bound + pledged_bound: a bound inside a dated pledge is a parameter
    ("pledged_bound", NEWS + "去年3月，12家快递企业公开承诺“理赔时限不超过7天”。", 7.0, "天", "<="),
    # rated_projection: 预计 before a yearly rate projects a plant's output, later figures too
    ("rated_projection", NEWS + "“新车间已经试产，预计年产能达4000吨，年产值可超过900万元。”车间主任说。", 4000.0, "吨", "="),
    ("rated_projection", NEWS + "“新车间已经试产，预计年产能达4000吨，年产值可超过900万元。”车间主任说。", 9e6, "元", ">"),
    # challenge_goal: 挑战 + verb + quantity is a goal a team sets itself
    ("challenge_goal", NEWS + "检修完成后重新始发，挑战钻探9千米，有望刷新行业纪录。", 9.0, "千米", "="),
]


@pytest.mark.parametrize("rule,text,value,unit,comparator", DEADLINES, ids=[c[0] for c in DEADLINES])
def test_deadline_is_a_target_without_year(rule, text, value, unit, comparator):
    stats, targets = _rows(text)
    rows = [r for r in targets if float(r["value"]) == value]
    assert rows, f"{rule}: no target of {value}"
    assert [(r["unit"], r["comparator"], _year(r)) for r in rows] == [(unit, comparator, None)] * len(rows)
    assert [r for r in stats if float(r["value"]) == value] == []


# rule, text, value, unit: reported, not a deadline (no norm word, or done)
FACTS = [
    ("time_limit_no_norm", NEWS + "消防队员能够在1小时内赶到现场。", 1.0, "小时"),
    ("time_limit_no_norm", NEWS + "这座新厂房40天内建成投产。", 40.0, "天"),
    ("time_limit_done", NEWS + "去年平台已在15天内退还押金。", 15.0, "天"),
    ("modal_word_not_compound", REPORT + "全省有效应对9轮寒潮，提前转移群众3.2万人次。", 9.0, "轮"),
    ("modal_word_not_compound", REPORT + "全省有效应对9轮寒潮，提前转移群众3.2万人次。", 32000.0, "人次"),
]


@pytest.mark.parametrize("rule,text,value,unit", FACTS, ids=[c[0] for c in FACTS])
def test_reported_duration_stays_a_statistic(rule, text, value, unit):
    stats, targets = _rows(text)
    assert [r for r in targets if float(r["value"]) == value] == []
    assert [r["unit"] for r in stats if float(r["value"]) == value] == [unit]
