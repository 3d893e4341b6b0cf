"""Compare independent re-reads with the KLUE gold, read-only on both.

    python annotation/klue/compare_reread.py annotation/klue/reread2
    python annotation/klue/compare_reread.py annotation/klue/reread4/part*

Each folder holds `sentences.jsonl` (the drawn sentences) and the re-read tables in the gold
format. Mentions are paired on (doc, type, start, end). A disagreement is a mention only one side
has, a status difference, or a difference in a value field; each differing field counts once.
"""
import csv
import json
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "corpus/klue/gold"
FIELDS = {"quantities": ["value", "value_high", "unit", "approx", "bound"],
          "dates": ["value", "mod", "range_start", "range_end", "relative"],
          "organizations": ["canonical"]}


def same(field: str, gold: str, reread: str) -> bool:
    """Cells agree; values as decimals (`15.350` is `15.35`, a project decision)."""
    gold, reread = gold.strip(), reread.strip()
    if field in ("value", "value_high") and gold and reread:
        try:
            return Decimal(gold) == Decimal(reread)
        except InvalidOperation:
            pass
    return gold == reread


def mentions(folder: Path, table: str, drawn: list) -> dict:
    with open(folder / f"{table}.csv", encoding="utf-8") as handle:
        return {(r["doc_id"], int(r["start"]), int(r["end"])): r for r in csv.DictReader(handle) if r["doc_id"] in drawn}


def compare(folder: Path) -> tuple:
    """(disagreements, re-read mentions, sentences) of one folder, printing each disagreement."""
    drawn = [json.loads(line)["id"] for line in open(folder / "sentences.jsonl", encoding="utf-8")]
    total = reread_count = 0
    for table, fields in FIELDS.items():
        gold, reread = mentions(GOLD, table, drawn), mentions(folder, table, drawn)
        reread_count += len(reread)
        print(f"{folder.name} {table}: gold {len(gold)}, reread {len(reread)}")
        for key in sorted(set(gold) | set(reread), key=lambda k: (drawn.index(k[0]), k[1])):
            g, r = gold.get(key), reread.get(key)
            if g is None or r is None:
                total += 1
                row = g or r
                print(f"  ONLY {'GOLD' if r is None else 'REREAD'} {key[0][16:]} {row['text']!r} ({row['status']})")
                continue
            for field in [f for f in ["status"] + fields if not same(f, g[f], r[f])]:
                total += 1
                print(f"  {field.upper()} {key[0][16:]} {g['text']!r}: gold {g[field]!r}, reread {r[field]!r}")
    return total, reread_count, len(drawn)


def main() -> None:
    found = [compare(Path(folder)) for folder in sys.argv[1:]]
    disagreements, mentioned, sentences = (sum(column) for column in zip(*found))
    print(f"disagreements: {disagreements} in {sentences} sentences ({mentioned} re-read mentions), "
          f"{disagreements / sentences * 30:.1f} per 30 sentences")


if __name__ == "__main__":
    main()
