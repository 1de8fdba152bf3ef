"""Small rules of hard-wrapped pages around quotes and sub-heads: a line that closes a quotation
it did not open is no paragraph's first line (rule quote_closes_first), a feature's sub-head set
right over another story's headline stays with its feature (rule subhead_over_head), and a reading
that takes that sub-head for the story's title is charged for it (rule title_over_headline).
Invented lines, set to fixed column widths."""
import pytest

from policydata.document import Article, Block
from policydata.text.layout.column_chain import chain_columns
from policydata.text.layout.column_pieces import closes_unopened, column_pieces
from policydata.text.layout.line_widths import LineWidths
from policydata.text.layout.faults import glued_headlines
from policydata.text.layout.story_heads import _subhead_over_head

# a port story set 15 wide ends its paragraph; under it, on a page whose paragraphs are indented
# (the indent stripped), a 13-wide line
_PORT = ["乙市港口吞吐量持续增长，集装箱", "航线新增五条，港口吞吐量创新高。"]


@pytest.mark.parametrize("under,pieces", [
    # it closes a quotation it did not open: it goes on with another column's cut, so it is no
    # paragraph's first line of the 15-wide column, two short for its stripped indent
    (["茶工匠”入选“地方特色劳务", "品牌”名录。"], [(0, 2, 15.0), (2, 4, 13.0)]),
    # a line that may open a paragraph is read as one, its indent stripped
    (["茶农合作社还入选了地方特色", "品牌名录。"], [(0, 4, 15.0)]),
])
def test_quote_closes_first(under, pieces):
    lines = _PORT + under
    assert column_pieces(lines, [float(len(x)) for x in lines], True) == pieces


@pytest.mark.parametrize("line,closes", [
    ("社会组织”入选“十佳”名单", True),
    ("员）近日，全县召开大会", True),
    ("》等文件，明确了", True),
    ("“老有所养”是需求", False),
    ("全县茶园扩大种植面积，", False),
    ("《茶园管理办法》明确", False),
])
def test_closes_unopened(line, closes):
    assert closes_unopened(line) is closes


_LINES = ["甲县茶园扩大。", "茶香四溢，茶农增收", "探访", "看病更方便", "医患更舒心", "本报记者  张  三", "正文。"]
_KINDS = ["body", "headline", "headline", "headline", "headline", "byline", "body"]


@pytest.mark.parametrize("lone,runs", [
    # two one-line sub-heads of the page set alike: the first line of the run is a third one,
    # the story's headline run starts under it and reaches the byline
    (["春茶上市，茶价走高", "新茶飘香，游客盈门"], [(2, 4)]),
    # one alike only: no series, the run stays as it is
    (["春茶上市，茶价走高", "港口繁忙"], [(1, 3), (4, 4)]),
])
def test_subhead_over_head(lone, runs):
    log = []
    assert _subhead_over_head(_LINES, _KINDS, [(1, 3), (4, 4)], lone, log) == runs
    assert [d.rule for d in log] == (["subhead_over_head"] if runs == [(2, 4)] else [])


def _art(title, *blocks):
    return Article(index=1, title=title, text="", blocks=[Block(kind, 0, len(t), t) for kind, t in blocks])


def test_title_over_headline():
    page = [_art("甲地建成新园区", ("body", "正文一。")), _art("乡村诊所更近更便利", ("body", "正文二。"))]
    over = [_art("甲地建成新园区", ("body", "正文一。")),
            _art("茶香四溢，茶农增收", ("heading", "乡村诊所更近"), ("heading", "更便利"), ("body", "正文二。"))]
    assert [d.detail for d in glued_headlines(over, page)] == ["乡村诊所更近更便利"]
    assert glued_headlines(page, over) == []
    # the article's own title, not a heading under another title: no fault
    assert glued_headlines(page, page) == []


# rule indented_lone_line: on an indented page, a paragraph's first line under a sub-head stands
# two short of its column (its indent stripped) and reads as a piece of its own width; when
# another article's column (10 wide) follows it, it goes on in the later piece of its column's
# width (15), not in the piece under it
_TEA = ["甲县今年扩大茶园种植面积，全县", "茶园达到三万亩，茶农收入明显提", "高，带动乡村振兴。"]
_SUB = ["茶香四溢，茶农增收"]
_FIRST = ["甲县的春茶今年提前上市，茶"]
_OTHER = ["乙市港口吞吐量持续增", "长，新开通远洋航线五", "条，运力明显提升。"]
_REST = ["园里采茶工人忙着采摘新茶，一派", "繁忙景象，茶农脸上洋溢着笑容。"]


def _indented_page(lines):
    w = [float(len(x)) for x in lines]
    return LineWidths([w, w], [w, w], 0, w, True)


@pytest.mark.parametrize("under,chained", [
    (_OTHER + _REST, ["今年提前上市，茶|园里采茶工人忙着 split_word_often+2"]),
    # its own column right under it: the reflow joins them, nothing is chained
    (_REST, []),
])
def test_indented_lone_line(under, chained):
    lines = _TEA + _SUB + _FIRST + under
    log = []
    out = chain_columns(lines, log, _indented_page(lines))
    assert [d.detail for d in log if d.rule == "column_continues_same_width"] == chained
    assert out[out.index(_FIRST[0]) + 1] == _REST[0]
    assert sorted(out) == sorted(lines)
