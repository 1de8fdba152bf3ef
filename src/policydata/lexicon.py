"""The one loader of the rule data in ``lexicons/``: read once, checked, cached.

Every stage reads its word lists and patterns through :func:`load` (JSON), :func:`csv_rows`
(CSV) or :func:`read_bytes` (compressed tables), never with its own ``open``. A JSON lexicon
is checked against :data:`KEYS` when it is first read: a key the code does not know (a typo,
a rule added to the wrong file) or a key it needs but the file lacks raises
:class:`LexiconError` naming the file and the key, instead of a rule silently doing nothing.
Keys starting with ``_`` are documentation (``_about``, ``_comment_…``) and always allowed.
``lexicons/README.md`` says which module reads which file.

>>> sorted(load("layout.json"))[:3]
['_about', 'article_end', 'attribution']
>>> load("layout.json") is load("layout.json")  # cached: one read per process
True
"""
from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from importlib import resources

#: The package folder that holds the lexicons (shipped in the wheel).
LEXICON_PACKAGE = "policydata"
LEXICON_FOLDER = "lexicons"

#: Top-level keys of each JSON lexicon. A key read by the code is listed here; the loader
#: refuses a file that lacks one or has one more (documentation keys ``_…`` aside).
KEYS: dict[str, frozenset[str]] = {
    "figures.json": frozenset("""
        table_title_heads text_table target_cues review_cues present_facts review_frame plan_title_words number_headline
        comparison_year from_base_year founding_year_before base_year_after achievement_pattern object_year campaign_time lead_time_max_offset
        unitless_figures units_without_class count_units rank_scopes scope_rank_pattern closing_scope_rank_pattern year_scope output_quantity level_units share_units growth_units ratio_units
        measure_words_to_drop start_event_words duration_units duration_kind implied_money person_nouns
        household_nouns indicator_units entity_count_nouns growth_words level_after_growth growth_after_number
        absolute_change direction frames subject_trailing_comparison index_words share_words
        growth_rate_words rank_pattern rank_exclude_after rank_list_next rank_list_field_next size_rank_pattern indicator_leading_strip
        multi_rank_pattern rank_change_pattern rank_change_context preliminary_estimate
        indicator_trailing_strip predicate_starts comparator_words_before comparator_rules
        change_base scope_pattern distribution non_figures index_points plan_news example_frame
        range_bounds prohibition heading_body heading_item_sentence
        growth_qualifiers plan_goal_nouns list_frame_year_words rate_after_de acted_share""".split()),
    "item_numbers.json": frozenset("forms levels inline item_start".split()),
    "instruments.json": frozenset("issued_title counted_object outcome_subject laid_out_facility cleanup_target participation encouraged_party mechanism_head goal_title process_head policy_in_force money_channel by_law light_verb verb_classes built_facility rules verb_defaults container_heads object".split()),
    "layout.json": frozenset("""
        sentence_final protected_pairs caption byline attribution article_end meta heading
        dangling_end paragraph_start continuation lead page info_line related_links opener
        top_headline new_article page_blocks reading_faults""".split()),
    "measure_verbs.json": frozenset("""
        lead_verbs plan_only_verbs adverbs verb_like_adverbs modals not_modal_words disposal_result_patterns obligation_patterns subjects
        strip_prefixes tally_prefixes preposition_intros locative_boundaries object_prepositions body_adverbial_prepositions means_heads
        basis_phrase_patterns quote_speaker_verbs
        not_preposition_words done_subject_patterns dash_lead_patterns anaphors anaphor_not_tails anaphors_acting_only joint_conjunctions plural_divisions norm_reference_patterns
        adverb_led_verbs norm_setting_patterns inclusion_patterns document_in_force_patterns topic_aspect_patterns
        authority_frame_open_patterns authority_frame_close_patterns body_as_author_patterns
        destination_patterns
        speech_verbs announce_verbs
        subject_fillers subject_filler_patterns body_suffixes subject_body_suffixes
        body_false_endings meeting_words document_speech_verbs publisher_verbs speaker_titles speaker_unit_heads
        representation_patterns time_prefix_patterns enumerator_patterns inline_heading_patterns
        question_patterns definition_sentence_patterns statistic_patterns figure_patterns
        target_patterns copula_exclusion_before nominal_tail_patterns responsibility_patterns
        guidance_patterns caption_patterns byline_patterns description_tail_patterns outcome_tail_patterns conditional_subject_patterns
        not_verb_before not_verb_before_patterns modifier_clause_patterns noun_subject_patterns
        noun_subject_next_patterns reporting_bodies generic_policy_names program_verbs
        planned_clause_patterns plan_citation_patterns directive_modals zone_administration_suffixes document_voice_patterns addressee_patterns regulated_party_patterns host_verbs township_unit_suffixes reported_clause_patterns review_heading_words plan_heading_words
        document_title_suffixes problem_patterns evaluation_clause_patterns non_measure_rules result_predicate_patterns
        nation_subjects collective_subjects case_count_patterns national_review_patterns run_in_lead_patterns subject_bound_adverbs policy_in_force_patterns cause_prefixes discourse_markers summary_heading_patterns principle_headings goal_headings goal_section_action_patterns firm_sentence_patterns crowd_speaker_patterns grassroots_subjects grassroots_partners
        firm_subject_suffixes firm_subject_false_endings person_subjects firm_executive_titles
        recall_verbs
        benefactive completed_task_patterns amount_prefix_patterns grant_verbs recipient_heads
        guiding_sentence_patterns disposal_verbs future_jiang_words jiang_words level_subject_patterns
        tallied_completion_patterns new_facility_patterns trained_count_patterns problem_object_ends topic_clause_patterns
        firm_own_action_words research_team_patterns body_act_adverbs disposal_final_verbs progress_verb_patterns purpose_tail_patterns project_schedule_patterns
        policy_object_heads result_final_adverbs result_final_verbs meeting_act_verbs convening_patterns coverb_frames
        request_frame_patterns plan_frame_patterns completion_adverbs verb_only_adverbs result_predicate_adverbs result_object_verbs grain
        production_start_verbs""".split()),
    "measure_model.json": frozenset("bias weights thresholds features manifest".split()),
    "policy_areas.json": frozenset("fallback broad_keywords cover_words head_keywords scope_nouns topics".split()),
    "quantities.json": frozenset("""
        units guarded_units bounded_units unit_compounds unit_aliases per_units acronym_percent per_unit_slashes latin_units
        person_nouns household_nouns multipliers qualifiers negated_comparators detached_prefixes
        halves halves_not_before cheng range_connectors lone_words bare_magnitude_needs_qualifier invested_bare_magnitude money_units article_one
        numeral_variants signs latin_multipliers discount unit_half doubling vague_numbers
        unitless slash_fractions number_names scan_guards non_quantity_patterns""".split()),
    "time.json": frozenset("""
        relative_years review_year_words present_words quarter_periods plan_period
        deadline_patterns start_patterns year_pattern event_edition_year_pattern month_range_pattern month_to_feast_pattern season_span_pattern single_month_pattern
        month_list_pattern quarter_list_pattern relative_month_pattern month_pattern
        event_day_pattern bare_day_pattern local_time_words first_months_pattern span_pattern review_report_cues cutoff_pattern
        opening_frames sections genres
        edition_after event_year context_year_words communique_relative_year years_ago_pattern
        cutoff_own_year_words comparison_base_years news_opening_words past_plan_opening_suffixes
        report_own_year subject_year""".split()),
    "regions/recognition.json": frozenset("""
        deixis place_suffixes institution_followers media_followers place_prefixes
        reject_followers blocking_words common_word_names home_area generic_names
        compound_suffixes zone_suffixes coordination localities river_basin actors
        directional_regions county_glue out_of_area_glue composites road_segments
        nickname_brands embedded_places admin_suffix_consistency former_district_names bare_macro_regions
        member_compounds province_abbreviations banner_abbreviations townships villages
        zone_home_local dominant_division datelines""".split()),
}


#: The JSON lexicons that :func:`compiled` hands out with their regular expressions compiled, and
#: their entries that are plain values, not patterns. Rule ``patterns_by_place``: in such a file a
#: string that is the value of a key is a regular expression (``"before": "[由从]$"``), and so is every
#: item of a list named ``patterns`` or ``…_patterns``; any other list holds words. A key named here
#: holds a plain string (a name, a unit, a direction); ``key/*`` names a table of plain values
#: (word -> comparator, word -> first/last).
PLAIN_VALUES: dict[str, frozenset[str]] = {
    "figures.json": frozenset("""
        unit name direction default colon_chars comparator_words_before/* flip/* parameter_nouns/* suffixes/*""".split()),
    "time.json": frozenset("verb_stems year_suffixes/* relative_years/*".split()),
}


class LexiconError(ValueError):
    """A lexicon file that the code cannot use as it is (unknown, missing or misspelt keys)."""


def _resource(name: str):
    return resources.files(LEXICON_PACKAGE).joinpath(LEXICON_FOLDER, *name.split("/"))


def read_bytes(name: str) -> bytes:
    """The raw bytes of ``lexicons/<name>`` (e.g. ``regions/townships.csv.gz``)."""
    return _resource(name).read_bytes()


def read_text(name: str) -> str:
    """The UTF-8 text of ``lexicons/<name>``."""
    return _resource(name).read_text(encoding="utf-8")


def check_keys(name: str, data: object) -> None:
    """Raise :class:`LexiconError` unless ``data`` has exactly the keys :data:`KEYS` lists.

    >>> check_keys("policy_areas.json", {"fallback": "", "broad_keywords": [], "topic": []})
    Traceback (most recent call last):
    ...
    policydata.lexicon.LexiconError: lexicons/policy_areas.json: unknown key 'topic'; missing key 'cover_words'; missing key 'head_keywords'; missing key 'scope_nouns'; missing key 'topics'
    """
    if name not in KEYS:
        raise LexiconError(f"lexicons/{name}: not a known lexicon (add its keys to lexicon.KEYS)")
    if not isinstance(data, dict):
        raise LexiconError(f"lexicons/{name}: must hold a JSON object, not {type(data).__name__}")
    present = {k for k in data if not k.startswith("_")}
    problems = [f"unknown key {k!r}" for k in sorted(present - KEYS[name])]
    problems += [f"missing key {k!r}" for k in sorted(KEYS[name] - present)]
    if problems:
        raise LexiconError(f"lexicons/{name}: " + "; ".join(problems))


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The checked contents of the JSON lexicon ``lexicons/<name>``, read once per process.

    Callers share the returned object: read it, never change it.

    Parameters
    ----------
    name
        The file under ``lexicons/``, with its extension: ``"figures.json"``,
        ``"regions/recognition.json"``.
    """
    try:
        data = json.loads(read_text(name))
    except json.JSONDecodeError as exc:
        raise LexiconError(f"lexicons/{name}: not valid JSON ({exc})") from None
    check_keys(name, data)
    return data


@lru_cache(maxsize=None)
def compiled(name: str) -> dict:
    """The JSON lexicon ``lexicons/<name>`` as :func:`load` reads it, with its regular expressions
    compiled (rule ``patterns_by_place``, :data:`PLAIN_VALUES`), once per process.

    The one place a lexicon pattern of these files is compiled: a reader takes the compiled
    pattern from here and never compiles a lexicon string itself. Read it, never change it.

    >>> rule = compiled("figures.json")["change_base"]
    >>> rule["before"].search("比上年由").group(), compiled("figures.json") is compiled("figures.json")
    ('由', True)
    >>> compiled("figures.json")["direction"]["default"], compiled("figures.json")["growth_words"][0]
    ('up', '增长')
    """
    if name not in PLAIN_VALUES:
        raise LexiconError(f"lexicons/{name}: no compiled form (add it to lexicon.PLAIN_VALUES)")
    data = load(name)
    return _compile_entries(data, PLAIN_VALUES[name], compile_pattern=lambda p: re.compile(_fill_word_lists(p, data)))


#: rule word_list_in_pattern: ``{key}`` or ``{key/sub}`` in a pattern, a key of the same file
_WORD_LIST_SLOT = re.compile(r"\{([a-z_]+)((?:/[a-z_]+)*)\}")


def _fill_word_lists(pattern: str, data: dict) -> str:
    """Rule word_list_in_pattern: a pattern of a compiled lexicon may name a word list of its own
    file by its path in braces (``{rank_scopes/whole}``), so that one list serves several patterns;
    the slot becomes a group of the list's words, longest first. Other braces (``{1,3}``, the
    ``{report_year}`` a rule fills in itself) stay as written.

    >>> _fill_word_lists("(?:{scopes/whole})第", {"scopes": {"whole": ["全国", "全行业"]}})
    '(?:(?:全行业|全国))第'
    """
    def words(m: re.Match) -> str:
        if m.group(1) not in data:
            return m.group()  # {report_year}: no key of the file
        value = data[m.group(1)]
        for part in m.group(2).split("/")[1:]:
            value = value[part]
        if not (isinstance(value, list) and all(isinstance(w, str) for w in value)):
            raise LexiconError(f"{m.group()} in a pattern names no word list")
        return "(?:" + "|".join(re.escape(w) for w in sorted(set(value), key=lambda w: (-len(w), w))) + ")"
    return _WORD_LIST_SLOT.sub(words, pattern)


def _compile_entries(value, plain: frozenset[str], key: str = "", compile_pattern=re.compile):
    """``value`` (the entry under ``key``) with its patterns compiled (rule ``patterns_by_place``)."""
    if key.startswith("_") or f"{key}/*" in plain or (key in plain and isinstance(value, str)):
        return value
    if isinstance(value, dict):
        return {k: _compile_entries(v, plain, k, compile_pattern) for k, v in value.items()}
    if isinstance(value, list):
        if key == "patterns" or key.endswith("_patterns"):
            return [compile_pattern(p) for p in value]
        return [_compile_entries(v, plain, compile_pattern=compile_pattern) if isinstance(v, (dict, list)) else v
                for v in value]
    if isinstance(value, str) and key:
        return compile_pattern(value)
    return value


def csv_rows(name: str) -> list[dict[str, str]]:
    """The rows of the CSV lexicon ``lexicons/<name>`` as dicts (header row = keys); blank lines
    and comment lines (``#…``) are skipped."""
    lines = [line for line in read_text(name).splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines))
