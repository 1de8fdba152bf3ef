"""Rule clause_shape: the construction features rule clause_model reads besides a clause's words
(a verb of effect and its place, the punctuation before, a purpose/means clause before, the shape
of the sentence on its line). Example sentences are our own."""
from __future__ import annotations

import pytest

from policydata.extract.measures.clause_shape import (heading_shape, previous_clause_feature, result_feature,
                                                      separator_feature, shape_features)


@pytest.mark.parametrize("clause, index, count, open_measure, expected", [
    ("降低农户灌溉成本", 1, 2, True, "ev:last|o1"),         # a result after an action: what it is for
    ("切实保障务工人员权益", 2, 3, True, "ev:last|o1"),      # adverb of manner before the verb of effect
    ("促进家电以旧换新消费", 0, 2, False, "ev:first|o0"),    # opening the sentence: a commitment in a plan
    ("进一步提升窗口办事效率", 1, 3, True, "ev:mid|o1"),
    ("以标准升级带动产品换代", 0, 1, False, "ev:means"),      # 以X带动Y: means, then the effect
    ("新建乡镇卫生院两所", 1, 2, True, ""),                   # an action verb: no feature
    ("以县城为重要载体", 0, 2, False, ""),                    # a means phrase with no verb of effect
])
def test_result_feature(clause, index, count, open_measure, expected):
    assert result_feature(clause, index, count, open_measure) == expected


@pytest.mark.parametrize("text, start, expected", [
    ("完善路网，修缮桥梁", 0, "sep:start"),
    ("完善路网，修缮桥梁", 5, "sep:comma"),
    ("完善路网；修缮桥梁", 5, "sep:semi"),
    ("重点任务：修缮桥梁", 5, "sep:colon"),
    ("完善路网， 修缮桥梁", 6, "sep:comma"),                  # a blank after the comma
])
def test_separator_feature(text, start, expected):
    assert separator_feature(text, start, 0) == expected


@pytest.mark.parametrize("previous, expected", [
    ("为了方便老人就医", "pc:wei"),
    ("为进一步稳定就业", "pc:wei"),
    ("以社区食堂为依托", "pc:yi"),
    ("通过线上平台", "pc:yi"),
    ("围绕主导产业", "pc:yi"),
    ("扩大有效投资", ""),
])
def test_previous_clause_feature(previous, expected):
    assert previous_clause_feature(previous) == expected


def _shape(t, sentence, count, frame):
    start = t.index(sentence)
    return heading_shape(t, start, start + len(sentence), count, frame)


def test_heading_shape_reads_item_numbers_and_run_in_subheads():
    t = "（二）做强特色农业。新增茶园两千亩，建成加工厂一座。"
    assert _shape(t, "（二）做强特色农业。", 1, "review") == [
        "hs:enum", "hs:enum|review", "hs:enumshort", "hs:enumshort|review",
        "hs:runin", "hs:runin|review", "hs:linehead", "hs:linehead|review"]
    t = "2.完善养老服务，扩大助餐覆盖。新建日间照料中心五处。"
    assert _shape(t, "2.完善养老服务，扩大助餐覆盖。", 2, "plan") == ["hs:enum", "hs:enum|plan", "hs:enumshort",
                                                             "hs:enumshort|plan"]
    # a short summary sentence inside the line, after the item's first sentence: run-in, not line head
    t = "（三）壮大县域经济，园区提质明显。做强龙头企业。培育规上企业十家。"
    assert _shape(t, "做强龙头企业。", 1, "review") == ["hs:runin", "hs:runin|review"]


@pytest.mark.parametrize("text, sentence, count", [
    ("壮大县域经济。培育龙头企业十家。", "培育龙头企业十家。", 1),   # last on its line
    ("壮大县域经济。\n培育龙头企业十家。", "壮大县域经济。", 1),      # alone on its line
    ("新增企业12家。培育龙头企业。", "新增企业12家。", 1),           # a figure: a fact, no summary
    ("壮大县域经济，培育企业。再建园区。", "壮大县域经济，培育企业。", 2),  # two clauses, no number
])
def test_heading_shape_is_empty_for_body_sentences(text, sentence, count):
    assert _shape(text, sentence, count, "review") == []


def test_heading_shape_reads_enumerations_after_a_line_break():
    t = "前言。\n一是加快旧村改造。二是修缮古桥。"
    assert _shape(t, "一是加快旧村改造。", 1, "plan")[:2] == ["hs:enum", "hs:enum|plan"]


def test_shape_features_join_into_one_string():
    t = "为方便群众出行，新开公交线路三条，降低出行成本。"
    starts = [0, 8, 17]
    texts = ["为方便群众出行", "新开公交线路三条", "降低出行成本"]
    assert shape_features(t, 0, len(t), starts, texts, 1, False, "review") == "sep:comma pc:wei"
    assert shape_features(t, 0, len(t), starts, texts, 2, True, "review") == "ev:last|o1 sep:comma"
