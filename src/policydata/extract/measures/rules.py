"""The lexicons of the measures stage, read once and compiled, and their words matched at a position.

``measure_verbs.json`` (verbs, modals, prefixes, non-measure cues), ``instruments.json`` (the
instrument rules) and ``policy_areas.json`` (CAP topics with keywords), all read through
:mod:`policydata.lexicon`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon
from ...text.patterns import alternation, closing_chars, joined, per_list, search_any


#: the CJK unified ideographs, for character classes in the stage's patterns


@lru_cache(maxsize=1)
def load_verbs() -> dict:
    """measure_verbs.json with the *_patterns entries compiled and word lists sorted longest first."""
    data = lexicon.load("measure_verbs.json")
    out: dict = {}
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if key.endswith("_patterns"):
            out[key] = [re.compile(p) for p in value]
        elif key.endswith("_rules"):
            out[key] = value
        elif isinstance(value, list):
            out[key] = sorted(set(value), key=len, reverse=True)
        else:
            out[key] = value
    return out


@lru_cache(maxsize=1)
def load_instruments() -> dict:
    """instruments.json: the named decision rules of :func:`.instrument_rules.decide_instrument`."""
    data = lexicon.load("instruments.json")
    keyword_to_instrument = {}
    for rule in data["rules"]:
        for kw in rule["keywords"]:
            keyword_to_instrument.setdefault(kw, rule["instrument"])
    containers = {}
    for rule in data["container_heads"]:
        for kw in rule["keywords"]:
            containers.setdefault(kw, (rule["instrument"], rule["name"]))
    verb_classes = {}
    for rule in data["verb_classes"]:
        for v in rule["verbs"]:
            verb_classes.setdefault(v, (rule["instrument"], rule["name"]))
    return {"keywords": keyword_to_instrument, "verb_defaults": data["verb_defaults"],
            "containers": containers, "verb_classes": verb_classes,
            "built_facility": data["built_facility"], "counted_object": data.get("counted_object", {}),
            "by_law": data.get("by_law", {}), "light_verb": data.get("light_verb", {}),
            "money_channel": data.get("money_channel", {}), "outcome_subject": data.get("outcome_subject", {}),
            "laid_out_facility": data.get("laid_out_facility", {}),
            "cleanup_target": data.get("cleanup_target", {}), "participation": data.get("participation", {}),
            "issued_title": data.get("issued_title", {}), "encouraged_party": data.get("encouraged_party", {}),
            "mechanism_head": data.get("mechanism_head", {}), "goal_title": data.get("goal_title", {}),
            "process_head": data.get("process_head", {}), "policy_in_force": data.get("policy_in_force", {})}


@lru_cache(maxsize=1)
def load_policy_areas() -> dict:
    """policy_areas.json: keyword -> (code, label, order), the fallback topic and the word lists
    the rules read (broad modifiers, cover words, scope nouns)."""
    data = lexicon.load("policy_areas.json")
    keywords = {}
    for order, topic in enumerate(data["topics"]):
        for kw in topic["keywords"]:
            keywords.setdefault(kw, (topic["code"], topic["label"], order))
    fb = data.get("fallback", {"code": 0, "label": "Other"})
    return {"keywords": keywords, "fallback": (fb["code"], fb["label"]),
            "broad": frozenset(data["broad_keywords"]), "cover_words": tuple(data.get("cover_words", ())),
            "scope_nouns": tuple(data["scope_nouns"])}


@lru_cache(maxsize=2)
def _lead_verbs(planning: bool) -> list[str]:
    """Lead verbs, longest first; with the plan-only verbs (完成) when the context plans."""
    lex = load_verbs()
    words = lex["lead_verbs"] + (lex["plan_only_verbs"] if planning else [])
    return sorted(set(words), key=len, reverse=True)


@lru_cache(maxsize=2)
def _verb_adverb_or_modal(planning: bool) -> list[str]:
    """The lead verbs (:func:`_lead_verbs`), adverbs and modals in one list, built once: what may
    follow an adverb for it to be read as one (:func:`.clauses._verb_at`)."""
    lex = load_verbs()
    return _lead_verbs(planning) + lex["adverbs"] + lex["modals"]


@per_list
def _longest_first(words: tuple[str, ...]) -> list[str]:
    """A lexicon word list sorted longest first (stable), once per list: :func:`_match_word` then
    prefers 基本完成 to 完成, and a list object it has seen before costs no regrouping."""
    return sorted(words, key=len, reverse=True)


@lru_cache(maxsize=None)
def _rule_patterns(name: str) -> tuple[re.Pattern, ...]:
    """The compiled patterns of the non-measure rule ``name``."""
    rule = next(r for r in load_verbs()["non_measure_rules"] if r["name"] == name)
    return tuple(re.compile(p) for p in rule.get("patterns", []))


@lru_cache(maxsize=None)
def _adverb_rule_patterns(name: str) -> tuple[re.Pattern, ...]:
    """The compiled ``adverb_patterns`` of the non-measure rule ``name`` (of every rule for ''):
    patterns that keep their reading behind adverbs (持续提升创新能力 is an outcome as 提升创新能力 is)."""
    rules = [r for r in load_verbs()["non_measure_rules"] if r["name"] == name or not name]
    return tuple(re.compile(p) for rule in rules for p in rule.get("adverb_patterns", []))


@lru_cache(maxsize=1)
def _beneficiary_patterns() -> tuple[re.Pattern, ...]:
    """The compiled beneficiary patterns of a benefactive clause (为+beneficiary+verb)."""
    return tuple(re.compile(p) for p in load_verbs()["benefactive"].get("beneficiary_patterns", []))


@lru_cache(maxsize=1)
def _announce_tail() -> re.Pattern:
    """[meeting word] [fillers] announce-verb, not followed by 的 (贵州提出的目标 is a noun phrase)."""
    lex = load_verbs()
    fillers = "|".join([alternation(lex["subject_fillers"])] +
                       [p.pattern for p in lex["subject_filler_patterns"]])
    return re.compile(rf"(?P<meeting>{alternation(lex.get('meeting_words', ['会议']))})?"
                      rf"(?:{fillers}){{0,3}}(?:{alternation(lex.get('announce_verbs', lex['speech_verbs']))})(?!的)")


@lru_cache(maxsize=1)
def _announce_verb() -> re.Pattern:
    """Any of the announce verbs :func:`_announce_tail` ends with, found anywhere in a clause.

    Why: a clause that names none of them announces nothing, so :func:`.subjects.announcing_subject`
    answers None without looking up the bodies opening it (most clauses; one scan instead)."""
    lex = load_verbs()
    return re.compile(alternation(lex.get("announce_verbs", lex["speech_verbs"])))


@lru_cache(maxsize=1)
def _subject_body_suffix() -> re.Pattern:
    """Any of the ``subject_body_suffixes`` (人民政府, 部门, …) a body the table does not list ends with.

    Why: :meth:`.analyser._Analyser.analyse` takes such a body for the subject only when a suffix
    ends it within the 40 characters :func:`.subjects._body_at_start` reads; a clause naming none
    there (most) needs no look-up of the bodies opening it."""
    return re.compile(alternation(load_verbs()["subject_body_suffixes"]))


def research_team_end(t: str, pos: int) -> int:
    """Rule firm_subject, research teams: the end of a team or staff named by a research verb at
    ``pos`` (measure_verbs.json ``research_team_patterns``: 研发团队, 科研人员), 0 if none.

    >>> research_team_end("研发团队全力攻关", 0), research_team_end("支持研发团队", 0)
    (4, 0)
    """
    return next((m.end() for p in load_verbs()["research_team_patterns"] if (m := p.match(t, pos))), 0)


def modified_name_end(t: str, pos: int, names: list[str] | tuple[str, ...]) -> int:
    """Rule noun_compound_subject, modified names: the end of a noun phrase at ``pos`` whose head is a
    person or firm the text named (``names``: subjects.firm_names) after a 的-modifier of at most 14
    characters (在外闯荡多年的某某回到家乡…, 刚满三十岁的某某…): a named person or firm is the subject
    of the clause, whatever verb the modifier holds; 0 if none.

    >>> modified_name_end("在外闯荡多年的赵某某回到家乡", 0, ["赵某某"]), modified_name_end("支持赵某某的企业", 0, ["赵某某"])
    (10, 0)
    """
    if not names:
        return 0
    m = _modified_name(tuple(sorted(names, key=len, reverse=True))).match(t, pos)
    return m.end() if m else 0


@lru_cache(maxsize=8)
def _modified_name(names: tuple[str, ...]) -> re.Pattern:
    """A 的-modifier without punctuation, then one of ``names`` (compiled once per text's names)."""
    return re.compile(rf"[^，,。；;：:“”‘’、的\s]{{1,14}}的(?:{'|'.join(map(re.escape, names))})")


def _match_word(t: str, pos: int, words: list[str]) -> str:
    """The first of ``words`` (sorted longest first) starting at ``pos``, '' if none.

    >>> _match_word("要完成改造", 1, ["完成", "完"])
    '完成'
    """
    # _words_by_first_char's own per-list table read inline (see per_list): this runs some
    # fifteen times per clause
    cached = _words_by_first_char.cache.get(id(words))
    groups = cached[2] if cached is not None and cached[0] is words and cached[1] == len(words) \
        else _words_by_first_char(words)
    if groups is None or pos < 0:  # an empty word or slice-style position: plain scan
        return next((w for w in words if t.startswith(w, pos)), "")
    for w in groups.get(t[pos:pos + 1], ()):
        if t.startswith(w, pos):
            return w
    return ""


def _skip_words(t: str, pos: int, words) -> int:
    """Position after any run (at most four) of ``words`` (sorted longest first) at ``pos``.

    >>> _skip_words("已经正在推进", 0, ["已经", "正在"]), _skip_words("推进", 0, ["已经"])
    (4, 0)
    """
    for _ in range(4):
        w = _match_word(t, pos, words)
        if not w:
            break
        pos += len(w)
    return pos


@per_list
def _words_by_first_char(words: tuple[str, ...]) -> dict[str, tuple[str, ...]] | None:
    """Words grouped by first character, list order kept; None if a word is empty.

    Why: _match_word runs several times per clause position over lexicon lists of hundreds
    of words; only the words sharing the first character can match.
    """
    if "" in words:
        return None
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w)
    return {first: tuple(ws) for first, ws in groups.items()}


#: whether any of a list of compiled patterns is found in a clause: the one screened scan of
#: :func:`policydata.text.patterns.search_any` (anchored patterns tried where they can match)
_any = search_any


def _match_any(patterns, t: str) -> bool:
    """Whether any of the compiled ``patterns`` matches at the start of ``t`` (one joined match)."""
    join = _joined_for_match(patterns)
    if join is None:
        return any(p.match(t) for p in patterns)
    return join.match(t) is not None


@per_list
def _joined_for_match(patterns: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """The patterns joined for :func:`_match_any` (a match of the join is a match of the first
    pattern that matches), None when they cannot be joined (different flags, group references)."""
    if not patterns or len({p.flags for p in patterns}) != 1 or patterns[0].flags & re.VERBOSE:
        return None
    try:
        return joined(list(patterns))
    except (re.error, ValueError):
        return None


def _first_match(patterns, t: str, pos: int = 0) -> re.Match | None:
    """The match at ``pos`` of the first of ``patterns`` (tried in list order) that matches there."""
    if len(patterns) == 1:  # most lists (a Match is never false): no generator per call
        return patterns[0].match(t, pos)
    return next((m for p in patterns if (m := p.match(t, pos))), None)


def _first_search(patterns, t: str) -> re.Match | None:
    """The match of the first of ``patterns`` found in ``t`` (searched in list order), None if none.

    When every pattern ends with ``$``, ``t`` must end with a character one of them can end with
    (:func:`~policydata.text.patterns.closing_chars`), else none is searched. Why: patterns such as ``[…]{4,}?(?P<verb>…)$``
    are retried from every offset of the clause, and most clauses end with no such character.
    """
    closing = closing_chars(patterns)
    if closing is not None and t[-1:] not in closing and not (t.endswith("\n") and t[-2:-1] in closing):
        return None  # $ also matches before a final newline
    return next((m for p in patterns if (m := p.search(t))), None)
