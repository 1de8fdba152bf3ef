"""Named rules that admit short names of cities and counties of a document's own province.

* development_zone_names_its_city (scan._development_zone_follows): 大同经开区 names 大同 and
  the zone, also when the city's name is an ordinary word (then only with its area in view);
* river_stretch_of_a_county (scan._glued_both_sides): 推进偏关黄河大桥 — a river name right
  after a county short name frees its glued side;
* ordinary_word_city_in_a_list (listed_names._listed_with_sibling_city): 大同、朔州 — a city whose
  name is a word, listed with 、 next to a city of its province, or glued right after one
  when a pair word or a boundary follows (朔州大同联动).
* science_city_zones (zone_suffixes 科技城, 科学城; composites.zone_mentions): a science city
  named after a place or a local name at a clause start is a zone; the local name may have three
  characters where two would start inside a word (，白鹭湾科技城); no zone from a verb or a kind.

Every example is written for these tests; none is copied from a corpus document.
"""
from __future__ import annotations

import pytest

from region_kit import pairs


DEVELOPMENT_ZONE_NAMES_ITS_CITY = [
    # (text, home, expected (surface, region id) pairs)
    ("支持大同经开区创建示范园区", "140000",
     [("大同", "140200"), ("大同经开区", "datong-etdz")]),
    ("推动长治高新区扩区调规", "140000",
     [("长治", "140400"), ("长治高新区", "changzhi-high-tech-zone")]),
    ("日照综保区实现封关运作", "370000",
     [("日照", "371100"), ("日照综保区", "rizhao-comprehensive-bonded-zone")]),
    ("在白银高新技术产业开发区落地", "620000",
     [("白银", "620400"), ("白银高新技术产业开发区", "baiyin-high-tech-zone")]),
    # no zone type after the word: the word stays a word
    ("求大同存小异，确保长治久安", "140000", []),
    # a district of another province (天津和平区) in a Shanxi text: no evidence
    ("建设和平高新区", "140000", []),
    # 园区 is no state zone type: 合作园区 is a cooperation park
    ("共建合作园区", "620000", []),
]


@pytest.mark.parametrize("text, home, expected", DEVELOPMENT_ZONE_NAMES_ITS_CITY)
def test_development_zone_names_its_city(text, home, expected):
    assert pairs(text, home) == expected


RIVER_STRETCH_OF_A_COUNTY = [
    ("年内推进偏关黄河大桥建设", "140000", [("偏关", "140932")]),
    ("加快保德黄河湿地修复", "140000", [("保德", "140931")]),
    # no county before the river
    ("持续加强保护黄河生态", "140000", []),
    # glued on both sides with no river after: still part of other words
    ("推进超高清新型显示产业", "440000", []),
]


@pytest.mark.parametrize("text, home, expected", RIVER_STRETCH_OF_A_COUNTY)
def test_river_stretch_of_a_county(text, home, expected):
    assert pairs(text, home) == expected


ORDINARY_WORD_CITY_IN_A_LIST = [
    ("推进大同、朔州、忻州协同发展", "CN",
     [("大同", "140200"), ("朔州", "140600"), ("忻州", "140900")]),
    ("支持金昌、白银共建产业带", "CN", [("金昌", "620300"), ("白银", "620400")]),
    # words in a list, no city beside them
    ("实现天下大同、长治久安", "CN", []),
    # 和/与 join words too: only 、 lists the city
    ("坚持合作与发展", "620000", []),
    # glued right after a sibling city, closing the pair (coordination pair_followers)
    ("推动朔州大同联动发展", "CN", [("朔州", "140600"), ("大同", "140200")]),
    ("支持金昌白银两地共建", "CN", [("金昌", "620300"), ("白银", "620400")]),
    ("建设临汾长治。", "CN", [("临汾", "141000"), ("长治", "140400")]),
    # glued, the word reading runs on
    ("确保晋城长治久安", "CN", [("晋城", "140500")]),
    ("青岛日照时数偏多", "370000", [("青岛", "370200")]),
    ("金昌白银价格上涨", "620000", [("金昌", "620300")]),
]


@pytest.mark.parametrize("text, home, expected", ORDINARY_WORD_CITY_IN_A_LIST)
def test_ordinary_word_city_in_a_list(text, home, expected):
    assert pairs(text, home) == expected


ZONE_OF_A_WORD_NAME_NEEDS_ITS_AREA = [
    # (text, home, expected divisions): a name that is a word, with no place of its own named,
    # guesses no division (南山: Shenzhen's or Hegang's?)
    ("推进南山高新区建设", "CN", []),
    ("宝山经开区新签项目", "CN", []),
    # the same with its province in view
    ("推进南山高新区建设", "440000", [("南山", "440305")]),
]


@pytest.mark.parametrize("text, home, expected", ZONE_OF_A_WORD_NAME_NEEDS_ITS_AREA)
def test_zone_of_a_word_name_needs_its_area(text, home, expected):
    assert [(s, r) for s, r in pairs(text, home) if r[0].isdigit()] == expected


SCIENCE_CITY_ZONES = [
    # (text, home, expected (surface, region id) pairs)
    ("，雁塘科学城开工建设", "CN", [("雁塘科学城", "yantang-science-city")]),
    ("。白鹭湾科技城落户新项目", "CN", [("白鹭湾科技城", "bailuwan-science-and-technology-city")]),
    ("，绵阳科技城新增企业", "CN", [("绵阳", "510700"), ("绵阳科技城", "mianyang-science-and-technology-city")]),
    ("支持建设科技城", "CN", []),
    ("，综合性科学城", "CN", []),
    ("高水平建设科学城", "CN", []),
]


@pytest.mark.parametrize("text, home, expected", SCIENCE_CITY_ZONES)
def test_science_city_zones(text, home, expected):
    assert pairs(text, home) == expected
