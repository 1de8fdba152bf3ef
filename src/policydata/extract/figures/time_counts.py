"""Counts of time units that are time references, not figures (issue 10 item 3, TIME-COUNT):
a frequency (每两年), an averaging window (前10个工作日) and the quarters of one year
(四个季度). Their words are in ``lexicons/figures.json`` → ``non_figures.time_reference_counts``;
the checks are rows of ``filters.NON_FIGURE_CHECKS``."""
from __future__ import annotations

from functools import lru_cache

from .findings import lexicon
from .numbers import Num
from ...text.regex_starts import lexicon_match, lexicon_search


def _rule() -> dict:
    return lexicon()["non_figures"]["time_reference_counts"]


@lru_cache(maxsize=1)
def _time_units_longest_first() -> tuple[str, ...]:
    """The time units of the rule, longest first (个工作日 before 工作日), sorted once per process."""
    return tuple(sorted(_rule()["time_units"], key=len, reverse=True))


def _time_unit_after(text: str, n: Num) -> str:
    """The time unit of the number: its own unit, or one right after a bare 个 (10个｜工作日)."""
    units = _time_units_longest_first()
    if n.unit in units:
        return n.unit
    if n.unit == "个":
        return next((u for u in units if text.startswith(u, n.end)), "")
    return ""


def frequency_interval(text: str, n: Num) -> bool:
    """Rule frequency_interval: 每 + N + a time unit says how often a thing recurs (tried in news
    only: filters.NEWS_ONLY; a policy text's 每3年开展1次评估 sets a cycle, a parameter).

    >>> t = "该奖项每两年评选一次，今年共有12部作品入围"
    >>> [frequency_interval(t, Num(t.index(x), t.index(x) + len(x), x, v, u))
    ...  for x, v, u in (("两年", 2.0, "年"), ("12部", 12.0, "部"))]
    [True, False]
    >>> t = "平台每3个月更新一次名单，全年更新4次"
    >>> [frequency_interval(t, Num(t.index(x), t.index(x) + len(x), x, v, u))
    ...  for x, v, u in (("3个月", 3.0, "个月"), ("4次", 4.0, "次"))]
    [True, False]
    """
    return bool(_time_unit_after(text, n)) and bool(
        lexicon_search(_rule()["frequency_before"], text[max(0, n.start - 1):n.start]))


def averaging_window(text: str, n: Num) -> bool:
    """Rule averaging_window: 前 + N + days names the window a value is averaged over.

    >>> t = "按调价前10个工作日的平均价格计算，比上月提前6个月完成"
    >>> [averaging_window(t, Num(t.index(x), t.index(x) + len(x), x, v, u))
    ...  for x, v, u in (("10个", 10.0, "个"), ("6个月", 6.0, "个月"))]
    [True, False]
    >>> t = "取前5天平均值，共监测30天"
    >>> [averaging_window(t, Num(t.index(x), t.index(x) + len(x), x, v, u))
    ...  for x, v, u in (("5天", 5.0, "天"), ("30天", 30.0, "天"))]
    [True, False]
    """
    rule = _rule()
    unit = _time_unit_after(text, n)
    if not unit or not lexicon_search(rule["window_before"], text[max(0, n.start - 2):n.start]):
        return False
    after = text[n.end:n.end + 6]
    return bool(lexicon_match(rule["window_after"], after) or unit in rule["window_units"])


def year_quarters(text: str, n: Num) -> bool:
    """Rule year_quarters: 四个季度 (not 连续/近…) names the quarters of one year.

    >>> t = "全年指数均值为50.5%，四个季度均值稳步回升；已连续4个季度增长"
    >>> [year_quarters(t, Num(t.index(x), t.index(x) + len(x), x, 4.0, "个季度"))
    ...  for x in ("四个季度", "4个季度")]
    [True, False]
    """
    if n.value != 4 or _time_unit_after(text, n) not in ("个季度", "季度"):
        return False
    return bool(lexicon_search(_rule()["all_quarters_before"], text[max(0, n.start - 2):n.start]))
