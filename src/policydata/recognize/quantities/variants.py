"""Numeral variants (full-width, financial, traditional) read as plain numerals, offsets kept."""
from __future__ import annotations

import re
from bisect import bisect_right

from .tables import CN_NUMERAL_CHARS, _LEX

def _variant_tables() -> tuple[dict[int, str], re.Pattern | None, dict[str, str], re.Pattern | None]:
    spec = _LEX.get("numeral_variants") or {}
    always = {ord(k): v for k, v in (spec.get("always") or {}).items() if len(k) == len(v) == 1}
    near = {k: v for k, v in (spec.get("near_numerals") or {}).items() if len(k) == len(v) == 1}
    numeral = re.escape(CN_NUMERAL_CHARS + "".join(near))
    near_re = None
    if near:
        cls = re.escape("".join(near))
        # the variant character first, its context after: a pattern that starts with a
        # character class is scanned for that class at C speed (a leading lookbehind is not)
        near_re = re.compile(f"[{cls}](?:(?<=[{numeral}].)|(?=[{numeral}]))", re.S)
    seps = "".join(spec.get("fullwidth_separators") or ())
    sep_re = re.compile(f"[{re.escape(seps)}](?<=[０-９].)(?=[０-９]{{3}}(?![０-９]))", re.S) if seps else None
    return always, near_re, near, sep_re


_ALWAYS, _NEAR_RE, _NEAR, _SEP_RE = _variant_tables()


def _dot_decimal_pattern() -> re.Pattern | None:
    """Rule dot_decimal (``numeral_variants`` → ``dot_decimal``): a middle dot between digits
    with a rate or magnitude right after the digits (1·8%, 2·35万) is a decimal point, as
    some typeset texts write it; a dot between day numbers (5·12地震, 3·15晚会) is none."""
    spec = (_LEX.get("numeral_variants") or {}).get("dot_decimal") or {}
    if not spec.get("marks") or not spec.get("after"):
        return None
    return re.compile(f"[{re.escape(spec['marks'])}](?<=[0-9].)(?=[0-9]{{1,6}}(?:{spec['after']}))", re.S)


_DOT_RE = _dot_decimal_pattern()
_FINANCIAL = frozenset((_LEX.get("numeral_variants") or {}).get("financial", ""))
_ALWAYS_RE = re.compile("[" + re.escape("".join(map(chr, _ALWAYS))) + "]+")
_VARIANT_CHARS = re.compile("[" + re.escape("".join(map(chr, _ALWAYS)) + "".join(_NEAR) + (
    ((_LEX.get("numeral_variants") or {}).get("dot_decimal") or {}).get("marks", "") if _DOT_RE else "")) + "]")


def _gap_pattern() -> re.Pattern | None:
    """Spaces inside a numeral or between a numeral and 成, 折 or 个百分点 (一百 五 十 二,
    １０ 成, 六 个 百 分点), from the lexicon ("numeral_variants" -> "spaced"). Never between
    two Arabic digits: 123 456 are two numbers (table columns), not 123456."""
    spec = (_LEX.get("numeral_variants") or {}).get("spaced") or {}
    left, right, most = spec.get("left", ""), spec.get("right", ""), int(spec.get("max_spaces", 0))
    if not (left and right and most > 0):
        return None
    spaces = re.escape(spec.get("spaces", " "))
    variants = "".join(map(chr, _ALWAYS)) + "".join(_NEAR)
    lcls, rcls = re.escape(left + variants), re.escape(right + variants)
    after_digit = re.escape(spec.get("after_digit", ""))
    digit = "0-9０-９"
    # the first space, then what stands before it (a pattern that starts with a character
    # class is scanned at C speed; one that starts with a lookbehind is not)
    more = f"[{spaces}]{{0,{most - 1}}}"
    # after an Arabic digit only what continues it (1000 万, １０ 成), never a Chinese digit
    # (图1 三次产业: a caption number, then a word)
    return re.compile(f"[{spaces}](?:(?<=[{lcls}].){more}(?=[{rcls}{digit}])"
                      + (f"|(?<=[{digit}].){more}(?=[{after_digit}])" if after_digit else "") + ")",
                      re.S)


_GAP_RE = _gap_pattern()


class GapMap:
    """Offsets in the text without gaps -> offsets in the text as written."""

    def __init__(self, at: list[int], removed: list[int]):
        self.at, self.removed = at, removed  # gap i sits before compact offset at[i]; removed[i] so far

    def start(self, offset: int) -> int:
        i = bisect_right(self.at, offset) - 1
        return offset + (self.removed[i] if i >= 0 else 0)

    def end(self, offset: int) -> int:
        return self.start(offset - 1) + 1


def close_numeral_gaps(text: str) -> tuple[str, GapMap | None]:
    """``text`` without the spaces inside numerals, and the map of its offsets back to
    ``text`` (None when nothing was removed), so that spans map back to the text as written.

    >>> compact, gaps = close_numeral_gaps("共 一百 五 十 二 项")
    >>> compact, gaps.start(2), gaps.end(7)
    ('共 一百五十二 项', 2, 10)
    >>> close_numeral_gaps("123 456")[1] is None
    True
    """
    if _GAP_RE is None or not _GAP_RE.search(text):
        return text, None
    parts: list[str] = []
    at: list[int] = []
    removed: list[int] = []
    pos = total = 0
    for m in _GAP_RE.finditer(text):
        parts.append(text[pos:m.start()])
        at.append(m.start() - total)
        total += m.end() - m.start()
        removed.append(total)
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts), GapMap(at, removed)


def normalize_numerals(text: str) -> str:
    """A copy of ``text`` of the same length with digits and numeral characters in their
    plain form (full-width, financial, traditional), so that offsets carry over unchanged.

    >>> normalize_numerals("贰仟叁佰元，３，２５０吨，三十萬人，收拾")
    '二千三百元，3,250吨，三十万人，收拾'
    >>> normalize_numerals("价格上涨1·8%，纪念5·12地震")
    '价格上涨1.8%，纪念5·12地震'
    """
    if not _VARIANT_CHARS.search(text):
        return text
    out = text
    if _DOT_RE is not None:
        out = _DOT_RE.sub(".", out)
    if _SEP_RE is not None:
        out = _SEP_RE.sub(",", out)
    out = _ALWAYS_RE.sub(lambda m: m.group().translate(_ALWAYS), out)
    if _NEAR_RE is not None:
        out = _NEAR_RE.sub(lambda m: _NEAR[m.group()], out)
    return out
