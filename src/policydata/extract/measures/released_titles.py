"""Rule released_title (round 21): a named document whose release a clause reports with the title
as its topic (《某市促进消费若干措施》近日发布; 某部、某局印发的《…方案》（以下简称《方案》）公布):
the release is a measure of its own, as 某部印发《…》 is (README: 出台… is a measure). The issuing
bodies of a relative clause before the title (甲部、乙局印发的) are the document's joint issuers,
joined with 、 as README writes joint issuers; without them the actor is whoever the story speaks of.

A document that comes into force (《条例》正式实施) is no release: rule policy_in_force reads it.
"""
from __future__ import annotations

import re

from ...recognize.actors import Actor, ActorMention, find_actors
from ...text.patterns import alternation
from .rules import load_verbs

#: what may stand between the title and its release verb: a bracket (（以下简称《方案》）, （2025—2027年）)
#: and a time word or manner word (近日, 日前, 正式)
_AFTER_TITLE = r"(?:[（(][^（()）]{0,40}[）)])*(?:近日|日前|近期|日|正式|同时|联合){0,2}"


def _release_pattern() -> re.Pattern:
    """[body …的] 《title》 [bracket] [time word] release verb [了] at the clause's end."""
    verbs = alternation(load_verbs()["publisher_verbs"])
    return re.compile(rf"(?P<rel>[^《》，,。；;]{{2,40}}?(?:联合)?(?:{verbs})的)?《[^《》]{{2,80}}》"
                      rf"{_AFTER_TITLE}(?P<verb>{verbs})了?[，,。；;]?$")


_PATTERN: list[re.Pattern] = []


def released_title_at(t: str, pos: int, home_region: str = "") -> tuple[str, ActorMention | None] | None:
    """(release verb, issuing bodies named before the title or None) when the clause ``t`` from
    ``pos`` reports a titled document's release with the title as topic; None otherwise.

    >>> released_title_at("《某市促进消费若干措施》近日发布", 0)
    ('发布', None)
    >>> verb, who = released_title_at("财政部、商务部印发的《促进消费若干措施》（以下简称《措施》）公布", 0)
    >>> verb, who.actor.name
    ('公布', '财政部、商务部')
    >>> released_title_at("《条例》正式实施", 0), released_title_at("印发《促进消费若干措施》", 0)
    (None, None)
    """
    if not _PATTERN:
        _PATTERN.append(_release_pattern())
    m = _PATTERN[0].match(t, pos)
    if m is None:
        return None
    if not m.group("rel"):
        return m.group("verb"), None
    rel = m.group("rel")
    bodies = _issuers(rel, home_region)
    return m.group("verb"), bodies


def _issuers(rel: str, home_region: str) -> ActorMention | None:
    """The bodies a relative clause (甲部、乙局联合印发的) names one after another from its start,
    joined with 、 (a document's joint issuers); None when it opens with no body."""
    found = [a for a in find_actors(rel, home_region) if not a.actor.is_media]
    chain: list[ActorMention] = []
    at = 0
    for a in found:
        if a.start != at:
            break
        chain.append(a)
        at = a.end + (1 if rel[a.end:a.end + 1] in ("、", "和", "与", "及") else 0)
    if not chain:
        return None
    lead = chain[0].actor
    names = list(dict.fromkeys(c.actor.name for c in chain))
    joint = Actor("、".join(names), lead.level, lead.region_id, lead.kind) if len(names) > 1 else lead
    return ActorMention(0, chain[-1].end, joint)
