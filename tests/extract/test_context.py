"""The document context: one report year per document, one rule, shared by every stage."""
from __future__ import annotations

import pytest

import policydata
from policydata.extract.context import build_context, report_year_of
from policydata.document import Article

REPORT_YEAR_CASES = [
    # (text, printed date, given date, page year) -> (year, rule)
    ("一、2025年工作回顾\n增长5%。", "", "2027-01-10", None, 2027, "given_date"),
    ("一、2025年工作回顾\n增长5%。", "2026-02-01", "", None, 2026, "printed_date"),
    ("一、2025年工作回顾\n增长5%。", "", "", None, 2026, "text"),
    ("到2035年基本建成。2026年将新建100个。", "", "", None, 2026, "text"),
    ("全年增长5%。", "", "", 2024, 2024, "page"),
    ("全年增长5%。", "", "", None, None, ""),
    # report_own_year: a report delivered in December for the coming year reports in that year
    ("2031年某县政府工作报告\n主要预期目标是：生产总值增长6%左右。", "", "2030-12-27", None, 2031, "own_year"),
    ("各位代表：\n2031年全县工作的总体要求是：稳中求进。", "2030-12-20", "", None, 2031, "own_year"),
    # ...not a report of the date's own year, nor a span, nor a year two ahead
    ("2030年某县政府工作报告\n增长6%左右。", "", "2030-02-10", None, 2030, "given_date"),
    ("某县行动方案（2031—2033年）\n增长6%左右。", "", "2030-12-27", None, 2030, "given_date"),
    ("2032年某县工作要点\n增长6%左右。", "", "2030-12-27", None, 2030, "given_date"),
    # ...nor a news line about next year's report (a verb of news before it)
    ("某县印发2031年工作要点\n今年全县增长6%左右。", "", "2030-12-27", None, 2030, "given_date"),
]


@pytest.mark.parametrize("text,printed,given,page,year,rule", REPORT_YEAR_CASES)
def test_one_rule_for_the_report_year(text, printed, given, page, year, rule):
    art = Article(1, "", text, [], date=printed)
    assert report_year_of(art, given_date=given, page_year=page) == (year, rule)
    assert build_context(art, given_date=given, page_year=page).report_year == year


def test_figures_and_measures_read_the_same_year():
    text = "某市政府工作报告\n2025年，新建5G基站800个。\n今年，将新建5G基站1500个。"
    tables = policydata.parse_text(text, date="2026-03-01")
    assert tables["statistics"]["period"].tolist() == ["2025"]
    assert tables["targets"]["target_year"].tolist() == [2026]
    status = dict(zip(tables["measures"]["quote"], tables["measures"]["status"]))
    assert status.get("新建5G基站800个") == "reported"
    assert status.get("将新建5G基站1500个") == "planned"


def test_a_december_report_for_the_coming_year_dates_its_goals_to_that_year():
    # report_own_year: the title and the 总体要求 line name 2031; the sources date is 2030-12-27
    text = "2031年某县政府工作报告\n2031年全县发展的总体要求是：稳中求进。\n主要预期目标是：生产总值增长6%左右；财政收入增长5%。"
    assert policydata.parse_text(text, date="2030-12-27")["targets"]["target_year"].tolist() == [2031, 2031]


def test_the_given_date_beats_the_text():
    text = "某市政府工作报告\n今年，将新建5G基站1500个。"
    assert policydata.parse_text(text, date="2027-03-01")["targets"]["target_year"].tolist() == [2027]


def test_months_before_the_documents_date_are_past_and_after_it_to_come():
    text = "某地新闻\n今年5月，由3家医院联合举办的培训班开班。\n今年12月，将有30家企业入驻园区。"
    tables = policydata.parse_text(text, date="2026-06-12")
    assert tables["statistics"][["value", "period"]].values.tolist() == [[3.0, "2026-05"]]
    assert tables["targets"][["value", "target_year"]].values.tolist() == [[30.0, 2026]]


#: sentence opening, report year -> frame (context.opening_frame, the one rule both tables read)
OPENING_FRAME_CASES = [
    # a goal list or the work to do, introduced by its own cue, turns a review back to the plan
    ("全市发展的主要预期目标是：地区生产总值增长6%左右。", 2026, "plan"),
    ("重点抓好以下几个方面的工作：", 2026, ""),
    ("全年主要任务如下：", 2026, "plan"),
    ("主要目标完成情况良好，地区生产总值增长6%。", 2026, ""),
    ("刚刚过去的2025年，我们完成了全年目标任务。", 2026, "review"),
    ("过去的一年，我们顶压前行。", 2026, "review"),
    ("过去一年，全市上下攻坚克难。", 2026, "review"),
    ("一年来，我们主要做了以下工作：", 2026, "review"),
    ("去年，我们实施了城市更新行动。", 2026, "review"),
    ("2025年，我们持续优化营商环境。", 2026, "review"),
    ("2026年，要突出抓好十个方面。", 2026, "plan"),
    ("今年，我们将实施城市更新行动。", 2026, "plan"),
    ("下一步，要加快建设。", 2026, "plan"),
    ("推进城市更新。", 2026, ""),
    ("2025年，我们持续优化营商环境。", None, ""),
]


@pytest.mark.parametrize("sentence, year, frame", OPENING_FRAME_CASES)
def test_opening_frame(sentence, year, frame):
    from policydata.extract.context import DocumentContext, opening_frame
    assert opening_frame(sentence, year) == frame
    assert DocumentContext(report_year=year).opening_frame(sentence) == frame


def test_sections_are_found_once_per_article_and_shared_by_both_extractors(monkeypatch):
    """One document walk: the context finds blocks and sections once; figures and measures read them."""
    import policydata.extract.context as context_mod
    from policydata.pipeline import parse_text

    calls = []
    real = context_mod.find_sections

    def counting(article, report_year=None):
        calls.append(article.index)
        return real(article, report_year)

    monkeypatch.setattr(context_mod, "find_sections", counting)
    tables = parse_text("一、2025年工作回顾\n全市地区生产总值增长5%。\n二、2026年工作安排\n"
                        "今年地区生产总值增长5%左右。要实施城市更新行动。", date="2026-01-20")
    assert calls == [1]
    assert [r["period"] for r in tables["statistics"]] == ["2025"]
    assert [r["target_year"] for r in tables["targets"]] == [2026]
    assert {r["status"] for r in tables["measures"]} == {"planned"}


def test_one_context_per_article_with_the_half_width_view_for_every_extractor(monkeypatch):
    """Rule one_reading: one view, one context per article, built once and handed to the regions,
    figures and measures stages; quotes still come from the text as written."""
    import policydata.extract.context as context_mod
    import policydata.pipeline as pipeline

    calls: dict[str, list] = {"build_context": [], "full_width_article": [], "find_sections": [],
                              "article_places": []}
    built, read = [], []

    def spy(module, name, keep=None):
        real = getattr(module, name)

        def wrapper(*args, **kwargs):
            calls[name].append(1)
            result = real(*args, **kwargs)
            if keep is not None:
                keep.append(result)
            return result
        monkeypatch.setattr(module, name, wrapper)

    spy(pipeline, "build_context", built)
    spy(context_mod, "full_width_article")
    spy(context_mod, "find_sections")
    spy(context_mod.regions_mod, "article_places")
    for stage in ("extract_figures", "extract_measures"):
        real = getattr(pipeline, stage)

        def reading(article, *, _real=real, **kwargs):
            read.append((article, kwargs["context"]))
            return _real(article, **kwargs)
        monkeypatch.setattr(pipeline, stage, reading)

    text = "某县人民政府工作报告\n一、2025年工作回顾\n全县生产总值(下同)增长4.5%,财政收入增长8%。\n二、2026年工作安排\n要实施城市更新行动;加强基层治理。"
    tables = pipeline.parse_text(text, date="2026-01-20")
    assert {name: len(c) for name, c in calls.items()} == dict.fromkeys(calls, 1)
    context = built[0]
    assert "," not in context.article.text and "，" in context.article.text
    assert len(read) == 2 and all(article is context.article and ctx is context for article, ctx in read)
    assert [r["quote"] for r in tables["statistics"]] == ["全县生产总值(下同)增长4.5%", "财政收入增长8%"]
    body = tables["documents"][0]["text"]
    assert all(body[r["char_start"]:r["char_end"]] == r["quote"] for name in ("statistics", "measures")
               for r in tables[name])


REVIEWED_YEAR_CASES = [
    # (title, text, given date) -> (reviewed_year, communique): rule reviewed_year, read once in the context
    ("2029年某县国民经济和社会发展统计公报", "全年完成生产总值120亿元。", "2030-03-02", 2029, True),
    ("2029年某市经济数据出炉", "全年完成生产总值120亿元。", "2030-01-20", 2029, False),
    ("某县2029年工作总结", "一年来，全县上下齐心协力，各项工作取得新进展。", "2030-01-08", 2029, False),  # review_own_year
    ("关于加快发展特色产业的意见", "到2032年，产值达到50亿元。", "2030-05-06", None, False),
]


@pytest.mark.parametrize("title,text,given,year,communique", REVIEWED_YEAR_CASES)
def test_reviewed_year_one_reading_for_every_stage(title, text, given, year, communique):
    context = build_context(Article(1, title, text, []), given_date=given)
    assert (context.reviewed_year, context.communique) == (year, communique)
