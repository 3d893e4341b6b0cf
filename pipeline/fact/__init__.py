"""The FACT dimension: each quantity linked to its metric, subject, period and kind (docs/facts.md).

`link.py` holds the named linking rules, `lexicon.py` reads `lexicons/facts.yaml`, `score.py`
scores facts against gold facts. Facts come after the mention dimensions: they read what those
resolved (`state.resolved`).
"""
from __future__ import annotations

from .link import link_facts
from .score import locate, score

# What the registry (pipeline/registry.py) takes from this dimension.
__all__ = ["COLUMNS", "SHOWN", "extract", "locate", "resolve", "rules", "score", "value_key"]

COLUMNS = ("fact_id", "quantity_id", "sentence_id", "value", "value_high", "unit", "kind", "metric", "metric_start",
           "metric_end", "subject", "subject_org_ids", "subject_mention_ids", "period", "period_start", "period_end",
           "date_mention_id", "basis", "rule_id")
SHOWN = ("kind", "metric", "subject", "period", "basis")
RULES = ("fact.metric_after", "fact.metric_measure", "fact.metric_topic", "fact.metric_verbal", "fact.subject_genitive",
         "fact.subject_topic", "fact.subject_carried", "fact.period_clause", "fact.period_as_of", "fact.period_sentence",
         "fact.period_carried", "fact.kind_change", "fact.kind_level", "fact.conversion")


def extract(context) -> list:
    """Nothing before resolution: facts link what the other dimensions resolved."""
    return []


def resolve(mentions: list, state) -> list:
    return link_facts(state.context, state.resolved["quantity"], state.resolved["date"], state.resolved["org"])


def rules() -> tuple:
    """The linking rules' names (each a step of `link.Linker`)."""
    return RULES


def value_key(row: dict) -> tuple:
    return row.get("metric", ""), row.get("subject", ""), row.get("period", ""), row.get("kind", "")
