"""Agreement of a second labeller's facts with a set's gold, scored as `koie eval` scores a run (docs/facts.md, Gold format
and scoring): facts matched by their quantity's span; a fact is agreed when metric (spans overlap), subject (through the gold
ORG table's aliases), period and kind all agree; the gold's optional facts are ignored both ways, and so are the second
labeller's (each labeller may leave a truly unclear fact optional). With a run folder, the run is also scored against the
second labeller, as a second gold.

    python annotation/agreement.py annotation/articles_holdout16 [RUN_DIR] [--second second_labeller_shared]
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.fact.score import SLOTS, gold_aliases, locate, slot_correct  # noqa: E402


def _rows(path) -> list:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _by_span(rows: list) -> dict:
    return {(r["doc_id"], int(r.get("q_start") or r["start"]), int(r.get("q_end") or r["end"])): r for r in rows}


def agreement(first: list, second: list, aliases: dict) -> tuple:
    """(F1, facts compared, {slot: accuracy}) of `second` against `first`."""
    one, two = _by_span(first), _by_span(second)
    tp = fp = fn = compared = 0
    correct = dict.fromkeys(SLOTS, 0)
    for span, a in one.items():
        b = two.get(span)
        if a.get("status") == "optional" or (b is not None and b.get("status") == "optional"):
            continue
        if b is None:
            fn += 1
            continue
        compared += 1
        wrong = [slot for slot in SLOTS if not slot_correct(slot, a, b, aliases.get(a["doc_id"]))]
        for slot in SLOTS:
            correct[slot] += slot not in wrong
        tp, fp, fn = (tp + 1, fp, fn) if not wrong else (tp, fp + 1, fn + 1)
    fp += sum(1 for span, b in two.items() if span not in one and b.get("status") != "optional")
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return f1, compared, {slot: correct[slot] / compared if compared else 1.0 for slot in SLOTS}


def _line(name: str, result: tuple) -> str:
    f1, compared, accuracy = result
    return f"{name}: fact F1 {f1:.3f} over {compared} facts | " + " ".join(f"{s} {a:.3f}" for s, a in accuracy.items())


def main(folder: str, run: str | None = None, second_folder: str = "second_labeller") -> None:
    folder = Path(folder)
    gold, second = _rows(folder / "gold/facts.csv"), _rows(folder / second_folder / "facts.csv")
    aliases = gold_aliases(_rows(folder / "gold/organizations.csv"))
    print(_line("second labeller against the gold", agreement(gold, second, aliases)))
    if run:
        tables = {"facts": _rows(Path(run) / "facts.csv"), "quantities": _rows(Path(run) / "quantities.csv")}
        print(_line("run against the second labeller", agreement(second, locate(tables["facts"], tables), aliases)))


if __name__ == "__main__":
    args = sys.argv[1:]
    second_folder = args.pop(args.index("--second") + 1) if "--second" in args else "second_labeller"
    args = [a for a in args if a != "--second"]
    main(*args[:2], second_folder=second_folder)
