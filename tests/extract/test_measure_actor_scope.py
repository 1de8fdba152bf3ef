"""Actor scope in news (round 16): a clause that names its own place is that place's action
(rule own_place_scope); a body named in quoted speech acts to its paragraph's end only (rule
quoted_subject_paragraph); a division's short form with its level word is the division (rule
short_form_with_level). Examples are our own sentences."""
import pytest

from policydata.extract.measures.explain import explain_rows
from policydata.extract.measures.news_clauses import speech_spans
from policydata.recognize.actors import find_actors


def _actors(text):
    return [(r["quote"], r["actor"]) for r in explain_rows(text, issuer="人民日报")]


def test_own_place_scope_in_a_planned_news_sentence():
    text = "记者近日获悉，规范执法取得成效。\n下一步，将持续规范执法，湖南常德市全面清理过期罚没案卷。"
    assert ("湖南常德市全面清理过期罚没案卷", "常德市人民政府") in _actors(text)


def test_body_in_quoted_speech_does_not_carry_to_the_next_paragraph():
    text = ("外资企业在长沙加快布局。\n“我们刚来考察，长沙市商务局就主动上门服务，帮我们协调用地。”某公司负责人说。\n"
            "建立常态化政企沟通机制，及时回应企业诉求。")
    rows = dict(_actors(text))
    assert rows["建立常态化政企沟通机制，及时回应企业诉求"] != "长沙市商务局"


def test_speech_spans_skip_quoted_terms():
    text = "推行“扫码入企”做法。“刚到这里，某市商务局就上门服务。”经理说。"
    assert [text[a:b] for a, b in speech_spans(text)] == ["“刚到这里，某市商务局就上门服务。”"]


@pytest.mark.parametrize("text,expected", [
    ("北川县应急管理局组织演练", ["北川羌族自治县应急管理局"]),
    ("三江县财政局安排资金", ["三江侗族自治县财政局"]),
    ("推进县域经济发展", []),
])
def test_short_form_with_level(text, expected):
    assert [m.actor.name for m in find_actors(text, "CN")] == expected
