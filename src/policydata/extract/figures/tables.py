"""Rule ``text_table``: a statistical table carried as text, one row a line, cells split by ``|``
(full-width ｜), a tab, or (a table aligned with blanks) two or more spaces. A header names the columns: the first column holds each row's item
(品名, 指标), the others a quantity with its unit in brackets of any form (（）, (), ﹙﹚, mixed:
产量﹙吨﹚, 播种面积(亩﹚) or a change in % (同比增减(%), 比上年增长﹙%﹚), which is the change of
the column before it. A header may wrap over lines (a cell broken inside its name). A table may also be stored one
cell per line (header cells, then each row's cells, each on a line: ``_linear_tables``).

Each numeric cell of a data row is one figure (corpus README: every numeric fact, each mention
separately): the row's item plus the column's name is its indicator, the column's unit and kind
(level/count by the unit, share for a % column, growth for a change column) are its own, a
negative change is a decline (direction down, value its magnitude) and the quote is the row's
line. A cell with no unit in its column (nor in its row's item) is no figure; a table whose
header does not give one name per column is left to the sentence reader.

>>> t = "某县主要产品产量如下:\\n产品 | 产量（万吨） | 比上年增长(%)\\n钢材 | 12.5 | -3.2\\n其中:棒材 | 4 | 1.5\\n"
>>> [(c.indicator, c.kind, c.value, c.unit, c.direction) for c in find_text_tables(t)[0].cells]
[('钢材产量', 'level', 125000.0, '吨', ''), ('钢材产量下降', 'growth', 3.2, '%', 'down'), ('棒材产量', 'level', 40000.0, '吨', ''), ('棒材产量增长', 'growth', 1.5, '%', 'up')]

Rule table_title_unit: a title line above the header gives the unit of columns that name none;
spaced labels (蔬 菜) and outline numbers (一、) are no part of an item's name.

>>> t = "价格见下表。\\n图3：某市物价比上年涨跌幅度(%)\\n项 目 | 涨 幅\\n一、食品 | 1.2\\n蔬 菜 | -0.5\\n"
>>> [(c.indicator, c.value, c.unit, c.direction) for c in find_text_tables(t)[0].cells]
[('食品增长', 1.2, '%', 'up'), ('蔬菜下降', 0.5, '%', 'down')]
>>> t = "价格见下表。\\n某市物价涨跌幅度（%）\\n项\\u3000目  涨\\u3000幅\\n蔬\\u3000菜  -0.5\\n水\\u3000果  2.0\\n"
>>> [(c.indicator, c.value, c.unit) for c in find_text_tables(t)[0].cells]
[('蔬菜下降', 0.5, '%'), ('水果增长', 2.0, '%')]

Rule rate_column_percent: a rate column without a unit (增 幅) holds percentages.

>>> t = "物价情况如下。(见图)\\n项 目 | 增 幅 |\\n鲜 菜 | -0.7 |\\n水 果 | 1.1 |\\n"
>>> [(c.indicator, c.value, c.unit, c.direction) for c in find_text_tables(t)[0].cells]
[('鲜菜下降', 0.7, '%', 'down'), ('水果增长', 1.1, '%', 'up')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...recognize.quantities import find_quantities
from ...text.item_numbers import item_number
from ...text.patterns import alternation
from .findings import lexicon
from .numbers import unit_class



@dataclass(frozen=True)
class _Sep:
    """One way of splitting cells: ``split`` the boundary, ``has`` whether a line holds one,
    ``glue`` what joins two header lines when a break fell between cells."""

    split: re.Pattern
    has: re.Pattern
    glue: str


#: cell boundaries, tried in turn (one table uses one): a pipe (half- or full-width) or a tab with
#: the blanks around it; or a run of two or more blanks between cells (a table aligned with spaces)
_SEPS = (_Sep(re.compile(r"[ \u3000]*[|｜\t][ \u3000]*"), re.compile(r"[|｜\t]"), "|"),
         _Sep(re.compile(r"[ \u3000]{2,}"), re.compile(r"\S[ \u3000]{2,}(?=\S)"), "  "))
#: a numeric cell: a signed decimal number (a minus sign of any form)
_NUMBER = re.compile(r"[-−－+]?\d+(?:\.\d+)?")
#: an empty cell marker (no figure): —, -, …, 空
_EMPTY = re.compile(r"[-—–─…/／]*")
#: a unit in brackets of any form, opening and closing forms mixed: (亩﹚, ﹙吨﹚, （万元）, [%]
_UNIT = re.compile(r"[（(﹙\[［]\s*([^（()）﹙﹚\[\]［］]{1,8}?)\s*[）)﹚\]］]")
#: a column name that names no quantity of its own (the row's item says what it is)
_GENERIC_COLUMN = re.compile(r"(?:绝对数|绝对值|数值|数量|总量|本年|全年|本期|本年实绩|实绩|金额|合计)")
#: a sub-item marker before a row's item: 其中:稻谷, #稻谷, 内:稻谷, or an outline number (一、食品)
_SUB_ITEM = re.compile(r"^(?:其中|内)[:：]\s*|^[#＃]\s*|^" + item_number("chinese") + r"\s*")
#: a line that ends the words before a table (the sentence that announces it)
_SENTENCE_END = re.compile(r"[。:：；;！!？?]\s*$")
_MAX_HEADER_LINES = 4
#: a line that gives only the unit of a table's numbers: 单位：%, 计量单位:万元
_UNIT_LINE = re.compile(r"(?:计量)?单位[:：][ \u3000]*([^\s，,。；;:：]{1,6})")
#: a row named by a time (2025年, 3月, 一季度): a time series, which this rule does not date
_TIME_ITEM = re.compile(r"\d{2,4}年|\d{1,2}月|[一二三四1-4]季度|上半年|下半年")


@lru_cache(maxsize=1)
def _change_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The change-column patterns, built from figures.json ``text_table`` (comparison_words,
    change_words, rate_words, rate_suffixes):

    - a column that holds a change: 同比增减, 比上年增长, 增速, 增幅, ±%, a price's 涨幅/涨跌幅;
    - rule rate_column_percent: a column named only by a rate of change (增幅, 涨幅, 增速, 增长率)
      holds percentages when its header gives no unit: a rate is a ratio by definition (a change
      in points or an amount names its unit, 个百分点, 亿元);
    - the words of a change column name removed to leave what changes (产量增长 -> 产量).

    >>> column, rate, words = _change_patterns()
    >>> bool(column.search("比上年增长")), bool(rate.fullmatch("同比增幅")), words.sub("", "产量增长率")
    (True, True, '产量')
    """
    t = lexicon()["text_table"]
    comparison, change, rate = t["comparison_words"], t["change_words"], t["rate_words"]
    column = re.compile(alternation([*comparison, *change, *rate]))
    rate_column = re.compile(f"(?:{alternation(comparison)})?(?:{alternation(rate)})")
    words = re.compile(alternation([*comparison, *change, *rate, *t["rate_suffixes"]]))
    return column, rate_column, words


@dataclass
class TableCell:
    """One figure of a text table: the number's span, the row's line (the quote), what it measures."""

    start: int  # the number in the article text
    end: int
    row_start: int  # the row's line, the quote
    row_end: int
    indicator: str
    kind: str  # level, count, share, growth
    value: float
    unit: str
    direction: str  # up / down for a change, else ''
    raw: str


@dataclass
class TextTable:
    start: int  # the header's first line
    end: int  # the end of the last data row
    cells: list[TableCell] = field(default_factory=list)


@dataclass
class _Column:
    name: str  # what the column measures ('' when the row's item says it)
    unit: str
    kind: str


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _cells(line: str, sep: _Sep) -> list[str]:
    """The cells of a line, outer empty cells (a line that opens or closes with |) dropped."""
    cells = sep.split.split(line.strip(" \u3000"))
    while cells and not cells[-1].strip():
        cells.pop()
    while cells and not cells[0].strip():
        cells.pop(0)
    return cells


def _is_data_row(line: str, sep: _Sep) -> bool:
    """An item then numbers: 粮食作物 | 726760 | -1.78 (at least one number, every other cell a
    number or an empty marker)."""
    if not sep.has.search(line):
        return False
    cells = _cells(line, sep)
    if len(cells) < 2 or not re.search(r"[\u4e00-\u9fff]", cells[0]) or _NUMBER.fullmatch(cells[0].strip()):
        return False
    if _TIME_ITEM.match(cells[0].strip()):
        return False  # a time series (rows named by years or months): its period is in the row
    rest = [c.strip() for c in cells[1:]]
    return any(_NUMBER.fullmatch(c) for c in rest) and all(_NUMBER.fullmatch(c) or _EMPTY.fullmatch(c)
                                                          for c in rest)


def _unit_of(cell: str) -> tuple[str, str]:
    """(name, unit) of a header cell or a row's item: 产量﹙吨﹚ -> ('产量', '吨'), 比重% -> ('比重', '%')."""
    m = _UNIT.search(cell)
    unit = ""
    if m:
        unit = m.group(1).strip().replace("％", "%")
        cell = cell[:m.start()] + cell[m.end():]
    elif cell.rstrip().endswith(("%", "％")):
        unit, cell = "%", cell.rstrip()[:-1]
    return re.sub(r"[\s\u3000]", "", cell), unit


def _columns(header: list[str], title_unit: str = "") -> list[_Column]:
    """The columns after the first, each with its name, unit and kind; a change column
    measures the change of the nearest column before it that is no change. A column whose
    name carries no unit takes ``title_unit``, the unit the table's title line gives (rule
    ``table_title_unit``)."""
    out: list[_Column] = []
    last = ""
    change_column, rate_column, change_words = _change_patterns()
    for cell in header[1:]:
        name, unit = _unit_of(cell)
        unit = unit or title_unit or ("%" if rate_column.fullmatch(name) else "")
        if unit in ("%", "个百分点") and change_column.search(name):
            own = change_words.sub("", name)
            base = "" if not own or _GENERIC_COLUMN.fullmatch(own) else own
            out.append(_Column(base or last, unit, "growth"))
            continue
        name = "" if _GENERIC_COLUMN.fullmatch(name) else name
        kind = "share" if unit == "%" else (unit_class(unit) or "") if unit else ""
        out.append(_Column(name, unit, kind))
        last = name
    return out


def _title_unit(line: str, sep: _Sep) -> str | None:
    """Rule ``table_title_unit``: a table's title line set above its header, one cell that
    names what the table shows and ends on the unit of its numbers (图2：某县物价涨跌幅度(%),
    主要指标（亿元） | |): that unit; None when the line is no such title (several cells, no
    unit at its end, or a row of numbers).

    A line of its own that says only the unit (单位：%, 单位:万元) is such a title too.

    >>> [_title_unit(t, _SEPS[0]) for t in ("图1：某市物价比上年涨跌幅度(%) | |", "主要产品产量（万吨）",
    ...                                     "产品 | 产量（万吨）", "全年物价上涨(%)。", "单位：万元")]
    ['%', '万吨', None, None, '万元']
    """
    cells = [c for c in _cells(line, sep) if c.strip()]
    if len(cells) != 1 or _NUMBER.fullmatch(cells[0].strip()):
        return None
    cell = cells[0].strip(" \u3000")
    unit_line = _UNIT_LINE.fullmatch(cell)
    if unit_line:
        return unit_line.group(1).replace("％", "%")
    m = _UNIT.search(cell)
    if not m or m.end() != len(cell) or re.search(r"[。，,；;！!？?]", cell):
        return None
    return m.group(1).strip().replace("％", "%")


def _header(text: str, lines: list[tuple[int, int]], first_row: int, width: int,
            sep: _Sep) -> tuple[int, list[str], str] | None:
    """The header above the data row ``first_row``: up to four lines back to the sentence that
    announces the table, joined where a line broke inside a cell, giving ``width`` cells; None if
    no join does. The third item is the unit of a title line above the header (rule
    ``table_title_unit``), '' when there is none."""
    i = first_row
    while i > 0 and first_row - i < _MAX_HEADER_LINES:
        s, e = lines[i - 1]
        line = text[s:e]
        if not line.strip() or "。" in line or (_SENTENCE_END.search(line) and not sep.has.search(line)):
            break
        i -= 1
    parts = [text[s:e].strip(" \u3000") for s, e in lines[i:first_row]]
    title_unit = ""
    title = _title_unit(parts[0], sep) if len(parts) > 1 else None
    if title is not None:
        title_unit = title
        parts, i = parts[1:], i + 1
    if not parts or not any(sep.has.search(p) for p in parts):
        return None
    # a line that does not end on a separator broke inside a cell (播种面积 / (亩﹚): join it
    # directly; if that gives the wrong number of cells, the break was between two cells
    for glue in ("", sep.glue):
        joined = ""
        for p in parts:
            if joined and not re.search(r"[|｜\t]$", joined) and not re.match(r"[|｜\t]", p):
                joined += glue
            joined += p
        cells = _cells(joined, sep)
        if len(cells) == width - 1 and re.match(r"[|｜\t]", joined):
            cells = [""] + cells  # | 产量(吨) | 增长(%): the item column has no name
        if len(cells) == width:
            return lines[i][0], cells, title_unit
    return None


def find_text_tables(text: str) -> list[TextTable]:
    """The text tables of ``text`` with a header that names each column (rule ``text_table``)."""
    lines = _lines(text)
    tables: list[TextTable] = []
    for found in [_tables(text, lines, sep) for sep in _SEPS] + [_linear_tables(text, lines),
                                                                 _stream_tables(text, lines)]:
        for table in found:
            if not any(t.start < table.end and table.start < t.end for t in tables):
                tables.append(table)
    return sorted(tables, key=lambda t: t.start)


def _tables(text: str, lines: list[tuple[int, int]], sep: _Sep) -> list[TextTable]:
    tables: list[TextTable] = []
    i = 0
    while i < len(lines):
        if not _is_data_row(text[lines[i][0]:lines[i][1]], sep):
            i += 1
            continue
        j = i
        while j < len(lines) and _is_data_row(text[lines[j][0]:lines[j][1]], sep):
            j += 1
        width = max(len(_cells(text[s:e], sep)) for s, e in lines[i:j])
        found = _header(text, lines, i, width, sep)
        if found is not None:
            start, header, title_unit = found
            table = TextTable(start, lines[j - 1][1])
            table.cells = _table_cells(text, lines[i:j], _columns(header, title_unit), sep)
            tables.append(table)
        i = j
    return tables


def _table_cells(text: str, rows: list[tuple[int, int]], columns: list[_Column], sep: _Sep) -> list[TableCell]:
    out = []
    for s, e in rows:
        line = text[s:e]
        lead = len(line) - len(line.lstrip(" \u3000"))
        row_start, row_end = s + lead, s + len(line.rstrip(" \u3000"))
        cells = _cells(line, sep)
        item, item_unit = _unit_of(_SUB_ITEM.sub("", cells[0].strip()))
        pos = s + sep.has.search(line).end()  # numbers are looked for after the item
        for k, cell in enumerate(cells[1:]):
            number = cell.strip()
            pos = text.index(number, pos) if number else pos
            if k >= len(columns) or not _NUMBER.fullmatch(number):
                continue
            found = _cell(number, pos, columns[k], item, item_unit, row_start, row_end)
            if found is not None:
                out.append(found)
            pos += len(number)
    return out


def _cell(number: str, pos: int, col: _Column, item: str, item_unit: str, row_start: int,
          row_end: int) -> TableCell | None:
    """The figure of one numeric cell at ``pos`` in column ``col`` of the row named ``item``;
    None when its unit is nowhere or the number is a negative amount."""
    unit = col.unit or item_unit
    if not unit:
        return None  # a bare number: its unit is nowhere
    found = find_quantities(number.replace("−", "-").replace("－", "-").lstrip("+-") + unit)
    if len(found) != 1:
        return None
    q = found[0]
    down = number[0] in "-−－"
    kind = col.kind or unit_class(q.unit) or ""
    if col.kind == "growth":
        indicator, way = item + col.name + ("下降" if down else "增长"), "down" if down else "up"
    else:
        indicator, way = item + col.name, ""
        if down:
            return None  # a negative amount is no level this rule reads
    return TableCell(pos, pos + len(number), row_start, row_end, indicator, kind, q.value, q.unit, way, number)


#: a footnote mark after a row's item (第一产业[3], 工业［1］): no part of its name
_FOOTNOTE = re.compile(r"[\[［]\d{1,2}[\]］]")
#: the most cells a table of one cell per line may have in a row (item and its columns)
_MAX_LINEAR_WIDTH = 6


#: words that close a table title without naming its measure (…及增长速度, …情况)
_TITLE_TAIL = re.compile(r"(?:及其?|和)(?:增长速度|增长|增速|增减)(?:情况)?$|(?:情况|统计)$")


def _title_head(line: str) -> str:
    """Rule ``table_title_indicator``: what the rows of a table measure, as its title line names
    it: a table of 生产总值 lists the 增加值 of its parts, a table of 主要产品产量 their 产量; ''
    when the line is no title (a sentence) or names no measure.

    >>> [_title_head(t) for t in ("2025年全县生产总值及增长速度", "主要农产品产量及其增长速度",
    ...                           "全年粮食产量增长2%。", "某县主要指标")]
    ['增加值', '产量', '', '']
    """
    t = _bare(line)
    if not t or len(t) > 30 or re.search(r"[。，,；;！!？?:：]", t):
        return ""
    t = _TITLE_TAIL.sub("", t)
    heads = lexicon()["table_title_heads"]  # figures.json: the measures a title names, data
    for whole, part in heads["part_heads"]:
        if t.endswith(whole):
            return part
    return next((h for h in heads["heads"] if t.endswith(h)), "")


def _row_indicator(item: str, head: str) -> str:
    """A row's item read with the measure the table title names (rule ``table_title_indicator``):
    第一产业 -> 第一产业增加值; an item that already names a measure (地区生产总值, 粮食产量) stays.

    >>> [_row_indicator(i, "增加值") for i in ("第一产业", "地区生产总值", "工业增加值")]
    ['第一产业增加值', '地区生产总值', '工业增加值']
    """
    heads = lexicon()["table_title_heads"]
    if not head or head in item or item.endswith(tuple(w for w, _ in heads["part_heads"])) or item.endswith(tuple(heads["heads"])):
        return item
    return item + head


def _bare(line: str) -> str:
    """A cell of a table stored one cell per line: its line without blanks or footnote marks."""
    return _FOOTNOTE.sub("", re.sub(r"[\s\u3000]", "", line))


def _is_item_cell(line: str) -> bool:
    """A row's item or the item column's name: a short name (指标, 其中:第一产业), no number, no
    sentence, no time (a time series is not dated by this rule)."""
    cell = _bare(line)
    return (0 < len(cell) <= 20 and re.search(r"[\u4e00-\u9fff]", cell) is not None
            and not _NUMBER.fullmatch(cell) and not re.search(r"[。，,；;！!？?]", cell)
            and not _SENTENCE_END.search(cell) and not _TIME_ITEM.match(cell))


def _is_column_cell(line: str) -> bool:
    """A column's name with its unit: 绝对数(亿元), 比上年增长(%)."""
    cell = _bare(line)
    return (0 < len(cell) <= 16 and not _NUMBER.fullmatch(cell) and bool(_unit_of(cell)[1])
            and not re.search(r"[。，,；;！!？?]", cell))


def _linear_tables(text: str, lines: list[tuple[int, int]]) -> list[TextTable]:
    """Rule ``text_table`` over a table stored one cell per line: the item column's name (指标),
    then each other column's name with its unit on a line of its own (N header cells), then rows
    of N lines each: the row's item, then one number (or an empty marker) per column. The header
    fixes N; a group of N lines that is no such row ends the table; two rows at least.

    >>> t = "某县主要农产品产量\\n项目\\n产量(万吨)\\n比上年增长(%)\\n稻谷\\n12.5\\n-3.2\\n其中:早稻[1]\\n4\\n1.5\\n全年粮食丰收。"
    >>> [(c.indicator, c.kind, c.value, c.unit, c.direction) for c in find_text_tables(t)[0].cells]
    [('稻谷产量', 'level', 125000.0, '吨', ''), ('稻谷产量下降', 'growth', 3.2, '%', 'down'), ('早稻产量', 'level', 40000.0, '吨', ''), ('早稻产量增长', 'growth', 1.5, '%', 'up')]

    Rule table_title_indicator: columns that name no measure (绝对数) take the title's.

    >>> t = "2025年全县生产总值及增长速度\\n指标\\n绝对数(亿元)\\n比上年增长(%)\\n生产总值\\n80.5\\n5.1\\n其中:第一产业\\n9.2\\n3.0\\n全年经济稳中有进。"
    >>> [c.indicator for c in find_text_tables(t)[0].cells]
    ['生产总值', '生产总值增长', '第一产业增加值', '第一产业增加值增长']
    """
    tables: list[TextTable] = []
    row_text = [text[s:e] for s, e in lines]
    i = 0
    while i < len(lines):
        if not _is_item_cell(row_text[i]) or _is_column_cell(row_text[i]):
            i += 1
            continue
        k = i + 1
        while k < len(lines) and k - i < _MAX_LINEAR_WIDTH and _is_column_cell(row_text[k]):
            k += 1
        width = k - i
        if width < 2:
            i += 1
            continue
        rows = []
        r = k
        while r + width <= len(lines) and _is_item_cell(row_text[r]) and not _is_column_cell(row_text[r]):
            values = [_bare(v) for v in row_text[r + 1:r + width]]
            if not (any(_NUMBER.fullmatch(v) for v in values)
                    and all(_NUMBER.fullmatch(v) or _EMPTY.fullmatch(v) for v in values)):
                break
            rows.append(r)
            r += width
        if len(rows) < 2:
            i += 1
            continue
        columns = _columns([row_text[i]] + row_text[i + 1:k])
        table = TextTable(lines[i][0], lines[r - 1][1])
        # table_title_indicator: where the columns name no measure (绝对数), the title line does
        head = _title_head(row_text[i - 1]) if i > 0 else ""
        for r0 in rows:
            item, item_unit = _unit_of(_SUB_ITEM.sub("", _bare(row_text[r0])))
            if not columns[0].name:
                item = _row_indicator(item, head)
            row_start, row_end = lines[r0][0], lines[r0 + width - 1][1]
            for col, (s, e) in zip(columns, lines[r0 + 1:r0 + width]):
                number = text[s:e].strip(" \u3000\t")
                if not _NUMBER.fullmatch(number):
                    continue
                found = _cell(number, text.index(number, s), col, item, item_unit, row_start, row_end)
                if found is not None:
                    table.cells.append(found)
        tables.append(table)
        i = r
    return tables


#: a line of a table whose cells run on as a stream, each closed by a bar: one cell and its bar
#: (居民消费价格 |), bars alone (||: empty cells), or a number whose bar is on the next line
_STREAM_LINE = re.compile(r"[^|｜]*[|｜][ \u3000|｜]*|[ \u3000]*[-−－+]?\d+(?:\.\d+)?[ \u3000]*")
#: the fewest lines such a table takes (a header of two cells and two rows of two)
_MIN_STREAM_LINES = 6


def _stream_tables(text: str, lines: list[tuple[int, int]]) -> list[TextTable]:
    """Rule ``pipe_stream_table``: a table whose cells run on as a stream, each cell closed by a
    bar and at most one cell a line (a layout that lost the table's rows): 指标 | ⏎ 涨幅 | ⏎ 食品 | ⏎
    -0.5 | ⏎ …. The bars, not the lines, divide the cells: the header is the cells before the
    first row (a name, then numbers or empty cells), each row an item and its numbers; empty cells
    after the last named column belong to none. A unit line above the header (单位：%) gives the
    unit of columns that name none (rule table_title_unit).

    >>> t = "某县物价涨跌幅度\\n单位：%\\n项 目 |\\n涨 跌 |\\n||\\n食 品 |\\n-0.5\\n|\\n|\\n水 果 |\\n1.2 |\\n|\\n全年物价平稳。"
    >>> [(c.indicator, c.value, c.unit, c.direction, t[c.row_start:c.row_end]) for c in find_text_tables(t)[0].cells]
    [('食品下降', 0.5, '%', 'down', '食 品 |\\n-0.5'), ('水果增长', 1.2, '%', 'up', '水 果 |\\n1.2')]
    """
    tables: list[TextTable] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and text[lines[j][0]:lines[j][1]].strip() \
                and _STREAM_LINE.fullmatch(text[lines[j][0]:lines[j][1]]):
            j += 1
        if j - i >= _MIN_STREAM_LINES:
            unit = next((u for k in (i - 1, i - 2) if k >= 0
                         for u in [_title_unit(text[lines[k][0]:lines[k][1]], _SEPS[0])] if u), "")
            table = _stream_table(text, lines[i][0], lines[j - 1][1], unit)
            if table is not None:
                tables.append(table)
        i = max(j, i + 1)
    return tables


def _stream_table(text: str, start: int, end: int, unit: str) -> TextTable | None:
    """The table of one stream of bar-closed cells (rule ``pipe_stream_table``), None if its
    header names fewer than two columns or fewer than two rows follow it."""
    cells = []  # (start, end) of each cell's content, blanks and line breaks trimmed
    pos = start
    for m in re.finditer(r"[|｜]", text[start:end] + "|"):
        raw = text[pos:start + m.start()]
        lead = len(raw) - len(raw.lstrip())
        cells.append((pos + lead, pos + lead + len(raw.strip())))
        pos = start + m.end()
    groups: list[list[tuple[int, int]]] = []  # an item cell opens a group; numbers and empties follow it
    for s, e in cells:
        cell = text[s:e]
        if not groups or (cell and not _NUMBER.fullmatch(cell)):
            groups.append([(s, e)])
        else:
            groups[-1].append((s, e))
    has_number = [any(_NUMBER.fullmatch(text[s:e]) for s, e in g[1:]) for g in groups]
    first = next((k for k, yes in enumerate(has_number) if yes), None)
    if not first:
        return None
    header = [_bare(text[s:e]) for g in groups[:first] for s, e in g]
    while header and not header[-1]:
        header.pop()
    if len(header) < 2 or not all(header) or not _is_item_cell(header[0]):
        return None
    columns = _columns(header, unit)
    table = TextTable(start, end)
    rows = 0
    for g in groups[first:]:
        values = [text[s:e] for s, e in g[1:]]
        if not _is_item_cell(text[g[0][0]:g[0][1]]) or not any(_NUMBER.fullmatch(v) for v in values) \
                or not all(_NUMBER.fullmatch(v) or _EMPTY.fullmatch(v) for v in values) \
                or any(v for v in values[len(columns):]):
            break
        rows += 1
        item, item_unit = _unit_of(_SUB_ITEM.sub("", _bare(text[g[0][0]:g[0][1]])))
        row_end = max(e for (s, e), v in zip(g[1:], values) if v)
        for col, (s, e), number in zip(columns, g[1:], values):
            found = _cell(number, s, col, item, item_unit, g[0][0], row_end) if _NUMBER.fullmatch(number) else None
            if found is not None:
                table.cells.append(found)
        table.end = row_end
    return table if rows >= 2 and table.cells else None
