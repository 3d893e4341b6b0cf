"""Set aside the held-back KLUE sample of the session-10 ORG recall work: half of the KLUE
public-half sentences that no earlier set holds, drawn apart among those with an OG mention (72 of
145) and those without (for false alarms).

Drawn with a fixed seed before any rule of that work was written, among the public-half sentences
that are in none of the sets already read: the KLUE gold set (`corpus/klue/sentences.jsonl`), the
facts sentences (`corpus/klue_facts/sentences.jsonl`) and the earlier ORG held-back sample, now
spent (`annotation/org_holdout/sentences.jsonl`). The rest of the public half is the development
part: `benchmarks/klue_orgs.py --exclude annotation/org_holdout10/sentences.jsonl` runs it without
showing these sentences; their misses stay unread and only their totals are taken, once before and
once after the work (`benchmarks/klue_orgs.py annotation/org_holdout10/sentences.jsonl --show 0`).

    python annotation/org_holdout10/select.py [KLUE_JSONL] > annotation/org_holdout10/sentences.jsonl
"""
import json
import random
import sys
from pathlib import Path

SEED = 20261203
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = ROOT.parent / "shared/data/klue-ner/klue-ner-v1.1-dev-public.jsonl"
SPENT = ("corpus/klue/sentences.jsonl", "corpus/klue_facts/sentences.jsonl", "annotation/org_holdout/sentences.jsonl")


def ids(path: Path) -> set:
    with path.open(encoding="utf-8") as handle:
        return {json.loads(line)["id"] for line in handle if line.strip()}


def select(rows: list) -> list:
    taken = set().union(*(ids(ROOT / p) for p in SPENT))
    pool = [row for row in rows if row["id"] not in taken]
    draw, chosen = random.Random(SEED), set()
    for has_org in (True, False):
        part = [row["id"] for row in pool if any(e["type"] == "OG" for e in row["entities"]) == has_org]
        chosen |= set(draw.sample(part, len(part) // 2))
    return [row for row in rows if row["id"] in chosen]


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    for row in select(rows):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
