"""Line and column widths of hard-wrapped pages (``line_widths``): what a line cannot be
split inside. Invented lines."""
import pytest

from policydata.text.layout.line_widths import first_token


@pytest.mark.parametrize("line,expected", [
    ("“多种一季菜”", "“多"), ("2025年", "2025"), ("GDP增长", "GDP"), ("全县", "全"),
])
def test_first_token(line, expected):
    assert first_token(line) == expected
