"""Named rules for short names in a document's own province.

* unique_town_of_home_province (townships._unique_province_short_names): a short township
  name (without 镇/乡/街道) that only one township in the country bears, lying in the home
  province, is that township when it stands before a locality word (片区, 一带, 南部) or next to
  another such township of the same county — never alone, and not in another province's text.
* county_inside_facility_name (matching.inside_facility_name): a county short name of the home
  province glued on both sides inside a project's name (某能源偏关储能电站) names the county
  when a facility noun closes the same run of characters within a few characters.
* former_divisions (gazetteer.load_gazetteer, lexicons/regions/former_divisions.csv): a division
  abolished or renamed since (大同县, 莱芜市) is named in older texts under its own name and
  code; its current successor keeps its own (章丘区); former districts give no short name.
* a county whose short name is a department word (公安县: 公安 'police') is in
  common_word_names: 市公安局 names no county; its full name or its parent before it still do.

Every example is written for these tests; none is copied from a corpus document.
"""
from __future__ import annotations

import pytest

from region_kit import pairs


UNIQUE_TOWN_OF_HOME_PROVINCE = [
    # (text, home, expected (surface, region id) pairs)
    # two towns of one county (宁海县), the second before 片区, the first listed before it
    ("推进前童、桑洲片区建设", "330000", [("前童", "330226106"), ("桑洲", "330226107")]),
    # glued to a town of the same county (杭州市上城区), the pair before 片区
    ("打造丁兰彭埠片区", "330000", [("丁兰", "330102017"), ("彭埠", "330102015")]),
    # before a locality word alone
    ("改善桑洲一带交通条件", "330000", [("桑洲", "330226107")]),
    # alone: a short name needs a locality word or a neighbour town
    ("推进前童建设", "330000", []),
    # not the home province: no township of that province is in view
    ("推进前童、桑洲片区建设", "440000", []),
    ("推进前童、桑洲片区建设", "CN", []),
]


@pytest.mark.parametrize("text, home, expected", UNIQUE_TOWN_OF_HOME_PROVINCE)
def test_unique_town_of_home_province(text: str, home: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, home) == expected


COUNTY_INSIDE_FACILITY_NAME = [
    # (text, home, expected (surface, region id) pairs)
    ("某能源公司河曲风光储一体化电站并网", "140000", [("河曲", "140930")]),
    ("建成某电力偏关抽水蓄能电站", "140000", [("偏关", "140932")]),
    # a break character: the facility noun is no part of a name starting at the county
    ("某集团偏关的电站", "140000", []),
    # too far from the facility noun: no project name
    ("华能偏关推进新能源产业高质量发展建设电站", "140000", []),
    # another province's county, glued: no evidence
    ("某能源公司河曲风光储一体化电站并网", "440000", []),
]


@pytest.mark.parametrize("text, home, expected", COUNTY_INSIDE_FACILITY_NAME)
def test_county_inside_facility_name(text: str, home: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, home) == expected


FORMER_DIVISIONS = [
    # (text, home, expected (surface, region id) pairs)
    ("山西省大同县发展黄花产业", "CN", [("山西省", "140000"), ("大同县", "140227")]),
    ("莱芜市钢铁产业转型", "370000", [("莱芜市", "371200")]),
    ("烟台长岛建设海洋牧场", "CN", [("烟台", "370600"), ("长岛", "370634")]),
    # the current successor is itself
    ("济南市章丘区推进农村改厕", "370000", [("济南市", "370100"), ("章丘区", "370114")]),
    # no short name of a city's former district (南郊区, 吉利区): ordinary words stay words
    ("城市南郊新建公园", "140000", []),
    ("支持吉利汽车扩大产能", "410000", []),
]


@pytest.mark.parametrize("text, home, expected", FORMER_DIVISIONS)
def test_former_divisions(text: str, home: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, home) == expected


DEPARTMENT_WORD_COUNTY = [
    # (text, home, expected (surface, region id) pairs)
    ("由市财政局、市公安局按职责分工负责", "421100", []),
    ("县公安局加强交通管理", "421000", []),
    ("湖北省公安县建设粮食产业园", "CN", [("湖北省", "420000"), ("公安县", "421022")]),
    ("荆州公安发展柑橘产业", "CN", [("荆州", "421000"), ("公安", "421022")]),
]


@pytest.mark.parametrize("text, home, expected", DEPARTMENT_WORD_COUNTY)
def test_department_word_county(text: str, home: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, home) == expected


# township_short_name_place_evidence (townships._place_evidence): a pending short town name (a
# town unique in the country in the home province, or one of a context county) counts with the
# evidence that vouches for a weak county name, and two of one prefecture listed side by side
# vouch for each other. county_glued_three_chars (scan._has_evidence): only a two-character
# county short name glued on both sides is a word fragment; three characters name the county.
TOWN_WITH_PLACE_EVIDENCE = [
    # (text, home, expected (surface, region id) pairs)
    ("建成兰州至冶力关公路", "620000", [("兰州", "620100"), ("冶力关", "623021103")]),  # 至 + road word
    ("冶力关水库除险加固", "620000", [("冶力关", "623021103")]),  # a facility head after it
    ("修通某村至丹堡等乡道", "620000", [("丹堡", "621222111")]),  # two characters: a connector after a word
    ("截至丹堡", "620000", []),  # 截至 is no connector
    ("推进冶力关建设", "620000", []),  # no evidence: never alone
    ("建成兰州至冶力关公路", "440000", [("兰州", "620100")]),  # not the home province
    # two towns of one prefecture (two districts of Beijing) listed side by side
    ("打造什刹海、八达岭等文旅片区", "110000", [("什刹海", "110102012"), ("八达岭", "110119102")]),
    ("推进什刹海、某某、八达岭改造", "110000", []),  # not side by side
    ("打造什刹海、八达岭等文旅片区", "440000", []),
    # a three-character county short name inside a plant's name, in its own province
    ("某钢阿克塞二期投产", "620000", [("阿克塞", "620924")]),
]


@pytest.mark.parametrize("text, home, expected", TOWN_WITH_PLACE_EVIDENCE)
def test_town_with_place_evidence(text: str, home: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, home) == expected
