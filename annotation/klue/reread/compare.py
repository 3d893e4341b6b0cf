"""Compare reread/labels.csv with gold rows for the 30 drawn sentences (read-only on gold)."""
import csv, json, random
from pathlib import Path
K = Path(__file__).resolve().parents[3] / "corpus/klue"
S = {json.loads(l)["id"]: json.loads(l)["text"] for l in open(K / "sentences.jsonl", encoding="utf-8")}
D = random.Random(30).sample(sorted(S), 30)
TYPES = {"quantities": "QUANTITY", "dates": "DATE", "organizations": "ORG"}
gold = {}
for f, t in TYPES.items():
    for r in csv.DictReader(open(K / "gold" / f"{f}.csv", encoding="utf-8")):
        if r["doc_id"] in D:
            assert S[r["doc_id"]][int(r["start"]):int(r["end"])] == r["text"], r
            gold[(r["doc_id"], t, int(r["start"]), int(r["end"]))] = r
mine = {(r["doc_id"], r["type"], int(r["start"]), int(r["end"])): r
        for r in csv.DictReader(open(K / "reread" / "labels.csv", encoding="utf-8"))}
docs = {r["doc_id"] for r in csv.DictReader(open(K / "gold" / "documents.csv", encoding="utf-8"))}
print("drawn docs missing from documents.csv:", [d for d in D if d not in docs])
print("mine", len(mine), "gold", len(gold))
n = 0
for k in sorted(set(mine) | set(gold), key=lambda k: (D.index(k[0]), k[2])):
    m, g = mine.get(k), gold.get(k)
    if not g: n += 1; print("ONLY MINE ", k, m["text"], m["status"]); continue
    if not m: n += 1; print("ONLY GOLD ", k, g["text"], g["status"]); continue
    if m["status"] != g["status"]: n += 1; print("STATUS    ", k, m["text"], "mine", m["status"], "gold", g["status"])
    fields = {"QUANTITY": ["value", "unit"], "DATE": ["value", "mod"], "ORG": ["canonical"]}[k[1]]
    for f in fields:
        if m[f] != g[f]: n += 1; print("VALUE     ", k, m["text"], f, "mine", repr(m[f]), "gold", repr(g[f]))
print("total", n)
