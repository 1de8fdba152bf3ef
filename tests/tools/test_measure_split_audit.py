"""tools/measure_split_audit.py: where gold quotes stand and which fields a row would get wrong.
Small examples written for this test."""
import importlib.util
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(_ROOT / "tools"))
_SPEC = importlib.util.spec_from_file_location("measure_split_audit", _ROOT / "tools" / "measure_split_audit.py")
audit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(audit)


def test_gold_spans_first_occurrence_or_none():
    text = "一、修缮城东公园。修缮城东公园，新建口袋绿地。"
    gold = [{"quote": "修缮城东公园"}, {"quote": "新建口袋绿地"}, {"quote": "拓宽南环路"}]
    assert audit.gold_spans(text, gold) == [(2, 8), (16, 22), None]


def test_fields_of_names_the_wrong_fields():
    row = {"actor": "某市人民政府", "status": "planned", "instrument": "infrastructure", "policy_area": 10}
    cases = [  # gold -> fields the row gets wrong
        ({"actor": "某市人民政府", "status": "planned", "instrument": "infrastructure", "policy_area": 10}, ""),
        ({"actor": "", "status": "reported", "instrument": "fund"}, "actor,status,instrument"),
        ({"actor": "某市人民政府", "status": "planned", "policy_area": 21}, "area"),
    ]
    for gold, want in cases:
        assert audit.fields_of(row, gold) == want
