"""Blind re-read of the held-back facts gold: draw 25 rows, show only sentence and quantity,
compare a fresh labelling with the gold by the scoring rules of docs/facts.md.

    python annotation/klue_facts_holdout/reread.py draw              # the items, without their labels
    python annotation/klue_facts_holdout/reread.py compare           # reread.csv against the gold

reread.csv holds the fresh labels (doc_id, q_start, q_end, q_text, metric_text, subject, period,
kind, status), written before the gold rows were looked at again; its metric is placed like the
gold's (the occurrence nearest the number).
"""
import csv
import json
import random
import sys
from pathlib import Path

from labels import GOLD, SENTENCES, nearest

SEED = 20261207
SIZE = 25
HERE = Path(__file__).resolve().parent
FRESH = HERE / "reread.csv"
SLOTS = ("metric", "subject", "period", "kind", "status")


def drawn() -> list:
    with (GOLD / "facts.csv").open(encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda r: (r["doc_id"], int(r["q_start"])))
    return random.Random(SEED).sample(rows, SIZE)


def metric_span(text: str, metric: str, q_start: int) -> tuple:
    if not metric:
        return None
    start = nearest(text, metric, q_start)
    return start, start + len(metric)


def agree(slot: str, gold: dict, fresh: dict, text: str) -> bool:
    if slot == "metric":
        a = metric_span(text, gold["metric_text"], int(gold["q_start"]))
        b = metric_span(text, fresh["metric_text"], int(fresh["q_start"]))
        return a == b or (a is not None and b is not None and a[0] < b[1] and b[0] < a[1])
    if slot == "subject":
        names = lambda value: {part.replace(" ", "") for part in value.split(";") if part}
        return names(gold["subject"]) == names(fresh["subject"])
    return gold[slot] == fresh[slot]


def main(command: str) -> None:
    with SENTENCES.open(encoding="utf-8") as handle:
        texts = {doc["id"]: doc["text"] for doc in map(json.loads, handle)}
    items = drawn()
    if command == "draw":
        for n, row in enumerate(items, start=1):
            print(f"{n}\t{row['doc_id']}\t{row['q_start']}\t{row['q_end']}\t{row['q_text']}\t{texts[row['doc_id']]}")
        return
    with FRESH.open(encoding="utf-8", newline="") as handle:
        fresh = {(r["doc_id"], r["q_start"]): r for r in csv.DictReader(handle)}
    totals = dict.fromkeys(SLOTS, 0)
    for n, gold in enumerate(items, start=1):
        mine = fresh[(gold["doc_id"], gold["q_start"])]
        for slot in SLOTS:
            ok = agree(slot, gold, mine, texts[gold["doc_id"]])
            totals[slot] += ok
            if not ok:
                key = "metric_text" if slot == "metric" else slot
                print(f"{n} {gold['doc_id']} {gold['q_text']}: {slot} gold {gold[key]!r} re-read {mine[key]!r}")
    all_four = sum(all(agree(s, g, fresh[(g["doc_id"], g["q_start"])], texts[g["doc_id"]])
                       for s in ("metric", "subject", "period", "kind")) for g in items)
    required = sum(g["status"] == "required" for g in items)
    print(f"{SIZE} items ({required} required, {SIZE - required} optional in the gold)")
    for slot in SLOTS:
        print(f"{slot}: {totals[slot]}/{SIZE}")
    print(f"all four fact slots: {all_four}/{SIZE}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "draw")
