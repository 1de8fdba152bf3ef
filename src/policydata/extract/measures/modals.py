"""Which 将 plans: the future modal or the disposal coverb. Two rules of the clause cue of status
(``clause_cue``, the first of the cues that beat the default: :mod:`.status_defaults`):

``disposal_jiang`` (round 17)
    将 is also the disposal coverb (= 把): 将 + its object + a verb of placing or changing (将其纳入
    救助范围, 将补助标准提高至每人300元, 将某园区调整为…). That 将 tells no future: a clause whose only
    modal is such a 将 is not planned by it, nor does it carry a plan to the clauses after it; its
    status is its part's (a review reports 将…提高20元). A future 将 is followed straight by its verb,
    an adverb, a coverb or a time word (将建成, 将进一步, 将于5月, 将在全市, 将对…); a disposal 将 by a
    noun phrase, with the verb of placing or changing later in the clause (measure_verbs.json
    ``disposal_result_patterns``). The clause reading is unchanged (its modal flag stays): only the
    status reads this.
``future_jiang`` (round 17)
    a future 将 anywhere in a measure's clause plans it, also where the clause opens with a subject
    the clause reading does not take as one (剩余8部将于年底前完工, 后续工程将同步实施): 将 followed
    by its verb, an adverb, a coverb or a time word, and not the disposal 将 (将其纳入…), nor 将
    inside a word (将军, 将近, 将来).
"""
from __future__ import annotations

from .rules import _any, _lead_verbs, _match_word, load_verbs

__all__ = ["disposal_jiang", "disposal_only", "future_jiang"]

#: what may follow a future 将 before its verb: coverbs and time words (将于, 将在, 将对, 将从, 将与, 将向)
_FUTURE_AFTER = ("于", "在", "对", "从", "与", "向", "为", "以", "按", "通过", "根据", "围绕", "同", "会同", "继续",
                 "陆续", "逐步", "尽快", "首次", "再", "进一步", "全面", "重点", "不断", "持续", "大力", "加快", "积极")


def disposal_jiang(t: str, pos: int) -> bool:
    """Rule ``disposal_jiang``: 将 at ``pos`` is the disposal coverb (将 + object + a verb of placing
    or changing), not the future modal.

    >>> rows = [("将其纳入救助范围", True), ("将补助标准每人每月提高至300元", True), ("将最低工资标准提高 50 元", True),
    ...         ("将某园区调整为示范区", True), ("将建成10个中心", False), ("将于5月完工", False),
    ...         ("将进一步扩大开放", False), ("将在全市推广", False), ("将推动设备更新", False),
    ...         ("将某省作为重点", True), ("将加快纳入医保", False)]
    >>> [(t, disposal_jiang(t, 0)) for t, _ in rows] == rows
    True
    """
    if not t.startswith("将", pos) or t.startswith(("将来", "将近", "将会", "将要"), pos):
        return False
    after = pos + 1
    lex = load_verbs()
    if t.startswith(_FUTURE_AFTER, after) or _match_word(t, after, _lead_verbs(True)) or \
            _match_word(t, after, lex["adverbs"]) or _match_word(t, after, lex["modals"]):
        return False
    return _any(lex["disposal_result_patterns"], t[after + 1:])


_NOT_JIANG = ("将来", "将近", "将军", "将领", "将士", "将帅")


def future_jiang(clause: str) -> bool:
    """Rule ``future_jiang``: ``clause`` holds a future 将 (followed by its verb, an adverb, a coverb
    or a time word), not a disposal 将 nor 将 inside a word.

    >>> rows = [("剩余8部将于年底前完工", True), ("后续工程将同步实施", True), ("某市将建成10个中心", True),
    ...         ("已将其纳入救助范围", False), ("将补助标准提高至300元", False), ("老将军讲述往事", False),
    ...         ("将近三成企业受益", False), ("建成基站", False)]
    >>> [(c, future_jiang(c)) for c, _ in rows] == rows
    True
    """
    lex = load_verbs()
    at = clause.find("将")
    while at >= 0:
        if not clause.startswith(_NOT_JIANG, at) and not disposal_jiang(clause, at):
            after = at + 1
            if clause.startswith(_FUTURE_AFTER + ("会", "要", "同步", "陆续", "全部", "正式", "启动"), after) or \
                    _match_word(clause, after, _lead_verbs(True)) or _match_word(clause, after, lex["adverbs"]):
                return True
        at = clause.find("将", at + 1)
    return False


def disposal_only(clause: str) -> bool:
    """Rule ``disposal_jiang``: the modal a clause reading found in ``clause`` is only a disposal 将:
    the clause holds a disposal 将, no future 将 and no other modal word (要, 应, 拟, 计划…).

    >>> [disposal_only(c) for c in ("将最低工资标准提高 50 元", "当地政府将某人纳入培养计划",
    ...                             "要将其纳入救助范围", "将于年底前将其纳入范围", "将建成10个中心")]
    [True, True, False, False, False]
    """
    at = clause.find("将")
    if at < 0 or not any(disposal_jiang(clause, i) for i in range(at, len(clause)) if clause[i] == "将"):
        return False
    if future_jiang(clause):
        return False
    modals = [m for m in load_verbs()["modals"] if "将" not in m and m not in ("继续", "计划", "会", "要求")]
    return not any(m in clause for m in modals)
