"""Actor of measures in news reports (round 15, wave 2): a body named in one paragraph acts in that
paragraph only (news_paragraph_actor), except for the voice of a document it released or the one
ministry an interview quotes; a coverb of the recipient marks an object, not a subject (object_coverb);
central Party commissions and national people's organisations in the actor table; the titles of
procurators and district heads as speaker titles. Sentences written for these tests."""
from __future__ import annotations

import pytest

from policydata.extract.measures.explain import explain_rows
from policydata.extract.measures.speakers import _ActorState
from policydata.recognize.actors import normalize_actor


def actors(text: str, issuer: str = "人民日报", date: str = "2026-03-02") -> dict[str, str]:
    return {r["quote"]: r["actor"] for r in explain_rows(text, issuer=issuer, date=date)}


def actor_of(text: str, quote_start: str, **kw) -> str:
    got = actors(text, **kw)
    found = [a for q, a in got.items() if q.startswith(quote_start)]
    assert found, f"no measure starting {quote_start!r} in {got}"
    return found[0]


# ------------------------------------------------------------------ rule news_paragraph_actor

def test_each_body_of_a_press_conference_acts_in_its_own_paragraphs():
    text = ("介绍生态保护进展\n本报北京3月1日电（记者李明）生态环境部副部长王刚表示，将加快推进重点流域水污染治理。\n"
            "水利部副部长陈林表示，将实施河湖生态保护修复工程，完善河湖长制。\n"
            "目前，全国已建成乡村污水处理站1200个，加快补齐农村环境短板。\n")
    assert actor_of(text, "完善河湖长制") == "水利部"
    assert actor_of(text, "全国已建成") == ""


def test_one_body_in_a_news_report_carries_on():
    text = ("河湖治理见成效\n本报武汉3月1日电（记者李明）湖北荆门市日前启动河湖清理专项行动，组织力量清理河道垃圾。\n"
            "目前，全市已建成乡村污水处理站120个，加快补齐农村环境短板。\n")
    assert actor_of(text, "全市已建成") == "荆门市人民政府"


def test_a_released_document_speaks_on_in_later_paragraphs():
    text = ("西部省份推进数字工厂\n本报西安3月1日电（记者王红）陕西省工业和信息化厅等6部门近日印发《陕西省智能工厂培育行动方案》，"
            "推动制造业数字化转型。\n方案提出，加快建设一批省级智能工厂，支持企业开展设备联网改造。\n")
    assert actor_of(text, "支持企业开展") == "陕西省工业和信息化厅"


def test_the_one_ministry_an_interview_quotes_goes_on_speaking():
    text = ("工信部谈中小企业发展\n本报北京3月1日电（记者赵强）工业和信息化部副部长李华表示，工信部将加大对中小企业的帮扶力度。\n"
            "下一步，将实施中小企业数字化赋能行动，完善融资服务体系。\n")
    assert actor_of(text, "完善融资服务") == "工业和信息化部"


def test_state_end_news_paragraph():
    province = normalize_actor("陕西省人民政府")
    state = _ActorState(actor=province)
    state.end_news_paragraph()
    assert state.actor is None
    kept = _ActorState(actor=province, released_by=province)
    kept.end_news_paragraph()
    assert kept.actor == province
    voiced = _ActorState(actor=normalize_actor("工业和信息化部"))
    voiced.end_news_paragraph("工业和信息化部")
    assert voiced.actor is not None
    issued = _ActorState(actor=province, base=province)  # an issuer speaks the whole text
    issued.end_news_paragraph()
    assert issued.actor == province


# ------------------------------------------------------------------ rule object_coverb

def test_a_body_after_dui_is_the_object():
    text = ("科学教育推进\n本报北京3月1日电（记者孙丽）教育部近日印发《中小学科学教育工作方案》，"
            "对各地教育行政部门组织教师培训提出具体要求。\n")
    assert actor_of(text, "对各地教育行政部门") == "教育部"


# ------------------------------------------------------------------ table: Party commissions, people's organisations

@pytest.mark.parametrize("surface, expected", [
    ("全国总工会", "中华全国总工会"), ("全国妇联", "中华全国妇女联合会"), ("中国科协", "中国科学技术协会"),
    ("中央政法委", "中央政法委员会"), ("中宣部", "中央宣传部"), ("中央农办", "中央农村工作领导小组办公室"),
])
def test_central_bodies(surface, expected):
    assert normalize_actor(surface).name == expected


def test_a_notice_of_the_trade_union_federation():
    text = ("加强劳动保护\n本报北京3月1日电（记者周伟）全国总工会近日印发《关于做好高温天气劳动保护工作的通知》，"
            "要求各级工会加强劳动保护监督。\n通知强调，各级工会要督促企业落实防暑降温措施，组织开展安全培训。\n")
    assert actor_of(text, "组织开展安全培训") == "中华全国总工会"


# ------------------------------------------------------------------ speaker titles

def test_a_deputy_procurator_speaks_for_the_procuratorate():
    text = ("检察监督\n本报北京3月1日电（记者钱进）最高人民检察院副检察长吴刚介绍了有关情况。\n"
            "吴刚表示，要依法开展专项监督，严肃查处违法办案行为。\n")
    assert actor_of(text, "严肃查处违法") == "最高人民检察院"
