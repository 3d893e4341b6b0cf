"""Draw 20 gold rows (seed 20261203) from all tables of both splits, with their context, for the re-read."""
import csv
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
rows = []
for split in ("dev", "heldback"):
    for table in ("quantities", "dates", "organizations", "facts"):
        for r in csv.DictReader(open(HERE / split / "gold" / f"{table}.csv", encoding="utf-8")):
            rows.append((split, table, r))
rng = random.Random(20261203)
for split, table, r in rng.sample(rows, 20):
    text = (HERE / split / "texts" / f"{r['doc_id']}.txt").read_text(encoding="utf-8")
    s = int(r.get("start") or r.get("q_start"))
    e = int(r.get("end") or r.get("q_end"))
    ctx = text[max(0, s - 40):s] + "[" + text[s:e] + "]" + text[e:e + 40]
    keep = {k: v for k, v in r.items() if v and k not in ("sentence_id", "rule_id")}
    print(f"{split} {table} {keep}\n    ...{ctx.replace(chr(10), ' / ')}...\n")
