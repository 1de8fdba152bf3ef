r"""One reading of a document, built once per article and shared by every extractor.

The pipeline builds a :class:`DocumentContext` for each article and passes it to the
figures and measures stages, so that both read the same report year (今年, 全年, 去年
resolve against it, and a 2025年… sentence in a document of 2026 is a review in both
tables), the same issuer and the same region. Neither stage works the year out on its own.

The report year follows one rule (:func:`report_year_of`), first that applies:

====================  =================================================================
rule                  source
====================  =================================================================
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
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Article
from .timeexpr import infer_report_year


@dataclass(frozen=True)
class DocumentContext:
    """What every extractor knows about the article it reads."""

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


def _year(date: str | None) -> int | None:
    m = re.match(r"\s*((?:19|20)\d{2})", date or "")
    return int(m.group(1)) if m else None


def report_year_of(article: Article, *, given_date: str | None = None,
                   page_year: int | None = None) -> tuple[int | None, str]:
    """(report year, rule name): the one rule for the year a document reports in."""
    year = _year(given_date)
    if year:
        return year, "given_date"
    year = _year(article.date)
    if year:
        return year, "printed_date"
    year = infer_report_year(article.text or "")
    if year:
        return year, "text"
    if page_year:
        return page_year, "page"
    return None, ""


def build_context(article: Article, *, issuer: str = "", date: str | None = None,
                  given_date: str | None = None, region_id: str = "CN",
                  page_year: int | None = None) -> DocumentContext:
    """The context of one article: ``date`` is the document's ISO date (given or printed),
    ``given_date`` the date supplied from outside the text (sources.csv, --date, parse_text)."""
    year, rule = report_year_of(article, given_date=given_date, page_year=page_year)
    return DocumentContext(issuer=issuer, date=date, report_year=year, report_year_rule=rule,
                           region_id=region_id)
