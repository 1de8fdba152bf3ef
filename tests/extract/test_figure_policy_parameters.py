"""Figures of policy parameters and of goals named beside facts (issue 10): each named rule with
small sentences of its own, run through the whole pipeline (genre, report year, blocks).

The sentences are written from the general constructions of county and ministry policy
documents (给予…奖励, 不低于, 以上…给予, （含…）) and of statistical communiqués (低于…的控制目标).
"""
import pytest

from policydata.pipeline import parse_text

POLICY = "某县关于支持工业企业高质量发展的若干措施\n一、加大财政支持\n"
COMMUNIQUE = "某省2025年国民经济和社会发展统计公报\n一、综合\n"
COUNTY = "某县促进招商引资若干优惠政策\n"
REPORT = "某省2026年政府工作报告\n一、2025年工作回顾\n"
PLAN = "某市加快数字经济发展三年行动方案（2026—2028年）\n二、重点任务\n"


def _rows(text, date="2026-03-01"):
    tables = parse_text(text, date=date)
    return tables["statistics"], tables["targets"]


# rule, text, value, unit, comparator, target_year (None: a parameter with no year), value_max
TARGETS = [
    # provided_amount: an amount provided or set up is a figure, not the threshold of a class
    ("provided_amount", POLICY + "县财政设立规模不低于5000万元的产业引导基金，用于企业奖补。", 5e7, "元", ">=", None, None),
    ("provided_amount", POLICY + "为小微企业提供2亿元以上的融资担保。", 2e8, "元", ">=", None, None),
    # implied_money: a bare 千万 after a money noun is in yuan, also with 以上 after it
    ("implied_money", POLICY + "用两年时间，使县级风险补偿资金达到2千万以上。", 2e7, "元", ">=", None, None),
    # duration_keep_before: the number of years a grant runs is a parameter
    ("grant_years", POLICY + "按企业年度地方贡献给予三年奖励。", 3.0, "年", "=", None, None),
    # term_years: how long a rule runs has no target year, also in a plan part
    ("term_years", "某市2026年政府工作报告\n二、2026年重点工作\n支持园区厂房租赁合同期满后再延长五年。", 5.0, "年", "=", None, None),
    # duration_keep_before: a bounded term (期限不超过2年) and a term (补贴期限3年) are parameters
    ("term_years", POLICY + "对企业新增贷款给予贴息，贴息期限不超过2年。", 2.0, "年", "<=", None, None),
    ("term_years", POLICY + "对引进的博士给予生活补贴，补贴期限3年。", 3.0, "年", "=", None, None),
    # title_span_horizon: a task with no year in a plan for 2026—2028 is due in 2028 ...
    ("title_span_horizon", PLAN + "（一）建设网络设施。每年新建5G基站3000个。", 3000.0, "个", "=", 2028, None),
    # ... while a grant it sets (a rate, an amount per recipient) is a parameter with no year
    ("policy_grant", PLAN + "（二）支持企业上云。按软件采购额的20%给予补助。", 20.0, "%", "=", None, None),
    ("policy_grant", PLAN + "（三）引进人才。给予每人每月1500元生活补贴。", 1500.0, "元", "=", None, None),
    # paragraph_lean: later items of a paragraph led by 今年 look ahead like its first one
    ("paragraph_lean", "过去一年，全县新建学校5所。\n今年，重点做好以下工作：一是扩大投资，实施重点项目90个；"
                       "二是办好实事，新建公园6个。", 6.0, "个", "=", 2026, None),
    # event_year: 自认定当年起 counts from the event, no calendar year
    ("event_year", POLICY + "自认定当年起，前两年给予60%的奖励。", 60.0, "%", "=", None, None),
    # bound_one + limit_count: 只开设一个 is a count a rule limits
    ("bound_one", POLICY + "原则上一个部门在同一平台只开设一个账号。", 1.0, "个", "<=", None, None),
    ("limit_count", POLICY + "每户家庭限申领1次购房补贴。", 1.0, "次", "<=", None, None),
    # policy_grant over a list: each amount of 分别给予A、B is granted like the first
    ("listed_grant", COUNTY + "第二条 对年销售额首次突破1亿元、2亿元的企业，分别给予8万元、15万元奖励。", 1.5e5, "元", "=", None, None),
    # heading_body: an article whose body shares the line with its number is read
    ("heading_body", COUNTY + "第五条 对新引进的硕士研究生，每人给予生活补贴3万元，分两年拨付。", 3e4, "元", "=", None, None),
    # a grant after its condition stays a parameter
    ("grant_condition", POLICY + "年纳税额达到50万元以上，一次性给予8万元奖励。", 8e4, "元", "=", None, None),
    # compared_goal: the goal a fact is measured against is a target of the year under review
    ("compared_goal", COMMUNIQUE + "全年城镇调查失业率平均值为5.1%，低于5.5%左右的控制目标。", 5.5, "%", "~", 2025, None),
    ("compared_goal", COMMUNIQUE + "全年地区生产总值比上年增长5.3%，高于5%的预期目标。", 5.0, "%", "=", 2025, None),
    # clause_commitment_news: a commitment of the figure's own clause beats a later clause's 目前
    ("clause_commitment_news", "本报北京3月12日电（记者张明）该风电项目规划建设8台风机，目前已吊装2台。",
     8.0, "台", "=", None, None),
    # policy_parameter (README: targets that are policy parameters), by construction:
    # parameter_noun -- the unit then a parameter noun (额度, 上限, 标准, 账期), in a news report too
    ("parameter_noun", "本报杭州5月8日电（记者王华）新政实施后，公积金贷款从每户60万元上限提高到每户80万元上限。",
     8e5, "元", "<=", None, None),
    ("parameter_noun", "本报北京4月9日电（记者王华）市商务局督促大型商超落实30天账期，保障供应商及时回款。",
     30.0, "天", "<=", None, None),
    # price_adjustment -- 每 + unit + 下调/上调: a price an authority sets
    ("price_adjustment", "本报南京6月2日电（记者李明）市发改委宣布，自7月1日起，居民用水价格每立方米上调0.3元。",
     0.3, "元", "=", None, None),
    # rate_standard -- 按 … 的标准: the rate a grant is paid at
    ("rate_standard", POLICY + "对吸纳就业困难人员的企业，补贴按每人4个月的社保缴费标准确定。", 4.0, "个月", "=", None, None),
    # provision_condition -- the threshold inside 达到…的，可…: a parameter with no year, though 当年 precedes it
    ("provision_condition", POLICY + "企业当年新招用高校毕业生人数达到职工总数10%的，可申请一次性吸纳就业补贴。",
     10.0, "%", "=", None, None),
    # permissive_provision -- 可 + verb in an official text: the base's past year (上年度) gives no year
    ("permissive_provision", POLICY + "对依法纳税且未发生欠薪的企业，可退还其上年度缴纳工会经费的40%。", 40.0, "%", "=", None, None),
    # parameter_year: a later window the sentence names gives the parameter its year
    ("parameter_year", POLICY + "2027年1月1日至12月31日，困难企业的培训补贴可按5个月的标准发放。", 5.0, "个月", "=", 2027, None),
    # goal_frame: a goal lead (到2028年，…) frames the quantities of the later sentences of its paragraph
    ("goal_frame", "本报合肥3月2日电（记者张明）某省近日印发行动方案。\n行动方案提出：到2028年，全省数字经济核心产业占比明显提升。"
                   "培育20家链主企业，建设300个智能工厂。", 300.0, "个", "=", 2028, None),
]


@pytest.mark.parametrize("rule,text,value,unit,comparator,year,value_max", TARGETS, ids=[c[0] for c in TARGETS])
def test_target_rule(rule, text, value, unit, comparator, year, value_max):
    _, targets = _rows(text)
    rows = [r for r in targets if float(r["value"]) == value]
    assert rows, f"{rule}: no target of {value}"
    got = [(r["unit"], r["comparator"], None if r["target_year"] in (None, "") or r["target_year"] != r["target_year"]
            else int(r["target_year"])) for r in rows]
    assert got == [(unit, comparator, year)] * len(rows)


# rule, text, value that must not be a figure (in either table)
NOT_FIGURES = [
    # grant_condition: the threshold that says who qualifies for the grant after it
    ("grant_condition", POLICY + "年纳税额达到50万元以上，一次性给予8万元奖励。", 5e5),
    ("grant_condition", POLICY + "新建项目固定资产投资3000万元以上、亩均投资不低于200万元，按设备投资额给予补助。", 2e6),
    # condition_clause over a list of thresholds after an article number
    ("condition_list", COUNTY + "第二条 对年销售额首次突破1亿元、2亿元的企业，分别给予8万元、15万元奖励。", 2e8),
    # condition_clause with a range and inclusive_note: the class a grant applies to
    ("condition_range", POLICY + "对新建的200—1000平方米（含1000平方米）的标准化生产车间，每平方米奖励企业50元。", 200.0),
    ("inclusive_note", POLICY + "对新建的200—1000平方米（含1000平方米）的标准化生产车间，每平方米奖励企业50元。", 1000.0),
    # quoted_package: a quoted count of articles names a policy package
    ("quoted_package", "某市2026年政府工作报告\n一、2025年工作回顾\n制定实施稳就业“12条”，出台支持政策15条。", 12.0),
    # own_list_intro: a count whose items the text then spells out
    ("own_list_intro", "今年，我们将办好10件民生实事，包括：新建学校8所、改造老旧小区50个。", 10.0),
    # bound_one: 仅此一项 describes
    ("bound_one", "某村发展特色种植。全村仅此一项产业收入可达50万元。", 1.0),
]


@pytest.mark.parametrize("rule,text,value", NOT_FIGURES, ids=[c[0] for c in NOT_FIGURES])
def test_not_a_figure(rule, text, value):
    stats, targets = _rows(text)
    assert [float(r["value"]) for r in stats + targets
            if float(r["value"]) == value] == []


# rule, text, value, unit, kind, period
STATISTICS = [
    # compared_goal: the fact before the goal stays a fact of the year under review
    ("compared_goal", COMMUNIQUE + "全年城镇调查失业率平均值为5.1%，低于5.5%左右的控制目标。", 5.1, "%", "share", "2025"),
    ("compared_goal", COMMUNIQUE + "全年地区生产总值比上年增长5.3%，高于5%的预期目标。", 5.3, "%", "growth", "2025"),
    ("clause_commitment_news", "本报北京3月12日电（记者张明）该风电项目规划建设8台风机，目前已吊装2台。",
     2.0, "台", "count", "2026"),
    # sized_place: the area of a base is a figure, not the name of a program
    ("sized_place", "本报合肥3月12日电（记者张明）去年，该镇建成800亩蔬菜种植示范基地。", 800.0, "亩", "level", "2025"),
    # share_bound: a share bounded from below before a verb is a figure
    ("share_bound", "本报合肥3月12日电（记者张明）去年，全县大棚八成以上使用滴灌。", 80.0, "%", "share", "2025"),
    # report_year_months: a month with no year in a data report of a past year is that year's
    ("report_year_months", COMMUNIQUE + "全年居民消费价格上涨0.4%，其中12月份同比上涨0.2%。", 0.2, "%", "growth", "2025-12"),
    # subpart_time: a later 其中 clause's month does not date the whole before it
    ("subpart_time", COMMUNIQUE + "鲜菜价格下降6.3%，其中12月份环比回落0.9%。", 6.3, "%", "growth", "2025"),
    # growth words 下滑/下挫 make a change (direction checked in test_direction_words)
    ("growth_word", COMMUNIQUE + "全年原材料购进价格同比下挫2.7%。", 2.7, "%", "growth", "2025"),
    # span_total: a total over N years named before it covers those years; a bare 累计 is of the year
    ("span_total", REPORT + "五年累计新建农村公路1.2万公里。", 1.2e4, "公里", "level", "2021/2025"),
    ("span_total", REPORT + "全省累计建成充电桩8万个。", 8e4, "个", "count", "2025"),
    # age_total (r18): a running total after the age of the thing itself is of the reporting year
    ("age_total", "本报南宁4月2日电（记者王明）经过10年发展，该港区累计完成吞吐量3亿吨，带动就业2000人。",
     2000.0, "人", "count", "2026"),
    # standing_opener (r18): 长期以来 opens a lasting state, not a total over the paragraph's months
    ("standing_opener", "本报北京1月8日电（记者王明）2025年1至11月，全国共办理此类案件300件。长期以来，此类案件约占全部案件的六成。",
     60.0, "%", "share", "2026"),
    # history_years: the age of a practice is a fact
    ("history_years", "本报合肥5月6日电（记者王明）该村已有40年的葡萄种植历史。", 40.0, "年", "level", "2026"),
    # estimate_lead: a computed estimate in a news report is a fact, though it says 将
    ("estimate_lead", "本报北京4月8日电（记者王明）根据测算，企业自建生产线的成本将会上升40%。", 40.0, "%", "growth", "2026"),
    # structure_split with the ratio sign ∶ (U+2236)
    ("structure_split", COMMUNIQUE + "全年全省三次产业结构为3.1∶40.2∶56.7。", 40.2, "%", "share", "2025"),
    # goal_frame ends at a sentence with a time of its own, and a clause reporting what is done stays a fact
    ("goal_frame_ends", "本报合肥3月2日电（记者张明）某省近日印发行动方案。\n行动方案提出：到2028年，全省数字经济核心产业占比明显提升。"
                        "培育20家链主企业。去年全省建成智能工厂120个。", 120.0, "个", "count", "2025"),
    ("goal_frame_done", "本报合肥3月2日电（记者张明）某省近日印发行动方案。\n行动方案提出：到2028年，全省数字经济核心产业占比明显提升。"
                        "培育20家链主企业，目前已建成智能工厂120个。", 120.0, "个", "count", "2026"),
    # policy_parameter needs its construction: a market price that falls per unit is a fact
    ("price_fact", "本报郑州5月6日电（记者王明）今年以来，当地生猪价格每公斤下降2元。", 2.0, "元", "level", "2026"),
]


@pytest.mark.parametrize("rule,text,value,unit,kind,period", STATISTICS, ids=[c[0] for c in STATISTICS])
def test_statistic_rule(rule, text, value, unit, kind, period):
    stats, _ = _rows(text)
    rows = [r for r in stats if float(r["value"]) == value]
    assert [(r["unit"], r["kind"], r["period"]) for r in rows] == [(unit, kind, period)] * len(rows) and rows


# text, value, direction
DIRECTIONS = [
    (COMMUNIQUE + "全年工业生产者出厂价格同比下滑1.9%。", 1.9, "down"),
    (COMMUNIQUE + "全年原材料购进价格同比下挫2.7%。", 2.7, "down"),
    (COMMUNIQUE + "全年高技术产业投资攀升11.5%。", 11.5, "up"),
]


@pytest.mark.parametrize("text,value,direction", DIRECTIONS)
def test_direction_words(text, value, direction):
    stats, _ = _rows(text)
    assert [r["direction"] for r in stats if float(r["value"]) == value] == [direction]


# declining_target: a goal whose text says the indicator declines is `down`, whatever its kind
TARGET_DIRECTIONS = [
    ("到2028年，全市农村低收入人口减少3万人。", 3e4, "down"),
    ("到2028年，全市细颗粒物平均浓度下降到28微克/立方米。", 28.0, "down"),
    ("到2028年，全市新增城镇就业8万人。", 8e4, ""),
]


@pytest.mark.parametrize("text,value,direction", TARGET_DIRECTIONS)
def test_target_direction(text, value, direction):
    _, targets = _rows(text)
    assert [r["direction"] or "" for r in targets if float(r["value"]) == value] == [direction]
