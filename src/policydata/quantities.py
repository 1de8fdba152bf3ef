"""Stage 3a: numbers with units, qualifiers and ranges in Chinese text.

(First version; issue #4 replaces it with the full rule set.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    """A number found in text.

    ``value`` is in the base unit with multipliers applied (1.76万家 -> 17600.0, ``家``);
    ``unit`` is ``%`` for percent and 成, ``个百分点`` for points, otherwise the measure
    word as written, empty for a bare number.
    """

    start: int
    end: int
    text: str
    value: float
    unit: str = ""
    value_max: float | None = None
    qualifier: str = "exact"  # exact, more_than, at_least, approx, less_than, at_most
    comparator: str = "="  # >=, <=, >, <, =, ~


_NUM = re.compile(r"(\d+(?:\.\d+)?)(万亿|亿|万)?(%|个百分点|家|个|人|元|平方米|千瓦|吨|项|处)?")
_MULT = {"万": 1e4, "亿": 1e8, "万亿": 1e12}


def find_quantities(text: str) -> list[Quantity]:
    out = []
    for m in _NUM.finditer(text):
        if not m.group(3) and not m.group(2):
            continue
        v = float(m.group(1)) * _MULT.get(m.group(2) or "", 1)
        out.append(Quantity(m.start(), m.end(), m.group(), v, m.group(3) or ""))
    return out
