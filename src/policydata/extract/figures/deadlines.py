"""Deadlines a rule or a body sets (rule ``time_limit``): a duration closed by 内 after a norm
word in its clause (须在5个工作日内办结, 鼓励…30天内付清, 最长在60天内) is a parameter, a
target with no year (corpus README: targets are the parameters a policy sets; …内 -> <=).
Its words are in ``lexicons/figures.json`` → ``frames.time_limit``."""
from __future__ import annotations

from ...document import Span
from ...text.regex_starts import lexicon_match, lexicon_search
from ...text.segment import clause_bounds
from .findings import lexicon


def time_limit(sentence: Span, rel: int) -> bool:
    """Rule ``time_limit``: the figure at ``rel`` is a duration closed by 内/以内 with a norm word
    (应, 须, 要求, 鼓励, 最长…) before it in its clause, and the clause reports nothing done.

    >>> def rule(t, n):
    ...     return time_limit(Span(0, len(t), t), t.index(n))
    >>> [rule("收到申请后，窗口应在2个工作日内答复。", "2个"), rule("办法鼓励平台在15天内退还押金。", "15"),
    ...  rule("押金原则上最长在20天内退还。", "20"), rule("施工方须于7日内整改到位。", "7"),
    ...  rule("消防队能够在1小时内赶到。", "1小时"), rule("新厂房40天内建成投产。", "40"),
    ...  rule("平台已在15天内退还押金。", "15"), rule("要求每户补贴3000元。", "3000")]
    [True, True, True, True, False, False, False, False]
    """
    rule = lexicon()["frames"]["time_limit"]
    text = sentence.text
    after = text[rel:rel + 16]
    digits = len(after) - len(after.lstrip("0123456789.０１２３４５６７８９一二两三四五六七八九十百"))
    if not lexicon_match(rule["after"], after[digits:]):
        return False
    lo, _ = clause_bounds(text, rel)
    clause = text[lo:rel]
    past = lexicon()["frames"]["modal_clause"]["past_words"]  # one list with rule modal_clause: 已, 了, 去年…
    return lexicon_search(rule["norm_before"], clause) is not None and not any(w in clause for w in past)
