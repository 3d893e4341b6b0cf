"""The FACT dimension: each quantity linked to its metric, subject, period and kind (docs/facts.md).

`link.py` holds the named linking rules (`RULES`) and the `Linker` that tries them in order; the
rules read `sentence.py` (the sentence view and token helpers) and call the finders of one slot
each: `metric.py`, `subject.py`, `period.py` (periods, ranges, bases), `kind.py` (change or level)
and `report.py` (what belongs to a report, not to its figures). `lexicon.py` reads
`lexicons/facts.yaml`, `score.py` scores facts against gold facts. Facts come after the mention
dimensions: they read what those resolved (`state.resolved`).
"""
from __future__ import annotations

from .link import RULES, link_facts
from .score import locate, score

# What the registry (pipeline/registry.py) takes from this dimension.
__all__ = ["COLUMNS", "RENUMBERED", "SHOWN", "extract", "highlight", "locate", "resolve", "rules", "score", "value_key"]

COLUMNS = ("fact_id", "quantity_id", "sentence_id", "value", "value_high", "unit", "kind", "metric", "metric_start",
           "metric_end", "subject", "subject_org_ids", "subject_mention_ids", "period", "period_start", "period_end",
           "date_mention_id", "basis", "rule_id")
# Ids of rows of this run (the fact's own, its quantity's, date's and subjects' mentions).
RENUMBERED = ("fact_id", "quantity_id", "date_mention_id", "subject_mention_ids")
SHOWN = ("kind", "metric", "subject", "period", "basis")
def extract(context) -> list:
    """Nothing before resolution: facts link what the other dimensions resolved."""
    return []


def resolve(mentions: list, state) -> list:
    return link_facts(state.context, state.resolved["quantity"], state.resolved["date"], state.resolved["org"],
                      state.document.doc_date)


def highlight(row: dict):
    """The metric's span, marked in the report (the quantity, subject and period are marked as mentions)."""
    return (row["metric_start"], row["metric_end"]) if row.get("metric_start") not in (None, "") else None


def rules() -> tuple:
    """The named linking rules (`link.RULES`); a fact's `rule_id` joins those it used."""
    return RULES


def value_key(row: dict) -> tuple:
    return row.get("metric", ""), row.get("subject", ""), row.get("period", ""), row.get("kind", "")
