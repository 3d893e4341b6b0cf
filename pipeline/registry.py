"""The dimension registry: every kind of row koie writes, listed once.

A dimension is one package under `pipeline/` (its rules, checks, resolution, lexicon files and
table schema side by side, as Duckling keeps `Rules.hs` and `Corpus.hs` per dimension) and one
entry in `DIMENSIONS`. The library API, the writer, `eval`, `diff`, `explain`, `report`, the CLI
and `Extraction` take their tables and type lists from here, so a new kind of row is a package
and a line below.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Callable, Optional

from . import date, fact, org, quantity
from .overlap import keep_all, longest_first
from .rules import share_trigger_pass


@dataclass(frozen=True)
class Dimension:
    """One kind of row.

    name: the package's name (`quantity`); label: the type in reports and gold (`QUANTITY`);
    table: the table and the `Extraction` field (`quantities`); prefix: of mention ids (`Q1`);
    columns: the table's columns after `doc_id`, each a field of the row's record.
    extract(context) → candidate mentions; within(candidates) → the mentions kept (overlaps in
    the type); yields_to: dimensions whose mentions win over this one's where they overlap.
    resolve(mentions, state) → the mentions resolved, where `state` (`pipeline.api.State`) holds
    the document, its tokens and what the dimensions in `depends` resolved; date_document(document,
    mentions) → the document, dated from the mentions when it has no date (optional).
    matches(context) → every rule's output before filters and overlaps (`koie explain`; default
    `extract`). summary() → an accumulator of a run-wide table written beside the others (its
    `table`, `columns`, the `source` table it reads, `add(rows)`, `rows()`). id_field: the column of
    the row's id; renumbered: the columns of ids that change whenever a row comes or goes (not
    compared by `diff`). fresh: `resolve` returns records it made for the call, which nothing else holds (the
    facts): `numbered` sets their ids on them, no copy. locate(rows, tables) → rows with the `start`, `end` and `text` they point at, for a
    table without a span of its own (diff, report). score(gold rows, tables, gold tables) → a scorer of its own
    (`koie eval`), in place of span and value scoring. highlight(row) → the span `koie report`
    marks for a linking row (a fact's metric), which also gets a table of its own per document. value_key(row) → what must agree for a value to be correct (`koie eval`); shown: the fields
    `explain` and `report` show; rules() → the named rules (`koie explain`, tests).
    """

    name: str
    label: str
    table: str
    prefix: str
    columns: tuple
    extract: Callable
    resolve: Callable
    value_key: Callable
    rules: Callable
    within: Callable = longest_first
    yields_to: tuple = ()
    depends: tuple = ()
    date_document: Optional[Callable] = None
    matches: Optional[Callable] = None
    summary: Optional[Callable] = None
    id_field: str = "mention_id"
    renumbered: tuple = ("mention_id",)
    locate: Optional[Callable] = None
    score: Optional[Callable] = None
    highlight: Optional[Callable] = None
    shown: tuple = field(default=("value",))
    fresh: bool = False


DIMENSIONS: list = [
    Dimension("quantity", "QUANTITY", "quantities", "Q", quantity.COLUMNS, quantity.extract, quantity.resolve,
              quantity.value_key, quantity.rules.rules, yields_to=("date",), shown=quantity.SHOWN),
    Dimension("date", "DATE", "dates", "D", date.COLUMNS, date.extract, date.resolve, date.value_key, date.rules.rules,
              date_document=date.date_document, shown=date.SHOWN),
    Dimension("org", "ORG", "organizations", "O", org.COLUMNS, org.extract, org.resolve, org.value_key, org.rules.rules,
              matches=org.matches, summary=org.OrganizationSummary, shown=org.SHOWN),
    Dimension("fact", "FACT", "facts", "F", fact.COLUMNS, fact.extract, fact.resolve, fact.value_key, fact.rules,
              within=keep_all, depends=("quantity", "date", "org"), id_field="fact_id", renumbered=fact.RENUMBERED,
              locate=fact.locate, score=fact.score, highlight=fact.highlight, shown=fact.SHOWN,
              fresh=True),
]

# QUANTITY's and DATE's literal triggers found in one pass per document (`rules.share_trigger_pass`)
share_trigger_pass(quantity.rules.rules, date.rules.rules)


def dimensions() -> list:
    """The registered dimensions, in the order they run (a dimension after those it depends on)."""
    return list(DIMENSIONS)


def by_label() -> dict:
    """`QUANTITY` → its dimension."""
    return {d.label: d for d in DIMENSIONS}


def by_table() -> dict:
    """`quantities` → its dimension."""
    return {d.table: d for d in DIMENSIONS}


@contextlib.contextmanager
def registered(dimension: Dimension):
    """`dimension` registered for a while (a test's toy dimension), then removed again."""
    DIMENSIONS.append(dimension)
    try:
        yield dimension
    finally:
        DIMENSIONS.remove(dimension)
