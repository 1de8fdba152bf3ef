"""Who is quoted: the quotations of a news article and who speaks them -- a firm's, a school's or
people's speaker (rule firm_quote, :func:`firm_quotes`: their words commit no government body) and
a named body's speaker (:func:`quoted_speakers`) -- read once per article by the walk.

Moved out of :mod:`.speakers` (round 18, output identical): that module tracks who speaks as the
article goes on; this one finds the quotations and their speakers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...recognize.actors import Actor, find_actors
from ...text.patterns import alternation
from ...text.segment import CJK_RANGE as _HAN
from .rules import load_verbs
from .speakers import _speaking_for, named_committees, unit_prefix

__all__ = ["firm_quotes", "quoted_speakers"]


#: rule firm_quote: the speaker named right after a closing quotation mark (”某某公司运行部主任张三介绍)
_QUOTE = re.compile(r"“[^“”]{4,400}”")


@lru_cache(maxsize=1)
def _firm_speaker() -> re.Pattern:
    """A speaker whose unit is a firm, a school or people (measure_verbs.json ``firm_subject_suffixes``,
    ``person_subjects``), then a title and a name, then a speech verb (group ``name``: the last two
    characters of the name, which a later bare mention ends with)."""
    lex = load_verbs()
    verbs = alternation(lex["quote_speaker_verbs"])
    # a gesture may come first (”指着…，某公司厂长张三说), but no speech of its own
    return re.compile(rf"(?:(?!{verbs})[^。；;“”]){{0,30}}?(?:{_firm_units()})[^，,。；;“”]{{0,14}}"
                      rf"(?P<name>[{_HAN}·]{{2}})(?:则|也|还)?(?:{verbs})")


def _firm_units() -> str:
    """The alternation of what makes a speaker a firm's, an association's or people's: a name ending
    in ``firm_subject_suffixes`` (某某公司, 某某协会), a word for people (``person_subjects``), or an
    executive's title that no government office has (``firm_executive_titles``: 总裁, 会长; rule
    executive_speaker: 某某网总裁张三说, whatever the firm's name looks like)."""
    lex = load_verbs()
    return alternation([*lex["firm_subject_suffixes"], "厂", *lex["person_subjects"], *lex["firm_executive_titles"]])


@lru_cache(maxsize=1)
def _firm_person() -> re.Pattern:
    """Rule firm_person: a person the text introduces by a firm's or an association's unit and a title
    (某某有限公司副总经理张三更加明晰…, 某省某某协会会长李四干劲更足了：), anywhere in a sentence; group
    ``name``: two or three characters after the title."""
    lex = load_verbs()
    titles = alternation([*lex["speaker_titles"], *lex["firm_executive_titles"]])
    # organisations only: a word for people before a title names a grassroots body (村民委员会主任)
    units = alternation([*lex["firm_subject_suffixes"], "厂", *lex["firm_executive_titles"]])
    return re.compile(rf"(?:{units})[^，,。；;“”：:]{{0,14}}?(?:{titles})(?P<name>[{_HAN}·]{{2,3}})")


def _speaker_before(text: str, quote_start: int, home_region: str) -> re.Match | None:
    """Rule speaker_before_quote: the firm's or association's person who introduces a quotation
    in the words right before it, in its own sentence, closed by ：or ，(某协会会长李四说：“我们将…”);
    None when a government body is named there."""
    start = max(text.rfind(c, 0, quote_start) for c in "。！？!?\n”") + 1
    before = text[max(start, quote_start - 60):quote_start].rstrip()
    if not before.endswith(("：", ":", "，", ",")):
        return None
    who = None
    for who in _firm_person().finditer(before):
        pass
    return who if who and not find_actors(before, home_region) else None


@lru_cache(maxsize=1)
def _government_body() -> re.Pattern:
    """A government body named inside a quotation (某市投资促进局, 县人民政府, 园区管委会); not a
    word that only ends like one (格局, 布局: the two-character 局 words of ``body_false_endings``)."""
    not_before_ju = "".join(w[0] for w in load_verbs()["body_false_endings"] if len(w) == 2 and w.endswith("局"))
    # or the bare word 政府 opening a clause (“……，政府按企业所需，搭建…”: the government acts)
    return re.compile(rf"[{_HAN}]{{2,12}}?(?:人民政府|政府|管委会|委员会|(?<![{not_before_ju}])局|厅)"
                      rf"|(?:^|(?<=[，,。；;：:“]))(?:当地|各级)?政府")

@lru_cache(maxsize=1)
def _bare_speaker() -> re.Pattern:
    """A bare name (2-4 characters) and a speech verb right after a closing quotation mark (”张三说)."""
    verbs = alternation(load_verbs()["quote_speaker_verbs"])
    return re.compile(rf"(?P<name>[{_HAN}·]{{2,4}}?)(?:则|也|还)?(?:{verbs})")


def firm_quotes(text: str, home_region: str = "", firms: tuple[str, ...] | list[str] = ()) -> list[tuple[int, int]]:
    """Rule firm_quote (news): the spans of quotations a firm's or people's speaker says (“我们建设
    算力中心…”某某公司运行部主任张三介绍; later “…”张三说 by the same name): what a firm or a villager
    tells of its own work is no government measure. Not a firm's: a speaker whose unit is a
    government body (中国人民银行行长…), nor a quotation that names the body acting (“某局主动对接，…”).

    >>> t = "“我们加快产品研发。”某某公司总监张三介绍。“我们建成了新车间。”张三说。“县里建成服务站。”县长李四说。"
    >>> [t[s:e] for s, e in firm_quotes(t)]
    ['“我们加快产品研发。”', '“我们建成了新车间。”']
    >>> firm_quotes("“我们将实施稳健灵活的信贷政策。”中国人民银行行长张三表示。"), firm_quotes("“商务部主动对接。”某公司总监张三说。")
    ([], [])
    >>> firm_quotes("“某市投资促进局主动对接，安排参观。”某公司总监张三说。")
    []
    >>> firm_quotes("“从选址到投产，政府主动上门服务，帮我们协调用地。”某公司总监张三说。")
    []

    An association's speaker (rule association_speaker), one named before the quotation
    (rule speaker_before_quote), an executive whatever the firm's name (rule executive_speaker), and
    a firm's person introduced earlier and then named alone (rule firm_person):

    >>> t = "某省家电协会会长王五信心更足了：“我们将搭建服务平台，推动品牌下乡。”"
    >>> [t[s:e] for s, e in firm_quotes(t)]
    ['“我们将搭建服务平台，推动品牌下乡。”']
    >>> len(firm_quotes("“我们将上线更多便民功能，扩大服务范围。”某某网国内业务总裁赵六说。"))
    1
    >>> t = "这让某某检测有限公司副总经理钱七看清了方向。“我们将完善检测标准体系。”钱七说。"
    >>> [t[s:e] for s, e in firm_quotes(t)]
    ['“我们将完善检测标准体系。”']
    >>> firm_quotes("某市商务局局长孙八说：“我们将搭建服务平台，推动品牌下乡。”")
    []
    >>> firm_quotes("村民委员会主任周九介绍了情况。“村里建起了光伏电站，集体经济年年增收。”周九说。")
    []

    Rule firm_person_speech: that person's words told without quotation marks after 说，/介绍，, to the
    end of the sentence:

    >>> t = "某某建设有限公司副总经理吴十介绍了工期。吴十说，既要保证进度，又要保护古树。"
    >>> [t[s:e] for s, e in firm_quotes(t)]
    ['既要保证进度，又要保护古树']

    Rule named_firm_speaker: a speaker of a firm the text named (``firms``: subjects.firm_names,
    e.g. a state firm's short name) and then any title (“……”中国某车有关负责人说):

    >>> len(firm_quotes("“我们摸索出一套新办法。”中国某车有关负责人说。", firms=("中国某车",)))
    1

    Rule quote_then_subject: a first-person quotation that the sentence after it, opened by that
    person or firm (after a short adverbial clause), closes (“……”说起明年，某某信心十足。):

    >>> len(firm_quotes("“明年我们打算扩建厂房，开拓新市场。”说起明年，赵某某信心十足。", firms=("赵某某",)))
    1
    >>> firm_quotes("“今年要扩建厂房。”说起明年，赵某某信心十足。", firms=("赵某某",))
    []
    >>> t = "某某车间主任钱某介绍了产品。“明年我们打算扩建厂房。”说起明年，钱某信心十足。"
    >>> [t[s:e] for s, e in firm_quotes(t)]
    ['“明年我们打算扩建厂房。”']
    """
    verbs = alternation(load_verbs()["quote_speaker_verbs"])
    named_firm = re.compile(rf"(?:{alternation(sorted(firms, key=len, reverse=True))})[^，,。；;“”]{{0,10}}?(?:{verbs})") \
        if firms else None
    # rule quote_then_subject: a first-person quotation, then a sentence whose subject is a person or
    # firm the text named (after at most one short adverbial clause): that subject is the speaker
    names: set[str] = set()
    for person in _firm_person().finditer(text):  # rule firm_person: 某某公司副总经理张三…；“……”张三说
        if not find_actors(text[max(0, person.start() - 12):person.end()], home_region):
            names.update((person.group("name")[:2], person.group("name")[-2:]))
    subjects = sorted({*firms, *names}, key=len, reverse=True)
    named_subject = re.compile(rf"\s*(?:[^，,。；;“”]{{1,8}}[，,])?(?:{alternation(subjects)})") if subjects else None
    spans = []
    for m in _QUOTE.finditer(text):
        after = text[m.end():m.end() + 48]
        who = _firm_speaker().match(after)
        if who and find_actors(after[:who.end()], home_region):
            who = None  # 中国人民银行行长潘功胜表示: a government body's speaker
        if find_actors(m.group(), home_region) or _government_body().search(m.group()):
            continue  # the quotation names the government body that acts (“某市投资促进局主动对接…”)
        who = who or _speaker_before(text, m.start(), home_region)  # rule speaker_before_quote
        if not who and any(p.match(after) for p in _crowd_after()):  # rule crowd_quote: “……”有关专家表示 -- no body speaks
            spans.append((m.start(), m.end()))
            continue
        if not who and named_firm and named_firm.match(after):  # rule named_firm_speaker
            spans.append((m.start(), m.end()))
            continue
        if not who and named_subject and "我" in m.group() and named_subject.match(after):
            spans.append((m.start(), m.end()))  # rule quote_then_subject: “我们准备…”展望未来，某某信心满满
            continue
        if who:
            names.add(who.group("name")[-2:])
            spans.append((m.start(), m.end()))
        elif names and (bare := _bare_speaker().match(after)) and bare.group("name")[-2:] in names:
            spans.append((m.start(), m.end()))  # the same speaker again, by name only
    if names:  # rule firm_person_speech: 张三说，既要…，又要… -- a firm's person's words without quotation marks
        said = re.compile(rf"(?:{alternation(sorted(names, key=len, reverse=True))})(?:则|也|还|又)?(?:{verbs})[，,](?!“)")
        for m in said.finditer(text):
            end = min((i for i in (text.find(c, m.end()) for c in "。！？!?\n") if i >= 0), default=len(text))
            spans.append((m.end(), end))
    return sorted(spans)


@lru_cache(maxsize=1)
def _crowd_after() -> tuple[re.Pattern, ...]:
    """Rule crowd_quote: the words right after a closing quotation mark name people in general or an
    unnamed expert as its speaker (”有关专家表示, ”业内人士认为: measure_verbs.json ``crowd_speaker_patterns``,
    after at most six characters): what they advise or expect is no government body's commitment.

    >>> [t for t in ("“企业要加快转型。”有关专家表示。", "“我们将加快转型。”某局局长张三说。") if firm_quotes(t)]
    ['“企业要加快转型。”有关专家表示。']
    """
    return tuple(re.compile(rf"[^，,。；;“”]{{0,6}}?(?:{getattr(p, 'pattern', p)})") for p in load_verbs()["crowd_speaker_patterns"])


@lru_cache(maxsize=4)
def _titled_speaker(titles: str, speech: str) -> re.Pattern:
    """What follows a body's name after a closing quotation mark when one of its officials is the
    speaker: [an internal unit of the body] title(s) [a name] speech verb (”某厅副厅长张三说; rule
    unit_officer_speaker: ”某部某司有关负责人表示 / ”某厅外资处负责人介绍 -- the officer of a division
    speaks for the body, named or not: speakers.unit_prefix). The name is optional because a generic
    title (有关负责人) names nobody."""
    return re.compile(rf"{unit_prefix()}(?:{titles})+"
                      rf"(?:[^，,。；;“”]{{0,6}}?(?P<name>[{_HAN}·]{{2,3}}?))??(?:则|也|还)?(?:{speech})")


def quoted_speakers(text: str, speakers: dict, home_region: str = "") -> list[tuple[int, int, Actor, str]]:
    """Rule quoted_speaker (news): the quotations whose speaker is named right after the closing
    mark (“我们将…”某厅副厅长张三说 / “……”张三表示, a name the text gave a body's title), as
    (start, end, the speaker's body, name): the measures inside are that body's, not those of
    the speaker quoted before. A firm's speaker is rule firm_quote's.

    >>> t = "局长甲某表示，将扩大投资。“我们将培育服务品牌。”浙江省商务厅副厅长乙某说。"
    >>> from policydata.extract.measures.speakers import _collect_speakers
    >>> [(t[s:e], a.name, n) for s, e, a, n in quoted_speakers(t, _collect_speakers(t, "CN"), "CN")]
    [('“我们将培育服务品牌。”', '浙江省商务厅', '乙某')]
    """
    lex = load_verbs()
    titles = alternation(lex["speaker_titles"])
    speech = alternation(lex["quote_speaker_verbs"])
    out = []
    for m in _QUOTE.finditer(text):
        after = text[m.end():m.end() + 48]
        bare = _bare_speaker().match(after)
        mention = speakers.get(bare.group("name")) if bare else None
        name = bare.group("name") if mention else ""
        if mention is None:
            found = find_actors(after[:30], home_region) or named_committees(after[:30], home_region)
            if found and found[0].start == 0 and not found[0].actor.is_media:
                who = _titled_speaker(titles, speech).match(after[found[0].end:])
                if who:
                    mention, name = found[0], who.group("name") or ""
        if mention is not None:
            out.append((m.start(), m.end(), _speaking_for(mention.actor), name))
    return out
