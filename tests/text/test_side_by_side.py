"""Rule side_by_side_columns (text.layout.side_by_side): columns printed side by side (pdftotext
-layout) are a layout policydata does not read; parse says so in one line instead of merging them."""
import subprocess
import sys

import pytest

from policydata.text.layout.side_by_side import side_by_side_lines, side_by_side_warning

GAP = " " * 8
LEFT = ["全市新建农村公路一百二十公里，", "改造危桥十五座，完成投资八亿元，", "群众出行条件明显改善。", "交通部门表示将继续推进"]
RIGHT = ["今年以来，某县累计投入衔接资金", "两亿元，支持建设高标准农田五万亩，", "农民收入同比增长百分之六。", "农业部门表示将加快乡村产业发展"]
SIDE_BY_SIDE = "\n".join(a + GAP + b for a, b in zip(LEFT, RIGHT)) + "\n"
ONE_AFTER_ANOTHER = "\n".join(LEFT + [""] + RIGHT) + "\n"


@pytest.mark.parametrize("text,side", [
    (SIDE_BY_SIDE, 4),
    (ONE_AFTER_ANOTHER, 0),                                       # pdftotext's default mode: read
    ("某某日报      2026年4月2日   星期四      第3版\n" + ONE_AFTER_ANOTHER, 0),  # a masthead: one piece of text
    ("指标名称            数值      单位\n地区生产总值      1234.5    亿元\n", 0),  # a spaced table row
    ("\u3000\u3000全市新建农村公路一百二十公里，改造危桥十五座。\n", 0),     # an indented paragraph
])
def test_side_by_side_lines(text, side):
    assert side_by_side_lines(text)[0] == side


def test_warning_names_the_layout_and_the_file():
    message = side_by_side_warning(SIDE_BY_SIDE, "page.txt")
    assert message.startswith("page.txt: 4 of 4 lines") and "pdftotext -layout" in message
    assert "\n" not in message and side_by_side_warning(ONE_AFTER_ANOTHER, "page.txt") == ""


def test_parse_warns_once_in_one_line(tmp_path):
    (tmp_path / "page.txt").write_text("某县新闻两则\n" + SIDE_BY_SIDE, encoding="utf-8")
    (tmp_path / "plain.txt").write_text("某县新闻两则\n" + ONE_AFTER_ANOTHER, encoding="utf-8")
    for name, expected in (("page.txt", 1), ("plain.txt", 0)):
        result = subprocess.run([sys.executable, "-m", "policydata.cli", "parse", str(tmp_path / name),
                                 "--out", str(tmp_path / f"out-{name}")], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        warned = [ln for ln in result.stderr.splitlines() if "side by side" in ln]
        assert len(warned) == expected, result.stderr
