"""Stage 6: write the tables — CSV (or Parquet), atomically, in a stable order.

Rows stream into temporary files beside the targets and are renamed into place at the end of a
run, so a run killed on the way leaves the previous tables whole.
"""
from __future__ import annotations

import contextlib
import csv
import dataclasses
import functools
import io
import operator
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Iterable, Optional

from .model import Extraction
from . import csvfiles
from .registry import dimensions

# Per document; the count columns (`quantities`, …) come from the registry (`table_columns`).
DOCUMENT_COLUMNS = (("doc_id", "source", "chars", "doc_date", "doc_date_source", "doc_date_mention", "sentences"),
                    ("status", "error", "warning", "content_hash", "metadata_hash"))


def mention_tables() -> tuple:
    """The tables of the registered dimensions, in registry order."""
    return tuple(d.table for d in dimensions())


def table_columns() -> dict:
    """Table → its columns: `documents`, then one table per registered dimension."""
    head, tail = DOCUMENT_COLUMNS
    return {"documents": [*head, *mention_tables(), *tail],
            **{d.table: ["doc_id", *d.columns] for d in dimensions()}}


# Column types of the Parquet tables and the DataFrames, by column name (the same in every table).
# CSV cells stay text; exact values (`value`, `value_high`, TIMEX values) stay strings everywhere,
# since a float would round 33억 5600만 or 0.1 and a decimal type would fix one scale for all.
INTEGER_COLUMNS = frozenset({"sentence_id", "start", "end", "metric_start", "metric_end", "chars", "sentences",
                             "mentions", "documents"})
BOOLEAN_COLUMNS = frozenset({"approx", "relative"})
DATE_COLUMNS = frozenset({"doc_date", "range_start", "range_end", "anchor_date", "period_start", "period_end"})


def column_kind(column: str) -> str:
    """`int`, `bool`, `date` or `string`: the type of a column in Parquet and in DataFrames (the
    documents table's counts of mentions are integers too)."""
    if column in INTEGER_COLUMNS or column in mention_tables():
        return "int"
    if column in BOOLEAN_COLUMNS:
        return "bool"
    return "date" if column in DATE_COLUMNS else "string"


def typed_cell(kind: str, cell: str):
    """A CSV cell → its typed value (an empty cell → None, except in a string column)."""
    if kind == "string":
        return cell
    if cell == "" or cell is None:
        return None
    if kind == "int":
        return int(cell)
    if kind == "bool":
        return cell == "true"
    return date.fromisoformat(cell)


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
        "doc_date_mention": doc.doc_date_mention,
        "sentences": len(result.sentences), **{table: len(result.mentions.get(table, ())) for table in mention_tables()},
        "status": "ok" if result.ok else "error", "error": result.error, "warning": doc.meta.get("warning", ""),
        "content_hash": "", "metadata_hash": "",
    }


def rows(result: Extraction) -> dict:
    """The rows one document contributes to each table, as dicts of strings."""
    doc_id, mentions = result.document.doc_id, result.mentions  # (not `getattr(result, table)`: a registry look-up per table)
    tables = {"documents": [{k: _cell(v) for k, v in document_row(result).items()}]}
    for d in dimensions():
        tables[d.table] = _rows(doc_id, mentions.get(d.table, ()), d.columns)
    return tables


def _rows(doc_id: str, records, columns: tuple) -> list:
    """The rows of one document's records of a table. A record's row is a copy of its fields (one
    copy in C; measured, a row built cell by cell took three times as long), less the fields that
    are no column, with the cells of the fields not declared `str` made strings."""
    if not records:
        return []
    kind = records[0].__class__
    layout = _layout(kind, columns)
    if layout is None:
        return [_row(doc_id, record.__dict__, columns) for record in records]
    dropped, loose = layout
    found = []
    for record in records:
        if record.__class__ is not kind:
            found.append(_row(doc_id, record.__dict__, columns))
            continue
        row = record.__dict__.copy()
        for name in dropped:
            del row[name]
        for column in loose:
            value = row[column]
            if value.__class__ is not str:
                row[column] = str(value) if value.__class__ is int else _cell(value)
        row["doc_id"] = doc_id
        found.append(row)
    return found


@functools.lru_cache(maxsize=None)
def _layout(kind: type, columns: tuple) -> Optional[tuple]:
    """(the fields of a record class that are no column of its table, the columns whose field is
    not declared `str`), or None for a record that is no dataclass or lacks a column (each cell of
    its rows converted in turn, `_row`)."""
    if not dataclasses.is_dataclass(kind):
        return None
    declared = {f.name: f.type for f in dataclasses.fields(kind)}
    if not declared.keys() >= set(columns):
        return None
    return (tuple(name for name in declared if name not in columns),
            tuple(column for column in columns if declared[column] not in ("str", str)))


def _row(doc_id: str, fields: dict, columns: tuple) -> dict:
    """One record's row (`fields`: its attributes), cell by cell; most cells are strings already and are taken
    as they are, most others are offsets (measured: a fifth of the rows' time, once per cell of
    every row; the offsets' call of `_cell` a sixth of the rest)."""
    row = {"doc_id": doc_id}
    for column in columns:
        value = fields[column]
        kind = value.__class__
        row[column] = value if kind is str else str(value) if kind is int else _cell(value)
    return row


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

    `fmt` is `csv` or `parquet` (Parquet row groups of `batch_rows` rows, columns typed as
    `column_kind` says).
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
        try:  # a full disk or a file-size limit shows at the last writes: then nothing is replaced
            for summary in self._summaries:  # one row per organization of the run, say: known at the end
                self._open(summary.table, summary.columns)
                self._sinks[summary.table].write(summary.rows())
            for sink in self._sinks.values():
                sink.close()
        except BaseException:
            self.abort()
            raise
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
            try:
                sink.close()
            except OSError:  # the error that made us abort (a full disk, say) may strike again
                pass
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
        block = _plain_block(lines, len(self._columns))
        if block is not None:
            self._handle.write(block)
            return
        for line in lines:  # (a few rows have a cell to quote: the others are still joined)
            block = _plain_block([line], len(self._columns))
            if block is None:
                self._writer.writerow(line)
            else:
                self._handle.write(block)

    def close(self) -> None:
        if not self._handle.closed:
            try:
                self._handle.flush()
                os.fsync(self._handle.fileno())
            finally:  # closed even when the disk is full, so `abort` can remove the file
                self._handle.close()


def _plain_block(lines: list, width: int) -> Optional[str]:
    """The rows as CSV text when no cell needs quoting, else None (the `csv` module writes them).
    The module reads every character of every cell in turn (measured: a third of the writer's
    time); rows of plain strings are joined in C, and the joined text is checked once: as many
    commas and line ends as the layout makes, no quote, no carriage return."""
    if width < 2:  # (a row of one empty cell is written `""`)
        return None
    if not lines:
        return ""
    try:
        block = "\n".join(map(",".join, lines))
    except TypeError:  # a cell that is no string
        return None
    if block.count(",") != len(lines) * (width - 1) or block.count("\n") != len(lines) - 1 or '"' in block or "\r" in block:
        return None
    return block + "\n"


class _ParquetSink:
    def __init__(self, path: str, columns: list, batch_rows: int):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa, self._columns, self._batch_rows, self._buffer = pa, columns, batch_rows, []
        types = {"int": pa.int64(), "bool": pa.bool_(), "date": pa.date32(), "string": pa.string()}
        self._kinds = {column: column_kind(column) for column in columns}
        self._schema = pa.schema([(column, types[self._kinds[column]]) for column in columns])
        self._writer = pq.ParquetWriter(path, self._schema)

    def write(self, found: list) -> None:
        self._buffer.extend(found)
        if len(self._buffer) >= self._batch_rows:
            self._flush()

    def _flush(self) -> None:
        columns = {c: [typed_cell(self._kinds[c], row.get(c, "")) for row in self._buffer] for c in self._columns}
        self._writer.write_table(self._pa.table(columns, schema=self._schema))
        self._buffer = []

    def close(self) -> None:
        if self._writer is not None:
            if self._buffer:
                self._flush()
            self._writer.close()
            self._writer = None


class TableError(ValueError):
    """A table that cannot be read; the message is one line naming the file and the problem."""


def _span_columns(table: str) -> tuple:
    """The offset columns a table must have: `start` and `end` where its schema has them."""
    return tuple(c for c in ("start", "end") if c in table_columns().get(table, ()))


def _csv_rows(path: Path) -> list:
    data = path.read_bytes()
    if b"\x00" in data:
        raise TableError(f"{path}: binary file (contains NUL bytes), not a CSV table")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TableError(f"{path}: not UTF-8 (invalid byte at {error.start})") from None
    try:
        return list(csvfiles.dict_reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise TableError(f"{path}: malformed CSV ({error})") from None


def _parquet_rows(path: Path) -> list:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        found = pq.read_table(path)
    except (pa.ArrowException, OSError) as error:
        raise TableError(f"{path}: not a readable Parquet table ({str(error).splitlines()[0]})") from None
    return [{k: _cell(v) for k, v in row.items()} for row in found.to_pylist()]


def _checked(rows: list, path: Path, table: str) -> list:
    """The rows, once every column the readers rely on is there and every integer cell is a
    whole number ≥ 0 (and `start` ≤ `end`): a bad offset would fail later with a traceback."""
    columns = set(rows[0]) if rows else set()
    for needed in ("doc_id", *_span_columns(table)):
        if rows and needed not in columns:
            raise TableError(f"{path}: missing column {needed}")
    numeric = [c for c in columns if column_kind(c) == "int"]
    for number, row in enumerate(rows, start=2):
        for column in numeric:
            cell = row[column] or ""
            if cell and not cell.lstrip("-").isdigit():
                raise TableError(f"{path}: row {number}: {column} {cell!r} is not a whole number")
            if cell and int(cell) < 0:
                raise TableError(f"{path}: row {number}: {column} {cell} is out of range (negative)")
        if "start" in numeric and "end" in numeric and row["start"] and row["end"] and int(row["start"]) > int(row["end"]):
            raise TableError(f"{path}: row {number}: start {row['start']} is after end {row['end']}")
    return rows


def read_table_file(path, table: str) -> list:
    """One table file (`.csv` or `.parquet`) as dict rows of CSV cells, checked; [] when absent.
    TableError for a binary, non-UTF-8 or malformed file, a missing column or a bad offset."""
    path = Path(path)
    if not path.exists():
        return []
    try:
        found = _parquet_rows(path) if path.suffix == ".parquet" else _csv_rows(path)
    except OSError as error:
        raise TableError(f"{path}: cannot read ({error.strerror or error})") from None
    return _checked(found, path, table)


def read_tables(out_dir, fmt: str = "csv") -> dict:
    """The tables of a previous run as lists of dict rows of CSV cells (empty where a table is
    missing): typed Parquet values come back as the text the CSV tables hold."""
    return {table: read_table_file(Path(out_dir) / f"{table}.{fmt}", table) for table in table_columns()}


def tables_frames(results: Iterable[Extraction], typed: bool = True) -> dict:
    """The tables as pandas DataFrames (columns as in the CSV files), typed (`typed_frame`) or
    all strings."""
    import pandas as pd

    columns = table_columns()
    collected = {table: [] for table in columns}
    for result in results:
        for table, found in rows(result).items():
            collected[table].extend(found)
    frames = {table: pd.DataFrame(collected[table], columns=columns[table], dtype="string") for table in columns}
    return {table: typed_frame(frame) for table, frame in frames.items()} if typed else frames


_PANDAS_DTYPES = {"int": "Int64", "bool": "boolean", "date": object, "string": "string"}


def typed_frame(frame):
    """A table of CSV cells → nullable `Int64` offsets, ids and counts, `boolean` flags, dates as
    `datetime.date` (None when empty), everything else (exact values too) `string`."""
    import pandas as pd

    def column(name):
        kind = column_kind(name)
        cells = [typed_cell(kind, cell) for cell in frame[name].fillna("").astype(str)]
        return pd.Series(cells, index=frame.index, dtype=_PANDAS_DTYPES[kind], name=name)

    return pd.DataFrame({name: column(name) for name in frame.columns}, columns=frame.columns, index=frame.index)
