"""Deadlines a rule or a body sets (rule ``time_limit``): a duration closed by 内 after a norm
word in its clause (须在5个工作日内办结, 鼓励…30天内付清, 最长在60天内) is a parameter, a
target with no year (corpus README: targets are the parameters a policy sets; …内 -> <=).
Its words are in ``lexicons/figures.json`` → ``frames.time_limit``."""
from __future__ import annotations

from ...document import Span
from ...text.regex_starts import lexicon_last, lexicon_match, lexicon_search
from ...text.segment import clause_bounds
from .findings import lexicon


def time_limit(sentence: Span, rel: int, end: int) -> bool:
    """Rule ``time_limit``: the figure from ``rel`` to ``end`` (the number as its caller read it, with
    its unit and a closing 内) is a duration closed by 内/以内 with a norm word (应, 须, 要求, 鼓励,
    最长…) before it in its clause, and the clause reports nothing done.

    >>> def rule(t, n):
    ...     return time_limit(Span(0, len(t), t), t.index(n), t.index(n) + len(n))
    >>> [rule("收到申请后，窗口应在2个工作日内答复。", "2个工作日内"), rule("办法鼓励平台在15天内退还押金。", "15天内"),
    ...  rule("押金原则上最长在20天内退还。", "20天内"), rule("施工方须于7日内整改到位。", "7日内"),
    ...  rule("消防队能够在1小时内赶到。", "1小时内"), rule("新厂房40天内建成投产。", "40天内"),
    ...  rule("平台已在15天内退还押金。", "15天内"), rule("要求每户补贴3000元。", "3000元"),
    ...  rule("窗口须在1至2个工作日内答复。", "1至2个工作日内")]
    [True, True, True, True, False, False, False, False, True]
    """
    rule = lexicon()["frames"]["time_limit"]
    text = sentence.text
    if not lexicon_search(rule["figure_end"], text[rel:end]):
        return False
    lo, _ = clause_bounds(text, rel)
    clause = text[lo:rel]
    past = lexicon()["frames"]["modal_clause"]["past_words"]  # one list with rule modal_clause: 已, 了, 去年…
    if any(w in clause for w in past):
        return False
    if lexicon_search(rule["norm_before"], clause) is not None:
        return True
    return _sentence_time_limit(text, lo, rel)


def _sentence_time_limit(text: str, lo: int, rel: int) -> bool:
    """Rule ``sentence_time_limit``: a norm word (鼓励, 要求, 应…) of an earlier clause of the
    sentence governs the clauses coordinated after it, so a duration closed by 内 there is a
    deadline too, unless a past word after the norm word reports the thing done.

    >>> def rule(t, n):
    ...     return time_limit(Span(0, len(t), t), t.index(n), t.index(n) + len(n))
    >>> [rule("办法鼓励商户简化手续，自签收之日起45日内付清货款。", "45日内"), rule("通知要求各店公示价格，7天内完成整改。", "7天内"),
    ...  rule("市里要求整改，商户已在7天内完成。", "7天内"), rule("去年商户整改完毕，7天内全部复业。", "7天内")]
    [True, True, False, False]
    """
    rule = lexicon()["frames"]["time_limit"]
    m = lexicon_last(rule["norm_lead"], text[:lo])
    past = lexicon()["frames"]["modal_clause"]["past_words"]
    return m is not None and not any(w in text[m.start():rel] for w in past)


def pledged_bound(sentence: Span, rel: int, comparator: str) -> bool:
    """Rule ``pledged_bound`` (lexicon ``frames.pledged_bound``): a bound (不超过, 不低于, …内:
    ``comparator`` <= or >=) inside the quoted words of a pledge (承诺“…”, “…”的承诺) is a
    parameter a body commits itself to: a target with no year, though the pledge is dated.

    >>> def rule(t, n, c="<="):
    ...     return pledged_bound(Span(0, len(t), t), t.index(n), c)
    >>> [rule("去年3月，20家商场公开承诺“退款时间不超过7天”。", "7"), rule("作出“审批不超过5个工作日”的承诺。", "5"),
    ...  rule("“退款时间不超过7天”，店长说。", "7"), rule("商场承诺“退款时间7天”。", "7", "="),
    ...  rule("他承诺，退款时间不超过7天。", "7")]
    [True, True, False, False, False]
    """
    rule = lexicon()["frames"]["pledged_bound"]
    if comparator not in rule["comparators"]:
        return False
    text = sentence.text
    lo = text.rfind("“", 0, rel)
    if lo < 0 or "”" in text[lo:rel]:
        return False
    hi = text.find("”", rel)
    return bool(lexicon_search(rule["pledge_before"], text[:lo])
                or (hi >= 0 and lexicon_match(rule["pledge_after"], text[hi + 1:hi + 8])))
