"""The measures stage's shortcuts taken for speed give the same answers as the plain loops they replace."""
from __future__ import annotations

import re

import pytest

from policydata.extract.measures.rules import _first_search, load_verbs
from policydata.text.patterns import closing_chars


def _first_search_plain(patterns, t: str):
    return next((m for p in patterns if (m := p.search(t))), None)


@pytest.mark.parametrize("clause, verb", [
    ("城南污水处理厂扩建工程建成投用", "建成投用"),
    ("两条新线路全线通车", "全线通车"),
    ("老城区管网改造有力推进", "有力推进"),
    ("某镇卫生院完成提标改造工作", "完成"),
    ("城南污水处理厂扩建工程建成投用\n", "建成投用"),   # $ matches before a final newline
    ("城南污水处理厂扩建工程建成投用的情况", None),
    ("全年新增就业岗位1万个", None),
    ("", None),
])
def test_result_predicates_found_as_by_the_plain_loop(clause, verb):
    patterns = load_verbs()["result_predicate_patterns"]
    fast, plain = _first_search(patterns, clause), _first_search_plain(patterns, clause)
    assert (fast and (fast.span(), fast.group("verb"))) == (plain and (plain.span(), plain.group("verb")))
    assert (fast.group("verb") if fast else None) == verb


@pytest.mark.parametrize("patterns, closing", [
    (["建成$"], "成"),
    (["(?:建成|投[用运])(?:工作)?$"], "成用运作"),
    (["[^，]{2}$"], None),            # a negated class: any character may close it
    (["建成"], None),                 # not anchored at the end
    (["(?:工作)?$"], None),           # may match empty
    (["通车$", "[一-龥]$"], None),     # a range: any of thousands of characters
    (["(?<![已未])完成$", "完成(?=$)$"], "成"),
])
def testclosing_chars(patterns, closing):
    found = closing_chars([re.compile(p) for p in patterns])
    assert found == (None if closing is None else frozenset(closing))


def test_first_search_same_as_plain_loop_on_every_ending():
    """Every clause ending (each closing character of the lexicon patterns and a few others) with
    varied openings gives the plain loop's answer."""
    patterns = load_verbs()["result_predicate_patterns"]
    closing = closing_chars(patterns)
    assert closing
    openings = ["", "某区", "城东新区综合服务中心", "3个研究平台", "道路改造项目", "某检查站已"]
    words = ["建成投用", "全线通车", "开工建设", "基本完成改造", "取得重要进展", "进展顺利", "加快建设", "试运行"]
    for opening in openings:
        for word in words + sorted(closing) + ["的", "。", "1"]:
            for text in (opening + word, opening + word + "\n", opening + word + "工作"):
                fast, plain = _first_search(patterns, text), _first_search_plain(patterns, text)
                assert (fast and fast.span()) == (plain and plain.span()), text


def _announcing_plain(t: str, home_region: str = "", meeting=None):
    """announcing_subject without its announce-verb screen: every body opening the clause tried."""
    from policydata.extract.measures.rules import _announce_tail
    from policydata.extract.measures.subjects import _body_at_start
    tail, t = _announce_tail(), t.lstrip()
    for actor, end in _body_at_start(t, home_region):
        m = tail.match(t, end)
        if m:
            return actor, m.end(), bool(m.group("meeting"))
    m = tail.match(t)
    if m and m.group("meeting") and meeting is not None:
        return meeting, m.end(), True
    return None


@pytest.mark.parametrize("clause", [
    "内蒙古也表示，要全力做好保供工作", "国务院常务会议指出，要稳就业", "贵州提出的目标", "会议要求，抓好落实",
    "某市人民政府印发《实施方案》", "工信部将加快推进5G建设", "全市新增就业岗位1万个", "财政部、税务总局联合发布公告",
    "  浙江省住房和城乡建设厅网站公布", "深圳加大投入", "",
])
def test_announcing_subject_same_as_without_its_screen(clause):
    from policydata.extract.measures.subjects import announcing_subject
    from policydata.recognize.actors import Actor
    meeting = Actor("某市人民政府", "local", "", "government")
    for home in ("", "CN"):
        for met in (None, meeting):
            assert announcing_subject(clause, home, met) == _announcing_plain(clause, home, met), clause


@pytest.mark.parametrize("clause", [
    "城市人民政府要成立工作专班", "领导小组要加强统筹", "各地发展改革部门负责组织实施", "市委办公室印发通知",
    "某某区农业农村局开展春耕检查", "工信部将加快推进5G建设", "全面加强政府建设", "深圳加大投入", "",
    "在全市范围内开展为期三个月的专项整治行动，重点整治占道经营和违规停车等问题，由市城管局牵头负责",
])
def test_generic_bodies_need_a_subject_body_suffix_in_reach(clause):
    """The screen of analyse: a body the table does not list is the subject only when a
    ``subject_body_suffixes`` word ends it, within the 40 characters _body_at_start reads."""
    from policydata.extract.measures.rules import _subject_body_suffix
    from policydata.extract.measures.subjects import _body_at_start
    suffixes = load_verbs()["subject_body_suffixes"]
    for home in ("", "CN"):
        generic = [(a, end) for a, end in _body_at_start(clause, home) if a.kind in ("generic", "department")
                   and end >= 3 and any(clause[:end].endswith(w) for w in suffixes)]
        if _subject_body_suffix().search(clause, 0, 40) is None:
            assert generic == [], clause


@pytest.mark.parametrize("key", ["statistic_patterns", "target_patterns", "evaluation_clause_patterns",
                                 "nominal_tail_patterns", "description_tail_patterns", "problem_patterns"])
def test_any_same_as_plain_search_on_every_ending(key):
    """_any (patterns anchored at the start matched once, those anchored at the end searched only
    when the clause ends with a character they can end with) gives the plain search's answer, on
    clauses ending with each closing character of the lexicon patterns and a few others."""
    from policydata.extract.measures.clauses import _non_measure_screen
    from policydata.extract.measures.rules import _any
    for patterns in (load_verbs()[key], list(_non_measure_screen()[2])):
        closing = sorted(closing_chars([p for p in patterns if closing_chars([p]) is not None]) or ())
        openings = ["", "坚持", "某区", "全年新增就业岗位1万个", "以下", "结合本地"]
        for opening in openings:
            for word in closing + ["实际", "工作", "的同时", "不动摇", "。", "1", "的"]:
                for text in (opening + word, opening + word + "\n", opening + word + "工作"):
                    assert _any(patterns, text) == any(p.search(text) for p in patterns), (key, text)


@pytest.mark.parametrize("clause", [
    "要完成改造", "某某科技有限公司推出一款新产品", "对涉及饮水安全的设备依法实施强制性检验检测",
    "各级人民政府及有关部门应当加强监督", "进一步加快推进城乡建设", "会展中心应急演练", "", "1",
])
@pytest.mark.parametrize("planning", [False, True])
def test_verb_at_same_without_the_opening_screen(clause, planning, monkeypatch):
    """_verb_at's screen (no modal, adverb or verb opens at the offset: nothing found) gives the
    answer of the full reading at every offset of a clause, and past its end."""
    from policydata.extract.measures import clauses
    screened = [clauses._verb_at.__wrapped__(clause, i, planning) for i in range(len(clause) + 2)]
    monkeypatch.setattr(clauses, "_verb_openings", lambda: None)
    plain = [clauses._verb_at.__wrapped__(clause, i, planning) for i in range(len(clause) + 2)]
    assert screened == plain


@pytest.mark.parametrize("clause", ["积极稳妥化解债务", "化解债务", "进一步加快推进改革", "", "坚决"])
def test_skip_adverbs_same_without_the_opening_screen(clause, monkeypatch):
    """_skip_adverbs' screen (no adverb opens at the offset) gives the full reading's answer at
    every offset of a clause, and past its end."""
    from policydata.extract.measures import clauses
    screened = [clauses._skip_adverbs(clause, i) for i in range(len(clause) + 2)]
    monkeypatch.setattr(clauses, "_adverb_openings", lambda: None)
    assert [clauses._skip_adverbs(clause, i) for i in range(len(clause) + 2)] == screened
