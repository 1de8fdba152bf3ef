"""A story's head set directly on its dateline, with no blank line between them.

On a page whose blank lines part the blocks, most stories set their headline as a block of
its own; a story can still run its headline straight into its dateline (标题 / 本报某地某月某日电
…) in one block. ``page._headline_tops`` splits such heads only when the page would not read
otherwise (rule headline_top_when_unread); then one story whose head sits on its dateline is
read as text of the story above it. A dateline is a story's first line wherever it stands, so
the split over a dateline holds on every block page (rule headline_on_dateline).
"""
from __future__ import annotations

from .blocks import opener
from .column_breaks import Decision
from .page_blocks import block_kind


def head_over_dateline(block: list[str]) -> int:
    """Rule headline_top_over_dateline: how many of a block's first lines stand above a
    dateline that opens its second to fourth line (本报某地5月6日电…, 据新华社…电) and read as a
    headline (no sentence end, no numbered heading); 0 when none do. However wide they are,
    the dateline opens the text, so the lines above it are its story's head.

    >>> head_over_dateline(["甲县春季展销会开幕", "本报甲县5月6日电  （记者张三）甲县春季", "农产品展销会6日开幕。"])
    1
    >>> head_over_dateline(["记者张三报道：甲县春季展销会6日开幕。", "本报甲县5月6日电  （记者李四）", "展销会持续三天。"])
    0
    """
    over = next((k for k in range(1, min(3, len(block) - 1) + 1) if opener(block[k])), 0)
    if over and not opener(block[0]) and block_kind(block[:over]) == "headline" \
            and not any(opener(ln) for ln in block[1:over]):
        return over
    return 0


def heads_on_datelines(blocks: list[list[str]], log: list[Decision]) -> list[list[str]]:
    """Rule headline_on_dateline: on a page that already reads (its headlines stand as
    blocks of their own), a block whose head sits on its dateline (``head_over_dateline``)
    is still split into that head and the text from the dateline on, so that its story is
    found instead of being read as the text of the story above.

    >>> page = [["乙市启动春季植树", "本报乙市3月2日电  （记者王五）乙市", "春季植树活动2日启动。"]]
    >>> heads_on_datelines(page, [])
    [['乙市启动春季植树'], ['本报乙市3月2日电  （记者王五）乙市', '春季植树活动2日启动。']]
    """
    out: list[list[str]] = []
    for block in blocks:
        over = head_over_dateline(block)
        if over:
            log.append(Decision("headline_on_dateline", over, block[0][:12]))
            out += [block[:over], block[over:]]
        else:
            out.append(block)
    return out
