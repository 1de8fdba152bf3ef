"""Numeral variants (full-width, financial, traditional) read as plain numerals, offsets kept."""
from __future__ import annotations

import re

from .tables import _CN_NUMERAL_CHARS, _LEX

def _variant_tables() -> tuple[dict[int, str], re.Pattern | None, dict[str, str], re.Pattern | None]:
    spec = _LEX.get("numeral_variants") or {}
    always = {ord(k): v for k, v in (spec.get("always") or {}).items() if len(k) == len(v) == 1}
    near = {k: v for k, v in (spec.get("near_numerals") or {}).items() if len(k) == len(v) == 1}
    numeral = re.escape(_CN_NUMERAL_CHARS + "".join(near))
    near_re = None
    if near:
        cls = re.escape("".join(near))
        near_re = re.compile(f"(?<=[{numeral}])[{cls}]|[{cls}](?=[{numeral}])")
    seps = "".join(spec.get("fullwidth_separators") or ())
    sep_re = re.compile(f"(?<=[０-９])[{re.escape(seps)}](?=[０-９]{{3}}(?![０-９]))") if seps else None
    return always, near_re, near, sep_re


_ALWAYS, _NEAR_RE, _NEAR, _SEP_RE = _variant_tables()
_FINANCIAL = frozenset((_LEX.get("numeral_variants") or {}).get("financial", ""))
_ALWAYS_RE = re.compile("[" + re.escape("".join(map(chr, _ALWAYS))) + "]+")
_VARIANT_CHARS = re.compile("[" + re.escape("".join(map(chr, _ALWAYS)) + "".join(_NEAR)) + "]")


def normalize_numerals(text: str) -> str:
    """A copy of ``text`` of the same length with digits and numeral characters in their
    plain form (full-width, financial, traditional), so that offsets carry over unchanged.

    >>> normalize_numerals("贰仟叁佰元，３，２５０吨，三十萬人，收拾")
    '二千三百元，3,250吨，三十万人，收拾'
    """
    if not _VARIANT_CHARS.search(text):
        return text
    out = text
    if _SEP_RE is not None:
        out = _SEP_RE.sub(",", out)
    out = _ALWAYS_RE.sub(lambda m: m.group().translate(_ALWAYS), out)
    if _NEAR_RE is not None:
        out = _NEAR_RE.sub(lambda m: _NEAR[m.group()], out)
    return out
