"""Rule clause_model: a small logistic model decides whether a clause is part of a measure where the
surface rules decided only by default.

Why: six rounds of named surface rules raised the documents they were written against, not unseen
ones (most misses on unseen documents were constructions no rule covers). Two analyser decisions are
defaults rather than rules: ``lead_verb`` (a lead verb matched and nothing else decided: a measure)
and ``no_verb`` (no verb and no construction matched: plain). There the model decides, from
features that generalise across wordings: character 1-3-grams of the clause (digits folded to 0),
the first characters of its quote, the document's genre, the section's frame (review, plan,
neutral), the analyser's kind and the rule that decided it, the clause's length, its subject's kind,
modal and planning. A decision made by a specific named rule is overturned only when the data file
sets a threshold for it (``drop_rule``, ``add_rule``; off when 0 and above 1).

The weights are ``lexicons/measure_model.json`` (read by :mod:`policydata.lexicon`): a bias, one
weight per feature string, the thresholds, the feature settings and a manifest of the documents
it was trained on (``tools/train_measure_model.py`` trains it; scikit-learn is needed for training
only). Inference here is pure Python: p = 1 / (1 + exp(-(bias + sum of the weights of the clause's
features))).

>>> fs = features("加快建设充电设施", "加快建设", kind="measure", rule="lead_verb", genre="official",
...               frame="plan", subject="", modal=False, planning=True)
>>> [f for f in fs if f.startswith(("h", "k:", "r:", "len:"))]
['h1:加', 'h2:加快', 'h3:加快建', 'h4:加快建设', 'k:measure', 'len:1', 'r:lead_verb']
>>> round(probability({"bias": 0.0, "weights": {"k:measure": 2.0}}, ["k:measure", "c:加"]), 3)
0.881
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from contextlib import contextmanager
from itertools import islice
from operator import add as _concat

from ... import lexicon
from ...document import Block
from ...text.segment import split_sentences
from .clauses import ClauseInfo, _verb_at

#: the data file of the model, under ``lexicons/``
MODEL_FILE = "measure_model.json"

#: the analyser's default decisions the model decides in place of (see :class:`.clauses.ClauseInfo`)
DEFAULT_RULES = ("lead_verb", "no_verb")

#: the rule name a decision the model made carries
RULE = "clause_model"

#: the longest n-gram of the clause's characters, and how many first characters of its quote are read
NGRAM_MAX = 3
HEAD_CHARS = 4

#: clause lengths (characters) that bound the length buckets len:0 … len:4
LENGTH_BOUNDS = (6, 12, 20, 35)

_DIGITS = re.compile(r"[0-9０-９]")
_SPACE = re.compile(r"\s+")

#: the model in use when a tool or a test sets one (:func:`use_model`); _UNSET: the data file's
_UNSET = object()
_override: list = [_UNSET]
#: where :func:`recording` collects the clauses the model is asked about (None: not recording)
_records: list | None = None


def _norm(t: str) -> str:
    """The clause as the features read it: digits folded to 0, blanks removed.

    >>> _norm("新建 12 所学校")
    '新建00所学校'
    """
    return _DIGITS.sub("0", _SPACE.sub("", t))


def length_bucket(n: int) -> int:
    """The bucket of a clause of ``n`` characters (0 for up to 6, … 4 for more than 35).

    >>> [length_bucket(n) for n in (3, 6, 7, 20, 36)]
    [0, 0, 1, 2, 4]
    """
    return sum(n > b for b in LENGTH_BOUNDS)


def features(clause: str, head: str, *, kind: str, rule: str, genre: str, frame: str, subject: str,
             modal: bool, planning: bool, place: str = "") -> list[str]:
    """The sorted, distinct feature strings of one clause. ``clause``: the whole clause; ``head``:
    its quote (where a measure would start); ``subject``: the kind of the clause's subject ('' none).
    No feature holds more than :data:`HEAD_CHARS` Chinese characters.

    >>> features("推进改革", "推进改革", kind="plain", rule="no_verb", genre="news", frame="review",
    ...          subject="", modal=False, planning=False)[:6]
    ['c:推', 'c:推进', 'c:推进改', 'c:改', 'c:改革', 'c:进']
    """
    t = _norm(clause)
    out = {f"c:{t[i:i + n]}" for n in range(1, NGRAM_MAX + 1) for i in range(len(t) - n + 1)}
    out.update(_other_features(t, head, kind=kind, rule=rule, genre=genre, frame=frame, subject=subject,
                               modal=modal, planning=planning, place=place))
    return sorted(out)


def _other_features(t: str, head: str, *, kind: str, rule: str, genre: str, frame: str, subject: str,
                    modal: bool, planning: bool, place: str = "") -> list[str]:
    """The features of a clause besides its ``c:`` n-grams (``t``: the clause normalized): the first
    characters of its quote, its last characters, and its context (kind, rule, genre, frame, length,
    subject, modal, planning). One list for :func:`features` and :func:`fast_probability`."""
    return _edge_features(t, head) + _context_features(kind, rule, genre, frame, length_bucket(len(t)), subject,
                                                       modal, planning, place)


def _edge_features(t: str, head: str) -> list[str]:
    """The features of the first characters of a clause's quote and of its last characters."""
    h = _norm(head)[:HEAD_CHARS]
    return [f"h{k}:{h[:k]}" for k in range(1, len(h) + 1)] + [f"t{k}:{t[-k:]}" for k in (1, 2) if len(t) >= k]


def _context_features(kind: str, rule: str, genre: str, frame: str, bucket: int, subject: str, modal: bool,
                      planning: bool, place: str = "") -> list[str]:
    """The features of a clause's context: kind, rule, genre, frame, length bucket (:func:`length_bucket`),
    subject, modal, planning, and its place in the sentence (:func:`place_features`: ``place`` '' none)."""
    g, f = genre or "none", frame or "none"
    return [f"k:{kind}", f"r:{rule or 'none'}", f"g:{g}", f"f:{f}", f"gk:{g}|{kind}", f"fk:{f}|{kind}",
            f"len:{bucket}", f"s:{subject or 'none'}", f"m:{int(modal)}", f"p:{int(planning)}",
            *(place.split() if place else ())]


def place_features(index: int, count: int, open_measure: bool) -> str:
    """The place of a clause in its sentence as the model reads it (one string, features split by
    blanks, so it keys the context table of :func:`fast_probability`): ``i:`` first, mid or last clause
    of the sentence (only: the one clause), ``o:`` whether a measure of the sentence is open before
    it (the clause could extend it). General structure, no wording; leave-one-set-out over the 15
    read sets they raised the honest estimate (README), a third one (the sentence opens a numbered
    item) added nothing and was left out.

    >>> place_features(0, 3, False), place_features(2, 3, True), place_features(0, 1, False)
    ('i:first o:0', 'i:last o:1', 'i:only o:0')
    """
    where = "only" if count == 1 else "first" if index == 0 else "last" if index == count - 1 else "mid"
    return f"i:{where} o:{int(open_measure)}"


def probability(model: dict, feats: list[str]) -> float:
    """The model's probability that a clause with features ``feats`` is part of a measure."""
    weights = model["weights"]
    z = model["bias"] + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-z)) if z >= -500 else 0.0


#: the last model :func:`_prepared` split, and its split (the model object kept so its id is not reused)
_split: list = [None, None]


def _prepared(model: dict) -> tuple[float, dict, dict, dict]:
    """``model`` split once for :func:`fast_probability`: its bias, the weights of the ``c:`` n-gram
    features keyed by the bare n-gram, all weights, and the weighed context features by their
    context (filled by :func:`fast_probability` as contexts come; each part of a context takes a few
    values only, and the table is emptied past 4,096 contexts)."""
    if _split[0] is not model:
        weights = model["weights"]
        grams = {f[2:]: w for f, w in weights.items() if f.startswith("c:")}
        _split[0], _split[1] = model, (model["bias"], grams, weights, {})
    return _split[1]


def _ngrams(t: str) -> set[str]:
    """The distinct 1- to :data:`NGRAM_MAX`-grams of ``t``, each n-gram built from the (n-1)-gram
    before it and one character (``map`` over the string: no Python loop per position).

    >>> sorted(_ngrams("改革")) == sorted({"改", "革", "改革"})
    True
    """
    grams = list(t)
    seen = set(grams)
    for n in range(2, NGRAM_MAX + 1):
        grams = list(map(_concat, grams, t[n - 1:]))  # t[i:i + n] = t[i:i + n - 1] + t[i + n - 1]
        seen.update(grams)
    return seen


def fast_probability(model: dict, clause: str, head: str, *, kind: str, rule: str, genre: str,
                     frame: str, subject: str, modal: bool, planning: bool, place: str = "") -> float:
    """:func:`probability` of :func:`features`, without building the feature strings the model has
    no weight for: the same weights added in the same (sorted) order, so the same float.

    >>> m = {"bias": 0.5, "weights": {"c:推进": 1.25, "c:改": -0.5, "h1:推": 0.75, "k:plain": 0.1, "x": 9}}
    >>> args = dict(kind="plain", rule="no_verb", genre="", frame="", subject="", modal=False, planning=False)
    >>> fast_probability(m, "推进改革", "推进", **args) == probability(m, features("推进改革", "推进", **args))
    True
    """
    bias, grams, weights, by_context = _prepared(model)
    t = _norm(clause)
    # the n-grams the model weighs (distinct: they come from a set), in sorted order as features' list
    found = list(map(grams.__getitem__, sorted(filter(grams.__contains__, _ngrams(t)))))
    context = (kind, rule, genre, frame, length_bucket(len(t)), subject, modal, planning, place)
    weighed = by_context.get(context)
    if weighed is None:  # the context's features the model has a weight for, once per context
        if len(by_context) >= 4096:
            by_context.clear()
        weighed = by_context[context] = [o for o in _context_features(*context) if o in weights]
    # every other feature sorts after the c: n-grams ("c:" is the smallest prefix); a set, as features'
    found += [weights[o] for o in sorted({*weighed, *filter(weights.__contains__, _edge_features(t, head))})]
    z = bias + sum(found)
    return 1.0 / (1.0 + math.exp(-z)) if z >= -500 else 0.0


def active_model() -> dict | None:
    """The model in use: the one :func:`use_model` set, else the data file's (None when the file has
    no weights)."""
    if _override[0] is not _UNSET:
        return _override[0]
    data = lexicon.load(MODEL_FILE)
    return data if data.get("weights") else None


def trained_on() -> str:
    """One line on the shipped model: how many documents it was trained on and its thresholds
    (the data file's ``manifest``), or that there is none.

    >>> trained_on().startswith(("clause_model: trained on", "clause_model: no model"))
    True
    """
    data = lexicon.load(MODEL_FILE)
    if not data.get("weights"):
        return "clause_model: no model (rules only)"
    docs = data["manifest"].get("documents", [])
    return f"clause_model: trained on {len(docs)} documents, thresholds {data['thresholds']}"


@contextmanager
def use_model(model: dict | None):
    """Parse with ``model`` (None: rules only) instead of the data file's, inside the ``with``
    block (the training tool's leave-one-set-out runs, tests)."""
    old, _override[0] = _override[0], model
    try:
        yield
    finally:
        _override[0] = old


@contextmanager
def recording():
    """Collect, as dicts, every clause the walk asks :func:`decide` about inside the ``with``
    block: its span, text, kind and rule before the model, features and the model's answer."""
    global _records
    old, _records = _records, []
    try:
        yield _records
    finally:
        _records = old


#: rule model_abstains: the fewest sentences a text needs for the model to be asked (the shortest
#: article it was trained on has 3)
MIN_SENTENCES = 3


def gives_context(text: str, blocks: Iterable[Block]) -> bool:
    """Rule model_abstains: whether ``text`` is long enough to be a document the model knows (at
    least :data:`MIN_SENTENCES` sentences). A bare sentence or two (加强市场监管。) has no document
    around its clauses -- no section, no neighbours -- and every training article has three or more.
    The sentences are those the walk reads: its ``blocks`` split by :func:`.split_sentences` (splits
    it remembers), read no further than :data:`MIN_SENTENCES`.

    >>> one, two = Block("body", 0, 7, "加强市场监管。"), Block("body", 8, 18, "加强监管。完善制度。")
    >>> gives_context("加强市场监管。", [one]), gives_context("加强市场监管。\\n加强监管。完善制度。", [one, two])
    (False, True)
    """
    sentences = (s for block in blocks for s in split_sentences(text, block.start, block.end))
    return next(islice(sentences, MIN_SENTENCES - 1, None), None) is not None


def _threshold(model: dict, name: str, default: float) -> float:
    return float(model.get("thresholds", {}).get(name, default))


def first_verb(quote: str, planning: bool = False) -> str:
    """The first lead verb of ``quote`` ('' if none): the action of a clause the model made a measure
    although the analyser found no verb leading it.

    >>> first_verb("老旧小区全部改造"), first_verb("天气晴好")
    ('改造', '')
    """
    return next((verb for i in range(len(quote)) if (verb := _verb_at(quote, i, planning)[0])), "")


def decide(info: ClauseInfo, text: str, clause_start: int, *, genre: str, frame: str, planning: bool,
           open_measure: bool, place: str = "") -> ClauseInfo:
    """Rule clause_model: ``info`` as the model decides it. A default measure (lead_verb) whose
    probability is below ``drop_default`` is no measure; a default plain clause (no_verb) that no
    open measure of its sentence would take in, with a probability of ``add_default`` or more, is a
    measure (its action: :func:`first_verb`, or ''). Optionally
    (thresholds ``drop_rule``, ``add_rule``) a specific rule's measure or non-measure is overturned
    too. Every answer is kept in ``info.model_p``; a decision the model changed has rule
    ``clause_model``. ``place``: the clause's place in its sentence (:func:`place_features`; '' not
    read). Rule model_abstains: where the document has no genre or is too short to be a
    document (``genre`` ''), the model is not asked and ``info`` stands.

    >>> m = {"bias": -1.0, "weights": {"c:小": 3.0}, "thresholds": {"drop_default": 0.3, "add_default": 0.7}}
    >>> t = "老旧小区全部改造。"
    >>> with use_model(m):
    ...     d = decide(ClauseInfo("plain", 0, 8, rule="no_verb"), t, 0, genre="news", frame="", planning=False,
    ...                open_measure=False)
    >>> d.kind, d.rule, d.action, round(d.model_p, 2)
    ('measure', 'clause_model', '改造', 0.88)
    >>> with use_model(m):  # rule model_abstains: no genre, no context the model knows
    ...     decide(ClauseInfo("plain", 0, 8, rule="no_verb"), t, 0, genre="", frame="", planning=False,
    ...            open_measure=False).kind
    'plain'
    """
    model = active_model()
    if model is None and _records is None or not genre:
        # rule model_abstains: a text no genre rule places (document_genre: no dateline, 文种 title,
        # official structure or voice, publisher, byline or reporter's voice), or too short to be a
        # document (gives_context; the walk passes genre '' then), gives the model none of the context
        # it was trained in -- every training article is an official document or a news report of
        # three sentences or more -- so the rules' default stands
        return info
    kind, rule = info.kind, info.rule
    if kind == "measure" and rule == "lead_verb" or kind == "plain" and rule == "no_verb":
        role = "default"
    elif kind == "measure" or kind == "not_measure":
        role = "rule"
    else:
        return info
    subject = info.subject.actor.kind if info.subject is not None else ""
    if _records is None:
        p = fast_probability(model, text[clause_start:info.end], text[info.start:info.end], kind=kind,
                             rule=rule or kind, genre=genre, frame=frame, subject=subject,
                             modal=info.has_modal, planning=planning, place=place)
    else:
        feats = features(text[clause_start:info.end], text[info.start:info.end], kind=kind, rule=rule or kind,
                         genre=genre, frame=frame, subject=subject, modal=info.has_modal, planning=planning,
                         place=place)
        p = probability(model, feats) if model is not None else -1.0
        _records.append({"start": info.start, "end": info.end, "quote": text[info.start:info.end], "kind": kind,
                         "rule": rule or kind, "role": role, "open_measure": open_measure, "features": feats,
                         "p": p})
    if model is None:
        return info
    drop = _threshold(model, "drop_default" if role == "default" else "drop_rule", 0.0)
    add = _threshold(model, "add_default" if role == "default" else "add_rule", 2.0)
    if kind == "measure" and p < drop:
        return _replaced(info, kind="not_measure", rule=RULE, model_p=p)
    if kind in ("plain", "not_measure") and not open_measure and p >= add:
        quote = text[info.start:info.end]
        # rule added_subject: a body opening the clause is the subject of the measure the model made,
        # as of any measure (the walk makes it the actor and carries it on)
        subject = info.subject or info.opening_body
        return _replaced(info, kind="measure", action=first_verb(quote, planning), rule=RULE, model_p=p,
                         subject=subject, opening_body=None)
    return _replaced(info, model_p=p)


def copies_by_dict(cls: type) -> bool:
    """Whether an instance of the dataclass ``cls`` is copied right by copying its ``__dict__`` (as
    :func:`_replaced` does): a dataclass whose instances hold their fields in ``__dict__`` and
    nothing else -- no ``__post_init__`` (it would check or derive a value), no ``__slots__``, no
    ``init=False`` field.

    >>> import dataclasses
    >>> copies_by_dict(ClauseInfo)
    True
    >>> @dataclasses.dataclass
    ... class Checked:
    ...     n: int = 0
    ...     def __post_init__(self): self.n = abs(self.n)
    >>> @dataclasses.dataclass(slots=True)
    ... class Slotted:
    ...     n: int = 0
    >>> copies_by_dict(Checked), copies_by_dict(Slotted)
    (False, False)
    """
    import dataclasses
    return (dataclasses.is_dataclass(cls) and not hasattr(cls, "__post_init__")
            and not any("__slots__" in vars(c) for c in cls.__mro__[:-1])
            and all(f.init for f in dataclasses.fields(cls)))


#: whether :func:`_replaced` may copy a :class:`ClauseInfo` by its ``__dict__`` (checked once; a change
#: of the class that makes the copy wrong turns the fast path off, ``tests/extract`` says so)
FAST_COPY = copies_by_dict(ClauseInfo)


def _replaced(info: ClauseInfo, **changes) -> ClauseInfo:
    """``dataclasses.replace(info, **changes)`` for a :class:`ClauseInfo`, as a copy of its fields
    while the class allows it (:data:`FAST_COPY`): replace calls the generated __init__ with every
    field by keyword, five times the cost, and :func:`decide` answers every clause with a copy.

    >>> i = ClauseInfo("measure", 1, 5, action="推进")
    >>> import dataclasses
    >>> _replaced(i, model_p=0.5) == dataclasses.replace(i, model_p=0.5), i.model_p
    (True, -1.0)
    """
    if not FAST_COPY:
        import dataclasses
        return dataclasses.replace(info, **changes)
    out = object.__new__(ClauseInfo)
    out.__dict__.update(info.__dict__, **changes)
    return out
