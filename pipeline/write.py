"""Stage 6: write the tables — CSV (or Parquet), atomically, in a stable order.

Rows stream into temporary files beside the targets; only a complete run renames them into
place, so an interrupted run leaves the previous tables whole.
"""
from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path
from typing import Iterable

from .model import Extraction

COLUMNS = {
    "documents": ["doc_id", "source", "chars", "doc_date", "doc_date_source", "sentences", "quantities", "dates",
                  "organizations", "status", "error", "warning"],
    "quantities": ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "value", "value_high", "unit",
                   "unit_text", "category", "approx", "bound", "equivalent_of", "rule_id"],
    "dates": ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "value", "mod", "range_start",
              "range_end", "granularity", "relative", "anchor_date", "rule_id"],
    "organizations": ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "canonical", "org_id",
                      "aliases", "rule_id"],
}
MENTION_TABLES = ("quantities", "dates", "organizations")


def _cell(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def document_row(result: Extraction) -> dict:
    doc = result.document
    return {
        "doc_id": doc.doc_id, "source": doc.source, "chars": len(doc.text),
        "doc_date": doc.doc_date.isoformat() if doc.doc_date else "", "doc_date_source": doc.doc_date_source,
        "sentences": len(result.sentences), "quantities": len(result.quantities), "dates": len(result.dates),
        "organizations": len(result.organizations), "status": "ok" if result.ok else "error",
        "error": result.error, "warning": doc.meta.get("warning", ""),
    }


def rows(result: Extraction) -> dict:
    """The rows one document contributes to each table, as dicts of strings."""
    tables = {"documents": [document_row(result)]}
    for table in MENTION_TABLES:
        tables[table] = [
            {column: (result.document.doc_id if column == "doc_id" else getattr(m, column)) for column in COLUMNS[table]}
            for m in getattr(result, table)
        ]
    return {table: [{k: _cell(v) for k, v in row.items()} for row in found] for table, found in tables.items()}


class TableWriter:
    """Streams rows into temporary CSV files; `commit()` renames them into place atomically."""

    def __init__(self, out_dir, suffix: str = ".csv"):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._handles, self._writers, self._temps = {}, {}, {}
        for table, columns in COLUMNS.items():
            fd, temp = tempfile.mkstemp(prefix=f".{table}.", suffix=".partial", dir=self.out_dir)
            handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            self._handles[table], self._writers[table], self._temps[table] = handle, writer, temp

    def add(self, result: Extraction) -> None:
        for table, found in rows(result).items():
            self._writers[table].writerows(found)

    def commit(self) -> None:
        for table, handle in self._handles.items():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.replace(self._temps[table], self.out_dir / f"{table}.csv")

    def abort(self) -> None:
        for table, handle in self._handles.items():
            if not handle.closed:
                handle.close()
            Path(self._temps[table]).unlink(missing_ok=True)


def write_tables(results: Iterable[Extraction], out_dir) -> list:
    """Write every result's rows; return the results (for a summary). Atomic for the whole run."""
    writer = TableWriter(out_dir)
    seen = []
    try:
        for result in results:
            writer.add(result)
            seen.append(document_row(result))
    except BaseException:
        writer.abort()
        raise
    writer.commit()
    return seen


def tables_frames(results: Iterable[Extraction]) -> dict:
    """The four tables as pandas DataFrames (columns as in the CSV files, all strings)."""
    import pandas as pd

    collected = {table: [] for table in COLUMNS}
    for result in results:
        for table, found in rows(result).items():
            collected[table].extend(found)
    return {table: pd.DataFrame(collected[table], columns=COLUMNS[table], dtype="string") for table in COLUMNS}
