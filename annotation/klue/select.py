"""Select the 300 KLUE-NER sentences of the second gold set (issue 3).

Reproducible: fixed seed, stratified by (source, has a QT/DT/OG mention) so that
200 sentences carry at least one such mention, 100 carry none, and news
(wikitree) and reviews (nsmc) keep their natural proportion within each stratum.

    python annotation/klue/select.py [KLUE_JSONL] > corpus/klue/sentences.jsonl
"""
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED = 20261128
WITH_MENTION, WITHOUT_MENTION = 200, 100
DEFAULT_SOURCE = Path(__file__).resolve().parents[3] / "shared/data/klue-ner/klue-ner-v1.1-dev-public.jsonl"


def source_of(sentence_id: str) -> str:
    return sentence_id.rsplit("-", 1)[-1]


def has_mention(row: dict) -> bool:
    return any(e["type"] in ("QT", "DT", "OG") for e in row["entities"])


def allocate(total: int, sizes: dict) -> dict:
    """Split `total` over the keys of `sizes` in proportion, largest remainders first."""
    whole = sum(sizes.values())
    shares = {k: total * n / whole for k, n in sizes.items()}
    counts = {k: int(s) for k, s in shares.items()}
    for k in sorted(shares, key=lambda k: shares[k] - counts[k], reverse=True)[: total - sum(counts.values())]:
        counts[k] += 1
    return counts


def select(rows: list) -> list:
    rng = random.Random(SEED)
    chosen = []
    for flag, total in ((True, WITH_MENTION), (False, WITHOUT_MENTION)):
        by_source = defaultdict(list)
        for row in rows:
            if has_mention(row) == flag:
                by_source[source_of(row["id"])].append(row)
        for source, n in sorted(allocate(total, {s: len(r) for s, r in by_source.items()}).items()):
            chosen.extend(rng.sample(by_source[source], n))
    order = {row["id"]: i for i, row in enumerate(rows)}
    return sorted(chosen, key=lambda row: order[row["id"]])


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    for row in select(rows):
        print(json.dumps({"id": row["id"], "text": row["text"], "date": "2016-01-01"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
