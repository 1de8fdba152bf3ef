"""Rule clause_shape (round 16): general features of a clause's construction for rule clause_model.

Why: the held-out errors of four rounds (PURPOSE, PURPOSE-OVER, HEADING-M) are one question -- is
this clause the commitment, or what a commitment is for, or a summary of the commitments after it
-- and the same words answer it differently by the clause's place: 提升X水平 opening a sentence of a
plan is a commitment, after an action (…，提升X水平。) it says what the action is for, and a short
sentence standing first on its line before more sentences (强化创新驱动。新增…) sums up what
follows. Surface rules written for one wording raised the sets they were written on only. These
features name the construction, not the words, and the learned model weighs them (they are read
together with the clause's n-grams, its frame and its place in the sentence):

* ``ev:`` -- the clause opens, after adverbs of manner, with a verb of effect or result (what a state
  becomes: :data:`RESULT_VERBS`), joined with its place in the sentence (first, mid, last, only)
  and whether a measure of the sentence is open before it (``ev:last|o1``: a result after an
  action). ``ev:means`` -- a means phrase (以…, 通过…) opens the clause and a verb of effect
  follows inside it (以X提升Y).
* ``sep:`` -- the punctuation before the clause: ``start`` (it opens the sentence), ``comma``,
  ``semi`` (；), ``colon`` (：).
* ``pc:`` -- the clause before it in the sentence opens with a purpose or means coverb: ``pc:wei``
  (为/为了…, the clause after it is the action), ``pc:yi`` (以/通过…).
* ``hs:`` -- the shape of its sentence on the line: ``hs:enum`` (the sentence opens its line with an
  item number: （一）, 一是, 1.; ``hs:enumshort`` a short one with more after it), ``hs:runin`` (a
  short one-clause sentence with no figure and more text after it on the line: a run-in subhead or
  a summary; ``hs:linehead`` when it opens its line), each also joined with the frame
  (``hs:runin|review``).

General vocabulary only (a closed class of verbs of effect, coverbs, item numbers); no document's
phrase.
"""
from __future__ import annotations

import re

#: verbs of effect or result: what a state becomes or stays (costs lower, quality higher, a base
#: firmer, an environment made, a flow unblocked), the verbs a purpose clause opens with -- and,
#: opening a sentence of a plan, a commitment of its own; the model learns which by the place
RESULT_VERBS = ("降低", "减轻", "减少", "提升", "提高", "增强", "保障", "维护", "带动", "激发", "促进", "推动",
                "确保", "营造", "实现", "筑牢", "夯实", "畅通", "助力", "满足", "发挥", "优化", "改善", "巩固",
                "扩大", "壮大", "释放", "形成", "守住", "防止", "防范")

#: adverbs of manner that may stand before the verb (切实保障…, 有效降低…, 进一步提升…)
_ADVERBS = re.compile(r"(?:切实|有效|进一步|不断|更好地?|持续|充分|全面|大幅|显著|从而|逐步|加快|着力|坚决|努力|更加|积极|以)*")

#: a means phrase opening a clause (以…, 通过…), whose verb of effect comes after it
_MEANS = re.compile(r"^(?:以|通过|依托|借助)")

#: coverbs of purpose and of means opening the clause before
_PURPOSE_OPEN = re.compile(r"^(?:为了?|为进一步)")
_MEANS_OPEN = re.compile(r"^(?:以|通过|依托|借助|按照|围绕)")

#: an item number opening a line: （一）, (1), 一是, 1., 1、, ①
_ENUM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}是|\d{1,2}[.．、]"
                   r"|[①-⑳]|第[一二三四五六七八九十]{1,3}[，,、])")

#: the longest one-clause sentence read as a run-in subhead, and the longest numbered sentence read
#: as an item's heading (characters, punctuation included)
RUNIN_MAX = 20
ENUM_SHORT = 24

_DIGIT = re.compile(r"[0-9０-９]")

_SEPARATORS = {"，": "comma", ",": "comma", "；": "semi", ";": "semi", "：": "colon", ":": "colon",
               "、": "comma"}


def _where(index: int, count: int) -> str:
    return "only" if count == 1 else "first" if index == 0 else "last" if index == count - 1 else "mid"


def result_feature(clause: str, index: int, count: int, open_measure: bool) -> str:
    """``ev:`` feature of a clause (:data:`RESULT_VERBS` after adverbs, with place and open measure),
    ``ev:means`` for 以X提升Y, '' otherwise.

    >>> result_feature("有效降低物流成本", 2, 3, True), result_feature("提升服务水平", 0, 2, False)
    ('ev:last|o1', 'ev:first|o0')
    >>> result_feature("以数字化改造提升产业效率", 0, 1, False), result_feature("新建三座桥梁", 1, 2, True)
    ('ev:means', '')
    """
    t = clause.strip()
    at = _ADVERBS.match(t).end()
    if t.startswith(RESULT_VERBS, at):
        return f"ev:{_where(index, count)}|o{int(open_measure)}"
    if _MEANS.match(t) and any(v in t[2:] for v in RESULT_VERBS):
        return "ev:means"
    return ""


def separator_feature(text: str, clause_start: int, sentence_start: int) -> str:
    """``sep:`` feature: the punctuation before the clause (``start`` when it opens its sentence).

    >>> t = "加强监管，降低成本；完善制度：建设平台"
    >>> separator_feature(t, 0, 0), separator_feature(t, 5, 0), separator_feature(t, 10, 0), separator_feature(t, 15, 0)
    ('sep:start', 'sep:comma', 'sep:semi', 'sep:colon')
    """
    i = clause_start
    while i > sentence_start and text[i - 1].isspace():
        i -= 1
    if i <= sentence_start:
        return "sep:start"
    return "sep:" + _SEPARATORS.get(text[i - 1], "other")


def previous_clause_feature(previous: str) -> str:
    """``pc:`` feature from the clause before in the sentence: ``pc:wei`` (为/为了…), ``pc:yi``
    (以/通过/依托/按照/围绕…), '' otherwise.

    >>> previous_clause_feature("为方便群众办事"), previous_clause_feature("通过数据共享"), previous_clause_feature("加强监管")
    ('pc:wei', 'pc:yi', '')
    """
    p = previous.strip()
    if _PURPOSE_OPEN.match(p):
        return "pc:wei"
    if _MEANS_OPEN.match(p):
        return "pc:yi"
    return ""


def heading_shape(text: str, sentence_start: int, sentence_end: int, clause_count: int, frame: str) -> list[str]:
    """``hs:`` features of the sentence's shape on its line: ``hs:enum`` (it opens its line with an
    item number), ``hs:enumshort`` (that, and the numbered sentence is short -- at most
    :data:`ENUM_SHORT` characters -- with text after it on the line: an item's heading),
    ``hs:runin`` (one clause of at most :data:`RUNIN_MAX` characters, no figure, with more text after
    it on its line: a run-in subhead or a summary sentence), ``hs:linehead`` (a run-in that opens its
    line); each also joined with the frame.

    >>> t = "（一）强化科技创新。新建实验室3个。"
    >>> heading_shape(t, 0, 10, 1, "review")
    ['hs:enum', 'hs:enum|review', 'hs:enumshort', 'hs:enumshort|review', 'hs:runin', 'hs:runin|review', 'hs:linehead', 'hs:linehead|review']
    >>> t = "优化营商环境。新增经营主体3万户。其余略。"
    >>> heading_shape(t, 0, 7, 1, "plan"), heading_shape(t, 7, 17, 1, "plan")
    (['hs:runin', 'hs:runin|plan', 'hs:linehead', 'hs:linehead|plan'], [])
    """
    line_start = text.rfind("\n", 0, sentence_start) + 1
    before = text[line_start:sentence_start]
    sentence = text[sentence_start:sentence_end]
    line_end = text.find("\n", sentence_end)
    rest = text[sentence_end:len(text) if line_end < 0 else line_end].strip()
    enum = _ENUM.match(before + sentence)
    numbered = enum is not None and (not before.strip() or enum.end() >= len(before))
    body = sentence[enum.end() - len(before):] if numbered and enum.end() > len(before) else sentence
    body = body.strip()
    out = []
    if numbered:
        out.append("hs:enum")
        if len(body) <= ENUM_SHORT and rest:
            out.append("hs:enumshort")
    if clause_count == 1 and len(body) <= RUNIN_MAX and rest and not _DIGIT.search(body):
        out.append("hs:runin")
        if not before.strip() or numbered:
            out.append("hs:linehead")
    f = frame or "none"
    return [x for o in out for x in (o, f"{o}|{f}")]


def shape_features(text: str, sentence_start: int, sentence_end: int, clause_starts: list[int],
                   clause_texts: list[str], index: int, open_measure: bool, frame: str) -> str:
    """Rule clause_shape: the features of clause ``index`` of a sentence, as one blank-separated
    string (added to :func:`.clause_model.place_features`'s).

    >>> t = "加强冷链建设，降低物流成本。"
    >>> shape_features(t, 0, 14, [0, 7], ["加强冷链建设", "降低物流成本"], 1, True, "plan")
    'ev:last|o1 sep:comma'
    """
    count = len(clause_texts)
    feats = [result_feature(clause_texts[index], index, count, open_measure),
             separator_feature(text, clause_starts[index], sentence_start),
             previous_clause_feature(clause_texts[index - 1]) if index > 0 else ""]
    feats += heading_shape(text, sentence_start, sentence_end, count, frame)
    return " ".join(f for f in feats if f)
