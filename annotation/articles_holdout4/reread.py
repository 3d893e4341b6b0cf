"""Draw 20 gold rows of articles-holdout4 at random (seed 4) across quantities, dates, organizations and facts,
each shown in its context, for the re-read recorded in REREAD.md."""
import csv, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "articles_holdout2"))
import labels_core as core
core.TEXTS = os.path.join(HERE, "texts")

pool = []
for table in ("quantities", "dates", "organizations", "facts"):
    with open(os.path.join(HERE, "gold", table + ".csv"), encoding="utf-8") as fh:
        pool += [(table, row) for row in csv.DictReader(fh)]
random.seed(4)
print(len(pool), "rows in the pool")
for n, (table, row) in enumerate(random.sample(pool, 20), 1):
    text = core.load(row["doc_id"])
    a, b = (int(row["q_start"]), int(row["q_end"])) if table == "facts" else (int(row["start"]), int(row["end"]))
    shown = {k: v for k, v in row.items() if v and k not in ("doc_id", "sentence_id", "rule_id")}
    window = (text[max(0, a - 45):a] + "⟦" + text[a:b] + "⟧" + text[b:b + 45]).replace("\n", " / ")
    print(f"{n}. {table} {row['doc_id'][:3]} {shown}\n   …{window}…\n")
