"""Rule traditional_view: a text in traditional characters is read in simplified ones.

Mainland policy texts also circulate in traditional characters (forum copies, Hong Kong and
Taiwan reprints), while every table of rules and every lexicon is written in simplified
characters (国务院, 发展, 亿元). :func:`simplified_view` gives such a text in simplified
characters **one character for one**, so every offset stays the same: the layout stage and the
extractors read the view, and every quote, title and the documents' text are taken from the
text as written at the same offsets (a quote is always an exact piece of the document text).

The rules, in the order they apply:

=====================  ==================================================================
rule                   what it does
=====================  ==================================================================
``traditional_script``  a text is converted only when it *is* traditional: at least
                       :data:`TRADITIONAL_SHARE` of its Han characters change under the
                       conversion (a traditional text changes about a quarter of them, a
                       simplified one a handful at most: a place such as 乾县, 著 read by
                       Taiwan's usage), so a simplified text is read exactly as written
``opencc_phrases``     OpenCC's Taiwan then Hong Kong to simplified conversions
                       (``tw2s``, ``hk2s``: their variant characters 裡 衞 着, then
                       OpenCC's phrase-aware traditional to simplified: 乾隆 stays, 乾燥
                       becomes 干燥)
``same_length``        the conversion is kept only where it keeps the length, checked line by
                       line; a line whose phrase conversion changes its length is converted
                       character by character, each character kept as written where its own
                       conversion is not one character
``basic_plane``        a character is not read as a rare one outside the Basic Multilingual
                       Plane (a name's 輖 read as 𫐏): the rule tables write Han characters
                       with the basic blocks, so such a conversion reads as no Han character
                       at all; the character stays as written
``corner_quotes``      the corner quotation marks of traditional typesetting 「」『』 read
                       as “”‘’, the marks the rules are written with
=====================  ==================================================================

Full-width digits and letters are already ASCII in the text (``reading.normalize_text``) and
half-width sentence marks are read full-width (``punctuation.full_width_view``, rule
``half_width_view``); this view adds only the characters.

The layout stage reads the view of the whole source (``pipeline.parse_source``), so its
articles are made of view characters; :func:`restore_articles` gives each article back the
characters as written, found by aligning its pieces with the view of the source (both have the
same length), and remembers the view of each restored text so that the extractors read
exactly the view the layout read (:func:`simplified_view` looks it up first).
"""
from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import replace
from functools import lru_cache

from ..document import Article

#: rule traditional_script: the share of a text's Han characters that must change under the
#: conversion for the text to be read as traditional (traditional texts: 0.25-0.35; simplified
#: texts of the corpus and eval sets: at most 0.005)
TRADITIONAL_SHARE = 0.05
#: ... and at least this many characters must change (a title of two characters is no evidence)
TRADITIONAL_MIN_CHARS = 2

_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_CORNER_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})
#: the views of texts read before, and of texts restored by :func:`restore_articles` (the exact
#: view the layout read)
_KNOWN: OrderedDict[str, str] = OrderedDict()
#: ... at most this many characters of texts (the oldest go first)
_KNOWN_CHARS = 2_000_000
_known_chars = 0


@lru_cache(maxsize=1)
def _converters():
    """OpenCC's tw2s and hk2s converters (loaded once per process)."""
    import opencc  # a dependency (README: Dependencies and why); imported on the first Chinese text

    return opencc.OpenCC("tw2s.json"), opencc.OpenCC("hk2s.json")


def _convert(text: str) -> str:
    tw, hk = _converters()
    return hk.convert(tw.convert(text))


def _convert_char(ch: str) -> str:
    out = _convert(ch)
    return out if len(out) == 1 else ch


def _same_length(text: str, converted: str) -> str:
    """Rule same_length: ``converted`` where each of its lines keeps its line's length; a line
    that does not is converted character by character (a character whose own conversion is no
    single character is kept as written)."""
    if len(converted) == len(text):
        lines, done = text.split("\n"), converted.split("\n")
        if len(lines) == len(done) and all(len(a) == len(b) for a, b in zip(lines, done)):
            return converted
    out = []
    for line in text.split("\n"):
        conv = _convert(line)
        out.append(conv if len(conv) == len(line) else "".join(_convert_char(ch) for ch in line))
    return "\n".join(out)


def _basic_plane(text: str, view: str) -> str:
    """Rule basic_plane: ``view`` with each character outside the Basic Multilingual Plane that the
    conversion made (from one inside it) back as written (a rare supplementary character in a name
    breaks line widths and matching; a character written outside the plane stays as converted).

    >>> _basic_plane("記者張輖", "记者张\U0002B10F")
    '记者张輖'
    >>> _basic_plane("國務院", "国务院")
    '国务院'
    """
    if view.isascii() or max(view) <= "\uffff":
        return view
    return "".join(v if v <= "\uffff" or t > "\uffff" else t for t, v in zip(text, view))


def is_traditional(text: str, converted: str | None = None) -> bool:
    """Rule traditional_script: True if ``text`` is written in traditional characters.

    >>> is_traditional("國務院關於加快發展數字經濟的意見"), is_traditional("国务院关于加快发展数字经济的意见")
    (True, False)
    >>> is_traditional("乾县经济开发区建设有序推进，产业发展态势良好")  # a place name is no evidence
    False
    """
    if text.isascii():
        return False
    if converted is None:
        converted = _convert(text)
    han = len(_HAN.findall(text))
    changed = sum(a != b for a, b in zip(text, converted)) if len(converted) == len(text) else han
    return changed >= TRADITIONAL_MIN_CHARS and changed >= TRADITIONAL_SHARE * han


def simplified_view(text: str) -> str:
    """``text`` in simplified characters, one character for one (offsets unchanged); a text
    that is not traditional (rule traditional_script) is returned as it is.

    >>> simplified_view("到2030年，全國農機總動力達到11億千瓦左右。「十四五」時期")
    '到2030年，全国农机总动力达到11亿千瓦左右。“十四五”时期'
    >>> simplified_view("国务院关于乾县「十四五」规划的批复")  # simplified: as written
    '国务院关于乾县「十四五」规划的批复'
    """
    if not text or text.isascii():
        return text
    known = _KNOWN.get(text)
    if known is not None:
        return known
    converted = _convert(text)
    if converted == text or not is_traditional(text, converted):
        _remember(text, text)  # a text read again (an article's, by several rules) is looked up
        return text
    view = _basic_plane(text, _same_length(text, converted)).translate(_CORNER_QUOTES)
    assert len(view) == len(text)
    _remember(text, view)
    return view


def simplified_article(article: Article) -> Article:
    """The article as :func:`simplified_view` reads it (text, title, blocks, byline, attribution,
    captions: rules read an author note or a credit as they read the text), the same object when
    its text is not traditional, so offsets into either text are the same."""
    text = simplified_view(article.text or "")
    if text == article.text:
        return article
    return replace(article, text=text, title=simplified_view(article.title or ""),
                   blocks=[replace(b, text=simplified_view(b.text)) for b in article.blocks],
                   byline=article.byline and simplified_view(article.byline),
                   attribution=article.attribution and simplified_view(article.attribution),
                   captions=[simplified_view(c) for c in article.captions])


def _remember(original: str, view: str) -> None:
    global _known_chars
    if len(original) < 2:
        return
    if original not in _KNOWN:
        _known_chars += len(original)
    _KNOWN[original] = view
    _KNOWN.move_to_end(original)
    while _known_chars > _KNOWN_CHARS and len(_KNOWN) > 1:
        _known_chars -= len(_KNOWN.popitem(last=False)[0])


#: a piece of an article is found in the view of its source by its first characters (up to
#: this many; fewer where the article's text ends or breaks sooner)
_ANCHOR = 12


def restore(piece: str, view: str, original: str) -> str:
    """``piece`` (text the layout made of the view of a source) with the characters as written:
    each run of ``piece`` is aligned with the view of the source (``view``, the same length as
    ``original``) and takes the original's characters at the same places; a character the layout
    added (a line break it joined with) is kept.

    >>> original = "標題\\n第一段，促\\n進發展。"
    >>> view = simplified_view(original)
    >>> restore("第一段，促进发展。", view, original)
    '第一段，促進發展。'
    """
    if not piece or view == original:
        return piece
    out = list(piece)
    n, q, last = len(piece), -1, 0
    p = 0
    while p < n:
        if 0 <= q < len(view) and view[q] == piece[p]:
            out[p] = original[q]
            p, q = p + 1, q + 1
            last = q
            continue
        q = -1
        for k in (_ANCHOR, 6, 3, 1):  # the longest probe found, after the last run first
            probe = piece[p:p + k]
            q = view.find(probe, last)
            if q < 0:
                q = view.find(probe)
            if q >= 0:
                break
        if q < 0:
            p += 1  # not in the source: a character the layout added
    return "".join(out)


def restore_articles(articles: list[Article], view: str, original: str, *,
                     title_hint: str = "") -> list[Article]:
    """The articles the layout read from ``view`` (the :func:`simplified_view` of ``original``)
    with their text, title, blocks, byline, attribution and captions as written (same lengths,
    same offsets); each restored text's view is remembered for the extractors. A title that is
    ``title_hint`` (given from outside, e.g. sources.csv) stays as given."""
    if view == original:
        return articles
    _remember(original, view)

    def back(piece: str) -> str:
        restored = restore(piece, view, original)
        _remember(restored, piece)
        return restored

    return [replace(a, text=back(a.text or ""), title=a.title if a.title == title_hint else back(a.title or ""),
                    byline=back(a.byline or ""), attribution=back(a.attribution or ""),
                    captions=[back(c) for c in a.captions],
                    blocks=[replace(b, text=back(b.text)) for b in a.blocks])
            for a in articles]
