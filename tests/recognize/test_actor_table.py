"""The actor table as data (lexicons/actors.csv, rule local_body_table): complete lists of bodies are what
transfers to unseen texts, so the table is checked as a table -- no surface names two bodies, and every
short name or former name written in a row reads back as that row's full name."""
from collections import Counter

import pytest

from policydata import lexicon
from policydata.recognize.actors import find_actors, normalize_actor


def _rows():
    return list(lexicon.csv_rows("actors.csv"))


def _surfaces(row):
    return [row["name"].strip()] + [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]


def test_no_duplicate_rows_or_surfaces():
    rows = _rows()
    names = Counter(r["name"].strip() for r in rows)
    assert [n for n, k in names.items() if k > 1] == []
    literal = Counter(s for r in rows if "{place}" not in r["name"] for s in _surfaces(r))
    assert [s for s, k in literal.items() if k > 1] == []
    template = Counter(s.replace("{place}", "") for r in rows if "{place}" in r["name"] for s in _surfaces(r))
    assert [s for s, k in template.items() if k > 1] == []


def test_every_short_name_maps_to_its_full_name():
    wrong = []
    for row in _rows():
        if "{place}" in row["name"]:
            continue
        for surface in _surfaces(row):
            found = [(m.start, m.end, m.actor.name) for m in find_actors(surface, "CN")]
            if found != [(0, len(surface), row["name"].strip())]:
                wrong.append((surface, row["name"], found))
            elif "、" not in surface and "（" not in surface:  # the issuer column's reading too
                actor = normalize_actor(surface, "CN")
                if actor is None or actor.name != row["name"].strip():
                    wrong.append((surface, row["name"], actor.name if actor else None))
    assert wrong == []


def test_every_template_surface_maps_to_its_full_name():
    """Each local template read after a place (湖南省 + 短名) gives the template's full name for that place."""
    wrong = []
    for row in _rows():
        if "{place}" not in row["name"] or row["kind"] == "government":
            continue
        full = row["name"].replace("{place}", "湖南省")
        for surface in _surfaces(row):
            if not surface.startswith("{place}"):
                continue  # 共青团{place}委员会: the place inside the name, read by its short form ({place}团委)
            text = surface.replace("{place}", "湖南省") + "印发通知"
            found = [m.actor.name for m in find_actors(text, "CN")]
            if found[:1] != [full]:
                wrong.append((text, full, found))
    assert wrong == []


CASES = [
    # central Party offices and State Council bodies by their short names
    ("中央网信办会同有关部门开展清理", ["中央网络安全和信息化委员会办公室"]),
    ("中央编办批复调整机构", ["中央机构编制委员会办公室"]),
    ("国务院安委会办公室部署专项整治", ["国务院安全生产委员会办公室"]),
    ("国家认监委发布认证规则", ["国家认证认可监督管理委员会"]),
    ("国家外汇局调整登记办法", ["国家外汇管理局"]),
    ("中国民航局推进航线审批", ["中国民用航空局"]),
    # people's organisations: national short names and local branches
    ("中国贸促会举办展会", ["中国国际贸易促进委员会"]),
    ("全国供销合作总社推动农资保供", ["中华全国供销合作总社"]),
    ("湖南省妇联和长沙市残联联合开展帮扶", ["湖南省妇女联合会", "长沙市残疾人联合会"]),
    ("长沙市团委组织青年志愿者", ["共青团长沙市委员会"]),
    ("湖南省政协召开协商会", ["中国人民政治协商会议湖南省委员会"]),
    # courts, procuratorates and other local bureaus of a named place
    ("湖南省高级人民法院发布典型案例", ["湖南省高级人民法院"]),
    ("长沙市检察院开展专项监督", ["长沙市人民检察院"]),
    ("长沙市国资委推动企业改革", ["长沙市国有资产监督管理委员会"]),
    ("长沙市行政审批服务局压缩办理时限", ["长沙市行政审批局"]),
    # a ministry's short form is still the ministry; generic nouns are no body
    ("国资委加强监管", ["国务院国有资产监督管理委员会"]),
    ("在市外办理业务", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_table_bodies_found(text, expected):
    assert [m.actor.name for m in find_actors(text, "CN")] == expected
