"""Snapshot regression: a run of corpus/ must write exactly the tables kept in outputs/reference/.

When a change of the rules is intended, look at the diff this test prints, then accept the new
snapshot with the command below (from the repository root) and commit outputs/reference/.
run.json (timings, start time) is not compared.
"""
from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.diff import diff_runs, mention_kinds, format_table, summarize

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "outputs" / "reference"
ACCEPT = ".venv/bin/koie run corpus/ --out outputs/reference"
TABLE_SUFFIXES = {".csv", ".tsv", ".parquet"}


def tables(folder: Path) -> set:
    return {path.name for path in folder.iterdir() if path.suffix in TABLE_SUFFIXES}


def _text_diff(reference: Path, new: Path, limit: int = 30) -> str:
    lines = list(difflib.unified_diff(reference.read_text(encoding="utf-8").splitlines(),
                                      new.read_text(encoding="utf-8").splitlines(),
                                      f"reference/{reference.name}", f"new/{new.name}", lineterm="", n=0))
    return "\n".join(lines[:limit] + ([f"… {len(lines) - limit} more lines"] if len(lines) > limit else []))


def test_corpus_run_matches_the_reference(tmp_path, monkeypatch):
    assert REFERENCE.is_dir() and tables(REFERENCE), f"no reference run; make one (from {ROOT}) with: {ACCEPT}"
    monkeypatch.chdir(ROOT)  # sources in documents.csv are written as given: corpus/…
    new = tmp_path / "run"
    assert main(["run", "corpus/", "--out", str(new)]) == 0
    problems = []
    if tables(REFERENCE) != tables(new):
        problems.append(f"tables only in the reference: {sorted(tables(REFERENCE) - tables(new))}; "
                        f"only in the new run: {sorted(tables(new) - tables(REFERENCE))}")
    differing = [name for name in sorted(tables(REFERENCE) & tables(new))
                 if (REFERENCE / name).read_bytes() != (new / name).read_bytes()]
    if not problems and not differing:
        return
    changes = diff_runs(REFERENCE, new)
    problems.append(f"koie diff outputs/reference NEW_RUN: {summarize(changes)}")
    if changes:
        problems.append(format_table(changes, limit=80))
    # Line diffs where the mention diff says nothing: other tables, or columns, order, ids.
    compared = {f"{table}.csv" for table in ("documents", *mention_kinds())} if changes else set()
    problems += [_text_diff(REFERENCE / name, new / name) for name in differing
                 if name.endswith((".csv", ".tsv")) and name not in compared]
    problems.append(f"The tables of corpus/ differ from outputs/reference/ ({', '.join(differing)}). "
                    f"If the change is intended, accept the new snapshot from {ROOT}:\n    {ACCEPT}")
    pytest.fail("\n".join(problems), pytrace=False)
