"""Tests for policydata.extract.figures: statistics vs targets, indicators, periods, target years.

Small inline cases for each rule, the seed page, and the development corpus gold
(scored with the rule of ../shared/tools/score.py: value and unit equal, quotes overlap).
"""
from __future__ import annotations

import csv
import json

import pytest

from policydata.document import Article, Block
from policydata.extract.figures import extract_figures
from policydata.text.layout import reconstruct_articles
from policydata.text.reading import read_source
from policydata.recognize.timeexpr import infer_report_year

from conftest import SEED_PAGE


def article(*lines: str, title: str = "") -> Article:
    """An article whose lines are blocks; lines like 一、… become headings by their shape."""
    text = "\n".join(lines)
    blocks, pos = [], 0
    for line in lines:
        blocks.append(Block("body", pos, pos + len(line), line))
        pos += len(line) + 1
    return Article(1, title, text, blocks)


def run(*lines, report_year=2026, title=""):
    art = article(*lines, title=title)
    stats, targets = extract_figures(art, report_year=report_year, region_id="CN", region_mentions=[])
    for row in stats + targets:
        assert art.text[row.start:row.end], "quote must not be empty"
    return art, stats, targets


def values(rows):
    return [(r.value, r.unit) for r in rows]


# ------------------------------------------------------------------ statistic or target


def test_review_section_gives_statistics():
    _, stats, targets = run("一、2025年工作回顾", "全省地区生产总值4.5万亿元、增长5.8%。")
    assert values(stats) == [(4.5e12, "元"), (5.8, "%")]
    assert targets == []
    assert {s.period for s in stats} == {"2025"}


def test_plan_section_gives_targets_with_the_heading_year():
    _, stats, targets = run("二、2024年全市发展的总体要求和主要任务", "赤字率拟按3%安排。",
                            report_year=2024)
    assert stats == []
    assert [(t.value, t.comparator, t.target_year) for t in targets] == [(3.0, "=", 2024)]


def test_main_targets_carry_through_semicolons():
    _, stats, targets = run("今年发展主要预期目标是：全县生产总值增长6%左右；新增城镇就业1200万人以上。",
                            report_year=2024)
    assert stats == []
    assert [(t.value, t.unit, t.comparator, t.target_year) for t in targets] == [
        (6.0, "%", "~", 2024), (12000000.0, "人", ">=", 2024)]


def test_deadline_in_an_earlier_sentence_of_the_paragraph():
    _, stats, targets = run("到2020年，装备水平持续提升。全省渔船总功率超过10亿千瓦。", report_year=2018)
    assert [(t.value, t.comparator, t.target_year) for t in targets] == [(1e9, ">", 2020)]
    assert stats == []


def test_plan_period_target_year():
    _, _, targets = run("力争“十五五”时期全县农业产值年均增长5%左右。")
    assert [(t.target_year, t.comparator) for t in targets] == [(2030, "~")]
    _, _, targets = run("“十四五”期间力争新增企业100家。", report_year=2021)
    assert [t.target_year for t in targets] == [2025]


def test_today_is_the_report_year():
    _, stats, targets = run("今年先发行1万亿元。", report_year=2024,
                            title="政府工作报告")
    assert [(t.value, t.target_year) for t in targets] == [(1e12, 2024)]


def test_past_year_in_a_plan_document_is_a_statistic():
    _, stats, targets = run("2025年，规上服务业小微企业营业收入同比增长7.3%。")
    assert [(s.value, s.period, s.kind) for s in stats] == [(7.3, "2025", "growth")]
    assert targets == []


def test_cumulative_as_of_now_uses_the_report_year():
    _, stats, _ = run("截至目前，全省已累计认定高新技术企业1.38万家。")
    assert [(s.value, s.unit, s.period) for s in stats] == [(13800.0, "家", "2026")]


def test_whole_year_resolves_to_the_year_named_before():
    _, stats, _ = run("局长通报2025年全市商贸流通运行情况。", "据通报，全年社会消费品零售总额同比增长4.6%。")
    assert [(s.value, s.period) for s in stats] == [(4.6, "2025")]


def test_quarter_and_month_periods():
    _, stats, _ = run("前三季度，全市规模以上工业增加值同比增长5.2%。", report_year=2021)
    assert [s.period for s in stats] == ["2021-01/2021-09"]
    _, stats, _ = run("1-9月，全省社会消费品零售总额同比增长8.1%。", report_year=2021)
    assert [s.period for s in stats] == ["2021-01/2021-09"]


def test_threshold_without_year_has_no_target_year():
    _, _, targets = run("各地要确保人均住房面积不超过70平方米。", report_year=None)
    assert [(t.comparator, t.target_year) for t in targets] == [("<=", None)]


def test_a_figure_is_never_both():
    art, stats, targets = run("一、2023年工作回顾", "地区生产总值超过3.8万亿元，增长5.6%。",
                              "二、2024年主要预期目标", "地区生产总值增长5%左右。", report_year=2024)
    spans = {(s.start, s.value) for s in stats} & {(t.start, t.value) for t in targets}
    assert spans == set()
    assert values(stats) == [(3.8e12, "元"), (5.6, "%")]
    assert values(targets) == [(5.0, "%")]


# ---------------------------------------------------------------------- comparator, scope


def test_comparator_bound_across_a_verb_and_scope():
    _, _, targets = run("到2035年每个乡镇和村分别至少建设1处，人均公共绿地面积不小于2.5平方米。")
    assert [(t.value, t.unit, t.comparator, t.target_year) for t in targets] == [
        (1.0, "处", ">=", 2035), (2.5, "平方米", ">=", 2035)]
    assert targets[0].scope == "每个乡镇和村"


def test_limit_above_is_not_a_comparator():
    _, _, targets = run("三、2026年重点工作", "新增限额以上餐饮企业800家。")
    assert [(t.value, t.comparator) for t in targets] == [(800.0, "=")]


# ------------------------------------------------------------------------ indicators, quote


def test_quote_is_the_phrase_not_the_sentence():
    art, stats, _ = run("一、2023年工作回顾", "经济运行稳中有进，地区生产总值超过3.8万亿元，增长5.6%，增速居全国前列。")
    quotes = [art.text[s.start:s.end] for s in stats]
    assert quotes == ["地区生产总值超过3.8万亿元", "地区生产总值超过3.8万亿元，增长5.6%"]
    assert [s.indicator for s in stats] == ["地区生产总值", "地区生产总值增长"]
    assert [s.kind for s in stats] == ["level", "growth"]


def test_number_before_its_noun():
    art, stats, _ = run("一、2025年工作回顾", "3家省级研发中心新址启用，新引入8家外资企业。")
    assert values(stats) == [(3.0, "家"), (8.0, "家")]
    assert stats[0].indicator == "省级研发中心新址启用"
    assert art.text[stats[1].start:stats[1].end] == "新引入8家外资企业"


def test_respectively_gives_one_row_each():
    _, stats, _ = run("数据显示，全年规模以上汽车制造业、电子信息制造业增加值同比分别增长8.6%、10.3%。",
                      report_year=2025)
    assert values(stats) == [(8.6, "%"), (10.3, "%")]
    assert "汽车制造业增加值" in stats[0].indicator
    assert "电子信息制造业增加值" in stats[1].indicator


def test_respectively_with_he_and_shared_prefix():
    _, _, targets = run("到2025年，油菜播种、收获机械化率分别达到72%和58%。", report_year=2018)
    assert [(t.indicator, t.value) for t in targets] == [("油菜播种机械化率", 72.0), ("油菜收获机械化率", 58.0)]


def test_jun_gives_the_same_value_to_each():
    _, _, targets = run("到2025年，甘蔗种植、收获机械化率均达到35%。", report_year=2018)
    assert [(t.indicator, t.value) for t in targets] == [("甘蔗种植机械化率", 35.0), ("甘蔗收获机械化率", 35.0)]


def test_rate_after_a_list_applies_to_each_unless_combined():
    _, _, targets = run("“十五五”时期，技改投资、外商投资年均增长7%左右。")
    assert [t.indicator for t in targets] == ["技改投资年均增长", "外商投资年均增长"]
    _, _, targets = run("到2025年，茶叶种植、水产养殖和果蔬初加工机械化率总体达到60%左右。", report_year=2018)
    assert len(targets) == 1


def test_enumerated_tiers_share_their_head_noun():
    _, stats, _ = run("累计认定2.4万余家初级、6100余家中级、300余家高级、12家标杆级数字化车间。")
    assert values(stats) == [(24000.0, "家"), (6100.0, "家"), (300.0, "家"), (12.0, "家")]
    assert all(s.indicator.endswith("数字化车间") for s in stats)
    assert [s.qualifier for s in stats] == ["more_than", "more_than", "more_than", "exact"]


def test_bare_item_repeats_the_previous_verb():
    _, stats, _ = run("一、2025年工作回顾", "平均压减环节46%、费用37%。")
    assert [(s.value, s.kind) for s in stats] == [(46.0, "growth"), (37.0, "growth")]


# ----------------------------------------------------------------------------- kinds, units


@pytest.mark.parametrize("sentence, kind", [
    ("城镇调查失业率4.1%", "share"),
    ("户籍人口城镇化率提高到58.7%", "share"),
    ("消费对全市经济增长的贡献超五成", "share"),
    ("月均入户抽查量下降37.6%", "growth"),
    ("增长6.1%、高于全省0.7个百分点", "growth"),
    ("电动自行车年产量近90万辆", "level"),
    ("拆除违章建筑1837万平方米", "level"),
    ("腾退低效仓储物流企业87家", "count"),
    ("北京连续9年稳居全球榜首", "count"),
    ("在全省年度考核中位列第一", "rank"),
])
def test_kinds(sentence, kind):
    _, stats, _ = run("一、2025年工作回顾", sentence + "。")
    assert stats and stats[-1].kind == kind


def test_people_and_households():
    _, stats, _ = run("一、2023年工作回顾", "助学补助标准提高后惠及1100多万学生，惠及上千万家庭，农民工返乡就业规模超过3300万。",
                      report_year=2024)
    assert values(stats) == [(11000000.0, "人"), (10000000.0, "户"), (33000000.0, "人")]


# ---------------------------------------------------------------------------- not figures


@pytest.mark.parametrize("sentence", [
    "要重点把握三个方面。",
    "今年要着力抓好7个方面工作。",
    "围绕“提质、扩面、增效”3个重点。",
    "支持济南、青岛两个都市圈错位发展。",
    "发挥甲市、乙市两大增长极的辐射作用。",
    "今年是本校建校70周年。",
    "认真学习党的十九大和十九届四中全会精神。",
    "国发〔2018〕42号",
    "推动各区培育一批特色产业园区。",
    "加快推进6G技术研发，部署5G-A网络。",
    "C919客机开通新的商业航线。",
    "开展新一轮百亿斤油料扩种行动。",
    "持续开展0.5微克减排行动。",
    "开展优化政务服务质量三年行动。",
    "严格执行《某市优化营商环境条例》，坚持“两个毫不动摇”。",
    "以45个县域商业示范镇为重点，推进集镇改造。",
    "2025年是“十四五”时期的收官之年。",
    "打造一支懂农业的人才队伍，走出一条发展道路。",
    "列第一位者为牵头单位。",
    "登记注册商标数量稳居全省首位。",
    # age_class: an age that delimits the things it modifies
    "组织对服役超过20年的路灯进行排查。",
    "优先更换楼龄30年以上的住宅电梯。",
])
def test_not_figures(sentence):
    _, stats, targets = run(sentence)
    assert stats == [] and targets == [], [(r.value, r.unit) for r in stats + targets]


def test_odd_input_never_raises():
    for lines in [[""], ["。。。"], ["一、"], ["分别增长、、"], ["到年"], ["第"], ["%%%"], ["1" * 200]]:
        run(*lines)
    empty = Article(1, "", "", [])
    assert extract_figures(empty, report_year=None, region_id="CN", region_mentions=[]) == ([], [])


def test_region_from_the_quote():
    from policydata.recognize.regions import RegionMention
    text = "一、2025年工作回顾\n雄安新区某科创园新增入驻企业95家。"
    art = article(*text.split("\n"))
    start = text.index("雄安新区")
    mention = RegionMention(start, start + 4, "雄安新区", "xiongan")
    stats, _ = extract_figures(art, report_year=2026, region_id="110000", region_mentions=[mention])
    assert [s.region_id for s in stats] == ["xiongan"]


# ------------------------------------------------------------------------------ real input


def seed_figures():
    if not SEED_PAGE.exists():
        pytest.skip("seed page absent")
    stats, targets = [], []
    for art in reconstruct_articles(read_source(SEED_PAGE).text):
        s, t = extract_figures(art, report_year=infer_report_year(art.text), region_id="CN", region_mentions=[])
        stats += s
        targets += t
    return stats, targets


def test_seed_page_figures():
    stats, targets = seed_figures()
    want = {(5.9, "%"), (9.1, "%"), (6.9, "%"), (9.2, "%"), (9.4, "%"), (16.0, "年"), (40.0, "%"),
            (35000.0, "家"), (8200.0, "家"), (500.0, "家"), (15.0, "家"), (8000.0, "家"),
            (17600.0, "家"), (140000.0, "家"), (600000.0, "家"), (7.0, "%"),
            (23.0, "条")}  # a headline's figure: 23条具体举措 (page articles' text holds their title line)
    assert set(values(stats)) == want
    assert len(stats) == 18  # and the headline's 贡献超四成 (40%, as in the body)
    assert [(t.value, t.unit, t.comparator, t.target_year) for t in targets] == [
        (1.0, "处", ">=", 2035), (2.5, "平方米", ">=", 2035)]


# ---------------------------------------------------------------------------- corpus gold


def _overlaps(quote: str, anchor: str) -> bool:
    """The matching rule of ../shared/tools/score.py."""
    if anchor in quote or (len(quote) >= 2 and quote in anchor):
        return True
    return any(anchor[i:i + 6] in quote for i in range(0, max(1, len(anchor) - 5)))


def _matches(row: dict, gold: dict) -> bool:
    return (_overlaps(row["quote"], gold["quote"])
            and abs(row["value"] - gold["value"]) <= 1e-9 * max(1.0, abs(gold["value"]))
            and row["unit"] == gold["unit"])


def _corpus_rows(corpus, stem, date):
    src = read_source(corpus / "docs" / f"{stem}.txt")
    rows = {"statistics": [], "targets": []}
    for art in reconstruct_articles(src.text):
        stats, targets = extract_figures(art, report_year=infer_report_year(art.text, date),
                                         region_id="CN", region_mentions=[])
        for name, found in (("statistics", stats), ("targets", targets)):
            for r in found:
                rows[name].append({"quote": art.text[r.start:r.end], "value": r.value, "unit": r.unit,
                                   "comparator": getattr(r, "comparator", ""),
                                   "target_year": getattr(r, "target_year", None)})
    return rows


def test_corpus_f1(corpus_dir, corpus_minimums):
    dates = {r["file"]: r["date"] for r in csv.DictReader(open(corpus_dir / "sources.csv", encoding="utf-8"))}
    totals = {"statistics": [0, 0, 0, 0], "targets": [0, 0, 0, 0]}  # tp rows, rows, gold hit, gold
    report = []
    for gold_path in sorted((corpus_dir / "gold").glob("*.json")):
        stem = gold_path.stem
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        rows = _corpus_rows(corpus_dir, stem, dates.get(f"docs/{stem}.txt", ""))
        for name in totals:
            tp = sum(any(_matches(r, g) for g in gold[name]) for r in rows[name])
            hit = sum(any(_matches(r, g) for r in rows[name]) for g in gold[name])
            t = totals[name]
            t[0] += tp; t[1] += len(rows[name]); t[2] += hit; t[3] += len(gold[name])
            report.append(f"{stem} {name}: {tp}/{len(rows[name])} rows right, {hit}/{len(gold[name])} gold found")
    for name, (tp, n, hit, gold_n) in totals.items():
        precision, recall = tp / max(1, n), hit / max(1, gold_n)
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        print(f"{name}: F1 {f1:.3f}")
        assert f1 >= corpus_minimums[f"{name}_f1"], f"{name} F1 {f1:.2f}\n" + "\n".join(report)


# ------------------------------------------------------------------------ more context rules


def test_annual_plan_words_give_the_report_year():
    _, _, targets = run("二、“十五五”时期主要目标", "主要预期目标是：经济增长5.5%左右，城镇新增就业110万人以上。")
    assert [(t.value, t.target_year) for t in targets] == [(5.5, 2026), (1100000.0, 2026)]


def test_plan_period_opening_year():
    _, _, targets = run("今年是“十五五”开局之年，力争规上工业增加值增长6%。")
    assert [t.target_year for t in targets] == [2026]


def test_annual_goal_is_not_a_period():
    _, stats, _ = run("今年以来，我省新增就业岗位52万个，完成全年目标的86%。", report_year=2025)
    assert [(s.value, s.period) for s in stats] == [(520000.0, "2025"), (86.0, "2025")]


def test_this_years_goal_with_quanian():
    _, _, targets = run("会议指出，要确保全年粮食产量稳定在1.3万亿斤以上。", report_year=2025)
    assert [(t.comparator, t.target_year) for t in targets] == [(">=", 2025)]


def test_from_to_gives_two_figures_of_one_indicator():
    _, stats, _ = run("一、2025年工作回顾", "规上工业企业从4.7万家增加到6.1万家。")
    assert [(s.value, s.indicator) for s in stats] == [(47000.0, "规上工业企业"), (61000.0, "规上工业企业")]


def test_respectively_unit_written_once():
    _, stats, _ = run("一、2025年工作回顾", "广州、深圳地铁单日最高客运量分别达1409万、1305万人次。")
    assert values(stats) == [(14090000.0, "人次"), (13050000.0, "人次")]
    assert [s.indicator for s in stats] == ["广州地铁单日最高客运量", "深圳地铁单日最高客运量"]


def test_review_subheadings_phrased_as_deeds_stay_review():
    _, stats, targets = run("一、2025年工作回顾", "（六）加快城乡区域一体融合发展，省域均衡发展水平不断提高。",
                            "开工改造城镇老旧小区196个。")
    assert values(stats) == [(196.0, "个")] and targets == []


def test_heading_year_decides_review_or_plan():
    _, stats, targets = run("一、2025年主要工作和“十四五”发展成就", "争取中央预算内投资237亿元。",
                            "三、2026年重点工作", "累计培育100个标志性项目。")
    assert [(s.value, s.period) for s in stats] == [(23700000000.0, "2025")]
    assert [(t.value, t.target_year) for t in targets] == [(100.0, 2026)]


def test_cutoff_dates():
    _, stats, _ = run("截至9月末，全国累计建成5G基站457.2万个。", report_year=2025)
    assert [(s.value, s.period) for s in stats] == [(4572000.0, "2025-09")]


@pytest.mark.parametrize("sentence", [
    "全年共招引落地亿元以上重大产业项目3150个。",
    "落实省委十一届九次、十次全会部署。",
    "30万吨级航道建成投运。",
    "建强用好产业、科技、服务业三支招商队伍。",
    "粮食总产量创2006年以来新高。",
])
def test_more_not_figures(sentence):
    _, stats, targets = run("一、2025年工作回顾", sentence)
    kept = [(r.value, r.unit) for r in stats + targets]
    assert (1e8, "元") not in kept and (9.0, "次") not in kept and (300000.0, "吨") not in kept
    assert (3.0, "支") not in kept and all(v != 2006 for v, _ in kept)


def test_doctests():
    import doctest

    import importlib
    import pkgutil

    import policydata.extract.figures
    import policydata.recognize.timeexpr
    assert doctest.testmod(policydata.extract.figures).failed == 0
    for module in pkgutil.iter_modules(policydata.extract.figures.__path__):  # the package's modules
        submodule = importlib.import_module(f"policydata.extract.figures.{module.name}")
        assert doctest.testmod(submodule).failed == 0
    assert doctest.testmod(policydata.recognize.timeexpr).failed == 0


# ------------------------------------------------- held-out lessons (general rules, made-up text)


def rows(found):
    return [(r.value, r.unit) for r in found]


def test_news_heading_with_achievement_does_not_turn_figures_into_targets():
    _, stats, targets = run(
        "亮点二：新增就业人数完成全年目标任务88.0%",
        "上半年，全国城镇新增就业654万人，完成全年目标的59.5%。6月份，城镇调查失业率为5.0%，比上月下降0.2个百分点。",
        report_year=2022)
    assert targets == []
    assert (5.0, "%") in rows(stats) and (0.2, "个百分点") in rows(stats) and (88.0, "%") in rows(stats)
    periods = {(s.value, s.unit): s.period for s in stats}
    assert periods[(6540000.0, "人")] == "2022-01/2022-06"
    assert periods[(5.0, "%")] == "2022-06"
    kinds = {(s.value, s.unit): s.kind for s in stats}
    assert kinds[(0.2, "个百分点")] == "growth"


def test_start_year_in_a_plan_dates_a_target():
    _, stats, targets = run("自2020年开始，在20个左右重点领域开展试点。", report_year=2021,
                            title="关于推进职业培训的实施方案")
    assert stats == []
    assert [(t.value, t.unit, t.comparator, t.target_year) for t in targets] == [(20.0, "个", "~", 2020)]


def test_count_after_a_list_of_named_things_is_a_figure():
    _, stats, _ = run("2025年，龙泉青瓷、东阳木雕、青田石雕3个传统产业入选名录。")
    assert rows(stats) == [(3.0, "个")]


@pytest.mark.parametrize("line", ["今年要着力抓好7个方面工作。", "稳增长、调结构、惠民生三项任务要统筹推进。",
                                  "要重点把握三个方面：一是……"])
def test_text_own_enumerations_are_not_figures(line):
    _, stats, targets = run(line)
    assert stats == [] and targets == []


def test_count_with_qualifier_before_the_noun():
    _, _, targets = run("今年主要目标任务：新开工800个以上市重点项目。")
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(800.0, "个", ">=")]


def test_amount_threshold_names_a_class():
    _, stats, _ = run("2025年，亿元以上工业项目完成投资增长8.5%。")
    assert rows(stats) == [(8.5, "%")]


def test_class_threshold_with_de_is_not_a_figure():
    _, stats, _ = run("2025年，全省营收超百亿元的企业达到36家。")
    assert rows(stats) == [(36.0, "家")]


def test_compound_unit_is_a_level():
    _, stats, _ = run("2025年，保障重点项目用能980万吨标准煤。")
    assert [(s.value, s.unit, s.kind) for s in stats] == [(9.8e6, "吨标准煤", "level")]


@pytest.mark.parametrize("line, value", [
    ("应聘者须具有5年以上相关工作经历。", 5.0),
    ("每3年开展1次全面评估。", 3.0),
    ("落实干部4年一周期的轮训制度。", 4.0),
])
def test_bounded_durations_and_cycles_are_figures(line, value):
    _, stats, targets = run("二、主要任务", line)
    assert (value, "年") in rows(targets)


@pytest.mark.parametrize("line", ["用3—5年左右时间基本建成体系。", "今后五年要加快发展。", "实施三年行动。"])
def test_time_spans_are_not_figures(line):
    _, stats, targets = run("二、主要任务", line)
    assert (3.0, "年") not in rows(stats + targets) and (5.0, "年") not in rows(stats + targets)


def test_ratio_and_its_change_without_unit():
    _, stats, _ = run("前三季度，城乡居民人均收入比值2.55，比上年同期缩小0.04。", report_year=2022)
    assert [(s.value, s.unit, s.kind) for s in stats] == [(2.55, "", "share"), (0.04, "", "growth")]


def test_month_list_gives_each_value_its_own_period_and_the_head_indicator():
    _, stats, _ = run("4、5、6三个月，全国城镇调查失业率分别为5.8%、5.9%和5.5%，逐月回落。", report_year=2022)
    assert [(s.value, s.period, s.indicator) for s in stats] == [
        (5.8, "2022-04", "全国城镇调查失业率"), (5.9, "2022-05", "全国城镇调查失业率"),
        (5.5, "2022-06", "全国城镇调查失业率")]
    assert all(s.start == stats[0].start and s.end == stats[-1].end for s in stats)
    assert all("和" != s.indicator for s in stats)


def test_quarter_list_respectively():
    _, stats, _ = run("一、二季度分别增长4.8%、0.4%。", report_year=2022)
    assert [(s.value, s.period) for s in stats] == [(4.8, "2022Q1"), (0.4, "2022Q2")]


def test_year_in_a_quoted_remark_does_not_set_later_periods():
    _, stats, _ = run("专家认为，一是基数抬高，二是2019年以前的周期性因素。",
                      "前三季度，制造业投资同比增长14.8%。",
                      "分领域看，基础设施投资同比增长1.5%。", report_year=2021)
    assert {s.period for s in stats} <= {"2021-01/2021-09", "2021"}
    assert "2019" not in {s.period for s in stats}


def test_approx_followed_by_words_is_still_approx():
    _, _, targets = run("预计今年经济仍能保持在6%左右较快的增速。", report_year=2022)
    assert [(t.value, t.comparator) for t in targets] == [(6.0, "~")]


def test_number_first_headline_takes_the_indicator_after_it():
    _, stats, _ = run("6.1%！上半年工业增加值同比增长加快", report_year=2022)
    assert [(s.value, s.kind, s.period) for s in stats] == [(6.1, "growth", "2022-01/2022-06")]
    assert "工业增加值" in stats[0].indicator


def test_year_heading_overrides_earlier_plan_period():
    _, stats, targets = run("二、“十五五”时期主要目标", "经济年均增长5%左右。",
                            "三、2026年重点工作", "主要预期目标是：全县生产总值增长6.5%左右。")
    assert [(t.value, t.target_year) for t in targets] == [(5.0, 2030), (6.5, 2026)]


@pytest.mark.parametrize("line, kind", [
    ("2025年，社会消费品零售总额同比下降3.2%。", "growth"),
    ("2025年，降幅比上年收窄1.5个百分点。", "growth"),
    ("2025年，规上工业增加值环比增长0.5%。", "growth"),
    ("2025年，研发投入年均增长12.3%。", "growth"),
    ("2025年，数字经济核心产业增加值占比达12.5%。", "share"),
    ("2025年，服务业比重提高到55%。", "share"),
    ("2025年，出口额是2020年的1.5倍。", "ratio"),
    ("2025年，人均可支配收入达到5.2万元/人。", "level"),
])
def test_kinds_of_common_statistics(line, kind):
    _, stats, _ = run(line)
    assert [s.kind for s in stats] == [kind]
    assert stats[0].period == "2025"


def test_range_target_is_one_entry():
    # corpus README: a range is one entry, value the lower end, value_max the upper,
    # comparator = (the value lies between them), ~ when 左右 follows the range
    _, _, targets = run("到2030年，研发经费投入年均增长5%-6%。")
    assert [(t.value, t.value_max, t.comparator, t.target_year) for t in targets] == [(5.0, 6.0, "=", 2030)]


@pytest.mark.parametrize("line,expected", [
    ("今年全市主要预期目标是：全市生产总值增长6%-6.5%。", [(6.0, 6.5, "=")]),
    ("今年发展主要预期目标是：居民收入增长6%—6.5%。", [(6.0, 6.5, "=")]),
    ("今年全市主要预期目标是：全市生产总值增长5.5%—6%左右。", [(5.5, 6.0, "~")]),
    ("今年全市主要预期目标是：全市生产总值增长6%左右。", [(6.0, None, "~")]),
    ("到2030年，高技能人才占比提高2-3个百分点。", [(2.0, 3.0, "=")]),
])
def test_growth_band_targets_are_one_range(line, expected):
    _, _, targets = run(line)
    assert [(t.value, t.value_max, t.comparator) for t in targets] == expected


@pytest.mark.parametrize("line,value", [
    ("2025年，我国是140多个国家的第一大贸易伙伴。", 1.0),
    ("2025年，我国继续保持世界第二大经济体地位。", 2.0),
    ("2025年，全市经济总量位列全国第一。", 1.0),
    ("2025年，全市经济总量居全国第一位。", 1.0),
    # a rank held or reached (保持/稳居/跃居/升至/成为 + 全国第N)
    ("2025年，该省造船完工量连续8年保持全国第一。", 1.0),
    ("2025年，全县粮食产量稳居全市第三。", 3.0),
    ("2025年，该市成为全省第二茶叶产区。", 2.0),
])
def test_ordinal_ranks_are_rank_figures(line, value):
    _, stats, _ = run(line)  # (140多个国家 is a count of its own)
    assert [(s.value, s.unit, s.kind) for s in stats if s.kind == "rank"] == [(value, "", "rank")]


def test_rank_list_field_each_named_rank_is_one_with_its_own_quote():
    # rule rank_list_field: the ranks of a list that names each rank's field are one each,
    # quoted with their own field (not the items before them)
    _, stats, _ = run("一、2025年工作回顾", "全市位居全省营商环境第2、创新能力第4、开放水平第4、生态环境第9，获评第一批示范市。")
    assert [(s.value, s.kind, s.indicator) for s in stats] == [
        (2.0, "rank", "位居全省营商环境"), (4.0, "rank", "创新能力"), (4.0, "rank", "开放水平"), (9.0, "rank", "生态环境")]
    art, stats, _ = run("一、2025年工作回顾", "全市位居全省营商环境第2、创新能力第4。")
    assert [art.text[s.start:s.end] for s in stats] == ["全市位居全省营商环境第2", "创新能力第4"]


@pytest.mark.parametrize("line", [
    "第一，坚持稳中求进。",
    "2025年，第一大类产品供不应求。",
    "2025年，该县成为全省第一批试点县。",
    "2025年，出口实现两位数增长。",
    "2025年，利润超两位数增长，个位数，三位数。",
    "2025年，数十家企业入驻，数百个项目开工。",
])
def test_enumerators_and_vague_magnitudes_are_not_figures(line):
    _, stats, targets = run(line)
    assert stats == [] and targets == []


def test_counts_of_people_with_wei_are_still_figures():
    # a count of people uses 人 (corpus README), whatever measure word counts them
    _, stats, _ = run("2025年，新增两位院士。")
    assert values(stats) == [(2.0, "人")]


def test_period_subjects_are_not_figures():
    _, stats, targets = run("今年前两个月，全市新增就业12万人。三个月来，累计新增就业45万人。", report_year=2024)
    assert targets == []
    assert rows(stats) == [(120000.0, "人"), (450000.0, "人")]
    assert stats[0].period == "2024-01/2024-02"


def test_leading_period_of_a_paragraph_carries_to_the_next_paragraphs_of_the_section():
    _, stats, _ = run("亮点五：投资稳步增长",
                      "上半年，全国固定资产投资同比增长6.1%；6月份环比增长0.2%。",
                      "分领域看，制造业投资同比增长10.4%。", report_year=2022)
    assert [(s.value, s.period) for s in stats] == [
        (6.1, "2022-01/2022-06"), (0.2, "2022-06"), (10.4, "2022-01/2022-06")]


def test_start_year_holds_for_its_own_sentence_only():
    _, _, targets = run("自2020年起，在20个左右领域开展试点。建立50个培训基地。", report_year=2020,
                        title="关于推进职业培训的实施方案")
    assert [(t.value, t.target_year) for t in targets] == [(20.0, 2020), (50.0, None)]


# ------------------------------------------------- frames decide before verbs (issue 4, round 3)


def test_review_opening_makes_achievement_verbs_report_facts():
    _, stats, targets = run("过去一年，我们稳中求进。",
                            "新建中学12所，科技成果交易额达到300亿元，居全国第4位。")
    assert targets == []
    assert sorted(values(stats)) == [(4.0, ""), (12.0, "所"), (3e10, "元")]
    assert {s.period for s in stats} == {"2025"}


def test_explicit_cue_still_sets_a_goal_in_a_review():
    _, stats, targets = run("一年来，各项工作有序推进。", "力争明年粮食产量达到600万吨。")
    assert values(targets) == [(6e6, "吨")]


def test_data_report_title_makes_a_review():
    _, stats, targets = run("全年实现地区生产总值80.5亿元，比上年增长6.1%。",
                            title="2023年某县国民经济和社会发展统计公报", report_year=2024)
    assert targets == []
    assert [(s.value, s.period) for s in stats] == [(8.05e9, "2023"), (6.1, "2023")]


def test_policy_threshold_without_year_is_a_target_with_empty_year():
    _, stats, targets = run("二、加强政策支持", "合作银行的分担比例原则上不得低于30%。",
                            title="关于加强某项工作的意见", report_year=2020)
    assert stats == []
    assert [(t.value, t.comparator, t.target_year) for t in targets] == [(30.0, ">=", None)]


def test_plan_period_heading_does_not_override_this_years_plan():
    _, _, targets = run("三、奋力推动“十五五”开好局",
                        "我们将落细落实“十五五”时期各项目标任务。",
                        "今年主要预期目标是：地区生产总值增长6%左右。",
                        "（一）做强实体经济。培育专精特新企业80家。")
    assert [(t.value, t.target_year) for t in targets] == [(6.0, 2026), (80.0, 2026)]


def test_list_marker_is_not_a_plan_period():
    _, stats, targets = run("（十五）降低费率。担保费率原则上不超过2%。", title="关于支持小企业的意见",
                            report_year=2020)
    assert stats == []
    assert [(t.value, t.comparator, t.target_year) for t in targets] == [(2.0, "<=", None)]


def test_comparison_years_are_not_the_reporting_period():
    _, stats, _ = run("1-3月，全省规模以上工业增加值同比增长12.0%，比2019年同期增长9.1%，两年平均增长4.4%。",
                      "上年同期增速为8.0%。", "社会消费品零售总额增长20.5%。",
                      title="1-3月某省经济数据发布", report_year=2021)
    periods = {(s.value, s.period) for s in stats}
    assert (9.1, "2021-01/2021-03") in periods and (4.4, "2021-01/2021-03") in periods
    assert (8.0, "2020-01/2020-03") in periods
    assert (20.5, "2021-01/2021-03") in periods


def test_shorthand_change_is_growth_and_an_absolute_change_keeps_its_quantitys_kind():
    # README: an absolute change takes the measure of the quantity it changes, with a direction
    _, stats, _ = run("2023年，全县财政支出36.5亿元，比增12.4%；耕地面积比上年增加350亩；"
                      "消费价格指数101.5%；常住人口比上年末减少4万人。", report_year=2024)
    kinds = {(s.value, s.kind, s.direction) for s in stats}
    assert {(12.4, "growth", "up"), (350.0, "level", "up"), (101.5, "level", ""),
            (40000.0, "count", "down")} <= kinds


def test_bound_before_growth_noun_and_new_measure_words():
    _, stats, _ = run("过去一年，新兴产业营收保持15%以上增长，抵御3轮寒潮。")
    rows = {(s.value, s.unit, s.kind, s.qualifier) for s in stats}
    assert (15.0, "%", "growth", "at_least") in rows and (3.0, "轮", "count", "exact") in rows


def test_text_counting_its_own_items_is_not_a_figure():
    _, stats, targets = run("过去一年，我们明确“引导、增信、培育”三项职能定位，坚持两项基本原则。")
    assert stats == [] and targets == []


def test_bare_change_verb_borrows_the_subject_without_its_base():
    _, stats, _ = run("2020年，全市工业增加值比2019年增长8.0%，两年平均增长4.0%。", report_year=2021)
    assert [s.indicator for s in stats if s.value == 4.0] == ["工业增加值两年平均增长"]


# ---------------------------------------------------------------- round 4 (news pages)


def test_quoted_figure_is_a_target_figure():
    _, _, targets = run("为实现经济增长“5.5%左右”的预期目标，今年要着重做好以下方面。")
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(5.5, "%", "~")]


def test_quoted_name_with_a_number_is_still_not_a_figure():
    _, stats, targets = run("过去一年，我们实施“3个一批”工程。")
    assert stats == [] and targets == []


def test_upper_limit_raised_gives_the_new_level_as_a_target():
    _, stats, targets = run("将配套用地占总用地的比例上限由8%提高到12%，建筑面积占比上限相应提高到25%。",
                            title="关于加快发展租赁住房的实施意见")
    assert [(t.value, t.comparator) for t in targets] == [(12.0, "<="), (25.0, "<=")]
    assert stats == []


def test_base_of_a_change_in_a_review_stays_a_statistic():
    _, stats, _ = run("过去一年，全市高新技术企业从4200家增加到5100家。")
    assert {s.value for s in stats} == {4200.0, 5100.0}


def test_threshold_of_members_in_a_rule_is_a_target():
    _, _, targets = run("改建项目应经村民会议三分之二以上成员同意。", title="住房保障管理办法")
    assert [(round(t.value, 2), t.unit, t.comparator, t.target_year) for t in targets] == \
        [(66.67, "%", ">=", None)]


def test_count_of_places_without_a_measure_word_is_a_count():
    _, stats, _ = run("前三季度，有12省份增速超过全国平均水平，31省区市均已发布数据。", report_year=2021)
    assert {(s.value, s.unit, s.kind) for s in stats} >= {(12.0, "个", "count"), (31.0, "个", "count")}


def test_present_facts_in_a_speech_about_targets_are_statistics():
    _, stats, targets = run("今年要完成主要目标任务。",
                            "我国市场主体超过1.6亿户，13亿多人民勤劳智慧，一定能够完成主要目标任务。")
    assert {(s.value, s.unit) for s in stats} == {(1.6e8, "户"), (1.3e9, "人")}
    assert all(s.period == "2026" for s in stats)
    assert targets == []


def test_flow_of_people_in_a_plan_stays_a_target():
    _, stats, targets = run("今年主要预期目标是：城镇新增就业超过1100万人。")
    assert [(t.value, t.comparator) for t in targets] == [(1.1e7, ">")] and stats == []


def test_own_enumeration_of_measures_and_rank_ranges_are_not_figures():
    _, stats, targets = run("某省明确提出了6项举措，第一项就是扩大有效投资。",
                            "前三季度，甲、乙、丙分列前三位，增速分别为7.1%、6.9%、6.5%。", report_year=2021)
    assert {s.value for s in stats} == {7.1, 6.9, 6.5} and targets == []


def test_count_of_issued_policies_is_a_figure():
    _, stats, _ = run("过去一年，出台养老、托育等方面21项促消费政策。")
    assert [(s.value, s.unit) for s in stats] == [(21.0, "项")]


def test_amount_naming_a_class_before_its_count_is_not_a_figure():
    _, _, targets = run("“十四五”期间，引进超30亿元项目150个、超80亿元项目40个。",
                        title="关于加强招商引资的指导意见", report_year=2022)
    assert sorted((t.value, t.unit, t.target_year) for t in targets) == [(40.0, "个", 2025), (150.0, "个", 2025)]


def test_data_news_without_a_year_reports_statistics():
    # no year anywhere and a forecast sentence: 前三季度 still marks a report of the past
    _, stats, targets = run("今年前三季度，某省原煤产量6.12亿吨，居全国第3位。",
                            "某省统计局预计，四季度经济增速或将有所回落，确保完成全年目标任务。",
                            report_year=None, title="14个省份前三季度增速跑赢全国")
    assert {(s.value, s.unit) for s in stats} == {(6.12e8, "吨"), (3.0, "")} and targets == []


# ------------------------------------------------- news about a plan, rules, worked examples


def test_goal_word_in_the_clause_makes_a_target():
    _, stats, targets = run("市政府工作报告指出，2024年全市地区生产总值预期增长目标5%左右。"
                            "这个目标高于全省GDP4.5%的增长目标。", report_year=2024)
    assert stats == []
    assert sorted((t.value, t.comparator, t.target_year) for t in targets) == [(4.5, "=", 2024), (5.0, "~", 2024)]


def test_news_about_this_years_plan_makes_task_lists_targets():
    _, stats, targets = run("3月2日，某市市长作政府工作报告，提出今年经济社会发展的主要预期目标。",
                            "某市2023年全年地区生产总值1.2万亿元。今年的报告提出，某市2024年工业增加值增长6%。",
                            "某市还将全力推动重大项目落地。开工建设8个重大项目，全年工业投资增长10%以上。",
                            "同时，着力提升企业质量，新增高新技术企业300家、上市公司20家以上。",
                            report_year=2024)
    assert [(s.value, s.period) for s in stats] == [(1.2e12, "2023")]
    assert sorted((t.value, t.unit, t.comparator, t.target_year) for t in targets) == [
        (6.0, "%", "=", 2024), (8.0, "个", "=", 2024), (10.0, "%", ">=", 2024),
        (20.0, "家", ">=", 2024), (300.0, "家", "=", 2024)]


def test_a_paragraph_led_by_a_past_year_reports_it_under_a_plan_heading():
    _, stats, targets = run("2024年重大项目计划", "从2023年完成情况来看，完成投资达300亿元。"
                            "其中，交通和教育分别完成120亿元和80亿元。", report_year=2024)
    assert targets == []
    assert sorted((s.value, s.period) for s in stats) == [(8e9, "2023"), (1.2e10, "2023"), (3e10, "2023")]


def test_rules_and_forecasts_are_targets_thresholds_of_a_class_are_not_figures():
    _, stats, targets = run("这次单位缴费比例，高于18%的地区，可降至18%。",
                            "也就是说，单位缴费比例最多可降低3个百分点。仅这一条，全年可减轻企业负担500亿元。",
                            report_year=2020)
    assert stats == []
    assert sorted((t.value, t.unit, t.comparator) for t in targets) == [
        (3.0, "个百分点", "<="), (18.0, "%", "="), (5e10, "元", "=")]


def test_allowed_range_gives_two_bounds():
    _, _, targets = run("参保人员可在平均工资的50%至250%范围内选择缴费基数。", report_year=2020)
    assert sorted((t.value, t.comparator) for t in targets) == [(50.0, ">="), (250.0, "<=")]


def test_worked_example_gives_statistics_of_the_report_year_until_a_new_point():
    _, stats, targets = run("举个例子：某地平均工资5000元，缴费基数下限就是3000元。",
                            "调整后，该职工就可按2400元计算缴费，月缴费负担减轻48元。",
                            "此外，个人缴费比例可降至7%。", report_year=2020)
    assert sorted((s.value, s.period) for s in stats) == [(48.0, "2020"), (2400.0, "2020"), (3000.0, "2020"), (5000.0, "2020")]
    assert [(t.value, t.unit) for t in targets] == [(7.0, "%")]


def test_issuing_bodies_are_not_figures():
    _, stats, targets = run("人社部、财政部等三部门有关负责人答记者问。三部门同时表示，降费已惠及企业。",
                            report_year=2020)
    assert stats == [] and targets == []


def test_cumulative_fact_since_a_start_year_takes_the_report_year():
    _, stats, _ = run("自2016年起已5次降低社保费率，累计减轻负担6000亿元。", report_year=2020)
    assert {s.period for s in stats} == {"2020"}


def test_prohibited_side_flips_the_comparator_and_bounds_stay_inclusive():
    _, _, targets = run("禁止生产和使用厚度低于0.02毫米的农膜。", "新增普惠贷款1000亿元以上。",
                        title="关于推进农膜回收的实施方案", report_year=2020)
    assert sorted((t.value, t.comparator) for t in targets) == [(0.02, ">="), (1e11, ">=")]


def test_index_points_and_full_width_rate_units():
    _, stats, _ = run("全年全市工业经济效益综合指数达到612.5点，同比下降20.4点。",
                      "全员劳动生产率达到28.5万元／人。", report_year=2013,
                      title="2012年某市国民经济和社会发展统计公报")
    assert sorted((s.value, s.unit) for s in stats) == [(20.4, "点"), (612.5, "点"), (285000.0, "元/人")]


def test_two_point_suggestions_are_not_index_points():
    _, stats, targets = run("他提出了两点建议，上午8点开会。", report_year=2020)
    assert stats == [] and targets == []


# ------------------------------------------------------------------ heldout4 rules (made-up text)


def test_cases_counted_with_li_one_row_per_place():
    _, stats, _ = run("3月，全县新增8例确诊病例，其中东镇5例、西镇3例。", report_year=2022)
    assert values(stats) == [(8.0, "例"), (5.0, "例"), (3.0, "例")]


def test_round_money_amount_without_unit_takes_yuan_from_the_indicator():
    _, stats, _ = run("上半年，全区社会消费品零售额突破千亿，工业总产值超万亿。", report_year=2023)
    assert (1e12, "元") in values(stats)
    # a headcount indicator is not money: the bare amount stays unitless (not a figure)
    _, stats, _ = run("去年全市常住人口突破万亿。", report_year=2023)
    assert all(r.unit != "元" for r in stats)


def test_durations_in_years_are_figures_not_dates():
    _, _, targets = run("要确保2年内完成改造任务。")
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(2.0, "年", "<=")]
    _, stats, _ = run("经过历时3年多的建设，园区已建成投用。", report_year=2024)
    assert [(s.value, s.unit, s.qualifier) for s in stats] == [(3.0, "年", "more_than")]
    # the time frame of an aspiration is a deadline, not a figure
    _, stats, targets = run("争取五年内实现全覆盖。")
    assert stats == [] and targets == []


def test_plain_range_in_a_target_is_one_range():
    _, _, targets = run("力争按年度用量的50%—80%确定采购量。")
    assert [(t.value, t.value_max, t.comparator) for t in targets] == [(50.0, 80.0, "=")]


def test_text_counting_its_own_steps_is_not_a_figure():
    _, stats, targets = run("改革分三个阶段推进，两个工作步骤有序衔接。")
    assert stats == [] and targets == []


def test_a_document_that_already_proposed_a_goal_gives_a_target():
    _, stats, targets = run("事实上，《意见》已提出将推动50个左右城市开展试点。", report_year=2022)
    assert stats == [] and [(t.value, t.comparator) for t in targets] == [(50.0, "~")]


def test_the_start_year_of_a_pilot_does_not_date_later_results():
    _, stats, _ = run("2018年初，试点列入工作要点；同年12月，方案印发，试点工作正式启动。",
                      "随着西宁等11个城市历时2年多的探索，试点工作取得成效。", report_year=2021)
    assert [(s.value, s.period) for s in stats] == [(11.0, "2021"), (2.0, "2021")]


def test_a_day_date_gives_its_month_only_inside_a_sub_year_period():
    _, stats, _ = run("今年一季度，全市处于应急状态。其中，2月13日在门诊人员中，发现4人检测阳性。"
                      "全市工业产值增长5%。", report_year=2022)
    assert [(s.value, s.period) for s in stats] == [(4.0, "2022-02"), (5.0, "2022Q1")]
    _, stats, _ = run("2021年11月，在《意见》中明确提出要推进建设后，12月15日，"
                      "生态环境部会同17个部门和单位联合印发方案。", report_year=2021)
    assert [(s.value, s.period) for s in stats] == [(17.0, "2021")]


# ------------------------------------------------------------------ direction (README: Values are magnitudes)

DIRECTION_CASES = [
    # (sentence, value, expected direction, rule)
    ("2025年，全市工业增加值下降3.2%。", 3.2, "down", "down_word"),
    ("2025年，全年粮食减产0.4%。", 0.4, "down", "down_word"),
    ("2025年，城镇调查失业率回落0.1个百分点。", 0.1, "down", "down_word"),
    ("2025年，规模以上工业利润增长-2.1%。", 2.1, "down", "negative_number"),
    ("2025年，单位地区生产总值能耗降低13.5%。", 13.5, "down", "down_word"),
    ("2025年，出口降幅收窄1.2个百分点。", 1.2, "down", "down_word"),
    ("2025年，工业利润同比减3.1%。", 3.1, "down", "verb_before_number"),
    ("2025年，全市地区生产总值增长5%。", 5.0, "up", "up_word"),
    ("2025年，研发投入强度提高2个百分点。", 2.0, "up", "up_word"),
    ("2025年，常住人口比上年末增加4万人。", 40000.0, "up", "up_word"),
]


@pytest.mark.parametrize("sentence,value,want,rule", DIRECTION_CASES)
def test_direction_of_a_change(sentence, value, want, rule):
    _, stats, _ = run(sentence)
    row = next(s for s in stats if s.value == value)
    assert (row.value, row.direction) == (value, want)
    assert row.why == f"direction:{rule}"


@pytest.mark.parametrize("sentence,value", [
    ("2025年，全省地区生产总值4.5万亿元。", 4.5e12),     # a level
    ("2025年，森林覆盖率达到45%。", 45.0),                # a share
    ("2025年，新增市场主体3万户。", 30000.0),             # a count
])
def test_levels_shares_and_counts_have_no_direction(sentence, value):
    _, stats, _ = run(sentence)
    assert next(s for s in stats if s.value == value).direction == ""


@pytest.mark.parametrize("sentence,want", [
    ("到2030年，单位地区生产总值能耗降低13.5%。", "down"),
    ("到2030年，地区生产总值年均增长5.5%左右。", "up"),
    ("到2030年，森林覆盖率达到45%。", ""),
])
def test_target_direction(sentence, want):
    _, _, targets = run(sentence)
    assert [t.direction for t in targets] == [want]


def test_plan_year_names_resolve_to_their_year():
    _, stats, _ = run("“十四五”收官之年，全省快递业务量同比增长12.3%。")
    assert [(s.value, s.period) for s in stats] == [(12.3, "2025")]
    _, _, targets = run("“十五五”开局之年，全市地区生产总值增长5%左右。", report_year=2025)
    assert [(t.value, t.target_year) for t in targets] == [(5.0, 2026)]


# ------------------------------------------------------------------ frames (FRAME_RULES)

def test_every_item_of_a_target_list_is_a_target_even_after_a_review():
    _, stats, targets = run(
        "一、2025年工作回顾",
        "过去一年，全省地区生产总值增长5.6%。",
        "经济社会发展主要预期目标为：地区生产总值增长5.5%左右；一般公共预算收入增长3%；"
        "城镇调查失业率控制在5.2%左右，城镇新增就业60万人以上。")
    assert [(s.value, s.period) for s in stats] == [(5.6, "2025")]
    assert [(t.value, t.comparator, t.target_year) for t in targets] == [
        (5.5, "~", 2026), (3.0, "=", 2026), (5.2, "~", 2026), (600000.0, ">=", 2026)]
    assert {t.why.split()[0] for t in targets[1:]} == {"frame:list_frame"}


def test_a_list_whose_items_are_numbered_paragraphs():
    _, stats, targets = run("一、2025年工作回顾", "到2030年，主要目标是：", "（一）森林覆盖率达到45%。",
                            "（二）新建城市公园10个。")
    assert stats == []
    assert [(t.value, t.target_year) for t in targets] == [(45.0, 2030), (10.0, 2030)]


@pytest.mark.parametrize("sentence,value", [
    ("将新建5G基站1500个。", 1500.0),
    ("计划改造老旧小区300个。", 300.0),
    ("力争引进项目50个。", 50.0),
    ("预计完成投资100亿元。", 1e10),
])
def test_future_modals_make_targets_in_a_review_part(sentence, value):
    _, stats, targets = run("一、2025年工作回顾", "2026年，" + sentence)
    assert stats == [] and [(t.value, t.target_year) for t in targets] == [(value, 2026)]


@pytest.mark.parametrize("sentence", [
    "去年已将补贴标准提高到500元。",      # past: 已将
    "争取中央预算内投资237亿元。",        # 争取 in a review: obtained
])
def test_past_clauses_stay_statistics_in_a_review_part(sentence):
    _, stats, targets = run("一、2025年工作回顾", sentence)
    assert targets == [] and len(stats) == 1


@pytest.mark.parametrize("lines,report_year,period", [
    # news: a standing fact is of the year of publication, not of an earlier sentence's year
    (("2025年初，团队向中心求助。", "中心已建成36个公共转化平台，累计服务超1500个科研团队。"), 2026, "2026"),
    (("2024年，某企业落户园区。", "全市制造业规模连续12年位居全省第一。"), 2026, "2026"),
    # a review part: the year under review
    (("一、2025年工作回顾", "累计落地35支产业基金。"), 2026, "2025"),
    # a time word of its own dates the fact
    (("截至2024年底，全市累计建成5G基站2万个。",), 2026, "2024"),
])
def test_standing_facts_take_the_reporting_year(lines, report_year, period):
    _, stats, _ = run(*lines, report_year=report_year)
    assert stats and {s.period for s in stats} == {period}


@pytest.mark.parametrize("opening,year", [
    ("在“十四五”期间，某部将组织实施“技能行动”，特制定本实施方案。", 2025),
    ("为在“十五五”时期推进城市更新，制定本规划。", 2030),
    ("“十四五”时期，全市经济实现稳定增长。", None),       # no document made for the period
])
def test_a_document_made_for_a_plan_period_dates_its_undated_goals(opening, year):
    _, _, targets = run(opening, "二、主要任务", "（一）建设1个综合训练中心。", report_year=2021)
    assert [t.target_year for t in targets] == [year]


@pytest.mark.parametrize("sentence,expected", [
    # shared_approx_after: 左右 after a list's last value binds every value
    ("今年主要预期目标是：城乡居民人均消费支出分别增长6%和9%左右。", [(6.0, "~"), (9.0, "~")]),
    ("今年主要预期目标是：城乡居民人均消费支出分别增长6%和9%。", [(6.0, "="), (9.0, "=")]),
    # permission_cap: what a rule allows is an upper bound
    ("到2030年，每户家庭每种农机可补助1台。", [(1.0, "<=")]),
])
def test_comparator_rules(sentence, expected):
    _, _, targets = run(sentence)
    assert [(t.value, t.comparator) for t in targets] == expected


def test_a_status_quo_section_of_a_plan_reviews_the_year_before():
    _, stats, targets = run("“十四五”智慧城市建设规划", "一、发展现状和形势", "（一）发展现状。",
                            "千兆宽带用户占比超过87%，电子社保卡覆盖率达到103%。", report_year=2021)
    assert targets == [] and [(s.value, s.period) for s in stats] == [(87.0, "2020"), (103.0, "2020")]


@pytest.mark.parametrize("lines,value,kind,direction,period", [
    (("2025年，全省人口自然增长率为3.71‰。",), 3.71, "growth", "up", "2025"),
    (("2025年，全省人口自然增长率为-0.5‰。",), 0.5, "growth", "down", "2025"),
    # a present stock in a review part is a fact of the year under review
    (("一、2025年工作回顾", "过去一年，调整个人所得税起征点，4800多万纳税人受益。"), 4.8e7, "count", "", "2025"),
])
def test_rates_of_change_and_present_facts_in_a_review(lines, value, kind, direction, period):
    _, stats, _ = run(*lines)
    row = next(s for s in stats if s.value == value)
    assert (row.kind, row.direction, row.period) == (kind, direction, period)


def test_a_relative_quarter_as_comparison_base_is_not_the_period():
    _, stats, _ = run("一季度，全省规模以上工业增加值增长6.7%，比上年四季度回升0.4个百分点。")
    assert {s.period for s in stats} == {"2026Q1"}


def test_last_years_whole_year_as_comparison_base_is_not_the_period():
    _, stats, _ = run("一季度，全省技改投资增长11.2%，增速比上年全年加快6.4个百分点。")
    assert {s.period for s in stats} == {"2026Q1"}


# ------------------------------------------- news of a done action, plan words as nouns and bases
NEWS_TITLE = "省财政厅下达2026年第一批重点项目专项资金计划"


@pytest.mark.parametrize("lines,title,stats_expected,targets_expected", [
    # 下达…投资计划，共计…: the total of an action reported as done; 2026年 and 计划 name the plan issued
    (("本报南昌12月30日电 近日，省财政厅组织下达2026年第一批重点项目清单和专项资金计划，"
      "共计约860亿元，加快资金拨付进度。",), NEWS_TITLE,
     [(8.6e10, "approx", "2025")], []),
    # 将 in a later clause is about an outcome, not the figure
    (("市交通运输局近期批复多个道路改建项目，涉及国道、省道、农村公路等类别，总投资超过300亿元，"
      "将进一步提升全省交通网络水平。",), "",
     [(3e10, "more_than", "2025")], []),
    # a done action is of the year of publication, not of an earlier sentence's year
    (("2024年，某市启动老旧小区改造。", "近日，省发展改革委批复项目10个，总投资120亿元。"), "",
     [(10.0, "exact", "2025"), (1.2e10, "exact", "2025")], []),
    # 超…计划N%: the plan is the base of a comparison in a reported fact
    (("据介绍，省重点项目完成投资1850亿元、超年度计划12%。",), "",
     [(1.85e11, "exact", "2025"), (12.0, "exact", "2025")], []),
    (("2025年，省重点项目完成投资1850亿元、超年度计划12%。",), "",
     [(1.85e11, "exact", "2025"), (12.0, "exact", "2025")], []),
    # a future frame still makes targets
    (("明年将下达中央预算内投资计划，共计约3000亿元。",), "", [], [(3e11, 2026)]),
    (("下达2026年投资计划，力争完成投资500亿元。",), "", [], [(5e10, 2026)]),
    (("今年计划新建5G基站1500个。",), "", [], [(1500.0, 2025)]),
    (("某集团正实施3年投资15亿元的计划。",), "", [], [(1.5e9, None)]),
])
def test_done_actions_and_plan_nouns(lines, title, stats_expected, targets_expected):
    _, stats, targets = run(*lines, report_year=2025, title=title)
    assert sorted((s.value, s.qualifier, s.period) for s in stats) == sorted(stats_expected)
    assert sorted((t.value, t.target_year) for t in targets) == sorted(targets_expected)


def test_a_plan_as_comparison_base_gives_a_share():
    _, stats, _ = run("据介绍，省重点项目完成投资1850亿元、超年度计划12%。", report_year=2025)
    assert [(s.kind, s.unit) for s in stats if s.value == 12.0] == [("share", "%")]


# ------------------------------------------------------------------ field rules (issue 10)

FIELD_CASES = [
    # (lines, value, expected (unit, kind, direction, qualifier, period)) — rule named first
    # duration_kind: a span of days, hours, seconds is a level; a number of days a count
    ("duration_kind", ["2025年，收割一亩地仅需40分钟。"], 40.0, ("分钟", "level", "", "exact", "2025")),
    ("duration_kind", ["2025年，全市空气优良天数达到300天。"], 300.0, ("天", "count", "", "exact", "2025")),
    # 个人 counts people (unit 人), 个人工智能 does not
    ("ge_ren", ["2025年，该合作社雇用了30个人。"], 30.0, ("人", "count", "", "exact", "2025")),
    ("ge_ren", ["2025年，全市新建3个人工智能项目。"], 3.0, ("个", "count", "", "exact", "2025")),
    # statistic_qualifiers: an upper bound on a fact reads exact (README), 约为 reads approx
    ("statistic_qualifiers", ["2025年，全省煤炭消费占比不到三成。"], 30.0, ("%", "share", "", "exact", "2025")),
    ("approx_before", ["2025年，每亩人工成本约为每天150元。"], 150.0, ("元", "level", "", "approx", "2025")),
    # since_year_span: 2019年至今 covers the span to the report year
    ("since_year_span", ["2019年至今，该市累计引进企业120家。"], 120.0, ("家", "count", "", "exact", "2019/2026")),
    # 分别 shares the words before it: every value of the list is a growth rate
    ("respectively_before", ["2025年，甲、乙、丙三县的粮食产量同比增幅分别为3%、4%、5%。"], 4.0,
     ("%", "growth", "up", "exact", "2025")),
    # growth_after_number: 年均…的复合增长
    ("growth_after_number", ["2025年，该厂产能实现年均12%的复合增长。"], 12.0, ("%", "growth", "up", "exact", "2025")),
]


@pytest.mark.parametrize("rule,lines,value,want", FIELD_CASES, ids=[c[0] for c in FIELD_CASES])
def test_field_rules(rule, lines, value, want):
    _, stats, _ = run(*lines)
    got = [(s.unit, s.kind, s.direction, s.qualifier, s.period) for s in stats if s.value == value]
    assert got == [want]


def test_worked_example_figures_take_their_paragraphs_period():
    _, stats, _ = run("比如外贸韧性。", "三季度，全省进出口总额5000亿元，同比增长8.0%。其中，机电产品出口增长9.5%。",
                      report_year=2026)
    assert {(s.value, s.period) for s in stats} == {(5e11, "2026Q3"), (8.0, "2026Q3"), (9.5, "2026Q3")}


def test_restated_figure_takes_the_reading_of_its_first_mention():
    _, stats, _ = run("三季度，全省生产总值同比增长6.2%。", "网友留言：6.2%！干得漂亮。", report_year=2026)
    assert sorted((s.kind, s.direction, s.period) for s in stats if s.value == 6.2) == \
        [("growth", "up", "2026Q3")] * 2
