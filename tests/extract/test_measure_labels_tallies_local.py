"""Round 10 (blind10 as development set): field labels and durations of a technical list
(field_label, parameter_value), tallies of named projects (project_tally), a township serving
people (township_beneficiary) and 当地政府 of a story (story_place). Sentences are the project's own."""
from __future__ import annotations

from policydata.document import Article
from policydata.extract.measures import extract_measures
from policydata.recognize.regions import find_regions


def found(text: str, issuer: str = "", title: str = "", region_id: str = "") -> list[tuple[str, str, str]]:
    art = Article(1, title, text, [])
    rows = extract_measures(art, issuer=issuer, region_id=region_id, region_mentions=find_regions(text))
    return [(text[m.start:m.end], m.actor, m.status) for m in rows]


def quotes(text: str, **kw) -> list[str]:
    return [q for q, _, _ in found(text, **kw)]


def test_field_label_before_a_colon_and_a_number_is_no_measure():
    text = "二、主要技术标准。设计时速：120公里。占地面积：15公顷。要加快推进前期工作。"
    assert quotes(text, issuer="国家发展和改革委员会") == ["要加快推进前期工作"]


def test_a_duration_after_a_building_noun_is_no_measure():
    text = "项目由省公司负责建设。建设工期3年。建设周期2.5年。同步建设配套道路。"
    got = quotes(text, issuer="国家发展和改革委员会")
    assert not any(q.startswith(("建设工期", "建设周期")) for q in got)
    assert "同步建设配套道路" in got


def test_a_verb_before_speed_is_still_an_action():
    assert quotes("要加快速度，缩短建设周期。", issuer="国家发展和改革委员会")


def test_named_projects_counted_as_they_start_are_no_measure():
    text = "全省实施重点项目900多个。甲化工新材料、乙能源储能电站等300多个新项目开工。丙装备、丁制药等40多个项目投产。"
    assert quotes(text, issuer="某省人民政府") == ["全省实施重点项目900多个"]


def test_a_listed_outcome_without_a_count_stays_a_measure():
    assert quotes("甲、乙等重点项目开工。", issuer="某市人民政府")


def test_a_township_serving_its_cadres_acts_itself():
    text = "浙江省宁海县西店镇靠海，台风多。\n入夏以前，西店镇为村干部举办防台培训。"
    rows = [r for r in found(text, issuer="人民日报") if r[0].startswith("西店镇为")]
    assert rows and "西店镇人民政府" in rows[0][1]


def test_local_government_of_a_story_is_the_county_it_moved_to():
    text = ("四川省绵竹市山多路险。\n王某是村里的年轻干部。他说，刚来时什么都不懂。他每天早出晚归，走村入户。"
            "\n当地政府将王某纳入青年人才计划，选派他参加专业培训。")
    rows = [r for r in found(text, issuer="人民日报", title="年轻干部在一线成长", region_id="CN")
            if r[0].startswith("当地政府")]
    assert rows and rows[0][1] == "绵竹市人民政府"


def test_a_kicker_line_before_a_heading_is_no_measure_and_a_new_scene_reports():
    text = ("近日，记者在甘肃、贵州等地采访，了解基层如何培养年轻干部。\n"
            "立足平时：\n练好本领打牢成长根基\n"
            "高台县组织年轻干部开展巡查演练。\n"
            "高台县应急管理局局长李某介绍，下一步，高台县将继续开展实战演练。\n"
            "着眼长远：\n压实担子促进干部成长\n"
            "湄潭县将小刘纳入青年人才计划，选派他参加专业培训。\n")
    rows = found(text, issuer="人民日报", title="年轻干部在一线成长", region_id="CN")
    got = {q: st for q, _, st in rows}
    assert not any(q.startswith(("立足平时", "着眼长远")) for q in got)
    assert got.get("高台县将继续开展实战演练") == "planned"
    assert [st for q, st in got.items() if q.startswith("湄潭县将小刘")] == ["reported"], rows


def test_jiang_before_the_object_of_a_disposal_verb_is_no_modal():
    text = "某县地处山区，道路多。\n去年汛期过后，湄潭县将村级道路纳入管护范围。"
    assert found(text, issuer="人民日报", title="山区道路有人管", region_id="CN") == [
        ("湄潭县将村级道路纳入管护范围", "湄潭县人民政府", "reported")]


def test_a_province_putting_in_capital_is_its_measure():
    text = "项目资本金30亿元：其中甲集团出资10亿元，由企业自筹；浙江省出资12亿元，安徽省财政出资8亿元。"
    rows = found(text, issuer="国家发展和改革委员会")
    assert ("浙江省出资12亿元", "浙江省人民政府") in [(q, a) for q, a, _ in rows]
    assert ("安徽省财政出资8亿元", "安徽省人民政府") in [(q, a) for q, a, _ in rows]
    assert not any(q.startswith("其中甲集团") for q, _, _ in rows)


def test_a_body_asked_to_help_does_the_measure():
    rows = found("五、请交通运输部在航道协调等方面给予支持。", issuer="国家发展和改革委员会")
    assert rows and rows[0][1] == "交通运输部"
