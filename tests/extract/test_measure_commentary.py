"""Commentary and talks that read like measures (round 11): talks held on topics (…等交换意见),
a demand read into a field (对…提出了新的更高要求), an advantage a place holds for what the clause
before names (…，某地有区位优势), and a clause followed by an aspect of it (X，关键的一点，在于…).
One table per named rule, input -> expected measure quotes.

Examples are short general sentences written for these tests (not copied from a document).
"""
from __future__ import annotations

import pytest

from test_measures import article, measures, quotes


def _quotes(*paragraphs: str, issuer: str = "") -> list[str]:
    art = article(*paragraphs)
    return quotes(art, measures(art, issuer=issuer))


# ------------------------------------------------------------------ rule talk_topic
def test_the_topics_of_talks_are_no_measures():
    assert _quotes("双方就落实两国领导人共识，深化务实合作、推动人文交流等交换意见。") == []


# ------------------------------------------------------------------ rule demand_raised
@pytest.mark.parametrize("text", [
    "这对加快发展现代服务业提出了新的更高要求。",
    "新形势对提升基层治理能力带来了新的挑战。",
])
def test_a_demand_read_into_a_field_is_no_measure(text):
    assert _quotes(text) == []


def test_a_modal_demand_on_firms_is_not_read_as_commentary():
    assert _quotes("要对重点企业加大帮扶力度。", issuer="湖南省人民政府") == ["要对重点企业加大帮扶力度"]


# ------------------------------------------------------------------ rule advantage_held
def test_an_advantage_held_makes_the_clause_before_a_topic():
    assert _quotes("面向周边城市发展物流产业，这座县城有交通区位优势。") == []


def test_a_measure_that_brings_advantages_is_kept():
    assert _quotes("加快建设物流园区，使园区具备区位优势。", issuer="湖南省人民政府")[:1] == ["加快建设物流园区"]


# ------------------------------------------------------------------ rule topic_aspect
@pytest.mark.parametrize("text", [
    "推进城乡融合发展，一个关键的方面，在于畅通要素流动。",
    "发展县域经济，关键在于激活产业。",
])
def test_a_clause_followed_by_an_aspect_of_it_is_the_topic(text):
    assert _quotes(text) == []


# ------------------------------------------------------------------ rule firm_person_speech
def test_a_firm_persons_words_without_quotation_marks_are_no_measures():
    text = ("某某建设有限公司副总经理吴十介绍了工期安排。"
            "“这里紧挨着居民区。”吴十说，既要保证施工进度，又要保护沿线古树。")
    assert _quotes(text) == []


# ------------------------------------------------------------------ round 13: rule text_type
# (extract.context.text_type_of) and rule commentary_named_subject (measures.walk): in the writer's
# own view -- a signed piece (（作者为…）) or a commentary column (人民论坛, 评论员观察) -- a clause is a
# measure only when a named body or place acts in it (its own subject, or one carried from a clause
# before it in the same paragraph); the writer's recommendations are no measures.

SIGNED_PIECE = (
    "乡村旅游是富民产业。推动乡村旅游提档升级，需要完善配套设施，加强人才培养。",
    "各地深耕乡土文化，打造特色民宿品牌。",
    "湖州市发展竹林康养，建设一批乡村营地。",
    "展望未来，应当强化政策支持，培育更多乡村旅游带头人。（作者为某大学旅游学院教授）",
)


def test_a_signed_piece_keeps_only_what_named_bodies_or_places_do():
    got = _quotes(*SIGNED_PIECE)
    assert any(q.startswith("各地深耕乡土文化") for q in got), got
    assert any(q.startswith("湖州市发展竹林康养") for q in got) and "建设一批乡村营地" in got, got
    assert not any(q.startswith(("需要完善", "加强人才培养", "强化政策支持", "培育更多")) for q in got), got


def test_the_same_paragraphs_unsigned_keep_their_recommendations():
    # no author note: a news item, read as before (its 需要… stays as the analyser reads it)
    got = _quotes(*SIGNED_PIECE[:3], "展望未来，应当强化政策支持，培育更多乡村旅游带头人。")
    assert any(q.startswith(("强化政策支持", "应当强化政策支持")) for q in got), got


def test_a_commentary_column_reads_as_commentary():
    art = article("干部要真抓实干，切实解决群众急难愁盼问题。", "某省开展作风建设专项行动，整治形式主义问题。",
                  title="人民论坛务求实效")
    got = quotes(art, measures(art))
    assert not any(q.startswith(("切实解决", "干部要")) for q in got), got


@pytest.mark.parametrize("title, text, attribution, expected", [
    ("", "推动文旅融合发展。（作者系某研究院研究员）", "", ("commentary", "signed_author")),
    ("某地文旅发展", "正文。", "（作者为某学院院长，本报记者采访整理）", ("commentary", "signed_author")),
    ("评论员观察：把实事办好", "办好民生实事。", "", ("commentary", "commentary_column")),
    ("某县推进文旅融合", "某县推进文旅融合。据介绍，作者协会参与了活动。", "", ("", "")),
])
def test_the_text_type_is_decided_once_from_general_signals(title, text, attribution, expected):
    from policydata.document import Article
    from policydata.extract.context import build_context, text_type_of
    art = Article(1, title, text, [], attribution=attribution)
    assert text_type_of(art) == expected
    assert build_context(art).commentary == (expected[0] == "commentary")


# ------------------------------------------------------------------ round 20: rule commentary_column
# reads the kicker: a page prints a writer's note as a box whose label (编辑手记, 记者手记) stands over
# the box's own title; the layout keeps the label out of the text, as Article.kicker

@pytest.mark.parametrize("kicker, expected", [
    ("编辑手记", ("commentary", "commentary_column")),
    ("记者手记", ("commentary", "commentary_column")),
    ("经济聚焦", ("", "")),
    ("", ("", "")),
])
def test_a_writers_note_label_over_the_title_makes_commentary(kicker, expected):
    from policydata.document import Article
    from policydata.extract.context import text_type_of
    art = Article(1, "让小店留得住", "街巷小店越开越多。", [], kicker=kicker)
    assert text_type_of(art) == expected


def test_a_wish_in_a_writers_note_is_no_measure_and_a_named_body_still_acts():
    paragraphs = ("某部推动建设行业数据平台，各地陆续跟进。",
                  "期待更多好做法加速形成，推动产业生态更加繁荣。")
    art = article(*paragraphs, title="让好做法落地")
    art.kicker = "编辑手记"
    got = quotes(art, measures(art))
    assert not any("推动产业生态更加繁荣" in q for q in got), got


# ------------------------------------------------------------------ round 21: what a commentary reports
# The writer's advice stays out, but the acts the writer reports are measures: a collective subject
# (多地, 各地各部门, 我国) before an adverbial (rule subject_word_adverbial), a subject word opening a
# clause that names who acts for the clauses after it (rule commentary_named_subject), and a list of
# acts the writer closes with an ellipsis (rule commentary_example_list).

REPORTING_COLUMN = (
    "我国靠前实施更加积极的财政政策，专项债券加力支持重大项目建设。",
    "各地各部门把规划和落实结合起来，推动一批重大工程项目加快落地。",
    "多地以“消费券”等方式支持中小商户，一些城市试点夜间经济管理机制……",
    "发放育儿补贴，出台养老服务若干措施……近年来，我国持续加大民生投入。",
    "一方面，强化顶层设计，完善治理体系。我们要靠实干抵达目标。",
)


def test_a_commentary_keeps_the_acts_it_reports_and_drops_its_advice():
    art = article(*REPORTING_COLUMN, title="快评：稳增长靠什么")
    got = quotes(art, measures(art))
    for start in ("我国靠前实施", "推动一批重大工程项目", "多地以“消费券”", "发放育儿补贴"):
        assert any(q.startswith(start) for q in got), (start, got)
    assert not any(q.startswith(("强化顶层设计", "完善治理体系", "我们要")) for q in got), got


@pytest.mark.parametrize("clause, expected", [
    ("各地把规划和落实结合起来", True), ("同时多地以补贴支持商户", True), ("我们要靠实干", False), ("强化顶层设计", False),
])
def test_a_subject_word_names_who_acts(clause, expected):
    from policydata.extract.measures.clauses import opens_with_subject_word
    assert opens_with_subject_word(clause) == expected
