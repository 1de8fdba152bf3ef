#!/usr/bin/env python3
"""Lay out newspaper articles the way a page PDF's text layer comes out, and write the page gold.

From article texts (kicker, title lines, byline, paragraphs, attribution), photo captions, a box
and editor lines, ``make_page`` sets a page: each article hard-wrapped at its column width,
its lines grouped into columns of a fixed height, the columns of the articles interleaved (the
order a text layer reads them), captions and the box between columns, the editor line at the
foot. Options: hard-wrapped lines (pdftotext's default mode) or one paragraph a line, blank lines
between blocks or none or some, headlines directly on their first paragraph, a displaced lead.
It knows where every line came from, so the gold is exact, in the corpus format
(../shared/corpus/README.md, "Pages"): ``articles``, ``titles`` (title lines joined, no
kicker), ``rejoined`` (end of a line + start of the line that continues it, 8-20 characters,
for every sentence cut at a column end and a sample of line wraps), ``not_joined`` (a cut
line's end + the start of the unrelated line printed after it, a caption's end + the next
line, the editor line), ``captions`` (as in the page text, credit included); the figure keys are
empty (layout only). Everything is decided by a ``random.Random(seed)``: same input, same page.

Example::

    >>> from make_page import Article, Caption, make_page
    >>> a = Article(title=["河边新建一座桥"], paragraphs=["本报讯  昨天上午，河边新桥正式通车，"
    ...     "全长三百米，两岸居民往来更加方便。", "桥头还建了一座小公园。"])
    >>> b = Article(title=["夜市开张"], paragraphs=["老街夜市今晚开张，摊位一百多个，"
    ...     "游客可以品尝各地小吃。"])
    >>> text, gold = make_page([a, b], [Caption(lines=["图为新桥。"], credit="李明摄")],
    ...                        editor="本版责编：王芳", seed=1, width=10, column_lines=3)
    >>> gold["articles"], gold["titles"]
    (2, ['河边新建一座桥', '夜市开张'])
    >>> page_gold_errors(text, gold)
    []

Command line (a set of pages with varied options, one per seed step)::

    python tools/make_page.py MATERIAL.json --out DIR --pages 12 --seed 18

MATERIAL.json holds {"articles": [{id, date, kicker, title: [lines], byline, attribution,
paragraphs}], "captions": [{title, lines, credit}], "boxes": [{label, paragraphs}],
"editor_lines": [...]}. DIR gets docs/*.txt, gold/*.json, truth/*.json (the articles as a reader
reads them), sources.csv and README.md; score it with ``corpus_score.py DIR --layout 0``.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

#: a line never starts with these (the typesetter hangs them on the line before)
CLOSING = set("，。、；：？！”’）》」』】％,.;:?!)%…")
#: a line never ends with these (moved to the next line)
OPENING = set("“‘（《「『【(")
#: digit and latin runs are kept whole unless a page asks to split them
RUN = re.compile(r"[0-9A-Za-z.%]")
CJK = re.compile(r"[\u4e00-\u9fff0-9]")


@dataclass
class Article:
    title: list[str]
    paragraphs: list[str]
    kicker: str = ""
    byline: str = ""
    attribution: str = ""
    date: str = ""
    id: str = ""


@dataclass
class Caption:
    lines: list[str]
    credit: str = ""
    title: str = ""


@dataclass
class Box:
    label: str
    paragraphs: list[str]


@dataclass
class _Line:
    text: str
    kind: str          # kicker, title, byline, body, caption, box, editor
    owner: int = -1    # article index for kicker/title/byline/body lines
    para: int = -1     # paragraph index within the article's body
    start: int = 0     # offsets of the line within its paragraph
    end: int = 0


@dataclass
class _Piece:
    lines: list[_Line]
    owner: int = -1
    head: bool = False                 # a headline block
    tight: bool = False                # printed on the block before without a blank line
    extra: dict = field(default_factory=dict)


def wrap(text: str, width: int, keep_runs: bool = True) -> list[tuple[int, int]]:
    """Offsets of the physical lines of ``text`` set at ``width`` characters a line."""
    out, i = [], 0
    while i < len(text):
        j = min(len(text), i + width)
        if j < len(text):
            while j < len(text) and text[j] in CLOSING:
                j += 1
            while j - 1 > i and text[j - 1] in OPENING:
                j -= 1
            if keep_runs and j < len(text) and RUN.match(text[j - 1]) and RUN.match(text[j]):
                k = j - 1
                while k > i and RUN.match(text[k - 1]):
                    k -= 1
                if k > i:
                    j = k
        out.append((i, j))
        i = j
    return out


def _article_columns(a: Article, idx: int, width: int, height: int, wrap_lines: bool,
                     keep_runs: bool, lead_apart: bool) -> tuple[list[_Line], list[list[_Line]]]:
    """The head lines and the body columns of one article."""
    head = ([_Line(a.kicker, "kicker", idx)] if a.kicker else [])
    head += [_Line(t, "title", idx) for t in a.title]
    head += [_Line(a.byline, "byline", idx)] if a.byline else []
    paras = list(a.paragraphs) + ([a.attribution] if a.attribution else [])
    lines = [_Line(p[s:e], "body", idx, n, s, e)
             for n, p in enumerate(paras) for s, e in wrap(p, width, keep_runs)]
    columns = []
    if lead_apart:  # the lead set apart: its own block, printed after the first column
        lead = [ln for ln in lines if ln.para == 0]
        lines = [ln for ln in lines if ln.para != 0]
    columns = [lines[k:k + height] for k in range(0, len(lines), height)]
    if lead_apart:
        columns.insert(1, lead)
    if not wrap_lines:
        columns = [_merge_paragraph_lines(c, paras) for c in columns]
    return head, columns


def _merge_paragraph_lines(column: list[_Line], paras: list[str]) -> list[_Line]:
    """One line per paragraph piece (a text layer that keeps paragraphs on one line)."""
    out: list[_Line] = []
    for ln in column:
        if out and out[-1].para == ln.para and out[-1].end == ln.start:
            last = out[-1]
            out[-1] = _Line(paras[ln.para][last.start:ln.end], "body", ln.owner, ln.para, last.start, ln.end)
        else:
            out.append(ln)
    return out


def _caption_lines(c: Caption, width: int, wrap_lines: bool) -> list[_Line]:
    lines = [_Line(c.title, "caption")] if c.title else []
    inline = c.credit and not c.credit.endswith(("摄", "）", ")"))  # 新华社发 follows the text
    texts = list(c.lines)
    if inline:
        texts[-1] = texts[-1] + c.credit
    for t in texts:
        spans = wrap(t, width) if wrap_lines else [(0, len(t))]
        lines += [_Line(t[s:e], "caption") for s, e in spans]
    if c.credit and not inline:
        lines.append(_Line(c.credit, "caption"))
    return lines


def _order(columns: list[list[list[_Line]]], rng: random.Random, stay: float) -> list[tuple[int, int]]:
    """(article, column) in the order the text layer reads them: articles start in order,
    an article's columns keep their order, and another article's column may come between."""
    left = {i: 0 for i in range(len(columns)) if columns[i]}
    order, cur = [], 0
    while left:
        if cur not in left or (order and rng.random() > stay and len(left) > 1):
            choices = [i for i in left if i != cur] or list(left)
            started = [i for i in choices if left[i] > 0]
            fresh = [i for i in choices if left[i] == 0]
            # the next article not yet started, or one already started
            nxt = min(fresh) if fresh and (not started or rng.random() < 0.5) else rng.choice(started or fresh)
            cur = nxt
        order.append((cur, left[cur]))
        left[cur] += 1
        if left[cur] == len(columns[cur]):
            del left[cur]
    return order


def make_page(articles: list[Article], captions: list[Caption] = (), box: Box | None = None,
              editor: str = "", *, seed: int = 0, width: int | list[int] = 16, column_lines: int = 12,
              wrap: bool = True, blank: str = "blocks", stay: float = 0.5, tight_heads: float = 0.0,
              lead_apart: bool = False, keep_runs: bool = True, caption_width: int = 24,
              wrap_rejoins: int = 6) -> tuple[str, dict]:
    """The page text and its gold (see the module docstring). ``blank``: blocks, none or some."""
    rng = random.Random(seed)
    widths = width if isinstance(width, list) else [width] * len(articles)
    heads, columns = [], []
    for i, a in enumerate(articles):
        h, c = _article_columns(a, i, widths[i], column_lines, wrap, keep_runs,
                                lead_apart and i == 0 and len(a.paragraphs) > 2)
        heads.append(h)
        columns.append(c)
    pieces: list[_Piece] = []
    for i, k in _order(columns, rng, stay):
        if k == 0:
            pieces.append(_Piece(heads[i], i, head=True))
        pieces.append(_Piece(columns[i][k], i, tight=(k == 0 and rng.random() < tight_heads)))
    # captions and the box go between two pieces, a caption preferably after a cut sentence
    for c in captions:
        cut_ends = [n for n in range(1, len(pieces)) if not pieces[n - 1].head and _ends_cut(pieces[n - 1], articles)]
        spots = cut_ends if cut_ends and rng.random() < 0.7 else list(range(1, len(pieces)))
        n = rng.choice(spots)
        pieces.insert(n, _Piece(_caption_lines(c, caption_width, wrap), extra={"caption": True}))
    if box is not None:
        blines = [_Line(box.label, "box")]
        for p in box.paragraphs:
            spans = wrap_spans(p, caption_width) if wrap else [(0, len(p))]
            blines += [_Line(p[s:e], "box") for s, e in spans]
        n = rng.choice([len(pieces)] + list(range(2, len(pieces))))
        pieces.insert(n, _Piece(blines, extra={"box": True}))
    if editor:
        pieces.append(_Piece([_Line(editor, "editor")]))
    # print: blank lines between blocks as asked
    out: list[_Line | None] = []
    for n, piece in enumerate(pieces):
        if n and not piece.tight and (blank == "blocks" or (blank == "some" and rng.random() < 0.4)):
            out.append(None)
        out.extend(piece.lines)
    text = "\n".join(ln.text if ln else "" for ln in out) + "\n"
    gold = _gold(articles, captions, pieces, out, text, rng, wrap_rejoins)
    return text, gold


wrap_spans = wrap


def _ends_cut(piece: _Piece, articles: list[Article]) -> bool:
    last = piece.lines[-1]
    if last.kind != "body":
        return False
    paras = articles[last.owner].paragraphs
    return last.para < len(paras) and last.end < len(paras[last.para])


def reader_texts(articles: list[Article], captions: list[Caption] = ()) -> list[str]:
    """Each article as a reader reads it (title, paragraphs), then each caption (its photo title apart)."""
    texts = ["".join(a.title) + "\n" + "\n".join(a.paragraphs + ([a.attribution] if a.attribution else []))
             for a in articles]
    texts += ["\n".join(c.lines + ([c.credit] if c.credit else [])) for c in captions]  # not its title
    return texts


def _span(before: str, after: str, rng: random.Random) -> str:
    """The end of ``before`` plus the start of ``after``: 8-20 characters, each side at least 1."""
    a = min(len(before), rng.randint(3, 8))
    b = min(len(after), rng.randint(11, 14) - a)
    if a + b < 8:
        a = min(len(before), 8 - b)
    return before[len(before) - a:] + after[:b] if a + b >= 8 else ""


def _gold(articles, captions, pieces, out, text, rng, wrap_rejoins) -> dict:
    printed = [(n, ln) for n, ln in enumerate(out) if ln is not None]
    where = {id(ln): n for n, ln in printed}
    piece_of = {id(ln): k for k, p in enumerate(pieces) for ln in p.lines}
    body = {(ln.owner, ln.para, ln.start): ln for _, ln in printed if ln.kind == "body"}
    truth = reader_texts(articles, captions)

    def following(n):
        return next((ln for m, ln in printed if m > n), None)

    def glue_after(line, n):
        """The end of ``line`` glued to the unrelated line printed after it, if no reader reads it."""
        nxt = following(n)
        glue = _span(line.text, nxt.text, rng) if nxt else ""
        if glue and not any(glue in t for t in truth):
            not_joined.append(glue)

    rejoined, wraps, not_joined = [], [], []
    for n, ln in printed:
        nxt = body.get((ln.owner, ln.para, ln.end)) if ln.kind == "body" else None
        if nxt is None:
            continue
        s = _span(ln.text, nxt.text, rng)
        if not s or s in text:
            continue
        if piece_of[id(ln)] == piece_of[id(nxt)]:
            wraps.append(s)  # a line wrap inside a column
            continue
        rejoined.append(s)  # a column break: the rest of the sentence starts another block
        if following(n) is not nxt:
            glue_after(ln, n)
    rng.shuffle(wraps)
    rejoined += wraps[:max(wrap_rejoins, 4 - len(rejoined))]
    caption_texts = []
    for p in pieces:
        if p.extra.get("caption"):
            titled = _is_caption_title(p, captions)
            caption_texts.append("\n".join(ln.text for ln in p.lines[1 if titled else 0:]))
            if titled:  # a photo's own title is neither caption text nor article text
                not_joined.append(p.lines[0].text)
            glue_after(p.lines[-1], where[id(p.lines[-1])])
        if p.lines and p.lines[0].kind == "editor":
            not_joined.append(p.lines[0].text)
    if len(not_joined) < 2:  # a headline glued to the line printed before it
        for p in pieces:
            first = where[id(p.lines[0])]
            if p.head and first > 0:
                before = next(ln for m, ln in reversed(printed) if m < first)
                glue = _span(before.text, p.lines[0].text, rng)
                if glue and not any(glue in t for t in truth):
                    not_joined.append(glue)
    return {"statistics": [], "targets": [], "regions": [], "measures": [],
            "articles": len(articles), "titles": ["".join(a.title) for a in articles],
            "rejoined": list(dict.fromkeys(rejoined)), "not_joined": list(dict.fromkeys(not_joined)),
            "captions": caption_texts}


def _is_caption_title(piece: _Piece, captions) -> bool:
    return any(c.title and c.title == piece.lines[0].text for c in captions)


def page_gold_errors(text: str, gold: dict) -> list[str]:
    """The page checks of the corpus's verify_gold.py, on one generated page."""
    errors, lines = [], text.split("\n")
    stripped = [ln.strip() for ln in lines]

    def joined(s):
        for i in range(len(stripped)):
            acc = stripped[i]
            for j in range(i + 1, len(stripped)):
                if not acc or not s.startswith(acc):
                    break
                acc += stripped[j]
                if acc == s:
                    return True
        return False

    def spans_break(s):
        return any(ln.endswith(s[:k]) and any(lt.startswith(s[k:]) for lt in lines[i + 1:])
                   for k in range(1, len(s)) for i, ln in enumerate(lines))

    if gold["articles"] != len(gold["titles"]) or len(set(gold["titles"])) != len(gold["titles"]):
        errors.append("titles do not match articles")
    errors += ["title not in text: %r" % t for t in gold["titles"] if t not in text and not joined(t)]
    if len(gold["rejoined"]) < 4:
        errors.append("fewer than 4 rejoined")
    for s in gold["rejoined"]:
        if not 8 <= len(s) <= 20 or s in text or not spans_break(s):
            errors.append("bad rejoined %r" % s)
    if len(gold["not_joined"]) < 2:
        errors.append("fewer than 2 not_joined")
    errors += ["caption not in text: %r" % c for c in gold["captions"] if c not in text]
    return errors


PLANS = [  # (wrap, blank): the text-layer habits the set covers, one per page in turn
    (True, "none"), (False, "blocks"), (True, "blocks"), (False, "none"), (True, "some"), (False, "some"),
]


def plan(k: int, rng: random.Random, material: dict) -> dict:
    """The options of page k of a generated set."""
    wrap_lines, blank = PLANS[k % len(PLANS)]
    arts = material["articles"]
    n = rng.randint(3, 5)
    chosen = sorted(rng.sample(range(len(arts)), n), key=lambda i: -len("".join(arts[i]["paragraphs"])))
    base = 12 + (k * 5) % 11  # 12..22 over the set
    opts = {
        "articles": [arts[i]["id"] for i in chosen],
        "width": [min(22, max(12, base + rng.randint(-2, 2))) for _ in chosen],
        "column_lines": rng.randint(12, 22) if wrap_lines else rng.randint(20, 40),
        "wrap": wrap_lines, "blank": blank, "stay": rng.choice([0.3, 0.5, 0.7]),
        "tight_heads": rng.choice([0.0, 0.5, 1.0]), "lead_apart": rng.random() < 0.3,
        "keep_runs": rng.random() < 0.8, "caption_width": rng.randint(18, 30),
        "captions": rng.sample(range(len(material["captions"])), rng.choice([0, 1, 1, 2])),
        "box": rng.random() < 0.3 and bool(material.get("boxes")),
        "editor": rng.choice(material.get("editor_lines") or [""]) if rng.random() < 0.8 else "",
        "seed": rng.randrange(10 ** 6),
    }
    return opts


README = """# Generated newspaper pages (tools/make_page.py)

%d pages laid out by `tools/make_page.py MATERIAL --pages N --seed %d` from article texts of the
development corpus's pages (41-43) and the seed page: readable material only. The text is
the articles' own; the layout (widths, columns, order, blank lines, captions, box, editor line)
is generated, so the page gold is exact. Figure keys are empty: score layout only
(`corpus_score.py DIR --layout 0`). truth/ holds each page's articles as a reader reads them and
the options that made it.

"""


def build_set(material: dict, out: Path, pages: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    by_id = {a["id"]: a for a in material["articles"]}
    for sub in ("docs", "gold", "truth"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    rows, plans = [], []
    for k in range(pages):
        opts = plan(k, rng, material)
        arts = [Article(**by_id[i]) for i in opts["articles"]]
        caps = [Caption(**material["captions"][c]) for c in opts["captions"]]
        box = Box(**material["boxes"][0]) if opts["box"] else None
        text, gold = make_page(arts, caps, box, opts["editor"], seed=opts["seed"], width=opts["width"],
                               column_lines=opts["column_lines"], wrap=opts["wrap"], blank=opts["blank"],
                               stay=opts["stay"], tight_heads=opts["tight_heads"],
                               lead_apart=opts["lead_apart"], keep_runs=opts["keep_runs"],
                               caption_width=opts["caption_width"])
        errors = page_gold_errors(text, gold)
        if errors:
            raise SystemExit("page %d: %s" % (k + 1, errors[:3]))
        name = "p%02d_w%d_%s_%s" % (k + 1, opts["width"][0], "wrapped" if opts["wrap"] else "paras",
                                    opts["blank"] + "blank")
        (out / "docs" / (name + ".txt")).write_text(text, encoding="utf-8")
        (out / "gold" / (name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
        (out / "truth" / (name + ".json")).write_text(json.dumps(
            {"options": opts, "articles": reader_texts(arts, caps)}, ensure_ascii=False, indent=1),
            encoding="utf-8")
        rows.append("docs/%s.txt,,%s,%s,generated by tools/make_page.py (seed %d page %d),%d"
                    % (name, "人民日报", arts[0].date, seed, k + 1, len(text)))
        plans.append(dict(opts, name=name))
    (out / "README.md").write_text(README % (pages, seed) + "\n".join(
        "- %s: %s" % (p["name"], json.dumps({k: v for k, v in p.items() if k != "name"}, ensure_ascii=False))
        for p in plans) + "\n", encoding="utf-8")
    (out / "sources.csv").write_text("file,title,publisher,date,url_or_repo_path,chars\n"
                                     + "\n".join(rows) + "\n", encoding="utf-8")
    return plans


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("material")
    ap.add_argument("--out", required=True)
    ap.add_argument("--pages", type=int, default=12)
    ap.add_argument("--seed", type=int, default=18)
    args = ap.parse_args(argv)
    material = json.loads(Path(args.material).read_text(encoding="utf-8"))
    for p in build_set(material, Path(args.out), args.pages, args.seed):
        print(p["name"], p["articles"], "lines", p["column_lines"], "stay", p["stay"],
              "captions", p["captions"], "box", p["box"], "lead_apart", p["lead_apart"])


if __name__ == "__main__":
    main()
