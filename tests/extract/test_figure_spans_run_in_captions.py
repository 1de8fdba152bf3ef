"""Figure periods and roles of three constructions (round 18):

- ``span_change`` (lexicon ``from_base_year.span_start_before``/``span_end_before``): a change told
  under a span of years (“十三五”时期…从A提高到B) runs from the year before the span (A) to its last
  year (B); a figure that covers the span (年均增长) keeps the span.
- ``news_run_in_heading`` (lexicon ``frames.news_fact.run_in_heading_pattern``): a news paragraph
  that opens with a short topic phrase (设施提质。…) starts a new topic; a month that set the scene of
  an anecdote above (今年3月，…一艘货轮…) no longer dates it; a month that dated figures still does.
- ``caption_fact`` (frames ``caption_fact``): in a photo caption a commitment word that is no
  modal (准备上市的…) describes the picture's moment: a statistic; 将 still makes a target.

Invented sentences, each table both ways.
"""
from __future__ import annotations

import pytest

from policydata.document import CAPTION_BLOCK, TITLE_BLOCK, Article, Block
from policydata.extract.context import build_context
from policydata.extract.figures import extract_figures
from policydata.pipeline import parse_text

NEWS = "本报杭州4月8日电（记者 李华）某地召开发布会。\n"


def periods(text: str, date: str = "2026-04-09") -> list[tuple[float, str]]:
    """(value, period) of every statistic of a news text."""
    return [(float(s["value"]), s["period"]) for s in parse_text(text, date=date)["statistics"]]


SPAN_CHANGE = [
    # a plan period's change: start value of the year before, end value of its last year
    (NEWS + "“十三五”时期，全省规上企业利润率从5.1%提高到5.8%，年均增长3.2%。",
     [(5.1, "2015"), (5.8, "2020"), (3.2, "2016/2020")]),
    # a few words between 从 and the start value
    (NEWS + "“十三五”时期，全省人均产值从每年每人6.3万元增长到8.1万元。",
     [(63000.0, "2015"), (81000.0, "2020")]),
    # a single year is no span: the change is of that year (rule from_base_year is not involved)
    (NEWS + "2025年，全省规上企业利润率从5.1%提高到5.8%。", [(5.1, "2025"), (5.8, "2025")]),
]


@pytest.mark.parametrize("text, expected", SPAN_CHANGE)
def test_span_change(text, expected):
    assert periods(text) == expected


RUN_IN = [
    # the anecdote's month dates the story told of it, not the topic opened by a run-in heading
    (NEWS + "今年3月，在某港码头，一艘货轮完成了无人靠泊。\n船舶靠稳后，20多台机械臂同时作业。\n"
            "设施提质。全省建成智慧泊位45个，智能闸口覆盖率超过九成。",
     [(20.0, "2026-03"), (45.0, "2026")]),
    # without the run-in heading the month still carries to the next paragraph
    (NEWS + "今年3月，在某港码头，一艘货轮完成了无人靠泊。\n船舶靠稳后，20多台机械臂同时作业。\n"
            "全省建成智慧泊位45个，智能闸口覆盖率超过九成。",
     [(20.0, "2026-03"), (45.0, "2026-03")]),
    # a month that dated figures of its own (a data report) still carries past a run-in phrase
    (NEWS + "今年3月，全省港口新开航线20多条。\n"
            "设施提质。全省建成智慧泊位45个，智能闸口覆盖率超过九成。",
     [(20.0, "2026-03"), (45.0, "2026-03")]),
]


@pytest.mark.parametrize("text, expected", RUN_IN)
def test_news_run_in_heading(text, expected):
    assert [r for r in periods(text) if r[0] in (20.0, 45.0)] == expected


def caption_roles(caption: str) -> list[tuple[str, float]]:
    """(table, value) of each figure of a page article's photo caption."""
    title, body = "某县春季农事忙", "某县组织农技人员下田指导春耕。"
    parts = [(TITLE_BLOCK, title), ("body", body), (CAPTION_BLOCK, caption)]
    blocks, pos = [], 0
    for kind, line in parts:
        blocks.append(Block(kind, pos, pos + len(line), line))
        pos += len(line) + 1
    article = Article(1, title, "\n".join(p for _, p in parts), blocks, captions=[caption])
    context = build_context(article, issuer="", date="2026-04-09", given_date="2026-04-09", on_page=True)
    stats, targets = extract_figures(context.article, report_year=context.report_year, region_id=context.region_id,
                                     region_mentions=list(context.region_mentions), context=context)
    return [("stat", s.value) for s in stats] + [("target", t.value) for t in targets]


CAPTIONS = [
    # a commitment word that is no modal describes what the picture shows: a fact
    ("近日，某县茶叶展销会布展完毕，准备上市的300多种新茶陈列整齐。图为工作人员整理茶样。", [("stat", 300.0)]),
    # a future modal still looks ahead
    ("近日，某县茶叶展销会布展完毕，展销会将推出新茶300种。图为工作人员整理茶样。", [("target", 300.0)]),
]


@pytest.mark.parametrize("caption, expected", CAPTIONS)
def test_caption_fact(caption, expected):
    assert caption_roles(caption) == expected
