"""Figures of spans of time and of people in news: history_years with a compound of 史,
lasting_years (历时/延续 + N年: a fact, kind level), a span of years written 2000多年 (no year),
people_resident (名/位 + 居民 counts people), present_not_verb (现在， opens a clause of now).

Each rule has cases both ways, as data tables (input -> expected); the sentences are made
up for the rule, not taken from any document.
"""
from __future__ import annotations

import pytest

from conftest import article_of_lines
from policydata.extract.context import build_context
from policydata.extract.figures import extract_figures

NEWS = "本报成都1月20日电（记者 王芳）\n"  # a dateline: a news report


def rows(text: str, date: str = "2026-01-22") -> list[tuple]:
    """(table, value, unit, kind or target year, period) of every figure, in text order."""
    art = article_of_lines(NEWS + text, "")
    ctx = build_context(art, given_date=date, date=date)
    stats, targets = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    out = [(s.start, "stat", s.value, s.unit, s.kind, s.period) for s in stats] + \
          [(t.start, "target", t.value, t.unit, t.target_year, "") for t in targets]
    return [r[1:] for r in sorted(out, key=lambda r: r[0])]


@pytest.mark.parametrize("text, expected", [
    # history_years: the age of a place or practice, also with a compound of 史
    ("这座小城有1500多年的建村史。", [("stat", 1500, "年", "level", "2026")]),
    ("这座石桥已有600余年历史。", [("stat", 600, "年", "level", "2026")]),
    # lasting_years: how long a thing lasted is a fact and a span of time (level)
    ("这门手艺在当地传承了300多年。", [("stat", 300, "年", "level", "2026")]),
    ("课题组历时8年攻关，研制出新型材料。", [("stat", 8, "年", "level", "2026")]),
    # a streak stays a count (corpus convention); a span that times a task, a span up to now are no figures
    ("该县连续5年获评先进。", [("stat", 5, "年", "count", "2026")]),
    ("经过20多年努力，产业逐步壮大。", []),
    ("30多年来，小城面貌焕然一新。", []),
    ("新馆于2000年建成开放。", []),
])
def test_spans_of_years(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people_resident: 名/位 before 居民 count people; 位居 after a rank is a place in a ranking
    ("老街上还住着3万多名居民。", [("stat", 30000, "人", "count", "2026")]),
    ("社区有500位居民报名参加。", [("stat", 500, "人", "count", "2026")]),
    # present_not_verb: 现在， opens a clause of now after a dated event; 体现在， is a verb
    ("2024年10月，老街入选保护名录。现在，老街上还住着3万多名居民。", [("stat", 30000, "人", "count", "2026")]),
])
def test_people_and_now(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # every_n_share: 每N…就有M is the share M/N of a whole, one figure; 多 after M bounds it from below
    ("全省每用4度电，就有1度多来自风电。", [("stat", 25.0, "%", "share", "2026")]),
    ("每10个游客中有3个来自外省。", [("stat", 30.0, "%", "share", "2026")]),
    # no share when M is not a part of N
    ("每5人一组，每组有2人值守。", [("stat", 2, "人", "count", "2026")]),
])
def test_every_n_share(text, expected):
    assert rows(text) == expected
