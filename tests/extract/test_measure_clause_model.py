"""Rule clause_model: the features of a clause, the pure-Python inference, the decision where the
analyser decided by default, the data file, and deterministic training (tools/train_measure_model.py).

Example sentences are our own."""
from __future__ import annotations

import importlib.util
import json
import re

import pytest

from conftest import ROOT
from policydata import lexicon
from policydata.extract.measures import clause_model
from policydata.extract.measures.clause_model import decide, features, probability, use_model
from policydata.extract.measures.clauses import ClauseInfo
from policydata.extract.measures.explain import explain_rows

_HAN = re.compile(r"[\u4e00-\u9fff]")


def _feats(clause, head=None, **kw):
    args = dict(kind="measure", rule="lead_verb", genre="official", frame="plan", subject="", modal=False,
                planning=False)
    args.update(kw)
    return features(clause, clause if head is None else head, **args)


def test_features_are_ngrams_head_and_context():
    fs = _feats("新建3所幼儿园")
    assert {"c:新", "c:新建", "c:新建0", "c:0所幼", "h1:新", "h4:新建0所", "t1:园", "t2:儿园"} <= set(fs)
    assert {"k:measure", "r:lead_verb", "g:official", "f:plan", "gk:official|measure", "len:1", "s:none",
            "m:0", "p:0"} <= set(fs)
    assert fs == sorted(set(fs))  # sorted, distinct: the same clause gives the same list


def test_features_hold_at_most_four_chinese_characters():
    fs = _feats("市里今年将全面推进老旧小区改造和加装电梯工作", head="全面推进老旧小区改造")
    assert max(len(_HAN.findall(f)) for f in fs) == 4
    assert "h4:全面推进" in fs and not any(f.startswith("h5") for f in fs)


def test_probability_is_the_logistic_of_the_summed_weights():
    model = {"bias": -1.0, "weights": {"c:修": 0.5, "k:measure": 0.5}}
    assert probability(model, ["c:修", "k:measure", "c:路"]) == pytest.approx(0.5)
    assert probability(model, []) == pytest.approx(1 / (1 + 2.718281828459045))


_MODEL = {"bias": 0.0, "weights": {"c:晴": -4.0, "c:改": 4.0},
          "thresholds": {"drop_default": 0.2, "add_default": 0.8, "drop_rule": 0.0, "add_rule": 2.0}}


def _decide(info, text, open_measure=False):
    with use_model(_MODEL):
        return decide(info, text, 0, genre="news", frame="review", planning=False, open_measure=open_measure)


def test_a_default_measure_the_model_doubts_is_none():
    t = "天气持续晴好"
    got = _decide(ClauseInfo("measure", 0, len(t), action="持续", rule="lead_verb"), t)
    assert (got.kind, got.rule) == ("not_measure", "clause_model") and got.model_p < 0.2


def test_a_default_plain_clause_the_model_trusts_is_a_measure():
    t = "老旧小区全部改造"
    got = _decide(ClauseInfo("plain", 0, len(t), rule="no_verb"), t)
    assert (got.kind, got.rule, got.action) == ("measure", "clause_model", "改造") and got.model_p > 0.8
    # a plain clause an open measure of the sentence takes in stays plain (it extends that measure)
    assert _decide(ClauseInfo("plain", 0, len(t), rule="no_verb"), t, open_measure=True).kind == "plain"


def test_a_specific_rule_stands_when_its_thresholds_are_off():
    t = "天气持续晴好"
    got = _decide(ClauseInfo("measure", 0, len(t), action="持续"), t)  # no default rule: a named rule decided
    assert got.kind == "measure" and got.rule == "" and got.model_p >= 0
    got = _decide(ClauseInfo("statistic", 0, len(t)), t)
    assert got.kind == "statistic" and got.model_p == -1.0  # kinds other than measure/plain: not asked


def test_without_a_model_nothing_changes():
    t = "天气持续晴好"
    info = ClauseInfo("measure", 0, len(t), action="持续", rule="lead_verb")
    with use_model(None):
        assert decide(info, t, 0, genre="", frame="", planning=False, open_measure=False) is info


def test_explain_names_the_model_and_its_probability():
    model = {"bias": 0.0, "weights": {"c:龙": 5.0},
             "thresholds": {"drop_default": 0.0, "add_default": 0.9}}
    with use_model(model):
        # no verb the rules know leads 东桥年内合龙 (three sentences: a text the model is asked about)
        rows = explain_rows("今年，东桥年内合龙。天气晴。风小。", issuer="某市新闻网")
    assert [(r["quote"], r["clause_rule"]) for r in rows] == [("东桥年内合龙", "clause_model")]
    assert rows[0]["clause_p"] > 0.9


def test_the_data_file_loads_and_is_well_formed():
    data = lexicon.load(clause_model.MODEL_FILE)
    assert isinstance(data["bias"], float) and isinstance(data["weights"], dict)
    for f, w in data["weights"].items():
        assert isinstance(w, float) and round(w, 4) == w and w != 0.0, f
        assert re.match(r"^[a-z0-9]+:", f) and len(_HAN.findall(f)) <= clause_model.HEAD_CHARS, f
    assert set(data["thresholds"]) <= {"drop_default", "add_default", "drop_rule", "add_rule"}
    assert all(0.0 <= v <= 2.0 for v in data["thresholds"].values())
    path = ROOT / "src" / "policydata" / "lexicons" / clause_model.MODEL_FILE
    raw = path.read_text(encoding="utf-8")
    assert raw == json.dumps(json.loads(raw), ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    if data["weights"]:  # a trained model says what it was trained on and how
        manifest = data["manifest"]
        assert manifest["command"].startswith("python tools/train_measure_model.py")
        assert manifest["documents"] and all(re.fullmatch("[0-9a-f]{64}", d["sha256"]) for d in manifest["documents"])


def _trainer():
    spec = importlib.util.spec_from_file_location("train_measure_model", ROOT / "tools" / "train_measure_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_is_deterministic():
    pytest.importorskip("sklearn")
    trainer = _trainer()
    clauses = [("加快修建乡村公路", 1), ("天气晴好", 0), ("修缮老旧校舍", 1), ("游客络绎不绝", 0),
               ("年内修通村道", 1), ("气温回升明显", 0)]
    rows = [{"set": f"s{i % 2}", "doc": f"d{i % 3}", "label": y,
             "features": _feats(c, kind="measure" if y else "plain")} for i, (c, y) in enumerate(clauses)]
    first, second = trainer.train(rows, C=1.0, min_docs=2), trainer.train(list(rows), C=1.0, min_docs=2)
    assert first == second and first["weights"]
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


def test_the_trainer_matches_as_the_scorer_does():
    trainer = _trainer()
    assert trainer.overlap("加快修建乡村公路网络", "修建乡村公路")  # contained
    assert trainer.overlap("今年加快修建乡村公路", "修建乡村公路网")  # six characters shared
    assert not trainer.overlap("修建乡村公路", "乡村公路养护")
    counts = trainer.measure_counts([{"quote": "修建乡村公路", "actor": "某县人民政府"}, {"quote": "天气晴好", "actor": ""}],
                                    [{"quote": "修建乡村公路", "actor": "某县人民政府"}])
    assert counts == {"gold": 1, "hit": 1, "rows": 2, "true": 1, "actor": 1}
    assert trainer.measures_score([counts]) == 0.5


@pytest.mark.parametrize("clause, head", [
    ("新建3所幼儿园", "新建3所幼儿园"),
    ("市里今年将全面推进老旧小区改造和加装电梯工作", "全面推进老旧小区改造"),
    ("天气晴好", "天气晴好"),
    ("进一步 加强 12 个乡镇的供水保障", "加强12个乡镇的供水保障"),
    ("改", "改"),
    ("", ""),
])
def test_fast_probability_is_the_same_float_as_the_features(clause, head):
    """fast_probability (n-grams built by map, context weights remembered per context) adds the
    same weights in the same order as probability(features(...)): the same float, bit for bit."""
    model = lexicon.load(clause_model.MODEL_FILE)  # the shipped model (the tests here run without one)
    assert model.get("weights")
    for kind, rule in (("measure", "lead_verb"), ("plain", "no_verb"), ("not_measure", "outcome")):
        for genre, frame, subject, modal, planning in (("official", "plan", "", False, True),
                                                       ("news", "review", "government", True, False),
                                                       ("", "", "firm", False, False)):
            args = dict(kind=kind, rule=rule, genre=genre, frame=frame, subject=subject, modal=modal,
                        planning=planning)
            for _ in range(2):  # the second time with the context's weights remembered
                assert clause_model.fast_probability(model, clause, head, **args) == \
                    probability(model, features(clause, head, **args))


def test_decide_copies_the_clause_it_answers():
    """decide answers with a copy (the analyser's ClauseInfo is left as it was)."""
    m = {"bias": -1.0, "weights": {"c:小": 3.0}, "thresholds": {"drop_default": 0.3, "add_default": 0.7}}
    info = ClauseInfo("measure", 0, 4, action="推进", rule="lead_verb")
    with use_model(m):
        out = decide(info, "推进改革。", 0, genre="news", frame="", planning=False, open_measure=False)
    assert out is not info and info.model_p == -1.0 and out.model_p > 0
    assert (out.kind, out.rule, out.action, out.start, out.end) == ("not_measure", "clause_model", "推进", 0, 4)


def test_a_body_opening_a_clause_the_model_adds_is_its_actor():
    # rule added_subject: no verb the rules know follows the body (晒出 is in no verb list), so the
    # clause is plain by default; the measure the model makes of it is that body's, as any measure's subject
    model = {"bias": 0.0, "weights": {"c:名录": 5.0}, "thresholds": {"drop_default": 0.0, "add_default": 0.9}}
    text = "生态环境部近日晒出了新版名录。天气晴。风小。"
    with use_model(None):
        assert explain_rows(text, issuer="某市新闻网") == []
    with use_model(model):
        rows = explain_rows(text, issuer="某市新闻网")  # a news outlet publishes it: genre news
    assert [(r["quote"], r["clause_rule"], r["actor"]) for r in rows] == [
        ("生态环境部近日晒出了新版名录", "clause_model", "生态环境部")]
    # a clause the model leaves plain keeps no subject: the body named there acts in no measure
    with use_model({**model, "thresholds": {"drop_default": 0.0, "add_default": 2.0}}):
        assert explain_rows(text, issuer="某市新闻网") == []


def test_the_model_abstains_where_no_genre_rule_places_the_text_or_it_is_a_sentence_or_two():
    # rule model_abstains: a text without a genre, or of one or two sentences, is no document the model
    # was trained on (every training article has a genre and three sentences or more): the rules'
    # default stands whatever the model would say; a news outlet's item of three sentences is asked
    model = {"bias": 0.0, "weights": {"c:监管": -9.0}, "thresholds": {"drop_default": 0.5, "add_default": 2.0}}
    three = "加强食品安全监管。天气晴。风小。"
    with use_model(model):
        assert [r["quote"] for r in explain_rows(three)] == ["加强食品安全监管"]  # no genre
        assert [r["quote"] for r in explain_rows("加强食品安全监管。风小。", issuer="某市新闻网")] == ["加强食品安全监管"]
        assert explain_rows(three, issuer="某市新闻网") == []


def test_the_trainer_reads_a_document_once_and_walks_it_per_setting(tmp_path):
    # --loso parses each document once and reruns only its measures walk per threshold setting: the
    # rows are those a full parse gives under the same model
    from policydata.pipeline import metadata_near, parse_files
    trainer = _trainer()
    path = tmp_path / "doc.txt"
    path.write_text("关于加快建设乡村道路的通知\n一、加快修建乡村公路。\n二、修缮老旧校舍，年内修通村道。\n三、天气晴好。\n",
                    encoding="utf-8")
    walks = trainer._walks(path)
    for model in (None, {"bias": 0.0, "weights": {"c:修": -9.0}, "thresholds": {"drop_default": 0.5}}):
        with use_model(model):
            full = [r["quote"] for r in parse_files([path], metadata_near([path]))["measures"]]
            assert [r["quote"] for r in trainer._measure_rows_of(walks)] == full


def test_replaced_copies_a_clause_as_dataclasses_replace_does():
    """_replaced copies a ClauseInfo by its __dict__ (five times faster than dataclasses.replace);
    the copy is right only while ClauseInfo is a plain dataclass: no __post_init__, no __slots__, no
    init=False field. A change of the class that breaks this turns the fast path off (FAST_COPY),
    and this test says so: make the class plain again or accept dataclasses.replace's cost."""
    import dataclasses

    assert clause_model.copies_by_dict(ClauseInfo), "ClauseInfo is no plain dataclass: _replaced falls back"
    assert clause_model.FAST_COPY
    info = ClauseInfo("plain", 3, 9, action="改造", has_modal=True, rule="no_verb", named_subject="全县")
    changes = {f.name: getattr(ClauseInfo("measure", 1, 2, action="建设", has_modal=False, obligation=True,
                                          benefactive=True, hosted=True, policy_in_force=True, rule="clause_model",
                                          model_p=0.9, named_subject="各地"), f.name)
               for f in dataclasses.fields(ClauseInfo)}
    for name, value in changes.items():
        assert clause_model._replaced(info, **{name: value}) == dataclasses.replace(info, **{name: value}), name
    copy = clause_model._replaced(info, **changes)
    assert copy == dataclasses.replace(info, **changes) and copy is not info
    assert info.kind == "plain" and info.model_p == -1.0  # the original is untouched


def test_replaced_falls_back_to_dataclasses_replace_without_the_fast_path(monkeypatch):
    import dataclasses

    monkeypatch.setattr(clause_model, "FAST_COPY", False)
    info = ClauseInfo("measure", 1, 5, action="推进", rule="lead_verb")
    assert clause_model._replaced(info, kind="not_measure", model_p=0.1) == \
        dataclasses.replace(info, kind="not_measure", model_p=0.1)

    @dataclasses.dataclass
    class Derived:
        n: int = 0
        double: int = dataclasses.field(init=False, default=0)

        def __post_init__(self):
            self.double = 2 * self.n

    assert not clause_model.copies_by_dict(Derived)  # a derived field: a __dict__ copy would keep a stale one


def test_place_features_read_the_clause_place_in_its_sentence():
    # rule place_features: first / mid / last / only clause, and whether a measure is open before it
    assert clause_model.place_features(0, 1, False) == "i:only o:0"
    assert clause_model.place_features(1, 3, True) == "i:mid o:1"
    fs = _feats("完善收费标准", place=clause_model.place_features(2, 3, True))
    assert {"i:last", "o:1"} <= set(fs) and not any(f.startswith("i:") and f != "i:last" for f in fs)
    assert not any(f.startswith(("i:", "o:")) for f in _feats("完善收费标准"))  # no place given: none read
    # the fast path adds the same weights for the place features
    model = {"bias": 0.1, "weights": {"i:last": -0.75, "o:1": 0.5, "c:完善": 0.25}}
    args = dict(kind="measure", rule="lead_verb", genre="official", frame="plan", subject="", modal=False,
                planning=False, place="i:last o:1")
    assert clause_model.fast_probability(model, "完善收费标准", "完善收费标准", **args) == \
        probability(model, features("完善收费标准", "完善收费标准", **args))


def test_the_trainer_leaves_out_feature_groups_on_request():
    pytest.importorskip("sklearn")
    trainer = _trainer()
    rows = [{"set": f"s{i % 2}", "doc": f"d{i % 3}", "label": i % 2,
             "features": _feats("修缮校舍" if i % 2 else "天气晴好", place=clause_model.place_features(i % 2, 2, False))}
            for i in range(6)]
    assert any(f.startswith("i:") for f in trainer.train(rows)["weights"])
    trainer.LEFT_OUT = ("i:", "o:")
    try:
        assert not any(f.startswith(("i:", "o:")) for f in trainer.train(rows)["weights"])
    finally:
        trainer.LEFT_OUT = ()
