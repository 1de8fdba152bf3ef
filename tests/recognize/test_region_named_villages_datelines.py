"""Named rules for places news pages name outside a county's own text (recognition.json).

* village_after_its_county (villages._village_anchors): 舒城县杏花岭村 — a village right after a
  county-level division named in full is a village of that county, whatever the document's home;
* village_by_its_institutions (villages institution_followers, villages._named_parent):
  “梨园村村民…” — X村 before 村民, 村委会, 村党支部… is a village by name; its parent is the one
  township (else county, else prefecture) the text names, and there is none when it names several;
* communities (villages communities): X社区 right after a township or county, or before its own
  bodies (社区党委, 居委会, 居民, also after 的); never a kind of community (智慧社区, 完整社区);
* dateline_places (find.dateline_places, datelines): 本报兰州3月5日电 — the place a dateline kept
  apart as the byline names; reporters' names are not read;
* macro_region_evidence (bare_macro_regions country_before, list_only_words): 我国北方 is the
  macro-region; 北部 and 南部 only as later items of a macro-region list (西部、北部地区);
* city_abbreviations_alone (province_abbreviations cities): 来穗发展, 在蓉工作, 甬企 — a city's
  one-character abbreviation in place context, as 在沪 and 来京; the character inside a word
  (稻穗, 芙蓉, 榕树) is none.

Every example is written for these tests; none is copied from a corpus or evaluation document.
"""
from __future__ import annotations

import pytest

from policydata.recognize.regions import dateline_places
from region_kit import pairs, mentions_by


VILLAGE_AFTER_ITS_COUNTY = [
    ("记者来到安徽舒城县杏花岭村，茶农正在采摘", [("杏花岭村", "xinghualing-village-341523")]),
    ("苏州市虎丘区金桥村开展清洁行动", [("金桥村", "jinqiao-village-320505")]),
    # kinds of village and institutions after a county stay words
    ("舒城县贫困村全部出列", []),
    ("舒城县村集体经济收入增长", []),
    ("舒城县各村建起文化广场", []),
    ("舒城县农村公路提档升级", []),
]


@pytest.mark.parametrize("text, expected", VILLAGE_AFTER_ITS_COUNTY)
def test_village_after_its_county(text, expected):
    assert mentions_by("village", text) == expected


VILLAGE_BY_ITS_INSTITUTIONS = [
    # the one township the text names is the parent
    ("“梨园村村民增收了”，舒城县晓天镇负责人说", [("梨园村", "liyuan-village-341523101")]),
    ("、桃坪村村委会和石桥村村民联合举办活动。舒城县将继续推广",
     [("桃坪村", "taoping-village-341523"), ("石桥村", "shiqiao-village-341523")]),
    # only the forms that repeat 村 vouch: 石桥村党支部 could be 石桥 + 村党支部
    ("、桃坪村村委会和石桥村党支部联合举办活动。舒城县将继续推广", [("桃坪村", "taoping-village-341523")]),
    # several townships named: no parent to give, no village
    ("“梨园村村民增收了”，晓天镇和桃溪镇都在推广", []),
    # no place at all: no village
    ("“梨园村村民增收了”", []),
    # pronouns and kinds of village before 村民 stay words
    ("“我们村村民都富了”，舒城县晓天镇负责人说", []),
    ("，相邻村村民互相帮忙。舒城县晓天镇", []),
    ("，贫困村村民全部脱贫。舒城县晓天镇", []),
]


@pytest.mark.parametrize("text, expected", VILLAGE_BY_ITS_INSTITUTIONS)
def test_village_by_its_institutions(text, expected):
    assert mentions_by("village", text) == expected


COMMUNITIES = [
    ("苏州市虎丘区狮山街道枫林社区开展义诊", [("枫林社区", "fenglin-community-320505002")]),
    ("前来咨询的枫林社区居民很多。虎丘区狮山街道组织志愿者", [("枫林社区", "fenglin-community-320505002")]),
    ("，枫林社区党委书记介绍。虎丘区狮山街道", [("枫林社区", "fenglin-community-320505002")]),
    # kinds of community, also right after a township
    ("推进智慧社区、完整社区建设。狮山街道", []),
    ("狮山街道老旧社区加装电梯", []),
    ("狮山街道幸福社区建设加快", []),
    ("接待来访的城市社区居民。狮山街道", []),
]


@pytest.mark.parametrize("text, expected", COMMUNITIES)
def test_communities(text, expected):
    assert mentions_by("village", text) == expected


DATELINE_PLACES = [
    ("本报兰州3月5日电  （记者王某）", ["兰州"]),
    ("（记者李某、张某）；新华社拉萨1月8日电", ["拉萨"]),
    ("本报记者  王某  摄", []),
    ("本报讯（记者 赵某）", []),
]


@pytest.mark.parametrize("byline, expected", DATELINE_PLACES)
def test_dateline_places(byline, expected):
    assert [m.text for m in dateline_places(byline)] == expected


def test_dateline_in_the_text_is_not_counted_twice():
    text = "本报兰州3月5日电  兰州新区发布新政策。"
    assert dateline_places("本报兰州3月5日电", skip_in=text) == []


MACRO_REGION_EVIDENCE = [
    ("我国北方冬季供暖需求大", [("我国", "CN"), ("北方", "northern-china")]),
    ("我国西部风光资源丰富", [("我国", "CN"), ("西部", "western-region")]),
    ("把西部、北部地区的绿电送往东部", [("西部", "western-region"), ("北部", "northern-china"),
                                     ("东部", "eastern-region")]),
    ("东部、南部沿海省份", [("东部", "eastern-region"), ("南部", "southern-china")]),
    # a part of a place: no macro-region
    ("城区北部地区新建学校", []),
    ("城区北部、南部片区", []),
    ("北部山区降雪", []),
    ("西北部地区有降雨", []),
]


@pytest.mark.parametrize("text, expected", MACRO_REGION_EVIDENCE)
def test_macro_region_evidence(text, expected):
    assert pairs(text) == expected


CITY_ABBREVIATIONS_ALONE = [
    ("欢迎海外人才来穗发展", [("穗", "440100")]),
    ("在蓉工作满三年的青年", [("蓉", "510100")]),
    ("今年以来，甬企开拓市场", [("甬", "330200")]),
    ("代表团驻邕期间参观了园区", [("邕", "450100")]),
    # inside a word, or with no place context
    ("稻穗饱满，麦穗金黄", []),
    ("芙蓉花开满城", []),
    ("榕树下乘凉", []),
    ("甬江两岸灯火通明", []),
]


@pytest.mark.parametrize("text, expected", CITY_ABBREVIATIONS_ALONE)
def test_city_abbreviations_alone(text, expected):
    assert pairs(text) == expected
