"""Table rows from what the extractors found: measure, target and statistic rows in document
order with their stable ids, each row checked against its table's model, and rule
``quote_on_page`` (a page's quote is the printed part that holds the figure's number).

The pipeline (:mod:`policydata.pipeline`) calls these once per article; quotes and offsets are
taken from the article as written.
"""
from __future__ import annotations

import re

from .models import CAP_CODES, TABLES


def decided_by(rules: str) -> str | None:
    """The ``decided_by`` column: the extractor's space-separated rule names, |-separated as the
    package writes lists (regions.aliases), each name once, in the order they decided; None if none.

    >>> decided_by("time_word review_year restated_amount"), decided_by(""), decided_by("a b a")
    ('time_word|review_year|restated_amount', None, 'a|b')
    """
    return "|".join(dict.fromkeys(rules.split())) or None


def _measure_rows(found: list, text: str, document_id: str, region_id: str) -> list[dict]:
    """Measure rows in document order; ``seq`` and the id follow that order."""
    rows = []
    for seq, m in enumerate(sorted(found, key=lambda m: (m.start, m.end)), start=1):
        code = str(m.policy_area)
        rows.append({
            "measure_id": f"{document_id}-m{seq:03d}", "document_id": document_id, "seq": seq,
            "actor": m.actor or None, "region_id": m.region_id or region_id,
            "action": m.action or None, "text": text[m.start:m.end],
            "status": m.status or "planned",
            "instrument": m.instrument or "other",
            "policy_area": int(code) if code.isdigit() else CAP_CODES.get(m.policy_area_label, 0),
            "policy_area_label": m.policy_area_label or "Other",
            "named_policy": m.named_policy or None, "framework": m.framework or None,
            "quote": text[m.start:m.end], "char_start": m.start, "char_end": m.end,
            "decided_by": decided_by(m.decided_by),
        })
    return rows


def _target_rows(found: list, text: str, document_id: str, region_id: str,
                 measures: list[dict]) -> list[dict]:
    """Target rows, each linked to the measure whose quote holds it."""
    spans = [(m["char_start"], m["char_end"], m["measure_id"]) for m in measures]
    rows = []
    for n, t in enumerate(sorted(found, key=lambda t: (t.start, t.end)), start=1):
        rows.append({
            "target_id": f"{document_id}-t{n:03d}", "document_id": document_id,
            "measure_id": _containing_measure(spans, t.start, t.end),
            "indicator": t.indicator, "scope": t.scope or None, "comparator": t.comparator,
            "value": t.value, "value_max": t.value_max, "unit": t.unit or None,
            "direction": t.direction or None, "target_year": t.target_year, "base_year": t.base_year,
            "region_id": t.region_id or region_id,
            "quote": text[t.start:t.end], "char_start": t.start, "char_end": t.end,
            "value_raw": t.value_raw or None, "decided_by": decided_by(t.decided_by),
        })
    return rows


def _as_written(raw: str | None, text: str, view: str, start: int, end: int) -> str | None:
    """``value_raw`` as the document writes it: the figures read the article's ``view`` (rule
    traditional_view: 11亿千瓦 for 11億千瓦), so the number found in the view's quote is published
    with the original characters at the same offsets (spec: value_raw keeps the text as written).

    >>> _as_written("11亿千瓦", "全國達到11億千瓦。", "全国达到11亿千瓦。", 0, 9)
    '11億千瓦'
    >>> _as_written("5%", "增长5%。", "增长5%。", 0, 4)
    '5%'
    """
    if not raw:
        return raw
    # a quote cut at a page's line break (rule quote_on_page) may hold part of the number only
    at = view.find(raw, max(0, start - len(raw)), end + len(raw))
    return text[at:at + len(raw)] if at >= 0 else raw


def _statistic_rows(found: list, text: str, document_id: str, region_id: str) -> list[dict]:
    rows = []
    for n, s in enumerate(sorted(found, key=lambda s: (s.start, s.end)), start=1):
        rows.append({
            "statistic_id": f"{document_id}-s{n:03d}", "document_id": document_id,
            "indicator": s.indicator, "kind": s.kind, "value": s.value, "unit": s.unit or None,
            "direction": s.direction or None, "qualifier": s.qualifier, "period": s.period or None,
            "region_id": s.region_id or region_id,
            "quote": text[s.start:s.end], "char_start": s.start, "char_end": s.end,
            "value_raw": s.value_raw, "decided_by": decided_by(s.decided_by),
        })
    return rows


#: rule quote_on_page looks each quote up in the whole page text, so it reads texts of a page's
#: size only (a newspaper page's text layer is 5,000-30,000 characters): on a longer text -- many
#: pages run together -- one look-up per row would make the parse quadratic in its length, and the
#: quotes stay as the articles read (each still an exact substring of its article's text)
QUOTE_ON_PAGE_MAX_CHARS = 200_000

#: the characters a figure's number is written with (rule quote_on_page grows its piece from one)
_NUMERAL_CHARS = frozenset("0123456789〇零一二两三四五六七八九十百千万亿半几")


def _page_piece(quote: str, value_raw: str, page: str) -> tuple[int, int] | None:
    """Rule ``quote_on_page``: (start, end) within ``quote`` of the contiguous part of the page
    text that holds the figure's number, when a line or column break of the page cuts the quote;
    None when the quote stands whole on the page or no part of 2+ characters holds the number.

    A page's articles are rejoined across line wraps and column breaks, but a quote is an exact
    substring of the page text (corpus README, pages): where a break cuts a figure, the quote is
    the part that holds the number (去年卖了｜40多台 -> 40多台; 投入计划超3000｜亿元 -> 投入计划超3000).

    >>> page = "他说，去年卖了\\n40多台。\\n投入计划超3000\\n亿元，约有近\\n500户，增长0.5个\\n百分点，多0.5个百分点"
    >>> q = "去年卖了40多台"; s, e = _page_piece(q, "40多台", page); q[s:e]
    '40多台'
    >>> q = "投入计划超3000亿元"; s, e = _page_piece(q, "3000亿元", page); q[s:e]
    '投入计划超3000'
    >>> q = "约有近500户"; s, e = _page_piece(q, "近500户", page); q[s:e]
    '500户'
    >>> q = "增长0.5个百分点"; s, e = _page_piece(q, "0.5个百分点", page); q[s:e]
    '增长0.5个'
    >>> _page_piece("去年卖了", "", page) is None
    True
    """
    if not quote or quote in page:
        return None
    # the piece is grown from the number's first digit (近｜2000户: the digits, not 近)
    at = quote.find(value_raw) if value_raw else -1
    seed = next((i for i in range(max(at, 0), len(quote)) if quote[i] in _NUMERAL_CHARS), -1)
    if seed < 0:
        return None
    # the quote read from its start as the page prints it: the longest part of the page text
    # first, then the next, up to the part that holds the number (a part grown from the
    # number alone could run on into a like phrase elsewhere on the page: 0.5个｜百分点)
    start = 0
    while start <= seed:
        end = start
        while end < len(quote) and quote[start:end + 1] in page:
            end += 1
        if end == start:
            return None  # a character the page does not print: no piece to quote
        if end > seed:
            return (start, end) if end - start >= 2 else None
        start = end
    return None


def _quote_on_page(row: dict, page: str, read: str | None = None) -> None:
    """Rule ``quote_on_page`` on one statistic or target row: its quote (and offsets) become the
    part of the page text that holds the number (see :func:`_page_piece`); ``page`` and ``read``
    (the article's text) as the rules read them, the quote taken from the text as written."""
    quote = read[row["char_start"]:row["char_end"]] if read is not None else row["quote"]
    piece = _page_piece(quote, row.get("value_raw") or "", page)
    if piece is not None:
        start, end = piece
        row["quote"] = row["quote"][start:end]
        row["char_start"], row["char_end"] = row["char_start"] + start, row["char_start"] + end


def _fallback_indicator(row: dict, read: str | None = None) -> str:
    """What the quote says around the figure, when the extractor found no indicator; the quote as
    the rules read it in ``read`` (the article's text, rule traditional_view) at its offsets."""
    quote = read[row["char_start"]:row["char_end"]] if read is not None else row["quote"]
    rest = quote.replace(row.get("value_raw") or "", " ")
    rest = re.sub(r"[\s，,。；;：:、！!？?（）()“”\"]+", " ", rest).strip()
    return rest or (row.get("value_raw") or quote)


def _valid_rows(table: str, rows: list[dict], dropped: list[str], read: str | None = None) -> list[dict]:
    """Rows that fit the table's model; a row that does not is dropped and reported (``read``: the
    article's text as the rules read it, for a fallback indicator).

    One faulty row must not cost the whole document its package.
    """
    model = TABLES[table]
    kept = []
    for row in rows:
        if "indicator" in row and not row["indicator"]:
            row["indicator"] = _fallback_indicator(row, read)
        try:
            model.model_validate(row)
        except ValueError as exc:
            first = exc.errors()[0] if hasattr(exc, "errors") else {"loc": "?", "msg": str(exc)}
            dropped.append(f"{row.get('document_id')}: dropped a {table} row "
                           f"({'.'.join(map(str, first['loc']))}: {first['msg']}) quote {row.get('quote')!r}")
            continue
        kept.append(row)
    return kept


def _containing_measure(spans: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The measure whose quote contains the target's quote (or overlaps its start)."""
    for s, e, measure_id in spans:
        if s <= start and end <= e:
            return measure_id
    for s, e, measure_id in spans:
        if s <= start < e:
            return measure_id
    return None
