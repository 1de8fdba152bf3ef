"""One match of the master regex -> a candidate quantity (value, unit, qualifier), or None."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .grammar import _g
from .tables import (CN_DIGIT_VALUES, _ARTICLE_ONE, _BARE_MAGNITUDE_NEEDS_QUALIFIER, _DETACHED, _DETACHED_WINDOW, _DOUBLING,
                     _EXACT, _HALVES, _HOUSEHOLD, _INFIX, _INVEST_NOT_BEFORE, _INVEST_UNITS,
                     _INVEST_VERB, _INVEST_VERB_MAX, _LEX, _LONE_WORDS, _MULT, _PREFIX, _SUFFIX,
                     _UNIT_ALIAS, _UNITLESS_MIN, _ALONE_BETWEEN, _LONE_BEFORE, _LONE_AFTER)
from .values import _chinese_value, _is_chinese, _mixed_value, _multiplier, _number

_SUBUNITS = (_LEX.get("unit_compounds") or {}).get("subunits") or {}
_PREFIX_SYMBOLS = (_LEX.get("unit_compounds") or {}).get("prefix_symbols") or {}
_SUBUNIT_PART = re.compile("又?([0-9]+|[零一二两三四五六七八九十]+)("
                           + "|".join(sorted({re.escape(w) for s in _SUBUNITS.values() for w in s}, key=len, reverse=True))
                           + ")") if _SUBUNITS else re.compile("(?!)")


@dataclass
class _Candidate:
    """A match before range merging. ``keep`` is False for a bare Chinese numeral, which is
    a quantity only as the first end of a range (三至五年)."""

    start: int
    end: int
    value: Decimal
    unit: str
    unit_raw: str
    raw_number: str
    multiplier: int
    qual: tuple[str, str]
    keep: bool = True
    ordinal: bool = False
    is_fraction: bool = False
    bound_qual: bool = False  # qualifier came from a prefix/suffix word (not 多/余)
    value_max: Decimal | None = None
    sign: int = 1
    unitless: bool = False
    vague: bool = False
    word_like: bool = False  # not kept, but returned flagged: 一只, 这是五


def _apply_qualifiers(m: re.Match, unit_raw: str) -> tuple[int, tuple[str, str], bool, bool]:
    """-> (start shift, (qualifier, comparator), qualified?, bound?). Prefix words beat
    suffix words beat 多/余, because 超过/以上 are the deliberate bounds."""
    shift = 0
    pre = m.group("pre")
    pre_q = None
    if pre:
        spec = _PREFIX[pre]
        if unit_raw in spec.get("not_with_units", ()):
            shift = len(pre)  # 近5年 = 'the last 5 years': 近 is not part of the quantity
        else:
            pre_q = spec["q"]
    suf = m.group("suf")
    suf_q = _SUFFIX[suf]["q"] if suf else None
    inf = m.group("inf2") or m.group("inf1")
    inf_q = _INFIX[inf]["q"] if inf else None
    q = pre_q or suf_q or inf_q or _EXACT
    return shift, q, bool(pre_q or suf_q or inf_q), bool(pre_q or suf_q)


def _candidate(m: re.Match) -> _Candidate | None:
    """Turn one master-regex match into a candidate, or None when it is not a quantity."""
    if m.group("skip") is not None:
        return None
    if m.group("ord") is not None:
        raw = m.group("ordnum")
        v = _number(raw)
        if v is None:
            return None
        return _Candidate(m.start(), m.end(), v, "", "", raw, 1, _EXACT, ordinal=True)

    if m.group("fden") is not None:  # 三分之二, 百分之五
        den, numer = _number(m.group("fden")), _number(m.group("fnum"))
        if not den or numer is None:
            return None
        if _g(m, "fwhole"):  # 三百五十又三分之一 = 350.33: a number, not a share
            whole = _number(m.group("fwhole"))
            if whole is None:
                return None
            cand = _make(m, whole + numer / den, "", "", m.group("fwhole"), 1)
        else:
            cand = _make(m, _percent(numer, den), "%", "", m.group("fnum"), 1, is_fraction=True)
        if cand is not None and bool(_g(m, "fneg")) != bool(_g(m, "fsign")):
            cand.sign = -1
        return cand
    if _g(m, "snum") is not None:  # 1/3
        den, numer = Decimal(m.group("sden")), Decimal(m.group("snum"))
        if not den or numer > den:
            return None
        return _make(m, _percent(numer, den), "%", "/", m.group(), 1, is_fraction=True)  # also ３／５
    if m.group("half") is not None:
        implied = _HALVES[m.group("half")]
        cand = _make(m, Decimal(50), "%", "", m.group("half"), 1, is_fraction=True)
        if cand and implied and cand.qual == _EXACT:
            cand.qual, cand.bound_qual = _PREFIX[implied]["q"], True
        return cand
    if _g(m, "fan_all") is not None:  # 翻一番 = x2, 翻两番 = x4
        n = _number(m.group("fan"))
        if n is None or not 1 <= n <= 10:
            return None
        return _make(m, Decimal(2) ** int(n), _DOUBLING.get("unit", "倍"), "番", m.group("fan"), 1)
    if _g(m, "vague") is not None:
        return _vague(m)
    if m.group("cheng") is not None:  # 四成 = 40 %, 三成半 = 35 %, 半成 = 5 %
        v = Decimal("0.5") if m.group("cheng") == "半" else _number(m.group("cheng"))
        if v is None:
            return None
        if m.group("chalf"):
            v += Decimal("0.5")
        return _make(m, v * 10, "%", "成", m.group("cheng"), 1, is_fraction=True)
    if _g(m, "zhe") is not None:  # 九折 = 90 %, 八五折 = 85 %, 7.5折 = 75 %
        raw = m.group("zhe")
        if len(raw) == 2 and _is_chinese(raw):  # 八五折
            v = Decimal(CN_DIGIT_VALUES[raw[0]] * 10 + CN_DIGIT_VALUES[raw[1]])
        else:
            d = Decimal(5) if raw == "半" else _number(raw)  # 半折 = half price, 50 %
            if d is None:
                return None
            v = d if len(raw) == 2 and raw.isdigit() else d * 10  # 75折 = 75 %, 7.5折 = 75 %
        if m.group("zhalf"):
            v += 5
        if not 0 < v < 100:
            return None
        return _make(m, v, "%", "折", raw, 1, is_fraction=True)

    raw = m.group("num")
    mult = _multiplier(m.group("mult"))
    if m.group("chain"):
        v = _mixed_value(raw + (m.group("mult") or "") + m.group("chain"))
        if v is None:
            return None
    else:
        v = _number(raw)
        if v is None:
            return None
        v = v * mult
    noun = m.group("noun")
    if noun:
        unit_raw, unit = noun, ("户" if noun in _HOUSEHOLD else "人")
    else:
        unit_raw = m.group("unit") or ""
        if not unit_raw and _g(m, "cursym"):  # ￥300 = 300 元
            unit_raw = _PREFIX_SYMBOLS[m.group("cursym")]
        unit = _UNIT_ALIAS.get(unit_raw, unit_raw)
        for slash in _LEX.get("per_unit_slashes") or ():
            unit = unit.replace(slash, "/")  # 元／人 -> 元/人; the span keeps the text as written
        if m.group("uhalf"):  # 六吨半 = 6.5 吨, 两个半小时 = 2.5 小时
            v += Decimal("0.5") * mult
            if _g(m, "halfunit"):
                if unit != "个":
                    return None
                unit = unit_raw = "个月" if _g(m, "halfunit") == "月" else _g(m, "halfunit")
        if _g(m, "subs"):  # 5元3角 = 5.3 元
            subs = _SUBUNITS.get(unit_raw) or {}
            for amount, word in _SUBUNIT_PART.findall(m.group("subs")):
                part = _number(amount)
                if part is None or word not in subs:
                    return None
                v += part * Decimal(str(subs[word]))
    cand = _make(m, v, unit, unit_raw, raw, mult)
    if cand is not None and m.group("sign"):
        cand.sign = -1
        if not cand.keep and not _g(m, "pre"):
            cand.keep, cand.unitless = True, not unit  # 负三十二: a sign makes it a number
    if cand is not None and m.group("uhalf") and not cand.keep:
        cand.keep, cand.unitless = True, False  # 一年半: with a half, 一 is a number
    return cand


def _percent(numer: Decimal, den: Decimal) -> Decimal:
    """numer/den in percent: exact when it ends within 6 decimals (千分之2.4 -> 0.24,
    百万分之五 -> 0.0005), else to 2 decimals (三分之二 -> 66.67)."""
    v = numer / den * 100
    exact = v.quantize(Decimal("1e-6"))
    return v if v == exact else round(v, 2)


def _vague(m: re.Match) -> _Candidate | None:
    """数十 -> 10..100, 十几 -> 11..19, 三五 -> 3..5, with multiplier and unit."""
    mult = _multiplier(m.group("vmult"))
    if m.group("vmag"):
        low, high = Decimal(_MULT[m.group("vmag")]), Decimal(_MULT[m.group("vmag")] * 10)
    elif m.group("vteen"):
        head = _g(m, "vhead")
        rest = m.group("vteen")[len(head or ""):]
        base = _chinese_value(head) if head else 0  # 一百二十几: 100 + 21..29
        if base is None:
            return None
        tens = 0 if rest.startswith("零") else CN_DIGIT_VALUES.get(rest[0], 1) * 10
        low, high = Decimal(base + tens + 1), Decimal(base + tens + 9)
    else:
        a, b = (CN_DIGIT_VALUES[c] for c in m.group("vpair"))
        if not 0 < b - a <= 2 or not (m.group("vunit") or m.group("vmult")):
            return None  # 一二 is not 'one or two' without a measure word
        mag = Decimal(_MULT[m.group("vpmag")]) if m.group("vpmag") else Decimal(1)
        low, high = Decimal(a) * mag, Decimal(b) * mag
    unit_raw = m.group("vunit") or ""
    unit = _UNIT_ALIAS.get(unit_raw, unit_raw)
    cand = _make(m, low * mult, unit, unit_raw, m.group("vague"), mult)
    if cand is None:
        return None
    cand.value_max, cand.vague, cand.keep = high * mult, True, True
    if cand.qual == _EXACT:
        cand.qual = ("approx", "~")
    return cand


def _make(m: re.Match, value: Decimal, unit: str, unit_raw: str, raw: str, mult: int,
          is_fraction: bool = False) -> _Candidate | None:
    shift, qual, qualified, bound = _apply_qualifiers(m, unit_raw)
    start = m.start() + shift
    if not qualified and _DETACHED is not None:
        start, qual, qualified, bound = _detached_prefix(m.string, start, qual)
    cand = _Candidate(start, m.end(), value, unit, unit_raw, raw, mult, qual,
                      is_fraction=is_fraction, bound_qual=bound)
    if m.group("num") is not None and _is_chinese(raw):
        cand.keep = _chinese_is_quantity(raw, unit, mult, qualified) or _invested_magnitude(m, raw, unit_raw)
        if not cand.keep and _is_unitless(m, raw, unit, mult, qualified):
            cand.keep = cand.unitless = True
        if not cand.keep:
            cand.word_like = _is_word_like_numeral(m, raw, unit, mult)
    return cand


def _is_word_like_numeral(m: re.Match, raw: str, unit: str, mult: int) -> bool:
    """A numeral the grammar does not count but still returns, flagged: the article 一 before
    a measure word (一只, 一块蛋糕) and a lone numeral between function characters (这是五那是四,
    排名前三的). Not a numeral bound to a content character (四川, 一切, 十足) nor a bare
    magnitude word (万, 万万, 千家万户)."""
    if unit:
        return raw == "一" and mult == 1
    if mult != 1 or raw in _LONE_WORDS or all(ch in "百千万亿" for ch in raw):
        return False
    text, start, end = m.string, m.start("num"), m.end("num")
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return (before == "" or before in _LONE_BEFORE) and (after == "" or after in _LONE_AFTER)


def _is_unitless(m: re.Match, raw: str, unit: str, mult: int, qualified: bool) -> bool:
    """二百三十七, 三千零五, 四百多: a bare Chinese numeral of a few characters, no unit;
    a single numeral too when it stands alone (“五”, or the whole text), not inside a word."""
    if not (_UNITLESS_MIN and not unit and mult == 1 and not m.group("sign")
            and (qualified or raw[0] not in "百千万亿") and "点" not in raw[-1:]):
        return False
    return len(raw) >= _UNITLESS_MIN or _stands_alone(m.string, m.start("num"), m.end("num"))


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Nothing but the text's edges or 'alone_between' characters (quotes, spaces) around."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return bool(_ALONE_BETWEEN) and all(ch == "" or ch in _ALONE_BETWEEN for ch in (before, after))


def _detached_prefix(text: str, start: int, qual: tuple[str, str]):
    """至少设置1处: a qualifier a short word away still binds the number.
    -> (start, qual, qualified?, bound?)."""
    window = text[max(0, start - _DETACHED_WINDOW):start]
    found = _DETACHED.search(window)
    if found is None:
        return start, qual, False, False
    word = next(w for w in sorted(_PREFIX, key=len, reverse=True) if found.group().startswith(w))
    return start - len(window) + found.start(), _PREFIX[word]["q"], True, True


def _invested_magnitude(m: re.Match, raw: str, unit_raw: str) -> bool:
    """投入千亿元, 撬动万亿元投资: a bare magnitude of two or more characters right after an
    investment verb and before a currency unit is an amount; without the verb (千亿斤粮食),
    without a currency (百万吨级) or before 级 (千亿元级) it names a scale class."""
    if _INVEST_VERB is None or len(raw) < 2 or any(ch not in "百千万亿" for ch in raw):
        return False
    if unit_raw not in _INVEST_UNITS or m.string[m.end():m.end() + 1] in _INVEST_NOT_BEFORE:
        return False
    start = m.start("num")
    return _INVEST_VERB.search(m.string, max(0, start - _INVEST_VERB_MAX), start) is not None


def _chinese_is_quantity(raw: str, unit: str, mult: int, qualified: bool) -> bool:
    """Chinese numerals double as ordinary words (统一, 千方百计, 万一, 一批), so a
    Chinese numeral counts only when the context says it is a number."""
    if not qualified:
        if raw in _LONE_WORDS:
            return False  # 零部件, 千家万户, 百年: a one-character word, not a count
        if _BARE_MAGNITUDE_NEEDS_QUALIFIER and raw[0] in "百千万亿":
            return False  # 千万吨炼化, 百万吨级: a scale class, not an amount
    if unit:
        # 一个, 一批, 一件事: a bare 一 is an article unless bounded (至少一处) or scaled
        return not (_ARTICLE_ONE and raw == "一" and mult == 1 and not qualified)
    # no unit: only large amounts such as 三千万, 十余万 or 超千亿 stand alone
    return "万" in raw or "亿" in raw or mult >= 10000
