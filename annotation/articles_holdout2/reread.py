"""Draw 20 gold rows at random (seed 2) across the four mention/fact tables, with their context, for the re-read."""
import csv, random, os
from labels_core import load, GOLD
rows = []
for name in ("quantities", "dates", "organizations", "facts"):
    for r in csv.DictReader(open(os.path.join(GOLD, name + ".csv"), encoding="utf-8")):
        rows.append((name, r))
random.seed(2)
for i, (name, r) in enumerate(random.sample(rows, 20), 1):
    t = load(r["doc_id"])
    s, e = (int(r["q_start"]), int(r["q_end"])) if name == "facts" else (int(r["start"]), int(r["end"]))
    ctx = t[max(0, s - 40):s] + "[" + t[s:e] + "]" + t[e:e + 40]
    keep = {k: v for k, v in r.items() if v and k not in ("doc_id", "sentence_id", "rule_id")}
    print(f"{i}. {name} {r['doc_id'][:3]} {keep}\n   …{ctx.replace(chr(10), '/')}…\n")
