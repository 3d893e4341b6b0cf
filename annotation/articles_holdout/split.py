"""Assign the 12 held-back articles to `dev` (6) and `heldback` (6) with a fixed seed.

Run from this folder: python split.py  -> writes split.json
"""
import json
import random
from pathlib import Path

SEED = 20261203
HERE = Path(__file__).resolve().parent


def main() -> None:
    ids = sorted(p.stem for p in (HERE / "texts").glob("*.txt"))
    assert len(ids) == 12, ids
    rng = random.Random(SEED)
    shuffled = ids[:]
    rng.shuffle(shuffled)
    split = {"seed": SEED, "dev": sorted(shuffled[:6]), "heldback": sorted(shuffled[6:])}
    (HERE / "split.json").write_text(json.dumps(split, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(split, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
