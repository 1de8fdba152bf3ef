r"""One reading of a document, built once per article and shared by every extractor.

The pipeline builds one :class:`DocumentContext` for each article (:func:`build_context`) and
passes it to every extractor -- regions, figures and measures -- so that all read the same
text, the same report year (今年, 全年, 去年 resolve against it, and a 2025年… sentence in a
document of 2026 is a review in both tables), the same issuer and the same region, and walk
the same blocks and sections. The context is built in this order, each part once:

1. the view (rule ``half_width_view``, :func:`policydata.text.punctuation.full_width_article`):
   the article with its half-width sentence marks (``,`` ``;`` ``:`` of web copies) read as
   full-width, one character for one, so offsets into the view are offsets into the text as
   written and every quote is taken from the text as written; a text in traditional characters
   is read in simplified ones the same way (rule ``traditional_view``, :mod:`policydata.text.script`);
2. the report year (:func:`report_year_of`) and, from it, the year a data report or a review of
   one year covers throughout (:func:`reviewed_year_of`: the one reading of a title's year);
3. the places (the regions stage, :func:`policydata.recognize.regions.article_places`, on the
   view): the region the article is about and the places it names;
4. the walk: the view's blocks in text order, its sections (headings with their tense and
   year) and its genre.

No extractor works these out on its own (``tests/test_architecture.py``): each reads
``context.article`` and the context's fields.

The report year follows one rule (:func:`report_year_of`), first that applies:

====================  =================================================================
rule                  source
====================  =================================================================
``own_year``          the year the report names as its own (:func:`report_own_year`:
                      2027年某市政府工作报告, 2027年…总体要求是：) when it is the year after
                      the given or printed date's: a report delivered in late December
                      for the coming year reports in that year
``review_own_year``   the year a review of one year names as its own (a statistical
                      communiqué, a year's summary: :func:`reviews_one_year`) when it is
                      the year before the date's: a communiqué of 2024 published in 2025
                      reports in 2024 (its 年末, 二季度 are 2024's); it is the year under
                      review throughout
``given_date``        the date given for the document: ``parse_text(date=)``, ``--date``
                      or the ``date`` column of ``sources.csv``
``printed_date``      a date printed with the article (a web page's 发布时间)
``text``              the text itself (:func:`timeexpr.infer_report_year`: the latest
                      year that is not a deadline, the year after a reviewed year)
``page``              the page or file the article sits on, for an article that names
                      no year itself
====================  =================================================================

>>> from policydata.document import Article
>>> art = Article(1, "", "一、2025年工作回顾\n全市地区生产总值增长5%。", [])
>>> report_year_of(art, given_date="2026-01-27")
(2026, 'given_date')
>>> report_year_of(Article(1, "", "", [], date="2026-03-05"))
(2026, 'printed_date')
>>> report_year_of(art)
(2026, 'text')
>>> report_year_of(Article(1, "", "没有年份。", []), page_year=2024)
(2024, 'page')
>>> report_year_of(Article(1, "", "2027年某市政府工作报告\n主要预期目标是：增长5%左右。", []), given_date="2026-12-28")
(2027, 'own_year')
>>> report_year_of(Article(1, "某县2030年统计公报", "年末常住人口50万人。", []), given_date="2031-03-01")
(2030, 'review_own_year')

The frame of a part of the text follows one rule too (:func:`opening_frame`): a sentence
that opens with a look back (过去一年，…, 刚刚过去的2025年，…, 去年，…, 2025年，我们… in a report
of 2026) starts a review, one that opens with this year's work (今年要…, 2026年，要…, 下一步)
starts a plan; the cues are ``lexicons/time.json`` ``opening_frames``. A review paragraph
without a review heading is a review all the same.

>>> opening_frame("刚刚过去的2025年，我们完成了全年目标任务。", 2026)
'review'
>>> opening_frame("2026年，要突出抓好十个方面。", 2026), opening_frame("推进城市更新。", 2026)
('plan', '')

The genre and the text type are decided by the rule tables of :mod:`.genre` (read here once).
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..lexicon import compiled
from ..document import CAPTION_BLOCK, TITLE_BLOCK, Article, Block, article_blocks, body_text
from ..recognize import regions as regions_mod
from ..recognize.regions import RegionMention
from ..recognize.sections import Section, find_sections, section_at
from ..recognize.timeexpr import infer_report_year, plan_years, small_number, time_lexicon
from ..text.item_numbers import item_number
from ..text.patterns import search_any
from ..text.punctuation import full_width_article
from ..text.script import simplified_article
from ..vocab import Tense
from .genre import (GENRE_RULES, TEXT_TYPE_RULES, document_genre, names_work_done,  # noqa: F401 (moved there,
                    opens_like_news, text_type_of)                          # read from here too)
from .roles import RolePart, document_roles, role_at
from .subject_year import (data_report_frame, data_report_year,  # noqa: F401 (moved there, read from here)
                           execution_report_year, news_headline_year, reviewed_year_of, title_and_first_line)

_CLAUSE_END = re.compile(r"[，,。；;：:]")  # the lead clause of a sentence ends at its first clause mark
_DATE_YEAR = re.compile(r"\s*((?:19|20)\d{2})")  # the year a date string opens with


@dataclass(frozen=True)
class DocumentContext:
    """What every extractor knows about the article it reads."""

    #: The article as every extractor reads it: the half-width view (rule ``half_width_view``),
    #: offsets as in the text as written. None for a context made without an article.
    article: Article | None = field(default=None, compare=False, repr=False)
    #: Body that issued or published the document (may be empty).
    issuer: str = ""
    #: ISO date of the document, or None when unknown.
    date: str | None = None
    #: The year the document reports in (今年 = this year), None when nothing tells.
    report_year: int | None = None
    #: Which rule of :func:`report_year_of` set ``report_year`` (debug output).
    report_year_rule: str = ""
    #: Region the document is about (regions.region_id).
    region_id: str = "CN"
    #: The places the article names (offsets into its text), found with ``region_id`` as home.
    region_mentions: tuple[RegionMention, ...] = ()
    #: The article's blocks in text order (layout's blocks; one per line when it gave none):
    #: the one walk of the document that every extractor follows.
    blocks: tuple[Block, ...] = ()
    #: The article's sections (headings with their tense and year), found once in the report year.
    sections: tuple[Section, ...] = ()
    #: 'news', 'official' or '' (:func:`document_genre`), and the rule that decided it.
    genre: str = ""
    genre_rule: str = ""
    #: A statistical communiqué (:func:`is_statistical_communique`): it reviews one year's data.
    communique: bool = False
    #: The year the document reviews throughout (:func:`reviewed_year_of`): a data report's title
    #: year, or the report year of a review of one year published after it; None for other texts.
    reviewed_year: int | None = None
    #: In news, the past year the headline names as the article's own time (rule ``news_headline_year``):
    #: the one subject period of the article, which the figures read (Context.subject_period); None otherwise.
    news_subject_year: int | None = None
    #: 'commentary' or '' (:func:`text_type_of`, :data:`TEXT_TYPE_RULES`), and the rule that decided it.
    text_type: str = ""
    text_type_rule: str = ""
    #: The parts whose role (review / plan) a rule of :data:`policydata.extract.roles.SECTION_ROLE_RULES`
    #: set for the whole part (review_opening: a work report whose review has no heading); both tables read it.
    roles: tuple[RolePart, ...] = ()
    #: A report on a past year's execution (an audit work report, a budget or plan execution
    #: report), read as one: rule ``execution_report_year`` found the year it reports on and rule
    #: ``execution_report_review`` its review part. Decided here once; the measures' status reads it.
    execution_report: bool = False

    @property
    def commentary(self) -> bool:
        """The article is the writer's own view (rule ``text_type``): only what a named body or
        place does in it is a measure (measures rule ``commentary_named_subject``)."""
        return self.text_type == "commentary"

    @property
    def reviews_year_so_far(self) -> bool:
        """A progress report (genre rule ``progress_report``): its parts review the report year so
        far (rule ``so_far_this_year``) until a plan cue."""
        return self.genre_rule == "progress_report"

    def tense_at(self, pos: int) -> Tense:
        """The tense of the innermost section around ``pos``: 'review', 'plan' or 'neutral'."""
        return section_at(self.sections, pos)[0]

    def role_at(self, pos: int) -> tuple[str, str]:
        """(role, rule) of the part around ``pos`` (:data:`roles`), ('', '') outside every part."""
        return role_at(self.roles, pos)

    def opening_frame(self, sentence: str) -> str:
        """:func:`opening_frame` in this document's report year."""
        return opening_frame(sentence, self.report_year)


@lru_cache(maxsize=1)
def _opening_cues() -> dict:
    rule = compiled("time.json")["opening_frames"]  # time.json's patterns, compiled once by the loader
    return {"review": rule["review_patterns"], "plan": rule["plan_patterns"], "year": rule["year_pattern"]}


def opening_frame(sentence: str, report_year: int | None = None) -> str:
    """'review', 'plan' or '' -- what the opening of ``sentence`` (after any enumerator the
    caller removed) says about the frame of what follows it in its part of the text.

    >>> opening_frame("过去一年，我们扎实推动高质量发展。"), opening_frame("今年要抓好以下工作。")
    ('review', 'plan')
    >>> opening_frame("2025年，我们持续优化营商环境。", 2026), opening_frame("2025年，我们持续优化营商环境。")
    ('review', '')
    """
    t = sentence.strip()
    cues = _opening_cues()
    if search_any(cues["review"], t):  # one scan of the patterns joined, where joining is safe
        return "review"
    if _past_plan_period(t, report_year):
        return "review"
    if search_any(cues["plan"], t):
        return "plan"
    m = cues["year"].match(t)
    if m and report_year:
        return "review" if int(m.group("year")) < report_year else "plan"
    return ""


# Rule ``past_plan_period``: a sentence opening with a five-year plan's period (“十四五”时期，…)
# whose last year is before the report year looks back at that period, however the plan words read.
@lru_cache(maxsize=None)
def _plan_period_opening() -> re.Pattern:
    """A five-year plan and a period word (time.json ``past_plan_opening_suffixes``) opening a sentence."""
    suffixes = "|".join(map(re.escape, time_lexicon()["past_plan_opening_suffixes"]))
    return re.compile(r"^[“\"]?(十[一二三四五六七八九])五[”\"]?" + f"(?:{suffixes})")


def _past_plan_period(t: str, report_year: int | None) -> bool:
    """Rule ``past_plan_period``.

    >>> rows = [("“十四五”时期，全省加强水利设施建设。", 2026, True), ("“十四五”时期，要加强建设。", 2024, False),
    ...         ("“十五五”时期，将加强建设。", 2026, False), ("“十四五”时期，加强建设。", None, False)]
    >>> [(s, y, _past_plan_period(s, y)) for s, y, _ in rows] == rows
    True
    """
    m = _plan_period_opening().match(t)
    if not m or not report_year:
        return False
    number = small_number(m.group(1))
    return bool(number) and plan_years(number)[1] < report_year


@lru_cache(maxsize=1)
def _so_far_before() -> re.Pattern:
    """Rule ``so_far_this_year``: what may stand before its cue -- an item number (一、, （二）, 3.: the
    one set of ``text.item_numbers``) and a place or body as subject (某镇, 全县, 市农业农村局),
    nothing else (推进今年以来… is no opening)."""
    number = item_number("chinese", "chinese_bracketed", "digit_bracketed", "digit")
    return re.compile(f"{number}?" r"(?:[\u4e00-\u9fff]{0,10}[省市县区镇乡村局委厅办])?")


def opens_so_far_this_year(sentence: str) -> bool:
    """Rule ``so_far_this_year``: the sentence opens a review of the report year so far
    (今年以来，…, 年初以来，…, 截至目前，…; ``lexicons/time.json`` ``opening_frames``
    ``so_far_this_year_words``). The figures after it are facts of the report year and its
    actions are reported, over the paragraph and the numbered sections after it, until a plan
    cue (下一步, 明年, 今后, a plan heading) -- both tables read this one rule.

    >>> rows = [("今年以来，某镇高度重视产业发展。", True), ("一、年初以来，全县新建道路8公里。", True),
    ...         ("某县截至目前已培育合作社6家。", True), ("截至目前，累计建成基站3个。", True),
    ...         ("今年要持续推进产业发展。", False), ("下一步，将继续扩大规模。", False),
    ...         ("自2020年以来，全县新建道路8公里。", False), ("推进今年以来出台政策的落实。", False)]
    >>> [(s, opens_so_far_this_year(s)) for s, _ in rows] == rows
    True
    """
    lead = _CLAUSE_END.split(sentence.strip(), maxsplit=1)[0]
    for word in time_lexicon()["opening_frames"]["so_far_this_year_words"]:
        i = lead.find(word)
        if i >= 0 and _so_far_before().fullmatch(lead[:i]):
            return True
    return False


#: Rule ``read_apart``: the blocks of a page article's text that stand apart from its body
#: (its title line, its captions' paragraphs; ``text.layout.page_text``).
READ_APART = frozenset({TITLE_BLOCK, CAPTION_BLOCK})


def read_apart(blocks, state):
    """(block, state) for a walk over ``blocks`` that carries ``state`` (an object it changes)
    from block to block: rule ``read_apart`` -- a title or caption block is read with a copy of
    the state the walk had before its first block, and what that reading changes stays with it.
    The headline is read as the news of the page's date, as a caption is, and the body is
    framed as it was without them.

    >>> from policydata.document import Block
    >>> state = {"frame": ""}
    >>> walk = []
    >>> for block, st in read_apart([Block("title", 0, 2, "标题"), Block("body", 3, 5, "正文")], state):
    ...     st["frame"] = block.kind
    ...     walk.append(st is state)
    >>> walk, state
    ([False, True], {'frame': 'body'})
    """
    start = copy.deepcopy(state)
    for block in blocks:
        yield block, (copy.deepcopy(start) if block.kind in READ_APART else state)


def _year(date: str | None) -> int | None:
    m = _DATE_YEAR.match(date or "")
    return int(m.group(1)) if m else None


def report_own_year(article: Article) -> int | None:
    r"""Rule ``report_own_year``: the year a report or plan names as its own, in its title or first
    line (2027年某市政府工作报告, 某县2027年工作要点) or at the head of a line (2027年全市经济社会发展的
    总体要求是：…, 2027年主要预期目标是：…; ``lexicons/time.json`` ``report_own_year``); None when it
    names none or names two different years. A span (2026—2030年) or a date (2026年12月28日) is no
    report's own year.

    >>> rows = [("2027年某市政府工作报告", "一、总体要求", 2027),
    ...         ("", "关注两会|2027年某市政府工作报告(全文)\n正文。", 2027),
    ...         ("", "前言。\n2027年全县工作的总体要求是：稳中求进。", 2027),
    ...         ("某县2027年工作要点", "一、主要目标", 2027),
    ...         ("某市政府工作报告（2026年12月28日在某市人民代表大会上）", "各位代表：", None),
    ...         ("某市行动方案（2026—2030年）", "一、总体要求", None),
    ...         ("某县加快发展的意见", "到2027年，主要目标是：建成基站10个。", None),
    ...         ("某市印发2027年工作要点", "近日，某市印发工作要点。", None),
    ...         ("", "某县召开会议部署2027年工作计划\n会议指出。", None),
    ...         ("某县2030年国民经济和社会发展统计公报", "全年生产总值增长5%。", 2030),
    ...         ("统计公报", "某县统计局\n2031年3月1日\n2030年是某县发展史上很不平凡的一年，全县上下攻坚克难，经济稳中向好。", 2030),
    ...         ("某县经济运行简况", "2029年是很不平凡的一年，全县上下攻坚克难，经济稳中向好，民生持续改善。\n2030年主要预期目标是：增长6%。", None)]
    >>> [report_own_year(Article(1, title, text, [])) for title, text, _ in rows] == [y for _, _, y in rows]
    True

    The opening paragraph (its first body line of ``opening_min_chars`` or more) that starts
    2030年是… names the text's year too (``opening_pattern``).
    """
    rule = compiled("time.json")["report_own_year"]
    text = body_text(article)
    first, _, _ = text.lstrip().partition("\n")
    heads = [article.title or "", first] + [line.strip()[:rule["line_lead_chars"]] for line in text.split("\n")[1:]]
    years = set()
    opening = next((line.strip() for line in text.split("\n") if len(line.strip()) >= rule["opening_min_chars"]), "")
    if m := rule["opening_pattern"].match(opening):
        years.add(int(m.group("year")))
    for i, head in enumerate(heads):
        m = rule["pattern"].search(head) if i < 2 else rule["pattern"].match(head)
        if m and i < 2 and (not rule["title_rest"].match(head[m.end():])
                            or any(v in head[:m.start()] for v in rule["title_news_verbs"])):
            continue  # 某市印发2027年工作要点: a line about a report, not the report's own name
        if m:
            years.add(int(m.group("year")))
    return years.pop() if len(years) == 1 else None


def reviews_one_year(article: Article) -> bool:
    """Rule ``review_own_year``: the title or first line names a review of one year (a statistical
    communiqué, a year's work summary, an annual report: ``lexicons/time.json`` ``report_own_year``
    ``review_title_words``). Published after its year is over, such a text reports in the year it
    names (:func:`report_year_of`), not in the year of its date.

    >>> [reviews_one_year(Article(1, t, "正文。", [])) for t in ("统计公报", "某县2030年工作总结", "某县召开会议")]
    [True, True, False]
    """
    head = title_and_first_line(article)
    return any(w in head for w in compiled("time.json")["report_own_year"]["review_title_words"])


def report_year_of(article: Article, *, given_date: str | None = None,
                   page_year: int | None = None) -> tuple[int | None, str]:
    """(report year, rule name): the one rule for the year a document reports in."""
    year = _year(given_date) or _year(article.date)
    own = report_own_year(article) if year else None
    if own and own == year + 1:
        return year + 1, "own_year"  # report_own_year: a December report for the coming year
    if own and own == year - 1 and reviews_one_year(article):
        return year - 1, "review_own_year"  # a communiqué of 2024 published in 2025
    year = _year(given_date)
    if year:
        return year, "given_date"
    year = _year(article.date)
    if year:
        return year, "printed_date"
    year = infer_report_year(body_text(article))
    if year:
        return year, "text"
    if page_year:
        return page_year, "page"
    return None, ""


def build_context(article: Article, *, issuer: str = "", date: str | None = None,
                  given_date: str | None = None, page_year: int | None = None,
                  on_page: bool = False) -> DocumentContext:
    """The one context of an article, built once by the pipeline (see the module's docstring for
    its parts, in order): ``date`` is the document's ISO date (given or printed), ``given_date``
    the date supplied from outside the text (sources.csv, --date, parse_text); ``on_page``: the
    article shares its source with other articles (a newspaper page).

    >>> from policydata.document import Article
    >>> ctx = build_context(Article(1, "", "一、2025年工作回顾\\n全县生产总值(下同)增长4.5%,财政收入增长8%。", []))
    >>> ctx.article.text[12:], ctx.report_year, ctx.region_id
    ('全县生产总值（下同）增长4.5%，财政收入增长8%。', 2026, 'CN')
    """
    # rules half_width_view and traditional_view: the one view every extractor reads
    view = full_width_article(simplified_article(article))
    year, rule = report_year_of(view, given_date=given_date, page_year=page_year)
    region_id, mentions = regions_mod.article_places(view, issuer=issuer)
    return _with_walk(view, DocumentContext(article=view, issuer=issuer, date=date, report_year=year,
                                            report_year_rule=rule, region_id=region_id,
                                            region_mentions=tuple(mentions)),
                      on_page=on_page)


def standalone_context(article: Article, report_year: int | None = None, *, rule: str = "caller",
                       year_by_rule: bool = False) -> DocumentContext:
    """The context of an article read by one extractor on its own (a test, a script), the article
    read as written, in the report year the caller gives (``year_by_rule``: the year of
    :func:`report_year_of`, printed date then text); the pipeline uses :func:`build_context` instead.

    >>> from policydata.document import Article
    >>> ctx = standalone_context(Article(1, "", "一、2025年工作回顾\\n建成基站10万个。", []), 2026)
    >>> [b.text for b in ctx.blocks], ctx.tense_at(12)
    (['一、2025年工作回顾', '建成基站10万个。'], 'review')
    """
    if year_by_rule:
        report_year, rule = report_year_of(article)
    return _with_walk(article, DocumentContext(article=article, report_year=report_year, report_year_rule=rule))


def _with_walk(article: Article, context: DocumentContext, on_page: bool = False) -> DocumentContext:
    """``context`` with the article's blocks, sections and genre, found once."""
    sections = tuple(find_sections(article, context.report_year))
    genre, genre_rule = document_genre(article, sections, on_page=on_page, issuer=context.issuer)
    text_type, text_type_rule = text_type_of(article)
    blocks = tuple(article_blocks(article))
    reports_execution = execution_report_year(article, context.report_year) is not None
    # the review / plan parts (extract.roles), and the plan sections that rule plan_lead_ends_review
    # opens where a paragraph opening a plan ends a review section
    sections, roles = document_roles(article.text or "", blocks, sections, genre, context.report_year,
                                     lambda s: opening_frame(s, context.report_year), names_work_done,
                                     execution_report=reports_execution)
    return replace(context, blocks=blocks, sections=sections, roles=roles,
                   execution_report=reports_execution and bool(roles),
                   genre=genre, genre_rule=genre_rule, communique=is_statistical_communique(article),
                   reviewed_year=reviewed_year_of(article, context.report_year, context.report_year_rule),
                   news_subject_year=news_headline_year(article.title or "", context.report_year) if genre == "news" else None,
                   text_type=text_type, text_type_rule=text_type_rule)


def is_statistical_communique(article: Article) -> bool:
    """Whether the title (or first line) names a statistical communiqué (time.json
    ``communique_relative_year.title_words``: 统计公报). Its figures review the year it names
    (rule communique_relative_year) and it commits to nothing (rule communique_no_measures).

    >>> is_statistical_communique(Article(1, "2019年某县国民经济和社会发展统计公报", "全年实现生产总值28亿元。", []))
    True
    >>> is_statistical_communique(Article(1, "2019年某县经济数据出炉", "全年实现生产总值28亿元。", []))
    False
    """
    head = title_and_first_line(article)
    return any(w in head for w in time_lexicon()["communique_relative_year"]["title_words"])
