"""News narrative of what was done (round 16): a sentence opening with a stretch up to now
(自…以来，…; 专项行动开展以来，…: rule since_frame, lexicons/time.json opening_frames) or with a start
before publication (今年3月起，…: rule dated_before_publication) reports its actions, even after a
quoted plan earlier in the story. Example texts are written for these tests."""
from __future__ import annotations

import pytest

from policydata.extract.context import opening_frame
from policydata.extract.measures.explain import explain_rows


@pytest.mark.parametrize("sentence, frame", [
    ("自去年开展营商环境专项整治以来，各地清理涉企收费项目。", "review"),
    ("专项行动开展以来，某市排查隐患企业。", "review"),
    ("某市推进今年以来出台政策的落实。", ""),
])
def test_a_stretch_up_to_now_opens_a_review(sentence, frame):
    assert opening_frame(sentence, 2026) == frame


STORY = ("某部负责人表示，要持续优化营商环境。\n"
         "今年3月起，某省在全省推行企业年报“多报合一”。自去年开展专项整治以来，各地清理涉企收费项目，"
         "建立投诉快速处理机制。\n"
         "下一步，某部将组织开展联合督查。")


def test_news_narrative_of_work_done_is_reported():
    rows = {r["quote"][:8]: r["status"] for r in explain_rows(STORY, issuer="某日报", date="2026-07-20")}
    found = {q: s for q, s in rows.items() if any(w in q for w in ("推行", "清理", "建立", "组织"))}
    assert found and all(s == "reported" for q, s in found.items() if "组织" not in q), rows
    assert [s for q, s in found.items() if "组织" in q] in ([], ["planned"]), rows
