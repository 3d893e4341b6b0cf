"""Set aside the ORG held-back sample (300 KLUE public-half sentences with an OG mention).

Drawn before any rule of the new ORG work was written, with a fixed seed, among the sentences of
the public half that are not in the KLUE gold set (`corpus/klue/sentences.jsonl`) nor among the facts sentences
(`corpus/klue_facts/sentences.jsonl`, which are read while labelling). Its misses are
not looked at until the rules are done: it measures how the rules generalize, once before and
once after (`benchmarks/klue_orgs.py annotation/org_holdout/sentences.jsonl`).

    python annotation/org_holdout/select.py > annotation/org_holdout/sentences.jsonl
"""
import json
import random
import sys
from pathlib import Path

SEED = 20261202
SIZE = 300
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = ROOT.parent / "shared/data/klue-ner/klue-ner-v1.1-dev-public.jsonl"


def ids(path: Path) -> set:
    with path.open(encoding="utf-8") as handle:
        return {json.loads(line)["id"] for line in handle}


def select(rows: list) -> list:
    taken = ids(ROOT / "corpus/klue/sentences.jsonl") | ids(ROOT / "corpus/klue_facts/sentences.jsonl")
    pool = [row for row in rows if row["id"] not in taken and any(e["type"] == "OG" for e in row["entities"])]
    chosen = {row["id"] for row in random.Random(SEED).sample(pool, SIZE)}
    return [row for row in rows if row["id"] in chosen]


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    for row in select(rows):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
