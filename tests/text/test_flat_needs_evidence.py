"""Rule flat_needs_evidence (text/layout/articles.py): a hard-wrapped page with blank lines is read
a second time without them (rule wrapped_despite_blanks) only when the reading by its blank lines
shows a fault or a heading inside an article: without either, no flat reading could win, and the
page is read once. The stories are written for this test; tools/make_page.py lays them out (seeded)."""
import pytest
from conftest import load_make_page

from policydata.text.layout import articles
from policydata.text.layout import reconstruct_articles

make_page = load_make_page()

STORIES = [
    make_page.Article(title=["山村通了公交车"],
                      paragraphs=["本报青溪4月8日电  （记者方明）青溪县最远的三个山村本月通了公交车，"
                                  "每天往返四趟，村民进城看病、赶集不用再走两个小时的山路。",
                                  "线路由县交通部门和一家客运公司共同开通，票价两元，老人和学生乘车免费。"
                                  "为了让车开得进、停得稳，县里去年拓宽了二十多公里村道，修了六座错车台。",
                                  "村民们说，以前去一趟县城要起早贪黑，如今早上出门，中午就能回家吃饭。"]),
    make_page.Article(title=["旧厂房变成了图书馆"],
                      paragraphs=["城北一座空置多年的纺织厂房，经过一年改造，变成了一座两层的社区图书馆，"
                                  "藏书三万多册，每天接待读者上千人次。",
                                  "馆里设了儿童阅读区和自习室，晚上开放到九点，周末还有手工课和读书会。"
                                  "厂房原来的钢梁和红砖墙都留了下来，老工人们常来这里坐坐，翻翻报纸。",
                                  "街道负责人介绍，明年还将把旁边的仓库改成社区食堂和老年活动室。"]),
]


def _layer_reads(monkeypatch, text):
    reads = []
    layer = articles._read_layer
    monkeypatch.setattr(articles, "_read_layer", lambda *a, **k: reads.append(1) or layer(*a, **k))
    return reconstruct_articles(text), len(reads)


@pytest.mark.parametrize("seed", [1, 2, 4])
def test_blank_line_reading_without_evidence_is_read_once(monkeypatch, seed):
    text, gold = make_page.make_page(STORIES, seed=seed, width=14, column_lines=4, wrap=True, blank="blocks")
    read, reads = _layer_reads(monkeypatch, text)
    assert [a.title for a in read] == gold["titles"]
    assert reads == 1


@pytest.mark.parametrize("blocks, want", [
    ([("body", "正文一。"), ("heading", "乙县茶叶喜丰收"), ("body", "正文二。")], 1),  # a heading inside
    ([("body", "正文一。"), ("body", "正文二。")], 0),
])
def test_inner_headings(blocks, want):
    from policydata.document import Article, Block
    art = Article(index=1, title="甲地建成新园区", text="", blocks=[Block(k, 0, len(t), t) for k, t in blocks])
    assert articles.inner_headings([art]) == want
