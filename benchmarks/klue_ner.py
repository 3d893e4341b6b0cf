"""The whole pipeline against KLUE-NER's public half: QUANTITY→QT, DATE→DT, ORG→OG, as is.

A first, convention-blind measure of how the rules generalize: KLUE's conventions differ from
docs/annotation.md (QT has bare numbers, DT has durations, spans may hold 약/이상, OG has
countries and unnamed institutions), so these numbers understate agreement. The per-type scripts
(klue_quantities.py, klue_dates.py, klue_orgs.py) measure against what our guideline includes.

    python benchmarks/klue_ner.py [KLUE_JSONL]       # writes benchmarks/results/klue_ner.json
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from klue_common import DEFAULT, DOC_DATE, overlaps, prf
from pipeline import extract

TYPES = {"QUANTITY": ("QT", "quantities"), "DATE": ("DT", "dates"), "ORG": ("OG", "organizations")}


def _scores(tp: int, fp: int, fn: int) -> dict:
    p, r, f1 = prf(tp, fp, fn)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3), "tp": tp, "fp": fp, "fn": fn}


def score(pairs: list) -> dict:
    """pairs: (gold spans, predicted spans) per sentence → strict and overlap P/R/F1."""
    strict = [0, 0, 0]
    overlap = [0, 0, 0]
    for gold, pred in pairs:
        hits = len(set(gold) & set(pred))
        strict = [strict[0] + hits, strict[1] + len(pred) - hits, strict[2] + len(gold) - hits]
        used, tp = set(), 0
        for g in gold:
            match = next((i for i, p in enumerate(pred) if i not in used and overlaps(p, g)), None)
            if match is not None:
                used.add(match)
                tp += 1
        overlap = [overlap[0] + tp, overlap[1] + len(pred) - len(used), overlap[2] + len(gold) - tp]
    return {"strict": _scores(*strict), "overlap": _scores(*overlap)}


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    pairs = {kind: [] for kind in TYPES}
    for row in rows:
        result = extract(row["text"], doc_date=DOC_DATE)
        for kind, (tag, table) in TYPES.items():
            gold = [(e["start"], e["end"]) for e in row["entities"] if e["type"] == tag]
            pred = [(m.start, m.end) for m in getattr(result, table)]
            pairs[kind].append((gold, pred))
    results = {kind: score(found) for kind, found in pairs.items()}
    for kind, found in results.items():
        s, o = found["strict"], found["overlap"]
        print(f"{kind:8} vs {TYPES[kind][0]}: strict P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} | "
              f"overlap P {o['precision']:.3f} R {o['recall']:.3f} F1 {o['f1']:.3f}")
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / "klue_ner.json").write_text(json.dumps({"sentences": len(rows), **results}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
