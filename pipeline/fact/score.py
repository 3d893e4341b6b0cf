"""Scoring facts against gold facts (docs/facts.md, Gold format and scoring).

A system fact is matched to the gold fact of the same quantity span. Per slot: the metric is
correct when the spans overlap (both empty counts), the subject when the sets of names agree once
spaces are removed and aliases are read as their organization, the period when the values are
equal, the kind when it is the same. A fact is a true positive only when all four slots are
correct; optional gold facts are ignored both ways.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..org.lexicon import gazetteer_by_name

SLOTS = ("metric", "subject", "period", "kind")


def locate(rows: list, tables: dict) -> list:
    """Fact rows with the `start`, `end` and `text` of their quantity (the table names it by id),
    so that `diff` and `report` can place them."""
    spans = {(q["doc_id"], q["mention_id"]): q for q in tables.get("quantities", [])}
    located = []
    for row in rows:
        quantity = spans.get((row["doc_id"], row.get("quantity_id")))
        if quantity is not None:
            located.append({**row, "start": quantity["start"], "end": quantity["end"], "text": quantity["text"]})
    return located


def _compact(name: str) -> str:
    return "".join(name.split())


def gold_aliases(organizations: list) -> dict:
    """{doc_id: {name: canonical}} from a gold ORG table: every mention's text and alias read as its
    organization's canonical name (FACTS.md: aliases of the same organization count as equal), so
    that `대전한밭신협` and `대전한밭신용협동조합` are one subject where the gold says they are one
    organization. A name the gold gives two organizations is left as it is."""
    seen = {}
    for row in organizations:
        canonical = _compact(row.get("canonical") or row.get("text", ""))
        names = [row.get("text", ""), row.get("canonical", ""), *(row.get("aliases") or "").split(";")]
        for name in filter(None, map(_compact, names)):
            seen.setdefault(row["doc_id"], {}).setdefault(name, set()).add(canonical)
    return {doc: {name: next(iter(found)) for name, found in names.items() if len(found) == 1}
            for doc, names in seen.items()}


def _organization(name: str, aliases: dict) -> str:
    compact = _compact(name)
    compact = aliases.get(compact, compact)
    row = gazetteer_by_name().get(compact)
    return row["org_id"] if row else compact


def _subjects(names: str, aliases: dict) -> frozenset:
    return frozenset(_organization(name, aliases) for name in names.split(";") if name.strip())


def _int(value):
    return int(value) if str(value).strip() not in ("", "None") else None


def slot_correct(slot: str, gold: dict, pred: dict, aliases: dict | None = None) -> bool:
    if slot == "metric":
        g, p = (_int(gold["metric_start"]), _int(gold["metric_end"])), (_int(pred["metric_start"]), _int(pred["metric_end"]))
        if g[0] is None or p[0] is None:
            return g[0] is None and p[0] is None
        return g[0] < p[1] and p[0] < g[1]
    if slot == "subject":
        return _subjects(gold.get("subject", ""), aliases or {}) == _subjects(pred.get("subject", ""), aliases or {})
    return gold.get(slot, "").strip() == pred.get(slot, "").strip()


@dataclass
class FactScore:
    """Fact F1 (`strict`: all four slots right) and the accuracy of each slot over matched facts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    matched: int = 0
    correct: dict = field(default_factory=lambda: dict.fromkeys(SLOTS, 0))
    misses: list = field(default_factory=list)
    false_alarms: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    pairs: list = field(default_factory=list)  # (gold, pred, wrong slots) of every matched fact, for benchmarks/rule_accuracy.py

    @property
    def strict(self):
        from ..evaluate import Score

        return Score(self.tp, self.fp, self.fn)

    def accuracy(self, slot: str) -> float:
        return self.correct[slot] / self.matched if self.matched else 1.0

    def add(self, other: "FactScore") -> None:
        self.tp, self.fp, self.fn, self.matched = (self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                                                   self.matched + other.matched)
        for slot in SLOTS:
            self.correct[slot] += other.correct[slot]
        self.misses += other.misses
        self.false_alarms += other.false_alarms
        self.wrong += other.wrong
        self.pairs += other.pairs

    def lines(self, kind: str, details: bool, limit: int) -> list:
        s = self.strict
        found = [f"{kind:<9} fact P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} | slot accuracy "
                 + " ".join(f"{slot} {self.accuracy(slot):.3f}" for slot in SLOTS)
                 + f"   (matched {self.matched}, tp {self.tp}, fp {self.fp}, fn {self.fn})"]
        if details:
            for gold, pred, slots in self.wrong[:limit]:
                found.append(f"  {kind} wrong {','.join(slots)}: {gold['doc_id']} {gold['q_text']!r} gold "
                             + " | ".join(f"{slot}={gold.get(slot + '_text' if slot == 'metric' else slot, '')}" for slot in slots)
                             + " — pred " + " | ".join(f"{slot}={pred.get(slot, '')}" for slot in slots)
                             + f" ({pred.get('rule_id', '')})")
            found += [f"  {kind} miss: {g['doc_id']} [{g['q_start']}:{g['q_end']}] {g['q_text']!r}" for g in self.misses[:limit]]
            found += [f"  {kind} false alarm: {p['doc_id']} [{p['start']}:{p['end']}] {p['text']!r} ({p.get('rule_id', '')})"
                      for p in self.false_alarms[:limit]]
        return found


def score(gold: list, tables: dict, gold_tables: dict | None = None) -> FactScore:
    """Gold fact rows against a run's tables (its facts and quantities), in the documents of the gold;
    subjects are compared through the aliases of the gold's ORG table when `gold_tables` has one."""
    result = FactScore()
    aliases = gold_aliases((gold_tables or {}).get("organizations", []))
    predicted = {(p["doc_id"], int(p["start"]), int(p["end"])): p for p in locate(tables.get("facts", []), tables)}
    gold_by_span = {(g["doc_id"], int(g["q_start"]), int(g["q_end"])): g for g in gold}
    for span, g in gold_by_span.items():
        if g.get("status") == "optional":
            continue
        p = predicted.get(span)
        if p is None:
            result.fn += 1
            result.misses.append(g)
            continue
        result.matched += 1
        wrong = [slot for slot in SLOTS if not slot_correct(slot, g, p, aliases.get(g["doc_id"]))]
        for slot in SLOTS:
            result.correct[slot] += slot not in wrong
        result.pairs.append((g, p, wrong))
        if wrong:
            result.fp += 1
            result.fn += 1
            result.wrong.append((g, p, wrong))
        else:
            result.tp += 1
    for span, p in predicted.items():
        if span not in gold_by_span:
            result.fp += 1
            result.false_alarms.append(p)
    return result
