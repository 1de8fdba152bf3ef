"""Column decided_by (measures, targets, statistics): the named rules that made each row, |-separated,
short stable names (pattern models.RULES, no free text); the models are the schemas' one source."""
import re

import pytest

import policydata
from policydata.datapackage.models import RULES, TABLES
from policydata.datapackage.rows import decided_by

NOTICE = ("某县人民政府关于加快发展冷链物流的通知\n\n各乡镇人民政府：\n一、发展目标\n"
          "到2028年，全县冷库容量达到20万吨。\n二、重点任务\n县商务局要制定冷链物流发展方案。\n"
          "2025年，全县冷库容量为12万吨，同比增长8.1%。\n")


@pytest.mark.parametrize("table", ["measures", "targets", "statistics"])
def test_the_column_is_in_the_model(table):
    field = TABLES[table].model_fields["decided_by"]
    assert [m.pattern for m in field.metadata if getattr(m, "pattern", None)] == [RULES]


@pytest.mark.parametrize("table,quote_part,expected", [
    ("measures", "制定冷链物流发展方案", {"clause_cue"}),        # 要: the clause's own cue sets planned
    ("targets", "20万吨", {"time_word"}),                        # 到2028年: the time word makes it a goal
    ("statistics", "12万吨", {"time_word"}),                     # 2025年，…为12万吨: a dated fact
])
def test_rows_name_their_rules(table, quote_part, expected):
    rows = policydata.parse_text(NOTICE, date="2026-03-01")[table]
    row = rows[rows["quote"].str.contains(quote_part)].iloc[0]
    names = row["decided_by"].split("|")
    assert expected <= set(names)
    assert re.fullmatch(RULES, row["decided_by"])


def test_every_row_names_a_rule():
    tables = policydata.parse_text(NOTICE, date="2026-03-01")
    for table in ("measures", "targets", "statistics"):
        values = tables[table]["decided_by"]
        assert len(values) and values.notna().all(), table
        assert all(re.fullmatch(RULES, v) for v in values), table


@pytest.mark.parametrize("rules,expected", [
    ("time_word review_year", "time_word|review_year"),
    ("text_table news_fact report_year restated_amount", "text_table|news_fact|report_year|restated_amount"),
    ("lead_verb lead_verb", "lead_verb"),
    ("", None),
])
def test_column_value(rules, expected):
    assert decided_by(rules) == expected
