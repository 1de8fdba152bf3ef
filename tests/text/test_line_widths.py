"""Line and column widths of hard-wrapped pages (``line_widths``): what a line cannot be
split inside. Invented lines."""
import pytest

from policydata.text.layout.line_widths import first_token, run_width


@pytest.mark.parametrize("line,expected", [
    ("“多种一季菜”", "“多"), ("2025年", "2025"), ("GDP增长", "GDP"), ("全县", "全"),
])
def test_first_token(line, expected):
    assert first_token(line) == expected


@pytest.mark.parametrize("plain,expected", [
    # rule plain_lines_break_width_tie: three lines give 18, three 19; the lines of full-width
    # characters give 18 (the 19-character lines hold digit runs, narrower in print)
    ([True, False, False, True, True, True], 18.0),
    (None, 19.0),  # without the lines' make-up the wider width wins a tie
])
def test_plain_lines_break_a_width_tie(plain, expected):
    assert run_width([18.0, 19.0, 19.0, 18.0, 19.0, 18.0], 0, 1, 6, plain) == expected

