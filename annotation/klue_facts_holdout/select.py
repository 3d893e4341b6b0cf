"""Choose the 100 held-back KLUE sentences of the facts gold: measured once, never tuned on.

Among the public-half sentences that carry both a QT and an OG mention (KLUE's labels), outside
the KLUE gold set (`corpus/klue/sentences.jsonl`), the 150 facts sentences
(`corpus/klue_facts/sentences.jsonl`) and the ORG held-back sample
(`annotation/org_holdout/sentences.jsonl`, only its ids are read), a fixed seed draws 100.
Only 30 such sentences are left outside those sets (of 281 in the public half), so all 30 are
taken and the other 70 are drawn, with the same generator, among the free sentences that carry a
QT mention but no OG label (figures whose subject is often empty: persons, countries, unnamed
institutions). They are labelled by reading (docs/facts.md) into
`corpus/klue_facts_holdout/gold/facts.csv`; no rule is written from them.

The sentences stay here, beside the ORG held-back sample, not in `corpus/`: a run of `corpus/`
(`make run`, the snapshot test, outputs/reference) would show every rule change's effect on them.
The gold folder in `corpus/` is skipped by `koie run` (folders named `gold` are).

    python annotation/klue_facts_holdout/select.py > annotation/klue_facts_holdout/sentences.jsonl
"""
import importlib.util
import random
from pathlib import Path

SEED = 20261206
SIZE = 100
ROOT = Path(__file__).resolve().parents[2]
TAKEN = ("corpus/klue/sentences.jsonl", "corpus/klue_facts/sentences.jsonl",
         "annotation/org_holdout/sentences.jsonl")
# The 150 facts sentences' script: the same source, id reading and output format.
_spec = importlib.util.spec_from_file_location("klue_facts_select", ROOT / "annotation/klue_facts/select.py")
facts_select = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(facts_select)


def select(rows: list) -> list:
    """The QT+OG sentences first (all of them when there are fewer than SIZE), then QT-only ones."""
    taken = set().union(*(facts_select.ids(ROOT / path) for path in TAKEN))
    free = [row for row in rows if row["id"] not in taken]
    labels = {row["id"]: {e["type"] for e in row["entities"]} for row in free}
    both = [row for row in free if {"QT", "OG"} <= labels[row["id"]]]
    qt_only = [row for row in free if labels[row["id"]] >= {"QT"} and "OG" not in labels[row["id"]]]
    generator = random.Random(SEED)
    chosen = generator.sample(both, min(SIZE, len(both)))
    chosen += generator.sample(qt_only, SIZE - len(chosen))
    chosen_ids = {row["id"] for row in chosen}
    return [row for row in rows if row["id"] in chosen_ids]


if __name__ == "__main__":
    facts_select.main(select)
