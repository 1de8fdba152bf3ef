"""HTML pages -> visible text, one line per block element (``text.reading`` reads a page with it).

Scripts, styles, navigation and page chrome are dropped; a source line wrap inside a paragraph
vanishes between Chinese characters. The offsets published later refer to the text
``reading.normalize_text`` makes of this output.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser


_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|(p|div|h[1-6]|article|section|main|table|ul|ol)\b[^>]*>.*</\1)\b",
    re.I | re.S)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}


def looks_like_html(text: str, suffix: str = "") -> bool:
    """HTML by file name, or by its first tag.

    >>> looks_like_html("<!DOCTYPE html><p>正文</p>"), looks_like_html("正文<p>")
    (True, False)
    """
    return suffix.lower() in _HTML_SUFFIXES or bool(_HTML_START.match(text[:2000]))


class _BlockExtractor(HTMLParser):
    """Collect the visible text of an HTML page, one line per block element."""

    SKIP = {"script", "style", "noscript", "template", "svg", "math", "head", "title",
            "iframe", "object", "select", "button", "form", "nav", "aside", "canvas", "video",
            "audio", "map"}
    PAGE_CHROME = {"header", "footer"}  # dropped unless inside <article>/<main>
    CHROME_ATTR = re.compile(
        r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|footer|share|toolbar|"
        r"copyright|comments?|pagination|pager|related|advert|ads?)($|[\s_-])", re.I)
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
             "td", "th", "table", "section", "article", "main", "blockquote", "pre", "dt",
             "dd", "dl", "figure", "figcaption", "hr", "address", "center", "caption", "body"}
    VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
            "source", "track", "wbr", "param"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, starts a skipped region)
        self.skip_depth = 0
        self.content_depth = 0  # inside <article> or <main>

    def _skipped(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in self.SKIP:
            return True
        if tag in self.PAGE_CHROME and not self.content_depth:
            return True
        attr_text = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        return bool(attr_text) and bool(self.CHROME_ATTR.search(attr_text))

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag in self.VOID:
            return
        skip = self._skipped(tag, attrs)
        self.stack.append((tag, skip))
        if skip:
            self.skip_depth += 1
        if tag in ("article", "main"):
            self.content_depth += 1

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag in self.VOID:
            return
        # close up to the matching open tag (tolerates unclosed <p>, <li>...)
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                for closed, skip in self.stack[depth:]:
                    if skip:
                        self.skip_depth -= 1
                    if closed in ("article", "main"):
                        self.content_depth -= 1
                del self.stack[depth:]
                break

    def handle_data(self, data):
        if not self.skip_depth:
            self.parts.append(data)


_CJK = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]"
_WRAP_BETWEEN_CJK = re.compile(rf"(?<={_CJK})[ \t\r\n]*\n[ \t\r\n]*(?={_CJK})")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one line per block element.

    Scripts, styles, navigation, page header and footer are dropped; source line
    wraps inside a paragraph are removed between Chinese characters.

    >>> html_to_text("<html><nav>首页</nav><h1>标题</h1><p>第一段\\n正文。<br>第二行</p></html>")
    '标题\\n第一段正文。\\n第二行'
    """
    extractor = _BlockExtractor()
    extractor.feed(html)
    extractor.close()
    lines = []
    text = "".join(p if p == "\n" else _collapse(p) for p in _merge_data(extractor.parts))
    for line in text.split("\n"):
        line = line.strip()
        if line:
            lines.append(line)
    return "\n".join(lines)


def _merge_data(parts: list[str]) -> list[str]:
    """Adjacent text pieces of one block merged; block breaks kept as single "\\n"."""
    merged: list[str] = []
    buf: list[str] = []
    for p in parts:
        if p == "\n":
            if buf:
                merged.append("".join(buf))
                buf = []
            merged.append("\n")
        else:
            buf.append(p)
    if buf:
        merged.append("".join(buf))
    return merged


def _collapse(text: str) -> str:
    """HTML whitespace rules, except that a line wrap between Chinese characters vanishes."""
    text = _WRAP_BETWEEN_CJK.sub("", text)
    return _HTML_SPACE.sub(" ", text)
