"""Actor and status of measures on constructions that recur across unseen documents (round 15):
responsibility notes closing on a generic remainder (note_generic_tail) or naming a lead unit without
由 (bare_lead_note), central judicial bodies and customs districts named by place
(place_named_central_office), a speaker named after a quotation (quote_attribution_scope), 由 + body
(agent_you) and a news sentence dated before its publication (dated_before_publication). Sentences written for these tests."""
from __future__ import annotations

import pytest

from policydata.extract.measures.explain import explain_rows
from policydata.recognize.actors import find_actors, normalize_actor


def rows(text: str, issuer: str = "", date: str = "") -> list[tuple[str, str, str]]:
    return [(r["quote"], r["actor"], r["status"]) for r in explain_rows(text, issuer=issuer, date=date)]


def row_of(text: str, quote_start: str, **kw) -> tuple[str, str, str]:
    found = [r for r in rows(text, **kw) if r[0].startswith(quote_start)]
    assert found, f"no measure starting {quote_start!r} in {rows(text, **kw)}"
    return found[0]


# ------------------------------------------------------------------ rule note_generic_tail

@pytest.mark.parametrize("text, quote, expected", [
    ("（三）扩大岗位见习规模。组织未就业青年参加岗位见习，按规定给予见习补贴。（人力资源社会保障部等有关部门和单位负责）",
     "组织未就业青年", "人力资源和社会保障部"),
    ("（四）加强困难群众帮扶。对生活困难的失业人员给予临时救助。（民政部、财政部等相关部门按职责分工负责）",
     "对生活困难的失业人员", "民政部"),
])
def test_note_generic_tail(text, quote, expected):
    assert row_of(text, quote, issuer="国务院")[1] == expected


# ------------------------------------------------------------------ rule bare_lead_note

def test_bare_lead_note_on_a_heading_covers_its_paragraph():
    text = "某区人民政府关于推动经济向好的若干措施\n二、扩大有效投资(区发改局牵头)\n加快推进重大项目建设，支持企业技术改造。"
    got = [r for r in rows(text, issuer="杭州市西湖区人民政府") if r[0].startswith(("加快推进", "支持企业"))]
    assert got and all(actor.endswith("发展和改革局") for _, actor, _ in got), got


# ------------------------------------------------------------------ judicial bodies, customs districts

@pytest.mark.parametrize("surface, expected", [
    ("最高检", "最高人民检察院"), ("最高人民法院", "最高人民法院"), ("最高法", "最高人民法院"),
    ("各级检察机关", "各级人民检察院"), ("全国法院", "各级人民法院"),
])
def test_judicial_bodies(surface, expected):
    assert normalize_actor(surface, "CN").name == expected


@pytest.mark.parametrize("text, expected", [
    ("厦门海关加强进口食品监管", "厦门海关"), ("青岛海关优化通关流程", "青岛海关"),
])
def test_place_named_central_office(text, expected):
    first = find_actors(text, "CN")[0]
    assert (first.start, first.actor.name, first.actor.level) == (0, expected, "central")


def test_customs_head_office_stays_itself():
    assert find_actors("海关总署发布进出口数据", "CN")[0].actor.name == "海关总署"
    assert find_actors("据海关统计，出口增长", "CN") == []


# ------------------------------------------------------------------ rule dated_before_publication

@pytest.mark.parametrize("sentence, status", [
    ("今年4月，我国对20个国家全面实施单方面免签政策。", "reported"),
    ("今年9月，我国将对20个国家全面实施单方面免签政策。", "planned"),
])
def test_dated_before_publication_in_news(sentence, status):
    text = "入境游持续升温\n上半年，入境游客人数增长20%。" + sentence
    got = [r for r in rows(text, date="2026-07-20") if "免签政策" in r[0]]
    assert got and got[0][2] == status, rows(text, date="2026-07-20")


# ------------------------------------------------------------------ rule agent_you

def test_agent_you_body_after_you_acts():
    text = "对认定的企业技术中心，由市科技局给予一次性奖励。"
    assert row_of(text, "由市科技局", issuer="广州市人民政府")[1] == "广州市科学技术局"


# ------------------------------------------------------------------ rule quote_attribution_scope

def test_quote_attribution_speaks_for_its_quotation_only():
    text = ("守护好一江清水\n本报记者 李四\n2023年，某县沿河保护地被纳入红线，并建立起巡查机制。\n"
            "“我们要守住红线，让群众得实惠。”某县林业局局长张三说。\n湿地保护是一项重要制度。\n"
            "持续推进河湖治理，全面完成湿地保护红线划定。")
    got = [r for r in rows(text, issuer="人民日报", date="2026-03-18") if r[0].startswith("持续推进河湖")]
    assert got and got[0][1] == "", rows(text, issuer="人民日报", date="2026-03-18")
