"""The DATE dimension: points and periods on the calendar (docs/annotation.md, DATE).

`rules.py` reads the parts of an expression, `resolve.py` places them on the calendar against
the document date, `document_date.py` infers that date when metadata lacks it, `lexicon.py`
reads `lexicons/date_words.yaml`.
"""
from __future__ import annotations

from ..rules import Context, run_rules
from .document_date import infer_doc_date as date_document
from .resolve import resolve_dates
from . import rules

# What the registry (pipeline/registry.py) takes from this dimension.
__all__ = ["COLUMNS", "SHOWN", "date_document", "extract", "resolve", "rules", "value_key"]

COLUMNS = ("mention_id", "sentence_id", "start", "end", "text", "value", "mod", "range_start", "range_end",
           "granularity", "relative", "anchor_date", "rule_id", "unresolved_reason")  # (the last: added after DESIGN.md's list)
SHOWN = ("value", "mod", "range_start", "range_end", "unresolved_reason")


def extract(context: Context) -> list:
    """Every date the rules find, before overlaps are settled."""
    return run_rules(rules.rules(), context)


def resolve(mentions: list, state) -> list:
    """Calendar values against the document date (`state.document.doc_date`)."""
    return resolve_dates(sorted(mentions, key=lambda m: m.start), state.document.doc_date, state.document.text)


def value_key(row: dict) -> tuple:
    return (row.get("value", ""),)
