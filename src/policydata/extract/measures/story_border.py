"""Rule story_border: a story's dateline is a hard edge of actor scope.

A newspaper page gives one article per story, and each article is walked on its own, so no
actor passes from one story to the next. When the layout could not tell two stories apart
(a page read as one article: no blank line, no headline it recognised), the second story
still opens with its own dateline (本报某地3月2日电, 新华社某地3月2日电（记者某某）, 据新华社…电):
a paragraph that opens so after the article's first body paragraph starts another story,
and what the walk carried (the actor, its speaker, the cited document, the tense of the
plans a speaker announced) stops there. The walk goes on from the state it had before its
first block, as a story of its own.

Rule story_named_organ (round 18): a plural organ noun (检察机关 -> 各级人民检察院, 各级法院) acting in a story
that names one body of that kind (记者从最高人民检察院获悉, 某省高级人民法院发布…) is that body: the story
reports its work, not that of every court or procuratorate.
"""
from __future__ import annotations

import copy
from functools import lru_cache

from ...document import CAPTION_BLOCK, TITLE_BLOCK
from ...recognize.actors import load_actors
from ...text.layout import opener


def story_borders(blocks) -> set[int]:
    """Indexes of the body blocks that open another story inside one article: a block opening
    with an inline dateline or byline (``text.layout.opener``) after an earlier body block.

    >>> from policydata.document import Block
    >>> blocks = [Block("body", 0, 20, "本报甲市3月2日电  甲市总工会举办职工运动会。"), Block("heading", 21, 30, "乙市花灯节开幕"),
    ...           Block("body", 31, 60, "本报乙市3月2日电  乙市花灯节2日开幕。"), Block("body", 61, 70, "据悉，将持续一个月。")]
    >>> sorted(story_borders(blocks))
    [2]
    """
    out: set[int] = set()
    seen_body = False
    for i, block in enumerate(blocks):
        if block.kind in (TITLE_BLOCK, CAPTION_BLOCK, "heading"):
            continue
        if seen_body and opener(block.text.lstrip()):
            out.add(i)
        seen_body = True
    return out


def start_story(walk, fresh) -> None:
    """Rule story_border: put the walk state ``walk`` back to ``fresh`` (a copy of the state
    before the first block), in place, for the story that starts here."""
    walk.__dict__.update(copy.deepcopy(fresh).__dict__)


def story_mentions(mentions: list, blocks, borders: set[int], pos: int) -> list:
    """Rule story_border: the actor mentions a measure at ``pos`` may fall back on (the most
    recent body named before it): those of its own story, from the last border before it.

    >>> from policydata.document import Block
    >>> from types import SimpleNamespace as M
    >>> blocks = [Block("body", 0, 20, "甲"), Block("body", 31, 60, "乙")]
    >>> [m.start for m in story_mentions([M(start=3), M(start=40)], blocks, {1}, 50)]
    [40]
    >>> [m.start for m in story_mentions([M(start=3), M(start=40)], blocks, {1}, 10)]
    [3, 40]
    """
    edge = max((blocks[i].start for i in borders if blocks[i].start <= pos), default=None)
    return mentions if edge is None else [m for m in mentions if m.start >= edge]


@lru_cache(maxsize=1)
def _organ_endings() -> tuple[str, ...]:
    """Rule story_named_organ: the ending that names a member of each plural organ of actors.csv
    (level plural) written 各级X -- 各级人民法院 -> 人民法院 -- read from the one actor table, so a
    plural organ added there is covered without a second list here.

    >>> _organ_endings()
    ('人民检察院', '人民法院')
    """
    plural = {a.name for a in load_actors().literal.values() if a.level == "plural"}
    return tuple(sorted(name[len("各级"):] for name in plural if name.startswith("各级")))


def story_named_organ(actor: str, own_mentions: list) -> str:
    """Rule story_named_organ: the one body of the plural organ ``actor``'s kind (its name's ending in
    :func:`_organ_endings`) that the story's actor mentions name, else ``actor`` unchanged (none, or several).

    >>> from types import SimpleNamespace as M
    >>> named = [M(actor=M(name="最高人民检察院", level="central"))]
    >>> story_named_organ("各级人民检察院", named), story_named_organ("各级人民检察院", [])
    ('最高人民检察院', '各级人民检察院')
    >>> story_named_organ("各级人民法院", named), story_named_organ("某市人民政府", named)
    ('各级人民法院', '某市人民政府')
    """
    ending = next((e for e in _organ_endings() if actor.startswith("各级") and actor.endswith(e)), "")
    if not ending:
        return actor
    bodies = {m.actor.name for m in own_mentions if m.actor.name.endswith(ending) and m.actor.level != "plural"}
    return bodies.pop() if len(bodies) == 1 else actor
