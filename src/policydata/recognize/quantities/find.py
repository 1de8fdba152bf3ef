"""The public API: :func:`find_quantities` (with range merging) and :func:`find_number_names`."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .grammar import _HAS_NUMERAL, _MASTER, _STARTS
from .matches import _Candidate, _candidate
from .tables import _CONNECTORS, _LEX
from .variants import _FINANCIAL, close_numeral_gaps, normalize_numerals


@dataclass(frozen=True)
class Quantity:
    """A number found in text.

    ``start``/``end`` are code-point offsets (end exclusive) and ``text == input[start:end]``,
    qualifier words included (超过126万亿元, 5%左右). ``value`` is in the base unit with
    multipliers applied (1.76万家 -> 17600.0, ``家``); ``value_max`` is the upper end of a
    range (5%-6% -> 5.0, 6.0). ``unit`` is ``%`` for percent, 成 and fractions, ``个百分点``
    for percentage points, ``人``/``户`` for 万/亿 counts of people/households (1100多万学生),
    otherwise the measure word as written; empty for a bare number.

    Extra fields: ``raw_number`` the numeral as written (``3.5``, ``一百零一``),
    ``multiplier`` (1e4 for 万), ``unit_raw`` the unit word as written (``学生``, ``％``),
    ``ordinal`` True for 第N (value N, unit ''; a rank, not an amount), ``is_fraction`` True
    for 三分之二, 1/3, 百分之五, 成, 折 and 一半.

    Signs: ``value`` and ``value_max`` stay magnitudes (the tables carry the sign in their
    ``direction`` column); ``sign`` is -1 for 负1.5千米, 零下5摄氏度, -3.2%, and
    ``signed_value`` / ``signed_max`` give the signed numbers.

    Flags for callers that want only measured amounts: ``unitless`` True for a bare Chinese
    numeral with no unit, multiplier or qualifier (二百三十七: a number by form, maybe a word);
    ``vague`` True for vague amounts read as ranges (数十 -> 10..100, 十几 -> 11..19, 三五 -> 3..5);
    ``word_like`` True for a Chinese numeral that reads as a number only by form and is often a
    word or part of one: the article 一 before a measure word (一只, 一批), a lone numeral in a
    sentence (这是五, 排名前三, 统一), a scale class (百万吨级). Every numeric expression is
    returned (issue 12); which of them are figures is the figure classifier's decision.
    """

    start: int
    end: int
    text: str
    value: float
    unit: str = ""
    value_max: float | None = None
    qualifier: str = "exact"  # exact, more_than, at_least, approx, less_than, at_most
    comparator: str = "="  # >=, <=, >, <, =, ~
    raw_number: str = ""
    multiplier: float = 1.0
    unit_raw: str = ""
    ordinal: bool = False
    is_fraction: bool = False
    sign: int = 1
    unitless: bool = False
    vague: bool = False
    word_like: bool = False

    @property
    def signed_value(self) -> float:
        """``value`` with its sign: 负1.5千米 -> -1.5, 零下5摄氏度 -> -5.0."""
        return self.sign * self.value

    @property
    def signed_max(self) -> float | None:
        """``value_max`` with its sign (None when not a range)."""
        return None if self.value_max is None else self.sign * self.value_max



# --------------------------------------------------------------------------- ranges

def _merge_ranges(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """Join ``a <connector> b`` into one range when the two ends agree:
    5%-6%, 5%至6% (same unit); 3到5万, 3—5个 (the first end borrows the second's
    multiplier and unit). Otherwise the two stay separate."""
    out: list[_Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        merged = _range(text, a, b) if b is not None else None
        if merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _range(text: str, a: _Candidate, b: _Candidate) -> _Candidate | None:
    """3到5万, 5%-6%, 二至三成, 八到九折, 零下5至零下10摄氏度 -> one range, or None."""
    scaled = (not a.is_fraction and b.is_fraction and not a.unit and a.multiplier == 1
              and b.unit_raw in ("成", "折"))  # 二至三成: the first end is in 成 too
    if a.ordinal or b.ordinal or (a.is_fraction != b.is_fraction and not scaled):
        return None
    if a.sign != b.sign or b.vague or (a.value_max is not None and not a.vague):
        return None  # 十几万元到上百万元: a vague low end still opens a range
    if a.bound_qual and a.qual[0] != "approx":
        return None  # 超过5%到... is not a range
    if text[a.end:b.start].strip() not in _CONNECTORS:
        return None
    if a.unit and a.unit != b.unit:
        return None
    low, high = a.value, b.value
    if scaled:
        low = a.value * 10
    elif not a.unit and b.multiplier > 1 and a.multiplier == 1:
        low = a.value * b.multiplier  # 3到5万 -> 30000..50000
    if a.sign < 0 and low > high:
        low, high = high, low  # -3%至-1%: magnitudes 1..3, sign -1
    if low >= high:
        return None
    return _Candidate(a.start, b.end, low, b.unit, b.unit_raw, a.raw_number, b.multiplier,
                      b.qual if b.bound_qual else a.qual, keep=a.keep or b.keep,
                      is_fraction=b.is_fraction, bound_qual=b.bound_qual, value_max=high,
                      sign=a.sign, unitless=a.unitless and b.unitless)


# --------------------------------------------------------------------------- scan

def _master_matches(text: str):
    """The matches of the master pattern, as ``finditer`` gives them: the start pattern finds
    the next position where a match can begin (a fast character-class scan), the master is
    tried there, and the scan goes on after a match or one character further. A match is
    never empty (its first character is bounded), so this is finditer's order exactly."""
    if _STARTS is None:
        yield from _MASTER.finditer(text)
        return
    search, match = _STARTS.search, _MASTER.match
    pos = 0
    while (c := search(text, pos)) is not None:
        at = c.start()
        m = match(text, at)
        if m is None:
            pos = at + 1
        else:
            yield m
            pos = m.end()


# --------------------------------------------------------------------------- public API

def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order of appearance.

    Never raises: any string (empty, huge, random unicode) gives a list, possibly empty.

    Parameters
    ----------
    text : str
        Plain text, in any numeral style (full-width, financial, traditional); anything that
        is not a ``str`` gives ``[]``.

    Returns
    -------
    list of Quantity
        Offsets, quoted text, value in the base unit, unit, qualifier and comparator of each
        quantity; ranges (5%-6%, 3到5万) come back as one quantity with ``value_max``.

    >>> [(q.value, q.value_max, q.unit) for q in find_quantities("增长5%-6%")]
    [(5.0, 6.0, '%')]
    >>> [q.value for q in find_quantities("同比分别增长8.6%、10.3%")]
    [8.6, 10.3]
    >>> find_quantities("“十五五”时期布局6G，国发〔2018〕42号")
    []
    """
    if not isinstance(text, str) or not _HAS_NUMERAL.search(text):
        return []
    written = text
    compact, gaps = close_numeral_gaps(text)  # 一百 五 十 二 -> 一百五十二; gaps maps offsets back
    original, text = compact, normalize_numerals(compact)
    cands: list[_Candidate] = []
    for m in _master_matches(text):
        if m.group("skip") is not None:
            continue
        try:
            cand = _candidate(m)
        except (ArithmeticError, ValueError, KeyError, TypeError):
            cand = None  # a malformed numeral is simply not a quantity
        if cand is not None:
            cands.append(cand)
    out = []
    for c in _merge_ranges(text, cands):
        if not c.keep and _FINANCIAL and c.unit and any(ch in _FINANCIAL for ch in original[c.start:c.end]):
            c.keep = True  # 壹家: a financial numeral is never the article 一
        if not c.keep and not c.word_like:
            continue  # 四川, 一切, 千家万户: a numeral inside a word
        word_like = not c.keep  # 一只, 这是五: a numeral by form, maybe a word
        value = float(c.value)
        vmax = c.value_max
        if not math.isfinite(value):
            continue
        raw_number = c.raw_number
        if original is not text:  # the numeral as written: 贰仟叁佰, not 二千三百
            at = text.find(raw_number, c.start, c.end)
            raw_number = original[at:at + len(raw_number)] if at >= 0 else raw_number
        start, end = (c.start, c.end) if gaps is None else (gaps.start(c.start), gaps.end(c.end))
        out.append(Quantity(
            start=start, end=end, text=written[start:end], value=value, unit=c.unit,
            value_max=float(vmax) if vmax is not None else None,
            qualifier=c.qual[0], comparator=c.qual[1], raw_number=raw_number,
            multiplier=float(c.multiplier), unit_raw=c.unit_raw, ordinal=c.ordinal,
            is_fraction=c.is_fraction, sign=c.sign, unitless=c.unitless or (word_like and not c.unit),
            vague=c.vague, word_like=word_like,
        ))
    return out


# --------------------------------------------------------------------------- names

@dataclass(frozen=True)
class NumberName:
    """A name that contains a number (十四五, 5G, C919, 国发〔2018〕42号): not a quantity."""

    start: int
    end: int
    text: str
    kind: str


def _name_patterns() -> tuple[re.Pattern | None, list[str], dict]:
    spec = _LEX.get("number_names") or {}
    entries = spec.get("patterns") or []
    if not entries:
        return None, [], spec
    rx = "|".join(f"(?P<n{i}>{e['regex']})" for i, e in enumerate(entries))
    return re.compile(rx), [e["kind"] for e in entries], spec


_NAMES, _NAME_KINDS, _NAME_SPEC = _name_patterns()


def find_number_names(text: str) -> list[NumberName]:
    """Names written with numbers, which :func:`find_quantities` leaves out.

    >>> [(n.text, n.kind) for n in find_number_names("“十四五”时期部署5G，依据国发〔2018〕42号")]
    [('十四五', 'plan period'), ('5G', 'model or technology'), ('国发〔2018〕42号', 'document number')]
    """
    if not isinstance(text, str) or _NAMES is None:
        return []
    norm = normalize_numerals(text)
    quantities = find_quantities(text)
    stop = set(_NAME_SPEC.get("issuer_stop_chars", ""))
    out = []
    for m in _NAMES.finditer(norm):
        kind = _NAME_KINDS[int(m.lastgroup[1:])]
        start, end = m.span()
        if any(q.start < end and start < q.end and not q.word_like
               for q in quantities):
            continue  # 30GW, 40k: a Latin unit or multiplier makes it a quantity
        if kind == "document number":  # 国发〔2018〕42号: the issuer's abbreviation before
            i = start
            while i > max(0, start - int(_NAME_SPEC.get("issuer_max_chars", 4))) \
                    and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in stop:
                i -= 1
            start = i
        out.append(NumberName(start, end, text[start:end], kind))
    return out
