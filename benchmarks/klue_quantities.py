"""QUANTITY against KLUE-NER QT: recall on QT mentions that carry a unit or counter, and precision.

KLUE's QT differs from our guideline (docs/annotation.md): it also tags bare numbers (ages in
brackets, scores), puts durations under DT, and its spans may hold 약/이상. So the comparison is
by overlapping spans, and QT mentions without a unit or counter are excluded (and counted).

    python benchmarks/klue_quantities.py [KLUE_JSONL] [--show N]

Prints recall on unit-bearing QT (with the misses), how many QT mentions were excluded and why,
precision of our QUANTITY mentions against QT, and the kinds of false alarms.
"""
from __future__ import annotations

import time
from collections import Counter

import regex

from pipeline import extract
from pipeline.normalize import normalize
from pipeline.numerals import ARABIC_OR_SINO, NATIVE
from klue_common import DOC_DATE, overlaps, read_klue


_NUMBER = rf"(?:[+-]?(?:{ARABIC_OR_SINO})|{NATIVE}|첫|[일이삼사오육칠팔구])"
# Bare numbers: numerals alone, or joined by separators (scores `3-1`, `3대0`, ratios `1/2`).
_BARE = regex.compile(rf"[<(]?(?:약\s?)?{_NUMBER}(?:\s?(?:[-~/:.,]|대|vs)\s?{_NUMBER})*\s?(?:여|쯤|이상)?[>)]?")
# A label before the number and nothing after it (`시즌2`, `고3`, `part3`): no unit or counter.
_LABEL_ONLY = regex.compile(r"\p{L}+\s?\d+(?:\.\d+)?(?:\s?[-~]\s?\p{L}*\d+)?")
# Codes the guideline names as not quantities (`3D`, and the like: `4D`, `2G`, `5G`).
_CODE = regex.compile(r"\d[DdG]")


def kind_of(text: str) -> str:
    """`unit` for QT mentions with a unit/counter; otherwise why the mention is excluded."""
    text = normalize(text.strip()).text
    if _CODE.fullmatch(text):
        return "code (guideline: 3D is not a quantity)"
    if _BARE.fullmatch(text):
        return "bare number"
    if _LABEL_ONLY.fullmatch(text):
        return "label + number (no unit)"
    return "unit"


def main() -> None:
    args, rows = read_klue(__doc__.splitlines()[0], show=40)
    excluded, misses, alarms = Counter(), [], []
    gold_total = hits = predicted = predicted_qt = 0
    alarm_kinds = Counter()
    durations_elsewhere = 0  # our durations that KLUE tags DT or TI (its convention, not an error)
    started = time.perf_counter()
    for row in rows:
        result = extract(row["text"], DOC_DATE, doc_id=row["id"])
        quantities = [(q.start, q.end, q) for q in result.quantities]
        entities = row["entities"]
        for entity in entities:
            if entity["type"] != "QT":
                continue
            kind = kind_of(entity["text"])
            if kind != "unit":
                excluded[kind] += 1
                continue
            gold_total += 1
            if any(overlaps((entity["start"], entity["end"]), q[:2]) for q in quantities):
                hits += 1
            else:
                misses.append((row["id"], entity["text"], row["text"]))
        for start, end, q in quantities:
            predicted += 1
            touching = [e for e in entities if overlaps((e["start"], e["end"]), (start, end))]
            if any(e["type"] == "QT" for e in touching):
                predicted_qt += 1
                continue
            where = touching[0]["type"] if touching else "none"
            if q.category == "duration" and where in ("DT", "TI"):
                durations_elsewhere += 1
            alarm_kinds[f"{q.category} ~ KLUE {where}"] += 1
            alarms.append((row["id"], q.text, q.category, where, row["text"]))
    seconds = time.perf_counter() - started

    recall = hits / gold_total if gold_total else 0.0
    precision = predicted_qt / predicted if predicted else 0.0
    print(f"sentences {len(rows)}, {seconds:.1f}s")
    print(f"QT with unit/counter: {gold_total}; found (overlap) {hits}; recall {recall:.3f}")
    print(f"QT excluded: {sum(excluded.values())} " + ", ".join(f"{k} {v}" for k, v in excluded.most_common()))
    print(f"QUANTITY predicted {predicted}; overlapping a QT {predicted_qt}; precision vs QT {precision:.3f}")
    if predicted:
        lenient = (predicted_qt + durations_elsewhere) / predicted
        print(f"  counting our durations that KLUE tags DT/TI ({durations_elsewhere}) as agreement: {lenient:.3f}")
    print("false alarms by kind (our category ~ what KLUE has there):")
    for kind, count in alarm_kinds.most_common():
        print(f"  {count:4d}  {kind}")
    print(f"\nmisses ({len(misses)}):")
    for doc_id, text, sentence in misses[: args.show]:
        print(f"  {text!r:24} {doc_id}: {sentence[:110]}")
    print(f"\nfalse alarms ({len(alarms)}):")
    for doc_id, text, category, where, sentence in alarms[: args.show]:
        print(f"  {text!r:20} {category:9} KLUE {where:5} {doc_id}: {sentence[:100]}")


if __name__ == "__main__":
    main()
