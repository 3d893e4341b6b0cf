"""Re-read sample of articles4: 20 gold rows drawn with seed 4 from all four mention/fact tables, printed with
their context window (the verdicts are in REREAD.md)."""
import csv, random
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
TABLES = ("quantities", "dates", "organizations", "facts")


def rows():
    for name in TABLES:
        with open(FOLDER / "gold" / f"{name}.csv", encoding="utf-8") as fh:
            yield from ((name, r) for r in csv.DictReader(fh))


def context(doc_id, a, b, width=45):
    text = (FOLDER / "texts" / f"{doc_id}.txt").read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    return f"{text[max(0, a - width):a]}⟦{text[a:b]}⟧{text[b:b + width]}".replace("\n", " / ")


if __name__ == "__main__":
    pool = list(rows())
    random.seed(4)
    print(len(pool), "rows in the pool")
    for i, (name, r) in enumerate(random.sample(pool, 20), 1):
        key = ("q_start", "q_end") if name == "facts" else ("start", "end")
        kept = {k: v for k, v in r.items() if v and k not in ("doc_id", "sentence_id", "rule_id")}
        print(f"{i}. {name} {r['doc_id'][:3]} {kept}\n   …{context(r['doc_id'], int(r[key[0]]), int(r[key[1]]))}…\n")
