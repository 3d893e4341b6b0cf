"""Stage 6: write the tables — CSV (or Parquet), atomically, in a stable order.

Rows stream into temporary files beside the targets and are renamed into place at the end of a
run, so a run killed on the way leaves the previous tables whole.
"""
from __future__ import annotations

import csv
import operator
import os
import tempfile
from pathlib import Path
from typing import Iterable

from .model import Extraction

COLUMNS = {
    "documents": ["doc_id", "source", "chars", "doc_date", "doc_date_source", "sentences", "quantities", "dates",
                  "organizations", "status", "error", "warning", "content_hash"],
    "quantities": ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "value", "value_high", "unit",
                   "unit_text", "category", "approx", "bound", "equivalent_of", "rule_id"],
    "dates": ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "value", "mod", "range_start",
              "range_end", "granularity", "relative", "anchor_date", "rule_id"],
    "organizations": ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "canonical", "org_id",
                      "aliases", "rule_id"],
}
MENTION_TABLES = ("quantities", "dates", "organizations")
# One row per organization of a run (not per mention), written beside the tables.
SUMMARY_COLUMNS = {"organization_summary": ["org_id", "canonical", "aliases", "type", "mentions", "documents"]}


def _cell(value) -> str:
    if value.__class__ is str:  # most cells: no conversion
        return value
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
        "error": result.error, "warning": doc.meta.get("warning", ""), "content_hash": "",
    }


def rows(result: Extraction) -> dict:
    """The rows one document contributes to each table, as dicts of strings."""
    doc_id = result.document.doc_id
    tables = {"documents": [{k: _cell(v) for k, v in document_row(result).items()}]}
    for table in MENTION_TABLES:
        fields = COLUMNS[table][1:]  # after doc_id
        tables[table] = [{"doc_id": doc_id, **{f: _cell(getattr(m, f)) for f in fields}} for m in getattr(result, table)]
    return tables


class OrganizationSummary:
    """Accumulates organizations.csv rows into one row per `org_id`: its most frequent canonical
    name, every alias written after it, its type, and how many mentions and documents it has."""

    def __init__(self):
        self._names, self._aliases, self._mentions, self._documents = {}, {}, {}, {}

    def add(self, organization_rows: Iterable[dict]) -> None:
        for row in organization_rows:
            key = row["org_id"]
            self._names.setdefault(key, {}).setdefault(row["canonical"], 0)
            self._names[key][row["canonical"]] += 1
            self._aliases.setdefault(key, {}).update(dict.fromkeys(a for a in row.get("aliases", "").split("|") if a))
            self._mentions[key] = self._mentions.get(key, 0) + 1
            self._documents.setdefault(key, set()).add(row["doc_id"])

    def rows(self) -> list:
        """Most mentioned first, then by canonical name: a stable order."""
        from .resolve.organizations import org_type

        found = []
        for key, names in self._names.items():
            canonical = max(names, key=lambda n: (names[n], -list(names).index(n)))
            found.append({"org_id": key, "canonical": canonical, "aliases": "|".join(self._aliases[key]),
                          "type": org_type(key, canonical), "mentions": str(self._mentions[key]),
                          "documents": str(len(self._documents[key]))})
        return sorted(found, key=lambda r: (-int(r["mentions"]), r["canonical"], r["org_id"]))


def organization_summary(results: Iterable[Extraction]) -> list:
    """The organization_summary table of a run's results (rows of strings)."""
    summary = OrganizationSummary()
    for result in results:
        summary.add(rows(result)["organizations"])
    return summary.rows()


def _default_file_mode() -> int:
    """The mode `open()` gives a new file: 0o666 less the process umask (read, then restored)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_FILE_MODE = _default_file_mode()


class TableWriter:
    """Streams rows into temporary files beside the targets; `commit()` renames them into place.

    `fmt` is `csv` or `parquet` (Parquet row groups of `batch_rows` rows, all columns strings).
    Until `commit()`, the previous tables stay whole; `abort()` removes the temporary files.
    """

    def __init__(self, out_dir, fmt: str = "csv", batch_rows: int = 20000):
        if fmt not in ("csv", "parquet"):
            raise ValueError(f"unknown table format {fmt!r} (csv or parquet)")
        self.out_dir, self.fmt, self.batch_rows = Path(out_dir), fmt, batch_rows
        self.out_dir.mkdir(parents=True, exist_ok=True)
        for stale in self.out_dir.glob(".*.partial"):  # left by a killed run
            stale.unlink(missing_ok=True)
        self._temps, self._sinks, self._files = {}, {}, {}
        self._organizations = OrganizationSummary()
        for table, columns in COLUMNS.items():
            self._open(table, columns)

    def _temporary(self, name: str) -> str:
        fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".partial", dir=self.out_dir)
        os.close(fd)
        os.chmod(temp, _FILE_MODE)  # mkstemp makes files only their owner can read
        return temp

    def _open(self, table: str, columns: list) -> None:
        temp = self._temps[table] = self._temporary(table)
        self._sinks[table] = _CsvSink(temp, columns) if self.fmt == "csv" else _ParquetSink(temp, columns, self.batch_rows)

    def add_rows(self, tables: dict) -> None:
        for table, found in tables.items():
            self._sinks[table].write(found)
        self._organizations.add(tables.get("organizations", ()))

    def add(self, result: Extraction) -> None:
        self.add_rows(rows(result))

    def add_file(self, name: str, content: str) -> None:
        """A small file (the run manifest) committed together with the tables."""
        self._files[name] = content

    def commit(self) -> None:
        for table, columns in SUMMARY_COLUMNS.items():
            self._open(table, columns)
            self._sinks[table].write(self._organizations.rows())
        for sink in self._sinks.values():
            sink.close()
        for table, temp in self._temps.items():
            os.replace(temp, self.out_dir / f"{table}.{self.fmt}")
        for name, content in self._files.items():
            temp = self._temporary(name)
            Path(temp).write_text(content, encoding="utf-8")
            os.replace(temp, self.out_dir / name)

    def abort(self) -> None:
        for table, sink in self._sinks.items():
            sink.close()
            Path(self._temps[table]).unlink(missing_ok=True)


class _CsvSink:
    def __init__(self, path: str, columns: list):
        self._handle = open(path, "w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._handle, lineterminator="\n")
        self._writer.writerow(columns)
        self._columns, self._cells = columns, operator.itemgetter(*columns)

    def write(self, found: list) -> None:
        try:  # rows hold every column (`rows`, `read_tables`): one `itemgetter` lays each out in C
            lines = list(map(self._cells, found))
        except KeyError:  # a row from elsewhere may lack some: they stay empty
            lines = [[row.get(column, "") for column in self._columns] for row in found]
        self._writer.writerows(lines)

    def close(self) -> None:
        if not self._handle.closed:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()


class _ParquetSink:
    def __init__(self, path: str, columns: list, batch_rows: int):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa, self._columns, self._batch_rows, self._buffer = pa, columns, batch_rows, []
        self._schema = pa.schema([(column, pa.string()) for column in columns])
        self._writer = pq.ParquetWriter(path, self._schema)

    def write(self, found: list) -> None:
        self._buffer.extend(found)
        if len(self._buffer) >= self._batch_rows:
            self._flush()

    def _flush(self) -> None:
        columns = {c: [row.get(c, "") for row in self._buffer] for c in self._columns}
        self._writer.write_table(self._pa.table(columns, schema=self._schema))
        self._buffer = []

    def close(self) -> None:
        if self._writer is not None:
            if self._buffer:
                self._flush()
            self._writer.close()
            self._writer = None


def read_tables(out_dir, fmt: str = "csv") -> dict:
    """The tables of a previous run as lists of dict rows (empty where a table is missing)."""
    out_dir = Path(out_dir)
    found = {}
    for table in COLUMNS:
        path = out_dir / f"{table}.{fmt}"
        if not path.exists():
            found[table] = []
        elif fmt == "parquet":
            import pyarrow.parquet as pq

            found[table] = pq.read_table(path).to_pylist()
        else:
            with path.open(encoding="utf-8", newline="") as handle:
                found[table] = list(csv.DictReader(handle))
    return found


def tables_frames(results: Iterable[Extraction]) -> dict:
    """The four tables as pandas DataFrames (columns as in the CSV files, all strings)."""
    import pandas as pd

    collected = {table: [] for table in COLUMNS}
    for result in results:
        for table, found in rows(result).items():
            collected[table].extend(found)
    return {table: pd.DataFrame(collected[table], columns=COLUMNS[table], dtype="string") for table in COLUMNS}
