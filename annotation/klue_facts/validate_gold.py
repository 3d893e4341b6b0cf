"""Check a facts gold folder (default corpus/klue_facts/gold): offsets match the texts, one row per
quantity span, slot values in range, every sentence in documents.csv (standard library only).
Exit status 1 on any problem.

    python annotation/klue_facts/validate_gold.py                      # the 150 facts sentences
    python annotation/klue_facts/validate_gold.py corpus/klue_facts_holdout/gold \
        annotation/klue_facts_holdout/sentences.jsonl                  # the 100 held back
"""
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "corpus/klue_facts/gold"
SENTENCES = ROOT / "corpus/klue_facts/sentences.jsonl"
COLUMNS = ["doc_id", "q_start", "q_end", "q_text", "metric_start", "metric_end", "metric_text",
           "subject", "period", "kind", "status", "note"]
_POINT = r"\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]|W\d{2}(-WE)?))?"  # W: weeks, WE: a weekend
PERIOD = re.compile(rf"^{_POINT}(/{_POINT})?$")


def main(gold: Path = GOLD, sentences: Path = SENTENCES) -> int:
    texts = {}
    with sentences.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            texts[doc["id"]] = doc
    problems = []
    with (gold / "facts.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != COLUMNS:
            problems.append(f"facts.csv columns {reader.fieldnames}")
        rows = list(reader)
    seen = set()
    for n, row in enumerate(rows, start=2):
        where = f"facts.csv line {n} ({row['doc_id']} {row['q_text']})"
        text = texts.get(row["doc_id"], {}).get("text")
        if text is None:
            problems.append(f"{where}: unknown doc_id")
            continue
        qs, qe = int(row["q_start"]), int(row["q_end"])
        if text[qs:qe] != row["q_text"]:
            problems.append(f"{where}: q span reads {text[qs:qe]!r}")
        key = (row["doc_id"], qs, qe)
        if key in seen:
            problems.append(f"{where}: duplicate q span")
        seen.add(key)
        ms, me = row["metric_start"], row["metric_end"]
        if (ms == "") != (me == "") or (ms == "") != (row["metric_text"] == ""):
            problems.append(f"{where}: metric half empty")
        elif ms and text[int(ms):int(me)] != row["metric_text"]:
            problems.append(f"{where}: metric span reads {text[int(ms):int(me)]!r}")
        if row["kind"] not in {"level", "change"}:
            problems.append(f"{where}: kind {row['kind']!r}")
        if row["status"] not in {"required", "optional"}:
            problems.append(f"{where}: status {row['status']!r}")
        if row["period"] and not PERIOD.match(row["period"]):
            problems.append(f"{where}: period {row['period']!r}")
        if any(part != part.strip() or not part for part in row["subject"].split(";")) and row["subject"]:
            problems.append(f"{where}: subject {row['subject']!r}")
    with (gold / "documents.csv").open(encoding="utf-8", newline="") as handle:
        docs = list(csv.DictReader(handle))
    if [d["doc_id"] for d in docs] != list(texts) or {d["doc_date"] for d in docs} != {"2016-01-01"}:
        problems.append("documents.csv does not list every sentence with doc_date 2016-01-01")
    for problem in problems:
        print(problem)
    required = sum(r["status"] == "required" for r in rows)
    print(f"{len(rows)} rows ({required} required, {len(rows) - required} optional), "
          f"{len(docs)} documents: {'OK' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*map(Path, sys.argv[1:3])))
