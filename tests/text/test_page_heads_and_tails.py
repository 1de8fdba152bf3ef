"""Pages without blank lines: a headline's lead-in line ending in a comma, a column's last line of
figures, a span of years opening a paragraph, a caption set as wide as the column under a cut.
One small invented input -> expected per rule (round 15)."""
from __future__ import annotations

from policydata.extract.genre import _progress_title
from policydata.document import Article
from policydata.text.layout.column_breaks import fit, opens_scene
from policydata.text.layout.headline_lines import headline_lines_above
from policydata.text.layout.reflow import is_figure_tail, reflow_wrapped
from policydata.text.layout.running_blocks import infer_gaps
from policydata.text.layout.wrapped_captions import captions_under_cut

LEAD = ["甲市出台措施支持小微企业融资",
        "本报甲市3月2日电  （记者张三）甲市日前出台措施，支持小微企业融资，对首次贷款的企业给予贴息。",
        "措施明确，银行对小微企业的贷款利率不高于上年水平，并简化审批手续。"]
LAST = ["丙省春耕备耕有序推进",
        "本报丙省3月2日电  （记者李四）眼下正值春耕备耕关键时期，丙省各地抢抓农时，组织农民开展田间管理。"]


def test_comma_headline_line_joins_the_title():
    # 引题， | 主题 over a dateline: the comma line is the title's first half, not body text
    page = LEAD + ["稳住外贸企业发展基本盘，", "拓展出口新市场",
                   "本报乙市3月2日电  （记者王五）乙市今年新开三条国际货运航线，外贸企业订单明显增加。",
                   "海关介绍，一季度全市出口同比增长百分之八。"] + LAST
    log = []
    gaps = infer_gaps(page, log)
    assert 3 in gaps and 4 not in gaps  # the story starts at the comma line; one title block
    assert any(d.rule == "comma_headline_line" and d.score == 3 for d in log)


def test_comma_line_under_cut_sentence_stays_body():
    kinds = ["body", "body", "headline", "byline"]
    lines = ["全县今年要加快建设，努力完成各项任务，", "推进农村公路提档，", "新修道路五十公里", "本报丁县1月2日电  记者获悉。"]
    assert headline_lines_above(lines, kinds, 2, 2) == 2  # the sentence above is cut: it goes on


def test_progress_word_inside_longer_word_is_no_report():
    def title(t: str) -> bool:
        return _progress_title(Article(1, t, "某地加快推进。", []))
    assert title("某镇重点工作推进及成效") and title("某区上半年工作进展情况")
    assert not title("释放政策集成效应，增强发展动力") and not title("某县项目建设进展顺利")


def test_figure_tail_line_ends_the_paragraph():
    assert is_figure_tail("全区今年查处各类食品安全案件", "216件，罚没款320万元，移送")
    assert not is_figure_tail("全区今年查处各类食品安全案件", "2026年全区食品安全工作会议")
    lines = ["乙市今年查处违法案件数量增加", "本报乙市5月6日电  （记者王五）", "今年以来，乙市市场监管局加大",
             "执法力度，全市共查处各类案件", "1208件，罚没款560万元，移送", "丙县新建三座公园"]
    out = reflow_wrapped(lines)
    assert any(p.endswith("全市共查处各类案件1208件，罚没款560万元，移送") for p in out)


def test_span_of_years_opens_a_paragraph():
    assert opens_scene("12年来，全县累计植树造林三万亩。") and opens_scene("近十年间，老街换了新貌。")
    assert not opens_scene("2015年以来，全县累计植树造林。") and not opens_scene("12年的坚守换来了丰收。")
    # a cut sentence does not go on with it
    assert fit("案件1208件，罚没款560万元，移送", "12年来，全县累计植树造林三万亩。")[0] < 1


def test_caption_under_cut():
    lines = ["丁县的农家书屋今年添置了新书，村民在书架前挑选一",
             "近日，丁县农民在农家书屋读书。全县已建成农家书",
             "屋两百余个。图为村民在书屋里阅读农技书籍。",
             "新华社记者  赵  六摄",
             "戊市新建三座体育公园"]
    assert captions_under_cut(lines, {}) == {3: 1}


def test_count_after_count_goes_on():
    # the cut ends on a count of cases, the block opens with the count of people
    assert fit("全区法院今年共审结各类刑事案件864件", "1132人，其中未成年人42人。")[0] >= 2
    assert fit("全区法院今年共审结各类刑事案件864件", "2026年，全区法院继续深化改革。")[0] < 1


def test_figure_start_stands_apart_from_a_finished_line():
    # a column cut on a count (…864件), another story's column, then the count's tail under a
    # finished line: the reflow leaves the tail a line of its own so the page rules rejoin it
    lines = ["甲区法院发布年度审判报告",
             "本报甲区1月8日电  （记者钱八）甲区",
             "法院日前发布年度审判报告。今年，全区",
             "法院进一步加大刑事审判工作力度，依法",
             "惩治各类犯罪，共审结各类刑事案件864件",
             "乙县新建三座口袋公园",
             "本报乙县1月8日电  （记者孙九）乙县",
             "今年在老城区新建三座口袋公园，公园里",
             "设有健身步道和儿童游乐场，方便居民就",
             "近休闲，受到周边居民普遍欢迎和好评。",
             "1132人，其中未成年人42人。"]
    log = []
    out = reflow_wrapped(lines, log)
    assert out[-1] == "1132人，其中未成年人42人。"
    assert any(d.rule == "figure_start_apart" for d in log)


def test_conjunct_tail_goes_on_with_a_cut_noun():
    # …的纽带 | 和友谊之桥。: the second half of 纽带和友谊之桥, no sentence of its own
    pairs = {"纽带": 2}  # the page writes 纽带 elsewhere too: the cut ends on a whole word
    assert fit("两国人文交流源远流长，成为双方交往的纽带", "和友谊之桥。", pairs)[0] >= 2
    assert fit("两国人文交流源远流长，成为双方交往的纽带", "和去年相比，交流更加密切。", pairs)[0] < 2
    assert fit("两国人文交流源远流长，成为双方交往的纽带", "和友谊之桥。", {"纽带": 1})[0] < 2


import pytest  # noqa: E402

from policydata.text.layout import classify_block  # noqa: E402


@pytest.mark.parametrize("line,kind", [
    # rule masthead_date_line: a page's masthead (page number, the paper's name, the date with
    # its weekday, the edition) is page furniture, no kicker or headline of the first story
    ("甲江日报  2025年6月3日  星期二  第5版", "meta"),
    ("12  乙州晚报  2024年11月8日　星期五", "meta"),
    ("2025年6月3日  星期二", "meta"),
    ("甲江日报2025年6月3日星期二刊发评论文章。", "body"),  # a sentence naming a date is text
    ("甲江日报  2025年6月3日", "headline"),              # no weekday: no masthead evidence
])
def test_masthead_date_line(line, kind):
    assert classify_block(line) == kind
