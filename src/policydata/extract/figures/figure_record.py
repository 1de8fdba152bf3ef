"""What the rules of ``decide._decide`` read about one figure (:class:`_Figure`): the role rules,
the target-year rules and the period rules (``period_rules``) all take it."""
from __future__ import annotations

from dataclasses import dataclass

from ...document import Span
from .anchors import Anchor
from .context import Context
from .frames import Frame


@dataclass
class _Figure:
    """What the rules of _decide read about one figure: its sentence, its time word, the
    section around it and the context of the document."""

    sentence: Span
    pos: int  # the figure's start (article offset)
    rel: int  # the same, inside the sentence
    ctx: Context
    time: Anchor | None  # the time word that dates the figure, if any
    mode: str  # 'plan', 'review' or '' (neutral): the tense of the section heading
    section_year: int | None
    strong_mode: bool  # the heading says review or plan in so many words
    present: bool
    frame: Frame | None
    own_time: bool = False  # a time word of its own sentence comes before it
    review_year: int | None = None  # the year under review where the figure stands
    rule_name: str = ""  # the frame rule that set the role (FRAME_RULES), '' if none
