"""Row models are the single source of the schemas; committed schemas must match."""
from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from policydata.datapackage.models import ORDER, TABLES, Statistics, table_schema
from policydata.datapackage.package import schema_for

from conftest import ROOT


@pytest.mark.parametrize("table", ORDER)
def test_committed_schema_equals_generated(table):
    committed = json.loads((ROOT / "schemas" / f"{table}.json").read_text(encoding="utf-8"))
    assert committed == schema_for(table, "csv"), f"schemas/{table}.json is stale: run policydata build"


@pytest.mark.parametrize("table", ORDER)
def test_every_field_is_described_in_chinese_and_english(table):
    for f in table_schema(TABLES[table])["fields"]:
        zh, _, en = f["description"].partition(" — ")
        assert zh and en, f["name"]
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), f["name"]


def test_schema_constraints_come_from_the_model():
    fields = {f["name"]: f for f in table_schema(Statistics)["fields"]}
    assert fields["statistic_id"]["constraints"]["required"] is True
    assert fields["statistic_id"]["constraints"]["unique"] is True
    assert fields["kind"]["constraints"]["enum"] == ["level", "growth", "share", "count", "rank", "ratio"]
    assert fields["char_start"]["constraints"]["minimum"] == 0
    assert "required" not in fields.get("unit", {}).get("constraints", {})
    assert fields["value"]["type"] == "number"


def test_foreign_keys_name_resources_of_the_same_format():
    fks = schema_for("statistics", "parquet")["foreignKeys"]
    assert {fk["reference"]["resource"] for fk in fks} == {"documents-parquet", "regions-parquet"}
    self_fk = schema_for("regions", "csv")["foreignKeys"][0]
    assert self_fk["reference"] == {"resource": "regions-csv", "fields": ["region_id"]}


def test_model_rejects_bad_rows():
    good = dict(statistic_id="a-s001", document_id="a", indicator="粮食产量", kind="level",
                value=1.0, qualifier="exact", region_id="CN", quote="粮食产量1万吨",
                char_start=0, char_end=7, value_raw="1万吨")
    Statistics.model_validate(good)
    with pytest.raises(ValidationError):
        Statistics.model_validate({**good, "kind": "guess"})
    with pytest.raises(ValidationError):
        Statistics.model_validate({**good, "document_id": "Not An Id"})
    with pytest.raises(ValidationError):
        Statistics.model_validate({**good, "region_id": "12345"})
