"""Stage 2 layout: document text -> articles, with headlines, bylines and captions set apart.

The input is normalized text with one block per line (see ``text.reading``). Pages
taken from newspapers arrive broken: several articles run together, a sentence is cut
at a column break and continues some blocks later, a lead and a photo caption stand
inside another paragraph, headlines and bylines sit between paragraphs.
``reconstruct_articles`` puts them back together. Running text (one block per line):

1. ``lines``: classify every line (``blocks.classify_block``) and fix kinds from
   neighbours (photo credits, related links, section labels, the top headline);
2. ``stories``: split the page into articles only where general evidence says a new one
   starts, and move a story's cut paragraph back from after the next story's head;
3. ``articles``: assemble each article (title group, byline, attribution, captions kept
   apart) and rejoin its broken paragraphs (``continuation``).

A page whose text layer keeps its blocks apart (blank lines between headline blocks,
column pieces and captions) is rebuilt by ``page.reconstruct_page`` from the blocks
(``page_blocks``): one article per headline group, column breaks matched by named,
scored rules (``column_breaks``), other blocks placed by topic (``topics``);
``explain_page`` lists every decision. A page whose text layer lost its blank lines (one
paragraph a line) gets its block boundaries from ``running_blocks.infer_gaps`` (named rules:
column ends, story heads, kickers (``kickers``), captions, source and editor lines) and is read the same
way; that reading replaces the running-text one when it leaves fewer faults (``faults``:
sentences left cut, titles that are no headline or a kicker, another story's dateline
inside an article). A page with a few stray blank lines that do not read as a page of
blocks is read the same way, its blank lines kept as boundaries. A hard-wrapped page
without blank lines (pdftotext's default mode: one physical line per output line) is
first reflowed into paragraph lines (``reflow``: a line goes on in the next when it filled
its column, measured by ``line_widths``; ``column_exchange`` gives back a column's short last
line read under another article's column of the same width, or the paragraph an article starts
there, ``column_pieces`` and ``column_chain`` put each
article's columns back in order, ``wrapped_captions`` finds where a photo caption starts).

The articles of a page (a text that gives several) then get the text a reader reads
(``page_text``): the title line, the body, the text of the photo captions, so that figures,
places and measures in headlines and captions are rows too; one article keeps its body.

All patterns live in ``lexicons/layout.json`` (compiled by ``rules``); this code only
applies them. Sentences and clauses are split by ``text.segment``.
"""
from .articles import reconstruct_articles
from .blocks import (classify_block, ends_dangling, info_fields, is_complete, is_date_line, opener,
                     starts_paragraph)
from .column_breaks import Decision, fit
from .continuation import continuation_score, cut_evidence
from .lines import is_top_headline
from .page import explain_page, reconstruct_page
from .page_blocks import block_kind, is_wrapped_page, unwrap_block

__all__ = [
    "Decision", "block_kind", "classify_block", "continuation_score", "cut_evidence",
    "ends_dangling", "explain_page", "fit", "info_fields", "is_complete", "is_date_line",
    "is_top_headline", "is_wrapped_page", "opener", "reconstruct_articles", "reconstruct_page",
    "starts_paragraph", "unwrap_block",
]
