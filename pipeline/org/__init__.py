"""The ORG dimension: named organizations (docs/annotation.md, ORG).

`words.py` groups tokens into words, `rules.py` holds the named rules, `filters.py` the steps
after them, `resolve.py` links mentions to one canonical name and id, `lexicon.py` reads
`lexicons/` (suffixes, cues and the gazetteer).
"""
from __future__ import annotations

from ..rules import Context
from . import rules
from .filters import (drop_common_readings, drop_inside_aliases, drop_inside_names, drop_kind_readings, drop_places, drop_products,
                      with_units)
from .resolve import link_organizations
from .rules import KEPT_RULES, RULES
from .summary import OrganizationSummary
from .words import words

# What the registry (pipeline/registry.py) takes from this dimension.
__all__ = ["COLUMNS", "SHOWN", "OrganizationSummary", "extract", "matches", "resolve", "rules", "value_key"]

COLUMNS = ("mention_id", "sentence_id", "start", "end", "text", "canonical", "org_id", "aliases", "rule_id")
SHOWN = ("canonical", "org_id", "aliases")


def _found(context: Context) -> tuple:
    """(the words, what the word rules found, what the filters kept, what the rules over those add)."""
    found_words = words(context)
    found = [m for rule in RULES for m in rule.produce(context, found_words, rule.name)]
    kept = drop_inside_names(drop_places(drop_products(drop_kind_readings(drop_common_readings(
        drop_inside_aliases(found, context, found_words), context), context), context), context, found_words), context, found_words)
    # (the rules over what was kept need something kept: a list's known item, a name in full; each
    # sees what the ones before it added: a list's item is written again, `org.repeat`)
    listed = []
    if kept:
        for rule in KEPT_RULES:
            listed += rule.produce(kept + listed if listed else kept, context, found_words, rule.name)
        # (a short form linked to a local body replaces the gazetteer's reading of the same word as its federation: `수협은`;
        # and a short form defined with `이하` another rule's reading of it as a name of its own: `새솔신탁` of `새솔자산신탁`)
        shortened = {(m.start, m.end) for m in listed if m.rule_id == "org.short_form"}
        if shortened:
            kept = [m for m in kept if (m.start, m.end) not in shortened]
            listed = [m for m in listed if m.rule_id == "org.short_form" or (m.start, m.end) not in shortened]
    return found_words, found, kept, listed


def extract(context: Context) -> list:
    """Every ORG mention the rules find, with the filters and steps after them applied; overlaps
    are settled afterwards."""
    found_words, _, kept, listed = _found(context)
    return with_units(kept + listed, context, found_words)


def matches(context: Context) -> list:
    """What each rule found, before the filters (`koie explain`)."""
    _, found, _, listed = _found(context)
    return found + listed


def resolve(mentions: list, state) -> list:
    return link_organizations(mentions, state.context.text)


def value_key(row: dict) -> tuple:
    """The canonical name, spaces aside."""
    return ("".join(row.get("canonical", "").split()),)
