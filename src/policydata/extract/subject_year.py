"""The year a document covers throughout (its subject year), read once in the document context.

Moved out of :mod:`policydata.extract.context` (output identical), with one rule added: rules of
:func:`reviewed_year_of`, first that applies:

``data_report_year``        a data report (统计公报, a data release) names the year it covers in its
                            title or first line (:func:`data_report_year`)
``review_own_year``         the report year, when the context's rule ``review_own_year`` set it (a
                            year's summary or communiqué published after its year)
``execution_report_year``   a report ON one past year's execution (an audit work report, a budget or
                            plan execution report, final accounts: :func:`execution_report_year`),
                            delivered the year after: the year its title names (round 17: its review
                            figures took the delivery year)

One more rule, for news only (:func:`news_headline_year`, ``DocumentContext.news_subject_year``):

``news_headline_year``      a news article whose headline names a past year as its own time (2025年全市新增
                            就业创历史新高, 去年…增长9%) reports on that year: the one subject period of
                            the article, not the position of a year in its body (round 21: figures of
                            such a report told without a year of their own took the publication year)

The figures read it (``Context.subject_period``, rule subject_year: 全年, 年末 and undated review figures take it); the section roles
read it (:mod:`policydata.extract.roles` rule ``execution_report_review``: such a report's body is a
review until its recommendations).
"""
from __future__ import annotations

from ..document import Article, body_text
from ..lexicon import compiled
from ..recognize.timeexpr import find_time_expressions, is_comparison_year

__all__ = ["title_and_first_line", "data_report_frame", "data_report_year", "execution_report_year",
           "reviewed_year_of", "news_headline_year"]


def data_report_frame(article: Article) -> str:
    """'review' for a statistical communique, a data release or a news report of data
    (the title or first line says so: figures.json ``review_frame`` ``document_words``), else ''.

    >>> data_report_frame(Article(1, "2019年某县国民经济和社会发展统计公报", "全年实现生产总值28亿元。", []))
    'review'
    >>> data_report_frame(Article(1, "关于加快发展的意见", "到2025年，产值达到10亿元。", []))
    ''
    """
    head = title_and_first_line(article)
    words = compiled("figures.json")["review_frame"]["document_words"]
    return "review" if any(w in head for w in words) else ""


def data_report_year(article: Article, report_year: int | None) -> int | None:
    """The year a data report covers, named in its title or first line
    (2019年某县国民经济和社会发展统计公报 -> 2019); None for other documents.

    >>> data_report_year(Article(1, "2019年某县国民经济和社会发展统计公报", "全年实现生产总值28亿元。", []), 2020)
    2019
    """
    if not data_report_frame(article):
        return None
    head = (article.title or "") + "\n" + body_text(article)[:80].split("\n", 1)[0]
    years = [t.year for t in find_time_expressions(head, report_year)
             if t.kind == "year" and t.year and (not report_year or t.year <= report_year)
             and not is_comparison_year(head, t)]  # 比2019年同期 is a base, not the year covered
    return years[0] if years else None


def reviewed_year_of(article: Article, report_year: int | None, report_year_rule: str = "") -> int | None:
    """Rule ``reviewed_year``: the one year a document reviews throughout, read once for every stage
    (``DocumentContext.reviewed_year``): the year a data report names in its title or first line
    (:func:`data_report_year`), else the report year when rule ``review_own_year`` set it (a review
    of one year published after it reports in that year, the year under review throughout, as a
    title year would be); None for other documents. The figures date 全年, 年末 and, in a
    statistical communiqué, 今年 and 上年 (rule communique_relative_year) from it.

    >>> reviewed_year_of(Article(1, "2019年某县国民经济和社会发展统计公报", "全年实现生产总值28亿元。", []), 2020)
    2019
    >>> art = Article(1, "某县2030年工作总结", "一年来，全县上下攻坚克难，经济稳中向好。", [])
    >>> reviewed_year_of(art, 2030, "review_own_year"), reviewed_year_of(art, 2031, "given_date")
    (2030, None)
    >>> reviewed_year_of(Article(1, "关于加快发展的意见", "到2025年，产值达到10亿元。", []), 2020) is None
    True
    >>> reviewed_year_of(Article(1, "某省2030年度省级预算执行情况的审计工作报告", "各位委员：", []), 2031)
    2030
    """
    reviewed = report_year if report_year_rule == "review_own_year" else None
    return data_report_year(article, report_year) or reviewed or execution_report_year(article, report_year)


def title_and_first_line(article: Article) -> str:
    """The article's title and the first line of its body: where a document says what kind of
    text it is (a communiqué, a data release) when an excerpt drops or keeps the title line."""
    return (article.title or "") + "\n" + body_text(article)[:80].split("\n", 1)[0]


def execution_report_year(article: Article, report_year: int | None) -> int | None:
    """Rule ``execution_report_year``: the one year a report ON a past year's execution names in its
    title or first line (time.json ``subject_year``: 2030年度…预算执行…审计工作报告, 2030年度决算,
    2030年计划执行情况), when it is the year before the report year; None otherwise, and None when
    the head names another year too (…2030年计划执行情况与2031年计划草案: two parts, two years).
    A date in the head (2031年6月24日) is no year of its own.

    >>> rows = [("某省关于 2030 年度省级预算执行和其他财政收支的审计工作报告", 2031, 2030),
    ...         ("某市2030年度市级决算", 2031, 2030),
    ...         ("某县2030年国民经济和社会发展计划执行情况的报告", 2031, 2030),
    ...         ("某县2030年计划执行情况与2031年计划草案的报告", 2031, None),
    ...         ("某县关于2030年度预算执行的审计工作报告", 2030, None),
    ...         ("某县2031年政府工作报告", 2031, None),
    ...         ("关于加快推进审计整改工作的通知", 2031, None),
    ...         ("关于做好2030年度部门决算编制工作的通知", 2031, None)]
    >>> [execution_report_year(Article(1, t, "（2031年6月20日在某县人大常委会会议上）", []), y)
    ...  for t, y, _ in rows] == [want for _, _, want in rows]
    True
    """
    if not report_year:
        return None
    rule = compiled("time.json")["subject_year"]
    if (article.title or "").strip().endswith(tuple(rule["not_a_report_title_ends"])):
        return None  # an instruction about last year's accounts reports on nothing
    head = title_and_first_line(article)
    m = rule["pattern"].search(head)
    if not m:
        return None
    year = int(m.group("year"))
    if {int(y.group("year")) for y in rule["year"].finditer(head)} != {year}:
        return None
    return year if year == report_year - 1 else None


def news_headline_year(title: str, report_year: int | None) -> int | None:
    """Rule ``news_headline_year``: the past year a news headline names as its own time (its first
    time word: a year or 去年), the subject period of the whole article (README: a dated fact uses its
    date; the headline dates the story); None when the headline names none, names the publication
    year or later, or names a base of comparison (比2022年…: rule comparison_year) or the start of
    a stretch (自2021年起…, 2020年以来: kinds other than a year).

    >>> [news_headline_year(t, 2026) for t in ("2025年某省完成货运量50亿吨", "去年全国快递业务量增长9%",
    ...                                        "某市客流量较2024年增长一成", "自2021年起某河禁渔成效显著",
    ...                                        "2026年某市将新建学校10所", "某县茶叶产值突破30亿元")]
    [2025, 2025, None, None, None, None]
    """
    if not report_year or not title:
        return None
    times = find_time_expressions(title, report_year)
    if not times:
        return None
    t = times[0]
    if t.kind not in ("year", "relative") or not t.year or t.year >= report_year or is_comparison_year(title, t):
        return None
    return t.year
