"""Rule request_frame: what a lower body asks for is no measure.

In a reply letter or a report, a clause naming the addressee in the second person and a request
verb (你省请求， / 贵市建议：) or a wish addressed upwards (希望国家…, 请求中央…) introduces what is
asked for: the clauses after it, to the end of the sentence, state the request, not an action of
the author or of the body the request names. The patterns are data (measure_verbs.json
``request_frame_patterns``).
"""
from __future__ import annotations

from .rules import _any, load_verbs


def opens_request(clause: str) -> bool:
    """The clause opens a request frame: it and the clauses after it in its sentence are asked for.

    >>> opens_request("你市请求"), opens_request("贵省某某州建议："), opens_request("希望国家给予资金支持")
    (True, True, True)
    >>> opens_request("国务院要求"), opens_request("国家加大对山区公路的支持力度"), opens_request("希望各位代表")
    (False, False, False)
    """
    return _any(load_verbs()["request_frame_patterns"], clause.strip("，,：:。；; "))
