"""Hostile input, mistakes and races in batch runs: one bad record is one failure record, a mistake
never destroys a complete run, and what koie writes it can read back."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest


from pipeline.cli import main
from pipeline.write import read_tables

GOOD = "알리바바그룹은 지난 3월 말 33억 5600만 위안을 투입했다."
ROOT = Path(__file__).resolve().parents[1]
LONG = 200_000  # characters: beyond the csv module's default field limit of 128 KB


def _run(tmp_path, capsys, *inputs, out=None, extra=()):
    out = out or tmp_path / "out"
    status = main(["run", *map(str, inputs), "--out", str(out), *extra])
    return status, capsys.readouterr().err, read_tables(out)


def _jsonl(path, *records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _snapshot(folder) -> dict:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def test_readers_take_the_long_fields_koie_writes(tmp_path, capsys):
    path = _jsonl(tmp_path / "r.jsonl", {"id": "a", "text": GOOD})
    out = tmp_path / "out"
    assert _run(tmp_path, capsys, path)[0] == 0
    with (out / "documents.csv").open(encoding="utf-8", newline="") as handle:
        header, row = list(csv.reader(handle))
    row[header.index("warning")] = "w" * LONG
    with (out / "documents.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows([header, row])
    assert len(read_tables(out)["documents"]) == 1
    assert main(["diff", str(out), str(out), "--fail-on-change"]) == 0
    assert main(["report", str(out)]) == 0
    assert main(["eval", "--gold", str(ROOT / "corpus" / "gold"), "--pred", str(out), "--quiet"]) in (0, 1)
    assert _run(tmp_path, capsys, path, extra=("--resume",))[0] == 0

