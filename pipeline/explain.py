"""Explain one text: its kiwipiepy tokens, then every rule match, kept or dropped, and why.

The tool for writing and debugging rules. Candidates come from each extractor's `rules()`
(see `matches`), before overlaps are settled; the mentions kept are those of `extract()`, so
what is shown as kept is exactly what a run writes. A linking dimension (facts) shows each link
with the rules that made it.

    >>> print(explain("매출 3억 원", "2020-12-31"))  # doctest: +ELLIPSIS
    text: 7 characters, document date 2020-12-31 (option)
    tokens
      sentence 0 [0:7]
           0:2    매출  NNG
    ...
    QUANTITY: 1 match, 1 kept
      kept     qty.number_unit  [3:7] '3억 원'  value=300000000 unit=KRW category=currency
    DATE: 0 matches, 0 kept
    ORG: 0 matches, 0 kept
    FACT: 1 link
      link     fact.metric_counted+subject_none+period_none+kind_level  [3:7] '3억 원'  kind=level metric=매출
"""
from __future__ import annotations

from datetime import date
from typing import Union

from .api import extract
from .registry import Dimension, by_label, dimensions
from .rules import Context


def describe(mention, shown: tuple) -> str:
    """The `shown` fields of a mention that are set: `value=3 unit=개 …` (dates not yet resolved
    show their parts)."""
    fields = [f"{name}={getattr(mention, name)}" for name in shown
              if getattr(mention, name, "") not in ("", None, False)]
    if not fields and getattr(mention, "parts", ()):
        fields = [f"parts={dict(mention.parts)}"]
    return " ".join(fields)


def _span(mention) -> str:
    return f"[{mention.start}:{mention.end}] {mention.text!r}"


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def candidates(text: str, doc_date: Union[str, date, None] = None) -> tuple:
    """(extraction, {type: [(candidate, kept mention or None, why dropped)]}) for one text.

    A type whose rules raise gets the error message instead of the list.
    """
    result = extract(text, doc_date)
    context = Context.build(result.document.text, result.sentences)
    found = {}
    for dimension in dimensions():
        final = getattr(result, dimension.table)
        if dimension.depends:  # a linking dimension (facts): every row is a link its rules made
            found[dimension.label] = [(m, m, "") for m in final]
            continue
        kept = {(m.start, m.end, m.rule_id): m for m in final}
        try:
            found_here = matches(dimension, context)
        except Exception as error:  # a broken rule is what this tool is for: say so, go on
            found[dimension.label] = f"{type(error).__name__}: {error}"
            continue
        rows = []
        for candidate in sorted(found_here, key=lambda m: (m.start, m.end)):
            winner = kept.pop((candidate.start, candidate.end, candidate.rule_id), None)
            rows.append((candidate, winner, "" if winner else _why_dropped(candidate, final, result)))
        found[dimension.label] = rows
    return result, found


def matches(dimension: Dimension, context: Context) -> list:
    """Every mention a dimension's rules produce, before its filters and overlaps: its `matches`,
    else what its `extract` finds."""
    return (dimension.matches or dimension.extract)(context)


def _why_dropped(candidate, final, result) -> str:
    for mention in final:
        if _overlaps(candidate, mention):
            return f"lost to {mention.rule_id} {_span(mention)}"
    for other in dimensions():
        for mention in getattr(result, other.table):
            if _overlaps(candidate, mention) and mention not in final:
                return f"inside {other.name} {mention.rule_id} {_span(mention)}"
    return "dropped by the extractor's filters"


def explain(text: str, doc_date: Union[str, date, None] = None) -> str:
    """A readable account of how the rules read `text` (see the module docstring)."""
    result, found = candidates(text, doc_date)
    document = result.document
    lines = [f"text: {len(document.text)} characters, document date {document.doc_date or 'none'}"
             f" ({document.doc_date_source}{', from ' + document.doc_date_mention if document.doc_date_mention else ''})"]
    if result.error:
        lines.append(f"error: {result.error}")
    lines.append("tokens")
    for sentence in result.sentences:
        lines.append(f"  sentence {sentence.index} [{sentence.start}:{sentence.end}]")
        lines += [f"    {t.start:>4}:{t.end:<4} {t.form}  {t.tag}" for t in sentence.tokens]
    for kind, rows in found.items():
        if isinstance(rows, str):
            lines.append(f"{kind}: error in the rules: {rows}")
            continue
        shown = by_label()[kind].shown
        if by_label()[kind].depends:  # links, not matches: each with the rules that made it
            lines.append(f"{kind}: {len(rows)} link{'s' if len(rows) != 1 else ''}")
            lines += [f"  link     {row.rule_id}  {_span(row)}  {describe(row, shown)}" for row, _, _ in rows]
            continue
        kept = sum(1 for _, winner, _ in rows if winner)
        lines.append(f"{kind}: {len(rows)} match{'es' if len(rows) != 1 else ''}, {kept} kept")
        width = max((len(candidate.rule_id) for candidate, _, _ in rows), default=0)
        for candidate, winner, why in rows:
            if winner:
                lines.append(f"  kept     {candidate.rule_id:<{width}}  {_span(winner)}  {describe(winner, shown)}".rstrip())
            else:
                lines.append(f"  dropped  {candidate.rule_id:<{width}}  {_span(candidate)}  {describe(candidate, shown)}  — {why}")
    return "\n".join(lines)
