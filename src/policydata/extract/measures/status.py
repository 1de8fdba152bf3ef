"""Whether a measure is planned or reported: a cue in its clause, the opening of its sentence,
the section tense (timeexpr), review/plan words of a heading, else a default."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..context import opening_frame
from .modals import future_jiang
from .rules import _any, load_instruments, load_verbs

#: rules whose clause tells an act already done whatever the section says: what a meeting did
#: (讨论通过《…》, meeting_act) and a policy object set up or enacted, verb last (某基金设立, verb_final_result)
DONE_RULES = ("meeting_act", "verb_final_result")

if TYPE_CHECKING:
    from .finding import _Draft


def clause_status(clause: str, has_modal: bool = False) -> str:
    """'planned' / 'reported' from cues inside one clause, '' when it says neither.

    A modal (将/要) or a goal word (力争/确保/到2030年) plans; 已/累计/相继/出台了 report.

    >>> clause_status("出台了稳增长政策"), clause_status("力争建成5G基站"), clause_status("建设基站")
    ('reported', 'planned', '')

    Rule published_recently: the clause that publishes a document (近日印发, 日前发布) reports
    that act, even where the document's own voice then plans what follows (…发布通知明确，要…).

    >>> [clause_status(c) for c in ("某部近日发布通知明确", "该局日前联合印发方案", "印发方案")]
    ['reported', 'reported', '']
    >>> clause_status("近日将印发方案", has_modal=True)  # a modal still plans
    'planned'
    >>> clause_status("剩余8部将于年底前完工"), clause_status("已将其纳入救助范围")  # rule future_jiang
    ('planned', 'reported')


    """
    lex = load_verbs()
    if has_modal or _any(lex["planned_clause_patterns"], clause) or future_jiang(clause):
        return "planned"  # rule future_jiang (modals): 剩余8部将于年底前完工 -- 将 after a subject the clause reading passed over
    if _any(lex["reported_clause_patterns"], clause):
        return "reported"
    return ""


@lru_cache(maxsize=32)
def lead_status(sentence: str, report_year: int | None = None) -> str:
    """The tense a sentence's opening sets for what follows in its section, '' if none: the
    frame of :func:`policydata.extract.context.opening_frame` (the one rule for both tables).

    Remembered for the last few sentences: the walk asks about each sentence twice in a row
    (whether it ends a so-far-this-year review, then what it opens).

    >>> lead_status("过去一年，我们扎实推动高质量发展。"), lead_status("今年要抓好以下工作。")
    ('reported', 'planned')
    >>> lead_status("2025年，全省建成基站。", 2026), lead_status("2026年，要突出抓好。", 2026)
    ('reported', 'planned')
    """
    t = sentence.strip()[_enumerator_end(sentence.strip()):]
    return {"review": "reported", "plan": "planned"}.get(opening_frame(t, report_year), "")


#: Rule ``dated_before_publication``: in a text that is no official document (news, commentary), a sentence
#: that opens with a date before the publication date (2025年…, 2025年5月…, 今年5月… in an article of
#: July 2026) tells what was done then: its measures are reported (corpus README: news of what was
#: done). A date in or after the publication month says nothing: the other cues decide. A start
#: before publication (今年3月起，…推行 in a July article) is in force: reported too (round 16).
_DATED_OPENING = re.compile(r"^[（(]?(?:在|于)?(?:(?P<year>(?:19|20)\d{2})年|(?P<this>今年))"
                            r"(?:(?P<month>1[0-2]|[1-9])月)?(?:份)?(?!以来|底前|前|底|末前|内)")

#: rule span_into_publication: the end of a span of dates right after the opening date (…日至2026年4月30日)
_SPAN_END = re.compile(r"(?:\d{1,2}日)?(?:至|到)(?:(?P<year>(?:19|20)\d{2})年)?(?P<month>1[0-2]|[1-9])月")


def dated_before_publication(sentence: str, published: str | None) -> str:
    """'reported' when ``sentence`` opens with a date before ``published`` (ISO), else ''.

    >>> rows = [("2025年我国首次实施新的补贴政策。", "2026-01-09", "reported"),
    ...         ("今年3月，某市启动了这项改革。", "2026-07-15", "reported"),
    ...         ("今年9月，某市将启动这项改革。", "2026-07-15", ""),
    ...         ("2026年，某市要推进这项改革。", "2026-01-09", ""),
    ...         ("2025年以来，某市推进改革。", "2026-01-09", ""),
    ...         ("今年3月起，某市在全市推行这项改革。", "2026-07-15", "reported"),
    ...         ("今年9月起，某市在全市推行这项改革。", "2026-07-15", ""),
    ...         ("2025年5月1日至2026年4月30日实施新的补贴政策。", "2025-09-10", ""),
    ...         ("2025年5月1日至8月31日实施新的补贴政策。", "2025-09-10", "reported"),
    ...         ("2025年我国实施新政策。", None, "")]
    >>> [(s, d, dated_before_publication(s, d)) for s, d, _ in rows] == rows
    True
    """
    m = _DATED_OPENING.match(sentence.strip())
    pub = re.match(r"((?:19|20)\d{2})-(\d{2})", published or "")
    if not m or not pub:
        return ""
    year, month = int(pub.group(1)), int(pub.group(2))
    said = int(m.group("year")) if m.group("year") else year
    end = _SPAN_END.match(sentence.strip(), m.end())
    if end and (int(end.group("year") or said), int(end.group("month"))) >= (year, month):
        return ""  # rule span_into_publication (round 18): 2021年5月至2022年4月实施… is still to run
    if said < year or (said == year and m.group("month") and int(m.group("month")) < month):
        return "reported"
    return ""


#: Rule ``clause_opening_frame``: a frame cue may open a later clause of a sentence instead of
#: the sentence (某镇已有20年种植历史，近年来，该镇探索…): it frames the clauses after it.
_CLAUSE_MARK = re.compile(r"[，,；;]")  # clause marks inside a sentence (not 、：, which join within a clause)


def inner_lead_status(before: str, report_year: int | None = None) -> str:
    """Rule ``clause_opening_frame``: the tense set by the latest clause of ``before`` (the
    sentence up to a measure, its opening excluded) that opens with a frame cue, '' if none.

    >>> rows = [("某镇已有种植历史，近年来，该镇", "reported"), ("某县规模较小，下一步，", "planned"),
    ...         ("近年来，某镇", ""), ("某镇立足资源，", "")]
    >>> [(b, inner_lead_status(b, 2026)) for b, _ in rows] == rows
    True
    """
    parts = _CLAUSE_MARK.split(before)[1:]
    for part in reversed(parts):
        status = lead_status(part, report_year) if part.strip() else ""
        if status:
            return status
    return ""


#: Rule ``issued_document_content`` (round 15): in a news report, the clause right after one that
#: issues a named document (某部印发《…指南》，部署开展… / 某局发布《…措施》，全力建设…) tells what
#: the document sets out, not what has been done: planned. The issuing clause itself stays reported
#: (it is the news); only the clause straight after it is read so, and a clause with its own cue
#: (已, 了) still decides first (clause_status comes before the lead in _final_status). The issuing
#: verbs are the one list of instruments.json rule issued_title (印发, 出台, 发布, 下发, 颁布…).
@lru_cache(maxsize=1)
def _issuing_clause() -> re.Pattern:
    verbs = "|".join(sorted(load_instruments()["issued_title"]["verbs"], key=len, reverse=True))
    return re.compile(rf"(?:{verbs})(?:了)?《[^》]{{1,60}}》(?:（[^）]{{0,20}}）)?[，,]$")


#: rule parallel_document_act: a clause that opens with its verb on another named document (实施《乙》)
_DOCUMENT_ACT = re.compile(r"[\u4e00-\u9fff]{1,4}《")


def issued_document_content(before: str, measure: str = "") -> str:
    """Rule ``issued_document_content``: 'planned' when ``before`` (the sentence up to a measure)
    ends with a clause that issues a named document, '' otherwise. Rule parallel_document_act: a
    measure that itself acts on another named document (制定《甲计划》，实施《乙规则》: a list of
    deeds) is no content of the first one.

    >>> rows = [("近日，某部印发《社区养老服务指南》，", "planned"),
    ...         ("某局发布了《促进会展业发展若干措施》，", "planned"),
    ...         ("某部印发《指南》，推动各地", ""), ("某市召开会议，", ""), ("", "")]
    >>> [(b, issued_document_content(b)) for b, _ in rows] == rows
    True
    >>> issued_document_content("制定《甲乙发展计划》，", "实施《丙丁暂行规则》")
    ''
    """
    if _DOCUMENT_ACT.match(measure):
        return ""
    return "planned" if _issuing_clause().search(before.rstrip()) else ""


#: Rule ``issued_document_story`` (round 17): a news clause that issues a named document (某部印发
#: 《…方案》, 某局发布了《…措施》, 某委印发实施《…》) is the news; what the story tells after it, in
#: the same sentence or later ones, is what the document contains -- commitments, planned (corpus
#: README: planned for what notices, opinions and plans commit to) unless a cue of its own says
#: otherwise (已, 累计, a review frame 2021年以来 / 近年来). The verbs are the one list of
#: instruments.json rule issued_title, as in issued_document_content.
#: Only a document that commits counts: its title ends with a genre of plan or directive (意见, 方案,
#: 措施, 通知, 要点…, an optional （试行） / （2026—2028年） after it). A decision amending a
#: regulation (…的决定), a law or regulation (条例, 法) tells provisions made or in force, a bulletin
#: (公报) data; and 印发《…》等 lists documents issued as work done (a review), so 等 after the title
#: is no issuing news.
COMMITTING_GENRES = ("指导意见", "实施意见", "意见", "方案", "措施", "举措", "通知", "规划", "计划", "要点",
                     "指南", "指引", "办法", "细则", "纲要", "清单")


@lru_cache(maxsize=1)
def _issuing_act() -> re.Pattern:
    verbs = "|".join(sorted(load_instruments()["issued_title"]["verbs"], key=len, reverse=True))
    genres = "|".join(sorted(COMMITTING_GENRES, key=len, reverse=True))
    return re.compile(rf"(?:{verbs})(?:了|实施|施行)?《[^》]{{0,60}}?(?:{genres})(?:[（(][^）)》]{{1,16}}[）)])?》(?!等)")


def issues_named_document(clause: str) -> bool:
    """Rule ``issued_document_story``: True when ``clause`` issues a document it names in 《》.

    >>> [issues_named_document(c) for c in ("某部近日印发《社区养老服务指南》", "某局发布了《会展业若干措施》",
    ...                                     "三部门联合印发实施《关于促进夜间消费的意见》",
    ...                                     "某厅出台《乡村文旅提升方案（试行）》",
    ...                                     "落实《某某条例》", "某市推出一批便民措施")]
    [True, True, True, True, False, False]
    >>> [issues_named_document(c) for c in ("国务院公布《关于修改〈某某条例〉的决定》",  # amendments made
    ...                                     "印发《矿山救援工作指南》等规章制度",  # documents listed as work done
    ...                                     "某局发布《2025年全省统计公报》")]  # data
    [False, False, False]
    """
    return bool(_issuing_act().search(clause))


@lru_cache(maxsize=1)
def _issuing_rule_act() -> re.Pattern:
    titled = load_instruments()["issued_title"]
    verbs = "|".join(sorted(titled["verbs"], key=len, reverse=True))
    rules = [w for w, instrument in titled["heads"].items() if instrument == "regulation"]
    genres = "|".join(sorted(set(COMMITTING_GENRES) | set(rules), key=len, reverse=True))
    return re.compile(rf"(?:{verbs})(?:了|实施|施行)?《[^》]{{0,60}}?(?:{genres})(?:[（(][^）)》]{{1,16}}[）)])?》")


def issues_named_rule(clause: str) -> bool:
    """Rule ``regulated_party_in_news``: True when ``clause`` issues a document that can bind the
    parties it names -- a committing genre (issued_document_story) or a rule (instruments.json
    issued_title heads read as regulation: 规定, 条例, 办法, 细则, 规则); listed ones (等) count here.

    >>> [issues_named_rule(c) for c in ("某局会同某部制定了《快递服务管理规定》", "某部印发《乡村旅游指南》",
    ...                                 "落实《某某条例》", "某局发布《2025年统计公报》")]
    [True, True, False, False]
    """
    return bool(_issuing_rule_act().search(clause))


def _enumerator_end(t: str) -> int:
    """Length of a leading enumerator (一是, （三）) so that cues after it are seen."""
    for pat in load_verbs()["enumerator_patterns"]:
        m = pat.match(t)
        if m:
            return m.end()
    return 0


def heading_status(heading: str) -> str:
    """Fallback when timeexpr has no sections: review/plan words in a heading.

    >>> heading_status("一、2025年工作回顾"), heading_status("三、2026年重点工作"), heading_status("综述")
    ('reported', 'planned', '')
    """
    lex = load_verbs()
    if any(w in heading for w in lex["review_heading_words"]):
        return "reported"
    if any(w in heading for w in lex["plan_heading_words"]):
        return "planned"
    return ""


def _section_status_at(context):
    """A function pos -> 'planned' / 'reported' / '' from the document's sections (review -> reported)."""
    if not context.sections:
        return None

    def status_at(pos: int) -> str:
        return {"review": "reported", "plan": "planned"}.get(context.tense_at(pos), "")
    return status_at


def _final_status(d: "_Draft", section_status, default: str = "planned",
                  default_rule: str = "document_plans") -> tuple[str, str]:
    """(status, rule): clause cue, then the sentence-opening cue of the section, then the section
    tense (timeexpr), then review/plan words of the latest heading block (headings timeexpr does not
    number), else ``default`` (planned; reported for a statistics communique) by ``default_rule``
    (status_defaults.STATUS_DEFAULTS). The rule names are those of :mod:`.status_defaults`:
    clause_cue, the lead's own rule (``d.lead_rule``: sentence_frame, part_role, caption_fact),
    section_tense, heading_words."""
    by_section = section_status(d.start) if section_status else ""
    for status, rule in ((d.clause_status, "clause_cue"), (d.lead_status, d.lead_rule or "sentence_frame"),
                         (by_section, "section_tense"), (d.heading_status, "heading_words")):
        if status:
            return status, rule
    return default, default_rule
