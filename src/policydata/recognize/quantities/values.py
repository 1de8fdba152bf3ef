"""Numerals to values: Arabic with ``Decimal``, Chinese with ``cn2an`` after a structural check,
mixed Arabic sections and multipliers (5万4千6百) by hand."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an

from .tables import CN_DIGIT_VALUES, _CN_DIGITS, _LATIN_MULT, _MULT

_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _arabic_value(raw: str) -> Decimal | None:
    """'1,234.5' -> Decimal('1234.5'); full-width digits, exponents and powers allowed.

    >>> _arabic_value("12.32e+14"), _arabic_value("2.5^-1"), _arabic_value("2^--3")
    (Decimal('1.232E+15'), Decimal('0.4'), Decimal('8'))
    """
    base, _, power = raw.translate(_FULLWIDTH).replace(",", "").partition("^")
    try:
        value = Decimal(base)
        if power:
            digits = power.lstrip("+-")
            signs = power[:len(power) - len(digits)]
            value = value ** (-int(digits) if signs.count("-") % 2 else int(digits))
        return value
    except (InvalidOperation, ValueError, ArithmeticError):
        return None


@lru_cache(maxsize=8192)
def _chinese_value(raw: str) -> float | None:
    """A Chinese numeral on its own -> number, or None when it is not a well-formed numeral.

    >>> _chinese_value("一百零一万一千"), _chinese_value("两"), _chinese_value("千亿")
    (1011000, 2, 100000000000)
    >>> _chinese_value("三五") is None   # 'three or five' is vague, not 35
    True
    """
    s = raw.replace("两", "二").replace("〇", "零")
    if s[0] in "百千万亿":  # 千亿 = 一千亿, 万亿 = 一万亿
        s = "一" + s
    if "点" in s:  # 两千三点一 = 2300.1: the whole part may be shorthand, the decimals are digits
        head, _, tail = s.partition("点")
        whole = _chinese_value(head) if head else None
        if whole is None or not tail or any(c not in CN_DIGIT_VALUES for c in tail):
            return None
        return float(Decimal(str(whole)) + Decimal("0." + "".join(str(CN_DIGIT_VALUES[c]) for c in tail)))
    mixed = None
    if "点" not in s:
        mixed = _mixed_value(s)
        if mixed is None:
            return None  # a quick structural check first: cn2an is slow on the garbage of random text
    try:
        value = cn2an.cn2an(s, "strict")
    except ValueError:  # cn2an on a malformed numeral (60,000 random numeral strings raised nothing else)
        short = _shorthand_value(s)
        if short is not None or mixed is None:
            return short
        # well formed but for a left-out 零 (七十八万五百零六, 一万二百五十, 四千万零六千)
        return int(mixed) if mixed == int(mixed) else float(mixed)
    return value if isinstance(value, (int, float)) else None


_SHORTHAND = re.compile("(.+)([百千万亿])([一二三四五六七八九])")


def _shorthand_value(s: str) -> float | None:
    """三万五 = 35000, 两千五 = 2500, 一百五 = 150: a last digit counts in the unit below.

    >>> _shorthand_value("三万五"), _shorthand_value("二千五"), _shorthand_value("三五")
    (35000, 2500, None)
    """
    m = _SHORTHAND.fullmatch(s)
    if m is None or m.group(1).endswith("零"):
        return None
    head = _chinese_value(m.group(1) + m.group(2))
    if head is None:
        return None
    return head + CN_DIGIT_VALUES[m.group(3)] * _MULT[m.group(2)] // 10


_MIXED_TOKEN = re.compile(rf"[0-9.]+|[{_CN_DIGITS}]|[十百千万亿兆]")


def _mixed_value(raw: str) -> Decimal | None:
    """A numeral written with Arabic sections and multipliers -> its value.

    >>> _mixed_value("5万4千6百"), _mixed_value("5亿1万4千6百"), _mixed_value("1.2万亿")
    (Decimal('54600'), Decimal('500014600'), Decimal('1200000000000.0'))
    """
    zhao = Decimal(0)    # everything above the current 兆 (10^12) section, already scaled
    total = Decimal(0)   # everything above the current 亿 section, already scaled
    wan = Decimal(0)     # the current 亿 section's 万 part
    section = Decimal(0)  # below 万
    cur: Decimal | None = None
    last_small = 10 ** 5  # small units (十百千) must decrease within a section
    for tok in _MIXED_TOKEN.findall(raw):
        if tok[0].isdigit():
            if cur is not None:
                return None
            cur = Decimal(tok)
        elif tok in CN_DIGIT_VALUES:
            if CN_DIGIT_VALUES[tok] == 0:
                continue
            if cur is not None:
                return None
            cur = Decimal(CN_DIGIT_VALUES[tok])
        elif tok in "十百千":
            unit = _MULT[tok]
            if unit >= last_small:
                return None
            section += (cur if cur is not None else 1) * unit
            cur, last_small = None, unit
        elif tok == "万":
            part = section + (cur or 0)
            if wan and not part:
                wan *= 10000  # 四万万 = 4 x 10^8
            else:
                wan = (wan + (part or 1)) * 10000 if wan else (part or 1) * 10000
            section, cur, last_small = Decimal(0), None, 10 ** 5
        elif tok == "兆":  # 五兆六十二亿 = 5 x 10^12 + 62 x 10^8
            part = total + wan + section + (cur or 0)
            if zhao or not part:
                return None
            zhao = part * 10 ** 12
            total = wan = section = Decimal(0)
            cur, last_small = None, 10 ** 5
        else:  # 亿
            part = wan + section + (cur or 0)
            total = (total + (part or 1)) * 100000000
            wan = section = Decimal(0)
            cur, last_small = None, 10 ** 5
    return zhao + total + wan + section + (cur or 0)


def _is_chinese(raw: str) -> bool:
    return not raw[:1].isdigit() and raw[:1] not in "０１２３４５６７８９.．"


def _number(raw: str) -> Decimal | None:
    if _is_chinese(raw):
        v = _chinese_value(raw)
        return None if v is None else Decimal(str(v))
    return _arabic_value(raw)


def _multiplier(chars: str | None) -> int:
    m = 1
    for ch in chars or "":
        m *= _MULT.get(ch) or _LATIN_MULT[ch]
    return m
