"""Round 19 rule national_review_lead: after the country sums up its results (我国…取得…突破), the
paragraphs that open with a run-in lead (某领域全球领先。建成…) list what the country did -- no body
(actor ""), also in a body's plan or a ministry's interview; the list ends at a paragraph without a
run-in lead, and planned acts or acts of a named body keep their actor.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measure_actors import actor_of

PLAN = ("一、发展基础\n"
        "过去五年，我国深入实施湿地保护战略，推进湿地修复取得明显成效。\n"
        "保护网络持续完善。建成国家湿地公园200处，修复退化湿地50万亩。\n"
        "监测能力稳步提升。建立湿地监测站点网络。\n"
        "与此同时，湿地保护仍面临一些挑战。\n"
        "二、重点任务\n"
        "加快建设湿地保护网络。新建一批湿地公园。\n")

NEWS = ("某部有关负责人介绍，经过多年发展，我国湿地保护取得一系列新突破。\n"
        "修复向好。建成国家湿地公园200处，发布湿地名录。\n"
        "下一步，某部将加快建设湿地监测站点网络。\n")


@pytest.mark.parametrize("text, issuer, quote_start, actor", [
    (PLAN, "国务院", "建成国家湿地公园", ""),            # a run-in lead paragraph: the country's
    (PLAN, "国务院", "建立湿地监测站点网络", ""),        # the list goes on over run-in leads
    (PLAN, "国务院", "新建一批湿地公园", "国务院"),        # a heading ends the list: the plan's issuer
    (NEWS, "", "建成国家湿地公园", ""),
    (NEWS, "", "发布湿地名录", ""),
])
def test_the_countrys_achievements_under_run_in_leads_are_no_bodys(text, issuer, quote_start, actor):
    assert actor_of(text, quote_start, issuer=issuer) == actor


@pytest.mark.parametrize("text, quote_start, actor", [
    # no summing up by the country before: the issuer's review
    ("过去五年，湿地保护取得明显成效。\n保护网络持续完善。建成国家湿地公园200处。\n", "建成国家湿地公园", "国务院"),
    # a paragraph without a run-in lead is no item of the list
    ("过去五年，我国湿地保护取得明显成效。\n建成国家湿地公园200处。\n", "建成国家湿地公园", "国务院"),
    # a plan of the country is no result (将…取得)
    ("我国将在湿地保护上取得新突破。\n保护网络持续完善。建成国家湿地公园200处。\n", "建成国家湿地公园", "国务院"),
])
def test_no_national_review_list(text, quote_start, actor):
    assert actor_of(text, quote_start, issuer="国务院") == actor
