"""The lexicons agree with each other and with the code's vocabularies.

Each JSON lexicon is read through the one checked loader (``policydata.lexicon``); where two
data files describe the same thing (units recognized / units published, instruments and policy
areas / the published enums), a test here keeps them in step.
"""
from __future__ import annotations

import json
from importlib import resources

import pytest

from policydata import lexicon
from policydata.datapackage.models import CAP_CODES
from policydata.extract.figures import unit_class
from policydata.vocab import Instrument, PolicyArea, values

FOLDER = resources.files("policydata") / "lexicons"


def _json_lexicons() -> list[str]:
    from pathlib import Path
    root = Path(str(FOLDER))
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.json"))


def test_every_json_lexicon_is_known_and_loads_with_its_keys():
    assert _json_lexicons() == sorted(lexicon.KEYS)
    for name in lexicon.KEYS:
        assert lexicon.load(name)  # raises LexiconError on an unknown or a missing key


@pytest.mark.parametrize("data, message", [
    ({"fallback": {}, "broad_keywords": [], "topics": [], "topic": []}, "unknown key 'topic'"),
    ({"fallback": {}, "broad_keywords": []}, "missing key 'topics'"),
    ({"fallback": {}, "broad_keywords": [], "cover_words": [], "head_keywords": [], "scope_nouns": [], "topics": [],
      "_about": "notes are free"}, None),
    (["not", "an", "object"], "must hold a JSON object"),
])
def test_check_keys_names_the_file_and_the_key(data, message):
    if message is None:
        lexicon.check_keys("policy_areas.json", data)
        return
    with pytest.raises(lexicon.LexiconError, match=message) as err:
        lexicon.check_keys("policy_areas.json", data)
    assert "lexicons/policy_areas.json" in str(err.value)


def test_unknown_lexicon_name_is_refused():
    with pytest.raises(lexicon.LexiconError, match="not a known lexicon"):
        lexicon.check_keys("nonsense.json", {})


def _recognized_units() -> list[str]:
    q = lexicon.load("quantities.json")
    aliases = q["unit_aliases"]
    return sorted({aliases.get(u, u) for u in q["units"] + q["latin_units"]})


def test_every_recognized_unit_has_a_figure_class_or_an_explicit_exemption():
    exempt = set(lexicon.load("figures.json")["units_without_class"]["units"])
    silent = [u for u in _recognized_units() if unit_class(u) is None and u not in exempt]
    assert not silent, f"units whose figures would be dropped silently (give them a class in figures.json): {silent}"


def test_exempted_units_really_have_no_class():
    exempt = lexicon.load("figures.json")["units_without_class"]["units"]
    stale = [u for u in exempt if unit_class(u) is not None]
    assert not stale, f"exempted units that now have a class (remove them from units_without_class): {stale}"


def test_instruments_lexicon_uses_the_published_instruments():
    data = lexicon.load("instruments.json")
    used = {r["instrument"] for key in ("rules", "verb_classes", "container_heads") for r in data[key]}
    used |= set(data["verb_defaults"].values()) | {data["built_facility"]["instrument"]}
    assert used <= set(values(Instrument)), used - set(values(Instrument))


def test_policy_area_lexicon_uses_the_cap_codes_of_the_published_labels():
    data = lexicon.load("policy_areas.json")
    assert set(CAP_CODES) == set(values(PolicyArea))
    for topic in data["topics"] + [data["fallback"]]:
        assert topic["label"] in values(PolicyArea), topic["label"]
        assert CAP_CODES[topic["label"]] == topic["code"], topic["label"]


def test_lexicon_readme_describes_every_lexicon_file():
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    from pathlib import Path
    root = Path(str(FOLDER))
    files = [p.relative_to(root).as_posix() for p in root.rglob("*")
             if p.is_file() and p.name not in ("README.md", "SOURCE.md") and "__pycache__" not in p.parts]
    missing = [f for f in files if f"`{f}`" not in readme]
    assert not missing, f"lexicons/README.md does not describe: {missing}"


def test_lexicon_files_are_valid_utf8_json_objects():
    for name in lexicon.KEYS:
        assert isinstance(json.loads(lexicon.read_text(name)), dict)


#: Keys read under a computed name (f"{cls}_units") or only by the tests that keep two files in step.
KEYS_READ_INDIRECTLY = {"level_units", "count_units", "share_units", "growth_units", "ratio_units",
                        "units_without_class"}


def test_every_lexicon_key_is_read_somewhere():
    """A key nobody reads is a rule that does nothing: remove it or use it."""
    from pathlib import Path
    code = "\n".join(p.read_text(encoding="utf-8") for p in Path(str(resources.files("policydata"))).rglob("*.py"))
    # rule word_list_in_pattern: a word list named by a pattern of its file ({rank_scopes/whole}) is read
    slots = {name: lexicon.read_text(name) for name in lexicon.PLAIN_VALUES}
    unread = sorted(f"{name}: {key}" for name, keys in lexicon.KEYS.items() for key in keys
                    if f'"{key}"' not in code and f"'{key}'" not in code and key not in KEYS_READ_INDIRECTLY
                    and "{" + key not in slots.get(name, ""))
    assert not unread, unread


def test_a_pattern_names_a_word_list_of_its_file():
    """Rule word_list_in_pattern (lexicon.compiled): {rank_scopes/whole} in a pattern becomes a group of
    that list's words, longest first; braces that name no key ({report_year}, {1,3}) stay as written."""
    from policydata.lexicon import _fill_word_lists
    data = {"scopes": {"whole": ["全国", "全行业"], "part": ["西部"]}, "name": "x"}
    cases = [("{scopes/whole}第", "(?:全行业|全国)第"), ("{scopes/part}|[省市]", "(?:西部)|[省市]"),
             ("{report_year}年", "{report_year}年"), (r"\d{1,3}", r"\d{1,3}")]
    assert [_fill_word_lists(p, data) for p, _ in cases] == [want for _, want in cases]
    with pytest.raises(lexicon.LexiconError):
        _fill_word_lists("{name}", data)
    figures = lexicon.compiled("figures.json")
    assert figures["closing_scope_rank_pattern"].search("增量全行业第一。")
    assert figures["scope_rank_pattern"].search("成为华东第一个建成的")


def test_compiled_once_the_loader_hands_out_compiled_patterns_and_plain_values_as_read():
    """Rule patterns_by_place (lexicon.compiled): a string under a key is a pattern, a list item a
    word, unless the key says otherwise; a lexicon string reaches the matching helpers compiled."""
    import re

    from policydata.lexicon import compiled, load
    from policydata.text.regex_starts import lexicon_search

    figures = compiled("figures.json")
    assert isinstance(figures["rank_pattern"], re.Pattern)
    assert all(isinstance(p, re.Pattern) for p in figures["non_figures"]["after_patterns"])
    assert figures["growth_words"] == load("figures.json")["growth_words"]  # words stay words
    assert figures["direction"]["default"] == "up" and figures["prohibition"]["flip"]["<"] == ">="
    assert isinstance(figures["direction"]["negative_number_start"], re.Pattern)
    assert compiled("time.json")["plan_period"]["year_suffixes"] == load("time.json")["plan_period"]["year_suffixes"]
    assert compiled("figures.json") is figures
    with pytest.raises(TypeError):
        lexicon_search("[由从]$", "由")


def test_grain_counted_units_are_recognized_count_or_land_units():
    """measure_verbs.json ``grain.counted_units`` (rule counted_action) is a selection of the one unit
    list, quantities.json ``units``: things counted or land covered, never money, shares or time."""
    grain = lexicon.load("measure_verbs.json")["grain"]
    units = set(lexicon.load("quantities.json")["units"])
    assert set(grain["counted_units"]) <= units, set(grain["counted_units"]) - units
    assert all(unit_class(u) in ("count", "level", None) for u in grain["counted_units"])  # 批: no class
    assert not {"元", "%", "年", "个月", "天"} & set(grain["counted_units"])


def test_money_units_are_one_table_of_recognized_units():
    """quantities.json ``money_units``: ``level_reached`` (rule money_level_action) is a subset of
    ``currencies`` (rule invested_bare_magnitude), and both are units of the one unit list."""
    money = lexicon.load("quantities.json")["money_units"]
    units = set(lexicon.load("quantities.json")["units"])
    assert set(money["level_reached"]) <= set(money["currencies"]) <= units
    assert "units" not in lexicon.load("quantities.json")["invested_bare_magnitude"]  # no second copy


def test_grain_instrument_heads_are_instrument_keywords():
    """measure_verbs.json ``grain.instrument_heads`` (rule lead_clause) names instruments the instrument
    rules know (instruments.json ``rules`` and ``container_heads`` keywords); 制 (河长制, a system named
    by its suffix) is the one head no keyword is."""
    data = lexicon.load("instruments.json")
    keywords = {kw for key in ("rules", "container_heads") for r in data[key] for kw in r["keywords"]}
    heads = set(lexicon.load("measure_verbs.json")["grain"]["instrument_heads"])
    assert heads - keywords == {"制"}, heads - keywords


def test_grain_level_words_are_qualifiers_or_tally_words():
    """measure_verbs.json ``grain.level_words`` (rule counted_action: a count told as a level reached)
    are the quantity qualifiers of quantities.json (超, 近, 约…), the verbs of reaching (达, 达到) and the
    tally words of measure_verbs.json ``tally_prefixes`` (共, 累计)."""
    verbs = lexicon.load("measure_verbs.json")
    qualifiers = set(lexicon.load("quantities.json")["qualifiers"]["prefix"]) | {"达", "达到"}
    level = set(verbs["grain"]["level_words"])
    assert level - qualifiers <= set(verbs["tally_prefixes"]), level - qualifiers - set(verbs["tally_prefixes"])


def test_quoted_bound_words_are_the_bounds_the_short_quoted_name_lets_through():
    """One fact, two readers (rule quoted_bound): a bound on a number inside short quotes (承诺“工期不超过45天”)
    is a limit stated, not a name. figures.json ``non_figures.quoted_bound_words`` (the figure filter) and the
    bound lookahead of quantities.json's protected pattern "short quoted name" must name the same bounds; the
    quantities list also lets 最长/最多 through, which the figure filter does not read (aligning them is a
    scored change, not a cleanup)."""
    import re

    rx = next(p["regex"] for p in lexicon.load("quantities.json")["non_quantity_patterns"]
              if p["name"] == "short quoted name")
    m = re.search(r"\{0,10\}\(\?:([^)]*)\)\{ARABIC\}", rx)
    assert m, "the short quoted name pattern lost its bound lookahead"
    bounds = set(m.group(1).split("|"))
    assert bounds - {"最长", "最多"} == set(lexicon.load("figures.json")["non_figures"]["quoted_bound_words"])
