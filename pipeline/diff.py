"""Compare two runs: which mentions a change of rules added, removed or changed.

Mentions of the two runs are paired per document and type: first those with the same span,
then those whose spans overlap (one to one, in text order). A pair whose fields differ is
*changed* (value, unit, span, rule, …); a mention left without a partner is *removed* (only in
the first run) or *added* (only in the second). `equivalent_of` is compared by the span it
points to, since mention ids are renumbered whenever a mention comes or goes.

    >>> a = {"quantities": [{"doc_id": "d", "mention_id": "Q1", "start": "0", "end": "3", "text": "3개",
    ...                      "value": "3", "unit": "개", "rule_id": "qty.number_unit"}]}
    >>> b = {"quantities": [{**a["quantities"][0], "value": "4"}]}
    >>> [(c.change, c.kind, c.fields) for c in diff_tables(a, b)]
    [('changed', 'QUANTITY', ('value',))]
"""
from __future__ import annotations

import csv
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .registry import dimensions
from .write import read_tables

# Not compared: the document id (rows are paired per document), ids that are renumbered whenever a
# row comes or goes (each dimension's `renumbered`), and document columns that only repeat the tables.


def mention_kinds() -> dict:
    """Table → type of every registered dimension (`quantities` → `QUANTITY`)."""
    return {d.table: d.label for d in dimensions()}


@dataclass(frozen=True)
class Change:
    """One difference between run A and run B.

    change: `added`, `removed` or `changed`. kind: QUANTITY, DATE, ORG, or DOCUMENT for a
    document row. before/after: the row in A / in B (None when absent). fields: the columns
    that differ (for `changed`).
    """

    change: str
    kind: str
    doc_id: str
    before: Optional[dict]
    after: Optional[dict]
    fields: tuple = ()

    @property
    def row(self) -> dict:
        return self.after if self.before is None else self.before

    @property
    def rule_id(self) -> str:
        rules = [r["rule_id"] for r in (self.before, self.after) if r and r.get("rule_id")]
        return "→".join(dict.fromkeys(rules))

    @property
    def span(self) -> str:
        spans = [f"{r['start']}:{r['end']}" for r in (self.before, self.after) if r and "start" in r]
        return "→".join(dict.fromkeys(spans))

    @property
    def text(self) -> str:
        return self.row.get("text", "")

    def details(self) -> str:
        """`value 3→4; unit 개→명` for a change; the value and unit of an added or removed row."""
        if self.change == "changed":
            return "; ".join(f"{f} {self.before.get(f, '')!s}→{self.after.get(f, '')!s}" for f in self.fields)
        shown = ("value", "value_high", "unit", "mod", "canonical", "status", "error")
        return " ".join(f"{f}={self.row[f]}" for f in shown if self.row.get(f))


def run_format(folder) -> Optional[str]:
    """`csv` or `parquet`, the format of a run folder's tables; None when it holds no run."""
    return next((fmt for fmt in ("csv", "parquet") if (Path(folder) / f"documents.{fmt}").is_file()), None)


def read_run(folder) -> dict:
    """{table: rows} for the documents table and the mention tables of a run folder (CSV or Parquet);
    rows of a table without a span of its own (facts) get the span they point at."""
    tables = read_tables(folder, run_format(folder) or "csv")
    for d in dimensions():
        if d.locate is not None:
            tables[d.table] = d.locate(tables[d.table], tables)
    return tables


def _with_target_spans(rows: list) -> list:
    """Rows with `equivalent_of` given as the span of the mention it names (ids shift between runs)."""
    spans = {(r["doc_id"], r.get("mention_id")): f"{r['start']}:{r['end']}" for r in rows}
    return [{**r, "equivalent_of": spans.get((r["doc_id"], r["equivalent_of"]), r["equivalent_of"])}
            if r.get("equivalent_of") else r for r in rows]


def _overlaps(a: dict, b: dict) -> bool:
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def _span(row: dict) -> tuple:
    return int(row["start"]), int(row["end"])


def pair_mentions(before: list, after: list) -> tuple:
    """Pair the rows of one document and type: (pairs, only_before, only_after).

    Same span first, then overlapping spans, each row at most once, in text order.
    """
    before, after = sorted(before, key=_span), sorted(after, key=_span)
    pairs, used, exact = {}, set(), {}
    for j, b in enumerate(after):
        exact.setdefault(_span(b), []).append(j)
    for i, a in enumerate(before):
        if exact.get(_span(a)):
            j = exact[_span(a)].pop(0)
            pairs[i] = j
            used.add(j)
    for i, a in enumerate(before):
        if i not in pairs:
            j = next((j for j, b in enumerate(after) if j not in used and _overlaps(a, b)), None)
            if j is not None:
                pairs[i] = j
                used.add(j)
    return ([(before[i], after[j]) for i, j in sorted(pairs.items())],
            [a for i, a in enumerate(before) if i not in pairs],
            [b for j, b in enumerate(after) if j not in used])


def _differing(a: dict, b: dict, ignored: set) -> tuple:
    columns = [c for c in dict.fromkeys([*a, *b]) if c not in ignored]
    return tuple(c for c in columns if a.get(c, "") != b.get(c, ""))


def _by_doc(rows: list) -> dict:
    grouped = defaultdict(list)
    for row in rows:
        grouped[row["doc_id"]].append(row)
    return grouped


def diff_tables(a: dict, b: dict) -> list:
    """Every Change between two runs given as {table: rows}, per document, then type, then offset."""
    changes, kinds = [], mention_kinds()
    ignored = {d.label: {"doc_id", *d.renumbered} for d in dimensions()}
    ignored_document = {"doc_id", "source", *kinds}
    docs_a = {r["doc_id"]: r for r in a.get("documents", [])}
    docs_b = {r["doc_id"]: r for r in b.get("documents", [])}
    for doc_id in docs_a.keys() | docs_b.keys():
        before, after = docs_a.get(doc_id), docs_b.get(doc_id)
        if before is None or after is None:
            changes.append(Change("added" if before is None else "removed", "DOCUMENT", doc_id, before, after))
        elif fields := _differing(before, after, ignored_document):
            changes.append(Change("changed", "DOCUMENT", doc_id, before, after, fields))
    for table, kind in kinds.items():
        rows_a, rows_b = _by_doc(_with_target_spans(a.get(table, []))), _by_doc(_with_target_spans(b.get(table, [])))
        for doc_id in rows_a.keys() | rows_b.keys():
            pairs, removed, added = pair_mentions(rows_a.get(doc_id, []), rows_b.get(doc_id, []))
            changes += [Change("removed", kind, doc_id, row, None) for row in removed]
            changes += [Change("added", kind, doc_id, None, row) for row in added]
            changes += [Change("changed", kind, doc_id, x, y, fields) for x, y in pairs
                        if (fields := _differing(x, y, ignored[kind]))]
    order = {kind: i for i, kind in enumerate(("DOCUMENT", *kinds.values()))}
    return sorted(changes, key=lambda c: (c.doc_id, order[c.kind], int(c.row.get("start", -1)), c.change))


def diff_runs(dir_a, dir_b) -> list:
    """Every Change between the tables of two run folders."""
    return diff_tables(read_run(dir_a), read_run(dir_b))


CHANGE_COLUMNS = ["change", "doc_id", "type", "rule_id", "span", "text", "details"]


def change_rows(changes: list) -> list:
    """The changes as flat dicts (the columns of `CHANGE_COLUMNS`)."""
    return [{"change": c.change, "doc_id": c.doc_id, "type": c.kind, "rule_id": c.rule_id, "span": c.span,
             "text": c.text, "details": c.details()} for c in changes]


def _width(text: str) -> int:
    """Terminal columns: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_table(changes: list, limit: Optional[int] = None) -> str:
    """An aligned text table, one line a change (the first `limit` of them)."""
    rows = change_rows(changes[:limit] if limit else changes)
    if not rows:
        return ""
    # rule ids are identifiers of bounded length (a fact's names its four slot rules): never capped
    widths = {c: min(40 if c != "rule_id" else 200, max(_width(c), *(_width(r[c]) for r in rows)))
              for c in CHANGE_COLUMNS[:-1]}
    line = lambda r: "  ".join(r[c] + " " * (widths.get(c, 0) - _width(r[c])) for c in CHANGE_COLUMNS).rstrip()
    lines = [line({c: c for c in CHANGE_COLUMNS})] + [line(r) for r in rows]
    if limit and len(changes) > limit:
        lines.append(f"… {len(changes) - limit} more")
    return "\n".join(lines)


def summarize(changes: list) -> str:
    """A few lines: totals, then counts per type and rule, then the documents touched."""
    if not changes:
        return "no differences"
    totals = Counter(c.change for c in changes)
    docs = Counter(c.doc_id for c in changes)
    lines = [f"{totals['added']} added, {totals['removed']} removed, {totals['changed']} changed "
             f"in {len(docs)} document{'s' if len(docs) != 1 else ''}"]
    per_rule = defaultdict(Counter)
    for c in changes:
        per_rule[(c.kind, c.rule_id)][c.change] += 1
    rule_width = max([36] + [len(rule or "-") for _, rule in per_rule])
    for (kind, rule), count in sorted(per_rule.items()):
        lines.append(f"  {kind:<9} {rule or '-':<{rule_width}} +{count['added']} -{count['removed']} ~{count['changed']}")
    shown = ", ".join(f"{doc} ({n})" for doc, n in docs.most_common(5))
    lines.append(f"  documents: {shown}" + (f", … {len(docs) - 5} more" if len(docs) > 5 else ""))
    return "\n".join(lines)


def write_changes(changes: list, path) -> None:
    """The changes as a CSV file (columns `CHANGE_COLUMNS`)."""
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CHANGE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(change_rows(changes))
