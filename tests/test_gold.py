"""The gold sets are well formed: offsets match the text, statuses and values are valid."""
from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.load import decode

ROOT = Path(__file__).resolve().parents[1]
GOLD_SETS = {"article": ROOT / "corpus" / "gold", "klue": ROOT / "corpus" / "klue" / "gold"}
TABLES = ("quantities", "dates", "organizations")


def _texts(gold: str) -> dict:
    if gold == "article":
        path = ROOT / "corpus" / "alibaba_2020_recap.txt"
        return {"alibaba_2020_recap": decode(path.read_bytes(), str(path))[0]}
    lines = (ROOT / "corpus" / "klue" / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["id"]: row["text"] for row in map(json.loads, lines)}


def _rows(gold: str, table: str) -> list:
    with (GOLD_SETS[gold] / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("gold", sorted(GOLD_SETS))
@pytest.mark.parametrize("table", TABLES)
def test_every_gold_row_points_at_its_text(gold, table):
    texts = _texts(gold)
    rows = _rows(gold, table)
    assert rows, f"{gold} {table} is empty"
    for row in rows:
        text = texts[row["doc_id"]]
        assert text[int(row["start"]):int(row["end"])] == row["text"], row
        assert row["status"] in ("required", "optional"), row


@pytest.mark.parametrize("gold", sorted(GOLD_SETS))
def test_gold_values_follow_the_format(gold):
    for row in _rows(gold, "quantities"):
        if row["value"]:
            Decimal(row["value"])
        assert row["approx"] in ("true", "false") and row["bound"] in ("", "min", "max", "gt", "lt"), row
    ids = {(r["doc_id"], r["mention_id"]) for r in _rows(gold, "quantities")}
    for row in _rows(gold, "quantities"):
        assert not row["equivalent_of"] or (row["doc_id"], row["equivalent_of"]) in ids, row
    for row in _rows(gold, "dates"):
        assert row["relative"] in ("true", "false"), row


def test_klue_gold_covers_the_selection():
    selected = {json.loads(line)["id"] for line in (ROOT / "corpus/klue/sentences.jsonl").read_text(encoding="utf-8").splitlines()}
    covered = {row["doc_id"] for row in _rows("klue", "documents")}
    assert covered == selected and len(selected) == 300
