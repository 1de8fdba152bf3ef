"""Named rules for villages in a county's own text (recognition.json villages), and one for towns.

* three_character_stems (villages.village_mentions, boundary_stem_lengths): 、石门坎村 — the
  stem is the shortest that starts at a boundary, so list items of three characters are found;
* shared_suffix_lists (townships._shared_suffix_villages): 青石和柳湾村, 桃园、杏林等(2个)村 —
  stems listed before a village or before 等村 share its suffix;
* village_named_like_a_county (scan._admin_suffix_agrees, admin_suffix_consistency 村): 凤凰村 in
  a Hunan text is a village, not 凤凰县; 凤凰村镇银行 still names the county;
* villages_after_more_verbs (villages after: 培育, 落实, 新建…) and mountain villages (山 may end
  a village stem; the 山村 words 小山村, 深山村 stay words).
* village_in_named_township (villages._township_in_view): in a text about one township whose
  home is no county (a provincial paper's story on a town), a village at a clause boundary after
  the town is named is one of that town's villages; not before it, and not when two towns are named.
* new_town_short_names (townships new_town_short_names): 新江湾城 — a short township name of
  four or more characters ending in 城 is kept in the index (short ones such as 凤凰城 are not).

Every example is written for these tests; none is copied from a corpus or evaluation document.
"""
from __future__ import annotations

import pytest

from policydata.recognize.regions import find_regions
from region_kit import pairs

COUNTY = "341523"  # a county's own text: villages are named places there
HUNAN_COUNTY = "433101"  # a county of a prefecture whose other counties are 凤凰, 古丈, 龙山…


def texts(text: str, home: str = COUNTY) -> list[str]:
    return [m.text for m in find_regions(text, home_region=home)]


THREE_CHARACTER_STEMS = [
    # (text, expected surfaces)
    ("完成石门坎村、柳树湾村、青石村道路硬化", ["石门坎村", "柳树湾村", "青石村"]),
    ("走进石门坎村调研", ["石门坎村"]),
    ("，石门坎村新建文化广场", ["石门坎村"]),
    # a two-character stem still wins when it starts at a boundary
    ("在青石村召开现场会", ["青石村"]),
    # kinds of village, also with three characters
    ("，偏远山村通上了网", []),
    ("，未脱贫村全部退出", []),
    ("，扶贫重点村达标", []),
    # a number before the stem: a quantity, no village (2万亩到村, 资金到村)
    ("完成2万亩到村项目", []),
    ("，资金到村到户", []),
]


@pytest.mark.parametrize("text, expected", THREE_CHARACTER_STEMS)
def test_three_character_stems(text, expected):
    assert texts(text) == expected


SHARED_SUFFIX_LISTS = [
    ("完成道路硬化、青石和柳湾村灌溉渠", [("青石", "qingshi-village-341523"), ("柳湾村", "liuwan-village-341523")]),
    ("，桃园、杏林等村种植葡萄", [("桃园", "taoyuan-village-341523"), ("杏林", "xinglin-village-341523")]),
    ("建设桃园等村200亩果园", [("桃园", "taoyuan-village-341523")]),
    # 等 and a count before the suffix close the list too
    ("，桃园、杏林等2个村完成复垦", [("桃园", "taoyuan-village-341523"), ("杏林", "xinglin-village-341523")]),
    ("实施桃园、杏林等两村联建", [("桃园", "taoyuan-village-341523"), ("杏林", "xinglin-village-341523")]),
    # a word joint after a verb: an institution and a village, not two villages
    ("支持企业和柳湾村合作", [("柳湾村", "liuwan-village-341523")]),
    # in a list closed by 等村 a stem may end in 城; alone, 县城 stays a word
    ("，新城、古城等村完成改造", [("新城", "xincheng-village-341523"), ("古城", "gucheng-village-341523")]),
    ("，县城等村", []),
    # kinds of village before 等村 stay kinds
    ("落实重点等村帮扶", []),
]


@pytest.mark.parametrize("text, expected", SHARED_SUFFIX_LISTS)
def test_shared_suffix_lists(text, expected):
    assert pairs(text, COUNTY) == expected


def test_shared_suffix_lists_need_a_county_home():
    assert pairs("，桃园、杏林等村种植葡萄", "CN") == []


VILLAGE_NAMED_LIKE_A_COUNTY = [
    ("推进凤凰村美丽乡村建设", [("凤凰村", "fenghuang-village-433101")]),
    ("，凤凰村、古丈村完成改厕", [("凤凰村", "fenghuang-village-433101"), ("古丈村", "guzhang-village-433101")]),
    # 村 starting a word: the county's rural bank, its villages
    ("凤凰村镇银行开业", [("凤凰", "433123")]),
    # the county itself
    ("推进凤凰县全域旅游", [("凤凰县", "433123")]),
]


@pytest.mark.parametrize("text, expected", VILLAGE_NAMED_LIKE_A_COUNTY)
def test_village_named_like_a_county(text, expected):
    assert pairs(text, HUNAN_COUNTY) == expected


VILLAGES_AFTER_MORE_VERBS = [
    ("培育柳湾村稻虾基地", ["柳湾村"]),
    ("落实青石村改厕项目", ["青石村"]),
    ("，龙潭山村新建村部", ["龙潭山村"]),
    ("、靠岭山村", ["靠岭山村"]),
    ("完成南山村道路建设", ["南山村"]),
    ("，建成柳湾村文化广场", ["柳湾村"]),
    ("，改造青石村危旧房", ["青石村"]),
    # 山村 as a word
    ("走进小山村", []),
    ("，深山村寨通电", []),
    ("培育示范村、重点村", []),
]


@pytest.mark.parametrize("text, expected", VILLAGES_AFTER_MORE_VERBS)
def test_villages_after_more_verbs(text, expected):
    assert texts(text) == expected


NOT_VILLAGES = [
    # verbs taking 村 as their object, also before a three-character stem
    "，规范村集体经济组织运行",
    "，加快实现村级事务公开",
    "，实施强村富民工程",
    "，启动新村规划编制",
    "，落实村规民约",
    # numerals and merging: programmes, not names
    "，深化百村示范",
    "，推进撤乡并村",
    # kinds of village
    "，打造精品村和一般村",
    "，开展清洁村评选",
    "，全县村集体经济收入增长",
    # building verbs themselves before 村 (an institution of the village, a rating)
    "，扩建村卫生室",
    "，修建村级道路",
    "，评选四星村和危房村",
    "。增收村财逾百万",
]


@pytest.mark.parametrize("text", NOT_VILLAGES)
def test_not_villages(text):
    for home in (COUNTY, HUNAN_COUNTY):  # 全县 itself is deixis for the county: only villages are asked
        assert [m.text for m in find_regions(text, home_region=home) if m.how == "village"] == []


NEW_TOWN_SHORT_NAMES = [
    # (text, home, expected (surface, id)): a long short name ending in 城 is the township itself
    ("先行启动新江湾城建设", "310110", [("新江湾城", "310110020")]),
    # a short one stays out (a city's quarter or a city: 凤凰城)
    ("建设凤凰城", "CN", []),
]


@pytest.mark.parametrize("text, home, expected", NEW_TOWN_SHORT_NAMES)
def test_new_town_short_names(text, home, expected):
    assert pairs(text, home) == expected


VILLAGE_IN_NAMED_TOWNSHIP = [
    # (text, home, expected surfaces) — a province's paper on one town of 安吉县
    ("安吉县天荒坪镇推进竹林碳汇。大竹园村建成民宿集群。", "330000", ["安吉县", "天荒坪镇", "大竹园村"]),
    ("安吉县天荒坪镇推进竹林碳汇。，大溪村建成民宿集群。", "330000", ["安吉县", "天荒坪镇", "大溪村"]),
    # the village before the town: the text has not yet said where it is
    ("大溪村建成民宿集群。安吉县天荒坪镇推进竹林碳汇。", "330000", ["安吉县", "天荒坪镇"]),
    # two towns: which one is not said
    ("安吉县天荒坪镇、孝丰镇推进竹林碳汇。大溪村建成民宿集群。", "330000", ["安吉县", "天荒坪镇", "孝丰镇"]),
    # kinds of village stay words
    ("安吉县天荒坪镇推进竹林碳汇。美丽乡村建设提速，示范村达标。", "330000", ["安吉县", "天荒坪镇"]),
]


@pytest.mark.parametrize("text, home, expected", VILLAGE_IN_NAMED_TOWNSHIP)
def test_village_in_named_township(text, home, expected):
    assert texts(text, home) == expected
