"""Rule item_numbers: one set of item numbers (lexicons/item_numbers.json) for every stage.

Section headings (recognize/sections), the measures walk's heading levels and its notes' items
(rule note_item_scope) and the figures' indicators (rule item_number_strip) read the same forms;
a reader differs only by a named level scheme or a named list of forms of that set.
"""
from __future__ import annotations

import pytest

from policydata import lexicon
from policydata.extract.figures.phrases import _clean_indicator
from policydata.extract.measures.speakers import _item_start
from policydata.recognize import sections
from policydata.text import item_numbers
from policydata.text.item_numbers import heading_level, inline_item, item_start, level_numbers


@pytest.mark.parametrize("text, outline, in_sections", [
    ("第二章 组织保障", 1, 1),
    ("第一部分 发展基础", 1, 1),
    ("三、强化要素保障", 1, 1),
    ("四．推进改革", 1, 1),
    ("（五）做好兜底保障", 2, 2),
    ("(六)优化服务", 2, 2),
    ("7.完善考核办法", 3, 3),
    ("8、加强督查", 3, 3),
    ("（9）其他事项", 4, 3),   # the one difference: sections count （1） with 1.
    ("  10．落实责任", 3, 3),  # white space before the number aside
    ("做好春耕备耕", 0, 0),
])
def test_heading_level_by_scheme(text, outline, in_sections):
    assert heading_level(text) == outline
    assert heading_level(text, "sections") == in_sections
    assert sections.heading_level(text.strip()) == in_sections


@pytest.mark.parametrize("text", ["1.5万吨粮食入库", "2、3个乡镇试点", "3.8%的增速"])
def test_item_number_not_before_digit(text):
    """Rule item_number_not_before_digit: a decimal or a list of numbers is no item number."""
    assert heading_level(text) == 0 and heading_level(text, "sections") == 0
    assert item_start().sub("", text) == text
    assert not list(inline_item().finditer("农田改造完成。" + text))


def test_sections_take_their_numbers_from_the_one_set():
    assert sections._heading_numbers() == dict(level_numbers("sections"))
    assert sections.heading_tense("（3）加快建设冷链仓储", 3, 2026)[0] == "plan"  # the number stripped


def test_item_number_strip_keeps_the_number_out_of_the_indicator():
    assert _clean_indicator("3.新建高标准农田") == "新建高标准农田"
    assert _clean_indicator("（四）林木覆盖率") == "林木覆盖率"
    assert _clean_indicator("5G基站") == "5G基站"


def test_note_item_scope_finds_the_item_inside_a_paragraph():
    text = "各县要压实责任。 二、抓好春耕 3.落实耕地地力补贴。（县农业农村局负责）"
    assert text[_item_start(text, 0, text.index("（县")):].startswith("3.落实")
    # a chapter number or a bracketed digit inside a paragraph opens no item
    assert [m.group() for m in inline_item().finditer("见第二章。（3）另行通知。四、抓好督办")] == ["四、"]


def test_the_lexicon_is_read_through_the_one_loader_and_checked():
    data = lexicon.load(item_numbers.LEXICON)
    forms = {k for k in data["forms"] if not k.startswith("_")}
    for scheme, levels in data["levels"].items():
        if not scheme.startswith("_"):
            assert {k for k in levels if not k.startswith("_")} == forms, scheme  # every form has a level
    assert set(data["inline"]["forms"]) <= forms and set(data["item_start"]["forms"]) <= forms
    with pytest.raises(lexicon.LexiconError, match="missing key 'inline'"):
        lexicon.check_keys(item_numbers.LEXICON, {k: v for k, v in data.items() if k != "inline"})


def test_so_far_this_year_and_heading_notes_read_the_one_set():
    """Rule so_far_this_year (an item number may open its lead) and the measures' 一、 heading with a
    closing note read their item numbers from the one set (``item_number``)."""
    from policydata.extract.context import opens_so_far_this_year
    from policydata.extract.measures.headings import _NUMBERED_HEADING
    leads = ["二、今年以来，全镇新修水渠5公里。", "（三）年初以来，某县新增企业40家。", "（4）今年以来，累计培训200人次。",
             "5.今年以来，全区接待游客3万人次。", "推进今年以来出台政策的落实。"]
    assert [opens_so_far_this_year(t) for t in leads] == [True, True, True, True, False]
    assert [bool(_NUMBERED_HEADING.match(t)) for t in ("三、抓好春耕", "（三）抓好春耕", "3.抓好春耕")] == [True, False, False]
