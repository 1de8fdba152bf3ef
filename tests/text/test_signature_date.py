"""Rule signature_date (text.layout.blocks): an official document's closing signature block -- the
issuer's name and a date-only line (perhaps a bracketed note after it) -- dates the document."""
import pytest

import policydata

NOTICE = "关于做好春耕备耕工作的通知\n\n各县人民政府：\n一、强化资金保障。县财政局要及时拨付补助资金。\n\n{tail}"


@pytest.mark.parametrize("tail,given,expected", [
    ("某某市人民政府\n2026年3月15日", "", "2026-03-15"),                     # one issuer
    ("某某局办公室\n某某厅办公室\n2025年11月2日\n（此件公开发布）", "", "2025-11-02"),  # joint issuers, note after
    ("某某市人民政府\n2026年3月15日", "2026-04-01", "2026-04-01"),           # a given date wins
    ("会议要求，抓好落实。\n2026年3月15日", "", None),                        # a sentence, no signature
])
def test_signature_date(tail, given, expected):
    docs = policydata.parse_text(NOTICE.format(tail=tail), date=given)["documents"]
    value = docs["date"].iloc[0]
    assert (None if value is None or value != value else str(value)[:10]) == expected
