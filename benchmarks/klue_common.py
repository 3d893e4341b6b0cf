"""What the KLUE benchmark scripts share: the data's path, reading it, span overlap and P/R/F1."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

# The public half of KLUE-NER, beside the repository (../shared/data/klue-ner/).
DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/klue-ner/klue-ner-v1.1-dev-public.jsonl"
DOC_DATE = "2016-01-01"  # KLUE sentences carry no date; the reference date of corpus/klue/


def read_klue(description: str, show: int, flags: dict = None) -> tuple:
    """Parse `[PATH] [--show N] [--exclude JSONL]` (and the script's own `flags`: `--name` → help)
    and read the sentences: (arguments, rows).

    `--exclude` skips the sentences whose ids a JSONL file lists (a held-back sample: only its
    ids are read, so studying the rest never shows its sentences)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--show", type=int, default=show, help="misses and false alarms to list")
    parser.add_argument("--exclude", action="append", default=[], metavar="JSONL",
                        help="skip the sentences whose ids this JSONL lists (repeatable)")
    for flag, help_text in (flags or {}).items():
        parser.add_argument(flag, action="store_true", help=help_text)
    args = parser.parse_args()
    skipped = set().union(*(held_back_ids(Path(p)) for p in args.exclude))
    rows = [json.loads(line) for line in Path(args.path).open(encoding="utf-8")]
    return args, [row for row in rows if row["id"] not in skipped]


def held_back_ids(path: Path) -> set:
    """The ids of a JSONL file, nothing else of its rows kept."""
    with path.open(encoding="utf-8") as handle:
        return {json.loads(line)["id"] for line in handle if line.strip()}


def overlaps(a: tuple, b: tuple) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def prf(tp: int, fp: int, fn: int) -> tuple:
    """(precision, recall, F1); an empty side counts as perfect."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0
