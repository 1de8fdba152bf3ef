"""Topic keywords (policy_areas.json) found in a text: the CAP topic of its most specific keyword
(:func:`topic_of`) and the dominant topic of a longer text (:func:`dominant_topic`). :mod:`.classify`
reads them for the policy area of a measure, and for rules of the instrument that depend on what
an object is about (cleanup_target).
"""
from __future__ import annotations

from functools import lru_cache

from .rules import _words_by_first_char, load_policy_areas


def _present(text: str, keywords) -> list[str]:
    """The keywords that may occur in ``text``: those whose first character does.

    Why: the keyword lists hold hundreds of words and a clause some dozen characters; the
    callers' choice among the keywords found (end, length, position) does not depend on order.
    """
    groups = _words_by_first_char(keywords)
    if groups is None:  # an empty keyword matches anywhere
        return list(keywords)
    return [kw for char in set(text) for kw in groups.get(char, ())]


def topic_of(text: str, with_broad: bool = True) -> tuple[int, str] | None:
    """CAP topic of the most specific keyword (a broad modifier such as 企业 only when nothing else
    matches, and never when ``with_broad`` is false; then longest; ties: earliest, then lexicon
    order).

    >>> topic_of("支持老旧住房分批改造、拆旧建新")
    (14, 'Housing')
    """
    best, best_key = None, None
    areas = load_policy_areas()
    keywords, broad, covers = areas["keywords"], areas["broad"], areas["cover_words"]
    find = text.find
    found = [kw for kw in _present(text, keywords) if kw in text]
    broad_found = [kw for kw in found if kw in broad]
    for kw in found:
        if not with_broad and kw in broad:
            continue
        # _keyword_at inlined: this runs for some twenty candidate keywords per measure text
        i = find(kw)
        while i >= 0 and ((i > 0 and text.startswith(covers, i - 1)) or _inside_broad(text, kw, i, broad_found)):
            i = find(kw, i + 1)
        if i >= 0:
            code, label, order = keywords[kw]
            key = (kw in broad, -len(kw), i, order)
            if best_key is None or key < best_key:
                best, best_key = (code, label), key
    return best


def topics_in(text: str) -> set[tuple[int, str]]:
    """The CAP topics of every specific keyword in ``text`` (broad modifiers such as 企业 left out,
    and keywords read as :func:`topic_of` reads them: not inside a cover word or a longer broad
    word, nor inside a longer keyword there: 绿色建筑 names housing, its 绿色 no second topic). Rule
    paragraph_prior asks whether a clause names several topics.

    >>> sorted(topics_in("统筹推进财税金融、农业农村等方面的改革"))
    [(1, 'Macroeconomics'), (4, 'Agriculture'), (15, 'Domestic Commerce')]
    """
    areas = load_policy_areas()
    keywords, broad, covers = areas["keywords"], areas["broad"], areas["cover_words"]
    found = [kw for kw in _present(text, keywords) if kw in text]
    broad_found = [kw for kw in found if kw in broad]
    topics = set()
    for kw in found:
        if kw in broad:
            continue
        i = text.find(kw)
        while i >= 0 and ((i > 0 and text.startswith(covers, i - 1)) or _inside_broad(text, kw, i, broad_found)
                          or _inside_broad(text, kw, i, found)):
            i = text.find(kw, i + 1)
        if i >= 0:
            topics.add(keywords[kw][:2])
    return topics


def paragraph_prior(text: str, sentence: str, paragraph: str) -> tuple[int, str] | None:
    """rule paragraph_prior (policy area): a measure whose words name two or more topics
    (推广农业物联网技术: agriculture and technology) is about the one both its sentence and its
    paragraph are mostly about, when that is one of them -- a measure sits in a passage on one
    theme, and a keyword of another topic in it is usually a modifier or a means (technology
    serving farming). Words of one topic only are left to their keywords; so is a measure whose
    sentence and paragraph disagree, or lack: a paragraph is only as good as the layout that cut it
    (a page printed without blank lines runs paragraphs together), and two contexts that agree are
    a prior, one alone is a guess.

    >>> farm = "发展现代渔业。推广农业物联网技术，扩大水产养殖面积。支持渔民合作社。"
    >>> paragraph_prior("推广农业物联网技术", "推广农业物联网技术，扩大水产养殖面积。", farm)
    (4, 'Agriculture')
    >>> paragraph_prior("推广农业物联网技术", "推广农业物联网技术。", farm) is None  # the sentence disagrees
    True
    """
    found = topics_in(text)
    if len(found) < 2 or not sentence or not paragraph:
        return None
    prior = dominant_topic(paragraph)
    return prior if prior in found and dominant_topic(sentence) == prior else None


def _inside_broad(text: str, kw: str, i: int, broad_found: list[str]) -> bool:
    """The keyword at ``i`` is part of a longer broad keyword there (数据 in 数据中心): the broad
    word is the match, and it only modifies (数据中心能源管理 is energy)."""
    return any(len(b) > len(kw) and kw in b and
               any(text.startswith(b, j) for j in range(max(0, i - len(b) + len(kw)), i + 1))
               for b in broad_found)


def _keyword_at(text: str, kw: str) -> int:
    """Where ``kw`` first occurs in ``text`` as a keyword, -1 if nowhere: an occurrence that starts
    on the second character of a cover word (相关税费 holds 关税) is none.

    >>> _keyword_at("减免相关税费", "关税"), _keyword_at("降低关税", "关税")
    (-1, 2)
    """
    covers = load_policy_areas()["cover_words"]  # a tuple: str.startswith tries them all at C speed
    i = text.find(kw)
    while i > 0 and text.startswith(covers, i - 1):
        i = text.find(kw, i + 1)
    return i


def _keyword_count(text: str, kw: str) -> int:
    """How often ``kw`` occurs in ``text`` as a keyword (see :func:`_keyword_at`)."""
    covers = load_policy_areas()["cover_words"]
    n, i = 0, text.find(kw)
    while i >= 0:
        n += not (i > 0 and text.startswith(covers, i - 1))
        i = text.find(kw, i + 1)
    return n


@lru_cache(maxsize=8)
def dominant_topic(text: str) -> tuple[int, str] | None:
    """The topic with most keyword occurrences in a longer text (paragraph/article context).

    Remembered (the last few texts only: an article can be long): every measure of a paragraph
    without a keyword of its own asks about the same paragraph, and about the same article."""
    counts: dict[tuple[int, str], int] = {}
    for kw, (code, label, _order) in load_policy_areas()["keywords"].items():
        n = _keyword_count(text, kw) if kw in text else 0
        if n:
            counts[(code, label)] = counts.get((code, label), 0) + n * len(kw)
    if not counts:
        return None
    return max(sorted(counts), key=lambda k: counts[k])
