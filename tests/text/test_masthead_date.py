"""Rule masthead_date (text.layout.blocks): the date a newspaper page prints in its masthead (a page
furniture line: the paper's name, the date with its weekday, 第N版) is the date of each story on the
page that prints none of its own (documents.date), and through rule printed_date of the document
context it sets the stories' report year."""
import pytest

import policydata

PAGE = ("{masthead}\n\n城东新区建设提速\n\n本报讯　今年以来，全区新开工项目\n42个，完成投资\n"
        "比上年增长9.5%。\n\n\n\n老街改造启动\n\n本报讯　区住建局将改造老旧小区\n"
        "12个，惠及居民3000户。\n")


@pytest.mark.parametrize("masthead,given,expected", [
    ("晨报　2025年10月20日　星期一　第3版", "", "2025-10-20"),      # name, date, weekday, page number
    ("2024年5月6日 星期一", "", "2024-05-06"),                     # the date line alone
    ("晨报　2025年10月20日　星期一　第3版", "2025-10-21", "2025-10-21"),  # a given date wins
    ("第3版　城区新闻", "", None),                                   # no date printed
])
def test_masthead_dates_the_stories(masthead, given, expected):
    docs = policydata.parse_text(PAGE.format(masthead=masthead), date=given)["documents"]
    assert len(docs) == 2
    dates = [None if v is None or v != v else str(v)[:10] for v in docs["date"]]
    assert dates == [expected, expected]


def test_masthead_year_is_the_report_year():
    stats = policydata.parse_text(PAGE.format(masthead="晨报　2024年10月20日　星期日　第3版"))["statistics"]
    assert stats["period"].dropna().str.startswith("2024").all() and len(stats["period"].dropna())
