"""The FACT lexicon (`lexicons/facts.yaml`): measure nouns, change and comparison words, reporting
verbs, as-of words, source markers."""
from __future__ import annotations

import functools
from pathlib import Path

from .. import lexicons

FOLDER = Path(__file__).resolve().parent / "lexicons"
KEYS = ("measures", "change_words", "change_nouns", "turnaround", "comparison", "reporting_verbs", "as_of",
        "source_markers", "channel_markers", "routes", "comitative", "quotative", "events", "markets", "market_prices",
        "market_indexes", "plural_demonstratives", "commodities", "price_words", "object_counters", "ratio_units",
        "measure_suffixes", "measure_sizes", "amount_heads", "not_metrics", "frequency_units", "press_verbs", "press_only_verbs",
        "light_verbs", "self_named_units", "since", "record_words", "difference_nouns", "comparatives", "member_nouns",
        "frame_verbs", "entity_nouns", "result_nouns", "founding", "object_verbs", "age_units", "age_measures", "report_events",
        "list_ends", "plan_nouns", "same_period", "stake_words", "holding_verbs", "anaphors", "rank_nouns",
        "source_intros", "same_point", "change_signs", "allot_verbs", "fixing_verbs", "closing_verbs", "receive_verbs",
        "adverbial_verbs", "spend_verbs", "spend_passives", "national_measures", "national_scopes", "entering",
        "operated_facilities", "statistics_reports", "related_tags", "cause_bounds", "industries", "product_measures",
        "drawn_measures", "own_reports", "estimates", "breakdowns", "intents", "intent_endings", "cause_nouns",
        "group_counters", "part_openers", "measure_breakdowns", "partitions", "speakers", "head_titles",
        "branch_suffixes", "story_outsiders", "outside_speakers", "measure_heads", "not_measure_heads",
        "counterparty_breakdowns", "customer_volumes", "market_shares", "group_units", "pair_words", "age_brackets",
        "bound_words", "approx_after", "elapsed_nouns", "elapsed_ends", "contrast_topic", "people_units",
        "duration_marks", "span_marks", "span_units", "span_numerals", "annual", "annual_rates", "annual_topics",
        "annual_bases", "announce_verbs", "post_verbs", "will_endings", "forecast_nouns", "exceed_verbs",
        "object_change_verbs", "bare_change_verbs", "present_endings", "decision_endings", "decision_verbs",
        "resolution_verbs", "present_marks", "state_verbs", "forecast_verbs", "estimate_verbs", "budget_transfers",
        "brand_operators", "give_verbs", "set_verbs", "rate_words", "industry_names", "part_scopes", "year_back",
        "same_part_back", "segment_words", "part_categories", "use_suffixes", "regional_scopes", "scope_particles", "occurrence_verbs",
        "sequel_openers", "legislatures", "budget_votes", "agent_nouns", "average_times", "deal_nouns",
        "threshold_verbs", "descriptor_heads", "ordering_verbs", "user_measures", "transaction_words", "compilers",
        "share_verbs", "region_words", "superlatives", "degree_adverbs", "follow_phrases", "rate_nouns", "money_heads",
        "capital_raising_heads", "built_verbs",
        "not_money_nouns", "restating_nouns", "trade_pairs", "own_processes", "change_rates", "earning_verbs",
        "basis_words", "aggregate_words", "aggregate_scopes", "whole_openers", "product_nouns", "balance_nouns",
        "analysts", "among_words", "typical_persons", "part_shares", "trial_words", "launch_verbs", "opener_marks",
        "opener_as_marks", "opener_measures", "model_breakdowns", "further_nouns", "net_changes", "inclusion_verbs",
        "field_words", "draw_verbs", "dimension_breakdowns", "joining_verbs", "win_verbs", "acquire_verbs", "holiday_years",
        "holiday_nouns", "edition_ordinals", "own_basis_nouns", "target_nouns", "transport_operators", "rider_measures",
        "tallying_associations", "speaking_associations", "price_setting_verbs", "set_prices", "reporting_units",
        "earnings_measures", "operator_nouns", "partnerships", "flow_measures", "term_topics", "nature_measures",
        "earlier_values", "transfer_verbs", "decided_changes", "venue_nouns", "raised_measures", "survey_nouns",
        "average_marks", "crowd_verbs", "crowd_nouns", "time_breakdowns", "relation_nouns",
        "own_funds", "own_fund_verbs")


@functools.lru_cache(maxsize=None)
def words(folder: Path = FOLDER) -> dict:
    """Each table of facts.yaml as a frozenset of words (spaces removed: they are matched on
    words without their spaces); a mapping (`anaphors`) as a dict of tuples."""
    path = Path(folder) / "facts.yaml"
    table = lexicons.read_mapping(path, KEYS)
    lexicons.check_normalized(path, (word for key in KEYS for word in lexicons.strings(table[key])))
    return {key: {str(k): tuple(map(str, v)) for k, v in table[key].items()} if isinstance(table[key], dict)
            else frozenset(str(word).replace(" ", "") for word in table[key]) for key in KEYS}
