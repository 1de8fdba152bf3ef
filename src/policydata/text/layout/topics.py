"""Which article a page block is about: the Chinese character pairs it shares with each.

Names, places and terms of one story recur in its blocks; a block that neither heads an
article nor continues a cut sentence goes to the article whose pairs it shares most
(``topic_scores``) or that explains its pairs best (``topic_likelihoods``).
``_PageArticle`` is an article being built on a page, with its pair counts kept up to
date as blocks join or leave it.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..segment import CJK_RANGE
from .blocks import is_complete
from .page_blocks import _Chunk, _Para

#: Two or more Chinese characters in a row: the pairs lie inside such runs.
CJK_RUN = re.compile(rf"[{CJK_RANGE}]{{2,}}")


@lru_cache(maxsize=256)  # a page's blocks are counted, uncounted and scored again and again
def _pairs_of(text: str) -> set[str]:
    """Adjacent Chinese character pairs of ``text`` (read off each run of Chinese characters).

    The set is shared between callers, which only read it.
    """
    return {run[k:k + 2] for run in CJK_RUN.findall(text) for k in range(len(run) - 1)}


def topic_scores(text: str, articles: list["_PageArticle"]) -> list[float]:
    """Distinctive character pairs ``text`` shares with each article: a pair counts
    1/n when n of the articles hold it (names, places and terms of one story weigh most).

    A block that belongs to no article's head nor continues a cut sentence goes to the
    article with the highest score.
    """
    mine = _pairs_of(text)
    shared = [[p for p in mine if p in a.pairs] for a in articles]
    df: dict[str, int] = {}
    for ps in shared:
        for p in ps:
            df[p] = df.get(p, 0) + 1
    return [sum(1.0 / df[p] for p in ps) for ps in shared]


def topic_likelihoods(text: str, articles: list["_PageArticle"], page: dict[str, int]) -> list[float]:
    """How well each article's character pairs explain ``text``: the log-likelihood of
    the distinct pairs of ``text`` under the article's pair counts mixed half and half
    with the page's (``page``), so that long and short articles are judged alike and a
    pair no article holds counts the same for all."""
    mine = _pairs_of(text)
    if not mine or not articles:
        return [0.0] * len(articles)
    page_total = page.get("", 0) or sum(page.values()) or 1
    background = {p: (page.get(p, 0) + 1) / (page_total + len(page)) for p in mine}
    # the same sums, term by term and in the same order; half the background made once per pair
    half_background = [(p, 0.5 * background[p]) for p in mine]
    out = []
    for a in articles:
        total = max(1, a.total)
        count = a.pairs.get
        out.append(sum(map(math.log, [0.5 * count(p, 0) / total + half for p, half in half_background])))
    return out


@dataclass
class _PageArticle:
    """An article being built on a page: its head, its chunks, the pair counts of its text."""

    title: str
    subtitle: str = ""
    kicker: str = ""
    bylines: list[str] = field(default_factory=list)
    attributions: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    chunks: list[_Chunk] = field(default_factory=list)
    pairs: Counter = field(default_factory=Counter)
    total: int = 0  # sum of the pair counts

    def last_para(self) -> _Para | None:
        for chunk in reversed(self.chunks):
            for para in reversed(chunk.paras):
                return para
        return None

    def open_end(self) -> str:
        """The unfinished last paragraph, or ""."""
        para = self.last_para()
        if para is None or para.kind != "body" or is_complete(para.text):
            return ""
        return para.text

    def add_pairs(self, text: str, sign: int = 1) -> None:
        """Count (or with ``sign`` -1, uncount) the character pairs of ``text``."""
        if sign == 1:  # counts only rise (every kept count is positive): one C-level update
            pairs = _pairs_of(text)
            self.pairs.update(pairs)
            self.total += len(pairs)
            return
        for p in _pairs_of(text):
            self.pairs[p] += sign
            self.total += sign
            if self.pairs[p] <= 0:
                del self.pairs[p]
