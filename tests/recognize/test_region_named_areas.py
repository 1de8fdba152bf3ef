"""Named areas from complete general tables (functional_regions.csv) and three general rules found
missing on unseen sets: the national city clusters, river-basin reaches and reservoir areas,
basins and valleys, the key old revolutionary base areas; a macro-region before 全面振兴 or a
regional grid (东北电网); a province pair in a partnership (京冀间); a four-character village
stem right after its township. Sentences are written for these tests."""
from __future__ import annotations

import pytest

from policydata.recognize.regions import get_region
from region_kit import pairs


# text, home region, (surface, region id) pairs that must be found
FOUND = [
    # city clusters of the national list
    ("加快推进辽中南城市群一体化", "CN", [("辽中南城市群", "liaozhongnan-city-cluster")]),
    ("太原带动山西中部城市群发展", "CN", [("山西中部城市群", "central-shanxi-city-cluster")]),
    ("粤闽浙沿海城市群港口众多", "CN", [("粤闽浙沿海城市群", "guangdong-fujian-zhejiang-coastal-city-cluster")]),
    # reaches of a river and reservoir areas
    ("加强长江上游生态屏障建设", "CN", [("长江上游", "upper-yangtze")]),
    ("黄河上中游水土流失治理", "CN", [("黄河上中游", "upper-middle-yellow-river")]),
    ("三峡库区移民安稳致富", "CN", [("三峡库区", "three-gorges-reservoir-area")]),
    # plains, basins and valleys
    ("汾渭平原秋冬季大气治理", "CN", [("汾渭平原", "fenwei-plain")]),
    ("伊犁河谷的薰衣草开了", "CN", [("伊犁河谷", "ili-valley")]),
    ("柴达木盆地盐湖资源丰富", "CN", [("柴达木盆地", "qaidam-basin")]),
    # old revolutionary base areas
    ("沂蒙老区群众生活更好", "CN", [("沂蒙老区", "yimeng")]),
    ("支持陕甘宁革命老区振兴发展", "CN", [("陕甘宁革命老区", "shaanganning")]),
    ("原中央苏区振兴发展", "CN", [("原中央苏区", "former-central-soviet-area")]),
    # a macro-region before 全面振兴 and as the name of a regional grid
    ("推动东北全面振兴取得新突破", "CN", [("东北", "northeast-china")]),
    ("西北电网新能源装机增长", "CN", [("西北", "northwest-china")]),
    # two province abbreviations in a partnership
    ("京冀间数据传输时延降低", "CN", [("京冀", "jing-ji")]),
    ("深化沪苏协作", "CN", [("沪苏", "hu-su")]),
]

# text, home region, surfaces that must not be found
NOT_FOUND = [
    ("加强东北亚区域合作", "CN", ["东北"]),            # a foreign region
    ("自治区支持东部盟市加快发展", "CN", ["东部"]),   # a descriptor
    ("京雄高速全线通车", "CN", ["京雄"]),              # a route name has no region word
]


@pytest.mark.parametrize("text,home,want", FOUND)
def test_named_areas_found(text, home, want):
    got = pairs(text, home)
    for pair in want:
        assert pair in got, (text, got)


@pytest.mark.parametrize("text,home,unwanted", NOT_FOUND)
def test_named_areas_not_found(text, home, unwanted):
    got = [s for s, _ in pairs(text, home)]
    for surface in unwanted:
        assert surface not in got, (text, got)


def test_reach_names_carry_the_surface():
    """The canonical name holds the common surface, so a table reader finds 长江上游 and 沂蒙."""
    assert "长江上游" in get_region("upper-yangtze").name_zh
    assert "沂蒙" in get_region("yimeng").name_zh
    assert get_region("ili-valley").parent_id == "654000"


def test_four_character_village_after_township():
    got = pairs("某县窑沟乡王家圪梁村的村民种植小米", "150124")
    assert any(s == "王家圪梁村" for s, _ in got), got
    # the stem is checked like shorter ones: an action word is no village
    assert not any(s.endswith("村") for s, _ in pairs("窑沟乡加快建设美丽村", "150124"))
