"""The genre and the text type of an article, each decided once by a table of named rules and
read by the document context (:mod:`.context`), which every extractor reads.

The genre (:func:`document_genre`, :data:`GENRE_RULES`): a news report (``news``) dates its 今年
and 已… facts to the year of publication, whatever verbs it uses; an official document
(``official``) keeps its own frames; '' when nothing tells. Rule ``news_opening``
(:func:`opens_like_news`) and rule ``work_done_heading`` (:func:`names_work_done`) are read by
the measures and the section roles.

The text type (:func:`text_type_of`, :data:`TEXT_TYPE_RULES`): 'commentary' for the writer's own
view (a signed author note, a commentary column), '' otherwise.

Moved out of :mod:`.context` (round 18, output identical).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Article, body_text
from ..lexicon import compiled
from ..recognize.actors import is_media_name
from ..recognize.timeexpr import time_lexicon

__all__ = ["GENRE_RULES", "TEXT_TYPE_RULES", "document_genre", "names_work_done", "opens_like_news", "text_type_of"]

_HEADING_LEAD_END = re.compile(r"[。；;：:]")  # a heading's lead ends at its first sentence or colon mark


def _genre_cues() -> dict:
    return compiled("time.json")["genres"]  # time.json, its patterns compiled once by the loader


def _outside_quotes(text: str) -> str:
    """The text without what people are quoted as saying (“…”): a villager's 我们 is not
    a government's."""
    return re.sub(r"“[^“”]{0,400}”", "", text)


def _official_structure(article: Article, sections) -> bool:
    """A 文种 title or first line (…的意见, 政府工作报告) or numbered headings (一、（一）)."""
    head = (article.title or "") + "\n" + body_text(article).lstrip().split("\n", 1)[0][:60]
    pattern = _genre_cues()["official_title_pattern"]
    return any(pattern.search(line.strip()) for line in head.split("\n") if line.strip()) \
        or any(s.level in (1, 2) for s in sections)


def names_work_done(heading: str) -> bool:
    """Rule ``work_done_heading``: in a review of the year so far, a heading whose plan word is
    the object of an implementation verb (``lexicons/time.json`` ``genres`` ``work_done_verbs``:
    一、积极落实重点工作, 二、扎实推进重点任务) reports that work; the review goes on under it.
    A heading naming work ahead (``work_ahead_words``: 下一步, 明年, 今后, 打算) never does.

    >>> rows = [("一、扎实做好“三农”领域重点工作。", True), ("二、扎实推进重点任务", True),
    ...         ("三、下一步工作打算", False), ("二、明年重点工作", False), ("一、主要目标", False)]
    >>> [(h, names_work_done(h)) for h, _ in rows] == rows
    True
    """
    lead = _HEADING_LEAD_END.split(heading.strip(), maxsplit=1)[0]
    cues = _genre_cues()
    return not any(w in lead for w in cues["work_ahead_words"]) and any(v in lead for v in cues["work_done_verbs"])


def _progress_title(article: Article) -> bool:
    """The title (or first line) names the progress or results of work (成效, 进展, 总结,
    工作推进, 完成情况: ``lexicons/time.json`` ``genres`` ``progress_title_words``).

    >>> rows = [("【工作推进及成效】某镇落实扶持政策促进增收", True), ("某县上半年工作进展情况", True),
    ...         ("某区2026年上半年工作总结", True), ("关于加快发展数字经济的意见", False), ("某镇开展春耕行动", False)]
    >>> [(t, _progress_title(Article(1, t, "今年以来，某镇持续推进。", []))) for t, _ in rows] == rows
    True
    >>> _progress_title(Article(1, "", "某县重点项目完成情况\\n今年以来，全县新开工项目8个。", []))
    True

    Rule ``progress_word_ends_title``: the word must close the title or a phrase of it (the
    end, a mark, or a genre tail such as 情况/报告, ``progress_title_tails``), as a report's
    genre word does; inside a longer word it names nothing (集成效应 holds 成效, 进展顺利的
    项目 is no report):

    >>> [_progress_title(Article(1, t, "某地加快推进。", [])) for t in ("发挥政策集成效应，提升治理效能", "某市重点项目进展顺利")]
    [False, False]
    """
    first = body_text(article).lstrip().split("\n", 1)[0]
    head = (article.title or "") + "\n" + (first if len(first) <= 60 else "")
    return bool(_progress_title_pattern().search(head))


@lru_cache(maxsize=None)
def _progress_title_pattern() -> re.Pattern:
    """A progress word (``progress_title_words``) at the end of the title or of a phrase of it:
    followed by no CJK character, or by one of ``progress_title_tails`` that ends there."""
    cues = _genre_cues()
    words = "|".join(map(re.escape, sorted(cues["progress_title_words"], key=len, reverse=True)))
    tails = "|".join(map(re.escape, cues["progress_title_tails"]))
    return re.compile(rf"(?:{words})(?:{tails})?(?![\u4e00-\u9fff])")


# the opening of a news item: the day (2月27日，, 3月上旬，) or 近日/日前/近期 before the first comma
@lru_cache(maxsize=None)
def _news_opening() -> re.Pattern:
    """The day or a news-opening word (time.json ``news_opening_words``) before the first comma."""
    words = "|".join(map(re.escape, time_lexicon()["news_opening_words"]))
    return re.compile(r"\s*(?:\d{1,2}月(?:\d{1,2}日|[上中下]旬)(?:[上下]午)?|" + words + r")[，,]")


def opens_like_news(text: str) -> bool:
    """Rule ``news_opening``: the text opens with the day of what it reports (2月27日，…, 近日，…),
    as a news item does. Read by the measures stage only (their status: what is reported as done);
    the genre, which also dates figures, is left to :data:`GENRE_RULES`.

    >>> opens_like_news("2月27日，某县开展春耕行动。"), opens_like_news("近日，某县开展行动。"), opens_like_news("一、总体要求")
    (True, True, False)
    """
    return bool(_news_opening().match(text or ""))


#: How a document's genre is decided: (rule name, genre, test) in order, the first test
#: that holds wins; no rule holding leaves the genre '' (unknown).
GENRE_RULES = (
    # 本报北京2月10日电（记者 张三）, 新华社…电: a dateline opens the text
    ("dateline", "news", lambda a, secs, page, issuer: bool(_genre_cues()["dateline_pattern"].match(body_text(a)))),
    # 【工作推进及成效】某镇…, 某县上半年工作进展情况, …工作总结: a government's report of its
    # work so far -- an official document whose parts review the report year (so_far_this_year)
    ("progress_report", "official", lambda a, secs, page, issuer: _progress_title(a)),
    ("official_structure", "official", lambda a, secs, page, issuer: _official_structure(a, secs)),
    # published by a news outlet (sources.csv: 某省农业农村厅网站, 某某日报) and no 文种 title
    ("media_publisher", "news", lambda a, secs, page, issuer: is_media_name(issuer)),
    # an article of a newspaper page that is no official document: a news report or a
    # commentary (its 我们 is the writer's, not a government's)
    ("page_article", "news", lambda a, secs, page, issuer: page),
    ("official_voice", "official", lambda a, secs, page, issuer: any(
        w in _outside_quotes(a.text or "") for w in _genre_cues()["official_voice"])),
    # a reporter's byline printed with the article (a report's speaker line comes with its
    # 文种 title, caught above)
    ("byline", "news", lambda a, secs, page, issuer: bool(a.byline)),
    # a short item without a byline: a reporter's voice (据介绍, …”他说) tells news
    ("news_voice", "news", lambda a, secs, page, issuer: any(w in (a.text or "") for w in _genre_cues()["news_voice"])
     or _genre_cues()["quoted_speech_pattern"].search(a.text or "") is not None),
)


def document_genre(article: Article, sections=(), *, on_page: bool = False, issuer: str = "") -> tuple[str, str]:
    """(genre, rule name) of an article: 'news', 'official' or '' (:data:`GENRE_RULES`).

    >>> from policydata.document import Article
    >>> rows = [("本报北京5月6日电（记者 张三）外交部发言人6日宣布：…", ""),
    ...         ("今年该镇蔬菜种植面积在1.4万亩左右。据介绍，带动周边农户增收。", ""),
    ...         ("“我们种了两季。”村民张三说。", ""), ("也就是说，单位缴费比例最多可降低3个百分点。", ""),
    ...         ("过去一年，我们扎实推动高质量发展，全市生产总值增长5%。", ""),
    ...         ("到2025年，产值达到10亿元。", "关于加快发展数字经济的意见"),
    ...         ("全市生产总值增长5%。", "")]
    >>> [document_genre(Article(1, title, text, [])) for text, title in rows]
    [('news', 'dateline'), ('news', 'news_voice'), ('news', 'news_voice'), ('', ''), ('official', 'official_voice'), ('official', 'official_structure'), ('', '')]
    >>> document_genre(Article(1, "", "全市生产总值增长5%。", []), on_page=True)
    ('news', 'page_article')
    >>> document_genre(Article(1, "", "全县开展春耕行动。", []), issuer="某省农业农村厅网站")
    ('news', 'media_publisher')
    """
    for name, genre, test in GENRE_RULES:
        if test(article, sections, on_page, issuer):
            return genre, name
    return "", ""


#: Rule ``text_type``: how far from its end an article's author note (（作者为…）) may stand
_AUTHOR_NOTE_TAIL = 160


def _author_note(article: Article) -> bool:
    """Rule ``signed_author``: the article carries a note saying who wrote it -- （作者为…大学教授）,
    （作者系…）, （作者单位：…） -- as its attribution, its byline or at the end of its body
    (``lexicons/time.json`` ``genres`` ``author_note_pattern``)."""
    pattern = _genre_cues()["author_note_pattern"]
    tail = body_text(article).rstrip()[-_AUTHOR_NOTE_TAIL:]
    return any(pattern.search(t or "") for t in (article.attribution, article.byline, tail))


def _commentary_column(article: Article) -> bool:
    """Rule ``commentary_column``: the title, the first line, the byline or a head of the kicker
    (the label over a page article's title) opens with the name of a commentary column, a
    commentator or a writer's note (人民论坛, 评论员观察, 社论, 本报评论员, 编辑手记, 记者手记:
    ``genres`` ``commentary_columns``). Why the kicker: a page prints a box's label over the
    box's own title (记者手记 | 小站何以“留得住”), and the layout keeps it out of the text.

    >>> text_type_of(Article(1, "小站何以“留得住”", "站里人手不够，也要排好班。", [], kicker="记者手记"))
    ('commentary', 'commentary_column')
    >>> text_type_of(Article(1, "年货市场人气旺", "某市开展促消费活动。", [], kicker="经济聚焦"))
    ('', '')
    """
    first = body_text(article).lstrip().split("\n", 1)[0]
    heads = ((article.title or "").lstrip(), first, (article.byline or "").lstrip(),
             *(article.kicker or "").split())
    return any(h.startswith(w) for h in heads for w in _genre_cues()["commentary_columns"])


#: How a document's text type is decided: (rule name, text type, test) in order, the first test that
#: holds wins; none holding leaves the type '' (a report, a document, news: read as they are).
#: Why: in the writer's own view the exhortations (需要建立健全…, 要…, 推动…走深走实) are the writer's,
#: no body commits to them; a text-type default, not one more clause rule.
TEXT_TYPE_RULES = (
    ("signed_author", "commentary", _author_note),
    ("commentary_column", "commentary", _commentary_column),
)


def text_type_of(article: Article) -> tuple[str, str]:
    """(text type, rule name) of an article: 'commentary' or '' (:data:`TEXT_TYPE_RULES`).

    >>> rows = [("", "推动文旅融合发展。（作者为某大学教授）", "commentary"),
    ...         ("人民论坛抓住重点", "干部要真抓实干。", "commentary"),
    ...         ("本报评论员", "以实干推动发展。", "commentary"),
    ...         ("某县开展春耕行动", "某县组织农技人员下乡。", ""),
    ...         ("中国发展高层论坛举行", "论坛上，嘉宾表示……", "")]
    >>> [text_type_of(Article(1, title, text, []))[0] for title, text, _ in rows] == [t for _, _, t in rows]
    True
    >>> text_type_of(Article(1, "某地文旅发展", "正文。", [], attribution="（作者系某研究院研究员）"))
    ('commentary', 'signed_author')
    """
    for name, text_type, test in TEXT_TYPE_RULES:
        if test(article):
            return text_type, name
    return "", ""
