"""Stage 6: write the tables — CSV (or Parquet), atomically, in a stable order.

Rows stream into temporary files beside the targets and are renamed into place at the end of a
run, so a run killed on the way leaves the previous tables whole.
"""
from __future__ import annotations

import contextlib
import csv
import operator
import os
import tempfile
from pathlib import Path
from typing import Iterable, Optional

from .model import Extraction
from .registry import dimensions

# Per document; the count columns (`quantities`, …) come from the registry (`table_columns`).
DOCUMENT_COLUMNS = (("doc_id", "source", "chars", "doc_date", "doc_date_source", "sentences"),
                    ("status", "error", "warning", "content_hash", "metadata_hash"))


def mention_tables() -> tuple:
    """The tables of the registered dimensions, in registry order."""
    return tuple(d.table for d in dimensions())


def table_columns() -> dict:
    """Table → its columns: `documents`, then one table per registered dimension."""
    head, tail = DOCUMENT_COLUMNS
    return {"documents": [*head, *mention_tables(), *tail],
            **{d.table: ["doc_id", *d.columns] for d in dimensions()}}


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
        "sentences": len(result.sentences), **{table: len(getattr(result, table)) for table in mention_tables()},
        "status": "ok" if result.ok else "error", "error": result.error, "warning": doc.meta.get("warning", ""),
        "content_hash": "", "metadata_hash": "",
    }


def rows(result: Extraction) -> dict:
    """The rows one document contributes to each table, as dicts of strings."""
    doc_id = result.document.doc_id
    tables = {"documents": [{k: _cell(v) for k, v in document_row(result).items()}]}
    for d in dimensions():
        tables[d.table] = [{"doc_id": doc_id, **{f: _cell(getattr(m, f)) for f in d.columns}} for m in getattr(result, d.table)]
    return tables


def _default_file_mode() -> int:
    """The mode `open()` gives a new file: 0o666 less the process umask (read, then restored)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_FILE_MODE = _default_file_mode()


LOCK_NAME = ".koie.lock"


class FolderLocked(RuntimeError):
    """Another run is writing into the output folder (its message names the folder)."""


_held_locks: set = set()  # descriptors of the locks this process holds


def _forget_locks_in_child() -> None:
    """A forked worker must not keep its parent's lock alive (after the parent died, say)."""
    for fd in list(_held_locks):
        os.close(fd)
    _held_locks.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_locks_in_child)


@contextlib.contextmanager
def folder_lock(folder):
    """Hold the output folder for one run: a second run (any process) gets `FolderLocked` at
    once instead of deleting the first's temporary files. The lock dies with its process; the
    lock file goes when the run ends."""
    try:
        import fcntl
    except ImportError:  # (not POSIX: no lock)
        yield
        return
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_NAME
    fd = _acquire(path, fcntl)
    _held_locks.add(fd)
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    try:
        yield
    finally:
        _held_locks.discard(fd)
        path.unlink(missing_ok=True)  # before the lock goes, so the next run makes a fresh file
        os.close(fd)


def _acquire(path: Path, fcntl) -> int:
    """A descriptor of the lock file at `path`, locked; retried while the file was replaced
    between open and lock (a run that ended removed it)."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, _FILE_MODE)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise FolderLocked(f"{path.parent}: another koie run is writing into this folder (process {holder}); "
                               f"wait for it or choose another --out") from None
        try:
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)


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
        self._summaries = [d.summary() for d in dimensions() if d.summary is not None]
        for table, columns in table_columns().items():
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
        for summary in self._summaries:
            summary.add(tables.get(summary.source, ()))

    def add(self, result: Extraction) -> None:
        self.add_rows(rows(result))

    def add_file(self, name: str, content: str, pending: Optional[str] = None) -> None:
        """A small file (the run manifest) committed together with the tables. `pending`, if
        given, is its content while the tables are renamed (a manifest saying the commit is under
        way), so a kill between two renames never leaves new tables beside an old manifest."""
        self._files[name] = (content, pending)

    def commit(self) -> None:
        for summary in self._summaries:  # one row per organization of the run, say: known at the end
            self._open(summary.table, summary.columns)
            self._sinks[summary.table].write(summary.rows())
        for sink in self._sinks.values():
            sink.close()
        for name, (_, pending) in self._files.items():
            if pending is not None:
                self._place(name, pending)
        for table, temp in self._temps.items():
            os.replace(temp, self.out_dir / f"{table}.{self.fmt}")
        for name, (content, _) in self._files.items():
            self._place(name, content)

    def _place(self, name: str, content: str) -> None:
        temp = self._temporary(name)
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
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
    for table in table_columns():
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
    """The tables as pandas DataFrames (columns as in the CSV files, all strings)."""
    import pandas as pd

    columns = table_columns()
    collected = {table: [] for table in columns}
    for result in results:
        for table, found in rows(result).items():
            collected[table].extend(found)
    return {table: pd.DataFrame(collected[table], columns=columns[table], dtype="string") for table in columns}
