"""Rules signature_issuer and metadata_fields (text.layout.blocks, pipeline.printed_issuer): a text
parsed without source metadata takes its issuer -- and through it its home region -- from what it
prints: a policy database's field lines (发文机关：…, 【发布机构】…) or the names of its closing
signature block. Source metadata still wins; field lines are metadata, not text."""
import pytest

import policydata

NOTICE = "{head}关于做好秋冬季某项工作的通知\n各有关单位：\n一、强化组织保障。各单位要明确专人负责。\n二、加强督促检查。\n{tail}"


@pytest.mark.parametrize("head,tail,issuer,region,date", [
    # signature block: one issuer, then the date
    ("", "成都市人民政府\n2026年9月3日", "成都市人民政府", "510100", "2026-09-03"),
    # joint issuers, one a line: the first leads; a bracketed note after the date
    ("", "四川省人民政府办公厅\n某某局办公室\n2026年9月3日\n（此件公开发布）", "四川省人民政府办公厅", "510000", "2026-09-03"),
    # policy database fields in brackets, one a line, before the title
    ("【发布机构】湖北省人民政府办公厅\n【成文日期】2026年10月8日\n【发文字号】鄂政办发〔2026〕12号\n", "", "湖北省人民政府办公厅", "420000", "2026-10-08"),
    # fields with colons
    ("发文机关：长沙市人民政府\n成文日期：2026年10月8日\n", "", "长沙市人民政府", "430100", "2026-10-08"),
    # no signature: a sentence before the date line
    ("", "会议要求，抓好落实。\n2026年9月3日", None, None, None),
])
def test_printed_issuer(head, tail, issuer, region, date):
    tables = policydata.parse_text(NOTICE.format(head=head, tail=tail))
    doc = tables["documents"].iloc[0]
    got = doc["issuer"] if isinstance(doc["issuer"], str) and doc["issuer"] else None
    assert got == issuer
    if region:
        assert doc["region_id"] == region
    if date:
        assert str(doc["date"])[:10] == date
    assert "【" not in doc["text"] and "发文机关" not in doc["text"] and "发文字号" not in doc["text"]


def test_field_lines_are_not_the_title():
    doc = policydata.parse_text("【发布机构】湖北省人民政府办公厅\n【发文字号】鄂政办发〔2026〕12号\n"
                                "关于做好秋冬季某项工作的通知\n一、强化组织保障。")["documents"].iloc[0]
    assert doc["title"] == "关于做好秋冬季某项工作的通知"
