"""Measures of a newspaper page article's photo captions (rule read_apart, rule caption_actor):
a caption is read with a fresh copy of the walk's state, its actor is the body it names (else the
page's default, never the body's last actor), its status its own tense; the title line holds no
measure. Invented sentences, one table per construction, both ways."""
from __future__ import annotations

import pytest

from policydata.document import CAPTION_BLOCK, TITLE_BLOCK, Article, Block
from policydata.extract.context import build_context
from policydata.extract.measures.walk import extract_measures


def page_article(title: str, body: list[str], captions: list[str]) -> Article:
    """An article of a page as text.layout.page_text lays it out: title line, body paragraphs,
    caption paragraphs last."""
    kinds = [(TITLE_BLOCK, title)] + [("body", p) for p in body] + [(CAPTION_BLOCK, c) for c in captions]
    blocks, pos, parts = [], 0, []
    for kind, line in kinds:
        blocks.append(Block(kind, pos, pos + len(line), line))
        parts.append(line)
        pos += len(line) + 1
    return Article(1, title, "\n".join(parts), blocks, captions=list(captions))


def rows_of(title: str, body: list[str], captions: list[str]) -> list[tuple[str, str, str, str]]:
    """(block kind, quote, actor, status) of each measure of a page article of a national paper."""
    article = page_article(title, body, captions)
    text = article.text
    context = build_context(article, issuer="", date="2026-03-20", given_date="2026-03-20", on_page=True)
    out = []
    for m in extract_measures(context.article, issuer="", region_id=context.region_id,
                              region_mentions=list(context.region_mentions), context=context):
        kind = next(b.kind for b in article.blocks if b.start <= m.start < b.end + 1)
        out.append((kind, text[m.start:m.end], m.actor, m.status))
    return out


BODY = ["杭州市将建设一批公共充电站，完善城市充电网络。"]

# caption -> (a part of the caption's measure, its actor, its status)
CAPTION_MEASURES = [
    # the place the caption names acts, although the body's last actor is another city's government
    ("近年来，湖州市推进美丽乡村建设。图为村民在文化广场健身。", "推进美丽乡村建设", "湖州市人民政府", "reported"),
    ("今年以来，嘉兴持续开展河道综合整治。图为整治后的河道。", "持续开展河道综合整治", "嘉兴市人民政府", "reported"),
    # no place named: the page's default actor (a national paper: none), never 杭州市人民政府
    ("近年来，大力推广稻渔综合种养模式，带动农户增收。图为农户放养鱼苗。", "大力推广稻渔综合种养模式", "", "reported"),
    # a caption that states a plan is planned, by its own cue
    ("湖州市将新建一批城乡供水设施。图为施工现场。", "将新建一批城乡供水设施", "湖州市人民政府", "planned"),
]


@pytest.mark.parametrize("caption, quote_start, actor, status", CAPTION_MEASURES)
def test_a_caption_measure_takes_its_own_actor_and_tense(caption, quote_start, actor, status):
    rows = [r for r in rows_of("杭州推进充电网络建设", BODY, [caption]) if r[0] == CAPTION_BLOCK]
    assert [(actor, status)] == [(r[2], r[3]) for r in rows if quote_start in r[1]]


# captions that only show what the photo shows: no measure
CAPTIONS_WITHOUT_MEASURE = [
    "春分时节，茶园内绿意盎然。图为茶农在采摘新茶。",
    "图为市民在公园赏花。",
]


@pytest.mark.parametrize("caption", CAPTIONS_WITHOUT_MEASURE)
def test_a_caption_that_shows_a_scene_makes_no_measure(caption):
    assert [r for r in rows_of("杭州推进充电网络建设", BODY, [caption]) if r[0] == CAPTION_BLOCK] == []


def test_the_title_holds_no_measure_and_the_caption_leaves_the_body_alone():
    rows = rows_of("湖州市推进城乡供水一体化", BODY, ["湖州市将新建一批城乡供水设施。图为施工现场。"])
    assert not [r for r in rows if r[0] == TITLE_BLOCK]
    body = [r for r in rows if r[0] == "body"]
    assert body and all(r[2] == "杭州市人民政府" and r[3] == "planned" for r in body)
