"""Figures told as a change from one state to another, structures A:B:C, founding years
(corpus README: periods; shares). One test per named rule, on sentences written for the
construction:

- communique_relative_year: 今年/上年 in the communiqué of a past year count from that year;
- from_base_year: 由上年N…增加到M -- N is of the year before M's year;
- structure_clause / structure_quote: 结构由A:B:C调整为D:E:F gives six shares, each quoted
  with its whole structure;
- founding_year: 始建于1920年的… dates a building, not the figures around it;
- rank_list: 分别位居全国第三、第五和第九 gives three ranks;
- person_age: 32岁的村医 is a level in 岁; 60岁以上老人 and 3—6岁儿童 are no figures;
- acted_share: 降低40%以上的道路噪声 is a share figure, quoted with the whole it is of;
- policy_name_span: 72小时过境免签政策 names a policy, no figure.
"""
from __future__ import annotations

from policydata.pipeline import parse_text

NEWS = "本报西安5月6日电（记者 王林）"


def _stats(text: str, date: str) -> list[tuple[float, str, str]]:
    return [(float(r["value"]), r["unit"], r["period"]) for r in parse_text(text, date=date)["statistics"]]


def test_communique_relative_year():
    """communique_relative_year: the communiqué of 2022, out in 2023, speaks from 2022."""
    text = ("某县2022年国民经济和社会发展统计公报\n全年全县生产总值86.4亿元，比上年增长4.2%。"
            "今年全县新建农村公路120公里。")
    rows = _stats(text, "2023-03-15")
    assert (120.0, "公里", "2022") in rows and (4.2, "%", "2022") in rows


def test_communique_relative_year_not_in_data_news():
    """A news report of data is no communiqué: its 今年 stays the year it came out."""
    text = NEWS + "某县去年经济数据出炉。今年全县计划新建农村公路120公里。"
    rows = parse_text(text, date="2023-05-06")
    assert all(r["period"] != "2022" for r in rows["statistics"] if float(r["value"]) == 120.0)


def test_from_base_year_word():
    """from_base_year: 由上年N增加到M -- N is of the year before the one M is of."""
    text = ("某县2022年国民经济和社会发展统计公报\n年末全县常住人口由上年41.2万人增加到41.6万人。")
    rows = _stats(text, "2023-03-15")
    assert (412000.0, "人", "2021") in rows and (416000.0, "人", "2022") in rows


def test_from_base_year_written():
    """from_base_year: 由2019年的N提高到M -- N is of 2019 whatever the text is about."""
    text = NEWS + "去年，全市森林覆盖率由2019年的41%提高到44%。"
    rows = _stats(text, "2023-05-06")
    assert (41.0, "%", "2019") in rows and (44.0, "%", "2022") in rows


def test_structure_changed_into_another():
    """structure_clause + structure_quote: both structures give shares, each part quoted whole."""
    text = ("某县2022年国民经济和社会发展统计公报\n全县三次产业结构由上年的14.5:36.2:49.3调整为13.8:35.9:50.3。")
    rows = parse_text(text, date="2023-03-15")["statistics"]
    got = [(float(r["value"]), r["period"], r["quote"]) for r in rows if r["unit"] == "%"]
    assert [v for v, _, _ in got] == [14.5, 36.2, 49.3, 13.8, 35.9, 50.3]
    assert [p for _, p, _ in got] == ["2021"] * 3 + ["2022"] * 3
    assert all(q.endswith("14.5:36.2:49.3") for _, _, q in got[:3])
    assert all(q.endswith("13.8:35.9:50.3") and "14.5" not in q for _, _, q in got[3:])


def test_founding_year_dates_no_figure():
    """founding_year: the year a building was founded is no period of the figures beside it."""
    text = NEWS + "工地北面有300多户居民，南面是始建于1921年的老粮仓，每天供应5万人的口粮。"
    rows = _stats(text, "2026-05-06")
    assert rows and all(p == "2026" for _, _, p in rows)


def test_rank_list():
    """rank_list: ranks listed after one lead word (分别位居…第三、第五和第九) are one rank each."""
    text = NEWS + "去年，全省粮食、油料、蔬菜产量增速分别位居全国第三、第五和第九。"
    rows = parse_text(text, date="2026-05-06")["statistics"]
    assert [(float(r["value"]), r["kind"]) for r in rows if r["kind"] == "rank"] == [
        (3.0, "rank"), (5.0, "rank"), (9.0, "rank")]


def test_person_age():
    """person_age: a person's age told before the person is a level in 岁; brackets are no figure."""
    text = NEWS + "32岁的村医王某今年为60岁以上老人和3—6岁儿童体检1200人次。"
    rows = parse_text(text, date="2026-05-06")["statistics"]
    assert [(float(r["value"]), r["unit"], r["kind"]) for r in rows] == [
        (32.0, "岁", "level"), (1200.0, "人次", "count")]


def test_lasting_years_already():
    """lasting_years: 已有N年 says how long one has served, a level in 年; 已有N家 stays a count."""
    text = NEWS + "村医王某在山村行医已有8年，今年已有5家企业入驻。"
    rows = parse_text(text, date="2026-05-06")["statistics"]
    assert [(float(r["value"]), r["unit"], r["kind"]) for r in rows] == [(8.0, "年", "level"), (5.0, "家", "count")]


def test_acted_share():
    """acted_share: a share a verb acts on (降低…以上的噪声) is a figure quoted with its whole;
    能耗降低30%以上的企业 still names a class of firms."""
    text = NEWS + "新装的隔音屏能降低40%以上的道路噪声，拦截九成以上的粉尘。能耗降低30%以上的企业有12家。"
    rows = parse_text(text, date="2026-05-06")["statistics"]
    got = [(float(r["value"]), r["unit"], r["quote"]) for r in rows]
    assert any(v == 40.0 and q.endswith("降低40%以上的道路噪声") for v, _, q in got)
    assert [v for v, u, _ in got if u == "%"] == [40.0, 90.0]
    assert (12.0, "家") in [(v, u) for v, u, _ in got]


def test_policy_name_span():
    """policy_name_span: 72小时过境免签政策 names a policy; a time limit cut to 3天 is a figure."""
    text = NEWS + "全市推进72小时过境免签政策实施，企业开办时间压缩到3天。"
    got = [(float(r["value"]), r["unit"]) for t in ("statistics", "targets")
           for r in parse_text(text, date="2026-05-06")[t]]
    assert (72.0, "小时") not in got and (3.0, "天") in got
