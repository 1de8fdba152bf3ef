"""What one time word says about the figures near it: role (statistic or target) and year or period."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...recognize.quantities.values import _number
# rule comparison_year lives with the time expressions, where the document context reads it too
from ...recognize.timeexpr import TimeExpr, is_comparison_year as _is_comparison_year, time_lexicon
from .findings import lexicon
from ...text.regex_starts import lexicon_fullmatch, lexicon_match, lexicon_search

_COMPARED_WITH_END = re.compile(r"[比较与同由]$|相比$")  # a comparison word right before a year (比, 较, 相比)
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}")  # a year written out in a time expression


@lru_cache(maxsize=None)
def _plan_word_start() -> re.Pattern:
    """A plan noun (目标, 计划; figures.json ``plan_goal_nouns``), after an optional 的."""
    return re.compile("(?:的)?(?:" + "|".join(map(re.escape, lexicon()["plan_goal_nouns"])) + ")")


@lru_cache(maxsize=None)
def _own_year() -> re.Pattern:
    """A written year or a word naming a year (今年, 当年; time.json ``cutoff_own_year_words``)."""
    return re.compile(r"\d{4}年|" + "|".join(map(re.escape, time_lexicon()["cutoff_own_year_words"])))


@lru_cache(maxsize=None)
def _compared_base_year() -> re.Pattern:
    """A comparison word and a base year word right before a time word (比上年全年: figures.json
    ``comparison_year.before``, time.json ``comparison_base_years``), compiled once."""
    base_years = "|".join(map(re.escape, time_lexicon()["comparison_base_years"]))
    return re.compile(lexicon()["comparison_year"]["before"].pattern.rstrip("$") + f"(?:{base_years})$")


@lru_cache(maxsize=None)
def _context_year_words() -> frozenset[str]:
    """Words naming the year the text is about (当年; time.json ``context_year_words``, rule context_year).

    >>> "当年" in _context_year_words(), "今年" in _context_year_words()
    (True, False)
    """
    return frozenset(time_lexicon()["context_year_words"]["words"])


def _plan_year_words(which: str) -> tuple[str, ...]:
    """The words after a plan period that name its ``"last"`` (收官) or ``"first"`` (开局) year
    (time.json ``plan_period.year_suffixes``)."""
    return tuple(w for w, end in time_lexicon()["plan_period"]["year_suffixes"].items() if end == which)


@dataclass
class Anchor:
    """What a sentence (or paragraph) says about time: role and year/period."""

    role: str = ""  # target, stat or "" (undecided)
    year: int | None = None
    period: str = ""
    review_word: bool = False  # 全年 / 过去一年: the year under review
    lean: str = ""  # role when no cue word decides (今年 without 已/累计… looks ahead)
    items: tuple[str, ...] = ()  # one period per listed month/quarter (7、8、9月份)
    carry: bool = True  # False: holds for its own sentence only (自2019年开始…)
    local: bool = False  # True: holds for its own clause only (上年同期18.0%…，继续实现38.6%)
    aside: bool = False  # True: a sub-year period inside an annual review (rule review_subperiod): own sentence only
    event_month: str = ""  # a day date (2月13日 -> '2022-02'): its month, used only inside a sub-year period
    release_day: bool = False  # the day data were released (4月2日，…发布): it dates the release, not the data
    rule: str = ""  # the named frame rule that decided the role (FRAME_RULES), for debug output
    decided_by: str = ""  # the rules of _decide that gave role and period or year (not written to rows)


def _shift_period(period: str, year: int) -> str:
    """The same months in another year: ('2021-01/2021-02', 2020) -> '2020-01/2020-02'."""
    return re.sub(r"(?:19|20)\d{2}", str(year), period) if period else str(year)


def _starts_stretch(text: str, t: TimeExpr) -> bool:
    """Rule ``since_year_span``: a year that opens its clause and is followed by 以来 within it
    (2022年以来，…; 自2020年首次举办以来，…) starts a stretch that runs to now: what follows looks
    back (a fact), and the year is no period of its figures (lexicon ``frames.standing_fact``
    ``since_after``, ``since_opening``). 创2006年以来新高 names a reference point instead.

    >>> def stretch(t):
    ...     i = t.index("年") - 4
    ...     return _starts_stretch(t, TimeExpr(i, i + 5, t[i:i + 5], "year", int(t[i:i + 4])))
    >>> [stretch(t) for t in ("自2020年首次举办以来，已推出11类活动。", "据统计，2022年以来，开放率均为100%。",
    ...                       "2021年，启动以来", "增长20%，创2006年以来新高。")]
    [True, True, False, False]
    """
    rule = lexicon()["frames"]["standing_fact"]
    if t.kind != "year":
        return False
    lo = max(text.rfind(c, 0, t.start) for c in "，,。；;：:“\"\n") + 1
    if lexicon_match(rule["since_after"], text[t.end:t.end + 14]) is None:
        return _since_preposition(text, t, lo)
    return lexicon_fullmatch(rule["since_opening"], text[lo:t.start].strip()) is not None


def _since_preposition(text: str, t: TimeExpr, lo: int) -> bool:
    """Rule ``since_preposition``: 自/自从 before a year, after at most the clause's subject and before an
    event (某厂自2016年落户本地，已完成3次扩产), says since when without 以来: a stretch to now too
    (lexicon ``frames.standing_fact.since_preposition_before``, ``since_preposition_after``).

    >>> def since(t):
    ...     i = t.index("年") - 4
    ...     return _starts_stretch(t, TimeExpr(i, i + 5, t[i:i + 5], "year", int(t[i:i + 4])))
    >>> [since(t) for t in ("某某厂自2016年落户本地，已完成3次扩产。", "自2019年3月开馆，该馆接待游客9万人次。",
    ...                     "他来自2014年成立的某公司。", "某公司2014年落户本地。")]
    [True, True, False, False]
    """
    rule = lexicon()["frames"]["standing_fact"]
    return lexicon_fullmatch(rule["since_preposition_before"], text[lo:t.start].strip()) is not None \
        and lexicon_match(rule["since_preposition_after"], text[t.end:t.end + 8]) is not None


def _campaign_time(text: str, t: TimeExpr) -> bool:
    """Rule ``named_campaign_time`` (lexicon ``campaign_time``): a part-of-year word after a verb
    that runs a campaign, opening a noun run that ends in a campaign noun, names the campaign.

    >>> t = "新增企业50家，接续实施一季度开门红、夏季攻势等行动。"
    >>> _campaign_time(t, TimeExpr(t.index("一季度"), t.index("一季度") + 3, "一季度", "period", 2026))
    True
    >>> t = "一季度，实施开门红行动，新增企业50家。"
    >>> _campaign_time(t, TimeExpr(0, 3, "一季度", "period", 2026))
    False
    """
    rule = lexicon()["campaign_time"]
    return bool(lexicon_search(rule["verbs_before"], text[max(0, t.start - 4):t.start])
                and lexicon_match(rule["noun_after"], text[t.end:t.end + 40]))


def _object_year(text: str, t: TimeExpr) -> bool:
    """Whether a year names the object of an issuing verb (下达2027年第一批重点项目清单,
    印发2027年工作要点), not the time of the figures (lexicon ``object_year``).

    >>> t = "组织下达2027年第一批重点项目清单和专项资金计划，共计约860亿元"
    >>> _object_year(t, TimeExpr(4, 9, "2027年", "year", 2027))
    True
    >>> t = "2026年，将新建5G基站1500个"
    >>> _object_year(t, TimeExpr(0, 5, "2026年", "year", 2026))
    False
    >>> t = "始建于2009年的纺织厂通过技术改造，产能持续提升"
    >>> _object_year(t, TimeExpr(3, 8, "2009年", "year", 2009)), _object_year("该厂于2009年建成", TimeExpr(3, 8, "2009年", "year", 2009))
    (True, False)
    """
    rule = lexicon()["object_year"]
    if t.kind not in ("year", "relative"):
        return False
    if text.startswith("的", t.end) and lexicon_search(rule["attributive_pattern"], text[max(0, t.start - 2):t.start]):
        return True  # attributive_year: 始建于2007年的工厂 -- the year describes the noun
    return bool(lexicon_search(rule["verbs_before"], text[max(0, t.start - 4):t.start])
                and lexicon_match(rule["noun_after"], text[t.end:t.end + 40]))


def _plan_period_total(text: str, t: TimeExpr, report_year: int | None) -> bool:
    """Rule plan_period_total: “十四五”期间，累计解决…约38万个 states a total over the plan's
    span once the report year has reached the plan's last year (lexicon ``frames.plan_total``);
    a modal before the total (将累计新增…) makes it a goal.

    >>> from policydata.recognize.timeexpr import find_time_expressions
    >>> def total(s, year=2025):
    ...     t = next(x for x in find_time_expressions(s, year) if x.kind == "plan_period")
    ...     return _plan_period_total(s, t, year)
    >>> rows = [("“十四五”期间，累计解决问题约38万个。", 2025), ("“十四五”时期，全省共计新增就业320万人。", 2026),
    ...         ("“十四五”期间，将累计新增就业320万人。", 2025), ("“十五五”时期，累计新增就业300万人。", 2026),
    ...         ("“十四五”时期，地区生产总值年均增长6%。", 2026), ("“十四五”期间，累计解决问题约38万个。", 2023)]
    >>> [total(s, y) for s, y in rows]
    [True, True, False, False, False, False]
    """
    rule = lexicon()["frames"]["plan_total"]
    if not report_year or not t.year or report_year < t.year:
        return False
    if not any(t.text.endswith(w) or text.startswith(w, t.end) for w in rule["suffixes"]):
        return False
    m = lexicon_match(rule["total_pattern"], text[t.end:t.end + 40])
    return m is not None and not lexicon_search(rule["modal_pattern"], m.group())


def _cutoff_in_last_year(t: TimeExpr, today: str) -> bool:
    """Rule ``past_cutoff``: a cutoff (截至12月末) names a time already past; written without its
    year, a month after the month of publication is of the year before.

    >>> rows = [("截至12月末", "2026-12", "2026-02-11"), ("截至今年2月底", "2026-02", "2026-03-05"),
    ...         ("截至2026年12月末", "2026-12", "2026-02-11"), ("截至12月末", "2026-12", "")]
    >>> [_cutoff_in_last_year(TimeExpr(0, len(w), w, "cutoff", 2026, p), d) for w, p, d in rows]
    [True, False, False, False]
    """
    return bool(today) and t.year is not None and re.match(r"\d{4}-\d{2}", t.period or "") is not None \
        and t.period[:7] > today[:7] and not _own_year().search(t.text)


def _years_of(n: str) -> int:
    """The number of years in N年内 (5, 三, 十二), 0 when it is no plausible horizon (over 30).

    >>> [_years_of(n) for n in ("5", "三", "十二", "50")]
    [5, 3, 12, 0]
    """
    years = int(_number(n) or 0)
    return years if 1 <= years <= 30 else 0


def _anchor_of(t: TimeExpr, text: str, report_year: int | None, prior: str = "",
               doc_period: str = "", today: str = "", subject_year: int | None = None,
               communique_year: int | None = None) -> Anchor | None:
    before = text[max(0, t.start - 2):t.start]
    if t.year and t.kind in ("year", "relative") and \
            lexicon_match(lexicon()["comparison_year"]["same_period_after"], text[t.end:t.end + 2]) and \
            not lexicon_search(lexicon()["comparison_year"]["before"], text[max(0, t.start - 3):t.start]):
        # 2020年同期…下降23.2%: the reporting months of that year, for this clause only
        span = re.search(r"((?:19|20)\d{2})[-—–~～至到]$", text[max(0, t.start - 5):t.start])
        period = f"{span.group(1)}/{t.year}" if span else _shift_period(doc_period, t.year)
        return Anchor("stat", t.year, period, carry=False, local=True)
    if _starts_stretch(text, t):
        # since_year_span: 2022年以来，… looks back over a stretch to now; its period is for
        # _decide to fill in (the span, or the reporting year for a running total)
        return Anchor("stat", t.year, "", carry=False, rule="since_year_span")
    if _COMPARED_WITH_END.search(before) or _is_comparison_year(text, t):
        return None  # a base of comparison (比2020年), not the time of the figure
    if _campaign_time(text, t):
        return None  # named_campaign_time: 实施一季度开门红行动 names a campaign, it dates nothing
    if _object_year(text, t):
        # 下达2026年…投资计划: the year names what was issued; it sets no role and no
        # period, only the year of a goal that other words make (…，力争完成投资500亿元)
        return Anchor("", t.year, "", carry=False)
    after = text[t.end:t.end + 2]
    if t.kind == "deadline":
        if report_year and t.year < report_year:
            return Anchor("stat", t.year, str(t.year))
        return Anchor("target", t.year)
    if t.kind == "start":
        # 自2019年开始…: in a plan it dates the start of the work (a target for that
        # year); in a review (从2019年起累计…) it opens a past period
        within = lexicon_match(lexicon()["frames"]["news_fact"]["start_within_pattern"], text[t.end:t.end + 4])
        if within and (years := _years_of(within.group("n"))):
            # within_years: 2012年起5年内，…达到2000名: goals due at the end of the N years
            return Anchor("target", t.year + years - 1, carry=False)
        if prior == "plan" or (report_year and t.year >= report_year):
            return Anchor("target", t.year, carry=False)
        # 自2015年起已6次降低…: a cumulative fact up to now; its period is the year
        # under review (README), left for _decide to fill in like an un-dated fact
        return Anchor("stat", t.year, "", carry=False)
    if t.kind == "cutoff":
        if report_year and t.year > report_year:
            return Anchor("target", t.year)
        if _cutoff_in_last_year(t, today):
            # past_cutoff: 截至12月末 in a text of February 2026 looks back to December 2025
            return Anchor("stat", t.year - 1, _shift_period(t.period, t.year - 1))
        return Anchor("stat", t.year, t.period)
    if t.kind == "plan_period":
        if _plan_period_total(text, t, report_year):
            return Anchor("stat", t.year, t.period)  # plan_period_total: a total over the plan's span
        if lexicon_search(lexicon()["frames"]["plan_total"]["counted_lead"], text[max(0, t.start - 12):t.start]):
            return Anchor("stat", t.year, t.period)  # counted_plan_period: 据统计，“十四五”时期，… counts facts
        if "以来" in after or any(w in t.text for w in _plan_year_words("last")) or (report_year and t.year < report_year):
            return Anchor("stat", t.year, t.period)
        near = text[t.end:t.end + 4]
        if any(w in near for w in _plan_year_words("last")):
            return Anchor("stat", t.year, t.period)
        if t.first_year and near.startswith(tuple(time_lexicon()["plan_period"]["first_quarter_words"])) \
                and (not report_year or report_year >= t.first_year):
            return Anchor("stat", t.first_year, f"{t.first_year}Q1")  # “十五五”首季 = 2026Q1
        year = t.first_year if any(w in t.text or w in near for w in _plan_year_words("first")) else t.year
        return Anchor("target", year)
    if t.kind == "period":
        if subject_year and report_year and subject_year < report_year and t.year == report_year \
                and not _WRITTEN_YEAR.search(t.text):
            # report_year_months: 12月份 in the communiqué of 2024, published 2025, is December 2024
            return Anchor("stat", subject_year, _shift_period(t.period, subject_year), items=tuple(
                _shift_period(i, subject_year) for i in t.items))
        if today and re.match(r"\d{4}-\d{2}", t.period) and t.period[:7] > today[:7]:
            return Anchor("target", t.year)  # 今年12月 in a text dated June: still to come
        return Anchor("stat", t.year, t.period, items=t.items)
    if t.kind == "event_day":
        rule = lexicon()["frames"]["release_day"]
        if lexicon_match(rule["dateline_after"], text[t.end:t.end + 2]):
            return None  # release_day: 本报北京4月2日电 dates the report, not its figures
        return Anchor("", t.year, "", carry=False, event_month=t.period,
                      release_day=bool(lexicon_match(rule["release_after"], text[t.end:t.end + 20])))
    if t.kind == "present":
        return Anchor("stat", report_year, str(report_year) if report_year else "")
    if t.kind == "review":
        if lexicon_search(_compared_base_year(), text[max(0, t.start - 6):t.start]):
            return None  # 比上年全年加快: the base of a comparison, not the period
        if _plan_word_start().match(after + text[t.end + 2:t.end + 3]):
            return None  # 完成全年目标的86%: 全年 qualifies the goal, it is not the period
        return Anchor("" if t.text == "全年" else "stat", None, "", review_word=True)
    if t.kind == "relative":
        if t.year is None:
            return None
        if communique_year and report_year and communique_year < report_year:
            # communique_relative_year: the communiqué of 2020, published 2021, speaks from
            # 2020: 今年 is 2020, 上年 2019 (time.json)
            year = communique_year + (t.year - report_year)
            return Anchor("stat", year, str(year)) if year <= communique_year else Anchor("target", year)
        if subject_year and report_year and subject_year < report_year and t.text in _context_year_words():
            # context_year: 当年 in the communiqué of 2022, published 2023, is 2022 (time.json)
            return Anchor("stat", subject_year, str(subject_year))
        if after.startswith("以来"):
            return Anchor("stat", t.year, str(t.year))
        if report_year and t.year < report_year:
            return Anchor("stat", t.year, str(t.year))
        if report_year and t.year > report_year:
            return Anchor("target", t.year)
        return Anchor("", t.year, str(t.year), lean="target")
    if t.kind == "year":
        if lexicon_search(lexicon()["founding_year_before"], text[max(0, t.start - 4):t.start]):
            return None  # founding_year: 始建于1920年的老厂房 dates the building, not the figures
        if lexicon_match(lexicon()["base_year_after"], text[t.end:t.end + 10]):
            return None  # 出口额是2020年的1.5倍: the base of a multiple, not the period
        if after.startswith("以来"):
            return None  # 创2006年以来新高: a reference point, not the period of the figure
        if report_year and t.year < report_year:
            day = lexicon_match(lexicon()["frames"]["news_fact"]["dated_day_after"], text[t.end:t.end + 6])
            # dated_day: 2025年10月28日，…宣布… dates a fact to its month in news (_event_time)
            month = f"{t.year}-{int(day.group('m')):02d}" if day else ""
            return Anchor("stat", t.year, str(t.year), event_month=month)
        if report_year and t.year > report_year:
            return Anchor("target", t.year)
        return Anchor("", t.year, str(t.year))
    return None
