"""Status defaults by text type and section role (extract.measures.status_defaults) and the clause
cues of 将 that beat them (extract.measures.modals: rules disposal_jiang, future_jiang). Example
sentences are written for these tests."""
from __future__ import annotations

import pytest

import policydata
from policydata.extract.measures.modals import disposal_jiang, disposal_only, future_jiang
from policydata.extract.measures.status import clause_status
from policydata.extract.measures.status_defaults import STATUS_DEFAULTS, default_status


@pytest.mark.parametrize("clause, disposal", [
    ("将其纳入临时救助范围", True),            # 将 + pronoun + placing verb: 把
    ("将困难老人全部纳入保障", True),
    ("将公交票价调整为每次1元", True),
    ("将最低工资标准提高 80 元", True),
    ("将于明年3月建成投用", False),            # future: a time coverb follows
    ("将在城区新建两座公园", False),
    ("将进一步降低企业用电成本", False),
    ("将全面推行电子证照", False),
])
def test_disposal_jiang(clause, disposal):
    assert disposal_jiang(clause, 0) is disposal


@pytest.mark.parametrize("clause, status", [
    ("剩余3座桥梁将于年内完工", "planned"),     # rule future_jiang: a subject the clause reading passes over
    ("这批设备将陆续运抵现场", "planned"),
    ("已将其纳入临时救助范围", "reported"),     # disposal 将 after 已: done
    ("将近一半村庄开通公交", ""),             # 将近 is no 将
])
def test_future_jiang_in_the_clause(clause, status):
    assert clause_status(clause) == status


def test_a_disposal_clause_carries_no_plan():
    assert disposal_only("将困难老人全部纳入保障") and not disposal_only("要将困难老人全部纳入保障")
    text = ("2030年，全市民生保障持续加强。将城乡低保标准每人每月提高 40 元，深入实施困难群众帮扶工程。\n"
            "二、2031年工作安排\n（一）办好民生实事。新建社区养老服务站10个。\n")
    t = policydata.parse_text(text, date="2031-01-25", publisher="某市人民政府")
    status = dict(zip(t["measures"]["quote"], t["measures"]["status"]))
    assert [s for q, s in status.items() if "深入实施困难群众帮扶" in q] == ["reported"]


def test_the_defaults_table():
    rules = [r[0] for r in STATUS_DEFAULTS]
    assert len(rules) == len(set(rules))
    assert default_status("data_release", "plan") == ("reported", "data_release_reports")
    assert default_status("news_citing_plan", "") == ("planned", "news_of_plan_plans")
    assert default_status("document", "review") == ("planned", "document_plans")


# rule issued_document_story (status.issues_named_document, STATUS_DEFAULTS issued_document_contents_plan):
# a news report that tells of a document being issued goes on with what the document contains -- planned;
# the issuing act stays reported, and a cue of a later clause (累计, 以来) still decides
def _news_rows(*paragraphs: str) -> list[tuple[str, str]]:
    from policydata.extract.measures.explain import explain_rows
    text = "某省推出夜间经济新政\n本报石家庄2月27日电  （记者王五）" + "\n".join(paragraphs)
    return [(r["quote"], r["status"]) for r in explain_rows(text, date="2026-02-28")]


ISSUED_STORY = [
    (["某省商务厅印发《关于繁荣夜间消费的若干措施》。", "措施共分三个部分。一是延长街区营业时间，二是增设夜间公交线路。"],
     [("印发《关于繁荣夜间消费的若干措施》", "reported"), ("延长街区营业时间", "planned"),
      ("增设夜间公交线路", "planned")]),
    (["某省三部门联合印发实施《乡村旅游提升行动方案》。", "完善乡村民宿标准，培育一批精品线路。"],
     [("联合印发实施《乡村旅游提升行动方案》", "reported"), ("完善乡村民宿标准", "planned"),
      ("培育一批精品线路", "planned")]),
    # a later review frame still reports what was done
    (["某省商务厅印发《关于繁荣夜间消费的若干措施》。", "2023年以来，某省商务厅累计建成夜间消费街区40个。"],
     [("建成夜间消费街区40个", "reported")]),
    # no issuing news: the news default reports
    (["某省商务厅延长街区营业时间，增设夜间公交线路。"], [("增设夜间公交线路", "reported")]),
]


@pytest.mark.parametrize("paragraphs, expected", ISSUED_STORY)
def test_issued_document_story(paragraphs, expected):
    rows = _news_rows(*paragraphs)
    for part, status in expected:
        found = [s for q, s in rows if part in q]
        assert found and found[0] == status, (part, rows)


def test_issued_document_story_in_the_table():
    assert default_status("news_of_issued_document", "") == ("planned", "issued_document_contents_plan")
    assert default_status("news", "") == ("reported", "news_reports")
