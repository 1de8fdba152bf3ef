"""Government actions told in news: the verb compounds that hand down plans and money (下达, 转达)
are actions, not levels reached (达到); a body approving projects acts.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from policydata.extract.measures.explain import explain_rows


def _quotes(text: str) -> list[str]:
    return [r["quote"] for r in explain_rows(text, date="2025-06-30")]


# ------------------------------------------------------------------ 达 inside another verb
@pytest.mark.parametrize("text, quotes", [
    ("水利部下达2026年水利建设投资计划。", ["水利部下达2026年水利建设投资计划"]),   # a year after 下达
    ("财政部下达资金30亿元。", ["财政部下达资金30亿元"]),
    ("全省粮食产量达到300万吨。", []),                       # 达到 + a figure: a level reached
    ("全年接待游客达1200万人次。", []),
])
def test_handing_down_is_an_action_and_reaching_a_level_is_a_statistic(text, quotes):
    assert _quotes(text) == quotes
