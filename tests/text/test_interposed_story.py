"""Pages without blank lines: rule topic_over_interposed_story (a sub-head under a short dated
story that the text layer set between its article's column pieces is judged against the
article above that story). Small invented inputs -> expected."""
from __future__ import annotations

import pytest

from policydata.text.layout.resumed_topics import interposed_story_head
from policydata.text.layout.running_blocks import infer_gaps

FEATURE = ["甲县水渠建设提速",
           "甲县今年推进农田水利建设，新修水渠二十公里，灌溉面积明显扩大，农民增收有了保障。",
           "水渠修好以后，甲县水利部门又为每条水渠配备了管护员，水渠灌溉更加顺畅。"]
DATED = ["乙市召开春季运动会",
         "本报乙市5月6日电  （记者李四）乙市春季运动会日前开幕，三千名学生参加田径比赛。",
         "跳高跳远场地人头攒动，接力赛跑气氛热烈，闭幕式上颁发了奖杯。",
         "运动会期间，各校还组织了文艺表演，家长们也来到现场为孩子加油。",
         "组委会介绍，今年新设了趣味项目，低年级学生也能上场比赛。",
         "闭幕式后，获奖学生代表发言，感谢老师和家长的陪伴。",
         "据了解，乙市每年春秋两季各举办一次学生运动会。"]


def test_subhead_under_interposed_story():
    # the sub-head's text goes on with the feature above the dated story: no story head
    page = FEATURE + DATED + ["水渠管护更加规范",
                              "甲县水利部门为水渠管护员定期培训，水渠灌溉面积和管护质量都有提升。"]
    assert 10 not in infer_gaps(page)


def test_new_story_under_interposed_story():
    # a head whose text shares nothing with either story above still starts a story
    page = FEATURE + DATED + ["丙省春耕备耕有序推进",
                              "眼下正值春耕备耕关键时期，丙省各地抢抓农时，种子化肥供应充足。"]
    assert 10 in infer_gaps(page)


@pytest.mark.parametrize("kinds,head", [
    (["headline", "body", "body", "headline", "byline", "body", "headline"], 3),
    # no byline or dateline under the run above: no whole story stands between
    (["headline", "body", "body", "headline", "body", "body", "headline"], None),
    # the story above opens the page: no article text above it to compare
    (["headline", "byline", "body", "body", "body", "body", "headline"], None),
])
def test_interposed_story_head(kinds, head):
    lines = ["甲", "乙", "丙", "丁", "戊", "己", "庚"]
    assert interposed_story_head(lines, kinds, 6) == head
