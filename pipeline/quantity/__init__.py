"""The QUANTITY dimension: numbers with their unit or counter (docs/annotation.md, QUANTITY).

`rules.py` finds them, `resolve.py` links conversions, `lexicon.py` reads `lexicons/`.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ..rules import Context, in_text_order, run_rules
from .resolve import link_conversions
from . import rules

PREFIX = "Q"
# What the registry (pipeline/registry.py) takes from this dimension.
__all__ = ["COLUMNS", "SHOWN", "extract", "resolve", "rules", "value_key"]

COLUMNS = ("mention_id", "sentence_id", "start", "end", "text", "value", "value_high", "unit", "unit_text", "category",
           "approx", "bound", "equivalent_of", "rule_id")
SHOWN = ("value", "value_high", "unit", "category", "approx", "bound", "equivalent_of")


def extract(context: Context) -> list:
    """Every quantity the rules find, before overlaps are settled."""
    return run_rules(rules.rules(), context)


def resolve(mentions: list, state) -> list:
    """In text order, with conversions linked: `equivalent_of` names the converted mention's id, the one the
    pipeline numbers it with after resolve (`numbered`: `Q` and its place in text order). Not numbered here
    as well: that made a copy of every quantity, thrown away when the pipeline numbered them again."""
    return link_conversions(in_text_order(mentions), state.document.text, PREFIX)


def _decimal(text: str):
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return text


def value_key(row: dict) -> tuple:
    """Values compare as decimals (`15.350` is `15.35`), with the unit."""
    return _decimal(row.get("value", "")), _decimal(row.get("value_high", "")), row.get("unit", "")
