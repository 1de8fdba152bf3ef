"""Rule wrapped_despite_blanks (text/layout/articles.py): a hard-wrapped page whose text layer kept
only some blank lines is also read reflowed, and that reading wins when it finds more articles
with no more faults -- also when the blank lines alone already split the page into several
articles, too few (round 18; before, a page its blank lines split in two kept that reading).

The page is laid out by tools/make_page.py (seeded: the same page every run) from three small
stories written for this test.
"""
import pytest
from conftest import load_make_page

from policydata.text.layout import reconstruct_articles
from policydata.text.layout.articles import _read_layer

make_page = load_make_page()

STORIES = [
    make_page.Article(title=["山村通了公交车"],
                      paragraphs=["本报青溪4月8日电  （记者方明）青溪县最远的三个山村本月通了公交车，"
                                  "每天往返四趟，村民进城看病、赶集不用再走山路。",
                                  "线路由县交通部门和一家客运公司共同开通，票价两元。"]),
    make_page.Article(title=["旧厂房变成了图书馆"],
                      paragraphs=["城北一座空置多年的纺织厂房，经过一年改造，变成了一座两层的社区图书馆，"
                                  "藏书三万多册。",
                                  "馆里设了儿童阅读区和自习室，晚上开放到九点。"]),
    make_page.Article(title=["夏粮收购开秤"],
                      paragraphs=["南湖镇的夏粮收购点本周开秤，粮站延长收购时间，方便农民错峰交粮。",
                                  "粮站还派人上门检测水分，农民在家门口就能知道粮食等级。"]),
]


@pytest.mark.parametrize("seed, width, lines", [
    pytest.param(5, 14, 4, marks=pytest.mark.xfail(strict=True, reason=(
        "known limit (round 18): a headline set right under a cut line inside a block is no glue evidence "
        "for the faults that decide between the blank-line and the reflowed reading (pagesfix's _flat_wins)"))),
    (11, 14, 4), (13, 14, 4)])
def test_reflowed_reading_wins_over_a_blank_line_reading_with_too_few_articles(seed, width, lines):
    text, gold = make_page.make_page(STORIES, seed=seed, width=width, column_lines=lines, wrap=True, blank="some")
    assert "\n\n" in text.strip()  # the page kept some blank lines
    by_blanks = _read_layer(text)
    read = reconstruct_articles(text)
    assert 1 < len(by_blanks) < gold["articles"]  # the blank lines alone split it, into too few
    assert [a.title for a in read] == gold["titles"]
