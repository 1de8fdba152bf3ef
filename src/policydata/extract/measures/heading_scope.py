"""What a heading line does to the measures walk (:mod:`.walk`): which heading-like lines are
headings (rule kicker_line: a kicker above a heading is part of it; rule numbered_item: a numbered
line that is a sentence is a list item), the lead unit a heading's note names for its section
(rule heading_lead_unit), and the plan cue that ends a review (rule so_far_this_year)."""
from __future__ import annotations

import re

from ..context import names_work_done
from ...text.item_numbers import heading_level
from .speakers import _notes_in
from .status import heading_status, lead_status


_TRAILING_NOTE = re.compile(r"[（(][^（）()]{1,60}[）)]$")  # a bracketed note closing a heading


def _ends_review(text: str, report_year: int | None) -> bool:
    """A sentence or heading that ends rule so_far_this_year: it opens plans (:func:`_opens_plan`)
    and does not name work done (rule work_done_heading: 一、积极落实重点工作)."""
    return _opens_plan(text, report_year) and not names_work_done(text)


def _opens_plan(sentence: str, report_year: int | None) -> bool:
    """A plan cue that ends rule so_far_this_year: the sentence or heading opens plans
    (下一步，…, 明年…, 今后…; a plan heading such as 三、下一步工作打算).

    >>> _opens_plan("三、下一步工作打算", 2026), _opens_plan("下一步，将继续扩大规模。", 2026), _opens_plan("二、加强技术服务", 2026)
    (True, True, False)
    """
    return lead_status(sentence, report_year) == "planned" or heading_status(sentence) == "planned"


def _numbered_item(blocks, headings: list[bool], i: int) -> bool:
    """Rule numbered_item: a short numbered line read as a heading is an item of a list when it is
    a sentence (ends in 。 or ；, a trailing note aside) and no body follows it before the next
    number of its level or above (（二）鼓励企业加大研发投入。（三）…): its measures count.

    >>> from policydata.document import Block
    >>> bs = [Block("heading", 0, 9, "（一）鼓励企业研发。"), Block("heading", 10, 19, "（二）支持企业上市。"),
    ...       Block("heading", 20, 26, "（三）加强领导"), Block("body", 27, 40, "成立工作专班。")]
    >>> [_numbered_item(bs, [True, True, True, False], i) for i in range(3)]
    [True, True, False]
    """
    t = _TRAILING_NOTE.sub("", blocks[i].text.strip())
    level = heading_level(t)
    if not level or not t.endswith(("。", "；", ";")):
        return False
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if nxt is None:
        return True
    nxt_level = heading_level(nxt.text)
    return headings[i + 1] and 0 < nxt_level <= level


def _heading_lead(text: str, block, current, home_region: str):
    """The lead unit in force after heading ``block``: the heading's own note (一、…（由市科技局牵头实施）)
    as (level, lead, units), else ``current`` unless this heading closes its section (a numbered
    heading of the same level or above).

    >>> from policydata.document import Block
    >>> t = "一、科技政策（由市科技局牵头）"
    >>> lead = _heading_lead(t, Block("heading", 0, len(t), t), None, "330182")
    >>> lead[0], lead[1].name
    (1, '建德市科学技术局')
    >>> _heading_lead("（一）研发", Block("heading", 0, 6, "（一）研发"), lead, "330182") is lead
    True
    >>> _heading_lead("二、开放", Block("heading", 0, 4, "二、开放"), lead, "330182") is None
    True
    """
    level = heading_level(block.text)
    leads = [(lead, units) for _, _, lead, units in _notes_in(text, block, home_region) if lead is not None]
    if leads:
        return level, leads[0][0], leads[0][1]
    if current is not None and level and level <= current[0]:
        return None
    return current


#: Rule kicker_line: the longest kicker (a short label ending in a colon) read as part of a heading.
_KICKER_MAX = 10


def _is_kicker(block, next_is_heading: bool) -> bool:
    """Rule kicker_line: a short line ending in a colon right before a heading line (着眼长远：
    above 把好质量关口) is the heading's kicker, no sentence of the body.

    >>> from types import SimpleNamespace as B
    >>> _is_kicker(B(text="着眼长远："), True), _is_kicker(B(text="着眼长远："), False)
    (True, False)
    >>> _is_kicker(B(text="会议要求各地落实以下工作："), True)
    False
    """
    t = block.text.strip()
    return next_is_heading and t.endswith(("：", ":")) and len(t) <= _KICKER_MAX
