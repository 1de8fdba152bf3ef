"""The shortcuts taken for speed give the same answers as the plain definitions they replace."""
from __future__ import annotations

import random
import re

import pytest

from policydata.recognize.regions import find_regions
from policydata.recognize.regions.find import division_can_end, division_can_start, mention_can_start
from policydata.recognize.regions.gazetteer import recognition_rules
from policydata.recognize.regions.matching import blocked_by_word
from policydata.recognize.regions.townships import _leftmost_longest
from policydata.recognize.actors import is_admin_code
from policydata.text.patterns import alternation


def _blocked_by_word_plain(text: str, start: int, end: int) -> bool:
    """The definition: a blocking word covers the first character from the left, or starts
    inside and runs past the end."""
    for word in recognition_rules()["blocking_words"]["words"]:
        n = len(word)
        if any(text.startswith(word, p) and p + n > start for p in range(max(0, start - n + 1), start)):
            return True
        if any(p + n > end and text.startswith(word, p) for p in range(start, end)):
            return True
    return False


@pytest.mark.parametrize("text, start, end, blocked", [
    ("制造业增加值稳居世界首位", 9, 11, True),   # 世界 covers the 界 of 界首
    ("推进和县城乡建设", 2, 4, True),           # 县城 runs past 和县
    ("安徽和县发展", 2, 4, False),
    ("", 0, 0, False),
])
def test_blocked_by_word_examples(text, start, end, blocked):
    assert blocked_by_word(text, start, end) is blocked
    assert _blocked_by_word_plain(text, start, end) is blocked


def test_blocked_by_word_same_as_definition():
    rng = random.Random(13)
    words = recognition_rules()["blocking_words"]["words"]
    alphabet = "".join(sorted({c for w in words for c in w})) + "的和县市区"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        start = rng.randint(0, len(text) - 1)
        end = rng.randint(start + 1, len(text))
        assert blocked_by_word(text, start, end) == _blocked_by_word_plain(text, start, end), (text, start, end)


def test_leftmost_longest_same_as_regex_alternation():
    """Short texts (clause windows) are walked, long ones searched with a compiled pattern: both agree."""
    rng = random.Random(7)
    alphabet = "甲乙丙丁戊己"
    for _ in range(5000):
        names = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6))})
        text = "".join(rng.choice(alphabet + "，") for _ in range(rng.randint(0, rng.choice((25, 150)))))
        expected = [(m.start(), m.end() - m.start()) for m in re.finditer(alternation(names), text)]
        assert _leftmost_longest(text, names) == expected, (names, text)


WINDOWS = [
    "贵州提出，要加快发展", "内蒙古也表示要全力做好", "我省将加快发展", "多家外企在沪设立总部",
    "港澳台青年来内地创业", "天竺综保区建设", "团结村肉牛养殖", "黄河流域生态保护",
    "福厦泉国家自主创新示范区", "济南都市圈", "提出要加快", "各地区各部门要", "奋斗镇田园综合体",
]


@pytest.mark.parametrize("home", ["CN", "370000", "150702", "110000"])
def test_skipped_windows_have_no_mention_at_their_start(home):
    """Where the shortcuts say no mention can start, find_regions finds none there."""
    for text in WINDOWS:
        for pos in range(len(text)):
            window = text[pos:pos + 12]
            at_start = [m for m in find_regions(window, home_region=home) if m.start == 0]
            if at_start:
                assert mention_can_start(text, pos), (window, at_start)
            if any(is_admin_code(m.region_id) for m in at_start):
                assert division_can_start(text, pos), (window, at_start)


def test_skipped_seed_windows_have_no_division_at_their_start():
    """Every window of the seeds that opens with an abbreviation character (深化, 大力, 沪企): where
    the shortcut says no division can start, find_regions finds none at the start."""
    from pathlib import Path
    from policydata.recognize.regions.composites import _abbreviation_chars as _abbreviation_first_chars
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))] + ["在沪企业", "沪企", "沪"]
    for text in texts:
        for pos, char in enumerate(text):
            if char not in _abbreviation_first_chars() or division_can_start(text, pos):
                continue
            for home in ("CN", "310000"):
                window = text[pos:pos + 12]
                assert not [m for m in find_regions(window, home_region=home)
                            if m.start == 0 and is_admin_code(m.region_id)], window


def test_skipped_seed_windows_have_no_mention_at_their_start():
    """The same for mention_can_start and any mention, on the seed windows opening with an
    abbreviation character (成渝 may open a composite, 成立 may not)."""
    from pathlib import Path
    from policydata.recognize.regions.composites import _abbreviation_chars as _abbreviation_first_chars
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))] + ["推动成渝地区发展", "成立"]
    for text in texts:
        for pos, char in enumerate(text):
            if char not in _abbreviation_first_chars() or mention_can_start(text, pos):
                continue
            for home in ("CN", "310000"):
                window = text[pos:pos + 12]
                assert not [m for m in find_regions(window, home_region=home) if m.start == 0], window


def test_skipped_seed_windows_have_no_division_at_their_end():
    """Every seed window ending at a position where division_can_end says no: find_regions finds
    no division ending at the window's end (place_before skips those windows)."""
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    texts += ["多家外企在沪", "港澳台", "我省", "本市人民政府"]
    for text in texts:
        for j in range(len(text) + 1):
            if division_can_end(text, j):
                continue
            window = text[max(0, j - 12):j]
            for home in ("CN", "370000"):
                assert not [m for m in find_regions(window, home_region=home)
                            if m.end == len(window) and is_admin_code(m.region_id)], window


def test_shortcuts_answer_yes_and_no():
    assert division_can_start("贵州提出", 0) and not division_can_start("提出", 0)
    assert division_can_start("沪企", 0) and not division_can_start("深化改革", 0)
    assert mention_can_start("天竺综保区", 0) and not mention_can_start("提出建设", 0)
    assert mention_can_start("成渝地区", 0) and not mention_can_start("成立", 0)


def _sample_texts() -> list[str]:
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    texts += ["到2035年基本实现", "今年以来，前三季度增长5%", "十四五时期", "截至9月末", "7、8、9月份",
              "全年粮食产量", "推进改革", "第一、二季度", "近三年来", "去年12月"]
    out = []
    for text in texts:
        out += [s for s in re.split(r"(?<=[。；！？\n])", text) if s]
    return out


def test_time_cue_precheck_changes_no_answer(monkeypatch):
    """find_time_expressions with its prechecks (one scan for any cue, a pattern's required
    characters, a pattern tried only at its opening characters) gives what the full scans give."""
    from policydata.recognize import timeexpr
    texts = _sample_texts()
    texts += ["\n".join(texts)]  # one long text: the opening-character scans go past many matches
    assert timeexpr._opening_class(timeexpr._lexicon()["year_pattern"]) is not None  # in use on time.json
    fast = [[timeexpr.find_time_expressions(t, year) for year in (None, 2024)] for t in texts]
    monkeypatch.setattr(timeexpr, "has_time_cue", lambda text: True)  # the screen (time_cues) lets every text through
    monkeypatch.setattr(timeexpr, "_required_chars", lambda pattern: ())
    monkeypatch.setattr(timeexpr, "_opening_class", lambda pattern: None)
    full = [[timeexpr.find_time_expressions(t, year) for year in (None, 2024)] for t in texts]
    assert fast == full
    assert any(any(f) for f in full) and not all(all(f) for f in full)


@pytest.mark.parametrize("pattern, required", [
    (r"(?<![\d.])(?P<year>(?:19|20)\d{2})年(?!代)", ("年",)),
    (r"(?:(?P<year>\d{4})年)?(?P<m>1[0-2]|[1-9])月", ("月",)),
    (r"前(?P<n>[一二三]|\d)个月", ("前", "个", "月")),
    (r"(?:近|过去)?\d+(?:个月|年)", ()),
    (r"(?i)q[1-4]", ()),
    (r"[一二三]{1,3}(?:个月|年)(?:来|以来)", ("来",)),  # a character every alternative holds
    (r"(?:(?:1[0-2]|[1-9])月?、)+[1-9]月", ("、", "月")),  # a repeat that runs at least once
    (r"(?:、[1-9])*月", ("月",)),  # a repeat that may not run adds nothing
    (r"(?:甲乙|乙丙)", ("乙",)),
    (r"(?=年)\d", ()),  # a lookahead consumes nothing
])
def test_required_chars(pattern, required):
    from policydata.recognize.timeexpr import _required_chars
    assert _required_chars(pattern) == required


@pytest.mark.parametrize("text, home", [
    ("山东省济南市、青岛市、烟台市召开会议，山东省推进，山东省建设，我省将加快发展", "CN"),
    ("山东省济南市、青岛市、烟台市召开会议，山东省推进，山东省建设，我省将加快发展", "370000"),
    ("深圳市宝安区、龙岗区、光明区，广东省推进，广东省建设，广东省发展", "440300"),
    ("江苏、浙江、广东、山东、河南、四川等地", "CN"),
    ("推动宝安燕罗、龙岗宝龙、光明凤凰片区建设", "440300"),
    ("北京、天津、河北三地协同发展", "no-such-region"),
])
def test_place_context_of_its_own_home_is_the_same(text, home):
    """find_regions keeps its answer by text and the home the context settles on: that home
    must give the same context again (the first scan of a document has no home given)."""
    from policydata.recognize.regions.place_context import build_place_context
    ctx = build_place_context(text, home)
    assert build_place_context(text, ctx.home) == ctx
    assert find_regions(text, home_region=home) == find_regions(text, home_region=ctx.home)


def test_time_cue_openings_change_no_answer():
    """has_time_cue tries the cue only where a match can start: the same answer as one search."""
    from policydata.recognize import time_cues
    assert time_cues._cue_openings() is not None  # the shortcut is in use on time.json
    cue = time_cues._time_cue_pattern()
    texts = _sample_texts()
    rng = random.Random(5)
    alphabet = "0123456789年月日季度前以来到至今去上本”“\"，。、一二三四五十个规划完成目标同比增长说"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(3000)]
    assert any(cue.search(t) for t in texts) and not all(cue.search(t) for t in texts)
    for t in texts:
        assert time_cues.has_time_cue(t) == bool(cue.search(t)), t


@pytest.mark.parametrize("pattern, opening", [
    (r"(?<![\d.])(?:19|20)\d{2}年", "[12]"),  # a lookbehind first: the engine has no first character
    (r"(?:(?:19|20)\d{2}年)?(?:1[0-2]|[1-9])月", "[11-92]"),  # an optional part first
    (r"(?:到|至)\d{4}年", None),  # alternatives of literals first: the engine skips to them itself
    (r"前[一二三]个月", None),
    (r"(?:近)?\d*年", "[\\d年近]"),
    (r"(?:近)?\d*", None),  # can match the empty string
    (r"(?:^今年)?明年", None),  # can start only at the text's start: kept as finditer
])
def test_opening_class(pattern, opening):
    from policydata.recognize.timeexpr import _opening_class
    found = _opening_class(pattern)
    assert (found.pattern if found is not None else None) == opening


@pytest.mark.parametrize("pattern, first", [
    (r"(?:到|至)\d{4}年", {"到", "至"}),
    (r"(?<![\d.])(?:19|20)\d{2}年", {"1", "2"}),
    (r"^(?:今年|去年)|[“\"]?第?[一二]五", {"<anchored>", "“", '"', "第", "一", "二"}),
    (r"(?:近)?\d*年", {"近", r"\d", "年"}),
    (r"a?", {"a", "<empty>"}),
    (r"[^，]年", None),
    (r".年", None),
])
def test_first_pieces(pattern, first):
    from re import _parser
    from policydata.text.regex_starts import first_pieces as _first_pieces
    assert _first_pieces(list(_parser.parse(pattern).data)) == first


def test_clause_bounds_of_long_texts_same_as_the_walk():
    """clause_bounds bisects a long text's listed breaks: the same bounds as walking to them."""
    from policydata.text.segment import CLAUSE_BREAKS, clause_bounds

    def walk(text, pos):
        pos = max(0, min(pos, len(text)))
        lo, hi = pos, pos
        while lo > 0 and text[lo - 1] not in CLAUSE_BREAKS:
            lo -= 1
        while hi < len(text) and text[hi] not in CLAUSE_BREAKS:
            hi += 1
        return lo, hi

    rng = random.Random(11)
    for size in (0, 1, 150, 201, 600):
        text = "".join(rng.choice("增长五，；。：\n!?,;甲乙") for _ in range(size))
        for pos in [-3, 0, size - 1, size, size + 2] + [rng.randint(0, size) for _ in range(50)]:
            assert clause_bounds(text, pos) == walk(text, pos), (text, pos)


def test_without_overlaps_same_as_pairwise_test():
    """Time expressions kept by bisection: the same as testing each against every kept one."""
    from policydata.recognize.timeexpr import TimeExpr, _without_overlaps

    def plain(found):
        kept = []
        for t in sorted(found, key=lambda t: (-(t.end - t.start), t.start)):
            if all(t.end <= k.start or t.start >= k.end for k in kept):
                kept.append(t)
        return sorted(kept, key=lambda t: t.start)

    rng = random.Random(3)
    for _ in range(3000):
        found = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 30)
            found.append(TimeExpr(start, start + rng.randint(0 if rng.random() < 0.05 else 1, 6), "x", "year"))
        assert _without_overlaps(found) == plain(found), found


def test_section_at_same_as_the_walk():
    """section_at looks its answer up by the number of sections started: the walk's answer."""
    from policydata.recognize.sections import Section, _section_at_walk, section_at
    rng = random.Random(17)
    for _ in range(500):
        sections, start = [], 0
        for _ in range(rng.randint(0, 8)):
            start += rng.randint(0, 20)
            sections.append(Section(start, start + 5, rng.choice(["review", "plan", "neutral"]),
                                    rng.choice([None, 2024, 2025]), rng.randint(0, 4), "", rng.random() < 0.5))
        for pos in range(-2, start + 3):
            assert section_at(sections, pos) == _section_at_walk(sections, pos), (sections, pos)
    unordered = [Section(30, 40, "plan", 2026, 1), Section(0, 10, "review", 2025, 1)]
    assert section_at(unordered, 35) == _section_at_walk(unordered, 35)


def test_shifted_time_expression_keeps_every_field():
    from dataclasses import replace
    from policydata.extract.figures.walk import _shift
    from policydata.recognize.timeexpr import TimeExpr
    t = TimeExpr(1, 5, "7、8月", "period", 2024, "2024-07/2024-08", 2023, ("2024-07", "2024-08"))
    assert _shift(t, 10) == replace(t, start=11, end=15)


def test_split_clauses_remembered_answer_is_a_fresh_list():
    from policydata.document import Span
    from policydata.text.segment import split_clauses
    text = "推动升级，加快建设。"
    first = split_clauses(text, Span(0, len(text), text))
    first.append(None)
    assert split_clauses(text, Span(0, len(text), text)) == [Span(0, 5, "推动升级，"), Span(5, 10, "加快建设。")]


def test_a_remembered_find_regions_answer_registers_its_rule_made_regions(monkeypatch):
    """A worker may start with a fresh registry of rule-made regions: an answer find_regions
    remembers must register them as a fresh scan does."""
    from policydata.recognize.regions import gazetteer, get_region
    text = "完成东山组团污水管网等工程，支持团结村奶牛养殖等项目建设。"
    ids = [m.region_id for m in find_regions(text, home_region="150702")]
    assert {"tuanjie-village-150702", "dongshan-cluster-150702"} <= set(ids)
    monkeypatch.setattr(gazetteer, "_GENERATED", {})
    assert [m.region_id for m in find_regions(text, home_region="150702")] == ids
    assert get_region("tuanjie-village-150702").name_zh == "团结村"
    assert get_region("dongshan-cluster-150702").name_zh.startswith("东山")


def test_name_starts_same_as_plain_definition():
    """The positions where a gazetteer name can start, found with a second-character lookahead:
    the positions whose first two characters open a name (or whose character is a name)."""
    from policydata.recognize.regions.matching import _name_openings, _name_starts
    singles, pairs = _name_openings()
    texts = _sample_texts() + ["山东济南", "济", "", "在沪设立", "北京、天津、河北"]
    for text in texts:
        plain = [j for j in range(len(text)) if text[j:j + 2] in pairs or text[j] in singles]
        assert _name_starts(text) == plain, text


def test_deep_copy_of_a_state_shares_its_sections_and_copies_the_rest():
    """A Section is its own deep copy (frozen, immutable fields): read_apart's copy of the figures
    walk's state shares the sections, and what it changes still leaves the original alone."""
    import copy

    from policydata.recognize.sections import Section

    section = Section(0, 9, "plan", 2025, level=1, heading="二、2025年重点任务")
    state = {"sections": [section], "frame": "", "seen": [2024]}
    copied = copy.deepcopy(state)
    assert copied == state and copied["sections"][0] is section
    copied["frame"], copied["seen"][0] = "review", 2023
    copied["sections"].append(Section(10, 20, "review", 2024))
    assert state == {"sections": [section], "frame": "", "seen": [2024]}
