"""Rule story_border (extract.measures.story_border): an actor never passes from one story of a
page into another. Each article of a page is walked on its own; when the layout reads two
stories as one article, the second story's dateline is a hard edge: neither the walk's carried
actor nor the most recent body named before it reaches past it. Examples are our own sentences."""
from policydata.pipeline import parse_text

_FIRST = ("职工文艺汇演在京举行\n本报北京3月2日电  （记者张三）由全国总工会主办的职工文艺汇演2日在京举行，"
          "来自各地的200余名职工登台演出，全国总工会将持续开展职工文化活动。\n")
_SECOND = ("春季花灯节在江门开幕\n本报江门3月2日电  （记者李四）春季花灯节2日晚在江门开幕，"
           "将持续至4月10日，还将推出百场民俗演出活动，持续丰富群众节日文化生活。\n本版责编：王  五")


def _rows(text):
    return [(m["quote"], m["actor"] or "") for m in parse_text(text, date="2026-03-03")["measures"]]


def test_second_story_takes_no_actor_from_the_first():
    rows = _rows(_FIRST + _SECOND)
    first = [a for q, a in rows if "职工" in q]
    second = [a for q, a in rows if "花灯" in q or "民俗演出" in q or "节日文化" in q]
    assert first and all(a == "中华全国总工会" for a in first)
    assert second and "中华全国总工会" not in second


def test_without_a_dateline_the_paragraph_goes_on_in_its_story():
    # no dateline opens the second paragraph: it is the same story, its actor carries on
    text = _FIRST + "全国总工会还将推出百场职工文化演出活动，持续丰富职工节日文化生活。"
    assert all(a == "中华全国总工会" for q, a in _rows(text))
