"""Choose the 150 extra KLUE sentences of the facts gold: real company and institution figures.

Among the public-half sentences that carry both a QT and an OG mention (KLUE's labels), outside
the KLUE gold set (`corpus/klue/sentences.jsonl`), a fixed seed draws 150. (Drawn before the ORG
held-back sample, `annotation/org_holdout/`, which leaves these out.) They are labelled
by reading (docs/facts.md) into `corpus/klue_facts/gold/facts.csv`.

    python annotation/klue_facts/select.py > corpus/klue_facts/sentences.jsonl
"""
import json
import random
import sys
from pathlib import Path

SEED = 20261203
SIZE = 150
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = ROOT.parent / "shared/data/klue-ner/klue-ner-v1.1-dev-public.jsonl"
REFERENCE_DATE = "2016-01-01"  # as in corpus/klue/: KLUE sentences carry no date


def ids(path: Path) -> set:
    with path.open(encoding="utf-8") as handle:
        return {json.loads(line)["id"] for line in handle}


def select(rows: list) -> list:
    taken = ids(ROOT / "corpus/klue/sentences.jsonl")
    pool = [row for row in rows if row["id"] not in taken
            and {"QT", "OG"} <= {e["type"] for e in row["entities"]}]
    chosen = {row["id"] for row in random.Random(SEED).sample(pool, SIZE)}
    return [row for row in rows if row["id"] in chosen]


def main(choose=select) -> None:
    """Print the sentences `choose` picks (the held-back draw, annotation/klue_facts_holdout/, passes its own)."""
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    for row in choose(rows):
        print(json.dumps({"id": row["id"], "text": row["text"], "date": REFERENCE_DATE}, ensure_ascii=False))


if __name__ == "__main__":
    main()
