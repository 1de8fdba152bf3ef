"""The text of a newspaper page's article: title line, body, captions (text.layout.page_text).

Figures, places and measures in headlines and photo captions are rows like those of the body;
a document that is no page keeps its text as it was.
"""
from __future__ import annotations

import pytest

from policydata.document import body_text
from policydata.pipeline import parse_text
from policydata.text.layout import reconstruct_articles
from policydata.text.layout.page_text import caption_paragraphs


def page(*lines: str) -> str:
    return "\n".join(lines)


def second_story() -> list[str]:
    return ["今年前两月外贸开局良好", "本报记者 李四", "今年前两月，某市进出口总值增长8%，其中出口增长10%。",
            "海关负责人表示，将继续支持外贸企业拓展市场。"]


def rows(tables: dict, document: str) -> list[tuple]:
    """(table, quote, value, unit, period) of a document's figures, in text order."""
    out = []
    for name in ("statistics", "targets"):
        for r in tables[name]:
            if r["document_id"].endswith(document):
                period = r.get("period") or r.get("target_year")
                out.append((r["char_start"], name, r["quote"], r["value"], r["unit"], str(period)))
    return [r[1:] for r in sorted(out)]


# ---------------------------------------------------------------------------- captions

@pytest.mark.parametrize("caption,paragraphs", [
    # a caption's sentence stays, its credit (own line or glued) is cut off
    ("近日，村民在田间插秧，已完成8000亩。\n张  三摄（影像中国）", ["近日，村民在田间插秧，已完成8000亩。"]),
    ("近日，村民在田间插秧，已完成8000亩。本报记者 张三摄", ["近日，村民在田间插秧，已完成8000亩。"]),
    ("游客在古镇参观。 新华社发", []),                                   # too short to say anything
    # a photo's own title, a verse and its label, a picture report's credit stay out
    ("春耕时节\n近日，某县农民在田里播种，全县已播种5万亩。\n李  四摄",
     ["近日，某县农民在田里播种，全县已播种5万亩。"]),
    ("某省上月发电量同比增长6%，清洁能源占比过半。\n这正是：\n春风十里绿，\n田野万家忙。\n王  五文",
     ["某省上月发电量同比增长6%，清洁能源占比过半。"]),
    # a hard-wrapped caption is joined where its lines are cut
    ("3月2日，某市新建的跨江大桥\n正式通车，大桥全长1800米，\n双向六车道。\n赵  六摄",
     ["3月2日，某市新建的跨江大桥正式通车，大桥全长1800米，双向六车道。"]),
    # a reporter's byline inside: a story's head read as a caption, not a caption
    ("本报记者 张三\n近日，某县开展春耕，全县已播种5万亩。", []),
])
def test_caption_paragraphs(caption, paragraphs):
    assert caption_paragraphs(caption) == paragraphs


# ---------------------------------------------------------------------------- rows of a page

HEADLINE_AND_CAPTION = page(
    "某县春播面积超十万亩", "本报记者 张三",
    "近日，某县春播工作全面展开，农机手们抓住晴好天气抢播玉米和大豆。",
    "县农业农村局负责人介绍，去年全县粮食产量达到12万吨，创历史新高。",
    "3月5日，江西省赣州市的果园里，果农在修剪脐橙树，全市脐橙种植面积达到190万亩。", "本报记者 王五摄",
    *second_story())


@pytest.mark.parametrize("document,text,figures", [
    ("a1",
     "某县春播面积超十万亩\n近日，某县春播工作全面展开，农机手们抓住晴好天气抢播玉米和大豆。\n"
     "县农业农村局负责人介绍，去年全县粮食产量达到12万吨，创历史新高。\n"
     "3月5日，江西省赣州市的果园里，果农在修剪脐橙树，全市脐橙种植面积达到190万亩。",
     [("statistics", "某县春播面积超十万亩", 100000.0, "亩", "2026"),          # the headline: news of the page date
      ("statistics", "去年全县粮食产量达到12万吨", 120000.0, "吨", "2025"),
      ("statistics", "全市脐橙种植面积达到190万亩", 1900000.0, "亩", "2026-03")]),  # the caption, of its day
    ("a2",
     "今年前两月外贸开局良好\n今年前两月，某市进出口总值增长8%，其中出口增长10%。\n"
     "海关负责人表示，将继续支持外贸企业拓展市场。",
     [("statistics", "某市进出口总值增长8%", 8.0, "%", "2026-01/2026-02"),
      ("statistics", "其中出口增长10%", 10.0, "%", "2026-01/2026-02")]),
])
def test_headline_and_caption_figures_are_rows(document, text, figures):
    tables = parse_text(HEADLINE_AND_CAPTION, date="2026-03-10")
    doc = next(d for d in tables["documents"] if d["document_id"].endswith(document))
    assert doc["text"] == text and doc["char_count"] == len(text)
    assert doc["title"] == text.split("\n", 1)[0]                     # title stays as it was
    assert rows(tables, document) == figures
    for name in ("statistics", "targets", "measures"):                 # provenance holds
        for r in tables[name]:
            d = next(x for x in tables["documents"] if x["document_id"] == r["document_id"])
            assert d["text"][r["char_start"]:r["char_end"]] == r["quote"]


def test_caption_places_are_regions_and_its_credit_stays_out():
    tables = parse_text(HEADLINE_AND_CAPTION, date="2026-03-10")
    names = {r["name_zh"]: r["mentions"] for r in tables["regions"]}
    assert names.get("江西省") == 1 and names.get("赣州市") == 1         # counted once, from the text
    doc = tables["documents"][0]
    assert "王五摄" not in doc["text"] and doc["captions"].endswith("本报记者 王五摄")


@pytest.mark.parametrize("headline", [
    "某县春播面积超十万亩",              # a figure
    "一季度某县经济稳中向好",            # a quarter: would date it too
    "明年某县将新建高标准农田2万亩",      # a plan
    "到2030年某县粮食产量将达到15万吨",  # a plan with a year
])
def test_headline_does_not_reframe_the_body(headline):
    # the body's rows are the same under any headline (rule read_apart: the title line is read
    # with the walk's opening state, and what it sets stays with it). A headline that names
    # months (前两月…) is left out here: it frames a data report through the title, as before
    body = ["本报记者 张三", "全县粮食产量达到12万吨，创历史新高。", "目前已完成春播面积3万亩。"]

    def body_rows(title):
        tables = parse_text(page(title, *body, *second_story()), date="2026-03-10")
        shift = len(title) + 1
        return [(name, r["quote"], r["char_start"] - shift, r.get("period") or r.get("target_year"))
                for name in ("statistics", "targets") for r in tables[name]
                if r["document_id"].endswith("a1") and r["char_start"] >= shift]

    assert body_rows(headline) == body_rows("某县春耕忙") == [
        ("statistics", "全县粮食产量达到12万吨", 0, "2026"), ("statistics", "目前已完成春播面积3万亩", 20, "2026")]


def test_a_past_year_headline_is_the_news_subject_year():
    # rule news_headline_year (extract/subject_year.py): a news headline naming a past year
    # (2025年…创新高) tells what year the article reports on, so an undated fact of the body takes
    # it; a fact told with 目前已… stays in the year of publication (corpus README, news periods)
    body = ["本报记者 张三", "全县粮食产量达到12万吨，创历史新高。", "目前已完成春播面积3万亩。"]
    tables = parse_text(page("2025年某县粮食产量创新高", *body, *second_story()), date="2026-03-10")
    got = [(r["quote"], r["period"]) for r in tables["statistics"] if r["document_id"].endswith("a1")]
    assert got == [("全县粮食产量达到12万吨", "2025"), ("目前已完成春播面积3万亩", "2026")]


# ---------------------------------------------------------------------------- not a page

@pytest.mark.parametrize("text,body", [
    # one story with its headline, byline and a photo caption: the text is the body, as before
    (page("某县春耕忙", "本报记者 张三", "近日，某县春播工作全面展开，全县已播种3万亩。",
          "村民在田间插秧，今年已完成8000亩。", "本报记者 王五摄", "下一步，将加快推进春播进度。"),
     "近日，某县春播工作全面展开，全县已播种3万亩。\n下一步，将加快推进春播进度。"),
    # an official document
    (page("某市关于加快发展数字经济的意见", "一、总体要求", "到2030年，全市数字经济核心产业增加值达到500亿元。"),
     "一、总体要求\n到2030年，全市数字经济核心产业增加值达到500亿元。"),
])
def test_a_document_that_is_no_page_keeps_its_text(text, body):
    articles = reconstruct_articles(text)
    assert len(articles) == 1 and articles[0].text == body == body_text(articles[0])
    assert not any(b.kind in ("title", "caption") for b in articles[0].blocks)
    doc = parse_text(text, date="2026-03-10")["documents"][0]
    assert doc["text"] == body and doc["char_count"] == len(body)


def test_a_title_given_from_outside_the_text_gets_no_line():
    # a story without a headline of its own takes the title given for the file (sources.csv:
    # the page's name); the reader never read it on the page, so the text does not start with it
    text = page("近日，某县春播工作全面展开，全县已播种3万亩。", "据新华社", *second_story())
    docs = parse_text(text, date="2026-03-10", title="某报2026年3月10日第5版")["documents"]
    assert docs[0]["title"] == "某报2026年3月10日第5版"
    assert docs[0]["text"] == "近日，某县春播工作全面展开，全县已播种3万亩。"
    assert docs[1]["text"].startswith("今年前两月外贸开局良好\n")
