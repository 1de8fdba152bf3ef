"""Figure fields on constructions met in documents nobody tuned to (issue 10): each named rule
with small sentences of its own, run through the whole pipeline (genre, report year, blocks).

Each case: rule name, text, date, value of the statistic to look at, expected (unit, kind, period).
"""
import pytest

from policydata.document import Article, Block
from policydata.extract.figures import extract_figures
from policydata.pipeline import parse_text

NEWS = "本报北京3月10日电（记者 张明）"

CASES = [
    # since_year_span: a calendar stretch is a span, a running total since the thing began is of now
    ("since_year_span", NEWS + "据统计，2020年以来，全县小学入学率均为100%。", "2026-03-10", 100.0, ("%", "share", "2020/2026")),
    ("since_year_span", NEWS + "“自2019年首次举办以来，该活动已累计吸引游客80万人次，带动消费3.5亿元。”", "2026-03-10",
     3.5e8, ("元", "level", "2026")),
    ("since_year_span", NEWS + "2019年至今，该市累计引进企业120家。", "2026-03-10", 120.0, ("家", "count", "2019/2026")),
    ("since_year_span", NEWS + "自2020年以来，全市累计建成公园50个。", "2026-03-10", 50.0, ("个", "count", "2020/2026")),
    # past_cutoff: 截至12月末 in February looks back to last December
    ("past_cutoff", "本报北京2月10日电（记者 张明）2025年，全国船舶出口增长。截至12月末，手持订单金额300亿元。", "2026-02-11",
     3e10, ("元", "level", "2025-12")),
    # paragraph_standing: a streak told in a paragraph about a past year is of that year
    ("paragraph_standing", "本报北京2月10日电（记者 张明）2025年，该市外贸进出口总额800亿元。连续5年保持全省第一。",
     "2026-02-11", 5.0, ("年", "count", "2025")),
    ("paragraph_standing", NEWS + "今年1—2月，某省发行专项债券300亿元。其中，累计投向水利项目120亿元。", "2026-03-10",
     1.2e10, ("元", "level", "2026-01/2026-02")),
    # news_dated_paragraph: a day opening a news paragraph dates the event it tells
    ("news_dated_paragraph", NEWS + "某市持续优化就业服务。\n3月5日，某市举办春季招聘会。现场提供岗位2000个。", "2026-03-10",
     2000.0, ("个", "count", "2026-03")),
    # quoted_now: a remark quoted now is not dated by the past year of the paragraph before
    ("quoted_now", NEWS + "2024年，村里建起了合作社。\n“现在村里有3家工厂，农闲时一天能挣150元。”村支书说。", "2026-03-10",
     150.0, ("元", "level", "2026")),
    # narrative_next_year: 次年 is the year after the story's past year
    ("narrative_next_year", NEWS + "某地发展苹果产业。\n2018年，他回到家乡。次年，他承包了200亩荒山。", "2026-03-10",
     200.0, ("亩", "level", "2019")),
    # restated_amount: a remark repeating a dated amount takes its period
    ("restated_amount", NEWS + "2025年，全国快递业务量超1900亿件。\n专家认为，超1900亿件的背后，是消费的活力。", "2026-03-10",
     1.9e11, ("件", "count", "2025")),
    # output_quantity: vehicles are counted; their output or stock is an amount
    ("output_quantity", NEWS + "去年，该市全年销售汽车12万辆。", "2026-03-10", 1.2e5, ("辆", "count", "2025")),
    ("output_quantity", NEWS + "去年，该市汽车年产量30万辆。", "2026-03-10", 3e5, ("辆", "level", "2025")),
    # units kept as written: 千公顷 like 千瓦; a temperature is a physical quantity (level)
    ("unit_as_written", NEWS + "去年，全省粮食播种面积 450.5 千公顷。", "2026-03-10", 450.5, ("千公顷", "level", "2025")),
    # structure_split: a composition that adds up to 100 is one share per part
    ("structure_split", NEWS + "去年，全市三次产业结构为 6.5:40.1:53.4。", "2026-03-10", 40.1, ("%", "share", "2025")),
    # shared_list_unit + listed_values: a rate written once after a list of bare values is every
    # value's unit, and each value is one row (the subjects are not shared out again)
    ("listed_values", NEWS + "2月份，甲、乙、丙三类指数环比分别回升1.6、0.9和2.4个百分点。", "2026-03-10", 0.9,
     ("个百分点", "growth", "2026-02")),
    ("listed_values", NEWS + "2月份，甲、乙、丙三类指数环比回升1.6、0.9和2.4个百分点。", "2026-03-10", 1.6,
     ("个百分点", "growth", "2026-02")),
    ("temperature_level", NEWS + "洞内机房常年保持在18摄氏度。", "2026-03-10", 18.0, ("摄氏度", "level", "2026")),
    # event_edition_year: the figures of an event named with its year and edition take that year
    ("event_edition_year", NEWS + "2025第四届农民丰收节吸引游客12万人次。", "2026-03-10", 1.2e5, ("人次", "count", "2025")),
    # existing_stock: what there is now is a fact, though a commitment word stands earlier in the sentence
    ("existing_stock", NEWS + "供水管网多依规划铺设，全县现有6座水库，能满足城区用水。", "2026-03-10", 6.0, ("座", "count", "2026")),
    # duration_kind: a span below the second (毫秒) is a duration, a level, like 秒
    ("duration_kind", NEWS + "两地之间的网络时延仅为3毫秒。", "2026-03-10", 3.0, ("毫秒", "level", "2026")),
]


@pytest.mark.parametrize("rule,text,date,value,want", CASES, ids=[c[0] for c in CASES])
def test_field_rule(rule, text, date, value, want):
    rows = [r for r in parse_text(text, date=date)["statistics"] if float(r["value"]) == value]
    assert [(r["unit"], r["kind"], r["period"]) for r in rows] == [want] * len(rows) and rows


def test_caption_after_the_body_is_read_apart_from_its_last_heading():
    """read_apart: a photo caption printed after a plan-worded sub-headline's part reports facts."""
    parts = [("title", "某市开展春耕生产"), ("body", "某市持续推进春耕。"), ("heading", "十项举措助力春耕生产"),
             ("body", "今年将新建高标准农田5万亩。"), ("caption", "3月26日，某县举办农机展。展会设置展位超过300个。")]
    text, blocks, pos = "", [], 0
    for kind, line in parts:
        blocks.append(Block(kind, pos, pos + len(line), line))
        text += line + "\n"
        pos += len(line) + 1
    stats, targets = extract_figures(Article(1, "某市开展春耕生产", text, blocks), report_year=2026, region_id="CN",
                                     region_mentions=[])
    assert [(s.value, s.unit) for s in stats] == [(300.0, "个")]
    assert [(t.value, t.unit) for t in targets] == [(5e4, "亩")]


def test_a_stretch_looking_back_leaves_a_later_commitment_a_goal():
    """since_year_span: the stretch dates what was done; the modal of a later clause looks ahead."""
    tables = parse_text(NEWS + "自2020年以来，全市累计建成公园50个，下一步将新建公园30个。", date="2026-03-10")
    assert [float(r["value"]) for r in tables["statistics"]] == [50.0]
    assert [float(r["value"]) for r in tables["targets"]] == [30.0]


def test_context_year_in_the_report_of_a_past_year():
    """context_year: 当年 in the communiqué of a past year is that year, not the year it came out."""
    text = ("2023年某县统计公报\n全年粮食播种面积30.2万亩。2023年全县农机总动力12.5万千瓦。"
            "当年机械植保面积8.6千公顷，比上年增长2.3%。")
    rows = parse_text(text, date="2024-04-20")["statistics"]
    assert {r["period"] for r in rows if float(r["value"]) in (8.6, 2.3)} == {"2023"}


def test_switched_change_in_a_respectively_list():
    """switched_change: 分别增长…和下降… -- the values after the turn fall, each a growth row."""
    rows = parse_text(NEWS + "去年，纺织、化工、建材、冶金四个行业利润分别增长12.5%、3.1%和下降4.2%、9.6%。",
                      date="2026-03-10")["statistics"]
    assert [(float(r["value"]), r["kind"], r["direction"]) for r in rows] == [
        (12.5, "growth", "up"), (3.1, "growth", "up"), (4.2, "growth", "down"), (9.6, "growth", "down")]
    assert rows[2]["indicator"].startswith("建材") and rows[2]["indicator"].endswith("下降")


def test_poultry_counted_in_yu():
    """羽 counts birds as 头 counts livestock: a count, unit as written."""
    rows = parse_text(NEWS + "去年，全市家禽出栏420.5万羽。", date="2026-03-10")["statistics"]
    assert [(float(r["value"]), r["unit"], r["kind"]) for r in rows] == [(4205000.0, "羽", "count")]


def test_headline_rounds_a_running_total_dated_by_its_paragraph():
    """paragraph_standing + rounded_headline: the body's 累计… under a paragraph led by months is
    dated by them, and the headline's 超过… that rounds it takes the same period."""
    parts = [("title", "某省追回违规收费超过2亿元"),
             ("body", "自2025年3月至2026年2月，某省开展收费专项检查，查处案件约800件。"
                      "对违规企业，督促其累计退还费用约2.04亿元。")]
    text, blocks, pos = "", [], 0
    for kind, line in parts:
        blocks.append(Block(kind, pos, pos + len(line), line))
        text += line + "\n"
        pos += len(line) + 1
    stats, _ = extract_figures(Article(1, parts[0][1], text, blocks), report_year=2026, region_id="CN",
                               region_mentions=[])
    assert {s.period for s in stats if s.unit == "元"} == {"2025-03/2026-02"}


@pytest.mark.parametrize("text,value,want", [
    # saving_change: a saving (节约/节省 N%) is a change downwards, and the 约 of 节约 blurs no number
    # (stated as done: 可节约 after …后， would be a conditional yield, a target: rule conditional_yield)
    (NEWS + "改用新工艺后，该厂每年节约18%的用水。", 18.0, ("%", "growth", "down", "exact")),
    (NEWS + "去年，全市公共机构节省电费12%。", 12.0, ("%", "growth", "down", "exact")),
    (NEWS + "去年，该县单位能耗比上年减低1.5个百分点。", 1.5, ("个百分点", "growth", "down", "exact")),
    # multiple_change: N倍 right after 提速 is a change upwards, 约 still blurs a number
    (NEWS + "新线开通后，两地通勤提速近3倍。", 3.0, ("倍", "growth", "up", "approx")),
    (NEWS + "去年，该区节能约15%。", 15.0, ("%", "share", None, "approx")),
])
def test_saving_and_speed_changes(text, value, want):
    rows = [r for r in parse_text(text, date="2026-03-10")["statistics"] if float(r["value"]) == value]
    assert [(r["unit"], r["kind"], r["direction"], r["qualifier"]) for r in rows] == [want]
