"""Region name forms and constructions found missing on documents nobody tuned to: the far end of a
route (甲至乙高铁), a shift between macro-regions (东部…向西部), traditional and plan-area names,
a province's name + direction + 部 (江西南部), a direction right after a division (湖南西部: its part), and township short names that are ordinary words. Sentences are written for these tests."""
from __future__ import annotations

import pytest

from region_kit import pairs


# text, home region, (surface, region id) pairs that must be found
FOUND = [
    # the far end of a route named after both ends, a county of another province
    ("今年开工万州至利川高速", "500000", [("万州", "500101"), ("利川", "422802")]),
    ("建成黔江到吉首铁路", "500000", [("吉首", "433101")]),
    ("推进三明至莆田高铁前期工作", "350000", [("三明", "350400"), ("莆田", "350300")]),
    # a shift between two macro-regions in one clause
    ("鼓励东部企业向西部梯度转移", "CN", [("东部", "eastern-region"), ("西部", "western-region")]),
    ("支持东部地区产业往中西部有序转移", "CN", [("中西部", "central-western-region")]),
    # traditional and plan-area names
    ("让巴渝大地更加美丽", "CN", [("巴渝大地", "bayu")]),
    ("支持大湘西片区发展文化旅游", "430000", [("大湘西片区", "greater-xiangxi")]),
    ("洞庭湖区粮食生产稳定", "430000", [("洞庭湖区", "dongting-lake-area")]),
    # a province's short name + direction + 部: the sub-province region (赣南 = 江西南部)
    ("加快建设江西南部重要增长极", "CN", [("江西", "360000"), ("江西南部", "southern-jiangxi")]),
    ("河北南部地区大气治理", "CN", [("河北南部", "southern-hebei")]),
    # a district under its former county or county-level city name, its prefecture in view
    ("南京市溧水县、高淳县", "CN", [("溧水", "320117"), ("高淳", "320118")]),
    # a division abolished since (former_divisions.csv) is that former division, under its prefecture
    ("济南市章丘市农村环境整治", "370000", [("章丘市", "370181")]),
    # a township with its suffix still counts
    ("越秀区人民街道开展活动", "440100", [("人民街道", "440104010")]),
]

# text, home region, surfaces that must not be found
NOT_FOUND = [
    ("直至和平铁路通车", "CN", ["和平"]),          # no place before the connector
    ("城区东部，向西部延伸道路", "CN", ["东部", "西部"]),  # a clause stop between: a direction in a town
    ("东部战区向西部战区派员", "CN", ["东部", "西部"]),     # theatre commands
    ("推动东北亚向西部开放", "CN", ["东北"]),
    ("洞庭湖水位回落", "430000", ["洞庭湖"]),         # the lake itself is no region
    ("广州市人民政府印发通知", "440100", ["人民"]),
    ("建设广西北部湾经济区", "CN", ["广西北部"]),      # the Beibu Gulf
    ("改善湖南西部山区交通", "CN", ["西部"]),         # the west of Hunan, not the Western Region
    ("河南部分地区降雨", "CN", ["河南部"]),
    ("推动溧水县域发展", "CN", ["溧水"]),            # no prefecture in view     # 人民政府, not 人民街道
    ("把广州建设成为国际大都市", "440100", ["建设"]),
]


@pytest.mark.parametrize("text, home, expected", FOUND)
def test_found(text, home, expected):
    found = pairs(text, home)
    for pair in expected:
        assert pair in found, (text, found)


@pytest.mark.parametrize("text, home, surfaces", NOT_FOUND)
def test_not_found(text, home, surfaces):
    found = [surface for surface, _ in pairs(text, home)]
    for surface in surfaces:
        assert surface not in found, (text, found)
