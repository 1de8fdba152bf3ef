"""The status a measure takes when nothing in its clause, sentence or section says: one table of
defaults by text type and section role (:data:`STATUS_DEFAULTS`), read last by
:func:`policydata.extract.measures.status._final_status`.

What comes before the default, in the order :func:`.status._final_status` reads it (each a named
rule of :mod:`.status`, :mod:`.modals` or :mod:`policydata.extract.roles`):

``clause_cue``      a modal (将/要/拟) or goal word (力争/确保) plans; 已/累计/相继/出台了 report
                    (status.clause_status); a disposal 将 (将其纳入…) is no modal (modals.disposal_jiang)
``sentence_frame``  the frame a sentence, clause or paragraph opens with: 过去一年 reviews, 下一步/今年要
                    plans (status.lead_status, inner_lead_status, dated_before_publication,
                    issued_document_content)
``part_role``       a review part reports (extract.roles: review_opening, execution_report_review,
                    so_far_this_year): a work report's unheaded review, a report on a past year's
                    execution up to its recommendations
``section_tense``   the tense of the section's heading (recognize.sections)
``heading_words``   review/plan words of the latest heading (status.heading_status)

Only then the text type decides, by the role of the part the measure stands in.

Why a table: a default per text type and section role is the cause that recurs over documents and
sets (a notice's items plan, a news report tells what was done, a report on a year's execution
reviews it); a rule per phrase does not transfer.
"""
from __future__ import annotations

__all__ = ["STATUS_DEFAULTS", "status_text_type", "default_status"]

#: (rule, text type, section role or '*', status, why): the first row whose text type and role fit
STATUS_DEFAULTS = (
    ("data_release_reports", "data_release", "*", "reported",
     "a statistics body's release reviews the past period: what it tells was done"),
    ("execution_report_plans_recommendations", "execution_report", "plan", "planned",
     "a report on a past year's execution recommends in its last part: what is to be done"),
    ("execution_report_reports", "execution_report", "*", "reported",
     "a report on a past year's execution (audit, budget, plan execution) tells what was done that year"),
    ("news_reports", "news", "*", "reported",
     "a news report tells what has been done (corpus README: news, 已…)"),
    ("news_of_plan_plans", "news_citing_plan", "*", "planned",
     "a news report that has cited a plan (将…, 意见提出…) goes on with that plan's items"),
    ("issued_document_contents_plan", "news_of_issued_document", "*", "planned",
     "a news report that has told of a document being issued (某部印发《…》) goes on with what the document "
     "contains: its commitments (rule issued_document_story, status.issues_named_document)"),
    ("document_plans", "document", "*", "planned",
     "a notice, opinion, plan or work report commits: its uncued items are planned"),
)


def status_text_type(*, reporter: bool, news: bool, news_plans: bool, execution_report: bool,
                     issued_document: bool = False) -> str:
    """The text type the default reads: a statistics body's release, a report on a past year's
    execution, news (before or after it cites a plan, or after it tells of a document being issued:
    ``issued_document``, rule issued_document_story), else a document.

    >>> [status_text_type(reporter=r, news=n, news_plans=p, execution_report=e) for r, n, p, e in
    ...  ((True, False, False, False), (False, True, False, False), (False, True, True, False),
    ...   (False, False, False, True), (False, False, False, False))]
    ['data_release', 'news', 'news_citing_plan', 'execution_report', 'document']
    >>> status_text_type(reporter=False, news=True, news_plans=False, execution_report=False, issued_document=True)
    'news_of_issued_document'
    """
    if reporter:
        return "data_release"
    if news:
        if news_plans:
            return "news_citing_plan"
        return "news_of_issued_document" if issued_document else "news"
    return "execution_report" if execution_report else "document"


def default_status(text_type: str, role: str) -> tuple[str, str]:
    """(status, rule) of :data:`STATUS_DEFAULTS` for a text type and the role of the part ('review',
    'plan' or '').

    >>> default_status("document", ""), default_status("execution_report", "review")
    (('planned', 'document_plans'), ('reported', 'execution_report_reports'))
    >>> default_status("execution_report", "plan"), default_status("news", "")
    (('planned', 'execution_report_plans_recommendations'), ('reported', 'news_reports'))
    >>> default_status("news_of_issued_document", "")
    ('planned', 'issued_document_contents_plan')
    """
    for rule, kind, part, status, _ in STATUS_DEFAULTS:
        if kind == text_type and part in ("*", role):
            return status, rule
    return "planned", "document_plans"
