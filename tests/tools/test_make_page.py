"""tools/make_page.py: the page gold it writes is consistent with the page it lays out.

The same properties ../shared/corpus/verify_gold.py checks for pages (titles in the text or as
consecutive lines joined, rejoined strings of 8-20 characters that span a break and are absent from
the page text, at least 2 not_joined strings, captions in the text), plus what only the generator
knows: each rejoined string reads in its article, no not_joined string does, the same seed gives
the same page. Small stories written for this test.
"""
import pytest
from conftest import load_make_page

make_page = load_make_page()
Article, Caption, Box = make_page.Article, make_page.Caption, make_page.Box

STORIES = [
    Article(kicker="城乡新貌", title=["小镇修好了", "一条老石板路"],
            paragraphs=["本报南山5月2日电  （记者林小禾）南山镇的老石板路修好了，全长1200米，"
                        "沿街三十多户人家出门不再踩泥水。",
                        "修路的钱一半来自镇里，一半由村民自愿筹集，前后用了四个月。",
                        "路修好以后，镇上开了两家茶馆和一间书店，周末来逛的游客明显多了。"]),
    Article(title=["果园里的新帮手"],
            paragraphs=["今年春天，东坡村的果园用上了小型采摘机，一台机器能顶五个人干活。",
                        "“以前摘果要请很多短工，现在自家人就能忙得过来。”果农周大山说。",
                        "村里还办了培训班，教大家怎样保养机器、怎样安全操作。"]),
    Article(title=["社区食堂开张"], byline="本报记者  许安",
            paragraphs=["河西社区的老年食堂本周开张，每天供应午饭和晚饭，一餐只要十二元。",
                        "食堂由社区和一家餐饮公司合办，菜单每周更换一次。"],
            attribution="（据本报通讯员稿件）"),
]
CAPTIONS = [Caption(lines=["图为修好的石板路。"], credit="林小禾摄"),
            Caption(title="春耕忙", lines=["农民在田里插秧。"], credit="新华社发")]
BOX = Box(label="读者来信", paragraphs=["希望多修几条这样的路！", "小镇越来越好看了。"])

CASES = [  # (seed, width, column lines, hard-wrapped, blank lines)
    (1, 12, 4, True, "none"),
    (2, 16, 5, True, "blocks"),
    (3, 22, 3, True, "some"),
    (4, 8, 3, False, "blocks"),
    (5, 7, 2, False, "none"),
    (6, 9, 2, False, "some"),
]


def _page(seed, width, lines, wrap, blank):
    return make_page.make_page(STORIES, CAPTIONS, BOX, "本版责编：孙一", seed=seed, width=width,
                               column_lines=lines, wrap=wrap, blank=blank, tight_heads=0.5)


@pytest.mark.parametrize("case", CASES)
def test_gold_holds_the_corpus_page_checks(case):
    text, gold = _page(*case)
    assert make_page.page_gold_errors(text, gold) == []
    assert gold["articles"] == 3
    assert gold["titles"] == ["小镇修好了一条老石板路", "果园里的新帮手", "社区食堂开张"]
    assert sorted(gold["captions"]) == sorted(["图为修好的石板路。\n林小禾摄", "农民在田里插秧。新华社发"])


@pytest.mark.parametrize("case", CASES)
def test_gold_agrees_with_the_articles_a_reader_reads(case):
    text, gold = _page(*case)
    truth = make_page.reader_texts(STORIES, CAPTIONS)
    for s in gold["rejoined"]:
        assert any(s in t for t in truth), s
    for s in gold["not_joined"]:
        assert not any(s in t for t in truth), s
    assert "本版责编：孙一" in gold["not_joined"] and "春耕忙" in gold["not_joined"]


@pytest.mark.parametrize("case", CASES)
def test_every_character_is_printed_once(case):
    text, _ = _page(*case)
    parts = [p for a in STORIES for p in [a.kicker, *a.title, a.byline, *a.paragraphs, a.attribution]]
    parts += [p for c in CAPTIONS for p in [c.title, *c.lines, c.credit]]
    parts += [BOX.label, *BOX.paragraphs, "本版责编：孙一"]
    assert sorted(text.replace("\n", "")) == sorted("".join(parts))


def test_same_seed_same_page_and_another_seed_another_order():
    assert _page(*CASES[0]) == _page(*CASES[0])
    assert {_page(s, 12, 4, True, "none")[0] for s in range(1, 6)} != {_page(*CASES[0])[0]}


@pytest.mark.parametrize("text, width, lines", [
    ("一二三四五，六七八九十。", 5, ["一二三四五，", "六七八九十。"]),   # a comma never starts a line
    ("一二三“四五六七八", 4, ["一二三", "“四五六", "七八"]),           # an opening quote never ends one
    ("增长12.5%左右", 4, ["增长", "12.5%", "左右"]),                 # a figure is kept whole
])
def test_wrap_follows_the_typesetter(text, width, lines):
    assert [text[s:e] for s, e in make_page.wrap(text, width)] == lines
