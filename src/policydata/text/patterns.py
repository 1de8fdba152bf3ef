"""Regex building blocks shared by the stages that apply word lists from the lexicons.

Lexicon words are searched in every sentence, so patterns are built once and cached.

>>> literal_pattern("个百分点").findall("提高0.4个百分点")
['个百分点']
>>> alternation(["个", "个百分点", "%"])
'个百分点|%|个'
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

try:  # the regex parser, to tell where a pattern's matches can start and end (Python 3.11+ / 3.10)
    from re import _constants as _sre_constants, _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]


@lru_cache(maxsize=2048)
def literal_pattern(word: str) -> re.Pattern:
    """A compiled pattern matching ``word`` literally, built once per word."""
    return re.compile(re.escape(word))


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first (so 个百分点 beats 个).

    Ties are broken alphabetically, so the pattern text does not depend on input order.
    """
    if type(words) is list:  # a lexicon list, asked for again per clause: remembered by the list object
        return _alternation_of_list(words)
    return _alternation_of(tuple(words))


@lru_cache(maxsize=1024)
def _alternation_of(words: tuple[str, ...]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if len(ordered) >= TRIE_MIN_WORDS and "" not in ordered and \
            all(c.lower() == c.upper() for w in ordered for c in w):
        return "|".join(_trie_branches(_trie(ordered)))
    return "|".join(re.escape(w) for w in ordered)


#: word lists of this many words or more are written as a trie by :func:`alternation`
TRIE_MIN_WORDS = 8

#: the key marking that a word ends at a trie node (no character is "")
_END = ""


def _trie(words: list[str]) -> dict:
    """The words as nested dicts, one level per character; ``_END`` marks where a word ends."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _trie_branches(node: dict) -> list[str]:
    """The alternatives of a trie node's children: each character, then what may follow it.

    Rule word_trie (for speed, same matches): a list of words written as a trie (天津市|天津港 as
    天津(?:市|港)) matches what the list of words longest first matches, at every position and in
    the same order of retries: the words that match at one position are prefixes of each other,
    so they lie on one path of the trie, and the trie tries the longer first (a greedy optional
    tail) as the longest-first list does; siblings open with different characters, so at most
    one of them matches (hence caseless characters only: under IGNORECASE two could). The regex
    engine then compares each position with the few words sharing its characters instead of
    every word of the list (the actor names: 3× faster).

    >>> alternation(["天津市", "天津港", "天津", "北京", "北京市", "上海", "重庆", "成都"])
    '上海|北京(?:市)?|天津(?:市|港)?|成都|重庆'
    """
    out = []
    for char in sorted(c for c in node if c != _END):
        child = node[char]
        tail = _trie_branches(child)
        if not tail:
            out.append(re.escape(char))
        elif _END in child:
            out.append(f"{re.escape(char)}(?:{'|'.join(tail)})?")
        elif len(tail) == 1:
            out.append(re.escape(char) + tail[0])
        else:
            out.append(f"{re.escape(char)}(?:{'|'.join(tail)})")
    return out


def search_any(patterns, text: str) -> bool:
    """Whether any of the compiled ``patterns`` (a list or tuple) is found in ``text``.

    One screened scan (:func:`screen_of`): the patterns anchored at the start are tried once at
    offset 0, those anchored at the end only when ``text`` ends with a character they can end
    with, the others in one joined scan; when the patterns cannot be joined without changing what
    each matches, they are searched as one plain alternation, or one by one.

    >>> search_any([re.compile("十四五"), re.compile(r"\\d+年")], "到2035年")
    True
    >>> search_any([re.compile("^图为"), re.compile("摄$")], "记者 张三 摄"), search_any([re.compile("摄$")], "摄影")
    (True, False)
    """
    # screen_of's own per-list table read inline (see per_list): this runs several times per clause
    cached = screen_of.cache.get(id(patterns))
    screen = cached[2] if cached is not None and cached[0] is patterns and cached[1] == len(patterns) \
        else screen_of(patterns)
    if screen is None:
        plain = _joined_of(patterns)
        if plain is not None:
            return plain.search(text) is not None
        return any(p.search(text) for p in patterns)
    at_start, at_end, closing, anywhere = screen
    return (at_start is not None and at_start.match(text) is not None) or \
        (at_end is not None and (text[-1:] in closing or text[-1:] == "\n" and text[-2:-1] in closing)
         and at_end.search(text) is not None) or \
        (anywhere is not None and anywhere.search(text) is not None)


def per_list(derive):
    """Decorator: ``derive(items)`` remembered per list object (a lexicon list, read once).

    Why: hot lookups take a lexicon list of hundreds of words or patterns and derive a table
    from it (grouped by first character, joined into one pattern); keying a cache by the
    list's contents (a tuple of it) costs a copy of the list per call, keying by the object
    costs nothing. The list is kept with the result so that its id cannot be reused, and a
    list whose length changed is derived again (lexicon lists are not edited in place).
    """
    cache: dict[int, tuple[object, int, object]] = {}
    by_contents = lru_cache(maxsize=256)(derive)  # a list made afresh per call: keyed by its words

    def lookup(items):
        cached = cache.get(id(items))
        if cached is None or cached[0] is not items or cached[1] != len(items):
            if len(cache) > 4096:  # mostly lexicon lists that live for the process
                cache.clear()
            cached = cache[id(items)] = (items, len(items), by_contents(tuple(items)))
        return cached[2]

    lookup.__doc__ = derive.__doc__
    # hot callers read the table inline (one dict get, no call) and call lookup on a miss:
    # ``c = f.cache.get(id(xs)); r = c[2] if c and c[0] is xs and c[1] == len(xs) else f(xs)``
    lookup.cache = cache
    return lookup


@per_list
def _alternation_of_list(words: tuple[str, ...]) -> str:
    return _alternation_of(words)


@per_list
def compiled_all(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """A lexicon list of regex strings, compiled once (for :func:`search_any`)."""
    return tuple(re.compile(p) for p in patterns)


_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


@per_list
def _joined_of(patterns: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """``(?:p1)|(?:p2)|…`` compiled, or None when joining could change a pattern's meaning
    (different or verbose flags, group references, a group name used twice, inline global flags)."""
    if len(patterns) < 2 or len({p.flags for p in patterns}) != 1 or patterns[0].flags & re.VERBOSE or \
            any(not isinstance(p.pattern, str) or _GROUP_REFERENCE.search(p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        return None


@per_list
def screen_of(patterns: tuple[re.Pattern, ...]
               ) -> tuple[re.Pattern | None, re.Pattern | None, frozenset[str], re.Pattern | None] | None:
    """(the patterns anchored at the start joined, the patterns anchored at the end joined, the
    characters those can end with, the others joined), for :func:`search_any`; None when they cannot
    be joined (then :func:`search_any` tries them as one plain alternation).

    Why: a pattern opening with ^ can only match at offset 0, yet in a joined alternation searched
    through a clause every branch is tried at every offset; ``match`` of the anchored ones tries
    offset 0 only. Same answer: search of ^X finds a match iff match of ^X does (no MULTILINE).
    Likewise a pattern ending with $ whose closing characters are known (:func:`closing_chars`)
    can only match a clause ending with one of them (or with one of them before a final newline,
    where $ also matches): most clauses end otherwise, and then those patterns are not searched.
    """
    if not patterns or len({p.flags for p in patterns}) != 1 or patterns[0].flags & (re.VERBOSE | re.MULTILINE):
        return None
    at_start = [p for p in patterns if anchored_at_start(p)]
    at_end = [p for p in patterns if not anchored_at_start(p) and closing_chars([p]) is not None]
    anywhere = [p for p in patterns if not anchored_at_start(p) and closing_chars([p]) is None]
    try:
        return joined(at_start), joined(at_end), closing_chars(at_end) or frozenset(), joined(anywhere)
    except (re.error, ValueError):
        return None


def joined(patterns: list[re.Pattern]) -> re.Pattern | None:
    """``(?:p1)|(?:p2)|…`` compiled; None for no patterns. Raises ValueError when joining could
    change a pattern's meaning (group references: their numbers shift)."""
    if not patterns:
        return None
    if len(patterns) == 1:
        return patterns[0]
    if any(not isinstance(p.pattern, str) or _GROUP_REFERENCE.search(p.pattern) for p in patterns):
        raise ValueError("group references")
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)


def anchored_at_start(pattern: re.Pattern) -> bool:
    """Whether every match of ``pattern`` starts at offset 0 (it opens with ^ or \\A outside any
    alternation).

    >>> anchored_at_start(re.compile("^坚定不移")), anchored_at_start(re.compile("^a|b"))
    (True, False)
    """
    try:
        first = _sre_parse.parse(pattern.pattern, pattern.flags).data[:1]
    except Exception:  # an unreadable pattern: searched like any other
        return False
    return bool(first) and first[0][0] is _sre_constants.AT and \
        first[0][1] in (_sre_constants.AT_BEGINNING, _sre_constants.AT_BEGINNING_STRING)


@per_list
def closing_chars(patterns: tuple[re.Pattern, ...]) -> frozenset[str] | None:
    """The characters a match of any of ``patterns`` can end with, when each pattern ends with
    ``$`` (or ``\\Z``) and that set is known (literal characters, classes of them); else None.

    >>> sorted(closing_chars([re.compile("[一-龥]{4,}?(?:建成|投用)(?:工作)?$"), re.compile("通车$")]))
    ['作', '成', '用', '车']
    >>> closing_chars([re.compile("建成$"), re.compile("建成")]) is None
    True
    """
    out: set[str] = set()
    for pattern in patterns:
        if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
            return None
        try:
            items = list(_sre_parse.parse(pattern.pattern, pattern.flags).data)
        except Exception:  # an unreadable pattern: no screen
            return None
        if not items or items[-1][0] is not _sre_constants.AT or \
                items[-1][1] not in (_sre_constants.AT_END, _sre_constants.AT_END_STRING):
            return None
        chars, can_be_empty = _last_chars(items[:-1])
        if chars is None or can_be_empty:
            return None
        out |= chars
    return frozenset(out) if patterns else None


def _last_chars(items) -> tuple[set[str] | None, bool]:
    """(the characters a match of the parsed ``items`` can end with, whether it can be empty);
    None for the characters when any character could close it (a range, a category, a negation)."""
    c = _sre_constants
    chars: set[str] = set()
    for op, arg in reversed(items):
        if op is c.LITERAL:
            chars.add(chr(arg))
            return chars, False
        if op is c.IN:
            if any(kind is not c.LITERAL for kind, _ in arg):
                return None, False
            chars.update(chr(code) for _, code in arg)
            return chars, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the match ends with what comes before
        if op is c.SUBPATTERN:
            inner, empty = _last_chars(arg[-1])
        elif op is c.BRANCH:
            inner, empty = set(), False
            for branch in arg[1]:
                found, branch_empty = _last_chars(branch)
                if found is None:
                    return None, False
                inner |= found
                empty = empty or branch_empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            inner, empty = _last_chars(arg[2])
            empty = empty or arg[0] == 0
        else:
            return None, False
        if inner is None:
            return None, False
        chars |= inner
        if not empty:
            return chars, False
    return chars, True
