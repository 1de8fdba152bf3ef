"""Round 18 measure rules: a term clause joins the measure it limits (term_clause), a date span opens a
clause as its time (dated_span_time) and plans while it runs past publication (span_into_publication),
a preamble closed by 提出如下意见 holds no measure (self_reference), and a plural organ noun acting in a
story that names one body of its kind is that body (story_named_organ).

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import measure_quotes as _quotes, quotes_and_actors


# ------------------------------------------------------------------ rule term_clause; 阶段性 after a verb
@pytest.mark.parametrize("text, expected", [
    ("实施阶段性减免房租政策，实施期限至2030年6月30日。", ["实施阶段性减免房租政策，实施期限至2030年6月30日"]),
    ("执行期限延长至2030年底。", []),                                   # a term alone is no action
    ("实施阶段性补贴政策。", ["实施阶段性补贴政策"]),                    # 阶段性 qualifies the policy
    ("平稳有序推进社保费征缴改革。", ["平稳有序推进社保费征缴改革"]),      # 平稳 an adverb
])
def test_term_clause_joins_the_measure_it_limits(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule dated_span_time
@pytest.mark.parametrize("text, expected", [
    ("2030年3月1日至2031年2月28日实施阶段性减半征收政策。", ["实施阶段性减半征收政策"]),
    ("2030年3月1日起实施新的补贴标准。", ["实施新的补贴标准"]),
])
def test_dated_span_opens_the_clause_as_its_time(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule self_reference: 提出如下意见
@pytest.mark.parametrize("text, expected", [
    ("为落实上级部署，稳定就业大局，提出如下意见：", []),
    ("现就做好养老服务工作提出如下意见：", []),
    ("加大岗位补贴力度，提出明确要求。", ["加大岗位补贴力度，提出明确要求"]),  # no preamble: stays
])
def test_preamble_closed_by_the_opinions_holds_no_measure(text, expected):
    assert _quotes(text) == expected


# ------------------------------------------------------------------ rule story_named_organ
@pytest.mark.parametrize("text, actor", [
    ("本报北京3月2日电（记者甲）记者从最高人民检察院获悉：全国检察机关受理案件1万件。检察机关将依法加大食品犯罪惩治力度。",
     "最高人民检察院"),
    ("检察机关将依法加大食品犯罪惩治力度。", "各级人民检察院"),          # no body of its kind named
])
def test_plural_organ_is_the_body_its_story_names(text, actor):
    rows = quotes_and_actors(text, "")
    assert rows and rows[-1][1] == actor
