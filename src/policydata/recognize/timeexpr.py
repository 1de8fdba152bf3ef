"""Stage 3b: years, periods, deadlines and five-year-plan periods.

The rules (words and patterns) live in ``lexicons/time.json``; this module applies them.

>>> [(t.kind, t.year) for t in find_time_expressions("到2035年建成", 2026)]
[('deadline', 2035)]
>>> [(t.kind, t.year, t.period) for t in find_time_expressions("“十五五”时期", 2026)]
[('plan_period', 2030, '2026/2030')]
>>> [t.period for t in find_time_expressions("2021年前三季度", 2021)]
['2021-01/2021-09']
>>> [t.period for t in find_time_expressions("1-9月", 2021)]
['2021-01/2021-09']
>>> [(t.kind, t.year) for t in find_time_expressions("今年", 2024)]
[('relative', 2024)]
>>> [(t.kind, t.period) for t in find_time_expressions("截至今年1月底", 2026)]
[('cutoff', '2026-01')]
>>> [(t.kind, t.year) for t in find_time_expressions("若干政策（2025年版）", 2025)]
[('edition', 2025)]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import compiled, load as load_lexicon
from .quantities import CN_DIGIT_VALUES
from .spaced_dates import despace_dates, span_on_text
from .time_cues import has_time_cue
from ..text.patterns import literal_pattern, per_list
from ..text.regex_starts import matches_from_openings as _matches_from_openings
from ..text.regex_starts import lexicon_match, lexicon_search
from ..text.regex_starts import opening_class as _opening_class, required_chars as _required_chars


@dataclass(frozen=True)
class TimeExpr:
    """A time expression in text.

    ``kind`` is one of ``year`` (2025年), ``deadline`` (到2035年), ``start``
    (自2019年开始, 从2020年起: when something begins), ``cutoff``
    (截至2025年底, 截至9月末: the as-of date of a statistic), ``span`` (三个月来,
    五年来: a stretch up to now, no year), ``period``
    (前三季度, 1-9月), ``plan_period`` (“十五五”时期), ``relative`` (今年, 上年),
    ``review`` (全年, 过去一年: the year under review, resolved by the caller from
    context, so ``year`` is None), ``present`` (截至目前: the report year) and ``edition``
    (若干政策（2025年版）: a document's edition, which dates no figure).
    ``year`` is the year meant (for a plan period its last year, for a period the
    year it falls in); ``period`` is the ISO-like period string ("2025",
    "2021Q3", "2021-01/2021-09", "2026/2030"): a single quarter is "2021Q3", several
    quarters or months are the month range (前三季度 -> "2021-01/2021-09", the
    corpus conventions' form). ``items`` holds one period per listed item when the
    expression lists months or quarters (7、8、9月份 -> 2021-07, 2021-08, 2021-09;
    三、四季度 -> 2021Q3, 2021Q4), so 分别 can give each figure its own period.
    """

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    period: str = ""
    first_year: int | None = None  # first year of a plan period or range
    items: tuple[str, ...] = ()  # one period per listed month/quarter (7、8、9月份)


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return load_lexicon("time.json")


time_lexicon = _lexicon  # the one load of time.json, for the modules that read it too (context)


@lru_cache(maxsize=1)
def _relative_year_words() -> list[tuple[str, int]]:
    """(上年, -1), (去年, -1)…: the relative year words, longest first, sorted once."""
    offsets = {k: v for k, v in _lexicon()["relative_years"].items() if not k.startswith("_")}
    return sorted(offsets.items(), key=lambda kv: len(kv[0]), reverse=True)


def small_number(text: str) -> int | None:
    """An integer written with Arabic digits or Chinese numerals up to 999.

    >>> small_number("十五"), small_number("14"), small_number("二十一"), small_number("x")
    (15, 14, 21, None)
    """
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for ch in text:
        if ch in CN_DIGIT_VALUES:
            digit = CN_DIGIT_VALUES[ch]
        elif ch == "十":
            total += (digit if digit is not None else 1) * 10
            digit = None
        elif ch == "百":
            total += (digit if digit is not None else 1) * 100
            digit = None
        else:
            return None
    return total + (digit or 0) if text else None


def plan_years(number: int) -> tuple[int, int]:
    """First and last year of the Nth five-year plan.

    >>> plan_years(14), plan_years(15)
    ((2021, 2025), (2026, 2030))
    """
    lex = _lexicon()["plan_period"]
    return lex["first_year_offset"] + 5 * number, lex["last_year_offset"] + 5 * number


def _quarter_period(year: int, q1: int, q2: int) -> str:
    """2021Q3 for one quarter; the month range for several (2021-01/2021-09)."""
    return f"{year}Q{q1}" if q1 == q2 else _month_period(year, 3 * q1 - 2, 3 * q2)


def _month_period(year: int, m1: int, m2: int) -> str:
    return f"{year}-{m1:02d}" if m1 == m2 else f"{year}-{m1:02d}/{year}-{m2:02d}"


_YEAR_JUST_BEFORE = re.compile(r"((?:19|20)\d{2})年(?:的)?$")  # 2021年 / 2021年的, ending the text


def _year_before(text: str, start: int, report_year: int | None = None) -> tuple[int | None, int]:
    """A year written just before ``start`` and where it starts (2021年前三季度 -> 2021, 0;
    with ``report_year``, 上年四季度 -> report_year - 1).

    Without one: (None, start)."""
    lo = max(0, start - 6)
    m = _YEAR_JUST_BEFORE.search(text[lo:start])
    if m:
        return int(m.group(1)), lo + m.start()
    if report_year:
        for word, offset in _relative_year_words():
            if text[lo:start].endswith(word) or text[lo:start].endswith(word + "的"):
                at = text.rfind(word, lo, start)
                return report_year + offset, at
    return None, start


def _is_enumerator(text: str, start: int, end: int) -> bool:
    """（十五） and a line-opening 十五、 number list items, never plans.

    >>> _is_enumerator("（十五）加强监管", 1, 3), _is_enumerator("“十五五”时期", 0, 5)
    (True, False)
    """
    before = text[max(0, start - 1):start]
    after = text[end:end + 1]
    if before in ("（", "(") and after in ("）", ")"):
        return True
    line_start = start == 0 or text[start - 1] == "\n"
    return line_start and after in ("、", "．", ".")


def _plan_matches(text: str) -> list[TimeExpr]:
    lex = _lexicon()["plan_period"]
    out = []
    for m in _scan(lex["pattern"], text):
        number = small_number(m.group(1))
        if not number or not 6 <= number <= 20:
            continue
        if _is_enumerator(text, m.start(), m.end()):
            continue
        quoted = m.group().startswith(("“", '"')) or m.group().rstrip("时期间末以来开局收官规划").endswith(("”", '"'))
        if len(m.group(1)) == 1 and not quoted and not m.group(2) and "规划" not in m.group() \
                and not _rx(lex["bare_plan_after"]).match(text[m.end():m.end() + 4]):
            continue  # a bare 十五 / 九五 is a number; as a plan it is quoted or has 时期/规划
        # a plan number, not a fraction or count: 十五五 / “十四五” only (not 三五成群)
        first, last = plan_years(number)
        which = lex.get("year_suffixes", {}).get(m.group(2) or "")
        if which:  # “十四五”收官之年: one year of the plan, a year like 2025年
            year = last if which == "last" else first
            out.append(TimeExpr(m.start(), m.end(), m.group(), "year", year, str(year), year))
            continue
        out.append(TimeExpr(m.start(), m.end(), m.group(), "plan_period", last,
                            f"{first}/{last}", first))
    for m in _scan(lex["long_pattern"], text):
        number = small_number(m.group(1))
        if number and 6 <= number <= 20:
            first, last = plan_years(number)
            out.append(TimeExpr(m.start(), m.end(), m.group(), "plan_period", last,
                                f"{first}/{last}", first))
    return out


@per_list
def _longest_first_of(words: tuple[str, ...]) -> tuple[str, ...]:
    return _longest_first(words)


@lru_cache(maxsize=4)
def _word_table(name: str) -> dict:
    """A word table of time.json (quarter_periods, relative_years) without its notes, read once."""
    return {k: v for k, v in _lexicon()[name].items() if not k.startswith("_")}


@lru_cache(maxsize=64)
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=256)
def _rx(pattern: str) -> re.Pattern:
    """A lexicon pattern, compiled once (re's own cache costs a lookup per call)."""
    return re.compile(pattern)


def _scan(pattern: str, text: str):
    """``finditer`` of a lexicon pattern, skipped when a character every match holds is absent."""
    required = _required_chars(pattern)
    if required and not all(map(text.__contains__, required)):
        return ()
    opener = _opening_class(pattern)
    if opener is None:
        return _rx(pattern).finditer(text)
    return _matches_from_openings(_rx(pattern), opener, text)


def _word_matches(text: str, words, kind: str, year_of) -> list[TimeExpr]:
    out = []
    for word in _longest_first_of(words):
        if word not in text:  # most words are absent: no regex scan for them
            continue
        for m in literal_pattern(word).finditer(text):
            year = year_of(word)
            out.append(TimeExpr(m.start(), m.end(), word, kind, year,
                                str(year) if year else ""))
    return out


_DIGITS = re.compile(r"\d+")  # the months of a month list (7、8、9月份)
_QUARTER_NUMBER = re.compile(r"[一二三四1-4]")  # the quarters of a quarter list (三、四季度)
_SENTENCE_END = re.compile(r"[。；！？\n]")  # a review cue after a year counts within its sentence


def find_time_expressions(text: str, report_year: int | None = None) -> list[TimeExpr]:
    """Time expressions in ``text``, in order, without overlaps (longest wins).

    ``report_year`` resolves relative words (今年, 上年, 截至目前) and periods
    written without a year (前三季度, 1-9月). Rule spaced_date (recognize/spaced_dates.py):
    a date a PDF converter spaced out (至 2025 年 3 月底) is read as written unspaced; the
    spans stay on the text as written.

    >>> [(t.text, t.kind, t.period) for t in find_time_expressions("截至 2024 年 6 月底，累计", 2024)]
    [('截至 2024 年 6 月底', 'cutoff', '2024-06')]
    """
    spaced = despace_dates(text) if text else None
    if spaced is None:
        return _find_time_expressions(text, report_year)
    compact, where = spaced
    out = []
    for t in _find_time_expressions(compact, report_year):
        start, end = span_on_text(where, t.start, t.end)
        out.append(replace(t, start=start, end=end, text=text[start:end]))
    return out


def _find_time_expressions(text: str, report_year: int | None = None) -> list[TimeExpr]:
    """find_time_expressions on text without spaced dates."""
    if not text or not has_time_cue(text):
        return []
    lex = _lexicon()
    found: list[TimeExpr] = []
    for pattern in lex["deadline_patterns"]["patterns"]:
        for m in _scan(pattern, text):
            year = int(m.group("year"))
            found.append(TimeExpr(m.start(), m.end(), m.group(), "deadline", year, str(year)))
    for pattern in lex["start_patterns"]["patterns"]:
        for m in _scan(pattern, text):
            year = int(m.group("year"))
            found.append(TimeExpr(m.start(), m.end(), m.group(), "start", year, str(year)))
    edition = _rx(lex["edition_after"])
    for m in _scan(lex["year_pattern"], text):
        year = int(m.group("year"))
        # edition_year: 若干政策（2025年版） labels a document's edition, it dates no figure
        kind = "edition" if edition.match(text[m.end():m.end() + 4]) else "year"
        found.append(TimeExpr(m.start(), m.end(), m.group(), kind, year, str(year)))
    for m in _scan(lex["event_edition_year_pattern"], text):
        # event_edition_year: 2024第三届…博览会 -- the year of an event's edition, written without 年
        year = int(m.group("year"))
        found.append(TimeExpr(m.start(), m.end(), m.group(), "year", year, str(year)))
    for m in _scan(lex["cutoff_pattern"]["pattern"], text):
        if not m.group("month") and not m.group("year"):
            continue  # 截至目前, 截至今年 are present words
        rel = m.group("rel") and _word_table("relative_years")[m.group("rel")]
        year = int(m.group("year")) if m.group("year") else \
            (report_year + (rel or 0) if report_year else None)
        if year:
            month = int(m.group("month")) if m.group("month") else 0
            period = f"{year}-{month:02d}" if month else str(year)
            found.append(TimeExpr(m.start(), m.end(), m.group(), "cutoff", year, period))
    found += _plan_matches(text)
    for m in _scan(lex["month_range_pattern"], text):
        year, start = _year_before(text, m.start(), report_year)
        year = int(m.group("year")) if m.group("year") else (year or report_year)
        m1, m2 = int(m.group("m1")), int(m.group("m2"))
        year2 = int(m.group("year2")) if m.group("year2") else year
        if year and year2 and (year, m1) <= (year2, m2):
            # 2025年5月至2026年1月: a span across a year end, dated by its last year
            period = _month_period(year, m1, m2) if year2 == year else f"{year}-{m1:02d}/{year2}-{m2:02d}"
            found.append(TimeExpr(start, m.end(), text[start:m.end()], "period", year2, period))
    for m in _scan(lex["month_to_feast_pattern"], text):
        # month_to_feast: 1月上旬至春节前夕 ends on no calendar month -- a period of its year
        year, start = _year_before(text, m.start(), report_year)
        year = int(m.group("year")) if m.group("year") else (year or report_year)
        if year:
            found.append(TimeExpr(start, m.end(), text[start:m.end()], "period", year, str(year)))
    for m in _scan(lex["season_span_pattern"], text):
        # season_span: 2024—2025冰雪季 is one period of two calendar years, dated by the last
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 == y1 + 1:
            found.append(TimeExpr(m.start(), m.end(), m.group(), "period", y2, f"{y1}/{y2}"))
    for m in _scan(lex["single_month_pattern"], text):
        year = int(m.group("year"))
        month = int(m.group("m"))
        found.append(TimeExpr(m.start(), m.end(), m.group(), "period", year, _month_period(year, month, month)))
    for m in _scan(lex["first_months_pattern"], text):
        n = small_number(m.group("n"))
        year, start = _year_before(text, m.start(), report_year)
        year = year or report_year
        if n and 1 <= n <= 12:
            found.append(_period(text, start, m.end(), year, lambda y: _month_period(y, 1, n)))
    for m in _scan(lex["month_list_pattern"], text):
        year, start = _year_before(text, m.start(), report_year)
        year = int(m.group("year")) if m.group("year") else (year or report_year)
        months = [int(x) for x in _DIGITS.findall(m.group("ms"))]
        if year and all(1 <= x <= 12 for x in months) and months == sorted(months):
            found.append(TimeExpr(start, m.end(), text[start:m.end()], "period", year,
                                  _month_period(year, months[0], months[-1]),
                                  items=tuple(_month_period(year, x, x) for x in months)))
    for m in _scan(lex["quarter_list_pattern"], text):
        year, start = _year_before(text, m.start(), report_year)
        year = year or report_year
        qs = [small_number(x) for x in _QUARTER_NUMBER.findall(m.group("qs"))]
        if year and all(q and 1 <= q <= 4 for q in qs) and qs == sorted(qs):
            found.append(TimeExpr(start, m.end(), text[start:m.end()], "period", year,
                                  _quarter_period(year, qs[0], qs[-1]),
                                  items=tuple(_quarter_period(year, q, q) for q in qs)))
    if report_year:
        for m in _scan(lex["month_pattern"], text):
            month = int(m.group("m"))
            found.append(TimeExpr(m.start(), m.end(), m.group(), "period", report_year,
                                  _month_period(report_year, month, month)))
    if report_year:
        for m in _scan(lex["years_ago_pattern"], text):
            # years_ago: 一年多以前 in a text of 2026 is 2025 (time.json years_ago_pattern)
            n = small_number(m.group("n"))
            if n and 1 <= n <= 30:
                found.append(TimeExpr(m.start(), m.end(), m.group(), "relative", report_year - n,
                                      str(report_year - n)))
    if report_year and lex.get("relative_month_pattern"):
        offsets = lex["relative_years"]
        for m in _scan(lex["relative_month_pattern"], text):
            year, month = report_year + offsets[m.group("word")], int(m.group("m"))
            found.append(TimeExpr(m.start(), m.end(), m.group(), "period", year,
                                  _month_period(year, month, month)))
    if report_year and lex.get("event_day_pattern"):
        # 2月13日…: the day of an event; the caller decides whether its month is the period
        for m in _scan(lex["event_day_pattern"], text):
            # chinese_numeral_day: 一月二十一日 is 1月21日 (a caption's way of writing a date)
            month = int(m.group("m")) if m.group("m") else small_number(m.group("cm"))
            if not m.group("m") and not 1 <= (small_number(m.group("cd")) or 0) <= 31:
                continue
            found.append(TimeExpr(m.start(), m.end(), m.group(), "event_day", report_year,
                                  _month_period(report_year, month, month)))
    for m in _scan(lex["span_pattern"], text):
        found.append(TimeExpr(m.start(), m.end(), m.group(), "span"))
    quarters = _word_table("quarter_periods")
    for word in _longest_first(tuple(quarters)):
        if word not in text:
            continue
        for m in literal_pattern(word).finditer(text):
            year, start = _year_before(text, m.start(), report_year)
            year = year or report_year
            q1, q2 = quarters[word]
            found.append(_period(text, start, m.end(), year, lambda y: _quarter_period(y, q1, q2)))
    relative = _word_table("relative_years")
    found += _without_event_years(text, _word_matches(text, relative, "relative",
                                                      lambda w: report_year + relative[w] if report_year else None))
    found += _word_matches(text, lex["review_year_words"]["words"], "review", lambda w: None)
    found += [t for t in _word_matches(text, lex["present_words"]["words"], "present", lambda w: report_year)
              if not _verb_ending(text, t)]
    return _year_review_words(_without_overlaps(found))


def _year_review_words(found: list[TimeExpr]) -> list[TimeExpr]:
    """Rule year_review_word: a review word right after a named year (2025年全年, 去年全年) says
    "the whole of that year"; it is part of the year's expression, not a second time word left
    for the caller to resolve from context (found sorted by position, disjoint).

    >>> [(t.text, t.kind, t.period) for t in find_time_expressions("经统计，2025年全年共排查隐患300项。", 2026)]
    [('2025年全年', 'year', '2025')]
    >>> [(t.text, t.kind) for t in find_time_expressions("全年共排查隐患300项。", 2026)]
    [('全年', 'review')]
    """
    out: list[TimeExpr] = []
    for t in found:
        if t.kind == "review" and out and out[-1].end == t.start and out[-1].year \
                and out[-1].kind in ("year", "relative"):
            out[-1] = replace(out[-1], end=t.end, text=out[-1].text + t.text)
            continue
        out.append(t)
    return out


_RANGE_DASH_END = re.compile(r"\d[-—–~～至到]$")  # a number and a range mark right before a year (2020-)


def is_comparison_year(text: str, t: TimeExpr) -> bool:
    """Rule comparison_year: 比2019年同期, 由上年, 恢复到2019年水平, 2020年以来 -- a base, not the period
    of a figure nor the year a data report covers (figures.json ``comparison_year``).

    >>> t = "比2019年同期增长11.1%"
    >>> is_comparison_year(t, TimeExpr(1, 6, "2019年", "year", 2019))
    True
    >>> t = "相比“十三五”末期（2020年）累计增长39.5%"  # glossed_base_year: the base's year in brackets
    >>> is_comparison_year(t, TimeExpr(t.index("2020"), t.index("2020") + 5, "2020年", "year", 2020))
    True
    """
    rule = compiled("figures.json")["comparison_year"]  # figures.json, compiled once by the loader
    if t.kind not in ("year", "relative"):
        return False
    return bool(lexicon_search(rule["before"], text[max(0, t.start - 3):t.start])
                or lexicon_match(rule["after"], text[t.end:t.end + 4])
                or (t.kind == "year" and lexicon_search(rule["glossed_before"], text[max(0, t.start - 16):t.start]))
                or (t.kind == "year" and _RANGE_DASH_END.search(text[max(0, t.start - 2):t.start])))


def _verb_ending(text: str, t: TimeExpr) -> bool:
    """Rule present_not_verb: 现在 right after a verb stem (体现在，表现在) ends the verb 'lies in'
    (lexicon ``present_words.verb_stems``): no time word.

    >>> t = "优势主要体现在，一是成本低。现在，古城里住着人。"
    >>> [x.text for x in find_time_expressions(t, 2026)]
    ['现在，']
    """
    stems = _lexicon()["present_words"].get("verb_stems", "")
    return t.text.startswith("现在") and t.start > 0 and text[t.start - 1] in stems


def _without_event_years(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """Rule ``event_year``: 当年 of an event (自认定当年起, 投产当年) is the year a policy's rule
    counts from, not a calendar year (lexicon time ``event_year``).

    >>> t = "自认定当年起给予奖励，当年新增就业12万人"
    >>> [x.start for x in find_time_expressions(t, 2024)]
    [11]
    """
    spans = event_year_spans(text)
    return [t for t in found if not (t.text == "当年" and any(a <= t.start < b for a, b in spans))] if spans else found


def event_year_spans(text: str) -> list[tuple[int, int]]:
    """The spans of rule ``event_year`` in ``text``: 当年 of an event (自认定当年起, 投产当年).

    >>> event_year_spans("自认定当年起给予奖励，当年新增就业12万人")
    [(1, 5)]
    """
    if "当年" not in text:  # every event-year phrase holds 当年: most texts need no scan
        return []
    return [m.span() for m in re.finditer(_lexicon()["event_year"]["pattern"], text)]


def _period(text: str, start: int, end: int, year: int | None, period_of) -> TimeExpr:
    """A sub-year period (前三季度); without a known year it is still a period (a past
    stretch that figures report on) with ``year`` None and an empty ``period``.

    >>> _period("前三季度", 0, 4, None, lambda y: f"{y}Q3")
    TimeExpr(start=0, end=4, text='前三季度', kind='period', year=None, period='', first_year=None, items=())
    """
    return TimeExpr(start, end, text[start:end], "period", year, period_of(year) if year else "")


def _without_overlaps(found: list[TimeExpr]) -> list[TimeExpr]:
    """Keep the longest expression where several overlap; then sort by position."""
    ordered = sorted(found, key=lambda t: (-(t.end - t.start), t.start))
    if any(t.end <= t.start for t in ordered):  # an empty expression: the plain pairwise test
        kept: list[TimeExpr] = []
        for t in ordered:
            if all(t.end <= k.start or t.start >= k.end for k in kept):
                kept.append(t)
        return sorted(kept, key=lambda t: t.start)
    # Why bisection: a whole document holds hundreds of expressions, and testing each against
    # every kept one is quadratic. Kept expressions are disjoint and not empty, so in start
    # order their ends rise too: only the last one starting before t ends can reach into t.
    starts: list[int] = []
    kept_in_order: list[TimeExpr] = []
    for t in ordered:
        k = bisect_left(starts, t.end)
        if k and kept_in_order[k - 1].end > t.start:
            continue
        starts.insert(k, t.start)
        kept_in_order.insert(k, t)
    return kept_in_order


def _is_deadline_year(text: str, start: int, end: int) -> bool:
    for pattern in _lexicon()["deadline_patterns"]["patterns"]:
        for m in _rx(pattern).finditer(text[max(0, start - 6):end + 4]):
            return True
    return False


def infer_report_year(text: str, date: str = "") -> int | None:
    """The year a document reports in: from its date when known, else from the text.

    Without a date: the latest year named that is not a deadline (到2035年 is a
    goal, not the present), and at least the year after any year the text reviews
    (通报2025年全市商贸流通发展成效 is said in 2026).

    >>> infer_report_year("", "2024-03-05")
    2024
    >>> infer_report_year("通报2025年全市商贸流通发展成效。到2035年建成。")
    2026
    >>> infer_report_year("2026年工信部将…到2035年")
    2026
    """
    if date and date[:4].isdigit():
        return int(date[:4])
    if not text:
        return None
    lex = _lexicon()
    cues = lex["review_report_cues"]
    latest: int | None = None  # the answer is the latest year; one that cannot raise it is not checked
    for m in _rx(lex["year_pattern"]).finditer(text):
        year = int(m.group("year"))
        if (latest is None or year > latest) and not _is_deadline_year(text, m.start(), m.end()):
            latest = year
        if latest is None or year + 1 > latest:
            after = _SENTENCE_END.split(text[m.end():m.end() + cues["max_gap"]])[0]
            longer = _SENTENCE_END.split(text[m.end():m.end() + cues.get("title_max_gap", 0)])[0]
            if any(w in after for w in cues["words"]) or any(w in longer for w in cues.get("title_words", ())):
                latest = year + 1  # a year under review; 2019年…统计公报 is published in 2020
    if latest is not None:
        return latest
    plans = _plan_matches(text)
    return plans[0].first_year if plans else None
