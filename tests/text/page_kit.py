"""Build newspaper-page text layers from stories, and say what a reconstruction got right.

A story is a kicker, headline lines, a byline and paragraphs; ``‖`` in a paragraph marks
where a column cut it. A layout lists the blocks in the order the text layer gives them:
``("head", key)`` the story's headline block (with its kicker), ``("kicker", key)`` and
``("title", key)`` the kicker and the headline as blocks of their own, ``("byline", key)``,
``("seg", key, n)`` the n-th column piece of the story (paragraphs between cuts),
``("cap", text)`` a photo caption with its credit, ``("line", text)`` page furniture.
``page_text`` joins the blocks with blank lines (``sep="\\n\\n"``) or without
(``sep="\\n"``, one paragraph a line); ``expected`` gives the page gold the way
``../shared/corpus/README.md`` writes it: titles, strings that span each cut (rejoined),
strings that must not occur (a cut half glued to the block printed after it), captions.
"""
from __future__ import annotations

import re

from policydata.document import body_text

TERMINAL = "。！？”）"


def segments(story: dict) -> list[list[str]]:
    """The story's paragraphs split at the cut marks: column pieces, each a list of paragraphs."""
    segs: list[list[str]] = [[]]
    for para in story["paras"]:
        parts = para.split("‖")
        for n, part in enumerate(parts):
            if part:
                segs[-1].append(part)
            if n < len(parts) - 1:
                segs.append([])
    return [s for s in segs if s]


def _blocks(stories: dict, layout: list[tuple]) -> list[tuple[str, list[str], tuple]]:
    out = []
    for spec in layout:
        kind = spec[0]
        if kind == "head":
            s = stories[spec[1]]
            out.append(("head", ([s["kicker"]] if s.get("kicker") else []) + s["head"], spec))
        elif kind == "kicker":
            out.append(("head", [stories[spec[1]]["kicker"]], spec))
        elif kind == "title":
            out.append(("head", stories[spec[1]]["head"], spec))
        elif kind == "byline":
            out.append(("byline", [stories[spec[1]]["byline"]], spec))
        elif kind == "seg":
            out.append(("seg", segments(stories[spec[1]])[spec[2]], spec))
        elif kind == "cap":
            out.append(("cap", spec[1].split("\n"), spec))
        else:
            out.append(("line", [spec[1]], spec))
    return out


def page_text(stories: dict, layout: list[tuple], sep: str = "\n\n") -> str:
    return sep.join("\n".join(lines) for _, lines, _ in _blocks(stories, layout))


def expected(stories: dict, layout: list[tuple], sep: str = "\n\n") -> dict:
    """Titles, rejoined and not_joined strings, captions of the page."""
    blocks = _blocks(stories, layout)
    text = page_text(stories, layout, sep)
    rejoined, not_joined = [], []
    for n, (kind, lines, spec) in enumerate(blocks):
        if kind != "seg" or spec[2] + 1 >= len(segments(stories[spec[1]])):
            continue
        left, right = lines[-1], segments(stories[spec[1]])[spec[2] + 1][0]
        if left and left[-1] in TERMINAL:
            continue  # a piece that ends with its paragraph: nothing to rejoin
        span = left[-6:] + right[:6]
        assert span not in text, span
        rejoined.append(span)
        if n + 1 < len(blocks) and blocks[n + 1][2] != ("seg", spec[1], spec[2] + 1):
            not_joined.append(left[-4:] + blocks[n + 1][1][0][:4])
    titles = ["".join(s["head"]) for s in stories.values()]
    captions = [spec[1] for _, _, spec in blocks if spec[0] == "cap"]
    furniture = [spec[1] for _, _, spec in blocks if spec[0] == "line"]
    return dict(titles=titles, rejoined=rejoined, not_joined=not_joined, captions=captions,
                furniture=furniture)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def score(articles, want: dict) -> dict[str, list]:
    """What the reconstruction missed: {item kind: [missed items]} (empty lists when all hold)."""
    # the body is what the layout rebuilt; a page article's text also holds its title line and
    # its captions' text (page_text.page_reader_text), where no cut may glue either
    texts = [body_text(a) for a in articles]
    titles = [squash(a.title) for a in articles]
    captions = squash(" ".join(c for a in articles for c in a.captions))
    missed = {
        "articles": [] if len(articles) == len(want["titles"]) else [
            f"{len(articles)} articles: {[a.title for a in articles]}"],
        "titles": [t for t in want["titles"] if squash(t) not in titles],
        "rejoined": [x for x in want["rejoined"] if not any(x in t for t in texts)],
        "not_joined": [x for x in want["not_joined"] if any(x in a.text for a in articles)],
        "captions": [c for c in want["captions"] if squash(c) not in captions
                     or any(c.split("\n")[0] in t for t in texts)],
        "furniture": [f for f in want["furniture"] if any(f in t for t in texts)],
    }
    return missed
