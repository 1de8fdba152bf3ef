"""Responsibility notes and meeting reports as actor sources (round 17): a note on a line of its own
after an item (own_line_note), units written with a bracket of their own (note_nested_brackets,
note_unit_split) or with a bare level word (bare_level_unit); a body whose decisions a verb carries out
or to which a draft is submitted (possessor_body); a meeting report's later paragraphs (会议审议通过…:
meeting_paragraph_act) and its voice (lead_meeting_voice). Sentences written for these tests."""
from __future__ import annotations

import pytest

from policydata.extract.measures.explain import explain_rows
from policydata.extract.measures.unit_notes import note_line, read_units, split_units


def rows(text: str, issuer: str = "", date: str = "") -> list[tuple[str, str, str]]:
    return [(r["quote"], r["actor"], r["status"]) for r in explain_rows(text, issuer=issuer, date=date)]


def actor_of(text: str, quote_start: str, **kw) -> str:
    found = [r for r in rows(text, **kw) if r[0].startswith(quote_start)]
    assert found, f"no measure starting {quote_start!r} in {rows(text, **kw)}"
    return found[0][1]


# ------------------------------------------------------------------ rule own_line_note

NOTICE = ("各县（市、区）人民政府，市政府各部门：\n"
          "现将今年重点工作分解如下，各责任单位要制定落实方案，按季度报告进展情况，确保年度任务如期完成。\n"
          "一、稳住工业增长，推动制造业提质升级\n"
          "1.支持骨干企业扩大产能，推动一批技改项目开工建设，落实设备更新贷款贴息政策，帮助中小企业拓展市场。\n"
          "责任单位：市工业和信息化局、市财政局\n"
          "2.开展消费券发放活动，培育夜间消费街区，引导商贸企业延长营业时间，丰富节假日消费供给。\n"
          "牵头单位：市商务局；配合单位：市财政局\n"
          "3.完善城乡供水设施，推进老旧供水管网改造，提高农村自来水普及率，保障群众饮水安全。\n")


@pytest.mark.parametrize("quote, expected", [
    ("支持骨干企业", "洛阳市工业和信息化局"),
    ("落实设备更新", "洛阳市工业和信息化局"),
    ("开展消费券", "洛阳市商务局"),
    ("引导商贸企业", "洛阳市商务局"),
])
def test_own_line_note_names_the_lead_of_the_item_before(quote, expected):
    assert actor_of(NOTICE, quote, issuer="洛阳市人民政府") == expected


def test_own_line_note_does_not_leak_into_the_next_item():
    assert actor_of(NOTICE, "完善城乡供水", issuer="洛阳市人民政府") == "洛阳市人民政府"


def test_note_line_itself_is_no_measure():
    assert not [r for r in rows(NOTICE, issuer="洛阳市人民政府") if "责任单位" in r[0] or "配合单位" in r[0]]


@pytest.mark.parametrize("line, units", [
    ("责任单位：市水利局、市住房城乡建设局", "市水利局、市住房城乡建设局"),
    ("（责任单位：县教育局）", "县教育局"),
    ("主责部门 区卫生健康局", "区卫生健康局"),
    ("牵头单位:市民政局;配合单位:市财政局", "市民政局"),
])
def test_note_line_forms(line, units):
    assert note_line(line).group("units") == units


@pytest.mark.parametrize("line", ["责任单位要按月报送进展情况。", "各责任单位：", "一、落实责任单位"])
def test_not_a_note_line(line):
    assert note_line(line) is None


# ------------------------------------------------------------------ rules note_nested_brackets, note_unit_split

def test_bracketed_note_with_a_bracket_inside_a_unit():
    text = ("（一）促进汽车消费。鼓励经销商开展让利活动，支持举办汽车展销会。"
            "（责任单位：市商务局、市公安局、各县（市、区）政府）")
    assert actor_of(text, "鼓励经销商", issuer="洛阳市人民政府") == "洛阳市商务局"


def test_units_split_outside_brackets():
    assert split_units("市农业农村局、各县（市、区）政府、市财政局") == ["市农业农村局", "各县（市、区）政府", "市财政局"]


# ------------------------------------------------------------------ rule bare_level_unit

def test_bare_level_unit_is_the_home_place_unit():
    lead, _ = read_units("市森林防火指挥部办公室、市应急管理局等", "410300")
    assert lead.name == "洛阳市森林防火指挥部办公室"


# ------------------------------------------------------------------ rule possessor_body

MEETING = ("新华社北京3月2日电  国务院总理张某3月2日主持召开国务院常务会议，研究推进城市更新有关工作。"
           "会议指出，要确保党中央各项决策部署落到实处，加快改造老旧小区。\n"
           "会议审议通过《社区养老服务促进条例》。会议指出，要扩大社区助餐服务。\n"
           "会议还讨论并原则通过《某某保护法（修订草案）》，决定将草案提交全国人大常委会审议。会议指出，要加快建立河湖巡查管护制度。\n")


@pytest.mark.parametrize("quote", ["加快改造老旧小区", "要扩大社区助餐服务", "要加快建立河湖巡查"])
def test_possessor_body_is_no_actor(quote):
    assert actor_of(MEETING, quote, issuer="新华社") == "国务院"


# ------------------------------------------------------------------ rule meeting_paragraph_act

@pytest.mark.parametrize("quote", ["研究推进城市更新", "会议审议通过《社区养老", "会议还讨论并原则通过"])
def test_meeting_acts_are_reported_acts_of_the_convening_body(quote):
    found = [r for r in rows(MEETING, issuer="新华社") if r[0].startswith(quote)]
    assert found and found[0][1:] == ("国务院", "reported"), rows(MEETING, issuer="新华社")


def test_a_meeting_discussing_a_draft_keeps_its_lead_sentence():
    text = ("新华社北京3月2日电  国务院总理张某主持召开国务院常务会议，研究部署春耕生产工作，"
            "讨论《某某促进法（草案）》。")
    got = rows(text, issuer="新华社")
    assert got and got[0][0].startswith("研究部署春耕生产工作") and got[0][1:] == ("国务院", "reported"), got


# ------------------------------------------------------------------ rule lead_meeting_voice

def test_meeting_report_published_by_an_office_is_the_governments_voice():
    text = ("省政府召开常务会议\n"
            "3月5日，省长张某主持召开省政府常务会议，研究部署春季农业生产工作。\n"
            "会议强调，全省各级各部门要压实防汛责任，加快修复水毁农田设施。\n")
    assert actor_of(text, "加快修复水毁", issuer="河南省人民政府办公厅") == "河南省人民政府"


# ------------------------------------------------------------------ rules adopted_title, meeting_study_verb

@pytest.mark.parametrize("clause, verb, expected", [
    ("会议审议通过《社区消防安全管理条例》", "审议通过", ("regulation", "adopted_title")),
    ("讨论并原则通过《某某资源保护法（修订草案）》", "讨论并原则通过", ("regulation", "adopted_title")),
    ("审议通过《城乡冷链物流发展规划》", "审议通过", ("plan", "adopted_title")),
    ("省政府办公厅印发《关于推进某某产业发展的实施意见》", "印发", ("plan", "issued_title")),
    ("研究推进城乡养老服务体系建设有关工作", "研究推进", ("other", "meeting_study_verb")),
    ("听取关于防汛备汛工作情况的汇报", "听取", ("other", "meeting_study_verb")),
])
def test_instruments_of_meeting_acts(clause, verb, expected):
    from policydata.extract.measures.instrument_rules import decide_instrument
    assert decide_instrument(clause, verb) == expected
