"""Deadlines a rule or a body sets (rule ``time_limit``): a duration closed by 内 after a norm
word in its clause (须在5个工作日内办结, 鼓励…30天内付清, 最长在60天内) is a parameter, a
target with no year (corpus README: targets are the parameters a policy sets; …内 -> <=).
Its words are in ``lexicons/figures.json`` → ``frames.time_limit``."""
from __future__ import annotations

from ...document import Span
from ...text.regex_starts import lexicon_search
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
    return lexicon_search(rule["norm_before"], clause) is not None and not any(w in clause for w in past)
