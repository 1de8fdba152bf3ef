"""The master regular expression, built once from the lexicon at import: one scan finds every
candidate (skipped non-quantity patterns, ordinals, quantities with qualifiers and units)."""
from __future__ import annotations

import re

from ...text.patterns import alternation
from .tables import (CN_NUMERAL_CHARS, _CN_DIGITS, _DISCOUNT, _DOUBLING, _HALVES, _HOUSEHOLD, _INFIX, _LATIN_MULT,
                     _LEX, _MULT, _PERSON, _PREFIX, _SIGNS, _SLASH, _SUFFIX, _UNIT_HALF, _VAGUE)
from .variants import _ALWAYS, _NEAR

def _guarded_magnitude(ch: str, units: list[str]) -> str:
    """A multiplier character that is not the start of a unit: 千 but not 千瓦."""
    tails = [u[1:] for u in units if u.startswith(ch) and len(u) > 1]
    return re.escape(ch) + (f"(?!{alternation(tails)})" if tails else "")


def _all_units() -> list[str]:
    """The units table plus every head + suffix compound (吨 + 标准煤 -> 吨标准煤)."""
    comp = _LEX.get("unit_compounds") or {}
    return list(_LEX["units"]) + [h + s for h in comp.get("heads", ()) for s in comp.get("suffixes", ())]


def _build_master() -> tuple[re.Pattern, re.Pattern | None]:
    """The master pattern, and a pattern that finds every position where it can start
    (None when that set cannot be bounded)."""
    units = _all_units()
    bounded = _LEX.get("bounded_units") or {}
    latin = [u for u in _LEX["latin_units"] if u not in bounded]
    # bounded_latin_unit: a Latin unit that is one only before the words given (500P算力; 1080P is a
    # video resolution, a name): the bound is asked wherever the unit may follow a number
    latin_bounded = "".join(f"|{re.escape(u)}(?={need})" for u, need in sorted(bounded.items())
                            if u in _LEX["latin_units"])
    latin_mult = list(_LATIN_MULT)
    mult_chars = list(_MULT)
    guarded = {ch: _guarded_magnitude(ch, units + ["分之"]) for ch in mult_chars}

    # Arabic numeral: not glued to Latin letters (5G, C919, PM2.5, COVID-19) unless a Latin unit
    # or multiplier (30km, 40k). GDP5.5%: a percent right after an uppercase acronym is the
    # acronym's rate. Full-width digits were made ASCII by normalize_numerals.
    acronym = rf"(?<=[A-Z][A-Z])(?=[0-9.]{{1,20}}(?:{alternation(_LEX.get('acronym_percent') or ['%'])}))"
    latin_after = alternation(latin + latin_mult)
    arabic = (rf"(?:(?<![A-Za-z0-9.．_])(?<![A-Za-z][-‐])|{acronym})"
              r"(?:[0-9]{1,30}(?:,[0-9]{3})*(?:[.][0-9]{1,12})?|[.][0-9]{1,12})(?![0-9])"
              # 2e5, 12.32e+14: a decimal exponent, when no other Latin letter follows
              r"(?:[eE][-+]?[0-9]{1,3}(?![0-9A-Za-z]))?"
              # 2^5, 2.5^-1: a power (the exponent's sign may be doubled: ^--23 = ^23)
              r"(?:\^[-+]{0,2}[0-9]{1,3}(?![0-9.]))?"
              rf"(?:(?=(?:{latin_after})(?![A-Za-z]){latin_bounded})|(?![A-Za-z]))")
    # 两 is a digit at the start of a numeral or before a magnitude (两千, 一千两百); after a
    # numeral it is the weight unit liang (二两, 三千两百两)
    liang = f"(?:(?<![{CN_NUMERAL_CHARS}])两|两(?=[十百千万亿]))"
    # 兆 = 10^12 only inside a numeral that goes on (五兆六十二亿): alone it is mega (兆瓦, 百兆宽带)
    zhao = f"兆(?=[{_CN_DIGITS}十百千])"
    cn_char = f"(?:[{_CN_DIGITS.replace('两', '')}]|{liang}|{zhao}|" + "|".join(guarded[c] for c in mult_chars) + ")"
    cn = rf"{cn_char}{{1,40}}(?:点[{_CN_DIGITS}]{{1,12}})?"
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
    # guarded_measure_word: 4本图书 and 260根 count, 300本地企业 and 本外币 do not
    guarded_units = "".join(f"|{re.escape(u)}(?!{no})" for u, no in sorted((_LEX.get("guarded_units") or {}).items()))
    # bounded_day_count: 15日内 counts days, 5月10日 is a date
    guarded_units += "".join(f"|{re.escape(u)}(?={need})" for u, need in sorted(bounded.items())
                             if u not in _LEX["latin_units"])
    unit_re = (rf"(?:{alternation(units)}{guarded_units})(?:(?:{slashes})(?:{alternation(_LEX['per_units'])}))?"
               rf"|(?:{alternation(latin)})(?![A-Za-z]){latin_bounded}")
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
            if spec.get("not_after"):
                # 节约30%: 约 ends the word 节约 there, it blurs no number (one character class)
                p = f"(?<!{spec['not_after']})" + p
            parts.append(p)
        return "|".join(parts)

    subst = {"{ARABIC}": f"(?:{arabic})", "{CN}": f"(?:{cn})", "{NUM}": num,
             "{CNDIGIT}": "[一二两三四五六七八九十]", "{UNIT}": f"(?:{unit_re})"}
    skips = []
    for entry in _LEX["non_quantity_patterns"]:
        rx = entry["regex"]
        for key, val in subst.items():
            rx = rx.replace(key, val)
        skips.append(_lead(f"(?:{rx})"))

    # signs: 负, 零下, and a minus that cannot be a range connector (5-6, 5万-6万, 3个-5个)
    sign_parts = [re.escape(w) for w in sorted(_SIGNS.get("words") or (), key=len, reverse=True)]
    if _SIGNS.get("minus"):
        unit_ends = "".join(sorted({u[-1] for u in units}))
        blocked = "0-9A-Za-z" + re.escape("%％‰)）]】.．" + CN_NUMERAL_CHARS + unit_ends)
        sign_parts.append(f"(?<![{blocked}])(?:{alternation(_SIGNS['minus'])})")
    sign = f"(?P<sign>{'|'.join(sign_parts)})?" if sign_parts else "(?P<sign>(?!))?"

    cheng_no = re.escape(_LEX["cheng"]["not_before"])
    half_no = re.escape(_UNIT_HALF.get("not_before", "")) or "(?!)"
    # 六吨半; 一个半月 and 两个半小时 put the half between 个 and the unit
    half = rf"(?:(?<![%％‰点])半(?:(?<=个半)(?P<halfunit>小时|月)|(?![{half_no}])))" if _UNIT_HALF else "(?!)"
    cn_digit = "[一二两三四五六七八九]"
    # 半成 = 5 %, (打)半折 = 50 %: a half not inside a word (多半成了 is 'mostly became')
    lone_half = "(?:(?<=打)|(?<![\u4e00-\u9fff]))半"
    branches = [
        # 三分之二; 三百五十又三分之一 (a whole and a fraction); 负3分之负157 (signs on both)
        rf"(?P<fneg>负|(?<![0-9A-Za-z])-)?(?:(?P<fwhole>{num})又)?(?P<fden>{num})分之(?P<fsign>负)?(?P<fnum>{num})",
    ]
    if _SLASH.get("enabled"):
        d = int(_SLASH.get("max_digits", 4))
        branches.append(rf"(?<![0-9A-Za-z.,/／])(?P<snum>[0-9]{{1,{d}}})[/／](?P<sden>[0-9]{{1,{d}}})(?![0-9A-Za-z.,/／])")
    half_time = _LEX.get("halves_not_before")  # half_time_span: 近半年 is a time span
    branches.append(rf"(?P<half>{alternation(_HALVES)})" + (f"(?!{half_time})" if half_time else ""))
    if _DOUBLING.get("pattern"):
        branches.append(f"(?P<fan_all>{_DOUBLING['pattern'].replace('(?P<n>', '(?P<fan>')})")
    if _DISCOUNT:
        zhe_no = re.escape(_DISCOUNT.get("not_before", "")) or "(?!)"
        branches.append(rf"(?P<zpre>{re.escape(_DISCOUNT.get('prefix', ''))})?"
                        rf"(?P<zhe>{lone_half}|{cn_digit}(?:点?{cn_digit})?|(?<![A-Za-z0-9.])[1-9](?:[.][0-9]|[0-9](?![0-9.]))?)折(?P<zhalf>半)?(?![{zhe_no}])")
    branches.append(rf"(?P<cheng>{lone_half}|[一二两三四五六七八九十](?:点[零一二三四五六七八九])?|(?<![A-Za-z0-9.])(?:10|[1-9](?:[.][0-9])?))成(?P<chalf>半)?(?![{cheng_no}])")
    vague = []
    if _VAGUE.get("tens_prefixes"):
        vague.append(rf"(?:{alternation(_VAGUE['tens_prefixes'])})(?P<vmag>[十百千万亿])")
    if _VAGUE.get("teens"):  # 十几 = 11..19, 二十几 = 21..29
        # and after hundreds or thousands: 一百二十几 = 121..129, 一千五百零几 = 1501..1509
        d = "[一二两三四五六七八九]"
        head = rf"(?P<vhead>{d}千(?:{d}百)?|{d}百)"
        vague.append(rf"(?P<vteen>{head}(?:零几|{d}{re.escape(_VAGUE['teens'])})|{d}?{re.escape(_VAGUE['teens'])})")
    if _VAGUE.get("pairs"):
        # two neighbouring digits of different values (三五, 两三); 二两 is 2 liang
        pairs = [a + b for a in "一二两三四五六七八九" for b in "一二两三四五六七八九"
                 if {a, b} not in ({a}, {"二", "两"})]
        # pair_magnitude: a pair before 十/百/千 counts tens, hundreds, thousands (五六十台 = 50..60)
        vague.append(rf"(?P<vpair>{alternation(pairs)})(?P<vpmag>[十百千])?(?![零〇一二两三四五六七八九十百千])")
    if vague:
        branches.append(rf"(?P<vague>{'|'.join(vague)})(?P<vmult>[万亿]{{1,2}})?(?P<vunit>{unit_re})?")
    branches.append(
        rf"{_prefix_symbols_pattern()}{sign}(?P<num>{num})(?P<inf1>{alternation(_INFIX)})?(?P<mult>{arabic_mult})?{chain}?(?P<inf2>{alternation(_INFIX)})?"
        rf"(?:(?:(?<=[万亿])|(?<=[万亿]多|[万亿]余))(?P<noun>{nouns})|(?P<unit>{unit_re})(?:(?P<uhalf>{half})|{_subunits_pattern()})?)?"
    )
    body = "|".join(_lead(b) for b in branches)
    unqualified = rf"(?P<skip>{'|'.join(skips)})|(?P<ord>第(?P<ordnum>{num}))|(?:{body})"
    master = (
        rf"(?P<skip>{'|'.join(skips)})"
        rf"|(?P<ord>第(?P<ordnum>{num}))"
        rf"|" + _lead(rf"(?P<pre>{quals(_PREFIX, 'only_before')})?(?:{body})(?P<suf>{quals(_SUFFIX, 'not_before')})?")
    )
    # Speed: Python's regex engine tries every alternative at every position. A leading
    # lookahead on the characters a match can start with lets it skip the ~95% of text
    # that cannot start anything (3x faster). The set is computed, never hand-written,
    # so new lexicon patterns stay correct.
    first = _first_char_class(master)
    starts = None
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
        # Start characters that begin only qualifier words of two or more characters (大于,
        # 不少于, 将近: frequent word characters 大, 不, 将) start a match only before the rest
        # of such a word: derived from the qualifier table, so it stays a superset.
        plain = _first_char_class(unqualified)
        plain_chars = set(_split_class(plain)) if plain is not None else None
        prefix_guards = {}
        for ch in _split_class(others):
            words = [w for w in _PREFIX if w[0] == ch]
            if plain_chars is not None and ch not in plain_chars and words and all(len(w) > 1 for w in words):
                prefix_guards[ch] = f"(?={alternation([w[1:] for w in words])})"
        others = "".join(ch for ch in _split_class(others) if ch not in prefix_guards)
        guarded_starts += "".join(f"|{re.escape(ch)}{nxt}" for ch, nxt in prefix_guards.items())
        master = f"(?:(?=[{others}]{guarded_starts})|(?<![0-9])(?=[0-9]))(?:{master})"
        # The same guard as a pattern that starts with a character class, which the engine
        # scans for at C speed (a leading lookahead is tried position by position): the
        # start character first, then its guard looking back at it.
        # (a digit inside a run of digits fails at the first check and the next two)
        checks = ["(?<=[0-9])(?<![0-9].)"] + ([f"(?<=[{others}])"] if others else [])
        guards = {ch: nxt for ch, nxt in _NUMERAL_NEXT.items() if ch in numeral_next}
        guards.update(prefix_guards)
        if guards:
            each = "|".join(f"(?<={re.escape(ch)}){nxt}" for ch, nxt in guards.items())
            checks.append(f"(?<=[{''.join(map(re.escape, guards))}])(?:{each})")
        starts = re.compile(f"[{first}](?:{'|'.join(checks)})", re.M | re.S)
    return re.compile(master, re.M), starts


def _lead(fragment: str) -> str:
    """``fragment`` behind a lookahead on the characters it can start with (speed only: the
    engine then drops an alternative that cannot match at one character's cost, instead of
    entering its groups and lookbehinds), and on the first literal character it requires
    later (2024年, 5号, 三分之一: a number's characters, then 年, 号 or 分). Both are computed,
    so they only ever let through a superset of what the fragment matches."""
    first = _first_char_class(fragment)
    lead = "" if first is None else f"(?=[{first}])"
    return lead + _required_literal(fragment) + fragment


_RUN_CAP = 32  # how far the required-literal lookahead looks at most (it stays linear)


def _required_literal(fragment: str) -> str:
    """A lookahead: the characters the fragment can consume, then the first literal character
    its top-level sequence requires after them ('' when that cannot be bounded). Before a
    longer run of such characters the lookahead lets everything through."""
    sp = _sre_parse()
    try:
        seq = list(sp.parse(fragment, re.M))
    except re.error:
        return ""
    while len(seq) == 1 and seq[0][0] is sp.SUBPATTERN:
        seq = list(seq[0][1][-1])
    chars: list[str] = []
    for i, (op, av) in enumerate(seq):
        needed: list[str] = []
        if (i > 0 and chars and op in (sp.LITERAL, sp.IN) and _consumed(sp, [(op, av)], needed)
                and not any(n in _CATEGORIES.values() for n in needed)):
            cls, lit = "".join(dict.fromkeys(chars)), f"[{''.join(needed)}]"
            return f"(?=[{cls}]{{0,{_RUN_CAP}}}{lit}|[{cls}]{{{_RUN_CAP + 1}}})"
        if not _consumed(sp, [(op, av)], chars):
            return ""
    return ""


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


def _set_members(sp, items, *, categories: bool) -> list[str] | None:
    """The members of a parsed character set as class fragments (a, a-z, and with ``categories``
    \\d \\s \\w); None for what a class cannot restate (negation, other categories)."""
    out = []
    for op, av in items:
        if op is sp.LITERAL:
            out.append(_class_char(av))
        elif op is sp.RANGE:
            out.append(f"{_class_char(av[0])}-{_class_char(av[1])}")
        elif categories and op is sp.CATEGORY and str(av) in _CATEGORIES:
            out.append(_CATEGORIES[str(av)])
        else:
            return None
    return out


def _consumed(sp, seq, chars: list[str]) -> bool:
    """Add to ``chars`` every character the parsed items can consume -> bounded?"""
    for op, av in seq:
        if op is sp.LITERAL:
            chars.append(_class_char(av))
        elif op is sp.IN:
            members = _set_members(sp, av, categories=True)
            if members is None:
                return False
            chars.extend(members)
        elif op in (sp.AT, sp.ASSERT, sp.ASSERT_NOT):
            continue
        elif op is sp.BRANCH:
            if not all(_consumed(sp, b, chars) for b in av[1]):
                return False
        elif op is sp.SUBPATTERN:
            if not _consumed(sp, av[-1], chars):
                return False
        elif op in (sp.MAX_REPEAT, sp.MIN_REPEAT, getattr(sp, "POSSESSIVE_REPEAT", None)):
            if not _consumed(sp, av[2], chars):
                return False
        else:
            return False
    return True


def _sre_parse():
    try:
        from re import _parser as sre_parse  # Python >= 3.11
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]
    return sre_parse


def _prefix_symbols_pattern() -> str:
    """￥300, $20: a currency sign before the number (lexicon unit_compounds.prefix_symbols)."""
    symbols = (_LEX.get("unit_compounds") or {}).get("prefix_symbols") or {}
    return f"(?P<cursym>{alternation(list(symbols))})?" if symbols else "(?P<cursym>(?!))?"


def _subunits_pattern() -> str:
    """5元3角, 两美元又三美分: smaller units after a unit (lexicon unit_compounds.subunits)."""
    comp = _LEX.get("unit_compounds") or {}
    table = comp.get("subunits") or {}
    if not table:
        return "(?P<subs>(?!))"
    no = re.escape(comp.get("subunit_not_before", ""))
    tail = f"(?![{no}])" if no else ""
    digits = "(?:[0-9]{1,2}|[零一二两三四五六七八九十]{1,2})"
    parts = [f"(?<={re.escape(unit)})(?:又?{digits}(?:{alternation(list(subs))}){tail}){{1,2}}"
             for unit, subs in sorted(table.items(), key=lambda kv: -len(kv[0]))]
    return f"(?P<subs>{'|'.join(parts)})"


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
    except re.error:
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
            members = _set_members(sp, av, categories=False)  # \\d, \\w are not bounded here
            if members is None:
                return False, False
            frags.extend(members)
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


_MASTER, _STARTS = _build_master()
_GROUPS = frozenset(_MASTER.groupindex)


def _g(m: re.Match, name: str) -> str | None:
    """A group of the master regex that the lexicon may leave out (None when absent)."""
    return m.group(name) if name in _GROUPS else None


# A cheap pre-filter: text with none of these characters has no quantity.
_HAS_NUMERAL = re.compile("[0-9" + CN_NUMERAL_CHARS + "半"
                          + re.escape("".join(map(chr, _ALWAYS)) + "".join(_NEAR) + "".join(w[0] for w in _HALVES)) + "]")
