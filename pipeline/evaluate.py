"""Score predicted tables against gold tables: strict span, overlapping span and value P/R/F1.

Optional gold mentions are neither rewarded nor penalized: a prediction that meets one is set
aside, and a missed one is not a miss. Predictions are scored only in documents the gold covers.

Values are scored as they are: an unresolved prediction (`XXXX-10-10`, a run without a document
date) against a gold that has the date (`2016-10-10`) is a wrong value. The report counts such
values apart, and how many of them agree with the gold wherever they are not X (`unresolved_agree`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .diff import run_format
from .registry import by_label, dimensions
from .write import TableError, read_table_file, read_tables, table_columns


def value_key(kind: str, row: dict) -> tuple:
    """What must agree for a value to count as correct: the dimension's `value_key`."""
    return by_label()[kind].value_key(row)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass
class TypeResult:
    strict: Score = field(default_factory=Score)
    overlap: Score = field(default_factory=Score)
    value: Score = field(default_factory=Score)
    value_checked: int = 0
    value_correct: int = 0
    unresolved_wrong: int = 0  # wrong values of predictions left unresolved (`unresolved_reason`)
    unresolved_agree: int = 0  # … of which the value agrees with gold in every place that is not X
    misses: list = field(default_factory=list)
    false_alarms: list = field(default_factory=list)
    wrong_values: list = field(default_factory=list)

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.value_checked if self.value_checked else 1.0

    def add(self, other: "TypeResult") -> None:
        for name in ("strict", "overlap", "value"):
            getattr(self, name).add(getattr(other, name))
        self.value_checked += other.value_checked
        self.value_correct += other.value_correct
        self.unresolved_wrong += other.unresolved_wrong
        self.unresolved_agree += other.unresolved_agree
        self.misses += other.misses
        self.false_alarms += other.false_alarms
        self.wrong_values += other.wrong_values


def agrees_where_known(unresolved: str, value: str) -> bool:
    """`XXXX-10-10` agrees with `2016-10-10` (every character equal or X); `XXXX-WXX-5` with no day."""
    return len(unresolved) == len(value) and all(u in ("X", v) for u, v in zip(unresolved, value))


def _span(row: dict) -> tuple:
    return row["doc_id"], int(row["start"]), int(row["end"])


def _overlaps(a: dict, b: dict) -> bool:
    return a["doc_id"] == b["doc_id"] and int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def score_type(kind: str, gold: list, pred: list) -> TypeResult:
    result = TypeResult()
    gold_by_span = {_span(g): g for g in gold}
    # Strict span and value.
    for p in pred:
        g = gold_by_span.get(_span(p))
        if g is None:
            continue
        if g.get("status") == "optional":
            continue
        result.strict.tp += 1
        result.value_checked += 1
        if value_key(kind, g) == value_key(kind, p):
            result.value_correct += 1
            result.value.tp += 1
        else:
            result.value.fp += 1
            result.value.fn += 1
            result.wrong_values.append((g, p))
            if p.get("unresolved_reason"):
                result.unresolved_wrong += 1
                result.unresolved_agree += agrees_where_known(p.get("value", ""), g.get("value", ""))
    for p in pred:
        if _span(p) not in gold_by_span and not any(_overlaps(p, g) and g.get("status") == "optional" for g in gold):
            result.strict.fp += 1
            result.value.fp += 1
            result.false_alarms.append(p)
    pred_spans = {_span(p) for p in pred}
    for g in gold:
        if g.get("status") != "optional" and _span(g) not in pred_spans:
            result.strict.fn += 1
            result.value.fn += 1
            result.misses.append(g)
    # Overlapping span: one-to-one, in order.
    used = set()
    for g in gold:
        match = next((i for i, p in enumerate(pred) if i not in used and _overlaps(p, g)), None)
        if match is not None:
            used.add(match)
            if g.get("status") != "optional":
                result.overlap.tp += 1
        elif g.get("status") != "optional":
            result.overlap.fn += 1
    for i, p in enumerate(pred):
        if i not in used and not any(_overlaps(p, g) for g in gold):
            result.overlap.fp += 1
    return result


# Gold tables keyed by another table's span (docs/facts.md: a gold fact by its quantity's span).
_GOLD_SPANS = {"facts": ("q_start", "q_end")}


def _check_gold_span(rows: list, path: Path, start: str, end: str) -> None:
    """TableError, one line naming the file, for a gold table without its span columns (a run's
    facts.csv given as gold) or with an offset that is not a whole number ≥ 0, or a start after its end."""
    if rows and not {start, end} <= set(rows[0]):
        missing = start if start not in rows[0] else end
        raise TableError(f"{path}: missing column {missing} (gold facts are keyed by {start},{end}: docs/facts.md)")
    for number, row in enumerate(rows, start=2):
        for column in (start, end):
            if not (row[column] or "").isdigit():
                raise TableError(f"{path}: row {number}: {column} {row[column]!r} is not a whole number")
        if int(row[start]) > int(row[end]):
            raise TableError(f"{path}: row {number}: {start} {row[start]} is after {end} {row[end]}")


def _gold_tables(gold_dir: Path) -> dict:
    """{table: rows} of the gold set's tables that exist; TableError when it has none, or no rows
    (scores of nothing would be a perfect 1.000)."""
    present = [d.table for d in dimensions() if (gold_dir / f"{d.table}.csv").is_file()]
    if not present:
        raise TableError(f"{gold_dir}: no gold tables ({', '.join(f'{d.table}.csv' for d in dimensions())})")
    gold = {table: read_table_file(gold_dir / f"{table}.csv", table) for table in ("documents", *present)}
    for table, (start, end) in _GOLD_SPANS.items():
        _check_gold_span(gold.get(table, []), gold_dir / f"{table}.csv", start, end)
    if not any(gold[table] for table in present):
        raise TableError(f"{gold_dir}: no gold rows (its tables are empty)")
    return gold


def _predictions(pred_dir: Path, covered: set) -> dict:
    """{table: rows} of the run in `pred_dir` (CSV or Parquet) within the gold documents;
    TableError when it is no run or has none of them (every gold mention would just be missed)."""
    fmt = run_format(pred_dir)
    if fmt is None:
        raise TableError(f"{pred_dir}: not a run folder (no documents.csv or documents.parquet)")
    tables = read_tables(pred_dir, fmt)
    if not any(row["doc_id"] in covered for row in tables["documents"]):
        raise TableError(f"{pred_dir}: none of the {len(covered)} gold documents is in the run")
    return {table: [r for r in found if r["doc_id"] in covered] for table, found in tables.items()}


def evaluate(gold_dir, pred_dir) -> dict:
    """{type: TypeResult} for one gold set against a prediction folder (CSV or Parquet run); a type
    is scored where the gold set has its table (a gold set of one dimension scores that one).
    TableError for an empty gold set, a folder that holds no run of its documents, or a bad table."""
    gold_dir, pred_dir = Path(gold_dir), Path(pred_dir)
    gold = _gold_tables(gold_dir)
    covered = {row["doc_id"] for table, found in gold.items() for row in found
               if table == "documents" or not gold["documents"]}
    pred = _predictions(pred_dir, covered)
    results = {}
    for d in dimensions():
        if d.table not in gold:
            continue
        covered_here = covered if gold["documents"] else {r["doc_id"] for r in gold[d.table]}
        if d.score is not None:
            tables = {t: [r for r in pred[t] if r["doc_id"] in covered_here] for t in table_columns()}
            results[d.label] = d.score(gold[d.table], tables, gold)
            continue
        results[d.label] = score_type(d.label, gold[d.table], [r for r in pred[d.table] if r["doc_id"] in covered_here])
    return results


def combine(results: list) -> dict:
    total = {}
    for result in results:
        for kind, type_result in result.items():
            total.setdefault(kind, type(type_result)()).add(type_result)
    return total


def format_report(name: str, results: dict, details: bool = True, limit: int = 40) -> str:
    lines = [f"== {name}", f"{'type':<9} {'strict P':>8} {'R':>6} {'F1':>6} | {'overlap F1':>10} | {'value F1':>8} {'value acc':>9}"]
    mentions = {kind: r for kind, r in results.items() if isinstance(r, TypeResult)}
    for kind, r in mentions.items():
        lines.append(f"{kind:<9} {r.strict.precision:8.3f} {r.strict.recall:6.3f} {r.strict.f1:6.3f} | "
                     f"{r.overlap.f1:10.3f} | {r.value.f1:8.3f} {r.value_accuracy:9.3f}"
                     f"   (tp {r.strict.tp}, fp {r.strict.fp}, fn {r.strict.fn})")
    for kind, r in mentions.items():
        if r.unresolved_wrong:
            lines.append(f"{kind:<9} {r.unresolved_wrong} wrong values unresolved in the run (unresolved_reason; no "
                         f"document date?), {r.unresolved_agree} of them agree with gold where not X")
    for kind, r in results.items():  # a dimension with a scorer of its own reports its own lines
        if kind not in mentions:
            lines += r.lines(kind, details, limit)
    if details:
        for kind, r in mentions.items():
            for label, rows in (("miss", r.misses), ("false alarm", r.false_alarms)):
                for row in rows[:limit]:
                    lines.append(f"  {kind} {label}: {row['doc_id']} [{row['start']}:{row['end']}] {row['text']!r}"
                                 + (f" ({row.get('rule_id')})" if row.get("rule_id") else ""))
                if len(rows) > limit:
                    lines.append(f"  {kind} {label}: … {len(rows) - limit} more")
            for g, p in r.wrong_values[:limit]:
                unresolved = f" unresolved: {p['unresolved_reason']}" if p.get("unresolved_reason") else ""
                lines.append(f"  {kind} wrong value: {g['doc_id']} {g['text']!r} gold {value_key(kind, g)} pred {value_key(kind, p)} "
                             f"({p.get('rule_id')}){unresolved}")
    return "\n".join(lines)
