"""Stage 3a: numbers with units, qualifiers and ranges in Chinese text.

``find_quantities(text)`` returns every quantity written in ``text``::

    >>> [(q.text, q.value, q.unit, q.qualifier) for q in find_quantities("累计建成3.5万余家基础级")]
    [('3.5万余家', 35000.0, '家', 'more_than')]
    >>> [(q.value, q.unit, q.comparator) for q in find_quantities("人均面积不小于2.5平方米")]
    [(2.5, '平方米', '>=')]
    >>> [(q.value, q.unit) for q in find_quantities("贡献超四成，占三分之二")]
    [(40.0, '%'), (66.67, '%')]
    >>> [(q.text, q.signed_value, q.unit) for q in find_quantities("5万4千6百人，两成半，六吨半，负1.5千米，翻一番")]
    [('5万4千6百人', 54600.0, '人'), ('两成半', 25.0, '%'), ('六吨半', 6.5, '吨'), ('负1.5千米', -1.5, '千米'), ('翻一番', 2.0, '倍')]

How it works, in four steps:

0. ``normalize_numerals`` makes a same-length copy of the text with every digit and numeral
   character in its plain form (full-width ３,２５０, financial 贰仟叁佰, traditional 三十萬), so
   one grammar reads them all and offsets and quotes stay on the text as written.
1. One master regular expression, built once from ``lexicons/quantities.json``, scans the
   copy. Its first branch is the table of non-quantity patterns (dates, plan names such as
   十五五, document numbers, short quoted names...): a match there is skipped whole, so
   nothing inside it can become a quantity. Its second branch is ordinals (第一). Its third
   branch is a quantity: an optional prefix qualifier (超过), then a fraction (百分之五,
   三分之二, 1/3), a half (一半), a doubling (翻一番), a vague amount (数十, 十几, 三五), a 成
   or 折 figure (三成半, 八五折) or a signed numeral (负, 零下, -) with optional 多/余,
   multipliers in any mix (5万4千6百, 3千万, 40k), unit and half (六吨半), then an optional
   suffix qualifier (以上). No match starts inside a run of digits and every repetition is
   bounded, so the scan is linear in the length of the text.
2. Each match is converted: Arabic numerals with ``Decimal`` (so 1.39万亿 is exactly
   1.39e12), Chinese numerals with ``cn2an`` on the isolated numeral only (after a quick
   structural check), mixed Arabic sections with ``_mixed_value``.
3. Neighbours joined only by a range connector (5%-6%, 3到5万) merge into one range.

Bare Chinese numerals (二百三十七) come back flagged ``unitless`` and vague amounts flagged
``vague``: the figure classifier, not the number finder, decides what is a figure. Names
written with numbers (5G, C919, 十四五, 国发〔2018〕42号) are never quantities;
``find_number_names`` lists them. The cases the grammar must read are a table kept as data,
``tests/data/quantities_cases.tsv``.

Rules are data: to teach it a new unit, qualifier or non-quantity pattern, edit the JSON.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an

from ..lexicon import load as load_lexicon
from ..text.patterns import alternation

__all__ = ["Quantity", "NumberName", "find_quantities", "find_number_names", "normalize_numerals",
           "unit_head"]



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
    ``vague`` True for vague amounts read as ranges (数十 -> 10..100, 十几 -> 11..19, 三五 -> 3..5).
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

    @property
    def signed_value(self) -> float:
        """``value`` with its sign: 负1.5千米 -> -1.5, 零下5摄氏度 -> -5.0."""
        return self.sign * self.value

    @property
    def signed_max(self) -> float | None:
        """``value_max`` with its sign (None when not a range)."""
        return None if self.value_max is None else self.sign * self.value_max


# --------------------------------------------------------------------------- lexicon

_LEX = load_lexicon("quantities.json")

_EXACT = ("exact", "=")


def _qual_table(entries: dict) -> dict[str, dict]:
    """Normalize a qualifier table: every entry becomes {'q': (qualifier, comparator), ...}."""
    out = {}
    for word, spec in entries.items():
        if isinstance(spec, list):
            spec = {"q": spec}
        out[word] = {**spec, "q": tuple(spec["q"])}
    return out


def negated_comparators() -> dict[str, tuple[str, str]]:
    """Negator + comparison word -> (qualifier, comparator), from the lexicon.

    >>> negated_comparators()["不得低于"], negated_comparators()["不得超过"]
    (('at_least', '>='), ('at_most', '<='))
    """
    spec = _LEX.get("negated_comparators") or {}
    return {neg + base: tuple(q) for neg in spec.get("negators", ())
            for base, q in (spec.get("bases") or {}).items()}


_PREFIX = _qual_table({**_LEX["qualifiers"]["prefix"],
                       **{w: list(q) for w, q in negated_comparators().items()
                          if w not in _LEX["qualifiers"]["prefix"]}})
_INFIX = _qual_table(_LEX["qualifiers"]["infix"])
_SUFFIX = _qual_table(_LEX["qualifiers"]["suffix"])
_MULT = {ch: int(v) for ch, v in _LEX["multipliers"].items()}
_UNIT_ALIAS = dict(_LEX["unit_aliases"])
_PERSON = set(_LEX["person_nouns"])
_HOUSEHOLD = set(_LEX["household_nouns"])
_HALVES = dict(_LEX["halves"])
_CONNECTORS = set(_LEX["range_connectors"])
_ARTICLE_ONE = bool(_LEX.get("article_one", True))


def _detached_pattern(spec: dict) -> tuple[re.Pattern | None, int]:
    """(regex matching '至少设置' at the end of a window, window length) from the lexicon."""
    words, gap = spec.get("words") or [], int(spec.get("max_gap", 0))
    if not words or gap <= 0:
        return None, 0
    # the gap: word characters that are neither digits nor Chinese numerals, no punctuation
    gap_char = r"[^\s\W\d零〇一二两三四五六七八九十百千万亿]"
    return re.compile(f"(?:{alternation(words)}){gap_char}{{1,{gap}}}$"), max(map(len, words)) + gap


_DETACHED, _DETACHED_WINDOW = _detached_pattern(_LEX.get("detached_prefixes", {}))
_LONE_WORDS = set(_LEX.get("lone_words", ()))
_BARE_MAGNITUDE_NEEDS_QUALIFIER = bool(_LEX.get("bare_magnitude_needs_qualifier", True))
_LATIN_MULT = {k: int(v) for k, v in (_LEX.get("latin_multipliers") or {}).items()}
_SIGNS = _LEX.get("signs") or {}
_DISCOUNT = _LEX.get("discount") or {}
_UNIT_HALF = _LEX.get("unit_half") or {}
_DOUBLING = _LEX.get("doubling") or {}
_VAGUE = _LEX.get("vague_numbers") or {}
_UNITLESS_MIN = int((_LEX.get("unitless") or {}).get("min_chars", 0) or 0)
_SLASH = _LEX.get("slash_fractions") or {}

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_NUMERAL_CHARS = _CN_DIGITS + "十百千万亿"


# --------------------------------------------------------------------------- variants

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


# --------------------------------------------------------------------------- regex


def _guarded_magnitude(ch: str, units: list[str]) -> str:
    """A multiplier character that is not the start of a unit: 千 but not 千瓦."""
    tails = [u[1:] for u in units if u.startswith(ch) and len(u) > 1]
    return re.escape(ch) + (f"(?!{alternation(tails)})" if tails else "")


def _all_units() -> list[str]:
    """The units table plus every head + suffix compound (吨 + 标准煤 -> 吨标准煤)."""
    comp = _LEX.get("unit_compounds") or {}
    return list(_LEX["units"]) + [h + s for h in comp.get("heads", ()) for s in comp.get("suffixes", ())]


def _build_master() -> re.Pattern:
    units = _all_units()
    latin = list(_LEX["latin_units"])
    latin_mult = list(_LATIN_MULT)
    mult_chars = list(_MULT)
    guarded = {ch: _guarded_magnitude(ch, units + ["分之"]) for ch in mult_chars}

    # Arabic numeral: not glued to Latin letters (5G, C919, PM2.5, COVID-19) unless a Latin unit
    # or multiplier (30km, 40k). GDP5.5%: a percent right after an uppercase acronym is the
    # acronym's rate. Full-width digits were made ASCII by normalize_numerals.
    acronym = rf"(?<=[A-Z][A-Z])(?=[0-9.]{{1,20}}(?:{alternation(_LEX.get('acronym_percent') or ['%'])}))"
    latin_after = alternation(latin + latin_mult)
    arabic = (rf"(?:(?<![A-Za-z0-9.．_])(?<![A-Za-z][-‐])|{acronym})"
              r"[0-9]{1,30}(?:,[0-9]{3})*(?:[.][0-9]{1,12})?(?![0-9])"
              rf"(?:(?=(?:{latin_after})(?![A-Za-z]))|(?![A-Za-z]))")
    cn_char = "(?:[零〇一二两三四五六七八九]|" + "|".join(guarded[c] for c in mult_chars) + ")"
    cn = rf"{cn_char}{{1,30}}(?:点[零〇一二两三四五六七八九]{{1,12}})?"
    num = rf"(?:{arabic}|{cn})"
    arabic_mult = "(?:(?:" + "|".join(guarded[c] for c in mult_chars if c != "十") + "){1,4}"
    if latin_mult:
        arabic_mult += f"|(?:{alternation(latin_mult)})(?![A-Za-z])"
    arabic_mult += ")"
    # 5万4千6百, 5亿1万4千6百: further Arabic sections after a multiplier
    chain_mult = "(?:" + "|".join(guarded[c] for c in mult_chars) + "){1,2}"
    # and 1千零1, 3万4000: a last Arabic section after 零 or of at least two digits
    tail = r"(?:零[0-9]{1,4}|[0-9]{2,4})(?![0-9.])"
    chain = (rf"(?:(?<=[万亿千百])(?P<chain>(?:零?[0-9]{{1,4}}(?:[.][0-9]{{1,3}})?{chain_mult}){{1,6}}(?:{tail})?"
             rf"|{tail}))")

    slashes = alternation(_LEX.get("per_unit_slashes") or ["/"])
    unit_re = rf"(?:{alternation(units)})(?:(?:{slashes})(?:{alternation(_LEX['per_units'])}))?|(?:{alternation(latin)})(?![A-Za-z])"
    nouns = alternation(_PERSON | _HOUSEHOLD)

    def quals(table: dict, key: str) -> str:
        parts = []
        for word in sorted(table, key=len, reverse=True):
            spec = table[word]
            p = re.escape(word)
            if spec.get("only_after_units"):
                # 1年内, 2年多: a bound that binds only after these units (a time span)
                p = "(?:" + "|".join(f"(?<={re.escape(u)})" for u in spec["only_after_units"]) + ")" + p
            if spec.get(key):
                p += f"(?={spec[key]})" if key == "only_before" else f"(?!{spec[key]})"
            parts.append(p)
        return "|".join(parts)

    subst = {"{ARABIC}": f"(?:{arabic})", "{CN}": f"(?:{cn})", "{NUM}": num,
             "{CNDIGIT}": "[一二两三四五六七八九十]", "{UNIT}": f"(?:{unit_re})"}
    skips = []
    for entry in _LEX["non_quantity_patterns"]:
        rx = entry["regex"]
        for key, val in subst.items():
            rx = rx.replace(key, val)
        skips.append(f"(?:{rx})")

    # signs: 负, 零下, and a minus that cannot be a range connector (5-6, 5万-6万, 3个-5个)
    sign_parts = [re.escape(w) for w in sorted(_SIGNS.get("words") or (), key=len, reverse=True)]
    if _SIGNS.get("minus"):
        unit_ends = "".join(sorted({u[-1] for u in units}))
        blocked = "0-9A-Za-z" + re.escape("%％‰)）]】.．" + _CN_NUMERAL_CHARS + unit_ends)
        sign_parts.append(f"(?<![{blocked}])(?:{alternation(_SIGNS['minus'])})")
    sign = f"(?P<sign>{'|'.join(sign_parts)})?" if sign_parts else "(?P<sign>(?!))?"

    cheng_no = re.escape(_LEX["cheng"]["not_before"])
    half_no = re.escape(_UNIT_HALF.get("not_before", "")) or "(?!)"
    # 六吨半; 一个半月 and 两个半小时 put the half between 个 and the unit
    half = rf"(?:(?<![%％‰点])半(?:(?<=个半)(?P<halfunit>小时|月)|(?![{half_no}])))" if _UNIT_HALF else "(?!)"
    cn_digit = "[一二两三四五六七八九]"
    branches = [
        rf"(?P<fden>{num})分之(?P<fnum>{num})",
    ]
    if _SLASH.get("enabled"):
        d = int(_SLASH.get("max_digits", 4))
        branches.append(rf"(?<![0-9A-Za-z.,/])(?P<snum>[0-9]{{1,{d}}})/(?P<sden>[0-9]{{1,{d}}})(?![0-9A-Za-z.,/])")
    branches.append(rf"(?P<half>{alternation(_HALVES)})")
    if _DOUBLING.get("pattern"):
        branches.append(f"(?P<fan_all>{_DOUBLING['pattern'].replace('(?P<n>', '(?P<fan>')})")
    if _DISCOUNT:
        zhe_no = re.escape(_DISCOUNT.get("not_before", "")) or "(?!)"
        branches.append(rf"(?P<zpre>{re.escape(_DISCOUNT.get('prefix', ''))})?"
                        rf"(?P<zhe>{cn_digit}(?:点?{cn_digit})?|(?<![A-Za-z0-9.])[1-9](?:[.][0-9])?)折(?P<zhalf>半)?(?![{zhe_no}])")
    branches.append(rf"(?P<cheng>[一二两三四五六七八九十](?:点[零一二三四五六七八九])?|(?<![A-Za-z0-9.])(?:10|[1-9](?:[.][0-9])?))成(?P<chalf>半)?(?![{cheng_no}])")
    vague = []
    if _VAGUE.get("tens_prefixes"):
        vague.append(rf"(?:{alternation(_VAGUE['tens_prefixes'])})(?P<vmag>[十百千万亿])")
    if _VAGUE.get("teens"):  # 十几 = 11..19, 二十几 = 21..29
        vague.append(rf"(?P<vteen>[一二两三四五六七八九]?{re.escape(_VAGUE['teens'])})")
    if _VAGUE.get("pairs"):
        vague.append(rf"(?P<vpair>{cn_digit}{cn_digit})(?![零〇一二两三四五六七八九十百千])")
    if vague:
        branches.append(rf"(?P<vague>{'|'.join(vague)})(?P<vmult>[万亿]{{1,2}})?(?P<vunit>{unit_re})?")
    branches.append(
        rf"{sign}(?P<num>{num})(?P<inf1>{alternation(_INFIX)})?(?P<mult>{arabic_mult})?{chain}?(?P<inf2>{alternation(_INFIX)})?"
        rf"(?:(?:(?<=[万亿])|(?<=[万亿]多|[万亿]余))(?P<noun>{nouns})|(?P<unit>{unit_re})(?P<uhalf>{half})?)?"
    )
    body = "|".join(branches)
    master = (
        rf"(?P<skip>{'|'.join(skips)})"
        rf"|(?P<ord>第(?P<ordnum>{num}))"
        rf"|(?P<pre>{quals(_PREFIX, 'only_before')})?(?:{body})(?P<suf>{quals(_SUFFIX, 'not_before')})?"
    )
    # Speed: Python's regex engine tries every alternative at every position. A leading
    # lookahead on the characters a match can start with lets it skip the ~95% of text
    # that cannot start anything (3x faster). The set is computed, never hand-written,
    # so new lexicon patterns stay correct.
    first = _first_char_class(master)
    # Linear time on digit runs: no match starts inside a run of digits (the run's first
    # digit is where a number, a date or a name starts), so a run of n digits is tried once.
    if first is None:
        master = f"(?:(?<![0-9])|(?![0-9]))(?:{master})"
    else:
        others = re.sub(r"0-9|1-9|5-9|[0-9]", "", first)
        # Start characters that are common words (负责, 数据, 打造, 几乎, 翻译) start a match
        # only before a numeral: check the next character too, so the scan skips them fast.
        numeral_next = "".join(ch for ch in _NUMERAL_NEXT if ch in others)
        others = "".join(ch for ch in _split_class(others) if ch not in numeral_next)
        guarded_starts = "".join(f"|{re.escape(ch)}{nxt}" for ch, nxt in _NUMERAL_NEXT.items()
                                 if ch in numeral_next)
        master = f"(?:(?=[{others}]{guarded_starts})|(?<![0-9])(?=[0-9]))(?:{master})"
    return re.compile(master, re.M)


# Start characters that are frequent in ordinary words, with what must follow them
# (lexicon "scan_guards"; speed only).
_NUMERAL_NEXT = {ch: f"(?={rx})" for ch, rx in (_LEX.get("scan_guards") or {}).items()}


def _split_class(body: str) -> list[str]:
    """A character-class body split into its items (single characters, escapes, ranges)."""
    items = re.findall(r"\\.-\\.|\\.-.|.-\\.|.-.|\\.|.", body, re.S)
    return items


def _first_char_class(pattern: str) -> str | None:
    """A regex character-class body of the characters ``pattern`` can start a match with,
    or None when that cannot be bounded (then no pre-filter is used).

    >>> _first_char_class("超过|[0-9]+|(?:第)?十")
    '超0-9第十'
    """
    try:
        from re import _parser as sre_parse  # Python >= 3.11
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]
    try:
        parsed = sre_parse.parse(pattern, re.M)
    except Exception:
        return None
    frags: list[str] = []
    ok, nullable = _firsts(parsed, frags, sre_parse)
    if not ok or nullable:
        return None
    return "".join(dict.fromkeys(frags))


def _firsts(seq, frags: list[str], sp) -> tuple[bool, bool]:
    """Add to ``frags`` the first characters of a parsed sequence -> (bounded?, nullable?)."""
    c = sp  # opcodes live in the parser module's namespace
    for op, av in seq:
        if op is c.LITERAL:
            frags.append(_class_char(av))
            return True, False
        if op is c.IN:
            for iop, iav in av:
                if iop is c.LITERAL:
                    frags.append(_class_char(iav))
                elif iop is c.RANGE:
                    frags.append(f"{_class_char(iav[0])}-{_class_char(iav[1])}")
                else:  # negated sets and categories (\\d, \\w) are not bounded here
                    return False, False
            return True, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the next item decides
        if op is c.BRANCH:
            any_nullable = False
            for branch in av[1]:
                ok, nullable = _firsts(branch, frags, sp)
                if not ok:
                    return False, False
                any_nullable |= nullable
            if not any_nullable:
                return True, False
            continue
        if op is c.SUBPATTERN:
            ok, nullable = _firsts(av[-1], frags, sp)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            ok, nullable = _firsts(av[2], frags, sp)
            nullable = nullable or av[0] == 0
        else:
            return False, False
        if not ok:
            return False, False
        if not nullable:
            return True, False
    return True, True


def _class_char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in "\\]^-[" else ch


_MASTER = _build_master()
_GROUPS = frozenset(_MASTER.groupindex)


def _g(m: re.Match, name: str) -> str | None:
    """A group of the master regex that the lexicon may leave out (None when absent)."""
    return m.group(name) if name in _GROUPS else None


_COMPOUND_HEADS = {h + s: h for h in (_LEX.get("unit_compounds") or {}).get("heads", ())
                   for s in (_LEX.get("unit_compounds") or {}).get("suffixes", ())}


def unit_head(unit: str) -> str:
    """The unit a compound or rate unit is built on, for classifying it.

    >>> unit_head("吨标准煤"), unit_head("元/人"), unit_head("个")
    ('吨', '元', '个')
    """
    if not unit:
        return ""
    if unit in _COMPOUND_HEADS:
        return _COMPOUND_HEADS[unit]
    return unit.split("/", 1)[0] if "/" in unit else unit

# A cheap pre-filter: text with none of these characters has no quantity.
_HAS_NUMERAL = re.compile("[0-9零〇一二两三四五六七八九十百千万亿半"
                          + re.escape("".join(map(chr, _ALWAYS)) + "".join(_NEAR)) + "]")

_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


# --------------------------------------------------------------------------- numerals

def _arabic_value(raw: str) -> Decimal | None:
    """'1,234.5' -> Decimal('1234.5'); full-width digits allowed."""
    try:
        return Decimal(raw.translate(_FULLWIDTH).replace(",", ""))
    except (InvalidOperation, ValueError):
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
    mixed = None
    if "点" not in s:
        mixed = _mixed_value(s)
        if mixed is None:
            return None  # a quick structural check first: cn2an is slow on the garbage of random text
    try:
        value = cn2an.cn2an(s, "strict")
    except Exception:  # cn2an raises ValueError and others on malformed input
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
    return head + _CN_DIGIT_VALUE[m.group(3)] * _MULT[m.group(2)] // 10


_CN_DIGIT_VALUE = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_MIXED_TOKEN = re.compile(r"[0-9.]+|[零〇一二两三四五六七八九]|[十百千万亿]")


def _mixed_value(raw: str) -> Decimal | None:
    """A numeral written with Arabic sections and multipliers -> its value.

    >>> _mixed_value("5万4千6百"), _mixed_value("5亿1万4千6百"), _mixed_value("1.2万亿")
    (Decimal('54600'), Decimal('500014600'), Decimal('1200000000000.0'))
    """
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
        elif tok in _CN_DIGIT_VALUE:
            if _CN_DIGIT_VALUE[tok] == 0:
                continue
            if cur is not None:
                return None
            cur = Decimal(_CN_DIGIT_VALUE[tok])
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
        else:  # 亿
            part = wan + section + (cur or 0)
            total = (total + (part or 1)) * 100000000
            wan = section = Decimal(0)
            cur, last_small = None, 10 ** 5
    return total + wan + section + (cur or 0)


def _is_chinese(raw: str) -> bool:
    return not raw[:1].isdigit() and raw[:1] not in "０１２３４５６７８９"


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


# --------------------------------------------------------------------------- matches

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
        return _make(m, _percent(numer, den), "%", "", m.group("fnum"), 1, is_fraction=True)
    if _g(m, "snum") is not None:  # 1/3
        den, numer = Decimal(m.group("sden")), Decimal(m.group("snum"))
        if not den or numer > den:
            return None
        return _make(m, _percent(numer, den), "%", "/", m.group(), 1, is_fraction=True)
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
    if m.group("cheng") is not None:  # 四成 = 40 %, 三成半 = 35 %
        v = _number(m.group("cheng"))
        if v is None:
            return None
        if m.group("chalf"):
            v += Decimal("0.5")
        return _make(m, v * 10, "%", "成", m.group("cheng"), 1, is_fraction=True)
    if _g(m, "zhe") is not None:  # 九折 = 90 %, 八五折 = 85 %, 7.5折 = 75 %
        raw = m.group("zhe")
        if len(raw) == 2 and _is_chinese(raw):  # 八五折
            v = Decimal(_CN_DIGIT_VALUE[raw[0]] * 10 + _CN_DIGIT_VALUE[raw[1]])
        else:
            d = _number(raw)
            if d is None:
                return None
            v = d * 10
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
        unit = _UNIT_ALIAS.get(unit_raw, unit_raw)
        for slash in _LEX.get("per_unit_slashes") or ():
            unit = unit.replace(slash, "/")  # 元／人 -> 元/人; the span keeps the text as written
        if m.group("uhalf"):  # 六吨半 = 6.5 吨, 两个半小时 = 2.5 小时
            v += Decimal("0.5") * mult
            if _g(m, "halfunit"):
                if unit != "个":
                    return None
                unit = unit_raw = "个月" if _g(m, "halfunit") == "月" else _g(m, "halfunit")
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
        tens = _CN_DIGIT_VALUE.get(m.group("vteen")[0], 1) * 10
        low, high = Decimal(tens + 1), Decimal(tens + 9)
    else:
        a, b = (_CN_DIGIT_VALUE[c] for c in m.group("vpair"))
        if not 0 < b - a <= 2 or not (m.group("vunit") or m.group("vmult")):
            return None  # 一二 is not 'one or two' without a measure word
        low, high = Decimal(a), Decimal(b)
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
        cand.keep = _chinese_is_quantity(raw, unit, mult, qualified)
        if not cand.keep and _is_unitless(m, raw, unit, mult, qualified):
            cand.keep = cand.unitless = True
    return cand


def _is_unitless(m: re.Match, raw: str, unit: str, mult: int, qualified: bool) -> bool:
    """二百三十七, 三千零五, 四百多: a bare Chinese numeral of a few characters, no unit."""
    return (bool(_UNITLESS_MIN) and len(raw) >= _UNITLESS_MIN and not unit and mult == 1
            and not m.group("sign") and (qualified or raw[0] not in "百千万亿") and "点" not in raw[-1:])


def _detached_prefix(text: str, start: int, qual: tuple[str, str]):
    """至少设置1处: a qualifier a short word away still binds the number.
    -> (start, qual, qualified?, bound?)."""
    window = text[max(0, start - _DETACHED_WINDOW):start]
    found = _DETACHED.search(window)
    if found is None:
        return start, qual, False, False
    word = next(w for w in sorted(_PREFIX, key=len, reverse=True) if found.group().startswith(w))
    return start - len(window) + found.start(), _PREFIX[word]["q"], True, True


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


# --------------------------------------------------------------------------- public API

def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order of appearance.

    Never raises: any string (empty, huge, random unicode) gives a list, possibly empty.

    >>> [(q.value, q.value_max, q.unit) for q in find_quantities("增长5%-6%")]
    [(5.0, 6.0, '%')]
    >>> [q.value for q in find_quantities("同比分别增长9.2%、9.4%")]
    [9.2, 9.4]
    >>> find_quantities("“十五五”时期布局6G，国发〔2018〕42号")
    []
    """
    if not isinstance(text, str) or not _HAS_NUMERAL.search(text):
        return []
    original, text = text, normalize_numerals(text)
    cands: list[_Candidate] = []
    for m in _MASTER.finditer(text):
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
        if not c.keep:
            continue
        value = float(c.value)
        vmax = c.value_max
        if not math.isfinite(value):
            continue
        raw_number = c.raw_number
        if original is not text:  # the numeral as written: 贰仟叁佰, not 二千三百
            at = text.find(raw_number, c.start, c.end)
            raw_number = original[at:at + len(raw_number)] if at >= 0 else raw_number
        out.append(Quantity(
            start=c.start, end=c.end, text=original[c.start:c.end], value=value, unit=c.unit,
            value_max=float(vmax) if vmax is not None else None,
            qualifier=c.qual[0], comparator=c.qual[1], raw_number=raw_number,
            multiplier=float(c.multiplier), unit_raw=c.unit_raw, ordinal=c.ordinal,
            is_fraction=c.is_fraction, sign=c.sign, unitless=c.unitless, vague=c.vague,
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
        if any(q.start < end and start < q.end for q in quantities):
            continue  # 30GW, 40k: a Latin unit or multiplier makes it a quantity
        if kind == "document number":  # 国发〔2018〕42号: the issuer's abbreviation before
            i = start
            while i > max(0, start - int(_NAME_SPEC.get("issuer_max_chars", 4))) \
                    and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in stop:
                i -= 1
            start = i
        out.append(NumberName(start, end, text[start:end], kind))
    return out
