"""Rule basis_phrase: a body or a subject word opening a clause, then the basis it acts on
(根据/依据/按照/结合 … 情况/实际), then its action: the clause is a measure of that body."""
from __future__ import annotations

import pytest

from test_measure_actors import actor_of, found


@pytest.mark.parametrize("text, quote, issuer, expected", [
    # a named body, the basis, then the action: the body acts
    ("宁海县财政局根据项目进度情况安排补助资金。", "宁海县财政局根据", "宁海县人民政府", "宁海县财政局"),
    ("宁海县教育局结合学校实际制定课后服务方案。", "宁海县教育局结合", "宁海县人民政府", "宁海县教育局"),
    ("宁海县教育局依据各校招生情况优化班额设置。", "宁海县教育局依据", "宁海县人民政府", "宁海县教育局"),
    # an adverb between the basis and the action (按比例, 统筹)
    ("宁海县财政局根据申报情况按比例下达奖补资金。", "宁海县财政局根据", "宁海县人民政府", "宁海县财政局"),
    # a subject word the document directs (各级财政, 各地): the issuer's measure
    ("各级财政根据资金到位情况安排配套资金。", "各级财政根据", "浙江省人民政府", "浙江省人民政府"),
    ("各地结合本地实际制定实施细则。", "各地结合", "浙江省人民政府", "浙江省人民政府"),
])
def test_a_body_acts_after_its_basis(text, quote, issuer, expected):
    assert actor_of(text, quote, issuer=issuer) == expected


@pytest.mark.parametrize("text, absent", [
    # a basis with no action after it: no measure of the body
    ("宁海县财政局根据有关规定。", "宁海县财政局"),
    ("我们根据市场情况变化较大。", "我们"),
    # a locative phrase after a subject word is no basis: a state, not an action
    ("我们在服务质量上仍具有提升空间。", "我们"),
])
def test_no_action_after_the_basis_is_no_measure(text, absent):
    assert not [q for q, *_ in found(text, issuer="宁海县人民政府") if q.startswith(absent)]


@pytest.mark.parametrize("text, quote, expected", [
    # rule body_group: 等N部门 / 等N个部门 / 等部门 closes a list of bodies; the first acts
    ("2019年，工业和信息化部等八部门开展新能源汽车下乡试点工作。", "工业和信息化部等八部门开展", "工业和信息化部"),
    ("工业和信息化部等八个部门近日联合印发汽车下乡实施方案。", "工业和信息化部等八个部门", "工业和信息化部"),
    ("工业和信息化部、财政部等部门开展新能源汽车下乡试点工作。", "工业和信息化部、财政部等部门", "工业和信息化部"),
])
def test_a_list_of_bodies_closed_by_its_count_acts(text, quote, expected):
    assert actor_of(text, quote) == expected


def test_the_group_of_a_body_is_no_action_of_its_own():
    assert found("工业和信息化部等单位的专家参加了会议。") == []


@pytest.mark.parametrize("text, quote, expected", [
    # rule subject_leads: a body opening a clause that is no measure (不断加大…力度, an exhortation)
    # still acts in the clauses after it
    ("2011年，民政部等四部门开展试点工作。近年来，财政部持续加大对基层的督导力度，督促地方落实资产管理责任。",
     "督促地方落实", "财政部"),
])
def test_a_body_opening_an_exhortation_acts_after_it(text, quote, expected):
    assert actor_of(text, quote) == expected
