"""Stage 4b: measures -- who commits to do what, with which instrument, in which area.

(First version; issue #5 deepens it.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Article
from .layout import split_sentences
from .regions import RegionMention


@dataclass
class MeasureFinding:
    start: int  # quote span in article text
    end: int
    actor: str
    action: str
    instrument: str
    policy_area: str  # CAP major topic code, as text ("15")
    policy_area_label: str  # CAP major topic label ("Domestic Commerce")
    region_id: str
    named_policy: str = ""
    framework: str = ""


_VERB = re.compile(r"^(?:将|要)?(实施|制定|支持|推进|加快|完善|开展|建设|培育|推动)")


def extract_measures(article: Article, *, issuer: str, region_id: str,
                     region_mentions: list[RegionMention]) -> list[MeasureFinding]:
    out = []
    for sent in split_sentences(article.text):
        m = _VERB.match(sent.text)
        if m:
            out.append(MeasureFinding(sent.start, sent.end, issuer, m.group(1), "other", "0",
                                      "Other", region_id))
    return out
