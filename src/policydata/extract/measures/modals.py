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

And one rule of the clause reading, which takes the verb of a disposal 将 for the clause's action
(:func:`.clauses._disposal_verb_at`):

``disposal_object`` (round 13, :func:`future_before_object`)
    将 before a place or manner phrase or an adverb of manner or pace is the future (将在全县推广,
    将进一步融合), not the marker of an object whose verb would be the action.

This module is the one reader of 将 in the measures; its word lists are measure_verbs.json
``jiang_words`` (with ``preposition_intros``, ``future_jiang_words``, ``disposal_result_patterns``).
The figures read 将 by a rule of their own (why two: :func:`future_before_object`).
"""
from __future__ import annotations

from functools import lru_cache

from .rules import _any, _lead_verbs, _match_word, load_verbs

__all__ = ["disposal_jiang", "disposal_only", "future_jiang", "future_before_object"]


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """measure_verbs.json ``jiang_words``, each list a tuple (what ``str.startswith`` takes)."""
    return {key: tuple(value) for key, value in load_verbs()["jiang_words"].items() if not key.startswith("_")}


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
    if not t.startswith("将", pos) or t.startswith(_words()["not_disposal_words"], pos):
        return False
    after = pos + 1
    lex = load_verbs()
    if t.startswith(_words()["future_after"], after) or _match_word(t, after, _lead_verbs(True)) or \
            _match_word(t, after, lex["adverbs"]) or _match_word(t, after, lex["modals"]):
        return False
    return _any(lex["disposal_result_patterns"], t[after + 1:])


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
    words = _words()
    at = clause.find("将")
    while at >= 0:
        if not clause.startswith(words["inside_words"], at) and not disposal_jiang(clause, at):
            after = at + 1
            if clause.startswith(words["future_after"] + words["clause_future_after"], after) or \
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
    modals = [m for m in load_verbs()["modals"] if "将" not in m and m not in _words()["other_modals_not"]]
    return not any(m in clause for m in modals)


def future_before_object(t: str, at: int) -> bool:
    """Rule disposal_object: 将 at ``at`` is the future, not the object marker, when a place or manner
    phrase (measure_verbs.json ``preposition_intros``: 在, 以, 按照) or an adverb of manner or pace
    (``future_jiang_words``: 进一步, 继续) follows it -- 将在全县推广, 将进一步融合 -- since an object (a
    noun) follows the marker (将重点项目纳入…: 重点 opens a noun here).

    >>> future_before_object("将在全县推广", 0), future_before_object("将继续整合资源", 0), future_before_object("将资源整合", 0)
    (True, True, False)
    >>> future_before_object("将重点项目纳入清单", 0)
    False

    Why the figures have a 将 rule of their own (rule ``jiang_disposal``,
    ``extract.figures.frames.jiang_marks_object``): both ask whether 将 is the future or marks an
    object, but each answers from the verb after the object that its own table knows. There it is
    a verb that moves a quantity (增至, 提高到, 下放到: a result complement) or a ba_verb, and the
    answer only takes a modal cue away from a figure; here it is an action on the object (纳入,
    拨付, 融合: ``disposal_verbs``), and the answer makes that verb the measure's action. The words
    that make 将 the future could be one list (figures.json ``jiang_future_openers``; here
    ``preposition_intros`` + ``future_jiang_words``), but the two differ (that one has 于, 由, 把,
    会, 可, 要…; this one 依托, 立足, 针对, 会同…): merging them changes what each stage reads, a
    rule change to score on every set, not a cleanup.
    """
    if t[at:at + 1] != "将":
        return False
    lex = load_verbs()
    return bool(_match_word(t, at + 1, lex["preposition_intros"]) or _match_word(t, at + 1, lex["future_jiang_words"]))
