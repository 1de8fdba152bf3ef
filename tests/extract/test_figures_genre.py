"""Figures on documents nobody tuned to: the genre of the document (news dates this year's
facts to the publication year), caps a policy sets, counts of people, thresholds that
delimit a measure, and numbers that only time something (corpus README conventions).

Each rule has cases both ways, as data tables (input -> expected).
"""
from __future__ import annotations

import pytest

from conftest import article_of_lines
from policydata.extract.context import build_context
from policydata.extract.figures import extract_figures


_article = article_of_lines


def figures(text: str, *, on_page: bool = False, title: str = "", date: str = "2026-02-11"):
    """{value: (table, unit, comparator or qualifier, target year or period)} of a text."""
    art = _article(text, title)
    ctx = build_context(art, given_date=date, date=date, on_page=on_page)
    stats, targets = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    out = {}
    for s in stats:
        assert art.text[s.start:s.end]
        out[s.value] = ("stat", s.unit, s.qualifier, s.period)
    for t in targets:
        assert art.text[t.start:t.end]
        out[t.value] = ("target", t.unit, t.comparator, t.target_year)
    return out


# ------------------------------------------------------------------ news genre

NEWS = "据介绍，"  # a reporter's voice: no heading, no 文种 title, no government speaking

@pytest.mark.parametrize("sentence, value, expected", [
    # 今年 with no commitment before the figure: a fact of the year of publication
    ("今年该镇蔬菜种植面积在1.4万亩左右。", 14000, ("stat", "亩", "approx", "2026")),
    ("今年该镇带动周边乡镇种植近2万亩。", 20000, ("stat", "亩", "approx", "2026")),
    # an estimate of this year's outcome (有望, 预计) reports, it sets no goal
    ("今年全镇2万多名果农有望增加收入。", 20000, ("stat", "人", "more_than", "2026")),
    ("今年企业营收预计超千万元。", 1e7, ("stat", "元", "more_than", "2026")),
    # 可达: a capacity or result now
    ("全村特色产业收入可达350万元。", 3.5e6, ("stat", "元", "exact", "2026")),
    # a commitment before the figure keeps it a goal, in news too
    ("今年该市将新建口袋公园10个。", 10, ("target", "个", "=", 2026)),
    ("该县计划明年新建大棚100个。", 100, ("target", "个", "=", 2027)),
    ("预计到2035年将增至3800万人。", 3.8e7, ("target", "人", "=", 2035)),
    # plans of firms told in news: a plan noun after the figure, the coming N years
    ("该集团正实施3年投资15亿元的计划。", 1.5e9, ("target", "元", "=", None)),
    ("集团未来5年技改投入计划超300亿元。", 3e10, ("target", "元", ">", 2030)),
])
def test_news_facts_of_this_year_are_statistics(sentence, value, expected):
    assert figures(NEWS + sentence)[value] == expected


@pytest.mark.parametrize("sentence, value, table", [
    # the same sentence outside news: 今年 looks ahead in a plan, a work report...
    ("今年全市新建口袋公园10个。", 10, "target"),
    # ...and in a news article on a page it reports
    ("今年全市新建口袋公园10个。", 10, "stat"),
])
def test_genre_decides_this_years_figures(sentence, value, table):
    on_page = table == "stat"
    assert figures(sentence, on_page=on_page)[value][0] == table


@pytest.mark.parametrize("text, title, genre", [
    ("本报北京2月10日电（记者 张三）外交部发言人10日宣布。", "", "news"),
    ("今年该镇种植1.4万亩。据了解，农户增收明显。", "", "news"),
    ("“今年种了两季。”村民张三说。", "", "news"),
    ("也就是说，单位缴费比例最多可降低3个百分点。", "", ""),
    ("过去一年，我们扎实推动高质量发展。", "", "official"),
    ("到2025年，产值达到10亿元。", "关于加快发展数字经济的意见", "official"),
    ("一、主要目标\n（一）到2025年，产值达到10亿元。", "", "official"),
])
def test_document_genre(text, title, genre):
    art = _article(text, title)
    assert build_context(art, given_date="2026-02-11").genre == genre


# ------------------------------------------------------------------ caps

@pytest.mark.parametrize("sentence, value, expected", [
    ("对新建项目给予最高2000万元补贴。", 2e7, ("target", "元", "<=", None)),
    ("2025年6月，出台文件，权重最高可加至300%。", 300, ("target", "%", "<=", None)),
    ("每个项目最高不超过50万元。", 5e5, ("target", "元", "<=", None)),
    # a peak reached is a fact, not a cap
    ("去年全市单日客流最高达50万人次。", 5e5, ("stat", "人次", "exact", "2025")),
])
def test_a_cap_is_a_target_with_comparator_at_most(sentence, value, expected):
    assert figures(sentence)[value] == expected


# ------------------------------------------------------------------ counts of people

@pytest.mark.parametrize("sentence, value, unit", [
    ("去年带动2万多名农民增收。", 20000, "人"),
    ("去年邀请300位专家参加论证。", 300, "人"),
    ("去年同13位副秘书长会面。", 13, "人"),
    ("去年为6107名困难家庭新生发放资助金。", 6107, "人"),
    # ranks and digits keep their measure word (or are no count of people)
    ("去年全省有4所高校进入全国前10名。", 10, None),
    ("去年全市启用6位数代码5000个。", 6, None),
])
def test_people_counted_with_a_measure_word_use_ren(sentence, value, unit):
    found = figures(sentence)
    assert (found[value][1] if unit else found.get(value, (None, None))[1]) == unit


def test_both_stages_read_one_list_of_nouns_for_people():
    """quantities.json person_nouns is the one list: 1100多万学生 (a quantity with 万) and
    300学生 (a bare number, read by figures) count people for every noun in it."""
    from policydata.lexicon import load
    from policydata.recognize.quantities import find_quantities
    from policydata.extract.figures.units import person_words
    nouns = load("quantities.json")["person_nouns"]
    assert set(nouns) <= set(person_words())
    for noun in nouns:
        q = find_quantities(f"惠及1100多万{noun}")
        assert [x.unit for x in q] == ["人"], noun
        assert figures(f"去年共有{noun}300{noun}参加。".replace(f"有{noun}", "有"))[300][1] == "人", noun


def test_a_count_of_people_is_quoted_up_to_its_predicate():
    art = _article("去年，1.27万名持证护理员为居家养老“兜底”。")
    ctx = build_context(art, given_date="2026-02-11")
    stats, _ = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    assert [art.text[s.start:s.end] for s in stats] == ["1.27万名持证护理员"]


# ------------------------------------------------------------------ N多个 + a noun

@pytest.mark.parametrize("sentence, value, expected", [
    ("去年全县10多个村发展特色产业。", 10, ("stat", "个", "more_than", "2025")),
    ("去年开展了20多次培训。", 20, ("stat", "次", "more_than", "2025")),
    ("去年120多国代表参加活动。", 120, ("stat", "国", "more_than", "2025")),
])
def test_n_duo_ge_is_a_count_more_than_n(sentence, value, expected):
    assert figures(sentence)[value] == expected


@pytest.mark.parametrize("sentence", ["去年与多个国家开展合作。", "去年建设了一批项目。"])
def test_vague_words_stay_no_figures(sentence):
    assert figures(sentence) == {}


# ------------------------------------------------------------------ thresholds of a measure

@pytest.mark.parametrize("sentence, kept", [
    # a bounded threshold in a 对…的 condition clause delimits the measure's scope
    ("对新落地固定资产投资300万元以上（含）的项目，给予奖励。", []),
    ("对当年新增设备投资800万元以上的，按投资额给予补助。", []),
    ("对年营业收入首次突破1000万元的企业，给予一次性奖励。", []),
    ("对购买2级及以上能效的家电，给予补贴。", []),
    # the amount the measure gives is a figure; a fact told with 对 is too
    ("对投资500万元以上的项目，给予最高100万元奖励。", [1e6]),
    ("去年该市对全省税收贡献了超1/5的增量，创历史新高。", [20.0]),
])
def test_thresholds_in_a_condition_clause_are_not_figures(sentence, kept):
    assert sorted(figures(sentence)) == kept


# ------------------------------------------------------------------ durations and settings

@pytest.mark.parametrize("sentence, kept", [
    ("“时隔一年多，这台设备该全面检修了。”他说。", []),
    ("他说，用时三天，池塘里的积水也已排干。", []),
    ("0.2倍、0.5倍、1倍、2倍……转速不断加快。", []),
    ("当转速升到额定转速的1.5倍，设备显示出稳定读数。", []),
    # a streak, a count of days and a multiple stated as a fact are figures
    # (保持世界第一 is a rank with a numeral, 第一: a figure too -- corpus README, rank)
    ("去年连续12年保持全国第一。", [1.0, 12.0]),
    ("去年全市晴好天数达到310天。", [310.0]),
    ("去年出口额是上年的1.5倍。", [1.5]),
])
def test_durations_that_only_time_something_and_stepped_settings_are_not_figures(sentence, kept):
    assert sorted(figures(sentence)) == kept


@pytest.mark.parametrize("sentence, value, expected", [
    ("去年累计惠及超210万困难群众。", 2.1e6, ("stat", "人", "more_than", "2025")),
    ("去年冷链物流总额保持了15%以上的较高增速。", 15, ("stat", "%", "at_least", "2025")),
])
def test_modified_people_and_bounded_growth_are_figures(sentence, value, expected):
    assert figures(sentence)[value] == expected


def test_a_news_paragraphs_past_year_dates_that_paragraph_and_the_next():
    text = ("据介绍，2024年底该市失能老年人约35万人。\n"
            "其中，城镇失能老年人约20万人。\n"
            "从长远看，优化服务也是激活动能的过程。\n"
            "该市扩充专业护理队伍，1.27万名持证护理员上门服务。")
    found = figures(text)
    assert [found[v][3] for v in (3.5e5, 2e5, 12700)] == ["2024", "2024", "2026"]
    # outside news the year carries on (a report's paragraph continues its review)
    text = "2024年底，全市失能老年人约35万人。\n全市专业护理队伍有1.27万名持证护理员。"
    assert figures(text)[12700][3] == "2024"


def test_a_review_word_leading_a_paragraph_dates_its_list():
    text = ("局长通报2025年全市商贸流通发展成效。\n"
            "据通报，全年社会消费品零售总额同比增长4.6%；快递业务量同比增长12.3%；消费对经济增长的贡献超五成。")
    found = figures(text, on_page=True, date="2026-01-22")
    assert [found[v][3] for v in (4.6, 12.3, 50)] == ["2025", "2025", "2025"]


def test_a_time_frame_of_a_plan_is_no_figure():
    # 准备5年内: the time frame of an aspiration (like 争取三年内), not a duration figure
    assert 5 not in figures(NEWS + "公司准备5年内投入100亿元用于研发。")


@pytest.mark.parametrize("sentence, value, expected", [
    # the first quarter of a plan period's first year, reported once that year has come
    ("“十五五”首季，全省经济取得6.2%的增速。", 6.2, ("stat", "%", "exact", "2026Q1")),
    # a percent before 的 + a short noun + 高增速 is a rate of change
    ("前两个月实现了11.9%的出口高增速。", 11.9, ("stat", "%", "exact", "2026-01/2026-02")),
])
def test_plan_quarters_and_growth_after_a_noun(sentence, value, expected):
    found = figures(NEWS + sentence, date="2026-04-17")
    assert found[value] == expected


@pytest.mark.parametrize("sentence, kind", [
    ("据介绍，前两个月实现了11.9%的出口高增速。", "growth"),
    ("据介绍，去年占比20%的出口增长较快。", "share"),
])
def test_a_percent_before_a_noun_and_high_growth_is_growth(sentence, kind):
    art = _article(sentence)
    ctx = build_context(art, given_date="2026-04-17")
    stats, _ = extract_figures(art, region_id="CN", region_mentions=[], context=ctx)
    assert [s.kind for s in stats] == [kind]


@pytest.mark.parametrize("sentence, expected", [
    # a later purpose clause's time names what the result serves, not the figure's time
    ("近期批复多个重大项目，总投资超过4000亿元，为“十五五”平稳开局提供支撑。", ("stat", "元", "more_than", "2025")),
    # a later time word with no purpose clause between still dates the figure
    ("新建公园10个，2026年底前完工。", ("target", "个", "=", 2026)),
])
def test_a_time_word_in_a_later_purpose_clause_does_not_date_the_figure(sentence, expected):
    found = figures(NEWS + sentence, date="2025-12-31")
    assert list(found.values())[0] == expected


# ------------------------------------------------------------------ news: counts and readings (issue 17)

NEWS_LEAD = "本报讯（记者 李四）"  # a dateline and byline: the genre rule reads the text as news


def news_figures(sentence: str) -> dict:
    text = NEWS_LEAD + sentence
    assert build_context(_article(text, ""), given_date="2026-02-11").genre == "news"
    return figures(text)


@pytest.mark.parametrize("sentence, value, unit", [
    # news_small_counts: a story counts what it tells, even in small Chinese numerals
    ("店主指着仓库说：“这里停着两台收割机。”", 2, "台"),
    ("老张和厂家签下两项技术许可。", 2, "项"),
    ("车间的内外两道门常年关着。", 2, "道"),
    ("改装时把两组摄像头装在车顶。", 2, "组"),
    ("为了这次改造，图纸前后改了三版。", 3, "版"),
    # a span written with 个 before 小时 is hours (the number finder's 个小时)
    ("工人连续作业，三个小时就要轮换一次。", 3, "小时"),
    # news_reading: a bare number the story reads out, unit '' or the unit named before it
    ("监测屏上的湿度读数显示是63。", 63, ""),
    ("当天现场的噪声分贝数值稳定在45左右。", 45, "分贝"),
    ("平台月均访问量突破80万。", 800000, ""),
])
def test_news_keeps_counts_and_readings(sentence, value, unit):
    assert news_figures(sentence)[value][:2] == ("stat", unit)


@pytest.mark.parametrize("sentence, value", [
    # referring_count: the things are quoted, spelled out next, pointed back to, or the topic
    ("这家企业交出了两个“首次”的成绩。", 2),
    ("小镇有两个优势，一个是区位，一个是物产。", 2),
    ("大桥落成后，这两个码头都搬了家。", 2),
    ("厂里推出新品。两个新品，都卖得不错。", 2),
    ("北村、南村两个村一起修了路。", 2),
    ("该市是省内唯一拥有两个港口的城市。", 2),
    # item_count: classifiers of items or kinds describe, in news too
    ("他总结出三条经验。", 3),
    ("这种结构相当于给平台搭起四条腿。", 4),
    # own_list_modified_noun: the text counting its own list, the noun with a modifier
    ("会议明确了城乡和区域两个发展体系。", 2),
    # event_length: 为期 + a duration says how long an event runs
    ("这届茶博会为期4天。", 4),
])
def test_news_still_drops_counts_that_refer_or_describe(sentence, value):
    assert value not in news_figures(sentence)


def test_small_counts_outside_news_still_describe():
    # descriptive_small_count keeps its default outside news
    assert 2 not in figures("一、主要任务\n（一）做强两个产业园区，用好两项特色政策。")


def test_agency_name_is_no_plan():
    # agency_name: 计划署 names an agency; the figure after it is a fact of the story
    found = news_figures("中方与某国际粮食计划署合作建立数据库，收录200多个案例。")
    assert found[200][0] == "stat"
