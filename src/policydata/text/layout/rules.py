"""The compiled layout lexicon: every pattern and threshold of ``lexicons/layout.json``.

``rules()`` reads the file once (through ``lexicon.load``) and compiles it; the rules of
pages whose blocks are kept apart are its ``page`` part (``page_rules()``). The
sentence-end marks come from ``segment.sentence_marks``, which reads the same file.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import load as load_lexicon
from ..patterns import compiled_all, search_any
from ..segment import sentence_marks


@dataclass(frozen=True)
class _PageRules:
    """The ``page_blocks`` part: pages whose text layer keeps its blocks apart."""

    headline_block_max_lines: int
    caption_block_max_lines: int
    headline_line_max_len: int
    headline_max_len: int
    box_labels: tuple[str, ...]
    box_label_tail: re.Pattern
    padded_name: re.Pattern
    min_headline_groups: int
    min_multiline_share: float
    headline_top_max_share: float
    wrapped_line_max_len: int
    wrapped_share: float
    fit: dict
    running: dict
    move_margin: float
    move_min_pairs: float
    story_opening: tuple[re.Pattern, ...]
    index_box: dict

    def is_box_label(self, text: str) -> bool:
        """A line that labels a box of an article (核心阅读; rule box_label_tail: a short label
        ending in a box's head noun, 今日看点)."""
        label = text.strip("【】[]：: ")
        return label in self.box_labels or bool(self.box_label_tail.match(label))


@dataclass(frozen=True)
class _Rules:
    """The compiled contents of ``lexicons/layout.json``."""

    terminators: str
    closers: str
    block_complete_extra: str
    caption_max_len: int
    caption: tuple[re.Pattern, ...]
    byline_max_len: int
    byline: tuple[re.Pattern, ...]
    speaker: re.Pattern
    speaker_tail: re.Pattern
    attribution_max_len: int
    attribution: tuple[re.Pattern, ...]
    attribution_forbidden: re.Pattern
    attribution_notes: tuple[re.Pattern, ...]
    article_end: tuple[re.Pattern, ...]
    meta: tuple[re.Pattern, ...]
    heading_max_len: int
    numbered_max_len: int
    numbered: tuple[re.Pattern, ...]
    inner_sentence_end: re.Pattern
    subtitle: re.Pattern
    doc_number: re.Pattern
    dangling_chars: str
    dangling_words: tuple[str, ...]
    comparison_words: tuple[str, ...]  # rule comparison_word_end: 同比, 分别… end no headline
    #: rule comparison_change_end: a comparison word and the change it compares, no figure after
    #: (…吞吐量同比增长): the figure goes on in the next line
    comparison_change_end: re.Pattern
    start_words: tuple[str, ...]
    start_patterns: tuple[re.Pattern, ...]
    non_initial_chars: str
    tiny_first_clause_max: int
    short_block_max: int
    construction_pairs: tuple[tuple[str, str], ...]
    enumeration_closers: str
    lead_time: tuple[re.Pattern, ...]
    lead_event: tuple[re.Pattern, ...]
    max_title_join_lines: int
    document_types: tuple[str, ...]
    meta_max_len: int
    info_max_len: int
    info_keys: dict
    info_value_forbidden: re.Pattern
    related_header: re.Pattern
    link_bullet: re.Pattern
    opener: tuple[re.Pattern, ...]
    section_label_max_len: int
    credit_caption_max_len: int
    top_headline_max_len: int
    top_headline_allowed_final: str
    salutations: tuple[str, ...]
    date_line: re.Pattern
    lead_move_needs_layout: bool
    chart_credit: re.Pattern
    list_phrase_max_len: int
    list_line_max_len: int
    subhead_max_len: int
    headline_marks: str
    lead_cue: tuple[re.Pattern, ...]
    lead_cue_within: int
    min_new_article_evidence: int
    places: tuple[str, ...]
    page: _PageRules
    #: weight of each named fault of a reading (``faults.reading_faults``)
    fault_weights: dict
    #: weight of each named page evidence (``stories.page_evidence``) and the sum that decides
    page_evidence_weights: dict
    page_evidence_min: int
    editor_line: tuple[re.Pattern, ...]
    cut_title_text_start: re.Pattern
    #: longest text of an article of one block that reads as a stray piece (``faults._is_stray_piece``)
    stray_piece_max_len: int
    #: how often a word split between a title and its text must occur in the reading (``faults._title_splits_word``)
    cut_title_word_min: int
    headline_pairs: tuple[str, ...]


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """Load and compile the layout lexicon once."""
    lex = load_lexicon("layout.json")
    marks = sentence_marks()
    return _Rules(
        terminators=marks.terminators,
        closers=marks.closers,
        block_complete_extra=marks.block_complete_extra,
        caption_max_len=lex["caption"]["max_len"],
        caption=compiled_all(lex["caption"]["end"] + lex["caption"]["start"]),
        byline_max_len=lex["byline"]["max_len"],
        byline=compiled_all(lex["byline"]["patterns"]),
        speaker=re.compile(lex["byline"]["speaker"]),
        speaker_tail=re.compile(lex["byline"]["speaker_tail"]),
        attribution_max_len=lex["attribution"]["max_len"],
        attribution=compiled_all(lex["attribution"]["patterns"]),
        attribution_forbidden=re.compile(lex["attribution"]["not_if_contains"]),
        attribution_notes=compiled_all(lex["attribution"]["notes"]),
        article_end=compiled_all(lex["article_end"]["patterns"]),
        meta=compiled_all(lex["meta"]["patterns"]),
        heading_max_len=lex["heading"]["max_len"],
        numbered_max_len=lex["heading"]["numbered_max_len"],
        numbered=compiled_all(lex["heading"]["numbered"]),
        inner_sentence_end=re.compile(lex["heading"]["inner_sentence_end"]),
        subtitle=re.compile(lex["heading"]["subtitle"]),
        doc_number=re.compile(lex["heading"]["doc_number"]),
        dangling_chars=lex["dangling_end"]["chars"],
        dangling_words=tuple(lex["dangling_end"]["words"]) + tuple(lex["dangling_end"]["comparison_words"]),
        comparison_words=tuple(lex["dangling_end"]["comparison_words"]),
        comparison_change_end=re.compile(
            "(?:%s)(?!(?:%s)$)%s$" % ("|".join(map(re.escape, lex["dangling_end"]["comparison_words"])),
                                     "|".join(lex["dangling_end"]["complete_changes"]),
                                     lex["page_blocks"]["fit"]["change_openers"])),
        start_words=tuple(lex["paragraph_start"]["words"]),
        start_patterns=compiled_all(lex["paragraph_start"]["patterns"]),
        non_initial_chars=lex["continuation"]["non_initial_chars"],
        tiny_first_clause_max=lex["continuation"]["tiny_first_clause_max"],
        short_block_max=lex["continuation"]["short_block_max"],
        construction_pairs=tuple((a, b) for a, b in lex["continuation"]["pairs"]),
        enumeration_closers=lex["continuation"]["enumeration_closers"],
        lead_time=compiled_all(lex["lead"]["time"]),
        lead_event=compiled_all(lex["lead"]["event"]),
        max_title_join_lines=lex["page"]["max_title_join_lines"],
        document_types=tuple(lex["heading"]["document_types"]),
        meta_max_len=lex["meta"]["max_len"],
        info_max_len=lex["info_line"]["max_len"],
        info_keys=dict(lex["info_line"]["keys"]),
        info_value_forbidden=re.compile(lex["info_line"]["value_forbidden"]),
        related_header=re.compile(lex["related_links"]["header"]),
        link_bullet=re.compile(lex["related_links"]["bullet"]),
        opener=compiled_all(lex["opener"]["patterns"]),
        section_label_max_len=lex["page"]["section_label_max_len"],
        credit_caption_max_len=lex["page"]["credit_caption_max_len"],
        top_headline_max_len=lex["top_headline"]["max_len"],
        top_headline_allowed_final=lex["top_headline"]["allowed_final"],
        salutations=tuple(lex["top_headline"]["salutations"]),
        date_line=re.compile(lex["top_headline"]["date_line"]),
        lead_move_needs_layout=lex["page"]["lead_move_needs_layout"],
        chart_credit=re.compile(lex["caption"]["chart_credit"]),
        list_phrase_max_len=lex["heading"]["list_phrase_max_len"],
        list_line_max_len=lex["heading"]["list_line_max_len"],
        subhead_max_len=lex["new_article"]["subhead_max_len"],
        headline_marks=lex["new_article"]["headline_marks"],
        lead_cue=compiled_all(lex["new_article"]["lead_cue"]),
        lead_cue_within=lex["new_article"]["lead_cue_within"],
        fault_weights={k: v for k, v in lex["reading_faults"].items()
                       if not k.startswith("_") and not k.endswith(("_len", "_min")) and isinstance(v, int)},
        page_evidence_weights=dict(lex["page"]["evidence_weights"]),
        page_evidence_min=lex["page"]["evidence_min"],
        editor_line=compiled_all(lex["page"]["editor_line"]),
        headline_pairs=tuple(lex["reading_faults"]["headline_pairs"]),
        cut_title_text_start=re.compile(lex["reading_faults"]["cut_title_text_start"]),
        stray_piece_max_len=lex["reading_faults"]["stray_piece_max_len"],
        cut_title_word_min=lex["reading_faults"]["cut_title_word_min"],
        min_new_article_evidence=lex["new_article"]["min_evidence"],
        places=tuple(lex["new_article"]["places"]),
        page=_page_rules(lex["page_blocks"]),
    )


def _page_rules(lex: dict) -> _PageRules:
    return _PageRules(
        headline_block_max_lines=lex["headline_block_max_lines"],
        caption_block_max_lines=lex["caption_block_max_lines"],
        headline_line_max_len=lex["headline_line_max_len"],
        headline_max_len=lex["headline_max_len"],
        box_labels=tuple(lex["box_labels"]),
        box_label_tail=re.compile(lex["box_label_tail"]),
        padded_name=re.compile(lex["padded_name"]),
        min_headline_groups=lex["min_headline_groups"],
        min_multiline_share=lex["min_multiline_share"],
        headline_top_max_share=lex["headline_top_max_share"],
        wrapped_line_max_len=lex["wrapped_line_max_len"],
        wrapped_share=lex["wrapped_share"],
        fit={k: v for k, v in lex["fit"].items() if not k.startswith("_")},
        running={k: v for k, v in lex["running"].items() if not k.startswith("_")},
        move_margin=lex["move_margin"],
        move_min_pairs=lex["move_min_pairs"],
        story_opening=compiled_all(lex["story_opening"]),
        index_box={k: v for k, v in lex["index_box"].items() if not k.startswith("_")},
    )


_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
_REGEX_CLASS_OR_ESCAPE = re.compile(r"\[[^\]]*\]|\\.")


#: keys whose values are prose notes, not words or patterns (instruments.json rules' "why")
_PROSE_KEYS = frozenset({"why"})


@lru_cache(maxsize=1)
def lexicon_word_pairs() -> frozenset[str]:
    """Rule split_word_lexicon's word list: every two adjacent Chinese characters of the
    words and phrases the project's lexicons hold (``page_blocks.fit.split_word_lexicons``:
    policy words, verbs, time and figure words), read through the one loader. A pattern's
    literal runs count, its character classes and escapes do not ([一二三] is no word).

    >>> {"产业", "提升", "上年", "促进"} <= lexicon_word_pairs(), {"管业", "小企"} & lexicon_word_pairs()
    (True, set())
    """
    runs: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            runs.update(_CJK_WORD.findall(_REGEX_CLASS_OR_ESCAPE.sub("|", value)))
        elif isinstance(value, dict):
            for key, item in value.items():
                # notes are prose (a "why" or "_about" saying what a rule is for): their words are
                # examples, not the lexicon's words, and a new note must not change page joins
                if not key.startswith("_") and key not in _PROSE_KEYS:
                    runs.update(_CJK_WORD.findall(key))
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
    fit = page_rules().fit
    for name in fit["split_word_lexicons"]:
        walk(load_lexicon(name))
    # a pair inside one phrase only may straddle two words (稳岗促企: 促企); a pair several
    # entries share, or an entry of two characters, is a word
    held = Counter(run[k:k + 2] for run in runs for k in range(len(run) - 1))
    return frozenset(pair for pair, n in held.items() if n >= fit["split_word_lexicon_min_entries"] or pair in runs)


def page_rules() -> _PageRules:
    """The rules of pages whose blocks are kept apart (``layout.json``'s ``page_blocks``)."""
    return rules().page


def any_match(patterns: tuple[re.Pattern, ...], text: str) -> bool:
    """Does any of the compiled ``patterns`` occur in ``text``? (one joined scan where it can)"""
    return search_any(patterns, text)
