"""Constructions of work reports and policy documents that the measures stage reads (round 7, issue
10): one data table per named rule, input -> expected measure quotes (and actor where it matters).

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import article, measures, quotes

ISSUER = "北京市人民政府"


def _found(text: str, issuer: str = ISSUER, region_id: str = "CN") -> list[tuple[str, str]]:
    art = article(text)
    found = measures(art, issuer=issuer, region_id=region_id)
    return [(q, m.actor) for q, m in zip(quotes(art, found), found)]


# ------------------------------------------------------------------ rule new_count (adverb 新)
# 新 before an action verb counts what was newly done (新实施…项目, 新创建一批…): the verb leads;
# 新 before a verb that makes a noun with what follows (新发展理念, 新发展格局) is no action

@pytest.mark.parametrize("text, expected", [
    ("新实施30个技改项目。", ["新实施30个技改项目"]),
    ("新创建一批绿色工厂，新培育专精特新企业50家。", ["新创建一批绿色工厂", "新培育专精特新企业50家"]),
    ("新开工重点项目120个。", ["新开工重点项目120个"]),
    ("新发展理念深入人心。", []),
    ("新增就业岗位3万个。", []),                      # 新增 + a count: a statistic, no action verb
])
def test_new_before_an_action_verb_counts_what_was_done(text, expected):
    assert [q for q, _ in _found(text)] == expected


# ------------------------------------------------------------------ rule result_predicate
# object first, then a completion or progress predicate: a reported action with no verb opening it
# (X投产, X投入商业运行, X机制常态化运行, X产业化积极推进, X任务有效落实)

@pytest.mark.parametrize("text, expected", [
    ("某市核电二期投入商业运行，大型乙烯项目投产，工业投资增长6%。",
     ["某市核电二期投入商业运行", "大型乙烯项目投产"]),
    ("县区结对帮扶机制常态化运行。", ["县区结对帮扶机制常态化运行"]),
    ("农业产业化积极推进。", ["农业产业化积极推进"]),
    ("督察整改年度任务有效落实。", ["督察整改年度任务有效落实"]),
    ("企业投产后年产值可达5亿元。", []),              # 投产 inside a time clause: no predicate at the end
])
def test_an_object_then_a_completion_predicate_is_a_reported_action(text, expected):
    assert [q for q, _ in _found(text)] == expected
