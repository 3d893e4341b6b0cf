"""Compare the second re-read (this folder) with the KLUE gold on the 30 drawn sentences.

Mentions are paired on (doc, type, start, end). A disagreement is a mention only one side has, a
status difference, or a difference in a value field; each differing field counts once.
Read-only on gold.
"""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
DRAWN = [json.loads(line)["id"] for line in open(HERE / "sentences.jsonl", encoding="utf-8")]
FIELDS = {"quantities": ["value", "value_high", "unit", "approx", "bound"],
          "dates": ["value", "mod", "range_start", "range_end", "relative"],
          "organizations": ["canonical"]}


def mentions(folder: Path, table: str) -> dict:
    with open(folder / f"{table}.csv", encoding="utf-8") as handle:
        return {(r["doc_id"], int(r["start"]), int(r["end"])): r for r in csv.DictReader(handle) if r["doc_id"] in DRAWN}


def main() -> None:
    total = 0
    for table, fields in FIELDS.items():
        gold, reread = mentions(GOLD, table), mentions(HERE, table)
        print(f"{table}: gold {len(gold)}, reread {len(reread)}")
        for key in sorted(set(gold) | set(reread), key=lambda k: (DRAWN.index(k[0]), k[1])):
            g, r = gold.get(key), reread.get(key)
            if g is None or r is None:
                total += 1
                row = g or r
                print(f"  ONLY {'GOLD' if r is None else 'REREAD'} {key[0][16:]} {row['text']!r} ({row['status']})")
                continue
            differing = [f for f in ["status"] + fields if g[f].strip() != r[f].strip()]
            for field in differing:
                total += 1
                print(f"  {field.upper()} {key[0][16:]} {g['text']!r}: gold {g[field]!r}, reread {r[field]!r}")
    print("disagreements:", total)


if __name__ == "__main__":
    main()
