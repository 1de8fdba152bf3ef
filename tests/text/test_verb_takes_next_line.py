"""Rule verb_takes_next_line (text/layout/kickers.py): a headline's first line of a place or body and a
programme verb (甲市开展) leaves the verb's object to the next line: one title, no kicker over it.
The page lines are written for this test."""
import pytest

from policydata.text.layout import reconstruct_articles
from policydata.text.layout.kickers import _is_kicker
from policydata.text.reading import prepare_text_and_gaps

PAGE = """甲市开展
“暖心到家”服务行动

本报甲市2月2日电  （记者王五）甲市日前启动“暖心到家”服务行动，组织
一千多名社区工作者走访独居老人，上门检修水电、送去米面油。

人民时评
把小事办好

为群众办实事，要从身边的小事做起，把每一件小事都办得扎实。"""


@pytest.mark.parametrize("line, nxt, kicker", [
    ("甲市开展", "“暖心到家”服务行动", False),     # place + verb: the object is on the next line
    ("乙县农业局启动", "春耕备耕专项检查行动", False),  # body + verb
    ("权威发布", "全县粮食产量创新高", True),          # a label: no subject before the verb
    ("乡村振兴扎实推进", "一条老街带火了一座小城", True),  # an adverb before the verb: no object
    ("人民时评", "把小事办好", True),
])
def test_is_kicker(line, nxt, kicker):
    assert _is_kicker(line, nxt, True) is kicker  # the run ends at a byline or dateline


def test_title_keeps_its_place():
    text, gaps = prepare_text_and_gaps(PAGE, ".txt")
    titles = [a.title for a in reconstruct_articles(text, gaps=gaps)]
    assert titles[0].replace("\n", "") == "甲市开展“暖心到家”服务行动"
