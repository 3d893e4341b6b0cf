"""How often each linking rule decides its slot right (which defaults are wrong most often).

For runs of read sets against their gold, every predicted fact matched to a gold fact (by
`pipeline.evaluate.evaluate`, i.e. `pipeline/fact/score.py`'s matching) is split into its rule ids
(`fact.metric_counted+subject_topic+period_clause+kind_level` -> one id per slot); for each id the
slot it decided is tallied right or wrong. Predicted facts with no gold fact (false alarms) are
counted per metric rule. Groups keep shared-only labelled sets apart from project-labelled ones.

    python -m benchmarks.rule_accuracy --group shared GOLD=PRED ... --group project GOLD=PRED ...
    python -m benchmarks.rule_accuracy --runs DIR --tag end   # runs named DIR/out_TAG_SET (SET a folder of annotation/,
                                                               # `corpus` a run of corpus/ for the gates)

Never give it a blind set: it refuses the names the session briefs list as blind.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from pipeline.evaluate import evaluate

BLIND = re.compile(r"articles_holdout(6|9|14|18|21|25|12[2-5])\b")
SLOT_PREFIX = (("metric", "metric_"), ("subject", "subject_"), ("period", "period_"), ("kind", "kind_"))
SHARED = (17, 19, 20, 22, 23, 24, *range(26, 122))
PROJECT = ("articles4", "articles5", *(f"articles_holdout{n}" for n in (2, 3, 4, 5, 7, 8, 10, 11, 12, 13, 15, 16)))


def slot_rules(rule_id: str) -> list:
    """[(slot, id)] of a fact's rule id; an id that names no slot (fact.conversion) decides all four."""
    parts = rule_id.removeprefix("fact.").split("+")
    found = []
    for part in parts:
        slot = next((s for s, prefix in SLOT_PREFIX if part.startswith(prefix)), None)
        found += [(slot, part)] if slot else [(s, part) for s, _ in SLOT_PREFIX]
    # a refinement written after its base (metric_carried+metric_nearest) is the one that decided
    last = {}
    for slot, part in found:
        last[slot] = part
    return list(last.items())


def tally(table: dict, false_alarms: dict, facts, group: str) -> None:
    for gold, pred, wrong in facts.pairs:
        for slot, rule in slot_rules(pred.get("rule_id", "")):
            cell = table[(rule, slot)].setdefault(group, [0, 0])
            cell[0] += 1
            cell[1] += slot not in wrong
    for pred in facts.false_alarms:
        for slot, rule in slot_rules(pred.get("rule_id", "")):
            if slot == "metric":
                false_alarms[rule][group] = false_alarms[rule].get(group, 0) + 1


def run(groups: dict) -> tuple:
    table, false_alarms = defaultdict(dict), defaultdict(dict)
    for group, runs in groups.items():
        for gold_dir, pred_dir in runs:
            if BLIND.search(str(gold_dir)) or BLIND.search(str(pred_dir)):
                sys.exit(f"refusing blind set {gold_dir}")
            facts = evaluate(gold_dir, pred_dir).get("FACT")
            if facts is not None:
                tally(table, false_alarms, facts, group)
    return table, false_alarms


def report(table: dict, false_alarms: dict, groups: list) -> str:
    head = f"{'rule':<24} {'slot':<8}" + "".join(f" | {g + ' n':>10} {'right':>5} {'acc':>5}" for g in groups) + " | fa " + " ".join(groups)
    lines = [head, "-" * len(head)]
    order = sorted(table, key=lambda k: (k[1], -sum(c[0] for c in table[k].values())))
    for rule, slot in order:
        cells = table[(rule, slot)]
        row = f"{rule:<24} {slot:<8}"
        for g in groups:
            n, right = cells.get(g, (0, 0))
            row += f" | {n:>10} {right:>5} {right / n if n else float('nan'):>5.2f}"
        fa = false_alarms.get(rule, {}) if slot == "metric" else {}
        lines.append(row + " | " + " ".join(str(fa.get(g, 0)) for g in groups))
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tag", help="read the DIR/out_TAG_SET runs of --runs (shared, project, gates)")
    ap.add_argument("--runs", type=Path, help="the folder of the --tag runs")
    ap.add_argument("--annotation", default="annotation")
    ap.add_argument("--group", nargs="+", action="append", default=[], metavar="NAME GOLD=PRED",
                    help="a group name then GOLD=PRED pairs")
    args = ap.parse_args(argv)
    groups = {}
    for name, *pairs in args.group:
        groups[name] = [tuple(Path(x) for x in pair.split("=", 1)) for pair in pairs]
    if args.tag:
        if args.runs is None:
            ap.error("--tag needs --runs")
        out = args.runs
        ann = Path(args.annotation)
        groups.setdefault("shared", []).extend(
            (ann / f"articles_holdout{n}/gold", out / f"out_{args.tag}_articles_holdout{n}") for n in SHARED
            if (out / f"out_{args.tag}_articles_holdout{n}").is_dir())
        groups.setdefault("project", []).extend(
            (ann / f"{s}/gold", out / f"out_{args.tag}_{s}") for s in PROJECT if (out / f"out_{args.tag}_{s}").is_dir())
        if (out / f"out_{args.tag}_corpus").is_dir():
            groups.setdefault("gates", []).extend(
                (Path(g), out / f"out_{args.tag}_corpus") for g in ("corpus/gold", "corpus/klue/gold", "corpus/klue_facts/gold"))
    table, false_alarms = run(groups)
    print(report(table, false_alarms, list(groups)))


if __name__ == "__main__":
    main()
